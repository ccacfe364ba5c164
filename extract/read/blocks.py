"""Lines to blocks: headings, paragraphs, list items and table rows.

Everything here is relative to the document's own typography: the body font
size is the size most of the text is set in, a paragraph ends where the line
pitch grows, a heading is larger or bold, and a list item starts with a marker
followed by a tab-like gap. Blocks that run over a page break are joined.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from atgard.extract.read.columns import document_parts
from atgard.extract.read.drafts import Draft, Part, finish
from atgard.extract.read.glyphs import Line, Segment, Unit
from atgard.extract.read.lines import body_size
from atgard.extract.read.patterns import GLUED_NUMBER_MARKER, LIST_MARKER
from atgard.extract.read.settings import DEFAULT_LAYOUT, LayoutSettings
from atgard.extract.read.tables import TableRow
from atgard.extract.read.text import ends_sentence, lower_case_rest
from atgard.schema import Block

# A marker followed by at least this gap (in font sizes) opens a list item
# even inside running text; a normal word space is about 0.25.
# Line pitch more than this factor above the usual one ends a paragraph.
_BULLET_MARKERS = frozenset("•▪►✓*")


@dataclass(frozen=True, slots=True)
class Typography:
    """The document's typographic norms, measured once over all body lines."""

    body_size: float
    pitch: dict[float, float]
    levels: dict[tuple[float, bool], int]
    settings: LayoutSettings = DEFAULT_LAYOUT

    def usual_pitch(self, size: float) -> float:
        return self.pitch.get(_size_key(size), 1.2 * size)


def _size_key(size: float) -> float:
    return round(size * 2) / 2


def _is_bold(segment: Segment) -> bool:
    """Bold to its last word ("**Nämnderna i Bromma** ombeds" is a lead-in), or as a whole (OCR's capitals)."""
    if segment.bold_share < 0.9 or not any(unit.bold for unit in segment.units):
        return segment.bold_share >= 0.9
    return next((unit.bold for unit in reversed(segment.units) if any(map(str.isalpha, unit.text))), True)


def is_heading(segment: Segment, body_size: float, settings: LayoutSettings = DEFAULT_LAYOUT) -> bool:
    """A line set larger than the body text, or wholly bold at body size, and short."""
    text = segment.text
    if len(text) > settings.heading_max_chars or not any(map(str.isalpha, text)):
        return False
    if segment.size >= body_size + settings.heading_step:
        return True
    slack, longest = settings.bold_heading_slack, settings.bold_heading_max_chars
    return _is_bold(segment) and segment.size >= body_size - slack and len(text) <= longest


def measure_typography(lines: Sequence[Line], settings: LayoutSettings = DEFAULT_LAYOUT) -> Typography:
    """Body size (by glyph count), usual line pitch per size, and heading levels by size."""
    body = body_size(lines)

    pitches: dict[float, Counter[float]] = {}
    for above, below in itertools.pairwise(lines):
        if above.page != below.page or len(above.segments) > 1 or len(below.segments) > 1:
            continue
        if _size_key(above.size) != _size_key(below.size) or is_heading(above.segments[0], body, settings):
            continue
        pitch = round((below.top - above.top) * 2) / 2
        if pitch > 0:
            pitches.setdefault(_size_key(above.size), Counter())[pitch] += 1
    usual = {size: _line_pitch(counts, settings.pitch_share) for size, counts in pitches.items()}

    styles = {
        (_size_key(line.size), _is_bold(line.segments[0]))
        for line in lines
        if len(line.segments) == 1 and is_heading(line.segments[0], body, settings)
    }
    # Level by size, largest first; bold at body size is the lowest level.
    by_size = sorted({size for size, _ in styles}, reverse=True)
    levels = {(size, bold): by_size.index(size) + 1 for size, bold in styles}
    return Typography(body_size=body, pitch=usual, levels=levels, settings=settings)


def _line_pitch(counts: Counter[float], share: float) -> float:
    """The pitch of lines inside a paragraph: the smallest common one.

    In a document of short paragraphs the pitch *between* paragraphs can be
    the most frequent, so take the smallest pitch seen at least ``share`` (a
    fifth) as often as the most frequent one.
    """
    most = max(counts.values())
    return min(pitch for pitch, count in counts.items() if count >= share * most)


@dataclass(frozen=True, slots=True)
class ListMark:
    """The marker that opens a list item's line: "•", "1.", "a)"; the units it takes (spaces after it included)
    and where the item's text starts."""

    marker: str
    units: int
    text_x0: float


def find_marker(segment: Segment, fresh: bool, settings: LayoutSettings = DEFAULT_LAYOUT) -> ListMark | None:
    """The list marker that opens this line, if any.

    Bullets always count; numbers, letters and dashes only when a tab-like gap
    follows or the line starts a new block anyway, so that a line of running
    text that happens to begin with "2016." or "–" stays text.
    """
    units = segment.units
    end = 1 if units and units[0].text in _BULLET_MARKERS else 0
    while end < len(units) and units[end].text != " ":
        end += 1
    word = "".join(unit.text for unit in units[:end])
    if not LIST_MARKER.match(word):  # unless a glued "10.Göteborgs kommun": the mark is its first two units
        glued = fresh and len(units) > 2 and GLUED_NUMBER_MARKER.match("".join(u.text for u in units[:3]))
        return ListMark(units[0].text + units[1].text, 2, units[2].x0) if glued else None
    start = end
    while start < len(units) and units[start].text == " ":
        start += 1
    if start == len(units):
        return None
    gap = units[start].x0 - units[end - 1].x1
    if word not in _BULLET_MARKERS and not fresh and gap < settings.marker_gap_ems * segment.size:
        return None
    return ListMark("•" if word in _BULLET_MARKERS else word, start, units[start].x0)


def _continues(draft: Draft | None, segment: Segment, typography: Typography, right_edge: float) -> bool:
    """Whether a body line carries on the paragraph or list item above it on the same page."""
    if draft is None or draft.kind not in ("paragraph", "list_item"):
        return False
    last, settings = draft.last, typography.settings
    tolerance = settings.indent_ems * segment.size
    if abs(segment.size - last.size) > settings.same_size_points:
        return False
    if segment.top - last.top > settings.paragraph_pitch_factor * typography.usual_pitch(last.size) + 0.5:
        return False
    # A short line that ends a sentence, then a capital: a paragraph break without spacing.
    short = last.x1 < right_edge - settings.short_line_ems * last.size
    if short and ends_sentence(last.text) and segment.text[:1].isupper():
        return False
    if draft.kind == "list_item":
        return segment.x0 >= draft.text_x0 - tolerance or (
            abs(segment.x0 - draft.left) <= tolerance and not ends_sentence(draft.text_so_far())
        )
    return segment.x0 <= last.x0 + settings.hanging_indent_ems * segment.size


def _column_of(segment: Segment, anchors: Sequence[float], settings: LayoutSettings) -> int | None:
    tolerance = settings.indent_ems * segment.size
    candidates = [i for i, x0 in enumerate(anchors) if x0 <= segment.x0 + tolerance]
    if not candidates:
        return None
    column = candidates[-1]
    if column + 1 < len(anchors) and segment.x1 > anchors[column + 1] - tolerance:
        return None
    return column


def _split_at_anchors(line: Line, anchors: Sequence[float], settings: LayoutSettings) -> Line:
    """Cut a line's segments where a word starts in the next column.

    In a table without rules the gutter can be narrower than a column gap
    ("Skötseln av stadens torg och  Trafiknämnden,"); the header row's column
    starts tell where the cells are.
    """
    segments: list[Segment] = []
    for segment in line.segments:
        tolerance = settings.cell_start_ems * segment.size
        pieces: list[list[Unit]] = [[]]
        column = None
        for i, unit in enumerate(segment.units):
            word_start = i == 0 or segment.units[i - 1].text == " "
            if word_start and unit.text != " ":
                here = sum(1 for x in anchors if x <= unit.x0 + tolerance) - 1
                if column is not None and here > column and pieces[-1]:
                    pieces.append([])
                column = here
            pieces[-1].append(unit)
        for units in pieces:
            while units and units[-1].text == " ":
                units.pop()
            if units:
                segments.append(segment.with_units(units))
    return Line(page=line.page, segments=segments)


def _take_table(lines: Sequence[Line], start: int, typography: Typography) -> tuple[list[Draft], int]:
    """Side-by-side boxes: a line with column gaps and the lines below that stay inside its columns.

    Two columns (a "Handläggare | Till" box, signatures) are one row. With three or more columns it is a table
    without rules ("Nr | Åtgärd | Ansvarig"): every line with text in the first column starts a row, the lines
    under it are its wrapped cells; a bold first line is a header row of its own, with its cells' wrapped lines.
    """
    first, settings = lines[start], typography.settings
    anchors = [segment.x0 for segment in first.segments]
    table = len(anchors) >= 3
    header = table and all(_is_bold(s) for s in first.segments)
    # Each row line with the column of each of its segments, found once.
    rows: list[tuple[Line, list[int | None]]] = [(first, [_column_of(s, anchors, settings) for s in first.segments])]
    wrapped: set[int] = set()  # the lines that go on the bold header row's cells ("Regionens" / "diarienummer")
    end = start + 1
    while end < len(lines):
        line, above = lines[end], rows[-1][0]
        if line.top - above.bottom > settings.table_line_gap_ems * above.size:
            break
        if header and len(rows) == len(wrapped) + 1 and _wraps_header(line, above, settings):
            wrapped.add(len(rows))
        elif len(line.segments) == 1 and is_heading(line.segments[0], typography.body_size, settings):
            break
        if table:
            line = _split_at_anchors(line, anchors, settings)
        columns = [_column_of(segment, anchors, settings) for segment in line.segments]
        if None in columns or len(set(columns)) < len(columns):
            break
        rows.append((line, columns))
        end += 1
    groups = _spaced_rows(rows, settings) if table else None
    if groups is None:
        groups = [[]]
        for number, (line, columns) in enumerate(rows):
            # a new row: a line in the first column; after a bold header row (and its wrapped lines) any line
            if number not in wrapped and table and groups[-1] and (columns[0] == 0 or (header and len(groups) == 1)):
                groups.append([])
            groups[-1].append((line, columns))
    right = max(line.x1 for line, _ in rows)
    return [_table_draft(group, anchors, right) for group in groups], end


def _spaced_rows(
    rows: Sequence[tuple[Line, list[int | None]]], settings: LayoutSettings
) -> list[list[tuple[Line, list[int | None]]]] | None:
    """A table's rows parted by their spacing, when its rows stand wider apart than its lines and each spaced group
    holds one line with text in the first column: a code set level with a cell's last or middle line ("Ta fram en
    skyfallsmodell …" over "KA1.1 | den vart femte år"), which the first-column rule would put in the row above.
    None when the spacing does not part the rows so (uniform spacing, a cell of two paragraphs)."""
    gaps = [line.top - above.bottom for (above, _), (line, _) in itertools.pairwise(rows)]
    if len(gaps) < 2:
        return None
    parting = min(gaps) + settings.row_gap_ems * rows[0][0].size
    groups: list[list[tuple[Line, list[int | None]]]] = [[rows[0]]]
    for gap, row in zip(gaps, rows[1:], strict=True):
        if gap > parting:
            groups.append([])
        groups[-1].append(row)
    one_each = all(sum(1 for _, columns in group if columns[0] == 0) == 1 for group in groups)
    moved = any(group[0][1][0] != 0 for group in groups)
    return groups if len(groups) >= 3 and one_each and moved else None


def _wraps_header(line: Line, above: Line, settings: LayoutSettings) -> bool:
    """A bold line tight under a bold header line, its size: a header cell wrapped, not a row nor a heading."""
    same = all(_is_bold(s) and _size_key(s.size) == _size_key(above.segments[0].size) for s in line.segments)
    return same and line.top - above.bottom <= settings.wrapped_header_gap_ems * above.size


def _table_draft(rows: Sequence[tuple[Line, list[int | None]]], anchors: Sequence[float], right: float) -> Draft:
    cells: list[list[Part]] = [[] for _ in anchors]
    for line, columns in rows:
        for segment, column in zip(line.segments, columns, strict=True):
            cells[column if column is not None else 0].append((line.page, segment))
    top, bottom = min(line.top for line, _ in rows), max(line.bottom for line, _ in rows)
    edges = [*anchors[1:], right]
    boxes = [(x0, top, max(x0, x1 - 1), bottom) for x0, x1 in zip(anchors, edges, strict=True)]
    parts = [part for cell in cells for part in cell]
    return Draft(kind="table_row", parts=parts, columns=cells, cell_boxes=boxes)


def _ruled_row(row: TableRow) -> Draft:
    columns = [[(row.page, segment) for line in cell for segment in line.segments] for cell in row.cells]
    parts = [part for column in columns for part in column]
    return Draft(kind="table_row", parts=parts, columns=columns, cell_boxes=list(row.boxes))


def _continues_heading(current: Draft, segment: Segment, typography: Typography) -> bool:
    """A heading's wrapped line without letters ("2018–2025" under "Strategi för ... stad"): same size and weight."""
    if current.kind != "heading" or any(map(str.isalpha, segment.text)):
        return False
    last = current.last
    close = segment.top - last.bottom <= typography.settings.heading_gap_ems * segment.size
    return close and _size_key(segment.size) == _size_key(last.size) and _is_bold(segment) == _is_bold(last)


def _page_drafts(lines: Sequence[Line], typography: Typography, rows: Sequence[TableRow] = ()) -> list[Draft]:
    drafts: list[Draft] = []
    right_edge = max((line.x1 for line in lines), default=0.0)
    pending = sorted(rows, key=lambda row: row.top)
    index = 0
    while index < len(lines) or pending:
        if pending and (index == len(lines) or pending[0].top <= lines[index].top):
            drafts.append(_ruled_row(pending.pop(0)))
            continue
        line = lines[index]
        if len(line.segments) > 1:
            table, index = _take_table(lines, index, typography)
            drafts.extend(table)
            continue
        index += 1
        segment = line.segments[0]
        current = drafts[-1] if drafts else None
        part = (line.page, segment)
        if current is not None and _continues_heading(current, segment, typography):
            current.parts.append(part)
            continue
        if is_heading(segment, typography.body_size, typography.settings):
            style = (_size_key(segment.size), _is_bold(segment))
            if (
                current is not None
                and current.kind == "heading"
                and (current.level == typography.levels[style] or lower_case_rest(segment.text))
                and segment.top - current.last.bottom <= typography.settings.heading_gap_ems * segment.size
            ):
                current.parts.append(part)
            else:
                drafts.append(Draft(kind="heading", parts=[part], level=typography.levels[style]))
            continue
        continues = _continues(current, segment, typography, right_edge)
        mark = find_marker(segment, not continues, typography.settings)
        if mark:
            drafts.append(Draft("list_item", [part], marker=mark.marker, marker_units=mark.units, text_x0=mark.text_x0))
        elif continues and current is not None:
            current.parts.append(part)
        else:
            drafts.append(Draft(kind="paragraph", parts=[part], text_x0=segment.x0))
    return drafts


def _continues_across(above: Draft, below: Draft, settings: LayoutSettings) -> bool:
    """Whether the first block of a page carries on the last block of the page before."""
    if above.kind not in ("paragraph", "list_item") or below.kind != "paragraph":
        return False
    first = below.parts[0][1]
    if abs(first.size - above.last.size) > settings.same_size_points:
        return False
    if ends_sentence(above.text_so_far()) and not first.text[:1].islower():
        return False
    before = above.text_so_far().rstrip()
    if not ends_sentence(before) and (first.text[:1].islower() or before.endswith((",", ";"))):
        return True  # a sentence broken by the page break, however the next page indents it
    tolerance = settings.indent_ems * first.size
    if above.kind == "list_item":
        return first.x0 >= above.text_x0 - tolerance
    return abs(first.x0 - above.left) <= tolerance


def _join_page_breaks(pages: Sequence[list[Draft]], settings: LayoutSettings) -> list[Draft]:
    joined: list[Draft] = []
    for drafts in pages:
        if joined and drafts and _continues_across(joined[-1], drafts[0], settings):
            joined[-1].parts.extend(drafts[0].parts)
            drafts = drafts[1:]
        joined.extend(drafts)
    return joined


def build_blocks(
    pages: Sequence[Sequence[Line]],
    sizes: dict[int, tuple[float, float]],
    tables: Sequence[Sequence[TableRow]] = (),
    settings: LayoutSettings = DEFAULT_LAYOUT,
) -> list[Block]:
    """Body lines of every page (furniture already removed) and ruled table rows to the document's blocks.

    ``sizes`` maps page number to ``(width, height)``, to keep every box on its page.
    """
    tables = tables or [[] for _ in pages]
    # a page in two text columns is read column by column (a page with ruled tables as it stands)
    read = document_parts(pages, [bool(rows) for rows in tables], settings)
    parts = [(part, rows) for page_parts, rows in zip(read, tables, strict=True) for part in page_parts]
    typography = measure_typography([line for part, _ in parts for line in part], settings)
    drafts = _join_page_breaks([_page_drafts(part, typography, rows) for part, rows in parts], settings)
    return [finish(draft, sizes) for draft in drafts]
