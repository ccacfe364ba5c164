"""The review of holdout20's OCR: should unpaper fail on a page (or OCRmyPDF reject its version), the scan is read
again without ``--clean`` rather than failing as an input error."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from atgard.extract.read import ocr

_SOURCE = Path(__file__).parent / "data" / "devset" / "pdf" / "d3-svar-bostader.pdf"


def test_a_failed_cleaning_is_read_again_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        seen.append(command)
        if "--clean" in command:
            raise subprocess.CalledProcessError(2, command, b"", b"unpaper: exit status 1")
        return subprocess.CompletedProcess(command, 0, b"", b"")

    monkeypatch.setattr(ocr, "ocr_available", lambda: True)
    monkeypatch.setattr(ocr, "cleaning_available", lambda: True)
    monkeypatch.setattr(subprocess, "run", run)
    ocr.ocr_pdf(Path("scan.pdf"), Path("out.pdf"))
    assert ["--clean" in command for command in seen] == [True, False]
    assert seen[1][-2:] == ["scan.pdf", "out.pdf"]


def test_a_failure_without_cleaning_is_still_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        raise subprocess.CalledProcessError(2, command, b"", b"tesseract: broken")

    monkeypatch.setattr(ocr, "ocr_available", lambda: True)
    monkeypatch.setattr(ocr, "cleaning_available", lambda: False)
    monkeypatch.setattr(subprocess, "run", run)
    with pytest.raises(ocr.InputError, match="tesseract: broken"):
        ocr.ocr_pdf(Path("scan.pdf"), Path("out.pdf"))


@pytest.mark.ocr
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("ocrmypdf") is None, reason="needs ocrmypdf")
def test_a_fake_unpaper_that_exits_1_on_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "bin" / "unpaper"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")
    assert ocr.cleaning_available()
    scan = tmp_path / "scan.pdf"
    page = pdfium.PdfDocument(_SOURCE)[0].render(scale=150 / 72).to_pil().convert("L")
    page.save(scan, "PDF", resolution=150)
    target = tmp_path / "out.pdf"
    ocr.ocr_pdf(scan, target, seconds=300)
    text = pdfium.PdfDocument(target)[0].get_textpage().get_text_range()
    assert len(text.split()) > 20
