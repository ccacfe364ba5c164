"""The ``atgard`` command: a thin layer of click over the library.

Exit codes: 0 success; 1 error (nothing could be done); 2 usage error;
3 partial (some files ingested, some failed).
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from atgard.extract.read_pdf import read_pdf
from atgard.pipeline import __version__
from atgard.pipeline.ingest import IngestReport, ingest
from atgard.schema import Block, ReadDocument
from atgard.schema.errors import AtgardError

EXIT_ERROR = 1
EXIT_PARTIAL = 3
EXIT_CODES_HELP = "Exit codes: 0 success, 1 error, 2 usage error, 3 partial (some files failed)."

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Add ``--debug`` and turn the project's errors into one-line messages (tracebacks only with --debug)."""

    @click.option("--debug", is_flag=True, help="Show Python tracebacks instead of one-line errors.")
    @functools.wraps(command)
    def wrapper(*args: Any, debug: bool, **kwargs: Any) -> Any:
        logging.basicConfig(level=logging.DEBUG if debug else logging.ERROR)
        try:
            return command(*args, debug=debug, **kwargs)
        except AtgardError as error:
            if debug:
                raise
            raise click.ClickException(str(error)) from error
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as error:
            if debug:
                raise
            raise click.ClickException(
                f"internal error: {type(error).__name__}: {error} (rerun with --debug for the traceback)"
            ) from error

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="atgard")
def cli() -> None:
    """Turn Stockholm stad's PDF reports into structured data: measures, boards, referrals.

    \b
    Example:
      atgard ingest reports/ --db atgard.db
    """


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--db",
    "db_path",
    default="atgard.db",
    show_default=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="SQLite database to store into (created when needed).",
)
@reports_errors
def ingest_command(paths: tuple[Path, ...], db_path: Path, debug: bool) -> None:
    """Read PDF files (folders are searched for *.pdf) and store them in the database.

    Each document is stored whole or not at all; a file already stored (same
    bytes) is left as it is. Files that cannot be read are listed at the end
    and change nothing in the database.

    \b
    Example:
      atgard ingest tjansteutlatande.pdf rapporter/ --db atgard.db
    """
    report = ingest(paths, db_path, strict=debug)
    _print_report(report, db_path)
    if report.outcome == "partial":
        raise click.exceptions.Exit(EXIT_PARTIAL)
    if report.outcome == "failed":
        raise click.exceptions.Exit(EXIT_ERROR)


cli.add_command(ingest_command, name="ingest")


def _print_report(report: IngestReport, db_path: Path) -> None:
    for item in report.ingested:
        if item.status == "unchanged":
            click.echo(f"unchanged  {item.path}  (already stored as {item.document_id[:12]})")
        else:
            kinds = ", ".join(f"{count} {kind.replace('_', ' ')}s" for kind, count in sorted(item.blocks.items()))
            source = " from ".join(filter(None, [item.document_type, item.office])) or "document"
            click.echo(f"new        {item.path}  {source}: {item.pages} pages, {sum(item.blocks.values())} blocks")
            click.echo(f"           ({kinds}; id {item.document_id[:12]})")
    for failure in report.failures:
        click.echo(f"Error: {failure}", err=True)
    new = sum(item.status == "new" for item in report.ingested)
    unchanged = len(report.ingested) - new
    summary = f"{new} new, {unchanged} unchanged, {len(report.failures)} failed"
    if report.ingested:
        summary += f"; database: {db_path}"
    click.echo(summary)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the read document as JSON.")
@reports_errors
def inspect(pdf: Path, as_json: bool, debug: bool) -> None:
    """Show the blocks the PDF reader sees: kind, page, text; italics as *...*.

    The debugging view of the reading stage: what every later stage works on.

    \b
    Example:
      atgard inspect tjansteutlatande.pdf
      atgard inspect tjansteutlatande.pdf --json > blocks.json
    """
    document = read_pdf(pdf)
    if as_json:
        click.echo(json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=1))
    else:
        click.echo(_describe(document))


def _with_italics(block: Block) -> str:
    text = block.text
    for run in sorted((r for r in block.runs if r.style == "italic"), key=lambda r: r.start, reverse=True):
        text = f"{text[: run.start]}*{text[run.start : run.end]}*{text[run.end :]}"
    return text


def _describe(document: ReadDocument) -> str:
    header = document.header
    fields = {
        "office": header.office,
        "unit": header.unit,
        "type": header.document_type,
        "dnr": header.diarienummer,
        "date": header.date,
    }
    lines = [
        f"{document.filename}: {document.page_count} pages, {len(document.blocks)} blocks, sha256 {document.id[:12]}",
        "header: " + ", ".join(f"{key}={value}" for key, value in fields.items() if value),
    ]
    for block in document.blocks:
        label = block.kind if block.kind != "heading" else f"heading {block.level}"
        if block.marker:
            label = f"item {block.marker}"
        pages = "-".join(str(box.page) for box in block.boxes)
        text = _with_italics(block).replace("\n", " / ")
        lines.append(f"p{pages:<5} {label:<12} {text}")
    return "\n".join(lines)


def main() -> None:
    cli(prog_name="atgard")
