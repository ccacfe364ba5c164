"""The report page's referral matrix as a grid: measures down, boards across, role and status in each cell.

Columns are the recipients as named: a board named in the report (responsible) or in a referral has a
column of its own; a group ("Samtliga stadsdelsnämnder") is one column, with a count of its members that
have answered, that opens into a column per member. Rows follow the report's measure groups. Each cell has
the role's letter (A ansvarig, G genomförande, Y yttrande) and the board's state for the referral; each row
and column its total. The rows come from the view ``referral_matrix`` (as the export has them).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from atgard.output import labels
from atgard.output.items import Row, board_path, item_path, rows

MEASURES = """SELECT document_id, seq, code, group_code, group_title, text FROM measures
WHERE document_id = :id AND code IS NOT NULL ORDER BY seq"""
MATRIX = """SELECT measure_code, board_id, board_name, role, via FROM referral_matrix
WHERE measure_document_id = :id ORDER BY measure_code, board_name"""
# Each board's answer to each referral of the report, a group's members one by one.
STATUSES = """SELECT coalesce(e.member_id, rr.board_id) AS board_id, r.action, r.reply_by,
       EXISTS (SELECT 1 FROM answer_candidates ac WHERE ac.referral_id = r.id
               AND ac.board_id = coalesce(e.member_id, rr.board_id)) AS answered,
       (SELECT min(ac.date) FROM answer_candidates ac WHERE ac.referral_id = r.id
        AND ac.board_id = coalesce(e.member_id, rr.board_id)) AS answer_date,
       CAST(round(julianday(r.reply_by) - julianday(date('now'))) AS INTEGER) AS days_left
FROM documents rep
JOIN referrals r ON r.report_title_key = rep.title_key
JOIN referral_recipients rr ON rr.referral_id = r.id
LEFT JOIN board_expansion e ON e.board_id = rr.board_id
  AND NOT EXISTS (SELECT 1 FROM json_each(rr.excluding) x WHERE json_extract(x.value, '$.board_id') = e.member_id)
WHERE rep.id = :id"""
ROLE_ORDER = ("responsible", "implementation", "opinion")
_MARKS = {"answered": "✓", "overdue": "!", "unanswered": "·"}


@dataclass
class Column:
    board_id: str | None
    name: str
    path: str | None
    total: int = 0


@dataclass
class Group:
    name: str
    key: str  # for the page's toggle
    members: list[Column] = field(default_factory=list)
    total: int = 0


def state_of(answers: Iterable[Row]) -> str:
    """A board's state for a role from its answers to the report's referrals: answered when it answered all.

    >>> state_of([{"answered": 1, "days_left": -3}]), state_of([{"answered": 0, "days_left": -3}])
    ('answered', 'overdue')
    >>> state_of([{"answered": 0, "days_left": None}]), state_of([])
    ('unanswered', '')
    """
    found = list(answers)
    if not found:
        return ""
    if all(a["answered"] for a in found):
        return "answered"
    if any(not a["answered"] and a["days_left"] is not None and a["days_left"] < 0 for a in found):
        return "overdue"
    return "unanswered"


def cell(roles: Iterable[str], states: dict[tuple[str | None, str], list[Row]], board_id: str | None) -> Row:
    """One cell: its letters, its state (the worst of its roles' that await an answer) and a title in words."""
    ordered = sorted(set(roles), key=ROLE_ORDER.index)
    if not ordered:
        return {"text": "", "state": "", "title": ""}
    role_states = {role: state_of(states.get((board_id, role), [])) for role in ordered if role != "responsible"}
    worst = next((s for s in ("overdue", "unanswered", "answered") if s in role_states.values()), "")
    words = [
        labels.role(role) + (f" – {labels.state(*_status(role_states[role]))}" if role_states.get(role) else "")
        for role in ordered
    ]
    text = "".join(labels.ROLE_LETTERS[role] for role in ordered) + (f" {_MARKS[worst]}" if worst else "")
    return {"text": text, "state": worst, "title": "; ".join(words)}


def _status(state: str) -> tuple[str, str | None]:
    return ("answered", None) if state == "answered" else ("unanswered", "overdue" if state == "overdue" else None)


def build_grid(measures: list[Row], matrix: list[Row], statuses: list[Row]) -> Row:
    """The grid of one report (see the module's docstring), ready for the page."""
    states: dict[tuple[str | None, str], list[Row]] = defaultdict(list)
    for status in statuses:
        states[(status["board_id"], status["action"])].append(status)
    direct: dict[str | None, Column] = {}
    groups: dict[str, Group] = {}
    roles: dict[tuple[str | None, str | None, str], set[str]] = defaultdict(set)  # (group, board, code) → roles
    for row in matrix:
        column = Column(row["board_id"], row["board_name"], board_path(row["board_id"]))
        if row["via"] is None:
            direct.setdefault(row["board_id"] or row["board_name"], column)
        else:
            group = groups.setdefault(row["via"], Group(row["via"], f"grupp-{len(groups) + 1}"))
            if all(m.board_id != row["board_id"] for m in group.members):
                group.members.append(column)
        roles[(row["via"], row["board_id"] or row["board_name"], row["measure_code"])].add(row["role"])
    columns = sorted(direct.values(), key=lambda c: c.name)
    for group in groups.values():
        group.members.sort(key=lambda c: c.name)
    grid_rows, heading = [], None
    for measure in measures:
        code = measure["code"]
        if measure["group_code"] != heading and (measure["group_code"] or measure["group_title"]):
            heading = measure["group_code"]
            grid_rows.append({"heading": " ".join(filter(None, [measure["group_code"], measure["group_title"]]))})
        grid_rows.append(_row(measure, code, columns, list(groups.values()), roles, states))
    return {
        "columns": columns,
        "groups": list(groups.values()),
        "rows": grid_rows,
        "total": sum(1 for r in grid_rows if r.get("count")),
        "width": 2 + len(columns) + sum(1 + len(g.members) for g in groups.values()),
    }


def _row(
    measure: Row,
    code: str,
    columns: list[Column],
    groups: list[Group],
    roles: dict[tuple[str | None, str | None, str], set[str]],
    states: dict[tuple[str | None, str], list[Row]],
) -> Row:
    cells, boards = [], set()
    for column in columns:
        key = column.board_id or column.name
        found = cell(roles.get((None, key, code), ()), states, column.board_id)
        if found["text"]:
            column.total += 1
            boards.add(key)
        cells.append(found)
    summaries, member_cells = [], []
    for group in groups:
        reached, awaited, answered, letters = 0, 0, 0, set()
        group_cells = []
        for member in group.members:
            key = member.board_id or member.name
            found = cell(roles.get((group.name, key, code), ()), states, member.board_id)
            if found["text"]:
                member.total += 1
                boards.add(key)
                reached += 1
                awaited += found["state"] != ""
                answered += found["state"] == "answered"
                letters |= roles[(group.name, key, code)]
            group_cells.append(found)
        group.total += bool(reached)
        summaries.append(_summary(letters, reached, awaited, answered))
        member_cells.append(group_cells)
    return {
        "code": code,
        "text": measure["text"],
        "path": item_path("measure", measure["document_id"], measure["seq"]),
        "cells": cells,
        "groups": list(zip(summaries, member_cells, strict=True)),
        "count": len(boards),
    }


def _summary(letters: set[str], reached: int, awaited: int, answered: int) -> Row:
    """A closed group's cell: its members' roles and, of those asked for an answer, how many have answered.

    >>> _summary({"opinion"}, 15, 15, 3)["text"], _summary({"responsible"}, 15, 0, 0)["text"], _summary(set(), 0, 0, 0)
    ('Y 3/15', 'A', {'text': '', 'state': '', 'title': ''})
    """
    if not reached:
        return {"text": "", "state": "", "title": ""}
    text = "".join(labels.ROLE_LETTERS[r] for r in sorted(letters, key=ROLE_ORDER.index))
    if not awaited:
        return {"text": text, "state": "", "title": f"{labels.plural(reached, 'medlem', 'medlemmar')}: ansvarig"}
    state = "answered" if answered == awaited else ""
    return {"text": f"{text} {answered}/{awaited}", "state": state, "title": f"{answered} av {awaited} har svarat"}


def report_grid(connection: sqlite3.Connection, document_id: str) -> Row:
    """The grid of the report stored as this document."""
    params = {"id": document_id}
    return build_grid(
        rows(connection, MEASURES, params), rows(connection, MATRIX, params), rows(connection, STATUSES, params)
    )
