"""The review queue, *Att granska*: what a clerk should look at, the weakest evidence first.

First the corrections that no longer apply (*behöver ses över*: the target is gone, or its text changed since,
both texts shown); then the items the extraction is unsure of (a board not in the register, recipients read
across a break, a referral without a report or a reply date, an answer matched by title only), most reasons
first, until a clerk confirms, rejects or corrects them; then the documents whose kind was guessed or with cue
sentences that gave nothing in a decision or referral section. Each item with its reasons and the rules that
made it (``atgard inspect --why`` tells more).
"""

from __future__ import annotations

import json
import sqlite3

from atgard.output import labels
from atgard.output.items import Row, document_path, item_path, rows

NEEDS_REVIEW = """SELECT c.id, c.target, c.target_kind, c.action, c.field, c.value, c.target_text, c.current_text,
       c.who, c.at, c.why, c.document_id, d.filename, d.title
FROM correction_state c LEFT JOIN documents d ON d.id = c.document_id
WHERE c.state = 'needs_review' ORDER BY c.number"""

_UNTOUCHED = """NOT EXISTS (SELECT 1 FROM applied_corrections a WHERE a.target_kind = '{kind}'
    AND a.document_id = {table}.document_id AND a.item_seq = {table}.seq)"""
UNSURE = f"""SELECT * FROM (
SELECT 'referral' AS kind, r.document_id, r.seq, r.text, r.reasons, r.rules, d.filename, d.title, d.date
FROM referrals r JOIN documents d ON d.id = r.document_id
WHERE r.confidence = 'unsure' AND {_UNTOUCHED.format(kind="referral", table="r")}
UNION ALL
SELECT 'answer', a.document_id, a.seq, 'Svar från ' || a.board_name || coalesce(': ' || a.report_title, ''),
       a.reasons, a.rules, d.filename, d.title, d.date
FROM answers a JOIN documents d ON d.id = a.document_id
WHERE a.confidence = 'unsure' AND {_UNTOUCHED.format(kind="answer", table="a")}
UNION ALL
SELECT 'measure', m.document_id, m.seq, m.text, m.reasons, m.rules, d.filename, d.title, d.date
FROM measures m JOIN documents d ON d.id = m.document_id
WHERE m.confidence = 'unsure' AND {_UNTOUCHED.format(kind="measure", table="m")})
ORDER BY json_array_length(reasons) DESC, date IS NULL, date DESC, document_id, kind, seq
LIMIT :limit"""

DOCUMENTS = """SELECT d.id, d.filename, d.title, d.kind, d.reasons,
       (SELECT json_group_array(c.text) FROM cues c WHERE c.document_id = d.id AND c.in_item_section) AS cues,
       (SELECT count(*) FROM cues c WHERE c.document_id = d.id) AS all_cues
FROM documents d WHERE d.confidence = 'unsure'
  AND NOT EXISTS (SELECT 1 FROM applied_corrections a WHERE a.target_kind = 'document' AND a.document_id = d.id)
ORDER BY d.date IS NULL, d.date DESC, d.filename"""


def _needs_review(connection: sqlite3.Connection) -> list[Row]:
    found = []
    for row in rows(connection, NEEDS_REVIEW):
        found.append(
            {
                **row,
                "label": labels.corrected(row["who"], row["at"], row["action"]),
                "gone": row["current_text"] is None,
                "path": _target_path(row["target"], row["target_kind"], row["document_id"]),
            }
        )
    return found


def _target_path(target: str, kind: str, document_id: str) -> str | None:
    if kind == "recipient":
        numbers = target.split("-")
        return item_path("referral", document_id, int(numbers[2]))
    if kind == "document":
        return document_path(document_id)
    if kind in ("referral", "measure", "decision_point", "answer"):
        return item_path(kind, document_id, int(target.rsplit("-", 1)[1]))
    return None


_KIND_WORDS = {"referral": "remiss", "answer": "svar", "measure": "åtgärd"}


def review_queue(connection: sqlite3.Connection, limit: int = 500) -> Row:
    """The queue's three parts: corrections to review, unsure items (weakest first), unsure documents."""
    unsure = [
        {
            **row,
            "kind_label": _KIND_WORDS[row["kind"]],
            "reasons_label": labels.reasons(json.loads(row["reasons"] or "[]")),
            "rules": json.loads(row["rules"] or "[]"),
            "path": item_path(row["kind"], row["document_id"], row["seq"]),
            "document_path": document_path(row["document_id"]),
        }
        for row in rows(connection, UNSURE, {"limit": limit})
    ]
    documents = [
        {
            **row,
            "reasons_label": labels.reasons(json.loads(row["reasons"] or "[]")),
            "cues": json.loads(row["cues"] or "[]"),
            "path": document_path(row["id"]),
            "kind_label": labels.document_kind(row["kind"]),
        }
        for row in rows(connection, DOCUMENTS)
    ]
    return {"needs_review": _needs_review(connection), "unsure": unsure, "documents": documents}


def item_corrections(
    connection: sqlite3.Connection, document_id: str, kinds: tuple[str, ...], seq: int | None
) -> list[Row]:
    """The corrections of an item (and its recipients), every state, oldest first, in the clerk's words."""
    marks = ",".join("?" * len(kinds))
    where = "c.item_seq IS ?" if seq is None else "c.item_seq = ?"
    found = rows(
        connection,
        f"SELECT c.* FROM correction_state c WHERE c.document_id = ? AND c.target_kind IN ({marks}) AND {where}"
        " AND c.action != 'withdraw' ORDER BY c.number",
        [document_id, *kinds, seq],
    )
    return [
        {
            **row,
            "label": labels.corrected(row["who"], row["at"], row["action"]),
            "value_text": _value_text(row["value"]),
        }
        for row in found
    ]


def _value_text(value: str | None) -> str:
    """A correction's value as the page shows it: a date, a board's name, an added item's text."""
    loaded = json.loads(value) if value else None
    if isinstance(loaded, dict):
        return str(loaded.get("name") or loaded.get("text") or loaded.get("report_title") or "")
    return "" if loaded is None else str(loaded)
