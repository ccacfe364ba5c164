"""A region that names itself in one word over its address ("Västra Götalandsregionen"), a board called a
"styrelse" after a suspended compound ("Hälso- och sjukvårdsstyrelsen"), and a verb before a board's name that is
no adjective of it ("att informera kultur- och fritidsnämnden"), on invented Swedish variants."""

from __future__ import annotations

import pytest

from atgard.extract.boards import load_register
from atgard.extract.home import home_municipality, own_names
from atgard.extract.mentions import board_spans
from atgard.extract.nlp import swedish_pipeline

REGISTER = load_register()
NLP = swedish_pipeline(REGISTER)


def names(text: str) -> list[tuple[str, str]]:
    return [(span.name, span.kind) for span in board_spans(NLP(text), REGISTER)]


@pytest.mark.parametrize(
    ("lines", "home"),
    [
        (["Regionstyrelsen", "Västra Götalandsregionen", "Regionens Hus, 405 44 Göteborg"], "Västra Götalandsregionen"),
        (["Sjukvårdsstyrelsen", "Västra Götalandsregionen", "Box 1, 40544 Göteborg"], "Västra Götalandsregionen"),
        (["Koncernkontoret", "Gotlandsregionen", "621 81 Visby"], "Gotlandsregionen"),
        (["Stadsledningskontoret", "Stockholmsregionen", "Dnr KS 2026/12"], None),
        (["Stadsledningskontoret", "i Stockholmsregionen", "105 35 Stockholm"], None),
    ],
)  # fmt: skip
def test_a_region_word_over_its_address_is_home(lines, home) -> None:
    assert home_municipality(lines) == home


def test_a_region_word_is_the_documents_own_and_regionen() -> None:
    own = own_names(
        ["Regionstyrelsen"], ["Regionstyrelsen", "Västra Götalandsregionen", "Regionens Hus, 405 44 Göteborg"]
    )
    assert {"västra götalandsregionen", "regionen", "regionstyrelsen"} <= own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hälso- och sjukvårdsstyrelsen har lämnat synpunkter.", [("Hälso- och sjukvårdsstyrelsen", "unknown")]),
        ("enligt barn- och utbildningsstyrelsens beslut", [("Barn- och utbildningsstyrelsen", "unknown")]),
        ("Vård- och omsorgsstyrelsen samt kultur- och fritidsnämnden",
         [("Vård- och omsorgsstyrelsen", "unknown"), ("Kultur- och fritidsnämnden", "unknown")]),
        ("Socialstyrelsen och Transportstyrelsen har yttrat sig.",
         [("Socialstyrelsen", "external"), ("Transportstyrelsen", "external")]),
        ("Styrelsen och sjukvårdsstyrelsen", []),
    ],
)  # fmt: skip
def test_a_styrelse_after_a_suspended_compound_is_a_board(text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regiondirektören får i uppdrag att informera kultur- och fritidsnämnden om svaret.",
         [("Kultur- och fritidsnämnden", "unknown")]),
        ("uppdrar åt direktören att informera hälso- och sjukvårdsstyrelsen",
         [("Hälso- och sjukvårdsstyrelsen", "unknown")]),
        ("Förslaget skickas till tekniska nämnden och sociala nämnden.",
         [("Tekniska nämnden", "unknown"), ("Sociala nämnden", "unknown")]),
        ("Remissen besvaras av regionala utvecklingsnämnden.", [("Regionala utvecklingsnämnden", "unknown")]),
    ],
)  # fmt: skip
def test_a_verb_before_a_board_is_no_adjective(text, expected) -> None:
    assert names(text) == expected
