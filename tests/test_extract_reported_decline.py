"""A decline reported by the body itself, the "att"-clause naming it again by its kind ("Kultur- och
fritidsnämnden har meddelat att nämnden avstår från att yttra sig"): the reporting verb's subject declined, not
the document's own board. Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import extract_referrals
from atgard.extract.reports import extract_reports

REGISTER = load_register()
REMISS = (
    "Kommunstyrelsen beslutade den 27 januari 2027 att remittera planen till tekniska nämnden, AB Stångåstaden "
    "och kultur- och fritidsnämnden, med svar senast den 12 mars 2027."
)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Kultur- och fritidsnämnden har den 24 februari 2027 meddelat att nämnden avstår från att yttra sig, "
            "eftersom planen inte berör nämndens verksamhetsområde.",
            "Kultur- och fritidsnämnden",
        ),
        ("Kultur- och fritidsnämnden har meddelat att den avstår från att yttra sig.", "Kultur- och fritidsnämnden"),
        (
            "Kultur- och fritidsnämnden meddelade att nämnden avstår från att lämna synpunkter.",
            "Kultur- och fritidsnämnden",
        ),
        ("AB Stångåstaden har meddelat att bolaget avstår från att yttra sig.", "AB Stångåstaden"),
        ("AB Stångåstaden har anmält att styrelsen avstår från att svara på remissen.", "AB Stångåstaden"),
    ],
)
def test_the_reporting_body_declined(block, sentence: str, body: str) -> None:
    analysed = analyse([block(REMISS), block(sentence)], REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [(s.board.name, s.outcome) for s in referral.stated_answers] == [(body, "declined")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tekniska nämnden och AB Stångåstaden har yttrat sig inom remisstiden.", [True, True]),
        ("Tekniska nämnden samt AB Stångåstaden har svarat inom utsatt tid.", [True, True]),
        ("AB Stångåstaden har yttrat sig i tid.", [True]),
        (
            "AB Stångåstaden har yttrat sig över åtgärderna 4 och 7; yttrandet kom in den 13 mars 2027, en dag efter "
            "remisstidens utgång, men har beaktats.",
            [False],
        ),
        ("AB Stångåstaden har lämnat synpunkter, men för sent.", [False]),
        ("Tekniska nämnden har yttrat sig.", [None]),
    ],
)
def test_an_account_says_whether_the_answer_came_in_time(block, sentence: str, expected: list) -> None:
    analysed = analyse([block(REMISS), block(sentence)], REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [s.in_time for s in referral.stated_answers] == expected
