"""What the clerk's pages show, read from a store: items by stable id, the report grid, search, the board lists."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from atgard.output.board_page import HOME_BOARDS, board_rows, sections
from atgard.output.document_page import document_page
from atgard.output.excel import excel_csv
from atgard.output.functions import register_publication_functions
from atgard.output.items import answer_page, decision_page, measure_page, parse_item_id, path_of, rows
from atgard.output.matrix import report_grid
from atgard.output.publish import HERE
from atgard.output.recipients import referral_page
from atgard.output.search import highlighted, parse_search
from atgard.output.views import register_functions
from atgard.pipeline.ingest import ingest
from atgard.schema.contract import item_id

DEVSET = Path(__file__).parent / "data" / "devset" / "pdf"
QUERIES = json.loads(HERE.joinpath("metadata.json").read_text(encoding="utf-8"))["databases"]["atgard"]["queries"]


@pytest.fixture(scope="module")
def connection(tmp_path_factory: pytest.TempPathFactory, examples: Path) -> Iterator[sqlite3.Connection]:
    """The samples and the devset's referral package (a memo with a reply date, its report, three answers)."""
    db = tmp_path_factory.mktemp("clerk") / "atgard.db"
    assert ingest([examples, *sorted(DEVSET.glob("d3-*.pdf"))], db).outcome == "ok"
    connection = sqlite3.connect(db)
    register_functions(connection)
    register_publication_functions(connection, "https://atgard.example.se")
    yield connection
    connection.close()


def _query(connection: sqlite3.Connection, name: str, **params: object) -> list[dict]:
    return rows(connection, QUERIES[name]["sql"], params)


def _memo(connection: sqlite3.Connection) -> str:
    return connection.execute("SELECT id FROM documents WHERE filename = 'd3-ks-remiss.pdf'").fetchone()[0]


def test_a_referral_by_its_stable_id_with_every_recipient_s_state(connection: sqlite3.Connection) -> None:
    memo = _memo(connection)
    page = referral_page(connection, parse_item_id(item_id("referral", memo, 0)), personal=False)
    assert page is not None and page["title"] == "Remiss: Trygg i hela staden"
    assert (page["role"], page["priority"], page["scope"]) == ("yttrande", "i första hand", "hela rapporten")
    states = {r["board_name"]: r["label"] for r in page["recipients"]}
    assert states["Arbetsmarknadsnämnden"] == "besvarad i tid"
    assert states["Socialnämnden"].startswith("försenad, ") and states["Socialnämnden"].endswith(" dagar sedan")
    answered = next(r for r in page["recipients"] if r["board_name"] == "Arbetsmarknadsnämnden")
    assert answered["answer_path"].startswith("/svar/answer-")
    assert page["picture"]["image_url"].startswith("/-/atgard/highlight/referrals/")
    assert page["picture"]["pdf_url"] is None  # the PDF only when personal data may be shown
    assert page["report_path"].startswith("/rapport/") and page["document"]["path"] == f"/dokument/{memo}"


def test_a_group_recipient_lists_each_member_s_own_state(connection: sqlite3.Connection) -> None:
    memo = _memo(connection)
    pages = [referral_page(connection, parse_item_id(item_id("referral", memo, n)), False) for n in range(5)]
    groups = [r for p in pages if p for r in p["recipients"] if r["is_group"]]
    assert groups, "the package sends a referral to samtliga stadsdelsnämnder"
    group = groups[0]
    assert len(group["members"]) > 10 and all(m["path"].startswith("/namnd/") for m in group["members"])
    assert group["members_answered"] == sum(m["status"] == "answered" for m in group["members"])
    assert (group["status"] == "answered") == (group["members_answered"] == len(group["members"]))


def test_unknown_or_mistyped_ids_find_nothing(connection: sqlite3.Connection) -> None:
    memo = _memo(connection)
    assert referral_page(connection, parse_item_id(item_id("referral", memo, 99)), False) is None
    assert parse_item_id("referrals/4") is None and parse_item_id(item_id("measure", memo, 0), "referral") is None
    assert document_page(connection, "0" * 64, False) is None


def test_measure_decision_answer_and_document_pages(connection: sqlite3.Connection) -> None:
    memo = _memo(connection)
    report = connection.execute("SELECT document_id, seq FROM measures WHERE code = 'B1.2.1'").fetchone()
    measure = measure_page(connection, parse_item_id(item_id("measure", *report)), False)
    assert measure is not None and measure["title"] == "Åtgärd B1.2.1"
    assert "Trafiknämnden" in [r["name"] for r in measure["responsible"]]
    assert measure["referrals"] and all(r["path"].startswith("/remiss/referral-") for r in measure["referrals"])
    point = decision_page(connection, parse_item_id(item_id("decision_point", memo, 0)), True)
    assert point is not None and point["picture"]["pdf_url"].endswith("#page=1")
    answer_doc = connection.execute("SELECT document_id FROM answers WHERE board_id = 'trafiknamnden'").fetchone()[0]
    answer = answer_page(connection, parse_item_id(item_id("answer", answer_doc, 0)), False)
    assert answer is not None and answer["title"] == "Svar från Trafiknämnden"
    assert [r["path"] for r in answer["referrals"]] and answer["picture"]["image_url"].endswith(f"{answer_doc},0.png")
    document = document_page(connection, memo, personal=False)
    assert document is not None and document["document"]["kind_label"] == "tjänsteutlåtande"
    assert document["document"]["diarienummer"] == "KS 2018/204" and document["pdf_url"] is None
    assert len(document["referrals"]) == 5 and all(r["path"].startswith("/remiss/") for r in document["referrals"])
    assert [d["path"] for d in document["decisions"]] == [
        f"/beslutspunkt/{item_id('decision_point', memo, n)}" for n in range(len(document["decisions"]))
    ]
    assert document["picture"]["image_url"].startswith(f"/-/atgard/highlight/blocks/{memo},")


def test_the_report_grid_has_measures_down_boards_across_and_totals(connection: sqlite3.Connection) -> None:
    report = connection.execute("SELECT id FROM documents WHERE filename = 'd3-kommission-rapport.pdf'").fetchone()[0]
    grid = report_grid(connection, report)
    measures = [r for r in grid["rows"] if "code" in r]
    assert [r["code"] for r in measures] == [
        c for (c,) in connection.execute("SELECT code FROM measures WHERE document_id = ? ORDER BY seq", [report])
    ]
    assert next(r["heading"] for r in grid["rows"] if "heading" in r).startswith("B1.1 ")
    names = [c.name for c in grid["columns"]]
    assert "Trafiknämnden" in names and names == sorted(names)
    assert [g.name for g in grid["groups"]] == ["Samtliga stadsdelsnämnder"]
    trafik = names.index("Trafiknämnden")
    cell = next(r for r in measures if r["code"] == "B1.2.1")["cells"][trafik]
    assert cell["text"] == "AG ✓" and cell["title"] == "ansvarig; genomförande – besvarad"
    # totals: a column counts its measures, a row its boards, and the matrix view has every pair
    for column in grid["columns"]:
        assert column.total == sum(1 for r in measures if r["cells"][names.index(column.name)]["text"])
    pairs = connection.execute(
        "SELECT count(DISTINCT measure_code || '|' || coalesce(board_id, board_name)) FROM referral_matrix "
        "WHERE measure_document_id = ?",
        [report],
    ).fetchone()[0]
    assert sum(r["count"] for r in measures) == pairs


def test_home_counts_are_the_counts_on_each_board_s_page(connection: sqlite3.Connection) -> None:
    boards = rows(connection, HOME_BOARDS)
    listed = [b for section in sections(boards) for b in section["boards"]]
    assert {"farsta-sdn", "samtliga-stadsdelsnamnder", "trafiknamnden", "kommunstyrelsen"} & {b["id"] for b in listed}
    for board in boards:
        page = board_rows(_query(connection, "min_namnd", namnd=board["id"]))
        referrals = [r for r in page if r["is_referral"]]
        assert len(referrals) == board["referrals"] == len({r["id"] for r in referrals}), board["id"]
        assert all(r["path"] and r["path"].startswith(("/remiss/", "/atgarder/")) for r in page)


def test_a_group_s_page_shows_what_is_sent_to_the_group(connection: sqlite3.Connection) -> None:
    group = board_rows(_query(connection, "min_namnd", namnd="stadsdelsnämnderna"))
    sent = "SELECT DISTINCT referral_id FROM referral_status WHERE board_id = ?"
    status = rows(connection, sent, ["samtliga-stadsdelsnamnder"])
    assert len([r for r in group if r["is_referral"]]) == len(status) > 0
    farsta = board_rows(_query(connection, "min_namnd", namnd="Farsta"))
    assert {r["id"] for r in group if r["is_referral"]} <= {r["id"] for r in farsta}


@pytest.mark.parametrize("typed", ['"', "*", "(", ")", "AND", "NEAR(", '"utbildning', "utbildning*", "-", "^", ":"])
def test_search_never_breaks(connection: sqlite3.Connection, typed: str) -> None:
    for name in ("sok", "sok_atgarder"):
        _query(connection, name, sokord=typed)  # no fts5 syntax error


def test_search_finds_codes_and_case_numbers_exactly_and_first(connection: sqlite3.Connection) -> None:
    by_code = _query(connection, "sok", sokord="A2.3.1")
    assert (by_code[0]["slag"], by_code[0]["atgard"]) == ("åtgärd", "A2.3.1")
    assert by_code[0]["adress"] == path_of(by_code[0]["id"]) and by_code[0]["adress"].startswith("/atgarder/")
    assert {"remiss"} <= {hit["slag"] for hit in by_code[1:]}
    assert _query(connection, "sok_atgarder", sokord="a.2.3.1")[0]["atgard"] == "A2.3.1"
    by_case = _query(connection, "sok", sokord="KS 2018/0204")
    assert by_case[0]["slag"] == "dokument" and by_case[0]["id"] == _memo(connection)
    assert {"svar"} <= {hit["slag"] for hit in by_case}
    words = _query(connection, "sok", sokord="rekryteringen utbild")  # stems, prefixes
    assert words and all(hit["adress"] for hit in words)


def test_search_marks_the_matched_words() -> None:
    parsed = parse_search("utbildningen A2.3.1")
    marked = highlighted("Utbildningsnämnden genomför A2.3.1 & mer <b>", parsed.stems, parsed.codes)
    assert marked == "<mark>Utbildningsnämnden</mark> genomför <mark>A2.3.1</mark> &amp; mer &lt;b&gt;"


def test_min_namnd_json_has_stable_ids_and_codes_beside_the_words(connection: sqlite3.Connection) -> None:
    found = _query(connection, "min_namnd", namnd="Familjebostader")
    first = found[0]
    assert (first["status"], first["status_kod"], first["tid_kod"]) == ("försenad", "unanswered", "overdue")
    assert parse_item_id(first["id"], "referral") and first["namnd_id"] == "ab-familjebostader"
    assert {r["roll_kod"] for r in found} <= {"opinion", "implementation", "responsible"}


def test_the_feed_links_swedish_pages_at_the_published_address(connection: sqlite3.Connection) -> None:
    entries = _query(connection, "namnd_flode", namnd="Trafikkontoret")  # the office: its board's feed
    assert entries
    for entry in entries:
        assert entry["atom_id"].startswith("tag:atgard.example.se,2025:")
        assert parse_item_id(entry["atom_id"].rsplit(":", 1)[1])
        assert entry["atom_link"].startswith(("https://atgard.example.se/remiss/", "https://atgard.example.se/svar/"))
        assert entry["atom_updated"].endswith("+00:00")  # a time with its zone, as Atom wants it
    referral = next(e for e in entries if "Trygg i hela staden" in e["atom_title"] and "/remiss/" in e["atom_link"])
    assert referral["atom_updated"] == "2018-03-28T00:00:00+00:00"  # when Trafiknämnden answered


def test_downloads_for_swedish_excel(connection: sqlite3.Connection) -> None:
    cursor = connection.execute(QUERIES["min_namnd"]["sql"], {"namnd": "Farsta"})
    body = excel_csv([c[0] for c in cursor.description], cursor.fetchall())
    text = body.decode("utf-8")
    assert body.startswith(b"\xef\xbb\xbf") and text.splitlines()[0].startswith("\ufeffLäge;Svar senast;Rapport;Roll;")
    assert "Trygg i hela staden" in text and "ö" in text
