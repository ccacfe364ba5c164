"""The review of holdout11's footer office: a running footer may give a street address before its postal code, a
"Postadress:" or "Besöksadress:" label, or no comma between the organisation and its office; a running header that
names an office or a board after a few words ("Region Skåne – Regionala utvecklingsförvaltningen") is no report's
running title."""

from __future__ import annotations

import pytest

from atgard.extract.footer_office import running_office


@pytest.mark.parametrize(
    ("header", "footer", "office"),
    [
        # the reviewer's two footers
        (
            "Malmö stad – Plan för gatunätet 2027–2030",
            "Malmö stad, Fastighets- och gatukontoret, August Palms plats 1, 205 80 Malmö",
            "Fastighets- och gatukontoret",
        ),
        (
            "Göteborgs Stad – Gröna skolgårdar",
            "Göteborgs Stad Lokalförvaltningen | Postadress: Box 5184, 402 26 Göteborg",
            "Lokalförvaltningen",
        ),
        # Swedish variants: a dot, a visiting address, a street number with a letter, a hyphen for the dash
        (
            "Göteborgs Stad - Gröna skolgårdar",
            "Göteborgs Stad · Lokalförvaltningen · Besöksadress: Gustaf Dalénsgatan 2 · 417 05 Göteborg",
            "Lokalförvaltningen",
        ),
        (
            "Nacka kommun – Trygg i Nacka 2027",
            "Nacka kommun, Miljö- och stadsbyggnadskontoret, Granitvägen 15B, 131 81 Nacka",
            "Miljö- och stadsbyggnadskontoret",
        ),
        (
            "Region Skåne – Handlingsplan för cykel",
            "Region Skåne | Regionala utvecklingsförvaltningen | Postadress: 291 89 Kristianstad",
            "Regionala utvecklingsförvaltningen",
        ),
    ],
    ids=["malmö street", "göteborg postadress", "besöksadress", "street letter", "postadress no box"],
)
def test_an_office_from_a_footer_with_an_address(header: str, footer: str, office: str) -> None:
    assert running_office(header, [header, f"{footer}   Sida 2 av 9"]) == office


@pytest.mark.parametrize(
    "header",
    [
        # the reviewer's: an office or a board after a few words is the header's office
        "Region Skåne – Regionala utvecklingsförvaltningen",
        "Nacka kommun – Miljö- och stadsbyggnadsnämnden",
        "Malmö stad - Fastighets- och gatukontoret",
        "Göteborgs Stad – Stadsdelsförvaltningen Västra Göteborg",
    ],
)
def test_a_header_naming_an_office_after_words_stays(header: str) -> None:
    footer = "Region Skåne, Koncernkontoret, 291 89 Kristianstad"
    assert running_office(header, [header, footer]) == header


@pytest.mark.parametrize(
    "footer",
    [
        "Göteborgs Stad, Box 5184, 402 26 Göteborg",
        "Göteborgs Stad | Postadress: Box 5184, 402 26 Göteborg",
        "Göteborgs Stad, Lokalförvaltningen",
        "Göteborgs Stad Lokalförvaltningen arbetar med skolgårdarna, 2027",
    ],
)
def test_a_footer_without_office_and_address(footer: str) -> None:
    header = "Göteborgs Stad – Gröna skolgårdar"
    assert running_office(header, [header, footer]) == header
