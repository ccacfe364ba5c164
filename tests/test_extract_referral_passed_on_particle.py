""" "Lämna" with a particle sends: a body that has passed a remiss on ("har lämnat remissen vidare till …",
"lämnas över till …") names recipients; "lämna synpunkter", "lämna yttrande över planen" answer. Tables of
Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from found_referrals import recipient_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Inom staden har kommunstyrelsen lämnat remissen vidare till socialnämnden, äldrenämnden och "
            "stadsdelsnämnderna i Hässelby-Vällingby respektive Rinkeby-Kista.",
            [["Socialnämnden", "Äldrenämnden", "Hässelby-Vällingby stadsdelsnämnd", "Rinkeby-Kista stadsdelsnämnd"]],
        ),
        ("Remissen har lämnats vidare till socialnämnden och äldrenämnden.", [["Socialnämnden", "Äldrenämnden"]]),
        (
            "Kommunstyrelsen lämnar över remissen till socialnämnden samt äldrenämnden för yttrande.",
            [["Socialnämnden", "Äldrenämnden"]],
        ),
        (
            "Stadsledningskontoret har lämnat remissen vidare till kulturnämnden respektive idrottsnämnden.",
            [["Kulturnämnden", "Idrottsnämnden"]],
        ),
        # no remiss about it, as with "skicka": a proposal passed on is no referral
        ("Stadsledningskontoret har lämnat förslaget vidare till kulturnämnden.", []),
        ("Socialnämnden har lämnat synpunkter till kommunstyrelsen.", []),
        ("Nämnden föreslås lämna yttrande över planen till Region Skåne.", []),
        ("Kommunstyrelsen har lämnat över ordförandeskapet till Anna Berg.", []),
    ],
)
def test_lamna_with_a_particle_sends(block, sentence: str, expected: list[list[str]]) -> None:
    assert recipient_names([block(sentence)]) == expected
