"""The review of holdout15's responsible lists: a list's items cut at its commas, "och", "samt" and "respektive",
the last item after the last joint (``_pieces`` had a line after its loop that could never run)."""

from __future__ import annotations

import pytest

from atgard.extract.boards import load_register
from atgard.extract.measure_responsible import _pieces

REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("regionala utvecklingsnämnden och kommunerna", ["regionala utvecklingsnämnden", "kommunerna"]),
        ("kommunerna", ["kommunerna"]),
        ("Trafiknämnden, kulturnämnden samt kommunerna", ["Trafiknämnden", "kulturnämnden", "kommunerna"]),
        ("Länsstyrelsen respektive kommunerna och ", ["Länsstyrelsen", "kommunerna"]),
        ("", []),
    ],
    ids=["och", "alone", "comma samt", "trailing joint", "empty"],
)
def test_a_lists_pieces(text: str, pieces: list[str]) -> None:
    assert [text[start:end] for start, end in _pieces(text)] == pieces
