"""The review of holdout12's tasks of carrying out measures: the bodies and the codes are lists, commas too ("tekniska
nämnden, fritidsnämnden och kulturnämnden", "åtgärderna 3, 5 och 7"); "verkställa" and "ansvara för genomförandet av"
carry out as "genomföra" does; a task to look into carrying out ("utreda förutsättningarna för att genomföra") is
none."""

from __future__ import annotations

import pytest
from found_referrals import actions_codes_recipients

_THREE = ["Tekniska nämnden", "Fritidsnämnden", "Kulturnämnden"]


@pytest.mark.parametrize(
    ("text", "codes", "recipients"),
    [
        (
            "att uppdra åt tekniska nämnden, fritidsnämnden och kulturnämnden att genomföra åtgärderna 3 och 5.",
            ["3", "5"],
            _THREE,
        ),
        (
            "att uppdra åt tekniska nämnden, fritidsnämnden samt kulturnämnden att genomföra åtgärd 4.",
            ["4"],
            _THREE,
        ),
        ("att uppdra åt tekniska nämnden att genomföra åtgärderna 3, 5 och 7.", ["3", "5", "7"], ["Tekniska nämnden"]),
        ("att uppdra åt tekniska nämnden att genomföra åtgärderna 3, 5 samt 7.", ["3", "5", "7"], ["Tekniska nämnden"]),
        (
            "att uppdra åt tekniska nämnden att genomföra åtgärderna 3, 5 och 7 samt att redovisa arbetet 2027.",
            ["3", "5", "7"],
            ["Tekniska nämnden"],
        ),
        ("att uppdra åt tekniska nämnden att verkställa åtgärderna 3 och 5.", ["3", "5"], ["Tekniska nämnden"]),
        (
            "att uppdra åt tekniska nämnden att ansvara för genomförandet av åtgärderna 3 och 5.",
            ["3", "5"],
            ["Tekniska nämnden"],
        ),
        ("att uppdra åt tekniska nämnden att ansvara för åtgärderna 3–5.", ["3", "4", "5"], ["Tekniska nämnden"]),
        ("Kommunfullmäktige gav tekniska nämnden i uppdrag att genomföra åtgärd 4.", ["4"], ["Tekniska nämnden"]),
    ],
)
def test_a_task_of_carrying_out_listed_measures_by_listed_bodies(block, text, codes, recipients) -> None:
    assert actions_codes_recipients(block(text)) == [("implementation", codes, recipients)]


def test_each_point_keeps_its_own_codes_with_commas_inside(block) -> None:
    text = (
        "att uppdra åt tekniska nämnden att genomföra åtgärderna 3, 5 och 7, att uppdra åt byggnadsnämnden att "
        "genomföra åtgärd 8; samt att kostnaderna ryms inom respektive nämnds budget."
    )
    assert actions_codes_recipients(block(text)) == [
        ("implementation", ["3", "5", "7"], ["Tekniska nämnden"]),
        ("implementation", ["8"], ["Byggnadsnämnden"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "att uppdra åt kommunstyrelsen att utreda förutsättningarna för att genomföra åtgärd 4.",
        "att uppdra åt kommunstyrelsen att undersöka möjligheten att genomföra åtgärd 4.",
        "att uppdra åt kommunstyrelsen att pröva om det går att genomföra åtgärderna 3 och 5.",
        "att uppdra åt kommunstyrelsen att analysera kostnaderna för att verkställa åtgärd 4.",
        "att uppdra åt kommunstyrelsen att följa upp genomförandet av åtgärd 4.",
    ],
)
def test_a_task_of_looking_into_carrying_out_is_none(block, text) -> None:
    assert actions_codes_recipients(block(text)) == []
