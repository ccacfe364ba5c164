"""The head of a ministry's, an agency's and an utlåtande's own document: a ministry under the Government Offices'
name is the office ("Regeringskansliet" / "Socialdepartementet"); an agency's name over its document's head in one
cell ("Socialstyrelsen / REMISS / 2027-10-04 / Dnr …") beside the addressee; a running header set the other way
round, the type at the left and the body at the right ("Utlåtande 2027:37 RI | Kommunstyrelsen"); the meeting's
date on a line of its own under "Till: Kommunstyrelsen"; a case number cited in brackets mid-sentence is another's.
Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.addressee import header_box
from atgard.extract.case_numbers import body_diarienummer
from atgard.extract.header import parse_running_header
from atgard.extract.letterhead import letterhead_office
from atgard.extract.senders import sender
from atgard.schema import HeaderFields, HeaderSegment


@pytest.mark.parametrize(
    ("office", "unit", "sent_by"),
    [
        ("Regeringskansliet", "Socialdepartementet", ("Socialdepartementet", None)),
        ("Regeringskansliet", "Finansdepartementet", ("Finansdepartementet", None)),
        ("Regeringskansliet", "Landsbygds- och infrastrukturdepartementet",
         ("Landsbygds- och infrastrukturdepartementet", None)),
        ("Regeringskansliet", "Enheten för folkhälsa", ("Regeringskansliet", "Enheten för folkhälsa")),
        ("Socialdepartementet", "Enheten för äldreomsorg", ("Socialdepartementet", "Enheten för äldreomsorg")),
        ("Trafikkontoret", "Socialdepartementet", ("Trafikkontoret", "Socialdepartementet")),
    ],
)  # fmt: skip
def test_a_ministry_under_the_government_offices(office: str, unit: str, sent_by: tuple[str, str | None]) -> None:
    found = sender(office, unit)
    assert (found.office, found.unit) == sent_by


def _segments(*cells: tuple[str, str]) -> list[HeaderSegment]:
    return [HeaderSegment(text=text, column=column) for text, column in cells]


@pytest.mark.parametrize(
    ("cells", "office", "document_type"),
    [
        ((("Utlåtande 2027:37 RI", "left"), ("Kommunstyrelsen", "right")), "Kommunstyrelsen", "Utlåtande 2027:37 RI"),
        ((("Tjänsteutlåtande", "left"), ("Trafikkontoret", "right")), "Trafikkontoret", "Tjänsteutlåtande"),
        ((("Kommunstyrelsen", "left"), ("Utlåtande 2026:47 RII", "right")), "Kommunstyrelsen", "Utlåtande 2026:47 RII"),
        ((("Socialförvaltningen", "left"), ("Tjänsteutlåtande", "right"), ("Avdelningen för äldre", "right")),
         "Socialförvaltningen", "Tjänsteutlåtande"),
        ((("Stadsledningskontoret", "right"), ("Tjänsteutlåtande", "right")), None, "Tjänsteutlåtande"),
    ],
)  # fmt: skip
def test_a_running_header_either_way_round(
    cells: tuple[tuple[str, str], ...], office: str | None, document_type: str
) -> None:
    header = parse_running_header(_segments(*cells), HeaderFields())
    assert (header.office, header.document_type) == (office, document_type)


_BODY = lines_block("Socialstyrelsen har tagit fram ett förslag till nya föreskrifter och allmänna råd om planen.")


@pytest.mark.parametrize(
    ("right", "office"),
    [
        ("Socialstyrelsen\nREMISS\n2027-10-04\nDnr 4.1-22817/2027", "Socialstyrelsen"),
        ("Naturvårdsverket\nREMISS\n2026-03-02\nNV-01234-26", "Naturvårdsverket"),
        ("Boverket\nBESLUT\n2027-01-12", "Boverket"),
        ("Socialstyrelsen\nRemiss\n2027-10-04", None),  # no head in capitals under the name
        ("Socialstyrelsen\nREMISS", None),  # no date
    ],
)
def test_an_agencys_name_over_its_head_in_one_cell(right: str, office: str | None) -> None:
    row = table_row("Enligt sändlista", right, top=33, pitch=355, width=110)
    assert letterhead_office([row, _BODY]) == office


@pytest.mark.parametrize(
    ("lines", "addressee", "date"),
    [
        (("Handläggare: Elin Wärnström, Jakob Sandell", "Till: Kommunstyrelsen", "2027-02-09"),
         "Kommunstyrelsen", "2027-02-09"),
        (("Handläggare: Eva Ek", "Till: Stadsbyggnadsnämnden", "2026-11-19"), "Stadsbyggnadsnämnden", "2026-11-19"),
        (("Till Kommunstyrelsen", "Datum 2027-01-26"), "Kommunstyrelsen", "2027-01-26"),
        (("2027-02-09", "Till: Kommunstyrelsen"), None, None),  # a date first belongs to no label
    ],
)  # fmt: skip
def test_the_meetings_date_under_the_addressee_on_a_line_of_its_own(
    lines: tuple[str, ...], addressee: str | None, date: str | None
) -> None:
    box = header_box([lines_block(*lines)])
    assert (box.addressee, box.date) == (addressee, date)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kommunstyrelsen har remitterat förslaget (dnr KS 2027/0477) till bland andra bostadsbolagen.", None),
        ("Stadsbyggnadsnämnden har fått remissen (Dnr SBN 2026/118) och ska svara senast i maj.", None),
        ("Utlåtande 2027:37 RI (Dnr KS 2026/1873)", "KS 2026/1873"),
        ("Svar på remiss från kommunstyrelsen (dnr KS 2018/204).", "KS 2018/204"),
        ("Dnr KS 2027/0412", "KS 2027/0412"),
    ],
)
def test_a_number_cited_mid_sentence_is_not_the_documents_own(text: str, number: str | None) -> None:
    assert body_diarienummer([lines_block(text)]) == number
