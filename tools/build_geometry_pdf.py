"""Build tests/data/geometri.pdf: the awkward page geometry a reading backend must get right.

The two reading backends (PDFium and pdfplumber) must give the same blocks;
this PDF has what tends to set them apart: a MediaBox not at the origin, a
page turned with /Rotate 90, text under a scaled matrix, horizontal scaling,
character and word spacing, a raised footnote mark, text turned in the
margin, fake bold (a line printed twice), a form XObject, a rounded box and
a table ruled with both lines and rectangles. Committed, so the tests need
no reportlab. Needs ``pip install reportlab`` (``make bench`` installs it).

Usage: python tools/build_geometry_pdf.py tests/data/geometri.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

WIDTH, HEIGHT = A4


def _page_one(canvas: Canvas) -> None:
    canvas.translate(20, 30)  # drawn off the origin: build() moves the MediaBox to match
    canvas.setFont("Times-Bold", 16)
    canvas.drawString(71, HEIGHT - 90, "Geometri i en rapport – prov för läsarna")
    canvas.setFont("Times-Roman", 12)
    canvas.drawString(71, HEIGHT - 130, "Vanlig text före en skalad rad, med åäö och ÅÄÖ.")
    canvas.saveState()
    canvas.scale(1.5, 1.5)  # 8 pt under a 1.5 matrix: 12 pt on the page
    canvas.setFont("Times-Roman", 8)
    canvas.drawString(71 / 1.5, (HEIGHT - 146) / 1.5, "Den här raden är skriven med en skalad matris.")
    canvas.restoreState()
    text = canvas.beginText(71, HEIGHT - 162)
    text.setFont("Times-Roman", 12)
    text.setHorizScale(85)
    text.textOut("Hoptryckt text med horisontell skalning. ")
    text.setHorizScale(100)
    text.setCharSpace(0.6)
    text.textOut("Spärrad text.")
    text.setCharSpace(0)
    text.textLine("")
    text.setWordSpace(3)
    text.textLine("Utvidgade ordmellanrum i en rad som är justerad.")
    text.setWordSpace(0)
    text.textOut("Fotnoten står här")
    text.setRise(4)
    text.setFont("Times-Roman", 8)
    text.textOut("1")
    text.setRise(0)
    text.setFont("Times-Roman", 12)
    text.textLine(" och texten fortsätter.")
    canvas.drawText(text)
    canvas.saveState()
    canvas.translate(40, HEIGHT / 2)
    canvas.rotate(90)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(0, 0, "Marginaltext som läses uppifrån och ned")
    canvas.restoreState()
    canvas.setFont("Times-Bold", 13)
    for shift in (0, 0.25):  # fake bold: the same line printed twice, a hair apart
        canvas.drawString(71 + shift, HEIGHT - 230, "Fetstil som skrivits två gånger")
    canvas.setFont("Times-Roman", 11)
    _ruled_table(canvas, 71, HEIGHT - 260)
    canvas.roundRect(71, HEIGHT - 470, 300, 40, 8)
    canvas.drawString(80, HEIGHT - 455, "Text i en ruta med rundade hörn.")
    canvas.beginForm("sidfot")
    canvas.setFont("Times-Italic", 9)
    canvas.drawString(71, 60, "Sidfot i ett formulärobjekt")
    canvas.line(71, 72, WIDTH - 71, 72)
    canvas.endForm()
    canvas.doForm("sidfot")
    canvas.showPage()


def _ruled_table(canvas: Canvas, left: float, top: float) -> None:
    widths, height = (60, 200, 150), 34
    rows = [
        ("Nr", "Åtgärd", "Ansvarig"),
        ("G1.1", "Belysningen ses över", "Trafiknämnden"),
        ("G1.2", "Fler", "Kulturnämnden"),
    ]
    for number, row in enumerate(rows):
        x, y = left, top - number * height
        for width, cell in zip(widths, row, strict=True):
            if number == 1:
                canvas.rect(x, y - height, width, height)  # this row drawn as rectangles
            canvas.drawString(x + 4, y - 14, cell)
            x += width
    right, bottom = left + sum(widths), top - len(rows) * height
    for y in (top, top - height, top - 3 * height):  # the other rulings as lines
        canvas.line(left, y, right, y)
    x = left
    for width in (0, *widths):
        x += width
        canvas.line(x, top, x, bottom)


def _page_two(canvas: Canvas) -> None:
    canvas.setPageRotation(90)  # shown turned clockwise: the text runs up the paper
    canvas.translate(WIDTH, 0)
    canvas.rotate(90)  # so that the text reads normally on the turned page
    canvas.setFont("Times-Bold", 14)
    canvas.drawString(71, WIDTH - 80, "Liggande sida")
    canvas.setFont("Times-Roman", 12)
    for number, line in enumerate(
        [
            "Den här sidan är vriden med /Rotate 90 och läses liggande.",
            "Stadsledningskontoret föreslår att kommunstyrelsen beslutar",
            "att remittera rapporten till arbetsmarknadsnämnden.",
        ]
    ):
        canvas.drawString(71, WIDTH - 110 - 16 * number, line)
    canvas.showPage()


def build(out: Path) -> None:
    drawn = out.with_suffix(".reportlab.pdf")
    canvas = Canvas(str(drawn), pagesize=A4, invariant=1)  # invariant: the same bytes on every run
    _page_one(canvas)
    _page_two(canvas)
    canvas.save()
    pdf = pdfium.PdfDocument(drawn)
    pdf[0].set_mediabox(20, 30, 20 + WIDTH, 30 + HEIGHT)  # the page's corner is not at the origin
    pdf.save(out)
    pdf.close()
    drawn.unlink()


if __name__ == "__main__":
    build(Path(sys.argv[1]))
