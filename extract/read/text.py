"""Character clean-up and line joining: pure functions on strings.

The reader builds text glyph by glyph; these rules decide what each glyph
becomes and how two lines of one block are glued together.
"""

from __future__ import annotations

import unicodedata

from atgard.extract.read.patterns import HYPHENATED_WORD_END, SENTENCE_END
from atgard.extract.read.patterns import ISO_DATE as _ISO_DATE

# An ISO date, compiled: extract/dates.py imports it from here (the rules' own is extract.vocabulary.ISO_DATE).
ISO_DATE = _ISO_DATE.pattern

SOFT_HYPHEN = "\u00ad"

# Bullets drawn with symbol fonts arrive as private-use code points (Word's
# "Symbol" and LibreOffice's "OpenSymbol" bullet is U+F0B7).
_BULLETS = {
    "\uf0b7": "•",
    "\uf0a7": "•",
    "\uf0d8": "•",
    "\uf076": "•",
    "\uf0fc": "•",
    "\u2022": "•",
    "\u25cf": "•",
    "\u25aa": "•",
    "\u25a0": "•",
    "\u2023": "•",
    "\u2043": "•",
    "\u25e6": "•",
    "\u25ba": "•",
    "\u27a2": "•",
    "\u2219": "•",
}
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u200a", "\t"}
_DROP = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"}


def normalize_glyph(text: str) -> str:
    """What one glyph of the text layer stands for in the block text.

    >>> [normalize_glyph(g) for g in ["ﬁ", "\\u00a0", "\\uf0b7", "å", "\\u200b"]]
    ['fi', ' ', '•', 'å', '']

    The soft hyphen is kept: only a line end decides whether it shows.
    """
    if text in _BULLETS:
        return _BULLETS[text]
    if text in _SPACES:
        return " "
    if text in _DROP:
        return ""
    if text.startswith("(cid:"):
        return ""  # a glyph without a Unicode mapping: nothing trustworthy to say
    if "\ufb00" <= text[:1] <= "\ufb06":
        return unicodedata.normalize("NFKC", text)  # ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
    return unicodedata.normalize("NFC", text)


def is_combining(text: str) -> bool:
    """A combining mark belongs to the glyph before it (``a`` + ring above = ``å``)."""
    return bool(text) and all(unicodedata.combining(ch) for ch in text)


# Words after which a line-final hyphen is a real one: "arbetsmarknads- och
# yrkesutbildningar", "gymnasie- eller vuxenutbildning".
_SUSPENDED_HYPHEN_FOLLOWERS = frozenset(
    {"och", "eller", "samt", "respektive", "resp.", "som", "till", "men", "liksom", "utan", "än", "&"}
)
_HYPHENS = "-\u2010\u2011"
_DASHES = "\u2012\u2013\u2014\u2015"


def line_joint(previous: str, following: str) -> tuple[int, str]:
    """How to glue the end of one line to the start of the next.

    Returns ``(drop, glue)``: drop that many characters from the end of
    ``previous``, then insert ``glue`` before ``following``.

    >>> line_joint("hållbarhets-", "kommissionen")    # hyphenation: joined
    (1, '')
    >>> line_joint("arbetsmarknads-", "och yrkes")    # suspended compound: kept
    (0, ' ')
    >>> line_joint("Rinkeby-", "Kista")               # real hyphen before a capital
    (0, '')
    >>> line_joint("EU-", "projekt")                  # acronym: the hyphen is part of the word
    (0, '')
    >>> line_joint("budget 2018-", "2019")
    (0, '')
    >>> line_joint("UVAS –", "totalt")
    (0, ' ')
    >>> line_joint("Kulturhändelser, -", "verksamheter")
    (0, '')
    >>> line_joint("i hela landet -", "ett tydligare")  # a dash read as a hyphen-minus
    (0, ' ')
    >>> line_joint("slutet", "början")
    (0, ' ')
    """
    previous = previous.rstrip(" ")
    if not previous or not following:
        return 0, ""
    last = previous[-1]
    if last == SOFT_HYPHEN:
        return 1, ""
    if last in _HYPHENS:
        stem = HYPHENATED_WORD_END.search(previous)
        first_word = following.split(" ", 1)[0].lower()
        if stem is None:
            # A lone hyphen-minus before a lower-case word prefixes it
            # ("Kulturhändelser, -" + "verksamheter"); Swedish sets a
            # punctuation dash as "–", which the dash rule below handles.
            # After a word, a spaced hyphen-minus is a dash a scan's OCR read so ("i hela landet -" + "ett
            # tydligare regionalt ansvar").
            after_list = previous[:-1].rstrip()[-1:] in (",", "(", "")
            alone_before_word = last == "-" and following[0].islower() and after_list
            return (0, "") if alone_before_word else (0, " ")
        if first_word in _SUSPENDED_HYPHEN_FOLLOWERS:
            return 0, " "
        word = stem.group(1)
        starts_lower = following[0].islower()
        if starts_lower and len(word) > 1 and not word.isupper() and not word[-1].isdigit():
            return 1, ""
        return 0, ""
    if last in _DASHES and len(previous) > 1 and previous[-2].isalnum():
        return 0, ""  # "2018–" + "2019"
    return 0, " "


def lower_case_rest(text: str) -> bool:
    """Whether a heading's line goes on with the heading above it, whatever size a scan's OCR measured the two: it
    opens with a word in lower case ("Yttrande över betänkandet Kollektivtrafik i hela landet -" / "ett tydligare
    regionalt ansvar (SOU 2027:23)"); a lettered item's mark ("a) Val av justerare") opens one of its own.

    >>> lower_case_rest("ett tydligare regionalt ansvar"), lower_case_rest("a) Val av justerare")
    (True, False)
    """
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    return word[:1].islower() and word.isalpha()


def ends_sentence(text: str) -> bool:
    """Whether a block's text ends like a finished sentence or lead-in.

    >>> ends_sentence("godkänns."), ends_sentence("enligt nedanstående:"), ends_sentence("att de")
    (True, True, False)
    """
    return bool(SENTENCE_END.search(text.rstrip()))


def text_lines(text: str) -> list[str]:
    """The non-empty lines of a text (a table cell, a block, a label's value), each stripped.

    >>> text_lines(" Datum\\n\\n  2027-03-15 ")
    ['Datum', '2027-03-15']
    """
    return [line.strip() for line in text.splitlines() if line.strip()]


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph or table cell as running text, hyphenation undone.

    >>> join_lines(["Fastighetsnämnden, Micasa", "Fastigheter i Stockholm AB", "och SISAB"])
    'Fastighetsnämnden, Micasa Fastigheter i Stockholm AB och SISAB'
    >>> join_lines(["på gång-", "och cykelvägar i ytter-", "staden"])
    'på gång- och cykelvägar i ytterstaden'
    """
    text = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if text:
            drop, glue = line_joint(text, line)
            text = text[: len(text) - drop] + glue
        text += line
    return text
