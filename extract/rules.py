"""Sentence rules as named records: each pattern with examples it must match and examples it must not.

A rule module declares its rules with :func:`rule`; they are kept in
:data:`RULES` by name, so code picks a rule by what it is called, never by
position, and ``tests/test_rules.py`` runs every rule's examples.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from atgard.extract.literals import folded, kept_fold, rule_test


class Fired(NamedTuple):
    """A rule that matched, and where: what `atgard inspect --why` tells of an item or of a sentence.

    A named tuple: extraction records one for every match of every rule (every word a referral's sentence is
    cut into), and a tuple costs a fifth of a frozen dataclass to make."""

    rule: str
    text: str  # the text the rule was run on
    start: int
    end: int


# The rules that fired while tracing() is on (None: off). One module-level list rather than an argument
# threaded through every rule: extraction runs one document at a time in a process, and tracing is off
# in every run but `inspect --why`, where it costs one test of this name per rule call.
_fired: list[Fired] | None = None


@contextmanager
def tracing() -> Iterator[list[Fired]]:
    """Record every rule that matches inside the block (search, match, fullmatch, finditer), in order.

    A tracing inside another reports to the outer one too (the extraction traces each document for its items'
    evidence; `inspect --why` traces the whole extraction around it)."""
    global _fired
    outer, _fired = _fired, []
    inner = _fired
    try:
        yield inner
    finally:
        _fired = outer
        if outer is not None:
            outer.extend(inner)


def _noted(name: str, found: re.Match[str] | None) -> re.Match[str] | None:
    if found is not None and _fired is not None:
        _fired.append(Fired(name, found.string, found.start(), found.end()))
    return found


_UNREAD = object()  # a rule whose pattern is not read for its needles yet
_NOTHING: Iterator[Any] = iter(())  # the matches of a rule in a text that cannot hold one (exhausted: shared)


@dataclass(frozen=True)
class Rule:
    """A regular expression of the document family, with its examples.

    ``explains_cue``: a match accounts for a sentence that gives no item of its own: a lead-in whose
    items follow ("Nämnden beslutar följande."), or text classified out (a reservation, a motion, an
    account of an earlier referral). `inspect --why` counts a cue such a rule fires on as explained.
    """

    name: str
    source: str  # the pattern as written; compiled the first time it is run (``pattern``)
    matches: tuple[str, ...]
    not_matches: tuple[str, ...] = ()
    explains_cue: bool = False
    flags: int = re.IGNORECASE

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern, made on first use: compiling every rule at import took a fifth of a second of
        the start-up, and one document runs about a third of the rules past their needle test (one memo's
        ``atgard ingest`` pays start-up for little else). A cache in the instance, as ``_needles`` is."""
        return re.compile(self.source, self.flags)

    def _cannot_match(self, text: str) -> bool:
        """Whether ``text`` lacks every string a match needs (literals.py): then the pattern is not run.
        The needles are read from the pattern the first time the rule is used. Every rule call of the
        extraction passes here, so the test is written out rather than called."""
        found = self.__dict__.get("_needles", _UNREAD)
        if found is _UNREAD:
            found = rule_test(self.source, self.flags)
            object.__setattr__(self, "_needles", found)  # a cache, not a field: the rule stays a value
        if found is None:
            return False
        strings, caseless, more = found
        haystack = (kept_fold(text) or folded(text)) if caseless else text  # the kept fold without a call
        for needle in strings:
            if needle in haystack:
                break
        else:
            return True
        for others in more:  # tested only in a text with a needle: the one test of most texts stays one
            for needle in others:
                if needle in haystack:
                    break
            else:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._cannot_match(text):
            return None
        found = self.pattern.search(text, pos, endpos)
        if found is not None and _fired is not None:
            _fired.append(Fired(self.name, text, *found.span()))
        return found

    def may_match(self, text: str) -> bool:
        """Whether ``text`` holds what every match needs (the literal test alone, untraced): a text that does not,
        nor any part of it, has a match (a document's whole text tests every block of it at once)."""
        return not self._cannot_match(text)

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches anywhere in ``text``, untraced: a test that makes no item (the self-check's)."""
        return not self._cannot_match(text) and self.pattern.search(text) is not None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # not tested first: a match is tried at one place only, and mostly fails there as fast as the test (fewer
        # instructions than the test, measured); the tracing written out, as in search: the most called rule method
        found = self.pattern.match(text, pos, endpos)
        if found is not None and _fired is not None:
            _fired.append(Fired(self.name, text, *found.span()))
        return found

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return _noted(self.name, self.pattern.fullmatch(text))

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        # not a generator itself: most texts fail the literal test, and get an empty iterator without one made
        return _NOTHING if self._cannot_match(text) else self._found(text, pos, endpos)

    def _found(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        name = self.name
        for found in self.pattern.finditer(text, pos, endpos):
            if _fired is not None:  # read at every match: the tracing in force when the match is taken
                _fired.append(Fired(name, text, *found.span()))
            yield found

    def findall(self, text: str) -> list[str]:
        return [] if self._cannot_match(text) else self.pattern.findall(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        """``text`` with every match replaced (a string, or what a function makes of the match)."""
        return text if self._cannot_match(text) else self.pattern.sub(replacement, text)

    def split(self, text: str) -> list[str]:
        """``text`` cut at every match; a pattern with a group keeps the separators between the pieces."""
        return [text] if self._cannot_match(text) else self.pattern.split(text)


_T = TypeVar("_T")
_KEPT: list[dict[str, Any]] = []  # every kept_by_text function's texts, emptied for each document (forget_texts)


def kept_by_text(function: Callable[[str], _T]) -> Callable[[str], _T]:
    """``function`` of a text alone, run once per text of a document: asked again of an equal text, it gives the
    result it kept, and the trace gets the rules it fired the first time again (those on the text as fired on this
    one), as a run anew would record them. For a function whose callers leave its result unchanged."""
    kept: dict[str, tuple[_T, list[tuple[Fired, bool]]]] = {}
    _KEPT.append(kept)

    @functools.wraps(function)
    def once(text: str) -> _T:
        global _fired
        found = kept.get(text)
        if found is None:
            outer, _fired = _fired, []  # tracing() written out: most texts are asked once
            fired = _fired
            try:
                result = function(text)
            finally:
                _fired = outer
                if outer is not None:
                    outer.extend(fired)
            if len(kept) >= 4096:
                kept.clear()
            kept[text] = (result, [(f, f.text is text) for f in fired])
            return result
        result, fired_then = found
        if _fired is not None:
            _fired.extend(f._replace(text=text) if own else f for f, own in fired_then)
        return result

    return once


def forget_texts() -> None:
    """Empty every kept_by_text function's texts: each document starts with none (as each starts with empty caches
    of names, so that an item records the same rules in any ingest order)."""
    for kept in _KEPT:
        kept.clear()


RULES: dict[str, Rule] = {}


def rule(
    name: str,
    pattern: str,
    *,
    matches: tuple[str, ...],
    not_matches: tuple[str, ...] = (),
    flags: int = re.IGNORECASE,
    explains_cue: bool = False,
) -> Rule:
    """Declare a rule (case-insensitive unless ``flags`` say otherwise); a name is declared once."""
    if name in RULES:
        raise ValueError(f"rule {name!r} declared twice")
    if not matches:
        raise ValueError(f"rule {name!r} has no example")
    RULES[name] = declared = Rule(name, pattern, matches, not_matches, explains_cue, flags)
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
