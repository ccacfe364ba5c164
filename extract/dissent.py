"""A party's dissent: a reservation, a special statement, a deputy's statement, a minute note, a vote explained.

Under a heading of its own ("Reservation", "Särskilt yttrande", "Protokollsanteckning"), or told in a
sentence of the protocol ("X (V) anmälde reservation mot beslutet", "Y reserverar sig").

It says what the party wanted instead, so nothing in it is a decision point or a
referral: "Rapporten borde även ha remitterats till Polismyndigheten" sends nothing out.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.lemmas import forms_pattern
from atgard.extract.rules import rule

DISSENT = rule(
    "dissent.opening",
    r"^(?:reservation|särskil(?:t|da)\s+(?:uttalande|yttrande)|ersättaryttrande|protokollsanteckning|röstförklaring|"
    r"(?:skiljaktig|avvikande)\s+mening\b)",
    matches=(
        "Reservation",
        "Reservation anförs av Anders Wiklund m.fl. (M) enligt följande.",
        "Särskilt uttalande",
        "Särskilt yttrande",  # as many municipalities call the special statement
        "Särskilda yttranden",
        "Röstförklaring",
        "Skiljaktig mening",
        "Avvikande mening",  # a company board's dissent
    ),
    not_matches=("Remissammanställning", "Avvikande meningar om tidplanen framfördes i samrådet."),
    explains_cue=True,
)
# A dissent told in a sentence of the protocol: "X (V) anmälde reservation", "X reserverar sig mot beslutet",
# "Y (L) lämnar ett särskilt yttrande", "anmäler en protokollsanteckning", "deltar inte i beslutet".
DISSENT_SENTENCE = rule(
    "dissent.sentence",
    rf"\b(?:anmäl\w*|lämna\w*|avg\w*|gör|görs|anför\w*)\s+(?:en\s+|ett\s+|sin\s+|skriftlig\w*\s+|muntlig\w*\s+)*"
    r"(?:reservation|protokollsanteckning|särskil(?:t|da)\s+(?:yttrande|uttalande)|ersättaryttrande|röstförklaring|"
    r"(?:skiljaktig|avvikande)\s+mening)\b|"
    rf"{forms_pattern('reservera')}\s+sig\b|\b(?:deltar|deltog)\s+inte\s+i\s+beslutet\b|"
    r"\binte\s+(?:deltar|deltog|har\s+deltagit)\s+i\s+beslutet\b",
    matches=(
        "Nadia Farah (V) och Tilda Renberg (MP) anmälde reservation mot beslutet.",
        "Rasmus Teng (SD) reserverar sig mot beslutet till förmån för sitt eget yrkande.",
        "Socialdemokraternas ledamöter reserverade sig skriftligt.",
        "Arvid Nyman (V) anmäler en protokollsanteckning: Vi delar bedömningen.",
        "Jonas Ström (KD) lämnar ett särskilt yttrande enligt bilaga 2.",
        "Pontus Haag (SD) deltar inte i beslutet.",
        "Rebecka Ohlin (SD) anmälde att hon inte deltog i beslutet.",
        "Aziz Kaya anmälde avvikande mening, bilaga 3.",
        "Ledamoten Eva Lind anmälde skiljaktig mening.",
    ),
    not_matches=(
        "Nämnden godkänner reservationsrutinen.",
        "Beslutet justeras omedelbart.",
        "Remissinstanserna lämnade avvikande synpunkter.",
    ),
    explains_cue=True,
)
# A dissent that goes on in the paragraphs after it: "… anmäler reservation enligt följande:".
_GOES_ON = rule(
    "dissent.goes_on",
    r"(?:följande|nedan)\s*[.:]?\s*$|:\s*$",
    matches=("Anna Ek (M) anmäler reservation enligt följande.", "X (V) anmäler en protokollsanteckning:"),
    not_matches=("X (V) anmäler en protokollsanteckning: Vi delar bedömningen.",),
    explains_cue=True,
)


def is_dissent_sentence(text: str) -> bool:
    """A paragraph that tells of a dissent, and whether its text goes on after it."""
    return bool(DISSENT_SENTENCE.search(text))


def dissent_goes_on(text: str) -> bool:
    """A dissent's paragraph that ends where its text begins ("… enligt följande:")."""
    return bool(_GOES_ON.search(text))


def in_dissent(analysed: Sequence[Analysed]) -> frozenset[int]:
    """The blocks that state a dissent: from a heading or paragraph that opens one to the next other heading;
    a paragraph that tells of one ("X anmälde reservation …"), and what it says goes on after it."""
    inside, found = False, set()
    for item in analysed:
        text = item.block.text.strip()
        opens = bool(DISSENT.match(text))
        if item.block.kind == "heading":
            inside = opens
        elif opens:
            inside = True
        elif is_dissent_sentence(text):
            found.add(item.index)
            inside = inside or dissent_goes_on(text)
        if inside:
            found.add(item.index)
    return frozenset(found)
