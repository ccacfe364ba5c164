"""The SQL of the referral-tracking views (migrations 7, 10, 11, 12), as shipped: never edited, a change is a new
migration."""

ANSWER_CANDIDATES_SQL = """
        SELECT a.document_id AS answer_document_id, a.seq AS answer_seq, a.board_id, a.board_name, a.date,
               r.id AS referral_id, r.document_id AS referral_document_id
        FROM answers a
        JOIN referrals r ON r.document_id != a.document_id
        JOIN documents rd ON rd.id = r.document_id
        WHERE (a.in_reply_to IS NOT NULL AND rd.diarienummer IS NOT NULL
               AND instr(replace(lower(a.in_reply_to), ' ', ''), replace(lower(rd.diarienummer), ' ', '')) > 0
               AND (a.report_title_key IS NULL OR r.report_title_key IS NULL
                    OR a.report_title_key = r.report_title_key))
           OR (a.in_reply_to IS NULL AND a.report_title_key IS NOT NULL AND a.report_title_key = r.report_title_key)
        """

REFERRAL_STATUS_SQL = """
        WITH rows AS (
            SELECT r.id AS referral_id, r.document_id AS referral_document_id, r.seq AS referral_seq,
                   rr.seq AS recipient_seq, rr.name AS board_name, rr.board_id, rr.kind AS board_kind,
                   rr.is_group, r.report_title, r.action, r.reply_by, r.page AS referral_page,
                   coalesce(d.year, CAST(substr(d.date, 1, 4) AS INTEGER)) AS year,
                   (SELECT ac.answer_document_id || '|' || coalesce(ac.date, '')
                    FROM answer_candidates ac
                    WHERE ac.referral_id = r.id
                      AND (ac.board_id = rr.board_id OR lower(ac.board_name) = lower(rr.name))
                    ORDER BY ac.date LIMIT 1) AS direct,
                   (SELECT count(*) FROM board_members bm JOIN boards m ON m.id = bm.member_id
                    WHERE bm.group_id = rr.board_id
                      AND (m.valid_from IS NULL OR d.year IS NULL OR m.valid_from <= d.year)
                      AND (m.valid_to IS NULL OR (d.year IS NOT NULL AND m.valid_to >= d.year))) AS members,
                   (SELECT count(DISTINCT ac.board_id) FROM answer_candidates ac
                    JOIN board_members bm ON bm.member_id = ac.board_id AND bm.group_id = rr.board_id
                    WHERE ac.referral_id = r.id) AS members_answered,
                   (SELECT max(ac.date) FROM answer_candidates ac
                    JOIN board_members bm ON bm.member_id = ac.board_id AND bm.group_id = rr.board_id
                    WHERE ac.referral_id = r.id) AS last_member_date
            FROM referrals r
            JOIN documents d ON d.id = r.document_id
            JOIN referral_recipients rr ON rr.referral_id = r.id
        ),
        judged AS (
            SELECT *,
                   CASE WHEN is_group AND members > 0 THEN members_answered >= members
                        ELSE direct IS NOT NULL END AS answered,
                   CASE WHEN is_group AND members > 0 THEN nullif(last_member_date, '')
                        ELSE nullif(substr(direct, 66), '') END AS answer_date,
                   CASE WHEN is_group AND members > 0 THEN NULL ELSE substr(direct, 1, 64) END AS answer_document_id
            FROM rows
        )
        SELECT referral_id, referral_document_id, referral_seq, recipient_seq, board_name, board_id, board_kind,
               report_title, action, reply_by, referral_page,
               CASE WHEN answered THEN 'answered' ELSE 'unanswered' END AS status,
               CASE WHEN answered AND answer_date IS NOT NULL AND reply_by IS NOT NULL
                         THEN CASE WHEN answer_date <= reply_by THEN 'on_time' ELSE 'late' END
                    WHEN NOT answered AND reply_by IS NOT NULL AND reply_by < date('now') THEN 'overdue'
               END AS timeliness,
               answer_document_id, answer_date
        FROM judged
        """

UNMATCHED_ANSWERS_SQL = """
        SELECT a.document_id, d.filename, a.board_name, a.report_title, a.in_reply_to, a.page,
               CASE WHEN EXISTS (SELECT 1 FROM answer_candidates ac
                                 WHERE ac.answer_document_id = a.document_id AND ac.answer_seq = a.seq)
                    THEN 'the referral does not name the answering body'
                    ELSE 'no stored referral with that diarienummer or report' END AS reason
        FROM answers a JOIN documents d ON d.id = a.document_id
        WHERE NOT EXISTS (
            SELECT 1 FROM answer_candidates ac JOIN referral_recipients rr ON rr.referral_id = ac.referral_id
            WHERE ac.answer_document_id = a.document_id AND ac.answer_seq = a.seq
              AND (rr.board_id = a.board_id OR lower(rr.name) = lower(a.board_name)
                   OR EXISTS (SELECT 1 FROM board_members bm WHERE bm.group_id = rr.board_id
                              AND bm.member_id = a.board_id)))
        """

# Migration 10: the candidates are kept as a table, written when either side is stored (answers are never
# deleted or changed, so inserting is all there is to keep). The view over every answer and every referral
# compared case numbers with instr() on each pair: 2 s at 1,000 answers and 2,000 referrals, the
# publication's time limit. The same condition, for one stored document's answers or referrals at a time.
ANSWER_LINKS_COLUMNS = "answer_document_id, answer_seq, board_id, board_name, date, referral_id, referral_document_id"
_ANSWER_LINKS_OF = f"""
        INSERT INTO answer_links ({ANSWER_LINKS_COLUMNS})
        SELECT * FROM ({ANSWER_CANDIDATES_SQL}) WHERE {{side}} = :document_id
        """
ANSWER_LINKS_OF_ANSWERS_SQL = _ANSWER_LINKS_OF.format(side="answer_document_id")
ANSWER_LINKS_OF_REFERRALS_SQL = _ANSWER_LINKS_OF.format(side="referral_document_id")
ANSWER_CANDIDATES_TABLE_SQL = f"INSERT INTO answer_links ({ANSWER_LINKS_COLUMNS}) {ANSWER_CANDIDATES_SQL}"
ANSWER_LINKS_VIEW_SQL = f"SELECT {ANSWER_LINKS_COLUMNS} FROM answer_links"


# Migration 11: a group's members a referral leaves out ("samtliga stadsdelsnämnder utom Norrmalms", the
# recipient's ``excluding``, JSON) neither count for the group's status nor owe an answer themselves.
_LEFT_OUT = "NOT EXISTS (SELECT 1 FROM json_each(rr.excluding) x WHERE json_extract(x.value, '$.board_id') = {member})"
REFERRAL_STATUS_EXCLUDING_SQL = f"""
        WITH rows AS (
            SELECT r.id AS referral_id, r.document_id AS referral_document_id, r.seq AS referral_seq,
                   rr.seq AS recipient_seq, rr.name AS board_name, rr.board_id, rr.kind AS board_kind,
                   rr.is_group, r.report_title, r.action, r.reply_by, r.page AS referral_page,
                   coalesce(d.year, CAST(substr(d.date, 1, 4) AS INTEGER)) AS year,
                   (SELECT ac.answer_document_id || '|' || coalesce(ac.date, '')
                    FROM answer_candidates ac
                    WHERE ac.referral_id = r.id
                      AND (ac.board_id = rr.board_id OR lower(ac.board_name) = lower(rr.name))
                    ORDER BY ac.date LIMIT 1) AS direct,
                   (SELECT count(*) FROM board_members bm JOIN boards m ON m.id = bm.member_id
                    WHERE bm.group_id = rr.board_id AND {_LEFT_OUT.format(member="m.id")}
                      AND (m.valid_from IS NULL OR d.year IS NULL OR m.valid_from <= d.year)
                      AND (m.valid_to IS NULL OR (d.year IS NOT NULL AND m.valid_to >= d.year))) AS members,
                   (SELECT count(DISTINCT ac.board_id) FROM answer_candidates ac
                    JOIN board_members bm ON bm.member_id = ac.board_id AND bm.group_id = rr.board_id
                    WHERE ac.referral_id = r.id AND {_LEFT_OUT.format(member="ac.board_id")}) AS members_answered,
                   (SELECT max(ac.date) FROM answer_candidates ac
                    JOIN board_members bm ON bm.member_id = ac.board_id AND bm.group_id = rr.board_id
                    WHERE ac.referral_id = r.id AND {_LEFT_OUT.format(member="ac.board_id")}) AS last_member_date
            FROM referrals r
            JOIN documents d ON d.id = r.document_id
            JOIN referral_recipients rr ON rr.referral_id = r.id
        ),
        judged AS (
            SELECT *,
                   CASE WHEN is_group AND members > 0 THEN members_answered >= members
                        ELSE direct IS NOT NULL END AS answered,
                   CASE WHEN is_group AND members > 0 THEN nullif(last_member_date, '')
                        ELSE nullif(substr(direct, 66), '') END AS answer_date,
                   CASE WHEN is_group AND members > 0 THEN NULL ELSE substr(direct, 1, 64) END AS answer_document_id
            FROM rows
        )
        SELECT referral_id, referral_document_id, referral_seq, recipient_seq, board_name, board_id, board_kind,
               report_title, action, reply_by, referral_page,
               CASE WHEN answered THEN 'answered' ELSE 'unanswered' END AS status,
               CASE WHEN answered AND answer_date IS NOT NULL AND reply_by IS NOT NULL
                         THEN CASE WHEN answer_date <= reply_by THEN 'on_time' ELSE 'late' END
                    WHEN NOT answered AND reply_by IS NOT NULL AND reply_by < date('now') THEN 'overdue'
               END AS timeliness,
               answer_document_id, answer_date
        FROM judged
        """
_IN_YEAR = """(e.via_id IS NULL OR (
        (e.valid_from IS NULL OR {year} IS NULL OR e.valid_from <= {year})
        AND (e.valid_to IS NULL OR ({year} IS NOT NULL AND e.valid_to >= {year}))))"""
REFERRAL_MATRIX_EXCLUDING_SQL = f"""
        SELECT m.id AS measure_id, m.report_title, m.code AS measure_code, m.document_id AS measure_document_id,
               coalesce(e.member_id, mr.board_id) AS board_id, coalesce(mb.name, mr.name) AS board_name,
               'responsible' AS role, via.name AS via, m.document_id AS source_document_id, m.page AS source_page
        FROM measures m
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
        FROM referrals r
        JOIN documents rd ON rd.id = r.document_id
        JOIN report_documents rep ON rep.title_key = r.report_title_key
        JOIN measures m ON m.document_id = rep.document_id AND m.code IS NOT NULL
        JOIN referral_recipients rr ON rr.referral_id = r.id
        LEFT JOIN board_expansion e ON e.board_id = rr.board_id AND {_LEFT_OUT.format(member="e.member_id")}
        LEFT JOIN boards mb ON mb.id = e.member_id
        LEFT JOIN boards via ON via.id = e.via_id
        WHERE (r.scope = 'report' OR m.code IN (SELECT code FROM referral_measure_codes WHERE referral_id = r.id))
          AND {_IN_YEAR.format(year="coalesce(rd.year, rep.year)")}
        """


# Migration 12: an answer's case number matched with spaces and dashes left out ("KS-2026/1122" is "KS 2026/1122")
# and not as the start of a longer number ("KS 2026/11" is not "KS 2026/1122"); with it, a report title that begins
# the other's is the same report ("Trygg i hela staden", "Trygg i hela staden – kommissionens slutrapport").
_CASE = "replace(replace(lower({}), ' ', ''), '-', '')"
_PRINTED, _OWN = _CASE.format("a.in_reply_to"), _CASE.format("rd.diarienummer")
ANSWER_CANDIDATES_LOOSE_SQL = f"""
        SELECT a.document_id AS answer_document_id, a.seq AS answer_seq, a.board_id, a.board_name, a.date,
               r.id AS referral_id, r.document_id AS referral_document_id
        FROM answers a
        JOIN referrals r ON r.document_id != a.document_id
        JOIN documents rd ON rd.id = r.document_id
        WHERE (a.in_reply_to IS NOT NULL AND rd.diarienummer IS NOT NULL
               AND instr({_PRINTED}, {_OWN}) > 0
               AND substr({_PRINTED}, instr({_PRINTED}, {_OWN}) + length({_OWN}), 1) NOT GLOB '[0-9]'
               AND (a.report_title_key IS NULL OR r.report_title_key IS NULL
                    OR instr(a.report_title_key, r.report_title_key) = 1
                    OR instr(r.report_title_key, a.report_title_key) = 1))
           OR (a.in_reply_to IS NULL AND a.report_title_key IS NOT NULL AND a.report_title_key = r.report_title_key)
        """
_LOOSE_LINKS_OF = f"""
        INSERT INTO answer_links ({ANSWER_LINKS_COLUMNS})
        SELECT * FROM ({ANSWER_CANDIDATES_LOOSE_SQL}) WHERE {{side}} = :document_id
        """
LOOSE_LINKS_OF_ANSWERS_SQL = _LOOSE_LINKS_OF.format(side="answer_document_id")
LOOSE_LINKS_OF_REFERRALS_SQL = _LOOSE_LINKS_OF.format(side="referral_document_id")
LOOSE_LINKS_TABLE_SQL = f"INSERT INTO answer_links ({ANSWER_LINKS_COLUMNS}) {ANSWER_CANDIDATES_LOOSE_SQL}"
