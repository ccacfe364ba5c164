"""Ruled tables: cells drawn with lines, found by pdfplumber's table finder; their glyphs stay in their cells.

A measures table ("Nr | Åtgärd | Ansvarig") with ruling lines is read cell by
cell, so that wrapped cell text stays in its cell and each row is one block.
Tables without ruling lines are left to the column-gap rules of the block
builder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from atgard.extract.lines import Glyph, Line, group_lines

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class TableRow:
    """One row of a ruled table: its cells' lines, left to right."""

    page: int
    top: float
    cells: list[list[Line]]
    boxes: list[Box]


def find_ruled_tables(page: Any) -> list[list[list[Box]]]:
    """Cell boxes, row by row, of the tables a pdfplumber page draws with lines (at least 2 × 2)."""
    if not (page.lines or page.rects):
        return []
    tables = []
    for table in page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}):
        rows = [[cell for cell in row.cells if cell is not None] for row in table.rows]
        rows = [row for row in rows if row]
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
            tables.append(rows)
    return tables


def _inside(glyph: Glyph, box: Box) -> bool:
    x = (glyph.x0 + glyph.x1) / 2
    y = (glyph.top + glyph.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def take_table_glyphs(
    glyphs: Sequence[Glyph], tables: Sequence[list[list[Box]]], page: int
) -> tuple[list[Glyph], list[TableRow]]:
    """Split a page's glyphs into those outside ruled tables and the tables' rows."""
    rows: list[TableRow] = []
    taken: set[int] = set()
    for table in tables:
        for cells in table:
            lines_per_cell = []
            for box in cells:
                inside = [i for i, glyph in enumerate(glyphs) if i not in taken and _inside(glyph, box)]
                taken.update(inside)
                lines_per_cell.append(group_lines([glyphs[i] for i in inside], page))
            if any(lines_per_cell):
                top = min(box[1] for box in cells)
                rows.append(TableRow(page=page, top=top, cells=lines_per_cell, boxes=list(cells)))
    free = [glyph for i, glyph in enumerate(glyphs) if i not in taken]
    return free, rows
