"""Who a referral is sent to and where each stands: the referral's page, a group's page and the report's grid.

A group ("samtliga stadsdelsnämnder") is answered when every member of that year has answered (the view
``referral_status``); its members are listed each with their own answer, so that a group's page, the
referral's page and the report's page say the same thing.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from atgard.output import labels
from atgard.output.items import ItemKey, Row, board_path, document_summary, item_path, picture, report_path, rows
from atgard.schema.contract import item_id

# Each named recipient of one referral with its status (the export's referral_status) and the answer's place.
RECIPIENTS = """SELECT s.recipient_seq, s.board_name, s.board_id, s.board_kind, s.status, s.timeliness, s.reply_by,
       s.answer_document_id, s.answer_date, rr.is_group, rr.excluding, s.declined, rr.corrections,
       CAST(round(julianday(s.reply_by) - julianday(date('now'))) AS INTEGER) AS days_left,
       (SELECT ac.answer_seq FROM answer_candidates ac WHERE ac.referral_id = s.referral_id
          AND ac.answer_document_id = s.answer_document_id ORDER BY ac.answer_seq LIMIT 1) AS answer_seq,
       (SELECT c.who || '|' || c.at || '|' || c.action FROM corrections c
        WHERE instr(',' || rr.corrections || ',', ',' || c.id || ',') ORDER BY c.number DESC LIMIT 1) AS corrected
FROM referral_status s JOIN current_recipients rr ON rr.referral_id = s.referral_id AND rr.seq = s.recipient_seq
WHERE s.referral_id = :referral_id ORDER BY s.recipient_seq"""

# The members of a group a referral is sent to, in the referral's year and not left out, each with its answer
# (the same members the view referral_status counts).
GROUP_MEMBERS = """WITH sent AS (
    SELECT r.id, r.reply_by, ry.year, rr.excluding
    FROM referrals r JOIN referral_years ry ON ry.referral_id = r.id
    JOIN referral_recipients rr ON rr.referral_id = r.id AND rr.board_id = :group_id
    WHERE r.id = :referral_id LIMIT 1
),
members AS (
    SELECT m.id AS board_id, m.name AS board_name, sent.id AS referral_id, sent.reply_by
    FROM sent JOIN board_members bm ON bm.group_id = :group_id JOIN boards m ON m.id = bm.member_id
    WHERE (m.valid_from IS NULL OR sent.year IS NULL OR m.valid_from <= sent.year)
      AND (m.valid_to IS NULL OR (sent.year IS NOT NULL AND m.valid_to >= sent.year))
      AND NOT EXISTS (SELECT 1 FROM json_each(sent.excluding) x WHERE json_extract(x.value, '$.board_id') = m.id)
)
SELECT x.board_id, x.board_name, x.reply_by,
       CAST(round(julianday(x.reply_by) - julianday(date('now'))) AS INTEGER) AS days_left,
       (SELECT ac.answer_document_id FROM answer_candidates ac WHERE ac.referral_id = x.referral_id
          AND ac.board_id = x.board_id ORDER BY ac.date, ac.answer_document_id LIMIT 1) AS answer_document_id,
       (SELECT ac.answer_seq FROM answer_candidates ac WHERE ac.referral_id = x.referral_id
          AND ac.board_id = x.board_id ORDER BY ac.date, ac.answer_document_id LIMIT 1) AS answer_seq,
       (SELECT min(ac.date) FROM answer_candidates ac WHERE ac.referral_id = x.referral_id
          AND ac.board_id = x.board_id) AS answer_date
FROM members x
ORDER BY x.board_name"""


def member_state(member: Row) -> Row:
    """One member's own status for the referral, as the status view judges a board named directly.

    >>> member_state({"answer_document_id": None, "reply_by": "2018-03-15", "answer_date": None, "days_left": -9})
    {'status': 'unanswered', 'timeliness': 'overdue', 'label': 'försenad, 9 dagar sedan'}
    >>> member_state({"answer_document_id": "a", "reply_by": "2018-03-15", "answer_date": "2018-03-20", "days_left": 0})
    {'status': 'answered', 'timeliness': 'late', 'label': 'besvarad för sent'}
    """
    reply_by, answered = member["reply_by"], member["answer_document_id"] is not None
    timeliness: str | None = None
    if answered and reply_by and member["answer_date"]:
        timeliness = "on_time" if member["answer_date"] <= reply_by else "late"
    elif not answered and reply_by and (member["days_left"] or 0) < 0:
        timeliness = "overdue"
    status = "answered" if answered else "unanswered"
    return {
        "status": status,
        "timeliness": timeliness,
        "label": labels.situation(status, timeliness, member["days_left"]),
    }


def _answer_path(row: Row) -> str | None:
    if row.get("answer_document_id") is None:
        return None
    if row.get("answer_seq") is None:
        return f"/dokument/{row['answer_document_id']}"
    return item_path("answer", row["answer_document_id"], int(row["answer_seq"]))


def group_members(connection: sqlite3.Connection, referral_id: int, group_id: str) -> list[Row]:
    """A group's members for one referral, each with its state and its answer's page."""
    found = rows(connection, GROUP_MEMBERS, {"referral_id": referral_id, "group_id": group_id})
    return [{**m, **member_state(m), "path": board_path(m["board_id"]), "answer_path": _answer_path(m)} for m in found]


def recipients(connection: sqlite3.Connection, referral_id: int) -> list[Row]:
    """Each named recipient of a referral: its state in words, its answer, and for a group every member's."""
    found = []
    for row in rows(connection, RECIPIENTS, {"referral_id": referral_id}):
        members = group_members(connection, referral_id, row["board_id"]) if row["is_group"] else []
        answered = sum(1 for m in members if m["status"] == "answered")
        found.append(
            {
                **row,
                "path": board_path(row["board_id"]),
                "kind_label": labels.board_kind(row["board_kind"]),
                "label": labels.situation(row["status"], row["timeliness"], row["days_left"]),
                "answer_path": _answer_path(row),
                "members": members,
                "members_answered": answered,
                "excluded": [x.get("name") for x in json.loads(row["excluding"] or "[]")],
                "corrected": labels.corrected(*row["corrected"].split("|", 2)) if row["corrected"] else None,
            }
        )
    return found


# The referral as it stands now (corrections applied), or, rejected by a clerk, as it was read.
_REFERRAL = """SELECT * FROM (
    SELECT r.*, 0 AS rejected FROM current_referrals r
    WHERE r.document_id >= :low AND r.document_id < :high AND r.seq = :seq
    UNION ALL
    SELECT r.id, r.document_id, r.seq, r.report_title, r.report_title_key, r.action, r.scope, r.priority,
           r.condition, r.text, r.page, r.reply_by, r.confidence, r.reasons, r.stated_answers, NULL, 0, 1
    FROM referrals r WHERE r.document_id >= :low AND r.document_id < :high AND r.seq = :seq)
ORDER BY rejected LIMIT 1"""
# The codes a referral names, each with the measure it resolves to in the ingested report.
_CODES = """SELECT code, measure_id, (SELECT document_id FROM measures WHERE id = measure_id) AS measure_document_id,
       (SELECT seq FROM measures WHERE id = measure_id) AS measure_seq
FROM referral_measures WHERE referral_id = :id ORDER BY code"""


def referral_page(connection: sqlite3.Connection, key: ItemKey, personal: bool) -> Row | None:
    referral = _referral(connection, key)
    if referral is None:
        return None
    document = document_summary(connection, referral["document_id"])
    assert document is not None  # a foreign key
    codes = [
        {
            "code": c["code"],
            "path": item_path("measure", c["measure_document_id"], c["measure_seq"]) if c["measure_id"] else None,
        }
        for c in rows(connection, _CODES, {"id": referral["id"]})
    ]
    return {
        "id": item_id("referral", referral["document_id"], referral["seq"]),
        "title": f"Remiss: {referral['report_title'] or document['name']}",
        "referral": referral,
        "role": labels.role(referral["action"]),
        "scope": labels.SCOPES.get(referral["scope"] or "", ""),
        "priority": labels.PRIORITIES.get(referral["priority"] or "", ""),
        "days": labels.days(referral["days_left"]) if referral["reply_by"] else "",
        "codes": codes,
        "document": document,
        "report_path": report_path(connection, referral["report_title_key"]),
        "recipients": recipients(connection, referral["id"]),
        "picture": picture("referrals", str(referral["id"]), referral["page"], document, personal)
        if referral["page"]
        else None,
        "rejected": bool(referral["rejected"]),
        "added": bool(referral["added"]),
        "evidence": {
            "confidence": labels.CONFIDENCE.get(referral["confidence"] or "", ""),
            "reasons": labels.reasons(json.loads(referral["reasons"] or "[]")),
        },
    }


def _referral(connection: sqlite3.Connection, key: ItemKey) -> Row | None:
    found: list[dict[str, Any]] = rows(connection, _REFERRAL, key.params)
    if not found:
        return None
    referral = found[0]
    referral["days_left"] = _days_left(referral["reply_by"])
    return referral


def _days_left(reply_by: str | None) -> int | None:
    """Days from today to a reply date (negative: overdue)."""
    if not reply_by:
        return None
    from datetime import date

    return (date.fromisoformat(reply_by) - date.today()).days
