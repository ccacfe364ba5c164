"""Holdout19's measure families: a proposal's "Förslaget riktas till …" line naming those responsible, a company
named twice (short and full name) counted once, a legend explaining a board with its whole organisation after it."""

from __future__ import annotations

import pytest

from atgard.extract.abbreviations import glossary_of_blocks
from atgard.extract.boards import load_register
from atgard.extract.measure_responsible import measure_responsible
from atgard.extract.responsible import RESPONSIBLE, responsible_part
from atgard.schema import BBox, Block, PageBox

REGISTER = load_register()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Förslaget riktas till utbildningsnämnden och idrottsnämnden.", ["Utbildningsnämnden", "Idrottsnämnden"]),
        ("Åtgärden riktas till socialnämnden samt äldrenämnden", ["Socialnämnden", "Äldrenämnden"]),
        (
            "Förslaget riktar sig till kulturnämnden, idrottsnämnden respektive utbildningsnämnden.",
            ["Kulturnämnden", "Idrottsnämnden", "Utbildningsnämnden"],
        ),
        ("Uppdraget ges till stadsledningskontoret", ["Stadsledningskontoret"]),
        (
            "Förslaget riktas till AB Familjebostäder och SISAB.",
            ["AB Familjebostäder", "Skolfastigheter i Stockholm AB"],
        ),
        (
            "Ansvariga: Utbildningsnämnden och SISAB (Skolfastigheter i Stockholm AB).",
            ["Utbildningsnämnden", "Skolfastigheter i Stockholm AB"],
        ),
    ],
)
def test_addressed_line_names_responsible(line: str, names: list[str]) -> None:
    found = RESPONSIBLE.match(line)
    assert found is not None
    assert [r.name for r in measure_responsible(responsible_part(found.group("list")), REGISTER)] == names


@pytest.mark.parametrize(
    "line",
    [
        "Förslaget riktas till barnfamiljer i ytterstaden.",
        "Åtgärden riktar sig till alla elever i årskurs 1–3.",
        "Förslaget har riktats till utbildningsnämnden.",
        "Insatsen riktas främst till unga vuxna.",
    ],
)
def test_addressed_line_to_people_is_none(line: str) -> None:
    assert RESPONSIBLE.match(line) is None


def _paragraph(text: str) -> Block:
    box = [PageBox(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1))]
    return Block(kind="paragraph", text=text, page=1, boxes=box)


@pytest.mark.parametrize(
    ("line", "short", "meant"),
    [
        ("TRN = Trafiknämnden, Region Stockholm (genom trafikförvaltningen)", "TRN", "Trafiknämnden"),
        ("KN – kulturnämnden, Malmö stad", "KN", "kulturnämnden"),
        ("TMN: Tillväxt- och regionplanenämnden, Region Stockholm", "TMN", "Tillväxt- och regionplanenämnden"),
        ("TN = Trafiknämnden och Region Stockholm", "TN", "Trafiknämnden och Region Stockholm"),
        ("TRV – Trafikverket, Region Stockholm", "TRV", "Trafikverket, Region Stockholm"),
    ],
)
def test_legend_board_with_its_organisation(line: str, short: str, meant: str) -> None:
    assert glossary_of_blocks([_paragraph(line)]) == {short: meant}
