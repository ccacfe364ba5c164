"""An answer's own decision sends its answer on, named by a pronoun after the verb ("godkänner tjänsteutlåtandet
som svar på remissen och överlämnar det till kommunstyrelsen"): no referral. A referral whose report a pronoun
names stays one. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from found_referrals import finding_recipients


def _recipients(block, text: str) -> list[list[str]]:
    return finding_recipients(block(text))


@pytest.mark.parametrize(
    "text",
    [
        "Farsta stadsdelsnämnd godkänner förvaltningens tjänsteutlåtande som svar på remissen och överlämnar det "
        "till kommunstyrelsen.",
        "Styrelsen godkänner kontorets förslag till yttrande och översänder detta till kommunstyrelsen.",
        "Kulturnämnden antar förvaltningens skrivelse som sitt remissvar och skickar den till stadsledningskontoret.",
        "Nämnden godkänner tjänsteutlåtandet som nämndens svar och sänder det vidare till kommunstyrelsen.",
    ],
)
def test_the_answer_sent_on_by_a_pronoun_is_no_referral(block, text: str) -> None:
    assert _recipients(block, text) == []


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Kommunstyrelsen har tagit emot rapporten och remitterar den till kulturnämnden och idrottsnämnden.",
            [["Kulturnämnden", "Idrottsnämnden"]],
        ),
        (
            "Trafiknämnden godkänner förslaget till plan och skickar det på remiss till Bromma stadsdelsnämnd.",
            [["Bromma stadsdelsnämnd"]],
        ),
    ],
)
def test_a_report_sent_on_by_a_pronoun_is_still_referred(block, text: str, recipients: list[list[str]]) -> None:
    assert _recipients(block, text) == recipients
