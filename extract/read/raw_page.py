"""What a reading backend hands on: one page's characters and ruling edges, in page coordinates.

Both backends (PDFium, the default, and pdfplumber, the reference) produce
these, and everything after them is shared, so the two give the same blocks.
Coordinates are PDF points from the page's top-left corner as displayed
(rotation and a MediaBox not at the origin are taken out), ``top`` growing
downwards, as in pdfplumber. A character's ``direction`` is the angle its
baseline makes on the displayed page, in whole degrees clockwise (0: upright,
90: reading downwards, 180: upside down); ``x0`` and ``baseline`` are its
origin on the displayed page and ``x1 - x0`` its advance along its baseline,
so that for upright text they are its left, right and baseline. The page is
read in the direction most of its text reads (``orientation.py``).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from atgard.extract.read.bidi import any_rtl_letter, mostly_rtl
from atgard.extract.read.glyphs import Flags, Floats, Glyphs, Indices
from atgard.extract.read.orientation import Frame, reading_direction
from atgard.extract.read.patterns import BOLD_FONT, ITALIC_FONT

# A glyph's box is its em square set on the baseline: 0.8 em above it, 0.2 em
# below, the usual split of a text face. Fonts' own ascent and descent are
# not used: LibreOffice writes 0 for both, and PDFium and pdfminer fall back
# to different values, so boxes would differ by backend and miss descenders.
ASCENT_EMS = 0.8
DESCENT_EMS = 1.0 - ASCENT_EMS


class RawChar(NamedTuple):
    """One character of the text layer as a backend reports it."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    fontname: str
    direction: int = 0  # degrees clockwise (orientation.direction_of)


@dataclass(frozen=True)
class RawChars:
    """A page's characters as columns (a page holds thousands): character ``i`` is ``texts[text_id[i]]``.

    ``texts`` and ``fonts`` hold each distinct text and font name once; ``x0`` and
    ``baseline`` are the origin on the displayed page, ``x1 - x0`` the advance.
    """

    texts: Sequence[str]
    text_id: Indices
    x0: Floats
    x1: Floats
    baseline: Floats
    size: Floats
    fonts: Sequence[str]
    font_id: Indices
    direction: Indices

    @classmethod
    def of(cls, chars: Sequence[RawChar]) -> RawChars:
        texts: dict[str, int] = {}
        fonts: dict[str, int] = {}
        text_id = [texts.setdefault(char.text, len(texts)) for char in chars]
        font_id = [fonts.setdefault(char.fontname, len(fonts)) for char in chars]
        return cls(
            list(texts),
            np.array(text_id, dtype=np.intp),
            np.array([char[1] for char in chars], dtype=np.float64),
            np.array([char[2] for char in chars], dtype=np.float64),
            np.array([char[3] for char in chars], dtype=np.float64),
            np.array([char[4] for char in chars], dtype=np.float64),
            list(fonts),
            np.array(font_id, dtype=np.intp),
            np.array([char.direction for char in chars], dtype=np.intp),
        )

    def __len__(self) -> int:
        return len(self.text_id)

    @functools.cached_property
    def printed(self) -> Flags:
        """The characters that print something (not a space, not a line break); made once, asked three times a
        page (its frame, its asides, the text layer's count)."""
        blank = np.array([not text.strip() for text in self.texts], dtype=np.bool_)
        printed = ~blank[self.text_id] if len(blank) else np.zeros(len(self), dtype=np.bool_)
        printed.flags.writeable = False
        return printed


class Edge(NamedTuple):
    """A horizontal (``top == bottom``) or vertical (``x0 == x1``) stretch of a drawn line or box side."""

    x0: float
    top: float
    x1: float
    bottom: float


class RawPage(NamedTuple):
    width: float
    height: float
    chars: RawChars
    edges: list[Edge]
    images: int = 0  # image objects drawn on the page


Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as in PDF


def multiply(first: Matrix, then: Matrix) -> Matrix:
    """The matrix that applies ``first`` and then ``then`` (PDF's row-vector convention)."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    linear = (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2)
    return (*linear, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def display_matrix(mediabox: tuple[float, float, float, float], rotation: int) -> Matrix:
    """PDF user space → the displayed page, top-left origin, y downwards (``/Rotate`` turns clockwise).

    >>> display_matrix((0, 0, 595, 842), 0)
    (1, 0, 0, -1, 0, 842)
    """
    x0, y0, x1, y1 = mediabox
    if rotation == 90:
        return (0, 1, 1, 0, -y0, -x0)
    if rotation == 180:
        return (-1, 0, 0, 1, x1, -y0)
    if rotation == 270:
        return (0, -1, -1, 0, y1, x1)
    return (1, 0, 0, -1, -x0, y1)


def normal_box(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A MediaBox as left, bottom, right, top, whichever corners the file gave, as the file wrote its numbers.

    PDFium keeps boxes as 32-bit floats (595.2 comes back as 595.2000122).

    >>> normal_box((0.0, 792.0, 612.0, 0.0))
    (0.0, 0.0, 612.0, 792.0)
    """
    x0, y0, x1, y1 = (round(value, 3) for value in box)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def displayed_size(mediabox: tuple[float, float, float, float], rotation: int) -> tuple[float, float]:
    """The page's size as shown: its MediaBox, turned by /Rotate.

    The same box the characters are placed in (``display_matrix``) and the one the
    reference backend uses; PDFium's own page size is the CropBox, which may be a
    small window into a large MediaBox, so characters would fall outside the page.

    >>> displayed_size((0.0, 0.0, 2919.7, 2225.2), 270)
    (2225.2, 2919.7)
    """
    left, bottom, right, top = mediabox
    width, height = right - left, top - bottom
    return (height, width) if rotation in (90, 270) else (width, height)


def axis_edges(points: Sequence[tuple[float, float]], tolerance: float = 0.01) -> Iterator[Edge]:
    """The horizontal and vertical stretches between consecutive points of a drawn path (display space).

    >>> list(axis_edges([(10, 20), (110, 20), (110, 60), (50, 90)]))
    [Edge(x0=10, top=20, x1=110, bottom=20), Edge(x0=110, top=20, x1=110, bottom=60)]
    """
    for (xa, ya), (xb, yb) in itertools.pairwise(points):
        if abs(ya - yb) <= tolerance and xa != xb:
            yield Edge(min(xa, xb), ya, max(xa, xb), ya)
        elif abs(xa - xb) <= tolerance and ya != yb:
            yield Edge(xa, min(ya, yb), xa, max(ya, yb))


@functools.lru_cache(maxsize=256)
def style_flags(fontname: str) -> tuple[bool, bool]:
    """Bold and italic from a font's name, the one place PDFs reliably say it.

    >>> style_flags("BAAAAA+LiberationSerif-BoldItalic"), style_flags("Arial,Italic")
    ((True, True), (False, True))
    """
    name = fontname.split("+", 1)[-1]  # drop the subset prefix "BAAAAA+"
    return bool(BOLD_FONT.search(name)), bool(ITALIC_FONT.search(name))


def split_ligatures(x0: Floats, x1: Floats, baseline: Floats) -> tuple[Floats, Floats]:
    """Share a ligature glyph's width among its letters.

    PDFium reports "ﬀ" as "f", "f": the first with no width, both starting where
    the glyph does. Read as they are, the second looks like the first printed
    twice (fake bold) and is dropped. Each letter gets an equal part instead.

    >>> x0, x1 = split_ligatures(np.array([0.0, 6.0, 6.0, 13.0]), np.array([6.0, 6.0, 13.0, 19.0]), np.zeros(4))
    >>> x0.tolist(), x1.tolist()
    ([0.0, 6.0, 9.5, 13.0], [6.0, 9.5, 13.0, 19.0])
    """
    empty = np.flatnonzero(
        (x1[:-1] - x0[:-1] < 0.01) & (np.abs(x0[1:] - x0[:-1]) < 0.01) & (baseline[1:] == baseline[:-1])
    )
    if not len(empty):
        return x0, x1
    x0, x1 = x0.copy(), x1.copy()
    is_empty = np.zeros(len(x0), dtype=np.bool_)
    is_empty[empty] = True
    done = 0
    for start in empty.tolist():
        if start < done:
            continue  # a letter of the run before
        end = start
        while is_empty[end]:
            end += 1  # the letter that carries the glyph's width (the last index is never empty)
        origin, part = x0[start], (x1[end] - x0[start]) / (end - start + 1)
        for n, k in enumerate(range(start, end + 1)):
            x0[k], x1[k] = origin + n * part, origin + (n + 1) * part
        done = end + 1
    return x0, x1


def _touches_page(chars: RawChars, keep: Flags, width: float, height: float) -> Flags:
    """Whether any part of each kept character's box (its advance along the baseline, ascent up, descent down)
    is on the displayed page: the box's corners, turned with the character, bounded."""
    direction = chars.direction[keep]
    radians = np.radians(direction % 360)
    cos, sin = np.cos(radians), np.sin(radians)
    flip = np.where(direction >= 360, -1.0, 1.0)  # mirror writing rises the other way
    size, x0, baseline = chars.size[keep], chars.x0[keep], chars.baseline[keep]
    advance = chars.x1[keep] - x0
    corners_x, corners_y = [], []
    for along in (0.0, advance):
        for up in (flip * ASCENT_EMS * size, -flip * DESCENT_EMS * size):
            corners_x.append(x0 + along * cos + up * sin)
            corners_y.append(baseline + along * sin - up * cos)
    xs: Floats = np.array(corners_x)
    ys: Floats = np.array(corners_y)
    touches: Flags = (
        (xs.max(axis=0) >= 0) & (xs.min(axis=0) <= width) & (ys.max(axis=0) >= 0) & (ys.min(axis=0) <= height)
    )
    return touches


def _word_over_the_side(chars: RawChars, keep: Flags, x0: Floats, x1: Floats, baseline: Floats, on: Flags) -> Flags:
    """The characters of words that a character on the page begins or ends: a heading set too wide for the page
    ("… i tätort" whose "rt" lies past the right side, which the text layer holds). Words are runs of printing
    characters in the order drawn, each beginning where the one before ends, on its baseline."""
    if on.all() or not on.any():
        return on
    blank = np.array([not text.strip() for text in chars.texts], dtype=np.bool_)[chars.text_id[keep]]
    size = chars.size[keep]
    joined = np.zeros(len(on), dtype=np.bool_)  # whether a character goes on the word of the one before it
    joined[1:] = (
        ~blank[1:]
        & ~blank[:-1]
        & (np.abs(x0[1:] - x1[:-1]) <= 0.2 * size[1:])
        & (np.abs(baseline[1:] - baseline[:-1]) <= 0.2 * size[1:])
    )
    word = np.cumsum(~joined) - 1  # each character's word, counted in the order drawn
    return np.isin(word, word[on]) & ~blank


def glyphs_of(chars: RawChars, width: float, height: float, frame: Frame | None = None) -> Glyphs:
    """The characters the layout stage reads: those reading in ``frame``'s direction, on the page, placed on it.

    ``width`` and ``height`` are the displayed page's; ``frame`` (upright by default)
    is the page turned to the direction read, and every box is clipped to it.
    """
    frame = frame or Frame.upright(width, height)
    keep = frame.reads(chars.direction)
    x, baseline = frame.points(chars.x0[keep], chars.baseline[keep])
    advance = chars.x1[keep] - chars.x0[keep]
    if frame.rtl:  # a glyph is drawn rightwards from its origin: read from the right, it ends there
        x = x - advance
    x0, x1 = split_ligatures(x, x + advance, baseline)
    size = chars.size[keep]
    top, bottom = baseline - ASCENT_EMS * size, baseline + DESCENT_EMS * size
    # Wholly off the page, nobody can read it; partly on it, a reader shows the part (and PDFium's page text
    # holds it: a character is in a rectangle's text when their boxes meet).
    on_page = (x1 >= 0) & (x0 <= frame.width) & (bottom >= 0) & (top <= frame.height)
    if frame.turn % 90:  # a slanted frame is the turned page's bounding box: ask the page itself
        on_page &= _touches_page(chars, keep, width, height)
    else:  # a word that runs over the page's side is one word: its letters past the side are its own
        on_page |= _word_over_the_side(chars, keep, x0, x1, baseline, on_page) & (bottom >= 0) & (top <= frame.height)
    styles = np.array([style_flags(font) for font in chars.fonts], dtype=np.bool_).reshape(-1, 2)
    bold, italic = styles[chars.font_id[keep][on_page]].T
    return Glyphs(
        chars.texts,
        chars.text_id[keep][on_page],
        np.clip(x0[on_page], 0, frame.width),
        np.clip(x1[on_page], 0, frame.width),
        np.clip(top[on_page], 0, frame.height),
        np.clip(bottom[on_page], 0, frame.height),
        size[on_page],
        bold,
        italic,
    )


def _printed(chars: RawChars) -> Flags:
    """The characters that print something (not a space, not a line break); read-only (see RawChars.printed)."""
    return chars.printed


def printed_count(chars: RawChars) -> int:
    return int(_printed(chars).sum())


def page_frame(chars: RawChars, width: float, height: float) -> Frame:
    """The page turned to the direction most of its printed characters read in (upright as a rule),
    and mirrored left to right when most of its letters are of a right-to-left script."""
    printed = _printed(chars)
    angle = reading_direction(chars.direction, printed)
    rtl = any_rtl_letter(chars.texts) and mostly_rtl(
        chars.texts, chars.text_id, printed & Frame(angle, width, height).reads(chars.direction)
    )
    return Frame.turned_to_read(angle, width, height, rtl)


def other_frames(chars: RawChars, width: float, height: float, main: Frame) -> list[Frame]:
    """Frames for the printed characters the page's own frame leaves out (margin notes, turned labels),
    one per direction they read in, most characters first."""
    left = _printed(chars) & (chars.direction >= 0)
    left &= ~main.reads(chars.direction)
    frames: list[Frame] = []
    while left.any() and len(frames) < MAX_OTHER_DIRECTIONS:
        frame = Frame.turned(reading_direction(chars.direction, left), width, height)
        reads = frame.reads(chars.direction) & left
        if not reads.any():
            break
        frames.append(frame)
        left &= ~reads
    return frames


MAX_OTHER_DIRECTIONS = 24  # frames read ±30°: a dozen cover every angle, plain and mirrored; 24 bounds a hostile page
