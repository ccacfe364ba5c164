"""A board's or a company's own answering letter: who answers when it signs "För X", when its decision is told in
the past and the letter is sent to another board ("Till: Kommunstyrelsen"), the receiver's stamp whose number is
not the letter's ("Inkom 2027-04-02 / Dnr KS-2027-00188"), "remiss –" before the report's title, and the
rapporteur named with the decider ("med miljöhandläggaren X som föredragande"). Tables of Swedish variants
written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.analysis import analyse
from atgard.extract.answer_references import in_reply_to
from atgard.extract.answers import AnswerHeader, extract_answers
from atgard.extract.boards import load_register
from atgard.extract.case_numbers import body_diarienummer
from atgard.extract.letterhead import letterhead_office
from atgard.extract.report_headings import heading_title
from atgard.extract.reports import extract_reports
from atgard.extract.signatories import signatories
from atgard.schema.contract import Decision, DecisionPoint

REGISTER = load_register()
NO_DECISION = Decision(proposed_by=None, decided_by=None, points=[])


def _body(blocks, decision: Decision = NO_DECISION, addressee: str | None = None, kind: str = "yttrande") -> str:
    analysed = analyse(blocks, REGISTER)
    about = AnswerHeader(blocks[0].text, None, None, None, addressee)
    (found,) = extract_answers(analysed, kind, decision, extract_reports(analysed), about, [], REGISTER)
    return found.answering_body.name


# --- "För X" over the signatures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signed_for", "body"),
    [
        ("För MKB Fastighets AB", "MKB Fastighets AB"),
        ("För Miljönämnden", "Miljönämnden"),
        ("För Stiftelsen Skånska Landskap", "Stiftelsen Skånska Landskap"),
        ("För Bostadsbolaget i Väst AB", "Bostadsbolaget i Väst AB"),
    ],
)
def test_the_body_a_letter_is_signed_for_answers(block, signed_for: str, body: str) -> None:
    blocks = [
        block("Yttrande över remiss KS 2026/412", "heading", level=1),
        block("Bolaget har ombetts yttra sig över åtgärderna 2.1–2.3 och lämnar följande yttrande."),
        block(signed_for),
        table_row("Karin Lind\nStyrelseordförande", "Per Ek\nVerkställande direktör"),
    ]
    assert _body(blocks) == body


# --- A letter sent to another board: that board does not answer -----------------------------------------------------


def _point(text: str) -> DecisionPoint:
    box = {"page": 2, "bbox": {"x0": 70, "top": 100, "x1": 400, "bottom": 120}}
    return DecisionPoint(number=1, text=text, **box, boxes=[box])


@pytest.mark.parametrize(
    ("decided", "signed_under", "body"),
    [
        (
            "Stadsbyggnadsnämnden beslutade vid sitt sammanträde den 22 oktober 2026, § 314, att överlämna detta "
            "yttrande till kommunstyrelsen.",
            "Stadsbyggnadsnämnden",
            "Stadsbyggnadsnämnden",
        ),
        (
            "Nämnden beslöt den 3 mars 2027 att lämna yttrandet till kommunstyrelsen.",
            "Miljö- och hälsoskyddsnämnden",
            "Miljö- och hälsoskyddsnämnden",
        ),
        (
            "Tekniska nämnden har den 14 april 2027, § 52, beslutat att som svar på remissen överlämna detta "
            "yttrande till regionstyrelsen.",
            "Tekniska nämnden",
            "Tekniska nämnden",
        ),
    ],
)
def test_a_letter_to_another_board_is_answered_by_its_sender(block, decided: str, signed_under: str, body: str) -> None:
    blocks = [
        block("Yttrande över förslag till Program för fysisk aktivitet 2027–2030", "heading", level=1),
        block(decided),
        block(signed_under),
        table_row("Johan Ek\nOrdförande", "Anna Lund\nFörvaltningschef"),
    ]
    decision = Decision(proposed_by=signed_under, decided_by="Kommunstyrelsen", points=[_point(decided)])
    assert _body(blocks, decision, addressee="Kommunstyrelsen") == body


def test_a_memo_to_the_board_that_decides_keeps_it(block) -> None:
    """A memo to the board that decides the answer ("Till: Kommunstyrelsen", "att anta yttrandet"): that board."""
    point = "Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget."
    blocks = [
        block("Yttrande över remiss – Anropsstyrd kollektivtrafik i hela landet (SOU 2026:47)", "heading", level=1),
        block(point),
        block("Kommunledningsförvaltningen"),
        table_row("Annika Berg\nKommunchef", "Linnea Strand\nKommunutvecklare"),
    ]
    decision = Decision(proposed_by=None, decided_by="Kommunstyrelsen", points=[_point(point)])
    assert _body(blocks, decision, addressee="Kommunstyrelsen", kind="tjansteutlatande") == "Kommunstyrelsen"
    assert _body(blocks, decision, addressee="Kommunstyrelsen") == "Kommunstyrelsen"  # a point has it decide


# --- The receiver's stamp ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "own", "number"),
    [
        (
            "SUNDSVALLS KOMMUN\nKommunstyrelsekontoret\nInkom 2027-04-02\nDnr KS-2027-00188",
            "Vår beteckning: MN-2027-00241",
            "MN-2027-00241",
        ),
        ("Kommunstyrelsen\nInkommen: 2026-11-03\nDnr KS 2026/1412", "Vårt dnr: SBN 2026/412", "SBN 2026/412"),
        ("Ankom den 2025-02-14\nDiarienummer KS 2025/88", "Diarienummer: BN 2025/17", "BN 2025/17"),
        ("Datum: 2027-03-30\nDnr MN-2027-00241", "Er beteckning: KS-2027-00188", "MN-2027-00241"),  # no stamp
    ],
)
def test_a_receivers_stamp_gives_no_case_number(stamp: str, own: str, number: str) -> None:
    blocks = [table_row("YTTRANDE\nDatum: 2027-03-30", stamp), lines_block(own)]
    assert body_diarienummer(blocks) == number


# --- "remiss –" before the report's title -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "Yttrande över remiss – Anropsstyrd kollektivtrafik i hela landet (SOU 2026:47)",
            "Anropsstyrd kollektivtrafik i hela landet",
        ),
        ("Svar på remissen - Handlingsplan för trygghet 2027", "Handlingsplan för trygghet 2027"),
        (
            "Yttrande över remiss – Program för fysisk aktivitet i vardagen 2027–2030",
            "Program för fysisk aktivitet i vardagen 2027–2030",
        ),
        ("Yttrande över remiss – motion om fler bibliotek", None),
    ],
)
def test_remiss_and_a_dash_before_the_title(heading: str, title: str | None) -> None:
    found = heading_title(heading)
    assert (found.group("title") if found else None) == title


# --- The rapporteur named with the decider ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            (
                "Beslut i detta ärende har fattats av länsrådet Magnus Ekdahl med miljöhandläggaren Sara",
                "Nyberg som föredragande. I den slutliga handläggningen har även enhetschefen Lotta Berntsson",
                "deltagit.",
            ),
            [("Magnus Ekdahl", "länsrådet"), ("Sara Nyberg", "miljöhandläggaren")],
        ),
        (
            ("Beslutet har fattats av generaldirektören Per Holm med Eva Ek som föredragande.",),
            [("Per Holm", "generaldirektören"), ("Eva Ek", None)],
        ),
        (
            (
                "Detta yttrande har beslutats av avdelningschefen Lena Berg med juristen Karl-Erik",
                "Lund som föredragande i ärendet.",
            ),
            [("Lena Berg", "avdelningschefen"), ("Karl-Erik Lund", "juristen")],
        ),
        (
            ("Beslut i detta ärende har fattats av länsrådet Magnus Ekdahl med stöd av delegationsordningen.",),
            [("Magnus Ekdahl", "länsrådet")],
        ),
    ],
)
def test_the_rapporteur_named_with_the_decider(lines: tuple[str, ...], expected: list) -> None:
    blocks = [lines_block("Länsstyrelsen har inga ytterligare synpunkter."), lines_block(*lines)]
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == expected


@pytest.mark.parametrize(
    ("logo", "stamp", "office"),
    [
        (
            "SUNDSVALLS\nKOMMUN\nMiljönämnden\nMiljökontoret\nYTTRANDE\nDatum: 2027-03-30",
            "SUNDSVALLS KOMMUN\nKommunstyrelsekontoret\nInkom 2027-04-02\nDnr KS-2027-00188\nDpl 4.2",
            "Miljönämnden",
        ),
        (
            "LUDVIKA\nKOMMUN\nKultur- och fritidsnämnden\nYTTRANDE\nDatum: 2026-05-04",
            "Ludvika kommun\nKommunstyrelsen\nINKOMMEN 2026-05-06\nDnr KS 2026/301",
            "Kultur- och fritidsnämnden",
        ),
    ],
)
def test_a_receivers_stamp_is_no_letterhead(logo: str, stamp: str, office: str) -> None:
    blocks = [
        table_row(logo, stamp, pitch=300, width=200, height=90, top=40),
        lines_block("Nämnden har fått förslaget på remiss och lämnar följande yttrande.", x0=65),
    ]
    assert letterhead_office(blocks) == office


# --- The title, then a full stop and "Svar på remiss"; a case number at the end of an agenda's cell ---------------


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "§ 2 Strategi för ett aktivt liv för äldre i Stockholms stad 2027–2030. Svar på remiss från "
            "kommunstyrelsen",
            "Strategi för ett aktivt liv för äldre i Stockholms stad 2027–2030",
        ),
        ("Cykelplan för Sundsvall 2030. Remissvar", "Cykelplan för Sundsvall 2030"),
        ("§ 14 Grönplan för Karlstad 2027–2035. Yttrande till kommunstyrelsen", "Grönplan för Karlstad 2027–2035"),
        ("Motion om fler bibliotek. Svar på remiss", None),
    ],
)
def test_the_title_then_a_full_stop_and_the_answer(heading: str, title: str | None) -> None:
    found = heading_title(heading)
    assert (found.group("title") if found else None) == title


@pytest.mark.parametrize(
    ("cell", "number"),
    [
        ("Svar på remiss av\nSkyfallsplan för\nStockholms stad 2027–\n2035 (KS 2026/0915)", "KS 2026/0915"),
        ("Yttrande över förslag\ntill Parkprogram\n(KS 2026/311)", "KS 2026/311"),
        ("Remiss av förslag till\nlokal trygghetsplan (SDN 2026/4)", None),  # sends on remiss: answers nothing
    ],
)
def test_the_case_number_closing_an_agendas_answer_cell(cell: str, number: str | None) -> None:
    blocks = [table_row("6", cell, "Tjänsteutlåtande", "Maja Ek", pitch=120, width=110)]
    assert in_reply_to(analyse(blocks, REGISTER), [], None) == number
