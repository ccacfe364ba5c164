"""The page pictures kept on disk, by a name made from what they show, within a size cap.

A picture's name is canonical (:meth:`atgard.output.pictures.Picture.key`): the document's id, the
page and a digest of what is drawn, never the address it was asked for by, so ``1.png``, ``01.png``
and ``001.png`` are one picture. When the pictures pass the cap, the least recently shown go first.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

MAX_BYTES = 256 * 1024 * 1024
_NAME = re.compile(r"^[0-9a-f]{64}-\d+-[0-9a-f]{24}$")


class PictureCache:
    def __init__(self, folder: Path, max_bytes: int = MAX_BYTES) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self._lock = threading.Lock()

    def _path(self, key: str) -> Path:
        if not _NAME.match(key):  # made by Picture.key; never a name from a request
            raise ValueError(f"not a picture's name: {key!r}")
        return self.folder / f"{key}.png"

    def get(self, key: str) -> bytes | None:
        path = self._path(key)
        try:
            data = path.read_bytes()
            os.utime(path)  # shown now: the last to go
        except OSError:
            return None
        return data

    def put(self, key: str, data: bytes) -> None:
        """Keep ``data`` as ``key``, then make room: the least recently shown pictures removed past the cap."""
        path = self._path(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.part")
        partial.write_bytes(data)
        partial.replace(path)  # atomic: a reader never sees half a picture
        with self._lock:
            self._trim()

    def _trim(self) -> None:
        entries = []
        for path in self.folder.glob("*.png"):
            try:
                status = path.stat()
            except OSError:
                continue  # removed meanwhile
            entries.append((status.st_mtime_ns, status.st_size, path))
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries):
            if total <= self.max_bytes:
                break
            path.unlink(missing_ok=True)
            total -= size
