"""The review of holdout12's measures counted in words: "det" as well as "den", two or more places ("den sjätte och
sjunde av åtgärderna"), every measure word ("insatserna"); a motion's or a board's own proposals are none."""

from __future__ import annotations

import pytest

from atgard.extract.answer_codes import codes_in


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Nämnden tillstyrker det tredje av utredningens förslag.", ["3"]),
        ("Nämnden tillstyrker den sjätte och sjunde av åtgärderna.", ["6", "7"]),
        ("Nämnden tillstyrker den sjätte samt sjunde av åtgärderna.", ["6", "7"]),
        ("Nämnden tillstyrker den första, andra och tredje av förslagen.", ["1", "2", "3"]),
        ("Nämnden tillstyrker den andra respektive fjärde av rekommendationerna.", ["2", "4"]),
        ("Nämnden tillstyrker den tredje av insatserna.", ["3"]),
        ("Nämnden tillstyrker den tredje av\nkommissionens aktiviteter.", ["3"]),
        ("Nämnden tillstyrker insats nummer fem.", ["5"]),
        ("Nämnden tillstyrker den andra av motionens förslag.", []),
        ("Nämnden tillstyrker den tredje av medborgarförslagets förslag.", []),
        ("Nämnden tillstyrker den andra av kulturnämndens förslag.", []),
        ("Nämnden tillstyrker den andra av motionärens förslag.", []),
    ],
)
def test_measures_counted_in_words(text: str, codes: list[str]) -> None:
    assert codes_in(text) == codes
