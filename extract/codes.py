"""Measure codes: "A2.3.1", written also "A.2.3.2", "A 2.3.2", or as a range "A2.3.1–A2.3.3"."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A capital, an optional dot or space, then two to four dotted numbers.
_CODE = re.compile(r"(?<![\w.])(?P<letter>[A-ZÅÄÖ])[.\s]?(?P<numbers>\d{1,2}(?:\.\d{1,2}){1,3})(?![\w]|\.\d)")
# "A1.4.1–A1.4.3", "A1.4.1 - A1.4.3", "A1.4.1 t.o.m. A1.4.3", "A1.4.1 till och med A1.4.3", "A1.4.1 till A1.4.3"
_RANGE_JOIN = r"(?:\s*[-–]\s*|\s+(?:t\.\s?o\.\s?m\.|till\s+och\s+med|till)\s+)"
_RANGE = re.compile(rf"{_CODE.pattern}{_RANGE_JOIN}(?P<to>[A-ZÅÄÖ]?[.\s]?\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})(?![\w]|\.\d)")


# Codes of numbers only ("4.2", "3") are measures only after a word that says so: "åtgärderna 2.1–2.4",
# "förslag 3 och 5", "åtgärd nr 4.1"; elsewhere such numbers are sections, amounts, times.
_NUMBER = r"\d{1,2}(?:\.\d{1,2}){0,3}(?![\d.]*\d|[\w])"
_NUMBER_JOIN = rf"(?:\s*,\s*|{_RANGE_JOIN}|\s+(?:och|samt)\s+)"
_CUED = re.compile(
    r"\b(?i:åtgärd(?:erna|er|en)?|åtgärdsförslag(?:en|et)?|förslag(?:en|et)?|rekommendation(?:erna|er|en)?)"
    rf"\s+(?i:nr\.?\s*|nummer\s+)?(?P<list>{_NUMBER}(?:{_NUMBER_JOIN}{_NUMBER})*)"
)


@dataclass(frozen=True)
class CodeSpan:
    start: int
    end: int
    code: str


def normalize_code(text: str) -> str:
    """
    >>> [normalize_code(c) for c in ["A2.3.1", "A.2.3.2", "A 2.3.3", "a2.1"]]
    ['A2.3.1', 'A2.3.2', 'A2.3.3', 'A2.1']
    """
    compact = re.sub(r"[\s]", "", text)
    return re.sub(r"^([A-Za-zÅÄÖåäö])\.", r"\1", compact).upper()


# A code that opens a text (a measure's paragraph, a table cell) stands within its first characters.
LEADING_WINDOW = 20


def leading_code_span(text: str) -> CodeSpan | None:
    """The measure code a text starts with, if it starts with one.

    >>> leading_code_span("A.2.1 Stärkt koppling"), leading_code_span("Åtgärd A2.1.1")
    (CodeSpan(start=0, end=5, code='A2.1'), None)
    """
    codes = find_codes(text[:LEADING_WINDOW])
    return codes[0] if codes and codes[0].start == 0 else None


def find_codes(text: str) -> list[CodeSpan]:
    """Measure codes in a text, ranges spelled out.

    >>> [c.code for c in find_codes("åtgärderna A2.3.1, A.2.3.2 och A.2.3.3 i rapporten")]
    ['A2.3.1', 'A2.3.2', 'A2.3.3']
    >>> [c.code for c in find_codes("åtgärderna B1.2.1–B1.2.3 samt C.4.1")]
    ['B1.2.1', 'B1.2.2', 'B1.2.3', 'C4.1']
    >>> [c.code for c in find_codes("åtgärderna A1.4.1 t.o.m. A1.4.3 och A1.5.1 - A1.5.2")]
    ['A1.4.1', 'A1.4.2', 'A1.4.3', 'A1.5.1', 'A1.5.2']
    >>> [c.code for c in find_codes("Stadsdelsnämnd 2.0 enligt SFS 2010.800, kl. 10.30")]
    []
    """
    found: list[CodeSpan] = []
    covered: set[int] = set()
    for match in _RANGE.finditer(text):
        first = normalize_code(match.group("letter") + match.group("numbers"))
        last = first[0] + normalize_code(match.group("to")).lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")
        if (codes := _spelled_range(first, last)) is not None:
            found += [CodeSpan(match.start(), match.end(), code) for code in codes]
            covered.update(range(match.start(), match.end()))
    for match in _CODE.finditer(text):
        if match.start() not in covered:
            found.append(CodeSpan(match.start(), match.end(), normalize_code(match.group(0))))
    found += _cued_numbers(text)
    return sorted(found, key=lambda code: code.start)


def _cued_numbers(text: str) -> list[CodeSpan]:
    """Codes of numbers only, after "åtgärd", "förslag" or "rekommendation"; a dash or "t.o.m." spans a range.

    >>> [c.code for c in _cued_numbers("åtgärderna 2.1–2.3 och 4.1 samt förslag 7")]
    ['2.1', '2.2', '2.3', '4.1', '7']
    >>> [c.code for c in _cued_numbers("förslaget 2019 om 2,5 miljoner, åtgärden kl. 10.30")]
    []
    """
    found: list[CodeSpan] = []
    for cue in _CUED.finditer(text):
        start = cue.start("list")
        pieces = re.split(f"({_NUMBER_JOIN})", cue.group("list"))
        offset = start
        previous: str | None = None
        ranged = False
        for piece in pieces:
            if re.fullmatch(_NUMBER_JOIN, piece):
                ranged = bool(re.fullmatch(_RANGE_JOIN, piece))
            else:
                spelled = _spelled_range(previous, piece) if ranged and previous is not None else None
                codes = spelled[1:] if spelled is not None else [piece]  # the range's first is in already
                found += [CodeSpan(offset, offset + len(piece), code) for code in codes]
                previous, ranged = piece, False
            offset += len(piece)
    return found


def _spelled_range(low: str, high: str) -> list[str] | None:
    """Every code from ``low`` to ``high`` of one group ("A2.1", "A2.3" -> A2.1, A2.2, A2.3), or None.

    >>> _spelled_range("A2.1", "A2.3"), _spelled_range("2.4", "2.1"), _spelled_range("1", "3")
    (['A2.1', 'A2.2', 'A2.3'], None, ['1', '2', '3'])
    """
    head, _, first = low.rpartition(".")
    last_head, _, last = high.rpartition(".")
    if head != last_head or not (first.isdigit() and last.isdigit()) or not int(first) <= int(last) <= int(first) + 50:
        return None
    return [f"{head}.{n}" if head else str(n) for n in range(int(first), int(last) + 1)]
