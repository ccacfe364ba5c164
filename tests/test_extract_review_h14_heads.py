"""The review of holdout14's heads.

- A running header with its type at the left takes the right column as the office only when it names a body
  (finding 1).
- A letter's date by its label "Datum" is one rule for the head box and the letterhead (finding 13).
- The addressee's label "Till"/"Mottagare" is written once in addressee.py (finding 17).
- A plan's place after "i" is a municipality, a region or a county read whole by the vocabulary's names (finding 18).
"""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract import addressee, letterhead
from atgard.extract.addressee import header_box
from atgard.extract.header import DATE_CELL, parse_running_header
from atgard.extract.letterhead import letterhead_office
from atgard.extract.report_titles import placed_titles
from atgard.extract.rules import RULES
from atgard.extract.vocabulary import FRAGMENTS
from atgard.schema import HeaderFields, HeaderSegment


def _office(left: str, right: str) -> str | None:
    segments = [HeaderSegment(text=left, column="left"), HeaderSegment(text=right, column="right")]
    return parse_running_header(segments, HeaderFields()).office


@pytest.mark.parametrize(
    ("left", "right", "office"),
    [
        # the reviewer's four: the page's furniture at the right is no office
        ("Tjänsteskrivelse", "Bilaga 1", None),
        ("PROTOKOLL", "Ärende 7", None),
        ("Tjänsteutlåtande", "Handläggare Eva Ek", None),
        ("Protokollsutdrag", "Offentlig handling", None),
        ("Tjänsteskrivelse", "Bilaga 1 – Remisslista", None),
        ("Yttrande", "Ärende 7 – Kommunstyrelsen", None),
        ("Utlåtande 2027:37 RI", "Sida 1 av 3", None),
        # a body at the right is the office: a board, an office, a council, a committee, a whole organisation
        ("Utlåtande 2027:37 RI", "Kommunstyrelsen", "Kommunstyrelsen"),
        ("Tjänsteskrivelse", "Miljö- och stadsbyggnadsnämnden", "Miljö- och stadsbyggnadsnämnden"),
        ("Tjänsteskrivelse", "Miljö- och\nstadsbyggnadsnämnden", "Miljö- och\nstadsbyggnadsnämnden"),
        ("Tjänsteutlåtande", "Fastighets- och gatukontoret", "Fastighets- och gatukontoret"),
        ("Tjänsteutlåtande", "Fastighets– och gatukontoret", "Fastighets– och gatukontoret"),
        ("PROTOKOLL", "Kommunfullmäktige", "Kommunfullmäktige"),
        ("Protokollsutdrag", "Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott"),
        ("Protokollsutdrag", "Stadsdelsnämnden Centrum", "Stadsdelsnämnden Centrum"),
        ("Yttrande", "Nacka kommun", "Nacka kommun"),
        ("Remissvar", "Region Jönköpings län", "Region Jönköpings län"),
    ],
)
def test_a_mirrored_header_takes_a_body_as_office(left: str, right: str, office: str | None) -> None:
    assert _office(left, right) == office


def test_an_office_at_the_left_stays() -> None:
    segments = [HeaderSegment(text=t, column=c) for t, c in [("Socialförvaltningen", "left"), ("Bilaga 1", "right")]]
    assert parse_running_header(segments, HeaderFields()).office == "Socialförvaltningen"


def test_a_dated_label_has_one_home() -> None:
    # the reviewer's finding: letterhead._DATED_LABEL wrote addressee._DATE_CELL again
    assert "letterhead.dated_label" not in RULES
    assert letterhead.DATE_CELL is addressee.DATE_CELL is DATE_CELL is RULES["header.date_cell"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Datum 2027-01-26", "2027-01-26"),
        ("Datum: 2027-01-26", "2027-01-26"),
        ("DATUM 2027-01-26", "2027-01-26"),
        ("Datum\n2027-01-26", "2027-01-26"),
        ("Datum :  2027-01-26", "2027-01-26"),
        ("Datum för beslut 2027-01-26", None),
        ("Er datum 2027-01-26", None),
        ("Sammanträdesdatum 2027-01-26", None),
        ("Datum 26 januari 2027", None),
        ("Datum", None),
    ],
)
def test_the_head_box_date_by_its_label(text: str, date: str | None) -> None:
    found = DATE_CELL.match(text)
    assert (found.group(1) if found else None) == date


@pytest.mark.parametrize(
    ("cell", "date"),
    [("Datum: 2026-03-01", "2026-03-01"), ("Datum\n2026-03-01", "2026-03-01"), ("Er datum 2026-03-01", None)],
)
def test_the_head_box_reads_the_labelled_date(cell: str, date: str | None) -> None:
    assert header_box([table_row("Handläggare\nEva Ek", cell)]).date == date


@pytest.mark.parametrize(
    ("beside", "office"),
    [
        ("Datum 2026-06-15\nVår referens JEAB 2026/118", "Jönköping Energi AB"),
        ("DATUM: 2026-06-15\nVår referens: JEAB 2026/118", "Jönköping Energi AB"),
        ("Sammanträdesdatum 2026-06-15\nÄrende 7", None),
    ],
)
def test_a_letterhead_beside_a_dated_column(beside: str, office: str | None) -> None:
    row = table_row(beside, "Jönköping Energi\nBox 5150\n550 05 Jönköping", top=35, height=30, pitch=320, width=140)
    text = lines_block("Jönköping Energi AB har av kommunstyrelsen getts möjlighet att yttra sig.")
    assert letterhead_office([row, text]) == office


def test_the_addressee_label_has_one_spelling() -> None:
    # the reviewer's finding: header.addressed wrote "till|mottagare" beside header.box_label's and the labels'
    label = f"(?:{FRAGMENTS['header.addressee_label'].pattern})"
    for name in ("header.box_label", "header.column_label", "header.opens_with_label", "header.addressed"):
        assert label in RULES[name].pattern.pattern, name


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("Till Kommunstyrelsen", True),
        ("Till: Äldrenämnden", True),
        ("TILL Miljö- och hälsoskyddsnämnden", True),
        ("Mottagare: Finansdepartementet", True),
        ("Mottagare Kultur– och fritidsnämnden", True),
        ("Till\tStadsbyggnadsnämnden", True),
        ("Till sammanträdet förelåg ett tjänsteutlåtande", False),
        ("Tilläggsdirektiv till utredningen", False),
        ("Mottagarna av remissen", False),
        ("Till", False),
        ("Till kommunstyrelsen och miljönämnden", False),
    ],
)
def test_a_line_addressed_by_its_label(text: str, addressed: bool) -> None:
    assert bool(RULES["header.addressed"].search(text)) is addressed


@pytest.mark.parametrize(
    ("cell", "label", "value"),
    [
        ("Till: Kommunstyrelsen", "Till", "Kommunstyrelsen"),
        ("Mottagare\nFinansdepartementet", "Mottagare", "Finansdepartementet"),
        ("Handläggare\nEva Ek", "Handläggare", "Eva Ek"),
        ("Till sammanträdet förelåg verkställande direktörens tjänsteutlåtande den 12 maj 2025.", None, None),
    ],
)
def test_a_box_cell_by_its_label(cell: str, label: str | None, value: str | None) -> None:
    found = RULES["header.box_label"].search(cell)
    assert ((found.group(1), found.group(2)) if found else (None, None)) == (label, value)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the reviewer's: the region's name is read whole, "län" with it
        ("Handlingsplan för klimatanpassning i Region Jönköpings län", " i Region Jönköpings län"),
        ("Handlingsplan för klimatanpassning i Region Jämtland Härjedalen 2027", " i Region Jämtland Härjedalen"),
        ("Handlingsplan för klimatanpassning i Region\nUppsala", " i Region\nUppsala"),
        ("Trafikstrategi för cykel i Göteborgs Stad", " i Göteborgs Stad"),
        ("Program för trygghet i Upplands Väsby kommun 2027–2030", " i Upplands Väsby kommun"),
        ("Program för trygghet i Lilla Edets kommun", " i Lilla Edets kommun"),
        ("Plan för vattenförsörjning i Västra Götalands län", " i Västra Götalands län"),
        ("Plan för vattenförsörjning i Stockholms läns kommuner", None),
        ("Plan för trygghet i Malmö stads skolor", None),
        ("Handlingsplan för klimatanpassning i kommunen", None),
        ("Handlingsplan för klimatanpassning i Region", None),
    ],
)
def test_a_plans_place_after_i(text: str, place: str | None) -> None:
    found = RULES["report.place"].search(text)
    assert (found.group(0) if found else None) == place


@pytest.mark.parametrize(
    ("short", "whole"),
    [
        ("Handlingsplan för klimatanpassning", "Handlingsplan för klimatanpassning i Region Jönköpings län"),
        (
            "Handlingsplan för klimatanpassning 2027-2030",
            "Handlingsplan för klimatanpassning i Region Jönköpings län 2027–2030",
        ),
        ("Program för trygghet", "Program för trygghet i Upplands Väsby kommun"),
        ("Plan för vattenförsörjning", "Plan för vattenförsörjning i Västra Götalands län"),
    ],
)
def test_a_plan_named_without_its_place_is_the_one_with_it(short: str, whole: str) -> None:
    canonical = {short.casefold(): short, whole.casefold(): whole}
    assert placed_titles(canonical) == {short.casefold(): whole.casefold()}
