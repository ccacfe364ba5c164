"""The batch runner: files and folders in, documents stored, failures collected."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from sqlite_utils import Database

from atgard.extract.boards import load_register
from atgard.extract.read.options import DEFAULT_READ_OPTIONS, ReadOptions
from atgard.output.replace import replace_document
from atgard.output.store import (
    StoredRead,
    check_writable,
    files_dir,
    has_document,
    open_store,
    save_document,
    save_register,
    store_pdf,
)
from atgard.pipeline import __version__
from atgard.pipeline.workers import Batch, Prepared, prepared_in_order
from atgard.schema.contract import Document, DocumentKind
from atgard.schema.errors import AtgardError, InputError

Status = Literal["new", "new version", "unchanged", "read again"]


@dataclass(frozen=True)
class Ingested:
    path: Path
    status: Status
    document_id: str
    pages: int = 0
    blocks: dict[str, int] = field(default_factory=dict)  # blocks stored, by kind
    kind: DocumentKind | None = None
    office: str | None = None
    found: dict[str, int] = field(default_factory=dict)  # referrals, measures, ... extracted
    changes: int = 0
    unread: tuple[int, ...] = ()  # scanned pages (an image, no text) whose text is missing
    ocr: bool = True  # whether OCR was tried on them (else --no-ocr left them unread)

    @property
    def warning(self) -> str | None:
        """What the clerk must know of a document stored with pages unread, in one line naming the file."""
        if not self.unread:
            return None
        numbers = ", ".join(map(str, self.unread))
        one = len(self.unread) == 1
        pages = f"page {numbers} of {self.pages} has" if one else f"pages {numbers} of {self.pages} have"
        if self.ocr:
            return f"{self.path}: {pages} no text layer, and OCR read no text from {'it' if one else 'them'}"
        return f"{self.path}: {pages} no text layer: read {'it' if one else 'them'} with --ocr"


@dataclass
class IngestReport:
    ingested: list[Ingested] = field(default_factory=list)
    failures: list[AtgardError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def outcome(self) -> Literal["ok", "partial", "failed"]:
        if not self.failures:
            return "ok"
        return "partial" if self.ingested else "failed"

    def summary(self) -> dict[str, int | float]:
        """The figures of the one-line summary (and of ``--json``)."""
        statuses = Counter(item.status for item in self.ingested)
        return {
            "new": statuses["new"],
            "new_versions": statuses["new version"],
            "unchanged": statuses["unchanged"],
            "pages": sum(item.pages for item in self.ingested),
            "measures": sum(item.found.get("measures", 0) for item in self.ingested),
            "referrals": sum(item.found.get("referrals", 0) for item in self.ingested),
            "errors": len(self.failures),
            "warnings": sum(item.warning is not None for item in self.ingested),
            "seconds": round(self.seconds, 2),
        } | ({"read_again": statuses["read again"]} if statuses["read again"] else {})


@dataclass(frozen=True)
class Collected:
    """The PDF files found under the paths given, and the paths that gave none."""

    files: list[Path]
    failures: list[AtgardError]


def collect_pdfs(paths: Iterable[Path]) -> Collected:
    """Files as given, folders walked for ``*.pdf`` (any case), in a stable order, without repeats."""
    files: list[Path] = []
    failures: list[AtgardError] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())
            if not found:
                failures.append(InputError(path, "folder contains no PDF files"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            failures.append(InputError(path, "no such file or folder"))
    first: dict[Path, Path] = {}
    for path in files:
        first.setdefault(path.resolve(), path)  # the same file named twice is read once
    return Collected(list(first.values()), failures)


Progress = Callable[[Path, int, int], None]  # called after each file: its path, its pages, the number of files


def ingest(
    paths: Iterable[Path],
    db_path: Path,
    options: ReadOptions = DEFAULT_READ_OPTIONS,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    strict: bool = False,
    again: bool = False,
) -> IngestReport:
    """Read and store every PDF under ``paths``; one transaction per document.

    ``options`` says how every file is read (time limit, OCR, PDF parser) and which kind of
    document it is, when the user says so (see :class:`ReadOptions`). A file that fails is
    recorded and the batch goes on. ``jobs`` reads and extracts in that many worker processes
    while this process alone writes (and reads the first files while the workers start, see
    :mod:`atgard.pipeline.workers`). ``progress`` is called after each file with its path, its
    page count and the number of files. ``strict`` re-raises unexpected errors (programming
    faults) instead of recording them. ``again`` reads stored files anew and replaces what was extracted from
    them (a newer atgard's rules), keeping the clerks' corrections (:mod:`atgard.output.replace`). The database
    file is created only when there is a
    document to store; each PDF is kept beside it (``atgard.files/``) for the publication's
    provenance links. A database that cannot be written is refused (:class:`StoreError`) before
    any file is read.
    """
    started = time.perf_counter()
    check_writable(db_path)
    collected = collect_pdfs(paths)
    report = IngestReport(failures=collected.failures)
    writer = _Writer(db_path, again, options.ocr)
    stored = frozenset() if again else writer.stored_ids()
    for turn in prepared_in_order(collected.files, Batch(stored, options), jobs):
        pages = 0
        try:
            prepared = turn.result()
            pages = prepared.page_count
            report.ingested.append(writer.store(prepared))
        except AtgardError as error:
            report.failures.append(error)
        except Exception as error:
            if strict:
                raise
            detail = " ".join(str(error).split())[:300]  # one line, as every error atgard prints
            report.failures.append(InputError(turn.path, f"internal error ({type(error).__name__}: {detail})"))
        finally:
            if progress is not None:
                progress(turn.path, pages, len(collected.files))
    writer.close()
    report.seconds = time.perf_counter() - started
    return report


def open_for_writing(db_path: Path) -> Database:
    """The database, created and migrated if need be, with the current board register in it.

    Written without waiting for the disk at every document's commit (``synchronous = NORMAL``, safe in WAL
    mode): a power cut may lose the last documents stored, never half of one, and the next ingest stores
    them again; the wait was a third of the store stage's time (``make bench``)."""
    db = open_store(db_path)
    db.execute("PRAGMA synchronous = NORMAL")
    register = load_register()
    save_register(db, register.entries.values(), register.surface_forms())
    return db


class _Writer:
    """The one writer of a batch: the database, opened at once when it exists (migrated, its register
    brought up to date), else created at the first document to store."""

    def __init__(self, db_path: Path, again: bool = False, ocr: bool = True) -> None:
        self.db_path = db_path
        self.again = again
        self.ocr = ocr  # whether scanned pages were read with OCR (what a page left unread is told)
        self.db: Database | None = open_for_writing(db_path) if db_path.exists() else None

    def stored_ids(self) -> frozenset[str]:
        if self.db is None:
            return frozenset()
        return frozenset(row[0] for row in self.db.execute("SELECT id FROM documents"))

    def store(self, prepared: Prepared) -> Ingested:
        """The document stored with its PDF, or left as it is when stored already."""
        stored_read, document = prepared.stored_read, prepared.document
        if stored_read is None or document is None:
            return Ingested(prepared.path, "unchanged", prepared.document_id)
        if self.db is None:
            self.db = open_for_writing(self.db_path)
        copy = files_dir(self.db_path) / f"{prepared.document_id}.pdf"
        kept_before = copy.exists()
        store_pdf(prepared.path, copy.parent, prepared.document_id)
        if self.again and has_document(self.db, document.id):
            replace_document(self.db, document, __version__, stored_read)
            again = _ingested(self.db, prepared.path, stored_read, document, 0)
            return replace(again, status="read again", ocr=self.ocr)
        try:
            changes = save_document(self.db, document, __version__, pages=stored_read)
        except BaseException:
            if not kept_before:  # the document is not stored: neither is its copy
                copy.unlink(missing_ok=True)
            raise
        if changes is None:  # stored meanwhile: by another ingest, or the same bytes earlier in this batch
            return Ingested(prepared.path, "unchanged", prepared.document_id)
        return replace(_ingested(self.db, prepared.path, stored_read, document, len(changes)), ocr=self.ocr)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def _ingested(db: Database, path: Path, stored_read: StoredRead, document: Document, changes: int) -> Ingested:
    version = db.execute("SELECT version FROM documents WHERE id = ?", [document.id]).fetchone()[0]
    return Ingested(
        path,
        "new version" if version > 1 else "new",
        document.id,
        pages=len(stored_read.pages),
        blocks=dict(Counter(str(block["kind"]) for block in stored_read.blocks)),
        kind=document.kind,
        office=document.office,
        found={
            "decision points": len(document.decision.points),
            "reports": len(document.reports),
            "referrals": len(document.referrals),
            "measures": len(document.measures),
            "board mentions": len(document.mentions),
        },
        changes=changes,
        unread=tuple(
            int(str(page["number"])) for page in stored_read.pages if page["text_source"] == "none" and page["images"]
        ),
    )
