"""The development corpus (tests/data/devset) scored as `make eval` scores it: the figure must not fall.

The devset is constructed after real documents of every kind; tools/score.py is its
scorer, run here on a fresh database, every field scored (reply dates and answers
included). The floors are the real-documents issue's targets (0.95 overall, 0.80 each) over d1–d4, below what the
rules reach (1.000 on 2026-12-06), so that a change that costs the family shows.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from atgard.output.export import export
from atgard.output.store import open_store
from atgard.pipeline.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devset"
OVERALL_FLOOR = 0.95
DOCUMENT_FLOOR = 0.80


def _scorer():
    spec = importlib.util.spec_from_file_location("devset_score", ROOT / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    db = tmp_path_factory.mktemp("devset") / "devset.db"
    report = ingest([DEVSET / "pdf"], db, jobs=2, strict=True)
    assert not report.failures, report.failures
    exported = json.loads(export(open_store(db, readonly=True)).model_dump_json())
    score = _scorer()
    documents = {Path(d["filename"]).stem: d for d in exported["documents"]}
    found = {}
    for gold in sorted((DEVSET / "gold").glob("*.json")):
        if gold.stem.endswith("-package"):
            continue
        parts = score.score_doc(documents[gold.stem], json.loads(gold.read_text(encoding="utf-8")))
        found[gold.stem] = sum(value for _, value, _ in parts) / len(parts)
    return found


def test_every_devset_document_is_scored(scores: dict[str, float]) -> None:
    assert len(scores) == len(list((DEVSET / "pdf").glob("*.pdf")))


def test_the_devset_score_does_not_fall(scores: dict[str, float]) -> None:
    overall = sum(scores.values()) / len(scores)
    assert overall >= OVERALL_FLOOR, f"devset {overall:.3f} < {OVERALL_FLOOR}"
    weak = {name: round(value, 2) for name, value in scores.items() if value < DOCUMENT_FLOOR}
    assert weak == {}


def test_the_package_status_rows_in_either_ingest_order(tmp_path: Path) -> None:
    """d3-*: a referral memo, its report and three answers; every recipient's status as the package gold says."""
    package = json.loads((DEVSET / "gold" / "d3-package.json").read_text(encoding="utf-8"))
    pdfs = sorted((DEVSET / "pdf").glob("d3-*.pdf"))
    score = _scorer()
    for order, files in (("memo first", pdfs), ("answers first", pdfs[::-1])):
        db = tmp_path / f"{order}.db"
        assert not ingest(files, db, strict=True).failures
        exported = json.loads(export(open_store(db, readonly=True)).model_dump_json())
        assert score.score_package(exported, package, verbose=False) == 1.0, order


def test_no_cue_in_a_decision_or_referral_section_is_left_unexplained() -> None:
    """`make eval`'s self-check: every sentence with a cue there gave an item, or a rule accounts for it."""
    from atgard.extract.boards import load_register
    from atgard.extract.explain import explain
    from atgard.extract.header import with_header_fields
    from atgard.extract.read.pdf import read_pdf

    register = load_register()
    unexplained = {
        path.stem: [
            cue.text for cue in explain(with_header_fields(read_pdf(path)), register).unexplained if cue.in_item_section
        ]
        for path in sorted((DEVSET / "pdf").glob("*.pdf"))
    }
    assert {name: texts for name, texts in unexplained.items() if texts} == {}
