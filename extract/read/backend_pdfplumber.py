"""PDF pages → characters and ruling edges, with pdfplumber (pdfminer.six): the reference reading backend.

Slower than PDFium by an order of magnitude, but pure Python and long the
reference for text positions; ``atgard ingest --backend pdfplumber`` uses it,
and a test checks that both backends give the same export.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pdfplumber

from atgard.extract.read.orientation import direction_of
from atgard.extract.read.raw_page import Edge, RawChar, RawChars, RawPage


@contextmanager
def open_pdfplumber(path: Path) -> Iterator[tuple[int, Iterator[RawPage]]]:
    """The page count, and each page's characters and edges in turn."""
    with pdfplumber.open(path) as pdf:
        yield len(pdf.pages), (_read_page(page) for page in pdf.pages)


def _read_page(page: Any) -> RawPage:
    try:
        # pdfplumber keeps coordinates relative to the MediaBox's corner; make them page-relative.
        left, above = float(page.bbox[0]), float(page.bbox[1])
        placed = [char for char in page.chars if _placed(char)]
        descents = _font_descents(placed)
        chars = [_raw_char(char, left, above, descents) for char in placed]
        edges = [_edge(edge, left, above) for edge in page.edges if _all_finite(edge.get(k) for k in _EDGE_NUMBERS)]
        kept = [edge for edge in edges if edge]
        return RawPage(float(page.width), float(page.height), RawChars.of(chars), kept, len(page.images))
    finally:
        page.close()  # pdfplumber keeps every parsed object of a page until told: memory grows per page


_CHAR_NUMBERS = ("x0", "x1", "top", "bottom", "y0", "size")
_EDGE_NUMBERS = ("x0", "x1", "top", "bottom")


def _placed(char: dict[str, Any]) -> bool:
    """A character pdfminer placed at finite numbers: one at a file's NaN, infinity or missing value is not read."""
    matrix = char.get("matrix")
    if not isinstance(matrix, tuple | list) or len(matrix) != 6:
        return False
    return _all_finite([*(char.get(key) for key in _CHAR_NUMBERS), char.get("adv", 0.0), *matrix])


def _all_finite(values: Iterable[object]) -> bool:
    try:
        return all(math.isfinite(float(value)) for value in values)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return False


def _font_descents(chars: list[dict[str, Any]]) -> dict[str, float]:
    """Each font's descent in ems, as pdfminer set its boxes: the most common offset of box from baseline.

    pdfminer folds a raised or lowered glyph's rise (a footnote mark) into the
    same offset; the common value is the font's own, and the rest is rise.
    """
    offsets: dict[str, Counter[float]] = {}
    for char in chars:
        if char["size"]:
            offset = (float(char["y0"]) - float(char["matrix"][5])) / float(char["size"])
            offsets.setdefault(char.get("fontname", ""), Counter())[round(offset, 3)] += 1
    return {font: counts.most_common(1)[0][0] for font, counts in offsets.items()}


def _vertical(char: dict[str, Any]) -> bool:
    """A glyph of a font written in columns (pdfminer: a negative advance, the box centred on the origin);
    a negative Tf also gives a negative advance, but a box on one side of the origin."""
    a, _, _, d, e, _ = (float(v) for v in char["matrix"])
    adv, size = float(char.get("adv", 0.0)), float(char["size"])
    middle = (float(char["x0"]) + float(char["x1"])) / 2
    return adv < -0.3 * size and a * d > 0 and abs(middle - e) < 0.05 * size


def _raw_char(char: dict[str, Any], left: float, above: float, descents: dict[str, float]) -> RawChar:
    if _vertical(char):  # upright, its box's left and bottom, as PDFium places it (read down in vertical.py)
        x0, x1, bottom = float(char["x0"]) - left, float(char["x1"]) - left, float(char["bottom"]) - above
        return RawChar(char["text"], x0, x1, bottom, float(char["size"]), _font(char))
    a, b, c, d = (float(v) for v in char["matrix"][:4])
    if float(char.get("adv", 0.0)) < 0:  # a negative Tf turns the glyph half a turn; pdfminer's matrix leaves it out
        a, b, c, d = -a, -b, -c, -d
    matrix = (a, -b, c, -d)  # pdfminer's space has y upwards, the displayed page downwards
    direction = direction_of(matrix)
    # The text matrix's origin is on the baseline; the page's y runs upwards there, downwards here.
    origin_y = float(char["bottom"]) + float(char["y0"]) - float(char["matrix"][5]) - above
    if direction != 0:
        x0 = float(char["matrix"][4]) - left
        advance = abs(float(char.get("adv", 0.0))) * math.hypot(a, b)
        size = _turned_size(char, direction, advance)
        return RawChar(char["text"], x0, x0 + advance, origin_y, size, _font(char), direction)
    size = float(char["size"])
    rise = float(char["y0"]) - float(char["matrix"][5]) - descents.get(_font(char), 0.0) * size
    return RawChar(char["text"], float(char["x0"]) - left, float(char["x1"]) - left, origin_y - rise, size, _font(char))


def _turned_size(char: dict[str, Any], direction: int, advance: float) -> float:
    """The font size of a character not upright: its box's extent across the baseline.

    pdfminer's own ``size`` is the box's height, or its width when it calls the
    character not upright; on a slant the box is the turned glyph's bounding box,
    ``advance·|cos| + size·|sin|`` wide and ``advance·|sin| + size·|cos|`` high.
    """
    cos, sin = abs(math.cos(math.radians(direction))), abs(math.sin(math.radians(direction)))
    width, height = float(char["x1"]) - float(char["x0"]), float(char["bottom"]) - float(char["top"])
    if sin >= cos:
        return max(width - advance * cos, 0.0) / sin
    return max(height - advance * sin, 0.0) / cos


def _font(char: dict[str, Any]) -> str:
    return str(char.get("fontname", ""))


def _edge(edge: dict[str, Any], left: float, above: float) -> Edge | None:
    x0, x1, top, bottom = (float(edge[key]) for key in ("x0", "x1", "top", "bottom"))
    if x0 != x1 and top != bottom:
        return None  # a diagonal: no table ruling
    return Edge(x0 - left, top - above, x1 - left, bottom - above)
