"""A board's list (``/namnd/<id>`` and *Min nämnd*): the canned query ``min_namnd``'s rows, in the clerk's words.

The home page counts what these pages list: the referrals that reach a board, itself or through a group
it belongs to (a group: those sent to the group), so that "Farsta stadsdelsnämnd (4)" is four rows there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from atgard.output import labels
from atgard.output.items import Row, path_of
from atgard.output.recipients import group_members

# Every board (not an office) with the number of referrals its page lists. The recipients and the referrals'
# years are views (the clerks' corrections applied): read once, not again for each board a group expands to.
# At 2,000 referrals without a year of their own: 3 s before, 0.4 s so, 0.03 s with migration 17's index.
HOME_BOARDS = """WITH recipients AS MATERIALIZED (SELECT referral_id, board_id, excluding FROM current_recipients),
years AS MATERIALIZED (SELECT referral_id, year FROM referral_years),
targets AS (
    SELECT board_id, via_id, member_id, valid_from, valid_to FROM board_expansion
    UNION ALL SELECT id, NULL, id, NULL, NULL FROM boards WHERE kind = 'group'
),
reached AS (
    -- an office's referrals are its board's ('Stadsledningskontoret' is Kommunstyrelsen's)
    SELECT DISTINCT CASE WHEN m.kind = 'office' AND m.parent IS NOT NULL THEN m.parent ELSE m.id END AS member_id,
           rr.referral_id
    FROM targets t
    JOIN boards m ON m.id = t.member_id
    JOIN recipients rr ON rr.board_id = t.board_id
      AND NOT EXISTS (SELECT 1 FROM json_each(rr.excluding) x WHERE json_extract(x.value, '$.board_id') = t.member_id)
    JOIN years ry ON ry.referral_id = rr.referral_id  -- the year that says who a group's members were
    WHERE t.via_id IS NULL OR ((t.valid_from IS NULL OR ry.year IS NULL OR t.valid_from <= ry.year)
          AND (t.valid_to IS NULL OR (ry.year IS NOT NULL AND t.valid_to >= ry.year)))
)
SELECT b.id, b.name, b.kind, coalesce(n.referrals, 0) AS referrals
FROM boards b
LEFT JOIN (SELECT member_id, count(*) AS referrals FROM reached GROUP BY member_id) n ON n.member_id = b.id
WHERE b.kind != 'office' ORDER BY b.name"""
# The home page's sections, in order: the board kinds each holds.
SECTIONS = (
    ("Kommunfullmäktige, kommunstyrelsen och facknämnder", ("council", "executive_board", "committee")),
    ("Stadsdelsnämnder", ("district_committee",)),
    ("Bolag", ("company",)),
    ("Grupper", ("group",)),
    ("Utanför staden", ("external", "unknown")),
)


def sections(boards: Iterable[Row]) -> list[Row]:
    """The boards with something to answer, by kind, for the home page.

    >>> sections([{"kind": "group", "referrals": 3, "name": "Samtliga"}, {"kind": "company", "referrals": 0}])
    [{'title': 'Grupper', 'boards': [{'kind': 'group', 'referrals': 3, 'name': 'Samtliga'}]}]
    """
    listed = [b for b in boards if b["referrals"]]
    found = []
    for title, kinds in SECTIONS:
        chosen = [b for b in listed if b["kind"] in kinds]
        if chosen:
            found.append({"title": title, "boards": chosen})
    return found


def in_words(row: Row) -> Row:
    """One row of ``min_namnd`` with its page, its answer's page and its state in words."""
    referral = row["roll_kod"] != "responsible"
    return {
        **row,
        "path": path_of(row["id"]),
        "answer_path": path_of(row["svar_id"]) or path_of(row["svar"]),
        "lage": labels.situation(row["status_kod"], row["tid_kod"], row["dagar"]) if referral else "",
        "is_referral": referral,
        "is_open": referral and row["status_kod"] == "unanswered",
    }


def board_rows(found: Iterable[Row]) -> list[Row]:
    """The rows in words, a measure once however many ways it reaches the board (its groups named together).

    >>> measure = {"id": "m-1", "roll_kod": "responsible", "svar_id": None, "svar": None}
    >>> [(r["id"], r["via"]) for r in board_rows([{**measure, "via": "B"}, {**measure, "via": "A"}])]
    [('m-1', 'A, B')]
    """
    kept: dict[str, Row] = {}
    listed: list[Row] = []
    for row in found:
        if row["roll_kod"] == "responsible" and row["id"] in kept:
            first = kept[row["id"]]
            routes = {*(first["via"] or "").split(", "), row["via"] or ""} - {""}
            first["via"] = None if first["via"] is None or row["via"] is None else ", ".join(sorted(routes))
            continue
        listed.append(in_words(row))
        kept.setdefault(row["id"], listed[-1])
    return listed


def with_members(connection: sqlite3.Connection, found: list[Row], group_id: str) -> list[Row]:
    """A group's referral rows, each with every member's own state for it."""
    return [
        {**row, "members": group_members(connection, int(row["rad"].split("/")[1]), group_id)}
        if row["is_referral"]
        else row
        for row in found
    ]
