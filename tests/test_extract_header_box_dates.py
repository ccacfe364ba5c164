"""A labelled date on a line of a header box drawn as a table: the document's date, and so its answer's date,
which the package's timeliness compares with the reply date (holdout15: an extract's "Sammanträdesdatum")."""

from __future__ import annotations

import pytest

from atgard.extract.header import written_date
from atgard.schema import BBox, TableCell


def _row(block, *cells: str):
    row = block(" | ".join(cells), kind="table_row")
    box = BBox(x0=70, top=40, x1=520, bottom=90)
    return row.model_copy(update={"cells": [TableCell(text=text, bbox=box) for text in cells]})


@pytest.mark.parametrize(
    ("cells", "date"),
    [
        (("PROTOKOLL NR 9/2026\nSammanträdesdatum 2026-10-22\nDnr SKÄ 2026/00573", "STOCKHOLMS STAD"), "2026-10-22"),
        (("Protokollsutdrag\nSammanträdesdag: 2027-02-03", "Kommunstyrelsen"), "2027-02-03"),
        (("Länsstyrelsen\nVästra Götalands län", "YTTRANDE\nDatum 2027-03-18\nDiarienr 500-9124-2027"), "2027-03-18"),
        (("REMISS\nDatum: 2027-10-04\nBeteckning 501-31288-2027", "Länsstyrelsen"), "2027-10-04"),
        (("Tjänsteskrivelse\nUpprättad 2027-09-21", "Äldrenämnden"), "2027-09-21"),
        (("Beslutsdatum 2026-06-15\nDnr KS 2026/118", "Kommunstyrelsen"), "2026-06-15"),
    ],
)
def test_a_labelled_date_on_a_line_of_a_header_table(block, cells, date):
    assert written_date([_row(block, *cells)]) == date


@pytest.mark.parametrize(
    "cells",
    [
        # a date with another label: the decision's date, a reply date, a case number's year
        ("Datum för beslut 2026-06-15", "Kommunstyrelsen"),
        ("Svar senast 2027-05-10", "Remiss från Skolverket"),
        ("Dnr KS 2026/0871", "Datum"),
        # a label with a written-out date, or the date in running text
        ("Utfärdat 12 mars 2019", "Stadsledningskontoret"),
        ("Protokollet justerades datum 2026-10-26 av ordföranden", "Sida 2"),
    ],
)
def test_no_date_from_other_labels_or_running_text_in_a_table(block, cells):
    assert written_date([_row(block, *cells)]) is None


def test_a_labelled_date_on_page_two_is_not_the_documents(block):
    row = _row(block, "Sammanträdesdatum 2026-10-22", "Bilaga").model_copy(update={"page": 2})
    assert written_date([row]) is None


def _dated(block, before, row_cells, closing="Stockholm den 3 maj 2027"):
    """Page 1: the blocks ``before`` (kind, text), a table row, running text and a closing dateline."""
    blocks = [block(text, kind=kind) for kind, text in before]
    blocks += [_row(block, *row_cells), block("Kommunen ställer sig positiv till planen."), block(closing)]
    return blocks


@pytest.mark.parametrize(
    ("before", "cells"),
    [
        # review of holdout15, #2: a table of earlier decisions under the heading and the first paragraph
        (
            [
                ("heading", "Yttrande över regional cykelplan"),
                ("paragraph", "Kommunstyrelsen har fått rubricerad remiss och lämnar följande yttrande."),
            ],
            ("Tidigare beslut", "Beslutsdatum 2024-06-10\nKommunfullmäktige § 88"),
        ),
        # a table of the referral's facts in the body
        (
            [
                ("heading", "Remissvar – Trafikstrategi för Stockholmsregionen"),
                ("paragraph", "Region Stockholm har gett staden tillfälle att yttra sig över förslaget"),
            ],
            ("Remissens datum", "Datum 2027-01-12"),
        ),
        # a row of earlier decisions, even above the running text
        ([], ("Tidigare beslut\nBeslutsdatum 2024-06-10", "Kommunfullmäktige § 88")),
        ([("heading", "Yttrande")], ("Ärendets gång", "Upprättad 2026-11-02\nKommunstyrelsen § 14")),
    ],
)
def test_a_labelled_date_in_the_body_or_of_earlier_decisions_is_not_the_documents(block, before, cells):
    assert written_date(_dated(block, before, cells)) == "2027-05-03"


def test_a_labelled_date_under_a_letterhead_is_the_documents(block):
    before = [("heading", "NATURVÅRDSVERKET"), ("paragraph", "SWEDISH ENVIRONMENTAL PROTECTION AGENCY")]
    assert written_date(_dated(block, before, ("Datum: 2026-09-17", "Ärendenr: NV-03412-26"))) == "2026-09-17"
