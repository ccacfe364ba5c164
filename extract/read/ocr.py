"""OCR for scanned PDFs: OCRmyPDF with Tesseract's Swedish model adds a text layer, then the normal reader runs.

The original file is kept (its sha256 stays the document id); only the text
comes from OCR, which loses italics: report titles are then found from the text
itself (the Bilagor list, "rapporten X").

Tesseract runs one thread a page: ingest already reads documents side by side (``--jobs``), and Tesseract's
OpenMP threads on busy cores spin against each other (a one-page scan took 101 s with two threads and 54 s with
one while four other processes kept the two cores busy). A page Tesseract gives up on comes back without text, so
its limit is the document's own, never OCRmyPDF's three minutes (under such load a scan came back empty).

A scanned letter is slightly rotated and specked: ``--deskew`` straightens the page and ``--clean`` (unpaper, when
installed) removes the specks before Tesseract reads it; the stored image stays the original. On holdout20's two
scans the specks had read "Vaxholms städ", "paragråfen", "2:3" for 2.3; cleaned they read right, and the earlier
sets' scans read the same, at one to a few seconds more a page.
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
        *(["--clean"] if cleaning_available() else []),
        "--skip-text",  # pages that already have text keep it
        "--tesseract-timeout",
        f"{seconds or PAGE_LIMIT:g}",
        "--quiet",
        str(source),
        str(target),
    ]
    single = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=seconds, env=single)
    except subprocess.TimeoutExpired as error:
        raise InputError(source, f"OCR took longer than {seconds:g} s; skipped") from error
    except subprocess.CalledProcessError as error:
        detail = " ".join(error.stderr.decode(errors="replace").split())[-200:]
        raise InputError(source, f"OCR failed ({detail or 'exit code ' + str(error.returncode)})") from error
