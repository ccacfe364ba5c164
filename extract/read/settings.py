"""The layout stage's thresholds, in one frozen object.

Every threshold is relative to the document's own typography (font sizes,
"ems", the usual line pitch, page shares), never to a sample file. The
defaults are the values docs/reading.md documents; :func:`resolve` takes
``None``, a dict of overrides or an instance, and names a key it does not know.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutSettings:
    # Lines (extract/read/lines.py)
    column_gap_ems: float = 2.0  # a wider gap separates two columns (tab stop, table gutter, side-by-side boxes)
    word_gap_ems: float = 0.15  # a wider gap is a word space even where the PDF has no space glyph
    duplicate_ems: float = 0.15  # the same glyph this close to the one before is fake bold, one glyph
    backstep_ems: float = 0.5  # content stepping back further starts a new run (extract/read/runs.py)
    # Page furniture (extract/read/furniture.py)
    furniture_band: float = 0.15  # share of the page height at top and bottom where running lines stand
    furniture_recurrence: float = 0.4  # share of the pages a running line recurs on (two at least)
    furniture_max_words: int = 12  # a segment with more words is running text, not a running header
    furniture_run_on_ems: float = 1.6  # a header line this close above a body line at its x and size opens the body
    small_print_step: float = 2.0  # points below body size: the small print at a page's foot
    header_left_share: float = 0.45  # share of the page width: a header line starting left of it is the left column
    # Two text columns (extract/read/columns.py)
    column_min_pairs: int = 3  # lines with a piece in each column, at least, on a page set in two columns
    column_min_lines: int = 6  # and lines with a piece in the right column
    column_line_share: float = 0.4  # share of each column's pieces that fill it, at least (running text)
    column_fill: float = 0.6  # share of its column's width a piece of running text fills
    column_min_share: float = 0.3  # share of the width both columns span that each of them takes, at least
    gutter_min_ems: float = 1.0  # a piece across the gutter is cut at a gap this wide, at least (not a word space)
    # A marginal column beside the body (extract/read/margin.py)
    margin_size_step: float = 1.0  # points below the body column's size: the margin's small print, at least
    margin_max_share: float = 0.4  # share of the page's text width the margin takes, at most
    margin_gap_ems: float = 4.0  # a wider gap between two of the margin's lines: no margin (spread side headings)
    # Headings (extract/read/blocks.py)
    heading_step: float = 1.0  # points above body size make a heading
    bold_heading_slack: float = 0.5  # a wholly bold line this close to body size is a heading
    heading_max_chars: int = 200  # a longer line is text, however it is set
    bold_heading_max_chars: int = 150
    # Paragraphs and list items
    paragraph_pitch_factor: float = 1.3  # a larger line pitch than this times the usual one ends a paragraph
    same_size_points: float = 0.6  # lines whose sizes differ by more belong to different blocks
    indent_ems: float = 0.5  # indents within this many ems are the same indent
    hanging_indent_ems: float = 0.8  # a paragraph's next line may start this far right of the one above
    short_line_ems: float = 4.0  # a line ending this many ems short of the right edge is a paragraph's last
    cell_start_ems: float = 0.3  # a word starting within this of a column start belongs to that column
    table_line_gap_ems: float = 1.5  # lines of side-by-side boxes are at most this far apart
    wrapped_header_gap_ems: float = 0.5  # a table's bold header cell goes on in a line at most this far below
    row_gap_ems: float = 0.3  # a table's rows spaced this much wider than its lines: the spacing parts the rows
    heading_gap_ems: float = 0.8  # a heading's next line at most this far below it is the same heading
    pitch_share: float = 0.2  # a pitch seen at least this share as often as the commonest is a usual pitch
    marker_gap_ems: float = 0.4  # a number, letter or dash followed by a gap this wide is a list marker
    # OCR (extract/read/ocr_layout.py)
    ocr_size_jitter: float = 1.5  # OCR line sizes within this many points of body size are body text
    ocr_bullet_gap_ems: float = 0.6  # a bullet look-alike followed by this gap is a bullet


DEFAULT_LAYOUT = LayoutSettings()


def resolve(settings: LayoutSettings | Mapping[str, float] | None) -> LayoutSettings:
    """Settings from None (the defaults), a dict of overrides or an instance.

    >>> resolve({"paragraph_pitch_factor": 1.5}).paragraph_pitch_factor
    1.5
    >>> resolve({"pitch": 1})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown layout setting 'pitch' (known: column_gap_ems, word_gap_ems, ...)
    """
    if settings is None:
        return DEFAULT_LAYOUT
    if isinstance(settings, LayoutSettings):
        return settings
    known = [f.name for f in dataclasses.fields(LayoutSettings)]
    for key in settings:
        if key not in known:
            raise ValueError(f"unknown layout setting {key!r} (known: {', '.join(known)})")
    return dataclasses.replace(DEFAULT_LAYOUT, **settings)  # type: ignore[arg-type]  # keys checked above
