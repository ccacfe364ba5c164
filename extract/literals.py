"""What text a regular expression cannot match without: a cheap test run before the expression itself.

Extraction runs some two hundred rules over every sentence, and most find nothing there: a rule
about "remissinstanser" is tried on every sentence that names none. Most rules need some word of
their own to match (a cue, a noun, one of a few forms), so each rule's pattern is read once for
the strings one of which every match must contain (:func:`needles`), and a text that holds none
of them is not searched (``rules.Rule``). The test is sound, never a guess: a needle is taken
only from what the pattern must match itself (not from a look-around, an optional part or one
alternative of several), and a case-insensitive pattern's needles and the text are both folded
as the regular expression engine folds case (:func:`folded`), so that a text the pattern
matches always holds one of them. What it saves is the engine's time on the other texts.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from typing import Any

# CPython's own parser of regular expressions, its opcodes and its extra case classes (re._parser since 3.11)
_parser: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")
_EXTRA_CASES: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES

Needles = tuple[tuple[str, ...], bool]  # the strings, one of which a match holds; whether in folded text
SHORTEST = 3  # a needle shorter than this is in almost every text: no test is worth making
MOST = 24  # alternatives: beyond this many, testing each costs more than the engine saves


def _case_table() -> dict[int, str | None]:
    """Characters the engine takes as one letter under IGNORECASE beyond what ``str.lower`` makes one (long s
    and s, dotless i and i, the Greek symbol forms): each class to one of them. ``"İ".lower()`` is "i" with a
    combining dot, which the engine's own fold leaves out: the dot is dropped."""
    classes: list[set[int]] = []
    for code, others in _EXTRA_CASES.items():
        members = {code, *others}
        for joined in [c for c in classes if c & members]:  # classes that share a member are one class
            classes.remove(joined)
            members |= joined
        classes.append(members)
    table: dict[int, str | None] = {0x307: None}
    for members in classes:
        table |= dict.fromkeys(members, chr(min(members)))
    return table


_TABLE = _case_table()
_ODD = re.compile("[" + "".join(re.escape(chr(code)) for code, to in _TABLE.items() if to != chr(code)) + "]")
_FOLDED: dict[str, str] = {}
kept_fold = _FOLDED.get  # a text's fold if kept (the same dict throughout: emptied, never replaced), else None


def fold(text: str) -> str:
    """``text`` as a case-insensitive pattern sees it: lowercased, each class of letters it takes as one made one.

    >>> fold("Remissinstanserna"), fold("Stadsdelsnämnden"), fold("ſtad İ")
    ('remissinstanserna', 'stadsdelsnämnden', 'stad i')
    """
    lowered = text.lower()
    if lowered.isascii() or _ODD.search(lowered) is None:
        return lowered
    return lowered.translate(_TABLE)


def folded(text: str) -> str:
    """:func:`fold`, kept for the texts searched again (a sentence is tried by many rules in turn)."""
    found = _FOLDED.get(text)
    if found is None:
        if len(_FOLDED) >= 4096:
            _FOLDED.clear()
        found = _FOLDED[text] = fold(text)
    return found


def needles(pattern: str, flags: int = 0) -> Needles | None:
    """The strings one of which every match of ``pattern`` (with ``flags``) holds, or None when there is no such
    test worth making. Read from the pattern's text, not a compiled pattern: a rule is compiled only when run.

    >>> needles(r"\\bremissinstans", re.IGNORECASE)
    (('remissinstans',), True)
    >>> needles(r"(?:Yttrande|svar)\\w*\\s+av\\s")
    (('Yttrande', 'svar'), False)
    >>> needles(r"remissvar|svar|yttra", re.IGNORECASE)  # "remissvar" holds "svar": its test is the same
    (('svar', 'yttra'), True)
    >>> needles(r"(?:ska)?\\s*yttra|\\d+") is None  # the second alternative needs no letters
    True
    """
    found = rule_test(pattern, flags)
    return None if found is None else found[:2]


def more_needles(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Further strings a match holds besides one of its :func:`needles` (tested in the same folded text): one of each
    tuple, the needles of each other part of the pattern read as a sequence. A text holding the needles may lack
    these: the engine, which would search all of it for nothing, is not run (a "for" after "nämnden", a "till"
    after "remiss"). None but the needles' own when there are none.

    >>> more_needles(r"\\b(?:remitter|översänd)\\w*\\s+till\\s+(?:nämnd|styrelse)", re.IGNORECASE)
    (('till',), ('nämnd', 'styrelse'))
    >>> more_needles(r"remissvar|yttrande", re.IGNORECASE), more_needles(r"ab\\s+remiss")
    ((), ())
    """
    found = rule_test(pattern, flags)
    return () if found is None else found[2]


Test = tuple[tuple[str, ...], bool, tuple[tuple[str, ...], ...]]  # the needles, whether folded, and the more needles


def rule_test(pattern: str, flags: int = 0) -> Test | None:
    """:func:`needles` and :func:`more_needles` of a pattern, read in one parse (what a rule tests a text for)."""
    if flags & re.LOCALE:
        return None
    parsed = _parser.parse(pattern, flags)
    caseless = bool(parsed.state.flags & re.IGNORECASE)
    parts = _parts(list(parsed.data), caseless)
    first = _tested(functools.reduce(_better, parts, None))
    if first is None and not caseless:
        # a case-sensitive pattern whose needles are in a part of its own case rule ("(?i:åtgärd)"): tested in the
        # folded text, every needle folded (a text that holds a string holds its fold: fold is made letter by letter)
        caseless = True
        parts = _parts(list(parsed.data), caseless)
        first = _tested(functools.reduce(_better, parts, None))
    if first is None:
        return None
    more: list[tuple[str, ...]] = []
    for condition in _every_part(list(parsed.data), caseless):
        tested = _tested(condition, rare=True)
        if tested is not None and tested != first and tested not in more:
            more.append(tested)
    return first, caseless, tuple(more)


_COMMON = frozenset(".,-")  # marks in most texts: no test of their own


def _rare(needle: str) -> bool:
    """A mark few texts hold (a quote, a bracket, a section sign), worth a test though short: no letter, digit or
    space, and not the commonest stops."""
    return needle not in _COMMON and not any(c.isalnum() or c.isspace() or c == "_" for c in needle)


def _tested(found: Condition, *, rare: bool = False) -> tuple[str, ...] | None:
    """A condition's strings as a test, or None when no test is worth making of it (``rare``: a condition of marks
    only, as a further test of a text that holds the needles, is worth one however short)."""
    if found is None or (min(map(len, found)) < SHORTEST and not (rare and all(map(_rare, found)))):
        return None
    # a needle that holds another is in a text only with it: the test is the same without it, and one string shorter
    found = frozenset(n for n in found if not any(other != n and other in n for other in found))
    return None if len(found) > MOST else tuple(sorted(found))


Condition = frozenset[str] | None  # one of these strings is in every match; None: no such strings


def _better(a: Condition, b: Condition) -> Condition:
    """The more telling of two conditions: longer needles, then fewer of them."""
    if a is None or b is None:
        return a if b is None else b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: list[tuple[Any, Any]], caseless: bool) -> Condition:
    """The best condition of a sequence: a run of literal characters, or the condition of one of its items."""
    return functools.reduce(_better, _parts(items, caseless), None)


def _parts(items: list[tuple[Any, Any]], caseless: bool) -> list[Condition]:
    """The condition of each part of a sequence, in order: each run of literal characters and each other item."""
    found: list[Condition] = []
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run and op is sre.BRANCH:  # the prefix the parser took out of the alternatives ("d(?:nr|iarienr)")
            found.append(_prefixed("".join(run), value[1], caseless))
            run = []
        if run:
            text = "".join(run)
            found.append(frozenset({fold(text) if caseless else text}))
            run = []
        if op is not None:
            found.append(_item(op, value, caseless))
    return found


def _prefixed(prefix: str, branches: list[Any], caseless: bool) -> Condition:
    """A run of literals and each alternative's own first literals after it: the strings the parser cut apart when it
    took the alternatives' common prefix out (it reads "dnr|diarienr" as "d" and "nr|iarienr")."""
    strings = {prefix + _lead(list(branch.data)) for branch in branches}
    return frozenset(fold(s) for s in strings) if caseless else frozenset(strings)


def _lead(items: list[tuple[Any, Any]]) -> str:
    """The literal characters an alternative begins with (past a word boundary, which matches no character)."""
    lead: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            lead.append(chr(value))
        elif not (op is sre.AT and not lead):
            break
    return "".join(lead)


def _every_part(items: list[tuple[Any, Any]], caseless: bool) -> list[Condition]:
    """:func:`_parts` of a sequence and of every part every match holds inside it: a group's own parts, a part
    repeated at least once ("(?P<condition>de\\s+nämnder[^.;]*?\\bsom\\b)" holds "som" as well as "nämnder")."""
    found = _parts(items, caseless)
    for op, value in items:
        inner = _inside(op, value, caseless)
        if inner is not None:
            found += _every_part(inner, caseless)
    return found


def _inside(op: Any, value: Any, caseless: bool) -> list[tuple[Any, Any]] | None:
    """The sequence inside a group, an atomic group or a part repeated at least once; None for any other item."""
    if op is sre.SUBPATTERN:
        _, added, removed, inner = value
        return None if (added | removed) & re.IGNORECASE and not caseless else list(inner.data)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        return list(value[2].data) if value[0] >= 1 else None
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return list(value.data)
    return None


def _item(op: Any, value: Any, caseless: bool) -> Condition:
    if op is sre.IN and value and all(member is sre.LITERAL for member, _ in value):  # "[”\"»]": one of these
        return frozenset(fold(chr(c)) if caseless else chr(c) for _, c in value)
    if op is sre.SUBPATTERN:
        _, added, removed, inner = value
        if (added | removed) & re.IGNORECASE and not caseless:
            return None  # a part with a case rule of its own: read only where every needle is folded
        return _sequence(list(inner.data), caseless)
    if op is sre.BRANCH:
        conditions = [_sequence(list(branch.data), caseless) for branch in value[1]]
        found: set[str] = set()
        for condition in conditions:
            if condition is None:
                return None
            found |= condition
        return frozenset(found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        least, _, inner = value
        return _sequence(list(inner.data), caseless) if least >= 1 else None
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(list(value.data), caseless)
    return None  # a class, an anchor, a look-around, a back reference: no needle of its own


def needs_digit(pattern: str, flags: int = 0) -> bool:
    """Whether every match of ``pattern`` holds a digit (a code, a case number): a caller whose rules all need one
    leaves a text without one (:func:`has_digit`) unsearched. Read as the needles are: a digit is taken only from
    what the pattern must match itself, a digit written out, ``\\d`` or a class of digits alone.

    >>> needs_digit(r"(?:KS|dnr)\\s*(?:20)?\\d\\d/[0-9]+"), needs_digit(r"kl\\.?\\s*\\d*")
    (True, False)
    """
    if flags & re.LOCALE:
        return False
    return _digit_in_sequence(list(_parser.parse(pattern, flags).data))


def _digit_in_sequence(items: list[tuple[Any, Any]]) -> bool:
    return any(_digit_in_item(op, value) for op, value in items)


def _digit_in_item(op: Any, value: Any) -> bool:
    if op is sre.LITERAL:
        return "0" <= chr(value) <= "9"
    if op is sre.IN:  # a class of digits only: no negation, no other character or class
        return bool(value) and all(_a_digit(member, inner) for member, inner in value)
    if op is sre.SUBPATTERN:  # a case rule of its own changes no digit
        return _digit_in_sequence(list(value[3].data))
    if op is sre.BRANCH:
        return all(_digit_in_sequence(list(branch.data)) for branch in value[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        least, _, inner = value
        return least >= 1 and _digit_in_sequence(list(inner.data))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _digit_in_sequence(list(value.data))
    return False  # an anchor, a look-around, a back reference, any character


def _a_digit(op: Any, value: Any) -> bool:
    if op is sre.LITERAL:
        return "0" <= chr(value) <= "9"
    if op is sre.RANGE:
        return chr(value[0]) >= "0" and chr(value[1]) <= "9"
    return op is sre.CATEGORY and value is sre.CATEGORY_DIGIT


_DIGIT = re.compile(r"\d")  # every digit a pattern's "7", [0-9] or \d matches, under any flags


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit: a pattern that :func:`needs_digit` cannot match a text without one."""
    return _DIGIT.search(text) is not None


def absent(found: Needles, text: str) -> bool:
    """Whether ``text`` holds none of the needles: then the pattern cannot match anywhere in it."""
    strings, caseless = found
    haystack = folded(text) if caseless else text
    for needle in strings:  # noqa: SIM110 - a loop: all() over a generator costs more than most texts take
        if needle in haystack:
            return False
    return True


assert sys.version_info >= (3, 11)  # re._parser and re._casefix: the names since 3.11
