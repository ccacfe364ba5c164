"""The review of holdout18's addressee.

- The labelled box's readers (labels, cells, blocks a label over its value) are a module of their own, and
  addressee.py stays under the size limit (finding 14).
- An address on its label's line to a municipality goes on into the block under it only with a board there
  (finding 2).
- A municipality and its office on one line is the municipality, as over two lines (finding 3).
- An address's own label ("Till", "Mottagare") is no reference line over it: its line is read without it (finding 10).
- A table's first cell ending in a body starts an address only over a paragraph opening with its mailbox or
  postal line (finding 13).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from made_blocks import lines_block, table_row

from atgard.extract import addressee, labelled_box
from atgard.extract.addressee import address_block, header_box


def test_labelled_box_readers_have_their_own_module() -> None:
    assert addressee.BOX_LABEL is labelled_box.BOX_LABEL
    assert not hasattr(addressee, "_continued_address") and not hasattr(addressee, "_label_groups")
    assert len(Path(addressee.__file__).read_text(encoding="utf-8").splitlines()) <= 400
    rows = [table_row("Till", "Ert diarienummer"), table_row("Utbildningsdepartementet", "U2025/01587")]
    assert header_box(rows).addressee == "Utbildningsdepartementet"
    assert header_box([lines_block("Till Kommunstyrelsen", "Jönköpings kommun")]).addressee == "Kommunstyrelsen"


@pytest.mark.parametrize(
    ("label", "under", "addressee"),
    [
        # the reviewer's four: under "Till <municipality>" no board, so the municipality
        ("Till Huddinge kommun", ["Synpunkter på riktlinjerna"], "Huddinge kommun"),
        ("Till Huddinge kommun", ["Anna Ek", "Planeringsavdelningen"], "Huddinge kommun"),
        ("Till Huddinge kommun", ["Remissvar: Riktlinjer för bostadsförsörjning"], "Huddinge kommun"),
        ("Till Huddinge kommun", ["Kommunstyrelseförvaltningen"], "Huddinge kommun"),
        # variants: a colon, a region, an office with its registry, a subject naming a board, the registry's desk
        ("Till: Huddinge kommun", ["Samhällsbyggnadsförvaltningen", "registrator@huddinge.se"], "Huddinge kommun"),
        ("Till Region Stockholm", ["Trafikförvaltningen"], "Region Stockholm"),
        ("Mottagare: Nacka kommun", ["Stadsledningskontoret"], "Nacka kommun"),
        ("Till Huddinge kommun", ["Synpunkter på nämndens riktlinjer"], "Huddinge kommun"),
        ("Till Huddinge kommun", ["Registraturen"], "Huddinge kommun"),
        # a board under it is addressed: its name, a council's, a committee's, with '-' or '–'
        ("Till Huddinge kommun", ["Kommunstyrelsen", "registrator@huddinge.se"], "Kommunstyrelsen"),
        ("Till Region Stockholm", ["Trafiknämnden"], "Trafiknämnden"),
        ("Till Malmö stad", ["Miljö- och byggnadsnämnden"], "Miljö- och byggnadsnämnden"),
        ("Till Malmö stad", ["Miljö– och byggnadsnämnden"], "Miljö– och byggnadsnämnden"),
        ("Till Göteborgs stad", ["Stadsdelsnämnden Centrum"], "Stadsdelsnämnden Centrum"),
        ("Till Huddinge kommun", ["Kommunfullmäktige"], "Kommunfullmäktige"),
    ],
)
def test_an_address_continues_under_its_label_with_a_board_only(
    label: str, under: list[str], addressee: str | None
) -> None:
    assert header_box([lines_block(label), lines_block(*under)]).addressee == addressee


@pytest.mark.parametrize(
    ("lines", "addressee"),
    [
        # the reviewer's two: the municipality and its office on one line, the letter is to the municipality
        (["Uppsala kommun, Kommunledningskontoret", "753 75 Uppsala"], "Uppsala kommun"),
        (["Region Uppsala, Kollektivtrafikförvaltningen UL", "751 85 Uppsala"], "Region Uppsala"),
        # variants: lower case, a region's office, a registry after it, as over two lines
        (["Nacka kommun, stadsledningskontoret", "131 81 Nacka"], "Nacka kommun"),
        (["Region Stockholm, Trafikförvaltningen", "Box 22550, 104 22 Stockholm"], "Region Stockholm"),
        (["Stockholms stad, Stadsledningskontoret, Registraturen", "105 35 Stockholm"], "Stockholms stad"),
        (["Uppsala kommun", "Kommunledningskontoret", "753 75 Uppsala"], "Uppsala kommun"),
        # a board named on the line is addressed, before or after its municipality; a ministry in the government
        (["Kommunstyrelsen, Uppsala kommun", "753 75 Uppsala"], "Kommunstyrelsen"),
        (["Sundsvalls kommun, kommunstyrelsen", "851 85 Sundsvall"], "Kommunstyrelsen"),
        (["Region Uppsala, Regionstyrelsen", "751 85 Uppsala"], "Regionstyrelsen"),
        (["Regeringskansliet, Finansdepartementet", "103 33 Stockholm"], "Finansdepartementet"),
    ],
)
def test_a_municipality_over_its_office_on_one_line_is_addressed(lines: list[str], addressee: str) -> None:
    blocks = [lines_block(*lines), lines_block("Yttrande över planen", kind="heading", level=1)]
    assert address_block(blocks) == addressee


@pytest.mark.parametrize(
    ("lines", "addressee"),
    [
        # the reviewer's: the address's own label is no reference over it
        (["Till Kulturnämnden", "Stockholms stad", "105 35 Stockholm"], "Kulturnämnden"),
        # variants: a colon, a post box, "Mottagare", the municipality on the label's line
        (["Till: Kulturnämnden", "Box 1234", "751 05 Uppsala"], "Kulturnämnden"),
        (["Till Kulturnämnden", "Box 1234", "751 05 Uppsala"], "Kulturnämnden"),
        (["Mottagare: Regeringskansliet", "Finansdepartementet", "103 33 Stockholm"], "Finansdepartementet"),
        (["Mottagare Kulturnämnden", "Stockholms stad", "105 35 Stockholm"], "Kulturnämnden"),
        (["Till Huddinge kommun", "Kommunstyrelsen", "141 85 Huddinge"], "Kommunstyrelsen"),
        # a reference over the address stays out
        (["Ert dnr KS 2027/12", "Kommunstyrelsen", "Stockholms stad", "105 35 Stockholm"], "Kommunstyrelsen"),
        (["Remissvar", "Datum: 2027-05-26", "Kulturnämnden", "Box 1234", "751 05 Uppsala"], "Kulturnämnden"),
    ],
)
def test_an_address_under_its_label_is_read_without_it(lines: list[str], addressee: str) -> None:
    assert address_block([lines_block(*lines)]) == addressee


@pytest.mark.parametrize(
    ("cell", "under", "addressee"),
    [
        # the reviewer's: a memo's head table ending in its board is no address, its case officer's e-mail under it
        ("Tjänsteskrivelse\nDnr KS 2027/12\nKulturnämnden", "Handläggare: Eva Ek\neva.ek@stockholm.se", None),
        ("Tjänsteskrivelse\nDnr KS 2027/12\nKulturnämnden", "Handläggare\neva.ek@stockholm.se", None),
        ("Tjänsteutlåtande\nDnr. KS 2027/12\nStadsledningskontoret", "Datum: 2027-04-08\nlars.berg@stockholm.se", None),
        ("Sammanträdesdatum\n2027-03-12\nKommunstyrelsen", "Vår referens: Eva Ek\n105 35 Stockholm", None),
        # or running text under it
        ("Tjänsteskrivelse\nDnr KS 2027/12\nKulturnämnden", "Förslag till beslut", None),
        ("Sammanträdesdatum\n2027-03-12\nKommunstyrelsen", "Plats och tid: Stadshuset kl. 13.00", None),
        ("Tjänsteutlåtande\nDnr KS 2027/12\nStadsledningskontoret", "Kulturnämnden föreslås besluta följande.", None),
        # the address goes on under the table only with its registry's mailbox or its postal line
        (
            "Remissvar\nVårt dnr: 27/00312\nErt dnr: U2027/00871\nUtbildningsdepartementet",
            "u.remissvar@regeringskansliet.se",
            "Utbildningsdepartementet",
        ),
        ("Yttrande\nVår beteckning: 4318/2027\nTrafikverket", "781 89 Borlänge", "Trafikverket"),
        ("Remissvar\nKulturnämnden", "Box 16113\n103 22 Stockholm", "Kulturnämnden"),  # a post box over it
        ("Remissvar\nKulturnämnden", "Box 16113, 103 22 Stockholm", "Kulturnämnden"),
        ("Remissvar\nKulturnämnden", "Kulturnämnden yttrar sig över förslaget.", None),
    ],
)
def test_a_table_cell_ending_in_a_body_needs_its_mailbox_under_it(cell: str, under: str, addressee: str | None) -> None:
    blocks = [table_row(cell, "2027-04-08"), lines_block(*under.split("\n"))]
    assert address_block([*blocks, lines_block("Yttrande över planen", kind="heading", level=1)]) == addressee
