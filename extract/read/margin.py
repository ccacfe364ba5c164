"""A marginal column: a narrow column of small print beside the page's body, read before the body.

An older memo template (Stockholm's "marginalspalt", many councils' letters) sets the letterhead's facts in a
narrow left column on page 1 -- the office and its unit, "Handläggare" with name and telephone, "Till" with the
board, the date -- while the title, the proposed decision and the text run in a wide body column to the right.
Grouped into lines across the page, each margin line lands beside a line of the body, and the two read as side by
side cells ("och säkerhet | Program för trygga …"), so the title and the decision points end up inside table
cells. A page has a marginal column when its body lines start at one x with nothing left of them, fill the body
column, and everything left of that x below the body's top is small print (smaller than the body's type: the §
numbers or hanging headings of a protocol are not) in a column narrower than the body. The lines wholly above
the body's first line stand as they are (the logo, a case-number box); then the margin is read top to bottom, then
the body. Only page 1 has one, its lines together at the top: a later page's side headings set smaller beside
the body ("Bakgrund", "Ärendet") each stay with their section.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from collections.abc import Sequence

from atgard.extract.read.glyphs import Line, Segment
from atgard.extract.read.settings import DEFAULT_LAYOUT, LayoutSettings


def margin_parts(lines: Sequence[Line], settings: LayoutSettings = DEFAULT_LAYOUT) -> list[list[Line]] | None:
    """The page's lines as the part above the body, the marginal column and the body; None without a margin.

    >>> margin_parts([])  # no lines, no margin
    """
    if not lines or lines[0].page != 1:
        return None  # the letterhead's margin is page 1's; later pages' small side headings are the body's
    start = _body_start(lines, settings)
    if start is None:
        return None
    tolerance = settings.indent_ems * max((line.size for line in lines), default=0.0)
    body_top = min(s.top for line in lines for s in line.segments if abs(s.x0 - start) <= tolerance)
    below = [line for line in lines if line.bottom > body_top]
    margin = [s for line in below for s in line.segments if s.x0 < start - tolerance]
    limit = _small_print(margin, below, start, tolerance, settings)
    if limit is None:
        return None

    def in_margin(segment: Segment, line: Line) -> bool:
        # above the body only the small print left of it is the margin's (not the logo, not a case-number box)
        if segment.x0 >= start - tolerance:
            return False
        return line.bottom > body_top or (segment.x1 < start and segment.size <= limit)

    above: list[Line] = []
    margin_lines: list[Line] = []
    body_lines: list[Line] = []
    for line in lines:
        inside = [s for s in line.segments if in_margin(s, line)]
        rest = [s for s in line.segments if not in_margin(s, line)]
        if inside:
            margin_lines.append(Line(page=line.page, segments=inside))
        if rest:
            (body_lines if line.bottom > body_top else above).append(Line(page=line.page, segments=rest))
    return [part for part in (above, margin_lines, body_lines) if part]


def _body_start(lines: Sequence[Line], settings: LayoutSettings) -> float | None:
    """Where the body column starts: the x most second pieces start at, when enough lines start there alone."""
    pairs = [line for line in lines if len(line.segments) >= 2]
    if len(pairs) < settings.column_min_pairs:
        return None
    start = Counter(round(line.segments[1].x0) for line in pairs).most_common(1)[0][0]
    alone = [line for line in lines if abs(line.x0 - start) <= settings.indent_ems * line.size]
    if len(alone) < settings.column_min_lines:
        return None
    edge = max(line.x1 for line in alone)
    full = sum(line.x1 - start >= settings.column_fill * (edge - start) for line in alone)
    return float(start) if full >= settings.column_line_share * len(alone) else None


def _small_print(
    margin: Sequence[Segment], below: Sequence[Line], start: float, tolerance: float, settings: LayoutSettings
) -> float | None:
    """The largest size of the margin's small print when the pieces left of the body are a marginal column:
    enough of them, all small print, none running into the body, the column narrower than the body."""
    if len(margin) < settings.column_min_pairs:
        return None
    if any(s.x0 < start - tolerance < start < s.x1 for line in below for s in line.segments):
        return None  # a line running across the body's start: a hanging heading, text set across the page
    body = [s.size for line in below for s in line.segments if s.x0 >= start - tolerance]
    limit = statistics.median(body) - settings.margin_size_step if body else 0.0
    if max(s.size for s in margin) > limit:
        return None
    if not _together(margin, below, settings):
        return None
    left = min(s.x0 for s in margin)
    edge = max(s.x1 for line in below for s in line.segments)
    return limit if start - left <= settings.margin_max_share * (edge - left) else None


def _together(margin: Sequence[Segment], below: Sequence[Line], settings: LayoutSettings) -> bool:
    """Whether the margin's lines stand together at the top, or there and in one block at the page's foot (the
    sender's address under the letterhead's facts): side headings spread down the body are no margin."""
    tops = sorted(margin, key=lambda s: s.top)
    groups: list[list[Segment]] = [[tops[0]]]
    for a, b in itertools.pairwise(tops):
        if b.top - a.bottom > settings.margin_gap_ems * a.size:
            groups.append([])
        groups[-1].append(b)
    if len(groups) == 1:
        return True
    foot = groups[-1]
    page_end = max(line.bottom for line in below)
    return (
        len(groups) == 2
        and len(foot) >= settings.column_min_pairs
        and foot[-1].bottom >= page_end - settings.margin_gap_ems * foot[-1].size
    )


def without_running_margin(
    pages: Sequence[Sequence[Line]], printed: Sequence[Sequence[Line]], settings: LayoutSettings = DEFAULT_LAYOUT
) -> list[list[Line]]:
    """The pages without a letterhead's marginal column repeated on the pages after the first.

    A template may print its margin column ("Helsingborgs stad / Skol- och fritidsförvaltningen / Nämndsekreterare /
    …") on every page, beside the body. On page 1 it is the letterhead the head's rules read; on a later page it only
    repeats, and grouped into lines with the body it makes side-by-side cells of the body's text. A piece left of a
    later page's body whose text stands at the same place on another page is that repeat, and goes: two such at
    least (a column, not one side heading that happens to recur). ``printed`` are the pages' lines before their
    running headers went: a margin line in the header's band is compared with its copies there too.

    >>> without_running_margin([], [])
    []
    """
    places = [{(_place_key(s), round(s.x0), round(s.top)) for line in page for s in line.segments} for page in printed]
    kept = [list(pages[0])] if pages else []
    for n, page in enumerate(pages[1:], 1):
        start = _body_start(page, settings)
        if start is None:
            kept.append(list(page))
            continue
        others = set().union(*(p for m, p in enumerate(places) if m != n))
        edge = start - settings.indent_ems * max((line.size for line in page), default=0.0)
        repeated = {
            id(s)
            for line in page
            for s in line.segments
            if s.x1 < edge and (_place_key(s), round(s.x0), round(s.top)) in others
        }
        if len(repeated) < settings.column_min_pairs:
            kept.append(list(page))
            continue
        lines = [Line(page=line.page, segments=[s for s in line.segments if id(s) not in repeated]) for line in page]
        kept.append([line for line in lines if line.segments])
    return kept


def _place_key(segment: Segment) -> str:
    return " ".join(segment.text.split()).casefold()
