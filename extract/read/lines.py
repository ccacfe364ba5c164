"""Glyphs to lines: the geometry the block builder works on.

A *line* is every glyph whose vertical centre lies in one band of the page;
it is cut into *segments* wherever a gap is wider than a tab stop, so that
side-by-side boxes ("Handläggare | Till", two-column signatures) stay apart.

A page holds thousands of glyphs, so they travel as columns (:class:`Glyphs`,
numpy arrays) and each rule below is one array operation over the page. The
rules that depend on what came before (a glyph printed twice for fake bold,
a combining mark joining the glyph before it) are rare: a line that has one
is read glyph by glyph instead (:func:`_segments`), which is also the
reference the column rules are tested against.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np

from atgard.extract.read import helper
from atgard.extract.read.glyphs import Flags, Floats, Glyph, Glyphs, Indices, Line, Segment, Unit
from atgard.extract.read.runs import Placed, run_by_run, steps_back
from atgard.extract.read.settings import DEFAULT_LAYOUT, LayoutSettings
from atgard.extract.read.text import is_combining, normalize_glyph

# Up to this many glyphs, reading glyph by glyph costs fewer instructions than the column rules (measured:
# about 19,000 per glyph against a fixed 700,000 more for the rules' array operations).
FEW_GLYPHS = 32


def group_lines(
    glyphs: Glyphs | Iterable[Glyph],
    page: int,
    *,
    by_columns: bool | None = None,
    settings: LayoutSettings = DEFAULT_LAYOUT,
) -> list[Line]:
    """Cluster a page's glyphs into lines, top to bottom, each cut into segments.

    ``by_columns=False`` reads every line glyph by glyph: the same result,
    slower on a page; the tests compare the two (``by_columns=True``). By default a few
    glyphs (a table cell's) are read glyph by glyph, where the column rules' fixed cost is the larger.
    Gaps are measured in font sizes (``settings``: column gap, word gap, fake bold's double print).
    """
    columns = glyphs if isinstance(glyphs, Glyphs) else Glyphs.of(glyphs)
    if not len(columns):
        return []
    order, band = _reading_order(columns, settings)
    rows: list[Glyph] | None = None  # every glyph in reading order, when every line is read glyph by glyph
    if by_columns or (by_columns is None and len(columns) > FEW_GLYPHS):
        built, sequential = _lines_by_columns(columns, order, band, settings)
    else:
        built, sequential, rows = {}, set(band.tolist()), columns.rows(order)
    lines = []
    starts = np.flatnonzero(np.diff(band, prepend=-1)).tolist()
    for number, (start, end) in enumerate(zip(starts, [*starts[1:], len(order)], strict=True)):
        if number in sequential:
            segments = _segments(rows[start:end] if rows is not None else columns.rows(order[start:end]), settings)
        else:
            segments = built.get(number, [])
        if segments:
            lines.append(Line(page=page, segments=segments))
    return lines


def _reading_order(glyphs: Glyphs, settings: LayoutSettings = DEFAULT_LAYOUT) -> tuple[Indices, Indices]:
    """Glyph positions line by line, left to right within a line, and each one's line (band) number.

    A glyph joins the band above when its centre is within half a font size
    of the band's first centre; ties keep the order of the centres. A line
    with a run of text drawn across another is read run by run (runs.py).
    """
    centre = (glyphs.top + glyphs.bottom) / 2
    by_centre = np.argsort(centre, kind="stable")
    centre, size = centre[by_centre], glyphs.size[by_centre]
    band_of = _bands(centre, size) if helper.HELPER is None else _bands_in_c(centre, size)
    # Stable: equal starts keep the order of the centres, and so the content's order. Starts are compared to
    # a hundredth of a point: a page turned to read computes them afresh, and two glyphs set at one origin
    # (a space, then the letter over it) must not swap for a rounding difference.
    left_to_right = _by_band_then_x(band_of, glyphs.x0[by_centre])
    order, line_of = by_centre[left_to_right], band_of[left_to_right]
    return _runs_kept_whole(glyphs, order, line_of, settings), line_of


def _by_band_then_x(band: Indices, x: Floats) -> Indices:
    """Positions sorted (stably) by band, then by ``x`` to a hundredth: ``np.lexsort((np.round(x, 2), band))``.

    One sort of a whole-number key, ten times faster than the two-key sort: ``np.round(x, 2)`` is
    ``rint(x * 100) / 100``, which orders as ``rint(x * 100)`` does. Other values take the two-key sort.

    >>> _by_band_then_x(np.array([0, 0, 1, 1]), np.array([5.004, 5.0, 2.0, 1.0])).tolist()
    [0, 1, 3, 2]
    """
    hundredths = np.rint(x * 100)
    if not len(x) or not np.isfinite(hundredths).all() or np.abs(hundredths).max() >= 2**40 or band[-1] >= 2**20:
        return np.lexsort((np.round(x, 2), band))
    keys = hundredths.astype(np.int64)
    keys -= keys.min()
    return np.argsort(band * (int(keys.max()) + 1) + keys, kind="stable")


def _bands(centre: Floats, size: Floats) -> Indices:
    """Each glyph's band, the glyphs sorted by centre (see :func:`_reading_order`); the compiled helper has the
    same loop (native/pdfium_chars.c, :func:`_bands_in_c`), which reads a page's glyphs a score of times faster."""
    band_of = np.empty(len(centre), dtype=np.intp)
    largest = float(size.max())
    start = band = 0
    while start < len(centre):
        first, first_size = centre[start], size[start]
        # Centres are sorted: beyond this one (with a point to spare for rounding) no glyph can join the band.
        limit = max(int(np.searchsorted(centre, first + 0.5 * largest + 1.0, side="right")), start + 1)
        outside = centre[start + 1 : limit] - first > 0.5 * np.maximum(first_size, size[start + 1 : limit])
        end = start + 1 + int(np.argmax(outside)) if outside.any() else limit
        band_of[start:end] = band
        start, band = end, band + 1
    return band_of


def _bands_in_c(centre: Floats, size: Floats) -> Indices:
    centre, size = np.ascontiguousarray(centre, dtype=np.float64), np.ascontiguousarray(size, dtype=np.float64)
    band_of = np.empty(len(centre), dtype=np.intp)
    assert helper.HELPER is not None  # asked only when the helper is compiled
    helper.HELPER.atgard_bands(
        len(centre), centre.ctypes.data, size.ctypes.data, float(size.max()), band_of.ctypes.data
    )
    return band_of


def _runs_kept_whole(glyphs: Glyphs, order: Indices, band: Indices, settings: LayoutSettings) -> Indices:
    """``order`` with each line that has runs drawn across one another read run by run.

    Only a line whose content goes back somewhere (a later glyph left of an earlier one) can have
    them; most pages have none, and their order is returned as it is.
    """
    back = np.flatnonzero((order[1:] < order[:-1]) & (band[1:] == band[:-1]))
    if not len(back):
        return order
    placed = Placed(glyphs.x0, glyphs.x1, glyphs.top, glyphs.size, glyphs.text_id)
    bounds = np.flatnonzero(np.diff(band, prepend=-1, append=-1))
    for number in np.unique(band[back]).tolist():
        start, end = bounds[number], bounds[number + 1]
        order[start:end] = run_by_run(order[start:end], placed, settings.backstep_ems, settings.duplicate_ems)
    return order


class _TextFacts(NamedTuple):
    normal: tuple[str, ...]  # the glyph's text in the block
    skipped: Flags  # a space, or nothing: not a glyph of the line's text
    space: Flags
    combining: Flags
    word: Flags  # a letter or digit: joins the word unit before it
    ends_word: Flags  # its text ends in a letter or digit: a word can go on after it
    length: Indices  # of the text in the block


@functools.lru_cache(maxsize=16)
def _text_facts(texts: tuple[str, ...]) -> _TextFacts:
    """Cached: a page's glyphs share one list of texts, read for the page and again for each table cell."""
    facts = [_glyph_text(text) for text in texts]
    normal = tuple(text for text, _, _ in facts)
    columns = (
        np.array([text in ("", " ") for text in normal], dtype=np.bool_),
        np.array([text == " " for text in normal], dtype=np.bool_),
        np.array([combining for _, combining, _ in facts], dtype=np.bool_),
        np.array([word for _, _, word in facts], dtype=np.bool_),
        np.array([text[-1:].isalnum() for text in normal], dtype=np.bool_),
        np.array([len(text) for text in normal], dtype=np.intp),
    )
    for column in columns:
        column.flags.writeable = False  # shared by every call with these texts
    return _TextFacts(normal, *columns)


def _lines_by_columns(
    glyphs: Glyphs, order: Indices, band: Indices, settings: LayoutSettings = DEFAULT_LAYOUT
) -> tuple[dict[int, list[Segment]], set[int]]:
    """Each line's segments, by band number, and the bands that must be read glyph by glyph instead.

    The rules of :func:`_segments`, each one array operation over the page.
    """
    facts = _text_facts(tuple(glyphs.texts))
    ids = glyphs.text_id[order]
    spaces_before = np.cumsum(facts.space[ids])  # spaces up to each position in reading order
    kept = np.flatnonzero(~facts.skipped[ids])  # reading positions of the line's glyphs
    if not len(kept):
        return {}, set()
    at = order[kept]
    text_id, line = glyphs.text_id[at], band[kept]
    x0, x1, top, bottom, size = glyphs.x0[at], glyphs.x1[at], glyphs.top[at], glyphs.bottom[at], glyphs.size[at]
    bold, italic = glyphs.bold[at], glyphs.italic[at]

    # Each rule compares a glyph with the one before it ([1:] against [:-1]).
    new_line = np.ones(len(kept), dtype=np.bool_)
    new_line[1:] = line[1:] != line[:-1]
    gap = np.zeros(len(kept))
    gap[1:] = x0[1:] - x1[:-1]
    widest = np.maximum(size, np.concatenate(([0.0], size[:-1])))
    starts_segment = new_line | (gap > settings.column_gap_ems * widest)
    tolerance = settings.duplicate_ems * size
    printed_twice = np.zeros(len(kept), dtype=np.bool_)
    printed_twice[1:] = (
        (text_id[1:] == text_id[:-1])
        & (np.abs(x0[1:] - x0[:-1]) <= tolerance[1:])
        & (np.abs(top[1:] - top[:-1]) <= tolerance[1:])
    )
    joins_mark = facts.combining[text_id] & ~starts_segment
    sequential = set(line[(printed_twice & ~new_line) | joins_mark].tolist())

    pending_space = np.zeros(len(kept), dtype=np.bool_)
    pending_space[1:] = spaces_before[kept[1:]] > spaces_before[kept[:-1]]
    run_starts = np.zeros(len(kept), dtype=np.bool_)  # a run drawn across the one before it (runs.py)
    run_starts[1:] = steps_back(x0, size, settings.backstep_ems)
    word_space = ~starts_segment & (pending_space | (gap > settings.word_gap_ems * size) | run_starts)
    joins_word = np.zeros(len(kept), dtype=np.bool_)
    joins_word[1:] = (
        facts.word[text_id[1:]] & facts.ends_word[text_id[:-1]] & (bold[1:] == bold[:-1]) & (italic[1:] == italic[:-1])
    )
    joins_word &= ~starts_segment & ~word_space
    segments = _build_segments(
        list(map(facts.normal.__getitem__, text_id.tolist())),
        facts.length[text_id],
        (x0, x1, top, bottom, size, bold, italic),
        line,
        starts_segment,
        word_space,
        joins_word,
        sequential,
    )
    return segments, sequential


def _build_segments(
    texts: list[str],
    lengths: Indices,
    columns: tuple[Floats, Floats, Floats, Floats, Floats, Flags, Flags],
    line: Indices,
    starts_segment: Flags,
    word_space: Flags,
    joins_word: Flags,
    skip: set[int],
) -> dict[int, list[Segment]]:
    """Segments and their units from the per-glyph decisions (units are the objects the block builder reads)."""
    x0, x1, _, _, _, bold, italic = columns
    firsts = np.flatnonzero(~joins_word)  # each unit's first glyph
    lasts = np.append(firsts[1:], len(texts)) - 1
    ends = np.cumsum(lengths)
    starts = np.append(0, ends)[firsts]  # where each unit's text starts in the page's text
    page_text = "".join(texts)
    # Units are made by ``map`` over columns, not in a loop over glyphs: a page makes thousands.
    words = list(
        map(
            Unit,
            map(page_text.__getitem__, map(slice, starts.tolist(), ends[lasts].tolist())),
            italic[firsts].tolist(),
            bold[firsts].tolist(),
            x0[firsts].tolist(),
            x1[lasts].tolist(),
        )
    )
    spaced = firsts[word_space[firsts]]  # the first glyphs of units a word space goes before (never glyph 0)
    spaces = map(
        Unit,
        itertools.repeat(" "),
        (italic[spaced - 1] & italic[spaced]).tolist(),
        (bold[spaced - 1] & bold[spaced]).tolist(),
        x1[spaced - 1].tolist(),
        x0[spaced].tolist(),
    )
    unit_index = np.arange(len(firsts)) + np.cumsum(word_space[firsts])  # each word unit's place among units
    units = _interleaved(words, unit_index, spaces, unit_index[word_space[firsts]] - 1)
    # Where each segment's units begin in ``units`` (a segment never begins with a word space).
    begins = np.flatnonzero(starts_segment)
    bounds = np.append(unit_index[np.searchsorted(firsts, begins)], len(units)).tolist()
    built: dict[int, list[Segment]] = {}
    boxes = _segment_bounds(columns, begins)
    for n, (number, box) in enumerate(zip(line[begins].tolist(), boxes, strict=True)):
        if number not in skip:
            built.setdefault(number, []).append(Segment(units[bounds[n] : bounds[n + 1]], *box))
    return built


def _interleaved(words: list[Unit], at: Indices, spaces: Iterable[Unit], space_at: Indices) -> list[Unit]:
    """The word units at positions ``at`` and the space units at ``space_at`` of one list."""
    units = np.empty(len(at) + len(space_at), dtype=object)
    # fromiter: ``np.array`` would look into every unit for a nested sequence.
    units[at] = np.fromiter(words, dtype=object, count=len(at))
    units[space_at] = np.fromiter(spaces, dtype=object, count=len(space_at))
    return units.tolist()


def _segment_bounds(
    columns: tuple[Floats, Floats, Floats, Floats, Floats, Flags, Flags], begins: Indices
) -> list[tuple[float, float, float, float, float, float]]:
    """Each segment's box, most common size (to the half point, the larger on a tie) and share of bold glyphs."""
    x0, x1, top, bottom, size, bold, _ = columns
    counts = np.diff(np.append(begins, len(x0)))
    rounded = np.round(size * 2) / 2
    smallest, largest = np.minimum.reduceat(rounded, begins), np.maximum.reduceat(rounded, begins)
    common = smallest.tolist()
    for n in np.flatnonzero(smallest != largest).tolist():
        sizes = Counter(rounded[begins[n] : begins[n] + counts[n]].tolist())
        common[n] = max(sizes, key=lambda s: (sizes[s], s))
    return list(
        zip(
            np.minimum.reduceat(x0, begins).tolist(),
            np.maximum.reduceat(x1, begins).tolist(),
            np.minimum.reduceat(top, begins).tolist(),
            np.maximum.reduceat(bottom, begins).tolist(),
            common,
            (np.add.reduceat(bold.astype(np.intp), begins) / counts).tolist(),
            strict=True,
        )
    )


def _segments(glyphs: Sequence[Glyph], settings: LayoutSettings = DEFAULT_LAYOUT) -> list[Segment]:
    """Cut a line's glyphs (left to right) at column gaps, glyph by glyph; spaces come from glyphs or gaps."""
    segments: list[Segment] = []
    current: list[Glyph] = []
    pending_space = False
    units: list[Unit] = []
    for glyph in glyphs:
        text, combining, word = _glyph_text(glyph.text)
        if text == " " or not text:
            pending_space = pending_space or text == " "
            continue
        if current:
            previous = current[-1]
            if glyph.text == previous.text and _same_spot(previous, glyph, settings.duplicate_ems):
                continue  # printed twice (fake bold): read once
            gap = glyph.x0 - previous.x1
            if gap > settings.column_gap_ems * (glyph.size if glyph.size > previous.size else previous.size):
                segments.append(_segment(current, units))
                current, units, pending_space = [], [], False
            elif combining and units:
                units[-1].text = normalize_glyph(units[-1].text + text)
                continue
            elif (
                pending_space
                or gap > settings.word_gap_ems * glyph.size
                or glyph.x0 < previous.x0 - settings.backstep_ems * glyph.size
            ):
                both_italic = previous.italic and glyph.italic
                both_bold = previous.bold and glyph.bold
                units.append(Unit(" ", both_italic, both_bold, previous.x1, glyph.x0))
        pending_space = False
        current.append(glyph)
        last = units[-1] if word and units else None
        if last is not None and last.italic == glyph.italic and last.bold == glyph.bold and last.text[-1:].isalnum():
            # Letters and digits of one word in one style share a unit: a page holds
            # thousands of glyphs, and every page's lines are kept until furniture is known.
            last.text += text
            last.x1 = glyph.x1
        else:
            units.append(Unit(text, glyph.italic, glyph.bold, glyph.x0, glyph.x1))
    if current:
        segments.append(_segment(current, units))
    return segments


@functools.lru_cache(maxsize=4096)
def _glyph_text(text: str) -> tuple[str, bool, bool]:
    """A glyph's text in the block, whether it is a combining mark, and whether it can join a word's unit.

    Cached: a page repeats a few hundred distinct glyphs. Only letters and
    digits join; spaces, punctuation and list markers stay units of their own.
    """
    normal = normalize_glyph(text)
    return normal, is_combining(normal), normal.isalnum()


def _same_spot(previous: Glyph, glyph: Glyph, ems: float) -> bool:
    """Fake bold prints a line twice a hair apart; real neighbours ("ll", "..") are at least 0.25 em apart."""
    tolerance = ems * glyph.size
    return abs(glyph.x0 - previous.x0) <= tolerance and abs(glyph.top - previous.top) <= tolerance


def _segment(glyphs: Sequence[Glyph], units: list[Unit]) -> Segment:
    sizes: dict[float, int] = {}
    x0, top, x1, bottom = glyphs[0].x0, glyphs[0].top, glyphs[0].x1, glyphs[0].bottom
    bold = 0
    for glyph in glyphs:
        key = round(glyph.size * 2) / 2
        sizes[key] = sizes.get(key, 0) + 1
        if glyph.x0 < x0:
            x0 = glyph.x0
        if glyph.x1 > x1:
            x1 = glyph.x1
        if glyph.top < top:
            top = glyph.top
        if glyph.bottom > bottom:
            bottom = glyph.bottom
        bold += glyph.bold
    return Segment(
        units=units,
        x0=x0,
        x1=x1,
        top=top,
        bottom=bottom,
        size=max(sizes, key=lambda s: (sizes[s], s)),
        bold_share=bold / len(glyphs),
    )


def body_size(lines: Iterable[Line]) -> float:
    """The size most characters are set in, to the half point (ties to the smaller); 12 for no text.

    The one definition: headings, small print and OCR's even sizes are all relative to it.
    """
    sizes: Counter[float] = Counter()
    for line in lines:
        for segment in line.segments:
            sizes[round(segment.size * 2) / 2] += len(segment.text)
    return max(sizes, key=lambda s: (sizes[s], -s)) if sizes else 12.0
