"""A "§" Tesseract read as "&", "$" or "£&" before a protocol paragraph's number and heading is restored, so that the
paragraph is a § heading; an ampersand or a dollar elsewhere stays. A speck read as a stop before a line's first
word is dropped. Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.read.glyphs import Glyph
from atgard.extract.read.lines import group_lines
from atgard.extract.read.ocr_layout import tidy_ocr_lines


def _line(text: str):
    glyphs, x = [], 70.0
    for ch in text:
        width = 2.5 if ch == " " else 5.0
        glyphs.append(Glyph(ch, x, x + width, 100.0, 110.0, 10.0, bold=False, italic=False))
        x += width
    (line,) = group_lines(glyphs, 1)
    return line


@pytest.mark.parametrize(
    ("ocr", "expected"),
    [
        ("& 7 Remiss - Energi- och klimatplan", "§ 7 Remiss - Energi- och klimatplan"),
        ("&1 Mötets öppnande", "§ 1 Mötets öppnande"),
        ("£&4 Föregående protokoll", "§ 4 Föregående protokoll"),
        (".& 12 Mötets avslutande", "§ 12 Mötets avslutande"),
        ("$ 118 Svar på remiss från Region Halland", "§ 118 Svar på remiss från Region Halland"),
        ("&10 Attestordning 2027", "§ 10 Attestordning 2027"),
        ("& Co AB har yttrat sig", "& Co AB har yttrat sig"),  # no number
        ("& 7 procent av budgeten", "& 7 procent av budgeten"),  # no heading's capital
        ("$ 2027 års avgifter", "$ 2027 års avgifter"),  # a year, not a paragraph
        ("Remiss & svar 7 Nämnden", "Remiss & svar 7 Nämnden"),  # not at the line's start
    ],
)
def test_a_section_sign_read_as_an_ampersand_is_restored(ocr: str, expected: str) -> None:
    ((line,),) = tidy_ocr_lines([[_line(ocr)]])
    assert line.text == expected


@pytest.mark.parametrize(
    ("ocr", "expected"),
    [
        (". kommun 2028-2035 (KS 2027/00145)", "kommun 2028-2035 (KS 2027/00145)"),
        (", Energi och Miljö AB", "Energi och Miljö AB"),
        ("2. Remissen besvaras", "2. Remissen besvaras"),
        ("... och så vidare", "... och så vidare"),
    ],
)
def test_a_speck_read_as_a_stop_before_a_lines_first_word_is_dropped(ocr: str, expected: str) -> None:
    ((line,),) = tidy_ocr_lines([[_line(ocr)]])
    assert line.text == expected
