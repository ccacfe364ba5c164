"""Reports named by how a meeting treats them (holdout14's review): a plan a § adopts by its name before "antas",
its measures numbered in a table under it; a remiss's sender before the dash on an agenda's line ("Remiss från X –
Titel"); a report the sender invites an opinion on, named with its period in running text ("yttra sig över X
2030–2041"). Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.agenda_plans import adopted_plans
from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.reports import extract_reports
from atgard.schema import BBox, Block, LineSpan, PageBox, TableCell

REGISTER = load_register()
_BOX = BBox(x0=70, top=100, x1=520, bottom=130)


def _row(*cells: str) -> Block:
    text = " | ".join(cells)
    return Block(
        kind="table_row",
        text=text,
        cells=[TableCell(text=cell, bbox=_BOX) for cell in cells],
        page=1,
        boxes=[PageBox(page=1, bbox=_BOX)],
        lines=[LineSpan(start=0, end=len(text), page=1, bbox=_BOX)],
    )


def _adopted(blocks) -> list[str]:
    return [plan.title for plan in adopted_plans(analyse(blocks, REGISTER))]


@pytest.mark.parametrize(
    ("line", "decision", "title"),
    [
        ("§ 42 Handlingsplan för klimat 2027–2030", "Handlingsplan för klimat 2027–2030 antas.", None),
        ("§ 42 Handlingsplan för klimat 2027–2030", "Handlingsplan för klimat 2027 - 2030 antas.", None),
        ("§ 12 Avfallsplan 2027-2030", "Förslaget till Avfallsplan 2027-2030 fastställs.", None),
        ("§ 7 Program för idrott och kultur", "Program för idrott och kultur antogs av fullmäktige.", None),
        ("§ 8 Trafikstrategi för Västerås stad", "Trafikstrategi för Västerås stad fastställdes.", None),
    ],
)
def test_a_plan_adopted_by_its_name_before_the_verb_with_a_table_of_coded_measures(block, line, decision, title):
    blocks = [
        block(line, kind="heading", level=2),
        block(decision, kind="list_item", marker="1."),
        block("Planen omfattar följande åtgärder."),
        _row("Nr", "Åtgärd", "Ansvarig"),
        _row("KA1", "Skyfallsleder pekas ut.", "Byggnadsnämnden"),
    ]
    assert _adopted(blocks) == [title or line.split(" ", 2)[2]]


@pytest.mark.parametrize(
    "rows",
    [
        # no column of measures: a budget's table
        [("År", "Belopp"), ("1", "2 mnkr")],
        # the first cell a year, not a code
        [("År", "Åtgärd"), ("2027", "Skyfallsleder")],
        # codes, but the header names no measure
        [("Nr", "Del", "Ansvarig"), ("KA1", "Inledning", "Kommunstyrelsen")],
    ],
)
def test_no_plan_without_coded_measures_in_its_table(block, rows):
    blocks = [
        block("§ 42 Handlingsplan för klimatanpassning 2027–2030", kind="heading", level=2),
        block("Handlingsplan för klimatanpassning 2027–2030 antas."),
        *(_row(*cells) for cells in rows),
    ]
    assert _adopted(blocks) == []


@pytest.mark.parametrize(
    "decision",
    [
        "Handlingsplanen för klimatanpassning ska antas senare.",  # no name, a modal before the verb
        "Remissen av Handlingsplan för klimatanpassning 2027–2030 besvaras.",  # answered, not adopted
        "Reviderad Handlingsplan för klimatanpassning 2027–2031 antas.",  # another plan's period
    ],
)
def test_no_plan_the_decision_does_not_adopt_by_its_name(block, decision):
    blocks = [
        block("§ 42 Handlingsplan för klimatanpassning 2027–2030", kind="heading", level=2),
        block(decision),
        _row("Nr", "Åtgärd", "Ansvarig"),
        _row("KA1", "Skyfallsleder pekas ut.", "Byggnadsnämnden"),
    ]
    assert _adopted(blocks) == []


def _titles(*blocks) -> list[str]:
    return [ref.title for ref in extract_reports(analyse(list(blocks), REGISTER)).refs]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Remiss från Region Stockholm – Regional handlingsplan för suicidprevention i Stockholms län 2027–2031",
            "Regional handlingsplan för suicidprevention i Stockholms län 2027–2031",
        ),
        ("Remiss från kommunstyrelsen - Program för motion 2027–2030", "Program för motion 2027–2030"),
        (
            "Remiss från Finansdepartementet – promemorian Ett enklare regelverk för bolag (Fi2026/01234)",
            "Ett enklare regelverk för bolag",
        ),
        ("Remiss från Landsbygds- och infrastrukturdepartementet – Cykelstrategi 2030", "Cykelstrategi 2030"),
    ],
)
def test_a_remiss_line_names_its_sender_before_the_dash(block, line, title):
    assert _titles(block(line, kind="list_item", marker="6."), block("Remisstiden går ut den 20 maj 2027.")) == [title]


@pytest.mark.parametrize(
    "line",
    [
        "Remiss från kommunstyrelsen – motion om fler bibliotek",
        "Remiss från kommunstyrelsen – svar senast den 3 maj",
        "Remiss från Socialdepartementet",
    ],
)
def test_a_remiss_line_without_a_title_names_none(block, line):
    assert _titles(block(line, kind="list_item", marker="6.")) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Trafikverket har gett Region Östergötland möjlighet att yttra sig över Inriktningsunderlag för "
            "transportinfrastrukturplaneringen 2030–2041. Svaret ska lämnas senast den 12 mars 2027.",
            "Inriktningsunderlag för transportinfrastrukturplaneringen 2030–2041",
        ),
        (
            "Kommunen har bjudits in att lämna synpunkter på Regional utvecklingsstrategi 2030 senast den 1 juni.",
            "Regional utvecklingsstrategi 2030",
        ),
        ("Nämnden ombeds lämna yttrande över Länsplan 2026-2037 till kommunstyrelsen.", "Länsplan 2026-2037"),
        (
            "Staden har fått lämna kommentarer på Cykelplan för Umeå 2027 — 2035, som regionen tagit fram.",
            "Cykelplan för Umeå 2027 — 2035",
        ),
        ("Regionen vill ha synpunkter gällande Kulturplan 2028–2031 och dess mål.", "Kulturplan 2028–2031"),
    ],
)
def test_a_report_invited_an_opinion_on_by_its_name_and_period(block, text, title):
    assert _titles(block(text)) == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Trafikverket har gett regionen möjlighet att yttra sig över Trafikverkets förslag till plan 2030–2041.",
        "Nämnden har getts tillfälle att yttra sig över remissen senast den 3 maj 2027.",
        "Kommunen lämnar synpunkter på Kommunstyrelsens beslut 2027-03-01.",
        "Nämnden ombeds yttra sig över Trafiknämndens plan 2027.",
        "Kommunen har bjudits in att lämna synpunkter på Inriktningsunderlaget i stort.",
    ],
)
def test_no_report_invited_without_a_name_and_period(block, text):
    assert _titles(block(text)) == []


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        (
            "Remiss: Handlingsplan för klimatanpassning i Stockholm 2027–2031, KS 2026/0545",
            "Handlingsplan för klimatanpassning i Stockholm 2027–2031",
        ),
        ("Remiss – Program för idrott 2027–2030, dnr KS 2026/0412", "Program för idrott 2027–2030"),
        ("Remissen - Trafikplan 2030–2040 (KS 2026/0412)", "Trafikplan 2030–2040"),
        ("Remiss: Cykelplan för Farsta 2028–2032, Dnr. SDN 2027/12", "Cykelplan för Farsta 2028–2032"),
    ],
)
def test_the_remiss_annexed_under_its_heading_is_the_report(block, entry, title):
    heading = block(title, kind="heading", level=1)
    assert _titles(heading, block("Bilaga", kind="heading", level=2), block(entry)) == [title]
