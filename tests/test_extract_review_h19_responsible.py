"""Review of holdout19, responsible lines: "… riktas till" names those responsible only when it names a body (an
abbreviation standing as a word, not "SFI-elever"), not a memo's decision addressee ("… för beslut"); plurals
("Förslagen", "Åtgärderna") and an adverbial before "till" ("i första hand") are read too."""

from __future__ import annotations

import pytest

from atgard.extract.boards import load_register
from atgard.extract.measure_responsible import measure_responsible
from atgard.extract.responsible import RESPONSIBLE, responsible_part

REGISTER = load_register()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Förslagen riktas till utbildningsnämnden.", ["Utbildningsnämnden"]),
        ("Åtgärderna riktas till socialnämnden.", ["Socialnämnden"]),
        ("Förslaget riktas i första hand till utbildningsnämnden.", ["Utbildningsnämnden"]),
        ("Insatserna riktar sig främst till kulturnämnden och idrottsnämnden", ["Kulturnämnden", "Idrottsnämnden"]),
        ("Uppdragen ges till socialnämnden respektive\näldrenämnden.", ["Socialnämnden", "Äldrenämnden"]),
        ("Åtgärden riktas framför allt till SISAB samt utbildningsnämnden", None),
        ("Förslaget riktas till utbildningsnämnden – för genomförande 2027.", ["Utbildningsnämnden"]),
    ],
)
def test_addressed_line_names_responsible(line: str, names: list[str] | None) -> None:
    found = RESPONSIBLE.match(line)
    assert found is not None
    if names is not None:
        assert [r.name for r in measure_responsible(responsible_part(found.group("list")), REGISTER)] == names


@pytest.mark.parametrize(
    "line",
    [
        "Insatsen riktas till SFI-elever i ytterstaden.",
        "Åtgärden riktar sig till LSS-boenden.",
        "Insatserna riktas till SFI–elever och nyanlända.",
        "Förslaget riktas till kommunfullmäktige för beslut.",
        "Förslagen riktas till kommunstyrelsen för kännedom.",
        "Förslaget riktas till kommunfullmäktige\nför beslut.",
        "Förslaget riktas inte till utbildningsnämnden.",
        "Åtgärderna riktas i första hand till SFI-elever och nyanlända.",
    ],
)
def test_addressed_line_to_people_or_for_decision_is_none(line: str) -> None:
    assert RESPONSIBLE.match(line) is None
