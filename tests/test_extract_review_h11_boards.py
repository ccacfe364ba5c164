"""The review of holdout11's boards: state agencies whose names end in "-nämnden" or "-styrelsen" are outside
bodies, not a municipality's boards: the register's block of them ("Konstnärsnämnden", "Centrala
studiestödsnämnden", "Skogsstyrelsen", "Post- och telestyrelsen" …) and the rule for any "Statens …-nämnd" or
"Statens …-styrelse"."""

from __future__ import annotations

import pytest

from atgard.extract.boards import load_register
from atgard.extract.mentions import read_board_list
from atgard.extract.mentions.context import board_spans
from atgard.extract.mentions.shapes import adjective_compound_boards
from atgard.extract.nlp import swedish_pipeline

REGISTER = load_register()


def _listed(text: str) -> list[tuple[str, str]]:
    return [(b.name, b.kind) for b in read_board_list(text, REGISTER)]


def _named(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in board_spans(swedish_pipeline(REGISTER)(text), REGISTER)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the reviewer's: both came out "unknown"
        ("Konstnärsnämnden, Centrala studiestödsnämnden", ["Konstnärsnämnden", "Centrala studiestödsnämnden"]),
        ("Konstnärsnämnden och Centrala studiestödsnämnden (CSN)", ["Konstnärsnämnden", "Centrala studiestödsnämnden"]),
        ("Skogsstyrelsen samt Post- och telestyrelsen", ["Skogsstyrelsen", "Post- och telestyrelsen"]),
        (
            "Skolväsendets överklagandenämnd, Överklagandenämnden för studiestöd respektive Kriminalvårdsnämnden",
            ["Skolväsendets överklagandenämnd", "Överklagandenämnden för studiestöd", "Kriminalvårdsnämnden"],
        ),
        (
            "Transportstyrelsen, Rymdstyrelsen och Socialstyrelsen",
            ["Transportstyrelsen", "Rymdstyrelsen", "Socialstyrelsen"],
        ),
        ("Rikspolisstyrelsen och Ungdomsstyrelsen", ["Rikspolisstyrelsen", "Ungdomsstyrelsen"]),
    ],
)
def test_state_agencies_named_as_boards_are_external(text: str, names: list[str]) -> None:
    assert _listed(text) == [(name, "external") for name in names]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Remissen skickas till Konstnärsnämnden och Centrala studiestödsnämnden.",
            ["Konstnärsnämnden", "Centrala studiestödsnämnden"],
        ),
        (
            "Yttrande har lämnats av Skogsstyrelsen och Post- och telestyrelsen.",
            ["Skogsstyrelsen", "Post- och telestyrelsen"],
        ),
        (
            "Statens ansvarsnämnd och Statens institutionsstyrelse har yttrat sig.",
            ["Statens ansvarsnämnd", "Statens institutionsstyrelse"],
        ),
    ],
)
def test_state_agencies_named_in_a_sentence(text: str, names: list[str]) -> None:
    assert _named(text) == [(name, "external") for name in names]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "Statens" before a -styrelse as before a -nämnd: a state agency, by its shape (no row needed)
        ("Statens fastighetsstyrelse", [("Statens fastighetsstyrelse", "external")]),
        ("statens fastighetsstyrelses", [("Statens fastighetsstyrelse", "external")]),
        ("Statens ansvarsnämnds beslut", [("Statens ansvarsnämnd", "external")]),
        ("Statens institutionsstyrelsen", [("Statens institutionsstyrelsen", "external")]),
        ("Kommunalekonomiska utjämningsnämnden", [("Kommunalekonomiska utjämningsnämnden", "unknown")]),
        # an adjective before a -styrelse is no such name: a company's or a foundation's board
        ("Regionala bolagsstyrelsen", []),
        ("statens styrelse", []),
    ],
)
def test_statens_before_a_styrelse(text: str, found: list[tuple[str, str]]) -> None:
    assert [(s.name, s.kind) for s in adjective_compound_boards(text)] == found
