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


def stem_text(text: str) -> str:
    """
    >>> stem_text("Utbildningsnämnden utökar utbildningarna")
    'utbildningsnämnd utök utbildning'
    """
    return " ".join(_stemmer().stemWords([w.lower() for w in _WORD.findall(text)]))


def stem_query(query: str) -> str:
    """An FTS5 query for the stemmed column: every word must occur, quoted so no word is an operator.

    >>> stem_query("nämnd OR utbildningen")
    '"nämnd" "or" "utbildning"'
    """
    return " ".join(f'"{stem}"' for stem in stem_text(query).split())
