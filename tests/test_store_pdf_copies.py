"""Two ingests of one PDF at once each keep their own copy while writing it: neither renames the other's
half-written copy away (the race `test_two_ingests_while_atgard_serve_reads` met now and then)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from atgard.output import store


def test_a_second_ingest_finishing_first_leaves_the_first_its_copy(tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "memo.pdf"
    source.write_bytes(b"%PDF-1.7\n" + b"x" * 1000 + b"\n%%EOF\n")
    files = tmp_path / "atgard.files"
    copy = shutil.copyfile
    calls = []

    def copy_then_other_ingest(src: Path, dst: Path) -> Path:
        copy(src, dst)
        calls.append(dst)
        if len(calls) == 1:  # the other ingest copies and renames while this one is between copy and rename
            store.store_pdf(source, files, "abc")
        return dst

    monkeypatch.setattr(store.shutil, "copyfile", copy_then_other_ingest)
    target = store.store_pdf(source, files, "abc")
    assert target.read_bytes() == source.read_bytes()
    assert calls[0] != calls[1]  # each its own copy
    assert sorted(path.name for path in files.iterdir()) == ["abc.pdf"]  # no copy left behind


def test_a_failed_copy_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    files = tmp_path / "atgard.files"

    def broken(src: Path, dst: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(store.shutil, "copyfile", broken)
    with pytest.raises(OSError, match="disk full"):
        store.store_pdf(tmp_path / "memo.pdf", files, "abc")
    assert list(files.iterdir()) == []
