"""Review of holdout20, ``decision.voted``: a vote's lead-in ("Med 7 ja-röster mot 4 nej-röster har nämnden
således beslutat") only in a protocol item that tells the vote, its own body deciding; numbers in words, the
adverb before or after the body, "sålunda", "enligt följande:" and the preterite "beslutade" as well."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.extract.lead_ins import voted_in_item, voted_lead_in

REGISTER = load_register()


def _points(block, texts: list[tuple[str, str]], office: str = "Hägersten-Älvsjö stadsdelsnämnd") -> list[str]:
    analysed = analyse([block(text, kind) for kind, text in texts], REGISTER)
    return [point.text for point in extract_decision(analysed, office, office, REGISTER).points]


@pytest.mark.parametrize(
    "texts",
    [
        # the reviewer's memo: history in its Bakgrund
        [
            ("heading", "Bakgrund"),
            ("paragraph", "Trafiknämnden har därmed beslutat att"),
            ("list_item", "– utreda fler busslinjer"),
        ],
        [
            ("heading", "Bakgrund"),
            ("paragraph", "Kommunfullmäktige antog planen 2025. Med 45 röster mot 40 har fullmäktige alltså beslutat:"),
            ("list_item", "– att uppdra åt nämnderna att följa upp planen"),
        ],
        [
            ("heading", "Ärendet"),
            ("paragraph", "Region Stockholm har därmed beslutat att"),
            ("list_item", "- bygga ut tunnelbanan"),
        ],
        # a protocol item with no vote told
        [
            ("heading", "§ 7 Trafikplan"),
            ("paragraph", "Trafiknämnden har därmed beslutat att"),
            ("paragraph", "att utreda fler busslinjer."),
        ],
        # a vote in the item, but another body decided
        [
            ("heading", "§ 7 Trafikplan"),
            ("paragraph", "Med 45 röster mot 40 har trafiknämnden alltså beslutat"),
            ("paragraph", "att utreda fler busslinjer."),
        ],
        # "utan omröstning": no vote
        [
            ("heading", "§ 7 Trafikplan"),
            ("paragraph", "Beslutet fattades utan omröstning. Stadsdelsnämnden har således beslutat att"),
            ("paragraph", "att utreda fler busslinjer."),
        ],
    ],
)
def test_no_points_without_a_vote_in_the_protocols_item(block, texts: list[tuple[str, str]]) -> None:
    assert _points(block, texts) == []


@pytest.mark.parametrize(
    "lead",
    [
        "Med 7 ja-röster mot 4 nej-röster har stadsdelsnämnden således beslutat",
        "Med sju ja-röster mot fyra nej-röster har stadsdelsnämnden således beslutat",
        "Med 7 ja-röster mot 4 nej-röster har således stadsdelsnämnden beslutat",
        "Med 7 ja-röster mot 4 nej-röster har nämnden sålunda beslutat",
        "Med 7 röster mot 4 har stadsdelsnämnden sålunda beslutat",
        "Med 7 röster mot 4 beslutade nämnden således",
        "Med elva röster mot tio beslutade således stadsdelsnämnden",
        "Med 7 röster mot 4 har\nstadsdelsnämnden således beslutat",
    ],
)
def test_a_voted_lead_in_opens_its_points(block, lead: str) -> None:
    texts = [
        ("heading", "§ 5 Avveckling av parkleken"),
        ("paragraph", lead),
        ("paragraph", "att avveckla verksamheten vid parkleken,"),
        ("paragraph", "att föra över budgeten till parkverksamheten."),
    ]
    assert _points(block, texts) == [
        "att avveckla verksamheten vid parkleken,",
        "att föra över budgeten till parkverksamheten.",
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Stadsdelsnämnden har således beslutat enligt följande:",
        "Nämnden har därmed beslutat att",
        "Nämnden beslutade alltså följande:",
    ],
)
def test_a_vote_told_before_in_the_item(block, lead: str) -> None:
    texts = [
        ("heading", "§ 5 Avveckling av parkleken"),
        ("heading", "Propositionsordning och votering"),
        ("paragraph", "Votering begärs och verkställs. Den som vill bifalla förvaltningens förslag röstar ja."),
        ("paragraph", lead),
        ("paragraph", "att avveckla verksamheten vid parkleken."),
    ]
    assert _points(block, texts) == ["att avveckla verksamheten vid parkleken."]


@pytest.mark.parametrize(
    ("item", "decider"),
    [
        (["§ 5 Parkleken", "Omröstning begärs.", "Nämnden har således beslutat att"], "Nämnden"),
        (["§ 5", "Med sju röster mot fyra beslutade nämnden sålunda"], "nämnden"),
    ],
)
def test_voted_in_item(item: list[str], decider: str) -> None:
    assert voted_in_item(item) == (None, decider, False)


@pytest.mark.parametrize(
    "text",
    [
        "Med 7 röster mot 4 beslutade nämnden att anta planen.",  # its own clause, no points after it
        "Nämnden beslutade enligt följande:",  # no "således": not told as the vote's outcome
        "Nämnden har beslutat att",
    ],
)
def test_no_voted_lead_in(text: str) -> None:
    assert voted_lead_in(text) is None
