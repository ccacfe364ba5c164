"""Words by their lemma: one rule names "remittera" and covers every form and compound of it.

The forms are read from the Swedish lemma table of spacy-lookups-data by tools/lemma_forms.py,
once, into extract/data/lemma_forms.json (the table itself is 100 MB and takes most of a second
to load; the rules need some five hundred of its words). Swedish builds verbs by compounding
("internremitterats", "underremitteras", "återremitteras"): with ``compounds`` a pattern also
matches a form with a prefix of letters before it.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from importlib import resources

_DATA = "lemma_forms.json"
COMPOUND_PART = 6  # the shortest form that may end a compound: "sänts" in "översänts" is a form of its own


@functools.cache
def _table() -> dict[str, tuple[str, ...]]:
    text = resources.files("atgard.extract").joinpath("data", _DATA).read_text(encoding="utf-8")
    return {lemma: tuple(forms) for lemma, forms in json.loads(text).items()}


def forms(*lemmas: str) -> tuple[str, ...]:
    """Every form of these lemmas, longest first (so an alternation tries "remitterats" before "remitterat").

    >>> forms("remittera")[:3]
    ('remitterades', 'remitterande', 'remitterade')
    >>> "skickats" in forms("skicka"), "beslöt" in forms("besluta")
    (True, True)
    """
    table = _table()
    unknown = [lemma for lemma in lemmas if lemma not in table]
    if unknown:
        raise KeyError(f"not in extract/data/cue_lemmas.txt: {', '.join(unknown)} (then run tools/lemma_forms.py)")
    return tuple(sorted({form for lemma in lemmas for form in table[lemma]}, key=lambda f: (-len(f), f)))


def forms_pattern(*lemmas: str, compounds: bool = False) -> str:
    r"""A regular expression for a whole word that is a form of one of ``lemmas`` (for a rule's pattern).

    >>> import re
    >>> pattern = re.compile(forms_pattern("remittera", compounds=True), re.IGNORECASE)
    >>> [bool(pattern.fullmatch(w)) for w in ("remitterats", "Internremitterats", "underremitteras", "remiss")]
    [True, True, True, False]
    >>> bool(re.fullmatch(forms_pattern("anta", compounds=True), "konstanta"))
    False
    """
    words = forms(*lemmas)
    alternation = f"{_starts_with(words)}(?:{'|'.join(words)})"
    if not compounds:
        return rf"\b{alternation}\b"
    # A compound's last part is a long form: "anta" must not be found in "konstanta".
    long = [word for word in words if len(word) >= COMPOUND_PART]
    return rf"\b(?:\w+?{_starts_with(long)}(?:{'|'.join(long)})|{alternation})\b"


def _starts_with(words: Sequence[str]) -> str:
    """A look-ahead for the words' first letters: the engine tries each word of an alternation in turn wherever
    it is tried (every word's start, every letter of a compound), and this one test turns most places away at
    once. Every word starts with one of the letters, so the pattern matches the same texts."""
    letters = "".join(re.escape(letter) for letter in sorted({word[0] for word in words}))
    return f"(?=[{letters}])" if letters else ""  # no words, no test: an empty class matches nothing


@functools.lru_cache(maxsize=1 << 16)  # asked of every word of every sentence: a text repeats its words
def lemma_of(word: str) -> str | None:
    """The cue lemma ``word`` is a form of, also as the last part of a compound; None for other words.

    >>> lemma_of("översänts"), lemma_of("Internremitterats"), lemma_of("beslöt"), lemma_of("nämnden")
    ('översända', 'remittera', 'besluta', None)
    >>> lemma_of("konstanta") is None  # "anta" ends it, but is too short to end a compound
    True
    """
    word = word.lower()
    owners = _owners()
    if (lemma := owners.get(word)) is not None:
        return lemma
    for start in range(1, len(word) - COMPOUND_PART + 1):  # ever shorter last parts of a compound
        if (lemma := owners.get(word[start:])) is not None:
            return lemma
    return None


@functools.cache
def _owners() -> dict[str, str]:
    owners: dict[str, str] = {}
    for lemma, words in _table().items():
        for word in words:
            owners.setdefault(word, lemma)
    return owners
