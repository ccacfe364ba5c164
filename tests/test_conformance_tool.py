"""The conformance run (tools/conformance.py, `make conformance`) on the committed fixtures of its failure classes.

The public suites are not in the repository; the tool is the same, and these files are
what it found there, so every figure of the report can be checked here.
"""

from __future__ import annotations

import doctest
import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).parent.parent / "tools" / "conformance.py"


@pytest.fixture(scope="module")
def conformance() -> ModuleType:
    spec = importlib.util.spec_from_file_location("conformance", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["conformance"] = module
    spec.loader.exec_module(module)
    return module


def test_the_measures_examples_hold(conformance: ModuleType) -> None:
    assert doctest.testmod(conformance).failed == 0


@pytest.mark.slow
def test_the_run_reports_every_fixture_read_alike_by_both_backends(
    conformance: ModuleType, tmp_path: Path, data: Path
) -> None:
    suite = tmp_path / "suites" / "konformitet"
    shutil.copytree(data / "konformitet", suite)
    (suite / "trasig.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")  # a damaged file: refused, counted by kind
    assert conformance.main([str(suite.parent), "--out", str(tmp_path / "out")]) == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    summary = report["summary"]
    assert summary["files"] == len(list(suite.glob("*.pdf")))
    for backend in ("pdfium", "pdfplumber"):
        figures = summary[backend]
        assert (figures["internal_errors"], figures["hangs"], figures["text_pdfs_refused_as_scans"]) == (0, 0, 0)
        assert figures["refusals"] == {"truncated": 1}
        assert figures["mean_word_recall"] >= 0.97
    assert [row["file"] for row in report["disagreements"]] == []
    assert (tmp_path / "out" / "report.md").read_text(encoding="utf-8").startswith("# atgard conformance report")
