"""The clerks' corrections: made (checked, with the target's text and an audit row), listed, exported and imported.

A correction is a fact of its own (the ``corrections`` table), never written by ingest and never changed: a later
one withdraws an earlier one. It names its target by the export's stable id, so it applies again to a document
read anew (:mod:`atgard.output.current`). What each kind of target may be corrected with:

==============  ==========================================================================
target          actions (``set`` fields)
==============  ==========================================================================
referral        confirm, reject, set (reply_by), add_recipient
recipient       confirm, reject, set (board), answered, declined
measure         confirm, reject
decision_point  confirm, reject
answer          confirm, reject, set (date)
document        set (kind, date, title, diarienummer), add_referral, add_measure
correction      withdraw
==============  ==========================================================================
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, get_args

from atgard.output.current import TEXT_NOW
from atgard.output.picker import load_register
from atgard.schema.contract import Correction
from atgard.schema.errors import AtgardError
from atgard.schema.keys import title_key
from atgard.schema.kinds import DocumentKind

ACTIONS = {
    "referral": frozenset({"confirm", "reject", "set", "add_recipient"}),
    "recipient": frozenset({"confirm", "reject", "set", "answered", "declined"}),
    "measure": frozenset({"confirm", "reject"}),
    "decision_point": frozenset({"confirm", "reject"}),
    "answer": frozenset({"confirm", "reject", "set"}),
    "document": frozenset({"set", "add_referral", "add_measure"}),
    "correction": frozenset({"withdraw"}),
}
FIELDS = {
    "referral": frozenset({"reply_by"}),
    "recipient": frozenset({"board"}),
    "answer": frozenset({"date"}),
    "document": frozenset({"kind", "date", "title", "diarienummer"}),
}
_ITEM = re.compile(r"^(referral|measure|decision_point|answer)-([0-9a-f]{20})-(\d{1,9})$")
_RECIPIENT = re.compile(r"^recipient-([0-9a-f]{20})-(\d{1,9})-(\d{1,9})$")
_CORRECTION = re.compile(r"^correction-[0-9a-f]{20}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CorrectionError(AtgardError):
    """A correction that cannot be made; the message, in Swedish, is shown to the clerk."""


@dataclass(frozen=True)
class Target:
    """What a correction names: a kind, its document, its place there (and a recipient's place in its referral)."""

    id: str
    kind: str
    document_id: str
    item_seq: int | None = None
    sub_seq: int | None = None


def _document(connection: sqlite3.Connection, prefix: str) -> str:
    found = connection.execute(
        "SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 2", [prefix, prefix + "g"]
    ).fetchall()
    if len(found) != 1:
        raise CorrectionError(f"Ingen handling har id:t {prefix}.")
    return str(found[0][0])


def parse_target(connection: sqlite3.Connection, target: str) -> Target:
    """A stable id (an item's, a recipient's, a document's sha256, a correction's) taken apart and resolved."""
    target = target.strip()
    if match := _ITEM.match(target):
        return Target(target, match.group(1), _document(connection, match.group(2)), int(match.group(3)))
    if match := _RECIPIENT.match(target):
        document = _document(connection, match.group(1))
        return Target(target, "recipient", document, int(match.group(2)), int(match.group(3)))
    if _SHA256.match(target):
        return Target(target, "document", _document(connection, target))
    if _CORRECTION.match(target):
        row = connection.execute("SELECT document_id FROM corrections WHERE id = ?", [target]).fetchone()
        if row is None:
            raise CorrectionError(f"Ingen rättelse har id:t {target}.")
        return Target(target, "correction", str(row[0]))
    raise CorrectionError(f"Inget att rätta har id:t {target}.")


def text_now(connection: sqlite3.Connection, target: Target, field: str | None = None) -> str | None:
    """The target's text as stored now (None when it is gone): what a correction is anchored to."""
    if target.kind == "correction":
        return ""
    row = connection.execute(
        f"SELECT {TEXT_NOW} FROM (SELECT ? AS target_kind, ? AS document_id, ? AS item_seq, ? AS sub_seq, "
        "? AS field) c",
        [target.kind, target.document_id, target.item_seq, target.sub_seq, field],
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _iso_date(value: object, optional: bool = False) -> str | None:
    text = str(value or "").strip()
    if not text and optional:
        return None
    try:
        if _DATE.match(text) and date.fromisoformat(text):
            return text
    except ValueError:
        pass
    raise CorrectionError(f"Skriv datumet som ÅÅÅÅ-MM-DD: {text or '(tomt)'}.")


def board_reference(connection: sqlite3.Connection, typed: str) -> dict[str, Any]:
    """The register's board a clerk means (as Min nämnd finds it), as a board reference; none found is refused."""
    picked = load_register(connection).pick(typed)
    if picked.board is None:
        closest = ", ".join(b.name for b in (picked.choices or picked.closest))
        many = "Flera nämnder eller bolag passar" if picked.choices else "Ingen nämnd eller bolag heter så"
        raise CorrectionError(f"{many}: {typed}." + (f" Menade du: {closest}?" if closest else ""))
    board = picked.board
    kind = connection.execute("SELECT kind FROM boards WHERE id = ?", [board.id]).fetchone()
    return {"name": board.name, "board_id": board.id, "kind": kind[0] if kind else "unknown"}


def _boards(connection: sqlite3.Connection, typed: object) -> list[dict[str, Any]]:
    names = [n.strip() for n in re.split(r"[;\n]", str(typed or "")) if n.strip()]
    if not names:
        raise CorrectionError("Ange minst en nämnd eller ett bolag.")
    return [board_reference(connection, name) for name in names]


def _value(connection: sqlite3.Connection, target: Target, action: str, field: str | None, raw: Any) -> Any:
    """The correction's value, checked and in the contract's terms (a date, a board reference, an item's fields)."""
    given: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {"value": raw}
    if action == "set" and field in ("reply_by", "date"):
        return _iso_date(given.get("value"))
    if (action == "set" and field == "board") or action == "add_recipient":
        return board_reference(connection, str(given.get("value") or ""))
    if action == "set" and field == "kind":
        if given.get("value") not in get_args(DocumentKind):
            raise CorrectionError(f"Okänt dokumentslag: {given.get('value')}.")
        return given["value"]
    if action == "set":
        text = str(given.get("value") or "").strip()
        if not text:
            raise CorrectionError("Skriv det nya värdet.")
        return text
    if action in ("answered", "declined"):
        return _iso_date(given.get("value"), optional=True)
    if action == "add_referral":
        return _added_referral(connection, given)
    if action == "add_measure":
        text = str(given.get("text") or "").strip()
        if not text:
            raise CorrectionError("Skriv åtgärdens text.")
        code = str(given.get("code") or "").strip() or None
        report = str(given.get("report_title") or "").strip() or None
        responsible = _boards(connection, given.get("responsible")) if given.get("responsible") else []
        return {"code": code, "text": text, "report_title": report, "responsible": responsible}
    return None


def _added_referral(connection: sqlite3.Connection, given: Mapping[str, Any]) -> dict[str, Any]:
    action = given.get("action") or "opinion"
    if action not in ("opinion", "implementation"):
        raise CorrectionError("En remiss är för yttrande eller för genomförande.")
    report = str(given.get("report_title") or "").strip() or None
    return {
        "report_title": report,
        "report_title_key": title_key(report) if report else None,
        "action": action,
        "reply_by": _iso_date(given.get("reply_by"), optional=True),
        "recipients": _boards(connection, given.get("recipients")),
        "text": str(given.get("text") or "").strip() or "Remiss tillagd av handläggare",
    }


def _checked(target: Target, action: str, field: str | None, why: str) -> None:
    if action not in ACTIONS[target.kind]:
        raise CorrectionError(f"Det går inte att {action} en {target.kind}.")
    if action == "set" and field not in FIELDS.get(target.kind, ()):
        raise CorrectionError(f"Fältet {field} kan inte rättas här.")
    if not why.strip():
        raise CorrectionError("Skriv varför: en rättelse behöver ett skäl.")


def make_correction(
    connection: sqlite3.Connection,
    target_id: str,
    action: str,
    *,
    who: str,
    why: str,
    field: str | None = None,
    value: Any = None,
    role: str | None = None,
) -> str:
    """Check and store one correction, with its row in the audit log, in one transaction; its id.

    The target's text now is kept with it (a later read of the document that changes it sends the correction to
    the review queue). A target that is gone, or a value that does not fit, is refused with a Swedish message."""
    target = parse_target(connection, target_id)
    _checked(target, action, field if action == "set" else None, why)
    anchor = text_now(connection, target, field if action == "set" else None)
    if anchor is None:
        raise CorrectionError(f"{target_id} finns inte längre: rätta den handling som finns nu.")
    checked = _value(connection, target, action, field, value)
    correction_id = "correction-" + secrets.token_hex(10)
    at = datetime.now(UTC).isoformat(timespec="seconds")
    row = {
        "id": correction_id,
        "target": target.id,
        "target_kind": target.kind,
        "document_id": target.document_id,
        "item_seq": target.item_seq,
        "sub_seq": target.sub_seq,
        "action": action,
        "field": field if action == "set" else None,
        "value": json.dumps(checked, ensure_ascii=False),
        "target_text": anchor,
        "who": who,
        "at": at,
        "why": why.strip(),
    }
    with connection:  # one transaction: committed, or rolled back on any error
        _insert(connection, "corrections", row)
        audit(connection, who, role, "rättelse", target.id, {"correction": correction_id, "action": action})
    return correction_id


def _insert(connection: sqlite3.Connection, table: str, row: Mapping[str, Any]) -> None:
    names = ", ".join(row)
    connection.execute(f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def audit(
    connection: sqlite3.Connection, who: str, role: str | None, action: str, target: str | None, detail: object
) -> None:
    """One row of the audit log: every write made from the browser (in the caller's transaction)."""
    _insert(
        connection,
        "audit_log",
        {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "who": who,
            "role": role,
            "action": action,
            "target": target,
            "detail": json.dumps(detail, ensure_ascii=False),
        },
    )


_COLUMNS = "id, target, target_kind, document_id, action, field, value, target_text, who, at, why, state, current_text"


def corrections(connection: sqlite3.Connection, document_ids: Iterable[str] | None = None) -> list[Correction]:
    """The corrections, oldest first (of the given documents only, when given), each with its state now."""
    rows = connection.execute(f"SELECT {_COLUMNS} FROM correction_state ORDER BY number").fetchall()
    wanted = set(document_ids) if document_ids is not None else None
    found = []
    for row in rows:
        data = dict(zip([c.strip() for c in _COLUMNS.split(",")], row, strict=True))
        if wanted is not None and data["document_id"] not in wanted:
            continue
        data["value"] = json.loads(data["value"]) if data["value"] is not None else None
        found.append(Correction.model_validate(data))
    return found


def import_corrections(connection: sqlite3.Connection, given: Iterable[Correction]) -> int:
    """The corrections of an export that the database does not have (by id), in their order; how many."""
    added = 0
    for correction in given:
        if connection.execute("SELECT 1 FROM corrections WHERE id = ?", [correction.id]).fetchone():
            continue
        target = _imported_target(connection, correction)
        row = correction.model_dump(exclude={"state", "current_text"})
        row["value"] = json.dumps(row["value"], ensure_ascii=False)
        row.update(item_seq=target.item_seq, sub_seq=target.sub_seq)
        _insert(connection, "corrections", row)
        added += 1
    return added


def _imported_target(connection: sqlite3.Connection, correction: Correction) -> Target:
    """The target's places from its id (a document the database lacks keeps its own: the correction waits)."""
    if match := _ITEM.match(correction.target):
        return Target(correction.target, match.group(1), correction.document_id, int(match.group(3)))
    if match := _RECIPIENT.match(correction.target):
        return Target(correction.target, "recipient", correction.document_id, int(match.group(2)), int(match.group(3)))
    return Target(correction.target, correction.target_kind, correction.document_id)
