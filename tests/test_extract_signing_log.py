"""An e-signing service's log printed as a document's last page: its table of signers names the signatories, each
with the role printed beside them; a table of names without the time each signed (a list of members, of those
present) signs nothing. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.signatories import signatories
from atgard.schema import BBox, Block, PageBox, TableCell

REGISTER = load_register()
_BOX = BBox(x0=60, top=300, x1=540, bottom=320)


def _row(*cells: str, page: int = 3) -> Block:
    return Block(
        kind="table_row",
        text=" | ".join(cells),
        page=page,
        boxes=[PageBox(page=page, bbox=_BOX)],
        cells=[TableCell(text=cell, bbox=_BOX) for cell in cells],
    )


def _signed(block, rows: list[Block]) -> list[tuple[str, str | None]]:
    blocks = [block("Verifikat", "heading", None, 2, 3), *rows, block("Samtliga signerare har identifierats.", page=3)]
    return [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))]


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (
            ("Namn", "Roll", "Signerat", "Metod"),
            [
                ("Mikael Arvidsson (MA)", "Sekreterare", "2027-05-03 13:12:05 CEST\n(+0200)", "BankID"),
                ("Eva Sjöstedt (ES)", "Ordförande", "2027-05-03 13:40:51 CEST", "BankID"),
                ("Anders Berggren (AB)", "Justerare", "2027-05-04 08:31:44 CEST", "BankID"),
            ],
            [("Mikael Arvidsson", "Sekreterare"), ("Eva Sjöstedt", "Ordförande"), ("Anders Berggren", "Justerare")],
        ),
        (
            ("Signerare", "Befattning", "Signeringstidpunkt"),
            [
                ("Johan Ek", "Ordförande, kultur- och\nfritidsnämnden", "2027-09-22 07:58"),
                ("Maria Sundin", "Förvaltningschef", "2027-09-22 09:14"),
            ],
            [("Johan Ek", "Ordförande, kultur- och fritidsnämnden"), ("Maria Sundin", "Förvaltningschef")],
        ),
        (
            ("Undertecknad av", "Datum och tid"),
            [("Karin von Essen", "2027-06-01 10:02"), ("Per-Olof Nygårdh", "2027-06-01 11:40")],
            [("Karin von Essen", None), ("Per-Olof Nygårdh", None)],
        ),
    ],
)
def test_a_signing_log_names_the_signatories(block, header, rows, expected) -> None:
    assert _signed(block, [_row(*header), *(_row(*row) for row in rows)]) == expected


@pytest.mark.parametrize(
    "header",
    [("Namn", "Parti", "Närvaro"), ("Namn", "Roll"), ("Ledamöter", "Tjänstgörande ersättare", "Tid")],
)
def test_a_table_of_names_without_signing_times_signs_nothing(block, header) -> None:
    values = ("Anna Lind (AL)", "Ordförande", "13:40")[: len(header)]
    assert _signed(block, [_row(*header), _row(*values)]) == []


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            ("Kristina Wahlberg (C)\nOrdförande", "Emma Rydén\nNämndsekreterare"),
            [("Kristina Wahlberg", "Ordförande"), ("Emma Rydén", "Nämndsekreterare")],
        ),
        (
            ("Lena Ek (MP)\nOrdförande", "Per Holm (KD)\nJusterare"),
            [("Lena Ek", "Ordförande"), ("Per Holm", "Justerare")],
        ),
    ],
)
def test_a_members_party_after_the_name_is_no_part_of_it(block, cells, expected) -> None:
    blocks = [block("Kalmar den 6 september 2027", page=3), _row(*cells)]
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == expected


def test_where_and_when_a_member_signs_is_no_title(block) -> None:
    row = _row(
        "Utses att justera\nJusteringens plats och tid", "Sara Lindqvist (S)\nStadshuset, onsdagen den 28 april 2027"
    )
    assert signatories(analyse([block("Sammanträdesprotokoll", page=3), row], REGISTER)) == []
