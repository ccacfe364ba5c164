"""The failure classes of the conformance run (docs/conformance.md), one committed fixture each.

The fixtures in tests/data/konformitet are made by tools/build_conformance_pdfs.py;
each reproduces what a file of pdf.js', qpdf's or pdfplumber's test suite did.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from atgard.extract.read.backend_pdfium import _advances
from atgard.extract.read.pdf import read_pdf
from atgard.pipeline.cli import cli
from atgard.pipeline.ingest import Ingested

BODY = (
    "Stadsledningskontoret föreslår att kommunstyrelsen remitterar rapporten till kulturnämnden och "
    "idrottsnämnden, bl.a. för synpunkter på åtgärderna. Svar ska ha kommit in senast den 15 mars 2027."
)


@pytest.fixture
def konformitet(data: Path) -> Path:
    return data / "konformitet"


def page_texts(path: Path, backend: str = "pdfium") -> dict[int, str]:
    texts: dict[int, list[str]] = {}
    for block in read_pdf(path, backend=backend).blocks:  # type: ignore[arg-type]
        texts.setdefault(block.page, []).append(block.text)
    return {page: " ".join(parts) for page, parts in texts.items()}


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_boxes_reaching_off_the_page_are_kept_on_it(konformitet: Path, backend: str) -> None:
    document = read_pdf(konformitet / "negativa-koordinater.pdf", backend=backend)  # type: ignore[arg-type]
    page = document.pages[0]
    text = " ".join(block.text for block in document.blocks)
    assert "Remiss av trygghetsrapporten" in text and "Svar" in text  # glyphs reaching above the page
    # its first letters are wholly off the page: the word its letters on the page hold is read whole, as the text
    # layer holds it (a word set over the page's side is one word; a heading's "tätort" is not "täto")
    assert "Kulturnämnden" in text
    boxes = [box.bbox for block in document.blocks for box in block.boxes]
    boxes += [cell.bbox for block in document.blocks for cell in block.cells or []]  # the table's, ruled off the page
    for box in boxes:
        assert 0 <= box.x0 <= box.x1 <= page.width and 0 <= box.top <= box.bottom <= page.height


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_each_page_is_read_in_the_direction_of_its_text(konformitet: Path, backend: str) -> None:
    document = read_pdf(konformitet / "vridna-sidor.pdf", backend=backend)  # type: ignore[arg-type]
    assert [(p.turned, p.mirrored) for p in document.pages] == [(90, False), (180, False), (270, False), (180, True)]
    assert [(p.width, p.height) for p in document.pages] == [(595, 842), (595, 842), (842, 595), (595, 842)]
    texts = page_texts(konformitet / "vridna-sidor.pdf", backend)
    assert texts == {1: BODY, 2: BODY, 3: BODY, 4: BODY}  # the upright note on page 3 is not in the flow
    assert [page.asides for page in document.pages] == [[], [], ["Bilaga 2"], []]  # but read, and kept


def test_glyphs_placed_one_by_one_are_joined_into_words(konformitet: Path) -> None:
    (block,) = read_pdf(konformitet / "glyfvis.pdf").blocks
    assert block.text == BODY


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_slanted_text_placed_glyph_by_glyph_keeps_its_word_gaps(konformitet: Path, backend: str) -> None:
    """PDFium's box of a glyph on a slant is upright and wider than the glyph: measured along the slant,
    the glyph's own length, else every gap between words closes."""
    document = read_pdf(konformitet / "sneda-etiketter.pdf", backend=backend)  # type: ignore[arg-type]
    assert [block.text for block in document.blocks] == [BODY]
    assert document.pages[0].turned == 70  # /Rotate 90 less the slant's 20°


def test_glyphs_printed_one_by_one_end_where_the_next_begins() -> None:
    """Within a word placed glyph by glyph (each its own text object) the next origin ends a glyph; the same
    letter again at the same place (printed twice for bold) does not."""
    x = np.array([0.0, 5.0, 10.0, 10.3])  # "a", "b", "c", then "c" again 0.3 pt on
    end = x + 8.0  # boxes wider than the glyphs
    codes = np.array([ord(c) for c in "abcc"], dtype=np.uint32)
    advance = _advances(
        x, end, np.zeros(4), np.zeros(4, dtype=np.intp), np.arange(4, dtype=np.uintp), codes, np.full(4, 10.0)
    )
    assert advance.tolist() == [5.0, 5.0, 8.0, 8.0]


def test_a_grid_drawn_over_running_text_does_not_cut_its_words(konformitet: Path) -> None:
    (block,) = read_pdf(konformitet / "rutnat-over-text.pdf").blocks
    assert (block.kind, block.text) == ("paragraph", BODY)


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_glyphs_turned_by_a_negative_font_size_on_a_turned_page_read_forwards(konformitet: Path, backend: str) -> None:
    assert page_texts(konformitet / "negativ-teckengrad.pdf", backend) == {1: BODY}


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_right_to_left_writing_keeps_its_reading_order(konformitet: Path, backend: str) -> None:
    document = read_pdf(konformitet / "hoger-till-vanster.pdf", backend=backend)  # type: ignore[arg-type]
    assert document.pages[0].right_to_left
    assert [block.text for block in document.blocks] == ["שלום עולם, מה שלום כולם? לפי סעיף 15 בשנת 2027 (Stockholm)"]


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_a_run_drawn_across_another_is_read_after_it(konformitet: Path, backend: str) -> None:
    """Not dealt out letter by letter in turn with the run it crosses; a mark drawn into a gap stays there."""
    assert page_texts(konformitet / "rader-over-varandra.pdf", backend) == {
        1: "Remissen skickas till kulturnämnden idrottsnämnden och stadsdelsnämnderna. Svar 1 senast den 15 mars 2027."
    }


def test_a_page_whose_only_text_repeats_keeps_it(konformitet: Path) -> None:
    document = read_pdf(konformitet / "upprepad-sida.pdf")
    assert document.header.lines == []
    assert " ".join(b.text for b in document.blocks).count("Anmälan om synpunkter på remiss") == 3


def test_a_ligature_in_upside_down_text_keeps_all_its_letters() -> None:
    """PDFium gives "ﬃ" as f, f, i at one origin, the first two as wide as the glyph; upright or turned,
    the next origin marks where each ends, so none is taken for the one before printed twice."""
    for turn, sign in ((0, 1.0), (180, -1.0)):
        x = 300 + sign * np.array([0.0, 0.0, 0.0, 8.0])  # "ﬃ" then "c", reading along +x or -x
        end = x + np.array([8.0, 8.0, 8.0, 5.0])  # x1 - x0 is the advance along the baseline (RawChars)
        direction = np.full(4, turn, dtype=np.intp)
        objects, codes = np.ones(4, dtype=np.uintp), np.array([ord(c) for c in "ffic"], dtype=np.uint32)
        advance = _advances(x, end, np.full(4, 100.0), direction, objects, codes, np.full(4, 11.0))
        assert advance.tolist() == [0.0, 0.0, 8.0, 5.0]


def test_a_scanned_page_is_reported_and_recorded(tmp_path: Path, konformitet: Path) -> None:
    pdf, db = konformitet / "skannad-bilaga.pdf", tmp_path / "atgard.db"
    result = CliRunner().invoke(cli, ["ingest", str(pdf), "--db", str(db), "--no-ocr"])
    assert result.exit_code == 0, result.output
    assert f"Warning: {pdf}: page 3 of 3 has no text layer: read it with --ocr" in result.stderr
    assert "1 document with unread pages" in result.stdout  # singular for one (issue #36: "document(s)" before)
    with sqlite3.connect(db) as connection:
        sources = connection.execute("SELECT text_source FROM pages ORDER BY number").fetchall()
    assert sources == [("pdf",), ("pdf",), ("none",)]


@pytest.mark.parametrize(
    ("unread", "ocr", "told"),
    [
        ((3,), False, "page 3 of 3 has no text layer: read it with --ocr"),
        ((2, 3), False, "pages 2, 3 of 3 have no text layer: read them with --ocr"),
        ((3,), True, "page 3 of 3 has no text layer, and OCR read no text from it"),
        ((2, 3), True, "pages 2, 3 of 3 have no text layer, and OCR read no text from them"),
    ],
)
def test_an_unread_page_is_told_as_it_was_read(unread: tuple[int, ...], ocr: bool, told: str) -> None:
    ingested = Ingested(Path("bilaga.pdf"), "new", "x", pages=3, unread=unread, ocr=ocr)
    assert ingested.warning == f"bilaga.pdf: {told}"


def test_a_blank_page_is_not_reported(tmp_path: Path, konformitet: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(konformitet / "glyfvis.pdf"), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0 and "Warning" not in result.stderr


@pytest.mark.ocr
@pytest.mark.slow
def test_ocr_reads_only_the_scanned_page(tmp_path: Path, konformitet: Path) -> None:
    pdf = konformitet / "skannad-bilaga.pdf"
    plain, with_ocr = tmp_path / "plain.db", tmp_path / "ocr.db"
    assert CliRunner().invoke(cli, ["ingest", str(pdf), "--db", str(plain), "--no-ocr"]).exit_code == 0
    result = CliRunner().invoke(cli, ["ingest", str(pdf), "--db", str(with_ocr)])  # OCR by default
    assert result.exit_code == 0, result.output
    assert "Warning" not in result.stderr

    def blocks(db: Path, where: str) -> list[tuple[object, ...]]:
        with sqlite3.connect(db) as connection:
            return connection.execute(f"SELECT page, text, x0, top, x1, bottom FROM blocks WHERE {where}").fetchall()

    assert blocks(with_ocr, "page < 3") == blocks(plain, "page < 3")  # the text pages keep their own text
    ocr_text = " ".join(str(row[1]) for row in blocks(with_ocr, "page = 3"))
    assert "Kulturnämnden" in ocr_text and "tillstyrker" in ocr_text
    with sqlite3.connect(with_ocr) as connection:
        sources = connection.execute("SELECT text_source FROM pages ORDER BY number").fetchall()
        assert sources == [("pdf",), ("pdf",), ("ocr",)]
        assert connection.execute("SELECT text_source FROM documents").fetchone() == ("ocr",)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # a heading set too wide: its last word runs over the right side
        ([("strandskyddet", 480.0), ("i", 561.0), ("tätort", 570.0)], "strandskyddet i tätort"),
        # the first word begins before the left side
        ([("Kulturnämnden", -20.0), ("svarar", 60.0)], "Kulturnämnden svarar"),
        # a word wholly past the side is no word of the page; one begun on it with a hyphen is read whole
        ([("Gång-", 540.0), ("och", 640.0)], "Gång-"),
        ([("d.v.s.", 580.0), ("bortom", 700.0)], "d.v.s."),
    ],
    ids=["right side", "left side", "a word wholly off", "abbreviation"],
)
def test_a_word_over_the_pages_side_is_read_whole(words, expected) -> None:
    from atgard.extract.read.lines import group_lines
    from atgard.extract.read.raw_page import RawChar, RawChars, glyphs_of

    chars = []
    for word, x in words:
        for i, letter in enumerate(word):
            chars.append(RawChar(letter, x + 6.0 * i, x + 6.0 * (i + 1), 100.0, 12.0, "Helvetica"))
        chars.append(RawChar(" ", x + 6.0 * len(word), x + 6.0 * len(word) + 3.0, 100.0, 12.0, "Helvetica"))
    (line,) = group_lines(glyphs_of(RawChars.of(chars), 595, 842), 1)
    assert line.text == expected
