"""The clerk's item pages, addressed by the export's stable ids: what each page shows, read from the store.

A referral is ``/remiss/referral-<first 20 hex of its document>-<n>``, a measure ``/atgarder/measure-…``, a
decision point ``/beslutspunkt/decision_point-…``, an answer ``/svar/answer-…`` (the ids of
:func:`atgard.schema.contract.item_id`), a document ``/dokument/<sha256>``. Each function takes a read
connection and gives what the page shows in plain dicts (Swedish labels in :mod:`atgard.output.labels`), or
None for an id nothing is stored under.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from atgard.output import labels
from atgard.schema.contract import item_id

Row = dict[str, Any]

# Each kind of item: its table, the path of its page, and the page picture's key (see the plugin's highlight).
KINDS = {
    "referral": ("referrals", "/remiss/"),
    "measure": ("measures", "/atgarder/"),
    "decision_point": ("decision_points", "/beslutspunkt/"),
    "answer": ("answers", "/svar/"),
}
_ITEM_ID = re.compile(r"^(referral|measure|decision_point|answer)-([0-9a-f]{20})-(\d{1,9})$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class ItemKey:
    """A stable id taken apart: the kind, its document's first 20 hex digits, its place in the document."""

    kind: str
    prefix: str
    seq: int

    @property
    def params(self) -> dict[str, object]:
        # a range on the indexed document_id, not substr(), which would read every row
        return {"low": self.prefix, "high": self.prefix + "g", "seq": self.seq}


def parse_item_id(text: str, kind: str | None = None) -> ItemKey | None:
    """
    >>> parse_item_id("referral-2daef64e0e748c3f6219-1")
    ItemKey(kind='referral', prefix='2daef64e0e748c3f6219', seq=1)
    >>> parse_item_id("referral-2daef64e0e748c3f6219-1", "measure") is None, parse_item_id("referrals/4") is None
    (True, True)
    """
    match = _ITEM_ID.match(text)
    if match is None or (kind is not None and match.group(1) != kind):
        return None
    return ItemKey(match.group(1), match.group(2), int(match.group(3)))


def item_path(kind: str, document_id: str, seq: int) -> str:
    """
    >>> item_path("measure", "325776038a84c46c2ef0" + "0" * 44, 3)
    '/atgarder/measure-325776038a84c46c2ef0-3'
    """
    return KINDS[kind][1] + item_id(kind, document_id, seq)


def path_of(stable_id: str | None) -> str | None:
    """The page of an item by its stable id, or of a document by its sha256.

    >>> path_of("answer-d81387c34590f6a61513-0"), path_of("ab" * 32)[:10], path_of("referrals/4")
    ('/svar/answer-d81387c34590f6a61513-0', '/dokument/', None)
    """
    if not stable_id:
        return None
    if is_document_id(stable_id):
        return document_path(stable_id)
    key = parse_item_id(stable_id)
    return KINDS[key.kind][1] + stable_id if key else None


def document_path(document_id: str) -> str:
    return f"/dokument/{document_id}"


def is_document_id(text: str) -> bool:
    return bool(_SHA256.match(text))


def rows(connection: sqlite3.Connection, sql: str, params: Mapping[str, object] | Sequence[object] = ()) -> list[Row]:
    """The rows of a query as dicts (the connection's own row factory is left alone: Datasette shares it)."""
    cursor = connection.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _one(connection: sqlite3.Connection, sql: str, params: Mapping[str, object]) -> Row | None:
    found = rows(connection, sql, params)
    return found[0] if found else None


_DOCUMENT = """SELECT id, filename, kind, title, subtitle, office, addressee, date, year, diarienummer, version,
       previous_version_id, decision_decided_by, decision_proposed_by, page_count
FROM documents WHERE id = :document_id"""
# The ingested report a title names (its newest version), for a link to the report's page.
_REPORT = "SELECT document_id FROM report_documents WHERE title_key = :key LIMIT 1"


def document_summary(connection: sqlite3.Connection, document_id: str) -> Row | None:
    """A document as its items' pages name it: title, kind in words, date, case number, its page."""
    found = _one(connection, _DOCUMENT, {"document_id": document_id})
    if found is None:
        return None
    return {
        **found,
        "kind_label": labels.document_kind(found["kind"]),
        "path": document_path(found["id"]),
        "name": found["title"] or found["filename"],
    }


def report_path(connection: sqlite3.Connection, title_key: str | None) -> str | None:
    """The report page of an ingested report with this title key, if there is one."""
    if not title_key:
        return None
    found = _one(connection, _REPORT, {"key": title_key})
    return f"/rapport/{found['document_id']}" if found else None


def picture(table: str, key: str, page: int, document: Row, personal: bool) -> Row:
    """The page picture of an item (its box marked) and, when the publication shows them, the PDF at that page."""
    return {
        "image_url": f"/-/atgard/highlight/{table}/{key}.png",
        "page": page,
        "filename": document["filename"],
        "pdf_url": f"/-/atgard/pdf/{document['id']}.pdf#page={page}" if personal else None,
    }


_MEASURE = """SELECT m.* FROM measures m
WHERE m.document_id >= :low AND m.document_id < :high AND m.seq = :seq"""
_MEASURE_RESPONSIBLE = "SELECT name, board_id, kind FROM measure_responsible WHERE measure_id = :id ORDER BY seq"
# The referrals that name this measure by its code, or send its whole report out.
_MEASURE_REFERRALS = """SELECT DISTINCT r.document_id, r.seq, r.action, r.reply_by, d.title, d.filename, d.date
FROM referrals r JOIN documents d ON d.id = r.document_id
WHERE r.report_title_key = :key AND r.report_title_key IS NOT NULL
  AND (r.scope = 'report' OR :code IN (SELECT code FROM referral_measure_codes WHERE referral_id = r.id))
ORDER BY d.date, r.document_id, r.seq"""


def measure_page(connection: sqlite3.Connection, key: ItemKey, personal: bool) -> Row | None:
    measure = _one(connection, _MEASURE, key.params)
    if measure is None:
        return None
    document = document_summary(connection, measure["document_id"])
    assert document is not None  # a foreign key
    responsible = rows(connection, _MEASURE_RESPONSIBLE, {"id": measure["id"]})
    referrals = rows(connection, _MEASURE_REFERRALS, {"key": measure["report_title_key"], "code": measure["code"]})
    return {
        "title": f"Åtgärd {measure['code']}" if measure["code"] else "Åtgärd",
        "measure": measure,
        "document": document,
        "report_path": report_path(connection, measure["report_title_key"]) or document["path"],
        "responsible": [{**r, "path": board_path(r["board_id"])} for r in responsible],
        "referrals": [
            {
                **r,
                "path": item_path("referral", r["document_id"], r["seq"]),
                "role": labels.role(r["action"]),
                "name": r["title"] or r["filename"],
            }
            for r in referrals
        ],
        "picture": picture("measures", str(measure["id"]), measure["page"], document, personal),
    }


def board_path(board_id: str | None) -> str | None:
    return f"/namnd/{board_id}" if board_id else None


_DECISION = """SELECT document_id, CAST(seq AS INTEGER) AS seq, number, text, decided_by, page, confidence, reasons
FROM decision_points
WHERE document_id >= :low AND document_id < :high AND seq = :seq"""


def decision_page(connection: sqlite3.Connection, key: ItemKey, personal: bool) -> Row | None:
    point = _one(connection, _DECISION, key.params)
    if point is None:
        return None
    document = document_summary(connection, point["document_id"])
    assert document is not None
    decided = point["decided_by"] or document["decision_decided_by"]
    return {
        "title": f"Beslutspunkt {point['number']}" if point["number"] is not None else "Beslutspunkt",
        "point": point,
        "decided_by": decided,
        "document": document,
        "picture": picture(
            "decision_points", f"{point['document_id']},{point['seq']}", point["page"], document, personal
        ),
    }


_ANSWER = """SELECT document_id, CAST(seq AS INTEGER) AS seq, board_name, board_id, board_kind, report_title,
       report_title_key, in_reply_to, date, measure_codes, page, confidence, reasons, declines
FROM answers WHERE document_id >= :low AND document_id < :high AND seq = :seq"""
_ANSWERED = """SELECT DISTINCT r.document_id, r.seq, r.action, r.reply_by, d.title, d.filename, d.diarienummer
FROM answer_candidates ac JOIN referrals r ON r.id = ac.referral_id JOIN documents d ON d.id = r.document_id
WHERE ac.answer_document_id = :document_id AND ac.answer_seq = :seq ORDER BY d.date, r.document_id, r.seq"""


def answer_page(connection: sqlite3.Connection, key: ItemKey, personal: bool) -> Row | None:
    import json

    answer = _one(connection, _ANSWER, key.params)
    if answer is None:
        return None
    document = document_summary(connection, answer["document_id"])
    assert document is not None
    answered = rows(connection, _ANSWERED, {"document_id": answer["document_id"], "seq": answer["seq"]})
    return {
        "title": f"Svar från {answer['board_name']}",
        "answer": answer,
        "verb": labels.answer_verb(answer["declines"]),
        "board_path": board_path(answer["board_id"]),
        "codes": json.loads(answer["measure_codes"] or "[]"),
        "document": document,
        "report_path": report_path(connection, answer["report_title_key"]),
        "referrals": [
            {
                **r,
                "path": item_path("referral", r["document_id"], r["seq"]),
                "role": labels.role(r["action"]),
                "name": r["title"] or r["filename"],
            }
            for r in answered
        ],
        "picture": picture("answers", f"{answer['document_id']},{answer['seq']}", answer["page"], document, personal),
    }
