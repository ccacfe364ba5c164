"""A protocol's plans and yttranden: a plan its § heading names short (in capitals too) and its decision point adopts
by the full name ("Handlingsplan för klimatanpassning i Örebro kommun 2027–2031 antas.") is a report by that name;
an answer's heading that names whom it goes to before the dash ("Remissvar till Västra Götalandsregionen – X") names
the report X; and the text after "Nämnden lämnar följande yttrande:" is the yttrande's, no further decision points.
Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.adopted_names import named_in_full
from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.extract.report_headings import heading_title
from atgard.extract.reports import extract_reports

REGISTER = load_register()
BOARD = "Kulturnämnden"


@pytest.mark.parametrize(
    ("heading", "point", "name"),
    [
        (
            "HANDLINGSPLAN FÖR KLIMATANPASSNING 2027–2031",
            "Handlingsplan för klimatanpassning i Örebro kommun 2027–2031 antas.",
            "Handlingsplan för klimatanpassning i Örebro kommun 2027–2031",
        ),
        (
            "Avfallsplan 2027 - 2032",
            "1. Avfallsplan för Sundsvalls kommun 2027–2032 fastställs.",
            "Avfallsplan för Sundsvalls kommun 2027–2032",
        ),
        (
            "Skyfallsplan 2027–2032",
            "Skyfallsplan för Umeå\ntätort 2027–2032 antogs.",
            "Skyfallsplan för Umeå tätort 2027–2032",
        ),
        (
            "Program för idrott och motion",
            "2) Program för idrott, lek och motion antas",
            "Program för idrott, lek och motion",
        ),
        # a name no fuller than the heading's, another plan, or too much added: no fuller name
        ("Avfallsplan 2027–2032", "Avfallsplan 2027–2032 antas.", None),
        ("Handlingsplan för klimatanpassning 2027–2031", "Handlingsplan för trygghet 2027–2031 antas.", None),
        ("Handlingsplan för klimatanpassning", "Handlingsplan för klimatanpassning 2027–2031 antas.", None),
        ("Skyfallsplan 2027", "Skyfallsplan för Umeå tätort och de fem kransorterna längs kusten 2027 antas.", None),
        ("Kulturplan 2027", "Planen antas.", None),
        ("Kulturplan 2027", "Kommunfullmäktige antar Kulturplan för Örebro 2027.", None),
        ("Kulturplan 2027", "Kommunstyrelsen föreslår att Kulturplan för Örebro 2027 antas.", None),
    ],
)
def test_a_decision_point_adopts_the_headings_plan_by_its_full_name(heading: str, point: str, name) -> None:
    found = named_in_full(point, heading)
    assert (found[1] if found else None) == name


def _protocol_reports(block, heading: str, points: list[str]) -> list[str]:
    blocks = [
        block(heading, "heading", level=3),
        block("Planen innehåller åtta åtgärder med en ansvarig nämnd för varje åtgärd."),
        block("Hampus Ek (SD) yrkar att åtgärd K3 stryks."),
        block("Beslut"),
    ]
    blocks += [block(text, "list_item", marker=f"{n}.") for n, text in enumerate(points, 1)]
    blocks.append(block("§ 46 MOTION OM GRATIS SOMMARLOVSAKTIVITETER", "heading", level=3))
    return [ref.title for ref in extract_reports(analyse(blocks, REGISTER)).refs]


@pytest.mark.parametrize(
    ("heading", "points", "reports"),
    [
        (
            "§ 45 HANDLINGSPLAN FÖR KLIMATANPASSNING 2027–2031",
            ["Handlingsplan för klimatanpassning i Örebro kommun 2027–2031 antas.", "Planen följs upp årligen."],
            ["Handlingsplan för klimatanpassning i Örebro kommun 2027–2031"],
        ),
        (
            "§ 12 Avfallsplan 2027-2032",
            ["Avfallsplan för Örebro kommun 2027–2032 fastställs.", "Kommunstyrelsen får i uppdrag att följa upp."],
            ["Avfallsplan för Örebro kommun 2027–2032"],
        ),
        # the point adopts another plan, or none: no report
        (
            "§ 45 HANDLINGSPLAN FÖR KLIMATANPASSNING 2027–2031",
            ["Handlingsplan för trygghet i Örebro kommun 2027–2031 antas."],
            [],
        ),
        ("§ 45 HANDLINGSPLAN FÖR KLIMATANPASSNING 2027–2031", ["Ärendet återremitteras."], []),
    ],
)
def test_a_plan_a_paragraph_adopts_by_its_full_name_is_a_report(block, heading, points, reports) -> None:
    assert _protocol_reports(block, heading, points) == reports


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "§ 3 Remissvar till Västra Götalandsregionen – Regional kulturplan för Västra Götaland 2028–2031",
            "Regional kulturplan för Västra Götaland 2028–2031",
        ),
        ("Yttrande till Region Stockholm - Regional cykelplan 2027", "Regional cykelplan 2027"),
        (
            "Svar till Hässelby-Vällingby stadsdelsnämnd – Program för spontanidrott 2027–2030",
            "Program för spontanidrott 2027–2030",
        ),
        ("Remissyttrande till kommunstyrelsen – Handlingsplan för trygghet", "Handlingsplan för trygghet"),
        # what follows the dash is no report
        ("Remissvar till Hässelby-Vällingby stadsdelsnämnd – motion om fler bibliotek", None),
        ("Yttrande till kommunstyrelsen – svar senast den 3 maj", None),
        ("Svar till kulturnämnden – Sändlista", None),
    ],
)
def test_an_answers_heading_names_whom_it_goes_to_before_the_dash(heading: str, title) -> None:
    found = heading_title(heading)
    assert (found.group("title") if found else None) == title


def _points(block, lead: str, after: list[str]) -> list[str]:
    blocks = [
        block("§ 4 Svar på Kulturdepartementets remiss av betänkandet Läsfrämjande i hela landet", "heading", level=2),
        block("Beslut", "heading", level=3),
        block(lead),
    ]
    blocks += [block(text) for text in after]
    blocks.append(block("§ 5 Anmälningsärenden", "heading", level=2))
    blocks.append(block("Nämnden beslutar att lägga redovisningen till handlingarna."))
    analysed = analyse(blocks, REGISTER)
    return [point.text for point in extract_decision(analysed, BOARD, BOARD, REGISTER).points]


_OPINION = [
    "Nämnden delar utredningens bedömning att ansvaret för läsfrämjande arbete behöver bli tydligare.",
    "Nämnden tillstyrker förslag 7.1 om ett riktat stöd till läsombud.",
]
_LAST = "Nämnden beslutar att lägga redovisningen till handlingarna."


@pytest.mark.parametrize(
    "lead",
    [
        "Kulturnämnden lämnar följande yttrande:",
        "Nämnden avger följande svar till Kulturdepartementet.",
        "Kulturnämnden lämnar följande remissvar:",
        "Nämnden yttrar sig enligt följande:",
        "Nämnden lämnade följande synpunkter på betänkandet:",
    ],
)
def test_the_text_after_an_yttrandes_lead_in_is_no_decision_point(block, lead: str) -> None:
    assert _points(block, lead, _OPINION) == [lead, _LAST]


@pytest.mark.parametrize(
    ("lead", "after"),
    [
        # an yttrande annexed, or the decision in full: what follows may be a point
        ("Nämnden lämnar yttrande till departementet enligt bilaga 1.", ["Paragrafen förklaras omedelbart justerad."]),
        ("Nämnden lämnar följande yttrande. Yttrandet har tagits fram av förvaltningen.", ["Ärendet är avslutat."]),
    ],
)  # fmt: skip
def test_a_decision_that_quotes_no_yttrande_keeps_its_next_points(block, lead: str, after: list[str]) -> None:
    assert _points(block, lead, after) == [lead, *after, _LAST]
