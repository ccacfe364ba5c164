"""Runs of text drawn over one another on one line: read one run after the other, not letter by letter in turn.

A line is read left to right, glyph by glyph. Where a PDF draws a second run of
text across the first (a form's value over its label, a broken text matrix, a
line set twice at two offsets), sorting the glyphs of both by position deals
them out alternately ("SWparlidnvgoegrel" for "Springer" with "Waldvogel" drawn
over it). A *run* is a stretch of the content that goes rightwards; a line in
which two runs overlap each other by more than a glyph is read run by run (the
order in which the content has them, as a PDF reader's text does), each run
placed by where it starts. A run that only touches another (a footnote mark
drawn after its line, an accent) and a line printed twice for fake bold (the
same glyphs at the same spots) stay sorted by position.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Indices = npt.NDArray[np.intp]

# Runs overlap when each has at least this many glyphs starting inside the other's span.
OVERLAPPING_GLYPHS = 2


class Placed(NamedTuple):
    """A page's glyphs as the run rules need them: columns indexed by position in content order."""

    x0: Floats
    x1: Floats
    top: Floats
    size: Floats
    text_id: Indices


def steps_back(x0: Floats, size: Floats, backstep_ems: float) -> npt.NDArray[np.bool_]:
    """For each glyph after the first: whether it starts a run (begins left of the one before, by more than kerning).

    >>> steps_back(np.array([0.0, 5.0, 10.0, 2.0, 9.5]), np.full(5, 10.0), 0.5).tolist()
    [False, False, True, False]
    """
    return x0[1:] < x0[:-1] - backstep_ems * size[1:]


def run_by_run(positions: Indices, glyphs: Placed, backstep_ems: float, duplicate_ems: float) -> Indices:
    """One line's glyph positions in reading order, given sorted by place (``positions``, into the columns).

    Returned unchanged unless two runs overlap; then the runs in turn, ordered
    by where each starts, each in content order.

    >>> x0 = np.array([0.0, 10, 20, 30, 5, 15, 25])  # "abcd" drawn, then "efg" across it
    >>> line = Placed(x0, x0 + 8, np.ones(7), np.full(7, 10.0), np.arange(7))
    >>> run_by_run(np.argsort(x0, kind="stable"), line, 0.5, 0.15).tolist()
    [0, 1, 2, 3, 4, 5, 6]
    >>> bold = np.array([0.0, 10, 20, 30, 0.5, 10.5, 20.5])  # "abc" printed again a hair to the right
    >>> twice = Placed(bold, bold + 8, np.ones(7), np.full(7, 10.0), np.array([0, 1, 2, 3, 0, 1, 2]))
    >>> run_by_run(np.argsort(bold, kind="stable"), twice, 0.5, 0.15).tolist()
    [0, 4, 1, 5, 2, 6, 3]
    """
    content = np.sort(positions)
    starts = np.flatnonzero(steps_back(glyphs.x0[content], glyphs.size[content], backstep_ems)) + 1
    if not len(starts):
        return positions
    runs = np.split(content, starts)
    if not any(_overlaps(glyphs, runs[:n], run, duplicate_ems) for n, run in enumerate(runs) if n):
        return positions
    x0 = glyphs.x0
    by_start = sorted(range(len(runs)), key=lambda n: (float(x0[runs[n][0]]), n))
    return np.concatenate([runs[n] for n in by_start])


def _overlaps(glyphs: Placed, earlier: list[Indices], run: Indices, duplicate_ems: float) -> bool:
    """Whether ``run`` is drawn across an earlier run (and is not the same glyphs printed again a hair apart)."""
    x0, x1 = glyphs.x0, glyphs.x1
    before = np.concatenate(earlier)
    left, right = float(x0[run].min()), float(x1[run].max())
    inside = before[(x0[before] >= left) & (x0[before] < right)]
    if len(inside) < OVERLAPPING_GLYPHS:
        return False
    span_left, span_right = float(x0[inside].min()), float(x1[inside].max())
    if int(((x0[run] >= span_left) & (x0[run] < span_right)).sum()) < OVERLAPPING_GLYPHS:
        return False
    return not _printed_again(glyphs, inside, run, duplicate_ems)


def _printed_again(glyphs: Placed, first: Indices, run: Indices, duplicate_ems: float) -> bool:
    """Most of ``run``'s glyphs repeat a glyph of ``first`` at its spot (fake bold): one line, not two."""
    x0, top, text_id = glyphs.x0, glyphs.top, glyphs.text_id
    near = duplicate_ems * glyphs.size[run][:, None]
    same = (
        (text_id[run][:, None] == text_id[first][None, :])
        & (np.abs(x0[run][:, None] - x0[first][None, :]) <= near)
        & (np.abs(top[run][:, None] - top[first][None, :]) <= near)
    )
    return bool(same.any(axis=1).mean() > 0.5)
