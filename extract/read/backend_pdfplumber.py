"""PDF pages → characters and ruling edges, with pdfplumber (pdfminer.six): the reference reading backend.

Slower than PDFium by an order of magnitude, but pure Python and long the
reference for text positions; ``atgard ingest --backend pdfplumber`` uses it,
and a test checks that both backends give the same export.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pdfplumber

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
        descents = _font_descents(page.chars)
        chars = [_raw_char(char, left, above, descents) for char in page.chars]
        edges = [_edge(edge, left, above) for edge in page.edges]
        return RawPage(float(page.width), float(page.height), RawChars.of(chars), [edge for edge in edges if edge])
    finally:
        page.close()  # pdfplumber keeps every parsed object of a page until told: memory grows per page


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


def _raw_char(char: dict[str, Any], left: float, above: float, descents: dict[str, float]) -> RawChar:
    size = float(char["size"])
    rise = float(char["y0"]) - float(char["matrix"][5]) - descents.get(char.get("fontname", ""), 0.0) * size
    # The text matrix's origin is on the baseline; the page's y runs upwards there, downwards here.
    baseline = float(char["bottom"]) + float(char["y0"]) - float(char["matrix"][5]) - rise - above
    return RawChar(
        char["text"],
        float(char["x0"]) - left,
        float(char["x1"]) - left,
        baseline,
        size,
        char.get("fontname", ""),
        bool(char.get("upright", True)),
    )


def _edge(edge: dict[str, Any], left: float, above: float) -> Edge | None:
    x0, x1, top, bottom = (float(edge[key]) for key in ("x0", "x1", "top", "bottom"))
    if x0 != x1 and top != bottom:
        return None  # a diagonal: no table ruling
    return Edge(x0 - left, top - above, x1 - left, bottom - above)
