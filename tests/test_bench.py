"""The benchmark's Word-style corpus: the repository's LibreOffice exports, each distinct file once."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from wordstyle import word_style_corpus  # noqa: E402 - bench/ is not a package


def test_the_word_style_corpus_is_the_libreoffice_exports_once_each(tmp_path: Path) -> None:
    copies = word_style_corpus(ROOT, tmp_path)
    names = {copy.name for copy in copies}
    assert "examples-seed-lagesrapport.pdf" in names  # a sample, exported by LibreOffice
    assert not any("konformitet" in name or "geometri" in name for name in names)  # pikepdf and reportlab files
    assert len({copy.read_bytes() for copy in copies}) == len(copies) > 20
