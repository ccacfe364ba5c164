"""The review of holdout20's accounts told by the body itself: the kind it is named again by in its "att"-clause
comes from the vocabulary's definite nouns (referral.reported_by_body), so an agency, a county board and an office
tell what they did as a town does ("Trafikverket har meddelat att verket avstår"). Swedish variants written for
these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import told
from atgard.extract.referrals.sentences import sentence_referrals
from atgard.extract.reports import extract_reports

REGISTER = load_register()


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # the reviewer's counter-examples
        ("Trafikverket har meddelat att verket avstår från att yttra sig.", "Trafikverket"),
        (
            "Länsstyrelsen har meddelat att länsstyrelsen avstår från att lämna yttrande.",
            "Länsstyrelsen i Stockholms län",
        ),
        ("Socialförvaltningen har meddelat att förvaltningen avstår från att yttra sig.", "Socialförvaltningen"),
        # variants
        (
            "Stadsledningskontoret har i e-post den 3 maj 2027 meddelat att kontoret avstår från att yttra sig.",
            "Stadsledningskontoret",
        ),
        ("Vaxholms stad har i e-post den 10 september 2027 meddelat att staden avstår från att lämna yttrande.", None),
        ("Kulturnämnden hade angett att nämnden avstår från att yttra sig.", None),
        ("Region Stockholm har uppgett att regionen avstår från att yttra sig.", None),
    ],
)
def test_a_body_named_again_by_its_kind_declines(block, sentence: str, body: str | None) -> None:
    analysed = analyse([block("Remissvar", kind="heading", level=2), block(sentence)], REGISTER)
    read = sentence_referrals(analysed, extract_reports(analysed), REGISTER)
    declined = [r.name for a in read.accounts if a.kind == "declined" for r in a.recipients]
    assert len(declined) == 1
    assert body is None or declined == [body]


def test_another_body_in_the_att_clause_is_none(block) -> None:
    found = told._REPORTED.search("Trafikverket har meddelat att Täby kommun ")
    assert found is None


def test_one_name_for_one_account() -> None:
    assert not hasattr(told, "list_accounts")
    assert told.sentence_account.__doc__
