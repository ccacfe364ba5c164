"""Review of holdout18's rules (lead-ins): each table holds the reviewer's counter-example, which failed before its
mend, and Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.lead_ins import lead_in


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (  # the review's
            "Borgarrådsberedningen föreslår att kommunstyrelsen för sin del beslutar följande.",
            ("Borgarrådsberedningen", "kommunstyrelsen", False),
        ),
        (
            "Borgarrådsberedningen föreslår att kommunstyrelsen för egen del beslutar följande:",
            ("Borgarrådsberedningen", "kommunstyrelsen", False),
        ),
        (
            "Arbetsutskottet föreslår att regionstyrelsen, för sin del, beslutar följande.",
            ("Arbetsutskottet", "regionstyrelsen", False),
        ),
        (
            "Borgarrådsberedningen föreslår vidare att kommunstyrelsen för sin del beslutar att ge kontoret i uppdrag.",
            ("Borgarrådsberedningen", "kommunstyrelsen", True),
        ),
        (
            "Borgarrådsberedningen föreslår också att kommunstyrelsen för\nsin del beslutar följande.",
            ("Borgarrådsberedningen", "kommunstyrelsen", False),
        ),
        ("Kommunstyrelsen beslutar för sin del följande.", (None, "Kommunstyrelsen", False)),
        ("Regionstyrelsen beslutar för sin del att godkänna rapporten.", (None, "Regionstyrelsen", True)),
        (
            "Kommunstyrelsen beslutar för sin del, under förutsättning av kommunfullmäktiges beslut:",
            (None, "Kommunstyrelsen", False),
        ),
        ("Kommunstyrelsen beslutar, för sin del, att anta riktlinjerna.", (None, "Kommunstyrelsen", True)),
    ],
)
def test_a_board_deciding_for_its_own_part(text: str, found: tuple[str | None, str, bool]) -> None:
    """Both "för egen del" and "för sin del" leave the board alone as the decider, written once (OWN_PART)."""
    assert lead_in(text) == found
