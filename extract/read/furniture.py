"""Page furniture: running headers and footers, found by repetition and position.

A line in the top or bottom band of a page whose text (digits masked) recurs
on several pages is furniture; so is everything between it and the page edge,
which catches first-page-only header lines such as a date or a case number;
so is small print at the very foot of a page (a footer on a one-page memo).
A line whose text the body holds more often than the bands do is no running line
("Förslag till beslut:" at the top of two pages of an agenda, and four times below).
Two limits keep text that only looks like furniture: a line of running prose
(a segment of more than ``furniture_max_words`` words) is never a running
line, and a page whose lines would all be furniture keeps them, for then
they are its content (a form or a slide repeated page after page).
The first page's running header is handed over as its lines and segments (:func:`running_header`,
:func:`header_segments`): the rules read the office, case number and date from them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from atgard.extract.read.glyphs import Line, Segment
from atgard.extract.read.lines import body_size
from atgard.extract.read.patterns import DIGIT_RUN, PAGE_NUMBER
from atgard.extract.read.settings import DEFAULT_LAYOUT, LayoutSettings
from atgard.schema import HeaderFields, HeaderSegment


def _key(line: Line) -> str:
    """The line's text, digits masked and white space collapsed (``str.split`` splits where ``\\s+`` matches)."""
    return " ".join(DIGIT_RUN.sub("#", line.text).split()).casefold()


def _band(line: Line, height: float, settings: LayoutSettings) -> str | None:
    """Running headers and footers sit in a band at the top and the bottom of the page."""
    if line.bottom <= settings.furniture_band * height:
        return "top"
    if line.top >= (1 - settings.furniture_band) * height:
        return "bottom"
    return None


def is_page_number(text: str) -> bool:
    """
    >>> [is_page_number(t) for t in ["Sida 3 (11)", "3 (11)", "Sida 2 av 5", "7", "Page 2 of 9", "2016 års budget"]]
    [True, True, True, True, True, False]
    """
    return bool(PAGE_NUMBER.match(text.strip()))


def _small_print_start(lines: Sequence[Line], height: float, body: float, settings: LayoutSettings) -> float:
    """Top of a block of small print at the foot of the page: a footer even on a single page."""
    start = math.inf
    for line in sorted(lines, key=lambda line: line.top, reverse=True):
        if _band(line, height, settings) != "bottom" or line.size > body - settings.small_print_step:
            break
        start = line.top
    return start


def find_furniture(
    pages: Sequence[Sequence[Line]], heights: Sequence[float], settings: LayoutSettings = DEFAULT_LAYOUT
) -> list[set[int]]:
    """For each page, the indexes of its lines that are running header or footer."""
    bands = [[_band(line, height, settings) for line in lines] for lines, height in zip(pages, heights, strict=True)]
    # The keys of the lines in the bands; a body line's is made only when some band line recurs (it is compared).
    keys = [
        [_key(line) if band else "" for line, band in zip(lines, page_bands, strict=True)]
        for lines, page_bands in zip(pages, bands, strict=True)
    ]
    repeated = _running_lines(pages, bands, keys, settings)
    body = body_size(line for lines in pages for line in lines)
    furniture: list[set[int]] = []
    for lines, height, page_bands, page_keys in zip(pages, heights, bands, keys, strict=True):
        marks = [
            (band, i)
            for i, line in enumerate(lines)
            if (band := page_bands[i])
            and ((band, page_keys[i]) in repeated or all(is_page_number(s.text) for s in line.segments))
        ]
        header_end = max((lines[i].bottom for band, i in marks if band == "top"), default=-1.0)
        footer_start = min((lines[i].top for band, i in marks if band == "bottom"), default=math.inf)
        footer_start = min(footer_start, _small_print_start(lines, height, body, settings))
        marked = {i for i, ln in enumerate(lines) if ln.bottom <= header_end + 0.5 or ln.top >= footer_start - 0.5}
        swept = {i for i in marked if lines[i].bottom <= header_end + 0.5} - {i for _, i in marks}
        marked -= _opening_the_body(lines, marked, swept, settings)
        furniture.append(_with_content_kept(lines, marked))
    return furniture


def _running_lines(
    pages: Sequence[Sequence[Line]],
    bands: list[list[str | None]],
    keys: list[list[str]],
    settings: LayoutSettings,
) -> set[tuple[str, str]]:
    """The (band, key) of the lines that run on enough pages: not prose, and not more often in the body."""
    pages_with: dict[tuple[str, str], set[int]] = defaultdict(set)
    for number, (lines, page_bands, page_keys) in enumerate(zip(pages, bands, keys, strict=True)):
        for line, band, key in zip(lines, page_bands, page_keys, strict=True):
            if band and not _is_prose(line, settings):
                pages_with[(band, key)].add(number)
    needed = max(2, math.ceil(settings.furniture_recurrence * len(pages)))
    recurring = {band_key: found_on for band_key, found_on in pages_with.items() if len(found_on) >= needed}
    if not recurring:
        return set()
    # How often a line's text stands outside the bands: a label the body repeats more often than the bands do
    # ("Förslag till beslut:" opening a page's first item) is text that happens to stand at the top of pages.
    in_body = Counter(
        _key(line)
        for lines, page_bands in zip(pages, bands, strict=True)
        for line, band in zip(lines, page_bands, strict=True)
        if band is None
    )
    return {(band, key) for (band, key), found_on in recurring.items() if in_body[key] < len(found_on)}


def _opening_the_body(lines: Sequence[Line], marked: set[int], swept: set[int], settings: LayoutSettings) -> set[int]:
    """The header lines swept in beside a running line (``swept``, among the ``marked``) that open the body's paragraph
    running on under the header: a later page's text starting beside a running margin line ("STOCKHOLMS STAD" in a
    letterhead's margin column), set as the body line below it in its column, at its x and size, a line's pitch above
    it. Page 1's header lines are swept in by design (a date, a case number under the running line).

    >>> from atgard.extract.read.glyphs import Glyph, Glyphs
    >>> from atgard.extract.read.lines import group_lines
    >>> def line(text, x, top, size):
    ...     return group_lines(Glyphs.of([Glyph(text, x, x + 200, top, top + size, size)]), 2)[0]
    >>> page = [line("AB Familjebostäder ombeds", 180, 102, 11), line("STOCKHOLMS STAD", 45, 109, 9),
    ...         line("redovisa i vilken omfattning", 180, 117, 11)]
    >>> _opening_the_body(page, {0, 1}, {0}, DEFAULT_LAYOUT)
    {0}
    >>> _opening_the_body([*page[:2], line("Bakgrund", 180, 160, 11)], {0, 1}, {0}, DEFAULT_LAYOUT)
    set()
    >>> _opening_the_body(page, {0, 1, 2}, {0}, DEFAULT_LAYOUT)  # the line below is furniture too
    set()
    """
    kept: set[int] = set()
    for i in sorted(swept, key=lambda i: lines[i].top, reverse=True):
        line, tolerance = lines[i], settings.indent_ems * lines[i].size
        column = [j for j in range(len(lines)) if lines[j].top > line.top and abs(lines[j].x0 - line.x0) <= tolerance]
        below = min(column, key=lambda j: lines[j].top, default=None)
        if line.page == 1 or below is None or (below in marked and below not in kept):
            continue
        pitch = lines[below].top - line.top
        same_size = abs(line.size - lines[below].size) <= settings.same_size_points
        if same_size and 0 < pitch <= settings.furniture_run_on_ems * line.size:
            kept.add(i)
    return kept


def _is_prose(line: Line, settings: LayoutSettings) -> bool:
    """A segment with more words than a running header holds: a line of text, even if it recurs.

    >>> from atgard.extract.read.glyphs import Glyph, Glyphs

    >>> from atgard.extract.read.lines import group_lines
    >>> def line(text): return group_lines(Glyphs.of([Glyph(text, 70, 400, 50, 62, 12)]), 1)[0]
    >>> _is_prose(line("Stadsledningskontoret Tjänsteutlåtande Dnr KS 2024/117"), DEFAULT_LAYOUT)
    False
    >>> _is_prose(line("The movie opens with a news report advertising the way of life in this future"), DEFAULT_LAYOUT)
    True
    """
    return any(len(segment.text.split()) > settings.furniture_max_words for segment in line.segments)


def _with_content_kept(lines: Sequence[Line], marked: set[int]) -> set[int]:
    """A page that would be all furniture keeps its lines: they are what it says."""
    return marked if len(marked) < len(lines) else set()


def _top_band(
    lines: Sequence[Line], furniture: set[int], page_height: float, settings: LayoutSettings
) -> Iterator[Segment]:
    """The segments of a page's running header (its furniture in the top band), top to bottom."""
    for i in sorted(furniture):
        if _band(lines[i], page_height, settings) == "top":
            yield from lines[i].segments


def running_header(
    lines: Sequence[Line], furniture: set[int], page_height: float, settings: LayoutSettings = DEFAULT_LAYOUT
) -> HeaderFields:
    """What the layout says of page 1's furniture: its lines, and the page count its page number declares.

    The fields the header's words give (office, case number, date ...) are the rules' to read
    (``extract/header.py``), from :func:`header_segments`.
    """
    totals = (
        page.group(2) or page.group(3) or page.group(4) or page.group(6)
        for segment in _top_band(lines, furniture, page_height, settings)
        if (page := PAGE_NUMBER.match(segment.text.strip()))
    )
    total = next(filter(None, totals), None)
    count = int(total) if total and int(total) > 0 else None  # "Sida 1 (0)" declares no page count
    return HeaderFields(page_count=count, lines=[lines[i].text for i in sorted(furniture)])


def header_segments(
    lines: Sequence[Line],
    furniture: set[int],
    page_width: float,
    page_height: float,
    settings: LayoutSettings = DEFAULT_LAYOUT,
) -> list[HeaderSegment]:
    """Page 1's running header handed over stretch by stretch, each with its column; page numbers stay out.

    A segment starting in the left part of the page (``header_left_share``) is in the left column,
    where office and unit stand; the document type stands to the right.
    """
    return [
        HeaderSegment(text=text, column="left" if segment.x0 < settings.header_left_share * page_width else "right")
        for segment in _top_band(lines, furniture, page_height, settings)
        if not PAGE_NUMBER.match(text := segment.text.strip())
    ]
