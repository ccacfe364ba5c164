"""Geometry rules on synthetic glyphs: lines and columns, furniture, markers, blocks."""

from __future__ import annotations

from atgard.extract.blocks import build_blocks, find_marker
from atgard.extract.furniture import find_furniture, parse_header
from atgard.extract.lines import Glyph, Line, group_lines

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


def _page(number: int, body: list[str]) -> list[Line]:
    lines = [_line("Exploateringskontoret", 35, size=9, page=number)]
    if number == 1:  # a first-page-only line inside the running header
        lines.append(_line("2017-03-02", 47, size=9, page=number))
    lines.append(_line(f"Sida {number} (3)", 59, size=9, page=number))
    lines += [_line(text, 100 + 16 * i, page=number) for i, text in enumerate(body)]
    lines.append(_line("Box 8189, 104 20 Stockholm", 790, size=8, page=number))
    return lines


def test_furniture_found_by_repetition_and_position() -> None:
    pages = [_page(1, ["Dnr E2017-01234"]), _page(2, ["Text"]), _page(3, ["Sida 2 av texten"])]
    furniture = find_furniture(pages, [A4[1]] * 3)
    kept = [[line.text for i, line in enumerate(page) if i not in furniture[n]] for n, page in enumerate(pages)]
    assert kept == [["Dnr E2017-01234"], ["Text"], ["Sida 2 av texten"]]
    header = parse_header(pages[0], furniture[0], *A4)
    assert (header.office, header.date, header.page_count) == ("Exploateringskontoret", "2017-03-02", 3)


def test_single_page_keeps_body_and_drops_page_number() -> None:
    page = [_line("Yttrande över remiss", 100), _line("1 (1)", 800, size=9)]
    assert find_furniture([page], [A4[1]]) == [{1}]


def test_markers() -> None:
    assert find_marker(_line("•  Synpunkter ges av", 100).segments[0], fresh=False)[0] == "•"
    assert find_marker(_line("1.  Kommunstyrelsen", 100).segments[0], fresh=False)[0] == "1."
    assert find_marker(_line("a) trafiknämnden", 100).segments[0], fresh=True)[0] == "a)"
    # Running text that begins with a number or a dash is not a list item ...
    assert find_marker(_line("2016. Därefter", 100).segments[0], fresh=False) is None
    assert find_marker(_line("– totalt 16 256", 100).segments[0], fresh=False) is None
    # ... nor is a measure code.
    assert find_marker(_line("A2.1.1 Kopplingen", 100).segments[0], fresh=True) is None


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
