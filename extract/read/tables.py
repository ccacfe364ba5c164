"""Ruled tables: cells drawn with lines, found by pdfplumber's table finder; their glyphs stay in their cells.

A measures table ("Nr | Åtgärd | Ansvarig") with ruling lines is read cell by
cell, so that wrapped cell text stays in its cell and each row is one block.
Tables without ruling lines are left to the column-gap rules of the block
builder.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from atgard.extract.read.glyphs import Glyphs, Line
from atgard.extract.read.lines import group_lines
from atgard.extract.read.raw_page import Edge
from atgard.extract.read.settings import DEFAULT_LAYOUT, LayoutSettings

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
SNAP = 3  # points: pdfplumber's default snap, join and intersection tolerance


@dataclass(frozen=True)
class TableRow:
    """One row of a ruled table: its cells' lines, left to right."""

    page: int
    top: float
    cells: list[list[Line]]
    boxes: list[Box]

    def with_cells(self, cells: list[list[Line]]) -> TableRow:
        return TableRow(self.page, self.top, cells, self.boxes)


def find_ruled_tables(edges: Sequence[Edge]) -> list[list[list[Box]]]:
    """Cell boxes, row by row, of the tables a page draws with lines: two rows, one with two cells, or one row
    of three cells (the rest of a table that a page break cut, its header not repeated; a framed box or a
    pair of boxes side by side stays running text).

    pdfplumber's table finder with its "lines" strategy and default
    tolerances, fed with the edges of either reading backend.

    >>> def box(x0, top, x1, bottom): return [Edge(x0, top, x1, top), Edge(x0, bottom, x1, bottom),
    ...                                       Edge(x0, top, x0, bottom), Edge(x1, top, x1, bottom)]
    >>> [len(row) for table in find_ruled_tables(box(0, 0, 90, 20) + box(90, 0, 180, 20) + box(180, 0, 270, 20))
    ...  for row in table]
    [3]
    >>> find_ruled_tables(box(0, 0, 90, 20) + box(90, 0, 180, 20))
    []
    """
    if not _may_hold_a_cell(edges):
        return []
    # Imported here: most pages draw no grid (a rule under the header at most), and pdfplumber with pdfminer
    # is a tenth of a second of every ingest's start-up.
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges
    from pdfplumber.utils.geometry import filter_edges

    plain = [_as_pdfplumber_edge(edge) for edge in edges]
    merged = merge_edges(
        filter_edges(plain, min_length=1),
        snap_x_tolerance=SNAP,
        snap_y_tolerance=SNAP,
        join_x_tolerance=SNAP,
        join_y_tolerance=SNAP,
    )
    cells = intersections_to_cells(edges_to_intersections(filter_edges(merged, min_length=3), SNAP, SNAP))
    tables = []
    for group in cells_to_tables(cells):
        ordered = sorted(group, key=lambda cell: (cell[1], cell[0]))
        rows = [list(row) for _, row in itertools.groupby(ordered, key=lambda cell: cell[1])]
        if (len(rows) >= 2 and max(len(row) for row in rows) >= 2) or len(rows[0]) >= 3:
            tables.append(rows)
    return tables


def _may_hold_a_cell(edges: Sequence[Edge]) -> bool:
    """Whether the lines could close a cell at all: two across and two down at the least.

    >>> _may_hold_a_cell([Edge(0, 10, 500, 10)]), _may_hold_a_cell([Edge(0, 0, 9, 0), Edge(0, 9, 9, 9)])
    (False, False)
    """
    across = sum(1 for edge in edges if edge.top == edge.bottom)
    return across >= 2 and len(edges) - across >= 2


def _as_pdfplumber_edge(edge: Edge) -> dict[str, Any]:
    orientation = "v" if edge.x0 == edge.x1 else "h"
    return {
        "x0": edge.x0,
        "x1": edge.x1,
        "top": edge.top,
        "bottom": edge.bottom,
        "width": edge.x1 - edge.x0,
        "height": edge.bottom - edge.top,
        "orientation": orientation,
        "object_type": "edge",
    }


def take_table_glyphs(
    glyphs: Glyphs, tables: Sequence[list[list[Box]]], page: int, settings: LayoutSettings = DEFAULT_LAYOUT
) -> tuple[Glyphs, list[TableRow]]:
    """Split a page's glyphs into those outside ruled tables and the tables' rows (a glyph goes where its centre is)."""
    if not tables:
        return glyphs, []
    rows: list[TableRow] = []
    x, y = (glyphs.x0 + glyphs.x1) / 2, (glyphs.top + glyphs.bottom) / 2
    taken = np.zeros(len(glyphs), dtype=np.bool_)
    for table in tables:
        if _cuts_words(glyphs, table, settings):
            continue  # a grid drawn over running text (a form's comb, a background): not a table of cells
        for cells in table:
            lines_per_cell = []
            for x0, top, x1, bottom in cells:
                inside = ~taken & (x >= x0) & (x <= x1) & (y >= top) & (y <= bottom)
                taken |= inside
                lines_per_cell.append(group_lines(glyphs.take(inside), page, settings=settings))
            if any(lines_per_cell):
                top = min(box[1] for box in cells)
                rows.append(TableRow(page=page, top=top, cells=lines_per_cell, boxes=list(cells)))
    return glyphs.take(~taken), rows


def _cuts_words(glyphs: Glyphs, table: Sequence[Sequence[Box]], settings: LayoutSettings) -> bool:
    """A ruling between two cells passes between two letters of one word.

    A table's text stays inside its cells; lines drawn across words mark a grid
    behind the text, and cutting along them would break its words apart.
    """
    letters = np.array([text.isalnum() for text in glyphs.texts], dtype=np.bool_)[glyphs.text_id]
    x, y = (glyphs.x0 + glyphs.x1) / 2, (glyphs.top + glyphs.bottom) / 2
    for cells in table:
        top, bottom = min(c[1] for c in cells), max(c[3] for c in cells)
        in_row = letters & (y >= top) & (y <= bottom)
        for (_, _, border, _), (start, _, _, _) in itertools.pairwise(sorted(cells)):
            left = np.flatnonzero(in_row & (x < border) & (glyphs.x1 >= border - glyphs.size))
            right = np.flatnonzero(in_row & (x > start) & (glyphs.x0 <= start + glyphs.size))
            if not len(left) or not len(right):
                continue
            gap = glyphs.x0[right][None, :] - glyphs.x1[left][:, None]
            same_line = np.abs(y[right][None, :] - y[left][:, None]) < 0.3 * glyphs.size[left][:, None]
            if (same_line & (np.abs(gap) < settings.word_gap_ems * glyphs.size[left][:, None])).any():
                return True
    return False
