"""The reader's layout patterns: the few shapes of text that tell it how a page is set, each with its examples.

A page number ("Sida 3 (11)"), a list mark ("1.", "a)", "•"), a font name that says bold or italic,
the end of a sentence, a hyphen that ends a line: the reader knows these by their pattern, and
this module alone (in ``extract/read/``) compiles one. Each is declared with :func:`layout_pattern`
with texts it must match and texts it must not, and ``tests/test_read_patterns.py`` runs them.
The reader knows no Swedish vocabulary of its own beyond layout: what a header says (a case
number, a document type) is read by the rules (``extract/header.py``). Self-contained: the reader
imports nothing of the rules (``extract/rules.py``, ``extract/vocabulary.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutPattern:
    """A regular expression of the layout, with its examples (found by ``search``)."""

    name: str
    pattern: re.Pattern[str]
    matches: tuple[str, ...]
    not_matches: tuple[str, ...] = ()

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text)

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text)


LAYOUT_PATTERNS: dict[str, LayoutPattern] = {}


def layout_pattern(
    name: str, pattern: str, *, matches: tuple[str, ...], not_matches: tuple[str, ...] = (), flags: int = 0
) -> LayoutPattern:
    """Declare a layout pattern (case-sensitive unless ``flags`` say otherwise); a name is declared once."""
    if name in LAYOUT_PATTERNS:
        raise ValueError(f"layout pattern {name!r} declared twice")
    if not matches:
        raise ValueError(f"layout pattern {name!r} has no example")
    LAYOUT_PATTERNS[name] = declared = LayoutPattern(name, re.compile(pattern, flags), matches, not_matches)
    return declared


# --- Text: runs of characters ------------------------------------------------------------------------------------

WHITESPACE_RUN = layout_pattern("text.whitespace_run", r"\s+", matches=(" ", "a \t\n b"), not_matches=("ab",))
DIGIT_RUN = layout_pattern("text.digit_run", r"\d+", matches=("Sida 3 (11)", "2017"), not_matches=("Sida",))
# The word a line-final hyphen ends ("hållbarhets-"), hyphen-minus or the Unicode hyphens; not a dash.
HYPHENATED_WORD_END = layout_pattern(
    "text.hyphenated_word_end",
    r"(\w+)[-\u2010\u2011]$",
    matches=("hållbarhets-", "upp\u2010", "budget 2018-"),
    not_matches=("Kulturhändelser, -", "UVAS –", "slutet"),
)
# A block's text that ends like a finished sentence or a lead-in, closing quotes and brackets after it.
SENTENCE_END = layout_pattern(
    "text.sentence_end",
    r"[.!?:;]['\"”’)\]]*$",
    matches=("godkänns.", "enligt nedanstående:", "(se bilaga 1.)", "Varför?”"),
    not_matches=("att de", "2018-03-15", "Bilaga 1"),
)

# --- Fonts: what a font's name says of its style -----------------------------------------------------------------

ITALIC_FONT = layout_pattern(
    "font.italic",
    r"italic|oblique|-it$|,it$",
    matches=("ABCDEF+Calibri-Italic", "Helvetica-Oblique", "Garamond-It", "Arial,It"),
    not_matches=("Calibri", "Arial,Bold", "Italiana-Regular-Bold"),
    flags=re.IGNORECASE,
)
BOLD_FONT = layout_pattern(
    "font.bold",
    r"bold|black|heavy|semibold|demibold|-bd$|,bd$",
    matches=("Calibri-Bold", "Arial-Black", "Roboto-Heavy", "Garamond-Bd", "Arial,BD"),
    not_matches=("Calibri", "Calibri-Italic", "Garamond-Bdx"),
    flags=re.IGNORECASE,
)

# --- Lists: the mark that opens a list item --------------------------------------------------------------------

# A bullet or dash, a number or letter closed by "." or ")", or one in brackets: the first word of a line.
LIST_MARKER = layout_pattern(
    "list.marker",
    r"^(?:[•\-–—*▪►✓]|\d{1,2}[.)]|[a-zA-Z][.)]|\(\d{1,2}\)|\([a-zA-Z]\))$",
    matches=("•", "-", "–", "1.", "12)", "a)", "B.", "(3)", "(c)"),
    not_matches=("2016.", "A2.1.1", "ab)", "(12a)", "1"),
)

# A number mark glued to its text, as a PDF prints items 10 and on when their text sits at the tab stop of items
# 1–9 and no space glyph is left: "10.Göteborgs kommun". Read only at the start of a new block.
GLUED_NUMBER_MARKER = layout_pattern(
    "list.glued_number",
    r"^\d{1,2}[.)](?=[A-ZÅÄÖ])",
    matches=("10.Göteborgs", "11.Linköpings", "12)Stockholms"),
    not_matches=("2016.Därefter", "3.5", "1.a)", "10.göteborgs"),
)

# --- Page furniture: page numbers --------------------------------------------------------------------------------

# A page number as a running header or footer prints it: "Sida 3 (11)", "3 (11)", "Sida 2 av 5", "3/11",
# "7", "Page 2 of 9". The page count (the M of "N (M)") is group 2, 3, 4 or 6.
PAGE_NUMBER = layout_pattern(
    "furniture.page_number",
    r"^(?:sida\s+)?(\d{1,3})\s*(?:\((\d{1,3})\)|av\s+(\d{1,3})|/\s*(\d{1,3}))?$"
    r"|^page\s+(\d{1,3})(?:\s+of\s+(\d{1,3}))?$",
    matches=("Sida 3 (11)", "3 (11)", "Sida 2 av 5", "3/11", "7", "Page 2 of 9", "SIDA 1(2)"),
    not_matches=("2016 års budget", "Sida 2 av texten", "2017-03-02", "1234"),
    flags=re.IGNORECASE,
)

# --- Dates ---------------------------------------------------------------------------------------------------------

# An ISO date: "2018-03-15". The reader itself needs none; kept here for ``extract/dates.py``, which imports it
# from ``extract/read/text.py`` (the rules have their own, ``extract.vocabulary.ISO_DATE``).
ISO_DATE = layout_pattern(
    "date.iso",
    r"\b((?:19|20)\d\d-[01]\d-[0-3]\d)\b",
    matches=("2018-03-15", "Stockholm 2017-02-14"),
    not_matches=("2018-3-15", "18-03-15", "2018-03-159"),
)

# --- Errors: what a PDF parser says of a file it could not open --------------------------------------------------

# PDFium gives the reason a load failed as its last error, which some failures leave as it was: a file
# without pages read after a locked one "needs a password", read first it failed with "Success".
STALE_PDFIUM_REASON = layout_pattern(
    "error.stale_pdfium_reason",
    r"\s*\(PDFium: (?:success|incorrect password error|password required[^)]*)\.?\)",
    matches=("Failed to load document (PDFium: Success).", "Failed (PDFium: Password required or incorrect password.)"),
    not_matches=("Failed to load document (PDFium: Data format error).",),
    flags=re.IGNORECASE,
)
