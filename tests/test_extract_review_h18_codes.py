"""Review of holdout18's measure codes: the short form "åtg." cues its numbers with or without a space after its
point. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.codes import find_codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Kap. 4 Förebyggande insatser (åtg.4.1–4.4)", ["4.1", "4.2", "4.3", "4.4"]),  # the reviewer's
        ("Kap. 4 Förebyggande insatser (åtg. 4.1–4.4)", ["4.1", "4.2", "4.3", "4.4"]),
        ("Kap. 4 Förebyggande insatser (åtg.4.1-4.4)", ["4.1", "4.2", "4.3", "4.4"]),
        ("Åtg.6.1 och 6.2", ["6.1", "6.2"]),
        ("åtg.6.1 samt 6.3", ["6.1", "6.3"]),
        ("åtg.6.1 respektive 6.3", ["6.1", "6.3"]),
        ("Åtg 6.1 och 6.2", ["6.1", "6.2"]),
        ("åtg.\n6.1", ["6.1"]),
        ("åtg. nr 4.1", ["4.1"]),
    ],
)
def test_short_form_cues_numbers(text: str, codes: list[str]) -> None:
    assert [c.code for c in find_codes(text)] == codes


@pytest.mark.parametrize("text", ["åtgången 4.1 ton", "Åtgång 4 liter per timme"])
def test_no_short_form(text: str) -> None:
    assert find_codes(text) == []
