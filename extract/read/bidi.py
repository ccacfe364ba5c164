"""Right-to-left writing (Arabic, Hebrew): lines read from the right edge, numbers and Latin words from the left.

A page whose letters are mostly of a right-to-left script is read on a frame
mirrored left to right (``orientation.Frame.rtl``), so that the layout stage,
which reads from the left, meets its words in reading order. What is written
left to right inside such a line (a number, a date, a Latin name) then comes
out back to front; :func:`restore_left_to_right` turns those runs round again,
as the Unicode bidirectional algorithm's reordering does for a right-to-left line.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

import numpy as np

from atgard.extract.read.glyphs import Flags, Indices, Line, Segment, Unit

_RTL = frozenset({"R", "AL"})
_BRACKETS = {char: pair for pair in ("()", "[]", "{}") for char in pair}


@functools.lru_cache(maxsize=4096)
def is_rtl_letter(text: str) -> bool:
    """Cached: every page asks it of each of its distinct characters, which pages repeat.

    >>> is_rtl_letter("ש"), is_rtl_letter("ب"), is_rtl_letter("a"), is_rtl_letter("1")
    (True, True, False, False)
    """
    return any(unicodedata.bidirectional(char) in _RTL for char in text)


def any_rtl_letter(texts: Iterable[str]) -> bool:
    """Whether any of these texts holds a right-to-left letter (most pages' none: no need to count them)."""
    return any(is_rtl_letter(text) for text in texts)


def mostly_rtl(texts: Iterable[str], text_id: Indices, printed: Flags) -> bool:
    """Most of the page's letters are of a right-to-left script."""
    ids = list(texts)
    rtl = np.array([is_rtl_letter(text) for text in ids], dtype=np.bool_)
    letter = np.array([any(char.isalpha() for char in text) for text in ids], dtype=np.bool_)
    if not len(ids):
        return False
    chosen = text_id[printed]
    return int(rtl[chosen].sum()) * 2 > int(letter[chosen].sum())


def _is_ltr(unit: Unit) -> bool:
    return any(unicodedata.bidirectional(char) in ("L", "EN", "AN") for char in unit.text)


def restore_left_to_right(lines: list[Line]) -> list[Line]:
    """Lines of a mirrored (right-to-left) page with their left-to-right runs read the right way round.

    >>> def line(*texts): return Line(1, [Segment([Unit(t, False, False, i, i + 1) for i, t in enumerate(texts)],
    ...                                      0, len(texts), 0, 10, 10, 0.0)])
    >>> restore_left_to_right([line("שלום", " ", "3102", " ", "(", "kroY", " ", "weN", "(")])[0].text
    'שלום 2013 (New York)'
    """
    return [Line(page=line.page, segments=[_segment(segment) for segment in line.segments]) for line in lines]


def _segment(segment: Segment) -> Segment:
    units = segment.units
    restored: list[Unit] = []
    i = 0
    while i < len(units):
        if not _is_ltr(units[i]):
            restored.append(units[i])
            i += 1
            continue
        end = i  # a run: left-to-right units and what stands between two of them
        while end + 1 < len(units) and (_is_ltr(units[end + 1]) or _between_ltr(units, end + 1)):
            end += 1
        restored.extend(_reversed_unit(unit) for unit in reversed(units[i : end + 1]))
        i = end + 1
    restored = _balanced_brackets(restored)
    return segment.with_units(restored) if restored != units else segment


def _between_ltr(units: list[Unit], index: int) -> bool:
    """A space or mark with left-to-right text on both sides within the run."""
    if is_rtl_letter(units[index].text):
        return False
    after = next((u for u in units[index + 1 :] if u.text.strip()), None)
    return after is not None and _is_ltr(after) and not units[index].text.isalpha()


def _reversed_unit(unit: Unit) -> Unit:
    return Unit(unit.text[::-1], unit.italic, unit.bold, unit.x0, unit.x1)


def _balanced_brackets(units: list[Unit]) -> list[Unit]:
    """Brackets of a right-to-left line, opening and closing in turn.

    Whether a bracket comes out as "(" or ")" from a right-to-left line depends on
    the parser (PDFium mirrors some, pdfminer none); in reading order they open
    and close in turn, as they do in text that does not nest them.
    """
    fixed: list[Unit] = []
    open_now: dict[str, bool] = {}
    for unit in units:
        pair = _BRACKETS.get(unit.text)
        if pair is None:
            fixed.append(unit)
            continue
        opening = not open_now.get(pair, False)
        open_now[pair] = opening
        text = pair[0] if opening else pair[1]
        fixed.append(unit if text == unit.text else Unit(text, unit.italic, unit.bold, unit.x0, unit.x1))
    return fixed
