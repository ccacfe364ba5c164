"""Scanned documents: a noisy 200-dpi scan of the seed, read through OCR (OCRmyPDF, Tesseract swe)."""

from __future__ import annotations

import difflib
import json
import random
import sqlite3
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from PIL import Image

from atgard.output.export import export
from atgard.output.store import open_store
from atgard.pipeline.cli import cli
from atgard.schema.keys import title_key

pytestmark = [pytest.mark.ocr, pytest.mark.slow]


def scan(source: Path, target: Path) -> None:
    """Render every page at 200 dpi, turn it a little, sprinkle noise: an image-only PDF like a scanner's."""
    rng = random.Random(2016)
    pages = []
    with pdfplumber.open(source) as pdf:
        for page in pdf.pages:
            image = page.to_image(resolution=200).original.convert("L")
            image = image.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
            pixels = image.load()
            width, height = image.size
            for _ in range(width * height // 400):
                pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 255))
            pages.append(image)
    pages[0].save(target, save_all=True, append_images=pages[1:], resolution=200)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory, examples: Path) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("ocr")
    pdf = folder / "skannad-lagesrapport.pdf"
    scan(examples / "seed-lagesrapport.pdf", pdf)
    db = folder / "atgard.db"
    result = CliRunner().invoke(cli, ["ingest", str(pdf), "--db", str(db)])  # OCR by default
    assert result.exit_code == 0, result.output
    return pdf, db


def test_without_ocr_a_scan_is_refused_with_the_way_forward(tmp_path: Path, scanned: tuple[Path, Path]) -> None:
    pdf, _ = scanned
    result = CliRunner().invoke(cli, ["ingest", str(pdf), "--db", str(tmp_path / "x.db"), "--no-ocr"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {pdf}: no text layer in 11 page(s): it looks like a scanned image; read it with 'atgard ingest --ocr'"
    )


def test_ocr_finds_the_referrals(scanned: tuple[Path, Path], examples: Path, fold) -> None:
    _, db = scanned
    (document,) = export(open_store(db)).documents
    expected = json.loads((examples / "seed-lagesrapport.expected.json").read_text(encoding="utf-8"))["document"]
    wanted = [(r["report_title"], fold(x["name"])) for r in expected["referrals"] for x in r["recipients"]]
    found = {
        (r.report_title and title_key(r.report_title), fold(x.name)) for r in document.referrals for x in r.recipients
    }
    hits = [pair for pair in wanted if (title_key(pair[0]), pair[1]) in found or _near(pair, found)]
    assert len(hits) >= 0.9 * len(wanted), sorted(set(wanted) - set(hits))


def _near(pair: tuple[str, str], found: set[tuple[str | None, str]]) -> bool:
    """The same recipient under a title misread in a letter or two."""
    key = title_key(pair[0])
    return any(
        name == pair[1] and title and difflib.SequenceMatcher(None, key, title).ratio() > 0.95 for title, name in found
    )


def test_ocr_finds_the_four_annexed_report_titles(scanned: tuple[Path, Path], examples: Path) -> None:
    _, db = scanned
    (document,) = export(open_store(db)).documents
    expected = json.loads((examples / "seed-lagesrapport.expected.json").read_text(encoding="utf-8"))["document"]
    annexed = {r["annex_number"]: title_key(r["title"]) for r in expected["reports"] if r["annex_number"]}
    found = {r.annex_number: title_key(r.title) for r in document.reports if r.annex_number}
    assert sorted(found) == [1, 2, 3, 4]
    for number, title in annexed.items():
        assert difflib.SequenceMatcher(None, title, found[number]).ratio() > 0.95, (title, found[number])


def test_the_original_scan_is_kept_and_ocr_recorded(scanned: tuple[Path, Path]) -> None:
    pdf, db = scanned
    with sqlite3.connect(db) as connection:
        document_id, source = connection.execute("SELECT id, text_source FROM documents").fetchone()
    assert source == "ocr"
    kept = db.with_suffix(".files") / f"{document_id}.pdf"
    assert kept.read_bytes() == pdf.read_bytes()
