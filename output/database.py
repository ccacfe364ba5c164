"""A database's own state: its schema version, the write lock, and bringing it up to this atgard's schema."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from atgard.output.migrations import MIGRATIONS
from atgard.output.views import drop_views, ensure_views
from atgard.schema.errors import NewerDatabaseError

SCHEMA_VERSION = len(MIGRATIONS)  # the schema this atgard makes


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


@contextmanager
def write_lock(db: Database) -> Iterator[None]:
    """A transaction that takes the write lock at once (BEGIN IMMEDIATE).

    Concurrent writers wait for each other here (the busy timeout) instead of
    failing later with "database is locked" when a read turns into a write.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def migrate(db: Database) -> int:
    """Bring the database up to the newest schema; returns the version reached.

    All pending migrations run in one transaction under the write lock, which
    re-reads the version there: two processes opening a new database at once
    migrate it once, and a process killed midway leaves it as it was. The views
    are dropped first (a migration changes tables only) and made anew last.
    """
    if (version := schema_version(db)) < SCHEMA_VERSION:
        with write_lock(db):
            if pending := range(schema_version(db), SCHEMA_VERSION):  # none when another process was first
                drop_views(db)
                for number in pending:
                    MIGRATIONS[number](db)
                    db.execute(f"PRAGMA user_version = {number + 1}")
                ensure_views(db)
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(version)
    return SCHEMA_VERSION
