"""The reading stage's options, importable without loading a PDF library (the CLI's quick start)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from atgard.schema.kinds import DocumentKind

Backend = Literal["pdfium", "pdfplumber"]
DEFAULT_BACKEND: Backend = "pdfium"
DEFAULT_TIME_LIMIT = 120.0  # seconds a document may take to read; a damaged file can make a parser spin


@dataclass(frozen=True)
class ReadOptions:
    """How each file of a batch is read: the same for every file, sent to every worker process.

    ``kind`` is the one option of the extraction, not of the reading: the kind of document given by the
    user (``atgard ingest --kind``), which overrides the kind the rules find from the content. It rides
    here because it too is fixed for the whole batch and travels with each file to the worker that
    extracts it; the reader itself never looks at it.
    """

    kind: DocumentKind | None = None  # overrides the kind found from the content (extraction, not reading)
    seconds: float | None = DEFAULT_TIME_LIMIT  # time limit of one document's reading; None: no limit
    ocr: bool = True  # read scans through OCR (a clerk expects a scanned answer read); False refuses them
    backend: Backend = DEFAULT_BACKEND


DEFAULT_READ_OPTIONS = ReadOptions()  # a default argument shared by every call: frozen, so never changed
