from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from atgard.extract.read.pdf import read_pdf
from atgard.schema import ReadDocument

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def examples() -> Path:
    """The bundled sample corpus (copies of the shared corpus, with expected JSON)."""
    return ROOT / "examples"


@pytest.fixture(scope="session")
def data() -> Path:
    """Constructed test PDFs; their markup sources are under tests/data/src/."""
    return ROOT / "tests" / "data"


def _ingest_and_export(db: Path, *ingest_args: str | Path) -> str:
    """``atgard ingest ARGS --db DB`` then ``atgard export``, through the CLI; the export's text."""
    from click.testing import CliRunner

    from atgard.pipeline.cli import cli

    runner, out = CliRunner(), db.with_suffix(".json")
    result = runner.invoke(cli, ["ingest", *map(str, ingest_args), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(cli, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    # when the export was made is the one thing two exports of the same documents differ in
    return re.sub(r'"generated_at": "[^"]*"', '"generated_at": null', out.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def ingest_and_export():
    """Ingest with the given CLI arguments into a database and return its JSON export (see ``_ingest_and_export``)."""
    return _ingest_and_export


@pytest.fixture(scope="session")
def seed(examples: Path) -> ReadDocument:
    return read_pdf(examples / "seed-lagesrapport.pdf")


@pytest.fixture(scope="session")
def remissvar(data: Path) -> ReadDocument:
    return read_pdf(data / "konstruerad-remissvar.pdf")


def _fold(text: str | None) -> str | None:
    return " ".join(text.split()).casefold() if text is not None else None


def referral_view(referral: dict) -> dict:
    """A referral as the expected files state it: board names folded, provenance left out."""
    return {
        "report_title": referral["report_title"],
        "action": referral["action"],
        "scope": referral["scope"],
        "measure_codes": referral["measure_codes"],
        "priority": referral["priority"],
        "condition": referral["condition"],
        "recipients": [{"name": _fold(r["name"]), "group": r["group"]} for r in referral["recipients"]],
    }


@pytest.fixture(scope="session")
def expected_view():
    """How an extraction is compared with an ``*.expected.json`` (the rules of its "about" field)."""
    return referral_view


@pytest.fixture(scope="session")
def fold():
    return _fold


def _block(text: str, kind: str = "paragraph", marker: str | None = None, level: int | None = None, page: int = 1):
    """A block as the reader would give it; ``*...*`` marks italics (report titles)."""
    from atgard.schema import BBox, Block, LineSpan, PageBox, StyleRun

    runs, plain, position = [], "", 0
    for i, piece in enumerate(text.split("*")):
        if i % 2 == 1:
            runs.append(StyleRun(style="italic", start=len(plain), end=len(plain) + len(piece)))
        plain += piece
        position += len(piece)
    box = BBox(x0=70, top=100, x1=520, bottom=130)
    return Block(
        kind=kind,
        text=plain,
        marker=marker,
        level=level,
        runs=runs,
        page=page,
        boxes=[PageBox(page=page, bbox=box)],
        lines=[LineSpan(start=0, end=len(plain), page=page, bbox=box)],
    )


@pytest.fixture(scope="session")
def block():
    """Make a block from text (see ``_block``)."""
    return _block


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _status(url: str) -> int:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@contextmanager
def _serving(database: Path, *flags: str, python: str = sys.executable) -> Iterator[str]:
    """``atgard serve`` on a free port of 127.0.0.1 until the block ends; yields its URL.

    ``python`` is the interpreter whose atgard serves (another virtualenv's, for the installed wheel).
    """
    import tempfile

    port = _free_port()
    command = [python, "-m", "atgard.pipeline.cli", "serve", "--db", str(database), "--port", str(port)]
    # The server's log goes to a file, not a pipe: a pipe nobody reads fills up (64 KiB of access log lines)
    # and stops the server at its next line.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen([*command, *flags], stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if _status(url + "/") == 200:
                        break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise AssertionError(f"atgard serve did not start: {log.read().decode()[-2000:]}")
                time.sleep(0.3)
            yield url
        finally:
            process.terminate()  # only the server this test started
            process.wait(timeout=20)


@pytest.fixture(scope="session")
def serving():
    """Start ``atgard serve`` for a test: ``with serving(db, "--no-sql") as url: ...``."""
    return _serving


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """``pip wheel`` of a copy of the work tree (the build leaves the tree as it was): the wheel and pip's output."""
    import shutil

    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "*.so", "build", "*.egg-info", ".*"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(tmp / "dist"), str(source)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = (tmp / "dist").glob("atgard-*.whl")
    return wheel, result.stdout + result.stderr


@pytest.fixture(scope="session")
def installed_wheel(built: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> str:
    """The interpreter of a fresh virtualenv with the wheel installed (not editable), for ``serving(python=...)``.

    Its dependencies are this environment's (a ``.pth`` line); atgard itself comes from the wheel.
    """
    import sysconfig

    venv = tmp_path_factory.mktemp("installed") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    probe = [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]
    site = subprocess.run(probe, capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    install = [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--quiet", str(built[0])]
    installed = subprocess.run(install, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    where = subprocess.run(
        [python, "-c", "import atgard.output; print(*atgard.output.__path__)"], capture_output=True, text=True
    )
    assert where.stdout.strip().startswith(site), where.stdout
    return python


# Debian's chromium as Playwright starts it here: no sandbox as root, and none of the background connections
# that a machine without internet refuses.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def _chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def chromium():
    """Start the browser for a test module: ``with chromium() as browser: ...``."""
    return _chromium
