"""The board register as Popolo / Open Civic Data organizations, the form civic-data systems read."""

from __future__ import annotations

from typing import Any

from atgard.extract.boards import BoardRegister, RegisterEntry
from atgard.extract.rules import rule

CLASSIFICATION = {
    "council": "kommunfullmäktige",
    "executive_board": "kommunstyrelse",
    "committee": "facknämnd",
    "district_committee": "stadsdelsnämnd",
    "company": "bolag",
    "office": "förvaltning",
    "group": "grupp",
    "external": "extern",
    "unknown": "okänd",
}
_ADDRESS = rule(
    "popolo.address",
    r"\b((?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[\w./-]*)?)",
    matches=("start.stockholm/om-stockholms-stad", "www.stockholmshem.se"),
    not_matches=("Stockholmshem",),
)


def _sources(entry: RegisterEntry) -> list[dict[str, str]]:
    if not entry.source:
        return []
    found = _ADDRESS.search(entry.source)
    return [{"note": entry.source, **({"url": f"https://{found.group(1)}"} if found else {})}]


def organization(entry: RegisterEntry, register: BoardRegister) -> dict[str, Any]:
    """One register entry as a Popolo organization.

    >>> from atgard.extract.boards import load_register
    >>> register = load_register()
    >>> org = organization(register.entries["ab-stockholmshem"], register)
    >>> org["classification"], org["parent_id"]
    ('bolag', 'stockholms-stadshus-ab')
    >>> organization(register.entries["alvsjo-sdn"], register)["dissolution_date"]
    '2019-12-31'
    """
    board = entry.board
    forms = {form for form, board_id in register.surface_forms() if board_id == board.id}
    other_names = sorted({*board.aliases, *forms} - {board.name}, key=str.casefold)
    org: dict[str, Any] = {
        "id": board.id,
        "name": board.name,
        "classification": CLASSIFICATION[board.kind],
        "other_names": [{"name": name} for name in other_names],
        "parent_id": board.parent,
        "sources": _sources(entry),
    }
    if entry.valid_from:
        org["founding_date"] = f"{entry.valid_from}-01-01"
    if entry.valid_to:
        org["dissolution_date"] = f"{entry.valid_to}-12-31"
    if board.members:
        # A group's members belong to it as organizations (Popolo memberships with an organization as member).
        org["memberships"] = [
            {"organization_id": board.id, "member": {"@type": "Organization", "id": member}} for member in board.members
        ]
    return org


def popolo(register: BoardRegister) -> dict[str, Any]:
    """The whole register: ``{"organizations": [...]}``, in register order."""
    return {"organizations": [organization(entry, register) for entry in register.entries.values()]}
