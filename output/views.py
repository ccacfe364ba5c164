"""The views, one live definition each (the SQL that keeps ``answer_links``, the answers' candidate referrals, is
``answer_links``'s).

Views hold no data: migrating drops them all, runs the pending migrations (tables and data only), then makes
every view here anew (:func:`ensure_views`). A changed view therefore ships with a migration, even one with no
step of its own: the schema version is how a read-only command knows the database's views are out of date.

The links' SQL calls :func:`~atgard.schema.keys.case_key`, when a document is stored; :func:`register_functions` adds
it to a connection (the store's and the publication's). The views themselves call no function of atgard's.
"""

from __future__ import annotations

import functools
import sqlite3
from typing import TYPE_CHECKING

from atgard.output.answer_links import ORGANISATION_KEY, PLACE
from atgard.output.current import ANSWER_CANDIDATES, CURRENT_VIEWS
from atgard.schema.keys import case_key

if TYPE_CHECKING:
    from sqlite_utils import Database


@functools.lru_cache(maxsize=1 << 16)  # called for every pair of answer and referral compared: the same few numbers
def _case_key(printed: object) -> str | None:
    return case_key(printed) if isinstance(printed, str) else None  # NULL for NULL, as SQL's own functions


def register_functions(connection: sqlite3.Connection) -> None:
    """The SQL functions of atgard's queries: ``case_key(printed)``, a case number's key (NULL for none)."""
    connection.create_function("case_key", 1, _case_key, deterministic=True)


# Names that did not resolve to the register: the clerk's list of boards to review.
UNKNOWN_BOARDS = """
        SELECT name, kind, count(*) AS times, group_concat(DISTINCT filename) AS documents, min(page) AS first_page
        FROM (
            SELECT m.name, m.kind, d.filename, m.page
            FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.board_id IS NULL
            UNION ALL
            SELECT rr.name, rr.kind, d.filename, r.page
            FROM referral_recipients rr
            JOIN referrals r ON r.id = rr.referral_id
            JOIN documents d ON d.id = r.document_id
            WHERE rr.board_id IS NULL
        )
        GROUP BY name, kind
        ORDER BY times DESC, name
        """

# A board, or a group spelled out into its members (with the years each existed).
BOARD_EXPANSION = """
        SELECT id AS board_id, id AS member_id, NULL AS via_id, NULL AS valid_from, NULL AS valid_to
        FROM boards WHERE kind != 'group'
        UNION ALL
        SELECT bm.group_id, bm.member_id, bm.group_id, m.valid_from, m.valid_to
        FROM board_members bm JOIN boards m ON m.id = bm.member_id
        """

# The reports that links by title go to: the newest version of each only.
REPORT_DOCUMENTS = """
        SELECT d.id AS document_id, d.title, d.title_key, d.year, d.filename, d.version
        FROM documents d
        WHERE d.kind = 'kommissionsrapport'
          AND NOT EXISTS (SELECT 1 FROM documents newer WHERE newer.previous_version_id = d.id)
        """

# Every measure code a referral names, with the report document and measure it resolves to.
REFERRAL_MEASURES = """
        SELECT r.id AS referral_id, r.document_id, r.page, r.action, c.code, r.report_title,
               rd.document_id AS report_document_id, m.id AS measure_id
        FROM referral_measure_codes c
        JOIN referrals r ON r.id = c.referral_id
        LEFT JOIN report_documents rd ON rd.title_key = r.report_title_key
        LEFT JOIN measures m ON m.document_id = rd.document_id AND m.code = c.code
        """

UNRESOLVED_REFERENCES = """
        SELECT 'measure code' AS reference, rm.code AS value, rm.report_title, d.filename, rm.document_id, rm.page,
               CASE WHEN rm.report_document_id IS NULL THEN 'report not ingested'
                    ELSE 'no such measure in the report' END AS reason
        FROM referral_measures rm JOIN documents d ON d.id = rm.document_id
        WHERE rm.measure_id IS NULL
        UNION ALL
        SELECT 'report', rep.title, rep.title, d.filename, rep.document_id, rep.page, 'report not ingested'
        FROM reports rep JOIN documents d ON d.id = rep.document_id
        WHERE NOT EXISTS (SELECT 1 FROM report_documents rd WHERE rd.title_key = rep.title_key)
        """

# A group's members a referral leaves out ("samtliga stadsdelsnämnder utom Norrmalms", the recipient's
# ``excluding``, JSON) neither count for the group's status nor owe an answer themselves.
_LEFT_OUT = "NOT EXISTS (SELECT 1 FROM json_each(rr.excluding) x WHERE json_extract(x.value, '$.board_id') = {member})"
# The year a referral was made, which says who a group's members were: its document's year, else the year of
# its date, else the year of the report it sends out. Every query that spells a group out for a referral reads
# it here (the status, the matrix, the home page's counts, a group's page, Min nämnd, the feed), so they agree.
# (``{r}``: the referral, ``{d}``: its document)
_YEAR = """coalesce({d}.year, CAST(substr({d}.date, 1, 4) AS INTEGER),
                        (SELECT max(y.year) FROM report_documents y WHERE y.title_key = {r}.report_title_key))"""
REFERRAL_YEARS = f"""
        SELECT r.id AS referral_id, {_YEAR.format(r="r", d="d")} AS year
        FROM current_referrals r JOIN documents d ON d.id = r.document_id
        """
# A member through a group only in the years it existed (a board named directly, always).
_IN_YEAR = """(e.via_id IS NULL OR (
        (e.valid_from IS NULL OR {year} IS NULL OR e.valid_from <= {year})
        AND (e.valid_to IS NULL OR ({year} IS NOT NULL AND e.valid_to >= {year}))))"""

# The clerk's question "what must this board answer, and on what": one row per measure, board, role.
REFERRAL_MATRIX = f"""
        SELECT m.id AS measure_id, m.report_title, m.code AS measure_code, m.document_id AS measure_document_id,
               coalesce(e.member_id, mr.board_id) AS board_id, coalesce(mb.name, mr.name) AS board_name,
               'responsible' AS role, via.name AS via, m.document_id AS source_document_id, m.page AS source_page
        FROM current_measures m
        JOIN documents md ON md.id = m.document_id
        JOIN measure_responsible mr ON mr.measure_id = m.id
        LEFT JOIN board_expansion e ON e.board_id = mr.board_id
        LEFT JOIN boards mb ON mb.id = e.member_id
        LEFT JOIN boards via ON via.id = e.via_id
        WHERE m.code IS NOT NULL AND {_IN_YEAR.format(year="md.year")}
        UNION ALL
        SELECT m.id, m.report_title, m.code, m.document_id,
               coalesce(e.member_id, rr.board_id), coalesce(mb.name, rr.name),
               r.action, via.name, r.document_id, r.page
        FROM current_referrals r
        JOIN documents rd ON rd.id = r.document_id
        JOIN report_documents rep ON rep.title_key = r.report_title_key
        JOIN current_measures m ON m.document_id = rep.document_id AND m.code IS NOT NULL
        JOIN current_recipients rr ON rr.referral_id = r.id
        -- the referral's year (referral_years) made once a referral: each of _IN_YEAR's four places copied the view
        JOIN json_each(json_array({_YEAR.format(r="r", d="rd")})) ry
        LEFT JOIN board_expansion e ON e.board_id = rr.board_id AND {_LEFT_OUT.format(member="e.member_id")}
        LEFT JOIN boards mb ON mb.id = e.member_id
        LEFT JOIN boards via ON via.id = e.via_id
        WHERE (r.scope = 'report' OR m.code IN (SELECT code FROM referral_measure_codes WHERE referral_id = r.id))
          AND {_IN_YEAR.format(year="ry.value")}
        """

# A recipient named by its answer's name, or by its name without the short form a list wrote after it: "Sveriges
# meteorologiska och hydrologiska institut (SMHI)" is answered by "Sveriges meteorologiska och hydrologiska institut"
# (with no " (" the second name is NULL).
_SAME_NAME = (
    "lower({answer}) IN (lower({recipient}), lower(nullif(substr({recipient}, 1, instr({recipient}, ' (') - 1), '')))"
)
_SAME_NAME_AC = _SAME_NAME.format(answer="ac.board_name", recipient="rr.name")
_SAME_NAME_A = _SAME_NAME.format(answer="a.board_name", recipient="rr.name")

# An answer given for the organisation a recipient is, by its executive board (``ac``: a row of answer_candidates); a
# board's or an agency's name has no such key, the register's "Region Stockholm" has its own.
_FOR_ORGANISATION = (
    "(ac.organisation_key IS NOT NULL AND ac.organisation_key = " + ORGANISATION_KEY.format(name="rr.name") + ")"
)


# What a referral's document says a body did ("A har yttrat sig", "B avstår"): its stated outcome, for a board id
# or a name ({board}, {name}).
_STATED = """(SELECT json_extract(j.value, '$.outcome') FROM json_each(r.stated_answers) j
                    WHERE json_extract(j.value, '$.board.board_id') = {board}
                       OR lower(json_extract(j.value, '$.board.name')) = lower({name}) LIMIT 1)"""

# The same referral (report, action, body) in another document: a later document's account of it (an utlåtande's
# Beredning: "Ärendet har remitterats till A och B. A har yttrat sig, B har inte svarat"), or the referring memo.
# Or the same case's other document that tells the referral again, whatever it calls the report ("planen", an
# annex's title): the final memo of the case KS 2027/0143 recounts the referral its earlier memo made.
# (``e``: a row of ``elsewhere``, of the same action as the row's referral: its key says so.)
_SAME_ELSEWHERE = """e.document_id != r.document_id
                      AND (e.report_title_key = r.report_title_key
                           OR (e.case_id = (SELECT oc.case_id FROM own_cases oc WHERE oc.document_id = r.document_id)
                               AND (e.recounted OR (SELECT x.recounted FROM referrals x WHERE x.id = r.id))))
                      AND (e.board_id = rr.board_id OR lower(e.name) = lower(rr.name))"""
# A referral told again (recounted) without its reply date takes the one its referring memo set (``_ACCOUNTS``):
# only the reports and cases of a recounted referral have one to lend (all of them, where every referral has a reply
# date, made the index SQLite builds for the look-up as large as the status: a fifth more time at 2,000 referrals).
_LENDS_REPLY_BY = """o.reply_by IS NOT NULL
                   AND (o.report_title_key IN (SELECT x.report_title_key FROM referrals x WHERE x.recounted)
                        OR (SELECT oc.case_id FROM own_cases oc WHERE oc.document_id = o.document_id)
                           IN (SELECT oc.case_id FROM own_cases oc JOIN referrals x ON x.document_id = oc.document_id
                               WHERE x.recounted))"""
# The referrals of the accounts, each with whether it tells what a body did (only a referral whose ``stated_answers``
# names one has a recipient whose ``stated`` is not NULL) and whether it lends its reply date: each tested once a
# referral (tested for each of its recipients, the reply date's test was half the status's time at 100,000 measures).
_LENDERS = f"""SELECT o.id, o.document_id, o.report_title_key, o.action, o.reply_by,
                   EXISTS (SELECT 1 FROM json_each(o.stated_answers)) AS tells, {_LENDS_REPLY_BY} AS lends
            FROM status_referrals o
            WHERE o.report_title_key IS NOT NULL"""
# The recipients of every referral that has something to lend another document's (a reply date, a stated
# outcome), made once for the whole status (a table of its own, which SQLite indexes for the look-up below):
# looked up in the current views themselves, each look-up scanned them (half the status's time at 2,000 referrals).
# A row for each thing it lends, keyed by action and use: "opinion:told" says what the body did, "opinion:reply" has a
# reply date. An account of a body's opinion tells of its implementation row too: such a row is there again as
# "implementation:told", ranked after that action's own accounts (rank 1). The key is text (CAST): a column without a
# type is no key for the index SQLite makes to look it up (each look-up scanned every account: 3 s at 2,000
# referrals).
_ELSEWHERE = """SELECT o.document_id, o.report_title_key,
                   CAST(CASE k.rank WHEN 0 THEN o.action ELSE 'implementation' END || k.use AS TEXT) AS key,
                   k.rank, o.reply_by, orr.board_id, orr.name, orr.stated, orr.stated_in_time,
                   (SELECT x.recounted FROM referrals x WHERE x.id = o.id) AS recounted,
                   (SELECT oc.case_id FROM own_cases oc WHERE oc.document_id = o.document_id) AS case_id
            FROM lenders o JOIN current_recipients orr ON orr.referral_id = o.id
            JOIN (SELECT ':told' AS use, 0 AS rank UNION ALL SELECT ':told', 1 UNION ALL SELECT ':reply', 0) k
              ON CASE k.use WHEN ':told' THEN orr.stated IS NOT NULL AND (k.rank = 0 OR o.action = 'opinion')
                            ELSE o.lends END
            WHERE o.tells OR o.lends"""
# A document's own case (its first), and the date the case's documents reach: the newest date of a document of the
# case, its own or an answer to it. A reply date before it has passed, whatever today's date: the case's final
# memo, dated after the reply date, shows a body that has not answered to be overdue.
_OWN_CASES = """SELECT document_id, min(case_id) AS case_id FROM document_cases WHERE relation = 'own'
            GROUP BY document_id"""
_CASE_DATES = """SELECT oc.document_id, max(d.date) AS until
            FROM own_cases oc JOIN document_cases dc ON dc.case_id = oc.case_id
            JOIN documents d ON d.id = dc.document_id
            WHERE dc.relation IN ('own', 'answers')
            GROUP BY oc.document_id"""
# The accounts of the same referral in other documents, read in one look-up (``elsewhere`` is planned anew in each
# place that names it: a look-up for each use made half the view's planning), as {"told": …, "reply_by": …}:
# - told, where the row's own document says nothing of the body: what the first account (by document) says it did,
#   as [its outcome, whether it says the answer came in time]. A body asked for an opinion and to report on carrying
#   its measures out answers both in one answer: an account of its opinion ("Exploateringsnämnden tillstyrker
#   förslaget", "A har yttrat sig inom remisstiden") tells of its implementation row too, where no account of that
#   action is found (rank 1);
# - reply_by, for a referral told again (recounted) without its reply date: the one its referring memo set (the
#   earliest), so that the recount's row and the memo's agree on whether the answer came in time.
_ACCOUNTS = f"""(SELECT json_object('told', CASE WHEN a.use = ':told' THEN json_array(a.stated, a.stated_in_time) END,
                                    'reply_by', a.first_reply_by)
                    FROM (SELECT k.use, e.rank, e.document_id, e.stated, e.stated_in_time,
                                 min(CASE k.use WHEN ':reply' THEN e.reply_by END) OVER () AS first_reply_by
                          FROM (SELECT ':told' AS use WHERE rr.stated IS NULL
                                UNION ALL
                                SELECT ':reply' WHERE r.reply_by IS NULL
                                                  AND (SELECT x.recounted FROM referrals x WHERE x.id = r.id)) k
                          JOIN elsewhere e ON e.key = r.action || k.use
                          WHERE {_SAME_ELSEWHERE}) a
                    ORDER BY a.use = ':told' DESC, a.rank, a.document_id LIMIT 1)"""

# A company asked through its parent ("AB Familjebostäder och SISAB ges, genom Stockholms Stadshus AB, tillfälle att
# yttra sig"): the parent's answer to the referral, which speaks for the companies, answers for it. Only a company (the
# register's kind; an office's parent committee answers for no office), only where the referral's own text asks
# through the parent as the register has it, by name or alias ("genom X", "via X", "X, som i sin tur …"), and never
# where the parent is itself a recipient of the referral: one merely listed beside its companies ("Remissen skickas
# till Stockholms Stadshus AB, AB Svenska Bostäder …") answers for itself alone (as the referral was read: the
# view of recipients with a clerk's corrections, looked up here for every candidate, put min_namnd over its time).
_THROUGH_WORDS = ("'genom ' || {name}", "'via ' || {name}", "{name} || ', som i sin tur'")
_THROUGH_SAID = " OR ".join(
    f"instr(replace(lower(r.text), char(10), ' '), {words.format(name='lower(n.said)')}) > 0"
    for words in _THROUGH_WORDS
)
# (Asked only for a recipient the referral names as a company: the other recipients' rows never run it.)
_THROUGH_PARENT = f"""(SELECT p.id FROM boards c JOIN boards p ON p.id = c.parent
                      WHERE c.id = rr.board_id AND c.kind = 'company'
                        AND EXISTS (SELECT 1 FROM (SELECT p.name AS said UNION ALL
                                                   SELECT pa.alias FROM board_aliases pa WHERE pa.board_id = p.id) n
                                    WHERE {_THROUGH_SAID})
                        AND NOT EXISTS (SELECT 1 FROM referral_recipients pr
                                        WHERE pr.referral_id = r.id AND pr.board_id = p.id))"""

# The referrals some stored answer declines (few): only their rows look at whether the first answer declines, the
# others never run the first-answer look-up again for it (a third more of the status's time at 100,000 measures).
_DECLINING = "SELECT DISTINCT referral_id FROM answer_links WHERE declines"

# What each status row looks up, by name: the accounts in other documents (what the body did, a recount's reply
# date), the date its case reaches, the first answer (its document, whether it declines, 0 or 1, its date:
# "<sha256>|1|2026-05-20"), whether it takes up a measure, a group's members and their answers.
_LOOK_UPS = {
    "accounts": f"CASE WHEN rr.stated IS NULL OR r.reply_by IS NULL THEN json({_ACCOUNTS}) END",
    # the newest date of the case's documents, or of an answer to the referral (a protocol's § decides a case of its
    # own, which the protocol is no document of); only where a reply date has not passed today, the one use of it (a
    # look-up for each row was a fifth of the status's time at 100,000 measures, most reply dates long passed)
    "case_until": """CASE WHEN r.reply_by IS NULL OR r.reply_by >= date('now') THEN
                    nullif(max(coalesce((SELECT cd.until FROM case_dates cd WHERE cd.document_id = r.document_id), ''),
                               coalesce((SELECT max(ac.date) FROM answer_candidates ac WHERE ac.referral_id = r.id),
                                        '')),
                           '') END""",
    "direct": f"""(SELECT ac.answer_document_id || '|' || coalesce(ac.declines, 0) || '|' || coalesce(ac.date, '')
                    FROM answer_candidates ac
                    WHERE ac.referral_id = r.id
                      AND (ac.board_id = rr.board_id OR {_SAME_NAME_AC} OR {_FOR_ORGANISATION}
                           OR (rr.kind = 'company' AND ac.board_id = {_THROUGH_PARENT}))
                    ORDER BY ac.date LIMIT 1)""",
    "direct_codes": f"""EXISTS (SELECT 1 FROM answer_candidates ac
                           JOIN answers a ON a.document_id = ac.answer_document_id AND a.seq = ac.answer_seq
                           WHERE ac.referral_id = r.id
                             AND (ac.board_id = rr.board_id OR {_SAME_NAME_AC}
                                  OR {_FOR_ORGANISATION} OR (rr.kind = 'company' AND ac.board_id = {_THROUGH_PARENT}))
                             AND json_array_length(coalesce(a.measure_codes, '[]')) > 0)""",
    # a group's members that year, and how many of them answered or declined, as [members, answered]; its look-ups
    # only for a group (the judgement reads them only where ``is_group AND members > 0``)
    "member_counts": f"""CASE WHEN rr.is_group THEN (
                    SELECT json_array(count(*), count(CASE WHEN EXISTS (SELECT 1 FROM answer_candidates ac
                                                                     WHERE ac.referral_id = r.id AND ac.board_id = m.id)
                                                             OR {_STATED.format(board="m.id", name="m.name")}
                                                                IN ('answered', 'declined') THEN 1 END))
                    FROM board_members bm JOIN boards m ON m.id = bm.member_id
                    WHERE bm.group_id = rr.board_id AND {_LEFT_OUT.format(member="m.id")}
                      AND (m.valid_from IS NULL OR ry.value IS NULL OR m.valid_from <= ry.value)
                      AND (m.valid_to IS NULL OR m.valid_to >= ry.value)) END""",
    "last_member_date": f"""CASE WHEN rr.is_group THEN (SELECT max(ac.date) FROM answer_candidates ac
                    JOIN board_members bm ON bm.member_id = ac.board_id AND bm.group_id = rr.board_id
                    WHERE ac.referral_id = r.id AND {_LEFT_OUT.format(member="ac.board_id")}) END""",
}
# Each look-up made once a row: SQLite copies a view's or a CTE's column into every place that names it, and the
# judgement below names these up to 17 times (and a query on the view names its status and timeliness again), so
# that the view took 0.2-0.5 s to plan and ran each look-up several times a row. ``json_each``, the one FROM item
# that may read the row before it, takes them as one JSON object: made once, its fields read by name after.
_LOOKED_UP = ", ".join(f"'{name}', {sql}" for name, sql in _LOOK_UPS.items())
_LOOKED_UP_COLUMNS = ", ".join(f"json_extract(once.value, '$.{name}') AS {name}" for name in _LOOK_UPS)

# One row per referral and named recipient. A board has answered with an answer stored, else by what the referring
# document says (a Beredning's account; or another document's account of the same referral, ``_ACCOUNTS``),
# else not; a clerk's mark comes first. A group has answered when every
# member of that year has answered or declined. ``declined`` is a status of its own: where the body's answer declines
# (its decision to give no opinion, an answer's ``declines``), and where its own letter is stored (a letter that
# abstains is an answer, and the account says it declined) but takes up no measure: one that abstains on one measure
# and answers the others ("avstår från att yttra sig över åtgärd 4") has answered.
REFERRAL_STATUS = f"""
        -- the referrals as corrected, made once for the rows and the accounts in other documents
        WITH status_referrals AS MATERIALIZED (
            SELECT id, document_id, seq, report_title, report_title_key, action, reply_by, page, text, stated_answers,
                   corrections
            FROM current_referrals),
        own_cases AS MATERIALIZED ({_OWN_CASES}),
        case_dates AS MATERIALIZED ({_CASE_DATES}),
        lenders AS MATERIALIZED ({_LENDERS}),
        elsewhere AS MATERIALIZED ({_ELSEWHERE}),
        declining AS MATERIALIZED ({_DECLINING}),
        rows AS (
            SELECT r.id AS referral_id, r.document_id AS referral_document_id, r.seq AS referral_seq,
                   rr.seq AS recipient_seq, rr.name AS board_name, rr.board_id, rr.kind AS board_kind,
                   rr.is_group, r.report_title, r.action, r.page AS referral_page, rr.mark, rr.mark_date,
                   trim(coalesce(r.corrections, '') || ',' || coalesce(rr.corrections, ''), ',') AS corrections,
                   ry.value AS year, {_LOOKED_UP_COLUMNS},
                   json_extract(once.value, '$.member_counts[0]') AS members,
                   json_extract(once.value, '$.member_counts[1]') AS members_answered,
                   coalesce(r.reply_by, json_extract(once.value, '$.accounts.reply_by')) AS reply_by,
                   coalesce(rr.stated, json_extract(once.value, '$.accounts.told[0]')) AS stated,
                   CASE WHEN rr.stated IS NOT NULL THEN rr.stated_in_time
                        ELSE json_extract(once.value, '$.accounts.told[1]') END AS stated_in_time
            -- recipient first, in this order (CROSS JOIN): a board's rows are found before anything is looked up
            FROM current_recipients rr
            CROSS JOIN status_referrals r ON r.id = rr.referral_id
            CROSS JOIN documents d ON d.id = r.document_id
            CROSS JOIN json_each(json_array({_YEAR.format(r="r", d="d")})) ry  -- the referral's year, made once
            CROSS JOIN json_each(json_array(json_object({_LOOKED_UP}))) once
        ),
        judged AS (
            SELECT *,
                   CASE WHEN mark IS NOT NULL THEN 'clerk'
                        WHEN is_group AND members > 0 THEN CASE WHEN members_answered >= members THEN 'answer' END
                        WHEN direct IS NOT NULL THEN 'answer'
                        WHEN stated IN ('answered', 'declined') THEN 'summary' END AS source,
                   -- an answer that declines ("beslutar att inte lämna något yttrande") is declining; so is a stored
                   -- answer that the account says declines ("AB X avstår"), unless the body takes up measures (it
                   -- declined on some only)
                   CASE WHEN mark IS NOT NULL THEN mark = 'declined'
                        WHEN is_group AND members > 0 OR direct_codes THEN 0
                        WHEN referral_id IN (SELECT referral_id FROM declining) AND substr(direct, 66, 1) = '1' THEN 1
                        ELSE coalesce(stated = 'declined', 0) END AS declined,
                   CASE WHEN mark IS NOT NULL THEN mark_date WHEN is_group AND members > 0
                        THEN nullif(last_member_date, '') ELSE nullif(substr(direct, 68), '') END AS answer_date,
                   CASE WHEN mark IS NOT NULL OR (is_group AND members > 0) THEN NULL ELSE substr(direct, 1, 64) END
                       AS answer_document_id
            FROM rows
        )
        SELECT referral_id, referral_document_id, referral_seq, recipient_seq, board_name, board_id, board_kind,
               report_title, action, reply_by, referral_page,
               CASE WHEN declined THEN 'declined' WHEN source IS NOT NULL THEN 'answered' ELSE 'unanswered' END
                   AS status,
               CASE WHEN declined THEN NULL
                    WHEN source IS NOT NULL AND answer_date IS NOT NULL AND reply_by IS NOT NULL
                         THEN CASE WHEN answer_date <= reply_by THEN 'on_time' ELSE 'late' END
                    WHEN source IS NOT NULL AND stated_in_time IS NOT NULL  -- no date: the account's word
                         THEN CASE WHEN stated_in_time THEN 'on_time' ELSE 'late' END
                    WHEN source IS NULL AND reply_by IS NOT NULL
                         AND (reply_by < date('now') OR reply_by < case_until) THEN 'overdue'
               END AS timeliness,
               answer_document_id, answer_date, declined, source AS status_source, nullif(corrections, '')
                   AS corrections
        FROM judged
        """

# Answers that answer nothing stored, with the reason: the clerk's list to check.
UNMATCHED_ANSWERS = f"""
        SELECT a.document_id, d.filename, a.board_name, a.report_title, a.in_reply_to, a.page,
               CASE WHEN EXISTS (SELECT 1 FROM answer_candidates ac
                                 WHERE ac.answer_document_id = a.document_id AND ac.answer_seq = a.seq)
                    THEN 'the referral does not name the answering body'
                    ELSE 'no stored referral with that diarienummer or report' END AS reason
        FROM answers a JOIN documents d ON d.id = a.document_id
        WHERE NOT EXISTS (
            SELECT 1 FROM answer_candidates ac JOIN referral_recipients rr ON rr.referral_id = ac.referral_id
            WHERE ac.answer_document_id = a.document_id AND ac.answer_seq = a.seq
              AND (rr.board_id = a.board_id OR {_SAME_NAME_A} OR {_FOR_ORGANISATION}
                   OR EXISTS (SELECT 1 FROM board_members bm WHERE bm.group_id = rr.board_id
                              AND bm.member_id = a.board_id)))
        """

# How a case's documents are ordered: by date, undated last; on one day the memo before the protocol before the
# answer sent; then by file name. One sortable text, shared by the export and the case page.
_DATE_ORDER = """(CASE WHEN d.date IS NULL THEN '1' ELSE '0' || d.date END) || ' ' ||
        CASE d.kind WHEN 'kommissionsrapport' THEN 0 WHEN 'pm' THEN 1 WHEN 'tjansteutlatande' THEN 2
             WHEN 'utlatande' THEN 3 WHEN 'protokoll' THEN 4 WHEN 'yttrande' THEN 5 ELSE 6 END
        || ' ' || d.filename || ' ' || d.id"""

# One row per case and document: every relation the document has to the case (own, decides, answers, mentions).
CASE_DOCUMENTS = f"""
        SELECT dc.case_id, d.id AS document_id, group_concat(DISTINCT dc.relation) AS relations,
               d.kind, d.date, d.title, d.filename, d.version, {_DATE_ORDER} AS date_order
        FROM document_cases dc JOIN documents d ON d.id = dc.document_id
        GROUP BY dc.case_id, d.id
        """

# A case's number and title as its own documents print them: the first memo's (it names the matter; a protocol's
# title seldom does), else the number as first cited; with its first and last date. Each from the case's own rows
# (by the index on ``document_cases.case_id``): a subquery over ``case_documents`` would read every case's.
_OF_CASE = "FROM document_cases dc JOIN documents d ON d.id = dc.document_id WHERE dc.case_id = c.id"
_MEMO_FIRST = f"""CASE WHEN d.kind IN ('tjansteutlatande', 'utlatande', 'pm') THEN 0
                     WHEN d.kind = 'protokoll' THEN 2 ELSE 1 END, {_DATE_ORDER}"""
CASE_OVERVIEW = f"""
        SELECT c.id, c.key,
               coalesce((SELECT dc.number {_OF_CASE} AND dc.relation = 'own' ORDER BY {_MEMO_FIRST} LIMIT 1),
                        (SELECT dc.number {_OF_CASE} ORDER BY {_DATE_ORDER} LIMIT 1)) AS number,
               (SELECT d.title {_OF_CASE} AND dc.relation = 'own' AND d.title IS NOT NULL
                ORDER BY {_MEMO_FIRST} LIMIT 1) AS title,
               (SELECT count(DISTINCT dc.document_id) FROM document_cases dc WHERE dc.case_id = c.id) AS documents,
               (SELECT min(d.date) {_OF_CASE}) AS first_date,
               (SELECT max(d.date) {_OF_CASE}) AS last_date
        FROM cases c
        """

# The decision points a case's protocols take: every point of a protocol filed in the case, or, of a protocol whose
# §§ decide several cases, the points from the case's number on to the next § that names another.
CASE_DECISIONS = f"""
        SELECT DISTINCT dc.case_id, p.document_id, p.seq, p.number, p.text, p.decided_by, p.page, d.date,
               {_DATE_ORDER} AS date_order
        FROM document_cases dc
        JOIN documents d ON d.id = dc.document_id AND d.kind = 'protokoll'
        JOIN decision_points p ON p.document_id = dc.document_id
        WHERE dc.relation IN ('own', 'decides') AND (
            NOT EXISTS (SELECT 1 FROM document_cases x WHERE x.document_id = dc.document_id AND x.relation = 'decides')
            OR EXISTS (
                SELECT 1 FROM document_cases own
                WHERE own.document_id = dc.document_id AND own.case_id = dc.case_id AND own.relation = 'decides'
                  AND {PLACE.format(t="p")} >= {PLACE.format(t="own")}
                  AND NOT EXISTS (
                      SELECT 1 FROM document_cases other
                      WHERE other.document_id = dc.document_id AND other.relation = 'decides'
                        AND other.case_id != dc.case_id
                        AND {PLACE.format(t="other")} > {PLACE.format(t="own")}
                        AND {PLACE.format(t="other")} <= {PLACE.format(t="p")})))
        """

# Every view, each after the views it reads.
VIEWS = {
    **CURRENT_VIEWS,
    "answer_candidates": ANSWER_CANDIDATES,
    "unknown_boards": UNKNOWN_BOARDS,
    "board_expansion": BOARD_EXPANSION,
    "report_documents": REPORT_DOCUMENTS,
    "referral_years": REFERRAL_YEARS,
    "referral_measures": REFERRAL_MEASURES,
    "unresolved_references": UNRESOLVED_REFERENCES,
    "referral_matrix": REFERRAL_MATRIX,
    "referral_status": REFERRAL_STATUS,
    "unmatched_answers": UNMATCHED_ANSWERS,
    "case_documents": CASE_DOCUMENTS,
    "case_overview": CASE_OVERVIEW,
    "case_decisions": CASE_DECISIONS,
}


def drop_views(db: Database) -> None:
    for name in db.view_names():
        db.execute(f"DROP VIEW [{name}]")


def ensure_views(db: Database) -> None:
    """Every view as defined here, made anew (a view of the same name, from an older atgard, is replaced)."""
    for name, sql in VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS [{name}]")
        db.create_view(name, sql)
