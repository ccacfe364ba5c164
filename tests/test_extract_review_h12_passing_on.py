"""The review of holdout12's passing on: a body that sends the matter on to the council for its decision, or to a
board for information or preparation, passes on no remiss; a report, a betänkande or a promemoria is passed on as
"den" or "det" is."""

from __future__ import annotations

import pytest
from found_referrals import finding_recipients

from atgard.extract.referrals.passing_on import passes_on


def _recipients(block, text: str) -> list[list[str]]:
    return finding_recipients(block(text))


@pytest.mark.parametrize(
    ("lead", "said"),
    [
        (", som sedan ", "överlämnar det till kommunfullmäktige för beslut"),
        (", som sedan ", "överlämnar det till kommunfullmäktige"),
        (", som i sin tur ", "skickar den vidare till regionfullmäktige för beslut"),
        (", vilket därefter ", "överlämnar ärendet till kulturnämnden för kännedom"),
        (", som sedan ", "överlämnar förslaget till kommunstyrelsen för beredning"),
        (", som sedan ", "överlämnar planen till fullmäktige för fastställande"),
    ],
)
def test_sending_on_for_a_decision_passes_on_no_remiss(lead: str, said: str) -> None:
    assert not passes_on(lead, said, "Ärendet remitteras till kommunstyrelsen.")


@pytest.mark.parametrize(
    "said",
    [
        "överlämnar den till AB Svenska Bostäder",
        "skickar betänkandet vidare till dotterbolagen",
        "överlämnar promemorian till dotterbolagen",
        "sänder utredningen vidare till bolagen för yttrande",
    ],
)
def test_the_remitted_thing_passed_on(said: str) -> None:
    assert passes_on(", som i sin tur ", said, "Betänkandet remitteras även till Stockholms Stadshus AB.")


def test_the_council_that_decides_is_no_recipient(block) -> None:
    text = "Ärendet remitteras till kommunstyrelsen, som sedan överlämnar det till kommunfullmäktige för beslut."
    assert all("Kommunfullmäktige" not in names for names in _recipients(block, text))
