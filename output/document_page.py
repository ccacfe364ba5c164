"""A document's page (``/dokument/<sha256>``): what it is, its decisions, referrals, measures and answers.

Each item links to its own page; the PDF is offered when the publication shows personal data, and the
first page is shown with the document's first heading marked.
"""

from __future__ import annotations

import sqlite3

from atgard.output import labels
from atgard.output.items import Row, board_path, document_summary, item_path, picture, report_path, rows

_DECISIONS = "SELECT seq, number, text, decided_by FROM decision_points WHERE document_id = :id ORDER BY seq"
_REFERRALS = """SELECT r.seq, r.report_title, r.report_title_key, r.action, r.scope, r.reply_by, r.priority,
       (SELECT group_concat(rr.name, ', ') FROM referral_recipients rr WHERE rr.referral_id = r.id) AS recipients
FROM referrals r WHERE r.document_id = :id ORDER BY r.seq"""
_MEASURES = "SELECT seq, code, text, group_code, group_title FROM measures WHERE document_id = :id ORDER BY seq"
_ANSWERS = """SELECT seq, board_name, board_id, report_title, in_reply_to, date, declines FROM answers
WHERE document_id = :id ORDER BY seq"""
_REPORTS = "SELECT title, title_key, year FROM reports WHERE document_id = :id ORDER BY seq"
_CASES = """SELECT co.id, co.number, co.title, group_concat(dc.relation) AS relations
FROM document_cases dc JOIN case_overview co ON co.id = dc.case_id
WHERE dc.document_id = :id GROUP BY co.id ORDER BY min(dc.seq)"""
_NEWER = "SELECT id FROM documents WHERE previous_version_id = :id ORDER BY version LIMIT 1"
# The block marked in the first page's picture: the first heading, or the first block.
_FIRST_BLOCK = """SELECT seq, page FROM blocks WHERE document_id = :id
ORDER BY kind != 'heading', page, seq LIMIT 1"""


def document_page(connection: sqlite3.Connection, document_id: str, personal: bool) -> Row | None:
    document = document_summary(connection, document_id)
    if document is None:
        return None
    params = {"id": document_id}
    newer = rows(connection, _NEWER, params)
    first = rows(connection, _FIRST_BLOCK, params)
    return {
        "title": document["name"],
        "document": document,
        "pdf_url": f"/-/atgard/pdf/{document_id}.pdf" if personal else None,
        "report_path": f"/rapport/{document_id}" if document["kind"] == "kommissionsrapport" else None,
        "previous_path": f"/dokument/{document['previous_version_id']}" if document["previous_version_id"] else None,
        "newer_path": f"/dokument/{newer[0]['id']}" if newer else None,
        "cases": [
            {**c, "path": f"/arende/{c['id']}", "relation": labels.relations(c["relations"])}
            for c in rows(connection, _CASES, params)
        ],
        "decisions": [
            {**p, "path": item_path("decision_point", document_id, p["seq"])}
            for p in rows(connection, _DECISIONS, params)
        ],
        "referrals": [
            {
                **r,
                "path": item_path("referral", document_id, r["seq"]),
                "role": labels.role(r["action"]),
                "priority_label": labels.PRIORITIES.get(r["priority"] or "", ""),
            }
            for r in rows(connection, _REFERRALS, params)
        ],
        "measures": [
            {**m, "path": item_path("measure", document_id, m["seq"])} for m in rows(connection, _MEASURES, params)
        ],
        "answers": [
            {
                **a,
                "path": item_path("answer", document_id, a["seq"]),
                "board_path": board_path(a["board_id"]),
                "verb": labels.answer_verb(a["declines"]),
            }
            for a in rows(connection, _ANSWERS, params)
        ],
        "reports": [{**r, "path": report_path(connection, r["title_key"])} for r in rows(connection, _REPORTS, params)],
        "picture": picture("blocks", f"{document_id},{first[0]['seq']}", first[0]["page"], document, personal)
        if first
        else None,
    }
