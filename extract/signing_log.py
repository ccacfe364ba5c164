"""An e-signing service's log of who signed, printed as a document's last page ("Verifikat", "Detta dokument har
signerats elektroniskt"): a table with a column of names and one of the times they signed ("Namn | Roll |
Signerat | Metod" over "Eva Sjöstedt (ES) | Ordförande | 2027-05-03 13:40:51 CEST | BankID"). Each row's name is a
signatory, its role the title; the initials a service sets after the name are none of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from atgard.extract.rules import rule
from atgard.schema import Block

# The column of names in a signing log's header row.
_NAME_COLUMN = rule(
    "signatory.log_name_column",
    r"^(?:namn|signerare|undertecknare|undertecknad\s+av)$",
    matches=("Namn", "Signerare", "Undertecknad av"),
    not_matches=("Namnteckning", "Namnförtydligande", "Roll"),
)
# The column of the times they signed: what makes a table of names a signing log (a list of members has none).
_SIGNED_COLUMN = rule(
    "signatory.log_signed_column",
    r"^(?:signerat|signerad|signerades|signeringstid(?:punkt)?|tidpunkt|undertecknat|datum\s+och\s+tid|tid)$",
    matches=("Signerat", "Signeringstidpunkt", "Tidpunkt", "Datum och tid", "Undertecknat"),
    not_matches=("Signerare", "Sammanträdestid", "Metod"),
)
# A role's column: the title.
_ROLE_COLUMN = rule(
    "signatory.log_role_column",
    r"^(?:roll|befattning|titel|funktion)$",
    matches=("Roll", "Befattning", "Titel"),
    not_matches=("Rollfördelning", "Namn"),
)
# What stands in brackets after a signer's name, no part of it: the initials a signing service sets ("Eva Sjöstedt
# (ES)") or a member's party ("Kristina Wahlberg (C)", "Lena Ek (MP)").
NAME_SUFFIX = rule(
    "signatory.name_suffix",
    r"\s*\([A-ZÅÄÖ]{1,4}\)$",
    matches=("Eva Sjöstedt (ES)", "Anders Berggren (AB)", "Kristina Wahlberg (C)", "Lena Ek (MP)"),
    not_matches=("Eva Sjöstedt", "Anna Berg (S)x", "Eva Ek (ordförande)"),
    flags=0,
)


@dataclass(frozen=True)
class Signer:
    """A row of a signing log: the signer's name and role as printed, and the row it stands in."""

    index: int
    name: str
    role: str | None


def signing_log(blocks: Sequence[Block]) -> tuple[list[Signer], set[int]]:
    """The signers of every signing log among ``blocks`` and the indexes of the log's rows (its header's too), which
    no other reading of signatures should take.

    >>> from atgard.schema import BBox, PageBox, TableCell
    >>> box = BBox(x0=0, top=0, x1=1, bottom=1)
    >>> def row(*texts): return Block(kind="table_row", text=" | ".join(texts), page=3,
    ...     boxes=[PageBox(page=3, bbox=box)], cells=[TableCell(text=t, bbox=box) for t in texts])
    >>> signers, rows = signing_log([row("Namn", "Roll", "Signerat"), row("Eva Ek (EE)", "Ordförande", "2027-05-03")])
    >>> [(s.name, s.role) for s in signers], rows
    ([('Eva Ek', 'Ordförande')], {0, 1})
    """
    signers: list[Signer] = []
    rows: set[int] = set()
    for index, block in enumerate(blocks):
        labels = [" ".join(cell.text.split()) for cell in block.cells]
        names = next((at for at, label in enumerate(labels) if _NAME_COLUMN.match(label)), None)
        if names is None or not any(_SIGNED_COLUMN.match(label) for label in labels):
            continue
        role = next((at for at, label in enumerate(labels) if _ROLE_COLUMN.match(label)), None)
        rows.add(index)
        for at, below in enumerate(blocks[index + 1 :], index + 1):
            if below.kind != "table_row" or len(below.cells) != len(labels) or below.page != block.page:
                break
            name = NAME_SUFFIX.sub("", " ".join(below.cells[names].text.split()))
            title = " ".join(below.cells[role].text.split()) if role is not None else None
            signers.append(Signer(at, name, title or None))
            rows.add(at)
    return signers, rows
