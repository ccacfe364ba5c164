"""Review of holdout19, addressee: a right cell ended by its postal line is the addressee beside a decision's
references; beside a letter's own "Datum / Dnr" it may be the sender's own address, the addressee only when the
sender is known and another body."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.addressee import _mailed_in_cell

_SMF = "Stadsmiljöförvaltningen"


@pytest.mark.parametrize(
    ("cells", "own", "expected"),
    [
        # the reviewer's counter-example: the sender's own address beside its references
        (("Datum 2027-03-04\nDnr SMN-2027/112", f"{_SMF}\nBox 2403\n403 16 Göteborg"), None, None),
        (("Datum 2027-03-04\nDnr SMN-2027/112", f"{_SMF}\nBox 2403\n403 16 Göteborg"), _SMF, None),
        (("Datum: 2027-03-04\nVår referens: SMN 2027–112", f"{_SMF},\nBox 2403,\n403 16 Göteborg"), _SMF, None),
        (("Dnr KS 2027/12", "Stadsledningskontoret\nBox 2030\n403 11 Göteborg"), "stadsledningskontoret", None),
        # beside a letter's references, another body than the sender's
        (("Datum 2027-03-04\nDnr SMN-2027/112", "Trafikverket\nBox 810\n781 28 Borlänge"), _SMF, "Trafikverket"),
        # beside a decision's references: the body it is sent to
        (
            ("Regeringsbeslut 12\n2027-03-04\nKN2027/00412", "Energimyndigheten\nBox 310\n631 04 Eskilstuna"),
            None,
            "Energimyndigheten",
        ),
        (("Protokollsutdrag\n2027-02-03", "Trafiknämnden\nBox 8311, 104 20 Stockholm"), None, "Trafiknämnden"),
        (("Beslut\n2027-01-10", "Socialstyrelsen\n106 30 Stockholm"), None, "Socialstyrelsen"),
    ],
)
def test_postal_right_cell(cells: tuple[str, ...], own: str | None, expected: str | None) -> None:
    assert _mailed_in_cell(table_row(*cells), own) == expected
