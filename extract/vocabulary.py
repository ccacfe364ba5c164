"""The Swedish vocabulary every rule builds on: named fragments of patterns, each with its examples.

A rule (``extract/rules.py``) is a whole pattern for one job; a fragment is a piece that many rules
share: how the items of a list are joined, how a case number is written, what a board's name ends
in, a month, a modal verb. Each is declared once here with :func:`fragment`, with examples it must
match whole and examples it must not, and ``tests/test_rules.py`` runs them. A rule spells a list
joint or a month by naming the fragment (``rf"…{LIST_JOINT}…"``), never by writing the words again,
so a word added here reaches every rule that uses it.

This module and ``rules.py`` are the only places in ``extract/`` (outside the reader's layout
patterns, ``extract/read/patterns.py``) that compile a regular expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Fragment:
    """A piece of pattern with the texts it must match whole, and texts it must not."""

    name: str
    pattern: str
    matches: tuple[str, ...]
    not_matches: tuple[str, ...] = ()

    def fullmatch(self, text: str, flags: int = re.IGNORECASE) -> bool:
        return re.fullmatch(f"(?:{self.pattern})", text, flags) is not None


FRAGMENTS: dict[str, Fragment] = {}


def fragment(name: str, pattern: str, *, matches: tuple[str, ...], not_matches: tuple[str, ...] = ()) -> str:
    """Declare a fragment (matched case-insensitively in its examples) and return its pattern, non-capturing."""
    if name in FRAGMENTS:
        raise ValueError(f"fragment {name!r} declared twice")
    if not matches:
        raise ValueError(f"fragment {name!r} has no example")
    FRAGMENTS[name] = Fragment(name, pattern, matches, not_matches)
    return f"(?:{pattern})"


# --- Lists: the words that join the items of a list -------------------------------------------------------------

# "och", "samt", "såväl … som", "liksom", and "respektive" between two names ("kulturnämnden respektive
# idrottsnämnden"), never at the start ("Respektive nämnd").
LIST_JOINT_WORD = fragment(
    "list.joint_word",
    r"\boch\b|\bsamt\b|\bsåväl\b|\bliksom\b|(?<=\s)respektive\b",
    matches=("och", "samt", "såväl", "liksom"),
    not_matches=("ochså", "samtliga", "respektive"),  # "respektive" needs a name before it
)
# A joint with the punctuation that joins items too, and the space around it.
LIST_JOINT = fragment(
    "list.joint",
    rf"\s*(?:,|;|{LIST_JOINT_WORD})\s*",
    matches=(", ", " och ", " samt ", "; ", " liksom "),
    not_matches=(" eller ", " som "),
)
# Splits a list of names into its items: "A, B och C samt D".
LIST_SEPARATORS = re.compile(LIST_JOINT, re.IGNORECASE)

# --- Modal verbs that recommend: "bör förstärkas", "behöver stärkas" ---------------------------------------------

MODALS = fragment(
    "modal.recommending",
    r"bör|borde|behöver|måste",
    matches=("bör", "borde", "behöver", "måste"),
    not_matches=("ska", "kan"),
)

# --- Dates -----------------------------------------------------------------------------------------------------

MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()
MONTH = fragment("date.month", "|".join(MONTHS), matches=("januari", "maj", "December"), not_matches=("jan", "maj."))

# --- Case numbers (diarienummer) -----------------------------------------------------------------------------------

# The label before a case number: "Dnr", "Dnr.", "Diarienr", "Diarienummer".
CASE_NUMBER_LABEL = fragment(
    "case.label",
    r"\b(?:dnr|diarienr|diarienummer)\b\.?",
    matches=("Dnr", "dnr.", "Diarienr", "Diarienummer"),
    not_matches=("diarium", "dnrx"),
)
