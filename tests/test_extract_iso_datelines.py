"""A letter's dateline written as a place and an ISO date ("Stockholm 2027-06-14", "Malmö den 2027-06-14",
"Göteborg, 2027-06-14"): on a line of the letterhead, also the last line of a letterhead block the reader merged
("Ert dnr … / Vårt dnr … / Stockholm 2027-06-14"), or a closing line of its own before the signature. Never a table's
cell, a date in running text ("Stockholm 2027-06-14 hölls ett möte"), a label's date ("Datum", "Justerat"), nor a
body's planned meeting ("Kommunstyrelsen 2013-12-04"). Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.header import written_date
from atgard.schema import Block

LOGO = lines_block("STOCKHOLM PARKERING", kind="heading", level=1, x0=340)
TITLE = lines_block("Synpunkter på förslaget om idrottsytor på parkeringshusens tak", kind="heading", level=1)
BODY = lines_block("Bolaget har fått tillfälle att yttra sig över slutrapporten.")


def _on_page(block: Block, page: int) -> Block:
    return block.model_copy(update={"page": page})


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(
            [
                LOGO,
                lines_block("Till", "Kommunstyrelsen, Stockholms stad"),
                lines_block("Ert dnr: KS 2027/0417", "Vårt dnr: SPAB 2027-0088", "Stockholm 2027-06-14"),
                TITLE,
                BODY,
            ],
            "2027-06-14",
            id="the last line of a letterhead block the reader merged",
        ),
        pytest.param(
            [LOGO, lines_block("Ert dnr KS 2027/0417 Vårt dnr SP 2027-031 Stockholm 2027-06-14"), TITLE, BODY],
            "2027-06-14",
            id="a merged block read as one line: after the numbers",
        ),
        pytest.param(
            [lines_block("Malmö stad"), lines_block("205 80 Malmö"), lines_block("Malmö den 2026-10-16"), TITLE],
            "2026-10-16",
            id="with den, on a line of its own",
        ),
        pytest.param([lines_block("Göteborg, 2027-06-14"), TITLE, BODY], "2027-06-14", id="with a comma"),
        pytest.param(
            [lines_block("Er referens: STK-2026-0872 Malmö den 2026-10-16"), TITLE],
            "2026-10-16",
            id="after the referrer's number, with den",
        ),
        pytest.param(
            [lines_block("Stockholm 2027-06-14", "Kommunstyrelsen", "Ert dnr KS 2027/0417"), TITLE],
            "2027-06-14",
            id="the first line of a letterhead block",
        ),
        pytest.param([lines_block("Upplands Väsby 2027-06-14"), TITLE], "2027-06-14", id="a place of two words"),
        pytest.param(
            [TITLE, BODY, _on_page(lines_block("Hägersten-Liljeholmen 2027-06-14"), 2), _on_page(BODY, 2)],
            "2027-06-14",
            id="a closing line of its own before the signature",
        ),
        pytest.param(
            [
                lines_block("Till Kommunstyrelsen"),
                lines_block("Datum: 2027-06-10"),
                lines_block("Stockholm 2027-06-14"),
            ],
            "2027-06-10",
            id="a label's date read first",
        ),
        pytest.param(
            [lines_block("Stockholm den 8 mars 2018"), TITLE], "2018-03-08", id="the written-out dateline as before"
        ),
    ],
)
def test_an_iso_dateline_dates_the_letter(blocks: list[Block], date: str | None) -> None:
    assert written_date(blocks) == date


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param(
            [TITLE, lines_block("Stockholm 2027-06-14 hölls ett möte med bolagen om takytorna.")], id="in running text"
        ),
        pytest.param([LOGO, table_row("Stockholm 2027-06-14", "Ert dnr KS 2027/0417"), TITLE], id="a table's cell"),
        pytest.param(
            [
                TITLE,
                BODY,
                lines_block("Kommunstyrelsens arbetsutskott 2013-11-25"),
                lines_block("Kommunstyrelsen 2013-12-04"),
            ],
            id="a body's planned meeting",
        ),
        pytest.param(
            [lines_block("Kommunstyrelsen Sammanträdesdatum 2027-01-18"), TITLE], id="a meeting's labelled date"
        ),
        pytest.param([TITLE, BODY, _on_page(lines_block("Justerat 2026-04-23"), 2)], id="a protocol's justering"),
        pytest.param([lines_block("Reviderad 2027-06-14"), TITLE], id="a revision's label"),
        pytest.param([lines_block("Remissvar 2027-06-14"), TITLE], id="a document's type over its date"),
        pytest.param(
            [lines_block("Vårt dnr SP 2027-031 Kommunstyrelsen 2027-06-14"), TITLE], id="a body after the numbers"
        ),
        pytest.param(
            [
                LOGO,
                lines_block("Till Kommunstyrelsen"),
                TITLE,
                BODY,
                lines_block("Mötet om takytorna hölls i", "Stockholm 2027-06-14"),
            ],
            id="a line of running text after the title",
        ),
    ],
)
def test_no_dateline_where_none_can_be(blocks: list[Block]) -> None:
    assert written_date(blocks) is None
