"""The reading stage's options, importable without loading a PDF library (the CLI's quick start)."""

from __future__ import annotations

from typing import Literal

Backend = Literal["pdfium", "pdfplumber"]
DEFAULT_BACKEND: Backend = "pdfium"
DEFAULT_TIME_LIMIT = 120.0  # seconds a document may take to read; a damaged file can make a parser spin
