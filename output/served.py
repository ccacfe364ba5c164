"""The database a publication serves: the database itself, or, without personal data, its masked copy.

With ``--include-personal-data`` Datasette serves the database. Without, it serves a masked copy
(:mod:`atgard.output.masked_copy`) under the same name and route, and the database itself is none of
Datasette's databases: every path (tables, SQL, canned queries, JSON, CSV, the clerk's pages, feeds,
search) reads the copy. The copy follows the database: each request compares the database's version
(its file's and its log's size and time) with the one the copy was made of, and a change starts a new
copy in a process of its own; requests go on reading the last copy meanwhile (never the database).
Writes (``--writable``) go to the database (:func:`source_database`), and the page a clerk sees after
a write waits for the copy that holds it (:func:`refreshed`). A copy that cannot be made at start stops
the server: nothing is served unmasked.

The copies are kept beside the database (``atgard.files/publication/``), named by the server's process
and a number; a server removes its own when it stops or replaces them, and at start those of servers
that are gone.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datasette.database import Database

Version = tuple[int, ...]
RETRY_SECONDS = 10.0  # after a copy failed, the next try waits this long
FRESH_SECONDS = 5.0  # how long a request waits for the copy of a changed database
WRITE_SECONDS = 60.0  # how long the page after a clerk's write waits for the copy that holds it
_local = threading.local()  # each of Datasette's threads' connection to the copy: (path, connection)


def database_version(path: str | os.PathLike[str]) -> Version:
    """What changes whenever the database does: the size and modification time of its file and of its
    write-ahead log (every commit writes the log; a checkpoint, the file). An empty log is no log: a reader
    makes one where none was, and nothing changed. Taken before reading, so a commit meanwhile makes the
    next request read again."""
    stamps: list[int] = []
    for name in (os.fspath(path), os.fspath(path) + "-wal"):
        try:
            status = os.stat(name)
            stamps += [status.st_mtime_ns, status.st_size] if status.st_size else [0, 0]
        except OSError:
            stamps += [0, 0]
    return tuple(stamps)


class MaskedDatabase(Database):  # type: ignore[misc]  # Datasette's class is untyped
    """Datasette's database on the newest masked copy: read-only, opened immutable (the copy never changes;
    a new one is a new file). Each of Datasette's threads opens the new copy at its next query."""

    def __init__(self, datasette: Any, path: Path) -> None:
        super().__init__(datasette, path=str(path), is_mutable=True)  # mutable to Datasette: no download

    def connect(self, write: bool = False) -> sqlite3.Connection:
        if write:
            raise PermissionError("the masked copy is read-only: writes go to the database")
        return sqlite3.connect(Path(self.path).as_uri() + "?immutable=1", uri=True, check_same_thread=False)

    async def execute_write_fn(self, fn: Callable[..., Any], block: bool = True) -> Any:
        raise PermissionError("the masked copy is read-only: writes go to the database")

    async def execute_fn(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        path = self.path

        def in_thread() -> Any:
            held: dict[str, tuple[str, sqlite3.Connection]] = getattr(_local, "held", None) or {}
            _local.held = held
            found = held.get(self.name)
            if found is None or found[0] != path:
                if found is not None:
                    found[1].close()  # the copy before: its file is gone once every thread let go
                found = (path, self.connect())
                self.ds._prepare_connection(found[1], self.name)
                held[self.name] = found
            return fn(found[1])

        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, in_thread)


@dataclass
class Publication:
    """A masked publication's state: the database, the copy served and the version it was made of."""

    source: Path
    folder: Path
    served: MaskedDatabase | None = None
    built: Version = ()
    writer: Any = None  # Datasette's Database on the source, for writes (made when first asked for)
    number: int = 0
    task: asyncio.Task[None] | None = None
    failed_at: float = -RETRY_SECONDS
    made: list[Path] = field(default_factory=list)

    def remove_all(self) -> None:
        """The server stops: its copies go (a server killed leaves them to the next one: :func:`start`)."""
        for path in self.made:
            _remove(path)

    def next_path(self) -> Path:
        self.number += 1
        return self.folder / f"masked-{os.getpid()}-{self.number}.db"

    async def make(self) -> tuple[Path, Version]:
        """A new copy of the database as it is now, made by a process of its own: its path and version."""
        version, target = database_version(self.source), self.next_path()
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "atgard.output.masked_copy", str(self.source), str(target),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        _, errors = await process.communicate()
        if process.returncode != 0 or not target.is_file():
            message = errors.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"code {process.returncode}"]
            raise RuntimeError(f"the masked copy of {self.source} could not be made: {message[0]}")
        self.made.append(target)
        return target, version

    async def refresh(self) -> None:
        """Serve a new copy (the last one is removed; Datasette's threads let it go at their next query)."""
        try:
            path, version = await self.make()
        except (OSError, RuntimeError) as error:
            self.failed_at = time.monotonic()
            print(f"atgard: {error}", file=sys.stderr)
            return
        finally:
            self.task = None
        assert self.served is not None
        old, self.served.path, self.built = Path(self.served.path), str(path), version
        _remove(old)
        self.made = [p for p in self.made if p != old]


_PUBLICATIONS: dict[int, Publication] = {}


async def start(datasette: Any, files: Path, route: str) -> None:
    """Serve the masked copy in place of the database: made now, before the first request."""
    db = datasette.get_database()
    publication = Publication(Path(db.path).resolve(), files / "publication")
    publication.folder.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(publication.folder)
    atexit.register(publication.remove_all)
    _remove_on_signal(publication)
    path, publication.built = await publication.make()
    publication.served = MaskedDatabase(datasette, path)
    datasette.remove_database(db.name)
    datasette.add_database(publication.served, name=route, route=route)
    _PUBLICATIONS[id(datasette)] = publication


def follow(datasette: Any) -> None:
    """Start a new copy when the database changed since the served one was made (none is waited for)."""
    publication = _PUBLICATIONS.get(id(datasette))
    if publication is None or publication.task is not None:
        return
    changed = database_version(publication.source) != publication.built
    if changed and time.monotonic() - publication.failed_at >= RETRY_SECONDS:
        publication.task = asyncio.ensure_future(publication.refresh())


async def fresh(datasette: Any, seconds: float = FRESH_SECONDS) -> None:
    """Wait (``seconds`` at most) until the copy served is of the database as it is: a change made before a
    request is in its answer. A copy that takes longer (a very large database) answers from the last one."""
    publication = _PUBLICATIONS.get(id(datasette))
    deadline = time.monotonic() + seconds
    while publication is not None and (left := deadline - time.monotonic()) > 0:
        follow(datasette)
        if publication.task is None:  # the copy is fresh, or the last one failed: no waiting on it
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(publication.task), left)


async def refreshed(datasette: Any) -> None:
    """After a write: wait until the copy served holds it (at once with personal data: there is no copy)."""
    publication = _PUBLICATIONS.get(id(datasette))
    if publication is not None:
        publication.failed_at = -RETRY_SECONDS  # a write is worth another try at once
        await fresh(datasette, WRITE_SECONDS)


def source_database(datasette: Any) -> Any:
    """The database itself, for writes: Datasette's own where it serves it, else one kept aside for them."""
    publication = _PUBLICATIONS.get(id(datasette))
    if publication is None:
        return datasette.get_database()
    if publication.writer is None:
        publication.writer = Database(datasette, path=str(publication.source), is_mutable=True)
        publication.writer.name = "atgard-database"  # not served: no route reaches it
    return publication.writer


def source_path(datasette: Any) -> str:
    """The database's file: the masked copy is made of it, and the page pictures' masking reads it."""
    publication = _PUBLICATIONS.get(id(datasette))
    return str(publication.source) if publication else str(datasette.get_database().path)


def version(datasette: Any) -> tuple[object, ...]:
    """The version of what is served, for the pages kept as rendered: the copy's, or the database's."""
    publication = _PUBLICATIONS.get(id(datasette))
    if publication is not None and publication.served is not None:
        return (publication.served.path, *publication.built)
    path = datasette.get_database().path
    return database_version(path) if path else ()


def _remove_on_signal(publication: Publication) -> None:
    """The copies removed when the server is told to stop (uvicorn hands SIGTERM on to the handler it found
    once it stopped serving: this one, which removes them, then ends the process as SIGTERM does)."""
    if threading.current_thread() is not threading.main_thread():
        return
    before = signal.getsignal(signal.SIGTERM)

    def stop(number: int, frame: Any) -> None:
        publication.remove_all()
        signal.signal(number, before if callable(before) or before in (signal.SIG_IGN,) else signal.SIG_DFL)
        signal.raise_signal(number)

    signal.signal(signal.SIGTERM, stop)


def _remove(path: Path) -> None:
    for name in (path, *path.parent.glob(f"{path.name}.*.part")):  # and a copy in the making
        with contextlib.suppress(OSError):
            name.unlink()


def _remove_abandoned(folder: Path) -> None:
    """Copies left by servers that are gone (killed, the machine stopped)."""
    for path in folder.glob("masked-*.db*"):
        pid = path.name.split("-")[1]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                path.unlink()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
