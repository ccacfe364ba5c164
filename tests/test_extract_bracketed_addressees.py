"""An addressee among the ways to reach it: its mailbox or the case number in brackets after its name, the meeting's
weekday under it, the postal code under a ministry, a copy's line under the registry's mailbox. Tables of Swedish
variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.addressee import address_block, header_box
from atgard.schema import Block


@pytest.mark.parametrize(
    ("blocks", "addressee"),
    [
        pytest.param(
            [lines_block("Till: Kommunstyrelsen (kommunstyrelsen@helsingborg.se)", "Ert diarienummer: KS 2027/0412")],
            "Kommunstyrelsen",
            id="the board's mailbox in brackets",
        ),
        pytest.param(
            [lines_block("Till: Idrottsnämnden (dnr IDN 2027/0148)", "Handläggare: Petra Ek, tfn 08-508 05 441")],
            "Idrottsnämnden",
            id="the number answered in brackets, the case officer under it",
        ),
        pytest.param(
            [lines_block("Till Kulturnämnden (er beteckning KN 2026/0031)")],
            "Kulturnämnden",
            id="'er beteckning' in brackets",
        ),
        pytest.param(
            [lines_block("Mottagare: Nämnden för arbetsmarknad (NAM)")],
            "Nämnden för arbetsmarknad (NAM)",
            id="a short name in brackets stays",
        ),
        pytest.param(
            [table_row("Handläggare\nEva Ek", "Till\nIdrottsnämnden\nSammanträde tisdagen den 23 mars 2027")],
            "Idrottsnämnden",
            id="the meeting with its weekday under the board",
        ),
        pytest.param(
            [table_row("Till\nKulturnämnden\nNämndens sammanträde onsdag den 2 juni 2027")],
            "Kulturnämnden",
            id="'onsdag' without the article",
        ),
        pytest.param(
            [table_row("Till\nRegeringskansliet\nKulturdepartementet\n103 33 Stockholm", "Datum: 19 maj 2027")],
            "Kulturdepartementet",
            id="the ministry over its postal code",
        ),
        pytest.param(
            [table_row("Till\nRegeringskansliet\nFinansdepartementet\nBox 8189, 104 20 Stockholm")],
            "Finansdepartementet",
            id="a box and postal code on one line",
        ),
    ],
)
def test_the_addressee_without_its_references(blocks: list[Block], addressee: str | None) -> None:
    assert header_box(blocks).addressee == addressee


@pytest.mark.parametrize(
    ("cell", "addressee"),
    [
        pytest.param(
            "Kulturdepartementet\nku.remissvar@regeringskansliet.se\nKopia: ku.kah@regeringskansliet.se",
            "Kulturdepartementet",
            id="a copy's line under the mailbox",
        ),
        pytest.param(
            "Regeringskansliet\nSocialdepartementet\ns.remissvar@regeringskansliet.se",
            "Socialdepartementet",
            id="the mailbox last",
        ),
        pytest.param("Kulturdepartementet\nKopia: Riksarkivet", None, id="no mailbox: no address"),
    ],
)
def test_the_addressee_over_its_mailbox_in_a_cell(cell: str, addressee: str | None) -> None:
    assert address_block([table_row(cell, "RIKSANTIKVARIEÄMBETET\nYttrande\n2027-05-12")]) == addressee
