"""Signatures set in a row's cells, each a name over its title ("Malin Tegnér / Generaldirektör"), with the next
page's running head as the row under it ("Trafikverket | Remiss TRV 2027/48215"): the titles are the cells' own,
the row under them no row of titles."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.signatories import signatories

REGISTER = load_register()


@pytest.mark.parametrize(
    ("cells", "below", "want"),
    [
        (
            ("Malin Tegnér\nGeneraldirektör", "Jonna Aldénberg\nPlaneringsdirektör"),
            ("Trafikverket", "Remiss TRV 2027/48215"),
            [("Malin Tegnér", "Generaldirektör"), ("Jonna Aldénberg", "Planeringsdirektör")],
        ),
        (
            ("Eva Hallström\nStadsdirektör", "Per-Olof Lind\nbiträdande stadsdirektör"),
            ("Västerås stad", "Stadsledningskontoret"),
            [("Eva Hallström", "Stadsdirektör"), ("Per-Olof Lind", "biträdande stadsdirektör")],
        ),
    ],
    ids=["agency", "municipality"],
)
def test_names_over_titles_in_their_cells_keep_their_titles(cells, below, want) -> None:
    blocks = [table_row(*cells, top=700), table_row(*below, page=2, top=40)]
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == want


def test_a_row_of_names_over_a_row_of_titles_still_pairs_them() -> None:
    blocks = [
        table_row("Anna Olsson", "Amanda Ström", "Kerstin Berg", top=650),
        table_row("Ordförande", "Sekreterare", "Justerare", top=700),
    ]
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == [
        ("Anna Olsson", "Ordförande"),
        ("Amanda Ström", "Sekreterare"),
        ("Kerstin Berg", "Justerare"),
    ]
