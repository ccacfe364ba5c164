"""A read document to the contract: every extraction stage in order."""

from __future__ import annotations

from atgard.extract.analysis import analyse
from atgard.extract.extract_coded_measures import extract_coded_measures
from atgard.extract.extract_decisions import extract_decision
from atgard.extract.extract_header import (
    body_diarienummer,
    classify,
    document_year,
    header_box,
    signatories,
    title_and_subtitle,
    written_date,
)
from atgard.extract.extract_measures import extract_prose_measures
from atgard.extract.extract_referrals import extract_referrals
from atgard.extract.extract_reports import extract_reports
from atgard.schema import ReadDocument
from atgard.schema.contract import Document, DocumentKind, Mention


def extract_document(read: ReadDocument, kind: DocumentKind | None = None) -> Document:
    """Everything the contract asks for, from the blocks the reader produced.

    ``kind`` overrides the kind found from the header and content.
    """
    analysed = analyse(read.blocks)
    header = read.header
    title, subtitle = title_and_subtitle(read.blocks)
    case_officer, addressee, box_date = header_box(read.blocks)
    date = header.date or box_date or written_date(read.blocks)
    reports = extract_reports(analysed)
    mentions = [
        Mention(
            board_id=span.board_id,
            name=span.name,
            kind=span.kind,
            text=span.text,
            **item.located(span.start, span.end),
        )
        for item in analysed
        for span in item.boards
    ]
    kind = kind or classify(read, header.document_type)
    if kind == "kommissionsrapport":
        measures = extract_coded_measures(analysed, title)
    else:
        measures = extract_prose_measures(analysed, reports)
    return Document(
        id=read.id,
        filename=read.filename,
        kind=kind,
        title=title,
        subtitle=subtitle,
        office=header.office,
        unit=header.unit,
        addressee=addressee,
        date=date,
        diarienummer=header.diarienummer or body_diarienummer(read.blocks),
        year=document_year(date, header.document_type, subtitle, title),
        case_officer=case_officer,
        page_count=read.page_count,
        text_source=read.text_source,
        signatories=signatories(analysed),
        decision=extract_decision(analysed, header.office, addressee),
        reports=reports.refs,
        referrals=extract_referrals(analysed, reports),
        measures=measures,
        mentions=mentions,
    )
