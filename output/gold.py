"""A clerk's corrections as regression cases: each corrected document with its corrections applied, in the
scorer's gold form (``tools/score.py``: kind, title, decision points, recipients, referrals, coded measures,
answers), for ``atgard corrections export --gold DIR``.

Only corrections that apply now (state ``applied``) are used; a rejected item is left out, a set field takes its
value, an added recipient, referral or measure is added. Marks of answers (answered, declined) are status, not
gold, and are left out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from atgard.schema.contract import BoardRef, Correction, Document, Measure, Recipient, Referral

_SET_DOCUMENT = {"kind", "date", "title", "diarienummer"}


def _place(target: str) -> tuple[int, ...]:
    """The numbers at the end of a stable id: (item,) or (referral, recipient)."""
    numbers: list[int] = []
    for part in reversed(target.split("-")):
        if not part.isdigit() or len(numbers) == 2:
            break
        numbers.append(int(part))
    return tuple(reversed(numbers))


def _added_recipient(value: Any) -> Recipient:
    return Recipient(name=value["name"], board_id=value.get("board_id"), kind=value.get("kind") or "unknown")


def _recipients(referral: Referral, seq: int, by_target: dict[str, list[Correction]], prefix: str) -> Referral:
    kept = []
    for n, recipient in enumerate(referral.recipients):
        changed: Recipient | None = recipient
        for c in by_target.get(f"recipient-{prefix}-{seq}-{n}", []):
            if c.action == "reject":
                changed = None
            elif c.action == "confirm" and changed is None:
                changed = recipient
            elif c.action == "set" and c.field == "board" and changed is not None and isinstance(c.value, dict):
                changed = _added_recipient(c.value)
        if changed is not None:
            kept.append(changed)
    added = [
        _added_recipient(c.value)
        for c in by_target.get(f"referral-{prefix}-{seq}", [])
        if c.action == "add_recipient" and isinstance(c.value, dict)
    ]
    return referral.model_copy(update={"recipients": kept + added})


def _kept(target: str, by_target: dict[str, list[Correction]]) -> bool:
    verdicts = [c.action for c in by_target.get(target, []) if c.action in ("confirm", "reject")]
    return not verdicts or verdicts[-1] != "reject"


def corrected(document: Document, corrections: list[Correction]) -> Document:
    """The document with the applied corrections of it."""
    applied = [c for c in corrections if c.document_id == document.id and c.state == "applied"]
    by_target: dict[str, list[Correction]] = defaultdict(list)
    for c in applied:
        by_target[c.target].append(c)
    prefix = document.id[:20]
    referrals = []
    for n, referral in enumerate(document.referrals):
        target = f"referral-{prefix}-{n}"
        if not _kept(target, by_target):
            continue
        for c in by_target.get(target, []):
            if c.action == "set" and c.field == "reply_by":
                referral = referral.model_copy(update={"reply_by": c.value})
        referrals.append(_recipients(referral, n, by_target, prefix))
    referrals += [_added_referral(c.value) for c in applied if c.action == "add_referral" and isinstance(c.value, dict)]
    measures = [m for n, m in enumerate(document.measures) if _kept(f"measure-{prefix}-{n}", by_target)]
    measures += [_added_measure(c.value) for c in applied if c.action == "add_measure" and isinstance(c.value, dict)]
    points = [p for n, p in enumerate(document.decision.points) if _kept(f"decision_point-{prefix}-{n}", by_target)]
    answers = [a for n, a in enumerate(document.answers) if _kept(f"answer-{prefix}-{n}", by_target)]
    fields = {
        c.field: c.value for c in by_target.get(document.id, []) if c.action == "set" and c.field in _SET_DOCUMENT
    }
    return document.model_copy(
        update={
            **fields,
            "referrals": referrals,
            "measures": measures,
            "answers": answers,
            "decision": document.decision.model_copy(update={"points": points}),
        }
    )


def _added_referral(value: dict[str, Any]) -> Referral:
    box = {"x0": 0, "top": 0, "x1": 1, "bottom": 1}
    return Referral.model_validate(
        {
            "report_title": value.get("report_title"),
            "action": value.get("action") or "opinion",
            "scope": "report",
            "recipients": [_added_recipient(r).model_dump() for r in value.get("recipients", [])],
            "text": value.get("text") or "",
            "reply_by": value.get("reply_by"),
            "page": 1,
            "bbox": box,
            "boxes": [{"page": 1, "bbox": box}],
        }
    )


def _added_measure(value: dict[str, Any]) -> Measure:
    box = {"x0": 0, "top": 0, "x1": 1, "bottom": 1}
    responsible = [BoardRef.model_validate(r) for r in value.get("responsible", [])]
    return Measure.model_validate(
        {
            "code": value.get("code"),
            "report_title": value.get("report_title"),
            "text": value.get("text") or "",
            "responsible": [r.model_dump() for r in responsible],
            "page": 1,
            "bbox": box,
            "boxes": [{"page": 1, "bbox": box}],
        }
    )


def gold(document: Document) -> dict[str, Any]:
    """The document in the scorer's gold form: what it checks, as the document is after correction."""
    found: dict[str, Any] = {
        field: getattr(document, field)
        for field in ("kind", "title", "subtitle", "diarienummer", "office", "addressee")
        if getattr(document, field) is not None
    }
    points: dict[str, list[str]] = defaultdict(list)
    for point in document.decision.points:
        points[point.decided_by or document.decision.decided_by or "*"].append(point.text)
    found["decision_points"] = dict(points)
    found["reports"] = [[r.title, r.year, r.annex_number] for r in document.reports]
    found["recipients"] = [[r.name] for x in document.referrals for r in x.recipients if r.kind != "external"]
    found["referrals"] = [
        {
            "report_title": r.report_title or "",
            "action": r.action,
            "measure_codes": r.measure_codes,
            "priority": r.priority,
            "recipients": [[x.name] for x in r.recipients],
            **({"reply_by": r.reply_by} if r.reply_by else {}),
        }
        for r in document.referrals
    ]
    coded = [m for m in document.measures if m.code]
    if coded:
        found["coded_measures"] = [
            {"code": m.code, "text": m.text, "responsible": [b.name for b in m.responsible]} for m in coded
        ]
    if document.answers and document.answers[0].in_reply_to:  # the scorer gives no point to an answer without one
        a = document.answers[0]
        found["answers"] = {
            "answering_body": a.answering_body.name,
            "report_title": a.report_title,
            "in_reply_to": a.in_reply_to,
            "measure_codes": a.measure_codes,
        }
    return found
