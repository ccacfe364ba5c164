"""A masked publication shows no person's name, number or address in any form, on every path.

Protocols and a letter with a free-standing officer line, served twice: with personal data (the names
the test looks for are read there) and masked. Every text column of every table and view, the canned
queries (JSON, CSV, Excel), the tables' CSV, the clerk's pages and what they link to, the feeds and the
search are read from the masked one; none holds a name the unmasked one shows, and decision texts stay
readable ("[namn] (S) utsågs att jämte ordföranden justera dagens protokoll").
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from atgard.output.masked_copy import make_masked_copy
from atgard.output.names import Names, names_in
from atgard.output.store import files_dir
from atgard.pipeline.ingest import ingest

pytestmark = [pytest.mark.slow]  # serves Datasette

FIXTURES = [
    "konstruerad-protokoll-uppsala-ks.pdf",
    "konstruerad-handlaggare-fri.pdf",  # "Handläggare: Lena Holm, telefon …, e-post …", contacts in the footer
    "devset/pdf/d4-stadshus-koncernstyrelse.pdf",  # "Ledamoten Fredrik Sjöblom (S) utsågs att … justera …"
    "devset/pdf/d4-falkoping-tn-protokollsutdrag.pdf",
    "devset/pdf/d4-lerum-ks-protokoll.pdf",  # "Sanna Ljung (S)"; a motion's authors in its measures
    "devset/pdf/d1-utl-motion.pdf",  # "Motion (2016:42) av Karin Ekdahl (C)" in a decision and the subtitle
    "devset/pdf/d3-ks-remiss.pdf",  # referrals: the referral's and the case's pages
    "devset/pdf/d3-kommission-rapport.pdf",  # the report it refers: the report's page
]
# A name in a party's shape, as a reader would pick it out of a decision: two or three capitalised words.
PARTY_NAME = re.compile(r"((?:[A-ZÅÄÖ][\w-]+\s+){1,2}[A-ZÅÄÖ][\w-]+)\s*\((?:S|M|V|C|L|KD|MP|SD)\)")
TITLES = re.compile(r"^(?:Ledamoten|Ordföranden|Ersättaren|Även)\s+")


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def rows(url: str, sql: str) -> list[dict]:
    status, body = get(f"{url}/atgard.json?sql={urllib.parse.quote(sql)}&_shape=array&_size=max")
    assert status == 200, (sql, body[:300])
    return json.loads(body)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, data: Path) -> Path:
    db = tmp_path_factory.mktemp("masked") / "atgard.db"
    assert ingest([data / name for name in FIXTURES], db).outcome == "ok"
    return db


@pytest.fixture(scope="module")
def public(database: Path, serving) -> Iterator[str]:
    with serving(database) as url:
        yield url


@pytest.fixture(scope="module")
def internal(database: Path, serving) -> Iterator[str]:
    with serving(database, "--include-personal-data") as url:
        yield url


@pytest.fixture(scope="module")
def personal(internal: str) -> list[str]:
    """What the unmasked publication shows of persons: signatories, case officers (names, numbers,
    addresses), and the names in a party's shape in decision points, measures and referrals."""
    found = {row["name"] for row in rows(internal, "select name from signatories")}
    officers = "select case_officer_name, case_officer_phone, case_officer_email from documents"
    found |= {value for row in rows(internal, officers) for value in row.values()}
    texts = "select text from decision_points union all select text from measures union all select text from referrals"
    for row in rows(internal, texts):
        found |= {TITLES.sub("", " ".join(name.split())) for name in PARTY_NAME.findall(row["text"] or "")}
    found = {value for value in found if value}
    assert {"Fredrik Sjöblom", "Sanna Ljung", "Karin Ekdahl", "Carola Holm", "lena.holm@stockholm.se"} <= found
    return sorted(found)


def leaks(text: str, personal: list[str]) -> list[str]:
    """The values of ``personal`` that ``text`` holds, words apart by any white space, case ignored."""
    flat = html.unescape(text)
    patterns = {value: r"\s+".join(map(re.escape, value.split())) for value in personal}
    return [v for v, p in patterns.items() if re.search(rf"(?<!\w){p}(?!\w)", flat, re.IGNORECASE)]


def _decoded(body: bytes) -> str:
    text = body.decode("utf-8-sig", "replace")
    try:  # Datasette's JSON escapes å, ä and ö
        return json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        return text


def test_every_text_of_every_table_and_view(public: str, internal: str, personal: list[str]) -> None:
    objects = [row["name"] for row in rows(public, "select name from sqlite_master where type in ('table', 'view')")]
    assert {"decision_points", "search", "search_content", "changes", "cues", "referral_status"} <= set(objects)
    shown = "".join(_decoded(get(f"{internal}/atgard/{name}.json?_shape=array&_size=max")[1]) for name in objects)
    assert set(leaks(shown, personal)) >= {"Fredrik Sjöblom", "Sanna Ljung", "Karin Ekdahl"}  # the test looks
    for name in objects:
        status, body = get(f"{public}/atgard.json?sql={urllib.parse.quote(f'select * from [{name}]')}&_size=max")
        assert status == 200, (name, body[:200])
        assert leaks(_decoded(body), personal) == [], name
        status, body = get(f"{public}/atgard/{name}.csv?_stream=on&_size=max")
        assert status == 200 and leaks(_decoded(body), personal) == [], name
        assert leaks(get(f"{public}/atgard/{name}")[1].decode(), personal) == [], name  # the HTML table


def test_decisions_stay_readable(public: str, internal: str) -> None:
    sql = "select text from decision_points where text like '%justera dagens protokoll%' order by text"
    assert "Ledamoten Fredrik Sjöblom (S) utsågs att jämte ordföranden justera dagens protokoll." in [
        row["text"] for row in rows(internal, sql)
    ]
    assert [row["text"] for row in rows(public, sql)] == [
        "Kommunstyrelsen utser [namn] (S) att tillsammans med ordföranden justera dagens protokoll måndagen den "
        "19 maj 2025.",
        "Ledamoten [namn] (S) utsågs att jämte ordföranden justera dagens protokoll.",
    ]
    boards = rows(public, "select name from boards where name in ('Kulturnämnden', 'Kommunstyrelsen')")
    assert {row["name"] for row in boards} == {"Kulturnämnden", "Kommunstyrelsen"}  # a board is no person


def _arguments(url: str) -> dict[str, list[str]]:
    """Values for the canned queries' parameters, as a clerk would give them."""
    boards = rows(url, "select distinct b.name from referral_recipients r join boards b on b.id = r.board_id")
    return {
        "namnd": [*[row["name"] for row in boards][:6], "Kommunstyrelsen"],
        "rapport": [row["title"] for row in rows(url, "select title from report_documents where title is not null")],
        "arende": [row["id"] for row in rows(url, "select id from cases")],
        "sokord": ["justera", "protokoll", "Sjöblom", "Ljung", "Ekdahl", "motion", "telefon"],
    }


def test_canned_queries_downloads_and_feeds(public: str, personal: list[str]) -> None:
    queries = json.loads(get(f"{public}/-/metadata.json")[1])["databases"]["atgard"]["queries"]
    arguments = _arguments(public)
    asked = 0
    for name, query in queries.items():
        parameters = sorted(set(re.findall(r"(?<!:):(\w+)", query["sql"])))
        values = [{}] if not parameters else [{parameters[0]: v} for v in arguments.get(parameters[0], [])]
        for value in values:
            for extension in (".json?_shape=array&_size=max", ".csv?_size=max", ".excel", ".atom", ""):
                base, _, more = extension.partition("?")
                address = f"{public}/atgard/{name}{base}?{urllib.parse.urlencode(value)}&{more}"
                status, body = get(address)
                assert status in (200, 400, 404), (address, status)  # .atom only for the feeds
                assert leaks(_decoded(body), personal) == [], address
                asked += status == 200
    assert asked > 100


def _links(page: str) -> set[str]:
    found = {html.unescape(link) for link in re.findall(r'href="(/[^"#]*)', page)}
    return {link for link in found if not link.startswith(("/atgard", "/-/", "/logga"))}


def test_the_clerks_pages_and_what_they_link_to(public: str, internal: str, personal: list[str]) -> None:
    arguments = _arguments(public)
    start = {"/", "/min-namnd", *(f"/min-namnd?namnd={urllib.parse.quote(b)}" for b in arguments["namnd"])}
    start |= {f"/sok?sokord={urllib.parse.quote(word)}" for word in arguments["sokord"]}
    start |= {f"/dokument/{row['id']}" for row in rows(public, "select id from documents")}
    start |= {f"/arende/{case}" for case in arguments["arende"]}
    start |= {f"/rapport/{row['document_id']}" for row in rows(public, "select document_id from report_documents")}
    seen: set[str] = set()
    waiting, kinds = sorted(start), set()
    while waiting and len(seen) < 400:
        path = waiting.pop()
        if path in seen:
            continue
        seen.add(path)
        status, body = get(public + path)
        assert status in (200, 404), (path, status)
        page = body.decode()
        assert leaks(page, personal) == [], path
        kinds.add(path.split("/")[1].split("?")[0])
        waiting += sorted(_links(page) - seen)
    assert {"namnd", "rapport", "dokument", "beslutspunkt", "remiss", "arende", "min-namnd", "sok"} <= kinds, kinds
    assert "Sjöblom" in get(internal + "/sok?sokord=Sj%C3%B6blom")[1].decode()  # searched, found unmasked


def test_search_finds_no_name(public: str, internal: str) -> None:
    sql = "select count(*) as n from search where search match ?"
    for word in ("sjöblom", "ljung", "ekdahl"):
        query = urllib.parse.quote(f"select count(*) as n from search where search match '\"{word}\"'")
        assert json.loads(get(f"{internal}/atgard.json?sql={query}&_shape=array")[1])[0]["n"] > 0, sql
        assert json.loads(get(f"{public}/atgard.json?sql={query}&_shape=array")[1])[0]["n"] == 0, sql


def test_the_copy_follows_the_database(tmp_path: Path, data: Path, serving) -> None:
    """A document stored while serving is in the next answer, masked; the copies go with the server."""
    db = tmp_path / "atgard.db"
    assert ingest([data / FIXTURES[0]], db).outcome == "ok"
    sql = "select count(*) as n, group_concat(text, ' | ') as t from decision_points"
    with serving(db) as url:
        before = rows(url, sql)[0]["n"]
        assert ingest([data / FIXTURES[2]], db).outcome == "ok"
        after = rows(url, sql)[0]
        assert after["n"] > before and "Ledamoten [namn] (S) utsågs" in after["t"] and "Sjöblom" not in after["t"]
        copies = list((files_dir(db) / "publication").glob("masked-*.db"))
        assert len(copies) == 1  # the one before is gone
    deadline = time.monotonic() + 10
    while list((files_dir(db) / "publication").glob("masked-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list((files_dir(db) / "publication").glob("masked-*")) == []


def test_the_copy_keeps_no_replaced_word(tmp_path: Path, database: Path) -> None:
    """No page of the copy's file holds a replaced name (VACUUM), the search index included."""
    copy = tmp_path / "copy.db"
    make_masked_copy(database, copy)
    raw = copy.read_bytes()
    for name in ("Fredrik Sjöblom", "Sjöblom", "sjöblom", "Sanna Ljung", "lena.holm@stockholm.se", "08-508 29 314"):
        assert name.encode() not in raw, name
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "Stadsdelsnämnden utser Kristina Borg (S) att jämte ordföranden justera",
            "Stadsdelsnämnden utser [namn] (S) att jämte ordföranden justera",
        ),
        ("Även Karin Ekdahl (C) och Vera Sunds (sd) reservation", "Även [namn] (C) och [namn] (sd) reservation"),
        ("Ordförande Anneli Sjöberg Justerare Jenny Ohlin", "Ordförande [namn] Justerare [namn]"),
        ("Verkställande direktören Ylva Bergendahl anmäler", "Verkställande direktören [namn] anmäler"),
        (
            "besvaras av borgarrådssekreterare Jonas Almér, 08-508 29 417",
            "besvaras av borgarrådssekreterare [namn], [telefon]",
        ),
        (
            "Närvarande: Anna Berg (S), ordförande, Lena Ek och Per Lindahl",
            "Närvarande: [namn] (S), ordförande, [namn] och [namn]",
        ),
        ("Anna Berg, ordförande; anna.berg@stockholm.se", "[namn], ordförande; [e-post]"),
        ("Handläggare\nPaul Alarcon\nTelefon 08-508 29 477", "Handläggare\n[namn]\nTelefon [telefon]"),
        ("Zainab Ali (V) och Lotta\nBäckström (S)", "[namn] (V) och [namn] (S)"),
        ("Sjöblom (S) yrkar bifall", "[namn] (S) yrkar bifall"),
        (
            "Handläggare\nAmira Haddad\nJens Wallgren\nTelefon: 08-508 29 117",
            "Handläggare\n[namn]\n[namn]\nTelefon: [telefon]",
        ),
        (
            "Maria Öberg\nStadsdelsdirektör | Kristoffer Ahl\nAvdelningschef",
            "[namn]\nStadsdelsdirektör | [namn]\nAvdelningschef",
        ),
        (
            "Styrelsen utser Daniel Ohlsson att jämte ordföranden justera dagens protokoll",
            "Styrelsen utser [namn] att jämte ordföranden justera dagens protokoll",
        ),
        ("nämndsekreterare; Magnus Ek, planeringschef, § 42", "nämndsekreterare; [namn], planeringschef, § 42"),
        ("ordföranden Sjöblom yrkar bifall", "ordföranden [namn] yrkar bifall"),
        ("Protokollet justeras av Fredrik Sjöblom", "Protokollet justeras av [namn]"),
        ("Vid protokollet\nAnna Svensson", "Vid protokollet\n[namn]"),
        ("ledamoten Anna\nBerg yrkar", "ledamoten [namn] yrkar"),
    ],
)
def test_the_shapes_of_a_name(text: str, masked: str) -> None:
    assert Names().mask(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "Kulturnämnden (KN) godkänner förvaltningens tjänsteutlåtande",
        "Region Stockholm (RS) och Stockholms Stadshus AB (SSAB)",
        "Stadsdelsnämnden Västra Hisingen tillstyrker; Farsta stadsdelsnämnd",
        "i samråd med Stockholm Vatten och Avfall AB; Trafikverket (TRV)",
        "Rapporten Trygg i hela staden (SOU 2018:57) remitteras till Kommunstyrelsen",
        "Dnr KS 2016/1234 av den 2017-03-15, 1 000 000 kr",
        "Handläggare Datum Diarienummer",
        "Kommunfullmäktige utser Kommunstyrelsen att samordna arbetet",
    ],
)
def test_boards_places_and_numbers_are_no_names(text: str) -> None:
    assert Names().mask(text) == text


def test_names_known_are_found_without_a_shape() -> None:
    names = Names(frozenset({"fredrik sjöblom"}))
    assert names.mask("Protokollet justeras av FREDRIK\nSJÖBLOM") == "Protokollet justeras av [namn]"
    assert names_in("Ledamoten Fredrik Sjöblom (S) och Region Stockholm (RS)") == {"fredrik sjöblom"}


def test_a_copy_in_the_making_is_its_own(tmp_path: Path, database: Path) -> None:
    """Two publications made at once: one never removes or writes the other's copy in the making."""
    copy = tmp_path / "copy.db"
    another = tmp_path / "copy.db.part"  # the name a copy in the making had before: another's work
    another.write_bytes(b"another publication's copy")
    make_masked_copy(database, copy)
    assert another.read_bytes() == b"another publication's copy"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["copy.db", "copy.db.part"]
