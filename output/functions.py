"""The SQL functions the publication's canned queries and pages call, on every read connection.

``namnd_id(text)`` the board a clerk's spelling names (:mod:`atgard.output.picker`); ``sok_fts(text)``,
``sok_kod(text)`` and ``sok_arende(text)`` a search taken apart (:mod:`atgard.output.search`);
``atgard_id(kind, document_id, seq)`` an item's stable id, as the export has it, and ``atgard_adress(kind,
document_id, seq)`` its Swedish page; ``atgard_url(path)``, ``atgard_tag(id)`` and ``atgard_time(date)`` what the
Atom feed needs (:mod:`atgard.output.feed`).
"""

from __future__ import annotations

import functools
import sqlite3

from atgard.output import feed
from atgard.output.items import KINDS, document_path, item_path
from atgard.output.picker import register_picker
from atgard.output.search import parse_search, search_code, search_match
from atgard.schema.contract import item_id


def stable_id(kind: object, document_id: object, seq: object) -> str | None:
    """
    >>> stable_id("referral", "2daef64e0e748c3f6219" + "0" * 44, 1), stable_id("document", "ab" * 32, None)[:6]
    ('referral-2daef64e0e748c3f6219-1', 'ababab')
    """
    if not isinstance(kind, str) or not isinstance(document_id, str):
        return None
    if kind == "document":
        return document_id
    return item_id(kind, document_id, int(seq)) if kind in KINDS and isinstance(seq, int | str) else None


def page_path(kind: object, document_id: object, seq: object) -> str | None:
    """
    >>> page_path("measure", "ab" * 32, 2), page_path("document", "ab" * 32, None)[:10]
    ('/atgarder/measure-abababababababababab-2', '/dokument/')
    """
    if not isinstance(kind, str) or not isinstance(document_id, str):
        return None
    if kind == "document":
        return document_path(document_id)
    return item_path(kind, document_id, int(seq)) if kind in KINDS and isinstance(seq, int | str) else None


def case_in(text: object) -> str | None:
    """The first case number in a search, as printed (``sok_arende``)."""
    cases = parse_search(text).cases if isinstance(text, str) else ()
    return cases[0] if cases else None


def register_publication_functions(connection: sqlite3.Connection, base_url: str) -> None:
    """Every function of the module's docstring on this connection; links and tags at ``base_url``."""
    authority = feed.tag_authority(base_url)
    register_picker(connection)
    cached = functools.lru_cache(maxsize=256)
    connection.create_function("sok_fts", 1, cached(search_match), deterministic=True)
    connection.create_function("sok_kod", 1, cached(search_code), deterministic=True)
    connection.create_function("sok_arende", 1, cached(case_in), deterministic=True)
    connection.create_function("atgard_id", 3, stable_id, deterministic=True)
    connection.create_function("atgard_adress", 3, page_path, deterministic=True)
    connection.create_function(
        "atgard_url", 1, lambda path: feed.absolute(base_url, path) if isinstance(path, str) else None
    )
    connection.create_function(
        "atgard_tag", 1, lambda stable: feed.tag_iri(authority, stable) if isinstance(stable, str) else None
    )
    connection.create_function("atgard_time", 1, feed.atom_time, deterministic=True)
