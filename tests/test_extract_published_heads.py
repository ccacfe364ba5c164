"""A letter's head as agencies and ministries publish it, and as OCR reads a scanned one: a logo in larger type
that is no capitals ("Länsstyrelsen" over "Jönköpings län": the county's board), a ministry's logo beside the
letter's type, date and number ("Remiss / 2027-03-04 / Fi2027/00871" | "Regeringskansliet / Finansdepartementet"),
a table of references whose labels stand over their values ("Datum | Vår beteckning | Er beteckning"), a block of
labelled lines ("Till Kommunstyrelsen" / "Datum 2027-01-26" / "Dnr …"), a logo OCR split at its letter-spaced gap
("STOCKHOLMS | STAD"), a heading in capitals OCR reads at body size, and a ministry's "Frågor om remissen besvaras
av …", which answers nothing. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.addressee import address_block, header_box
from atgard.extract.answer_clauses import gives_answer
from atgard.extract.case_numbers import body_diarienummer
from atgard.extract.header import written_date
from atgard.extract.letterhead import letterhead_office
from atgard.extract.read.glyphs import Segment, Unit
from atgard.extract.read.ocr_layout import _as_heading
from atgard.schema import BBox, Block, PageBox, TableCell


def _cells_at(*cells: tuple[str, float, float], top: float = 35) -> Block:
    """A row of cells, each with its left and right edge (a letterhead's row, as OCR reads it)."""
    boxes = [BBox(x0=x0, top=top, x1=x1, bottom=top + 10) for _, x0, x1 in cells]
    text = " | ".join(cell for cell, _, _ in cells)
    box = BBox(x0=min(b.x0 for b in boxes), top=top, x1=max(b.x1 for b in boxes), bottom=top + 10)
    return Block(
        kind="table_row",
        text=text,
        cells=[TableCell(text=cell, bbox=b) for (cell, _, _), b in zip(cells, boxes, strict=True)],
        page=1,
        boxes=[PageBox(page=1, bbox=box)],
    )


def _row(*cells: str) -> Block:
    return table_row(*cells, top=150, height=20, pitch=150, width=140)


def _logo_row(left: str, right: str) -> Block:
    return table_row(left, right, top=35, height=30, pitch=350, width=110)


TITLE = lines_block("Remissvar över betänkandet Ett samlat ansvar för dricksvattenberedskap", kind="heading", level=1)


def _body(text: str) -> Block:
    return lines_block(text)


# --- The office a logo names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "said", "office"),
    [
        pytest.param(
            [lines_block("Länsstyrelsen", kind="heading", x0=440, level=2), lines_block("Jönköpings län", x0=470)],
            "Länsstyrelsen i Jönköpings län har beretts tillfälle att yttra sig.",
            "Länsstyrelsen i Jönköpings län",
            id="a county board's logo in larger type, the county under it",
        ),
        pytest.param(
            [
                lines_block("LÄNSSTYRELSEN", kind="heading", x0=420, level=2),
                lines_block("Västra Götalands län", x0=440),
            ],
            "Länsstyrelsen har tagit del av promemorian.",
            "Länsstyrelsen i Västra Götalands län",
            id="in capitals, a two-word county, the text naming it only 'Länsstyrelsen'",
        ),
        pytest.param(
            [lines_block("Region", kind="heading", x0=460, level=2), lines_block("Jönköpings län", x0=470)],
            "Region Jönköpings län lämnar följande synpunkter.",
            "Region Jönköpings län",
            id="a region's logo: as the text spells it, without 'i'",
        ),
        pytest.param(
            [lines_block("Trafikverket", kind="heading", x0=440, level=2), lines_block("781 89 Borlänge", x0=460)],
            "Trafikverket har inga synpunkter på förslaget.",
            "Trafikverket",
            id="an agency's logo over its address",
        ),
        pytest.param(
            [lines_block("Länsstyrelsen", kind="heading", x0=200, level=2), lines_block("Jönköpings län", x0=220)],
            "Länsstyrelsen i Jönköpings län har beretts tillfälle att yttra sig.",
            None,
            id="centred: a heading, no logo",
        ),
        pytest.param(
            [lines_block("Länsstyrelsen", x0=440), lines_block("Jönköpings län", x0=470)],
            "Länsstyrelsen i Jönköpings län har beretts tillfälle att yttra sig.",
            None,
            id="in body type, no capitals: no logo",
        ),
    ],
)
def test_the_office_a_logo_in_larger_type_names(head: list[Block], said: str, office: str | None) -> None:
    assert letterhead_office([*head, TITLE, _body(said)]) == office


@pytest.mark.parametrize(
    ("head", "office"),
    [
        pytest.param(
            [_logo_row("Remiss\n2027-03-04\nFi2027/00871", "Regeringskansliet\nFinansdepartementet")],
            "Finansdepartementet",
            id="a ministry's remiss: the ministry under the government offices",
        ),
        pytest.param(
            [
                _logo_row("Promemoria\n2026-05-12", "Regeringskansliet"),
                _logo_row("S2026/01234", "Socialdepartementet\nEnheten för familj och sociala tjänster"),
            ],
            "Socialdepartementet",
            id="the ministry in the row under the logo's",
        ),
        pytest.param(
            [_logo_row("Beslut\n2026-02-01", "Myndigheten för samhällsskydd och beredskap")],
            "Myndigheten för samhällsskydd och beredskap",
            id="an agency's name beside the type and date",
        ),
        pytest.param([_logo_row("Er referens", "Vår referens")], None, id="a table of references: no letterhead"),
        pytest.param(
            [_logo_row("Ärende\nUtbyggnad av gång- och cykelväg", "Ansvarig\nTrafiknämnden")],
            None,
            id="a table without a date beside it: no logo",
        ),
    ],
)
def test_the_office_a_logo_beside_the_letters_head_names(head: list[Block], office: str | None) -> None:
    body = _body("Remissvaren ska ha kommit in senast den 11 juni 2027.")
    assert letterhead_office([*head, TITLE, body]) == office


@pytest.mark.parametrize(
    ("rows", "office"),
    [
        pytest.param(
            [
                _cells_at(("Kulturförvaltningen", 66, 128), ("STOCKHOLMS", 379, 475), ("STAD", 490, 522)),
                _cells_at(("Avdelningen för kulturstrategi", 65, 165), ("", 379, 488), ("", 490, 521), top=49),
                _cells_at(("Handläggare: Sofia Ekbladh", 65, 161), ("Kulturförvaltningen\nKulturnämnden", 464, 526)),
            ],
            "Kulturförvaltningen",
            id="a scanned logo split at its letter spacing, the office in a row under it",
        ),
        pytest.param(
            [
                _cells_at(("Stadsbyggnadskontoret", 66, 150), ("MALMÖ", 420, 470), ("STAD", 482, 522)),
                _cells_at(("Tjänsteskrivelse", 65, 140), ("Stadsbyggnadskontoret", 440, 526), top=49),
            ],
            "Stadsbyggnadskontoret",
            id="another town's logo, split likewise",
        ),
        pytest.param(
            [
                _cells_at(("UPPSALA KOMMUN", 380, 526)),
                _cells_at(("Mottagare", 65, 150), ("Ert diarienummer", 200, 300), ("Vårt dnr", 380, 526), top=49),
            ],
            None,
            id="a table of three columns under a municipality's logo alone: no office",
        ),
    ],
)
def test_the_office_a_scanned_letterhead_names(rows: list[Block], office: str | None) -> None:
    assert letterhead_office([*rows, TITLE, _body("Nämnden har ombetts att yttra sig.")]) == office


# --- The case number: over its label, in the head beside the logo -----------------------------------------------


@pytest.mark.parametrize(
    ("rows", "number"),
    [
        pytest.param(
            [_row("Datum", "Vår beteckning", "Er beteckning"), _row("2026-11-26", "537-8812-2026", "LI2026/04417")],
            "537-8812-2026",
            id="labels over values: ours, not theirs",
        ),
        pytest.param(
            [_row("Ert diarienummer", "Vårt diarienummer"), _row("KS 2026/0312", "TN 2026/118")],
            "TN 2026/118",
            id="theirs first",
        ),
        pytest.param(
            [_row("Mottagare", "Vår referens:", "Datum"), _row("Kommunstyrelsen", "V26-041", "2026-03-01")],
            "V26-041",
            id="'Vår referens:' with a colon",
        ),
        pytest.param(
            [_row("Datum", "Er beteckning"), _row("2026-11-26", "Ju2026/00412")], None, id="only theirs: none"
        ),
        pytest.param(
            [_row("2026-11-26", "2026-12-01"), _row("KS 2026/0312", "TN 2026/118")],
            None,
            id="two rows of values: no labels",
        ),
        pytest.param(
            [_logo_row("Remiss\n2027-03-04\nFi2027/00871", "Regeringskansliet\nFinansdepartementet")],
            "Fi2027/00871",
            id="a ministry's number in the head, unlabelled",
        ),
        pytest.param(
            [_logo_row("Promemoria\n2026-05-12\nS2026/01234/FS", "Regeringskansliet\nSocialdepartementet")],
            "S2026/01234/FS",
            id="with the unit's letters after it",
        ),
        pytest.param(
            [_logo_row("Remiss\n2027-03-04\nSOU 2027:9", "Regeringskansliet\nFinansdepartementet")],
            None,
            id="an SOU's number is a report's",
        ),
    ],
)
def test_the_case_number_of_a_published_letter(rows: list[Block], number: str | None) -> None:
    assert body_diarienummer([*rows, TITLE]) == number


# --- The addressee: labelled lines, an address under a logo in larger type -------------------------------------


@pytest.mark.parametrize(
    ("block", "addressee"),
    [
        pytest.param(
            lines_block("Till Kommunstyrelsen", "Datum 2027-01-26", "Dnr KUN 2026/1187", "Ert dnr KS 2026/1733"),
            "Kommunstyrelsen",
            id="a label and its value on each line",
        ),
        pytest.param(
            lines_block("Datum: 2026-03-01", "Till: Stadsbyggnadsnämnden", "Vår referens: 2026-112"),
            "Stadsbyggnadsnämnden",
            id="with colons, 'Till' second",
        ),
        pytest.param(
            lines_block("Mottagare Regeringskansliet, Finansdepartementet", "Vårt dnr KS 2026/12"),
            "Finansdepartementet",
            id="'Mottagare', the ministry within the government offices",
        ),
        pytest.param(
            lines_block("Till sammanträdet förelåg förvaltningens tjänsteutlåtande", "daterat den 12 maj 2026."),
            None,
            id="running text that opens with 'Till'",
        ),
    ],
)
def test_the_addressee_in_labelledlines_block(block: Block, addressee: str | None) -> None:
    assert header_box([block, TITLE]).addressee == addressee


@pytest.mark.parametrize(
    ("logo", "address", "addressee"),
    [
        pytest.param(
            "Länsstyrelsen",
            ("Landsbygds- och infrastrukturdepartementet", "Enheten för livsmedel och vatten", "103 33 Stockholm"),
            "Landsbygds- och infrastrukturdepartementet",
            id="a ministry's unit and postal code",
        ),
        pytest.param(
            "Skolverket",
            ("Regeringskansliet", "Utbildningsdepartementet", "u.remissvar@regeringskansliet.se"),
            "Utbildningsdepartementet",
            id="the government offices over the ministry, its mailbox",
        ),
    ],
)
def test_the_address_under_a_logo_in_larger_type(logo: str, address: tuple[str, ...], addressee: str) -> None:
    blocks = [
        lines_block(logo, kind="heading", x0=440, level=2),
        lines_block("Jönköpings län", x0=470),
        _row("Datum", "Vår beteckning", "Er beteckning"),
        _row("2026-11-26", "537-8812-2026", "LI2026/04417"),
        lines_block(*address),
        TITLE,
    ]
    assert address_block(blocks) == addressee


# --- The letter's date: under its label, on its line, stacked in the head ----------------------------------------


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(
            [_row("Datum", "Vår beteckning", "Er beteckning"), _row("2026-11-26", "537-8812-2026", "LI2026/04417")],
            "2026-11-26",
            id="under its label in a table of references",
        ),
        pytest.param(
            [lines_block("Till Kommunstyrelsen", "Datum 2027-01-26", "Dnr KUN 2026/1187")],
            "2027-01-26",
            id="on its line among labelled lines",
        ),
        pytest.param([_row("Datum:", "2026-03-01")], "2026-03-01", id="beside its label, with a colon"),
        pytest.param(
            [_row("Datum för beslut", "Er datum"), _row("2026-03-01", "2026-02-01")], None, id="other dates: none"
        ),
    ],
)
def test_the_date_of_a_published_letter(blocks: list[Block], date: str | None) -> None:
    assert header_box([*blocks, TITLE]).date == date


@pytest.mark.parametrize(
    ("left", "date"),
    [
        ("Remiss\n2027-03-04\nFi2027/00871", "2027-03-04"),
        ("Promemoria\n2026-05-12\nS2026/01234/FS", "2026-05-12"),
        ("Er referens\nKS 2026/12", None),
    ],
)
def test_the_date_stacked_in_the_head(left: str, date: str | None) -> None:
    blocks = [_logo_row(left, "Regeringskansliet\nFinansdepartementet"), TITLE, _body("Remissen är öppen.")]
    assert written_date(blocks) == date


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        (("Tid: Måndagen den 14 juni 2027 kl. 16.00–17.40", "Plats: Bolagets huvudkontor"), "2027-06-14"),
        (("Plats och tid: Stadshuset, tisdagen den 3 mars 2026, kl. 13.00",), "2026-03-03"),
        (("Sammanträdesdatum: 2025-05-28", "Plats: Rådhuset"), "2025-05-28"),
        (("Tid: kl. 16.00–17.40", "Plats: Bolagets huvudkontor"), None),  # no date on the line: none
        (("Tidplan: den 14 juni 2027 beslutar styrelsen", "Plats: huvudkontoret"), None),  # no meeting's label
    ],
)
def test_the_date_of_a_meeting_on_its_labelled_line(lines: tuple[str, ...], date: str | None) -> None:
    """A protocol's meeting time on a line under its title is its date, before a later heading's "per den 30 april
    2027" (which is what a line without a meeting's label or date leaves, as before)."""
    title = lines_block("Protokoll fört vid styrelsemöte i AB Familjebostäder", kind="heading", level=1)
    later = lines_block("§ 5 Ekonomisk rapport per den 30 april 2027", kind="heading", level=2)
    assert written_date([title, lines_block(*lines), later]) == (date or "2027-04-30")


# --- A ministry's remiss answers nothing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("Frågor om remissen besvaras av kanslirådet Petra Malmqvist, telefon 08-405 22 61.", False),
        ("Eventuella frågor om remissen besvaras av departementssekreteraren Anna Ek.", False),
        ("Remissen besvaras med hänvisning till förvaltningens tjänsteutlåtande.", True),
        ("Kommunstyrelsen besvarar remissen med hänvisning till stadsledningskontorets tjänsteutlåtande.", True),
    ],
)
def test_questions_on_the_remiss_answer_nothing(sentence: str, answers: bool) -> None:
    assert gives_answer(sentence) is answers


# --- OCR: a heading in capitals read at body size ----------------------------------------------------------------


def _segment(text: str, size: float = 10.0) -> Segment:
    units = [Unit(ch, False, False, 65 + 5 * n, 70 + 5 * n) for n, ch in enumerate(text)]
    return Segment(units, 65, 65 + 5 * len(text), 100, 110, size, 0.0)


@pytest.mark.parametrize(
    ("segments", "heading"),
    [
        pytest.param([_segment("ÅTGÄRD 2.2 - AVGIFTER OCH KURSER I KULTURSKOLAN")], True, id="a measure's heading"),
        pytest.param([_segment("KULTURNÄMNDENS BESLUT")], True, id="the decision's heading"),
        pytest.param([_segment("ÖVERGRIPANDE SYNPUNKTER")], True, id="the views' heading"),
        pytest.param([_segment("Nämnden tillstyrker förslaget.")], False, id="running text"),
        pytest.param([_segment("SOU 2026:73")], False, id="a report's number: too few letters"),
        pytest.param([_segment("STOCKHOLMS"), _segment("STAD")], False, id="a line of cells"),
        pytest.param([_segment("SAMMANFATTNING", size=8.0)], False, id="small print"),
    ],
)
def test_ocr_reads_a_line_in_capitals_as_a_bold_heading(segments: list[Segment], heading: bool) -> None:
    assert all(s.bold_share == 1.0 for s in _as_heading(segments, 10.0)) is heading
