"""Who signs: the names under a protocol's formula in one cell ("Justeras" / "Sanna Öhrvall" / "ordförande" /
"Gustav Bäckman"), the one who presented an answer named first ("Utredare Henrik Rask har varit föredragande."), an
agency's plan adopted by its head ("Handlingsplanen har fastställts av generaldirektören …"). Tables of Swedish
variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.signatories import signatories
from atgard.schema import Block

REGISTER = load_register()


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        pytest.param(
            [
                table_row(
                    "Vid protokollet\nIngrid Holmér\nsekreterare", "Justeras\nSanna Öhrvall\nordförande\nGustav Bäckman"
                )
            ],
            [("Ingrid Holmér", "sekreterare"), ("Sanna Öhrvall", "ordförande"), ("Gustav Bäckman", None)],
            id="two formulas, two names under the second",
        ),
        pytest.param(
            [table_row("Justeras:\nLars-Olof Berg\nJusterare", "Vid protokollet\nEva Ek")],
            [("Lars-Olof Berg", "Justerare"), ("Eva Ek", None)],
            id="a colon after the formula, a name without title",
        ),
        pytest.param(
            [table_row("Justeras\nden 20 maj 2027", "Plats\nStadshuset")],
            [],
            id="the date of the checking is no name",
        ),
        pytest.param(
            [
                lines_block("Detta yttrande har beslutats av överantikvarie Eva-Lotta Sundkvist."),
                lines_block(
                    "Utredare Henrik Rask har varit föredragande. I den slutliga handläggningen har även "
                    "jurist Anders Kjellgren deltagit."
                ),
            ],
            [("Eva-Lotta Sundkvist", "överantikvarie"), ("Henrik Rask", "Utredare")],
            id="the presenter named first, one who took part left out",
        ),
        pytest.param(
            [lines_block("Juristen Eva Ek var föredragande i ärendet.")],
            [("Eva Ek", "Juristen")],
            id="'var föredragande i ärendet'",
        ),
        pytest.param(
            [lines_block("Tove Lindkvist har varit föredragande.")],
            [("Tove Lindkvist", None)],
            id="a name without role",
        ),
        pytest.param(
            [
                lines_block("Handlingsplanen har fastställts av generaldirektören Annika Wennerholm."),
                lines_block("Samordnare Oskar Lindfors har varit föredragande."),
            ],
            [("Annika Wennerholm", "generaldirektören"), ("Oskar Lindfors", "Samordnare")],
            id="an agency's plan adopted by its head",
        ),
        pytest.param(
            [lines_block("Strategin har fastställts av kommunfullmäktige den tolfte maj 2027.")],
            [],
            id="a plan adopted by a council: no person",
        ),
    ],
)
def test_who_signs(blocks: list[Block], expected: list[tuple[str, str | None]]) -> None:
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == expected
