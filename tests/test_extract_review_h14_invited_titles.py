"""The review of holdout14's report titles (finding 4): a report the sender invites an opinion on ("yttra sig över
X 2030", "synpunkter på X 2030") is a plan by its word or a title of more than one word before its year; a motion,
a citizen's proposal, a budget or a board is none, nor a year with a number after its colon ("2026:45")."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.report_titles import INVITED_TITLE
from atgard.extract.reports import extract_reports

REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the reviewer's counter-examples
        ("Nämnden har getts möjlighet att lämna synpunkter på Budget 2027 senast den 3 maj.", None),
        ("Förvaltningen har inga synpunkter på Kommunstyrelsen 2027.", None),
        ("Kommunfullmäktige har gett nämnden tillfälle att yttra sig över Motion 2026:45 om fler parkbänkar.", None),
        # variants: inflections, other bodies, a budget's usual name, a series' number, the other dash
        ("Nämnden ska yttra sig över Motionen 2026 om fler parkbänkar.", None),
        ("Nämnden ska lämna yttrande över Medborgarförslaget 2027 om utegym.", None),
        ("Nämnden ska lämna synpunkter på Mål och budget 2027 senast den 3 maj.", None),
        ("Nämnden ska lämna synpunkter på Mål & budget 2027–2029 till kommunstyrelsen.", None),
        ("Nämnden ska lämna synpunkter på Budgeten 2028 samt planen.", None),
        ("Staden ska yttra sig över Kommunfullmäktige 2027.", None),
        ("Staden ska yttra sig över Stadsbyggnadskontoret 2027-2030 och dess mål.", None),
        ("Staden ska yttra sig över Trafiknämnden 2027 – 2030.", None),
        ("Staden har fått yttra sig över SOU 2026:12 om hållbar upphandling.", None),
        ("Staden har fått yttra sig över Ds 2027: 4 senast den 3 maj.", None),
        ("Kommunen ska lämna synpunkter på Göteborg 2040 senast den 1 juni.", None),
        # what still is a report: a plan by its word, a title of more words
        (
            "Trafikverket har gett Region Östergötland möjlighet att yttra sig över Inriktningsunderlag för "
            "transportinfrastrukturplaneringen 2030–2041. Svaret ska lämnas senast den 12 mars 2027.",
            "Inriktningsunderlag för transportinfrastrukturplaneringen 2030–2041",
        ),
        (
            "Kommunen har bjudits in att lämna synpunkter på Regional utvecklingsstrategi 2030 senast.",
            "Regional utvecklingsstrategi 2030",
        ),
        (
            "Nämnden ombeds lämna yttrande över Länstransportplan 2026-2037 till kommunstyrelsen.",
            "Länstransportplan 2026-2037",
        ),
        (
            "Staden får lämna kommentarer på Cykelplan för Umeå 2027 — 2035, som regionen tagit fram.",
            "Cykelplan för Umeå 2027 — 2035",
        ),
        ("Kommunen ska yttra sig över Kultur för alla 2027–2030 och dess mål.", "Kultur för alla 2027–2030"),
        (
            "Kommunen ska yttra sig över Program för idrott och motion 2027-2030 senast i maj.",
            "Program för idrott och motion 2027-2030",
        ),
        ("Nämnden ska yttra sig över Vision\nStockholm 2040 samt bilagorna.", "Vision\nStockholm 2040"),
    ],
)
def test_an_invited_report_is_a_plan_or_a_title(text: str, title: str | None) -> None:
    found = INVITED_TITLE.search(text)
    assert (found and found.group("title")) == title


@pytest.mark.parametrize(
    "text",
    [
        "Kommunfullmäktige har gett nämnden tillfälle att yttra sig över Motion 2026:45 om fler parkbänkar.",
        "Nämnden har getts möjlighet att lämna synpunkter på Budget 2027 senast den 3 maj.",
        "Förvaltningen har inga synpunkter på Kommunstyrelsen 2027.",
    ],
)
def test_no_report_from_a_motion_a_budget_or_a_board(block, text: str) -> None:
    reports = extract_reports(analyse([block(text)], REGISTER))
    assert [ref.title for ref in reports.refs] == []
