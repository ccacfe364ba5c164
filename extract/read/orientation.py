"""Which way a page reads, and the page turned so that it reads upright.

Text is not always upright on the page as shown: a landscape table printed
sideways, a page turned by ``/Rotate`` against its content, a page upside
down, a title set on a slant. Each character carries the angle of its
baseline (``direction``, whole degrees clockwise on the displayed page); the
page is read in the direction most of its characters share, on a
:class:`Frame`: the page turned by that angle, its corner moved back to the
origin. Characters reading another way (a turned margin note) are left out,
as they are not part of the reading flow. Mirror writing (glyphs drawn
mirrored, as in a test of a reader's transforms) reads the same way on a
mirrored frame: its directions are ``MIRRORED + angle``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from atgard.extract.read.glyphs import Flags, Floats, Indices

DEGENERATE = -1  # a matrix that flattens glyphs to a line or a point: nothing to read
MIRRORED = 360  # added to the angle of mirror writing
SAME_DIRECTION = 30  # characters within this many degrees of the page's direction read with it
_WINDOW = 3  # degrees: directions this close count as one when the page's direction is chosen


def direction_of(matrix: tuple[float, ...]) -> int:
    """The angle of a text matrix's baseline on the displayed page (y down), whole degrees clockwise.

    >>> [direction_of(m) for m in ((9, 0, 0, -9), (0, 9, 9, 0), (-9, 0, 0, 9), (0, -9, -9, 0))]
    [0, 90, 180, 270]
    >>> direction_of((22.4, 11.2, 11.2, -11.2)), direction_of((-9, 0, 0, -9)), direction_of((9, 0, 9, 0))
    (27, 540, -1)
    >>> direction_of((float("nan"), 0, 0, -9)), direction_of((float("inf"), 0, 0, -9))  # a file's nonsense
    (-1, -1)
    """
    a, b, c, d = matrix[:4]
    determinant = a * d - b * c
    if not math.isfinite(determinant) or not math.isfinite(math.atan2(b, a)) or abs(determinant) < 1e-9:
        return DEGENERATE
    angle = round(math.degrees(math.atan2(b, a))) % 360
    # in y-down space a matrix that reads (not mirrored) has a negative determinant
    return angle if determinant < 0 else MIRRORED + angle


def glyph_height(matrix: tuple[float, ...]) -> float:
    """A text matrix's scale across its baseline: the font size a glyph is set in, however it is turned.

    >>> glyph_height((12, 0, 0, -12)), glyph_height((0, 12, -12, 0)), glyph_height((12, 0, 3, -12))
    (12.0, 12.0, 12.0)
    >>> glyph_height((float("nan"), 0, 0, -12)), glyph_height((float("inf"), 0, 0, -12))
    (0.0, 0.0)
    """
    a, b, c, d = matrix[:4]
    along = math.hypot(a, b)
    height = abs(a * d - b * c) / along if along else 0.0
    return height if math.isfinite(height) else 0.0


def angular_distance(directions: Indices, angle: int) -> Indices:
    """Degrees between directions; between mirror writing and plain writing, more than any angle.

    >>> angular_distance(np.array([350, 10, 370, -1]), 0).tolist()
    [10, 10, 999, 999]
    """
    difference = np.abs(directions % MIRRORED - angle % MIRRORED)
    same_kind = (directions >= 0) & ((directions >= MIRRORED) == (angle >= MIRRORED))
    return np.where(same_kind, np.minimum(difference, 360 - difference), 999)


@dataclass(frozen=True)
class Frame:
    """The displayed page turned by ``angle`` degrees counter-clockwise, so that text of that direction reads upright
    (and mirrored first, for an angle of ``MIRRORED`` or more).

    ``points`` maps displayed-page points onto it; ``width`` and ``height`` are
    its size (the turned page's bounding box); ``shift`` puts its corner at the origin.
    """

    angle: int
    width: float
    height: float
    shift: tuple[float, float] = (0.0, 0.0)
    rtl: bool = False  # read from the right edge (right-to-left writing): mirrored left to right as well

    @classmethod
    def upright(cls, width: float, height: float) -> Frame:
        return cls(0, width, height)

    @classmethod
    def turned(cls, angle: int, width: float, height: float) -> Frame:
        """
        >>> [(f.width, f.height, f.shift) for f in (Frame.turned(a, 600, 800) for a in (90, 180, 270))]
        [(800.0, 600.0, (0.0, -600.0)), (600.0, 800.0, (-600.0, -800.0)), (800.0, 600.0, (-800.0, 0.0))]
        """
        return cls.turned_to_read(angle, width, height)

    @classmethod
    def turned_to_read(cls, angle: int, width: float, height: float, rtl: bool = False) -> Frame:
        """The page turned by ``angle`` and, for right-to-left writing, mirrored left to right.

        >>> frame = Frame.turned_to_read(0, 600, 800, rtl=True)
        >>> [float(v[0]) for v in frame.points(np.array([100.0]), np.array([50.0]))], frame.shift
        ([500.0, 50.0], (-600.0, 0.0))
        """
        if angle == 0 and not rtl:
            return cls.upright(width, height)
        bare = cls(angle, 0.0, 0.0, rtl=rtl)
        xs, ys = bare.points(np.array([0.0, width, 0.0, width]), np.array([0.0, 0.0, height, height]))
        left, top = float(xs.min()), float(ys.min())
        size = round(float(xs.max()) - left, 3), round(float(ys.max()) - top, 3)
        return cls(angle, *size, (left, top), rtl)

    @property
    def mirrored(self) -> bool:
        return self.angle >= MIRRORED

    @property
    def turn(self) -> int:
        """The angle the page is turned by, mirroring aside."""
        return self.angle % MIRRORED

    def points(self, x: Floats, y: Floats) -> tuple[Floats, Floats]:
        """Displayed-page points on the turned page.

        >>> [tuple(float(v[0]) for v in Frame.turned(a, 600, 800).points(np.array([100.0]), np.array([50.0])))
        ...  for a in (0, 90, 180, 270)]
        [(100.0, 50.0), (50.0, 500.0), (500.0, 750.0), (750.0, 100.0)]
        """
        if self.angle == 0 and not self.rtl:
            return x, y
        if self.turn % 90 == 0:  # exact for quarter turns: no rounding from sin and cos
            cos, sin = ((1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0))[self.turn // 90]
        else:
            radians = math.radians(self.turn)
            cos, sin = math.cos(radians), math.sin(radians)
        along, across = cos * x + sin * y, cos * y - sin * x
        if self.mirrored:  # the glyphs' tops point the other way: across the baseline runs upwards
            across = -across
        if self.rtl:
            along = -along
        return along - self.shift[0], across - self.shift[1]

    def reads(self, directions: Indices) -> Flags:
        """Characters that read in this frame's direction (near enough)."""
        if self.angle == 0 and not directions.any():  # an upright frame and upright text: most pages
            return np.ones(len(directions), dtype=np.bool_)
        return angular_distance(directions, self.angle) <= SAME_DIRECTION

    def edges(self, edges: Sequence[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
        """Ruling edges (x0, top, x1, bottom) on the turned page, cut at its edges (those wholly off it dropped);
        on a slanted frame none stays a ruling.

        >>> Frame.upright(600, 800).edges([(-50, 10, 100, 10), (700, 10, 900, 10)])
        [(0.0, 10.0, 100.0, 10.0)]
        """
        if self.turn % 90:
            return []
        placed = []
        for x0, top, x1, bottom in edges:
            xs, ys = self.points(np.array([x0, x1], dtype=np.float64), np.array([top, bottom], dtype=np.float64))
            left, right, upper, lower = float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max())
            if right < 0 or left > self.width or lower < 0 or upper > self.height:
                continue
            placed.append((max(left, 0.0), max(upper, 0.0), min(right, self.width), min(lower, self.height)))
        return placed


def reading_direction(directions: Indices, printed: Flags) -> int:
    """The direction most printed characters read in (directions within a few degrees counted as one);
    upright unless another direction has more characters.

    >>> reading_direction(np.array([90, 90, 91, 0, 270]), np.ones(5, dtype=bool))
    90
    >>> reading_direction(np.array([90, 0, 2, -1, 540]), np.ones(5, dtype=bool))
    0
    """
    if not directions.any():  # every character upright: most pages
        return 0
    readable = directions[printed & (directions >= 0)]
    if not len(readable):
        return 0
    counts = np.bincount(readable, minlength=2 * MIRRORED).astype(np.int64)
    near = np.concatenate([_near(counts[:MIRRORED]), _near(counts[MIRRORED:])])
    best = int(np.argmax(near))
    if near[best] <= near[0]:
        return 0
    in_window = readable[angular_distance(readable, best) <= _WINDOW]
    return int(np.bincount(in_window).argmax())  # the commonest exact angle near the best


def _near(counts: Indices) -> Indices:
    """For each angle, the characters within the window around it (angles wrap at 360)."""
    wrapped = np.concatenate([counts[-_WINDOW:], counts, counts[:_WINDOW]])
    return np.convolve(wrapped, np.ones(2 * _WINDOW + 1, dtype=np.int64), mode="valid")
