"""The archive-scale batch of ``make bench`` (issue 38): at least 900 Word-style pages in one ingest.

An archive is read again whenever a rule improves, tens of thousands of documents at a time: there
the start-up is paid once and what counts is the work per page. The batch is the repository's
Word-style PDFs (bench/wordstyle.py) repeated until it holds ``PAGES`` pages, each copy with bytes
of its own (a comment after ``%%EOF``), so that atgard stores every copy instead of skipping it as
already stored. The figures: pages per second per stage in one process (read, extract, store; steady
state, after one document has built the pipeline), ``atgard ingest`` end to end with ``--jobs 1``
and with the default ``--jobs``, and pdfplumber's bare ``page.chars`` over the distinct files,
scaled to the batch (each copy parses as its original does).
"""

from __future__ import annotations

import math
import os
import platform
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from atgard.extract.boards import load_register
from atgard.extract.document import extract_document
from atgard.extract.header import with_header_fields
from atgard.extract.read.pdf import read_pdf
from atgard.output.store import save_document
from atgard.pipeline import __version__
from atgard.pipeline.ingest import open_for_writing

PAGES = 900  # at least this many pages in the batch


def page_count(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def big_batch(sources: list[Path], folder: Path, pages: int = PAGES) -> tuple[list[Path], int]:
    """Copies of ``sources`` in ``folder`` until they hold ``pages`` pages; returns the files and how many
    times each source was copied."""
    folder.mkdir(parents=True, exist_ok=True)
    once = sum(page_count(path) for path in sources)
    copies = max(1, math.ceil(pages / once))
    files = []
    for copy in range(copies):
        for source in sources:
            target = folder / f"{source.stem}-{copy}.pdf"
            target.write_bytes(source.read_bytes() + f"\n% atgard bench copy {copy}\n".encode())
            files.append(target)
    return sorted(files), copies


def stages(paths: list[Path], db_path: Path) -> dict[str, float]:
    """Seconds per stage over the batch in this process, steady state: the imports are paid, and one
    document (not counted) has built the Swedish pipeline and the database."""
    seconds = {"read": 0.0, "extract": 0.0, "store": 0.0}
    db = open_for_writing(db_path)
    register = load_register()
    extract_document(read_pdf(paths[0]), register=register)
    for path in paths:
        started = time.perf_counter()
        read_document = read_pdf(path)
        extracted = time.perf_counter()
        document = extract_document(read_document, register=register)
        stored = time.perf_counter()
        save_document(db, document, __version__, pages=with_header_fields(read_document))
        done = time.perf_counter()
        seconds["read"] += extracted - started
        seconds["extract"] += stored - extracted
        seconds["store"] += done - stored
    db.close()
    return seconds


def plumber_chars(paths: list[Path]) -> None:
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.chars  # noqa: B018 - the parse is the point


def machine() -> str:
    """The CPU model, the cores this process may use, and Python: what every figure was measured on."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if "model name" in line]
        model = names[0] if names else model
    cores = len(_affinity()) or 1
    return f"{model} ({platform.machine()}), {cores} cores, Python {platform.python_version()}"


def _affinity() -> set[int]:
    getter = getattr(os, "sched_getaffinity", None)
    return set(getter(0)) if getter else set(range(os.cpu_count() or 1))


def batch_figures(
    sources: list[Path],
    work: Path,
    ingest_seconds: Callable[[Path, Path, int | None], float],
    repeats: int,
) -> dict[str, object]:
    """The batch's figures: stages in one process, pdfplumber scaled, the command with one and every core.

    ``ingest_seconds(folder, db, jobs)`` runs one ``atgard ingest`` process (start-up included). The three
    end-to-end figures are each the best of ``repeats``, taken in turn so that all see the same drift."""
    files, copies = big_batch(sources, work / "batch")
    pages = sum(page_count(path) for path in sources) * copies
    per_stage = stages(files, work / "batch-stages.db")
    plumber = one = every = float("inf")
    for _ in range(repeats):
        plumber = min(plumber, _timed(lambda: plumber_chars(sources)) * copies)
        one = min(one, ingest_seconds(files[0].parent, work / "batch-jobs1.db", 1))
        every = min(every, ingest_seconds(files[0].parent, work / "batch-jobsN.db", None))
    shutil.rmtree(work / "batch")
    return {
        # what else ran on the machine meanwhile (1-minute load average, at the end): the second core of
        # --jobs is only there when nothing else takes it
        "load_average_1_min": os.getloadavg()[0],
        "documents": len(files),
        "pages": pages,
        "copies_of_each_file": copies,
        "pdfplumber_chars_pages_per_s": pages / plumber,
        "pdfplumber_sampled": f"the {len(sources)} distinct files parsed, times {copies} copies",
        "stage_pages_per_s": {stage: pages / seconds for stage, seconds in per_stage.items()},
        "stages_in_one_process_pages_per_s": pages / sum(per_stage.values()),
        "ingest_jobs_1_seconds": one,
        "ingest_default_jobs_seconds": every,
        "ingest_jobs_1_pages_per_s": pages / one,
        "ingest_default_jobs_pages_per_s": pages / every,
        "ratio_ingest_jobs_1_vs_pdfplumber": plumber / one,
        "ratio_default_jobs_vs_jobs_1": one / every,
        "ratio_default_jobs_vs_pdfplumber": plumber / every,
    }


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started
