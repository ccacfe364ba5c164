"""Whose document: the body a document's decisions are for (the addressee, or the board whose protocol or agenda it
is), from the names in its header and the board register."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import BOARD_LIKE, resolve_name
from atgard.extract.rules import rule
from atgard.schema.contract import DocumentKind

_DECIDING_KINDS = frozenset({"council", "executive_board", "committee", "district_committee", "company"})

# A notice of meeting sent to the members of the board that meets: "Till ledamöter i bildningsnämnden",
# "Ledamöter och ersättare i kommunstyrelsen", "Till styrelsens ledamöter"; the board is whose meeting it is.
_MEMBERS_OF = rule(
    "header.members_of_board",
    r"^(?:till\s+)?(?:(?:samtliga\s+|nämndens\s+)?ledamöter(?:na)?(?:\s+(?:och|samt)\s+ersättare(?:na)?)?\s+(?:i|för)"
    r"\s+(?P<board>.+?)|(?P<owner>\S+?)s\s+ledamöter(?:\s+(?:och|samt)\s+ersättare)?)\s*$",
    matches=(
        "Till ledamöter i bildningsnämnden",
        "Ledamöter och ersättare i kommunstyrelsen",
        "Ledamöterna i Tekniska nämnden",
        "Till styrelsens ledamöter",
        "ledamöter samt ersättare för socialnämnden",
    ),
    not_matches=("Kommunstyrelsen", "Till ledamöterna", "Ledamöter som är förhindrade att delta ombeds meddela"),
)


def deciding_body(
    kind: DocumentKind, header_names: Sequence[str | None], addressee: str | None, register: BoardRegister
) -> str | None:
    """The body a document's decisions are for: the addressee, or the board whose protocol or agenda it is.

    A protocol names its body in the header (unit or office: "Kommunfullmäktige"); where the header
    says only "Stadsdelsnämnden" or "Nämnden", the board is the one the office in the header serves
    ("Hägersten-Älvsjö stadsdelsförvaltning": Hägersten-Älvsjö stadsdelsnämnd).

    >>> from atgard.extract.boards import load_register
    >>> register = load_register()
    >>> deciding_body("protokoll", ["Stadsdelsnämnden", "Hägersten-Älvsjö stadsdelsförvaltning"], None, register)
    'Hägersten-Älvsjö stadsdelsnämnd'
    >>> deciding_body("protokoll", ["Kommunfullmäktige", "Stockholms stad"], None, register)
    'Kommunfullmäktige'
    >>> deciding_body("dagordning", ["Ockelbo kommun"], "Till ledamöter i bildningsnämnden", register)
    'Bildningsnämnden'
    >>> deciding_body("dagordning", ["Mölndalsbostäder AB"], "Till styrelsens ledamöter", register)
    'Styrelsen'

    A board the register does not know is named by its shape, before a logo's letters or a title broken off:

    >>> deciding_body("protokoll", ["RJH", "Regionstyrelsen"], None, register)
    'Regionstyrelsen'

    A protocol whose title names the meeting's body ("Utdrag ur protokoll fört vid styrelsesammanträde i AB
    Stångåstaden", first of ``header_names``) is that body's, whatever letter it annexes ("Till Kommunstyrelsen"):

    >>> deciding_body("protokoll", ["AB Stångåstaden", "Styrelsen"], "Kommunstyrelsen", register)
    'AB Stångåstaden'
    >>> deciding_body("dagordning", ["skol-", "Skol- och fritidsnämnden", "HELSINGBORGS STAD"], None, register)
    'Skol- och fritidsnämnden'
    """
    if kind in ("protokoll", "dagordning") and addressee and (members := _MEMBERS_OF.match(addressee)):
        board = members.group("board") or members.group("owner")
        return board[:1].upper() + board[1:]
    titled = kind == "protokoll" and bool(header_names) and bool(header_names[0])  # the meeting its title names
    if kind not in ("protokoll", "dagordning") or (addressee and not titled):
        return addressee  # a protocol's annexed letter "Till Kommunstyrelsen" does not make the meeting's body
    found = [resolve_name(name, register) for name in header_names if name]
    for body in found:
        if body.kind in _DECIDING_KINDS:
            return body.name
    for body in found:
        served = register[body.board_id].parent if body.kind == "office" and body.board_id else None
        if served is not None and served in register:
            return register[served].name
    if found and found[0].kind == "external":
        # a logo's "RJH" or a title broken off ("… med skol-") first: the board by its name's shape after it
        shaped = (body.name for body in found[1:] if body.kind == "unknown" and BOARD_LIKE.match(body.name))
        if (board := next(shaped, None)) is not None:
            return board
    return next(filter(None, header_names), None)
