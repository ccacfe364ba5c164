"""The review of holdout20's table of answers: over a page break the table's columns go on only under the new
page's running head, before its first row (answer_table.running_head); a body paragraph on the new page ends the
table, so an unheaded table of the same width after it ("5.2 | Trafiknämnden | 2028") tells no answers. Swedish
variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals.answer_table import _rows

REGISTER = load_register()


def _bodies(block, *texts: str) -> list[str]:
    made = []
    for text in texts:
        page = 2 if text.startswith("p2:") else 1
        text = text.removeprefix("p2:")
        if text.startswith("# "):
            made.append(block(text[2:], kind="heading", level=2, page=page))
        elif " | " in text:
            made.append(table_row(*text.split(" | "), page=page))
        else:
            made.append(block(text, page=page))
    analysed = analyse(made, REGISTER)
    return [r.name for _, _, account in _rows(analysed, REGISTER) for r in account.recipients]


_TABLE = ("# Inkomna remissvar", "Nr | Remissinstans | Inkom", "1 | Solna stad | 2027-09-22")


@pytest.mark.parametrize(
    "between",
    [
        # the reviewer's counter-example
        ("p2:Sammanfattningsvis stöder remissinstanserna förslaget.",),
        ("p2:Sammanfattningsvis har remissinstanserna ställt sig bakom förslaget",),
        ("p2:Remissinstanserna tillstyrker i huvudsak förslaget – med några undantag.",),
        ("p2:Region Stockholm / Trafikförvaltningen", "p2:Förvaltningen har\nsammanställt svaren nedan."),
        # a running head, but too many blocks down the page before the next row
        ("p2:Region Stockholm", "p2:Trafikförvaltningen", "p2:Dnr TN 2027-0418"),
    ],
)
def test_a_body_paragraph_on_the_next_page_ends_the_table(block, between: tuple[str, ...]) -> None:
    assert _bodies(block, *_TABLE, *between, "p2:5.2 | Trafiknämnden | 2028") == ["Solna stad"]


@pytest.mark.parametrize(
    "head",
    [
        ("p2:Region Stockholm / Trafikförvaltningen",),
        ("p2:Tjänsteutlåtande", "p2:Dnr TN 2027-0418 Sida 2 (5)"),
        ("p2:Sida 2 av 5",),
    ],
)
def test_a_running_head_keeps_the_table_going(block, head: tuple[str, ...]) -> None:
    bodies = _bodies(block, *_TABLE, *head, "p2:2 | Nacka kommun * | 2027-10-15")
    assert bodies == ["Solna stad", "Nacka kommun"]


def test_a_paragraph_on_the_rows_own_page_ends_the_table(block) -> None:
    bodies = _bodies(block, *_TABLE, "Region Stockholm", "5.2 | Trafiknämnden | 2028")
    assert bodies == ["Solna stad"]
