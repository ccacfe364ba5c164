"""Numbered schema migrations: the only place where tables are created or changed.

``PRAGMA user_version`` records how many have run. Each migration runs in the
same transaction as the version bump, so a database is never half-migrated.
Append new migrations; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database


def m001_documents_pages_blocks(db: Database) -> None:
    db["documents"].create(
        {
            "id": str,  # sha256 of the PDF bytes
            "filename": str,
            "page_count": int,
            "office": str,
            "unit": str,
            "document_type": str,
            "diarienummer": str,
            "header_date": str,
            "declared_page_count": int,
            "backend": str,
            "extractor_version": str,
            "ingested_at": str,
        },
        pk="id",
        not_null={"filename", "page_count", "extractor_version", "ingested_at"},
    )
    db["pages"].create(
        {"document_id": str, "number": int, "width": float, "height": float, "char_count": int},
        pk=("document_id", "number"),
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["blocks"].create(
        {
            "document_id": str,
            "seq": int,
            "kind": str,
            "level": int,
            "marker": str,
            "text": str,
            "page": int,
            "x0": float,
            "top": float,
            "x1": float,
            "bottom": float,
            "boxes": str,  # JSON: one box per page the block stands on
            "runs": str,  # JSON: italic and bold runs
            "cells": str,  # JSON: table_row cells
        },
        pk=("document_id", "seq"),
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"kind", "text", "page"},
    )
    db["blocks"].create_index(["document_id", "page"])
    db["blocks"].create_index(["kind"])


MIGRATIONS: list[Callable[[Database], None]] = [m001_documents_pages_blocks]


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> int:
    """Bring the database up to the newest schema; returns the version reached."""
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise RuntimeError(f"database schema version {version} is newer than this atgard ({len(MIGRATIONS)})")
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
    return len(MIGRATIONS)
