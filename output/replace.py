"""A stored document read anew (``atgard ingest --again``): the machine's rows replaced, the clerks' kept.

Everything ingest wrote for the document (its pages and blocks, items, search rows, answer links, case links,
cues, its changes against the version before it and the one after) is deleted and written from the new
extraction, in one transaction. Its id (the sha256 of the same bytes), its version and its place among its
versions stay. The corrections are never touched: keyed by stable ids, they apply again (``output/current.py``),
and those whose target is gone or changed wait in the review queue.
"""

from __future__ import annotations

from sqlite_utils import Database

from atgard.output.changes import document_changes
from atgard.output.database import write_lock
from atgard.output.export import load_document
from atgard.output.store import StoredRead, save_changes, save_items, save_read
from atgard.output.tables import DOCUMENTS
from atgard.schema.contract import Document

# The document's own rows, by the column that names it; children first (foreign keys are on).
_OWNED = (
    ("referral_recipients", "referral_id IN (SELECT id FROM referrals WHERE document_id = :id)"),
    ("referral_measure_codes", "referral_id IN (SELECT id FROM referrals WHERE document_id = :id)"),
    ("measure_responsible", "measure_id IN (SELECT id FROM measures WHERE document_id = :id)"),
    ("answer_links", "answer_document_id = :id OR referral_document_id = :id"),
    ("referrals", "document_id = :id"),
    ("measures", "document_id = :id"),
    ("signatories", "document_id = :id"),
    ("decision_points", "document_id = :id"),
    ("reports", "document_id = :id"),
    ("answers", "document_id = :id"),
    ("mentions", "document_id = :id"),
    ("document_cases", "document_id = :id"),
    ("cues", "document_id = :id"),
    ("search", "document_id = :id"),
    ("blocks", "document_id = :id"),
    ("pages", "document_id = :id"),
    ("changes", "document_id = :id OR previous_document_id = :id"),
)


def replace_document(db: Database, document: Document, extractor_version: str, stored: StoredRead | None) -> None:
    """The stored document's machine rows written anew from ``document`` (the same bytes, read again)."""
    with write_lock(db):
        for table, where in _OWNED:
            db.execute(f"DELETE FROM [{table}] WHERE {where}", {"id": document.id})
        db.execute("DELETE FROM cases WHERE NOT EXISTS (SELECT 1 FROM document_cases dc WHERE dc.case_id = cases.id)")
        row = DOCUMENTS.row(document.id, 0, document)
        row.pop("id")
        if stored is not None:
            row.update(stored.columns)
        row["extractor_version"] = extractor_version
        db.table("documents").update(document.id, row)
        if stored is not None:
            save_read(db, stored)
        save_items(db, document, extractor_version)
        _changes_again(db, document.id)


def _changes_again(db: Database, document_id: str) -> None:
    """The changes between the document and the versions before and after it, made anew."""
    pairs = db.execute(
        "SELECT id, previous_version_id FROM documents WHERE (id = ? AND previous_version_id IS NOT NULL)"
        " OR previous_version_id = ?",
        [document_id, document_id],
    ).fetchall()
    for newer, older in pairs:
        save_changes(db, newer, older, document_changes(load_document(db, older), load_document(db, newer)))
