"""A recount whose bodies a count spells out in apposition, and a part of them counted as a subject."""

from __future__ import annotations

import pytest
from found_referrals import recipient_names

_NINE = "socialnämnden, utbildningsnämnden samt Uppsalahem AB"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dashes around the names, then a second count after a comma
            f"Remissen gick till nio instanser inom kommunkoncernen – {_NINE} – och till två externa instanser, "
            "Region Uppsala och Polismyndigheten.",
            ["Socialnämnden", "Utbildningsnämnden", "Uppsalahem AB", "Region Uppsala", "Polismyndigheten"],
        ),
        (  # a hyphen for a dash
            f"Remissen gick till tre instanser - {_NINE} - för yttrande.",
            ["Socialnämnden", "Utbildningsnämnden", "Uppsalahem AB"],
        ),
        (  # a colon
            "Remissen har gått till tre nämnder: kulturnämnden, idrottsnämnden och trafiknämnden.",
            ["Kulturnämnden", "Idrottsnämnden", "Trafiknämnden"],
        ),
        (  # a figure, and respektive
            "Remissen gick till 2 myndigheter, Polismyndigheten respektive Region Uppsala.",
            ["Polismyndigheten", "Region Uppsala"],
        ),
        (  # counts one after another name no one: the names come elsewhere
            "Motionen har remitterats till fyra facknämnder, två stadsdelsnämnder och Svenska Kennelklubben.",
            ["Svenska Kennelklubben"],
        ),
    ],
)
def test_count_spelt_out(block, text, expected):
    assert recipient_names([block(text)]) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sju av de elva remissinstanserna har lämnat yttrande.",
        "Två av nämnderna har yttrat sig.",
        "Hälften av remissinstanserna har svarat.",
    ],
)
def test_part_counted_is_no_body(block, text):
    assert recipient_names([block(text)]) == []
