"""Rows into existing tables, as sqlite-utils' ``insert_all`` writes them, without its work per call.

``Table.insert_all`` asks SQLite for the database's tables and views and the table's columns on every
call, and tests the type of every value: a document's save makes some twenty such calls, which cost more
than the rows they write (``make bench``'s store stage). The store's tables all exist (the migrations make
them), so :func:`insert_rows` writes with one ``executemany`` per table and call, the same rows: the
columns are those the rows name (a column a row leaves out is NULL), and a list, dict or tuple is stored as
JSON text as sqlite-utils stores it; any other value that is not a plain SQLite value goes through
sqlite-utils' own conversion. ``tests/test_store.py`` compares the two.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import jsonify_if_needed

_PLAIN = frozenset({str, int, float, type(None), bytes, bool})
_JSON = frozenset({list, dict, tuple})
_TO_JSON = json.JSONEncoder(ensure_ascii=False, default=repr).encode  # json.dumps' encoder, made once (tables.to_json)


def _value(value: object) -> object:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind in _JSON:
        return _TO_JSON(value)
    return jsonify_if_needed(value)


def insert_rows(db: Database, table: str, rows: Iterable[Mapping[str, Any]], *, ignore: bool = False) -> None:
    """``rows`` into ``table`` (which exists), in order; ``ignore``: a row whose key is stored already is left out."""
    rows = list(rows)
    if not rows:
        return
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    columns = list(names)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    sql = f"{verb} INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
    # a plain value is taken as it is without a call (most of some three hundred thousand values a batch stores)
    values = [[v if type(v) in _PLAIN else _value(v) for v in map(row.get, columns)] for row in rows]
    db.conn.executemany(sql, values)
