"""A memo's head in a marginal column beside its body (read margin first, then the body), a letterhead set at the
left margin under a municipality's name, an agency's department and a company's board under its name (whose the
document is stays the agency's or company's), a company's organisation number after a middle dot, and what a memo
is for under its addressee in the "Till" box. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.addressee import header_box
from atgard.extract.letterhead import letterhead_office
from atgard.extract.read.columns import column_parts
from atgard.extract.read.glyphs import Line, Segment, Unit
from atgard.extract.read.margin import without_running_margin
from atgard.schema import BBox, Block, PageBox

BODY_SIZE, SMALL = 10.0, 8.0


def _segment(text: str, x0: float, x1: float, top: float, size: float) -> Segment:
    step = (x1 - x0) / max(len(text), 1)
    units = [Unit(ch, False, False, x0 + i * step, x0 + (i + 1) * step) for i, ch in enumerate(text)]
    return Segment(units=units, x0=x0, x1=x1, top=top, bottom=top + size, size=size, bold_share=0.0)


def _line(top: float, *pieces: tuple[str, float, float, float]) -> Line:
    return Line(page=1, segments=[_segment(text, x0, x1, top, size) for text, x0, x1, size in pieces])


def _texts(parts: list[list[Line]]) -> list[list[str]]:
    return [[" | ".join(s.text for s in line.segments) for line in part] for part in parts]


MARGIN = ["Stadsledningskontoret", "Avdelningen för stadsutveckling", "Handläggare", "Eva Ek", "Till", "Kulturnämnden"]


def _margin_page(margin_size: float = SMALL) -> list[Line]:
    """A logo over a marginal column (62–190) beside a body column (204–530) that runs on alone under it."""
    lines = [_line(30, ("STOCKHOLMS STAD", 62, 190, 14.0), ("Dnr KS 2026/12", 334, 420, SMALL))]
    for n, text in enumerate(MARGIN):
        lines.append(
            _line(
                80 + 14 * n,
                (text, 62, min(62 + 4 * len(text), 190), margin_size),
                (f"brödtext rad {n}", 204, 530, BODY_SIZE),
            )
        )
    lines += [_line(170 + 14 * n, (f"brödtexten löper vidare, rad {n}", 204, 528, BODY_SIZE)) for n in range(8)]
    return lines


def test_a_marginal_column_is_read_before_the_body() -> None:
    parts = _texts(column_parts(_margin_page()))
    assert parts[0] == ["STOCKHOLMS STAD | Dnr KS 2026/12"]
    assert parts[1] == MARGIN
    assert parts[2][0] == "brödtext rad 0" and parts[2][-1] == "brödtexten löper vidare, rad 7"


@pytest.mark.parametrize(
    "lines",
    [
        _margin_page(margin_size=BODY_SIZE),  # headings hanging in the margin in the body's type: no small print
        [  # a protocol's § numbers beside its text, in the text's own size
            _line(
                80 + 14 * n, (f"§ {n}", 62, 80, BODY_SIZE), (f"Kommunstyrelsen beslutar, rad {n}", 204, 530, BODY_SIZE)
            )
            for n in range(10)
        ],
        [  # side-by-side boxes only: no body column running on alone
            _line(80 + 14 * n, (f"Handläggare {n}", 62, 150, SMALL), (f"Till {n}", 320, 380, BODY_SIZE))
            for n in range(8)
        ],
    ],
)
def test_no_marginal_column_without_small_print_beside_a_body_running_alone(lines: list[Line]) -> None:
    assert column_parts(lines) == [lines]


# --- A letterhead's margin column printed again on every page ---------------------------------------------------------

SIDE = ["Umeå kommun", "Kultur- och fritids-", "förvaltningen", "Nämndsekreterare", "Sara Öberg", "090-16 10 00"]
LATER = [
    "Förslag till beslut: Kultur- och fritidsnämnden utser Ali Demir (V) att",
    "tillsammans med ordföranden justera protokollet.",
    "2. Godkännande av dagordningen",
    "Förslag till beslut: Dagordningen godkänns.",
    "Ärendet har beretts av förvaltningen, d.v.s. kultur- respektive fritidsavdelningen,",
    "och nämnden får en muntlig lägesrapport samt förslag till yttrande.",
    "Nämnden noterar informationen.",
    "Informationsärende – inget beslut.",
    *(f"3. Yttrande över kulturplanen, rad {n} i sammanfattningen" for n in range(6)),
]


def _page(number: int, side: list[str], body: list[str], side_top: float = 112) -> list[Line]:
    """A page of body lines (165–525) with, beside some of them, the margin column's lines (37–130)."""
    lines = []
    for n, text in enumerate(body):
        pieces = [(text, 165.0, 525.0, BODY_SIZE)]
        top = 82 + 13 * n
        if 0 <= (k := round((top - side_top) / 13)) < len(side):
            pieces.insert(0, (side[k], 37.0, 130.0, SMALL))
        lines.append(Line(page=number, segments=[_segment(t, x0, x1, top, size) for t, x0, x1, size in pieces]))
    return lines


def _body(pages: list[list[Line]]) -> list[list[str]]:
    return [[" | ".join(s.text for s in line.segments) for line in page] for page in pages]


def test_a_margin_column_repeated_on_a_later_page_goes_there() -> None:
    first = _page(1, SIDE, [f"Kallelse, rad {n}" for n in range(14)])
    later = _page(2, SIDE, LATER)
    pages = without_running_margin([first, later], [first, later])
    assert _body(pages) == [_body([first])[0], LATER]  # page 1 keeps its letterhead


@pytest.mark.parametrize(
    ("side", "top"),
    [
        (["Bakgrund", "Ärendet", "Beslut", "Yrkanden", "Beslutsgång", "Reservation"], 112),  # the page's own
        (["Umeå kommun", "Sida 2", "Beslut", "Nämndsekreterare", "Sara Öberg", "090-16 10 00"], 125),  # elsewhere
        (["Umeå kommun", "Bakgrund", "Ärendet", "Beslut", "Yrkanden", "Nämndsekreterare"], 112),  # one in place only
    ],
)
def test_a_later_pages_own_side_text_stays(side: list[str], top: float) -> None:
    first = _page(1, SIDE, [f"Kallelse, rad {n}" for n in range(14)])
    later = _page(2, side, LATER, side_top=top)
    assert without_running_margin([first, later], [first, later])[1] == later


TEXT = lines_block(
    "Förvaltningen har tagit del av förslaget och lämnar här sina synpunkter på programmets åtgärder i sin helhet."
)
TITLE = lines_block("Yttrande över förslag till program", kind="heading")


@pytest.mark.parametrize(
    ("head", "office"),
    [
        (
            [lines_block("STOCKHOLMS STAD", kind="heading"), lines_block("Skärholmens stadsdelsförvaltning")],
            "Skärholmens stadsdelsförvaltning",
        ),
        (
            [lines_block("MALMÖ STAD", kind="heading"), lines_block("Stadskontoret", "Tjänsteskrivelse")],
            "Stadskontoret",
        ),
        (
            [lines_block("UPPSALA KOMMUN", kind="heading"), lines_block("Tjänsteskrivelse", "Kommunledningskontoret")],
            "Kommunledningskontoret",
        ),
        ([lines_block("REGION STOCKHOLM", kind="heading"), lines_block("Trafikförvaltningen")], "Trafikförvaltningen"),
        # a municipality's name alone, or a title under it, names no office
        ([lines_block("STOCKHOLMS STAD", kind="heading")], None),
        ([lines_block("STOCKHOLMS STAD", kind="heading"), TEXT], None),
        # a capitals heading that is no municipality is no letterhead at the margin
        ([lines_block("SAMMANFATTNING", kind="heading"), lines_block("Stadskontoret")], None),
    ],
)
def test_a_letterhead_at_the_left_margin_under_a_municipality(head: list[Block], office: str | None) -> None:
    assert letterhead_office([*head, TITLE, TEXT]) == office


def test_a_letterhead_opening_a_row_with_a_case_number_box_beside_it() -> None:
    row = table_row("STOCKHOLMS STAD", "Dnr\nKS 2026/12", top=30, height=20, pitch=150, width=140)
    row = row.model_copy(update={"boxes": [PageBox(page=1, bbox=BBox(x0=65, top=30, x1=400, bottom=50))]})
    lines = lines_block("Stadsledningskontoret", "Tjänsteutlåtande", "Avdelningen för stadsutveckling")
    assert letterhead_office([row, lines, TITLE, TEXT]) == "Stadsledningskontoret"


RIGHT = 420  # a right-set letterhead


@pytest.mark.parametrize(
    ("logo", "under", "office"),
    [
        ("TRAFIKVERKET", ("Region Stockholm", "Planering"), "Trafikverket"),
        ("TRAFIKVERKET", ("Region Mitt", "Underhåll"), "Trafikverket"),
        ("Stockholms Stadshus AB", ("Styrelsen", "Protokoll nr 5/2027"), "Stockholms Stadshus AB"),
        ("Storstockholms brandförsvar", ("Förbundsdirektionen",), "Storstockholms brandförsvar"),
        ("Stockholmshem", ("AB Stockholmshem · Org.nr 556035-8672",), "AB Stockholmshem"),
        ("Familjebostäder", ("AB Familjebostäder | org.nr 556035-9642",), "AB Familjebostäder"),
        ("Svenska Bostäder", ("Svenska Bostäder AB • Box 95",), "Svenska Bostäder AB"),
        # a municipality's office under its name, in one word, is the office
        ("MALMÖ STAD", ("Stadskontoret",), "Stadskontoret"),
        ("MALMÖ STAD", ("Räddningstjänsten",), "Räddningstjänsten"),
    ],
)
def test_an_agencys_department_and_a_companys_board_under_its_name(
    logo: str, under: tuple[str, ...], office: str
) -> None:
    head = [lines_block(logo, kind="heading", x0=RIGHT), lines_block(*under, x0=RIGHT)]
    text = lines_block(f"{office} har tagit del av förslaget och lämnar här sina synpunkter på programmets åtgärder.")
    assert letterhead_office([*head, TITLE, text]) == office


@pytest.mark.parametrize(
    ("till", "addressee"),
    [
        ("Till\nIdrottsnämnden\nInformation\n2027-04-13", "Idrottsnämnden"),
        ("Till\nKulturnämnden\nFör beslut", "Kulturnämnden"),
        ("Till\nTrafiknämnden\nFör kännedom", "Trafiknämnden"),
        ("Till\nSocialnämnden\nInformationsärende\n2027-05-27, p. 11", "Socialnämnden"),
        ("Till\nInformationsnämnden", "Informationsnämnden"),  # a board's name stays whole
    ],
)
def test_what_a_memo_is_for_under_its_addressee(till: str, addressee: str) -> None:
    row = table_row("Handläggare\nEva Ek\nTelefon: 08-508 000 00", till, top=40, height=40, pitch=150, width=140)
    assert header_box([row, TITLE, TEXT]).addressee == addressee
