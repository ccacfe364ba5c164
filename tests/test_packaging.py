"""The build: a wheel built by pip holds the compiled character helper and is tagged for its platform."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from atgard.extract.read.backend_pdfium import HELPER_PATH

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_a_wheel_built_by_pip_carries_the_helper_under_a_platform_tag(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy, so that the build leaves the work tree as it was
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "*.so", "build", "*.egg-info", ".*"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("atgard-*.whl")
    assert not wheel.name.endswith("-py3-none-any.whl"), wheel.name  # a compiled file needs a platform tag
    assert f"atgard/extract/read/native/{HELPER_PATH.name}" in zipfile.ZipFile(wheel).namelist()
