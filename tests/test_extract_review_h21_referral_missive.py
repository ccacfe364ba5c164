"""A remissmissiv's referrals as its layout sets them: each paragraph opening with its bodies in bold (a bold lead-in,
no heading), a later page's paragraph starting beside the letterhead's running margin line (body text, no running
header), the reply date alone in a framed box (a line of its own), and bodies asked how far or when they can carry
a measure out (implementation). Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.dates import answers_due
from atgard.extract.read.blocks import build_blocks
from atgard.extract.read.furniture import find_furniture
from atgard.extract.read.glyphs import Glyph, Line
from atgard.extract.read.lines import group_lines
from atgard.extract.referrals import referral_findings
from atgard.extract.referrals.common import IMPLEMENTATION
from atgard.extract.reports import extract_reports

REGISTER = load_register()
A4 = (595.0, 842.0)


def _glyphs(text: str, x: float, top: float, size: float, bold_upto: int = 0) -> list[Glyph]:
    glyphs, at = [], x
    for n, ch in enumerate(text):
        width = size * (0.25 if ch == " " else 0.5)
        glyphs.append(Glyph(ch, at, at + width, top, top + size, size, bold=n < bold_upto, italic=False))
        at += width
    return glyphs


def _line(text: str, top: float, x: float = 180.0, size: float = 11.0, page: int = 1, bold_upto: int = 0) -> Line:
    (line,) = group_lines(_glyphs(text, x, top, size, bold_upto), page)
    return line


# A paragraph whose bodies are set in bold, the line's last word in regular type: bold to ~95 %.
BOLD_LEAD_INS = [
    ("Stadsdelsnämnderna i Bromma, Hässelby-Vällingby och Skarpnäck", " ombeds"),
    ("Kultur- och fritidsnämnden samt idrottsnämnden respektive kulturnämnden", " ombeds"),
    ("AB Familjebostäder, AB Stockholmshem och AB Svenska Bostäder", " får"),
    ("Utbildningsnämnden och samtliga stadsdelsnämnder", " ges"),
]


@pytest.mark.parametrize(("bold", "rest"), BOLD_LEAD_INS)
def test_a_bold_lead_in_ending_in_regular_type_opens_a_paragraph(bold: str, rest: str) -> None:
    lines = [
        _line("Bakgrund", 80, size=14, bold_upto=8),
        _line("Förvaltningen har tagit fram ett förslag som nu remitteras.", 100),
        _line(bold + rest, 130, bold_upto=len(bold)),
        _line("därutöver yttra sig över kapitel 5 (åtgärderna 5.1–5.4).", 145),
    ]
    blocks = build_blocks([lines], {1: A4})
    assert [b.kind for b in blocks] == ["heading", "paragraph", "paragraph"]
    assert blocks[-1].text.startswith(bold + rest + " därutöver")


def test_a_line_bold_to_its_end_is_still_a_heading() -> None:
    lines = [_line("Remissinstanser och frågeställningar", 80, bold_upto=99), _line("Programmet berör nämnderna.", 100)]
    assert [b.kind for b in build_blocks([lines], {1: A4})] == ["heading", "paragraph"]


def _letterhead_page(page: int, first: str) -> list[Line]:
    """A page with a running header at the right, the municipality's name in the margin column, and the body to its
    right opening with ``first`` beside that name, running on below it."""
    return [
        _line("REMISS", 40, x=357, size=10, page=page),
        _line("Dnr 2027-01873", 54, x=357, size=9, page=page),
        _line(first, 102, page=page),
        _line("STOCKHOLMS STAD", 109, x=45, size=9, page=page),
        _line("redovisa i vilken omfattning åtgärden kan genomföras.", 117, page=page),
        _line("Trafikverket ges tillfälle att lämna synpunkter.", 140, page=page),
        _line("Miljöförvaltningen", 768, x=45, size=7.5, page=page),
    ]


@pytest.mark.parametrize(
    "first",
    [
        "AB Familjebostäder och AB Stockholmshem ombeds",
        "Stadsbyggnadsnämnden respektive exploateringsnämnden ombeds",
        "Kulturnämnden – i första hand – ombeds",
    ],
)
def test_a_pages_first_line_beside_the_running_margin_line_is_body_text(first: str) -> None:
    pages = [_letterhead_page(1, "Till remissinstanserna"), _letterhead_page(2, first)]
    furniture = find_furniture(pages, [A4[1]] * 2)
    kept = [line.text for i, line in enumerate(pages[1]) if i not in furniture[1]]
    assert kept[0] == first
    assert "STOCKHOLMS STAD" not in kept and "Miljöförvaltningen" not in kept


def test_a_header_line_standing_apart_from_the_body_stays_furniture() -> None:
    page = [*_letterhead_page(2, "Dnr 2027-01873")[:3], _line("STOCKHOLMS STAD", 109, x=45, size=9, page=2)]
    page += [_line("Bakgrund", 170, page=2), _line("Text som löper vidare här.", 190, page=2)]
    pages = [_letterhead_page(1, "Till remissinstanserna"), page]
    furniture = find_furniture(pages, [A4[1]] * 2)
    kept = [line.text for i, line in enumerate(page) if i not in furniture[1]]
    assert kept == ["Bakgrund", "Text som löper vidare här."]


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("Svar senast: fredagen den 12 mars 2027", "2027-03-12"),
        ("Svar senast den 3 maj 2027", "2027-05-03"),
        ("Remissvaren senast 2027-04-30", "2027-04-30"),
        ("Sista svarsdag: 2027-02-26", "2027-02-26"),
        ("Yttrandet senast måndagen den 14 juni 2027.", "2027-06-14"),
    ],
)
def test_a_reply_date_on_a_line_of_its_own_dates_the_answers(block, line: str, due: str) -> None:
    blocks = [
        block("Remiss av förslag till *Åtgärdsprogram mot omgivningsbuller 2028–2032*", "heading", level=1),
        block(line, "heading", level=4),
        block("Trafiknämnden ombeds yttra sig över åtgärderna 3.1–3.7."),
    ]
    analysed = analyse(blocks, REGISTER)
    assert [d.date for d in answers_due(analysed)] == [due]


@pytest.mark.parametrize(
    "heading",
    ["Svar senast", "Uppdraget redovisas senast den 12 mars 2027", "Svar senast den 12 mars 2027 till registrator"],
)
def test_a_heading_that_is_no_reply_date_line_dates_nothing(block, heading: str) -> None:
    analysed = analyse([block(heading, "heading", level=4), block("Nämnderna ombeds yttra sig.")], REGISTER)
    assert answers_due(analysed) == []


@pytest.mark.parametrize(
    "text",
    [
        "ombeds redovisa i vilken omfattning åtgärd 6.4 – ljuddämpande fönster längs de mest utsatta gatorna – kan "
        "genomföras under programperioden",
        "ombeds redovisa i vilken utsträckning bolaget kan genomföra åtgärderna 2.1 och 2.3",
        "får redovisa när åtgärd 4 (bullerskydd vid skolgårdar) kan genomföras",
        "ska redovisa i vilken omfattning åtgärd 6.4 - fasadåtgärder i beståndet - kan genomföras",
    ],
)
def test_how_far_or_when_a_body_can_carry_a_measure_out_is_implementation(text: str) -> None:
    assert IMPLEMENTATION.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "redovisa i vilken omfattning åtgärd 6.4 har genomförts",
        "redovisa när åtgärderna genomförs",
        "redovisa i vilken omfattning bullret har minskat",
    ],
)
def test_how_far_a_measure_was_carried_out_is_no_implementation(text: str) -> None:
    assert not IMPLEMENTATION.search(text)


@pytest.mark.parametrize(
    "bodies",
    [
        "AB Familjebostäder, AB Stockholmshem och AB Svenska Bostäder ombeds",
        "AB Familjebostäder samt AB Stockholmshem ombeds",
    ],
)
def test_companies_asked_how_far_a_measure_can_be_carried_out_get_an_implementation_referral(
    block, bodies: str
) -> None:
    blocks = [
        block("Remiss av förslag till *Åtgärdsprogram mot omgivningsbuller 2028–2032*", "heading", level=1),
        block(
            f"{bodies} redovisa i vilken omfattning åtgärd 6.4 – ljuddämpande fönster i det egna beståndet – "
            "kan genomföras under programperioden."
        ),
    ]
    analysed = analyse(blocks, REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [(f.referral.action, f.referral.measure_codes) for f in found] == [("implementation", ["6.4"])]


@pytest.mark.parametrize(
    "version",
    [
        " (reviderat förslag augusti 2027)",
        " (reviderad version, 2027-08-15)",
        " (nytt förslag, september 2027)",
        " (slutligt förslag 12 oktober 2027)",
    ],
)
def test_an_annexed_reports_version_in_brackets_is_no_part_of_its_title(block, version: str) -> None:
    blocks = [
        block("Klimatanpassningsprogram för Stockholms stad 2028–2035", "heading", level=1),
        block("Programmet har reviderats efter remissen och föreslås nu antas."),
        block("Bilagor", "heading", level=2),
        block(f"Klimatanpassningsprogram för Stockholms stad 2028–2035{version}", "list_item", marker="1."),
    ]
    reports = extract_reports(analyse(blocks, REGISTER))
    assert [ref.title for ref in reports.refs] == ["Klimatanpassningsprogram för Stockholms stad 2028–2035"]


def test_a_line_bold_as_a_whole_without_bold_words_is_still_a_heading() -> None:
    """OCR's line in capitals is set bold as a whole (its words carry no weight): still a heading."""
    from atgard.extract.read.blocks import is_heading
    from atgard.extract.read.glyphs import Segment

    line = _line("KULTURNÄMNDENS BESLUT", 80)
    whole = line.segments[0]
    segment = Segment(whole.units, whole.x0, whole.x1, whole.top, whole.bottom, whole.size, bold_share=1.0)
    assert is_heading(segment, 11.0)
