"""Whole documents: the constructed remiss answer against its expected file, and provenance boxes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

from atgard.extract.boards import load_register
from atgard.extract.document import extract_document
from atgard.extract.read.pdf import read_pdf
from atgard.schema import PageBox, ReadDocument

REGISTER = load_register()


@pytest.mark.parametrize(
    "name",
    [
        "konstruerad-remissvar",
        "konstruerad-utlatande",
        "konstruerad-remiss-tabell-sidbrytning",
        "konstruerad-utlatande-ks",
        "konstruerad-tjansteskrivelse-vasteras",
    ],
)
def test_constructed_memo_matches_expected(data: Path, name: str, expected_view) -> None:
    expected = json.loads((data / f"{name}.expected.json").read_text(encoding="utf-8"))
    want = expected["document"]
    got = extract_document(read_pdf(data / f"{name}.pdf"), register=REGISTER).model_dump(mode="json")
    for field in ("kind", "title", "subtitle", "office", "unit", "addressee", "date", "diarienummer", "page_count"):
        assert got[field] == want[field], field
    assert {k: got["case_officer"][k] for k in want["case_officer"]} == want["case_officer"]
    assert [{"name": s["name"], "title": s["title"]} for s in got["signatories"]] == want["signatories"]
    decision = got["decision"]
    assert {k: decision[k] for k in ("proposed_by", "decided_by")} == {
        k: want["decision"][k] for k in ("proposed_by", "decided_by")
    }
    points = [{"number": p["number"], "text": p["text"], "decided_by": p["decided_by"]} for p in decision["points"]]
    assert points == [{"decided_by": None, **p} for p in want["decision"]["points"]]
    assert [{k: r[k] for k in ("title", "year", "annex_number")} for r in got["reports"]] == want["reports"]
    assert [expected_view(r) for r in got["referrals"]] == [expected_view(r) for r in want["referrals"]]
    # The rules that fired are the implementation's names, not the extraction: they change with every rule edit.
    assert _without_rule_names(got["measures"]) == _without_rule_names(want["measures"])
    outside = {m["name"] for m in got["mentions"] if m["board_id"] is None}
    outside |= {x["name"] for r in got["referrals"] for x in r["recipients"] if x["board_id"] is None}
    assert sorted(outside) == expected.get("not_in_register", [])


def _without_rule_names(measures: list[dict]) -> list[dict]:
    return [{**m, "evidence": {k: v for k, v in (m.get("evidence") or {}).items() if k != "rules"}} for m in measures]


def test_kind_override_and_classification(examples: Path, remissvar: ReadDocument) -> None:
    report = extract_document(read_pdf(examples / "dold-potential-atgarder.pdf"), register=REGISTER)
    assert (report.kind, report.year) == ("kommissionsrapport", 2016)
    assert extract_document(remissvar, kind="yttrande", register=REGISTER).kind == "yttrande"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _box_words(pdf: pdfplumber.PDF, boxes: list[PageBox]) -> list[str]:
    words = []
    for box in boxes:
        b = box.bbox
        words += _words(pdf.pages[box.page - 1].crop((b.x0 - 1, b.top - 1, b.x1 + 1, b.bottom + 1)).extract_text())
    return words


def test_every_item_box_holds_its_words(examples: Path, seed: ReadDocument) -> None:
    name = "seed-lagesrapport.pdf"
    document = extract_document(seed, register=REGISTER)  # the session's read of the seed, not another one
    items = [*document.referrals, *document.measures, *document.decision.points]
    assert len(items) > 30
    with pdfplumber.open(examples / name) as pdf:
        for item in items:
            seen = " ".join(_box_words(pdf, item.boxes))
            words = _words(item.text)
            assert " ".join(words[:3]) in seen, item.text[:60]
            assert " ".join(words[-3:]) in seen, item.text[-60:]
            assert item.page == item.boxes[0].page and item.bbox == item.boxes[0].bbox


def test_mentions_cover_every_board_name(examples: Path) -> None:
    document = extract_document(read_pdf(examples / "seed-lagesrapport.pdf"), register=REGISTER)
    names = {m.name for m in document.mentions}
    assert {"Hässelby-Vällingby stadsdelsnämnd", "AB Familjebostäder", "Kommunfullmäktige"} <= names
    assert all(m.board_id for m in document.mentions)  # the seed names no board outside the register
    on_page_10 = [m for m in document.mentions if m.page == 10 and m.name == "Micasa Fastigheter i Stockholm AB"]
    assert len(on_page_10) == 1


def test_a_referral_row_split_by_a_page_break_points_at_both_pages(data: Path) -> None:
    document = extract_document(read_pdf(data / "konstruerad-remiss-tabell-sidbrytning.pdf"), register=REGISTER)
    split = document.referrals[-1]
    assert [box.page for box in split.boxes] == [2, 3] and split.reply_by == "2026-06-30"
    with pdfplumber.open(data / "konstruerad-remiss-tabell-sidbrytning.pdf") as pdf:
        words = _box_words(pdf, split.boxes)
    assert {"Familjebostäder", "Stockholmshem", "Micasa", "lokalbehov"} <= set(words)


def test_an_answer_names_its_referral_and_the_measures_it_takes_up(data: Path) -> None:
    """ "Remiss från kommunstyrelsen, KS 2026/1180" with no "dnr", and measures numbered without a letter."""
    document = extract_document(read_pdf(data / "konstruerad-svar-trafiknamnden.pdf"), register=REGISTER)
    (answer,) = document.answers
    assert (answer.answering_body.board_id, answer.in_reply_to) == ("trafiknamnden", "KS 2026/1180")
    assert (answer.report_title, answer.measure_codes) == ("Plan för gång och cykel 2027–2030", ["2.1", "3.4"])
    assert document.referrals == [] and document.measures == []


def test_a_protocol_paragraph_of_another_municipality(data: Path) -> None:
    """Uppsala's kommunstyrelse answers the region: a case number on a line of its own, the report a lower-case
    proposal remits, an answer decided in a point, and a special statement and a deputy's statement that send
    nothing out and decide nothing."""
    got = extract_document(read_pdf(data / "konstruerad-protokoll-uppsala-ks.pdf"), register=REGISTER)
    assert (got.kind, got.diarienummer, got.office) == ("protokoll", "KSN-2026-0231", "Kommunstyrelsen")
    assert [p.text for p in got.decision.points] == [
        "att avge yttrande till Region Uppsala enligt ärendets bilaga 1,",
        "att förklara paragrafen omedelbart justerad.",
    ]
    assert [(r.title, r.year, r.annex_number) for r in got.reports] == [
        ("Regional cykelstrategi för Uppsala län", None, None)
    ]
    assert got.referrals == []
    assert [(a.answering_body.name, a.report_title) for a in got.answers] == [
        ("Kommunstyrelsen", "Regional cykelstrategi för Uppsala län")
    ]
    assert [s.name for s in got.signatories] == ["Karin Eklöf", "Erik Sandell", "Carola Holm"]


def test_a_missive_listing_its_remissinstanser_one_a_line(data: Path) -> None:
    """A remiss missive: the bodies under "Remissinstanser", one name a line with no bullets (one paragraph to the
    reader), are the referral's recipients; its deadline is the missive's; its one signature a name over a title."""
    got = extract_document(read_pdf(data / "konstruerad-remiss-missiv.pdf"), register=REGISTER)
    (referral,) = got.referrals
    assert [(r.name, r.kind) for r in referral.recipients] == [
        ("Kulturnämnden", "committee"),
        ("Idrottsnämnden", "committee"),
        ("Utbildningsnämnden", "committee"),
        ("Funktionshinderomsorgsnämnden", "unknown"),
        ("Bromma stadsdelsnämnd", "district_committee"),
        ("Farsta stadsdelsnämnd", "district_committee"),
        ("Skärholmens stadsdelsnämnd", "district_committee"),
        ("Stockholms Stadshus AB", "company"),
        ("Kommunstyrelsens funktionshinderråd", "external"),
        ("Kommunstyrelsens pensionärsråd", "external"),
    ]
    assert (referral.action, referral.reply_by) == ("opinion", "2026-04-15")
    assert referral.report_title == "Stockholms stads program för ett tillgängligt kulturliv 2027–2030"
    assert [(s.name, s.title) for s in got.signatories] == [("Eva Ek", "Avdelningschef")]


def test_a_report_set_in_two_columns(data: Path) -> None:
    """A report page whose text flows in two columns (a title and an introduction across both above them) is read
    column by column: every measure whole, with its responsible, none cut into a table's cells."""
    read = read_pdf(data / "konstruerad-rapport-tva-spalter.pdf")
    assert [b.kind for b in read.blocks].count("table_row") == 0
    got = extract_document(read, register=REGISTER)
    assert [(m.code, [r.name for r in m.responsible]) for m in got.measures] == [
        ("A1.1.1", ["Samtliga stadsdelsnämnder", "Utbildningsnämnden"]),
        ("A1.1.2", ["Idrottsnämnden"]),
        ("A1.1.3", ["Kulturnämnden"]),
        ("A1.2.1", ["Trafiknämnden"]),
        ("A1.2.2", ["Exploateringsnämnden", "Stadsbyggnadsnämnden"]),
        ("A1.2.3", ["Socialnämnden"]),
    ]
    assert got.measures[1].text.startswith("Idrottsnämnden utökar antalet kvällsöppna idrottshallar, i första hand")
    assert got.measures[4].text.endswith("service och verksamheter i bottenvåningarna.")
