"""The JSON export for other city systems: the contract's :class:`Export`, read back from the tables."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlite_utils import Database

from atgard.output.cases import export_cases, load_citations
from atgard.output.corrections import corrections
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
    Table,
)
from atgard.schema.contract import Board, CaseOfficer, Document, Export, MatrixRow, StatusRow, item_id
from atgard.schema.errors import InputError, StoreError


def _rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _by(rows: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


def _children(db: Database, table: Table, parent: Table, document_id: str) -> dict[Any, list[Any]]:
    """The items of a table whose owners (referrals, measures) belong to one document, by owner id."""
    rows = _rows(
        db,
        f"SELECT c.* FROM [{table.name}] c JOIN [{parent.name}] p ON p.id = c.[{table.owner}] "
        f"WHERE p.document_id = ? ORDER BY c.[{table.owner}], c.seq",
        [document_id],
    )
    return {owner: [table.load(row) for row in owned] for owner, owned in _by(rows, table.owner).items()}


def _items(db: Database, table: Table, document_id: str) -> list[dict[str, Any]]:
    return _rows(db, f"SELECT * FROM [{table.name}] WHERE document_id = ? ORDER BY seq", [document_id])


def load_document(db: Database, document_id: str) -> Document:
    """One stored document as the contract model."""
    found = _rows(db, "SELECT * FROM documents WHERE id = ?", [document_id])
    if not found:
        raise StoreError(f"no document with id {document_id} in the database")
    recipients = _children(db, REFERRAL_RECIPIENTS, REFERRALS, document_id)
    codes = _children(db, REFERRAL_MEASURE_CODES, REFERRALS, document_id)
    responsible = _children(db, MEASURE_RESPONSIBLE, MEASURES, document_id)
    document = DOCUMENTS.load(found[0])
    document.update(
        id=document_id,
        version=found[0]["version"] or 1,
        replaces=found[0]["previous_version_id"],
        lineage=_lineage(db, found[0]["previous_version_id"]),
    )
    document["decision"]["points"] = [DECISION_POINTS.load(p) for p in _items(db, DECISION_POINTS, document_id)]
    document.update(
        signatories=[SIGNATORIES.load(s) for s in _items(db, SIGNATORIES, document_id)],
        reports=[REPORTS.load(r) for r in _items(db, REPORTS, document_id)],
        referrals=[
            {**REFERRALS.load(r), "measure_codes": codes.get(r["id"], []), "recipients": recipients.get(r["id"], [])}
            for r in _items(db, REFERRALS, document_id)
        ],
        measures=[
            {**MEASURES.load(m), "responsible": responsible.get(m["id"], [])} for m in _items(db, MEASURES, document_id)
        ],
        answers=[ANSWERS.load(a) for a in _items(db, ANSWERS, document_id)],
        mentions=[MENTIONS.load(m) for m in _items(db, MENTIONS, document_id)],
        cases=load_citations(db, document_id),
        cues=[CUES.load(c) for c in _items(db, CUES, document_id)],
    )
    return Document.model_validate(document).with_ids()


def _lineage(db: Database, previous: str | None) -> list[str]:
    """The ids of every earlier version, oldest first."""
    chain: list[str] = []
    while previous is not None and previous not in chain:
        chain.append(previous)
        row = db.execute("SELECT previous_version_id FROM documents WHERE id = ?", [previous]).fetchone()
        previous = row[0] if row else None
    return chain[::-1]


def referenced_boards(db: Database, documents: list[Document]) -> list[Board]:
    """Every register board a document refers to, groups with their members listed."""
    ids = {r.board_id for d in documents for x in d.referrals for r in x.recipients}
    ids |= {m.board_id for d in documents for m in d.mentions}
    ids.discard(None)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    boards = _rows(db, f"SELECT * FROM boards WHERE id IN ({marks}) ORDER BY id", sorted(ids))
    aliases = _by(_rows(db, f"SELECT * FROM board_aliases WHERE board_id IN ({marks})", sorted(ids)), "board_id")
    members = _by(_rows(db, f"SELECT * FROM board_members WHERE group_id IN ({marks})", sorted(ids)), "group_id")
    return [
        Board(
            id=b["id"],
            name=b["name"],
            kind=b["kind"],
            parent=b["parent"],
            aliases=sorted(a["alias"] for a in aliases[b["id"]]),
            members=sorted(m["member_id"] for m in members[b["id"]]),
        )
        for b in boards
    ]


def referral_matrix(db: Database, document_ids: list[str] | None = None) -> list[MatrixRow]:
    """The matrix rows whose measure or directive comes from the given documents (all when None)."""
    where, params = "", []
    if document_ids:
        marks = ",".join("?" * len(document_ids))
        where = f"WHERE source_document_id IN ({marks}) OR measure_document_id IN ({marks})"
        params = [*document_ids, *document_ids]
    order = "ORDER BY report_title, measure_code, role, board_name, source_document_id"
    rows = _rows(db, f"SELECT * FROM referral_matrix {where} {order}", params)
    return [MatrixRow.model_validate({k: v for k, v in row.items() if k != "measure_id"}) for row in rows]


def referral_status(db: Database, document_ids: list[str] | None = None) -> list[StatusRow]:
    """Each referral's named recipients, answered or not (of the given documents' referrals or answers)."""
    where, params = "", []
    if document_ids:
        marks = ",".join("?" * len(document_ids))
        where = f"WHERE referral_document_id IN ({marks}) OR answer_document_id IN ({marks})"
        params = [*document_ids, *document_ids]
    rows = _rows(
        db, f"SELECT * FROM referral_status {where} ORDER BY referral_document_id, referral_seq, recipient_seq", params
    )
    return [
        StatusRow(
            id=item_id("status", row["referral_document_id"], row["referral_seq"], row["recipient_seq"]),
            referral_id=item_id("referral", row["referral_document_id"], row["referral_seq"]),
            referral_document_id=row["referral_document_id"],
            referral_seq=row["referral_seq"],
            board={"name": row["board_name"], "board_id": row["board_id"], "kind": row["board_kind"]},
            report_title=row["report_title"],
            action=row["action"],
            reply_by=row["reply_by"],
            status=row["status"],
            timeliness=row["timeliness"],
            answer_document_id=row["answer_document_id"],
            declined=bool(row["declined"]),
            status_source=row["status_source"],
            corrections=(row["corrections"] or "").split(",") if row["corrections"] else [],
        )
        for row in rows
    ]


def without_personal_data(document: Document) -> Document:
    """The document as an open-data publication may show it: no case officer, no signatories."""
    return document.model_copy(update={"case_officer": CaseOfficer(), "signatories": []})


def export(db: Database, document_ids: list[str] | None = None, *, personal_data: bool = True) -> Export:
    """All stored documents (or the ones named), with the boards they refer to, their matrix and status.

    Without ``personal_data`` the names, telephone numbers and e-mail addresses of case
    officers and signatories are left out, and the export says so.
    """
    ids = document_ids or [row["id"] for row in _rows(db, "SELECT id FROM documents ORDER BY filename, id")]
    documents = [load_document(db, document_id) for document_id in ids]
    if not personal_data:
        documents = [without_personal_data(d) for d in documents]
    return Export(
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        personal_data=personal_data,
        documents=documents,
        boards=referenced_boards(db, documents),
        referral_matrix=referral_matrix(db, document_ids),
        referral_status=referral_status(db, document_ids),
        cases=export_cases(db, document_ids),
        corrections=corrections(db.conn, document_ids),
    )


def resolve_document_id(db: Database, prefix: str) -> str:
    """The full id of the one stored document whose id starts with ``prefix``."""
    ids: list[str] = [row[0] for row in db.execute("SELECT id FROM documents WHERE id LIKE ? || '%'", [prefix.lower()])]
    if len(ids) != 1:
        problem = "no document" if not ids else f"{len(ids)} documents"
        raise StoreError(f"{problem} with an id starting with {prefix!r} in the database")
    return ids[0]


def read_export(path: Path) -> Export:
    """An export file, validated against the contract; a bad one is named with the field that is wrong."""
    try:
        return Export.model_validate_json(path.read_bytes())
    except FileNotFoundError as error:
        raise InputError(path, "no such file") from error
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(path, f"not an atgard export: {where}: {first['msg']}") from error
