"""The review of holdout11's remiss tables: text pointing at a table ("bilaga 1", "tabellen", "kolumnen") and
asking that the measures named there be carried out speaks of the first table after it, not of every later one;
so does the text leading into a table."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()
HEADER = ("Remissinstans", "Hela förslaget", "Åtgärder", "Svar senast")


def _found(blocks) -> list[tuple[str, list[str], list[str]]]:
    analysed = analyse(blocks, REGISTER)
    return [
        (f.referral.action, f.referral.measure_codes, [r.name for r in f.referral.recipients])
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


def _two_tables(block, lead: str, between: list, second_page: int = 1) -> list:
    return [
        block("Remiss – Parkeringsprogram för Kalmar kommun 2027–2030", kind="heading", level=1),
        block(lead),
        block("Bilaga 1. Remissförteckning", kind="heading", level=3),
        table_row(*HEADER),
        table_row("Kalmarhem AB", "", "3.2 och 3.5", "2027-06-11"),
        *between,
        table_row(*HEADER, page=second_page),
        table_row("Byggnadsnämnden", "", "2.1–2.3", "2027-08-20", page=second_page),
    ]


LEADS = [
    "Nämnder och bolag med åtgärder angivna i förteckningen i bilaga 1 ska redovisa sina förutsättningar för att "
    "genomföra dem.",
    'Instanser som har åtgärdsnummer angivna i kolumnen "Åtgärder" ska redovisa sina förutsättningar att genomföra '
    "just de åtgärderna.",
    "Remissinstanser med åtgärder i tabellen nedan ska redovisa sina förutsättningar att genomföra dem.",
]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize(
    "between",
    [
        # the reviewer's counter-example: a later table under a heading of its own
        ["Bilaga 2. Samrådsparter", "heading"],
        # a paragraph between the tables that asks nothing of them
        ["Följande instanser får förslaget för kännedom och synpunkter.", "paragraph"],
    ],
)
def test_a_later_table_is_not_pointed_at(block, lead: str, between: list[str]) -> None:
    text, kind = between
    found = _found(_two_tables(block, lead, [block(text, kind=kind, level=3 if kind == "heading" else None)]))
    assert found == [
        ("implementation", ["3.2", "3.5"], ["Kalmarhem AB"]),
        ("opinion", ["2.1", "2.2", "2.3"], ["Byggnadsnämnden"]),
    ]


@pytest.mark.parametrize("lead", LEADS)
def test_the_table_pointed_at_goes_on_over_a_page(block, lead: str) -> None:
    """The same table on the next page, its header repeated, is still the one pointed at."""
    found = _found(_two_tables(block, lead, [], second_page=2))
    assert [action for action, *_ in found] == ["implementation", "implementation"]
