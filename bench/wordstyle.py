"""The Word-style corpus: the PDFs the repository holds that LibreOffice exported from Word documents.

They are what offices send (the samples' kind): made from markup by tools/build_pdf.py
(python-docx and LibreOffice) and committed, so the benchmark needs no LibreOffice.
Each distinct file once: atgard skips a file it has stored, so a copy would measure nothing.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pypdfium2 as pdfium

FOLDERS = ("examples", "tests/data")
EXPORTER = "LibreOffice"


def _exported_by_libreoffice(path: Path) -> bool:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return EXPORTER in pdf.get_metadata_dict().get("Producer", "")
    finally:
        pdf.close()


def word_style_corpus(root: Path, folder: Path) -> list[Path]:
    """Copies of the repository's LibreOffice exports in ``folder``, one per distinct content, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    copies = []
    for source in sorted(p for name in FOLDERS for p in (root / name).rglob("*.pdf")):
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        if digest in seen or not _exported_by_libreoffice(source):
            continue
        seen.add(digest)
        copy = folder / "-".join(source.relative_to(root).parts)
        shutil.copyfile(source, copy)
        copies.append(copy)
    return copies
