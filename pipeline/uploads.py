"""The worker that ingests a PDF uploaded in the browser (``/lagg-till-dokument``), within limits.

    python -m atgard.pipeline.uploads DB NUMBER FOLDER --memory-mb 1536 --seconds 120

An upload is a door from outside: a decompression bomb (a small PDF whose content stream inflates to gigabytes)
or an endless file must cost one line and never the server. So the publication runs each upload in this
process, which limits its own address space (``RLIMIT_AS``) and CPU time (``RLIMIT_CPU``) before it imports
anything heavy; the server ends it when its wall-clock time runs out. The upload's row in ``uploads`` says how
it went, in the CLI's words: the stored document, or the one-line error.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

_MB = 1024 * 1024


def _limit(memory_mb: int, seconds: float) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * _MB, memory_mb * _MB))
    cpu = int(seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))


def _state(db_path: str, number: int, state: str, message: str | None = None, document_id: str | None = None) -> None:
    with sqlite3.connect(db_path, timeout=120) as connection:
        connection.execute(
            "UPDATE uploads SET state = ?, message = ?, document_id = ?, finished_at = ? WHERE number = ?",
            [
                state,
                message,
                document_id,
                datetime.now(UTC).isoformat(timespec="seconds") if state in ("done", "failed") else None,
                number,
            ],
        )


def _ingested(db_path: Path, pdf: Path, seconds: float) -> tuple[str, str, str | None]:
    """(state, the one line, the document's id) of one file's ingest, as ``atgard ingest`` reports it."""
    from atgard.extract.read.options import ReadOptions
    from atgard.pipeline.ingest import ingest

    report = ingest([pdf], db_path, ReadOptions(seconds=seconds), jobs=1)
    if report.failures:
        line = str(report.failures[0])
        if "MemoryError" in line:  # what the address-space limit raises while the file is read
            line = f"{pdf.name}: the file needs more memory than the upload's limit: refused"
        return "failed", line, None
    item = report.ingested[0]
    if item.status == "unchanged":
        return "done", f"{pdf.name}: finns redan (samma fil är inläst)", item.document_id
    found = ", ".join(f"{count} {what}" for what, count in item.found.items() if count)
    line = f"{pdf.name}: inläst, {item.pages} sidor" + (f"; {found}" if found else "")
    return "done", line + (f"; {item.warning}" if item.warning else ""), item.document_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="atgard.pipeline.uploads")
    parser.add_argument("db")
    parser.add_argument("number", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--memory-mb", type=int, default=1536)
    parser.add_argument("--seconds", type=float, default=120.0)
    args = parser.parse_args(argv)
    pdfs = sorted(args.folder.glob("*"))
    if not pdfs:
        _state(args.db, args.number, "failed", "uppladdningen finns inte längre")
        return 1
    _state(args.db, args.number, "reading")
    _limit(args.memory_mb, args.seconds)
    try:
        state, line, document_id = _ingested(Path(args.db), pdfs[0], args.seconds)
    except MemoryError:
        state, line, document_id = "failed", f"{pdfs[0].name}: behövde mer minne än {args.memory_mb} MB", None
    _state(args.db, args.number, state, line, document_id)
    return 0 if state == "done" else 1


if __name__ == "__main__":
    sys.exit(main())
