"""Views gathered while an answer was prepared, told in the passive with no one named ("Synpunkter har inhämtats
från stadsbyggnadsförvaltningen, miljöförvaltningen och X AB"): in a document that answers a remiss, its own
preparation, no referral (``preparation.gathered_for_answer``; extract/document.py drops them once an answer is
known). Opinions gathered ("Yttranden har inhämtats från …") and a remiss made ("har remitterats till") stay
referrals. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import extract_referrals
from atgard.extract.referrals.preparation import gathered_for_answer
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _gathered(block, text: str) -> list[bool]:
    analysed = analyse([block(text)], REGISTER)
    return [gathered_for_answer(r) for r in extract_referrals(analysed, extract_reports(analysed), REGISTER)]


@pytest.mark.parametrize(
    "text",
    [
        "Synpunkter har inhämtats från stadsbyggnadsförvaltningen, miljöförvaltningen och Eskilstuna Energi och "
        "Miljö AB.",
        "Synpunkter har inhämtats från samhällsbyggnadsförvaltningen samt Mälarenergi AB.",
        "Synpunkter på förslaget har inhämtats från samhällsbyggnadsförvaltningen och kultur- och "
        "fritidsförvaltningen.",
        "Underlag har inhämtats från miljöförvaltningen respektive Eskilstuna Energi och Miljö AB.",
    ],
)
def test_views_gathered_in_the_passive_are_the_answers_preparation(block, text: str) -> None:
    found = _gathered(block, text)
    assert found and all(found)


@pytest.mark.parametrize(
    "text",
    [
        "Yttranden har inhämtats från kulturnämnden och idrottsnämnden.",
        "Ärendet har remitterats till miljönämnden och byggnadsnämnden.",
        "Förslaget har skickats på remiss till tekniska nämnden, d.v.s. den nämnd som ansvarar för gatorna.",
    ],
)
def test_opinions_gathered_and_a_remiss_made_stay_referrals(block, text: str) -> None:
    found = _gathered(block, text)
    assert found and not any(found)
