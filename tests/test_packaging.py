"""The build: a wheel built by pip holds the compiled helper and every data file, and serves every page installed."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

from atgard.extract.read.backend_pdfium import HELPER_PATH
from atgard.pipeline.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
ROOMS = ("extract", "schema", "output", "pipeline")

pytestmark = pytest.mark.slow


def test_a_wheel_built_by_pip_carries_the_helper_under_a_platform_tag(built: tuple[Path, str]) -> None:
    wheel, _ = built
    assert not wheel.name.endswith("-py3-none-any.whl"), wheel.name  # a compiled file needs a platform tag
    assert f"atgard/extract/read/native/{HELPER_PATH.name}" in zipfile.ZipFile(wheel).namelist()


def test_the_wheel_carries_every_file_of_the_rooms_and_setuptools_warns_of_none(built: tuple[Path, str]) -> None:
    wheel, log = built
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(["git", "ls-files", *ROOMS], cwd=ROOT, capture_output=True, text=True, check=True)
    in_tree = {f"atgard/{name}" for name in tracked.stdout.split()} or {
        f"atgard/{p.relative_to(ROOT)}" for room in ROOMS for p in (ROOT / room).rglob("*") if p.is_file()
    }
    assert sorted(in_tree - names) == []
    assert "would be ignored" not in log


def _status(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_an_installed_wheel_serves_every_page(built: tuple[Path, str], tmp_path: Path, examples: Path, serving) -> None:
    """A fresh virtualenv with the wheel (not editable); its dependencies are read from this environment.

    A ``.pth`` line puts this environment's site-packages on the new one's path: the dependencies come
    from there, while atgard itself (an editable install here, through a finder that a path line does
    not load) must come from the wheel, which the test checks.
    """
    wheel, _ = built
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stderr
    probe = "import atgard.output, atgard.extract; print(*atgard.output.__path__, *atgard.extract.__path__)"
    where = subprocess.run(
        [python, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert where and all(path.startswith(site) for path in where), where

    db = tmp_path / "atgard.db"
    assert ingest([examples], db).outcome == "ok"
    queries = json.loads((ROOT / "output/datasette/metadata.json").read_text(encoding="utf-8"))["databases"]["atgard"][
        "queries"
    ]
    board = urllib.parse.quote("Arbetsmarknadsnämnden")
    with serving(db, python=python) as url:
        status, body = _status(url + "/atgard/documents.json?_shape=array&kind=kommissionsrapport&_col=id")
        assert status == 200, body[:500]
        report = json.loads(body)[0]["id"]
        pages = ["/", "/atgard", "/namnd/arbetsmarknadsnamnden", f"/rapport/{report}"]
        pages += [f"/atgard/{name}?namnd={board}&sokord=remiss&rapport={report}" for name in queries]
        pages += [f"/atgard/namnd_flode.atom?namnd={board}"]
        answers = {page: _status(url + page) for page in pages}
    failed = {page: (status, body[:300]) for page, (status, body) in answers.items() if status != 200}
    assert failed == {}
    assert b"<feed" in answers[f"/atgard/namnd_flode.atom?namnd={board}"][1]
