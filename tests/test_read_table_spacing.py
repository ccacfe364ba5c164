"""A table without rules whose rows stand wider apart than their lines: the spacing parts the rows, so a code set
level with its cell's last or middle line (a cell centred or set at the bottom) stays with its own text, not the
row above. Where the spacing does not part rows so (uniform lines, a cell of two paragraphs), the first-column rule
holds: every line with text in the first column starts a row."""

from __future__ import annotations

import pytest

from atgard.extract.read.blocks import build_blocks
from atgard.extract.read.glyphs import Glyph, Line
from atgard.extract.read.lines import group_lines

A4 = (595.0, 842.0)
LINE = 12.5  # the lines' pitch in a cell (a 10-point line and 2.5 points)
ROW = 18.5  # the pitch between two rows' lines


def _glyphs(text: str, x: float, top: float, bold: bool = False) -> list[Glyph]:
    glyphs = []
    for ch in text:
        width = 10.0 * (0.25 if ch == " " else 0.5)
        glyphs.append(Glyph(ch, x, x + width, top, top + 10.0, 10.0, bold=bold, italic=False))
        x += width
    return glyphs


def _line(cells: list[tuple[str, float]], top: float, bold: bool = False) -> Line:
    (line,) = group_lines([g for text, x in cells for g in _glyphs(text, x, top, bold)], 1)
    return line


def _table(rows: list[list[list[tuple[str, float]]]], pitches: list[float]) -> list[str]:
    """Lines row by row (each row a list of lines), the pitch before each line after the first."""
    lines, top, flat = [], 100.0, [line for row in rows for line in row]
    for number, cells in enumerate(flat):
        top += pitches[number - 1] if number else 0.0
        lines.append(_line(cells, top, bold=number == 0))
    blocks = build_blocks([lines], {1: A4})
    return [b.text for b in blocks if b.kind == "table_row"]


HEADER = [[("Kod", 70), ("Åtgärd", 130), ("Ansvar", 420)]]


@pytest.mark.parametrize(
    ("rows", "pitches", "expected"),
    [
        (  # each code on its cell's last line (a cell set at the bottom or centred on two lines)
            [
                HEADER,
                [
                    [("Ta fram en skyfallsmodell och", 130)],
                    [("KA1.1", 70), ("uppdatera den", 130), ("Tekniska nämnden", 420)],
                ],
                [
                    [("Anlägga översvämningsytor i", 130)],
                    [("KA1.2", 70), ("stadsdelsparker", 130), ("Tekniska nämnden", 420)],
                ],
                [[("Separera dagvatten i", 130)], [("KA1.3", 70), ("Kristiberg", 130), ("Mälarenergi Vatten AB", 420)]],
            ],
            [ROW, LINE, ROW, LINE, ROW, LINE],
            [
                "Kod | Åtgärd | Ansvar",
                "KA1.1 | Ta fram en skyfallsmodell och\nuppdatera den | Tekniska nämnden",
                "KA1.2 | Anlägga översvämningsytor i\nstadsdelsparker | Tekniska nämnden",
                "KA1.3 | Separera dagvatten i\nKristiberg | Mälarenergi Vatten AB",
            ],
        ),
        (  # a code in the middle of three lines, the board's name on the cell's last line
            [
                HEADER,
                [
                    [("Öka andelen skuggad yta", 130)],
                    [("3.1", 70), ("på förskolegårdar till minst", 130)],
                    [("30 procent", 130), ("Förskolenämnden", 420)],
                ],
                [[("Planera för", 130)], [("3.2", 70), ("värmeböljor", 130), ("Äldrenämnden", 420)]],
            ],
            [ROW, LINE, LINE, ROW, LINE],
            [
                "Kod | Åtgärd | Ansvar",
                "3.1 | Öka andelen skuggad yta\npå förskolegårdar till minst\n30 procent | Förskolenämnden",
                "3.2 | Planera för\nvärmeböljor | Äldrenämnden",
            ],
        ),
        (  # codes on each row's first line: both rules agree
            [
                HEADER,
                [[("1", 70), ("Inventera lekplatser", 130), ("Parknämnden", 420)], [("i hela staden", 130)]],
                [[("2", 70), ("Rusta upp bad", 130), ("Idrottsnämnden", 420)]],
            ],
            [ROW, LINE, ROW],
            [
                "Kod | Åtgärd | Ansvar",
                "1 | Inventera lekplatser\ni hela staden | Parknämnden",
                "2 | Rusta upp bad | Idrottsnämnden",
            ],
        ),
        (  # uniform spacing: the first-column rule, the lines under a code going on its row
            [
                HEADER,
                [[("1", 70), ("Inventera lekplatser", 130), ("Parknämnden", 420)], [("i hela staden", 130)]],
                [[("2", 70), ("Rusta upp bad", 130), ("Idrottsnämnden", 420)]],
            ],
            [LINE, LINE, LINE],
            [
                "Kod | Åtgärd | Ansvar",
                "1 | Inventera lekplatser\ni hela staden | Parknämnden",
                "2 | Rusta upp bad | Idrottsnämnden",
            ],
        ),
        (  # a cell of two paragraphs (space after the first) is no row of its own
            [
                HEADER,
                [[("1", 70), ("Inventera lekplatser.", 130), ("Parknämnden", 420)], [("Redovisas 2028.", 130)]],
                [[("2", 70), ("Rusta upp bad", 130), ("Idrottsnämnden", 420)]],
            ],
            [ROW, ROW, ROW],
            [
                "Kod | Åtgärd | Ansvar",
                "1 | Inventera lekplatser.\nRedovisas 2028. | Parknämnden",
                "2 | Rusta upp bad | Idrottsnämnden",
            ],
        ),
    ],
)
def test_a_tables_rows_parted_by_their_spacing(rows, pitches, expected) -> None:
    assert _table(rows, pitches) == expected
