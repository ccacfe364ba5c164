"""A block under construction (:class:`Draft`) and its finishing into the contract's :class:`Block`.

Finishing joins the lines' units into the block's text (hyphenation and spaces at line ends), and
says where each line's text stands (the block's line spans), its box on each page and its italic
and bold runs. Every line of every document passes here, so each unit's line is carried along
with the units as they are joined (one walk over them), and a line's box is made from its
segment directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from atgard.extract.read.glyphs import Segment, Unit
from atgard.extract.read.text import SOFT_HYPHEN, line_joint
from atgard.schema import BBox, Block, BlockKind, LineSpan, PageBox, StyleRun, TableCell
from atgard.schema.read import checked_bbox, checked_line_span

CELL_SEPARATOR = " | "
GLUE = -1  # the line of a unit no line holds: a space or line break put between two lines, a cell separator

Part = tuple[int, Segment]  # (page, segment)
Sizes = dict[int, tuple[float, float]]  # page number to (width, height)


@dataclass(slots=True)
class Draft:
    """A block under construction."""

    kind: BlockKind
    parts: list[Part]
    level: int | None = None
    marker: str | None = None
    marker_units: int = 0
    text_x0: float = 0.0
    columns: list[list[Part]] = field(default_factory=list)
    cell_boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, top, x1, bottom

    @property
    def last(self) -> Segment:
        return self.parts[-1][1]

    @property
    def left(self) -> float:
        return min(segment.x0 for _, segment in self.parts)

    def text_so_far(self) -> str:
        return " ".join(segment.text for _, segment in self.parts)


def _join_units(
    segments: Sequence[list[Unit]], joiner: str | None = None, first_line: int = 0
) -> tuple[list[Unit], list[int]]:
    """Concatenate line units; ``joiner`` None means prose rules (hyphenation, spaces). With each unit, the
    number of its line (counted from ``first_line``), or :data:`GLUE`."""
    units: list[Unit] = []
    owners: list[int] = []
    for number, line in enumerate(segments, start=first_line):
        if units and line:
            if joiner is None:
                tail = "".join([unit.text for unit in units[-40:]])
                drop, glue = line_joint(tail, "".join([unit.text for unit in line[:40]]))
                del units[len(units) - drop :]
                del owners[len(owners) - drop :]
            else:
                glue = joiner
            if glue and units:
                before, after = units[-1], line[0]
                italic, bold = before.italic and after.italic, before.bold and after.bold
                units.append(Unit(glue, italic, bold, before.x1, after.x0))
                owners.append(GLUE)
        units.extend(line)
        owners.extend([number] * len(line))
    if any(unit.text == SOFT_HYPHEN for unit in units):
        kept = [i for i, unit in enumerate(units) if unit.text != SOFT_HYPHEN]
        return [units[i] for i in kept], [owners[i] for i in kept]
    return units, owners


def style_runs(units: Sequence[Unit], texts: Sequence[str] | None = None) -> list[StyleRun]:
    """Italic and bold stretches of the text, trimmed of surrounding white space (``texts``: the units' texts)."""
    texts = [unit.text for unit in units] if texts is None else texts
    full_text = "".join(texts)
    runs: list[StyleRun] = []
    for style, flags in (("italic", [unit.italic for unit in units]), ("bold", [unit.bold for unit in units])):
        if not any(flags):
            continue  # most blocks have no italics, many no bold: no walk over their units
        offset, start = 0, None
        for text, flag in zip([*texts, ""], [*flags, False], strict=True):
            flagged = flag and text != ""
            if flagged and start is None:
                start = offset
            elif not flagged and start is not None:
                run = full_text[start:offset]
                left, right = len(run) - len(run.lstrip()), len(run.rstrip())
                if right > left:
                    runs.append(StyleRun(style=style, start=start + left, end=start + right))
                start = None
            offset += len(text)
    return sorted(runs, key=lambda run: (run.start, run.style))


def _on_page(left: float, top: float, right: float, bottom: float, width: float, height: float) -> BBox:
    """The box, to a hundredth of a point, kept on the page (a damaged file can place glyphs off it)."""
    x0 = min(max(round(left, 2), 0.0), width)
    y0 = min(max(round(top, 2), 0.0), height)
    x1 = min(max(round(right, 2), x0), width)
    return checked_bbox(x0, y0, x1, min(max(round(bottom, 2), y0), height))


def _bbox(segments: Sequence[Segment], width: float, height: float) -> BBox:
    """The box around segments, kept on the page."""
    first = segments[0]
    left, top, right, bottom = first.x0, first.top, first.x1, first.bottom
    for segment in segments[1:]:  # one pass (a box is made for every block)
        left, top = min(left, segment.x0), min(top, segment.top)
        right, bottom = max(right, segment.x1), max(bottom, segment.bottom)
    return _on_page(left, top, right, bottom, width, height)


def _boxes(parts: Sequence[Part], sizes: Sizes, spans: Sequence[LineSpan]) -> list[PageBox]:
    if len(parts) == 1 and len(spans) == 1:  # a block of one line: the line's box is the block's
        return [PageBox(page=spans[0].page, bbox=spans[0].bbox)]
    pages = sorted({page for page, _ in parts})
    return [PageBox(page=page, bbox=_bbox([s for p, s in parts if p == page], *sizes[page])) for page in pages]


def _line_spans(parts: Sequence[Part], texts: Sequence[str], owners: Sequence[int], sizes: Sizes) -> list[LineSpan]:
    """Where each PDF line's text ended up in the block text (``texts``, each of its line ``owners``)."""
    extent: dict[int, list[int]] = {}
    offset = 0
    for text, owner in zip(texts, owners, strict=True):
        end = offset + len(text)
        if owner != GLUE:
            extent.setdefault(owner, [offset, end])[1] = end
        offset = end
    spans = []
    for index, (start, end) in sorted(extent.items(), key=lambda item: item[1]):
        page, segment = parts[index]
        box = _on_page(segment.x0, segment.top, segment.x1, segment.bottom, *sizes[page])
        spans.append(checked_line_span(start, end, page, box))
    return spans


def _row_units(draft: Draft, sizes: Sizes) -> tuple[list[Unit], list[int], list[TableCell]]:
    """A table row's units, cell by cell between separators, each unit's line, and its cells."""
    width, height = sizes[draft.parts[0][0]]
    units: list[Unit] = []
    owners: list[int] = []
    cells: list[TableCell] = []
    first_line = 0  # the parts are the columns' parts one column after another
    for index, (column, box) in enumerate(zip(draft.columns, draft.cell_boxes, strict=True)):
        cell_units, cell_owners = _join_units([segment.units for _, segment in column], "\n", first_line)
        first_line += len(column)
        if column:
            bbox = _bbox([s for _, s in column], width, height)
        else:  # an empty cell keeps its place: the columns of a row stay aligned
            x0, top, x1, bottom = box
            bbox = BBox(x0=min(x0, width), top=min(top, height), x1=min(x1, width), bottom=min(bottom, height))
        cells.append(TableCell(text="".join(unit.text for unit in cell_units), bbox=bbox))
        if index:
            units.append(Unit(CELL_SEPARATOR, False, False, bbox.x0, bbox.x0))
            owners.append(GLUE)
        units.extend(cell_units)
        owners.extend(cell_owners)
    return units, owners, cells


def finish(draft: Draft, sizes: Sizes) -> Block:
    """The block a draft makes: its text, line spans, runs and boxes (``sizes``: each page's width and height)."""
    cells: list[TableCell] = []
    if draft.kind == "table_row":
        units, owners, cells = _row_units(draft, sizes)
    else:
        lines = [segment.units for _, segment in draft.parts]
        lines[0] = lines[0][draft.marker_units :]
        units, owners = _join_units(lines)
    texts = [unit.text for unit in units]
    spans = _line_spans(draft.parts, texts, owners, sizes)
    return Block(
        kind=draft.kind,
        text="".join(texts),
        lines=spans,
        level=draft.level,
        marker=draft.marker,
        cells=cells,
        runs=style_runs(units, texts),
        page=draft.parts[0][0],
        boxes=_boxes(draft.parts, sizes, spans),
    )
