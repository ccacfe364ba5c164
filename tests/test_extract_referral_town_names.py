"""Bodies other municipalities name their own way: a suspended first part before an adjective's board
("stadsmiljö- och tekniska nämnden"), a town's company in lower case ("Sundbybergs stadshus AB", "Nacka vatten och
avfall AB"), an under-referral inside the list ("för vidare remiss till"), a neighbouring town asked after the
boards, and an agenda item set as a numbered heading naming the report. Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _found(blocks):
    analysed = analyse(blocks, REGISTER)
    return [
        (f.referral.report_title, [r.name for r in f.referral.recipients])
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Förslaget remitteras till stadsmiljö- och tekniska nämnden samt Sundbybergs stadshus AB för vidare "
            "remiss till Fastighets AB Förvaltaren.",
            ["Stadsmiljö- och tekniska nämnden", "Sundbybergs stadshus AB", "Fastighets AB Förvaltaren"],
        ),
        (
            "Planen remitteras till gatu- och tekniska nämnden och Uppsala stadshus AB för underremittering till "
            "Uppsalahem AB.",
            ["Gatu- och tekniska nämnden", "Uppsala stadshus AB", "Uppsalahem AB"],
        ),
        (
            "Kommunstyrelsen remitterar motionen till utbildningsnämnden och Nacka vatten och avfall AB för yttrande.",
            ["Utbildningsnämnden", "Nacka vatten och avfall AB"],
        ),
        (
            "Ärendet remitteras till sociala nämnden samt Örebro rådhus AB.",
            ["Sociala nämnden", "Örebro rådhus AB"],
        ),
    ],
)
def test_names_of_other_towns_bodies(block, text: str, names: list[str]) -> None:
    ((_, found),) = _found([block(text)])
    assert found == names


@pytest.mark.parametrize(
    "town",
    [
        "Solna stad ges tillfälle att lämna synpunkter på de gröna stråken.",
        "Även Järfälla kommun bereds tillfälle att yttra sig.",
        "Även Lilla Edets kommun bereds tillfälle att yttra sig.",
        "Region Jönköpings län ges också tillfälle att lämna synpunkter.",
    ],
)
def test_a_town_asked_after_the_boards_joins_their_referral(block, town: str) -> None:
    found = _found([block(f"Förslaget remitteras till kultur- och fritidsnämnden. {town}")])
    assert len(found) == 1 and found[0][1][0] == "Kultur- och fritidsnämnden" and len(found[0][1]) == 2


@pytest.mark.parametrize("number", ["4.", "12)"])
def test_an_agenda_item_set_as_a_numbered_heading_names_the_report(block, number: str) -> None:
    blocks = [
        block(f"{number} Remiss av förslag till Grönplan för Sundbybergs stad 2027–2037", "heading", level=2),
        block("Förslaget remitteras till kultur- och fritidsnämnden."),
    ]
    assert _found(blocks) == [("Grönplan för Sundbybergs stad 2027–2037", ["Kultur- och fritidsnämnden"])]
