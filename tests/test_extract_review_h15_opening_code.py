"""The review of holdout15's opening codes: in a measures table with no code column a cell's dotted number is its
measure's code ("4.2 Ett särskilt lokalstöd"), but a time written with a dot, as Swedish does, is none ("09.30
Inledning", "18.00 Mötet avslutas" in a programme "Aktivitet | Ansvarig"); the number is vocabulary.MEASURE_NUMBER."""

from __future__ import annotations

import pytest

from atgard.extract.measure_tables import cell_code


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("09.30 Inledning och välkomnande", None),
        ("18.00 Mötet avslutas", None),
        ("10.30 Fika i foajén", None),
        ("14.15 Grupparbete om trygghet", None),
        ("13.05 Paus", None),
        ("08.45 – Registrering", None),
        ("9.00 Kaffe och smörgås", None),
        ("4.2 Ett särskilt lokalstöd införs", "4.2"),
        ("1.10 Stadens lokaler görs bokningsbara", "1.10"),
        ("2.1. En rutin för uppföljning tas fram", "2.1"),
        ("3.15.2 Rutinerna ses över", "3.15.2"),
        ("1:2 Taxorna harmoniseras.", "1:2"),
    ],
    ids=[
        "09.30 reviewer",
        "18.00 reviewer",
        "quarter",
        "quarter past",
        "minutes with 0",
        "dash",
        "hour alone",
        "dotted code",
        "ten",
        "dot after",
        "three numbers",
        "colon",
    ],
)
def test_a_dotted_time_opens_no_measure(cell: str, code: str | None) -> None:
    found = cell_code(cell, False, True)
    assert (found[0] if found else None) == code
