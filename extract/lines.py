"""Glyphs to lines: the geometry the block builder works on.

A *line* is every glyph whose vertical centre lies in one band of the page;
it is cut into *segments* wherever a gap is wider than a tab stop, so that
side-by-side boxes ("Handläggare | Till", two-column signatures) stay apart.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from atgard.extract.text import is_combining, normalize_glyph

# A gap wider than this many font sizes separates two columns (a tab stop or
# a table gutter); ordinary and justified word spaces stay well below it.
COLUMN_GAP_EMS = 2.0
# A gap wider than this many font sizes is a word space even where the PDF
# has no space glyph.
WORD_GAP_EMS = 0.15
# Fake bold prints a line twice a hair apart: the same glyph this close (in
# font sizes) to the one before it is one glyph. Real neighbours ("ll", "..")
# are at least 0.25 em apart.
DUPLICATE_EMS = 0.15


class Glyph(NamedTuple):
    """One character of the text layer, as the backend reported it (a tuple: pages hold thousands)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    italic: bool = False

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(slots=True)
class Unit:
    """A piece of segment text with its style and horizontal extent: a word's letters and digits, or one other glyph."""

    text: str
    italic: bool
    bold: bool
    x0: float
    x1: float


@dataclass(slots=True)
class Segment:
    """A run of glyphs on one line with no column gap inside."""

    units: list[Unit]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold_share: float
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = "".join(unit.text for unit in self.units)


@dataclass(slots=True)
class Line:
    page: int
    segments: list[Segment]

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @property
    def top(self) -> float:
        return min(segment.top for segment in self.segments)

    @property
    def bottom(self) -> float:
        return max(segment.bottom for segment in self.segments)

    @property
    def size(self) -> float:
        return max(segment.size for segment in self.segments)

    @property
    def text(self) -> str:
        return "   ".join(segment.text for segment in self.segments)


def group_lines(glyphs: Iterable[Glyph], page: int) -> list[Line]:
    """Cluster a page's glyphs into lines, top to bottom, each cut into segments."""
    ordered = sorted((((glyph.top + glyph.bottom) / 2, glyph) for glyph in glyphs), key=_first)
    bands: list[list[Glyph]] = []
    band_centre = band_size = 0.0
    for centre, glyph in ordered:
        if bands and centre - band_centre <= 0.5 * max(band_size, glyph.size):
            bands[-1].append(glyph)
            continue
        bands.append([glyph])
        band_centre, band_size = centre, glyph.size
    lines = []
    for band in bands:
        segments = _segments(sorted(band, key=_left))
        if segments:
            lines.append(Line(page=page, segments=segments))
    return lines


_first = operator.itemgetter(0)
_left = operator.itemgetter(1)  # Glyph.x0


def _segments(glyphs: Sequence[Glyph]) -> list[Segment]:
    """Cut a line's glyphs (left to right) at column gaps; spaces come from glyphs or gaps."""
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
            if glyph.text == previous.text and _same_spot(previous, glyph):
                continue  # printed twice (fake bold): read once
            gap = glyph.x0 - previous.x1
            if gap > COLUMN_GAP_EMS * (glyph.size if glyph.size > previous.size else previous.size):
                segments.append(_segment(current, units))
                current, units, pending_space = [], [], False
            elif combining and units:
                units[-1].text = normalize_glyph(units[-1].text + text)
                continue
            elif pending_space or gap > WORD_GAP_EMS * glyph.size:
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


def _same_spot(previous: Glyph, glyph: Glyph) -> bool:
    tolerance = DUPLICATE_EMS * glyph.size
    return glyph.x0 - previous.x0 <= tolerance and abs(glyph.top - previous.top) <= tolerance


def _segment(glyphs: Sequence[Glyph], units: list[Unit]) -> Segment:
    sizes: dict[float, int] = {}
    x0, top, x1, bottom = glyphs[0].x0, glyphs[0].top, glyphs[0].x1, glyphs[0].bottom
    bold = 0
    for glyph in glyphs:  # one pass: this runs for every segment of every page
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
