"""The SQLite store: open, migrate, and save one read document in one transaction."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from atgard.output.migrations import migrate
from atgard.schema import Block, ReadDocument
from atgard.schema.errors import StoreError


def open_store(path: Path | str) -> Database:
    """Open (creating if need be) and migrate the database at ``path``."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory; give a database file such as atgard.db")
    try:
        db = Database(path)
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
    except (sqlite3.DatabaseError, RuntimeError) as error:
        raise StoreError(f"{path}: cannot use this database ({error})") from error
    return db


def has_document(db: Database, document_id: str) -> bool:
    return bool(db.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone())


def _block_row(document_id: str, seq: int, block: Block) -> dict[str, object]:
    first = block.boxes[0].bbox
    return {
        "document_id": document_id,
        "seq": seq,
        "kind": block.kind,
        "level": block.level,
        "marker": block.marker,
        "text": block.text,
        "page": block.page,
        "x0": first.x0,
        "top": first.top,
        "x1": first.x1,
        "bottom": first.bottom,
        "boxes": json.dumps([box.model_dump() for box in block.boxes]),
        "runs": json.dumps([run.model_dump() for run in block.runs]),
        "cells": json.dumps([cell.model_dump() for cell in block.cells], ensure_ascii=False),
    }


def save_read_document(db: Database, document: ReadDocument, extractor_version: str) -> None:
    """Store a document, its pages and blocks: all of it or, on any error, none of it."""
    header = document.header
    with db.atomic():
        db["documents"].insert(
            {
                "id": document.id,
                "filename": document.filename,
                "page_count": document.page_count,
                "office": header.office,
                "unit": header.unit,
                "document_type": header.document_type,
                "diarienummer": header.diarienummer,
                "header_date": header.date,
                "declared_page_count": header.page_count,
                "backend": document.backend,
                "extractor_version": extractor_version,
                "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        )
        db["pages"].insert_all({"document_id": document.id, **page.model_dump()} for page in document.pages)
        db["blocks"].insert_all(_block_row(document.id, seq, block) for seq, block in enumerate(document.blocks))
