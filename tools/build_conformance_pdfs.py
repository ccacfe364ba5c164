"""Build tests/data/konformitet/*.pdf: one small PDF per failure class the conformance run found.

Each reproduces, in a few lines of PDF, what a file of the public readers' test
suites did (docs/conformance.md), with Swedish text of the document family:

- negativa-koordinater.pdf: a heading whose glyph boxes reach above the page, a word
  that starts left of it and a ruled table reaching below it, on a MediaBox not at the
  origin (pdf.js tracemonkey.pdf: a box with a negative coordinate reached the model).
- vridna-sidor.pdf: text not upright as displayed: a page with /Rotate 90 whose text is
  set upright in user space, a page set upside down, one set reading upwards with a
  short upright margin note, and one in mirror writing (pdfplumber nics-...-rotated.pdf,
  issue-848.pdf; qpdf annotations-rotated-90.pdf).
- glyfvis.pdf: text placed glyph by glyph, each at its own position, with no space
  glyphs between words (pdf.js bug946506.pdf and many generators' output).
- sneda-etiketter.pdf: text set on a slant (20°), glyph by glyph with no space glyphs, on a page
  with /Rotate 90: PDFium's box of a turned glyph is upright on the page and wider than the
  glyph, and its words ran together (pdf.js issue14497.pdf, a surveyor's plan: "2563040").
- upprepad-sida.pdf: three pages whose only text is the same lines at the top (a form
  repeated page after page): it is the content, not a running header.
- skannad-bilaga.pdf: two text pages and a scanned annex (an image, no text layer).
- rutnat-over-text.pdf: running text under a ruled grid whose lines cross its words: not a
  table of cells (pdf.js issue14415.pdf read "Thi | s agreement h | ereb").
- negativ-teckengrad.pdf: glyphs turned by a negative font size on a page turned by
  /Rotate 180, which together read upright (the same file, read backwards).
- hoger-till-vanster.pdf: Hebrew set right to left with a number and a Latin name in it
  (pdf.js issue11656.pdf, read backwards).
- rader-over-varandra.pdf: a second run of text drawn across the first on one line, and a footnote
  mark drawn after its line into a gap (poppler-90-0-fuzzed.pdf in pdf.js: two runs dealt out letter
  by letter in turn, "SWparlidnvgoegrel").

Made with pikepdf and Pillow (test dependencies); the fixtures are committed.
Usage: python tools/build_conformance_pdfs.py tests/data/konformitet
"""

from __future__ import annotations

import io
import math
import re
import sys
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFont

COURIER_EM = 0.6  # Courier's every glyph is 600/1000 em wide: glyph positions are exact


def _font(pdf: pikepdf.Pdf, name: str = "Courier") -> pikepdf.Object:
    return pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name("/" + name),
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )


def _text(value: str) -> bytes:
    """A PDF string literal in WinAnsi (å, ä, ö are in it)."""
    escaped = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252") + b")"


def _page(pdf: pikepdf.Pdf, content: bytes, mediabox: list[float], **extra: object) -> None:
    font = _font(pdf)
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=mediabox,
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
        Contents=pdf.make_stream(content),
        **extra,
    )
    pdf.pages.append(pikepdf.Page(page))


def _line(text: str, matrix: tuple[float, ...], size: float = 11) -> bytes:
    numbers = " ".join(f"{v:g}" for v in matrix)
    return b"BT /F1 %g Tf %s Tm %s Tj ET\n" % (size, numbers.encode(), _text(text))


BODY = [
    "Stadsledningskontoret föreslår att kommunstyrelsen",
    "remitterar rapporten till kulturnämnden och",
    "idrottsnämnden, bl.a. för synpunkter på åtgärderna.",
    "Svar ska ha kommit in senast den 15 mars 2027.",
]


def negative_coordinates(target: Path) -> None:
    pdf = pikepdf.new()
    # MediaBox starts at (0, -100): the page shows y from -100 to 742.
    content = _line("Remiss av trygghetsrapporten", (1, 0, 0, 1, 72, 726), size=24)
    content += _line("Kulturnämnden", (1, 0, 0, 1, -30, 600))  # starts left of the page
    for i, text in enumerate(BODY):
        content += _line(text, (1, 0, 0, 1, 72, 560 - 16 * i))
    # A ruled table of two rows beside the heading, its upper row mostly above the page, its cells empty.
    for y in (800, 735, 700):
        content += b"480 %d m 590 %d l S\n" % (y, y)
    for x in (480, 530, 590):
        content += b"%d 700 m %d 800 l S\n" % (x, x)
    content += _line("Svar", (1, 0, 0, 1, 540, 737), size=6) + _line("Ja", (1, 0, 0, 1, 540, 712))
    content += _line("Nej", (1, 0, 0, 1, 490, 712))
    _page(pdf, content, [0, -100, 595, 742])
    pdf.save(target, deterministic_id=True)


def turned_pages(target: Path) -> None:
    pdf = pikepdf.new()
    upright = b"".join(_line(text, (1, 0, 0, 1, 72, 500 - 16 * i)) for i, text in enumerate(BODY))
    _page(pdf, upright, [0, 0, 595, 842], Rotate=90)  # set upright in user space: shown sideways
    upside_down = b"".join(_line(text, (-1, 0, 0, -1, 523, 342 + 16 * i)) for i, text in enumerate(BODY))
    _page(pdf, upside_down, [0, 0, 595, 842])
    upwards = b"".join(_line(text, (0, 1, -1, 0, 100 + 16 * i, 72)) for i, text in enumerate(BODY))
    upwards += _line("Bilaga 2", (1, 0, 0, 1, 480, 800), size=8)  # a short upright note: left out
    _page(pdf, upwards, [0, 0, 595, 842])
    mirrored = b"".join(_line(text, (-1, 0, 0, 1, 523, 700 - 16 * i)) for i, text in enumerate(BODY))
    _page(pdf, mirrored, [0, 0, 595, 842])
    pdf.save(target, deterministic_id=True)


def glyph_by_glyph(target: Path) -> None:
    """Each glyph its own text object at its own position; a word gap is an empty glyph's width, no space."""
    pdf = pikepdf.new()
    content = b""
    size = 11.0
    for row, text in enumerate(BODY):
        x = 72.0
        for char in text:
            if char != " ":
                content += _line(char, (1, 0, 0, 1, x, 700 - 16 * row), size)
            x += COURIER_EM * size
    _page(pdf, content, [0, 0, 595, 842])
    pdf.save(target, deterministic_id=True)


def slanted_labels(target: Path) -> None:
    """BODY on a 20° slant, each glyph its own text object, a word gap a third of an em (a proportional font's
    space), no space glyphs; on a page with /Rotate 90."""
    pdf = pikepdf.new()
    size, angle = 11.0, math.radians(20)
    cos, sin = math.cos(angle), math.sin(angle)
    content = b""
    for row, text in enumerate(BODY):
        # each line starts lower along the slant's normal; the glyphs go up the slant
        x, y, along = 72.0 + 16 * row * sin, 500.0 - 16 * row * cos, 0.0
        for char in text:
            if char == " ":
                along += size / 3
                continue
            content += _line(char, (cos, sin, -sin, cos, x + along * cos, y + along * sin), size)
            along += COURIER_EM * size
    _page(pdf, content, [0, 0, 595, 842], Rotate=90)
    pdf.save(target, deterministic_id=True)


def repeated_page(target: Path) -> None:
    pdf = pikepdf.new()
    form = ["Anmälan om synpunkter på remiss", "Nämnd: ____________________", "Datum: ____________________"]
    content = b"".join(_line(text, (1, 0, 0, 1, 72, 800 - 16 * i)) for i, text in enumerate(form))
    for _ in range(3):
        _page(pdf, content, [0, 0, 595, 842])
    pdf.save(target, deterministic_id=True)


SCANNED = ["Bilaga 3", "Yttrande från", "Kulturnämnden", "Nämnden tillstyrker förslaget."]


def scanned_annex(target: Path) -> None:
    pdf = pikepdf.new()
    for page, lines in enumerate((BODY[:2], BODY[2:])):
        content = _line(f"Sida {page + 1} (3)", (1, 0, 0, 1, 480, 800), size=9)
        content += b"".join(_line(text, (1, 0, 0, 1, 72, 700 - 16 * i)) for i, text in enumerate(lines))
        _page(pdf, content, [0, 0, 595, 842])
    with _scanned_page() as scan:
        pdf.pages.append(scan.pages[0])
        pdf.save(target, deterministic_id=True)


def _scanned_page() -> pikepdf.Pdf:
    """A PDF of one A4 page at 150 dpi holding only an image of typed text, as a scanner makes it."""
    dpi = 150
    image = Image.new("L", (round(595 / 72 * dpi), round(842 / 72 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    for i, text in enumerate(SCANNED):
        draw.text((150, 200 + 70 * i), text, fill=0, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=dpi)
    return pikepdf.open(io.BytesIO(buffer.getvalue()))


def grid_over_text(target: Path) -> None:
    """Running text with a ruled grid drawn over it, its lines crossing words (pdf.js issue14415.pdf)."""
    pdf = pikepdf.new()
    content = b"".join(_line(text, (1, 0, 0, 1, 72, 705 - 28 * i)) for i, text in enumerate(BODY))
    for y in (720, 692, 664, 636, 608):
        content += b"60 %d m 540 %d l S\n" % (y, y)
    for x in (60, 72 + 5 * COURIER_EM * 11, 300, 540):  # the second passes between two letters of a word
        content += b"%g 608 m %g 720 l S\n" % (x, x)
    _page(pdf, content, [0, 0, 595, 842])
    pdf.save(target, deterministic_id=True)


def negative_font_size(target: Path) -> None:
    """A negative Tf turns glyphs half a turn; with /Rotate 180 the page reads upright (pdf.js issue14415.pdf)."""
    pdf = pikepdf.new()
    content = b"".join(_line(text, (1, 0, 0, 1, 523, 142 + 16 * i), size=-11) for i, text in enumerate(BODY))
    _page(pdf, content, [0, 0, 595, 842], Rotate=180)
    pdf.save(target, deterministic_id=True)


def runs_across(target: Path) -> None:
    """A second run of text drawn across the first on one line (poppler-90-0-fuzzed.pdf's text matrices dealt
    "Springer" and "Waldvogel" out letter by letter in turn); below it a footnote mark drawn after its line
    into the gap after "Svar", which stays where it stands."""
    pdf = pikepdf.new()
    em = COURIER_EM * 11
    content = _line("Remissen skickas till kulturnämnden", (1, 0, 0, 1, 72, 700))
    content += _line("idrottsnämnden och stadsdelsnämnderna.", (1, 0, 0, 1, 72 + 22 * em, 700))
    content += _line("Svar  senast den 15 mars 2027.", (1, 0, 0, 1, 72, 684))
    content += _line("1", (1, 0, 0, 1, 72 + 4 * em, 684))
    _page(pdf, content, [0, 0, 595, 842])
    pdf.save(target, deterministic_id=True)


RTL_LINES = ["שלום עולם, מה שלום כולם?", "לפי סעיף 15 בשנת 2027 (Stockholm)"]


def right_to_left(target: Path) -> None:
    """Hebrew set right to left, with a number and a Latin name inside (pdf.js issue11656.pdf read it backwards).

    Drawn with reportlab (the benchmark's dependency) in DejaVu Sans: each line's glyphs in visual order,
    right-aligned, as a right-to-left layout engine places them.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdf = canvas.Canvas(str(target), pagesize=(595, 842), invariant=True)
    pdf.setFont("DejaVuSans", 12)
    for i, text in enumerate(RTL_LINES):
        pdf.drawRightString(523, 760 - 18 * i, _visual(text))
    pdf.save()


def _visual(text: str) -> str:
    """Logical order to the order shown, left to right, for a right-to-left line (runs of Latin and digits kept)."""
    runs = re.findall(r"[A-Za-z0-9]+|[^A-Za-z0-9]", text)
    mirror = str.maketrans("()", ")(")
    return "".join(run if run[0].isascii() and run[0].isalnum() else run.translate(mirror) for run in reversed(runs))


BUILDERS = {
    "negativa-koordinater.pdf": negative_coordinates,
    "vridna-sidor.pdf": turned_pages,
    "glyfvis.pdf": glyph_by_glyph,
    "sneda-etiketter.pdf": slanted_labels,
    "upprepad-sida.pdf": repeated_page,
    "skannad-bilaga.pdf": scanned_annex,
    "rutnat-over-text.pdf": grid_over_text,
    "negativ-teckengrad.pdf": negative_font_size,
    "hoger-till-vanster.pdf": right_to_left,
    "rader-over-varandra.pdf": runs_across,
}

if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/konformitet")
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        build(folder / name)
        print(folder / name)
