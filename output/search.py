"""Swedish full-text search: SQLite FTS5 has no Swedish stemmer, so a Snowball-stemmed column is indexed.

"utbildning" then finds "utbildningar" and "utbildningen", "nämnd" finds
"nämnderna": both the text and the query are reduced to their stems.
"""

from __future__ import annotations

import functools
import re

import snowballstemmer

_WORD = re.compile(r"\w+", re.UNICODE)


@functools.cache
def _stemmer() -> snowballstemmer.Stemmer:
    return snowballstemmer.stemmer("swedish")


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """One lower-cased word's stem; cached, because the pure-Python stemmer is slow and documents repeat their words."""
    return str(_stemmer().stemWord(word))


def stem_text(text: str) -> str:
    """
    >>> stem_text("Utbildningsnämnden utökar utbildningarna")
    'utbildningsnämnd utök utbildning'
    """
    return " ".join(_stem(word.lower()) for word in _WORD.findall(text))


def stem_query(query: str) -> str:
    """An FTS5 query for the stemmed column: every word must occur, quoted so no word is an operator.

    >>> stem_query("nämnd OR utbildningen")
    '"nämnd" "or" "utbildning"'
    """
    return " ".join(f'"{stem}"' for stem in stem_text(query).split())
