"""Review of holdout15: a protocol's margin column of labels (extract/margin_labels.py)."""

from __future__ import annotations

import pytest

from atgard.extract.margin_labels import unfold_margin_labels
from tests.test_extract_margin_labels_dated_decisions import _row


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the reviewer's counter-example: numbers in brackets, as the reader splits them outside a margin
        (
            ["(1) att bifalla motionen", "(2) att i övrigt anse motionen besvarad"],
            [("(1)", "att bifalla motionen"), ("(2)", "att i övrigt anse motionen besvarad")],
        ),
        (["A. att anta planen", "B. att avslå yrkandet"], [("A.", "att anta planen"), ("B.", "att avslå yrkandet")]),
        (
            ["(a) att godkänna rapporten", "(b) att lägga den"],
            [("(a)", "att godkänna rapporten"), ("(b)", "att lägga den")],
        ),
        # a party wrapped to the line's start is no marker: the line goes on the paragraph before it
        (
            ["Nämnden utser Eva Ek (M) och Per Berg", "(MP) att justera protokollet."],
            [(None, "Nämnden utser Eva Ek (M) och Per Berg (MP) att justera protokollet.")],
        ),
        (
            ["Nämnden utser Eva Ek (M) och Per Berg", "(V) att justera protokollet."],
            [(None, "Nämnden utser Eva Ek (M) och Per Berg (V) att justera protokollet.")],
        ),
    ],
)
def test_margin_items_are_marked_as_the_reader_marks_them(
    lines: list[str], expected: list[tuple[str | None, str]]
) -> None:
    row = _row([("Beslut", lines), ("Reservation", ["S reserverar sig."])])
    blocks = unfold_margin_labels([row])
    assert [(b.marker, b.text) for b in blocks[1:-2]] == expected
