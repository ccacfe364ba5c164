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
