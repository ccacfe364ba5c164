"""Answers to referrals: a board's tjänsteutlåtande or yttrande that answers a remiss.

A document answers when it says so: "som svar på remissen" (in its decision),
a title like "Svar på remiss …", "Yttrande över …", or its kind is yttrande.
The answer names the answering body (who decides it), the report answered, the
referring memo's diarienummer as printed ("dnr KS 2018/204", "Ert dnr: …",
"Kommunstyrelsens diarienummer i ärendet är …", "er beteckning …"), the measures
it takes up (its "Åtgärd B1.2.1" headings, else the codes it names) and its date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.codes import find_codes
from atgard.extract.mentions import BOARD_LIKE, resolve_name
from atgard.extract.reports import Reports
from atgard.extract.rules import rule
from atgard.extract.vocabulary import CASE_NUMBER_LABEL, CASE_NUMBER_PRINTED, CASE_SERIES, CASE_YEAR
from atgard.schema.contract import Answer, BoardRef, Decision, DocumentKind, Recipient
from atgard.schema.keys import case_key, title_key

_ANSWER_TITLE = rule(
    "answer.title",
    r"\b(?:svar\s+på\s+remiss|yttrande\s+(?:över|angående|avseende|gällande)|remissvar|remissyttrande)\b",
    matches=(
        "Svar på remiss – Göteborgs Stads program",
        "Yttrande över rapporten Trygg i hela staden",
        "Remissvar",
        "Yttrande angående Strategi för en levande ytterstad",
    ),
    not_matches=("Remiss av rapporten Trygg i hela staden",),
)
_AS_ANSWER = rule(
    "answer.as_answer",
    r"\bsom\s+(?:\w+\s+){0,2}(?:svar|yttrande|remissvar)\s+(?:på|över)\s+(?:\w+\s+){0,2}remiss(?:en)?\b",
    matches=(
        "Trafiknämnden godkänner kontorets tjänsteutlåtande som svar på remissen.",
        "Tjänsteutlåtandet översänds till kommunstyrelsen som stadsdelsnämndens svar på remissen.",
        "Trafiknämnden beslutar att som svar på remissen överlämna och åberopa kontorets tjänsteutlåtande.",
        "Nämnden överlämnar tjänsteutlåtandet som svar på kommunstyrelsens remiss.",
        "Nämnden godkänner förvaltningens förslag som sitt yttrande över remissen.",
    ),
    not_matches=("Svaren ska ha inkommit senast den 15 mars.",),
)
# The referring memo's case number as an answer prints it: after a label that makes it the referrer's ("Ert dnr",
# "Kommunstyrelsens diarienummer i ärendet är", "er beteckning"), after a bare "dnr" (not "Diarienummer" alone:
# that is the answer's own), or after "Remiss från kommunstyrelsen,"; a date is no case number.
_IN_REPLY_TO = rule(
    "answer.in_reply_to",
    rf"(?:\bert?\s+(?:{CASE_NUMBER_LABEL}|ärendenummer|beteckning|referens)|"
    r"\b(?:kommunstyrelsens|remissens|stadsledningskontorets|stadskontorets|kommunledningskontorets)\s+"
    rf"(?:{CASE_NUMBER_LABEL}|ärendenummer)(?:\s+i\s+ärendet)?(?:\s+är)?|"
    r"\bdiarienummer\s+hos\s+\w+|\bdnr|\bremiss\s+från\s+\w+(?:\s+\w+)?\s*(?:,|\())\s*[.:]?\s*"
    rf"(?P<dnr>(?!\d{{4}}-\d\d-\d\d\b){CASE_NUMBER_PRINTED})",
    matches=(
        "(dnr KS 2018/204)",
        "Ert dnr: KS 2018/204",
        "Kommunstyrelsens diarienummer i ärendet är KSN-2019-2841",
        "(kommunstyrelsens diarienummer 0112/19)",
        "Svar på remiss från kommunstyrelsen, dnr KS 2017/512",
        "Remiss från kommunstyrelsen, KS 2026/1180",
        "Ert diarienummer: KS 2026/1122",
        "Er beteckning 0712/25",
        "Remiss från Kommunstyrelsen (KS 2026/1122)",
        "Kommunstyrelsens ärendenummer KS 2026/1122",
        "Diarienummer hos kommunstyrelsen: KS 2026/1122",
    ),
    not_matches=("Diarienumret anges nedan", "Remiss från kommunstyrelsen, 2026-03-01"),
)


# A decision point that gives the opinion asked for: the body's own verb, not a task given to others
# ("att ge nämnderna i uppdrag att lämna yttrande") nor a referral sent on ("remitterar ... för yttrande").
_GIVES_OPINION = rule(
    "answer.gives_opinion",
    r"^(?!.*\b(?:uppdrag\w*|uppdra\w*|uppmana\w*|ombe\w*|anmoda\w*|remitter\w*|inbjud\w*)\b)"
    r"(?:\S+\s+){0,4}?(?:(?:beslutar|beslöt)\s+)?(?:att\s+)?"
    r"(?:(?:avge|avger|avgav|lämna|lämnar|anta|antar|godkänna|godkänner|överlämna|överlämnar)\s+(?:\S+\s+){0,3}?"
    r"(?:yttrande|yttrandet|remissvar|remissvaret|remissyttrande|svar(?:et)?\s+på\s+remissen)\b|"
    r"besvara(?:r|de)?\s+remissen\b|(?:till|av)styrk(?:a|er|te)\s+(?:\S+\s+){0,3}?(?:förslag\w*|remiss\w*)\b)",
    matches=(
        "att avge yttrande till Region Uppsala enligt ärendets bilaga 1,",
        "Kommunstyrelsen besvarar remissen med hänvisning till vad som anförs i detta tjänsteutlåtande.",
        "Kulturnämnden beslutar att anta förslag till yttrande.",
        "Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det till Justitiedepartementet.",
        "Nämnden överlämnar yttrandet till kommunstyrelsen.",
        "Stadsdelsnämnden godkänner förvaltningens förslag till svar på remissen.",
        "Stadsdelsnämnden Västra Hisingen tillstyrker förslaget till program för trygghet.",  # Göteborg's answer
        "att avstyrka förslaget i remissen",
    ),
    not_matches=(
        "Kommunstyrelsen remitterar rapporten till samtliga nämnder för yttrande.",
        "att uppmana samtliga nämnder att inkomma med yttrande",
        "att ge stadsdelsnämnderna i uppdrag att lämna yttrande över rapporten",
        "Motionen anses besvarad.",
        "Kommunstyrelsen uppdrar åt nämnderna att tillstyrka förslaget.",
        "Kommunstyrelsen beslutar att remittera rapporten och att nämnderna ska lämna yttrande senast 1 mars.",
    ),
)


def is_answer(analysed: Sequence[Analysed], kind: DocumentKind, decision: Decision) -> bool:
    """Whether the document answers a referral."""
    points = [point.text for point in decision.points]
    if kind == "yttrande" or any(_AS_ANSWER.search(text) or _GIVES_OPINION.search(text) for text in points):
        return True
    return any(item.block.kind == "heading" and _ANSWER_TITLE.search(item.text) for item in analysed[:12])


# A case number in brackets closing an answer's heading: "Remissvar: Trygg i hela staden (KS 2025/0412)".
# Year and serial number joined by "/" or "-" only: a colon joins an SOU's, a Ds's or a law's (SFS) number.
_IN_REPLY_TO_HEADING = rule(
    "answer.in_reply_to_heading",
    rf"\((?P<dnr>{CASE_SERIES}[\s-]?{CASE_YEAR}[/-]\d{{1,6}})\)\s*$",
    matches=("Remissvar: Trygg i hela staden (KS 2025/0412)", "Yttrande över X (SLK 2017/88)"),
    not_matches=("Yttrande över betänkandet X (SOU 2025:31)", "Remiss av X (2019)", "Yttrande över X (SFS 2010:800)"),
)


def in_reply_to(analysed: Sequence[Analysed], header_lines: Sequence[str], own: str | None) -> str | None:
    """The referring memo's diarienummer as the answer prints it (not the answer's own)."""
    own_key = case_key(own) if own else None
    headings = [item.text for item in analysed if item.block.kind == "heading" and item.block.page == 1]
    found = [
        *(
            m.group("dnr").strip()
            for text in [*header_lines, *(item.text for item in analysed)]
            for m in _IN_REPLY_TO.finditer(text)
        ),
        *(m.group("dnr") for text in headings if (m := _IN_REPLY_TO_HEADING.search(text))),
    ]
    return next((number for number in found if case_key(number) != own_key), None)


_ANSWERS_FOR_ITSELF = frozenset({"committee", "district_committee", "company"})


def _answering_sender(sender: str | None, register: BoardRegister) -> Recipient | None:
    """The sender as the answering body when it is a board or a company (not an office, which prepares)."""
    if sender is None:
        return None
    found = resolve_name(sender, register)
    return (
        found if found.kind in _ANSWERS_FOR_ITSELF or (found.kind == "unknown" and BOARD_LIKE.match(sender)) else None
    )


def _answered_report(reports: Reports, titles: Sequence[str | None]) -> str | None:
    """The report the answer is about: the one its title names, else the one it names first."""
    keys = [title_key(t) for t in titles if t]
    for ref in reports.refs:
        if any(title_key(ref.title) in key for key in keys):
            return ref.title
    return reports.refs[0].title if reports.refs else None


def _codes_taken_up(analysed: Sequence[Analysed]) -> list[str]:
    headed = [c.code for item in analysed if item.block.kind == "heading" for c in find_codes(item.text)]
    if headed:
        return list(dict.fromkeys(headed))
    return list(dict.fromkeys(c.code for item in analysed for c in find_codes(item.text)))


@dataclass(frozen=True)
class AnswerHeader:
    """What the answering document says of itself: its title and subtitle, its own case number, its date."""

    title: str | None = None
    subtitle: str | None = None
    diarienummer: str | None = None
    date: str | None = None


def extract_answers(
    analysed: Sequence[Analysed],
    kind: DocumentKind,
    decision: Decision,
    reports: Reports,
    about: AnswerHeader,
    header_lines: Sequence[str],
    register: BoardRegister,
    sender: str | None = None,
) -> list[Answer]:
    """The document's answer to a referral, if it is one; ``about``: what the document says of itself.

    The answering body is the one that decides the answer, else the sender when it is a body that answers
    for itself (a company's or a board's own yttrande, which records its decision in prose or not at all).
    """
    if not analysed or not is_answer(analysed, kind, decision):
        return []
    body = decision.decided_by or next((p.decided_by for p in decision.points if p.decided_by), None)
    board = resolve_name(body, register) if body is not None else _answering_sender(sender, register)
    if board is None:
        return []
    first = next((item for item in analysed if item.block.kind == "heading"), analysed[0])
    return [
        Answer(
            answering_body=BoardRef(name=board.name, board_id=board.board_id, kind=board.kind),
            report_title=_answered_report(reports, [about.title, about.subtitle]),
            in_reply_to=in_reply_to(analysed, header_lines, about.diarienummer),
            measure_codes=_codes_taken_up(analysed),
            date=about.date,
            **first.located(),
        )
    ]
