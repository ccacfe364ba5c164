"""The clerk's pages over HTTP: pages by stable id, 404s with a message, downloads, the feed, the CLI's edges."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest

from atgard.pipeline.ingest import ingest
from atgard.schema.contract import item_id

pytestmark = [pytest.mark.slow]  # serves Datasette

DEVSET = Path(__file__).parent / "data" / "devset" / "pdf"
BASE_URL = "https://atgard.example.se/publicering"


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, examples: Path) -> Path:
    db = tmp_path_factory.mktemp("clerk-http") / "publicering.db"  # another name: the address is /atgard all the same
    assert ingest([examples, *sorted(DEVSET.glob("d3-*.pdf"))], db).outcome == "ok"
    return db


@pytest.fixture(scope="module")
def site(database: Path, serving) -> Iterator[str]:
    with serving(database, "--base-url", BASE_URL) as url:
        yield url


def _memo(database: Path) -> str:
    import sqlite3

    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT id FROM documents WHERE filename = 'd3-ks-remiss.pdf'").fetchone()[0]


def test_items_by_stable_id_and_a_404_for_what_is_not_there(site: str, database: Path) -> None:
    memo = _memo(database)
    pages = {
        f"/remiss/{item_id('referral', memo, 0)}": "Remiss: Trygg i hela staden",
        f"/beslutspunkt/{item_id('decision_point', memo, 0)}": "Beslutspunkt",
        f"/dokument/{memo}": "Remiss av rapporten Trygg i hela staden",
    }
    for path, heading in pages.items():
        status, headers, body = get(site + path)
        assert status == 200 and headers["content-type"].startswith("text/html"), path
        assert heading in body.decode() and 'lang="sv"' in body.decode()
    for path in (f"/remiss/{item_id('referral', memo, 99)}", "/dokument/" + "0" * 64, "/namnd/ingen-sadan", "/svar/x"):
        status, _, body = get(site + path)
        assert status == 404 and "Error" not in body.decode(), path


def test_an_unknown_board_is_a_404_with_a_message_for_systems(site: str) -> None:
    status, _, body = get(site + "/atgard/min_namnd.json?namnd=" + urllib.parse.quote("Ingen nämnd alls"))
    answer = json.loads(body)
    assert status == 404 and answer["ok"] is False and answer["error"].startswith("Ingen nämnd eller bolag heter så")
    assert len(answer["forslag"]) == 3
    status, _, body = get(site + "/atgard/min_namnd.json?_shape=objects&namnd=SDN%20Farsta")
    rows = json.loads(body)["rows"]
    assert status == 200 and rows and {r["namnd_id"] for r in rows} == {"farsta-sdn"}
    assert all(r["id"].startswith(("referral-", "measure-")) for r in rows)
    for spelling in ("Farsta", "farsta stadsdelsnämnd", "Farsta stadsdelsförvaltning"):  # every spelling, one answer
        url = site + "/atgard/min_namnd.json?_shape=objects&namnd=" + urllib.parse.quote(spelling)
        assert json.loads(get(url)[2])["rows"] == rows, spelling


def test_min_namnd_and_search_pages_in_swedish(site: str) -> None:
    body = get(site + "/min-namnd?namnd=" + urllib.parse.quote("stadsdelsnämnderna"))[2].decode()
    assert "Min nämnd: Samtliga stadsdelsnämnder" in body and "medlemmar har svarat" in body
    body = get(site + "/min-namnd?namnd=xyzzy")[2].decode()
    assert "Ingen nämnd eller bolag heter så." in body and body.count('href="/min-namnd?namnd=') == 3
    for typed in ('"', "*", "(", "A2.3.1"):
        status, _, body = get(site + "/sok?sokord=" + urllib.parse.quote(typed))
        assert status == 200 and "fts5" not in body.decode(), typed
    assert "<mark>A2.3.1</mark>" in get(site + "/sok?sokord=A2.3.1")[2].decode()


def test_downloads_for_swedish_excel(site: str, database: Path) -> None:
    referral = item_id("referral", _memo(database), 0)
    body = get(site + f"/atgard/mottagare.excel?remiss={referral}")[2].decode("utf-8-sig")
    assert body.startswith("Mottagare;Roll;Svar senast;Läge;") and "Arbetsmarknadsnämnden;yttrande;" in body
    assert f'href="/atgard/mottagare.excel?remiss={referral}"' in get(site + f"/remiss/{referral}")[2].decode()
    status, headers, body = get(site + "/atgard/min_namnd.excel?namnd=Farsta")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert headers["content-disposition"] == 'attachment; filename="min_namnd-Farsta.csv"'
    assert body.startswith(b"\xef\xbb\xbf") and body.decode("utf-8-sig").startswith("Läge;Svar senast;Rapport;")


def test_the_feed_parses_cleanly_and_links_the_swedish_pages(site: str) -> None:
    status, headers, body = get(site + "/atgard/namnd_flode.atom?namnd=Trafiknamnden")
    assert status == 200 and "xml" in headers["content-type"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        feed = feedparser.parse(body)
    assert feed.bozo is False, feed.get("bozo_exception")
    assert feed.feed.title == "Trafiknämnden: nya remisser och svar"
    assert feed.entries and all(e.id.startswith("tag:atgard.example.se,2025:") for e in feed.entries)
    assert all(e.link.startswith(BASE_URL + "/") for e in feed.entries)  # absolute, at the published address
    links = {e.link.removeprefix(BASE_URL) for e in feed.entries}
    assert {link.split("/")[1] for link in links} == {"remiss", "svar"}
    for link in links:
        assert get(site + link)[0] == 200, link  # each entry's page is there
    empty = feedparser.parse(get(site + "/atgard/namnd_flode.atom?namnd=Revisorskollegiet")[2])  # nothing yet
    assert empty.bozo is False and empty.entries == []
    assert empty.feed.title == "Revisorskollegiet: nya remisser och svar"
    assert get(site + "/atgard/namnd_flode.atom?namnd=xyzzy")[0] == 404


def test_a_busy_port_is_one_line_and_exit_1(database: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [sys.executable, "-m", "atgard.pipeline.cli", "serve", "--db", str(database), "--port", str(port)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"Error: port {port} is in use: choose another with --port"]


def test_the_database_is_named_atgard_in_every_url_and_label(site: str) -> None:
    """The file is publicering.db: Datasette would name the database so in its links and headings."""
    for path in (
        "/atgard",
        "/atgard/min_namnd?namnd=Farsta",
        "/atgard/referrals/1",
        "/atgard/min_namnd.json?namnd=Farsta",
    ):
        status, _, body = get(site + path)
        named = [b">publicering<", b'"publicering"', b"/publicering", b"publicering.db"]  # a label, a value, a link
        assert status == 200 and not [name for name in named if name in body], path
    assert get(site + "/publicering")[0] == 404


def test_the_case_page_links_the_item_pages_and_offers_its_tables_for_excel(site: str) -> None:
    from atgard.schema.keys import case_id

    case = case_id("ks 2018/204")
    status, _, body = get(site + f"/arende/{case}")
    page = body.decode()
    assert status == 200 and "Ärende KS 2018/204" in page
    assert 'href="/svar/answer-' in page and 'href="/remiss/referral-' in page
    datasette = [h for h in re.findall(r'href="(/atgard/[^"]*)"', page) if ".excel?" not in h and ".atom?" not in h]
    assert datasette == [], "a link to Datasette's own pages"  # only downloads and the feed
    for query in ("arendets_handlingar", "arendets_remisser", "arendets_svar", "arendets_beslut"):
        assert f'href="/atgard/{query}.excel?arende={case}"' in page
        status, _, body = get(site + f"/atgard/{query}.excel?arende={case}")
        assert status == 200 and body.startswith(b"\xef\xbb\xbf"), query
    feed = feedparser.parse(get(site + f"/atgard/arende_flode.atom?arende={case}")[2])
    assert feed.bozo is False and feed.feed.title == "Ärende KS 2018/204: nya handlingar och svar"
    assert len(feed.entries) == 4 and all(
        e.link.startswith(BASE_URL + "/") and e.id.startswith("tag:") for e in feed.entries
    )
    assert get(site + "/arende/case-finns-inte")[0] == 404
