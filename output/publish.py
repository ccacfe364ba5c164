"""The Datasette publication: committed metadata, the atgard plugin, read-only, on 127.0.0.1 by default."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import socket
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
    ]


def write_metadata(
    db_path: Path,
    *,
    personal_data: bool = False,
    allow_sql: bool = True,
    base_url: str | None = None,
    writing: dict[str, Any] | None = None,
) -> Path:
    """The metadata for this database in the temporary folder, for ``datasette --metadata``.

    ``atgard serve`` becomes the Datasette process (exec), so nothing is left
    to delete the file afterwards: its name depends only on the database and
    the options, and serving again rewrites the same file.
    """
    settings = metadata(db_path, personal_data=personal_data, allow_sql=allow_sql, base_url=base_url, writing=writing)
    options = f"{db_path.resolve()}|{personal_data}|{allow_sql}|{base_url}|{json.dumps(writing, sort_keys=True)}"
    key = hashlib.sha256(options.encode()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / f"atgard-metadata-{key}.json"
    descriptor, name = tempfile.mkstemp(suffix=".json", prefix="atgard-metadata-", dir=target.parent)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(settings, handle, ensure_ascii=False)
    os.replace(name, target)  # atomic: a server starting at the same moment never reads half a file
    return target


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
