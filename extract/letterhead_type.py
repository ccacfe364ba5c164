"""A letterhead under the document's type alone, and names a narrow head broke after their coordinated part.

A ministry's missive sets its type on a line of its own ("Remiss") over a row whose first cell is the letterhead
("Regeringskansliet / Landsbygds- och infrastrukturdepartementet / Transportenheten") and whose other cell is the head
("2027-06-18 / LI2027/01466"); the type is no logo (`letterhead.py` asks here).
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.header import type_alone
from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import ISO_DATE
from atgard.schema import Block


def under_its_type(blocks: Sequence[Block], logo_words: int) -> tuple[str, list[str]] | None:
    """A letterhead in the first cell of a row under the document's type alone, its date beside it ("Remiss" over
    "Regeringskansliet / Landsbygds- och infrastrukturdepartementet / Transportenheten | 2027-06-18 /
    LI2027/01466"): the cell's first line is the logo, the others the letterhead's lines."""
    first_page = [block for block in blocks if block.page == 1][:2]
    if len(first_page) < 2 or first_page[0].kind == "table_row" or not type_alone(first_page[0].text):
        return None
    row = first_page[1]
    if row.kind != "table_row" or len(row.cells) < 2 or not row.cells[0].text.strip():
        return None
    lines, beside = text_lines(row.cells[0].text), [line for cell in row.cells[1:] for line in text_lines(cell.text)]
    if len(lines[0].split()) > logo_words or not any(ISO_DATE.fullmatch(line) for line in beside):
        return None
    return lines[0], unbroken(lines[1:])


def unbroken(lines: Sequence[str]) -> list[str]:
    """Lines with a name broken after its coordinated part made one again ("Landsbygds- och" /
    "infrastrukturdepartementet", "Skol- och" / "fritidsnämnden").

    >>> unbroken(["Landsbygds- och", "infrastrukturdepartementet", "Transportenheten"])
    ['Landsbygds- och infrastrukturdepartementet', 'Transportenheten']
    >>> unbroken(["Kultur- samt", "fritidsförvaltningen"]), unbroken(["Regeringskansliet", "Finansdepartementet"])
    (['Kultur- samt fritidsförvaltningen'], ['Regeringskansliet', 'Finansdepartementet'])
    """
    joined: list[str] = []
    for line in lines:
        if joined and _COORDINATED_END.search(joined[-1]) and line[:1].islower():
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


# A line that ends in a name's coordinated first part, its last part on the next line: "Landsbygds- och", "Kultur-
# samt", "Hälso- och sjuk-" is none of it (a word broken at its hyphen).
_COORDINATED_END = rule(
    "letterhead.coordinated_end",
    r"[\wåäö]-\s+(?:och|samt|eller)$",
    matches=("Landsbygds- och", "Kultur- samt", "Skol- och", "Barn- eller"),
    not_matches=("Landsbygds- och infrastrukturdepartementet", "Regeringskansliet", "Hälso- och sjuk-", "och"),
)
