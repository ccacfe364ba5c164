"""The two reading backends, PDFium (the default) and pdfplumber (the reference), give the same result.

Text, kinds, styles, references and everything extracted must be equal;
coordinates may differ by rounding (PDFium computes in single precision, and
the two measure a glyph's advance slightly differently where glyphs overhang
or are kerned).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from atgard.extract.read.lines import group_lines
from atgard.extract.read.pdf import read_pdf
from atgard.extract.read.raw_page import RawChar, RawChars, glyphs_of

BOX_TOLERANCE = 0.5  # points: a sixth of a millimetre


def differences(reference: Any, other: Any, where: str = "") -> list[str]:
    """Where two JSON values differ: numbers by more than the tolerance, anything else at all."""
    if isinstance(reference, dict) and isinstance(other, dict):
        if reference.keys() != other.keys():
            return [f"{where}: keys {sorted(reference.keys() ^ other.keys())}"]
        return [d for key in reference for d in differences(reference[key], other[key], f"{where}.{key}")]
    if isinstance(reference, list) and isinstance(other, list):
        if len(reference) != len(other):
            return [f"{where}: {len(reference)} items against {len(other)}"]
        pairs = enumerate(zip(reference, other, strict=True))
        return [d for n, (a, b) in pairs for d in differences(a, b, f"{where}[{n}]")]
    numbers = (int, float)
    if isinstance(reference, numbers) and isinstance(other, numbers) and not isinstance(reference, bool):
        return [] if abs(reference - other) <= BOX_TOLERANCE else [f"{where}: {reference} against {other}"]
    return [] if reference == other else [f"{where}: {reference!r} against {other!r}"]


def test_the_comparison_sees_a_difference() -> None:
    reference = {"measures": [{"text": "Belysningen ses över.", "bbox": {"x0": 71.0}}]}
    assert differences(reference, {"measures": [{"text": "Belysningen ses över.", "bbox": {"x0": 71.3}}]}) == []
    assert differences(reference, {"measures": [{"text": "Belysningen ses över.", "bbox": {"x0": 72.0}}]}) == [
        ".measures[0].bbox.x0: 71.0 against 72.0"
    ]
    assert differences(reference, {"measures": [{"text": "Belysningen ses över", "bbox": {"x0": 71.0}}]}) != []
    assert differences(reference, {"measures": []}) == [".measures: 1 items against 0"]


@pytest.mark.slow
def test_both_backends_give_the_same_export(
    tmp_path: Path, examples: Path, data: Path, ingest_and_export: Callable[..., str]
) -> None:
    # The fixtures and the devset; the holdout sets measure extraction with the default reader, and their drawn
    # PDFs (holdout5) show pdfminer placing a subset TrueType font's glyphs up to 0.5 pt from where PDFium does.
    fixtures = [p for p in data.rglob("*.pdf") if not p.relative_to(data).parts[0].startswith("holdout")]
    reference, fast = (
        json.loads(
            ingest_and_export(tmp_path / f"{backend}.db", examples, *fixtures, "--backend", backend, "--jobs", "2")
        )
        for backend in ("pdfplumber", "pdfium")
    )
    assert len(reference["documents"]) == len(list(examples.glob("*.pdf"))) + len(fixtures)
    assert sum(len(d["measures"]) for d in reference["documents"]) > 40  # the comparison covers real content
    assert differences(reference, fast) == []
    for backend in ("pdfplumber", "pdfium"):  # each database says which parser read its documents
        with sqlite3.connect(tmp_path / f"{backend}.db") as db:
            assert db.execute("SELECT DISTINCT backend FROM documents").fetchall() == [(backend,)]


FIXTURES = ["geometri.pdf", "konstruerad-rapport-tabell.pdf", "seed-lagesrapport-v2.pdf", "beskuren-sida.pdf"]
CONFORMANCE_FIXTURES = sorted(
    f"konformitet/{p.name}" for p in (Path(__file__).parent / "data/konformitet").glob("*.pdf")
)


@pytest.mark.parametrize("name", FIXTURES + CONFORMANCE_FIXTURES)
def test_both_backends_read_the_same_blocks(data: Path, name: str) -> None:
    """Block by block, including the awkward geometry of geometri.pdf (tools/build_geometry_pdf.py) and the
    failure classes of the conformance run (tools/build_conformance_pdfs.py)."""
    reference = read_pdf(data / name, backend="pdfplumber").model_dump(mode="json")
    fast = read_pdf(data / name, backend="pdfium").model_dump(mode="json")
    assert (reference.pop("backend"), fast.pop("backend")) == ("pdfplumber", "pdfium")  # each says who read it
    assert differences(reference, fast) == []


def test_awkward_geometry_is_read_right(data: Path) -> None:
    document = read_pdf(data / "geometri.pdf")
    texts = [block.text for block in document.blocks]
    assert "Fetstil som skrivits två gånger" in texts  # printed twice, read once
    assert not any("Marginaltext" in text for text in texts)  # turned text is not in the reading flow
    assert any("Den här raden är skriven med en skalad matris." in text for text in texts)
    cells = [[cell.text for cell in block.cells] for block in document.blocks if block.kind == "table_row"]
    assert cells[1] == ["G1.1", "Belysningen ses över", "Trafiknämnden"]  # rows ruled with lines and with boxes
    turned = document.pages[1]
    assert document.blocks[-1].boxes[0].page == 2 and document.blocks[-1].boxes[0].bbox.x1 < turned.width
    first = document.blocks[0].boxes[0].bbox  # the MediaBox does not start at the origin
    assert 60 < first.x0 < 80 and 60 < first.top < 100


def test_a_glyph_printed_twice_is_read_once_and_neighbours_are_not() -> None:
    def char(text: str, x0: float, baseline: float = 100.0) -> RawChar:
        return RawChar(text, x0, x0 + 3.3, baseline, 12.0, "Times-Bold")

    doubled = [char("l", 70.0), char("l", 70.25, 100.2), char("l", 73.3), char("l", 73.55), char("a", 73.6)]
    (line,) = group_lines(glyphs_of(RawChars.of(doubled), 595, 842), 1)
    assert line.text == "lla"
    (word,) = line.segments[0].units  # a word's letters share one unit
    assert (word.text, word.x0, word.x1) == ("lla", 70.0, 73.6 + 3.3)


def test_the_compiled_character_loop_reads_what_the_python_loop_reads(examples: Path, data: Path) -> None:
    """The characters and the text objects, as the helper and as the Python loops ask PDFium for them.

    Every install compiles extract/read/native/pdfium_chars.c (setup.py) unless told not to."""
    import ctypes
    import os

    import pypdfium2 as pdfium

    from atgard.extract.read import backend_pdfium as read_pdfium

    if os.environ.get("ATGARD_WITHOUT_HELPER") == "1":
        assert read_pdfium._HELPER is None
        return
    assert read_pdfium._HELPER is not None, f"the install did not build {read_pdfium.HELPER_PATH.name}"
    compared = 0
    for path in [*examples.glob("*.pdf"), *data.glob("*.pdf")]:
        pdf = pdfium.PdfDocument(path)
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = read_pdfium._load_text(ctypes.cast(page.raw, ctypes.c_void_p).value)
            count = read_pdfium._count_chars(textpage)
            in_python = read_pdfium._facts_in_python(textpage, count)
            in_c = read_pdfium._facts_in_c(textpage, count)
            for name, column in zip(in_python._fields, in_python, strict=True):
                assert np.array_equal(getattr(in_c, name), column), (path.name, index + 1, name)
            # and each text object's matrix, Tf size and font, asked of its first character
            written = np.flatnonzero(in_c.generated == 0)
            objects, first = np.unique(in_c.objects[written], return_index=True)
            firsts = written[first].astype(np.int64)
            by_python = read_pdfium._object_facts_in_python(textpage, firsts, objects)
            by_c = read_pdfium._object_facts_in_c(textpage, firsts, objects)
            assert np.array_equal(by_c.numbers, by_python.numbers, equal_nan=True), (path.name, index + 1)
            assert np.array_equal(by_c.fonts, by_python.fonts), (path.name, index + 1)
            compared += count
            read_pdfium._close_text(textpage)
            page.close()
        pdf.close()
    assert compared > 20_000


def test_a_crop_box_window_into_a_large_turned_media_box(data: Path) -> None:
    """The page is the MediaBox as shown (turned by /Rotate), in both backends; never a "scan".

    PDFium's own page size is the CropBox: mixed with MediaBox coordinates, every
    character fell off the page (tools/build_cropbox_pdf.py makes the fixture).
    """
    reads = [read_pdf(data / "beskuren-sida.pdf", backend=backend) for backend in ("pdfium", "pdfplumber")]
    for read in reads:
        page = read.pages[0]
        assert (round(page.width), round(page.height)) == (2225, 2920)
        assert [block.text for block in read.blocks] == [
            "Remiss av rapporten om trygghet i staden",
            "Synpunkter ges av kulturnamnden och idrottsnamnden.",
        ]
