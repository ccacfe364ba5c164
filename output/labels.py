"""The Swedish words of the clerk's pages: every stored code (opinion, answered, district_committee …) has one
label here, and days left or overdue are written one way everywhere (pages, downloads, the Jinja filters).
"""

from __future__ import annotations

ROLES = {
    "opinion": "yttrande",
    "implementation": "genomförande",
    "responsible": "ansvarig",
}
ROLE_LETTERS = {"responsible": "A", "implementation": "G", "opinion": "Y"}  # the report grid's cells
SCOPES = {"report": "hela rapporten", "measures": "vissa åtgärder"}
PRIORITIES = {"primary": "i första hand"}
BOARD_KINDS = {
    "council": "kommunfullmäktige",
    "executive_board": "kommunstyrelse",
    "committee": "facknämnd",
    "district_committee": "stadsdelsnämnd",
    "company": "bolag",
    "group": "grupp",
    "office": "förvaltning",
    "external": "utanför staden",
    "unknown": "okänd",
}
DOCUMENT_KINDS = {
    "tjansteutlatande": "tjänsteutlåtande",
    "utlatande": "utlåtande",
    "pm": "promemoria",
    "kommissionsrapport": "kommissionsrapport",
    "yttrande": "yttrande",
    "protokoll": "protokoll",
}
CASE_RELATIONS = {
    "own": "diarieförd i ärendet",
    "decides": "beslut i ärendet",
    "answers": "svar i ärendet",
    "mentions": "nämner ärendet",
}
# An answer's state: (status, timeliness) as the export has them, in the clerk's words.
_STATES = {
    ("answered", "on_time"): "besvarad i tid",
    ("answered", "late"): "besvarad för sent",
    ("answered", None): "besvarad",
    ("unanswered", "overdue"): "försenad",
    ("unanswered", None): "obesvarad",
    ("declined", None): "avstod från att svara",
}
# What an answer does, on the document's and the answer's page: gives its opinion, or declines to (``declines``).
ANSWER_VERBS = {False: "svarar", True: "avstår från att svara"}


def answer_verb(declines: object) -> str:
    """
    >>> answer_verb(0), answer_verb(1)
    ('svarar', 'avstår från att svara')
    """
    return ANSWER_VERBS[bool(declines)]


def role(code: str | None) -> str:
    """
    >>> role("opinion"), role("implementation"), role("responsible"), role(None)
    ('yttrande', 'genomförande', 'ansvarig', '')
    """
    return ROLES.get(code or "", code or "")


def relations(codes: str | None) -> str:
    """A document's relations to a case ("own,decides"), in words and in a fixed order.

    >>> relations("decides,own"), relations(None)
    ('diarieförd i ärendet, beslut i ärendet', '')
    """
    given = (codes or "").split(",")
    return ", ".join(words for code, words in CASE_RELATIONS.items() if code in given)


def board_kind(code: str | None) -> str:
    """
    >>> board_kind("district_committee"), board_kind("company")
    ('stadsdelsnämnd', 'bolag')
    """
    return BOARD_KINDS.get(code or "", "")


def document_kind(code: str | None) -> str:
    """
    >>> document_kind("tjansteutlatande"), document_kind("other")
    ('tjänsteutlåtande', 'handling')
    """
    return DOCUMENT_KINDS.get(code or "", "handling")


def state(status: str | None, timeliness: str | None) -> str:
    """An answer's state in words.

    >>> state("unanswered", "overdue"), state("answered", "late"), state("answered", None), state(None, None)
    ('försenad', 'besvarad för sent', 'besvarad', '')
    >>> state("declined", None)
    'avstod från att svara'
    """
    if status is None:
        return ""
    return _STATES.get((status, timeliness), _STATES.get((status, None), ""))


def days(left: int | float | None) -> str:
    """Days to a reply date, as every page writes them: ahead, today, or overdue.

    >>> days(12), days(1), days(0), days(-1), days(-3947), days(None)
    ('12 dagar kvar', '1 dag kvar', 'i dag', '1 dag sedan', '3947 dagar sedan', '')
    """
    if left is None:
        return ""
    n = int(left)
    if n == 0:
        return "i dag"
    count = f"{abs(n)} {'dag' if abs(n) == 1 else 'dagar'}"
    return f"{count} kvar" if n > 0 else f"{count} sedan"


def situation(status: str | None, timeliness: str | None, left: int | float | None) -> str:
    """The "Läge" column: the state, with the days when a reply is still owed.

    >>> situation("unanswered", "overdue", -40)
    'försenad, 40 dagar sedan'
    >>> situation("unanswered", None, 12), situation("unanswered", None, None), situation("answered", "on_time", -3)
    ('12 dagar kvar', 'obesvarad', 'besvarad i tid')
    """
    words = state(status, timeliness)
    if status != "unanswered" or left is None:
        return words
    return f"{words}, {days(left)}" if timeliness == "overdue" else days(left)


def plural(count: int, one: str, many: str) -> str:
    """
    >>> plural(1, "remiss", "remisser"), plural(3, "remiss", "remisser"), plural(0, "svar", "svar")
    ('1 remiss', '3 remisser', '0 svar')
    """
    return f"{count} {one if count == 1 else many}"


# Why an item's evidence is weak (the contract's Evidence.reasons), as the review queue says it.
REASONS = {
    "unknown_board": "en nämnd som inte finns i registret",
    "read_across_break": "mottagarna lästes över en sid- eller styckebrytning",
    "no_report": "ingen rapport angiven",
    "no_reply_date": "inget svarsdatum",
    "matched_by_title": "kopplat till remissen bara genom rapportens titel (inget diarienummer)",
    "kind_guessed": "dokumentslaget gissat ur innehållet",
    "unexplained_cues": "meningar med signalord som inte gav något",
}
CONFIDENCE = {"sure": "säker", "unsure": "osäker"}
# A correction's action, as a sentence's verb: "rättad av anna den 2026-05-01: avvisad".
ACTIONS = {
    "confirm": "bekräftad",
    "reject": "avvisad",
    "set": "ändrad",
    "add_recipient": "mottagare tillagd",
    "add_referral": "remiss tillagd",
    "add_measure": "åtgärd tillagd",
    "answered": "markerad som besvarad",
    "declined": "markerad: avstår från att svara",
    "withdraw": "återkallad",
}


def reasons(codes: list[str] | str | None) -> str:
    """The reasons in words (a list, or the JSON text a table holds).

    >>> reasons(["no_reply_date", "unknown_board"]), reasons('["no_report"]')
    ('inget svarsdatum; en nämnd som inte finns i registret', 'ingen rapport angiven')
    """
    if isinstance(codes, str):
        import json

        codes = json.loads(codes)
    return "; ".join(REASONS.get(code, code) for code in codes or [])


def corrected(who: str, at: str | None, action: str) -> str:
    """
    >>> corrected("anna", "2026-12-06T10:00:00+00:00", "reject")
    'avvisad av anna den 2026-12-06'
    """
    return f"{ACTIONS.get(action, action)} av {who} den {(at or '')[:10]}"
