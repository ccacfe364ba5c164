"""Vertical writing: columns read down, right to left, by both backends; never a character from each column."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name

from atgard.extract.read.pdf import read_pdf

COLUMNS = ["日本語の縦書き", "二列目の文です", "三列目"]  # right to left, as they are read


def _cjk_pdf(path: Path, lines: list[str], vertical: bool) -> Path:
    """Lines in a standard Japanese font (Adobe-Japan1, not embedded), in columns (vertical) or rows."""
    pdf = pikepdf.new()
    mode = "V" if vertical else "H"
    japan1 = Dictionary(Registry=pikepdf.String("Adobe"), Ordering=pikepdf.String("Japan1"), Supplement=2)
    descriptor = Dictionary(
        Type=Name.FontDescriptor, FontName=Name("/HeiseiMin-W3"), Flags=4, FontBBox=Array([0, -141, 1000, 859]),
        ItalicAngle=0, Ascent=859, Descent=-141, CapHeight=700, StemV=80,
    )  # fmt: skip
    descendant = Dictionary(
        Type=Name.Font, Subtype=Name.CIDFontType0, BaseFont=Name("/HeiseiMin-W3"), CIDSystemInfo=japan1,
        FontDescriptor=pdf.make_indirect(descriptor), DW=1000, DW2=Array([880, -1000]),
    )  # fmt: skip
    font = Dictionary(
        Type=Name.Font, Subtype=Name.Type0, BaseFont=Name(f"/HeiseiMin-W3-UniJIS-UCS2-{mode}"),
        Encoding=Name(f"/UniJIS-UCS2-{mode}"), DescendantFonts=Array([pdf.make_indirect(descendant)]),
    )  # fmt: skip
    content = b""
    for n, line in enumerate(lines):
        x, y = (260 - 40 * n, 380) if vertical else (30, 380 - 40 * n)
        content += f"BT /F1 20 Tf 1 0 0 1 {x} {y} Tm <{''.join(f'{ord(c):04X}' for c in line)}> Tj ET\n".encode()
    page = pdf.add_blank_page(page_size=(300, 420))
    page.Resources = Dictionary(Font=Dictionary(F1=pdf.make_indirect(font)))
    page.Contents = pdf.make_stream(content)
    pdf.save(path)
    return path


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_columns_are_read_down_and_right_to_left(tmp_path: Path, backend: str) -> None:
    document = read_pdf(_cjk_pdf(tmp_path / "lodrat.pdf", COLUMNS, vertical=True), backend=backend)  # type: ignore[arg-type]
    assert [block.text for block in document.blocks] == [" ".join(COLUMNS)]
    assert document.pages[0].turned  # read on the page turned to its columns


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_rows_of_the_same_script_stay_rows(tmp_path: Path, backend: str) -> None:
    rows = ["日本語の横書き", "二行目の文です"]
    document = read_pdf(_cjk_pdf(tmp_path / "vagrat.pdf", rows, vertical=False), backend=backend)  # type: ignore[arg-type]
    assert " ".join(block.text for block in document.blocks) == " ".join(rows)
    assert not document.pages[0].turned
