"""A parent named in a remiss list with the bodies it is asked to gather answers from ("till Stockholms Stadshus AB
för yttrande från AB Familjebostäder och Stockholm Vatten och Avfall AB samt till Länsstyrelsen …"): the parent and
those bodies are recipients, and the list goes on after them. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _recipients(sentence: str) -> list[list[str]]:
    analysed = analyse([lines_block("Ärendet", kind="heading", level=2), lines_block(sentence)], REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return [[r.name for r in f.referral.recipients] for f in found]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Förslaget remitterades till trafiknämnden, till Stockholms Stadshus AB för yttrande från AB "
            "Familjebostäder och Stockholm Vatten och Avfall AB samt till Länsstyrelsen i Stockholms län.",
            [
                "Trafiknämnden",
                "Stockholms Stadshus AB",
                "AB Familjebostäder",
                "Stockholm Vatten och Avfall AB",
                "Länsstyrelsen i Stockholms län",
            ],
        ),
        (
            "Rapporten remitteras till kulturnämnden och till Stockholms Stadshus AB för synpunkter från AB "
            "Stockholmshem respektive AB Svenska Bostäder.",
            ["Kulturnämnden", "Stockholms Stadshus AB", "AB Stockholmshem", "AB Svenska Bostäder"],
        ),
        (
            "Programmet skickas på remiss till Stockholms Stadshus AB för yttranden från AB Familjebostäder, "
            "AB Stockholmshem samt AB Svenska Bostäder och till idrottsnämnden.",
            [
                "Stockholms Stadshus AB",
                "AB Familjebostäder",
                "AB Stockholmshem",
                "AB Svenska Bostäder",
                "Idrottsnämnden",
            ],
        ),
    ],
)
def test_the_bodies_a_parent_gathers_answers_from_are_recipients(sentence: str, names: list[str]) -> None:
    assert _recipients(sentence) == [names]


def test_a_purpose_still_ends_the_list() -> None:
    assert _recipients("Rapporten remitteras till kulturnämnden för yttrande senast den 1 mars 2027.") == [
        ["Kulturnämnden"]
    ]
