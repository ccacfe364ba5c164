"""The current layer: the machine's rows with the clerks' corrections applied, as views (no data of their own).

Ingest writes the machine's tables (``referrals``, ``referral_recipients``, ``measures``, ``answers`` …) and
nothing else; a clerk's corrections are rows of ``corrections``, keyed by the target's stable id (its document and
its place there), never by a row id. So a document read anew by a newer extractor gets the same corrections again,
as long as the target is still there with the same text; one whose target is gone or changed is not applied and
shows as *behöver ses över* (state ``needs_review``) with both texts.

Views read here: ``correction_state`` (every correction, with the target's text now and its state),
``applied_corrections``, ``current_referrals``, ``current_recipients``, ``current_measures``,
``answer_candidates``. An item a clerk adds has its place after the machine's: 100000 + the correction's number
(a referral, a measure), 1000 + it (a recipient).
"""

from __future__ import annotations

ADDED_ITEM = 100000  # an added referral or measure: seq = ADDED_ITEM + the correction's number
ADDED_RECIPIENT = 1000  # an added recipient: seq = ADDED_RECIPIENT + the correction's number

# The target's text now, for each kind of target: its sentence, a recipient's name (also one a clerk added, alone or
# with a referral), an answer's body, a document field's value ('' for none); NULL when the target is gone. ``{c}`` is
# the correction's alias (the tables here are named n…: never the correction's own alias, which a name here would
# hide).
_TEXT_NOW_OF = {
    "referral": f"""coalesce(
        (SELECT nr.text FROM referrals nr WHERE nr.document_id = {{c}}.document_id AND nr.seq = {{c}}.item_seq),
        (SELECT json_extract(nx.value, '$.text') FROM corrections nx WHERE nx.action = 'add_referral'
         AND nx.document_id = {{c}}.document_id AND {ADDED_ITEM} + nx.number = {{c}}.item_seq))""",
    "recipient": f"""coalesce(
        (SELECT nrr.name FROM referrals nr
         JOIN referral_recipients nrr ON nrr.referral_id = nr.id AND nrr.seq = {{c}}.sub_seq
         WHERE nr.document_id = {{c}}.document_id AND nr.seq = {{c}}.item_seq),
        (SELECT json_extract(nx.value, '$.name') FROM corrections nx WHERE nx.action = 'add_recipient'
         AND nx.document_id = {{c}}.document_id AND nx.item_seq = {{c}}.item_seq
         AND {ADDED_RECIPIENT} + nx.number = {{c}}.sub_seq),
        (SELECT json_extract(nx.value, '$.recipients[' || {{c}}.sub_seq || '].name') FROM corrections nx
         WHERE nx.action = 'add_referral' AND nx.document_id = {{c}}.document_id
         AND {ADDED_ITEM} + nx.number = {{c}}.item_seq))""",
    "measure": f"""coalesce(
        (SELECT nm.text FROM measures nm WHERE nm.document_id = {{c}}.document_id AND nm.seq = {{c}}.item_seq),
        (SELECT json_extract(nx.value, '$.text') FROM corrections nx WHERE nx.action = 'add_measure'
         AND nx.document_id = {{c}}.document_id AND {ADDED_ITEM} + nx.number = {{c}}.item_seq))""",
    "decision_point": """
        (SELECT np.text FROM decision_points np WHERE np.document_id = {c}.document_id AND np.seq = {c}.item_seq)""",
    "answer": """
        (SELECT na.board_name FROM answers na WHERE na.document_id = {c}.document_id AND na.seq = {c}.item_seq)""",
    "document": """(SELECT CASE {c}.field WHEN 'kind' THEN coalesce(nd.kind, '')
        WHEN 'date' THEN coalesce(nd.date, '') WHEN 'title' THEN coalesce(nd.title, '')
        WHEN 'diarienummer' THEN coalesce(nd.diarienummer, '') ELSE '' END
        FROM documents nd WHERE nd.id = {c}.document_id)""",
}


def _text_now(c: str) -> str:
    """The text now of correction ``c``'s target, whatever its kind."""
    kinds = "".join(f"\n    WHEN '{kind}' THEN {text.format(c=c)}" for kind, text in _TEXT_NOW_OF.items())
    return f"CASE {c}.target_kind{kinds}\n    ELSE '' END"


TEXT_NOW = _text_now("c")
# A correction withdrawn by a later one; one applied: not withdrawn, and its target's text now the text it was made on
# (a target gone, NULL, is never that: ``coalesce`` makes the text made on never NULL).
_WITHDRAWN = "EXISTS (SELECT 1 FROM corrections w WHERE w.action = 'withdraw' AND w.target = {c}.id)"
_SAME_TEXT = "{now} IS coalesce({c}.target_text, '')"

# The state of every correction. The text now is named once: a view is copied into each query that reads it, every
# use of a column with it (each look-up of the corrections a target has, below), and a second use doubled its size.
CORRECTION_STATE = f"""
        SELECT *, CASE
                  WHEN action != 'withdraw' AND {_WITHDRAWN.format(c="x")} THEN 'withdrawn'
                  WHEN NOT {_SAME_TEXT.format(now="current_text", c="x")} THEN 'needs_review'
                  ELSE 'applied' END AS state
        FROM (SELECT c.*, {TEXT_NOW} AS current_text FROM corrections c) x
        """
APPLIED_CORRECTIONS = "SELECT * FROM correction_state WHERE state = 'applied' AND action != 'withdraw'"


def _corrected(document: str) -> str:
    """Whether any correction names the document: one lookup in a set SQLite builds once per query, so that the
    rows of the documents nobody corrected (nearly all) cost no search of the corrections (``make bench``: the
    board's page at 100,000 measures took half as long again without it)."""
    return f"{document} IN (SELECT document_id FROM corrections)"


def _applied(kind: str | None = None, c: str = "a") -> str:
    """Correction ``c`` applied: ``applied_corrections``' test, written out. For a target of one kind (``kind``) the
    test of that kind's text only (each look-up below names its kind: the test for every kind made each six kinds'
    text long); the view itself, named in a query, is a copy of ``correction_state`` with its text test twice."""
    now = _TEXT_NOW_OF[kind].format(c=c) if kind else _text_now(c)
    return f"{c}.action != 'withdraw' AND NOT {_WITHDRAWN.format(c=c)} AND {_SAME_TEXT.format(now=now, c=c)}"


def _applied_to(kind: str, document: str, seq: str, sub: str | None) -> str:
    """``FROM`` and ``WHERE`` of the corrections applied to one target (found by the index on its place)."""
    sub_test = f" AND a.sub_seq = {sub}" if sub else ""
    return (
        f"FROM corrections a WHERE a.target_kind = '{kind}' AND a.document_id = {document}"
        f" AND a.item_seq = {seq}{sub_test} AND {_applied(kind)}"
    )


def _latest(kind: str, document: str, seq: str, what: str, sub: str | None = None, column: str = "value") -> str:
    """The newest applied correction's ``column`` for one target and action(s) (``what``: an SQL condition)."""
    return (
        f"(CASE WHEN {_corrected(document)} THEN (SELECT a.{column} {_applied_to(kind, document, seq, sub)}"
        f" AND {what} ORDER BY a.number DESC LIMIT 1) END)"
    )


def _kept(kind: str, document: str, seq: str, sub: str | None = None) -> str:
    """Not rejected: no reject, or a confirm after it."""
    verdict = _latest(kind, document, seq, "a.action IN ('confirm', 'reject')", sub, "action")
    return f"coalesce({verdict}, '') != 'reject'"


def _set(kind: str, field: str, document: str, seq: str, sub: str | None = None) -> str:
    return _latest(kind, document, seq, f"a.action = 'set' AND a.field = '{field}'", sub)


def _ids(kind: str, document: str, seq: str, sub: str | None = None) -> str:
    """The ids of the corrections applied to a target, comma-separated (NULL for none)."""
    return (
        f"(CASE WHEN {_corrected(document)} THEN (SELECT group_concat(a.id)"
        f" {_applied_to(kind, document, seq, sub)}) END)"
    )


_R = ("r.document_id", "r.seq")
# An item a clerk added, the correction that adds it joined as ``ad``: the look-ups of its own corrections name theirs
# ``a``, which would hide it (each compared a correction with itself, and a clerk's corrections of an added item were
# never applied).
_A = ("ad.document_id", f"{ADDED_ITEM} + ad.number")
_REFERRAL_COLUMNS = "report_title, report_title_key, action, scope, priority, condition, text, page"

CURRENT_REFERRALS = f"""
        SELECT r.id, r.document_id, r.seq, {", ".join("r." + c.strip() for c in _REFERRAL_COLUMNS.split(","))},
               coalesce(json_extract({_set("referral", "reply_by", *_R)}, '$'), r.reply_by) AS reply_by,
               r.confidence, r.reasons, r.stated_answers, {_ids("referral", *_R)} AS corrections, 0 AS added
        FROM referrals r
        WHERE {_kept("referral", *_R)}
        UNION ALL
        SELECT -ad.number, ad.document_id, {ADDED_ITEM} + ad.number, json_extract(ad.value, '$.report_title'),
               json_extract(ad.value, '$.report_title_key'), json_extract(ad.value, '$.action'), 'report', NULL, NULL,
               json_extract(ad.value, '$.text'), NULL,
               coalesce(json_extract({_set("referral", "reply_by", *_A)}, '$'), json_extract(ad.value, '$.reply_by')),
               'sure', '[]', '[]', ad.id || coalesce(',' || {_ids("referral", *_A)}, ''), 1
        FROM corrections ad
        WHERE ad.action = 'add_referral' AND {_applied(c="ad")} AND {_kept("referral", *_A)}
        """

_RR = ("r.document_id", "r.seq", "rr.seq")
_BOARD = "json_extract({0}, '$.name'), json_extract({0}, '$.board_id'), json_extract({0}, '$.kind')"
_MARK = "a.action IN ('answered', 'declined')"
_ADDED_SUB = f"{ADDED_RECIPIENT} + ad.number"  # an added recipient's place in its referral


def _newest(alias: str, kind: str, what: str, document: str, seq: str, sub: str | None = None) -> str:
    """The newest applied correction of one target and action(s), joined as ``alias`` (NULLs for none): one look-up
    however many of its columns are read (each use of a look-up's value in a column copied it)."""
    return f"LEFT JOIN corrections {alias} ON {alias}.number = {_latest(kind, document, seq, what, sub, 'number')}"


# A recipient's mark (answered or declined) and its date: the newest such correction, joined as ``mk``.
_MARKS = "mk.action AS mark, json_extract(mk.value, '$') AS mark_date"


def _marked(document: str, seq: str, sub: str) -> str:
    return _newest("mk", "recipient", _MARK, document, seq, sub)


# What the referring document says the recipient did ("Trafiknämnden har yttrat sig"): answered, declined,
# unanswered, or NULL where it says nothing (the referral's ``stated_answers``, by board id or name).
_STATED_FIELD = """(SELECT json_extract(j.value, '$.{field}') FROM json_each(r.stated_answers) j
                      WHERE json_extract(j.value, '$.board.board_id') = rr.board_id
                         OR lower(json_extract(j.value, '$.board.name')) = lower(rr.name) LIMIT 1)"""
_STATED_OUTCOME = _STATED_FIELD.format(field="outcome")
# Whether it says the answer came in time ("har yttrat sig inom remisstiden"): 1, 0, or NULL.
_STATED_IN_TIME = _STATED_FIELD.format(field="in_time")
# A recipient's board as a clerk set it, else as read: the newest such correction joined as ``b`` (its JSON value).
_BOARD_SET = "CASE WHEN b.value IS NULL THEN rr.{0} ELSE {1} END"
CURRENT_RECIPIENTS = f"""
        SELECT rr.referral_id, rr.seq, r.document_id, r.seq AS referral_seq,
               {_BOARD_SET.format("name", "json_extract(b.value, '$.name')")} AS name,
               {_BOARD_SET.format("board_id", "json_extract(b.value, '$.board_id')")} AS board_id,
               {_BOARD_SET.format("kind", "json_extract(b.value, '$.kind')")} AS kind,
               {_BOARD_SET.format("is_group", "json_extract(b.value, '$.kind') = 'group'")} AS is_group,
               rr.excluding, {_MARKS}, {_ids("recipient", *_RR)} AS corrections, 0 AS added,
               {_STATED_OUTCOME} AS stated, {_STATED_IN_TIME} AS stated_in_time
        FROM referral_recipients rr
        JOIN referrals r ON r.id = rr.referral_id
        {_newest("b", "recipient", "a.action = 'set' AND a.field = 'board'", *_RR)}
        {_marked(*_RR)}
        WHERE {_kept("recipient", *_RR)}
        UNION ALL
        SELECT coalesce(r.id, {ADDED_ITEM} - ad.item_seq), {ADDED_RECIPIENT} + ad.number, ad.document_id, ad.item_seq,
               {_BOARD.format("ad.value")}, json_extract(ad.value, '$.kind') = 'group', '[]', {_MARKS}, ad.id, 1, NULL,
               NULL
        FROM corrections ad
        LEFT JOIN referrals r ON r.document_id = ad.document_id AND r.seq = ad.item_seq
        {_marked("ad.document_id", "ad.item_seq", _ADDED_SUB)}
        WHERE ad.action = 'add_recipient' AND (r.id IS NOT NULL OR ad.item_seq > {ADDED_ITEM}) AND {_applied(c="ad")}
          AND {_kept("recipient", "ad.document_id", "ad.item_seq", _ADDED_SUB)}
        UNION ALL
        SELECT -ad.number, j.key, ad.document_id, {ADDED_ITEM} + ad.number, {_BOARD.format("j.value")},
               json_extract(j.value, '$.kind') = 'group', '[]', {_MARKS}, ad.id, 1, NULL, NULL
        FROM corrections ad
        JOIN json_each(ad.value, '$.recipients') j
        {_marked(*_A, "j.key")}
        WHERE ad.action = 'add_referral' AND {_applied(c="ad")} AND {_kept("recipient", *_A, "j.key")}
        """

_M = ("m.document_id", "m.seq")
_MEASURE_COLUMNS = (
    "id, document_id, seq, code, group_code, group_title, report_title, report_title_key, text, section, page, "
    "confidence, reasons"
)
# The machine's measures a clerk has not rejected (a plain view: the board's page reads it by index at 100,000).
CURRENT_MEASURES = f"""
        SELECT {", ".join("m." + c.strip() for c in _MEASURE_COLUMNS.split(","))}, {_ids("measure", *_M)} AS corrections
        FROM measures m
        WHERE {_kept("measure", *_M)}
        """
# Measures a clerk added: shown on their document's page and exported among the corrections.
ADDED_MEASURES = f"""
        SELECT -ad.number AS id, ad.document_id, {ADDED_ITEM} + ad.number AS seq,
               json_extract(ad.value, '$.code') AS code, json_extract(ad.value, '$.text') AS text,
               json_extract(ad.value, '$.report_title') AS report_title,
               json_extract(ad.value, '$.responsible') AS responsible, ad.id AS corrections
        FROM corrections ad
        WHERE ad.action = 'add_measure' AND {_applied(c="ad")} AND {_kept("measure", *_A)}
        """

_AL = ("al.answer_document_id", "al.answer_seq")
# An answer and the referrals it may answer (``answer_links``), without the answers a clerk rejected, dated as
# the clerk set.
ANSWER_CANDIDATES = f"""
        SELECT al.answer_document_id, al.answer_seq, al.board_id, al.board_name,
               coalesce(json_extract({_set("answer", "date", *_AL)}, '$'), al.date) AS date,
               al.referral_id, al.referral_document_id, al.declines, al.organisation_key
        FROM answer_links al
        WHERE {_kept("answer", *_AL)}
        """

CURRENT_VIEWS = {
    "correction_state": CORRECTION_STATE,
    "applied_corrections": APPLIED_CORRECTIONS,
    "current_referrals": CURRENT_REFERRALS,
    "current_recipients": CURRENT_RECIPIENTS,
    "current_measures": CURRENT_MEASURES,
    "added_measures": ADDED_MEASURES,
}
