"""Geometry rules on synthetic glyphs: lines and columns, furniture, markers, blocks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from atgard.extract.header import parse_running_header
from atgard.extract.read.backend_pdfium import open_pdfium
from atgard.extract.read.backend_pdfplumber import open_pdfplumber
from atgard.extract.read.blocks import build_blocks, find_marker
from atgard.extract.read.furniture import find_furniture, header_segments, running_header
from atgard.extract.read.glyphs import Glyph, Glyphs, Line
from atgard.extract.read.lines import _lines_by_columns, _reading_order, group_lines
from atgard.extract.read.raw_page import glyphs_of
from atgard.schema import HeaderFields

A4 = (595.0, 842.0)


def _glyphs(text: str, x: float, top: float, size: float = 12.0, italic: bool = False, bold: bool = False):
    """Glyphs of a fixed-pitch text run starting at ``x``, with space glyphs as a PDF would have them."""
    glyphs = []
    for ch in text:
        width = size * (0.25 if ch == " " else 0.5)  # a word space is a quarter em, as in Times-like fonts
        glyphs.append(Glyph(ch, x, x + width, top, top + size, size, bold=bold, italic=italic))
        x += width
    return glyphs


def _line(text: str, top: float, x: float = 70.0, size: float = 12.0, page: int = 1, **style) -> Line:
    (line,) = group_lines(_glyphs(text, x, top, size, **style), page)
    return line


def test_words_and_columns_on_one_line() -> None:
    glyphs = _glyphs("Ingela Lindh", 70, 350) + _glyphs("Sverker Henriksson", 300, 350.4)
    (line,) = group_lines(glyphs, 1)
    assert [s.text for s in line.segments] == ["Ingela Lindh", "Sverker Henriksson"]


def test_space_from_gap_without_space_glyph() -> None:
    glyphs = _glyphs("Rapporten", 70, 100) + _glyphs("Dold", 70 + 9 * 6 + 2.5, 100, italic=True)
    (line,) = group_lines(glyphs, 1)
    assert line.segments[0].text == "Rapporten Dold"


def test_lines_are_ordered_top_to_bottom_whatever_the_glyph_order() -> None:
    glyphs = _glyphs("andra raden", 70, 120) + _glyphs("första raden", 70, 100)
    assert [line.text for line in group_lines(glyphs, 1)] == ["första raden", "andra raden"]


def test_a_combining_mark_joins_the_letter_before_it() -> None:
    glyphs = [*_glyphs("Sa", 70, 100), Glyph("\u030a", 82, 82, 100, 112, 12), *_glyphs("ng", 82, 100)]
    (line,) = group_lines(glyphs, 1)
    assert line.text == "Sång"
    assert group_lines(glyphs, 1, by_columns=True) == group_lines(glyphs, 1, by_columns=False)


ACROSS = "kulturnämnden och idrottsnämnden"


@pytest.mark.parametrize(
    ("glyphs", "text"),
    [
        (_glyphs("kulturnämnden", 70, 100) + _glyphs("och idrottsnämnden", 94, 100), ACROSS),
        (_glyphs("Svar  senast", 70, 100) + _glyphs("1", 94, 100), "Svar 1 senast"),  # a mark into a gap stays there
        (_glyphs("s.k. fet", 70, 100) + _glyphs("s.k. fet", 70.3, 100), "s.k. fet"),  # fake bold, drawn after
        (_glyphs("bl.a. ", 70, 100) + _glyphs("d.v.s.", 70, 100.2, italic=True), "bl.a. d.v.s."),
    ],
    ids=["across", "mark", "fake-bold", "over-a-space"],
)
def test_a_run_drawn_across_another_is_read_after_it(glyphs: list[Glyph], text: str) -> None:
    (line,) = group_lines(glyphs, 1)
    assert line.text == text
    assert group_lines(glyphs, 1, by_columns=True) == group_lines(glyphs, 1, by_columns=False)


@pytest.mark.parametrize(
    "glyphs",
    [
        _glyphs("Kulturnämnden, idrottsnämnden samt Stockholms Stadshus AB", 70, 100),
        _glyphs("d.v.s. 12 st", 70, 100, bold=True) + _glyphs("bl.a. s.k.", 200, 100.3, italic=True),
        _glyphs("Nr", 70, 100) + _glyphs("Åtgärd", 120, 100) + _glyphs("Ansvarig", 400, 101, size=9),
        _glyphs("A2.3.1 Utbildnings-", 70, 100) + _glyphs("nämnden", 70, 114) + _glyphs("•", 60, 114),
        _glyphs("fet", 70, 100, bold=True) + _glyphs("fet", 70.3, 100.1, bold=True),  # fake bold
        [Glyph("\u200b", 70, 70, 100, 112, 12), Glyph(" ", 71, 74, 100, 112, 12), *_glyphs("x", 76, 100)],
    ],
    ids=["list", "styles", "columns", "two-lines", "fake-bold", "invisible"],
)
def test_lines_by_columns_are_the_lines_read_glyph_by_glyph(glyphs: list[Glyph]) -> None:
    assert group_lines(glyphs, 1, by_columns=True) == group_lines(glyphs, 1, by_columns=False)


_TEXTS = st.sampled_from(["a", "l", "Ö", "1", " ", "", "-", ".", "•", "\u0308", "ﬁ", "\u00ad", "\u00a0"])


@st.composite
def _glyph_soup(draw: st.DrawFn) -> list[Glyph]:
    """Glyphs on a few lines with small gaps, overlaps, repeats and wide gaps: what the column rules must agree on."""
    glyphs = []
    for _ in range(draw(st.integers(0, 40))):
        top = draw(st.sampled_from([100.0, 100.2, 103.0, 106.5, 114.0]))
        size = draw(st.sampled_from([9.0, 12.0, 12.2, 24.0]))
        x0 = draw(st.floats(60, 200, allow_nan=False).map(lambda x: round(x * 4) / 4))
        width = draw(st.sampled_from([0.0, 1.5, 3.3, 6.0]))
        glyphs.append(
            Glyph(draw(_TEXTS), x0, x0 + width, top, top + size, size, draw(st.booleans()), draw(st.booleans()))
        )
    return glyphs


@pytest.mark.slow
@settings(max_examples=300, deadline=None, derandomize=True)
@given(_glyph_soup())
def test_lines_by_columns_agree_with_glyph_by_glyph_on_any_glyphs(glyphs: list[Glyph]) -> None:
    assert group_lines(glyphs, 1, by_columns=True) == group_lines(glyphs, 1, by_columns=False)


def test_lines_by_columns_agree_with_glyph_by_glyph_on_every_page_of_the_test_pdfs(examples: Path, data: Path) -> None:
    # PDFium drops a glyph printed twice itself; pdfminer keeps both, so geometri.pdf's fake bold is read by glyph.
    readings = [(open_pdfium, path) for path in [*examples.glob("*.pdf"), *data.glob("*.pdf")]]
    readings.append((open_pdfplumber, data / "geometri.pdf"))
    pages = lines = by_glyph = 0
    for open_backend, path in readings:
        with open_backend(path) as (_, raw_pages):
            for number, page in enumerate(raw_pages, start=1):
                glyphs = glyphs_of(page.chars, page.width, page.height)
                found = group_lines(glyphs, number, by_columns=True)
                assert found == group_lines(glyphs, number, by_columns=False), (path.name, number)
                if len(glyphs):
                    by_glyph += len(_lines_by_columns(glyphs, *_reading_order(glyphs))[1])
                pages, lines = pages + 1, lines + len(found)
    assert pages > 20 and lines > 500
    assert 0 < by_glyph < lines / 20  # the fake bold line; everything else by columns


def test_glyph_columns_keep_each_text_once() -> None:
    glyphs = Glyphs.of(_glyphs("nämnden", 70, 100))
    assert sorted(glyphs.texts) == sorted(set("nämnden"))
    assert [glyphs.texts[i] for i in glyphs.text_id] == list("nämnden")
    assert [glyph.text for glyph in glyphs.rows(np.array([4, 1]))] == ["d", "ä"]


def _page(number: int, body: list[str]) -> list[Line]:
    lines = [_line("Exploateringskontoret", 35, size=9, page=number)]
    if number == 1:  # a first-page-only line inside the running header
        lines.append(_line("2017-03-02", 47, size=9, page=number))
    lines.append(_line(f"Sida {number} (3)", 59, size=9, page=number))
    lines += [_line(text, 100 + 16 * i, page=number) for i, text in enumerate(body)]
    lines.append(_line("Box 8189, 104 20 Stockholm", 790, size=8, page=number))
    return lines


def _header(lines: list[Line], furniture: set[int]) -> HeaderFields:
    """Page 1's header as the reader hands it over and the rules read it."""
    found = running_header(lines, furniture, A4[1])
    return parse_running_header(header_segments(lines, furniture, *A4), found)


def test_furniture_found_by_repetition_and_position() -> None:
    pages = [_page(1, ["Dnr E2017-01234"]), _page(2, ["Text"]), _page(3, ["Sida 2 av texten"])]
    furniture = find_furniture(pages, [A4[1]] * 3)
    kept = [[line.text for i, line in enumerate(page) if i not in furniture[n]] for n, page in enumerate(pages)]
    assert kept == [["Dnr E2017-01234"], ["Text"], ["Sida 2 av texten"]]
    header = _header(pages[0], furniture[0])
    assert (header.office, header.date, header.page_count) == ("Exploateringskontoret", "2017-03-02", 3)


@pytest.mark.parametrize(
    ("line", "document_type", "diarienummer"),
    [
        ("Utlåtande 2026:57 RI (Dnr KS 2026/301)", "Utlåtande 2026:57 RI", "KS 2026/301"),
        ("Tjänsteutlåtande (Dnr. 1.5.1-112-2017)", "Tjänsteutlåtande", "1.5.1-112-2017"),
        ("Dnr KS 2018/12 (ersätter KS 2018/3)", None, "KS 2018/12 (ersätter KS 2018/3)"),
    ],
)
def test_a_case_number_in_brackets_after_the_document_type(
    line: str, document_type: str | None, diarienummer: str
) -> None:
    pages = [
        [_line("Kommunstyrelsen", 35, size=9, page=n), _line(line, 47, size=9, page=n), _line("Text", 300, page=n)]
        for n in (1, 2, 3)
    ]
    header = _header(pages[0], find_furniture(pages, [A4[1]] * 3)[0])
    assert (header.document_type, header.diarienummer) == (document_type, diarienummer)


def test_single_page_keeps_body_and_drops_page_number() -> None:
    page = [_line("Yttrande över remiss", 100), _line("1 (1)", 800, size=9)]
    assert find_furniture([page], [A4[1]]) == [{1}]


def test_markers() -> None:
    assert find_marker(_line("•  Synpunkter ges av", 100).segments[0], fresh=False).marker == "•"
    assert find_marker(_line("1.  Kommunstyrelsen", 100).segments[0], fresh=False).marker == "1."
    assert find_marker(_line("a) trafiknämnden", 100).segments[0], fresh=True).marker == "a)"
    # Running text that begins with a number or a dash is not a list item ...
    assert find_marker(_line("2016. Därefter", 100).segments[0], fresh=False) is None
    assert find_marker(_line("– totalt 16 256", 100).segments[0], fresh=False) is None
    # ... nor is a measure code.
    assert find_marker(_line("A2.1.1 Kopplingen", 100).segments[0], fresh=True) is None
    # Items 10 and on whose text sits at the tab stop of items 1-9 lose the space: the mark is glued to the name.
    glued = find_marker(_line("10.Göteborgs kommun", 100).segments[0], fresh=True)
    assert (glued.marker, glued.units) == ("10.", 2)
    assert find_marker(_line("12)Region Jämtland Härjedalen", 100).segments[0], fresh=True).marker == "12)"
    assert find_marker(_line("10.Göteborgs kommun", 100).segments[0], fresh=False) is None
    assert find_marker(_line("3.5 miljoner kronor", 100).segments[0], fresh=True) is None


def test_blocks_from_lines() -> None:
    body = [
        _line("Bakgrund", 100, size=14, bold=True),
        _line("Första stycket börjar här och", 130),
        _line("slutar här.", 146),
        _line("Andra stycket efter luft.", 172),
        _line("-   en punkt som fortsätter", 198),
        _line("på nästa rad", 214, x=88),
        _line("-   en andra punkt", 230),
    ]
    blocks = build_blocks([body], {1: A4})
    assert [(b.kind, b.marker, b.text) for b in blocks] == [
        ("heading", None, "Bakgrund"),
        ("paragraph", None, "Första stycket börjar här och slutar här."),
        ("paragraph", None, "Andra stycket efter luft."),
        ("list_item", "-", "en punkt som fortsätter på nästa rad"),
        ("list_item", "-", "en andra punkt"),
    ]
    assert blocks[0].level == 1


def test_paragraph_continues_on_next_page_only_mid_sentence() -> None:
    first = [_line("Ett stycke som inte är", 700), _line("färdigt vid sidbrytningen", 716)]
    second = [_line("utan fortsätter här.", 80, page=2), _line("Nytt stycke.", 106, page=2)]
    blocks = build_blocks([first, second], {1: A4, 2: A4})
    assert [(b.text, [x.page for x in b.boxes]) for b in blocks] == [
        ("Ett stycke som inte är färdigt vid sidbrytningen utan fortsätter här.", [1, 2]),
        ("Nytt stycke.", [2]),
    ]


def test_italic_runs_have_offsets_into_block_text() -> None:
    line = group_lines(
        _glyphs("i rapporten ", 70, 100) + _glyphs("Den lärande skolan", 70 + 11 * 6 + 3, 100, italic=True), 1
    )
    (block,) = build_blocks([line], {1: A4})
    assert block.styled("italic") == ["Den lärande skolan"]
    assert block.runs[0].start == len("i rapporten ")


def test_a_label_the_body_repeats_is_no_running_line() -> None:
    """An agenda whose items' "Förslag till beslut:" happens to open two pages: the label stands four times
    below the bands too, so it, and the item's heading above it, are text, not a running header."""

    def page(number: int, top_lines: list[str], body: list[str]) -> list[Line]:
        lines = [_line("Samhällsbyggnadsnämnden", 35, size=9, page=number)]
        lines += [_line(text, 70 + 16 * i, page=number) for i, text in enumerate(top_lines)]
        return lines + [_line(text, 300 + 16 * i, page=number) for i, text in enumerate(body)]

    pages = [
        page(1, [], ["Förslag till beslut:", "Nämnden godkänner listan.", "Förslag till beslut:"]),
        page(2, ["Ärende 1 Val av justerare", "Förslag till beslut:"], ["Förslag till beslut:", "Nämnden antar."]),
        page(3, ["Förslag till beslut:"], ["Förslag till beslut:", "Nämnden lägger den till handlingarna."]),
    ]
    furniture = find_furniture(pages, [A4[1]] * 3)
    kept = [[line.text for i, line in enumerate(p) if i not in furniture[n]] for n, p in enumerate(pages)]
    assert kept[1][:2] == ["Ärende 1 Val av justerare", "Förslag till beslut:"]
    assert all("Samhällsbyggnadsnämnden" not in texts for texts in kept)
