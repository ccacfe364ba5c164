"""Reading and extracting a batch's files, in this process or in worker processes, results in file order.

With ``--jobs`` > 1 the workers are forked from one fork server that has imported the reader and
the rules and built the Swedish pipeline once (``atgard.pipeline.preload``): spaCy's import alone
takes about a second, and workers forked from this process would each pay it again, on cores the
batch needs. While that server starts, this process reads the first files itself (PDFium, no spaCy)
and hands them to the workers to extract (``make bench``: the default ``--jobs`` against ``--jobs 1``).
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import multiprocessing.forkserver
import os
import select
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from atgard.extract.read.files import check_pdf_file, sha256_file
from atgard.extract.read.options import ReadOptions
from atgard.schema.errors import InputError
from atgard.schema.kinds import DocumentKind

if TYPE_CHECKING:  # light to import: the CLI starts the fork server before it loads the rest
    from atgard.output.store import StoredRead
    from atgard.schema.contract import Document
    from atgard.schema.read import ReadDocument

PRELOAD_MODULE = "atgard.pipeline.preload"
PendingResult = Callable[[], "Prepared"]  # a file's result when called, or its failure raised: in the file's turn


@dataclass(frozen=True)
class Batch:
    """What every file of a batch is prepared with: the documents stored (kept by the writer) and how to read."""

    stored_ids: frozenset[str]  # sha256 of every document in the database: such a file is only hashed
    options: ReadOptions


@dataclass(frozen=True)
class Prepared:
    """A file read and extracted, ready to be stored by the one writer."""

    path: Path
    document_id: str
    stored_read: StoredRead | None = None  # None: already stored
    document: Document | None = None

    @property
    def page_count(self) -> int:
        """Pages read (0 for a file already stored)."""
        return len(self.stored_read.pages) if self.stored_read is not None else 0


@dataclass(frozen=True)
class Turn:
    """A file's turn in the batch, in the order given: its path and the way to get its result."""

    path: Path
    result: PendingResult


@dataclass(frozen=True)
class _ReadFile:
    """A file hashed, then read (by this process while the workers start, or by a worker), for the rules."""

    path: Path
    document_id: str
    read_document: ReadDocument | None = None  # None: already stored, or not read yet


def _hashed(path: Path) -> _ReadFile:
    """The file checked and hashed; already stored when its hash is (an unchanged file costs a hash only)."""
    check_pdf_file(path)
    return _ReadFile(path, sha256_file(path))


def _read(hashed: _ReadFile, options: ReadOptions) -> _ReadFile:
    """The file read: everything that needs no spaCy. PDFium and pdfplumber load here, when there is a file."""
    from atgard.extract.read.pdf import read_pdf

    path, document_id = hashed.path, hashed.document_id
    read_document = read_pdf(
        path, document_id=document_id, seconds=options.seconds, ocr=options.ocr, backend=options.backend
    )
    return _ReadFile(path, document_id, read_document)


def _extract(file: _ReadFile, kind: DocumentKind | None) -> Prepared:
    """The rules over a file read: spaCy loads here, in the process that extracts."""
    if file.read_document is None:
        return Prepared(file.path, file.document_id)
    from atgard.pipeline.lean import without_spacy_cli

    without_spacy_cli()
    from atgard.extract.boards import load_register
    from atgard.extract.document import extract_document
    from atgard.extract.header import with_header_fields
    from atgard.output.store import stored_read

    read_document = file.read_document
    stored = stored_read(with_header_fields(read_document))  # the header's fields, read by the rules, are stored too
    return Prepared(
        file.path, file.document_id, stored, extract_document(read_document, kind, register=load_register())
    )


def _read_and_extract(hashed: _ReadFile, options: ReadOptions) -> Prepared:
    """A worker's task: a file hashed by the writer, read and extracted (its arguments are small to send)."""
    return _extract(_read(hashed, options), options.kind)


def prepare(path: Path, batch: Batch) -> Prepared:
    """Everything but the writing: check, hash, read, extract."""
    hashed = _hashed(path)
    already_stored = hashed.document_id in batch.stored_ids
    return _extract(hashed if already_stored else _read(hashed, batch.options), batch.options.kind)


def _die_with(ingest: int) -> None:
    """Worker initializer: end this worker when the ingest that started it ends, even by SIGKILL (Linux).

    A worker's parent is the fork server, which outlives the ingest while any worker lives (each holds
    its pipe), so a worker watches the ingest itself: a pidfd becomes readable when the process ends."""
    try:
        watched = os.pidfd_open(ingest)
    except ProcessLookupError:
        os._exit(1)  # ended already
    except (AttributeError, OSError):
        return  # not Linux: workers end when their queue closes
    threading.Thread(target=_exit_when_readable, args=(watched,), name="atgard-watch-ingest", daemon=True).start()


def _exit_when_readable(fd: int) -> None:
    select.select([fd], [], [])
    os._exit(1)  # no clean-up to run: the writer, which alone touches the database, is gone


class _Workers:
    """The pool of ``jobs`` workers, started at the first file that needs extracting.

    Starting a worker waits for the fork server's imports, so a thread starts them while this
    process reads; ``ready`` is set once they all run (or failed to start). A worker that dies (the
    out-of-memory killer, a crash in PDFium) breaks the pool, and every file it held fails with it:
    the pool is replaced, and each of those files is tried again alone in a fresh worker (see
    :meth:`_alone`), so that the batch goes on and only a file that kills its worker twice is refused.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None
        self.ready = threading.Event()

    def start(self) -> None:
        if self.pool is None:
            self.pool = _pool(self.jobs)
            threading.Thread(target=self._spawn, name="atgard-start-workers", daemon=True).start()

    def _spawn(self) -> None:
        assert self.pool is not None
        try:
            for future in [self.pool.submit(os.getpid) for _ in range(self.jobs)]:  # a task each spawns them all
                future.result()
        except Exception:  # a worker that died starting: the pool is replaced at the next file
            pass
        finally:
            self.ready.set()

    def submit(self, path: Path, work: Callable[..., Prepared], *args: object) -> PendingResult:
        """``work(*args)`` in a worker, for the file at ``path``: its result, to be asked for in its turn."""
        self.ready.wait()
        assert self.pool is not None
        try:
            future: Future[Prepared] = self.pool.submit(work, *args)
        except BrokenProcessPool:  # a worker died: a new pool takes this file and those after it
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = _pool(self.jobs)
            future = self.pool.submit(work, *args)

        def result() -> Prepared:
            try:
                return future.result()
            except BrokenProcessPool:
                return _alone(path, work, *args)

        return result

    def close(self) -> None:
        if self.pool is not None:
            self.ready.wait()  # a pool shut down while its workers start would leave the thread failing
            self.pool.shutdown()


def _alone(path: Path, work: Callable[..., Prepared], *args: object) -> Prepared:
    """``work(*args)`` again, alone in a fresh worker, after its worker died. The death may have been
    another file's (a pool's every file fails with it) or passing (memory short for a moment); a file
    whose worker dies again is the cause, and is refused with the rest of the batch going on."""
    with _pool(1) as pool:
        try:
            return pool.submit(work, *args).result()
        except BrokenProcessPool:
            raise InputError(path, "the PDF reader crashed on this file") from None


def _fork_server() -> multiprocessing.context.ForkServerContext | None:
    """The context of the warm fork server, where there is one (not on Windows)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([PRELOAD_MODULE])  # only before the server starts; the same list every time
    return context


def start_early(jobs: int, paths: Sequence[Path]) -> None:
    """Start the fork server now (``jobs`` > 1), so that its imports overlap this process's own.

    For a command that will ingest more than one file: one file is read in this process, with no
    workers (see :func:`prepared_in_order`). Should every file turn out stored already, the server
    ends with this process, having cost a second of a core and no waiting."""
    if jobs > 1 and not (len(paths) == 1 and paths[0].is_file()) and _fork_server() is not None:
        multiprocessing.forkserver.ensure_running()


def _pool(jobs: int) -> ProcessPoolExecutor:
    context = _fork_server()
    if context is None:  # Windows: spawned workers, which end when their queue closes
        return ProcessPoolExecutor(max_workers=jobs)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_die_with, initargs=(os.getpid(),))


def _constant(prepared: Prepared) -> PendingResult:
    return lambda: prepared


def _raising(error: Exception) -> PendingResult:
    def result() -> Prepared:
        raise error

    return result


def _read_meanwhile(pending: Iterator[Path], workers: _Workers, batch: Batch) -> list[Turn | _ReadFile]:
    """The first files, read by this process (in order) until the workers run: each file's turn, or its
    reading for a worker to extract. A failure is kept, to be raised in the file's turn as a worker's is."""
    early: list[Turn | _ReadFile] = []
    while not workers.ready.is_set() and (path := next(pending, None)) is not None:
        try:
            hashed = _hashed(path)
            if hashed.document_id in batch.stored_ids:
                early.append(Turn(path, _constant(Prepared(path, hashed.document_id))))
                continue
            workers.start()
            early.append(_read(hashed, batch.options))
        except Exception as error:  # recorded by the writer, in the file's turn
            early.append(Turn(path, _raising(error)))
    return early


def _handed_out(path: Path, workers: _Workers, batch: Batch) -> Turn:
    """A file's turn when workers run: hashed here, and only a file not stored yet sent to a worker, with its hash.

    Hashing costs a fraction of a millisecond a page, and the stored ids stay in this process: sent with every
    file, an archive's tens of thousands of them would cost the workers more than the files."""
    try:
        hashed = _hashed(path)
    except Exception as error:  # recorded by the writer, in the file's turn
        return Turn(path, _raising(error))
    if hashed.document_id in batch.stored_ids:
        return Turn(path, _constant(Prepared(path, hashed.document_id)))
    return Turn(path, workers.submit(path, _read_and_extract, hashed, batch.options))


def prepared_in_order(files: list[Path], batch: Batch, jobs: int) -> Iterator[Turn]:
    """Each file's turn, in the order given; ``jobs`` > 1 works ahead in processes (not for one file: the
    workers' start-up would cost more than the file)."""
    if jobs <= 1 or len(files) <= 1:
        for path in files:
            yield Turn(path, functools.partial(prepare, path, batch))
        return
    workers = _Workers(jobs)
    try:
        pending = iter(files)
        window: deque[Turn] = deque(
            Turn(early.path, workers.submit(early.path, _extract, early, batch.options.kind))
            if isinstance(early, _ReadFile)
            else early
            for early in _read_meanwhile(pending, workers, batch)
        )
        for path in itertools.islice(pending, max(0, 2 * jobs - len(window))):  # a bounded window keeps memory flat
            window.append(_handed_out(path, workers, batch))
        while window:
            turn = window.popleft()
            if (following := next(pending, None)) is not None:
                window.append(_handed_out(following, workers, batch))
            yield turn
    finally:
        workers.close()
