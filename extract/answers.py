"""Answers to referrals: a board's tjänsteutlåtande, an agency's or a municipality's remissvar, or the item
of an agenda or a protocol that answers a remiss.

A document answers when it says so: a decision that gives the answer ("… godkänner tjänsteutlåtandet som
svar på remissen", extract/answer_clauses.py), a title like "Svar på remiss …", "Yttrande över …",
"Remissvar", or its kind is yttrande. An agenda's items and a protocol's paragraphs (§) answer each for
itself: each that gives an answer is one, with the report its title names and the case number cited in it.
The answer names the answering body (who decides it; else the sender when it answers for itself: a board, a
company, an agency, a municipality, never an office that prepares), the report answered (its own title,
extract/report_headings.py), the referring case's number as printed (extract/answer_references.py), the
measures it takes up (its "Åtgärd B1.2.1" headings, else the codes it names) and its date.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from atgard.extract.analysis import Analysed
from atgard.extract.answer_clauses import (
    DELEGATED_BY,
    ON_BEHALF_OF,
    decides_answer,
    declines_answer,
    declines_remiss,
    gives_answer,
    may_decline,
    thanks_for_referral,
)
from atgard.extract.answer_codes import codes_taken_up
from atgard.extract.answer_history import SUMMARY_SECTION
from atgard.extract.answer_items import DECISION_LEAD, items
from atgard.extract.answer_letterhead import PREPARES, footer_body, running_head_body
from atgard.extract.answer_references import in_reply_to
from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import BOARD_LIKE, OWN_BODY, resolve_name
from atgard.extract.report_headings import heading_title
from atgard.extract.reports import Reports
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    AGENDA_ITEM_NUMBER,
    ANSWER_LEAD,
    MATTER_NUMBER,
)
from atgard.schema.contract import Answer, BoardRef, Decision, DocumentKind, Recipient
from atgard.schema.keys import title_key

__all__ = ["AnswerHeader", "extract_answers", "in_reply_to", "is_answer"]

_ANSWER_TITLE = rule(
    "answer.title",
    rf"\b{ANSWER_LEAD}\b",
    matches=(
        "Svar på remiss – Göteborgs Stads program",
        "Yttrande över rapporten Trygg i hela staden",
        "Remissvar",
        "Yttrande angående Strategi för en levande ytterstad",
    ),
    not_matches=("Remiss av rapporten Trygg i hela staden",),
)


def _sentences(analysed: Sequence[Analysed]) -> list[str]:
    return [s.text for item in analysed if item.block.kind in ("paragraph", "list_item") for s in item.sentences()]


def _own_sentences(analysed: Sequence[Analysed]) -> list[str]:
    """The sentences outside a section that sums up the answers of others (Beredning, Remissinstanserna)."""
    found, others = [], False
    for item in analysed:
        if item.block.kind == "heading":
            others = bool(SUMMARY_SECTION.match(item.text.strip()))
        elif not others:
            found += _sentences([item])
    return found


def is_answer(
    analysed: Sequence[Analysed],
    kind: DocumentKind,
    decision: Decision,
    own: Sequence[str | None] | Callable[[], Sequence[str | None]] = (),
) -> bool:
    """Whether the document answers a referral: also by deciding to give no opinion on it (its reply); ``own``:
    its sender, unit and the body it is signed for, the bodies whose thanks for the referral is its own."""
    if kind == "yttrande" or any(decides_answer(p.text) or declines_answer(p.text) for p in decision.points):
        return True
    if any(item.block.kind == "heading" and _ANSWER_TITLE.search(item.text) for item in analysed[:12]):
        return True
    said = _own_sentences(analysed)  # its answer given, or its thanks for the referral (a letter's opening words)
    return any(gives_answer(sentence) for sentence in said) or any(thanks_for_referral(s, own) for s in said)


# A decision's label before the sentence: "Förslag till beslut: Äldrenämnden godkänner …".
_DECISION_LABEL = rule(
    "answer.decision_label",
    r"^(?:(?:förvaltningens\s+|kontorets\s+)?förslag\s+till\s+beslut|beslut|\w+\s+beslutar)\s*:\s*",
    matches=("Förslag till beslut: Äldrenämnden godkänner", "Beslut: Nämnden"),
    not_matches=("Äldrenämnden godkänner",),
)
# A person who decides under delegation ("avdelningschefen Helena Strömqvist", "Kommunstyrelsens ordförande").
_A_PERSON = rule(
    "answer.a_person",
    r"\b(?:\w*(?:chef|direktör)(?:en)?|ordförande[n]?|handläggare[n]?|utredare[n]?|föredragande[n]?|sekreterare[n]?)\b",
    matches=("avdelningschefen Helena Strömqvist", "Kommunstyrelsens ordförande", "generaldirektören"),
    not_matches=("Kommunstyrelsen", "Tekniska nämnden", "Boverket"),
)
_MEETING_KINDS = frozenset({"protokoll", "dagordning"})
_ANSWERS_FOR_ITSELF = frozenset({"committee", "district_committee", "company", "executive_board"})

# A meeting's item noted after the board a memo is to ("Trafiknämnden, p. 11", "Kulturnämnden, punkt 4").
_ITEM_NOTE = rule(
    "answer.item_note",
    rf"\s*,?\s*{AGENDA_ITEM_NUMBER}\s*$",
    matches=("Trafiknämnden, p. 11", "Kulturnämnden, punkt 4", "Idrottsnämnden § 12"),
    not_matches=("Trafiknämnden", "Nämnden för punkt", "Styrgrupp 2"),
)


# A company by its name, where the register does not know it (another municipality's): "AB" or "Aktiebolag" before
# or after the name ("Helsingborgshem AB", "Bostads AB Mimer", "AB Gavlegårdarna"); it answers for itself.
_COMPANY_NAME = rule(
    "answer.company_name",
    r"^(?:[A-ZÅÄÖ][\wåäö&-]*\s+){1,4}(?:AB|Aktiebolag)$|^(?:[A-ZÅÄÖ][\wåäö-]*\s+)?AB\s+[A-ZÅÄÖ][\wåäö&-]*(?:\s+[A-ZÅÄÖ][\wåäö&-]*)*$",
    matches=("Helsingborgshem AB", "Bostads AB Mimer", "AB Gavlegårdarna", "Västerås Stads Lokaler AB"),
    not_matches=("Helsingborgs stad", "Miljönämnden", "Ulrika Brandt AB-chef", "Samverkan med AB Volvo i Göteborg"),
    flags=0,
)


def _answering_sender(senders: Sequence[str | None], register: BoardRegister) -> Recipient | None:
    """The sender as the answering body: a board or a company first, else an agency or an organisation as a
    whole: the office over its unit ("Trafikverket" over "Region Mitt, Samhälle", "Sveriges Kommuner och
    Regioner" over "Avdelningen för ekonomi och styrning"), for a unit of it does not answer for itself; a company
    the register does not know last (a consultant in the sender lines, "Sweco Sverige AB", answers for no agency)."""
    found = [resolve_name(name, register) for name in senders if name]
    boards = [f for f in found if f.kind in _ANSWERS_FOR_ITSELF or (f.kind == "unknown" and BOARD_LIKE.match(f.name))]
    outside = [f for f in reversed(found) if f.kind == "external" and not PREPARES.search(f.name)]
    companies = [f for f in found if f.kind == "unknown" and _COMPANY_NAME.match(f.name)]  # after an agency's
    return next(iter([*boards, *outside, *companies]), None)


# An office's name whose board shares its stem: "Idrotts- och fritidsförvaltningen" of "Idrotts- och
# fritidsnämnden", "Stadsbyggnadskontoret" of "Stadsbyggnadsnämnden", "Miljöförvaltningen" of "Miljönämnden".
_OFFICE_OF_BOARD = rule(
    "answer.office_of_board",
    r"(?<=\w)(?:förvaltning(?:en)?|kontor(?:et)?)$",
    matches=("Idrotts- och fritidsförvaltningen", "Stadsbyggnadskontoret", "Miljöförvaltningen"),
    not_matches=("Kommunstyrelsen", "Förvaltningen", "Miljönämnden"),
)


def _served_board(senders: Sequence[str | None], analysed: Sequence[Analysed]) -> Recipient | None:
    """The board an office's own notice speaks for ("Idrotts- och fritidsförvaltningen" sends what "Idrotts- och
    fritidsnämnden" decided by delegation): the board of the office's stem, where the text names it."""
    for name in (n for n in senders if n):
        if (office := _OFFICE_OF_BOARD.search(name)) is None:
            continue
        board = name[: office.start()].casefold() + "nämnden"
        named = (span for item in analysed for span in item.boards if span.name.casefold() == board)
        if (span := next(named, None)) is not None:
            return span.recipient()
    return None


def _on_behalf_of(analysed: Sequence[Analysed], register: BoardRegister) -> Recipient | None:
    """The body a delegate decided for: "Detta yttrande har på kommunstyrelsens vägnar beslutats av …"."""
    for sentence in _sentences(analysed):
        if (found := ON_BEHALF_OF.search(sentence)) is not None:
            name = found.group("body") + (found.group("of") or "")
        elif (found := DELEGATED_BY.search(sentence)) is not None:  # "med stöd av regionstyrelsens delegationsordning"
            name = found.group("body") or found.group("owner")
        else:
            continue
        body = resolve_name(name[:1].upper() + name[1:], register)
        named = len(name.split()) > 1 or BOARD_LIKE.match(name)  # "Regionstyrelsen", not "ordförande"
        if body.board_id is not None or (body.kind == "unknown" and named and not OWN_BODY.match(name)):
            return body  # a bare "styrelsen" or "nämnden" is the sender's own: said better by the sender
    return None


# The line a body signs under, "För" and its name: "För MKB Fastighets AB", "För Miljönämnden".
_SIGNED_FOR = rule(
    "answer.signed_for",
    r"^För\s+(?P<body>[A-ZÅÄÖ][^.:;]*)$",
    matches=("För MKB Fastighets AB", "För Miljönämnden", "För Länsstyrelsen i Skåne län"),
    not_matches=("För kännedom", "Förvaltningen", "Kommunstyrelsen", "För Miljönämnden: Anna Ek."),
    flags=0,
)


# The greeting a letter closes with, before the name of the body it is signed for: "Med vänlig hälsning",
# "Med vänliga hälsningar", "Vänliga hälsningar", "Bästa hälsningar".
_CLOSING = rule(
    "answer.closing_greeting",
    r"^(?:med\s+)?(?:vänlig(?:a)?|bästa)\s+hälsning(?:ar)?\s*[,:]?\s*",
    matches=(
        "Med vänlig hälsning GÖTEBORG ENERGI AB",
        "Vänliga hälsningar, Bostads AB Mimer",
        "Med vänliga hälsningar",
    ),
    not_matches=("Hälsningsfras", "Med stöd av delegation", "Göteborg Energi AB"),
)


def _as_written(name: str, analysed: Sequence[Analysed]) -> str:
    """A name set in capitals under a letter's greeting ("GÖTEBORG ENERGI AB") as the letter's text spells it."""
    if not name.isupper():
        return name
    for text in (item.text for item in analysed if item.block.kind == "paragraph"):
        if (at := text.casefold().find(name.casefold())) >= 0 and not text[at : at + len(name)].isupper():
            return text[at : at + len(name)]
    return name


def _greeted_body(text: str, analysed: Sequence[Analysed], register: BoardRegister) -> Recipient | None:
    """The body named after a letter's closing greeting: "Med vänlig hälsning GÖTEBORG ENERGI AB"."""
    if (greeting := _CLOSING.match(text)) is None or not (name := text[greeting.end() :].strip()):
        return None
    found = resolve_name(_as_written(name, analysed), register)
    return found if found.kind in _ANSWERS_FOR_ITSELF or _COMPANY_NAME.match(found.name) else None


def _signing_body(
    analysed: Sequence[Analysed], register: BoardRegister, senders: Sequence[str | None] = ()
) -> Recipient | None:
    """The body named on the line the answer is signed under ("Göteborgs Stad / Kommunstyrelsen", "För MKB
    Fastighets AB", a greeting's "Med vänlig hälsning GÖTEBORG ENERGI AB"), just before the signatures at the end:
    a short line of names, no sentence."""
    for item, after in itertools.pairwise(analysed[-6:]):
        text = item.text.rstrip()
        if item.block.kind != "paragraph" or after.block.kind != "table_row" or len(text.split()) > 8:
            continue
        if text.endswith((".", ":")):
            continue
        if (greeted := _greeted_body(text, analysed, register)) is not None:
            return greeted
        if (signed := _SIGNED_FOR.match(text)) is not None and not PREPARES.search(signed.group("body")):
            return resolve_name(signed.group("body"), register)
        if sender := next((name for name in senders if name and name.casefold() == text.casefold()), None):
            return resolve_name(sender, register)  # the sender's name in capitals: "BOSTADS AB VÄTTERHEM"
        bodies = [s for s in item.boards if s.kind in _ANSWERS_FOR_ITSELF or (s.kind == "unknown" and not s.group)]
        if bodies:
            return bodies[-1].recipient()
    return None


def _subject(analysed: Sequence[Analysed]) -> Recipient | None:
    """The body that is the subject of the sentence giving the answer ("Äldrenämnden godkänner …")."""
    for item in analysed:
        for sentence in item.sentences() if item.block.kind in ("paragraph", "list_item") else ():
            if not gives_answer(sentence.text):
                continue
            lead = _DECISION_LABEL.match(sentence.text)
            at = sentence.start + (lead.end() if lead else 0)
            first = next((span for span in item.boards_in(sentence.start, sentence.end) if span.start == at), None)
            if first is not None and first.kind in (*_ANSWERS_FOR_ITSELF, "unknown") and not first.group:
                return first.recipient()
    return None


def _named_report(reports: Reports, title: str) -> str | None:
    """The known report a heading or an agenda item names ("Svar på remiss av X"), as the document spells it."""
    if (found := heading_title(title.strip())) is None:
        return None
    key = title_key(found.group("title"))
    return next((t for k, t in reports.canonical.items() if k == key or key.startswith(k) or k.startswith(key)), None)


def _answered_report(reports: Reports, titles: Sequence[str | None], analysed: Sequence[Analysed]) -> str | None:
    """The report the answer is about: the one its title names, else the one a heading names, else the first."""
    keys = [title_key(t) for t in titles if t]
    for ref in reports.refs:
        if any(title_key(ref.title) in key for key in keys):
            return ref.title
    headings = (item.text for item in analysed if item.block.kind == "heading")
    named = next((title for text in headings if (title := _named_report(reports, text)) is not None), None)
    return named or (reports.refs[0].title if reports.refs else None)


@dataclass(frozen=True)
class AnswerHeader:
    """What the answering document says of itself: its title and subtitle, its own case number, its date, whom
    it is sent to."""

    title: str | None = None
    subtitle: str | None = None
    diarienummer: str | None = None
    date: str | None = None
    addressee: str | None = None  # whom a letter is sent to ("Till: Kommunstyrelsen"): never its answering body


@dataclass(frozen=True)
class _Answering:
    """What an answer is read with: the document's decision, reports, header and senders, and the register."""

    decision: Decision
    reports: Reports
    about: AnswerHeader
    header_lines: Sequence[str]
    senders: Sequence[str | None]
    register: BoardRegister
    meeting: str | None = None  # the body whose protocol or agenda it is: its own "Nämnden"
    letter: bool = False  # a body's own letter (a yttrande), sent to its addressee

    def body(self, analysed: Sequence[Analysed], item: bool = False) -> Recipient | None:
        """Who decides the answer, else whom a delegate decided for, else the body it is signed under, else the
        sender that answers for itself, else the body that gives the answer in its own sentence. An item of a
        protocol or an agenda is decided by the body of its own points (another § may propose to the council)."""
        decision = self.decision
        body = decision.decided_by or next((p.decided_by for p in decision.points if p.decided_by), None)
        if item:  # the item's own points, else the body giving its answer, else the meeting's (not another §'s)
            texts = [block.text for block in analysed]
            own = (p.decided_by for p in decision.points if p.decided_by and any(p.text in text for text in texts))
            subject = _subject(analysed)
            body = next(own, None) or (subject.name if subject else None) or self.meeting or body
        if body is not None and self.meeting and OWN_BODY.match(body):
            body = self.meeting  # "Nämnden beslutar …" in a board's protocol: that board
        if body is not None and self.told_to(body):
            body = None
        if body is not None:
            body = _ITEM_NOTE.sub("", body)
        if body is not None and not _A_PERSON.search(body):  # an official decides for the sender, not for himself
            return resolve_name(body, self.register)
        return (
            _on_behalf_of(analysed, self.register)
            or _signing_body(analysed, self.register, self.senders)
            or _answering_sender(self.senders, self.register)
            or _subject(analysed)
            or footer_body(self.header_lines, self.register)
            or running_head_body(analysed, self.about.diarienummer, self.register)
            or _served_board(self.senders, analysed)
        )

    def told_to(self, body: str) -> bool:
        """Whether ``body`` is only the one a body's own letter (a yttrande) is sent to, taken for its decider: no
        decision point has it decide ("Stadsbyggnadsnämnden beslutade … att överlämna detta yttrande till
        kommunstyrelsen" under "Till: Kommunstyrelsen"); a memo to the board that decides keeps it."""
        sent_to = self.about.addressee if self.letter else None
        if sent_to is None or body.casefold() != sent_to.casefold():
            return False
        return not any(point.text.casefold().startswith(body.casefold()) for point in self.decision.points)

    def answer(
        self,
        part: Sequence[Analysed],
        report: str | None,
        where: Analysed,
        lines: Sequence[str],
        items: bool,
        item: bool = False,
        declines: bool = False,
    ) -> Answer | None:
        """The answer ``part`` of the document gives to ``report``, located at ``where``; ``items``: ``part``
        is a protocol's paragraph or an agenda's item (its "Dnr" line is its own); ``item``: one of several;
        ``declines``: it decides to give no opinion (one that takes up measures gives one on them)."""
        if (board := self.body(part, item)) is None:
            return None
        answer = Answer(
            answering_body=BoardRef(name=board.name, board_id=board.board_id, kind=board.kind),
            report_title=report,
            in_reply_to=in_reply_to(part, lines, self.about.diarienummer, items, report, self.senders),
            measure_codes=codes_taken_up(part),
            date=self.about.date,
            **where.located(),
        )
        return answer.model_copy(update={"declines": declines and not answer.measure_codes})


def _decisions_in(part: Sequence[Analysed]) -> list[str]:
    """The decisions an item's text proposes or records: after "Förslag till beslut:", or listed below it."""
    found: list[str] = []
    listing = False
    for item in part:
        text = item.text.strip()
        if item.block.kind == "list_item" and listing:
            found.append(text)
            continue
        listing = item.block.kind == "paragraph" and bool(DECISION_LEAD.match(text))
        if item.block.kind == "paragraph" and (label := _DECISION_LABEL.match(text)) is not None:
            found.append(text[label.end() :])
    return found


def _declining(points: Sequence[str], part: Sequence[Analysed] = ()) -> bool:
    """Whether the answer's decision is to give no opinion (``declines_remiss``): the document's decision points, and
    an item's decisions in its text (``part``). Read on only where a clause declines, so that the rules it runs add
    nothing to the evidence of a document that declines nothing."""
    blocks = [item.text for item in part if item.block.kind in ("paragraph", "list_item")]
    if not may_decline([*points, *blocks]):
        return False
    return declines_remiss([*points, *_decisions_in(part)])


def _item_answers(parts: Sequence[Sequence[Analysed]], answering: _Answering) -> list[Answer]:
    """The answers of an agenda's or a protocol's items: each item that gives an answer, one per report."""
    points = [point.text for point in answering.decision.points if decides_answer(point.text)]
    answers: list[Answer] = []
    for part in parts:
        texts = [item.text for item in part]
        decided = any(point in text for point in points for text in texts) or any(
            decides_answer(text) for text in _decisions_in(part)
        )
        titled = _ANSWER_ITEM.match(part[0].text.strip()) is not None
        if not (decided or titled or any(gives_answer(sentence) for sentence in _sentences(part))):
            continue
        report = _named_report(answering.reports, part[0].text) or _first_named(part, answering.reports)
        if report is not None and any(answer.report_title == report for answer in answers):
            continue  # one answer a report; items that name no known report answer each for itself
        own = [point.text for point in answering.decision.points if any(point.text in text for text in texts)]
        declines = _declining(own, part)
        if (answer := answering.answer(part, report, part[0], (), True, True, declines)) is not None:
            answers.append(answer)
    return answers


# An agenda's or a protocol's item that is the meeting's answer by its title: "Svar på remiss av förslag till
# Parkprogram", "Yttrande över förslag till Folkhälsoplan", "§ 7 Remissvar – Trafikstrategi"; not an item that
# sends something on remiss ("Remiss av …") nor one that answers a motion or a letter ("Svar på skrivelse från …").
_ANSWER_ITEM = rule(
    "answer.answer_item",
    rf"^(?:{MATTER_NUMBER}[.:]?\s+)?(?:svar\s+på\s+(?:\w+s\s+)?remiss(?:en)?|remissvar|remissyttrande|"
    r"yttrande(?:\s+till\s+\S+(?:\s+\S+)?)?\s+(?:över|på|om|avseende|angående))\b",
    matches=(
        "Svar på remiss av förslag till Parkprogram för Stockholms stad 2027–2035",
        "Svar på remiss från trafiknämnden om ändrade lokala trafikföreskrifter",
        "Yttrande över förslag till Folkhälsoplan för Ockelbo kommun 2027–2030",
        "§ 7 Remissvar – Trafikstrategi för Hudiksvall 2040",
        "Svar på kommunstyrelsens remiss av Kulturplan 2028",
        "Yttrande till Socialdepartementet över betänkandet X",
    ),
    not_matches=(
        "Remiss av förslag till lokal trygghetsplan",
        "Svar på skrivelse från Kristina Wahlund (M) om belysningen",
        "Svar på motion om utegym",
        "Yttrandet antas",
    ),
)


def _first_named(part: Sequence[Analysed], reports: Reports) -> str | None:
    blocks = {item.index for item in part}
    return next((reports.title_for(span.text) for span in reports.spans if span.block in blocks), None)


def extract_answers(
    analysed: Sequence[Analysed],
    kind: DocumentKind,
    decision: Decision,
    reports: Reports,
    about: AnswerHeader,
    header_lines: Sequence[str],
    register: BoardRegister,
    sender: str | None = None,
    unit: str | None = None,
    meeting: str | None = None,
) -> list[Answer]:
    """The document's answers to referrals, if it gives any; ``about``: what the document says of itself.

    The answering body is the one that decides the answer, else the body a delegate decided for, else the
    sender (its ``unit``, then its office, ``sender``) when it is a body that answers for itself
    (a company's or a board's own yttrande, an agency's remissvar, which record the decision in prose or not at all).
    ``meeting``: the body whose protocol or agenda it is, who "Nämnden" in it is.
    """
    if not analysed:
        return []
    letter = kind == "yttrande"
    answering = _Answering(decision, reports, about, header_lines, (unit, sender), register, meeting, letter)
    parts = items(analysed, meeting=kind in _MEETING_KINDS)
    if len(parts) >= 2 and (answers := _item_answers(parts, answering)):
        return answers

    def own() -> tuple[str | None, ...]:  # read only for a thanks by name: no rule fires for the others
        signed = _signing_body(analysed, register, (unit, sender))
        return unit, sender, signed.name if signed else None

    if not is_answer(analysed, kind, decision, own):
        return []
    report = _answered_report(reports, [about.title, about.subtitle], analysed)
    first = next((item for item in analysed if item.block.kind == "heading"), analysed[0])
    # a letter with no decision of its own says in its text that its body gives no opinion ("Nämnden kommer inte
    # att yttra sig i ärendet"): its sentences outside an account of others' answers are what it decides
    said = [point.text for point in decision.points] or (_own_sentences(analysed) if letter else [])
    declines = _declining(said)
    answer = answering.answer(analysed, report, first, header_lines, len(parts) == 1, declines=declines)
    return [answer] if answer is not None else []
