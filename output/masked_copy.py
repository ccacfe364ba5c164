"""The masked publication's database: a copy of the database in which no text names a person.

``atgard serve`` without ``--include-personal-data`` serves this copy, never the database itself
(:mod:`atgard.output.served`): every path of the publication (tables and rows, canned queries,
arbitrary SQL, JSON and CSV, the clerk's pages, the feeds, search) reads the copy, so none can show
what the copy does not hold. It is made from a consistent snapshot of the database (``VACUUM INTO``),
then, in the copy:

- the columns of :data:`~atgard.output.masking.PERSONAL_COLUMNS` emptied (NULL; '' where NOT NULL);
- every other text of every table, keys aside, with each person's name, telephone number and e-mail
  address replaced (:mod:`atgard.output.names`, with every name the database knows:
  :func:`~atgard.output.masking.known_values`);
- the full-text index made anew from the masked text, its stemmed column too: a name finds nothing;
- ``VACUUM``: no page of the file keeps a word of what was replaced.

``python -m atgard.output.masked_copy SOURCE TARGET`` makes one (the server runs it in a process of its
own: the masking's work never holds up a request).
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from atgard.output.masking import PERSONAL_COLUMNS, known_values, text_columns
from atgard.output.names import Names
from atgard.output.search import stem_text

# An FTS5 table's column that is another one stemmed (output/store.py's search rows): stemmed anew.
STEMMED = {("search", "stemmed"): "text"}
BATCH = 5000  # rows read and written at a time


def make_masked_copy(source: Path, target: Path) -> None:
    """The masked copy of ``source`` at ``target``, whole or not at all (made beside it, then renamed).

    The copy in the making has a name of its own: two publications made at once never share one.
    """
    handle, name = tempfile.mkstemp(prefix=f"{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)  # an empty file: VACUUM INTO writes into it
    partial = Path(name)
    with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        connection.execute("VACUUM INTO ?", [str(partial)])
    try:
        with closing(sqlite3.connect(partial, isolation_level=None)) as copy:
            copy.execute("PRAGMA journal_mode = DELETE")  # not the source's WAL: the copy is read as immutable
            copy.execute("PRAGMA journal_mode = OFF")  # a copy that fails is thrown away whole
            copy.execute("PRAGMA secure_delete = ON")
            copy.execute("BEGIN")
            mask_database(copy)
            copy.execute("COMMIT")
            copy.execute("VACUUM")
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def mask_database(connection: sqlite3.Connection) -> None:
    """Mask a database in place (a copy: see :func:`make_masked_copy`)."""
    names = known_values(connection).names  # before the columns it reads are emptied
    for (trigger,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        connection.execute(f"DROP TRIGGER [{trigger}]")  # nothing is written to the copy but the masking
    for table, column in sorted(PERSONAL_COLUMNS):
        info = {row[1]: row[3] for row in connection.execute(f"PRAGMA table_info([{table}])")}
        if column in info:  # NULL, or '' where the column may not be NULL (it reads as NULL all the same)
            value = "" if info[column] else None
            connection.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE [{column}] IS NOT NULL", [value])
    for table, columns in text_columns(connection):
        masked = [c for c in columns if (table, c) not in PERSONAL_COLUMNS]
        if masked:
            _mask_table(connection, table, masked, names)
    for (table,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
    ).fetchall():
        connection.execute(f"INSERT INTO [{table}]([{table}]) VALUES ('rebuild')")  # the index from masked text


def _mask_table(connection: sqlite3.Connection, table: str, columns: list[str], names: Names) -> None:
    """Every text of the columns masked, row by row (by rowid); a stemmed column stemmed from its masked text."""
    stemmed = {c: STEMMED[(table, c)] for c in columns if (table, c) in STEMMED and STEMMED[(table, c)] in columns}
    plain = [c for c in columns if c not in stemmed]
    listed = ", ".join(f"[{c}]" for c in plain)
    setting = ", ".join(f"[{c}] = ?" for c in [*plain, *stemmed])
    cursor = connection.execute(f"SELECT rowid, {listed} FROM [{table}]")
    mask = _cached(lambda text: masked_text(text, names))
    while rows := cursor.fetchmany(BATCH):
        changes = []
        for rowid, *values in rows:
            new = [mask(v) if isinstance(v, str) else v for v in values]
            if new != values:
                by_name = dict(zip(plain, new, strict=True))
                derived = [stem_text(by_name[source] or "") for source in stemmed.values()]
                changes.append([*new, *derived, rowid])
        if changes:
            connection.executemany(f"UPDATE [{table}] SET {setting} WHERE rowid = ?", changes)


def masked_text(text: str, names: Names) -> str:
    """A stored text masked: as written, or, for JSON with escapes ("Anna\\nBerg" is a name on two lines),
    string by string (a JSON text without escapes is masked as written: "[namn]" keeps it JSON)."""
    if "\\" in text and text[:1] in "[{":
        try:
            decoded = json.loads(text)
        except ValueError:
            return names.mask(text)
        masked = _masked_json(decoded, names)
        return text if masked == decoded else json.dumps(masked, ensure_ascii=False)
    return names.mask(text)


def _masked_json(value: Any, names: Names) -> Any:
    if isinstance(value, str):
        return names.mask(value)
    if isinstance(value, list):
        return [_masked_json(item, names) for item in value]
    if isinstance(value, dict):
        return {key: _masked_json(item, names) for key, item in value.items()}
    return value


def _cached(mask: Callable[[str], str]) -> Callable[[str], str]:
    """The masking of texts that repeat (a title on every measure's row, a kind, a rule's name) done once."""
    seen: dict[str, str] = {}

    def cached(text: str) -> str:
        if len(text) > 200:
            return mask(text)
        if (found := seen.get(text)) is None:
            if len(seen) > 200_000:
                seen.clear()
            found = seen[text] = mask(text)
        return found

    return cached


def main(argv: list[str]) -> int:
    """``python -m atgard.output.masked_copy SOURCE TARGET``: 0 when the copy is made."""
    if len(argv) != 2:
        print("usage: python -m atgard.output.masked_copy SOURCE TARGET", file=sys.stderr)
        return 2
    make_masked_copy(Path(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
