"""A party's dissent: a reservation, a special statement, a deputy's statement, a minute note, a vote explained.

It says what the party wanted instead, so nothing in it is a decision point or a
referral: "Rapporten borde även ha remitterats till Polismyndigheten" sends nothing out.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.rules import rule

DISSENT = rule(
    "dissent.opening",
    r"^(?:reservation|särskil(?:t|da)\s+(?:uttalande|yttrande)|ersättaryttrande|protokollsanteckning|röstförklaring|"
    r"skiljaktig\s+mening)",
    matches=(
        "Reservation",
        "Reservation anförs av Anders Wiklund m.fl. (M) enligt följande.",
        "Särskilt uttalande",
        "Särskilt yttrande",  # as many municipalities call the special statement
        "Särskilda yttranden",
        "Röstförklaring",
        "Skiljaktig mening",
    ),
    not_matches=("Remissammanställning",),
)


def in_dissent(analysed: Sequence[Analysed]) -> frozenset[int]:
    """The blocks that state a dissent: from a heading or paragraph that opens one to the next other heading."""
    inside, found = False, set()
    for item in analysed:
        opens = bool(DISSENT.match(item.block.text.strip()))
        if item.block.kind == "heading":
            inside = opens
        elif opens:
            inside = True
        if inside:
            found.add(item.index)
    return frozenset(found)
