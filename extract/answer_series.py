"""Codes of one capital and a number that an answer names alone, once it has named their series as measures.

extract/codes.py takes such a code ("S3", "F7") only after a measure word ("åtgärd S3", "åtgärderna F3 och F7"):
alone it is as likely a road ("E18", "väg E4"). An answer that has named a letter's codes as measures somewhere
("Bolaget berörs främst av åtgärd S3 (…), S7 (…) och S8 (…)", "yrkar att åtgärd F11 genomförs") goes on to name
the others of that series bare: "tillstyrker S3 och S7 men avstyrker att S8 …", "varav förvaltningen särskilt
kommenterar F3, F7 och F11". Those are codes too; a range of the series ("åtgärder, S1–S12") only counts what the
paper holds and is none the answer takes up, and a letter never named after a measure word stays a road. A code
after a word that names something else is none even of a named series: a road ("väg E4 och E18"), an annex
("bilaga B1"), a plan, a zone, a class, a figure, a table, a page or a section ("plan E2", "zon C1 respektive C2").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND_JOINT, OR

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

_CODE = r"(?-i:[A-ZÅÄÖ])\d{1,2}\b(?![.,/:]\d)"
# Codes after a word that names a road, an annex or a part of a paper, listed: "väg E4 och E18", "bilagorna B1, B2".
_OTHER_CODES = rule(
    "answer.series_code_other",
    r"\b(?:(?:riks|läns|europa)?väg(?:en|ar|arna)?|bilag(?:a|an|or|orna)|plan(?:en)?|zon(?:en|er|erna)?|"
    r"klass(?:en|er)?|figur(?:en|er)?|tabell(?:en|er)?|sid(?:an|a|orna)?\.?|avsnitt(?:et|en)?)\s+"
    rf"{_CODE}(?:(?:{AND_JOINT}|\s+{OR}\s+|\s*[–-]\s*){_CODE})*",
    matches=(
        "Åtgärden påverkar trafiken på väg E4 och E18.",
        "Se bilaga B1 för detaljer.",
        "enligt plan E2",
        "Vägarna E4, E18 samt E20",
        "i zon C1 respektive C2",
        "Bilagorna B1 och\nB2",
        "se figur F3 eller F4",
    ),
    not_matches=("tillstyrker S3 och S7", "sidan 12 i bilaga B", "bilaga 2", "planeringen E4"),
)


def series_letters(codes: Iterable[str]) -> frozenset[str]:
    """The letters of the one-capital codes an answer names after a measure word ("åtgärd S3" gives "S")."""
    return frozenset(code[0] for code in codes if re.fullmatch(r"[A-ZÅÄÖ]\d{1,2}", code))


def lone_codes(text: str, letters: frozenset[str]) -> list[str]:
    """The lone codes of ``text`` whose letter is of a series the answer named as measures, in order."""
    if not letters:
        return []
    other = [m.span() for m in _OTHER_CODES.finditer(text)]
    found = (m.group("code") for m in _LONE_CODE.finditer(text) if not any(a <= m.start() < b for a, b in other))
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
