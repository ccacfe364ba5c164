"""The entries of a list of bodies under a referral's lead, from its lines: one a line, a name broken over two
lines joined ("Micasa Fastigheter i" / "Stockholm"), and in a numbered list ("1. Riksdagens ombudsmän (JO)",
"26. Famna – Riksorganisationen för idéburen" / "välfärd") an entry begins at its number, so a line without one
goes on the entry before it. A list a missive sets in two or more columns that the reader made one table row
of is read cell by cell, each cell a column of lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, CARDINAL, LIST_ITEM_NUMBER, MONTH, ORDINAL
from atgard.schema.read import Block

# A line that goes on on the next one: a name broken after a preposition or a conjunction ("Micasa Fastigheter i").
GOES_ON = rule(
    "referral.goes_on",
    rf"(?:\s(?:i|för|{AND}|av|till)|[-–])$",
    matches=("Micasa Fastigheter i", "Kulturnämnden och", "Rinkeby-"),
    not_matches=("Micasa Fastigheter", "Kulturnämnden Och"),
    flags=0,
)
# An entry's number in a numbered list: "1. Riksdagens ombudsmän (JO)", "12) Boverket", glued to a capital where a
# list's tab is lost ("10.Boverket") (not a measure's code, "1.1 Åtgärd", nor a year). Glued, never before a date's
# month ("1.Januari"), a number's word ("2.Ett", "3.Tredje") or a word with a number after it ("3.SFS 2018:1"), and
# in an item read on only where it runs on the numbers before it (``merged_entries``).
_NUMBERED = rule(
    "referral.list_number",
    rf"^{LIST_ITEM_NUMBER}(?:\s+|(?<=[.)])(?=[A-ZÅÄÖ])(?!(?i:{MONTH}|{CARDINAL}|{ORDINAL})\b)"
    r"(?![\wåäöÅÄÖ-]+\s+\d))(?=\S)",
    matches=("1. Riksdagens ombudsmän (JO)", "26. Famna – Riksorganisationen för idéburen", "12) Boverket", "10.SPF"),
    not_matches=(
        "1.1 Åtgärd",
        "2026 års budget",
        "välfärd",
        "10.000 kronor",
        "3.a Region Skåne",
        "1.Januari",
        "3.SFS 2018:1",
        "2.Ett",
        "4.Fjärde",
    ),
    flags=0,
)


def _starts(lines: Sequence[tuple[str, bool]]) -> list[bool]:
    """Whether each line begins an entry at its number: a number glued to its text ("10.Boverket") only where it
    runs on the numbers before it (n + 1), or where it is the first; a spaced one ("10. Boverket") always."""
    starts: list[bool] = []
    last: int | None = None
    for line, _ in lines:
        number = _NUMBERED.match(line)
        value = int(number.group().rstrip().rstrip(".)")) if number else None
        start = number is not None and (last is None or number.group()[-1].isspace() or value == last + 1)
        starts.append(start)
        last = value if start else last
    return starts


def joined_entries(
    lines: Sequence[tuple[str, bool]], numbered: bool | None = None, starts: Sequence[bool] | None = None
) -> list[str]:
    """The entries of a list's lines, each line with whether it is glued to the one before (a word hyphenated over
    the line end): numbered, an entry begins at each number (of those ``starts`` says begin one, when given);
    otherwise a line goes on the one before when that one is broken after "i", "för", "och", a dash, or when it
    begins in lower case. ``numbered`` says whether the list is numbered when its lines here are too few to tell
    (two numbers or more)."""
    if numbered is None:
        numbered = sum(1 for line, _ in lines if _NUMBERED.match(line)) >= 2
    entries: list[str] = []
    for i, (line, glued) in enumerate(lines):
        if not line:
            continue
        if numbered and (starts is None or starts[i]) and (number := _NUMBERED.match(line)):
            entries.append(line[number.end() :])
        elif entries and (numbered or GOES_ON.search(entries[-1]) or line[:1].islower()):
            entries[-1] = f"{entries[-1]}{'' if glued else ' '}{line}"
        else:
            entries.append(line)
    return entries


def merged_entries(lines: Sequence[tuple[str, bool]]) -> list[str]:
    """The entries of one list item whose lines go on numbered ("Myndigheten för delaktighet" / "10. Boverket" /
    "11. Lantmäteriet"): the reader took a list's later items, their numbers glued to the names ("10.Boverket"),
    for the lines of the item before; none for an item of one entry (two numbered lines or more after its first).

    >>> merged_entries([("Myndigheten för delaktighet", False), ("10. Boverket", False), ("11.Lantmäteriet", False)])
    ['Myndigheten för delaktighet', 'Boverket', 'Lantmäteriet']
    >>> merged_entries([("Stadsbyggnadsnämnden, som ska yttra sig över", False), ("åtgärd 4", False)])
    []
    """
    starts = _starts(lines)
    if sum(starts[1:]) < 2:
        return []
    return joined_entries(lines, numbered=True, starts=starts)


def row_entries(block: Block) -> list[str]:
    """The entries of a table row whose cells are columns of one list, read cell by cell: each cell begins with a
    number ("1. Riksdagens ombudsmän (JO) | 17. Haparanda kommun"), or each holds names one a line; none for a
    row of single lines not numbered (a referral table's header or row: "Remissinstans | Svar senast")."""
    cells = [text_lines(cell.text) for cell in block.cells]
    cells = [lines for lines in cells if lines]
    numbered = bool(cells) and all(_NUMBERED.match(lines[0]) for lines in cells)
    numbered = numbered and sum(1 for lines in cells for line in lines if _NUMBERED.match(line)) >= 2
    if not cells or not (numbered or all(len(lines) >= 2 for lines in cells)):
        return []
    return [entry for lines in cells for entry in joined_entries([(line, False) for line in lines], numbered)]
