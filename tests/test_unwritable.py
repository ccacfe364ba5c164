"""A database that cannot be written is refused before any PDF is read, naming it, leaving nothing behind."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from atgard.pipeline.cli import cli

MEMO = "dold-potential-atgarder.pdf"  # two pages


@contextmanager
def unwritable(path: Path) -> Iterator[None]:
    """``path`` (a file or a folder) cannot be written while the block runs, by this user: permission bits
    for a user, the immutable attribute for root (whom permission bits do not stop)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("root, and no immutable attribute here: nothing this test can make unwritable")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def _never_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import atgard.extract.read.pdf as reader

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("a PDF was read")

    monkeypatch.setattr(reader, "read_pdf", fail)


def _ingest(db: Path, pdf: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["ingest", str(pdf), "--db", str(db), "--jobs", "1"])
    return result.exit_code, result.output


def test_a_read_only_database_is_refused_before_reading(
    tmp_path: Path, examples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "atgard.db"
    assert _ingest(db, examples / "seed-lagesrapport.pdf")[0] == 0
    before = sorted(p.name for p in tmp_path.rglob("*"))
    _never_read(monkeypatch)
    with unwritable(db):
        code, output = _ingest(db, examples / MEMO)
    assert code == 1
    assert output.count("\n") == 1 and output.startswith(f"Error: {db}: cannot write to this database (")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # no copy of the PDF, no -wal or -shm


def test_a_folder_that_cannot_be_written_is_refused_before_reading(
    tmp_path: Path, examples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "atgard.db"
    _never_read(monkeypatch)
    with unwritable(folder):
        code, output = _ingest(db, examples / MEMO)
    assert code == 1
    assert output.count("\n") == 1 and output.startswith(f"Error: {db}: cannot write in the database's folder")
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_refused_naming_the_database(tmp_path: Path, examples: Path) -> None:
    db = tmp_path / "no-such-folder" / "atgard.db"
    code, output = _ingest(db, examples / MEMO)
    assert code == 1 and output == f"Error: {db}: cannot create the database: there is no folder {db.parent}\n"
    assert list(tmp_path.iterdir()) == []
