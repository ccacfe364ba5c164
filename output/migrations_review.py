"""Migrations from m014 on (``migrations.py`` holds m001–m013 and the list of them all): shipped ones are never edited.

m014: each item's evidence (confidence, reasons, rules), a document's unexplained cues, the clerks'
corrections, the audit log of every write from the browser, and the PDFs uploaded there. m015: the year of each
referral (a group's members that year). m016: what a document says each body did (stated answers). m017: an index
for the year of a report's referrals. m018–m022 remake the status views only: a faster look-up of another
document's account (m018), the case's other documents and an account's timeliness (m019), an opinion's account
telling the implementation row (m020), a stored letter the account says declined (m021), only when it takes up no
measure (m022), a company asked through its parent answered by the parent's answer (m023). m024: whether an answer
declines (its own decision to give no opinion), which the status reads. m025 remakes the views to be quick to plan.
m026 remakes them so that a clerk's corrections of the items a clerk added apply. m029 remakes the status to be quick at
100,000 measures.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

_EVIDENCE_TABLES = ("documents", "referrals", "measures", "decision_points", "answers")
_LOCATED = {"page": int, "x0": float, "top": float, "x1": float, "bottom": float, "boxes": str}


def m014_evidence_and_corrections(db: Database) -> None:
    """How sure the extraction is of each item; the clerks' corrections, kept apart from the machine's rows."""
    for table in _EVIDENCE_TABLES:
        db.table(table).add_column("confidence", str)  # sure, unsure; NULL: stored by an older atgard
        db.table(table).add_column("reasons", str, not_null_default="[]")  # JSON list
        db.table(table).add_column("rules", str, not_null_default="[]")  # JSON list
        db.table(table).create_index(["confidence"])
    db.table("cues").create(
        {"document_id": str, "seq": int, "text": str, "cue": str, "section": str, "in_item_section": int}
        | _LOCATED
        | {"extractor_version": str},
        pk=("document_id", "seq"),
        foreign_keys=[("document_id", "documents", "id")],
    )
    _m014_corrections(db)
    db.table("audit_log").create(
        {"number": int, "at": str, "who": str, "role": str, "action": str, "target": str, "detail": str},
        pk="number",
        not_null={"at", "who", "action"},
    )
    db.table("uploads").create(
        {
            "number": int,
            "filename": str,
            "size": int,
            "who": str,
            "at": str,
            "state": str,  # waiting, reading, done, failed
            "message": str,  # the CLI's one line: what was stored, or the error
            "document_id": str,
            "finished_at": str,
        },
        pk="number",
        not_null={"filename", "who", "at", "state"},
    )


def _m014_corrections(db: Database) -> None:
    """The corrections: never written by ingest, never deleted (an earlier one is withdrawn by a later one)."""
    db.table("corrections").create(
        {
            "number": int,  # the order they were made in
            "id": str,  # correction-<20 hex>, kept by export and import
            "target": str,  # the target's stable id, or the document's sha256, or a correction's id (withdraw)
            "target_kind": str,  # document, referral, recipient, measure, decision_point, answer, correction
            "document_id": str,
            "item_seq": int,  # the item's place in its document (NULL for the document itself)
            "sub_seq": int,  # a recipient's place in its referral
            "action": str,
            "field": str,
            "value": str,  # JSON
            "target_text": str,
            "who": str,
            "at": str,
            "why": str,
        },
        pk="number",
        not_null={"id", "target", "target_kind", "document_id", "action", "who", "at", "why"},
    )
    db.table("corrections").create_index(["id"], unique=True)
    db.table("corrections").create_index(["target_kind", "document_id", "item_seq", "sub_seq"])
    db.table("corrections").create_index(["target"])


def m015_referral_years(db: Database) -> None:
    """No table changes: the view ``referral_years`` (one rule for the year a referral was made, so a group's
    members agree on every page) is new, and the views are made anew after migrating. The number tells the
    read-only commands that a database of m014 has older views."""


def m016_stated_answers(db: Database) -> None:
    """What a document says became of a referral (a Beredning's "A har yttrat sig", "B avstår"): the status
    reads it where no answer is stored, and ``declined`` is a status of its own."""
    db.table("referrals").add_column("recounted", int, not_null_default=0)
    db.table("referrals").add_column("stated_answers", str, not_null_default="[]")  # JSON list


def m017_report_year_index(db: Database) -> None:
    """A report found by its title key among the documents of its kind: ``referral_years`` asks for the year of a
    referral's report where its own document gives none, once per referral. With only ``title_key`` and ``kind``
    indexed apart, SQLite read every report for each (the home page's counts: 0.4 s at 2,000 referrals, now 0.03 s)."""
    db.table("documents").create_index(["title_key", "kind"], if_not_exists=True)


def m018_faster_referral_status(db: Database) -> None:
    """No step of its own: the view ``referral_status`` is made anew (its recipients read first, the same referral
    in other documents looked up in one table made for the query; 2,000 referrals filtered by board 0.35 -> 0.10 s).
    The new version tells a read-only command that the database's views are out of date."""


def m019_status_by_case(db: Database) -> None:
    """No step of its own: the view ``referral_status`` is made anew (another document of the referral's own case
    that tells it again lends its stated outcome whatever it calls the report; a reply date is past when a
    document of the case is dated after it; an account that says the answer came "inom remisstiden" or after it
    gives the summary's timeliness). The new version tells a read-only command that the database's views are out
    of date."""


def m020_status_implementation_by_opinion(db: Database) -> None:
    """No step of its own: the view ``referral_status`` is made anew (an account of a body's opinion in another
    document tells of its implementation row of the same referral too, where no account of that action is found).
    The new version tells a read-only command that the database's views are out of date."""


def m021_status_declined_by_letter(db: Database) -> None:
    """No step of its own: the view ``referral_status`` is made anew (a body whose own letter is stored and that
    the account says declined, "AB Stockholmshem avstår", is ``declined``, not answered). The new version tells a
    read-only command that the database's views are out of date."""


def m022_status_declined_letter_without_codes(db: Database) -> None:
    """No step of its own: the view ``referral_status`` is made anew (a stored letter the account says declined is
    ``declined`` only when it takes up no measure; one that abstains on a measure and answers the others has
    answered). The new version tells a read-only command that the database's views are out of date."""


def m023_status_through_parent(db: Database) -> None:
    """No step of its own: the view ``referral_status`` is made anew (a company asked through its parent, "genom
    Stockholms Stadshus AB", "via …", "…, som i sin tur", is answered by the parent's answer to the referral; not a
    company listed beside its parent, nor one whose parent is itself a recipient, nor an office). The new version
    tells a read-only command that the database's views are out of date."""


def m024_declining_answers(db: Database) -> None:
    """Whether an answer declines: the body's own decision to give no opinion on the remiss ("Kultur- och
    fritidsnämnden beslutar att inte lämna något yttrande över remissen"). The view ``referral_status`` is made anew:
    a declining answer gives ``declined``, with no timeliness. Answers stored before it decline nowhere until their
    documents are read anew."""
    db.table("answers").add_column("declines", int, not_null_default=0)
    # carried in the links too, where the status reads it without a join (every stored answer declines nowhere yet)
    db.table("answer_links").add_column("declines", int, not_null_default=0)


def m025_views_planned_once(db: Database) -> None:
    """No step of its own: the views are made anew, with the same rows, quick to plan. SQLite copies a view or a CTE
    into every place that names it, and a column's expression into every place that reads it: ``referral_status`` read
    its look-ups up to 17 times, each look-up of a correction held the state of every correction, so that preparing
    it on a new connection took 0.2 s, and a case page's query on it 0.5 s (a first request past Datasette's 2 s limit
    on a busy machine). Each status row's look-ups are made once (``json_each``), a correction's state is tested for
    its target's kind only, a recipient's board and mark are joined once, another document's accounts are read in one
    look-up, not six, and a referral's year once (the status, the matrix). The new version tells a read-only command
    that the database's views are out of date."""


def m026_corrections_of_added_items(db: Database) -> None:
    """No step of its own: the current views are made anew so that a clerk's corrections of an item a clerk added
    apply (a reply date set on an added referral, its rejection, a recipient added to it, a mark or a rejection of
    one of its recipients): each look-up of an added item's corrections compared a correction with itself. The new
    version tells a read-only command that the database's views are out of date."""


def m027_answers_for_an_organisation(db: Database) -> None:
    """The municipality or region an executive board's answer is given for (``answers.organisation``: "Kristianstads
    kommun" for its kommunstyrelse's yttrande, "Region Östergötland" for its regionstyrelse's protocol), carried in
    the links by its key, so that a remiss to the organisation is answered; and the links made anew, an answer now
    also paired with a protocol's referral by the case its § decides. Answers stored before it answer for no
    organisation until their documents are read anew."""
    db.table("answers").add_column("organisation", str)
    db.table("answer_links").add_column("organisation_key", str)
    db.execute("DELETE FROM answer_links")
    db.execute(_INSERT_LINKS_027)


# Every answer's links as m027 wrote them (today's, for the documents stored from now on, is
# ``views.ANSWER_REFERRAL_PAIRS``).
_OWN_027, _OTHER_027, _R_027 = (f"({t}.page * 100000 + coalesce({t}.top, 0))" for t in ("own", "other", "r"))
_COLUMNS_027 = """answer_document_id, answer_seq, board_id, board_name, date, referral_id, referral_document_id,
                   declines, organisation_key"""
_PAIRS_027 = f"""
        SELECT a.document_id AS answer_document_id, a.seq AS answer_seq, a.board_id, a.board_name, a.date,
               r.id AS referral_id, r.document_id AS referral_document_id, a.declines, NULL AS organisation_key
        FROM answers a
        JOIN referrals r ON r.document_id != a.document_id
        JOIN documents rd ON rd.id = r.document_id
        WHERE (a.in_reply_to IS NOT NULL
               AND ((rd.diarienummer IS NOT NULL AND case_key(a.in_reply_to) = case_key(rd.diarienummer))
                    OR EXISTS (
                        SELECT 1 FROM document_cases own JOIN cases c ON c.id = own.case_id
                        WHERE own.document_id = r.document_id AND own.relation = 'decides'
                          AND c.key = case_key(a.in_reply_to) AND {_OWN_027} <= {_R_027}
                          AND NOT EXISTS (
                              SELECT 1 FROM document_cases other
                              WHERE other.document_id = r.document_id AND other.relation = 'decides'
                                AND {_OTHER_027} > {_OWN_027}
                                AND {_OTHER_027} <= {_R_027})))
               AND (a.report_title_key IS NULL OR r.report_title_key IS NULL
                    OR instr(a.report_title_key, r.report_title_key) = 1
                    OR instr(r.report_title_key, a.report_title_key) = 1))
           OR (a.in_reply_to IS NULL AND a.report_title_key IS NOT NULL AND a.report_title_key = r.report_title_key)
        """
_INSERT_LINKS_027 = f"INSERT INTO answer_links ({_COLUMNS_027}) {_PAIRS_027}"


def m028_links_of_a_protocol_stored_after_its_answers(db: Database) -> None:
    """The links a protocol's referral missed when an answer to it was stored first: its § cases were stored after
    its links were made, so no § case paired the answer (store.save_items stores them first now). The missing pairs
    are added as m027 made them, and every link without its organisation's key gets its answer's."""
    db.execute(
        f"""INSERT INTO answer_links ({_COLUMNS_027})
            SELECT * FROM ({_PAIRS_027}) p
            WHERE NOT EXISTS (
                SELECT 1 FROM answer_links l
                WHERE l.answer_document_id = p.answer_document_id AND l.answer_seq = p.answer_seq
                  AND l.referral_id = p.referral_id)"""
    )
    db.execute(
        f"""UPDATE answer_links SET organisation_key = (
                SELECT {_ORGANISATION_KEY_028} FROM answers a
                WHERE a.document_id = answer_links.answer_document_id AND a.seq = answer_links.answer_seq)
            WHERE organisation_key IS NULL"""
    )


# An organisation's key as m028 wrote it (today's is ``answer_links.ORGANISATION_KEY``).
_ORGANISATION_KEY_028 = """(CASE WHEN a.organisation LIKE 'region %' OR a.organisation LIKE '%regionen'
                              THEN lower(a.organisation)
                         WHEN a.organisation LIKE '% kommun'
                              THEN rtrim(lower(substr(a.organisation, 1, length(a.organisation) - 7)), 's')
                         WHEN a.organisation LIKE '% stad'
                              THEN rtrim(lower(substr(a.organisation, 1, length(a.organisation) - 5)), 's') END)"""


def m029_status_quicker_at_scale(db: Database) -> None:
    """No step of its own: the view ``referral_status`` is made anew, with the same rows, quicker at 100,000 measures:
    whether a referral lends its reply date or tells what a body did is tested once a referral (not once for each of
    its recipients), and the date a case's documents reach is looked up only where a reply date has not passed today.
    The new version tells a read-only command that the database's views are out of date."""


def m030_status_names_without_short_forms(db: Database) -> None:
    """No step of its own: the views are made anew so that a recipient a list named with its short form after it
    ("Sveriges meteorologiska och hydrologiska institut (SMHI)") is answered by its answer under its name alone. The new
    version tells a read-only command that the database's views are out of date."""


# The migrations of this module, in order, appended to those of ``migrations``.
LATER_MIGRATIONS: list[Callable[[Database], None]] = [
    m014_evidence_and_corrections,
    m015_referral_years,
    m016_stated_answers,
    m017_report_year_index,
    m018_faster_referral_status,
    m019_status_by_case,
    m020_status_implementation_by_opinion,
    m021_status_declined_by_letter,
    m022_status_declined_letter_without_codes,
    m023_status_through_parent,
    m024_declining_answers,
    m025_views_planned_once,
    m026_corrections_of_added_items,
    m027_answers_for_an_organisation,
    m028_links_of_a_protocol_stored_after_its_answers,
    m029_status_quicker_at_scale,
    m030_status_names_without_short_forms,
]
