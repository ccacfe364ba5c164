"""Tidying an OCR text layer before blocks are built.

Tesseract's text layer is noisier than a born-digital one: every line gets its
own estimated font size, specks become "|" or "'", and a bullet "•" comes out
as "e", "+" or "«". These rules make it look like the text layer the block
builder expects; they run only on OCR output. OCR reads no weights either: a line
alone in capitals at body size is taken for the bold heading it stands for.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.read.glyphs import Line, Segment, Unit
from atgard.extract.read.lines import body_size
from atgard.extract.read.settings import DEFAULT_LAYOUT, LayoutSettings

# What Tesseract makes of a bullet "•" at the start of a line.
BULLET_LOOKALIKES = frozenset(
    {"e", "ee", "ee:", "e:", "+", "+.", "«", "»", "°", "o", "©", "®", "*", "■", "□", "€", "+...", "e.", "*.", "«."}
)


def _bullet(units: list[Unit], size: float, settings: LayoutSettings) -> list[Unit]:
    """Replace a bullet look-alike that opens a line, before a tab-like gap, by "•"."""
    end = 0
    while end < len(units) and units[end].text != " ":
        end += 1
    word = "".join(unit.text for unit in units[:end])
    rest = units[end:]
    while rest and rest[0].text == " ":
        rest = rest[1:]
    if word in BULLET_LOOKALIKES and rest and rest[0].x0 - units[end - 1].x1 >= settings.ocr_bullet_gap_ems * size:
        first = units[0]
        return [
            Unit("•", False, False, first.x0, units[end - 1].x1),
            Unit(" ", False, False, first.x1, rest[0].x0),
            *rest,
        ]
    return units


# What Tesseract makes of a "§" that opens a protocol's paragraph heading, a speck perhaps before it: "&", "$", "£&".
_SECTION_LOOKALIKES = frozenset({"&", "$", "£", "."})


def _section_sign(units: list[Unit]) -> list[Unit]:
    """A "§" read as "&", "$" or "£&" before a paragraph's number and its heading's first word in capital ("& 7
    Remiss …", "£&4 Föregående protokoll", "&10 Attestordning"): "§" and a space, as the heading was set."""
    lead = 0
    while lead < len(units) and units[lead].text in _SECTION_LOOKALIKES:
        lead += 1
    if not any(unit.text in "&$" for unit in units[:lead]):
        return units
    rest = units[lead:]
    rest = rest[1:] if rest and rest[0].text == " " else rest
    numbered = len(rest) > 2 and rest[0].text.isdigit() and len(rest[0].text) <= 3 and rest[1].text == " "
    if not numbered or not rest[2].text[:1].isupper():
        return units
    first, last = units[0], units[lead - 1]
    return [Unit("§", first.italic, first.bold, first.x0, last.x1), Unit(" ", False, False, last.x1, rest[0].x0), *rest]


_STRAY = frozenset("'‘’`´\"“”|")


def _without_strays(units: list[Unit]) -> list[Unit]:
    """Drop quote marks and bars that OCR reads into the margins of words ("2.'", "' Stockholm")."""
    text = "".join(unit.text for unit in units)
    kept: list[Unit] = []
    offset = 0
    for i, unit in enumerate(units):
        before = units[i - 1].text if i else " "
        after = units[i + 1].text if i + 1 < len(units) else " "
        stray = unit.text in _STRAY and (before == " " or after == " " or before in ".:")
        stray = stray or (i == 0 and unit.text in ".,:;" and after == " ")  # ". kommun 2028-2035": a speck
        # "AB. Svenska bostäder", "Stockholm: AB": a speck read as a stop beside a company's "AB"
        around_ab = unit.text in ".:" and (
            text[max(0, offset - 2) : offset] == "AB" or text[offset + 1 : offset + 4] == " AB"
        )
        offset += len(unit.text)
        if stray or around_ab:
            continue
        kept.append(unit)
    while kept and kept[0].text == " ":
        kept.pop(0)
    return [u for i, u in enumerate(kept) if not (u.text == " " and i and kept[i - 1].text == " ")]


# Letters at least in a line wholly in capitals that OCR's missing weights make a heading ("BESLUT").
_CAPITALS_MIN_LETTERS = 5


def _set_in_capitals(text: str) -> bool:
    """Whether a line is wholly in capitals, as a spaced heading is set ("ÅTGÄRD 2.2 - AVGIFTER", "BESLUT").

    >>> _set_in_capitals("ÅTGÄRD 2.2 - AVGIFTER OCH KURSER"), _set_in_capitals("KULTURNÄMNDENS BESLUT")
    (True, True)
    >>> _set_in_capitals("SOU 2026:73"), _set_in_capitals("Åtgärd 2.2 - Avgifter"), _set_in_capitals("AB")
    (False, False, False)
    """
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= _CAPITALS_MIN_LETTERS and all(ch.isupper() for ch in letters)


def _as_heading(segments: list[Segment], body: float) -> list[Segment]:
    """A line alone in capitals at body size as a bold heading: OCR reads no weights, and its sizes jitter, so a
    heading set in capitals a point over the body would read as body text."""
    if len(segments) != 1 or segments[0].size != body or not _set_in_capitals(segments[0].text):
        return segments
    line = segments[0]
    return [Segment(line.units, line.x0, line.x1, line.top, line.bottom, line.size, bold_share=1.0)]


def tidy_ocr_lines(pages: Sequence[Sequence[Line]], settings: LayoutSettings = DEFAULT_LAYOUT) -> list[list[Line]]:
    """OCR lines with specks dropped, body sizes evened out and bullets restored."""
    body = body_size(line for page in pages for line in page)
    tidy: list[list[Line]] = []
    for page in pages:
        kept = []
        for line in page:
            segments: list[Segment] = []
            for segment in line.segments:
                if not any(ch.isalnum() for ch in segment.text):
                    continue  # a speck read as "|", "'" or "."
                size = body if abs(segment.size - body) < settings.ocr_size_jitter else segment.size
                units = _without_strays(segment.units)
                if not units:
                    continue
                units = _section_sign(_bullet(units, size, settings)) if not segments else units
                segments.append(segment.with_units(units, size))
            if segments:
                kept.append(Line(page=line.page, segments=_as_heading(segments, body)))
        tidy.append(kept)
    return tidy
