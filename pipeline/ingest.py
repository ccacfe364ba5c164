"""The batch runner: files and folders in, documents stored, failures collected."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlite_utils import Database

from atgard.extract.read_pdf import check_pdf_file, read_pdf, sha256_file
from atgard.output.store import has_document, open_store, save_read_document
from atgard.pipeline import __version__
from atgard.schema.errors import AtgardError, InputError


@dataclass(frozen=True)
class Ingested:
    path: Path
    status: Literal["new", "unchanged"]
    document_id: str
    pages: int = 0
    blocks: dict[str, int] = field(default_factory=dict)  # blocks stored, by kind
    document_type: str | None = None
    office: str | None = None


@dataclass
class IngestReport:
    ingested: list[Ingested] = field(default_factory=list)
    failures: list[AtgardError] = field(default_factory=list)

    @property
    def outcome(self) -> Literal["ok", "partial", "failed"]:
        if not self.failures:
            return "ok"
        return "partial" if self.ingested else "failed"


def collect_pdfs(paths: Iterable[Path]) -> tuple[list[Path], list[AtgardError]]:
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
    seen: set[Path] = set()
    unique = [p for p in files if not (p.resolve() in seen or seen.add(p.resolve()))]
    return unique, failures


def ingest(paths: Iterable[Path], db_path: Path, *, strict: bool = False) -> IngestReport:
    """Read and store every PDF under ``paths``; one transaction per document.

    A file that fails is recorded and the batch goes on. ``strict`` re-raises
    unexpected errors (programming faults) instead of recording them. The
    database file is created only when there is a document to store.
    """
    files, failures = collect_pdfs(paths)
    report = IngestReport(failures=failures)
    db: Database | None = open_store(db_path) if db_path.exists() else None
    for path in files:
        try:
            check_pdf_file(path)
            document_id = sha256_file(path)
            if db is not None and has_document(db, document_id):
                report.ingested.append(Ingested(path, "unchanged", document_id))
                continue
            document = read_pdf(path, document_id=document_id)
            if db is None:
                db = open_store(db_path)
            save_read_document(db, document, extractor_version=__version__)
            report.ingested.append(
                Ingested(
                    path,
                    "new",
                    document_id,
                    pages=document.page_count,
                    blocks=dict(Counter(block.kind for block in document.blocks)),
                    document_type=document.header.document_type,
                    office=document.header.office,
                )
            )
        except AtgardError as error:
            report.failures.append(error)
        except Exception as error:
            if strict:
                raise
            report.failures.append(InputError(path, f"internal error ({type(error).__name__}: {error})"))
    if db is not None:
        db.close()
    return report
