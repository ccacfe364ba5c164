"""Cases (ärenden): each document's links to the cases it is filed in or cites, and the export's case list.

A document is filed in the case of its diarienummer (``own``); it may cite others: an answer the case whose
referral it answers (its ``in_reply_to``), a protocol the case each § decides. The links are stored when the
document is (``document_cases``, one row per case and relation); a case is a row of ``cases`` (its id and key)
and its number and title are read from its documents (the view ``case_overview``), so no ingest order moves them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlite_utils import Database

from atgard.output.store_rows import insert_rows
from atgard.output.tables import Column, Table, columns
from atgard.schema.contract import Case, CaseCitation, CaseDocument, CaseRelation, Document
from atgard.schema.keys import case_id, case_key
from atgard.schema.read import BBox

# How a document bears on a case, strongest first: the order of a case document's relations in the export.
RELATIONS: tuple[CaseRelation, ...] = ("own", "decides", "answers", "mentions")


@dataclass(frozen=True)
class CaseLink:
    """One link of a document to a case, as ``document_cases`` stores it."""

    number: str
    relation: CaseRelation
    page: int | None = None
    bbox: BBox | None = None
    id: str = ""
    key: str = ""


CASE_LINKS = Table(
    "document_cases", "document_id", (Column("case_id", "id"), *columns("number", "relation")), place="optional"
)


def case_links(document: Document) -> list[CaseLink]:
    """The document's own case, the cases it cites, and the cases its answers answer: once each per relation.

    A number without digits names no case and is left out.
    """
    found = [CaseLink(document.diarienummer, "own")] if document.diarienummer else []
    found += [CaseLink(c.number, c.relation, c.page, c.bbox) for c in document.cases]
    # An export from before the cited cases were extracted still links its answers.
    found += [CaseLink(a.in_reply_to, "answers", a.page, a.bbox) for a in document.answers if a.in_reply_to]
    links: list[CaseLink] = []
    seen: set[tuple[str, str]] = set()
    for link in found:
        key = case_key(link.number)
        if key is not None and (key, link.relation) not in seen:
            seen.add((key, link.relation))
            links.append(replace(link, id=case_id(key), key=key))
    return links


def save_case_links(db: Database, document: Document, stamp: str) -> None:
    links = case_links(document)
    if not links:
        return
    insert_rows(db, "cases", ({"id": link.id, "key": link.key} for link in links), ignore=True)
    insert_rows(
        db,
        CASE_LINKS.name,
        ({**CASE_LINKS.row(document.id, seq, link), "extractor_version": stamp} for seq, link in enumerate(links)),
    )


def _rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def load_citations(db: Database, document_id: str) -> list[CaseCitation]:
    """The cases a stored document cites (its own case is its diarienummer)."""
    rows = _rows(
        db, "SELECT * FROM document_cases WHERE document_id = ? AND relation != 'own' ORDER BY seq", [document_id]
    )
    return [CaseCitation.model_validate(CASE_LINKS.load(row)) for row in rows]


def export_cases(db: Database, document_ids: list[str] | None = None) -> list[Case]:
    """Every case of the given documents (all when None), each with those of its documents, in date order."""
    where, params = "", []
    if document_ids:
        where = f"WHERE cd.document_id IN ({','.join('?' * len(document_ids))})"
        params = document_ids
    rows = _rows(
        db,
        "SELECT c.id, c.key, c.number, c.title, cd.document_id, cd.relations FROM case_documents cd "
        f"JOIN case_overview c ON c.id = cd.case_id {where} ORDER BY c.key, cd.date_order",
        params,
    )
    cases: dict[str, Case] = {}
    for row in rows:
        case = cases.setdefault(
            row["id"], Case(id=row["id"], key=row["key"], number=row["number"], title=row["title"], documents=[])
        )
        relations = sorted(set(row["relations"].split(",")), key=RELATIONS.index)
        case.documents.append(CaseDocument(document_id=row["document_id"], relations=relations))
    return list(cases.values())
