"""Numbered schema migrations: the only place where tables are created or changed, and their data with them.

``PRAGMA user_version`` records how many have run; :func:`atgard.output.database.migrate` runs the pending ones
in one transaction with the version bump, so a database is never half-migrated. Views are not made here: they
hold no data, and migrating makes every one anew from ``output/views.py`` (an older database's are dropped
first). Append new migrations; never edit one that has shipped (its views once, now gone, apart).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlite_utils import Database

from atgard.output.migrations_review import LATER_MIGRATIONS
from atgard.schema.keys import case_id, case_key, title_key


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
    _m002_documents_and_boards(db)
    _m002_document_items(db)
    _m002_referrals_and_measures(db)


_OF_DOCUMENT = [("document_id", "documents", "id")]


def _m002_documents_and_boards(db: Database) -> None:
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


def _m002_document_items(db: Database) -> None:
    """Signatories, decision points and reports: a document's items without an id of their own."""
    document = _OF_DOCUMENT
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


def _m002_referrals_and_measures(db: Database) -> None:
    """Referrals and measures (numbered) with their recipients, codes and responsible boards; board mentions."""
    document = _OF_DOCUMENT
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
    """Cross-document links by report title, the referral matrix, unresolved references (the views now in
    ``views.py``): the title keys and the boards' years they need."""
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
    """Reply dates and answers to referrals (what is still unanswered is a view: it holds in any ingest order)."""
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


# Every answer's links as m010 and m012 wrote them, each with its own "same case" and "same report" (today's, for
# the documents stored from now on, is ``views.ANSWER_REFERRAL_PAIRS``).
_INSERT_ANSWER_LINKS = """
        INSERT INTO answer_links
            (answer_document_id, answer_seq, board_id, board_name, date, referral_id, referral_document_id)
        SELECT a.document_id, a.seq, a.board_id, a.board_name, a.date, r.id, r.document_id
        FROM answers a
        JOIN referrals r ON r.document_id != a.document_id
        JOIN documents rd ON rd.id = r.document_id
        WHERE (a.in_reply_to IS NOT NULL AND rd.diarienummer IS NOT NULL
               AND {same_case}
               AND (a.report_title_key IS NULL OR r.report_title_key IS NULL
                    OR {same_report}))
           OR (a.in_reply_to IS NULL AND a.report_title_key IS NOT NULL AND a.report_title_key = r.report_title_key)
        """
_SPACELESS = "replace(lower({}), ' ', '')"
_SPACELESS_DASHLESS = "replace(replace(lower({}), ' ', ''), '-', '')"


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
    db.execute(
        _INSERT_ANSWER_LINKS.format(
            same_case=f"instr({_SPACELESS.format('a.in_reply_to')}, {_SPACELESS.format('rd.diarienummer')}) > 0",
            same_report="a.report_title_key = r.report_title_key",
        )
    )
    db.table("answer_links").create_index(["referral_id", "board_id"])
    db.table("answer_links").create_index(["answer_document_id", "answer_seq"])
    db.table("answer_links").create_index(["board_id"])
    db.table("referrals").create_index(["document_id"])


def m011_recipient_exclusions(db: Database) -> None:
    """The members a referral to a group leaves out ("samtliga stadsdelsnämnder utom Norrmalms"): kept with the
    recipient (JSON), and left out of the group's status and of the board's matrix."""
    db.table("referral_recipients").add_column("excluding", str, not_null_default="[]")


def m012_looser_answer_links(db: Database) -> None:
    """Answers linked to their referrals however the case number's spaces and dashes are printed, never by the
    start of a longer number, and by a report title that begins the other's; the stored links made anew."""
    printed, own = _SPACELESS_DASHLESS.format("a.in_reply_to"), _SPACELESS_DASHLESS.format("rd.diarienummer")
    db.execute("DELETE FROM answer_links")
    db.execute(
        _INSERT_ANSWER_LINKS.format(
            same_case=f"instr({printed}, {own}) > 0 "
            f"AND substr({printed}, instr({printed}, {own}) + length({own}), 1) NOT GLOB '[0-9]'",
            same_report="instr(a.report_title_key, r.report_title_key) = 1 "
            "OR instr(r.report_title_key, a.report_title_key) = 1",
        )
    )


def m013_cases(db: Database) -> None:
    """Cases (ärenden): the ``cases`` table and each document's links to the cases it is filed in or answers;
    versions only of one document (same case, kind and title, the office where both state one), re-chained.

    The stored documents are keyed with the contract's keys (``schema.keys``), as the store keys new ones;
    a change to a key ships with a migration that makes the links and versions anew."""
    db.table("cases").create({"id": str, "key": str}, pk="id", not_null={"key"})
    db.table("cases").create_index(["key"], unique=True)
    db.table("document_cases").create(
        {"document_id": str, "seq": int, "case_id": str, "number": str, "relation": str, **_LOCATED}
        | {"extractor_version": str},
        pk=("document_id", "seq"),
        foreign_keys=[*_OF_DOCUMENT, ("case_id", "cases", "id")],
        not_null={"case_id", "relation"},
    )
    db.table("document_cases").create_index(["case_id", "relation"])
    _m013_links(db)
    _m013_versions(db)


def _m013_links(db: Database) -> None:
    """Each stored document's own case (its diarienummer) and the cases its answers answer."""
    cited = db.execute(
        "SELECT id, diarienummer, 'own', NULL, NULL, NULL, NULL, NULL, NULL, extractor_version, 0 FROM documents"
        " WHERE diarienummer IS NOT NULL UNION ALL SELECT document_id, in_reply_to, 'answers', page, x0, top, x1,"
        " bottom, boxes, extractor_version, 1 + seq FROM answers WHERE in_reply_to IS NOT NULL ORDER BY 1, 11"
    ).fetchall()
    seen: dict[str, set[tuple[str, str]]] = {}
    for document_id, number, relation, page, x0, top, x1, bottom, boxes, stamp, _ in cited:
        key = case_key(number)
        links = seen.setdefault(document_id, set())
        if key is None or (key, relation) in links:
            continue
        links.add((key, relation))
        db.execute("INSERT OR IGNORE INTO cases (id, key) VALUES (?, ?)", [case_id(key), key])
        db.table("document_cases").insert(
            {"document_id": document_id, "seq": len(links) - 1, "case_id": case_id(key), "number": number}
            | {"relation": relation, "page": page, "x0": x0, "top": top, "x1": x1, "bottom": bottom}
            | {"boxes": boxes, "extractor_version": stamp}
        )


def _m013_lineage_key(kind: str | None, title: str | None, office: str | None, number: str | None) -> str | None:
    if not title:
        return None
    if key := case_key(number or ""):
        return f"case:{key}|{kind}|{title_key(title)}"
    return f"title:{office.casefold()}|{kind}|{title_key(title)}" if office else None


def _m013_versions(db: Database) -> None:
    """Every stored document re-chained in the order it was stored; the changes of a pair no longer versions go."""
    newest: dict[str, list[tuple[str, str | None, int]]] = {}  # lineage key: (id, office, version), newest last
    for doc_id, kind, title, office, number in db.execute(
        "SELECT id, kind, title, office, diarienummer FROM documents ORDER BY ingested_at, rowid"
    ).fetchall():
        key = _m013_lineage_key(kind, title, office, number)
        same = [v for v in newest.get(key or "", []) if not office or not v[1] or v[1].casefold() == office.casefold()]
        previous = same[-1] if key and same else None
        version = previous[2] + 1 if previous else 1
        db.execute(
            "UPDATE documents SET lineage_key = ?, version = ?, previous_version_id = ? WHERE id = ?",
            [key, version, previous[0] if previous else None, doc_id],
        )
        if key:
            newest.setdefault(key, []).append((doc_id, office, version))
    db.execute(
        "DELETE FROM changes WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = changes.document_id"
        " AND d.previous_version_id = changes.previous_document_id)"
    )


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
    m013_cases,
    *LATER_MIGRATIONS,  # m014 … (output/migrations_review.py)
]
