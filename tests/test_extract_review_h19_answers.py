"""The review of holdout19's answers: a thanks for the referral (answer.thanks_for_referral) is the document's own
only when its subject is the writer ("vi", "jag", none), the body by its noun, or the document's own sender; a memo
recounting another body's thanks under "Remissinstansernas synpunkter" or "Genomförd remiss" gives no answer.
"Tack för …" and "vill tacka för …" thank too."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_clauses import thanks_for_referral
from atgard.extract.answers import is_answer
from atgard.extract.boards import load_register
from atgard.schema.contract import Decision

REGISTER = load_register()
MEMO = ("Stadsmiljöförvaltningen", "Stadsmiljönämnden")
ENERGY = ("Göteborg Energi AB",)


@pytest.mark.parametrize(
    ("sentence", "own", "thanks"),
    [
        # the reviewer's counter-example: another body's thanks, recounted
        ("Göteborg Energi AB tackar för möjligheten att lämna synpunkter och tillstyrker åtgärd 5.", MEMO, False),
        ("Göteborg Energi AB tackar för möjligheten att lämna synpunkter och tillstyrker åtgärd 5.", ENERGY, True),
        ("Göteborg Energi tackar för remissen.", ENERGY, True),
        ("Trafikverket tackar för möjligheten att yttra sig och lämnar följande synpunkter.", MEMO, False),
        ("Trafikverket vill tacka för remissen.", MEMO, False),
        ("Kretsloppsnämnden och Västra Götalandsregionen tackar för remissen.", MEMO, False),
        ("Trafikverket tackar för remissen.", (None,), False),
        # the reviewer's misses: "Tack för", "vill tacka för"
        ("Tack för möjligheten att lämna synpunkter på planen.", (), True),
        ("Vi vill tacka för möjligheten att lämna synpunkter.", (), True),
        ("Vi vill gärna tacka för möjligheten att lämna synpunkter på planen.", (), True),
        ("Jag vill tacka för remissen.", (), True),
        ("Härmed vill vi tacka för tillfället att yttra sig.", (), True),
        ("Stort tack för möjligheten att kommentera förslaget.", (), True),
        ("Ett varmt tack för inbjudan att lämna synpunkter.", (), True),
        # the body by its noun, the writer
        ("Vi tackar för remissen och lämnar följande synpunkter.", (), True),
        ("Härmed tackar vi för remissen.", (), True),
        ("Bolaget tackar härmed för möjligheten att lämna sina synpunkter på planen.", (), True),
        ("Nämnden tackar för möjligheten att lämna yttrande.", (), True),
        ("Förbundet tackar för tillfället att få yttra sig över förslaget.", (), True),
        # no thanks for the referral
        ("Nämnden tackade för möjligheten att lämna synpunkter.", (), False),
        ("Vi vill tacka alla som deltagit i arbetet.", (), False),
        ("Tack för möjligheten att delta i dialogen om planen.", (), False),
    ],
)
def test_a_thanks_is_the_documents_own(sentence: str, own: tuple[str | None, ...], thanks: bool) -> None:
    assert thanks_for_referral(sentence, own) is thanks


@pytest.mark.parametrize("section", ["Remissinstansernas synpunkter", "Genomförd remiss", "Ärendet"])
def test_a_memo_recounting_a_thanks_answers_no_remiss(block, section: str) -> None:
    analysed = analyse(
        [
            block("Reviderad plan för klimatanpassning – efter remiss", "heading", level=1),
            block(section, "heading", level=2),
            block("Göteborg Energi AB tackar för möjligheten att lämna synpunkter och tillstyrker åtgärd 5."),
        ],
        REGISTER,
    )
    assert not is_answer(analysed, "tjänsteutlåtande", Decision(), MEMO)
    assert is_answer(analysed, "tjänsteutlåtande", Decision(), ENERGY)


def test_a_letter_thanking_answers(block) -> None:
    analysed = analyse(
        [
            block("Synpunkter på plan för klimatanpassning", "heading", level=1),
            block("Tack för möjligheten att lämna synpunkter på planen. Vi har följande synpunkter."),
        ],
        REGISTER,
    )
    assert is_answer(analysed, "tjänsteutlåtande", Decision(), MEMO)
