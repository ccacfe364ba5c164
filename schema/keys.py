"""Keys that more than one room needs: what two spellings of one thing share.

The rules (``extract/``) and the store (``output/``) both compare report titles;
the one definition lives here, in the contract, which both may import.
"""

from __future__ import annotations

import re

_TRAILING_YEAR = re.compile(r"\s*(?P<open>[(\[,]?)\s*(?P<year>(?:19|20)\d\d)\s*[)\]]?\s*\.?\s*$")
_PERIOD_BEFORE = re.compile(r"[\d\u2010-\u2015-]\s*$")
# A day and month before the year make it a date's: "Tjänsteskrivelse den 17 februari 2026" (a memo's date).
_DAY_AND_MONTH_BEFORE = re.compile(
    r"\b\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s*$",
    re.IGNORECASE,
)


def trailing_year(text: str) -> re.Match[str] | None:
    r"""A year that ends a title: "(2016)", ", 2016", " 2016"; not the end of a period in the title.

    A date's year is no title's either.

    >>> titles = ["X (2016)", "X, 2017", "Plan 2027–2030", "Plan 2027-\n2030", "Tjänsteskrivelse den 17 februari 2026"]
    >>> [m and m.group("year") for m in map(trailing_year, titles)]
    ['2016', '2017', None, None, None]
    """
    found = _TRAILING_YEAR.search(text)
    if found and not found.group("open") and _PERIOD_BEFORE.search(text[: found.start()]):
        return None
    if found and _DAY_AND_MONTH_BEFORE.search(text[: found.start()]):
        return None
    return found


def without_trailing_year(text: str) -> str:
    found = trailing_year(text)
    return text[: found.start()] if found else text


_DASHES = re.compile(r"[\u2010-\u2015-]")


def title_key(title: str) -> str:
    """What two spellings of one title share: case, dashes, spacing, a trailing year and full stop left out.

    >>> title_key("Dold potential - hinder och  möjligheter (2016)")
    'dold potential - hinder och möjligheter'
    >>> title_key("Dold Potential – hinder och möjligheter.")
    'dold potential - hinder och möjligheter'
    >>> title_key("Handlingsplan för trygghet 2027–2030"), title_key("Handlingsplan 2027– 2030 (2026)")
    ('handlingsplan för trygghet 2027 - 2030', 'handlingsplan 2027 - 2030')
    """
    text = without_trailing_year(title)
    text = _DASHES.sub("-", text)
    text = re.sub(r"\s*-\s*", " - ", text)
    return re.sub(r"\s+", " ", text).strip(" .,:;").casefold()
