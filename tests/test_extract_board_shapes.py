"""Bodies found by the shape of their name, and the register's boards of earlier years: tables of variants."""

from __future__ import annotations

import pytest

from atgard.extract.boards import load_register
from atgard.extract.mentions import board_spans
from atgard.extract.nlp import swedish_pipeline

REGISTER = load_register()


def spans(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.name, s.board_id, s.kind) for s in board_spans(swedish_pipeline(REGISTER)(text), REGISTER)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ärendet skickas till nämnden för Teknik & Fritid och nämnden för Barn & Utbildning.",
            [("Nämnden för Teknik & Fritid", None, "unknown"), ("Nämnden för Barn & Utbildning", None, "unknown")],
        ),
        (
            "Yttrande från Nämnden för funktionsstöd och trafiknämnden.",
            [("Nämnden för funktionsstöd", None, "unknown"), ("Trafiknämnden", "trafiknamnden", "committee")],
        ),
        (
            "nämnden för arbetsmarknad och vuxenutbildning har yttrat sig",
            [("Nämnden för arbetsmarknad och vuxenutbildning", None, "unknown")],
        ),
        (
            "Myndigheten för samhällsskydd och beredskap, Inspektionen för vård och omsorg samt Socialstyrelsen",
            [
                ("Myndigheten för samhällsskydd och beredskap", None, "external"),
                ("Inspektionen för vård och omsorg", None, "external"),
                ("Socialstyrelsen", "socialstyrelsen", "external"),
            ],
        ),
        (
            "Myndigheten för delaktighet och Sveriges Kommuner och Regioner",
            [("Myndigheten för delaktighet", None, "external"), ("Sveriges Kommuner och Regioner", "skr", "external")],
        ),
        ("Tekniska nämnden i Falköping beslutar", [("Tekniska nämnden", None, "unknown")]),
        ("ryms inom hälsa-, vård- och omsorgsnämndens budget", [("Hälsa-, vård- och omsorgsnämnden", None, "unknown")]),
        (
            "Region Skåne, Region Jämtland Härjedalen, Landstinget i Uppsala län och Region Stockholm",
            [
                ("Region Skåne", None, "external"),
                ("Region Jämtland Härjedalen", None, "external"),
                ("Landstinget i Uppsala län", None, "external"),
                ("Region Stockholm", "region-stockholm", "external"),
            ],
        ),
        # a register company's name that goes on into another company's: its subsidiary
        (
            "till dotterbolagen Stockholm Vatten VA AB och Stockholm Avfall AB för yttrande",
            [("Stockholm Vatten VA AB", None, "unknown"), ("Stockholm Avfall AB", None, "unknown")],
        ),
        (
            "Stockholmshem Bygg AB samt Stockholm Vatten och Avfall AB",
            [
                ("Stockholmshem Bygg AB", None, "unknown"),
                ("Stockholm Vatten och Avfall AB", "stockholm-vatten-och-avfall", "company"),
            ],
        ),
        ("SISAB Energi AB", [("SISAB Energi AB", None, "unknown")]),
        (
            "Remissen går till Stockholm Vatten.",
            [("Stockholm Vatten och Avfall AB", "stockholm-vatten-och-avfall", "company")],
        ),
        ("Ärendet skickas till nämnden för yttrande.", []),  # a purpose, not a name
        ("Kostnaden belastar nämnden för perioden.", []),
        ("Hela landstinget berörs.", []),  # another region's as well as Stockholm's: no Stockholm id
    ],
)
def test_bodies_by_the_shape_of_their_name(text: str, expected: list) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "board_id"),
    [
        ("Kista stadsdelsnämnd", "kista-sdn"),
        ("stadsdelsnämnden i Vällingby", "vallingby-sdn"),
        ("Maria-Gamla stans stadsdelsnämnd", "maria-gamla-stan-sdn"),
        ("Katarina-Sofia stadsdelsnämnd", "katarina-sofia-sdn"),
        ("Socialtjänstnämnden", "socialtjanstnamnden"),
        ("Stockholms stads socialtjänstnämnd", "socialtjanstnamnden"),
        ("socialtjänst- och arbetsmarknadsnämnden", "socialtjanst-och-arbetsmarknadsnamnden"),
        ("Gatu- och fastighetsnämnden", "gatu-och-fastighetsnamnden"),
        ("Hässelby-Vällingby stadsdelsnämnd", "hasselby-vallingby-sdn"),  # today's, not its parts
        ("Rinkeby-Kista stadsdelsnämnd", "rinkeby-kista-sdn"),
    ],
)
def test_boards_of_earlier_years(text: str, board_id: str) -> None:
    (span,) = spans(text)
    assert span[1] == board_id


def test_the_districts_of_a_year() -> None:
    names = {b.name for b in REGISTER.members("samtliga-stadsdelsnamnder", 2005)}
    assert {"Kista stadsdelsnämnd", "Rinkeby stadsdelsnämnd", "Maria-Gamla stans stadsdelsnämnd"} <= names
    assert "Rinkeby-Kista stadsdelsnämnd" in names  # its years unknown before 2007: taken as always there
    assert "Kista stadsdelsnämnd" not in {b.name for b in REGISTER.members("samtliga-stadsdelsnamnder", 2016)}
