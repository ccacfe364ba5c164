"""A protocol's note of the signing done ("Paragraf 93 justerades omedelbart.") is a fact recorded, no decision;
the decision to adjust a paragraph at once is one, in the present or as "förklarades … justerad". Swedish
variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.deliberation import is_deciding


@pytest.mark.parametrize(
    ("sentence", "deciding"),
    [
        ("Paragraf 93 justerades omedelbart.", False),
        ("§ 14 justerades omedelbart.", False),
        ("Paragraferna 12–14 justerades direkt efter sammanträdet.", False),
        ("Protokollet justerades av ordföranden och Eva Ek (S).", False),
        ("Paragrafen justeras omedelbart.", True),
        ("Beslutet justeras omedelbart.", True),
        ("Paragrafen förklaras omedelbart justerad.", True),
        ("Paragrafen förklarades omedelbart justerad.", True),
        ("Nämnden utser Omar Said (MP) att justera protokollet.", True),
    ],
)
def test_a_note_of_the_signing_is_no_decision(sentence: str, deciding: bool) -> None:
    assert is_deciding(sentence) is deciding
