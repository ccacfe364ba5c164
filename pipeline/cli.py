"""The ``atgard`` command: a thin layer of click over the library.

Exit codes: 0 success; 1 error (nothing could be done); 2 usage error;
3 partial (some files ingested, some failed).
"""

from __future__ import annotations

import json
import os
import sys
import typing
from pathlib import Path

import click

from atgard.extract.read.options import DEFAULT_BACKEND, DEFAULT_TIME_LIMIT, Backend, ReadOptions
from atgard.pipeline import __version__, clerk_commands, console, workers
from atgard.pipeline.commands import (
    DB_OPTION,
    EXIT_CODES_HELP,
    EXIT_ERROR,
    EXIT_PARTIAL,
    db_option,
    existing_db,
    read_only,
    reports_errors,
)
from atgard.schema.kinds import DocumentKind


# Each command imports what it needs (the store, the rules, the readers): `atgard --version` and
# every --help load none of pydantic, sqlite-utils, spaCy or the PDF libraries (a test checks).
@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="atgard")
def cli() -> None:
    """Turn Stockholm stad's PDF reports into structured data: measures, boards, referrals.

    \b
    Example:
      atgard ingest reports/ --db atgard.db
    """


BACKEND_OPTION = click.option(
    "--backend",
    type=click.Choice(typing.get_args(Backend)),
    default=DEFAULT_BACKEND,
    show_default=True,
    help="PDF parser: pdfium (fast) or pdfplumber (the slower reference); both give the same result.",
)


OCR_OPTION = click.option(
    "--ocr/--no-ocr",
    default=True,
    show_default=True,
    help="Read pages that show an image but have no text layer (scans) with OCR (Swedish Tesseract); "
    "--no-ocr refuses a scan instead.",
)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option("SQLite database to store into (created when needed).")
@click.option(
    "--kind",
    type=click.Choice(typing.get_args(DocumentKind)),
    help="Treat every file as this kind of document instead of deciding from its content.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object (for scripts).")
@click.option(
    "--timeout",
    "seconds",
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds one document may take to read before it is skipped as damaged.",
)
@OCR_OPTION
@click.option(
    "--jobs",
    default=os.cpu_count() or 1,
    show_default="the number of cores",
    type=click.IntRange(min=1),
    help="Worker processes that read and extract; one process writes.",
)
@click.option(
    "--again",
    is_flag=True,
    help="Read stored files anew with this atgard's rules; the clerks' corrections are kept and applied again.",
)
@BACKEND_OPTION
@reports_errors
def ingest_command(
    paths: tuple[Path, ...],
    db_path: Path,
    kind: DocumentKind | None,
    as_json: bool,
    seconds: float,
    ocr: bool,
    jobs: int,
    again: bool,
    backend: Backend,
    debug: bool,
) -> None:
    """Read PDF files (folders are searched for *.pdf) and store them in the database.

    Each document is stored whole or not at all; a file already stored (same
    bytes) is left as it is. Files that cannot be read are listed at the end
    and change nothing in the database.

    \b
    Example:
      atgard ingest tjansteutlatande.pdf rapporter/ --db atgard.db
    """
    workers.start_early(jobs, paths)  # the workers' imports overlap this process's own
    from atgard.pipeline.ingest import ingest

    with console.Progress(enabled=not as_json and sys.stderr.isatty()) as progress:
        options = ReadOptions(kind=kind, seconds=seconds, ocr=ocr, backend=backend)
        report = ingest(paths, db_path, options, jobs=jobs, progress=progress.advance, strict=debug, again=again)
    if as_json:
        click.echo(json.dumps({**report.summary(), "outcome": report.outcome, "database": str(db_path)}))
        console.print_warnings(report)
        for failure in report.failures:
            click.echo(f"Error: {failure}", err=True)
    else:
        console.print_report(report, db_path)
    if report.outcome == "partial":
        raise click.exceptions.Exit(EXIT_PARTIAL)
    if report.outcome == "failed":
        raise click.exceptions.Exit(EXIT_ERROR)


cli.add_command(ingest_command, name="ingest")


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the read document as JSON.")
@click.option(
    "--why",
    is_flag=True,
    help="Extract, and list every item with the rules that made it, then every sentence with a cue that gave none.",
)
@BACKEND_OPTION
@OCR_OPTION
@reports_errors
def inspect(pdf: Path, as_json: bool, why: bool, backend: Backend, ocr: bool, debug: bool) -> None:
    """Show the blocks the PDF reader sees: kind, page, text; italics as *...*.

    The debugging view of the reading stage: what every later stage works on.
    With --why, the self-check of the extraction for a document without gold: the
    items and their rules, and the cues (remiss, yttra, beslutar, senast …) that
    gave no item, those in a decision or referral section marked "!".

    \b
    Example:
      atgard inspect tjansteutlatande.pdf
      atgard inspect tjansteutlatande.pdf --json > blocks.json
      atgard inspect protokoll.pdf --why
    """
    from atgard.extract.header import with_header_fields  # the rules read the header's fields
    from atgard.extract.read.pdf import read_pdf  # loads the PDF libraries: only for a command that reads

    read_document = with_header_fields(read_pdf(pdf, backend=backend, ocr=ocr))
    if why:
        from atgard.extract.boards import load_register
        from atgard.extract.explain import explain

        click.echo(console.describe_explanation(explain(read_document, load_register())))
    elif as_json:
        click.echo(json.dumps(read_document.model_dump(mode="json"), ensure_ascii=False, indent=1))
    else:
        click.echo(console.describe_read(read_document))


@cli.command("export", epilog=EXIT_CODES_HELP)
@DB_OPTION
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default: stdout)."
)
@click.option("--document", "document_ids", multiple=True, help="Only this document id (repeatable).")
@click.option(
    "--no-personal-data",
    is_flag=True,
    help="Leave out case officers and signatories (names, phone numbers, e-mail), as for open data.",
)
@reports_errors
def export_command(
    db_path: Path, output: typing.TextIO, document_ids: tuple[str, ...], no_personal_data: bool, debug: bool
) -> None:
    """Write the stored documents as contract JSON (schema_version 2) for other systems.

    The contract is schema/export.schema.json; docs/contract.md says what each field means.

    \b
    Example:
      atgard export --db atgard.db -o atgard.json --no-personal-data
    """
    from atgard.output.export import export

    db = read_only(db_path)
    exported = export(db, list(document_ids) or None, personal_data=not no_personal_data)
    output.write(exported.model_dump_json(indent=1))
    output.write("\n")
    output.flush()  # stdout may be a stream of its own (click's, in UTF-8): a closed pipe shows here, not at exit


@cli.command("schema", epilog=EXIT_CODES_HELP)
@reports_errors
def schema_command(debug: bool) -> None:
    """Print the JSON Schema of the export, generated from the data contract.

    \b
    Example:
      atgard schema > atgard.schema.json
    """
    from atgard.schema.json_schema import export_schema

    click.echo(json.dumps(export_schema(), ensure_ascii=False, indent=1))


@cli.command("register", epilog=EXIT_CODES_HELP)
@click.option("--popolo", is_flag=True, required=True, help="As Popolo / Open Civic Data organizations.")
@reports_errors
def register_command(popolo: bool, debug: bool) -> None:
    """Print the board register (every nämnd, stadsdelsnämnd, company, office and group) as JSON.

    \b
    Example:
      atgard register --popolo > organizations.json
    """
    from atgard.extract.boards import load_register
    from atgard.extract.popolo import popolo as as_popolo

    click.echo(json.dumps(as_popolo(load_register()), ensure_ascii=False, indent=1))


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
    db = read_only(db_path)
    rows = db.execute("SELECT name, kind, times, documents, first_page FROM unknown_boards").fetchall()
    for name, kind, times, documents, page in rows:
        click.echo(f"{name}  ({kind}; {times}x; {documents}, first on page {page})")
    click.echo(f"{len(rows)} names not in the register")


@cli.command("diff", epilog=EXIT_CODES_HELP)
@click.argument("document_a")
@click.argument("document_b")
@DB_OPTION
@reports_errors
def diff_command(document_a: str, document_b: str, db_path: Path, debug: bool) -> None:
    """Show what was added, removed or reworded from one version of a stored document to another.

    Documents are named by id (or an unambiguous start of it), as 'atgard ingest' prints it. Two documents that
    are not versions of one document (a memo and the protocol of its case, say) are said to be so, in one line.

    \b
    Example:
      atgard diff 2daef64e0e74 8c1f0a3b9d22 --db atgard.db
    """
    from atgard.output.changes import are_versions, document_changes, not_versions_line
    from atgard.output.export import load_document, resolve_document_id

    db = read_only(db_path)
    old, new = (load_document(db, resolve_document_id(db, prefix)) for prefix in (document_a, document_b))
    if not are_versions(old, new):
        click.echo(not_versions_line(old, new))
        return
    changes = document_changes(old, new)
    for change in changes:
        click.echo(change.describe())
    click.echo(f"{len(changes)} changes from {old.filename} to {new.filename}")


@cli.command("import", epilog=EXIT_CODES_HELP)
@click.argument("export_file", type=click.Path(path_type=Path, dir_okay=False))
@DB_OPTION
@reports_errors
def import_command(export_file: Path, db_path: Path, debug: bool) -> None:
    """Load a file written by 'atgard export' into a database (documents already there are kept).

    \b
    Example:
      atgard import atgard.json --db kopia.db
    """
    from atgard.output.export import read_export
    from atgard.output.store import import_export
    from atgard.pipeline.ingest import open_for_writing

    data = read_export(export_file)
    db = open_for_writing(db_path)
    added = import_export(db, data, __version__)
    click.echo(f"{added} documents imported, {len(data.documents) - added} already there; database: {db_path}")


@cli.command("migrate", epilog=EXIT_CODES_HELP)
@DB_OPTION
@reports_errors
def migrate_command(db_path: Path, debug: bool) -> None:
    """Bring a database made by an older atgard up to this one's schema and board register.

    The read-only commands (export, diff, unknowns, serve) never change a
    database; they ask for this first when it is older than atgard.

    \b
    Example:
      atgard migrate --db atgard.db
    """
    from atgard.pipeline.ingest import open_for_writing

    open_for_writing(existing_db(db_path)).close()
    click.echo(f"{db_path}: up to date")


@cli.command("serve", epilog=EXIT_CODES_HELP)
@DB_OPTION
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (127.0.0.1: this machine only)."
)
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--no-sql", is_flag=True, help="Switch off arbitrary SQL; canned queries still work.")
@click.option(
    "--include-personal-data",
    is_flag=True,
    help="Show case officers' and signatories' names and phone numbers, and serve the PDFs (off by default).",
)
@click.option(
    "--base-url",
    metavar="URL",
    help="The address the publication is reached at, for the feed's links (default: http://HOST:PORT).",
)
@click.option(
    "--writable",
    is_flag=True,
    help="Let signed-in handläggare correct items and add PDFs (needs --accounts or ATGARD_ACCOUNTS).",
)
@click.option(
    "--accounts",
    "accounts_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The accounts file for --writable (default: the file named by ATGARD_ACCOUNTS); see 'atgard account'.",
)
@click.option("--upload-max-mb", default=50, show_default=True, type=click.IntRange(1), help="The largest upload.")
@click.option(
    "--upload-limits",
    default="1536,120",
    show_default=True,
    metavar="MB,SECONDS",
    help="Memory and time an upload's ingest may take before it is refused.",
)
@reports_errors
def serve_command(
    db_path: Path,
    host: str,
    port: int,
    no_sql: bool,
    include_personal_data: bool,
    base_url: str | None,
    writable: bool,
    accounts_file: Path | None,
    upload_max_mb: int,
    upload_limits: str,
    debug: bool,
) -> None:
    """Publish the database with Datasette, read-only, for browsing and canned queries.

    Row pages of measures, referrals and decision points show where the item
    came from: a picture of the page with the item marked (and, with
    --include-personal-data, a link to the stored PDF at that page). The
    publication may be public: names and phone numbers are hidden unless
    --include-personal-data is given. SQL queries are limited to 2 seconds. With --writable and an
    accounts file, a signed-in handläggare may correct items and add PDFs.

    \b
    Example:
      atgard serve --db atgard.db --port 8001 --base-url https://atgard.example.se
      atgard serve --db atgard.db --writable --accounts konton.json
    """
    from atgard.output.publish import port_in_use, serve

    read_only(db_path).close()
    if port_in_use(host, port):
        raise click.ClickException(f"port {port} is in use: choose another with --port")
    base_url = base_url or f"http://{host}:{port}"
    from atgard.pipeline.clerk_commands import writing_settings

    writing = writing_settings(writable, accounts_file, upload_max_mb, upload_limits)
    click.echo(f"Serving {db_path} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    code = serve(
        db_path,
        host,
        port,
        personal_data=include_personal_data,
        allow_sql=not no_sql,
        base_url=base_url,
        writing=writing,
    )
    if code:
        raise click.exceptions.Exit(EXIT_ERROR)


def main() -> None:
    cli(prog_name="atgard")


cli.add_command(clerk_commands.account_command, name="account")
cli.add_command(clerk_commands.corrections_group, name="corrections")


if __name__ == "__main__":
    main()
