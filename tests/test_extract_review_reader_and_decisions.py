"""Review of holdout10's reader and decisions: side headings set small beside a later page's body stay with their
sections, a decision's steps listed by a bare ", att" are one point, "I samråd med nämnden" is no body's label, a
label under a municipality's name at the left margin is no office, and a remiss table's label merged over its
columns leaves them read. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.extract.lead_ins import lead_in
from atgard.extract.letterhead import letterhead_office
from atgard.extract.read.columns import column_parts
from atgard.extract.read.glyphs import Line, Segment, Unit
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports
from atgard.schema import BBox, Block, LineSpan, PageBox

REGISTER = load_register()
BODY_SIZE, SMALL = 11.0, 9.0


# --- A marginal column: page 1's letterhead only, its lines together at the top ---------------------------------


def _segment(text: str, x0: float, x1: float, top: float, size: float) -> Segment:
    step = (x1 - x0) / max(len(text), 1)
    units = [Unit(ch, False, False, x0 + i * step, x0 + (i + 1) * step) for i, ch in enumerate(text)]
    return Segment(units=units, x0=x0, x1=x1, top=top, bottom=top + size, size=size, bold_share=0.0)


def _line(page: int, top: float, *pieces: tuple[str, float, float, float]) -> Line:
    return Line(page=page, segments=[_segment(text, x0, x1, top, size) for text, x0, x1, size in pieces])


def _side_headings(page: int, pitch: int = 8) -> list[Line]:
    """Side headings in 9 pt (62–190) beside an 11 pt body (204–530), each heading ``pitch`` body lines apart."""
    lines = []
    for n, heading in enumerate(("Bakgrund", "Ärendet", "Förvaltningens bedömning")):
        for k in range(pitch):
            top = 80 + 15 * (pitch * n + k)
            body = (f"brödtext i avsnitt {n}, rad {k}", 204, 530, BODY_SIZE)
            side = (heading, 62, 62 + 5 * len(heading), SMALL)
            lines.append(_line(page, top, side, body) if k == 0 else _line(page, top, body))
    return lines


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(_side_headings(page=2), id="a later page's side headings"),
        pytest.param(_side_headings(page=1), id="page 1's side headings spread down the body"),
    ],
)
def test_side_headings_beside_the_body_stay_with_their_sections(lines: list[Line]) -> None:
    assert column_parts(lines) == [lines]


# --- A decision's points ------------------------------------------------------------------------------------------


def _points(block, *paragraphs: str) -> list[str]:
    found = extract_decision(analyse([block(text) for text in paragraphs], REGISTER), None, "Nämnden", REGISTER)
    return [p.text for p in found.points]


def test_steps_listed_by_a_bare_comma_att_are_one_point(block) -> None:
    text = "Nämnden beslutar att ge förvaltningen i uppdrag att inventera lokalerna, att ta fram en plan och att "
    text += "återrapportera i maj."
    assert _points(block, "Beslut", text) == [text]


def _at(block, text: str, top: float) -> Block:
    """A one-line paragraph whose line stands at ``top`` (10 points high)."""
    made = block(text)
    box = BBox(x0=70, top=top, x1=520, bottom=top + 10)
    line = LineSpan(start=0, end=len(made.text), page=1, bbox=box)
    return made.model_copy(update={"boxes": [PageBox(page=1, bbox=box)], "lines": [line]})


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Styrelsen beslutade att godkänna rapporten", "att uppdra åt VD att ta fram en tidplan."],
            ["Styrelsen beslutade att godkänna rapporten", "att uppdra åt VD att ta fram en tidplan."],
            id="a line opening with att: a point of its own",
        ),
        pytest.param(
            ["Styrelsen beslutade att godkänna rapporten och", "att uppdra åt VD att ta fram en tidplan."],
            ["Styrelsen beslutade att godkänna rapporten och att uppdra åt VD att ta fram en tidplan."],
            id="after an open och: the same point",
        ),
    ],
)
def test_a_company_boards_att_line_under_its_lead_in(block, lines: list[str], expected: list[str]) -> None:
    blocks = [_at(block, "§ 3 Delårsrapport", 80)] + [_at(block, text, 100 + 14 * n) for n, text in enumerate(lines)]
    found = extract_decision(analyse(blocks, REGISTER), None, "Styrelsen", REGISTER)
    assert [p.text for p in found.points] == expected


@pytest.mark.parametrize("text", ["I samråd med nämnden", "I dialog med styrelsen", "I övrigt hänvisas till nämnden"])
def test_a_phrase_naming_a_board_after_i_is_no_bodys_label(text: str) -> None:
    assert lead_in(text) is None


def test_a_bodys_label_without_colon_still_reads() -> None:
    assert lead_in("I kommunstyrelsen") == (None, "kommunstyrelsen", False)


# --- A letterhead at the left margin under a municipality's name ------------------------------------------------


def _lines(*lines: str, kind: str = "paragraph") -> Block:
    text, spans, at = " ".join(lines), [], 0
    x1 = 65 + max(len(line) for line in lines) * 5
    for n, line in enumerate(lines):
        box = BBox(x0=65, top=40 + 12 * n, x1=x1, bottom=50 + 12 * n)
        spans.append(LineSpan(start=at, end=at + len(line), page=1, bbox=box))
        at += len(line) + 1
    box = BBox(x0=65, top=40, x1=x1, bottom=50 + 12 * len(lines))
    return Block(kind=kind, text=text, page=1, boxes=[PageBox(page=1, bbox=box)], lines=spans)


TEXT = _lines(
    "Förvaltningen har tagit del av förslaget och lämnar här sina synpunkter på programmets åtgärder i sin helhet."
)
TITLE = _lines("Yttrande över förslag till program", kind="heading")


@pytest.mark.parametrize(
    ("name", "under"),
    [
        ("GÖTEBORGS STAD", ("Handläggare",)),
        ("STOCKHOLMS STAD", ("Datum",)),
        ("MALMÖ STAD", ("Till",)),
        ("NACKA KOMMUN", ("Sammanträdesprotokoll", "Sammanträdesdatum")),
    ],
)
def test_a_label_under_a_municipality_at_the_margin_is_no_office(name: str, under: tuple[str, ...]) -> None:
    assert letterhead_office([_lines(name, kind="heading"), _lines(*under), TITLE, TEXT]) is None


def test_an_office_under_a_label_is_still_the_office() -> None:
    head = [_lines("GÖTEBORGS STAD", kind="heading"), _lines("Handläggare", "Stadsledningskontoret")]
    assert letterhead_office([*head, TITLE, TEXT]) == "Stadsledningskontoret"


# --- A remiss table whose label is merged over its columns --------------------------------------------------------


def _table_recipients(block, rows: list[tuple[str, ...]]) -> list[list[str]]:
    blocks = [
        block("Remissinstanser", "heading", level=1),
        block("Stadsledningskontoret föreslår att förslaget remitteras till följande nämnder och myndigheter."),
    ] + [table_row(*cells, top=100 + 45 * n) for n, cells in enumerate(rows)]
    analysed = analyse(blocks, REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return [[r.name for r in f.referral.recipients] for f in found]


def test_a_label_merged_over_three_columns_leaves_them_read(block) -> None:
    rows = [
        ("Remissinstanser", "", ""),
        ("Trafiknämnden", "Kulturnämnden", "Idrottsnämnden"),
        ("Miljö- och hälsoskyddsnämnden", "Farsta stadsdelsnämnd", "Bromma stadsdelsnämnd"),
    ]
    found = _table_recipients(block, rows)
    assert sorted(found[0]) == sorted(
        [
            "Trafiknämnden",
            "Kulturnämnden",
            "Idrottsnämnden",
            "Miljö- och hälsoskyddsnämnden",
            "Farsta stadsdelsnämnd",
            "Bromma stadsdelsnämnd",
        ]
    )


def test_districts_in_the_tables_last_row_are_bodies(block) -> None:
    rows = [("Remissinstanser", ""), ("Trafiknämnden", "2026-03-31"), ("Stadsdelsnämnderna",)]
    found = _table_recipients(block, rows)
    assert found[0][0] == "Trafiknämnden" and len(found[0]) > 1
