"""What every command of the ``atgard`` group shares: exit codes, one-line errors, the database option.

Its own module so that the clerks' commands (``clerk_commands.py``) and ``cli.py`` both import it, and
neither imports the other's half-made module."""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from atgard.schema.errors import AtgardError

if TYPE_CHECKING:
    from sqlite_utils import Database

EXIT_ERROR = 1
EXIT_PARTIAL = 3
EXIT_CODES_HELP = "Exit codes: 0 success, 1 error, 2 usage error, 3 partial (some files failed)."

CommandFunction = TypeVar("CommandFunction", bound=Callable[..., Any])


def reports_errors(command: CommandFunction) -> CommandFunction:
    """Add ``--debug`` and turn the project's errors into one-line messages (tracebacks only with --debug).

    A closed pipe (``atgard export | head``) is no error: the reader had what it wanted, so the command
    ends quietly with exit code 0."""

    @click.option("--debug", is_flag=True, help="Show Python tracebacks instead of one-line errors.")
    @functools.wraps(command)
    def wrapper(*args: Any, debug: bool, **kwargs: Any) -> Any:
        logging.basicConfig(level=logging.DEBUG if debug else logging.ERROR)
        try:
            result = command(*args, debug=debug, **kwargs)
            sys.stdout.flush()  # what is still buffered: a closed pipe shows here, not in Python's flush at exit
            return result
        except BrokenPipeError:
            _drop_stdout()
            raise click.exceptions.Exit(0) from None
        except AtgardError as error:
            if debug:
                raise
            raise click.ClickException(str(error)) from error
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            _flush_stdout()
            raise
        except Exception as error:
            if debug:
                raise
            raise click.ClickException(
                f"internal error: {type(error).__name__}: {error} (rerun with --debug for the traceback)"
            ) from error

    return wrapper  # type: ignore[return-value]


def _drop_stdout() -> None:
    """Send the rest of stdout to /dev/null: its reader has gone, and Python's own flush at exit would
    fail again on what is still buffered ("Exception ignored ... BrokenPipeError", exit code 120)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor (click's CliRunner): nothing is flushed at exit
        pass


def _flush_stdout() -> None:
    """Flush stdout before the command's own exit code; a closed pipe leaves that code as it is."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _drop_stdout()


def db_option(help: str = "SQLite database to read.") -> Callable[[CommandFunction], CommandFunction]:
    return click.option(
        "--db",
        "db_path",
        default="atgard.db",
        show_default=True,
        type=click.Path(path_type=Path, dir_okay=False),
        help=help,
    )


DB_OPTION = db_option()


def existing_db(path: Path) -> Path:
    if not path.exists():
        raise click.ClickException(f"{path}: no such database; run 'atgard ingest' first")
    return path


def read_only(path: Path) -> Database:
    """The existing database, opened for reading (refused with what to run if it needs migrating)."""
    from atgard.output.store import open_store

    return open_store(existing_db(path), readonly=True)
