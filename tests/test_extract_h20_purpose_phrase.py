"""A purpose phrase after the thing sent ("för yttrande", "för synpunkter", "för kännedom") is no thing sent: the
proposal goes out on remiss, not the document's own answer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _recipients(block, text: str) -> list[list[str]]:
    analysed = analyse([block(text)], REGISTER)
    return [
        [r.name for r in f.referral.recipients]
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


SENT_ON_REMISS = [
    (
        "Kommunstyrelsen har beslutat att remittera programförslaget för yttrande till äldrenämnden och socialnämnden.",
        ["Äldrenämnden", "Socialnämnden"],
    ),
    (
        "Stadsledningskontoret remitterar strategin för synpunkter till kulturnämnden samt idrottsnämnden.",
        ["Kulturnämnden", "Idrottsnämnden"],
    ),
    (
        "Förvaltningen skickar förslaget för eventuella synpunkter till trafiknämnden respektive miljö- och "
        "hälsoskyddsnämnden.",
        ["Trafiknämnden", "Miljö- och hälsoskyddsnämnden"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENT_ON_REMISS)
def test_purpose_phrase_is_no_thing_sent(block, text: str, expected: list[str]) -> None:
    assert _recipients(block, text) == [expected]


OWN_ANSWER = [
    "Nämnden överlämnar yttrandet för kännedom till kommunstyrelsen.",
    "Förvaltningen skickar remissvaret för kännedom till socialnämnden.",
]


@pytest.mark.parametrize("text", OWN_ANSWER)
def test_own_answer_stays_own(block, text: str) -> None:
    assert _recipients(block, text) == []
