"""Review of holdout19, reading: a page after one in two columns is read in columns on less evidence only when the
text runs on (the right column ran as far down as the left one) and its own right column starts at its top."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas
from test_read_columns import SIZE, _fitting, _justified

from atgard.extract.read.pdf import read_pdf

SIGNATURES = [
    ("Anna-Karin Lindqvist Bergström", "Per-Olof Ahlström Johansson"),
    ("Ordförande i stadsmiljönämnden", "Sekreterare i stadsmiljönämnden"),
    ("Socialdemokraterna (S)", "Stadsmiljöförvaltningen"),
]
BOX = [
    ("Ansvarig förvaltning och nämnd", "Stadsmiljöförvaltningen, avdelning trafik"),
    ("Kontaktperson för åtgärden", "Anna-Karin Lindqvist Bergström"),
    ("Beslutad av kommunfullmäktige", "Kommunfullmäktige 2027-03-04, § 12"),
]


def _columns_page(canvas: Any, right_rows: int) -> None:
    """Sixteen lines of a left column beside ``right_rows`` of a right one (from the top)."""
    canvas.setFont("Helvetica", SIZE)
    for n in range(16):
        _justified(canvas, _fitting(canvas, 200, n), 71, 280, 740.0 - 14 * n)
        if n < right_rows:
            _justified(canvas, _fitting(canvas, 200, n + 5), 310, 520, 740.0 - 14 * n)
    canvas.showPage()


def _closing(path: Path, right_rows: int, pairs: list[tuple[str, str]], text_lines: int) -> list[str]:
    """Two columns, then a one-column page: ``text_lines`` full lines and a pair of pieces side by side, the right
    ones at the right column's x. Returns page 2's blocks' texts."""
    canvas = Canvas(str(path), pagesize=(595, 842))
    _columns_page(canvas, right_rows)
    canvas.setFont("Helvetica", SIZE)
    y = 760.0
    for n in range(text_lines):
        _justified(canvas, _fitting(canvas, 440, n), 71, 520, y)
        y -= 14
    y -= 40 if text_lines else 0
    for left, right in pairs:
        canvas.drawString(71, y, left)
        canvas.drawString(310, y, right)
        y -= 13
    canvas.save()
    return [block.text for block in read_pdf(path).blocks if block.page == 2]


@pytest.mark.parametrize("right_rows", [8, 16], ids=["column-ended", "column-ran-on"])
@pytest.mark.parametrize("pairs", [SIGNATURES, BOX], ids=["signatures", "box"])
@pytest.mark.parametrize("text_lines", [10, 3], ids=["below-text", "below-a-paragraph"])
def test_a_closing_pages_pairs_below_its_text_stay_side_by_side(
    tmp_path: Path, right_rows: int, pairs: list[tuple[str, str]], text_lines: int
) -> None:
    texts = _closing(tmp_path / "closing.pdf", right_rows, pairs, text_lines)
    for left, right in pairs:  # each pair in one block, the left piece read first
        assert any(-1 < text.find(left) < text.find(right) for text in texts), texts


def test_signatures_alone_after_a_column_that_ended_stay_side_by_side(tmp_path: Path) -> None:
    texts = _closing(tmp_path / "alone.pdf", 8, SIGNATURES, 0)
    assert any(-1 < text.find(SIGNATURES[0][0]) < text.find(SIGNATURES[0][1]) for text in texts), texts


def test_text_running_on_into_a_few_right_lines_is_still_two_columns(tmp_path: Path) -> None:
    path = tmp_path / "running.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    _columns_page(canvas, 16)
    canvas.setFont("Helvetica", SIZE)
    for n in range(12):  # each line opening on a word of its own, to find it
        _justified(canvas, [f"vänster{n}", *_fitting(canvas, 200, n)[1:]], 71, 280, 760.0 - 14 * n)
        if n < 4:
            _justified(canvas, [f"höger{n}", *_fitting(canvas, 200, n + 3)[1:]], 310, 520, 760.0 - 14 * n)
    canvas.save()
    text = " ".join(block.text for block in read_pdf(path).blocks)
    assert all(-1 < text.find(f"vänster{n}") < text.find("höger0") for n in range(12)), text
    assert text.find("höger0") < text.find("höger3")
