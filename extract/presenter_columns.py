"""An agenda's table of matters names who presents each, in a column of its own ("Nr | Ärende | Dnr |
Föredragande", "Ärende | Handläggare"): the cells of a column headed Föredragande, Handläggare, Kontaktperson or
Ansvarig are presenters, no signatures, however their names break over the cell's lines ("Ekonomichef Joel /
Nyström"). The header is no row's first cell, which is a label beside its value ("Handläggare | Sofia Lindqvist").
The table's rows are those after its header with as many cells; a paragraph or a heading ends it, a row of another
width (a page's running header) does not.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.rules import rule
from atgard.schema import Block

__all__ = ["presenter_rows"]

# A column's header naming who presents or handles each matter; untraced, for it makes no item, it only keeps one.
_PRESENTER_HEADER = rule(
    "signatory.presenter_column",
    r"^(?:föredragande|handläggare|kontaktperson|ansvarig)\s*:?$",
    matches=("Föredragande", "Handläggare", "Kontaktperson", "Ansvarig", "FÖREDRAGANDE"),
    not_matches=("Föredragande: statsrådet Axelsson", "Ordförande", "Ansvarig nämnd", "Sekreterare"),
)


def presenter_rows(blocks: Sequence[Block]) -> set[int]:
    """The indices of the blocks that are rows of a table with a presenters' column, its header among them.

    >>> from atgard.schema import BBox, PageBox, TableCell
    >>> box = BBox(x0=0, top=0, x1=1, bottom=1)
    >>> row = lambda *cells: Block(kind="table_row", text=" | ".join(cells), page=1, boxes=[PageBox(page=1, bbox=box)],
    ...     cells=[TableCell(text=c, bbox=box) for c in cells])
    >>> sorted(presenter_rows([row("Nr", "Föredragande"), row("1", "Ekonomichef Joel\\nNyström"), row("A", "B")]))
    [0, 1, 2]
    >>> presenter_rows([row("Ordförande\\nEva Ek", "Sekreterare\\nPer Holm")])
    set()
    >>> presenter_rows([row("Handläggare", "Sofia Lindqvist"), row("Sekreterare", "Malin Rosén")])
    set()
    """
    rows: set[int] = set()
    width = 0
    for n, block in enumerate(blocks):
        if block.kind != "table_row":
            width = 0 if block.kind in ("paragraph", "heading") else width
            continue
        if any(_PRESENTER_HEADER.found_in(cell.text.strip()) for cell in block.cells[1:]):  # the first: a label
            width = len(block.cells)
        if width and len(block.cells) == width:
            rows.add(n)
    return rows
