"""A letterhead under the document's type alone, and names a narrow head broke after their coordinated part.

A ministry's missive sets its type on a line of its own ("Remiss") over a row whose first cell is the letterhead
("Regeringskansliet / Landsbygds- och infrastrukturdepartementet / Transportenheten") and whose other cell is the head
("2027-06-18 / LI2027/01466"); the type is no logo (`letterhead.py` asks here).
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.header import type_alone
from atgard.extract.logo_name import EMBLEM
from atgard.extract.read.patterns import PAGE_NUMBER
from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import ISO_DATE
from atgard.schema import Block


def under_its_type(blocks: Sequence[Block], logo_words: int) -> tuple[str, list[str]] | None:
    """A letterhead in the first cell of a row under the document's type alone, its date beside it ("Remiss" over
    "Regeringskansliet / Landsbygds- och infrastrukturdepartementet / Transportenheten | 2027-06-18 /
    LI2027/01466"): the cell's first line is the logo, the others the letterhead's lines."""
    first_page = [block for block in blocks if block.page == 1][:2]
    # the type alone, or beside an emblem a scan's OCR read as a letter ("N | YTTRANDE")
    if len(first_page) < 2 or not type_alone(EMBLEM.sub("", first_page[0].text.strip())):
        return None
    row = first_page[1]
    if row.kind != "table_row" or len(row.cells) < 2 or not row.cells[0].text.strip():
        return None
    lines, beside = text_lines(row.cells[0].text), [line for cell in row.cells[1:] for line in text_lines(cell.text)]
    if len(lines[0].split()) > logo_words or not any(map(_head_cell_line, beside)):
        return None
    return lines[0], unbroken(lines[1:])


def _head_cell_line(line: str) -> bool:
    """What stands beside a letterhead in its row: the letter's date or its page number ("2027-06-18", "Sida 1 (2)",
    read/patterns.PAGE_NUMBER); a bare number is none (a table's count).

    >>> [_head_cell_line(t) for t in ("2027-06-18", "Sida 1 (2)", "sida 1 (1)", "1 (4)", "7", "LI2027/01466")]
    [True, True, True, True, False, False]
    """
    line = line.strip()
    return bool(ISO_DATE.fullmatch(line)) or (PAGE_NUMBER.match(line) is not None and not line.isdigit())


def unbroken(lines: Sequence[str]) -> list[str]:
    """Lines with a name broken after its coordinated part made one again ("Landsbygds- och" /
    "infrastrukturdepartementet", "Skol- och" / "fritidsnämnden").

    >>> unbroken(["Landsbygds- och", "infrastrukturdepartementet", "Transportenheten"])
    ['Landsbygds- och infrastrukturdepartementet', 'Transportenheten']
    >>> unbroken(["Kultur- samt", "fritidsförvaltningen"]), unbroken(["Regeringskansliet", "Finansdepartementet"])
    (['Kultur- samt fritidsförvaltningen'], ['Regeringskansliet', 'Finansdepartementet'])
    >>> unbroken(["Myndigheten för", "samhällsplanering, byggande", "och boende"])
    ['Myndigheten för samhällsplanering, byggande och boende']
    >>> unbroken(["Sveriges meteorologiska", "och hydrologiska institut"])
    ['Sveriges meteorologiska och hydrologiska institut']
    >>> unbroken(["Stadsledningskontoret", "avd. X"])
    ['Stadsledningskontoret', 'avd. X']
    """
    joined: list[str] = []
    for line in lines:
        broken = _COORDINATED_END.search(joined[-1]) or _OPEN_END.search(joined[-1]) if joined else None
        if joined and (broken or line.startswith(("och ", "samt "))) and line[:1].islower():
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


# A line a description broke off in, its next line in lower case: "Myndigheten för" / "samhällsplanering, byggande",
# "Sveriges meteorologiska" / "och hydrologiska institut" (the next line's own "och" counts: see unbroken). The
# prepositions of title_parts.BREAKS_OFF, not its conjunctions: "Trafiknämnden och" / "kulturnämnden" are two bodies.
_OPEN_END = rule(
    "letterhead.open_end",
    r"(?:\s(?:för|i|av|med|om|inom|vid|till)|,)$",
    matches=("Myndigheten för", "samhällsplanering, byggande,", "Enheten för planering av"),
    not_matches=("Regeringskansliet", "Myndigheten", "Finansdepartementet", "Trafiknämnden och"),
    flags=0,
)
# A line that ends in a name's coordinated first part, its last part on the next line: "Landsbygds- och", "Kultur-
# samt", "Hälso- och sjuk-" is none of it (a word broken at its hyphen).
_COORDINATED_END = rule(
    "letterhead.coordinated_end",
    r"[\wåäö]-\s+(?:och|samt|eller)$",
    matches=("Landsbygds- och", "Kultur- samt", "Skol- och", "Barn- eller"),
    not_matches=("Landsbygds- och infrastrukturdepartementet", "Regeringskansliet", "Hälso- och sjuk-", "och"),
)
