"""Vertical writing (Japanese or Chinese set in columns): glyphs set upright, one under the other.

A backend hands such glyphs on upright, each at its place in its column; read as upright text they
would make lines across the columns, a character from each. Glyphs that follow each other in the
file's own order (PDFium's, or pdfminer's) one under the other, each about an em below the last,
in a wide script (CJK), are turned here into text that reads downwards (direction 90), so that each
column is read as one line, down the column, and the columns from right to left.
"""

from __future__ import annotations

import unicodedata

import numpy as np

from atgard.extract.read.raw_page import ASCENT_EMS, DESCENT_EMS, RawChars

DOWN = 90  # degrees clockwise: the baseline runs down the page
_WIDE = ("W", "F")  # East Asian wide and full-width characters: the scripts written in columns
# One glyph under the next: within this share of an em across, this many ems down.
ACROSS_EMS, DOWN_EMS = 0.3, (0.6, 1.8)


def columns_read_down(chars: RawChars) -> RawChars:
    """``chars`` with every run of vertically written glyphs turned to read downwards.

    For such a glyph a backend gives its box's left as ``x0`` and its bottom as ``baseline``; it
    becomes a glyph reading downwards whose origin is its top, on a line down the column, and whose
    advance is one em (raw_page's conventions: ``x0`` and ``baseline`` are the origin on the page).
    """
    if len(chars) < 2:
        return chars
    wide = np.array([unicodedata.east_asian_width(text[:1] or " ") in _WIDE for text in chars.texts], dtype=bool)
    wide = wide[chars.text_id] & (chars.direction == 0)
    size = np.maximum(chars.size, 1e-6)
    down = chars.baseline[1:] - chars.baseline[:-1]
    pairs = (
        wide[:-1]
        & wide[1:]
        & (np.abs(chars.x0[1:] - chars.x0[:-1]) <= ACROSS_EMS * size[:-1])
        & (down >= DOWN_EMS[0] * size[:-1])
        & (down <= DOWN_EMS[1] * size[:-1])
    )
    if not pairs.any():
        return chars
    column = np.zeros(len(chars), dtype=bool)
    column[:-1] |= pairs
    column[1:] |= pairs
    x0, x1, baseline, direction = chars.x0.copy(), chars.x1.copy(), chars.baseline.copy(), chars.direction.copy()
    # Turned to read down, a glyph's box stands DESCENT_EMS to the left of its line and ASCENT_EMS to the right.
    x0[column] = chars.x0[column] + DESCENT_EMS * size[column]
    x1[column] = x0[column] + size[column]
    baseline[column] = chars.baseline[column] - (ASCENT_EMS + DESCENT_EMS) * size[column]
    direction[column] = DOWN
    return RawChars(chars.texts, chars.text_id, x0, x1, baseline, chars.size, chars.fonts, chars.font_id, direction)
