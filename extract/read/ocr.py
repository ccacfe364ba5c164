"""OCR for scanned PDFs: OCRmyPDF with Tesseract's Swedish model adds a text layer, then the normal reader runs.

The original file is kept (its sha256 stays the document id); only the text
comes from OCR, which loses italics: report titles are then found from the text
itself (the Bilagor list, "rapporten X").

Tesseract runs one thread a page: ingest already reads documents side by side (``--jobs``), and Tesseract's
OpenMP threads on busy cores spin against each other (a one-page scan took 101 s with two threads and 54 s with
one while four other processes kept the two cores busy). A page Tesseract gives up on comes back without text, so
its limit is the document's own, never OCRmyPDF's three minutes (under such load a scan came back empty).

A scanned letter is slightly rotated and specked: ``--deskew`` straightens the page and ``--clean`` (unpaper, when
installed) removes the specks before Tesseract reads it, which otherwise reads them into the words' letters and
into the numbers' points; the stored image stays the original, and a page takes one to a few seconds more. Should
unpaper fail (a page it cannot take, a version OCRmyPDF rejects), the scan is read again without cleaning rather
than not at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from atgard.schema.errors import InputError

LANGUAGE = "swe"
PAGE_LIMIT = 3600.0  # seconds Tesseract may spend on a page when the document has no limit of its own


def ocr_available() -> bool:
    return shutil.which("ocrmypdf") is not None


def cleaning_available() -> bool:
    """OCRmyPDF's ``--clean`` needs unpaper; without it the page goes to Tesseract as scanned."""
    return shutil.which("unpaper") is not None


def ocr_pdf(source: Path, target: Path, *, seconds: float | None = None) -> None:
    """Write ``source`` with an OCR text layer to ``target``."""
    if not ocr_available():
        raise InputError(
            source, "OCR needs ocrmypdf and tesseract-ocr-swe (apt-get install ocrmypdf tesseract-ocr-swe)"
        )
    command = [
        "ocrmypdf",
        "--language",
        LANGUAGE,
        "--output-type",
        "pdf",
        "--rotate-pages",
        "--deskew",
        "--skip-text",  # pages that already have text keep it
        "--tesseract-timeout",
        f"{seconds or PAGE_LIMIT:g}",
        "--quiet",
        str(source),
        str(target),
    ]
    try:
        if cleaning_available():
            try:
                _run([*command[:-2], "--clean", *command[-2:]], seconds)
                return
            except subprocess.CalledProcessError:
                pass  # unpaper failed: read the scan as it is
        _run(command, seconds)
    except subprocess.TimeoutExpired as error:
        raise InputError(source, f"OCR took longer than {seconds:g} s; skipped") from error
    except subprocess.CalledProcessError as error:
        detail = " ".join(error.stderr.decode(errors="replace").split())[-200:]
        raise InputError(source, f"OCR failed ({detail or 'exit code ' + str(error.returncode)})") from error


def _run(command: list[str], seconds: float | None) -> None:
    single = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    subprocess.run(command, check=True, capture_output=True, timeout=seconds, env=single)
