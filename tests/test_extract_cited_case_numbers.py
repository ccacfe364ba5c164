"""The document's own number against another's cited in its prose: a number set off by commas mid-sentence is the
referrer's ("genom remiss den 26 februari 2027, dnr Ku2027/00412, gett …"); a plan's number in a later page's
running line set as a table row. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.case_numbers import body_diarienummer
from atgard.schema import Block


def _page2(block: Block) -> Block:
    return block.model_copy(update={"page": 2, "boxes": [box.model_copy(update={"page": 2}) for box in block.boxes]})


@pytest.mark.parametrize(
    ("blocks", "number"),
    [
        pytest.param(
            [
                lines_block("KS 2027/311"),
                lines_block(
                    "Kulturdepartementet har genom remiss den 26 februari 2027, "
                    "dnr Ku2027/00412, gett kommunen tillfälle att yttra sig."
                ),
            ],
            "KS 2027/311",
            id="the referrer's number set off by commas",
        ),
        pytest.param(
            [lines_block("Ärendet, diarienummer KS 2026/0412, gäller en remiss."), lines_block("KS 2027/311")],
            "KS 2027/311",
            id="'diarienummer' set off by commas",
        ),
        pytest.param(
            [lines_block("Ärendet har diarienummer KS 2026/0412.")],
            "KS 2026/0412",
            id="the own number at a sentence's end",
        ),
        pytest.param(
            [
                lines_block("Remissversion februari 2027"),
                _page2(
                    table_row("Klimatanpassningsplan för Helsingborgs stad 2027–2031", "Remissversion KS 2027/0412")
                ),
            ],
            "KS 2027/0412",
            id="a plan's number in page 2's running row",
        ),
        pytest.param(
            [lines_block("Remissversion februari 2027"), _page2(table_row("Yttrande över remiss", "KS 2027/0412"))],
            None,
            id="an answer's running row names the referrer's number",
        ),
    ],
)
def test_the_documents_own_number(blocks: list[Block], number: str | None) -> None:
    assert body_diarienummer(blocks) == number
