"""A heading broken over two lines that a scan's OCR measured at different sizes: the line that opens in lower case
goes on with the heading above it (a lettered item's mark opens one of its own), and a dash read as a hyphen-minus
at the line's end keeps its spaces. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.read.blocks import build_blocks
from atgard.extract.read.glyphs import Glyph, Line
from atgard.extract.read.lines import group_lines

A4 = (595.0, 842.0)


def _line(text: str, top: float, size: float = 12.0, bold: bool = False) -> Line:
    glyphs, x = [], 70.0
    for ch in text:
        width = size * (0.25 if ch == " " else 0.5)
        glyphs.append(Glyph(ch, x, x + width, top, top + size, size, bold=bold, italic=False))
        x += width
    (line,) = group_lines(glyphs, 1)
    return line


BODY = [_line(f"Kommunen har beretts tillfälle att yttra sig, rad {n}.", 200 + 16 * n) for n in range(8)]


@pytest.mark.parametrize(
    ("first", "rest", "title"),
    [
        (
            "Yttrande över betänkandet Kollektivtrafik i hela landet -",
            "ett tydligare regionalt ansvar (SOU 2027:23)",
            "Yttrande över betänkandet Kollektivtrafik i hela landet - ett tydligare regionalt ansvar (SOU 2027:23)",
        ),
        (
            "Svar på remiss av förslag till handlingsplan för",
            "psykisk hälsa och suicidprevention 2028–2031",
            "Svar på remiss av förslag till handlingsplan för psykisk hälsa och suicidprevention 2028–2031",
        ),
        (
            "Yttrande över Boverkets rapport Bostadsbyggandet i glesbygd –",
            "förslag till ändrade regler",
            "Yttrande över Boverkets rapport Bostadsbyggandet i glesbygd – förslag till ändrade regler",
        ),
    ],
)
def test_a_headings_lower_case_line_in_another_size_goes_on_with_it(first: str, rest: str, title: str) -> None:
    lines = [_line(first, 100, size=16, bold=True), _line(rest, 120, size=18, bold=True), *BODY]
    blocks = build_blocks([lines], {1: A4})
    assert [(b.kind, b.text) for b in blocks[:2]] == [("heading", title), ("paragraph", BODY[0].segments[0].text)]


@pytest.mark.parametrize("second", ["a) Val av justerare", "Bakgrund", "2027–2030"])
def test_a_heading_of_its_own_in_another_size_stays_apart(second: str) -> None:
    lines = [_line("Yttrande över planen", 100, size=16, bold=True), _line(second, 120, size=14, bold=True), *BODY]
    assert [b.text for b in build_blocks([lines], {1: A4})[:2]] == ["Yttrande över planen", second]
