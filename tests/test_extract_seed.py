"""The seed memo against its expected extraction (examples/seed-lagesrapport.expected.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from atgard.extract.boards import load_register
from atgard.extract.document import extract_document
from atgard.schema import ReadDocument
from atgard.schema.contract import Document

REGISTER = load_register()


@pytest.fixture(scope="module")
def expected(examples: Path) -> dict:
    return json.loads((examples / "seed-lagesrapport.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def document(seed: ReadDocument) -> Document:
    return extract_document(seed, register=REGISTER)


def test_header_fields(document: Document, expected: dict) -> None:
    want = expected["document"]
    got = document.model_dump(mode="json")
    for field in ("kind", "title", "subtitle", "office", "addressee", "page_count"):
        assert got[field] == want[field], field
    assert {k: got["case_officer"][k] for k in want["case_officer"]} == want["case_officer"]


def test_signatories(document: Document, expected: dict) -> None:
    got = [{"name": s.name, "title": s.title} for s in document.signatories]
    assert got == expected["document"]["signatories"]


def test_decision(document: Document, expected: dict) -> None:
    want = expected["document"]["decision"]
    assert (document.decision.proposed_by, document.decision.decided_by) == (want["proposed_by"], want["decided_by"])
    assert [{"number": p.number, "text": p.text} for p in document.decision.points] == want["points"]


def test_reports(document: Document, expected: dict) -> None:
    got = [r.model_dump(exclude={"page", "bbox"}) for r in document.reports]
    assert sorted(got, key=lambda r: r["title"]) == sorted(expected["document"]["reports"], key=lambda r: r["title"])


def test_referrals(document: Document, expected: dict, expected_view) -> None:
    got = [expected_view(r.model_dump(mode="json")) for r in document.referrals]
    assert got == [expected_view(r) for r in expected["document"]["referrals"]]


def test_every_listed_measure_is_found_under_its_report(document: Document, expected: dict, fold) -> None:
    missing = [
        (want["report_title"], want["contains"])
        for want in expected["measures_must_find"]
        if not any(
            m.report_title == want["report_title"] and fold(want["contains"]) in fold(m.text) for m in document.measures
        )
    ]
    assert missing == []


def test_no_finding_is_a_measure(document: Document, expected: dict, fold) -> None:
    wrong = [
        (phrase, m.text)
        for phrase in expected["measures_must_not_find"]
        for m in document.measures
        if fold(phrase) in fold(m.text)
    ]
    assert wrong == []


def test_reports_know_where_they_are_first_named(document: Document) -> None:
    pages = {r.title: r.page for r in document.reports}
    assert pages["Skillnadernas Stockholm"] == 2
    assert pages["Den lärande skolan"] == 8
    assert pages["Medborgare med mandat – dialog och delaktighet i Stockholms stad"] == 5
