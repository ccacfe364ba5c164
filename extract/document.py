"""A read document to the contract: every extraction stage in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from atgard.extract.address_column import column_office
from atgard.extract.addressee import address_block, header_box
from atgard.extract.analysis import Analysed, analyse
from atgard.extract.answers import AnswerHeader, extract_answers
from atgard.extract.boards import BoardRegister
from atgard.extract.case_numbers import body_diarienummer, extract_case_number, running_diarienummer
from atgard.extract.cases import cited_cases
from atgard.extract.coded_bullets import bullets_beside
from atgard.extract.coded_measures import extract_coded_measures, extract_table_measures
from atgard.extract.county_logo import with_own_county_board
from atgard.extract.dates import with_reply_dates
from atgard.extract.deciding import deciding_body
from atgard.extract.decision_sections import item_starts
from atgard.extract.decisions import extract_decision
from atgard.extract.evidence import with_evidence
from atgard.extract.header import (
    document_year,
    header_fields,
    written_date,
)
from atgard.extract.home import answering_for, capitals_headings, home_municipality, home_organisation, own_names
from atgard.extract.kinds import classify
from atgard.extract.listed_measures import extract_listed_measures
from atgard.extract.margin_labels import unfold_margin_labels
from atgard.extract.measures import extract_answer_proposals, extract_board_duties, extract_prose_measures
from atgard.extract.mentions import lists, names
from atgard.extract.nlp import swedish_pipeline
from atgard.extract.referrals import addressed_to_self, extract_referrals
from atgard.extract.referrals.common import served_boards, through_self
from atgard.extract.referrals.extended import with_extended_dates
from atgard.extract.referrals.incoming import agenda_referrals
from atgard.extract.referrals.own_measures import with_own_measures
from atgard.extract.referrals.preparation import gathered_for_answer
from atgard.extract.reports import Reports, extract_reports
from atgard.extract.rules import forget_texts, tracing
from atgard.extract.senders import Sender, document_sender, is_municipality, meeting_sender, sender
from atgard.extract.signatories import signatories
from atgard.extract.title import meeting_body, title_and_subtitle
from atgard.schema import Block, HeaderFields, ReadDocument
from atgard.schema.contract import Answer, BoardRef, Document, DocumentKind, Measure, Mention, Recipient, Referral

_Ref = TypeVar("_Ref", Recipient, BoardRef, Mention)


def _outside(ref: _Ref) -> _Ref:
    """A board reference in another municipality's document: its name, not Stockholm's board."""
    if ref.kind == "external":
        return ref
    update: dict[str, object] = {"board_id": None, "kind": "unknown"}
    if isinstance(ref, Recipient):
        update |= {"group": False, "excluding": []}
    return ref.model_copy(update=update)


def _mentions(analysed: Sequence[Analysed]) -> list[Mention]:
    return [
        Mention(
            board_id=span.board_id, name=span.name, kind=span.kind, text=span.text, **item.located(span.start, span.end)
        )
        for item in analysed
        for span in item.boards
    ]


def _in_other_municipality(
    referrals: list[Referral], measures: list[Measure], mentions: list[Mention]
) -> tuple[list[Referral], list[Measure], list[Mention]]:
    """Another municipality's "socialnämnden" is its own: only bodies outside every city keep their register id."""
    return (
        [r.model_copy(update={"recipients": [_outside(x) for x in r.recipients]}) for r in referrals],
        [m.model_copy(update={"responsible": [_outside(x) for x in m.responsible]}) for m in measures],
        [_outside(m) for m in mentions],
    )


def _with_answer_proposals(measures: list[Measure], proposals: list[Measure]) -> list[Measure]:
    """The report's measures the answer summarises, then its own proposals not among them, in page order."""
    seen = {(m.page, m.text) for m in measures}
    return sorted(
        [*measures, *(p for p in proposals if (p.page, p.text) not in seen)], key=lambda m: (m.page, m.bbox.top)
    )


def extract_document(read: ReadDocument, kind: DocumentKind | None = None, *, register: BoardRegister) -> Document:
    """Everything the contract asks for, from the blocks the reader produced, each item with its evidence.

    ``kind`` overrides the kind found from the header and content; ``register``
    is the board register names are resolved against (``boards.load_register`` gives the bundled one).
    The rules are traced (:func:`~atgard.extract.rules.tracing`): each item records those that fired on it.
    """
    _fresh_caches(register)
    blocks = unfold_margin_labels(read.blocks)  # before the tracing: a label read is no item's evidence
    with tracing() as fired:
        analysed = analyse(blocks, register)
        header = header_fields(read)
        document = _extracted(read, header, analysed, kind, register)
    return with_evidence(
        document, read, analysed, fired, document_type=header.document_type, kind_given=kind is not None
    )


def _fresh_caches(register: BoardRegister) -> None:
    """A rule inside a cached function fires only when the cache misses: each document starts with empty caches
    of names, and the process's tables are built before the tracing, so that an item records the same rules in
    any ingest order and any process (``--jobs``)."""
    swedish_pipeline(register)
    names._unambiguous_forms(register)
    names._resolved.cache_clear()
    lists._board_list.cache_clear()
    forget_texts()


def _answered_here(referral: Referral, own: set[str], board: set[str], *, at_meeting: bool = False) -> bool:
    """The remiss the document answers, which is no referral of its own; in an agenda, a remiss its item tells was
    sent to the agenda's ``board`` by name ("Kommunstyrelsen har remitterat förslaget till bland annat
    kulturnämnden") is one sent to that board, its recipient (the town asked as a whole is not). At a meeting (an
    agenda or a protocol) a recount that names the others asked beside the own board is the referral as the referrer
    made it ("… till äldrenämnden, idrottsnämnden och samtliga stadsdelsnämnder" in a stadsdelsnämnd's protocol)."""
    if board and all(r.name.casefold() in board for r in referral.recipients):
        return False
    return addressed_to_self(referral, own, alongside=not (board or at_meeting))


def _told_to_answerer(referral: Referral, answers: Sequence[Answer], *, at_meeting: bool) -> bool:
    """A letter's account of the remiss it answers, sent to the body answering in it ("Idrotts- och
    fritidsnämnden har fått förslaget … på remiss och har ombetts lämna synpunkter" over its decline): that body
    is known only once its answer is read (an office's notice speaks for its board), after the referrals. A
    meeting's recount stays (:func:`_answered_here`)."""
    answering = {a.answering_body.name.casefold() for a in answers}
    return bool(answering) and not at_meeting and referral.recounted and addressed_to_self(referral, answering)


def _sender(office: str | None, unit: str | None, blocks: Sequence[Block]) -> Sender:
    """The office and unit the header gives, or, where it gives only the municipality in its logo's capitals
    ("STOCKHOLMS STAD"), the office the letterhead column names (a protocol's "LERUMS KOMMUN" over "Kommunstyrelsen"
    keeps its municipality)."""
    if unit is None and office is not None and is_municipality(office) and (column := column_office(blocks)):
        return Sender(column, None)
    return sender(office, unit)


def _extracted(
    read: ReadDocument,
    header: HeaderFields,
    analysed: list[Analysed],
    kind: DocumentKind | None,
    register: BoardRegister,
) -> Document:
    sent_from = document_sender(header.office, read.header.lines, read.blocks, register)
    sent_by, titles, box = (
        _sender(sent_from, header.unit, read.blocks),
        title_and_subtitle(read.blocks, read.header.lines),
        header_box(read.blocks),
    )
    office, unit, title, subtitle = sent_by.office, sent_by.unit, titles.title, titles.subtitle
    addressee = box.addressee or address_block(read.blocks, (header.office, header.unit))
    date = header.date or box.date or written_date(read.blocks)
    reports = extract_reports(analysed)
    mentions = _mentions(analysed)
    kind = kind or classify(read, header.document_type, read.header.lines)
    office, unit = meeting_sender(sent_by, kind)  # a protocol's office is the body that met
    deciding = deciding_body(kind, [meeting_body(title) or meeting_body(subtitle), unit, office], addressee, register)
    decision = extract_decision(analysed, office, deciding, register, own=[unit, office] if not addressee else ())
    # a meeting's municipality may head its first page as text, in capitals ("BOTKYRKA KOMMUN" over "Kommunstyrelsen")
    at_meeting = kind in ("protokoll", "dagordning")
    heads = capitals_headings([b.text for b in read.blocks[:2] if b.page == 1 and at_meeting])
    own = own_names([header.office, office, unit, addressee, decision.decided_by], [*read.header.lines, *heads])
    own |= served_boards([header.office, office, unit], register)  # an office answers for its board
    board = {name.casefold() for name in (decision.decided_by, deciding) if name} if kind == "dagordning" else set()
    referrals = [
        r
        for r in (with_own_county_board(r, office) for r in extract_referrals(analysed, reports, register))
        if not _answered_here(r, own, board, at_meeting=at_meeting) and not through_self(r, own)
    ]
    if kind == "dagordning":  # the remisser sent to the board whose agenda it is: the board is their recipient
        told = {r.report_title for r in referrals}
        incoming = agenda_referrals(analysed, reports, decision.decided_by or deciding, register)
        referrals += [r for r in incoming if r.report_title not in told]
    referrals = with_extended_dates(with_reply_dates(referrals, analysed, item_starts(analysed)), analysed)
    measures = _measures(analysed, kind, title, reports, referrals, register)
    referrals = with_own_measures(referrals, measures)  # "avseende de åtgärder där nämnden anges som ansvarig"
    diarienummer = header.diarienummer or body_diarienummer(read.blocks) or running_diarienummer(read.pages)
    diarienummer = diarienummer or (extract_case_number(read.blocks) if kind == "protokoll" else None)
    about = AnswerHeader(title, subtitle, diarienummer, date, addressee)
    meeting, lines = (deciding if at_meeting else None), read.header.lines
    answers = extract_answers(analysed, kind, decision, reports, about, lines, register, office, unit, meeting)
    answers = answering_for(answers, home_organisation(read.header.lines))
    referrals = [r for r in referrals if not _told_to_answerer(r, answers, at_meeting=at_meeting)]
    if kind != "kommissionsrapport" and answers and (answered := answers[0].report_title) is not None:
        measures = _with_answer_proposals(measures, extract_answer_proposals(analysed, answered))
    if (home := home_municipality(read.header.lines)) is not None and home != "Stockholm":
        referrals, measures, mentions = _in_other_municipality(referrals, measures, mentions)
        answers = [a.model_copy(update={"answering_body": _outside(a.answering_body)}) for a in answers]
    return Document(
        id=read.id,
        filename=read.filename,
        kind=kind,
        title=title,
        subtitle=subtitle,
        office=office,
        unit=unit,
        addressee=addressee,
        date=date,
        diarienummer=diarienummer,
        year=document_year(date, header.document_type, subtitle, title),
        case_officer=box.officer,
        page_count=read.page_count,
        text_source=read.text_source,
        signatories=signatories(analysed),
        decision=decision,
        reports=reports.refs,
        referrals=[r for r in referrals if not (answers and gathered_for_answer(r))],  # the answer's preparation
        measures=measures,
        answers=answers,
        mentions=mentions,
        cases=cited_cases(read.blocks, answers),
    ).with_ids()


def _measures(
    analysed: list[Analysed],
    kind: DocumentKind,
    title: str | None,
    reports: Reports,
    referrals: Sequence[Referral],
    register: BoardRegister,
) -> list[Measure]:
    """A report's coded measures and board duties; else the measures a memo's prose, tables, lists and coded bullets
    give, of the programme it sends out."""
    if kind == "kommissionsrapport":
        return extract_coded_measures(analysed, title, register) + extract_board_duties(analysed, title)
    tabled = reports.sole_title or reports.subject or title  # of several reports, the one its heading remits
    measures = extract_prose_measures(analysed, reports) + extract_table_measures(analysed, tabled, register)
    measures += _new_measures(measures, extract_listed_measures(analysed, tabled, register))
    return measures + bullets_beside(measures, analysed, {r.report_title for r in referrals}, tabled)


def _new_measures(measures: list[Measure], more: list[Measure]) -> list[Measure]:
    """``more`` without the measures already read (the same text): a list item read as a prose measure too."""
    known = {" ".join(m.text.split()) for m in measures}
    return [m for m in more if " ".join(m.text.split()) not in known]
