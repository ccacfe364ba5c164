"""A letter's address with its references over it ("Remissvar / Vår beteckning: … / Er beteckning: …"), its
mailbox under a table of references, and a municipality on its label's line over the board it is to ("Till
Huddinge kommun" / "Kommunstyrelsen"). Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.addressee import address_block, header_box
from atgard.schema import Block


@pytest.mark.parametrize(
    ("blocks", "addressee"),
    [
        pytest.param(
            [
                lines_block("Remissvar", "Datum: 2027-05-26", "Vår beteckning: 4318/2027", "Er beteckning: Fi2027/01"),
                lines_block("Regeringskansliet", "Finansdepartementet", "103 33 Stockholm"),
            ],
            "Finansdepartementet",
            id="the type and references in the block over the address",
        ),
        pytest.param(
            [
                lines_block("Yttrande", "Dnr 2027/118", "Ert dnr: M2027/00412"),
                lines_block("Klimat- och näringslivsdepartementet", "kn.remissvar@regeringskansliet.se"),
            ],
            "Klimat- och näringslivsdepartementet",
            id="'Yttrande', 'Dnr' and 'Ert dnr' over the ministry and its mailbox",
        ),
        pytest.param(
            [
                table_row(
                    "Remissvar\nVårt dnr: 27/00312\nErt dnr: U2027/00871\nUtbildningsdepartementet", "2027-04-08"
                ),
                lines_block("u.remissvar@regeringskansliet.se"),
            ],
            "Utbildningsdepartementet",
            id="the ministry last in a table's cell, its mailbox under the table",
        ),
        pytest.param(
            [
                table_row("Remissvar\nVår referens: 2027-112\nSocialnämnden", "2027-04-08"),
                lines_block("registrator@lund.se"),
            ],
            "Socialnämnden",
            id="a board last in the cell",
        ),
        pytest.param(
            [
                table_row("Remissvar\nVårt dnr: 27/00312\nErt dnr: U2027/00871", "2027-04-08"),
                lines_block("u.remissvar@regeringskansliet.se"),
            ],
            None,
            id="a reference last in the cell: no addressee",
        ),
    ],
)
def test_the_address_under_the_letters_references(blocks: list[Block], addressee: str | None) -> None:
    assert address_block(blocks) == addressee


@pytest.mark.parametrize(
    ("blocks", "addressee"),
    [
        pytest.param(
            [lines_block("Till Huddinge kommun"), lines_block("Kommunstyrelsen", "registrator@huddinge.se")],
            "Kommunstyrelsen",
            id="the board in the block under the municipality",
        ),
        pytest.param(
            [lines_block("Till: Region Stockholm"), lines_block("Trafiknämnden")],
            "Trafiknämnden",
            id="a region, 'Till:' with a colon",
        ),
        pytest.param(
            [lines_block("Mottagare Lilla Edets kommun"), lines_block("Samhällsbyggnadsnämnden")],
            "Samhällsbyggnadsnämnden",
            id="'Mottagare', a municipality of two words",
        ),
        pytest.param(
            [lines_block("Till Huddinge kommun"), lines_block("Ert dnr KS-2027-00456")],
            "Huddinge kommun",
            id="a reference under it: to the municipality",
        ),
        pytest.param(
            [
                lines_block("Till Huddinge kommun"),
                lines_block(
                    "Vi har tagit emot kommunstyrelsens remiss av den 14 april 2027 och tackar för möjligheten att",
                    "lämna synpunkter på riktlinjerna.",
                ),
            ],
            "Huddinge kommun",
            id="running text under it: to the municipality",
        ),
        pytest.param(
            [lines_block("Till Kulturnämnden"), lines_block("Stockholms stad")],
            "Kulturnämnden",
            id="a board on the label's line stays",
        ),
    ],
)
def test_the_board_under_the_municipality_on_the_label_line(blocks: list[Block], addressee: str | None) -> None:
    assert header_box(blocks).addressee == addressee
