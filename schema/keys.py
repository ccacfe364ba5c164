"""Keys that more than one room needs: what two spellings of one thing share.

The rules (``extract/``) and the store (``output/``) both compare report titles;
the one definition lives here, in the contract, which both may import.
"""

from __future__ import annotations

import hashlib
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


# A case number as printed: an optional series of letters (the board or office, "KS", "KSN", "Fi"), then the
# year and the serial number in either order, then perhaps a sub-number ("-1.2", "/JM") that stays in the case.
_CASE_LABEL = re.compile(r"^\s*(?:dnr|diarienr|diarienummer)\b[.:]?\s*", re.IGNORECASE)
_CASE_YEAR_FIRST = re.compile(
    r"^(?P<series>[^\W\d_]{1,8}(?:[ .-]?[^\W\d_]{1,8})?)?[\s.:-]*"
    r"(?P<year>(?:19|20)\d\d)\s*[/:-]\s*(?P<serial>\d{1,7})\b"
)
_CASE_YEAR_LAST = re.compile(
    r"^(?P<series>[^\W\d_]{1,8}|\d+(?:\.\d+)+)?[\s.:-]*(?P<serial>\d{1,7})\s*[/:-]\s*(?P<year>(?:19|20)?\d\d)(?!\d)"
)


def case_key(printed: str) -> str | None:
    """What the printed forms of one case number (diarienummer) share: the case's key, or None for no number.

    Case, spaces, dashes, a "Dnr" label and zeros before the serial number are left out; a sub-number
    after the case's ("KS 2018/911-1.2", "Fi2024/01234/JM") names a part of the same case. A two-digit
    year is this or the last century's ("0112/19" is 2019's). A form of neither shape keeps its letters
    and digits, lower case, so that two printings of it still agree.

    >>> {case_key(n) for n in ("KS 2018/911", "KS-2018/911", "Dnr KS 2018/0911", "KS 2018/911-1.2", "ks2018/911")}
    {'ks 2018/911'}
    >>> case_key("KSN-2019-2841"), case_key("KSN 2019/02841"), case_key("Fi2024/01234/JM")
    ('ksn 2019/2841', 'ksn 2019/2841', 'fi 2024/1234')
    >>> case_key("0112/19"), case_key("Dnr 112/2019"), case_key("1.5.2-123/2016"), case_key("2016/123")
    ('2019/112', '2019/112', '1.5.2 2016/123', '2016/123')
    >>> case_key("SBN-2022-000123"), case_key("KS 2018/912") == case_key("KS 2018/911")
    ('sbn 2022/123', False)
    >>> case_key("Dnr: Ä-12 B"), case_key("utan nummer")
    ('ä12b', None)
    """
    text = _DASHES.sub("-", _CASE_LABEL.sub("", printed.strip()))
    for shape in (_CASE_YEAR_FIRST, _CASE_YEAR_LAST):
        found = shape.match(text)
        if found:
            year = found.group("year")
            if len(year) == 2:
                year = ("20" if int(year) < 70 else "19") + year
            series = re.sub(r"[\s-]+", "", found.group("series") or "").casefold().rstrip(".")
            core = f"{year}/{int(found.group('serial'))}"
            return f"{series} {core}" if series else core
    rest = re.sub(r"[^\w.]+|_", "", text).casefold()
    return rest if any(c.isdigit() for c in rest) else None


def case_id(key: str) -> str:
    """A case's stable id, made from its key: the same case has the same id in any database and ingest order.

    >>> case_id("ks 2018/911")
    'case-c19eb0c1f552d31747de'
    >>> case_id(case_key("Dnr KS-2018/0911") or "") == case_id("ks 2018/911")
    True
    """
    return "case-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
