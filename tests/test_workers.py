"""Reading and extracting with --jobs: results in file order, failures in their turn, no pool without work."""

from __future__ import annotations

from pathlib import Path

import pytest

from atgard.extract.read.files import sha256_file
from atgard.extract.read.options import ReadOptions
from atgard.pipeline import workers
from atgard.pipeline.workers import Batch, Prepared, prepared_in_order
from atgard.schema.errors import InputError


@pytest.fixture
def batch(tmp_path: Path, examples: Path, data: Path) -> list[Path]:
    """Two real documents around a file that is not a PDF."""
    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot a PDF after all")
    return [examples / "dold-potential-atgarder.pdf", broken, data / "konstruerad-remissvar.pdf"]


def _outcomes(files: list[Path], stored: frozenset[str], jobs: int) -> list[tuple[str, Prepared | str]]:
    found: list[tuple[str, Prepared | str]] = []
    for turn in prepared_in_order(files, Batch(stored, ReadOptions()), jobs):
        try:
            found.append((turn.path.name, turn.result()))
        except InputError as error:
            found.append((turn.path.name, str(error)))
    return found


def test_workers_give_each_file_its_result_in_order(batch: list[Path]) -> None:
    one, two = _outcomes(batch, frozenset(), 1), _outcomes(batch, frozenset(), 2)
    assert [name for name, _ in two] == [path.name for path in batch]
    for (_, alone), (_, pooled) in zip(one, two, strict=True):
        if isinstance(alone, str):
            assert pooled == alone and "trasig.pdf" in alone  # the failure, in its turn, naming the file
        else:
            assert isinstance(pooled, Prepared) and pooled.document == alone.document


def test_stored_files_start_no_workers(batch: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(jobs: int) -> None:
        raise AssertionError("a pool was started for files already stored")

    monkeypatch.setattr(workers, "_pool", no_pool)
    readable = [batch[0], batch[2]]
    stored = frozenset(sha256_file(path) for path in readable)
    outcomes = _outcomes(readable, stored, 2)
    assert [(name, p.document_id, p.document) for name, p in outcomes if isinstance(p, Prepared)] == [
        (path.name, sha256_file(path), None) for path in readable
    ]
