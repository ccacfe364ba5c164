"""Sentence rules as named records: each pattern with examples it must match and examples it must not.

A rule module declares its rules with :func:`rule`; they are kept in
:data:`RULES` by name, so code picks a rule by what it is called, never by
position, and ``tests/test_rules.py`` runs every rule's examples.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A regular expression of the document family, with its examples."""

    name: str
    pattern: re.Pattern[str]
    matches: tuple[str, ...]
    not_matches: tuple[str, ...] = ()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos)

    def findall(self, text: str) -> list[str]:
        return self.pattern.findall(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        """``text`` with every match replaced (a string, or what a function makes of the match)."""
        return self.pattern.sub(replacement, text)

    def split(self, text: str) -> list[str]:
        """``text`` cut at every match; a pattern with a group keeps the separators between the pieces."""
        return self.pattern.split(text)


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


# Any dash a title's " - " may be written with: hyphen, the Unicode hyphens and dashes (U+2010 to U+2015).
_ANY_DASH = r"\s*[-\u2010-\u2015]\s*"


def phrase(text: str) -> re.Pattern[str]:
    """A phrase the document itself gives (a title from its list of annexes), found as it is written elsewhere:
    with any spacing between its words and any dash for its " - ". Not a rule: its words are the document's.

    >>> [m.group() for m in phrase("trygg i hela staden - del 2").finditer("trygg i\\nhela staden – del 2")]
    ['trygg i\\nhela staden – del 2']
    """
    return re.compile(re.escape(text).replace(r"\ \-\ ", _ANY_DASH).replace(r"\ ", r"\s+"))
