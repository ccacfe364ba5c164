"""Sentence rules as named records: each pattern with examples it must match and examples it must not.

A rule module declares its rules with :func:`rule`; they are kept in
:data:`RULES` by name, so code picks a rule by what it is called, never by
position, and ``tests/test_rules.py`` runs every rule's examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A regular expression of the document family, with its examples."""

    name: str
    pattern: re.Pattern[str]
    matches: tuple[str, ...]
    not_matches: tuple[str, ...] = ()

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text)


RULES: dict[str, Rule] = {}


def rule(
    name: str, pattern: str, *, matches: tuple[str, ...], not_matches: tuple[str, ...] = (), flags: int = re.IGNORECASE
) -> Rule:
    """Declare a rule (case-insensitive unless ``flags`` say otherwise); a name is declared once."""
    if name in RULES:
        raise ValueError(f"rule {name!r} declared twice")
    if not matches:
        raise ValueError(f"rule {name!r} has no example")
    RULES[name] = declared = Rule(name, re.compile(pattern, flags), matches, not_matches)
    return declared


# Swedish modal verbs that recommend ("bör förstärkas", "behöver stärkas"): one alternation for every rule using it.
from atgard.extract.vocabulary import MODALS as MODALS  # noqa: E402  (kept for the rules that import it here)
