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


def test_a_file_that_kills_its_worker_twice_is_refused_and_the_others_go_on(batch: list[Path]) -> None:
    """A worker's death fails every file of its pool: each is tried again alone; only the killer is refused."""
    import signal

    pool = workers._Workers(2)
    pool.start()
    good, killer, after = batch[0], batch[1], batch[2]
    options = Batch(frozenset(), ReadOptions())
    pending = [
        pool.submit(good, workers.prepare, good, options),
        pool.submit(killer, signal.raise_signal, signal.SIGKILL),  # the worker kills itself, as PDFium might
    ]
    try:
        assert pending[0]().document_id == sha256_file(good)
        with pytest.raises(InputError) as refused:
            pending[1]()
        assert str(refused.value) == f"{killer}: the PDF reader crashed on this file"
        later = pool.submit(after, workers.prepare, after, options)  # a new pool took over
        assert later().document_id == sha256_file(after)
    finally:
        pool.close()


def test_workers_that_die_starting_are_replaced(batch: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers that die while they start (the first pool's) fail no file: the batch runs in a new pool."""
    import signal
    from concurrent.futures import ProcessPoolExecutor

    real_pool, pools = workers._pool, []

    def dying_first(jobs: int) -> ProcessPoolExecutor:
        pools.append(jobs)
        if len(pools) == 1:  # every worker of the first pool dies in its initializer
            return ProcessPoolExecutor(jobs, initializer=signal.raise_signal, initargs=(signal.SIGKILL,))
        return real_pool(jobs)

    monkeypatch.setattr(workers, "_pool", dying_first)
    readable = [batch[0], batch[2]]
    outcomes = _outcomes(readable, frozenset(), 2)
    assert [(name, p.document_id) for name, p in outcomes if isinstance(p, Prepared)] == [
        (path.name, sha256_file(path)) for path in readable
    ]
    assert len(pools) >= 2


def test_workers_are_sent_only_files_not_stored_and_never_the_stored_ids(
    batch: list[Path], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer hashes each file: a stored one is not sent, and a task carries a file's path, hash and options
    (an archive's stored ids, sent with every file, would cost more than the files)."""
    real_submit, sent = workers._Workers.submit, []

    def recording(self: workers._Workers, path: Path, work: object, *args: object) -> workers.PendingResult:
        sent.append((path.name, args))
        return real_submit(self, path, work, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(workers._Workers, "submit", recording)
    files = [*batch, data / "konstruerad-protokollsutdrag-sdn.pdf", batch[0].parent / "seed-lagesrapport.pdf"]
    stored = frozenset({sha256_file(files[-1])})
    outcomes = _outcomes(files, stored, 2)
    assert [name for name, _ in outcomes] == [path.name for path in files]
    assert files[-1].name not in [name for name, _ in sent]
    assert not any(isinstance(arg, Batch) for _, args in sent for arg in args)
