"""The shapes a page's text travels in on its way to blocks: glyphs (as columns), units, segments, lines.

Kept apart from the rules that build them (``lines.py``), so that every stage of the reader
can name them without importing those rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Flags = npt.NDArray[np.bool_]
Indices = npt.NDArray[np.intp]


class Glyph(NamedTuple):
    """One character of the text layer, as the backend reported it."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Glyphs:
    """A page's glyphs as columns: glyph ``i`` is ``texts[text_id[i]]`` in box ``x0[i], top[i], x1[i], bottom[i]``.

    ``texts`` holds each distinct text once, so equal ids mean equal texts.
    """

    texts: Sequence[str]
    text_id: Indices
    x0: Floats
    x1: Floats
    top: Floats
    bottom: Floats
    size: Floats
    bold: Flags
    italic: Flags

    @classmethod
    def of(cls, glyphs: Iterable[Glyph]) -> Glyphs:
        rows = list(glyphs)
        ids: dict[str, int] = {}
        text_id = [ids.setdefault(glyph.text, len(ids)) for glyph in rows]
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(Glyph._fields)

        def floats(values: Sequence[float]) -> Floats:
            return np.array(values, dtype=np.float64)

        return cls(
            list(ids),
            np.array(text_id, dtype=np.intp),
            floats(columns[1]),
            floats(columns[2]),
            floats(columns[3]),
            floats(columns[4]),
            floats(columns[5]),
            np.array(columns[6], dtype=np.bool_),
            np.array(columns[7], dtype=np.bool_),
        )

    def __len__(self) -> int:
        return len(self.text_id)

    def take(self, which: Indices | Flags) -> Glyphs:
        """The glyphs at these positions (or where this mask is true), in that order."""
        return Glyphs(
            self.texts,
            self.text_id[which],
            self.x0[which],
            self.x1[which],
            self.top[which],
            self.bottom[which],
            self.size[which],
            self.bold[which],
            self.italic[which],
        )

    def rows(self, positions: Indices) -> list[Glyph]:
        """The glyphs at these positions as tuples (for the glyph-by-glyph reading)."""
        columns = (self.x0, self.x1, self.top, self.bottom, self.size, self.bold, self.italic)
        # ``map`` over the columns, not a loop unpacking rows: a table's cells are read this way, a few glyphs each.
        texts = map(self.texts.__getitem__, self.text_id[positions].tolist())
        return list(map(Glyph, texts, *(column[positions].tolist() for column in columns)))


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
        self.text = "".join([unit.text for unit in self.units])  # a list: joined faster than a generator

    def with_units(self, units: list[Unit], size: float | None = None) -> Segment:
        """This segment cut down (or tidied) to ``units``, its box narrowed to them; the same line and style."""
        return Segment(
            units=units,
            x0=units[0].x0,
            x1=units[-1].x1,
            top=self.top,
            bottom=self.bottom,
            size=self.size if size is None else size,
            bold_share=self.bold_share,
        )


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

    # Most lines are one segment, and the block builder asks these of every line many times.
    @property
    def top(self) -> float:
        segments = self.segments
        return segments[0].top if len(segments) == 1 else min(segment.top for segment in segments)

    @property
    def bottom(self) -> float:
        segments = self.segments
        return segments[0].bottom if len(segments) == 1 else max(segment.bottom for segment in segments)

    @property
    def size(self) -> float:
        segments = self.segments
        return segments[0].size if len(segments) == 1 else max(segment.size for segment in segments)

    @property
    def text(self) -> str:
        return "   ".join(segment.text for segment in self.segments)
