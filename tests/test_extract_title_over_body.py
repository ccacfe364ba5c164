"""A scan's title among headings its OCR made of other lines: the address's lines set large ("Box 8136", "104 20
Stockholm") and a handwritten signature read as a large heading under the text ("Henrik Ståhlberg") are no title;
the heading over the running text is. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block

from atgard.extract.title import title_and_subtitle
from atgard.schema import Block

TEXT = (
    "AB Familjebostäder har i remiss den 21 januari 2027 ombetts redovisa i vilken omfattning åtgärd 6.4 i förslaget "
    "kan genomföras under programperioden. Bolaget lämnar följande svar och ställer sig i övrigt bakom förslaget."
)
TITLE = "Yttrande över förslag till åtgärdsprogram mot omgivningsbuller 2028–2032"


def _heading(text: str, level: int) -> Block:
    return lines_block(text, kind="heading", level=level)


@pytest.mark.parametrize(
    ("signature", "level"),
    [("Henrik Ståhlberg", 1), ("Anna-Karin Berg Lindqvist", 1), ("Eva Ek", 2)],
)
def test_a_signature_set_large_under_the_text_is_no_title(signature: str, level: int) -> None:
    blocks = [_heading(TITLE, 2), lines_block(TEXT), lines_block("AB Familjebostäder"), _heading(signature, level)]
    assert title_and_subtitle(blocks).title == TITLE


@pytest.mark.parametrize("address", ["Box 8136", "104 20 Stockholm", "Box 22067,", "753 75 Uppsala"])
def test_an_address_line_set_large_is_no_title(address: str) -> None:
    blocks = [_heading(address, 2), _heading(TITLE, 2), lines_block(TEXT)]
    assert title_and_subtitle(blocks).title == TITLE


def test_a_heading_under_the_text_is_the_title_when_none_stands_over_it() -> None:
    blocks = [lines_block(TEXT), _heading(TITLE, 1)]
    assert title_and_subtitle(blocks).title == TITLE
