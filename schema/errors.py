"""The project's own exceptions: every failure a user can cause, with a one-line message.

They live beside the models because every stage raises them and the CLI turns
them into ``click.ClickException``; nothing else should reach the user.
"""

from __future__ import annotations

from pathlib import Path


class AtgardError(Exception):
    """Base class: ``str(error)`` is the one-line message shown to the user."""


class InputError(AtgardError):
    """A file given to atgard cannot be read; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[Path, str]]:
        # rebuilt from its two parts when it comes back from a worker process (--jobs)
        return type(self), (self.path, self.problem)


class NoTextLayerError(InputError):
    """The PDF has pages but no text: a scan that needs OCR first."""


class StoreError(AtgardError):
    """The database cannot be opened or written."""


class NewerDatabaseError(StoreError):
    """The database was made by a newer atgard (its schema version is higher): this one can neither read nor
    migrate it."""

    def __init__(self, version: int, path: Path | str | None = None) -> None:
        self.version = version
        self.path = path
        where = f"{path}: " if path is not None else ""
        super().__init__(f"{where}made by a newer atgard (schema {version}): upgrade atgard")

    def __reduce__(self) -> tuple[type, tuple[int, Path | str | None]]:
        return type(self), (self.version, self.path)
