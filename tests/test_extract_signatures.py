"""A signatory is a person: two or more capitalised words that are no organisation's name; and a protocol's
formula alone on its line signs with the name on the next. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.signatories import signatories

REGISTER = load_register()


_row = table_row


@pytest.mark.parametrize(
    "cell",
    [
        "Stockholms Stadshus\nAB, för underremittering",
        "Göteborgs Stad\nKommunstyrelsen",
        "Region Gotland\nHälso- och sjukvård",
        "Malmö Kommun\nStadskontoret",
        "Trafikverket Region\nÖst, enheten",
        "Stockholms Kulturnämnd\nKansliet",
    ],
)
def test_an_organisations_name_in_a_cell_is_no_signatory(cell: str) -> None:
    blocks = [_row(cell, "Hela rapporten", "2026-10-30")]
    assert signatories(analyse(blocks, REGISTER)) == []


def test_a_person_over_a_title_in_a_cell_still_signs() -> None:
    blocks = [_row("Karin Stadler\nStadsdirektör", "Per Kommunsson\nAvdelningschef")]
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == [
        ("Karin Stadler", "Stadsdirektör"),
        ("Per Kommunsson", "Avdelningschef"),
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["Vid protokollet", "Louise Brandt", "Sekreterare Justerat den 1 oktober 2026"],
            [("Louise Brandt", "Sekreterare")],
        ),
        (
            ["Vid protokollet:", "Anna-Karin af Klint", "Nämndsekreterare"],
            [("Anna-Karin af Klint", "Nämndsekreterare")],
        ),
        (["Justeras", "Omar Said"], [("Omar Said", None)]),
        (["Vid protokollet", "Stockholms Stadshus", "Sekreterare"], []),
        (["Vid protokollet", "fördes av sekreteraren.", "Sekreterare"], []),
    ],
)
def test_a_formula_alone_signs_with_the_name_on_the_next_line(block, texts: list[str], expected: list) -> None:
    found = signatories(analyse([block(text) for text in texts], REGISTER))
    assert [(s.name, s.title) for s in found] == expected


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            ["NINA\nAnna-Karin Sjödén\nKommundirektör", "SNÄV\nTobias Wernersson\nSäkerhetschef"],
            [("Anna-Karin Sjödén", "Kommundirektör"), ("Tobias Wernersson", "Säkerhetschef")],
        ),
        (["~//~\nEva af Klint\nFörvaltningschef"], [("Eva af Klint", "Förvaltningschef")]),
        (["A.-K. S\nAnna-Karin Sjödén\nBiträdande kommundirektör"],
         [("Anna-Karin Sjödén", "Biträdande kommundirektör")]),
        (["J.W.\nJonas Wik\nEkonomidirektör, kommunledningsförvaltningen"],
         [("Jonas Wik", "Ekonomidirektör, kommunledningsförvaltningen")]),
        (["NINA\nEnköpings Hyresbostäder AB\nStyrelsen"], []),
        (["SNÄV\nTobias Wernersson\nEnköping"], []),
    ],
)  # fmt: skip
def test_a_signature_read_over_the_typed_name_is_no_part_of_it(cells: list[str], expected: list) -> None:
    found = signatories(analyse([_row(*cells)], REGISTER))
    assert [(s.name, s.title) for s in found] == expected


@pytest.mark.parametrize("title", ["Samhällsplanerare", "Trafikplanerare", "Projektledare", "Senior analytiker"])
def test_a_planner_or_project_leader_signs_under_the_decider(block, title: str) -> None:
    texts = ["Gustaf Lindvall", "Regional planeringschef, Region Stockholm", "Ronja Almgren", title]
    found = signatories(analyse([block(text) for text in texts], REGISTER))
    assert [(s.name, s.title) for s in found] == [
        ("Gustaf Lindvall", "Regional planeringschef, Region Stockholm"),
        ("Ronja Almgren", title),
    ]
