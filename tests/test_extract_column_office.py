"""A remissmissiv whose running header gives only the municipality in its logo's capitals ("STOCKHOLMS STAD") and
whose letterhead column names the office ("Miljöförvaltningen" / "Miljöanalysenheten"): the office is the
column's. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import broken_block, lines_block

from atgard.extract.address_column import column_office
from atgard.extract.senders import is_municipality

TEXT = lines_block(
    "Miljöförvaltningen har på uppdrag av miljö- och hälsoskyddsnämnden tagit fram ett förslag till åtgärdsprogram mot "
    "omgivningsbuller. Förslaget skickas nu på remiss till de nämnder och bolag som anges nedan."
)


@pytest.mark.parametrize(
    ("column", "office"),
    [
        (["Miljöförvaltningen", "Miljöanalysenheten"], "Miljöförvaltningen"),
        (["Trafikkontoret", "Avdelningen för trafikplanering"], "Trafikkontoret"),
        (["Stadsledningskontoret"], "Stadsledningskontoret"),
        (["Kulturförvaltningen", "Box 16113", "103 22 Stockholm"], None),  # an address
        (["Kommunstyrelsen"], None),  # a board, no office
    ],
)
def test_the_office_a_letterhead_column_names(column: list[str], office: str | None) -> None:
    blocks = [
        lines_block("Remiss av förslag till åtgärdsprogram", kind="heading", level=1),
        broken_block(*column),
        TEXT,
    ]
    assert column_office(blocks) == office


def test_an_office_named_in_the_running_text_is_none() -> None:
    assert column_office([TEXT, broken_block("Miljöförvaltningen")]) is None


@pytest.mark.parametrize("whole", ["STOCKHOLMS STAD", "Stockholms stad", "UPPSALA KOMMUN", "LILLA EDETS KOMMUN"])
def test_a_municipality_in_capitals_is_the_whole_organisation(whole: str) -> None:
    assert is_municipality(whole)


@pytest.mark.parametrize("office", ["TRAFIKVERKET", "Miljöförvaltningen", "STOCKHOLMS STADSHUS AB"])
def test_an_office_or_company_in_capitals_is_none(office: str) -> None:
    assert not is_municipality(office)
