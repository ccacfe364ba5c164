"""Review of holdout20's delegated signing: a county board's "I ärendet har …", the decider named first ("Länsrådet X
har beslutat i detta ärende"), and history told in a later decision ("tidigare landshövdingen X"), which signs
nothing. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.signatories import signatories

REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I ärendet har länsrådet Tomas Lind beslutat och antikvarien Elsa Ek varit föredragande.",
            [("Tomas Lind", "länsrådet"), ("Elsa Ek", "antikvarien")],
        ),
        (
            "Länsrådet Tomas Lind har beslutat i detta ärende och antikvarien Elsa Ek har varit föredragande.",
            [("Tomas Lind", "Länsrådet"), ("Elsa Ek", "antikvarien")],
        ),
        ("Landshövdingen Eva Berg har beslutat i ärendet.", [("Eva Berg", "Landshövdingen")]),
        (
            "Enhetschefen Karin Lund-Berg har i det här ärendet beslutat och Karl Ek har varit föredragande.",
            [("Karin Lund-Berg", "Enhetschefen"), ("Karl Ek", None)],
        ),
        ("I ärendet har enhetschef Karin Berg beslutat.", [("Karin Berg", "enhetschef")]),
        ("I detta ärende har tidigare landshövdingen Eva Berg beslutat att avslå ansökan.", []),
        ("I ärendet har dåvarande länsrådet Tomas Lind beslutat att bevilja bidraget.", []),
        ("I det här ärendet har redan länsrådet Tomas Lind beslutat om tillstånd.", []),
        ("Beslut i detta ärende har fattats av förre generaldirektören Per Holm.", []),
        ("Region Stockholm har beslutat i detta ärende.", []),
        ("Nämnden har beslutat i ärendet.", []),
        ("Länsrådet Tomas Lind har beslutat att avslå ansökan.", []),
    ],
)
def test_decided_by_a_person_in_a_county_boards_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(s.name, s.title) for s in signatories(analyse([lines_block(text)], REGISTER))] == expected
