"""A safe publication: local by default, read-only, security headers, personal data only when asked for."""

from __future__ import annotations

import io
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from atgard.pipeline.ingest import ingest

pytestmark = [pytest.mark.slow]  # serves Datasette


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory, examples: Path) -> Path:
    db = tmp_path_factory.mktemp("publication") / "atgard.db"
    assert ingest([examples], db).outcome == "ok"
    return db


@pytest.fixture(scope="module")
def public(database: Path, serving) -> Iterator[str]:
    with serving(database) as url:
        yield url


@pytest.fixture(scope="module")
def internal(database: Path, serving) -> Iterator[str]:
    with serving(database, "--include-personal-data", "--no-sql") as url:
        yield url


def rows(url: str) -> list[dict]:
    status, _, body = get(url)
    assert status == 200, body[:300]
    return json.loads(body)


def test_listens_on_loopback_only(public: str) -> None:
    port = public.rsplit(":", 1)[1]
    sockets = Path("/proc/net/tcp").read_text().splitlines()[1:]
    listening = [line.split()[1] for line in sockets if line.split()[3] == "0A"]  # 0A: LISTEN
    ours = [address for address in listening if int(address.split(":")[1], 16) == int(port)]
    assert ours == ["0100007F:" + f"{int(port):04X}"]  # 127.0.0.1 only


def test_security_headers(public: str) -> None:
    for path in ("/", "/atgard/measures/1", "/-/atgard/highlight/measures/1.png"):
        _, headers, _ = get(public + path)
        assert "default-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_personal_data_hidden_by_default(public: str) -> None:
    documents = rows(public + "/atgard/documents.json?_shape=array&_col=case_officer_name&_col=case_officer_phone")
    assert documents and all(d["case_officer_name"] is None and d["case_officer_phone"] is None for d in documents)
    signatories = rows(public + "/atgard/signatories.json?_shape=array")
    assert [(s["name"], s["title"]) for s in signatories] == [(None, "Stadsdirektör"), (None, "Avdelningschef")]
    sql = urllib.parse.quote("select group_concat(text, ' ') as t from blocks")
    assert rows(public + f"/atgard.json?sql={sql}&_shape=array") == [{"t": None}]
    assert b"Paul Alarcon" not in get(public + "/atgard/documents")[2]
    assert b"atgard-pdf" not in get(public + "/atgard/measures/1")[2]
    pdf_id = rows(public + "/atgard/documents.json?_shape=array&_col=id")[0]["id"]
    assert get(public + f"/-/atgard/pdf/{pdf_id}.pdf")[0] == 403


def test_names_are_blacked_out_in_page_pictures(public: str, internal: str) -> None:
    document_id = rows(public + "/atgard/decision_points.json?_shape=array")[0]["document_id"]
    point = f"/-/atgard/highlight/decision_points/{document_id},0.png"
    hidden = Image.open(io.BytesIO(get(public + point)[2])).convert("RGB")
    shown = Image.open(io.BytesIO(get(internal + point)[2])).convert("RGB")
    # "Paul Alarcon" stands at about x 71-130, y 95-105 points on page 1; the picture is 96 dpi.
    spot = (int(90 * 96 / 72), int(100 * 96 / 72))
    assert hidden.getpixel(spot) == (0, 0, 0)
    assert shown.getpixel(spot) != (0, 0, 0)


def test_canned_queries_answer_through_datasette(public: str) -> None:
    matrix = rows(public + "/atgard/remissmatris.json?_shape=array&rapport=" + urllib.parse.quote("Dold potential"))
    assert {"atgard", "namnd", "roll", "via", "sida"} == set(matrix[0]) and len(matrix) > 50
    assert {"responsible", "opinion"} <= {row["roll"] for row in matrix}
    board = rows(public + "/atgard/det_har_ska_namnden_svara_pa.json?_shape=array&namnd=Socialn%C3%A4mnden")
    assert board and {row["vad"] for row in board} <= {"remiss", "åtgärd"}


def test_tables_and_views_suggest_no_facets_but_keep_their_own(public: str) -> None:
    # A suggestion runs a query per column of a view: seconds on the referral status's first page.
    status, _, body = get(public + "/atgard/referral_status.json")
    assert status == 200, body[:300]
    page = json.loads(body)
    assert page["suggested_facets"] == [] and page["facet_results"]


def test_read_only_and_time_limited(public: str) -> None:
    statement = urllib.parse.quote("insert into boards (id, name, kind) values ('x', 'x', 'group')")
    status, _, body = get(public + f"/atgard.json?sql={statement}")
    assert status == 400 and b"Statement must be a SELECT" in body
    slow = urllib.parse.quote("with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n")
    status, _, body = get(public + f"/atgard.json?sql={slow}")
    assert status == 400 and b"interrupted" in body.lower()


def test_internal_publication_shows_names_and_pdfs_but_no_sql(internal: str) -> None:
    documents = rows(internal + "/atgard/documents.json?_shape=array&_col=case_officer_name")
    assert "Paul Alarcon" in [d["case_officer_name"] for d in documents]
    assert get(internal + "/atgard.json?sql=select+1")[0] == 403
    assert get(internal + "/atgard/det_har_ska_namnden_svara_pa.json?namnd=Socialn%C3%A4mnden")[0] == 200
    pdf_id = rows(internal + "/atgard/documents.json?_shape=array&_col=id")[0]["id"]
    status, headers, body = get(internal + f"/-/atgard/pdf/{pdf_id}.pdf")
    assert (status, headers["content-type"], body[:5]) == (200, "application/pdf", b"%PDF-")


@pytest.mark.parametrize(
    "attempt",
    [
        "/-/atgard/pdf/../../../etc/passwd",
        "/-/atgard/pdf/..%2f..%2fatgard.db",
        "/-/atgard/pdf/abc.pdf",
        "/-/atgard/pdf/" + "0" * 64 + ".pdf",
    ],
)
def test_pdfs_only_by_document_id(internal: str, attempt: str) -> None:
    status, _, body = get(internal + attempt)
    assert status == 404
    assert b"SQLite format" not in body and b"root:" not in body


def test_serving_leaves_no_metadata_file_behind(database: Path, tmp_path: Path) -> None:
    """`atgard serve` keeps Datasette's metadata in memory: nothing in the temporary folder, while or after."""
    import os
    import subprocess
    import sys
    import time

    port = 8900 + os.getpid() % 90
    command = [sys.executable, "-m", "atgard.pipeline.cli", "serve", "--db", str(database), "--port", str(port)]
    server = subprocess.Popen(command, env={**os.environ, "TMPDIR": str(tmp_path)}, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while get_or_none(f"http://127.0.0.1:{port}/atgard/documents.json?_shape=array&_col=case_officer_name") is None:
            assert server.poll() is None and time.monotonic() < deadline, "atgard serve did not start"
            time.sleep(0.3)
        names = get_or_none(f"http://127.0.0.1:{port}/atgard/documents.json?_shape=array&_col=case_officer_name")
        assert names and all(row["case_officer_name"] is None for row in names)  # the metadata was read
        assert list(tmp_path.iterdir()) == []
    finally:
        server.terminate()  # only the server this test started
        server.wait(timeout=20)
    assert list(tmp_path.iterdir()) == []


def get_or_none(url: str) -> list[dict] | None:
    try:
        status, _, body = get(url)
    except OSError:
        return None
    return json.loads(body) if status == 200 else None


def test_read_connections_keep_a_page_cache_of_their_own(tmp_path: Path) -> None:
    """A board's page joins thousands of rows across the file: SQLite's 2 MiB default re-reads them per request."""
    import sqlite3

    from atgard.output.datasette.plugins import atgard_datasette as plugin

    class Publication:  # what the hook reads of Datasette: the plugin's configuration
        def plugin_config(self, name: str) -> dict[str, object]:
            return {"personal_data": True}

    connection = sqlite3.connect(tmp_path / "atgard.db")
    assert connection.execute("PRAGMA cache_size").fetchone()[0] != -plugin.CACHE_KIB
    plugin.prepare_connection(connection, Publication())
    assert connection.execute("PRAGMA cache_size").fetchone()[0] == -plugin.CACHE_KIB
    assert connection.execute("SELECT stem_sv('nämnderna')").fetchone()[0]
    connection.close()


@pytest.mark.parametrize(
    "sql", ["select fts3_tokenizer('simple')", "select hex(fts3_tokenizer('porter'))", "select load_extension('x')"]
)
def test_functions_returning_pointers_or_loading_code_are_refused(public: str, sql: str) -> None:
    status, _, body = get(public + f"/atgard.json?sql={urllib.parse.quote(sql)}&_shape=array")
    assert status == 400 and b"not authorized" in body
    assert b"\\x" not in body  # no pointer's bytes


def test_denied_functions_on_every_connection_personal_or_not(tmp_path: Path) -> None:
    import sqlite3

    from atgard.output.datasette.plugins import atgard_datasette as plugin

    for personal in (False, True):

        class Publication:  # what the hook reads of Datasette: the plugin's configuration
            def plugin_config(self, name: str, personal: bool = personal) -> dict[str, object]:
                return {"personal_data": personal}

        connection = sqlite3.connect(tmp_path / "atgard.db")
        plugin.prepare_connection(connection, Publication())
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            connection.execute("select fts3_tokenizer('simple')")
        assert connection.execute("select upper('ok'), json_array(1)").fetchone() == ("OK", "[1]")
        connection.close()


def test_home_page_counts_follow_the_database(tmp_path: Path, examples: Path, serving) -> None:
    """The home page's lists are kept per version of the database: a document stored while serving shows."""
    db = tmp_path / "atgard.db"
    assert ingest([examples / "seed-lagesrapport.pdf"], db).outcome == "ok"
    with serving(db) as url:
        first = get(url + "/")[2].decode()
        assert get(url + "/")[2].decode() == first  # from memory, the same
        assert "Dold potential" not in first and 'href="/namnd/' in first
        assert ingest([examples / "dold-potential-atgarder.pdf"], db).outcome == "ok"
        assert "Dold potential" in get(url + "/")[2].decode()
