"""Measure codes: "A2.3.1", written also "A.2.3.2", "A 2.3.2", or as a range "A2.3.1–A2.3.3"."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A capital, an optional dot or space, then two to four dotted numbers.
_CODE = re.compile(r"(?<![\w.])(?P<letter>[A-ZÅÄÖ])[.\s]?(?P<numbers>\d{1,2}(?:\.\d{1,2}){1,3})(?![\w]|\.\d)")
# "A1.4.1–A1.4.3", "A1.4.1 - A1.4.3", "A1.4.1 t.o.m. A1.4.3", "A1.4.1 till och med A1.4.3"
_RANGE_JOIN = r"(?:\s*[-–]\s*|\s+(?:t\.\s?o\.\s?m\.|till\s+och\s+med)\s+)"
_RANGE = re.compile(rf"{_CODE.pattern}{_RANGE_JOIN}(?P<to>[A-ZÅÄÖ]?[.\s]?\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})(?![\w]|\.\d)")


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
        last_numbers = normalize_code(match.group("to")).lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")
        head, _, low = first.rpartition(".")
        last_head, _, high = last_numbers.rpartition(".")
        if head[1:] == last_head and low.isdigit() and high.isdigit() and int(low) <= int(high) <= int(low) + 50:
            found += [CodeSpan(match.start(), match.end(), f"{head}.{n}") for n in range(int(low), int(high) + 1)]
            covered.update(range(match.start(), match.end()))
    for match in _CODE.finditer(text):
        if match.start() not in covered:
            found.append(CodeSpan(match.start(), match.end(), normalize_code(match.group(0))))
    return sorted(found, key=lambda code: code.start)
