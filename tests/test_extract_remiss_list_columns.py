"""A remiss list in two columns under its own heading that the reader took across the page line by line (rows of
cells, paragraphs whose lines alternate between the columns, a group's label as a heading), and a reply date
whose sentence the reader broke before the date. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.dates import answers_due
from atgard.extract.referrals import referral_findings
from atgard.extract.referrals.list_columns import column_lists
from atgard.extract.referrals.remisslist import GROUP_LABEL
from atgard.extract.reports import extract_reports
from atgard.schema import BBox, Block, LineSpan, PageBox, TableCell

REGISTER = load_register()
LEFT, RIGHT = 65.0, 310.0


def _paragraph(*lines: tuple[float, float, str], kind: str = "paragraph", level: int | None = None) -> Block:
    """A block of lines, each (left edge, top, text), as the reader gives it on page 2."""
    text, spans = "", []
    for x0, top, line in lines:
        start = len(text) + (1 if text else 0)
        text = f"{text} {line}" if text else line
        spans.append(
            LineSpan(start=start, end=len(text), page=2, bbox=BBox(x0=x0, top=top, x1=x0 + 150, bottom=top + 8))
        )
    box = BBox(x0=min(x for x, _, _ in lines), top=lines[0][1], x1=530, bottom=lines[-1][1] + 8)
    return Block(kind=kind, text=text, page=2, boxes=[PageBox(page=2, bbox=box)], lines=spans, level=level)


def _row(top: float, *cells: list[str]) -> Block:
    found = [
        TableCell(text="\n".join(cell), bbox=BBox(x0=x0, top=top, x1=x0 + 200, bottom=top + 10 * len(cell)))
        for x0, cell in zip((LEFT, RIGHT), cells, strict=False)
    ]
    text = " | ".join(cell.text.replace("\n", " / ") for cell in found)
    box = BBox(x0=LEFT, top=top, x1=530, bottom=top + 10 * max(len(c) for c in cells))
    return Block(
        kind="table_row", text=text, cells=found, page=2, boxes=[PageBox(page=2, bbox=box)],
        lines=[LineSpan(start=0, end=len(text), page=2, bbox=box)],
    )  # fmt: skip


def _missive(*lines: str) -> list[Block]:
    return [_paragraph((LEFT, 40 + 10 * n, line)) for n, line in enumerate(lines)]


LIST = [
    _paragraph((LEFT, 80, "REMISSLISTA"), kind="heading", level=2),
    _paragraph((LEFT, 95, "Remiss av betänkandet Säkrare cykelvägar (SOU 2026:3)")),
    _row(
        110,
        ["Statliga myndigheter", "Boverket", "Länsstyrelsen i Skåne län", "Statens väg- och transport-"],
        ["Kommuner", "Malmö kommun", "Nacka kommun"],
    ),
    _paragraph((RIGHT, 150, "Organisationer"), kind="heading", level=3),
    _paragraph((LEFT, 152, "forskningsinstitut (VTI)")),
    _paragraph((RIGHT, 160, "Cykelfrämjandet"), (LEFT, 166, "Trafikverket")),
    _paragraph((RIGHT, 174, "Svensk Handel"), (LEFT, 180, "Transportstyrelsen")),
    _row(200, ["Regioner", "Region Skåne"], ["Sveriges Kommuner och Regioner"]),
    _paragraph((LEFT, 222, "För kännedom")),
    _paragraph((LEFT, 230, "Finansdepartementet")),
    _paragraph((LEFT, 240, "Remisslistan har upprättats av enheten för transportpolitik.")),
]


@pytest.mark.parametrize(
    "missive",
    [
        _missive("Departementet remitterar härmed betänkandet till de instanser som anges i remisslistan."),
        _missive("Betänkandet remitteras till de myndigheter och organisationer som anges i remisslistan nedan."),
    ],
)
def test_a_list_in_two_columns_read_across_the_page_is_read_by_column(missive: list[Block]) -> None:
    analysed = analyse([*missive, *LIST], REGISTER)
    findings = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [r.name for f in findings for r in f.referral.recipients] == [
        "Boverket",
        "Länsstyrelsen i Skåne län",
        "Statens väg- och transportforskningsinstitut (VTI)",
        "Trafikverket",
        "Transportstyrelsen",
        "Region Skåne",
        "Malmö kommun",
        "Nacka kommun",
        "Cykelfrämjandet",
        "Svensk Handel",
        "Sveriges Kommuner och Regioner",
    ]


def test_a_list_in_one_column_is_left_to_the_list_reader() -> None:
    one = [_paragraph((LEFT, 80, "Remisslista"), kind="heading", level=2), _paragraph((LEFT, 95, "Boverket"))]
    assert column_lists(analyse(one, REGISTER), REGISTER, GROUP_LABEL) == []


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        (("Remissvaren ska ha kommit in till departementet senast", "den 4 september 2026."), "2026-09-04"),
        (("Svaren ska lämnas senast", "2026-09-04. Ange diarienumret."), "2026-09-04"),
        (("Yttrandena ska ha inkommit senast den 4 september 2026.", "Ange diarienumret."), "2026-09-04"),
        (("Remissvaren ska ha kommit in till departementet.", "Senast den 4 september 2026 hålls ett möte."), None),
    ],
)
def test_a_reply_date_broken_from_its_sentence(lines: tuple[str, str], date: str | None) -> None:
    found = answers_due(analyse(_missive(*lines), REGISTER))
    assert (found[0].date if found else None) == date
