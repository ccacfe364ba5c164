"""The JSON export for other city systems: the contract's :class:`Export`, read back from the tables."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlite_utils import Database

from atgard.schema.contract import Board, Document, Export, MatrixRow
from atgard.schema.errors import InputError, StoreError


def _located(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "page": row["page"],
        "bbox": {k: row[k] for k in ("x0", "top", "x1", "bottom")},
        "boxes": json.loads(row["boxes"]),
    }


def _rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _by(rows: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


def load_document(db: Database, document_id: str) -> Document:
    """One stored document as the contract model."""
    found = _rows(db, "SELECT * FROM documents WHERE id = ?", [document_id])
    if not found:
        raise StoreError(f"no document with id {document_id} in the database")
    d = found[0]
    one = [document_id]
    referrals = _rows(db, "SELECT * FROM referrals WHERE document_id = ? ORDER BY seq", one)
    recipients = _by(
        _rows(
            db,
            "SELECT rr.* FROM referral_recipients rr JOIN referrals r ON r.id = rr.referral_id "
            "WHERE r.document_id = ? ORDER BY rr.referral_id, rr.seq",
            one,
        ),
        "referral_id",
    )
    codes = _by(
        _rows(
            db,
            "SELECT c.* FROM referral_measure_codes c JOIN referrals r ON r.id = c.referral_id "
            "WHERE r.document_id = ? ORDER BY c.referral_id, c.seq",
            one,
        ),
        "referral_id",
    )
    measures = _rows(db, "SELECT * FROM measures WHERE document_id = ? ORDER BY seq", one)
    responsible = _by(
        _rows(
            db,
            "SELECT mr.* FROM measure_responsible mr JOIN measures m ON m.id = mr.measure_id "
            "WHERE m.document_id = ? ORDER BY mr.measure_id, mr.seq",
            one,
        ),
        "measure_id",
    )
    return Document.model_validate(
        {
            **{k: d[k] for k in ("id", "filename", "kind", "title", "subtitle", "office", "unit", "addressee")},
            **{k: d[k] for k in ("date", "diarienummer", "year", "page_count", "text_source")},
            "case_officer": {
                "name": d["case_officer_name"],
                "phone": d["case_officer_phone"],
                "email": d["case_officer_email"],
            },
            "signatories": [
                {"name": s["name"], "title": s["title"], **_located(s)}
                for s in _rows(db, "SELECT * FROM signatories WHERE document_id = ? ORDER BY seq", one)
            ],
            "decision": {
                "proposed_by": d["decision_proposed_by"],
                "decided_by": d["decision_decided_by"],
                "points": [
                    {"number": p["number"], "text": p["text"], "decided_by": p["decided_by"], **_located(p)}
                    for p in _rows(db, "SELECT * FROM decision_points WHERE document_id = ? ORDER BY seq", one)
                ],
            },
            "reports": [
                {
                    "title": r["title"],
                    "year": r["year"],
                    "annex_number": r["annex_number"],
                    "page": r["page"],
                    "bbox": {k: r[k] for k in ("x0", "top", "x1", "bottom")} if r["x0"] is not None else None,
                }
                for r in _rows(db, "SELECT * FROM reports WHERE document_id = ? ORDER BY seq", one)
            ],
            "referrals": [
                {
                    **{k: r[k] for k in ("report_title", "action", "scope", "priority", "condition", "text")},
                    "measure_codes": [c["code"] for c in codes[r["id"]]],
                    "recipients": [
                        {"name": x["name"], "board_id": x["board_id"], "kind": x["kind"], "group": bool(x["is_group"])}
                        for x in recipients[r["id"]]
                    ],
                    **_located(r),
                }
                for r in referrals
            ],
            "measures": [
                {
                    **{k: m[k] for k in ("code", "group_code", "group_title", "report_title", "text", "section")},
                    "responsible": [x["name"] for x in responsible[m["id"]]],
                    **_located(m),
                }
                for m in measures
            ],
            "mentions": [
                {**{k: m[k] for k in ("board_id", "name", "kind", "text")}, **_located(m)}
                for m in _rows(db, "SELECT * FROM mentions WHERE document_id = ? ORDER BY seq", one)
            ],
        }
    )


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


def export(db: Database, document_ids: list[str] | None = None) -> Export:
    """All stored documents (or the ones named), with the boards they refer to and their referral matrix."""
    ids = document_ids or [row["id"] for row in _rows(db, "SELECT id FROM documents ORDER BY filename, id")]
    documents = [load_document(db, document_id) for document_id in ids]
    return Export(
        documents=documents,
        boards=referenced_boards(db, documents),
        referral_matrix=referral_matrix(db, document_ids),
    )


def resolve_document_id(db: Database, prefix: str) -> str:
    """The full id of the one stored document whose id starts with ``prefix``."""
    ids = [row[0] for row in db.execute("SELECT id FROM documents WHERE id LIKE ? || '%'", [prefix.lower()])]
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


def import_export(db: Database, data: Export, extractor_version: str) -> int:
    """Store the documents of an export that the database does not have; returns how many."""
    from atgard.output.store import has_document, save_document

    added = 0
    for document in data.documents:
        if not has_document(db, document.id):
            save_document(db, document, extractor_version)
            added += 1
    return added
