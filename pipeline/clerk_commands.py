"""The clerks' commands: ``atgard account`` (the accounts of a writable publication) and ``atgard corrections``
(their corrections as the scorer's gold files). Registered on the ``atgard`` group by ``cli.py``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import click

from atgard.pipeline.commands import DB_OPTION, EXIT_CODES_HELP, read_only, reports_errors


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice(["handlaggare", "lasare"]),
    default="handlaggare",
    show_default=True,
    help="handlaggare may correct and add documents; lasare may only read.",
)
@click.option(
    "--accounts",
    "accounts_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The accounts file (default: the file named by ATGARD_ACCOUNTS).",
)
@reports_errors
def account_command(name: str, role: str, accounts_file: Path | None, debug: bool) -> None:
    """Add an account to (or change one in) the accounts file of 'atgard serve --writable'.

    The password is asked for, twice, and only its hash (PBKDF2-SHA256) is
    written: a password is never given on the command line.

    \b
    Example:
      atgard account anna --role handlaggare --accounts konton.json
    """
    from atgard.output.accounts import accounts_path, save_account

    path = accounts_path(accounts_file)
    if path is None:
        raise click.ClickException("name the accounts file: --accounts FILE or ATGARD_ACCOUNTS")
    password = click.prompt("Lösenord", hide_input=True, confirmation_prompt="Lösenordet igen")
    if len(password) < 8:
        raise click.ClickException("the password must have at least 8 characters")
    save_account(path, name, role, password)  # type: ignore[arg-type]
    click.echo(f"{path}: account {name} ({role})")


@click.group(epilog=EXIT_CODES_HELP)
@reports_errors
def corrections_group(debug: bool) -> None:
    """The clerks' corrections of the extraction."""


@corrections_group.command("export", epilog=EXIT_CODES_HELP)
@DB_OPTION
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the corrected documents: gold/<name>.json (tools/score.py's form) and pdf/<name>.pdf.",
)
@reports_errors
def corrections_export_command(db_path: Path, gold_dir: Path, debug: bool) -> None:
    """Write each corrected document, its corrections applied, as a gold file the scorer reads.

    Every correction a clerk makes becomes a regression case for the
    extraction: score a later export against these files (make eval's
    tools/score.py) to see whether the rules now find what the clerk wrote.

    \b
    Example:
      atgard corrections export --db atgard.db --gold rattelser/
      python tools/score.py ny-export.json rattelser/gold
    """
    from atgard.output.corrections import corrections
    from atgard.output.export import load_document
    from atgard.output.gold import corrected, gold
    from atgard.output.store import files_dir

    db = read_only(db_path)
    found = corrections(db.conn)
    documents = sorted({c.document_id for c in found if c.state == "applied"})
    (gold_dir / "gold").mkdir(parents=True, exist_ok=True)
    (gold_dir / "pdf").mkdir(parents=True, exist_ok=True)
    for document_id in documents:
        document = load_document(db, document_id)
        stem = Path(document.filename).stem
        data = gold(corrected(document, found))
        (gold_dir / "gold" / f"{stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        stored = files_dir(db_path) / f"{document_id}.pdf"
        if stored.is_file():
            shutil.copyfile(stored, gold_dir / "pdf" / f"{stem}.pdf")
    click.echo(f"{len(documents)} corrected documents written to {gold_dir}")


def writing_settings(
    writable: bool, accounts_file: Path | None, upload_max_mb: int, upload_limits: str = "1536,120"
) -> dict[str, Any] | None:
    """The settings of ``atgard serve --writable``: refused without an accounts file that has an account."""
    if not writable:
        return None
    from atgard.output.accounts import accounts_path, load_accounts

    path = accounts_path(accounts_file)
    if path is None:
        raise click.ClickException("--writable needs accounts: --accounts FILE or ATGARD_ACCOUNTS (see atgard account)")
    if not load_accounts(path):
        raise click.ClickException(f"{path}: no accounts: add one with 'atgard account NAME --accounts {path}'")
    try:
        memory_mb, seconds = (float(part) for part in upload_limits.split(","))
    except ValueError as error:
        raise click.BadParameter("give MB,SECONDS: 1536,120", param_hint="--upload-limits") from error
    return {
        "writable": True,
        "accounts": str(path.resolve()),
        "upload_bytes": upload_max_mb * 1024 * 1024,
        "upload_memory_mb": int(memory_mb),
        "upload_seconds": seconds,
    }
