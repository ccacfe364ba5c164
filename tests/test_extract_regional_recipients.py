"""A region's referral: its bodies named by shape (the municipalities as a group, a state agency's regional office,
the region's own executive board) and an agenda item's decision points under the item's title. Swedish variants
written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import extract_referrals
from atgard.extract.reports import extract_reports
from tests.test_extract_referrals import referrals

REGISTER = load_register()
TITLE = "Regional cykelstrategi för Hallandsåsen 2028–2035"


@pytest.mark.parametrize(
    ("group", "name"),
    [
        ("samtliga skånska kommuner", "Samtliga skånska kommuner"),
        ("alla kommuner i Hallands län", "Alla kommuner i Hallands län"),
        ("Skånes kommuner", "Skånes kommuner"),
        ("samtliga kommuner i Västra Götalands län", "Samtliga kommuner i Västra Götalands län"),
    ],
)
@pytest.mark.parametrize(
    ("agency", "agency_name"),
    [("Trafikverket region Syd", "Trafikverket region Syd"), ("Trafikverket Region Väst", "Trafikverket Region Väst")],
)
@pytest.mark.parametrize("joint", [" och ", " samt "])
def test_a_group_of_municipalities_and_an_agencys_region_in_a_list(
    block, group: str, name: str, agency: str, agency_name: str, joint: str
) -> None:
    text = (
        f"Förslaget till {TITLE} remitteras till kulturnämnden, {group}, Kommunförbundet Skåne, {agency}{joint}"
        "Länsstyrelsen Halland."
    )
    (found,) = referrals(block, text)
    assert [n for n, _ in found["recipients"]] == [
        "Kulturnämnden",
        name,
        "Kommunförbundet Skåne",
        agency_name,
        "Länsstyrelsen Halland",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nämnden godkänner delårsrapporten och överlämnar den till regionstyrelsen.",
        "Regionstyrelsen föreslår regionfullmäktige att anta planen.",
        "Yttrandet beslutas med stöd av regionstyrelsens delegationsordning.",
    ],
)
def test_a_regions_executive_board_is_named_and_asked_nothing(block, text: str) -> None:
    analysed = analyse([block(text)], REGISTER)
    assert {s.name for item in analysed for s in item.boards} & {"Regionstyrelsen", "Regionfullmäktige"}
    assert extract_referrals(analysed, extract_reports(analysed), REGISTER) == []


@pytest.mark.parametrize("marker", ["1.", "1)"])
@pytest.mark.parametrize("due", ["senast den 17 september 2027", "senast 2027-09-17"])
def test_an_agenda_items_decision_point_remits_the_items_matter(block, marker: str, due: str) -> None:
    blocks = [
        block(f"Remiss av förslag till {TITLE}", "list_item", marker="4."),
        block("Dnr RUN 2026-1187"),
        block("Förslag till beslut"),
        block("Förslaget remitteras till kulturnämnden och samtliga skånska kommuner.", "list_item", marker=marker),
        block(f"Remissvaren ska ha kommit in till Region Skåne {due}.", "list_item", marker="2."),
    ]
    analysed = analyse(blocks, REGISTER)
    found = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [(r.report_title, [x.name for x in r.recipients]) for r in found] == [
        (TITLE, ["Kulturnämnden", "Samtliga skånska kommuner"])
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Konjunkturinstitutet", "Kommunalekonomiska utjämningsnämnden", "Boverket"],
            ["Konjunkturinstitutet", "Kommunalekonomiska utjämningsnämnden", "Boverket"],
            id="one a line",
        ),
        pytest.param(
            ["Statens ansvarsnämnd, Kommunalekonomiska utjämningsnämnden samt Boverket"],
            ["Statens ansvarsnämnd", "Kommunalekonomiska utjämningsnämnden", "Boverket"],
            id="samt, a state's board",
        ),
        pytest.param(
            ["regionala utvecklingsnämnden och kulturnämnden"],
            ["Regionala utvecklingsnämnden", "Kulturnämnden"],
            id="a region's board in lower case, och",
        ),
    ],
)
def test_a_board_named_by_an_adjective_and_a_compound_is_one_body(block, lines: list[str], expected: list) -> None:
    text = "Betänkandet remitteras till följande remissinstanser: " + ", ".join(lines) + "."
    (found,) = referrals(block, text)
    assert [n for n, _ in found["recipients"]] == expected
