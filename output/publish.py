"""The Datasette publication: committed metadata, the atgard plugin, read-only, on 127.0.0.1 by default."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import tempfile
from importlib.resources import files
from pathlib import Path
from typing import Any

from atgard.output.store import files_dir

HERE = files("atgard.output").joinpath("datasette")
ROUTE = "atgard"  # the publication's address, /atgard/..., whatever the database file is called


def metadata(
    db_path: Path,
    *,
    personal_data: bool = False,
    allow_sql: bool = True,
    base_url: str | None = None,
    writing: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The committed metadata, keyed by this database's name, with the plugin's settings.

    ``base_url`` is the published address, for the absolute links of the Atom feed; ``writing`` the settings of
    a writable publication (``writable``, the ``accounts`` file, the uploads' limits: see ``atgard_writes``)."""
    data: dict[str, Any] = json.loads(HERE.joinpath("metadata.json").read_text(encoding="utf-8"))
    data["databases"] = {ROUTE: data["databases"]["atgard"]}  # the database is renamed so when served
    files = str(files_dir(db_path).resolve())
    data["plugins"] = {"atgard": {"files": files, "personal_data": personal_data, "route": ROUTE, "base_url": base_url}}
    data["plugins"]["atgard"].update(writing or {})
    if not allow_sql:
        data["allow_sql"] = False
    return data


def datasette_command(db_path: Path, host: str, port: int, metadata_path: Path) -> list[str]:
    """The ``datasette serve`` command line for this database."""
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path),
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(metadata_path),
        "--plugins-dir",
        str(HERE.joinpath("plugins")),
        "--template-dir",
        str(HERE.joinpath("templates")),
        "--setting",
        "sql_time_limit_ms",
        "2000",
        "--setting",
        "default_page_size",
        "50",
        # Suggested facets query every column of a view anew (3.5 s on the referral status's first page in the
        # demo) and show column names, not the clerks' words; each table's own facets stay (metadata.json).
        "--setting",
        "suggest_facets",
        "off",
    ]


def serve(
    db_path: Path,
    host: str,
    port: int,
    *,
    personal_data: bool = False,
    allow_sql: bool = True,
    base_url: str | None = None,
    writing: dict[str, Any] | None = None,
) -> int:
    """Become the Datasette process serving this database (or, where a process cannot, run it and wait).

    The metadata never touches the disk where the system allows: it is written to an anonymous file in
    memory (Linux's memfd, open across the exec) that Datasette reads as ``/dev/fd/N``, and that is gone
    when the server ends. Elsewhere it goes to a temporary folder removed when the server ends.
    """
    settings = metadata(db_path, personal_data=personal_data, allow_sql=allow_sql, base_url=base_url, writing=writing)
    text = json.dumps(settings, ensure_ascii=False)
    if hasattr(os, "memfd_create") and Path("/dev/fd").is_dir():
        descriptor = os.memfd_create("atgard-metadata", 0)  # flags 0: not closed on exec, Datasette reads it
        with os.fdopen(os.dup(descriptor), "w", encoding="utf-8") as handle:
            handle.write(text)
        command = datasette_command(db_path, host, port, Path(f"/dev/fd/{descriptor}"))
        os.execv(command[0], command)
    with tempfile.TemporaryDirectory(prefix="atgard-serve-") as folder:
        path = Path(folder) / "metadata.json"
        path.write_text(text, encoding="utf-8")
        try:
            return subprocess.call(datasette_command(db_path, host, port, path))
        except KeyboardInterrupt:  # Ctrl-C reached Datasette too, which stops; the folder is removed
            return 0


def port_in_use(host: str, port: int) -> bool:
    """Whether another process listens on the port already (Datasette would start, then fail with a traceback)."""
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror:
        return False  # an address Datasette cannot use either: its own message says so
    with socket.socket(family, kind, protocol) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn: a closing socket is no obstacle
        try:
            probe.bind(address)
        except OSError as error:
            return error.errno == errno.EADDRINUSE
    return False
