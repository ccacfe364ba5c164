"""A table without rules whose bold header cell wraps onto a second line: the line goes on the header row, it is
no heading of its own and no row (a letter's "Regionens / diarienummer | Ert diarienummer | Datum"); a cell's
lines are kept apart by a newline."""

from __future__ import annotations

import pytest

from atgard.extract.read.blocks import build_blocks
from atgard.extract.read.glyphs import Glyph, Line
from atgard.extract.read.lines import group_lines

A4 = (595.0, 842.0)


def _glyphs(text: str, x: float, top: float, size: float = 10.0, bold: bool = False) -> list[Glyph]:
    glyphs = []
    for ch in text:
        width = size * (0.25 if ch == " " else 0.5)
        glyphs.append(Glyph(ch, x, x + width, top, top + size, size, bold=bold, italic=False))
        x += width
    return glyphs


def _row(cells: list[tuple[str, float]], top: float, bold: bool = False, size: float = 10.0) -> Line:
    (line,) = group_lines([g for text, x in cells for g in _glyphs(text, x, top, size, bold)], 1)
    return line


@pytest.mark.parametrize(
    ("header", "wrapped", "values", "expected"),
    [
        (
            [("Regionens", 70), ("Ert diarienummer", 222), ("Datum", 373)],
            [("diarienummer", 70)],
            [("RS 2026-00418", 70), ("S2026/02471", 222), ("2026-10-14", 373)],
            ["Regionens\ndiarienummer | Ert diarienummer | Datum", "RS 2026-00418 | S2026/02471 | 2026-10-14"],
        ),
        (
            [("Datum", 70), ("Vår", 222), ("Er", 373)],
            [("beteckning", 222), ("beteckning", 373)],
            [("2026-03-02", 70), ("TRV 2026/88", 222), ("LI2026/01942", 373)],
            ["Datum | Vår\nbeteckning | Er\nbeteckning", "2026-03-02 | TRV 2026/88 | LI2026/01942"],
        ),
    ],
)
def test_a_wrapped_bold_header_cell_stays_in_the_header_row(header, wrapped, values, expected) -> None:
    body = [
        _row(header, 100, bold=True),
        _row(wrapped, 112.5, bold=True),
        _row(values, 126),
        _row([("Socialdepartementet", 70)], 170),
        _row([("Yttrande över betänkandet", 70)], 200, bold=True, size=16),
    ]
    blocks = build_blocks([body], {1: A4})
    assert [b.text for b in blocks if b.kind == "table_row"] == expected
    assert [(b.kind, b.text) for b in blocks if b.kind != "table_row"] == [
        ("paragraph", "Socialdepartementet"),
        ("heading", "Yttrande över betänkandet"),
    ]
