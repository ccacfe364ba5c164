"""A county board's logo: "Länsstyrelsen" over the county in full or by its short name, the agency the county's.
Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.county_logo import county_line
from atgard.extract.letterhead import letterhead_office


@pytest.mark.parametrize(
    ("logo", "line", "county"),
    [
        pytest.param("Länsstyrelsen", "Västra Götaland", "Västra Götalands län", id="two words, genitive s"),
        pytest.param("Länsstyrelsen", "Västra  Götaland", "Västra Götalands län", id="two spaces"),
        pytest.param("LÄNSSTYRELSEN", "Skåne", "Skåne län", id="in capitals, no genitive s"),
        pytest.param("Länsstyrelsen", "Kalmar", "Kalmar län", id="Kalmar län without s"),
        pytest.param("Länsstyrelsen", "Dalarna", "Dalarnas län", id="Dalarna"),
        pytest.param("Länsstyrelsen", "Uppsala län", "Uppsala län", id="in full"),
        pytest.param("Region", "Jönköpings län", "Jönköpings län", id="any agency over the county in full"),
        pytest.param("Trafikverket", "Stockholm", None, id="a short name under another agency"),
        pytest.param("Länsstyrelsen", "Samhällsbyggnadsavdelningen", None, id="a unit"),
        pytest.param("Länsstyrelsen", "Göteborg", None, id="a city, no county"),
        pytest.param("Länsstyrelsen i Stockholms län", "Stockholm", None, id="the name in full over a place"),
    ],
)
def test_the_county_under_the_logo(logo: str, line: str, county: str | None) -> None:
    assert county_line(logo, line) == county


def test_a_county_boards_logo_in_the_right_cell_names_the_county_board() -> None:
    blocks = [
        table_row("Samhällsbyggnadsavdelningen\nEnheten för planfrågor", "Länsstyrelsen\nVästra Götaland", pitch=260),
        lines_block("Länsstyrelsen har tagit del av samrådshandlingen och lämnar härmed sitt yttrande."),
    ]
    assert letterhead_office(blocks) == "Länsstyrelsen i Västra Götalands län"
