"""Pages set in two text columns: each column read top to bottom, the left one first.

A designed report often flows its text in two columns. Grouped into lines across
the page, each line holds a piece of either column, and read so a sentence of the
left column would run on into the right one's. A page is two columns when many of
its lines have a second piece starting at one gutter and both pieces fill their
columns; side-by-side boxes (a memo's "Handläggare | Till"), signatures and tables
without rules have short pieces and stay as they are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from atgard.extract.read.glyphs import Line, Segment
from atgard.extract.read.margin import margin_parts
from atgard.extract.read.settings import DEFAULT_LAYOUT, LayoutSettings


def document_parts(
    pages: Sequence[Sequence[Line]], ruled: Sequence[bool], settings: LayoutSettings = DEFAULT_LAYOUT
) -> list[list[list[Line]]]:
    """Every page's parts in turn (``column_parts``; a page with ruled tables as it stands). A page after one in
    two columns whose right column ran as far down as its left one (the text runs on over the page break) is two
    columns on less evidence when its right column starts at the same x from its top: the text running on may fill
    only a few lines of its right column (a report's last section ending early). A right column ending above the
    left one ended the text, and a closing page's signature pair or label/value box below its text is no column."""
    parts: list[list[list[Line]]] = []
    known: float | None = None
    for page, has_rows in zip(pages, ruled, strict=True):
        if has_rows:
            parts.append([list(page)])
            known = None
            continue
        found = _gutter(page, settings, known)
        parts.append(_split(page, found, settings))
        known = found[1] if found is not None and _runs_on(page, found, settings) else None
    return parts


def _runs_on(lines: Sequence[Line], found: tuple[float, float], settings: LayoutSettings) -> bool:
    """Whether the right column runs as far down as the left one (within a line): its text may go on overleaf."""
    halves = [pieces for line in lines if (pieces := _halves(line, *found, settings)) is not None]
    left = [piece for piece, _ in halves if piece is not None]
    right = [piece for _, piece in halves if piece is not None]
    if not (left and right):
        return False
    return right[-1].bottom >= left[-1].bottom - settings.table_line_gap_ems * right[-1].size


def column_parts(lines: Sequence[Line], settings: LayoutSettings = DEFAULT_LAYOUT) -> list[list[Line]]:
    """The page's lines as parts read in turn: above the columns, the left column, the right one, below them.

    A page that is not set in two columns is one part, its lines as they are, or with a marginal column beside
    its body the part above the body, the margin and the body (extract/read/margin.py).
    """
    return _split(lines, _gutter(lines, settings), settings)


def _split(lines: Sequence[Line], found: tuple[float, float] | None, settings: LayoutSettings) -> list[list[Line]]:
    if found is None:
        return margin_parts(lines, settings) or [list(lines)]
    halves = [_halves(line, *found, settings) for line in lines]
    if all(pieces is None for pieces in halves):
        return [list(lines)]
    last = max(i for i, pieces in enumerate(halves) if pieces is not None)
    above: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    below: list[Line] = []
    for i, (line, pieces) in enumerate(zip(lines, halves, strict=True)):
        if pieces is None:
            # across the gutter: a title over the columns, a note under them, or between them the left
            # column's text running wider where the right one leaves room
            (above if not (left or right) else below if i > last else left).append(line)
            continue
        first, second = pieces
        if first is not None:
            left.append(first)
        if second is not None:
            right.append(second)
    return [part for part in (above, left, right, below) if part]


def _halves(
    line: Line, gutter: float, start: float, settings: LayoutSettings
) -> tuple[Line | None, Line | None] | None:
    """The line's pieces left and right of the gutter; None when a piece spans it."""
    segments = [piece for segment in line.segments for piece in _cut(segment, gutter, start, settings)]
    if any(segment.x0 < gutter < segment.x1 for segment in segments):
        return None
    left = [segment for segment in segments if segment.x1 <= gutter]
    right = [segment for segment in segments if segment.x0 >= gutter]
    return (
        Line(page=line.page, segments=left) if left else None,
        Line(page=line.page, segments=right) if right else None,
    )


def _cut(segment: Segment, gutter: float, start: float, settings: LayoutSettings) -> list[Segment]:
    """A piece running across the gutter cut where a word starts at the right column: where the two columns' words
    come closer than a column gap, one piece holds both. The gap before that word is a gutter, wider than a word
    space: a full-width line whose word happens to start there at a plain (justified) space is not cut."""
    if not segment.x0 < gutter < segment.x1:
        return [segment]
    tolerance, gap = settings.cell_start_ems * segment.size, settings.gutter_min_ems * segment.size
    units = segment.units
    for i in range(1, len(units)):
        if units[i - 1].text == " " and units[i].text != " " and abs(units[i].x0 - start) <= tolerance:
            head = units[:i]
            while head and head[-1].text == " ":
                head.pop()
            if not head or units[i].x0 - head[-1].x1 < gap:
                return [segment]
            return [segment.with_units(head), segment.with_units(units[i:])]
    return [segment]


def _gutter(lines: Sequence[Line], settings: LayoutSettings, known: float | None = None) -> tuple[float, float] | None:
    """The gutter and where the right column starts, when the page is two columns of running text.

    The right column's pieces start at one x (where the second piece of most two-piece lines starts), there are
    enough of them, and both columns' pieces beside each other (from the right column's first line to its last)
    mostly fill their widths; the columns may be of unequal length (a balanced last page, a column ending early).
    """
    pairs = [line for line in lines if len(line.segments) == 2]
    if len(pairs) < settings.column_min_pairs:
        return None
    start = Counter(round(line.segments[1].x0) for line in pairs).most_common(1)[0][0]
    rows = [i for i, line in enumerate(lines) if any(_starts(s, start, settings) for s in line.segments)]
    size = pairs[0].segments[1].size
    running_on = (
        known is not None
        and abs(start - known) <= settings.indent_ems * size
        and bool(rows)
        and lines[rows[0]].top - lines[0].top <= settings.table_line_gap_ems * size  # from the page's top
    )
    if len(rows) < (settings.column_min_pairs if running_on else settings.column_min_lines):
        return None
    # the left column is what stands beside the right one: a label/value box's labels over a page of full-width
    # text, whose short lines and headings end left of the values, are no column of text
    beside = lines[rows[0] : rows[-1] + 1]
    right = [s for line in beside for s in line.segments if _starts(s, start, settings)]
    left = [line.segments[0] for line in beside if line.segments[0].x1 < start]
    if not left:
        return None
    if sum(len(line.segments) > 2 for line in lines) > settings.column_line_share * len(right):
        return None  # a table without rules, more than two cells a line
    margin, reach, edge = min(s.x0 for s in left), max(s.x1 for s in left), max(s.x1 for s in right)
    if reach >= start or min(reach - margin, edge - start) < settings.column_min_share * (edge - margin):
        return None  # no room for two columns of text: a margin of line numbers, a column of figures
    if not (_filled(left, margin, reach, settings) and _filled(right, start, edge, settings)):
        return None
    # the gutter between the left column's widest line on the page (it may run on below the right one) and the right
    widest = max(line.segments[0].x1 for line in lines if line.segments[0].x1 < start)
    return (widest + start) / 2, start


def _starts(segment: Segment, start: float, settings: LayoutSettings) -> bool:
    return abs(segment.x0 - start) <= settings.indent_ems * segment.size


def _filled(pieces: Sequence[Segment], x0: float, x1: float, settings: LayoutSettings) -> bool:
    """Whether enough of a column's pieces fill its width, as running text does (a table's cells do not)."""
    full = sum(piece.x1 - piece.x0 >= settings.column_fill * (x1 - x0) for piece in pieces)
    return full >= settings.column_line_share * len(pieces)
