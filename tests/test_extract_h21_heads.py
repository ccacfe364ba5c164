"""Heads of holdout21: a ministry's letterhead in a row under the document's type alone ("Remiss" over
"Regeringskansliet / <department> | <date> / <dnr>"), and a name broken after its coordinated part in an address or
letterhead ("Landsbygds- och" / "infrastrukturdepartementet"), the sender's own department over the addressee. Tables
of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.addressee import address_block
from atgard.extract.letterhead import letterhead, letterhead_office
from atgard.extract.letterhead_type import unbroken

_TITLE = lines_block("Uppdrag att ta fram en vägledning", kind="heading", level=1)


@pytest.mark.parametrize(
    ("kind", "cell", "office"),
    [
        (
            "Remiss",
            "Regeringskansliet\nLandsbygds- och\ninfrastrukturdepartementet\nTransportenheten",
            "Landsbygds- och infrastrukturdepartementet",
        ),
        (
            "REMISS",
            "Regeringskansliet\nKlimat- och näringslivsdepartementet\nEnheten för miljökvalitet",
            "Klimat- och näringslivsdepartementet",
        ),
        ("Remiss", "Regeringskansliet\nFinansdepartementet", "Finansdepartementet"),
        (
            "Remissmissiv",
            "Regeringskansliet\nArbetsmarknadsdepartementet\nSekretariatet",
            "Arbetsmarknadsdepartementet",
        ),
        (
            "Remiss",
            "Regeringskansliet\nKultur- samt\nutbildningsdepartementet",
            "Kultur- samt utbildningsdepartementet",
        ),
    ],
)
def test_a_letterhead_in_a_row_under_the_type_alone(kind: str, cell: str, office: str) -> None:
    blocks = [
        lines_block(kind, kind="heading", level=3, x0=400),
        table_row(cell, "2027-06-18\nLI2027/01466"),
        lines_block("Remiss av betänkandet Kollektivtrafik i hela landet", kind="heading", level=1),
    ]
    assert letterhead(blocks) == []  # the type is no logo
    assert letterhead_office(blocks) == office


def test_no_letterhead_under_a_type_without_the_heads_date() -> None:
    blocks = [
        lines_block("Remiss", kind="heading", level=3, x0=400),
        table_row("Regeringskansliet\nFinansdepartementet", "Remissinstanser"),
    ]
    assert letterhead_office(blocks) is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Landsbygds- och", "infrastrukturdepartementet"], ["Landsbygds- och infrastrukturdepartementet"]),
        (["Skol- och", "fritidsnämnden", "Box 12"], ["Skol- och fritidsnämnden", "Box 12"]),
        (["Hälso- samt", "sjukvårdsnämnden"], ["Hälso- samt sjukvårdsnämnden"]),
        (["Kultur- eller", "fritidsförvaltningen"], ["Kultur- eller fritidsförvaltningen"]),
        (["Miljö- och", "Stadsbyggnadsnämnden"], ["Miljö- och", "Stadsbyggnadsnämnden"]),  # a new line's capital
        (["Regeringskansliet", "Finansdepartementet"], ["Regeringskansliet", "Finansdepartementet"]),
        (["Trafiknämnden och", "kulturnämnden"], ["Trafiknämnden och", "kulturnämnden"]),  # no part's hyphen
    ],
)
def test_a_name_broken_after_its_coordinated_part_is_one_line(lines: list[str], expected: list[str]) -> None:
    assert unbroken(lines) == expected


@pytest.mark.parametrize(
    ("sender", "department", "addressee", "postal"),
    [
        (
            "Landsbygds- och infrastrukturdepartementet",
            ("Landsbygds- och", "infrastrukturdepartementet"),
            "Trafikverket",
            "781 89 Borlänge",
        ),
        (
            "Klimat- och näringslivsdepartementet",
            ("Klimat- och näringslivsdepartementet",),
            "Naturvårdsverket",
            "106 48 Stockholm",
        ),
        ("Socialdepartementet", ("Socialdepartementet",), "Socialstyrelsen", "106 30 Stockholm"),
    ],
)
def test_the_senders_department_over_the_address_is_no_addressee(
    sender: str, department: tuple[str, ...], addressee: str, postal: str
) -> None:
    blocks = [lines_block(*department), lines_block(addressee), lines_block(postal), _TITLE]
    assert address_block(blocks, ("Regeringen", sender)) == addressee
    assert address_block(blocks) == " ".join(department)  # without the header's sender, the first line as before


def test_a_broken_ministry_name_is_the_addressee_whole() -> None:
    blocks = [lines_block("Landsbygds- och", "infrastrukturdepartementet", "li.remissvar@regeringskansliet.se"), _TITLE]
    assert address_block(blocks, ("Trafikverket", None)) == "Landsbygds- och infrastrukturdepartementet"
