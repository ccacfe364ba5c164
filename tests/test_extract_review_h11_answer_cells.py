"""The review of holdout11's agenda cells that title an answer: the answer's lead has one home
(vocabulary.ANSWER_LEAD, "gällande", "rörande", "beträffande" too), and an agenda of several answers gives each the
number of its own row, the row of the report it answers; without the report, only a lone cell counts."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.answer_references import in_reply_to
from atgard.extract.boards import load_register

REGISTER = load_register()
SKYFALL = "Svar på remiss av\nSkyfallsplan för\nStockholms stad 2027–\n2035 (KS 2026/0915)"
CYKEL = "Yttrande gällande\nCykelplan för Stockholms\nstad 2028 (KS 2026/1001)"


def _number(cells: list[str], report: str | None) -> str | None:
    rows = [
        table_row(str(n), cell, "Tjänsteutlåtande", "Maja Ek", pitch=120, width=110) for n, cell in enumerate(cells)
    ]
    return in_reply_to(analyse(rows, REGISTER), [], None, report=report)


@pytest.mark.parametrize(
    ("cells", "report", "number"),
    [
        # the reviewer's counter-example: two answers, each its own row
        ([SKYFALL, CYKEL], "Cykelplan för Stockholms stad 2028", "KS 2026/1001"),
        ([SKYFALL, CYKEL], "Skyfallsplan för Stockholms stad 2027–2035", "KS 2026/0915"),
        ([SKYFALL, CYKEL], "Skyfallsplan för Stockholms stad 2027-2035", "KS 2026/0915"),  # the other dash
        ([SKYFALL, CYKEL], None, None),  # which row is not known
        ([SKYFALL, CYKEL], "Grönplan för Stockholm", None),
        # the answer's words the cell missed
        (["Yttrande gällande\nCykelplan 2028 (KS 2027/40)"], None, "KS 2027/40"),
        (["Yttrande rörande Grönplan för\nStockholm (KS 2027/41)"], None, "KS 2027/41"),
        (["Yttrande beträffande Parkprogram (KS 2027/42)"], "Parkprogram", "KS 2027/42"),
        (["Svar på kommunstyrelsens remiss av Kulturplan 2028 (KS 2027/12)"], None, "KS 2027/12"),
        # no answer: a remiss sent on, a motion
        (["Remiss av förslag till\nlokal trygghetsplan (SDN 2026/4)"], None, None),
        (["Svar på motion om utegym (KS 2026/9)"], None, None),
    ],
)
def test_an_agendas_answer_cell(cells: list[str], report: str | None, number: str | None) -> None:
    assert _number(cells, report) == number
