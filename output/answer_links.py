"""The links of answers to the referrals they may answer (``answer_links``): which pairs, and the SQL that keeps them.

Comparing every answer with every referral on each query took over 2 s at 2,000 referrals (``make bench``), so the
pairs are stored when either side is, and the status reads them (``views``, ``current.ANSWER_CANDIDATES``).
"""

from __future__ import annotations

# Where an item stands in its document, as one number: page, then distance from the top.
PLACE = "({t}.page * 100000 + coalesce({t}.top, 0))"

# An answer and the referrals it may answer, as stored in ``answer_links`` (comparing every answer with every
# referral on each query took over 2 s at 2,000 referrals, the publication's time limit: ``make bench``).
# Whether the answer declines rides along (m024): the status's look-up of the first answer reads it without a join to
# ``answers`` (that join cost a third of ``referral_status``'s time at 100,000 measures).
ANSWER_LINKS_COLUMNS = (
    "answer_document_id, answer_seq, board_id, board_name, date, referral_id, referral_document_id, declines, "
    "organisation_key"
)
# What the names of one municipality or region share ({name}): the town without its genitive and its noun, or the
# region as named, lower case; NULL for any other body. The state writes "Stockholms kommun" for the city's
# "Stockholms stad"; a remiss to "Kristianstads kommun" is answered by its kommunstyrelse, whose answer names the
# organisation it answers for (``answers.organisation``, "Kristianstads kommun"), and one to "Region Östergötland"
# by its regionstyrelse. SQL alone, so that the views read in any SQLite.
ORGANISATION_KEY = """(CASE WHEN {name} LIKE 'region %' OR {name} LIKE '%regionen' THEN lower({name})
                   WHEN {name} LIKE '% kommun' THEN rtrim(lower(substr({name}, 1, length({name}) - 7)), 's')
                   WHEN {name} LIKE '% stad' THEN rtrim(lower(substr({name}, 1, length({name}) - 5)), 's') END)"""
# The case a protocol's § decides, where the referral stands (``r``): the case the protocol cites as decided
# last above it ("§ 84 Remiss av förslag till Trafikstrategi … / Dnr KS-2027-0318" over "att remittera förslaget till
# …"), the case an answer to it cites (``a.in_reply_to``).
DECIDED_IN_PARAGRAPH = f"""EXISTS (
                        SELECT 1 FROM document_cases own JOIN cases c ON c.id = own.case_id
                        WHERE own.document_id = r.document_id AND own.relation = 'decides'
                          AND c.key = case_key(a.in_reply_to) AND {PLACE.format(t="own")} <= {PLACE.format(t="r")}
                          AND NOT EXISTS (
                              SELECT 1 FROM document_cases other
                              WHERE other.document_id = r.document_id AND other.relation = 'decides'
                                AND {PLACE.format(t="other")} > {PLACE.format(t="own")}
                                AND {PLACE.format(t="other")} <= {PLACE.format(t="r")}))"""


# Each answer with every referral it may answer: the referring memo's case number as the answer prints it
# (however its spaces, dashes and zeros are printed; "KS 2026/11" is not "KS 2026/1122"), with the same report
# or one whose title begins the other's ("Trygg i hela staden", "Trygg i hela staden – kommissionens
# slutrapport"); or, when the answer prints no case number, the same report. Never a referral of the answer itself.
ANSWER_REFERRAL_PAIRS = f"""
        SELECT a.document_id AS answer_document_id, a.seq AS answer_seq, a.board_id, a.board_name, a.date,
               r.id AS referral_id, r.document_id AS referral_document_id, a.declines,
               {ORGANISATION_KEY.format(name="a.organisation")} AS organisation_key
        FROM answers a
        JOIN referrals r ON r.document_id != a.document_id
        JOIN documents rd ON rd.id = r.document_id
        WHERE (a.in_reply_to IS NOT NULL
               AND ((rd.diarienummer IS NOT NULL AND case_key(a.in_reply_to) = case_key(rd.diarienummer))
                    OR {DECIDED_IN_PARAGRAPH})
               AND (a.report_title_key IS NULL OR r.report_title_key IS NULL
                    OR instr(a.report_title_key, r.report_title_key) = 1
                    OR instr(r.report_title_key, a.report_title_key) = 1))
           OR (a.in_reply_to IS NULL AND a.report_title_key IS NOT NULL AND a.report_title_key = r.report_title_key)
        """
# The links of one stored document (``:document_id``), written when either side is stored: answers are never
# deleted or changed, so inserting is all there is to keep. Each side's pairs are tested among its candidates only,
# those of the same report or case: every pair with every stored referral or answer, tested, took a third of a
# memo's store at 300 documents, and more with each document stored. A case an answer cites is its document's
# ``answers`` case, and a referral's document is filed in its own case or decides it (``document_cases``, stored
# before the links: ``cases.case_links``). The pairs are written in the order the test of every pair wrote them
# (referral, then answer as stored), which decides between answers of one date.
_CANDIDATE_REFERRALS = """referral_id IN (
            SELECT x.id FROM answers xa JOIN referrals x ON x.report_title_key = xa.report_title_key
            WHERE xa.document_id = :document_id
            UNION ALL
            SELECT x.id FROM answers xa JOIN cases c ON c.key = case_key(xa.in_reply_to)
            JOIN document_cases dc ON dc.case_id = c.id JOIN referrals x ON x.document_id = dc.document_id
            WHERE xa.document_id = :document_id)"""
_CANDIDATE_ANSWERS = """answer_document_id IN (
            SELECT xa.document_id FROM referrals x JOIN answers xa ON xa.report_title_key = x.report_title_key
            WHERE x.document_id = :document_id
            UNION ALL
            SELECT da.document_id FROM document_cases dr
            JOIN document_cases da ON da.case_id = dr.case_id AND da.relation = 'answers'
            WHERE dr.document_id = :document_id)"""
_LINKS_OF = f"""
        INSERT INTO answer_links ({ANSWER_LINKS_COLUMNS})
        SELECT * FROM ({ANSWER_REFERRAL_PAIRS}) WHERE {{side}} = :document_id AND {{candidates}}
        ORDER BY referral_id, (SELECT sa.rowid FROM answers sa WHERE sa.document_id = answer_document_id
                               AND sa.seq = answer_seq)
        """
INSERT_LINKS_OF_ANSWERS = _LINKS_OF.format(side="answer_document_id", candidates=_CANDIDATE_REFERRALS)
INSERT_LINKS_OF_REFERRALS = _LINKS_OF.format(side="referral_document_id", candidates=_CANDIDATE_ANSWERS)
