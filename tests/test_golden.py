"""The whole export of every sample and fixture PDF, compared exactly with a committed golden file.

The projection checks elsewhere say what must be right; these say that nothing
else moved. After a deliberate change, rewrite them with
``ATGARD_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from atgard.output.export import export
from atgard.output.store import open_store
from atgard.pipeline.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
PDFS = sorted([*(ROOT / "examples").glob("*.pdf"), *(ROOT / "tests" / "data").glob("*.pdf")])


@pytest.mark.parametrize("pdf", PDFS, ids=[pdf.stem for pdf in PDFS])
def test_export_equals_its_golden_file(pdf: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "golden.db"
    report = ingest([pdf], db_path, strict=True)
    assert not report.failures, report.failures
    exported = export(open_store(db_path, readonly=True))
    got = exported.model_copy(update={"generated_at": None}).model_dump_json(indent=1) + "\n"  # the one moving part
    golden = GOLDEN / f"{pdf.stem}.json"
    if os.environ.get("ATGARD_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")
