"""The checks a file passes before any parser sees it, and its sha256: cheap, and free of PDF libraries."""

from __future__ import annotations

import hashlib
from pathlib import Path

from atgard.schema.errors import InputError

# File signatures of things that are often renamed to .pdf by mistake.
_LOOKALIKES = {
    b"PK\x03\x04": "a ZIP container (a Word .docx or similar)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file (.doc, .xls)",
    b"{\\rtf": "an RTF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_pdf_file(path: Path) -> None:
    """Refuse what is plainly not a readable PDF, before any parsing."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a PDF file")
    size = path.stat().st_size
    if size == 0:
        raise InputError(path, "empty file (0 bytes)")
    with path.open("rb") as stream:
        head = stream.read(1024)
        stream.seek(max(0, size - 1024))
        tail = stream.read()
    if b"%PDF-" not in head:
        kind = next((name for magic, name in _LOOKALIKES.items() if head.startswith(magic)), None)
        raise InputError(path, f"not a PDF: the file is {kind}" if kind else "not a PDF (no %PDF- header)")
    if b"%%EOF" not in tail:
        raise InputError(path, "truncated PDF: the end-of-file marker is missing (an incomplete download or copy?)")
