"""Heads of holdout19's families: a county board named bare in its own letter, an address set beside the decision's
references and ended by its postal line, a letter's type beside the municipality's name in its head."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.addressee import _mailed_in_cell
from atgard.extract.county_logo import own_county_board

_VG = "Länsstyrelsen i Västra Götalands län"
_STHLM = "Länsstyrelsen i Stockholms län"


@pytest.mark.parametrize(
    ("text", "office", "expected"),
    [
        ("Länsstyrelsen har fått Borås Stads förslag till klimatplan på remiss.", _VG, _VG),
        ("Förslaget har skickats till länsstyrelsen för yttrande senast den 3 maj.", _VG, _VG),
        (
            "Länsstyrelsen har beretts tillfälle att yttra sig över planen – och gör det härmed.",
            "Länsstyrelsen i Skåne län",
            "Länsstyrelsen i Skåne län",
        ),
        ("Länsstyrelsen i Stockholms län har fått förslaget på remiss.", _VG, _STHLM),  # named with its county
        ("Länsstyrelsen har fått förslaget på remiss.", "Trafikverket", _STHLM),  # no county board writing
        ("Länsstyrelsen har fått förslaget på remiss.", None, _STHLM),
    ],
)
def test_bare_county_board_is_the_writer(text: str, office: str | None, expected: str) -> None:
    assert own_county_board(_STHLM, text, office) == expected


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            ("Regeringsbeslut II:7\n2027-11-18\nS2027/02219 (delvis)", "Boverket\nBox 534\n371 23 Karlskrona"),
            "Boverket",
        ),
        (("Regeringsbeslut 5\n2026-03-02\nFi2026/00311", "Statskontoret\nBox 396, 101 27 Stockholm"), "Statskontoret"),
        (("Beslut\n2027-01-10", "Socialstyrelsen\n106 30 Stockholm"), "Socialstyrelsen"),
        # the sender's own letterhead goes on under its postal line: no address
        (("Datum 2026-06-15", "Jönköping Energi\nBox 5150\n550 05 Jönköping\nBesök: Kålgårdsgatan 13"), None),
        (
            (
                "Remissversion\nDnr IDN 2027/0148",
                "STOCKHOLMS STAD\nIdrottsförvaltningen\nBox 8312, 104 20 Stockholm\nidrott.stockholm",
            ),
            None,
        ),
        (("Boverket\nBox 534\n371 23 Karlskrona",), None),  # one cell: no references beside it
    ],
)
def test_address_beside_references(cells: tuple[str, ...], expected: str | None) -> None:
    assert _mailed_in_cell(table_row(*cells)) == expected
