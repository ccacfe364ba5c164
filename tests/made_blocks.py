"""Blocks made by hand for the table tests: a table row as the reader gives it."""

from __future__ import annotations

from atgard.schema import BBox, Block, LineSpan, PageBox, TableCell


def table_row(
    *cells: str, page: int = 1, top: float = 600, height: float = 40, pitch: float = 170, width: float = 160
) -> Block:
    """A row of ``cells`` from x = 70, each ``width`` wide and ``pitch`` apart, one line high."""
    boxes = [
        BBox(x0=70 + pitch * i, top=top, x1=70 + width + pitch * i, bottom=top + height) for i in range(len(cells))
    ]
    text = " | ".join(cells)
    box = BBox(x0=70, top=top, x1=70 + pitch * len(cells), bottom=top + height)
    return Block(
        kind="table_row",
        text=text,
        cells=[TableCell(text=cell, bbox=b) for cell, b in zip(cells, boxes, strict=True)],
        page=page,
        boxes=[PageBox(page=page, bbox=box)],
        lines=[LineSpan(start=0, end=len(text), page=page, bbox=box)],
    )
