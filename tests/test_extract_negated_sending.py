"""A sending verb negated ("Förslaget har inte remitterats till kulturnämnden, som inte berörs", "remitteras därför
inte"): no referral is made, and the cue is explained; "inte bara … utan även" still sends it, and a negation
inside a relative clause after the bodies is no part of the verb. Tables of Swedish variants written for these
tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import extract_referrals
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _recipients(block, text: str) -> list[list[str]]:
    analysed = analyse([block(text)], REGISTER)
    return [
        [r.name for r in ref.recipients] for ref in extract_referrals(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Förslaget har inte remitterats till kulturnämnden, som inte berörs i någon större utsträckning.",
        "Förslaget remitteras inte till kulturnämnden.",
        "Programmet har ej remitterats till idrottsnämnden eftersom den inte berörs.",
        "Planen remitteras dock inte till stadsdelsnämnderna.",
        "Kulturnämnden har deltagit i arbetet och remitteras därför inte.",
        "Handlingsplanen har aldrig remitterats till miljö- och hälsoskyddsnämnden.",
    ],
)
def test_a_negated_sending_is_no_referral(block, text: str) -> None:
    assert _recipients(block, text) == []


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Förslaget har inte bara remitterats till kulturnämnden utan även till idrottsnämnden.",
            [["Kulturnämnden", "Idrottsnämnden"]],
        ),
        ("Förslaget har remitterats till kulturnämnden.", [["Kulturnämnden"]]),
        (
            "Förslaget har remitterats till kulturnämnden och idrottsnämnden, d.v.s. de nämnder som inte deltog.",
            [["Kulturnämnden", "Idrottsnämnden"]],
        ),
    ],
)
def test_not_only_and_a_later_negation_still_send(block, text: str, recipients: list[list[str]]) -> None:
    assert _recipients(block, text) == recipients
