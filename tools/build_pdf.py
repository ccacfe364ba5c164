"""Build a Word-style test PDF from a small markup, through python-docx and LibreOffice.

Used to make the constructed PDFs under tests/data/ (they are committed, so
the tests need neither tool). Needs ``pip install python-docx`` and
LibreOffice (``apt-get install libreoffice-writer-nogui``).

Markup (one block per blank-line-separated chunk):
  #META key: value   header fields: office, unit, doctype, dnr, datum,
                     handlaggare, telefon, till, footer (" / " = new line)
  = Title            =- Subtitle        == Heading        === Subheading
  - bullet item      N. numbered item   #SIGN name | title || name | title
  #TABLE grid|plain  then one row a line, "cell | cell | cell"; the first row is
                     the header, repeated on every page the table runs over
  #COLUMNS 2         what follows flows in two columns (a continuous section break)
  #PAGEBREAK         *italic*           a line ending in "\\" continues the
                                        paragraph after a forced line break
                                        (how a hyphenated line end looks in a PDF)

Usage: python tools/build_pdf.py SRC.txt OUT.pdf
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def _field(run, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    inner = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    inner.append(text)
    field.append(inner)
    run._r.addnext(field)


def _runs(paragraph, text: str, size: float | None = None, bold: bool = False) -> None:
    lines = text.split("\\\n")
    for number, line in enumerate(lines):
        for i, chunk in enumerate(re.split(r"\*([^*]+)\*", line)):
            if not chunk:
                continue
            run = paragraph.add_run(chunk)
            run.italic = i % 2 == 1
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        if number < len(lines) - 1:
            paragraph.add_run().add_break()


def _header(document, section, meta: dict[str, str]) -> None:
    header = section.header.paragraphs[0]
    header.text = ""
    _runs(header, meta.get("office", "") + (f"\n{meta['unit']}" if "unit" in meta else ""), size=9)
    header.add_run("\t\t")
    right = meta.get("doctype", "")
    if "dnr" in meta:
        right += f"\nDnr {meta['dnr']}"
    if "headerdatum" in meta:
        right += f"\n{meta['headerdatum']}"
    run = header.add_run(right + "\nSida ")
    run.font.size = Pt(9)
    _field(run, "PAGE")
    header.add_run(" (").font.size = Pt(9)
    _field(header.add_run(""), "NUMPAGES")
    header.add_run(")").font.size = Pt(9)
    if "footer" in meta:
        _runs(section.footer.paragraphs[0], meta["footer"].replace(" / ", "\n"), size=8)
    if "handlaggare" in meta or "till" in meta:
        left, right_cell = document.add_table(rows=1, cols=2).rows[0].cells
        _runs(left.paragraphs[0], "Handläggare", size=9)
        for line in meta.get("handlaggare", "").split(" / "):
            _runs(left.add_paragraph(), line, size=10)
        if "telefon" in meta:
            _runs(left.add_paragraph(), "Telefon: " + meta["telefon"], size=10)
        _runs(right_cell.paragraphs[0], "Till", size=9, bold=True)
        for line in meta.get("till", "").split(" / "):
            _runs(right_cell.add_paragraph(), line, size=10)
        if "datum" in meta:
            _runs(right_cell.add_paragraph(), meta["datum"], size=10)
        document.add_paragraph()


def _table(document, chunk: str) -> None:
    """``#TABLE grid|plain`` then rows ``cell | cell | cell``; the first row is a header repeated on each page."""
    style, *lines = chunk.split("\n")
    rows = [[cell.strip() for cell in line.split("|")] for line in lines if line.strip()]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    if style.split()[-1] == "grid":
        table.style = document.styles["Table Grid"]
    widths = [Cm(2.2), Cm(9.3), Cm(4.5)] if len(rows[0]) == 3 else []
    for r, (row, cells) in enumerate(zip(table.rows, rows, strict=True)):
        for i, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
            if widths:
                cell.width = widths[i]
            _runs(cell.paragraphs[0], text, bold=r == 0)
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)
    document.add_paragraph()


def _columns(document, count: int) -> None:
    """A continuous section break: what follows flows in ``count`` columns, as a designed report sets its text."""
    section = document.add_section(WD_SECTION.CONTINUOUS)
    columns = section._sectPr.find(qn("w:cols"))
    if columns is None:
        columns = OxmlElement("w:cols")
        section._sectPr.append(columns)
    columns.set(qn("w:num"), str(count))
    columns.set(qn("w:space"), "567")  # a gutter of 1 cm, in twentieths of a point


def build(source: Path, out_pdf: Path) -> None:
    chunks = [c.strip() for c in source.read_text(encoding="utf-8").split("\n\n") if c.strip()]
    meta = dict(c[6:].split(":", 1) for c in chunks if c.startswith("#META"))
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.2)
    document.styles["Normal"].font.name = "Liberation Serif"
    document.styles["Normal"].font.size = Pt(12)
    _header(document, section, meta)
    headings = {"= ": (18, True), "=- ": (14, False), "== ": (14, True), "=== ": (12, True)}
    for chunk in chunks:
        if chunk.startswith("#META"):
            continue
        if chunk == "#PAGEBREAK":
            document.add_page_break()
            continue
        if chunk.startswith("#TABLE"):
            _table(document, chunk)
            continue
        if chunk.startswith("#COLUMNS"):
            _columns(document, int(chunk.split()[1]))
            continue
        if chunk.startswith("#SIGN"):
            people = [person.split("|") for person in chunk[6:].split("||")]
            table = document.add_table(rows=1, cols=len(people))
            for cell, (name, title) in zip(table.rows[0].cells, people, strict=True):
                _runs(cell.paragraphs[0], name.strip())
                _runs(cell.add_paragraph(), title.strip())
            document.add_paragraph()
            continue
        prefix = next((p for p in ("=== ", "== ", "=- ", "= ") if chunk.startswith(p)), None)
        if prefix:
            size, bold = headings[prefix]
            _runs(document.add_paragraph(), chunk[len(prefix) :], size=size, bold=bold)
            continue
        for line in re.split(r"(?<!\\)\n", chunk):
            if line.startswith("- "):
                _runs(document.add_paragraph(style="List Bullet"), line[2:])
            elif re.match(r"^\d+\. ", line):
                paragraph = document.add_paragraph()
                paragraph.paragraph_format.left_indent = Cm(0.8)
                paragraph.paragraph_format.first_line_indent = Cm(-0.6)
                number, rest = line.split(" ", 1)
                _runs(paragraph, number + "\t" + rest)
            else:
                _runs(document.add_paragraph(), line)
    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / (out_pdf.stem + ".docx")
        document.save(docx_path)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
            check=True,
            capture_output=True,
        )
        shutil.move(Path(tmp) / (docx_path.stem + ".pdf"), out_pdf)


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
