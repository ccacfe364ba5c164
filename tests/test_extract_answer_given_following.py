"""A letter that says it gives the answer that follows ("Kommunstyrelsen har behandlat ärendet … och lämnar följande
yttrande", "Härmed lämnas följande synpunkter"): it answers, and the body giving it is the answering body; an
account of another's answer, a task or a motion is none. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.answer_clauses import gives_answer


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunstyrelsen har behandlat ärendet vid sitt sammanträde den 21 september 2027, § 214, och lämnar följande "
        "yttrande.",
        "Nämnden lämnar härmed följande synpunkter på betänkandet.",
        "Regionstyrelsen avger följande remissvar.",
        "Bolaget lämnar därför följande kommentarer.",
        "Härmed lämnas följande yttrande.",
        "Följande synpunkter lämnas på promemorian Ds 2027:4.",
        "Länsstyrelsen lämnar nedanstående svar på remissen.",
    ],
)
def test_a_letter_giving_the_answer_that_follows_answers(sentence: str) -> None:
    assert gives_answer(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trafiknämnden lämnade följande synpunkter den 3 mars.",  # told in the past
        "Trafiknämnden har i sitt yttrande lämnat följande synpunkter.",
        "Nämnderna ska lämna följande uppgifter senast den 1 mars.",  # a task
        "Anna Berg (V) yrkar att nämnden lämnar följande yttrande med tillägg.",  # a motion
        "I remissen lämnas följande förslag.",
    ],
)
def test_an_account_a_task_or_a_motion_gives_no_answer(sentence: str) -> None:
    assert not gives_answer(sentence)
