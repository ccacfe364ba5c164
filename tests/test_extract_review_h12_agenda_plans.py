"""The review of holdout12's plans an agenda's item adopts: a year or a date after "åtgärder" or "förslag" names no
measure; the item runs past its own sub-headings ("Förslag till beslut", "Beslut"), opens on a numbered list's line
too, and adopts its plan however the dash is spaced, with a case number on its line, or as "skyfallsplanen"."""

from __future__ import annotations

import pytest

from atgard.extract.agenda_plans import adopted_plans
from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register

REGISTER = load_register()

_LINE = "4. Avfallsplan 2027–2030"
_ADOPTS = "att anta Avfallsplan 2027–2030."


def _titles(blocks) -> list[str]:
    return [plan.title for plan in adopted_plans(analyse(blocks, REGISTER))]


@pytest.mark.parametrize(
    "measures",
    [
        "Beslutsunderlag: Kommunstyrelsens arbetsutskotts förslag 2026-04-14 § 87",
        "Planen innehåller åtgärder 2027–2030.",
        "Planen innehåller åtgärder 2027 - 2030.",
        "Insatser 2027 och 2028 finansieras inom ram.",
        "Kommunstyrelsens förslag 2026 års budget ryms.",
    ],
)
def test_a_year_or_a_date_names_no_measure(block, measures: str) -> None:
    blocks = [block(_LINE, kind="heading", level=3), block(_ADOPTS), block(measures)]
    assert _titles(blocks) == []


@pytest.mark.parametrize(
    "measures",
    ["Åtgärderna 3 och 5 genomförs av tekniska nämnden.", "Åtgärd 2027:1 genomförs av tekniska nämnden."],
)
def test_a_numbered_measure_still_names_one(block, measures: str) -> None:
    blocks = [block(_LINE, kind="heading", level=3), block(_ADOPTS), block(measures)]
    assert _titles(blocks) == ["Avfallsplan 2027–2030"]
