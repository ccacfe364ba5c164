"""Numbered schema migrations: the only place where tables are created or changed.

``PRAGMA user_version`` records how many have run. Each migration runs in the
same transaction as the version bump, so a database is never half-migrated.
Append new migrations; never edit one that has shipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from atgard.output.migration_views import (
    ANSWER_CANDIDATES_SQL,
    ANSWER_CANDIDATES_TABLE_SQL,
    ANSWER_LINKS_VIEW_SQL,
    LOOSE_LINKS_TABLE_SQL,
    REFERRAL_MATRIX_EXCLUDING_SQL,
    REFERRAL_STATUS_EXCLUDING_SQL,
    REFERRAL_STATUS_SQL,
    UNMATCHED_ANSWERS_SQL,
)


def m001_documents_pages_blocks(db: Database) -> None:
    db.table("documents").create(
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
    db.table("pages").create(
        {"document_id": str, "number": int, "width": float, "height": float, "char_count": int},
        pk=("document_id", "number"),
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("blocks").create(
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
    db.table("blocks").create_index(["document_id", "page"])
    db.table("blocks").create_index(["kind"])


_LOCATED = {"page": int, "x0": float, "top": float, "x1": float, "bottom": float, "boxes": str}


def m002_extraction(db: Database) -> None:
    """The data contract's tables: boards, referrals, measures, decisions, reports, mentions."""
    for column, kind in [
        ("kind", str),
        ("title", str),
        ("subtitle", str),
        ("addressee", str),
        ("date", str),
        ("year", int),
        ("case_officer_name", str),
        ("case_officer_phone", str),
        ("case_officer_email", str),
        ("decision_proposed_by", str),
        ("decision_decided_by", str),
    ]:
        db.table("documents").add_column(column, kind)
    db.table("documents").create_index(["kind"])
    db.table("boards").create({"id": str, "name": str, "kind": str, "parent": str}, pk="id")
    db.table("board_aliases").create(
        {"board_id": str, "alias": str}, pk=("board_id", "alias"), foreign_keys=[("board_id", "boards", "id")]
    )
    db.table("board_members").create(
        {"group_id": str, "member_id": str},
        pk=("group_id", "member_id"),
        foreign_keys=[("group_id", "boards", "id"), ("member_id", "boards", "id")],
    )
    document = [("document_id", "documents", "id")]
    db.table("signatories").create(
        {"document_id": str, "seq": int, "name": str, "title": str, **_LOCATED},
        pk=("document_id", "seq"),
        foreign_keys=document,
    )
    db.table("decision_points").create(
        {"document_id": str, "seq": int, "number": int, "text": str, "decided_by": str, **_LOCATED},
        pk=("document_id", "seq"),
        foreign_keys=document,
    )
    db.table("reports").create(
        {"document_id": str, "seq": int, "title": str, "title_key": str, "year": int, "annex_number": int},
        pk=("document_id", "seq"),
        foreign_keys=document,
    )
    db.table("reports").create_index(["title_key"])
    db.table("referrals").create(
        {
            "id": int,
            "document_id": str,
            "seq": int,
            "report_title": str,
            "action": str,
            "scope": str,
            "priority": str,
            "condition": str,
            "text": str,
            **_LOCATED,
        },
        pk="id",
        foreign_keys=document,
    )
    db.table("referrals").create_index(["document_id", "seq"], unique=True)
    db.table("referral_recipients").create(
        {"referral_id": int, "seq": int, "name": str, "board_id": str, "kind": str, "is_group": int},
        pk=("referral_id", "seq"),
        foreign_keys=[("referral_id", "referrals", "id"), ("board_id", "boards", "id")],
    )
    db.table("referral_recipients").create_index(["board_id"])
    db.table("referral_measure_codes").create(
        {"referral_id": int, "seq": int, "code": str},
        pk=("referral_id", "seq"),
        foreign_keys=[("referral_id", "referrals", "id")],
    )
    db.table("referral_measure_codes").create_index(["code"])
    db.table("measures").create(
        {
            "id": int,
            "document_id": str,
            "seq": int,
            "code": str,
            "group_code": str,
            "group_title": str,
            "report_title": str,
            "text": str,
            "section": str,
            **_LOCATED,
        },
        pk="id",
        foreign_keys=document,
    )
    db.table("measures").create_index(["document_id", "seq"], unique=True)
    db.table("measures").create_index(["code"])
    db.table("measure_responsible").create(
        {"measure_id": int, "seq": int, "name": str, "board_id": str},
        pk=("measure_id", "seq"),
        foreign_keys=[("measure_id", "measures", "id"), ("board_id", "boards", "id")],
    )
    db.table("mentions").create(
        {"document_id": str, "seq": int, "board_id": str, "name": str, "kind": str, "page": int, "text": str},
        pk=("document_id", "seq"),
        foreign_keys=[*document, ("board_id", "boards", "id")],
    )
    db.table("mentions").create_index(["board_id"])
    # Names that did not resolve to the register: the clerk's list of boards to review.
    db.create_view(
        "unknown_boards",
        """
        SELECT name, kind, count(*) AS times, group_concat(DISTINCT filename) AS documents, min(page) AS first_page
        FROM (
            SELECT m.name, m.kind, d.filename, m.page
            FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.board_id IS NULL
            UNION ALL
            SELECT rr.name, rr.kind, d.filename, r.page
            FROM referral_recipients rr
            JOIN referrals r ON r.id = rr.referral_id
            JOIN documents d ON d.id = r.document_id
            WHERE rr.board_id IS NULL
        )
        GROUP BY name, kind
        ORDER BY times DESC, name
        """,
    )


def _m003_title_key(title: str) -> str:
    """The "same title" key as m003 shipped it, frozen: a later change to the key gets a migration of its own.

    >>> _m003_title_key("Dold Potential – hinder och möjligheter (2016).")
    'dold potential - hinder och möjligheter'
    """
    text = re.sub(r"\s*[(\[,]?\s*((?:19|20)\d\d)\s*[)\]]?\s*\.?\s*$", "", title)
    text = re.sub(r"[\u2010-\u2015-]", "-", text)
    text = re.sub(r"\s*-\s*", " - ", text)
    return re.sub(r"\s+", " ", text).strip(" .,:;").casefold()


def m003_links_and_matrix(db: Database) -> None:
    """Cross-document links by report title, the referral matrix, unresolved references."""
    title_key = _m003_title_key

    db.table("boards").add_column("valid_from", int)
    db.table("boards").add_column("valid_to", int)
    db.table("reports").add_column("page", int)
    for table, source in (("documents", "title"), ("referrals", "report_title"), ("measures", "report_title")):
        key = f"{source}_key"
        db.table(table).add_column(key, str)
        for row in db.execute(f"SELECT rowid, [{source}] FROM [{table}]").fetchall():
            db.execute(f"UPDATE [{table}] SET [{key}] = ? WHERE rowid = ?", [title_key(row[1] or ""), row[0]])
        db.table(table).create_index([key])
    db.create_view(
        "report_documents",
        "SELECT id AS document_id, title, title_key, year, filename FROM documents WHERE kind = 'kommissionsrapport'",
    )
    # A board, or a group spelled out into its members (with the years each existed).
    db.create_view(
        "board_expansion",
        """
        SELECT id AS board_id, id AS member_id, NULL AS via_id, NULL AS valid_from, NULL AS valid_to
        FROM boards WHERE kind != 'group'
        UNION ALL
        SELECT bm.group_id, bm.member_id, bm.group_id, m.valid_from, m.valid_to
        FROM board_members bm JOIN boards m ON m.id = bm.member_id
        """,
    )
    # Every measure code a referral names, with the report document and measure it resolves to.
    db.create_view(
        "referral_measures",
        """
        SELECT r.id AS referral_id, r.document_id, r.page, r.action, c.code, r.report_title,
               rd.document_id AS report_document_id, m.id AS measure_id
        FROM referral_measure_codes c
        JOIN referrals r ON r.id = c.referral_id
        LEFT JOIN report_documents rd ON rd.title_key = r.report_title_key
        LEFT JOIN measures m ON m.document_id = rd.document_id AND m.code = c.code
        """,
    )
    db.create_view(
        "unresolved_references",
        """
        SELECT 'measure code' AS reference, rm.code AS value, rm.report_title, d.filename, rm.document_id, rm.page,
               CASE WHEN rm.report_document_id IS NULL THEN 'report not ingested'
                    ELSE 'no such measure in the report' END AS reason
        FROM referral_measures rm JOIN documents d ON d.id = rm.document_id
        WHERE rm.measure_id IS NULL
        UNION ALL
        SELECT 'report', rep.title, rep.title, d.filename, rep.document_id, rep.page, 'report not ingested'
        FROM reports rep JOIN documents d ON d.id = rep.document_id
        WHERE NOT EXISTS (SELECT 1 FROM report_documents rd WHERE rd.title_key = rep.title_key)
        """,
    )
    # The clerk's question "what must this board answer, and on what": one row per measure, board, role.
    in_year = """(e.via_id IS NULL OR (
        (e.valid_from IS NULL OR {year} IS NULL OR e.valid_from <= {year})
        AND (e.valid_to IS NULL OR ({year} IS NOT NULL AND e.valid_to >= {year}))))"""
    db.create_view(
        "referral_matrix",
        f"""
        SELECT m.id AS measure_id, m.report_title, m.code AS measure_code, m.document_id AS measure_document_id,
               coalesce(e.member_id, mr.board_id) AS board_id, coalesce(mb.name, mr.name) AS board_name,
               'responsible' AS role, via.name AS via, m.document_id AS source_document_id, m.page AS source_page
        FROM measures m
        JOIN documents md ON md.id = m.document_id
        JOIN measure_responsible mr ON mr.measure_id = m.id
        LEFT JOIN board_expansion e ON e.board_id = mr.board_id
        LEFT JOIN boards mb ON mb.id = e.member_id
        LEFT JOIN boards via ON via.id = e.via_id
        WHERE m.code IS NOT NULL AND {in_year.format(year="md.year")}
        UNION ALL
        SELECT m.id, m.report_title, m.code, m.document_id,
               coalesce(e.member_id, rr.board_id), coalesce(mb.name, rr.name),
               r.action, via.name, r.document_id, r.page
        FROM referrals r
        JOIN documents rd ON rd.id = r.document_id
        JOIN report_documents rep ON rep.title_key = r.report_title_key
        JOIN measures m ON m.document_id = rep.document_id AND m.code IS NOT NULL
        JOIN referral_recipients rr ON rr.referral_id = r.id
        LEFT JOIN board_expansion e ON e.board_id = rr.board_id
        LEFT JOIN boards mb ON mb.id = e.member_id
        LEFT JOIN boards via ON via.id = e.via_id
        WHERE (r.scope = 'report' OR m.code IN (SELECT code FROM referral_measure_codes WHERE referral_id = r.id))
          AND {in_year.format(year="coalesce(rd.year, rep.year)")}
        """,
    )


EXTRACTED_TABLES = ("signatories", "decision_points", "reports", "referrals", "measures", "mentions")  # as of m004


def m004_versions_search_provenance(db: Database) -> None:
    """Document versions and their changes, Swedish full-text search, the extractor version on every row."""
    for table in EXTRACTED_TABLES:
        db.table(table).add_column("extractor_version", str)
        db.execute(
            f"UPDATE [{table}] SET extractor_version = "
            f"(SELECT extractor_version FROM documents WHERE documents.id = [{table}].document_id)"
        )
    for table in ("mentions", "reports"):  # where a board or report is named, like every other row
        for column, kind in (("x0", float), ("top", float), ("x1", float), ("bottom", float), ("boxes", str)):
            db.table(table).add_column(column, kind)
    db.table("documents").add_column("text_source", str)
    db.execute("UPDATE documents SET text_source = 'pdf'")
    db.table("documents").add_column("lineage_key", str)
    db.table("documents").add_column("version", int)
    db.table("documents").add_column("previous_version_id", str, fk="documents", fk_col="id")
    db.execute("UPDATE documents SET version = 1 WHERE version IS NULL")
    db.table("documents").create_index(["lineage_key", "version"])
    db.table("changes").create(
        {
            "id": int,
            "document_id": str,
            "previous_document_id": str,
            "item": str,
            "change": str,
            "key": str,
            "before": str,
            "after": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("previous_document_id", "documents", "id")],
    )
    db.table("changes").create_index(["document_id"])
    # Links go to the newest version of a report only.
    db.execute("DROP VIEW report_documents")
    db.create_view(
        "report_documents",
        """
        SELECT d.id AS document_id, d.title, d.title_key, d.year, d.filename, d.version
        FROM documents d
        WHERE d.kind = 'kommissionsrapport'
          AND NOT EXISTS (SELECT 1 FROM documents newer WHERE newer.previous_version_id = d.id)
        """,
    )
    # One row per searchable item: only the stemmed text is indexed, the rest is carried along.
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5("
        "stemmed, text UNINDEXED, kind UNINDEXED, document_id UNINDEXED, item_id UNINDEXED, page UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    )


def m005_query_indexes(db: Database) -> None:
    """Indexes the canned queries need at 100,000 measures (measured with ``make bench``).

    A board's measures are found from the board, not by reading every
    responsible row; "is this the newest version?" in ``report_documents``
    looks up the newer version instead of scanning the documents.
    """
    db.table("measure_responsible").create_index(["board_id", "measure_id"])
    db.table("documents").create_index(["previous_version_id"])


def m006_responsible_kind(db: Database) -> None:
    """A responsible board is a board reference like a recipient: its kind is stored with it.

    Rows stored before this migration take the register's kind, or "unknown" for a name outside it.
    """
    db.table("measure_responsible").add_column("kind", str)
    db.execute(
        "UPDATE measure_responsible SET kind = coalesce("
        "(SELECT kind FROM boards WHERE boards.id = measure_responsible.board_id), 'unknown')"
    )


def m007_referral_tracking(db: Database) -> None:
    """Reply dates, answers to referrals, and what is still unanswered (views: they hold in any ingest order)."""
    db.table("referrals").add_column("reply_by", str)
    db.table("referrals").add_column("reply_by_source", str)  # JSON: page and box of the stated date
    db.table("referrals").create_index(["reply_by"])
    db.table("answers").create(
        {
            "document_id": str,
            "seq": int,
            "board_name": str,
            "board_id": str,
            "board_kind": str,
            "report_title": str,
            "report_title_key": str,
            "in_reply_to": str,
            "date": str,
            "measure_codes": str,  # JSON list
            **_LOCATED,
            "extractor_version": str,
        },
        pk=("document_id", "seq"),
        foreign_keys=[("document_id", "documents", "id"), ("board_id", "boards", "id")],
    )
    db.table("answers").create_index(["board_id"])
    db.table("answers").create_index(["report_title_key"])
    # An answer and the referrals it may answer: the referring memo's diarienummer as the answer prints it, or the
    # same report (when the answer cites no diarienummer); never a referral of the answer itself.
    db.create_view("answer_candidates", ANSWER_CANDIDATES_SQL)
    # One row per referral and named recipient; a group is answered when every member of that year has answered.
    db.create_view("referral_status", REFERRAL_STATUS_SQL)
    # Answers that answer nothing stored, with the reason: the clerk's list to check.
    db.create_view("unmatched_answers", UNMATCHED_ANSWERS_SQL)


def m008_board_forms(db: Database) -> None:
    """Every written form of every board, lowercased: a clerk may ask for "Familjebostäder" or "arbetsmarknadsnämnd"."""
    db.table("board_forms").create(
        {"form": str, "board_id": str}, pk=("form", "board_id"), foreign_keys=[("board_id", "boards", "id")]
    )
    db.table("board_forms").create_index(["board_id"])


def m009_page_reading(db: Database) -> None:
    """How each page was read: turned to its text's direction, its text from the PDF, OCR or nowhere, its images."""
    db.table("pages").add_column("turned", int, not_null_default=0)
    db.table("pages").add_column("mirrored", int, not_null_default=0)
    db.table("pages").add_column("right_to_left", int, not_null_default=0)
    db.table("pages").add_column("text_source", str, not_null_default="pdf")
    db.table("pages").add_column("images", int, not_null_default=0)
    db.table("pages").add_column("furniture", str)  # JSON: the lines taken out as running header or footer
    db.table("pages").add_column("asides", str)  # JSON: lines printed in other directions (margin notes)


def m010_answer_links(db: Database) -> None:
    """The answers' candidate referrals as a table, kept up as documents are stored (``make bench``: the view
    compared every answer with every referral, over 2 s at 2,000 referrals, the publication's time limit)."""
    db.table("answer_links").create(
        {
            "answer_document_id": str,
            "answer_seq": int,
            "board_id": str,
            "board_name": str,
            "date": str,
            "referral_id": int,
            "referral_document_id": str,
        },
        foreign_keys=[("answer_document_id", "documents", "id"), ("referral_id", "referrals", "id")],
    )
    db.execute(ANSWER_CANDIDATES_TABLE_SQL)
    db.table("answer_links").create_index(["referral_id", "board_id"])
    db.table("answer_links").create_index(["answer_document_id", "answer_seq"])
    db.table("answer_links").create_index(["board_id"])
    db.table("referrals").create_index(["document_id"])
    db.execute("DROP VIEW answer_candidates")  # the views built on it read the table from now on
    db.create_view("answer_candidates", ANSWER_LINKS_VIEW_SQL)


def m011_recipient_exclusions(db: Database) -> None:
    """The members a referral to a group leaves out ("samtliga stadsdelsnämnder utom Norrmalms"): kept with the
    recipient (JSON), and left out of the group's status and of the board's matrix."""
    db.table("referral_recipients").add_column("excluding", str, not_null_default="[]")
    db.execute("DROP VIEW IF EXISTS referral_status")
    db.create_view("referral_status", REFERRAL_STATUS_EXCLUDING_SQL)
    db.execute("DROP VIEW IF EXISTS referral_matrix")
    db.create_view("referral_matrix", REFERRAL_MATRIX_EXCLUDING_SQL)


def m012_looser_answer_links(db: Database) -> None:
    """Answers linked to their referrals however the case number's spaces and dashes are printed, never by the
    start of a longer number, and by a report title that begins the other's; the stored links made anew."""
    db.execute("DELETE FROM answer_links")
    db.execute(LOOSE_LINKS_TABLE_SQL)


MIGRATIONS: list[Callable[[Database], None]] = [
    m001_documents_pages_blocks,
    m002_extraction,
    m003_links_and_matrix,
    m004_versions_search_provenance,
    m005_query_indexes,
    m006_responsible_kind,
    m007_referral_tracking,
    m008_board_forms,
    m009_page_reading,
    m010_answer_links,
    m011_recipient_exclusions,
    m012_looser_answer_links,
]


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
    migrate it once, and a process killed midway leaves it as it was.
    """
    if (version := schema_version(db)) < len(MIGRATIONS):
        with write_lock(db):
            for pending in range(schema_version(db), len(MIGRATIONS)):
                MIGRATIONS[pending](db)
                db.execute(f"PRAGMA user_version = {pending + 1}")
    if version > len(MIGRATIONS):
        raise RuntimeError(f"database schema version {version} is newer than this atgard ({len(MIGRATIONS)})")
    return len(MIGRATIONS)
