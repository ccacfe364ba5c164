"""What a publication without personal data hides: which text holds a person's name, number or address.

The columns that hold only such data read as NULL (:data:`PERSONAL_COLUMNS`: the publication's SQL
authorizer, and the masked copy it serves, :mod:`atgard.output.masked_copy`); this module says what the
database knows of persons, and finds them in free text, where a column cannot be hidden whole: every text
of the masked copy, the lines of a page picture. Text holds personal data when it names a person the
database knows (a case officer, a signatory, anyone a text names in a person's shape), gives a name a
person's shape (:mod:`atgard.output.names`), holds an e-mail address or a telephone number, or is a
contact line ("Handläggare: …", "Telefon …"). Hiding too much is safe; hiding too little is not, so the
patterns err wide.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from atgard.output.names import Names, names_in, normal, places_of

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points on the displayed page

# A line that introduces contact details: a label at the start of a line or box, then a colon, the
# end, or what a name or number starts with. The word in a sentence ("Handläggare på socialtjänsten
# ska ...") hides nothing.
_LABELS = r"(?i:handläggare|kontaktperson|kontakt|föredragande|telefon|tfn|tel|mobil|e-post|epost|e-mail|mail)"
CONTACT_LABEL = re.compile(r"^\W*" + _LABELS + r"\.?(?:\s*:|\s*$|\s+[A-ZÅÄÖ0-9+(])")
BARE_LABEL = re.compile(r"^\W*" + _LABELS + r"\W*$")  # a label alone: the name or number is on the next line
MIN_NAME_LENGTH = 4  # shorter values ("Ek") would match inside ordinary words' neighbours
BLOCK_PAGES = 3  # how many pages back a block that reaches this page may start


# Columns that hold nothing but personal data, or text too free to mask in part (the reader's blocks, which
# include the "Handläggare" box; running headers and footers, margin notes, the header's unit line): hidden
# whole, NULL to every query of a masked publication.
PERSONAL_COLUMNS = frozenset(
    {
        ("documents", "case_officer_name"),
        ("documents", "case_officer_phone"),
        ("documents", "case_officer_email"),
        ("signatories", "name"),
        ("blocks", "text"),
        ("blocks", "cells"),
        ("pages", "furniture"),
        ("pages", "asides"),
        ("documents", "unit"),
    }
)


@dataclass(frozen=True)
class Personal:
    """The names and numbers a database knows of, and how to find them or any other in text."""

    values: tuple[str, ...]
    places: frozenset[str] = frozenset()  # the register's names, none a person's (:func:`names.places_of`)

    @cached_property
    def names(self) -> Names:
        return Names(frozenset(normal(value) for value in self.values), self.places)

    def held_by(self, text: str) -> bool:
        """Whether ``text`` holds personal data: a known value or a name's shape, an e-mail address, a phone
        number, a contact line."""
        return CONTACT_LABEL.search(text) is not None or self.names.holds(text)


# A name after a label in running text or a header: "Handläggare: Lena Holm, telefon ..."
NAME_AFTER_LABEL = re.compile(
    r"(?i:handläggare|kontaktperson|föredragande)\s*:?\s+([A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){1,3})"
)


def known_values(connection: sqlite3.Connection) -> Personal:
    """Every case officer's name, phone and e-mail and every signatory's name in the database, every name
    written after a contact label in a block or a running header or footer, and every name any text of the
    database gives a person's shape ("Anna Berg (S)", "ledamoten Anna Berg"): then found without one too.

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
    places = places_of(register_names(connection))
    seen: set[str] = set()  # a title or a kind repeats on many rows: read once
    for table, columns in text_columns(connection):
        for row in connection.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}]"):
            for text in row:
                if isinstance(text, str) and text not in seen:
                    if len(text) < 200:
                        seen.add(text)
                    values.update(names_in(text, places))
    return Personal(tuple(sorted(value for value in values if len(value) >= MIN_NAME_LENGTH)), places)


def register_names(connection: sqlite3.Connection) -> list[str]:
    """The register's names of boards and companies, their forms and aliases: none is a person's."""
    rows = connection.execute(
        "SELECT name FROM boards UNION SELECT alias FROM board_aliases UNION SELECT form FROM board_forms"
    ).fetchall()
    return [name for (name,) in rows if isinstance(name, str)]


SHADOW_TABLES = ("_data", "_idx", "_content", "_docsize", "_config")  # FTS5's own tables of a virtual table


def text_columns(connection: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    """Each table with its columns that may hold text: every column but its keys (a document's sha256, an
    item's number, a board's id: never a name). FTS5's own tables are left to FTS5; its virtual table is one."""
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    virtual = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
    }
    shadows = {name + suffix for name in virtual for suffix in SHADOW_TABLES}
    found = []
    for table in sorted(t for t in tables if t not in shadows and not t.startswith("sqlite_")):
        keys = {row[3] for row in connection.execute(f"PRAGMA foreign_key_list([{table}])")}
        info = connection.execute(f"PRAGMA table_info([{table}])").fetchall()
        columns = [c[1] for c in info if not c[5] and c[1] not in keys and c[1] != "id" and not c[1].endswith("_id")]
        if columns:
            found.append((table, columns))
    return found


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
