"""Cross-document links and the referral matrix, in a real SQLite file, whatever the ingest order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from atgard.output.export import export
from atgard.output.store import open_store
from atgard.pipeline.ingest import ingest

SEED = "seed-lagesrapport.pdf"
REPORT = "dold-potential-atgarder.pdf"
DOLD = "Dold potential – hinder och möjligheter för unga stockholmares etablering på arbetsmarknaden"


def _rows(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, params).fetchall()


@pytest.fixture(scope="module", params=[(SEED, REPORT), (REPORT, SEED)], ids=["memo first", "report first"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, examples: Path) -> Path:
    path = tmp_path_factory.mktemp("links") / "atgard.db"
    for name in request.param:  # two separate ingests: the link is made whichever comes second
        report = ingest([examples / name], path)
        assert report.outcome == "ok"
    return path


def test_referral_codes_link_to_report_measures(db: Path) -> None:
    links = _rows(
        db,
        """SELECT rm.code, m.code, m.text FROM referral_measures rm JOIN measures m ON m.id = rm.measure_id
           ORDER BY rm.code""",
    )
    assert [(code, linked) for code, linked, _ in links] == [
        ("A2.1.1", "A2.1.1"),
        ("A2.3.1", "A2.3.1"),
        ("A2.3.2", "A2.3.2"),
        ("A2.3.3", "A2.3.3"),
        ("A2.4.4", "A2.4.4"),
    ]
    assert links[1][2].startswith("Riktade sysselsättningskrav ställs i stadens upphandlingar")


def test_matrix_has_sbr_responsible_and_for_implementation_on_a211(db: Path) -> None:
    roles = _rows(
        db,
        """SELECT role, via FROM referral_matrix
           WHERE measure_code = 'A2.1.1' AND board_id = 'stockholm-business-region' ORDER BY role""",
    )
    assert roles == [("implementation", None), ("responsible", None)]


def test_matrix_answers_what_arbetsmarknadsnamnden_must_answer(db: Path) -> None:
    rows = _rows(
        db,
        "SELECT role, measure_code, via FROM referral_matrix WHERE board_id = 'arbetsmarknadsnamnden'",
    )
    by_role: dict[str, set[str]] = {}
    for role, code, _ in rows:
        by_role.setdefault(role, set()).add(code)
    # responsible where the report names it, directly or through "samtliga nämnder och bolagsstyrelser"
    assert {"A2.2.1", "A2.2.2", "A2.2.3", "A2.3.1", "A2.4.1", "A2.4.2", "A2.4.4"} <= by_role["responsible"]
    assert ("responsible", "A2.3.1", "Samtliga nämnder och bolagsstyrelser") in rows
    assert ("implementation", "A2.3.2", "Samtliga nämnder och bolagsstyrelser") in rows
    assert len(by_role["opinion"]) == 13  # an opinion on the whole report covers every measure in it
    assert "A2.1.1" not in by_role["implementation"]


def test_groups_expand_to_the_districts_of_the_year(db: Path) -> None:
    districts = _rows(
        db,
        """SELECT DISTINCT board_id FROM referral_matrix
           WHERE role = 'opinion' AND via = 'Samtliga stadsdelsnämnder' AND measure_code = 'A2.2.1'""",
    )
    ids = {row[0] for row in districts}
    assert len(ids) == 14  # the 2016 districts: Älvsjö and Hägersten-Liljeholmen, not Hägersten-Älvsjö
    assert {"alvsjo-sdn", "hagersten-liljeholmen-sdn"} <= ids and "hagersten-alvsjo-sdn" not in ids


def test_unresolved_references_list_reports_never_ingested(db: Path) -> None:
    unresolved = _rows(db, "SELECT reference, value, filename, page, reason FROM unresolved_references ORDER BY value")
    titles = [(value, page) for reference, value, _, page, _ in unresolved if reference == "report"]
    assert ("Medborgare med mandat – dialog och delaktighet i Stockholms stad", 5) in titles
    assert ("Den lärande skolan", 8) in titles
    assert all(value != DOLD for value, _ in titles)  # ingested, so resolved
    assert not [row for row in unresolved if row[0] == "measure code"]


def test_unresolved_codes_when_the_report_is_missing(tmp_path: Path, examples: Path) -> None:
    db = tmp_path / "memo-only.db"
    ingest([examples / SEED], db)
    codes = _rows(db, "SELECT value, page, reason FROM unresolved_references WHERE reference = 'measure code'")
    assert sorted(codes) == [
        (code, 10, "report not ingested") for code in ["A2.1.1", "A2.3.1", "A2.3.2", "A2.3.3", "A2.4.4"]
    ]
    ingest([examples / REPORT], db)  # the report arrives later: the same references now resolve
    assert _rows(db, "SELECT count(*) FROM unresolved_references WHERE reference = 'measure code'") == [(0,)]


def test_export_carries_the_matrix(db: Path) -> None:
    exported = export(open_store(db))
    rows = [
        r
        for r in exported.referral_matrix
        if r.measure_code == "A2.1.1" and r.board_name == "Stockholm Business Region AB"
    ]
    assert sorted(r.role for r in rows) == ["implementation", "responsible"]
    assert all(r.report_title == DOLD for r in rows)
