"""The review of holdout11's councils: a board's own council takes an adjective ("stadsdelsnämndens lokala
pensionärsråd"), and a person's title ending in "råd" ("kommunalråd", "borgarråd", "kansliråd") is no council.
The council's noun has one home, vocabulary.COUNCIL_NOUN, under COUNCIL_NAME too."""

from __future__ import annotations

import pytest
from found_referrals import recipient_names


def _recipients(block, text: str) -> list[list[str]]:
    return recipient_names([block(text)])


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # the reviewer's counter-examples
        (
            "Stadsdelsnämnden överlämnar förslaget till lokal plan för trygghet i Farsta 2027–2028 till "
            "stadsdelsnämndens lokala pensionärsråd och funktionshinderråd för synpunkter.",
            [["Stadsdelsnämndens lokala pensionärsråd", "Stadsdelsnämndens funktionshinderråd"]],
        ),
        ("Förslaget remitteras till kommunstyrelsen och kommunens kommunalråd.", [["Kommunstyrelsen"]]),
        # variants: samt, respektive, an adjective of its own, a line break, other titles
        (
            "Kommunstyrelsen remitterar programmet till kommunens lokala pensionärsråd samt ungdomsråd.",
            [["Kommunens lokala pensionärsråd", "Kommunens ungdomsråd"]],
        ),
        (
            "Nämnden remitterar förslaget till nämndens pensionärsråd respektive funktionshinderråd för synpunkter.",
            [["Nämndens pensionärsråd", "Nämndens funktionshinderråd"]],
        ),
        (
            "Kommunstyrelsen remitterar programmet till kommunens kommunala\npensionärsråd och till regionens "
            "regionråd.",
            [["Kommunens kommunala pensionärsråd"]],
        ),
        ("Förslaget remitteras till kommunstyrelsen och stadens borgarråd.", [["Kommunstyrelsen"]]),
        ("Förslaget remitteras till kulturnämnden och kommunens oppositionsråd.", [["Kulturnämnden"]]),
        ("Förslaget remitteras till kulturnämnden och stadens kansliråd.", [["Kulturnämnden"]]),
        ("Förslaget remitteras till kulturnämnden, kommunens samråd och kommunens länsråd.", [["Kulturnämnden"]]),
    ],
)
def test_a_boards_own_councils(block, text: str, recipients: list[list[str]]) -> None:
    assert _recipients(block, text) == recipients
