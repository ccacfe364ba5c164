"""Pages in two text columns: read column by column; side-by-side boxes and margins of numbers stay as they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from atgard.extract.read.columns import column_parts
from atgard.extract.read.glyphs import Line, Segment, Unit
from atgard.extract.read.pdf import read_pdf

SIZE = 10.0


def _segment(text: str, x0: float, x1: float, top: float) -> Segment:
    """A segment of ``text`` spread evenly over ``x0``–``x1``, one unit a character (spaces as units of their own)."""
    step = (x1 - x0) / max(len(text), 1)
    units = [Unit(ch, False, False, x0 + i * step, x0 + (i + 1) * step) for i, ch in enumerate(text)]
    return Segment(units=units, x0=x0, x1=x1, top=top, bottom=top + SIZE, size=SIZE, bold_share=0.0)


def _line(top: float, *pieces: tuple[str, float, float]) -> Line:
    return Line(page=1, segments=[_segment(text, x0, x1, top) for text, x0, x1 in pieces])


def _texts(parts: list[list[Line]]) -> list[list[str]]:
    return [[" | ".join(s.text for s in line.segments) for line in part] for part in parts]


def test_two_columns_of_running_text_are_read_left_then_right() -> None:
    lines = [_line(50, ("Trygga mötesplatser i hela staden", 70, 400))]
    lines += [
        _line(80 + 14 * n, (f"vänster rad {n} med löpande text", 70, 280), (f"höger rad {n} text", 310, 520))
        for n in range(8)
    ]
    lines += [_line(200, ("vänster spalt slutar här", 70, 250))]
    parts = _texts(column_parts(lines))
    assert parts[0] == ["Trygga mötesplatser i hela staden"]
    assert parts[1][0] == "vänster rad 0 med löpande text" and parts[1][-1] == "vänster spalt slutar här"
    assert parts[2] == [f"höger rad {n} text" for n in range(8)]


def test_a_piece_across_a_narrow_gutter_is_cut_at_the_right_columns_word() -> None:
    lines = [
        _line(80 + 14 * n, (f"vänster rad {n} med löpande text", 70, 280), (f"höger rad {n} text", 310, 520))
        for n in range(8)
    ]
    left, right = _segment("vänster text går fram", 70, 285, 200), _segment("höger fortsätter", 310, 420, 200)
    space = Unit(" ", False, False, 285, 310)  # a gap narrower than a column gap: one piece across the gutter
    across = Segment([*left.units, space, *right.units], 70, 420, 200, 200 + SIZE, SIZE, 0.0)
    lines.append(Line(page=1, segments=[across]))
    cut = column_parts(lines)
    joined = [" ".join(s.text for line in part for s in line.segments) for part in cut]
    assert "höger fortsätter" in joined[1] and "höger fortsätter" not in joined[0]


def test_side_by_side_boxes_a_table_and_a_margin_of_line_numbers_are_no_columns() -> None:
    header = [_line(60 + 14 * n, (f"Handläggare {n}", 70, 160), (f"Till {n}", 320, 380)) for n in range(8)]
    numbers = [
        _line(60 + 14 * n, (f"en hel rad löpande text nummer {n} i boken", 70, 440), (str(n + 1), 456, 467))
        for n in range(20)
    ]
    for lines in (header, numbers):
        assert column_parts(lines) == [lines]


# --- Pages written as PDFs --------------------------------------------------------------------------------------------

WORDS = "nämnden har tagit del av förslaget och lämnar här sina synpunkter på programmets åtgärder i sin helhet".split()


def _justified(canvas: Any, words: list[str], x0: float, x1: float, y: float) -> None:
    """Words spread from ``x0`` to ``x1`` as a justified line sets them, each drawn with its space."""
    widths = [canvas.stringWidth(word, "Helvetica", SIZE) for word in words]
    gap = (x1 - x0 - sum(widths)) / max(len(words) - 1, 1)
    x = x0
    for word, width in zip(words, widths, strict=True):
        canvas.drawString(x, y, word + " ")
        x += width + gap


def _fitting(canvas: Any, width: float, first: int) -> list[str]:
    """Words from ``WORDS`` (from the ``first``-th on, round) that fill ``width`` less a word space or two."""
    words: list[str] = []
    while canvas.stringWidth(" ".join([*words, WORDS[(first + len(words)) % len(WORDS)]]), "Helvetica", SIZE) < width:
        words.append(WORDS[(first + len(words)) % len(WORDS)])
    return words


def _box_over_full_lines(path: Path) -> list[str]:
    """A protocol's page 1: a label/value box (values at x 298) over justified full-width lines, each with a word
    starting at 298 after a plain word space. Returns the body lines' texts."""
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont("Helvetica", SIZE)
    y = 760.0
    for label, values in (("Tid", 1), ("Plats", 2), ("Närvarande ledamöter", 3), ("Övriga närvarande", 2)):
        canvas.drawString(71, y, label)
        for n in range(values):
            _justified(canvas, _fitting(canvas, 200, 3 * n + len(label)), 298, 500, y)
            y -= 13
        y -= 10
    body = []
    for n in range(15):
        if n % 3 == 2:  # a paragraph's last line, ending just left of the values
            words = _fitting(canvas, 215, n)
            _justified(canvas, words, 71, 296.5, y)
            body.append(" ".join(words))
            y -= 26
            continue
        left, right = _fitting(canvas, 210, n), _fitting(canvas, 215, n + 7)
        _justified(canvas, left, 71, 298 - canvas.stringWidth(" ", "Helvetica", SIZE) - 0.4, y)
        _justified(canvas, right, 298, 520, y)
        body.append(" ".join([*left, *right]))
        y -= 15
    canvas.save()
    return body


def _two_columns(path: Path) -> tuple[list[str], list[str]]:
    """A report page in two columns of running text under a title across both."""
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont("Helvetica", SIZE)
    canvas.drawString(71, 780, "Trygga mötesplatser i hela staden")
    left, right = [], []
    for n in range(16):
        y = 740.0 - 14 * n
        words = _fitting(canvas, 200, n), _fitting(canvas, 200, n + 5)
        _justified(canvas, words[0], 71, 280, y)
        _justified(canvas, words[1], 310, 520, y)
        left.append(" ".join(words[0]))
        right.append(" ".join(words[1]))
    canvas.save()
    return left, right


def test_a_box_over_full_width_lines_crossing_its_values_x_is_one_column(tmp_path: Path) -> None:
    body = _box_over_full_lines(tmp_path / "box.pdf")
    text = " ".join(block.text for block in read_pdf(tmp_path / "box.pdf").blocks)
    assert all(line in text for line in body)  # each line read across the page, not cut at x 298


def test_two_columns_of_running_text_on_a_page_are_read_left_then_right(tmp_path: Path) -> None:
    left, right = _two_columns(tmp_path / "columns.pdf")
    text = " ".join(block.text for block in read_pdf(tmp_path / "columns.pdf").blocks)
    assert -1 < text.find(" ".join(left)) < text.find(" ".join(right))
