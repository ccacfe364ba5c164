"""Crash safety and concurrent use, with real processes on a real SQLite file."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow]

BATCH = [
    "examples/seed-lagesrapport.pdf",
    "examples/dold-potential-atgarder.pdf",
    "tests/data/konstruerad-remissvar.pdf",
    "tests/data/konstruerad-utlatande.pdf",
    "tests/data/konstruerad-rapport-tabell.pdf",
    "tests/data/seed-lagesrapport-v2.pdf",
]
CHILD_TABLES = ["pages", "blocks", "signatories", "decision_points", "reports", "referrals", "measures", "mentions"]


@pytest.fixture
def batch(tmp_path: Path, examples: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in BATCH:
        shutil.copy(examples.parent / name, folder / Path(name).name)
    return folder


def atgard(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "atgard.pipeline.cli", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _stat(pid: int | str) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the process's name (which may hold spaces): state, parent, ..."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None  # ended meanwhile


def _parents() -> dict[int, int]:
    """Every running process's parent, from /proc."""
    stats = {int(entry.name): _stat(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit()}
    return {pid: int(fields[1]) for pid, fields in stats.items() if fields is not None}


def _descendants(pid: int) -> set[int]:
    """The processes started by ``pid``, and by them: the fork server of --jobs and its workers."""
    parents = _parents()
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _until_workers_run(process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    """Wait until the fork server and a worker run under ``process`` (or it ended, or ``timeout`` passed)."""
    deadline = time.monotonic() + timeout
    while len(_descendants(process.pid)) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)


def _running(pids: set[int]) -> set[int]:
    """Those still running: a zombie has ended, only its parent's wait is missing."""
    return {pid for pid in pids if (fields := _stat(pid)) is not None and fields[0] != "Z"}


def check_consistent(db: Path) -> set[str]:
    """Integrity holds and every stored document is whole; returns the stored ids."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        if connection.execute("PRAGMA user_version").fetchone() == (0,):
            # killed while the first migrations ran (one transaction): not a table yet, nothing stored; or even
            # before, just after SQLite made the empty file: no page of it written, so no journal mode recorded
            assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
            return set()
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        documents = dict(connection.execute("SELECT id, page_count FROM documents").fetchall())
        for table in CHILD_TABLES:
            orphans = connection.execute(
                f"SELECT count(*) FROM [{table}] WHERE document_id NOT IN (SELECT id FROM documents)"
            ).fetchone()[0]
            assert orphans == 0, table
        for document_id, page_count in documents.items():
            pages = connection.execute("SELECT count(*) FROM pages WHERE document_id = ?", [document_id]).fetchone()
            indexed = connection.execute("SELECT count(*) FROM search WHERE document_id = ?", [document_id]).fetchone()
            assert pages == (page_count,) and indexed[0] > 0, document_id
        return set(documents)


def test_killed_ingest_leaves_whole_documents_and_a_rerun_completes(tmp_path: Path, batch: Path) -> None:
    db = tmp_path / "crash.db"
    moments = random.Random(20261127)
    watched: set[int] = set()
    for run in range(5):
        process = atgard("ingest", batch, "--db", db, "--jobs", "2")
        if run:
            time.sleep(moments.uniform(0.5, 2.0))  # the batch takes about 2 s
        else:
            _until_workers_run(process)  # one kill, at least, while they run: a fixed moment may come too late
        started = _descendants(process.pid)
        watched |= started
        process.send_signal(signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 10
        while _running(started) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _running(started) == set()  # the fork server and the workers of --jobs die with the ingest
        if db.exists():
            check_consistent(db)
    assert watched  # a kill landed while the workers ran
    finished = atgard("ingest", batch, "--db", db)
    _, err = finished.communicate(timeout=300)
    assert finished.returncode == 0, err.decode()
    stored = check_consistent(db)
    assert len(stored) == len(BATCH)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (6, 6)
        assert connection.execute("SELECT count(*) FROM documents WHERE version = 2").fetchone() == (1,)  # seed v2


def test_two_ingests_while_atgard_serve_reads(tmp_path: Path, batch: Path, examples: Path, serving) -> None:
    db = tmp_path / "shared.db"
    first_half, second_half = tmp_path / "a", tmp_path / "b"
    first_half.mkdir()
    second_half.mkdir()
    names = sorted(p.name for p in batch.iterdir())
    for name in names[:4]:
        shutil.copy(batch / name, first_half / name)
    for name in names[2:]:  # two files in both lists
        shutil.copy(batch / name, second_half / name)
    # the database exists and is published while both ingests write
    seed = atgard("ingest", examples / "dold-potential-atgarder.pdf", "--db", db)
    assert seed.wait(timeout=120) == 0
    query = urllib.parse.quote(
        "select d.page_count, (select count(*) from pages p where p.document_id = d.id) as pages, "
        "(select count(*) from search s where s.document_id = d.id) as indexed from documents d"
    )
    reads = 0
    with serving(db) as url:
        writers = [
            atgard("ingest", first_half, "--db", db, "--json"),
            atgard("ingest", second_half, "--db", db, "--json"),
        ]
        while any(w.poll() is None for w in writers):
            with urllib.request.urlopen(f"{url}/atgard.json?sql={query}&_shape=array", timeout=30) as response:
                for row in json.load(response):
                    assert row["pages"] == row["page_count"] and row["indexed"] > 0  # never half a document
            reads += 1
            time.sleep(0.05)
    outputs = [w.communicate(timeout=60) for w in writers]
    for writer, (_, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err.decode()
        assert b"locked" not in err and b"Traceback" not in err
    summaries = [json.loads(out) for out, _ in outputs]
    assert sum(s["new"] + s["new_versions"] for s in summaries) == len(BATCH) - 1  # dold was there already
    assert reads > 3
    stored = check_consistent(db)
    assert len(stored) == len(BATCH)
    assert os.path.getsize(db) > 0


def test_a_worker_killed_mid_batch_is_replaced_and_the_batch_completes(tmp_path: Path, batch: Path) -> None:
    """The out-of-memory killer takes a worker of --jobs: its file is read again in a fresh worker, every
    document is stored, and no file fails with "BrokenProcessPool"."""
    db = tmp_path / "killed-worker.db"
    process = atgard("ingest", batch, "--db", db, "--jobs", "2")
    deadline, workers = time.monotonic() + 60, set()
    while not workers and process.poll() is None and time.monotonic() < deadline:
        children = {pid for pid, parent in _parents().items() if parent == process.pid}
        workers = _running(_descendants(process.pid) - children)  # the fork server's children: the workers
        time.sleep(0.05)
    assert workers, "no worker ran"
    os.kill(min(workers), signal.SIGKILL)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode()
    assert b"BrokenProcessPool" not in out + err and b"internal error" not in out + err
    assert len(check_consistent(db)) == len(BATCH)
