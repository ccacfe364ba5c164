"""What a publication without personal data hides: which text holds a person's name, number or address.

The columns that hold such data read as NULL (the publication's SQL authorizer); this module finds
it in free text, where a column cannot be hidden whole: the lines of a page picture. Text holds
personal data when it names a person the database knows (a case officer, a signatory), holds an
e-mail address or a telephone number, or is a contact line ("Handläggare: …", "Telefon …").
Hiding too much is safe; hiding too little is not, so the patterns err wide.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points on the displayed page

EMAIL = re.compile(r"[\w.+-]+\s?@\s?[\w-]+(?:\.[\w-]+)+")
# A Swedish number: 0 or +46, an area code, then at least five digits in groups ("08-508 000 00",
# "070-123 45 67", "+46 8 508 000 00"); not a date (2017-03-15) nor a case number (KS 2016/1234).
PHONE = re.compile(r"(?<![\w/.,-])(?:\+46[\s-]?(?:\(0\)[\s-]?)?|0)\d{1,3}(?:[\s-]?\d){5,9}(?![\w/-])")
# A line that introduces contact details: a label at the start of a line or box, then a colon, the
# end, or what a name or number starts with. The word in a sentence ("Handläggare på socialtjänsten
# ska ...") hides nothing.
_LABELS = r"(?i:handläggare|kontaktperson|kontakt|föredragande|telefon|tfn|tel|mobil|e-post|epost|e-mail|mail)"
CONTACT_LABEL = re.compile(r"^\W*" + _LABELS + r"\.?(?:\s*:|\s*$|\s+[A-ZÅÄÖ0-9+(])")
BARE_LABEL = re.compile(r"^\W*" + _LABELS + r"\W*$")  # a label alone: the name or number is on the next line
MIN_NAME_LENGTH = 4  # shorter values ("Ek") would match inside ordinary words' neighbours
BLOCK_PAGES = 3  # how many pages back a block that reaches this page may start


@dataclass(frozen=True)
class Personal:
    """The names and numbers a database knows of, and how to find them or any other in text."""

    values: tuple[str, ...]

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """Every value, words apart by any white space, case ignored, never inside a word."""
        words = [r"\s+".join(map(re.escape, value.split())) for value in self.values if value.split()]
        return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE) if words else None

    def held_by(self, text: str) -> bool:
        """Whether ``text`` holds personal data: a known value, an e-mail address, a phone number, a contact line."""
        if EMAIL.search(text) or PHONE.search(text) or CONTACT_LABEL.search(text):
            return True
        return self.pattern is not None and self.pattern.search(text) is not None


# A name after a label in running text or a header: "Handläggare: Lena Holm, telefon ..."
NAME_AFTER_LABEL = re.compile(
    r"(?i:handläggare|kontaktperson|föredragande)\s*:?\s+([A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,3})"
)


def known_values(connection: sqlite3.Connection) -> Personal:
    """Every case officer's name, phone and e-mail and every signatory's name in the database, and
    every name written after a contact label in a block or a running header or footer.

    Read on a connection without the publication's authorizer (these columns read as NULL there).
    Every document's, not only the page's: an officer of one document may be named in another.
    """
    rows = connection.execute(
        "SELECT case_officer_name FROM documents UNION SELECT case_officer_phone FROM documents "
        "UNION SELECT case_officer_email FROM documents UNION SELECT name FROM signatories"
    ).fetchall()
    values = {" ".join(value.split()) for (value,) in rows if isinstance(value, str)}
    labelled = connection.execute(
        f"SELECT text FROM blocks WHERE {_HAS_LABEL.format('text')} "
        f"UNION ALL SELECT furniture FROM pages WHERE {_HAS_LABEL.format('furniture')}"
    ).fetchall()
    for (text,) in labelled:
        values.update(" ".join(name.split()) for name in NAME_AFTER_LABEL.findall(text or ""))
    return Personal(tuple(sorted(value for value in values if len(value) >= MIN_NAME_LENGTH)))


_NAMING_LABELS = ("handläggare", "kontaktperson", "föredragande")
_HAS_LABEL = " OR ".join(f"instr(lower({{0}}), '{label}')" for label in _NAMING_LABELS)


def stored_boxes(connection: sqlite3.Connection, document_id: str, page: int, personal: Personal) -> list[Box]:
    """Boxes on a page that the reader's blocks and the signatures say hold personal data.

    Every signature, and every block (paragraph, table row, heading, …) whose text holds any. The
    picture's own text is searched as well (:mod:`atgard.output.pictures`), for what is in no block:
    running headers and footers, margin notes.
    """
    signatures = connection.execute(
        "SELECT boxes FROM signatories WHERE document_id = ? AND page = ?", [document_id, page]
    ).fetchall()
    blocks = connection.execute(  # a block's page is its first: one running over a page break starts before
        "SELECT text, boxes FROM blocks WHERE document_id = ? AND page BETWEEN ? AND ?",
        [document_id, page - BLOCK_PAGES, page],
    ).fetchall()
    found = [box for (boxes,) in signatures for box in boxes_on_page(boxes, page)]
    return found + [box for text, boxes in blocks if personal.held_by(text) for box in boxes_on_page(boxes, page)]


def boxes_on_page(boxes_json: str | None, page: int) -> Iterable[Box]:
    for box in json.loads(boxes_json or "[]"):
        if box["page"] == page:
            b = box["bbox"]
            yield (b["x0"], b["top"], b["x1"], b["bottom"])
