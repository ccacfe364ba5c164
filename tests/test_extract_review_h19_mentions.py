"""Review of holdout19, mentions: an association of a county's municipalities named in the genitive is the
association without its "s" ("Kommunförbundet Skånes styrelse": Kommunförbundet Skåne); a country names none."""

from __future__ import annotations

import pytest

from atgard.extract.mentions.shapes import associations


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kommunförbundet Skånes styrelse har yttrat sig.", ["Kommunförbundet Skåne"]),
        ("enligt Kommunalförbundet Sjuhärads direktion", ["Kommunalförbundet Sjuhärad"]),
        ("Kommunförbundet Stockholms läns kansli", ["Kommunförbundet Stockholms län"]),
        (
            "Kommunförbundet Stockholms län och Kommunförbundet Skånes",
            ["Kommunförbundet Stockholms län", "Kommunförbundet Skåne"],
        ),
        (
            "Kommunförbundet Norrbottens samt Kommunförbundet Västernorrlands styrelser",
            ["Kommunförbundet Norrbotten", "Kommunförbundet Västernorrland"],
        ),
        ("i samverkan med Kommunförbundet Skåne – och regionen", ["Kommunförbundet Skåne"]),
        ("Kommunförbundet Västra Götalands läns\nstyrelse", ["Kommunförbundet Västra Götalands län"]),
        ("Kommunförbundet Sveriges styrelse", []),
        ("Kommunförbundets styrelse", []),
    ],
)
def test_association_names(text: str, names: list[str]) -> None:
    assert [span.name for span in associations(text)] == names
