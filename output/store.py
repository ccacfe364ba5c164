"""The SQLite store: open, migrate, and save one document (read and extracted) in one transaction."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sqlite_utils import Database

from atgard.output.answer_links import INSERT_LINKS_OF_ANSWERS, INSERT_LINKS_OF_REFERRALS
from atgard.output.cases import save_case_links
from atgard.output.changes import Change, document_changes
from atgard.output.corrections import import_corrections
from atgard.output.database import SCHEMA_VERSION, migrate, schema_version, write_lock
from atgard.output.export import load_document
from atgard.output.search import stem_text
from atgard.output.store_rows import insert_rows
from atgard.output.tables import (
    ANSWERS,
    CUES,
    DECISION_POINTS,
    DOCUMENTS,
    MEASURE_RESPONSIBLE,
    MEASURES,
    MENTIONS,
    REFERRAL_MEASURE_CODES,
    REFERRAL_RECIPIENTS,
    REFERRALS,
    REPORTS,
    SIGNATORIES,
    Row,
    Table,
    boxes_json,
    to_json,
    to_json_unescaped,
)
from atgard.output.views import register_functions
from atgard.schema import Block, ReadDocument
from atgard.schema.contract import (
    Answer,
    Board,
    DecisionPoint,
    Document,
    Export,
    Measure,
    Mention,
    Referral,
    ReportRef,
    Signatory,
)
from atgard.schema.errors import NewerDatabaseError, StoreError
from atgard.schema.keys import case_key, title_key

BUSY_TIMEOUT_SECONDS = 120.0


def open_store(path: Path | str, *, readonly: bool = False) -> Database:
    """Open the database at ``path``: to write (created and migrated if need be), or read-only.

    A read-only store is never migrated or written: one that needs migrating
    is refused with what to run.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory; give a database file such as atgard.db")
    if readonly and not path.exists():
        raise StoreError(f"{path}: no such database; create it with atgard ingest")
    try:
        db = _read_only(path) if readonly else _writable(path)
    except NewerDatabaseError as error:
        raise NewerDatabaseError(error.version, path) from error
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: cannot use this database ({error})") from error
    return db


def _writable(path: Path) -> Database:
    # A long busy timeout: concurrent ingests queue for the write lock instead of failing.
    db = Database(sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS))
    register_functions(db.conn)
    db.execute("PRAGMA foreign_keys = ON")
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = WAL")  # readers never wait for, nor see, a write in progress
    migrate(db)
    return db


def _read_only(path: Path) -> Database:
    db = Database(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS))
    register_functions(db.conn)
    if (version := schema_version(db)) != SCHEMA_VERSION:
        db.close()
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError(version)
        raise StoreError(
            f"{path}: the database schema ({version}) is older than this atgard: run atgard ingest or atgard migrate"
        )
    return db


class RegisteredBoard(Protocol):
    """A register entry as the store keeps it: the board and the years it existed."""

    @property
    def board(self) -> Board: ...
    @property
    def valid_from(self) -> int | None: ...
    @property
    def valid_to(self) -> int | None: ...


def save_register(db: Database, entries: Iterable[RegisteredBoard], forms: Iterable[tuple[str, str]] = ()) -> None:
    """The register's boards, aliases, group members and written forms, replacing what an older atgard stored.

    ``forms`` are (written form, board id), as the matcher knows them; they are stored lowercased.
    """
    entries = list(entries)
    boards = [entry.board for entry in entries]
    folded = {(form.lower(), board_id) for form, board_id in forms}
    stored = db.execute(
        "SELECT (SELECT count(*) FROM boards) + (SELECT count(*) FROM board_members)"
        " + (SELECT count(*) FROM board_aliases) + (SELECT count(*) FROM board_forms)"
    ).fetchone()[0]
    if stored == sum(1 + len(b.members) + len(b.aliases) for b in boards) + len(folded):
        return  # unchanged since the last run: no write, no lock
    with write_lock(db):
        db.table("boards").upsert_all(
            (
                {
                    "id": entry.board.id,
                    "name": entry.board.name,
                    "kind": entry.board.kind,
                    "parent": entry.board.parent,
                    "valid_from": entry.valid_from,
                    "valid_to": entry.valid_to,
                }
                for entry in entries
            ),
            pk="id",
        )
        db.table("board_aliases").upsert_all(
            ({"board_id": b.id, "alias": alias} for b in boards for alias in b.aliases), pk=("board_id", "alias")
        )
        db.table("board_members").upsert_all(
            ({"group_id": b.id, "member_id": m} for b in boards for m in b.members), pk=("group_id", "member_id")
        )
        db.table("board_forms").upsert_all(
            ({"form": form, "board_id": board_id} for form, board_id in sorted(folded)), pk=("form", "board_id")
        )


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
        **first.model_dump(),
        "boxes": boxes_json(block.boxes),
        "runs": to_json([run.model_dump() for run in block.runs]),
        "cells": to_json_unescaped([cell.model_dump() for cell in block.cells]),
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


def stored_read(read_document: ReadDocument) -> StoredRead:
    header = read_document.header
    return StoredRead(
        {
            "document_type": header.document_type,
            "header_date": header.date,
            "declared_page_count": header.page_count,
            "backend": read_document.backend,
        },
        [{"document_id": read_document.id, **page.model_dump()} for page in read_document.pages],
        [_block_row(read_document.id, seq, block) for seq, block in enumerate(read_document.blocks)],
    )


_NOT_READ = {"document_type": None, "header_date": None, "declared_page_count": None, "backend": None}


def lineage_key(document: Document) -> str | None:
    """What versions of one document share: its case, kind and title; without a case number, its office, kind and
    title (and, for a meeting's protocol or agenda, whose title every meeting's shares, the meeting's date).
    Documents of one case that differ in kind or title are other documents of the case, not versions.

    The office must agree as well where both state one (:func:`previous_version` compares it).
    """
    if not document.title:
        return None
    if key := case_key(document.diarienummer or ""):
        return f"case:{key}|{document.kind}|{title_key(document.title)}"
    if document.office:
        meeting = f"|{document.date}" if document.kind in ("protokoll", "dagordning") else ""
        return f"title:{document.office.casefold()}|{document.kind}|{title_key(document.title)}{meeting}"
    return None


def _next_id(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM [{table}]").fetchone()[0])


def previous_version(db: Database, document: Document) -> tuple[str, int] | None:
    """The newest stored version of the same document (another file), as (id, version)."""
    key = lineage_key(document)
    if key is None:
        return None
    office = (document.office or "").casefold()
    for stored_id, version, stored_office in db.execute(
        "SELECT id, version, office FROM documents WHERE lineage_key = ? AND id != ? ORDER BY version DESC, rowid DESC",
        [key, document.id],
    ).fetchall():
        if not office or not stored_office or stored_office.casefold() == office:
            return stored_id, version
    return None


# One save_<table> per table, each writing a document's items in one call: a call per item costs more than the SQL.


def _save(db: Database, table: Table, owner_id: object, items: Sequence[object], stamp: str) -> None:
    rows = ({**table.row(owner_id, seq, item), "extractor_version": stamp} for seq, item in enumerate(items))
    insert_rows(db, table.name, rows)


def _save_children(db: Database, table: Table, owned: Iterable[tuple[int, Sequence[object]]]) -> None:
    """The items of many owners (a document's referrals' recipients, say) in one call."""
    rows: list[Row] = [table.row(owner, seq, item) for owner, items in owned for seq, item in enumerate(items)]
    insert_rows(db, table.name, rows)


def save_document_row(
    db: Database, document: Document, stored: StoredRead | None, stamp: str, previous: tuple[str, int] | None
) -> None:
    row = DOCUMENTS.row(document.id, 0, document)
    row.update(stored.columns if stored else _NOT_READ)
    row.update(
        extractor_version=stamp,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        lineage_key=lineage_key(document),
        version=previous[1] + 1 if previous else 1,
        previous_version_id=previous[0] if previous else None,
    )
    insert_rows(db, "documents", [row])


def save_read(db: Database, stored: StoredRead) -> None:
    insert_rows(db, "pages", stored.pages)
    insert_rows(db, "blocks", stored.blocks)


def save_signatories(db: Database, document_id: str, items: Sequence[Signatory], stamp: str) -> None:
    _save(db, SIGNATORIES, document_id, items, stamp)


def save_decision_points(db: Database, document_id: str, items: Sequence[DecisionPoint], stamp: str) -> None:
    _save(db, DECISION_POINTS, document_id, items, stamp)


def save_reports(db: Database, document_id: str, items: Sequence[ReportRef], stamp: str) -> None:
    _save(db, REPORTS, document_id, items, stamp)


def save_answers(db: Database, document_id: str, items: Sequence[Answer], stamp: str) -> None:
    _save(db, ANSWERS, document_id, items, stamp)


def save_answer_links(db: Database, document: Document) -> None:
    """The referrals this document's answers may answer, and the stored answers its referrals may have."""
    if document.answers:
        db.execute(INSERT_LINKS_OF_ANSWERS, {"document_id": document.id})
    if document.referrals:
        db.execute(INSERT_LINKS_OF_REFERRALS, {"document_id": document.id})


def save_mentions(db: Database, document_id: str, items: Sequence[Mention], stamp: str) -> None:
    _save(db, MENTIONS, document_id, items, stamp)


def _save_numbered(db: Database, table: Table, document_id: str, items: Sequence[object], stamp: str) -> list[int]:
    """Items with an id of their own (referrals, measures), numbered after the stored ones; their ids."""
    first = _next_id(db, table.name)
    ids = list(range(first, first + len(items)))
    insert_rows(
        db,
        table.name,
        (
            {"id": item_id, **table.row(document_id, seq, item), "extractor_version": stamp}
            for seq, (item_id, item) in enumerate(zip(ids, items, strict=True))
        ),
    )
    return ids


def save_referrals(db: Database, document_id: str, items: Sequence[Referral], stamp: str) -> list[int]:
    ids = _save_numbered(db, REFERRALS, document_id, items, stamp)
    _save_children(db, REFERRAL_RECIPIENTS, ((i, r.recipients) for i, r in zip(ids, items, strict=True)))
    _save_children(db, REFERRAL_MEASURE_CODES, ((i, r.measure_codes) for i, r in zip(ids, items, strict=True)))
    return ids


def save_measures(db: Database, document_id: str, items: Sequence[Measure], stamp: str) -> list[int]:
    ids = _save_numbered(db, MEASURES, document_id, items, stamp)
    _save_children(db, MEASURE_RESPONSIBLE, ((i, m.responsible) for i, m in zip(ids, items, strict=True)))
    return ids


def save_search(db: Database, document: Document, referral_ids: list[int], measure_ids: list[int]) -> None:
    """The searchable items of a document: referrals, measures, decision points and its title."""
    doc_id = document.id
    referrals, measures = (
        zip(referral_ids, document.referrals, strict=True),
        zip(measure_ids, document.measures, strict=True),
    )
    rows = [_search_row("referral", doc_id, i, r.page, r.text) for i, r in referrals]
    rows += [_search_row("measure", doc_id, i, m.page, m.text) for i, m in measures]
    rows += [
        _search_row("decision_point", doc_id, seq, point.page, point.text)
        for seq, point in enumerate(document.decision.points)
    ]
    if document.title:
        title = " – ".join(filter(None, [document.title, document.subtitle]))
        rows.append(_search_row("document", doc_id, 0, 1, title))
    db.conn.executemany(
        "INSERT INTO search (stemmed, text, kind, document_id, item_id, page) VALUES (?, ?, ?, ?, ?, ?)", rows
    )


def save_changes(db: Database, document_id: str, previous_id: str, changes: list[Change]) -> None:
    insert_rows(
        db,
        "changes",
        ({"document_id": document_id, "previous_document_id": previous_id, **asdict(change)} for change in changes),
    )


def save_document(
    db: Database, document: Document, extractor_version: str, pages: ReadDocument | StoredRead | None = None
) -> list[Change] | None:
    """Store a document's extraction (and, when read from a PDF, its pages and blocks).

    All of it lands or, on any error, none of it. A new version of a stored
    document (:func:`lineage_key`: same case, kind and title) is numbered after it
    and the changes between the two are recorded; the changes are returned.
    Returns None, storing nothing, when another process stored the same
    document first.
    """
    doc_id, stamp = document.id, extractor_version
    stored = stored_read(pages) if isinstance(pages, ReadDocument) else pages
    with write_lock(db):
        if has_document(db, doc_id):
            return None
        previous = previous_version(db, document)
        save_document_row(db, document, stored, stamp, previous)
        if stored is not None:
            save_read(db, stored)
        save_items(db, document, stamp)
        changes = document_changes(load_document(db, previous[0]), document) if previous else []
        if previous:
            save_changes(db, doc_id, previous[0], changes)
    return changes


def save_items(db: Database, document: Document, stamp: str) -> None:
    """Everything extracted from a stored document: its items, search rows, answer links, case links and cues."""
    doc_id = document.id
    save_signatories(db, doc_id, document.signatories, stamp)
    save_decision_points(db, doc_id, document.decision.points, stamp)
    save_reports(db, doc_id, document.reports, stamp)
    referral_ids = save_referrals(db, doc_id, document.referrals, stamp)
    measure_ids = save_measures(db, doc_id, document.measures, stamp)
    save_search(db, document, referral_ids, measure_ids)
    save_answers(db, doc_id, document.answers, stamp)
    save_case_links(db, document, stamp)  # before the answer links: a protocol's § cases pair its referrals
    save_answer_links(db, document)
    save_mentions(db, doc_id, document.mentions, stamp)
    _save(db, CUES, doc_id, document.cues, stamp)


def _search_row(kind: str, document_id: str, item_id: int, page: int, text: str) -> tuple[object, ...]:
    """A row of the full-text index: the stemmed text is searched, the rest says what was found where."""
    return (stem_text(text), text, kind, document_id, item_id, page)


def store_pdf(source: Path, files: Path, document_id: str) -> Path:
    """Keep a copy of the ingested PDF, named by its sha256, for the publication's provenance links."""
    files.mkdir(parents=True, exist_ok=True)
    target = files / f"{document_id}.pdf"
    if not target.exists():
        # a copy of its own: two ingests of one file at once must not rename each other's half-written copy away
        handle, name = tempfile.mkstemp(prefix=f"{document_id}.", suffix=".part", dir=files)
        os.close(handle)
        partial = Path(name)
        try:
            shutil.copyfile(source, partial)
            partial.replace(target)  # atomic: a reader never sees half a file
        finally:
            partial.unlink(missing_ok=True)
    return target


def check_writable(db_path: Path) -> None:
    """Refuse a database that could not be written, in one line naming it: before any PDF is read.

    Probed as the writer will use them (the file opened for writing, a file made and removed in its
    folder and in its PDFs' folder, where SQLite keeps -wal and -shm), not guessed from permission
    bits: a read-only file system, an immutable file and a missing folder are all refused alike.
    """
    if db_path.is_dir():
        raise StoreError(f"{db_path}: is a directory; give a database file such as atgard.db")
    folder = db_path.parent
    if not folder.is_dir():
        raise StoreError(f"{db_path}: cannot create the database: there is no folder {folder}")
    if db_path.exists():
        try:
            with open(db_path, "r+b"):
                pass
        except OSError as error:
            raise StoreError(f"{db_path}: cannot write to this database ({error.strerror})") from error
    for place in (folder, files_dir(db_path)):
        if place.is_dir():
            _probe_folder(place, db_path)


def _probe_folder(folder: Path, db_path: Path) -> None:
    try:
        descriptor, name = tempfile.mkstemp(prefix=".atgard-probe-", dir=folder)
    except OSError as error:
        raise StoreError(f"{db_path}: cannot write in the database's folder {folder} ({error.strerror})") from error
    os.close(descriptor)
    os.unlink(name)


def files_dir(db_path: Path) -> Path:
    """Where the PDFs of a database are kept: ``atgard.db`` -> ``atgard.files/``."""
    return db_path.with_suffix(".files")


def import_export(db: Database, data: Export, extractor_version: str) -> int:
    """Store the documents of an export that the database does not have, and its corrections; returns how many
    documents.

    Earlier versions are stored first, so that each document keeps its version number.
    """
    added = 0
    for document in sorted(data.documents, key=lambda d: d.version):
        if not has_document(db, document.id):
            save_document(db, document, extractor_version)
            added += 1
    with write_lock(db):  # the clerks' corrections, each kept once by its id
        import_corrections(db.conn, data.corrections)
    return added
