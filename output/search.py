"""Swedish full-text search: SQLite FTS5 has no Swedish stemmer, so a Snowball-stemmed column is indexed.

"utbildning" then finds "utbildningar" and "utbildningen", "nämnd" finds
"nämnderna": both the text and the query are reduced to their stems.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass

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


# What a clerk may type besides words: a measure code ("A2.3.1", "a.2.3.1", "2.3.1", an area and a number "2:3")
# and a case number ("KS 2018/204", "T2018-00412"); each is looked up exactly and listed before the words' hits.
_CODE = re.compile(
    r"(?<![\w.])(?:([A-Za-zÅÄÖåäö])\.?)?(\d+(?:\.\d+)+)(?![\w.]|\.\w)|(?<![\w.])([A-ZÅÄÖ])(\d+)(?![\w.])"
    r"|(?<![\w.:])(\d{1,2}:\d{1,2})(?![\w.:])"
)
_CASE = re.compile(
    r"(?<![\w/-])(?:(?:dnr\.?:?\s*)?[A-Za-zÅÄÖåäö]{1,8}[\s-]?)?(?:19|20)\d\d\s?[/-]\s?\d{1,7}(?![\w/-])"
    r"|(?<![\w/-])\d{1,7}/(?:19|20)?\d\d(?![\w/-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Search:
    """A clerk's search taken apart: measure codes, case numbers, and an FTS5 query for the rest."""

    codes: tuple[str, ...]
    cases: tuple[str, ...]  # as printed; compared by case_key
    match: str  # never empty, never an FTS5 syntax error: '""' matches nothing
    stems: tuple[str, ...]


def parse_search(text: str) -> Search:
    """The parts of a search.

    >>> parse_search('A2.3.1 "utbildning* (nämnd')
    Search(codes=('A2.3.1',), cases=(), match='"utbildning"* "nämnd"*', stems=('utbildning', 'nämnd'))
    >>> parse_search("KS 2018/204 trygghet").cases, parse_search("*").match, parse_search('"').match
    (('KS 2018/204',), '""', '""')
    >>> parse_search("a.2.3.1").codes, parse_search("B1").codes, parse_search("2018").codes
    (('A2.3.1',), ('B1',), ())
    >>> parse_search("T2018-00412").cases, parse_search("2018-03-15").cases
    (('T2018-00412',), ())
    """
    cases = tuple(m.group(0).strip() for m in _CASE.finditer(text))
    rest = _CASE.sub(" ", text)
    codes = tuple(dict.fromkeys(_code(m) for m in _CODE.finditer(rest)))
    stems = tuple(dict.fromkeys(stem_text(_CODE.sub(" ", rest)).split()))
    return Search(codes, cases, fts_query(stems), stems)


def _code(match: re.Match[str]) -> str:
    if match.group(5):  # "2:3"
        return match.group(5)
    letter, digits = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
    return (letter or "").upper() + digits


def fts_query(stems: tuple[str, ...] | list[str]) -> str:
    '''Every stem must begin a word (a prefix, so that a compound's first part finds it), each one quoted
    as sqlite-utils' ``quote_fts`` does (a quote doubled), so no input is an FTS5 operator or a syntax error.

    >>> print(fts_query(["nämnd", 'or"']), fts_query([]))
    "nämnd"* "or"""* ""
    '''
    quoted = ['"' + stem.replace('"', '""') + '"*' for stem in stems if stem]
    return " ".join(quoted) or '""'


def search_match(text: object) -> str:
    """``sok_fts(text)`` in SQL: the FTS5 query for a clerk's words (codes and case numbers left out)."""
    return parse_search(text).match if isinstance(text, str) else '""'


def search_code(text: object) -> str | None:
    """``sok_kod(text)`` in SQL: the first measure code in the text, normalised, or NULL."""
    codes = parse_search(text).codes if isinstance(text, str) else ()
    return codes[0] if codes else None


def highlighted(text: str, stems: tuple[str, ...] | list[str], codes: tuple[str, ...] | list[str] = ()) -> str:
    """The text as HTML with each word that a searched stem begins (and each code searched) in <mark>.

    >>> highlighted("Utbildningsnämnden utökar <vuxenutbildning>", ["utbildning"])
    '<mark>Utbildningsnämnden</mark> utökar &lt;vuxenutbildning&gt;'
    >>> highlighted("Åtgärd A2.3.1: stöd", [], ["A2.3.1"])
    'Åtgärd <mark>A2.3.1</mark>: stöd'
    """
    wanted = [re.escape(code) for code in codes]
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(wanted) + r")(?![\w])|\w+" if wanted else r"\w+", re.IGNORECASE)
    out, at = [], 0
    for match in pattern.finditer(text):
        word = match.group(0)
        hit = word.upper() in codes or any(
            _stem(word.lower()).startswith(s) or word.lower().startswith(s) for s in stems
        )
        out.append(html.escape(text[at : match.start()], quote=False))
        out.append(f"<mark>{html.escape(word, quote=False)}</mark>" if hit else html.escape(word, quote=False))
        at = match.end()
    out.append(html.escape(text[at:], quote=False))
    return "".join(out)
