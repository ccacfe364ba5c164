"""A decision that gives bodies the task of carrying out a report's measures by their codes (an implementation
referral), and a plan an agenda's item adopts by the name its numbered line gives. Tables of Swedish variants
written for these tests."""

from __future__ import annotations

import pytest
from found_referrals import actions_codes_recipients

from atgard.extract.agenda_plans import adopted_plans
from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register

REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "codes", "recipients"),
    [
        ("att uppdra åt tekniska nämnden att genomföra åtgärderna 3 och 5,", ["3", "5"], ["Tekniska nämnden"]),
        (
            "att uppdra åt byggnadsnämnden och miljö- och hälsoskyddsnämnden att genomföra åtgärd 7 (krav på "
            "höjdsättning i nya detaljplaner respektive vid tillsyn),",
            ["7"],
            ["Byggnadsnämnden", "Miljö- och hälsoskyddsnämnden"],
        ),
        (
            "att uppdra åt AB Bostaden i Umeå att inom ramen för bolagets underhållsplan genomföra åtgärderna 4 och 6",
            ["4", "6"],
            ["AB Bostaden"],
        ),
        (
            "Kommunfullmäktige uppdrar åt kulturnämnden samt idrottsnämnden att genomföra åtgärd 2.",
            ["2"],
            ["Kulturnämnden", "Idrottsnämnden"],
        ),
        (
            "Kommunstyrelsen ger idrottsnämnden respektive kulturnämnden i uppdrag att genomföra åtgärderna 2.1–2.3.",
            ["2.1", "2.2", "2.3"],
            ["Idrottsnämnden", "Kulturnämnden"],
        ),
        ("Trafiknämnden får i uppdrag att genomföra åtgärd 4.", ["4"], ["Trafiknämnden"]),
        ("att fastighetsnämnden ges i uppdrag att genomföra åtgärderna 9 - 10.", ["9", "10"], ["Fastighetsnämnden"]),
    ],
)
def test_a_task_of_carrying_out_numbered_measures_is_an_implementation_referral(block, text, codes, recipients) -> None:
    assert actions_codes_recipients(block(text)) == [("implementation", codes, recipients)]


def test_each_point_of_a_decision_keeps_its_own_codes(block) -> None:
    text = (
        "att uppdra åt tekniska nämnden att genomföra åtgärderna 3 och 5, att uppdra åt byggnadsnämnden att "
        "genomföra åtgärd 7, samt att kostnaderna ryms inom respektive nämnds budget."
    )
    assert actions_codes_recipients(block(text)) == [
        ("implementation", ["3", "5"], ["Tekniska nämnden"]),
        ("implementation", ["7"], ["Byggnadsnämnden"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "att uppdra åt tekniska nämnden att genomföra upphandlingen.",
        "att uppdra åt kommundirektören att genomföra åtgärd 4.",
        "att uppdra åt kommunstyrelsen att årligen följa upp planens genomförande.",
        "att uppdra åt tekniska nämnden att redovisa hur åtgärd 3 har genomförts.",
        "Åtgärderna 1, 2 och 9 genomförs redan inom ordinarie verksamhet och kräver inget särskilt beslut.",
        "Tekniska nämnden har genomfört åtgärd 3 under 2026.",
    ],
)
def test_no_task_of_carrying_out_numbered_measures_by_a_body(block, text) -> None:
    assert actions_codes_recipients(block(text)) == []


def _heading(block, text: str):
    return block(text, kind="heading", level=3)


@pytest.mark.parametrize(
    ("heading", "decision", "measures", "title"),
    [
        (
            "4. Skyfallsplan för Umeå tätort 2027–2032",
            "att anta Skyfallsplan för Umeå tätort 2027–2032,",
            "att uppdra åt tekniska nämnden att genomföra åtgärderna 3 och 5.",
            "Skyfallsplan för Umeå tätort 2027–2032",
        ),
        (
            "§ 12 Program för idrott och kultur 2027-2030",
            "Kommunfullmäktige antar förslaget till program för idrott och kultur 2027–2030.",
            "Åtgärd 2 genomförs av kulturnämnden.",
            "Program för idrott och kultur 2027-2030",
        ),
        (
            "3 Handlingsplan mot buller",
            "Nämnden fastställer Handlingsplan mot buller.",
            "Åtgärderna A1 och A2 ryms i budgeten.",
            "Handlingsplan mot buller",
        ),
    ],
)
def test_a_plan_an_item_adopts_and_names_measures_of_is_a_report(block, heading, decision, measures, title) -> None:
    analysed = analyse([_heading(block, heading), block(decision), block(measures)], REGISTER)
    assert [plan.title for plan in adopted_plans(analysed)] == [title]


@pytest.mark.parametrize(
    ("heading", "decision"),
    [
        (
            "§ 42 Riktlinjer för sponsring och samarbeten",
            "Styrelsen beslutade att anta riktlinjer för sponsring och "
            "samarbeten enligt verkställande direktörens förslag.",
        ),
        ("7. Delårsrapport för Umeå Kommunföretag AB", "att godkänna delårsrapporten, och åtgärd 3 redovisas."),
        ("4. Skyfallsplan för Umeå tätort", "att remittera Skyfallsplan för Umeå tätort, åtgärd 3 till A."),
    ],
)
def test_no_adopted_plan_without_its_numbered_measures_or_its_adoption(block, heading, decision) -> None:
    analysed = analyse([_heading(block, heading), block(decision)], REGISTER)
    assert adopted_plans(analysed) == []
