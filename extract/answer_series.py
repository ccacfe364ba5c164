"""Codes of one capital and a number that an answer names alone, once it has named their series as measures.

extract/codes.py takes such a code ("S3", "F7") only after a measure word ("åtgärd S3", "åtgärderna F3 och F7"):
alone it is as likely a road ("E18", "väg E4"). An answer that has named a letter's codes as measures somewhere
("Bolaget berörs främst av åtgärd S3 (…), S7 (…) och S8 (…)", "yrkar att åtgärd F11 genomförs") goes on to name
the others of that series bare: "tillstyrker S3 och S7 men avstyrker att S8 …", "varav förvaltningen särskilt
kommenterar F3, F7 och F11". Those are codes too; a range of the series ("åtgärder, S1–S12") only counts what the
paper holds and is none the answer takes up, and a letter never named after a measure word stays a road.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from atgard.extract.rules import rule

# A lone code: one capital and one or two digits, no dotted or further part, no range ("S1–S12").
_LONE_CODE = rule(
    "answer.series_code",
    r"(?<![\w./–-])(?P<code>[A-ZÅÄÖ]\d{1,2})(?![\w/:–-]|[.,]\d|\s*[–-]\s*[A-ZÅÄÖ]?\d)",
    matches=(
        "tillstyrker S3 och S7 men avstyrker att S8 ska vara genomförd",
        "varav förvaltningen särskilt kommenterar F3, F7 och F11.",
        "F3 – Kollektivtrafikkörfält på Hornsgatan: Regionen tillstyrker.",
    ),
    not_matches=(
        "Strategin innehåller tolv åtgärder, S1–S12.",
        "åtgärderna A2.3.1 och B1.2",
        "Ärendenummer TN 2027-0344",
        "trafiken på E18-leden",
        "sidan 12 i bilaga B",
    ),
    flags=0,
)


def series_letters(codes: Iterable[str]) -> frozenset[str]:
    """The letters of the one-capital codes an answer names after a measure word ("åtgärd S3" gives "S")."""
    return frozenset(code[0] for code in codes if re.fullmatch(r"[A-ZÅÄÖ]\d{1,2}", code))


def lone_codes(text: str, letters: frozenset[str]) -> list[str]:
    """The lone codes of ``text`` whose letter is of a series the answer named as measures, in order."""
    if not letters:
        return []
    found = (m.group("code") for m in _LONE_CODE.finditer(text))
    return [code for code in dict.fromkeys(found) if code[0] in letters]


def with_lone(named: list[str], text: str, letters: frozenset[str]) -> list[str]:
    """``named`` (the codes of ``text`` after a measure word) and the lone ones of the series, in the text's order."""
    extra = [code for code in lone_codes(text, letters) if code not in named]
    if not extra:
        return named
    codes = [*named, *extra]

    def at(code: str) -> int:
        found = re.search(rf"(?<![\w.]){re.escape(code)}(?!\d|[.,]\d)", text)
        return found.start() if found else 0

    return sorted(codes, key=at)
