"""A new database with the board register, as an ingest makes it: the status tests store documents in it."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from atgard.extract.boards import load_register
from atgard.output import store
from atgard.output.store import open_store


def registered_store(path: Path) -> Database:
    """A new database at ``path`` holding the board register."""
    register = load_register()
    db = open_store(path)
    store.save_register(db, register.entries.values(), register.surface_forms())
    return db
