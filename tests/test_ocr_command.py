"""How OCRmyPDF is run: Tesseract one thread a page, and no page given up on before the document's limit."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from atgard.extract.read import ocr


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        seen.append({"command": command, **options})
        return subprocess.CompletedProcess(command, 0, b"", b"")

    monkeypatch.setattr(ocr, "ocr_available", lambda: True)
    monkeypatch.setattr(subprocess, "run", run)
    return seen


def _option(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


@pytest.mark.parametrize(("seconds", "page_limit"), [(1200.0, "1200"), (None, "3600"), (45.5, "45.5")])
def test_tesseract_runs_one_thread_a_page_within_the_documents_limit(
    calls: list[dict[str, Any]], seconds: float | None, page_limit: str
) -> None:
    ocr.ocr_pdf(Path("scan.pdf"), Path("out.pdf"), seconds=seconds)
    (call,) = calls
    assert call["env"]["OMP_THREAD_LIMIT"] == "1"
    assert _option(call["command"], "--tesseract-timeout") == page_limit
    assert call["timeout"] == seconds
    assert call["command"][-2:] == ["scan.pdf", "out.pdf"]


def test_the_rest_of_the_environment_is_kept(calls: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", "/somewhere/tessdata")
    monkeypatch.setenv("OMP_THREAD_LIMIT", "4")
    ocr.ocr_pdf(Path("scan.pdf"), Path("out.pdf"))
    assert calls[0]["env"]["TESSDATA_PREFIX"] == "/somewhere/tessdata"
    assert calls[0]["env"]["OMP_THREAD_LIMIT"] == "1"


@pytest.mark.parametrize(("unpaper", "cleaned"), [(True, True), (False, False)])
def test_the_page_is_straightened_and_cleaned_of_specks_when_unpaper_is_there(
    calls: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch, unpaper: bool, cleaned: bool
) -> None:
    monkeypatch.setattr(ocr, "cleaning_available", lambda: unpaper)
    ocr.ocr_pdf(Path("scan.pdf"), Path("out.pdf"))
    command = calls[0]["command"]
    assert "--deskew" in command
    assert ("--clean" in command) is cleaned
    assert "--clean-final" not in command  # the stored image stays the scanned one
