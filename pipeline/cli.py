"""The ``atgard`` command: a thin layer of click over the library.

Exit codes: 0 success; 1 error (nothing could be done); 2 usage error;
3 partial (some files ingested, some failed).
"""

from __future__ import annotations

import functools
import json
import logging
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from atgard.extract.read_pdf import read_pdf
from atgard.output.export import export
from atgard.output.store import open_store
from atgard.pipeline import __version__
from atgard.pipeline.ingest import IngestReport, ingest
from atgard.schema import Block, ReadDocument
from atgard.schema.contract import DocumentKind, Export
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
@click.option(
    "--kind",
    type=click.Choice(typing.get_args(DocumentKind)),
    help="Treat every file as this kind of document instead of deciding from its content.",
)
@reports_errors
def ingest_command(paths: tuple[Path, ...], db_path: Path, kind: DocumentKind | None, debug: bool) -> None:
    """Read PDF files (folders are searched for *.pdf) and store them in the database.

    Each document is stored whole or not at all; a file already stored (same
    bytes) is left as it is. Files that cannot be read are listed at the end
    and change nothing in the database.

    \b
    Example:
      atgard ingest tjansteutlatande.pdf rapporter/ --db atgard.db
    """
    report = ingest(paths, db_path, kind=kind, strict=debug)
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
            found = ", ".join(f"{count} {what}" for what, count in item.found.items())
            source = " from ".join(filter(None, [item.kind, item.office]))
            click.echo(f"new        {item.path}  {source}: {item.pages} pages, {sum(item.blocks.values())} blocks")
            click.echo(f"           {found}; id {item.document_id[:12]}")
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


def _existing_db(path: Path) -> Path:
    if not path.exists():
        raise click.ClickException(f"{path}: no such database; run 'atgard ingest' first")
    return path


DB_OPTION = click.option(
    "--db",
    "db_path",
    default="atgard.db",
    show_default=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="SQLite database to read.",
)


@cli.command("export", epilog=EXIT_CODES_HELP)
@DB_OPTION
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default: stdout)."
)
@click.option("--document", "document_ids", multiple=True, help="Only this document id (repeatable).")
@reports_errors
def export_command(db_path: Path, output: typing.TextIO, document_ids: tuple[str, ...], debug: bool) -> None:
    """Write the stored documents as contract JSON (schema_version 1) for other systems.

    \b
    Example:
      atgard export --db atgard.db -o atgard.json
    """
    db = open_store(_existing_db(db_path))
    output.write(export(db, list(document_ids) or None).model_dump_json(indent=1))
    output.write("\n")


@cli.command("schema", epilog=EXIT_CODES_HELP)
def schema_command() -> None:
    """Print the JSON Schema of the export, generated from the data contract.

    \b
    Example:
      atgard schema > atgard.schema.json
    """
    click.echo(json.dumps(Export.model_json_schema(), ensure_ascii=False, indent=1))


@cli.command("unknowns", epilog=EXIT_CODES_HELP)
@DB_OPTION
@reports_errors
def unknowns_command(db_path: Path, debug: bool) -> None:
    """List names that look like boards or bodies but are not in the board register.

    These are kept in the data (kind "unknown" or "external"); review them and
    add the real boards to extract/data/boards.csv.

    \b
    Example:
      atgard unknowns --db atgard.db
    """
    db = open_store(_existing_db(db_path))
    rows = db.execute("SELECT name, kind, times, documents, first_page FROM unknown_boards").fetchall()
    for name, kind, times, documents, page in rows:
        click.echo(f"{name}  ({kind}; {times}x; {documents}, first on page {page})")
    click.echo(f"{len(rows)} names not in the register")


def main() -> None:
    cli(prog_name="atgard")
