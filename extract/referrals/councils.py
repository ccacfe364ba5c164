"""A board's own councils in a recipient list, named by the board's genitive and the council's indefinite noun:
"stadsdelsnämndens pensionärsråd och funktionshinderråd", "nämndens lokala ungdomsråd", "kommunens pensionärsråd". A
council after "och" without a genitive of its own shares the owner of the council before it (the genitive is
gapped: "stadsdelsnämndens pensionärsråd och funktionshinderråd" is two councils of the stadsdelsnämnd).
"""

from __future__ import annotations

from atgard.extract.rules import rule
from atgard.extract.vocabulary import COUNCIL_ADJECTIVE, COUNCIL_NOUN
from atgard.schema.contract import Recipient

# A council's noun (vocabulary.COUNCIL_NOUN: no "samråd", no "kommunalråd"), indefinite or definite, an adjective
# before it or none: "pensionärsråd", "lokala pensionärsrådet".
_COUNCIL_NOUN = rf"{COUNCIL_ADJECTIVE}?{COUNCIL_NOUN}(?:et)?"

# A council the owner's genitive names: the board's, the municipality's or the region's ("till" may be repeated).
_OWNED_COUNCIL = rule(
    "referral.owned_council",
    rf"^(?:till\s+)?(?P<owner>[a-zåäö-]*(?:nämndens|styrelsens)|kommunens|stadens|regionens)\s+(?P<noun>{_COUNCIL_NOUN})$",
    matches=(
        "stadsdelsnämndens pensionärsråd",
        "nämndens funktionshinderråd",
        "kommunens pensionärsråd",
        "regionens ungdomsråd",
        "socialnämndens brukarråd",
        "till regionens ungdomsråd",  # "till" repeated in the list
        "stadsdelsnämndens lokala pensionärsråd",
    ),
    not_matches=(
        "stadsdelsnämndens beslut",
        "kommunens samråd",
        "nämndens förråd",
        "Stockholms stads pensionärsråd",
        "stadsdelsnämndens pensionärsråd och funktionshinderråd",
        "kommunens kommunalråd",
        "stadens borgarråd",
    ),
    flags=0,
)
# A council's noun alone, its owner gapped after the council before it: "… pensionärsråd och funktionshinderråd".
_GAPPED_COUNCIL = rule(
    "referral.gapped_council",
    rf"^{_COUNCIL_NOUN}$",
    matches=("funktionshinderråd", "ungdomsrådet"),
    not_matches=("samråd", "råd", "Funktionshinderråd", "ungdomsråd för synpunkter", "kommunalråd"),
    flags=0,
)


def owned_council(piece: str, before: list[Recipient]) -> Recipient | None:
    """The council a list item names by its owner's genitive, or by its noun after such a council; else None.

    >>> owned_council("stadsdelsnämndens pensionärsråd", []).name
    'Stadsdelsnämndens pensionärsråd'
    >>> first = Recipient(name="Stadsdelsnämndens pensionärsråd", kind="unknown")
    >>> owned_council("funktionshinderråd", [first]).name
    'Stadsdelsnämndens funktionshinderråd'
    >>> owned_council("funktionshinderråd", []) is None
    True
    """
    if (found := _OWNED_COUNCIL.match(piece)) is not None:
        return _council(found.group("owner"), found.group("noun"))
    if before and (owner := _owner_of(before[-1].name)) is not None and _GAPPED_COUNCIL.match(piece):
        return _council(owner, piece)
    return None


def _owner_of(name: str) -> str | None:
    """The owner's genitive of a council named by it ("Stadsdelsnämndens pensionärsråd": "stadsdelsnämndens")."""
    found = _OWNED_COUNCIL.match(name[:1].lower() + name[1:])
    return found.group("owner") if found else None


def _council(owner: str, noun: str) -> Recipient:
    name = " ".join(f"{owner[:1].upper()}{owner[1:]} {noun}".split())  # a line break inside: "kommunala\npensionärsråd"
    return Recipient(name=name, board_id=None, kind="unknown")
