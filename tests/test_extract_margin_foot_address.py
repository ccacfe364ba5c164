"""A letterhead's margin column with the sender's address at the page's foot (an agency's answer: "Datum",
"Diarienr", "Handläggare" at the top of the column, "Trafikverket / 781 89 Borlänge" at its foot): the column is
read before the body, and the sender's own address is no addressee. Tables of Swedish variants written here."""

from __future__ import annotations

import pytest
from made_blocks import broken_block, lines_block

from atgard.extract.addressee import address_block
from atgard.extract.read.columns import column_parts
from atgard.extract.read.glyphs import Line, Segment, Unit

BODY, SMALL = 10.0, 7.5
TOP = ["Datum", "2027-09-10", "Diarienr", "TRV 2027/61702", "Handläggare", "Sara Öberg", "Telefon", "010-123 56 78"]
FOOT = ["Trafikverket", "781 89 Borlänge", "Besöksadress: Röda vägen 1"]


def _segment(text: str, x0: float, x1: float, top: float, size: float) -> Segment:
    step = (x1 - x0) / max(len(text), 1)
    units = [Unit(ch, False, False, x0 + i * step, x0 + (i + 1) * step) for i, ch in enumerate(text)]
    return Segment(units=units, x0=x0, x1=x1, top=top, bottom=top + size, size=size, bold_share=0.0)


def _page(top: list[str], foot: list[str], foot_row: int = 40) -> list[Line]:
    """A body column (185–530), 44 lines from y 90, with the margin column's lines (40–140) beside its first lines
    and beside the rows from ``foot_row`` on."""
    lines = []
    for n in range(44):
        y = 90 + 14 * n
        pieces = [(f"Trafikverket tillstyrker förslaget i sin helhet, rad {n}", 185.0, 528.0, BODY)]
        side = top[n] if n < len(top) else foot[n - foot_row] if 0 <= n - foot_row < len(foot) else None
        if side is not None:
            pieces.insert(0, (side, 40.0, min(40.0 + 4 * len(side), 150.0), SMALL))
        lines.append(Line(page=1, segments=[_segment(t, x0, x1, y, size) for t, x0, x1, size in pieces]))
    return lines


def _texts(parts: list[list[Line]]) -> list[list[str]]:
    return [[" | ".join(s.text for s in line.segments) for line in part] for part in parts]


@pytest.mark.parametrize(
    "foot",
    [
        FOOT,
        ["Polismyndigheten", "Box 12256", "102 26 Stockholm"],
        ["Länsstyrelsen i Stockholms län", "Box 22067", "104 22 Stockholm", "010-223 10 00"],
    ],
)
def test_a_margin_column_with_the_senders_address_at_the_foot_is_read_before_the_body(foot: list[str]) -> None:
    parts = _texts(column_parts(_page(TOP, foot, foot_row=44 - len(foot))))
    assert parts[0] == TOP + foot
    assert parts[1][0].startswith("Trafikverket tillstyrker") and len(parts[1]) == 44


@pytest.mark.parametrize(
    ("top", "foot", "foot_row"),
    [
        (TOP, ["Bakgrund"], 43),  # one side heading at the foot: no address block
        (TOP, FOOT, 20),  # a block half way down the page: side text of the body's, not its foot
        (["Bakgrund", "", "", "", "", "", "", "Ärendet"], ["Beslut", "", "", "Yrkanden"], 40),  # spread headings
    ],
)
def test_no_margin_column_of_side_text_spread_down_the_page(top: list[str], foot: list[str], foot_row: int) -> None:
    lines = [
        Line(page=1, segments=[s for s in line.segments if s.text]) for line in _page(top, foot, foot_row=foot_row)
    ]
    assert len(column_parts(lines)) == 1


TITLE = lines_block("Yttrande över betänkandet Kollektivtrafik i hela landet", kind="heading", x0=185)


@pytest.mark.parametrize(
    ("margin", "address", "senders", "addressee"),
    [
        (
            FOOT,
            ["Landsbygds- och infrastrukturdepartementet", "li.remissvar@regeringskansliet.se"],
            ("TRAFIKVERKET",),
            "Landsbygds- och infrastrukturdepartementet",
        ),
        (
            ["Polismyndigheten", "Box 12256", "102 26 Stockholm"],
            ["Justitiedepartementet", "103 33 Stockholm"],
            ("Polismyndigheten",),
            "Justitiedepartementet",
        ),
        (
            ["Boverket", "Box 534", "371 23 Karlskrona"],
            ["Finansdepartementet", "fi.remissvar@regeringskansliet.se"],
            ("Boverket",),
            "Finansdepartementet",
        ),
        # the sender's name over an address of someone else's: no postal line of its own
        (
            ["Trafikverket"],
            ["Region Stockholm", "Box 22550", "104 22 Stockholm"],
            ("Trafikverket",),
            "Region Stockholm",
        ),
    ],
)
def test_the_senders_own_address_in_its_margin_is_no_addressee(
    margin: list[str], address: list[str], senders: tuple[str, ...], addressee: str
) -> None:
    blocks = [broken_block(*margin), lines_block(*address, x0=185), TITLE]
    assert address_block(blocks, senders) == addressee


@pytest.mark.parametrize(
    ("name", "under", "addressee"),
    [
        ("Nacka kommun", ["Planenheten", "registrator@nacka.se", "Er beteckning: KFKS 2026/612"], "Nacka kommun"),
        ("Region Uppsala", ["Samhällsplaneringsenheten", "751 85 Uppsala"], "Region Uppsala"),
        ("Solna stad", ["Miljöavdelningen", "171 86 Solna"], "Solna stad"),
        ("Uppsala kommun", ["Kommunstyrelsen", "753 75 Uppsala"], "Kommunstyrelsen"),  # to its board
        # the sender's own office over its unit and post box: no addressee there
        ("Stadsbyggnadskontoret", ["Plan- och exploateringsavdelningen", "Box 8314", "104 20 Stockholm"], None),
    ],
)
def test_a_municipality_in_bold_over_its_unit_is_addressed(name: str, under: list[str], addressee: str | None) -> None:
    blocks = [lines_block(name, kind="heading", level=4), broken_block(*under), TITLE]
    assert address_block(blocks) == addressee


@pytest.mark.parametrize(
    ("label", "value"),
    [("Er referens", "LI2027/01466"), ("Ert diarienummer", "Fi2027/00871"), ("Er beteckning", "KS 2026/612")],
)
def test_a_referrers_number_under_its_label_in_the_margin_is_in_reply_to(label: str, value: str) -> None:
    from atgard.extract.analysis import analyse
    from atgard.extract.answer_references import in_reply_to
    from atgard.extract.boards import load_register

    margin = ["Datum", "2027-09-10", "Diarienr", "TRV 2027/61702", label, value, "Handläggare", "Sara Öberg"]
    blocks = [lines_block(line) for line in margin] + [TITLE]
    assert in_reply_to(analyse(blocks, load_register()), [], "TRV 2027/61702", items=False) == value
