"""A letter's date in the cell beside its letterhead, under the document's type alone ("Remiss" over
"Regeringskansliet / Landsbygds- och infrastrukturdepartementet | 2027-06-18 / LI2027/01466"): the letter's date.
Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.header import written_date


@pytest.mark.parametrize(
    ("kind", "letterhead", "beside", "date"),
    [
        (
            "Remiss",
            "Regeringskansliet\nLandsbygds- och infrastrukturdepartementet",
            "2027-06-18\nLI2027/01466",
            "2027-06-18",
        ),
        (
            "REMISS",
            "Regeringskansliet\nFinansdepartementet\nBudgetavdelningen",
            "2027-03-04\nFi2027/00871",
            "2027-03-04",
        ),
        ("Yttrande", "Trafikverket\nPlanering", "2027-09-10\nTRV 2027/61702", "2027-09-10"),
        ("Remissmissiv", "Miljöförvaltningen\nStockholms stad", "2027-01-21\nDnr 2027-01873", "2027-01-21"),
    ],
)
def test_the_date_beside_the_letterhead_under_the_type_alone(
    kind: str, letterhead: str, beside: str, date: str
) -> None:
    blocks = [lines_block(kind, kind="heading", level=3), table_row(letterhead, beside), lines_block("Remiss av X")]
    assert written_date(blocks) == date


def test_a_heading_that_names_no_type_opens_no_head() -> None:
    blocks = [
        lines_block("Kulturnämnden", kind="heading", level=3),
        table_row("Bilaga 1\nPlan", "2027-06-18\nKN 1/2027"),
    ]
    assert written_date(blocks) is None
