"""The SQLite store: open, migrate, and save one document (read and extracted) in one transaction."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from atgard.extract.boards import BoardRegister, load_register
from atgard.extract.extract_reports import title_key
from atgard.output.changes import Change, document_changes
from atgard.output.migrations import migrate, write_lock
from atgard.output.search import stem_text
from atgard.schema import Block, PageBox, ReadDocument
from atgard.schema.contract import Document, Located
from atgard.schema.errors import StoreError

BUSY_TIMEOUT_SECONDS = 120.0


def open_store(path: Path | str) -> Database:
    """Open (creating if need be) and migrate the database at ``path``; load the board register into it."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory; give a database file such as atgard.db")
    try:
        # A long busy timeout: concurrent ingests queue for the write lock instead of failing.
        db = Database(sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS))
        db.execute("PRAGMA foreign_keys = ON")
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = WAL")  # readers never wait for, nor see, a write in progress
        migrate(db)
        save_register(db, load_register())
    except (sqlite3.DatabaseError, RuntimeError) as error:
        raise StoreError(f"{path}: cannot use this database ({error})") from error
    return db


def save_register(db: Database, register: BoardRegister) -> None:
    """The register's boards, aliases and group members, replacing what an older atgard stored."""
    boards = register.boards()
    stored = db.execute(
        "SELECT (SELECT count(*) FROM boards) + (SELECT count(*) FROM board_members)"
        " + (SELECT count(*) FROM board_aliases)"
    ).fetchone()[0]
    if stored == sum(1 + len(b.members) + len(b.aliases) for b in boards):
        return  # unchanged since the last run: no write, no lock
    with write_lock(db):
        db["boards"].upsert_all(
            (
                {
                    "id": entry.board.id,
                    "name": entry.board.name,
                    "kind": entry.board.kind,
                    "parent": entry.board.parent,
                    "valid_from": entry.valid_from,
                    "valid_to": entry.valid_to,
                }
                for entry in register.entries.values()
            ),
            pk="id",
        )
        db["board_aliases"].upsert_all(
            ({"board_id": b.id, "alias": alias} for b in boards for alias in b.aliases), pk=("board_id", "alias")
        )
        db["board_members"].upsert_all(
            ({"group_id": b.id, "member_id": m} for b in boards for m in b.members), pk=("group_id", "member_id")
        )


def has_document(db: Database, document_id: str) -> bool:
    return bool(db.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone())


def _boxes_json(boxes: list[Any]) -> str:
    return json.dumps([box.model_dump() for box in boxes])


def located_columns(item: Located) -> dict[str, Any]:
    return {"page": item.page, **item.bbox.model_dump(), "boxes": _boxes_json(item.boxes)}


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
        **first.model_dump(),
        "boxes": _boxes_json(block.boxes),
        "runs": json.dumps([run.model_dump() for run in block.runs]),
        "cells": json.dumps([cell.model_dump() for cell in block.cells], ensure_ascii=False),
    }


@dataclass(frozen=True)
class StoredRead:
    """What the store keeps of a :class:`ReadDocument`: the header's columns and the rows of its pages and blocks.

    Made where the PDF was read (a worker process, with ``--jobs``): plain rows
    travel between processes many times faster than the models they come from.
    """

    columns: dict[str, object]
    pages: list[dict[str, object]]
    blocks: list[dict[str, object]]


def stored_read(read: ReadDocument) -> StoredRead:
    header = read.header
    return StoredRead(
        {
            "document_type": header.document_type,
            "header_date": header.date,
            "declared_page_count": header.page_count,
            "backend": read.backend,
        },
        [{"document_id": read.id, **page.model_dump()} for page in read.pages],
        [_block_row(read.id, seq, block) for seq, block in enumerate(read.blocks)],
    )


_NOT_READ = {"document_type": None, "header_date": None, "declared_page_count": None, "backend": None}


def _document_row(document: Document, read: StoredRead | None, extractor_version: str) -> dict[str, object]:
    return {
        "id": document.id,
        "filename": document.filename,
        "page_count": document.page_count,
        "office": document.office,
        "unit": document.unit,
        "diarienummer": document.diarienummer,
        **(read.columns if read else _NOT_READ),
        "extractor_version": extractor_version,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "kind": document.kind,
        "title": document.title,
        "subtitle": document.subtitle,
        "addressee": document.addressee,
        "date": document.date,
        "year": document.year,
        "case_officer_name": document.case_officer.name,
        "case_officer_phone": document.case_officer.phone,
        "case_officer_email": document.case_officer.email,
        "decision_proposed_by": document.decision.proposed_by,
        "decision_decided_by": document.decision.decided_by,
        "title_key": title_key(document.title or ""),
        "lineage_key": lineage_key(document),
        "text_source": document.text_source,
    }


def lineage_key(document: Document) -> str | None:
    """What versions of one document share: the case number, else office and title."""
    if document.diarienummer:
        return "dnr:" + " ".join(document.diarienummer.split()).casefold()
    if document.office and document.title:
        return f"title:{document.office.casefold()}|{title_key(document.title)}"
    return None


def _next_id(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM [{table}]").fetchone()[0])


def previous_version(db: Database, document: Document) -> tuple[str, int] | None:
    """The newest stored version of the same document (another file), as (id, version)."""
    key = lineage_key(document)
    if key is None:
        return None
    row = db.execute(
        "SELECT id, version FROM documents WHERE lineage_key = ? AND id != ? ORDER BY version DESC LIMIT 1",
        [key, document.id],
    ).fetchone()
    return (row[0], row[1]) if row else None


def save_document(
    db: Database, document: Document, extractor_version: str, read: ReadDocument | StoredRead | None = None
) -> list[Change] | None:
    """Store a document's extraction (and, when read from a PDF, its pages and blocks).

    All of it lands or, on any error, none of it. A new version of a stored
    document (same case number, or same office and title) is numbered after it
    and the changes between the two are recorded; the changes are returned.
    Returns None, storing nothing, when another process stored the same
    document first.
    """
    from atgard.output.export import load_document  # export reads what this module writes

    doc_id = document.id
    stamp = {"extractor_version": extractor_version}
    if isinstance(read, ReadDocument):
        read = stored_read(read)
    with write_lock(db):
        if has_document(db, doc_id):
            return None
        previous = previous_version(db, document)
        row = _document_row(document, read, extractor_version)
        row.update(version=previous[1] + 1 if previous else 1, previous_version_id=previous[0] if previous else None)
        db["documents"].insert(row)
        if read is not None:
            db["pages"].insert_all(read.pages)
            db["blocks"].insert_all(read.blocks)
        db["signatories"].insert_all(
            {"document_id": doc_id, "seq": seq, "name": s.name, "title": s.title, **located_columns(s), **stamp}
            for seq, s in enumerate(document.signatories)
        )
        db["decision_points"].insert_all(
            {
                "document_id": doc_id,
                "seq": seq,
                "number": p.number,
                "text": p.text,
                "decided_by": p.decided_by,
                **located_columns(p),
                **stamp,
            }
            for seq, p in enumerate(document.decision.points)
        )
        db["reports"].insert_all(
            {
                "document_id": doc_id,
                "seq": seq,
                "title_key": title_key(r.title),
                **r.model_dump(exclude={"bbox"}),
                **(r.bbox.model_dump() if r.bbox else {}),
                "boxes": _boxes_json([PageBox(page=r.page, bbox=r.bbox)]) if r.bbox and r.page else None,
                **stamp,
            }
            for seq, r in enumerate(document.reports)
        )
        # Rows are gathered per table and written in one call each: a call per item costs more than the SQL.
        referral_id = _next_id(db, "referrals")
        referrals, recipients, codes, search = [], [], [], []
        for seq, referral in enumerate(document.referrals, start=referral_id):
            fields = referral.model_dump(include={"report_title", "action", "scope", "priority", "condition", "text"})
            referrals.append(
                {
                    "id": seq,
                    "document_id": doc_id,
                    "seq": seq - referral_id,
                    **fields,
                    "report_title_key": title_key(referral.report_title or ""),
                    **located_columns(referral),
                    **stamp,
                }
            )
            recipients.extend(
                {
                    "referral_id": seq,
                    "seq": n,
                    "name": r.name,
                    "board_id": r.board_id,
                    "kind": r.kind,
                    "is_group": int(r.group),
                }
                for n, r in enumerate(referral.recipients)
            )
            codes.extend({"referral_id": seq, "seq": n, "code": code} for n, code in enumerate(referral.measure_codes))
            search.append(_search_row("referral", doc_id, seq, referral.page, referral.text))
        db["referrals"].insert_all(referrals)
        db["referral_recipients"].insert_all(recipients)
        db["referral_measure_codes"].insert_all(codes)
        measure_id = _next_id(db, "measures")
        register = load_register()
        measures, responsible = [], []
        for seq, measure in enumerate(document.measures, start=measure_id):
            fields = measure.model_dump(
                include={"code", "group_code", "group_title", "report_title", "text", "section"}
            )
            measures.append(
                {
                    "id": seq,
                    "document_id": doc_id,
                    "seq": seq - measure_id,
                    **fields,
                    "report_title_key": title_key(measure.report_title or ""),
                    **located_columns(measure),
                    **stamp,
                }
            )
            responsible.extend(
                {"measure_id": seq, "seq": n, "name": name, "board_id": register.id_of(name)}
                for n, name in enumerate(measure.responsible)
            )
            search.append(_search_row("measure", doc_id, seq, measure.page, measure.text))
        db["measures"].insert_all(measures)
        db["measure_responsible"].insert_all(responsible)
        search.extend(
            _search_row("decision_point", doc_id, seq, point.page, point.text)
            for seq, point in enumerate(document.decision.points)
        )
        if document.title:
            title = " – ".join(filter(None, [document.title, document.subtitle]))
            search.append(_search_row("document", doc_id, 0, 1, title))
        db.conn.executemany(
            "INSERT INTO search (stemmed, text, kind, document_id, item_id, page) VALUES (?, ?, ?, ?, ?, ?)", search
        )
        db["mentions"].insert_all(
            {
                "document_id": doc_id,
                "seq": seq,
                **mention.model_dump(include={"board_id", "name", "kind", "text"}),
                **located_columns(mention),
                **stamp,
            }
            for seq, mention in enumerate(document.mentions)
        )
        changes = document_changes(load_document(db, previous[0]), document) if previous else []
        db["changes"].insert_all(
            {"document_id": doc_id, "previous_document_id": previous[0], **asdict(change)}
            for change in changes
            if previous
        )
    return changes


def _search_row(kind: str, document_id: str, item_id: int, page: int, text: str) -> tuple[object, ...]:
    """A row of the full-text index: the stemmed text is searched, the rest says what was found where."""
    return (stem_text(text), text, kind, document_id, item_id, page)


def store_pdf(source: Path, files: Path, document_id: str) -> Path:
    """Keep a copy of the ingested PDF, named by its sha256, for the publication's provenance links."""
    files.mkdir(parents=True, exist_ok=True)
    target = files / f"{document_id}.pdf"
    if not target.exists():
        partial = target.with_suffix(".part")
        shutil.copyfile(source, partial)
        partial.replace(target)  # atomic: a reader never sees half a file
    return target


def files_dir(db_path: Path) -> Path:
    """Where the PDFs of a database are kept: ``atgard.db`` -> ``atgard.files/``."""
    return db_path.with_suffix(".files")
