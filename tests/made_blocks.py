"""Blocks made by hand for the table tests: a table row, and a block of lines, as the reader gives them."""

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


def lines_block(*lines: str, kind: str = "paragraph", x0: float = 65, level: int | None = None) -> Block:
    """A block of lines on page 1 set from ``x0`` (the body's margin is 65, its right edge 530)."""
    text, spans, at = " ".join(lines), [], 0
    x1 = 530 if x0 > 65 else x0 + max(len(line) for line in lines) * 5
    for n, line in enumerate(lines):
        box = BBox(x0=x0, top=40 + 12 * n, x1=x1, bottom=50 + 12 * n)
        spans.append(LineSpan(start=at, end=at + len(line), page=1, bbox=box))
        at += len(line) + 1
    box = BBox(x0=x0, top=40, x1=x1, bottom=50 + 12 * len(lines))
    return Block(kind=kind, text=text, page=1, boxes=[PageBox(page=1, bbox=box)], lines=spans, level=level)


def broken_block(*lines: str, page: int = 1) -> Block:
    """A paragraph whose lines the reader kept apart (joined by newlines), each 12 points under the one above."""
    text, spans, at = "\n".join(lines), [], 0
    for n, line in enumerate(lines):
        box = BBox(x0=65, top=40 + 12 * n, x1=300, bottom=50 + 12 * n)
        spans.append(LineSpan(start=at, end=at + len(line), page=page, bbox=box))
        at += len(line) + 1
    box = BBox(x0=65, top=40, x1=300, bottom=50 + 12 * len(lines))
    return Block(kind="paragraph", text=text, page=page, boxes=[PageBox(page=page, bbox=box)], lines=spans)
