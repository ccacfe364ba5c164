"""The rooms and their doors: what imports what, read-only commands, lazy loading, settings."""

from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from atgard.extract.read.pdf import read_pdf
from atgard.extract.read.settings import LayoutSettings, resolve
from atgard.output.migrations import MIGRATIONS
from atgard.output.store import open_store
from atgard.output.views import register_functions
from atgard.pipeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def _imports(folder: str) -> set[tuple[str, str]]:
    """(module file, imported atgard module) for every atgard import under a folder, at any depth."""
    found = set()
    for path in (ROOT / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("atgard"):
                found.add((path.name, node.module))
            elif isinstance(node, ast.Import):
                found |= {(path.name, alias.name) for alias in node.names if alias.name.startswith("atgard")}
    return found


@pytest.mark.parametrize(
    ("folder", "allowed"),
    [
        ("schema", ("atgard.schema",)),
        ("output", ("atgard.schema", "atgard.output")),
        ("extract", ("atgard.schema", "atgard.extract")),
    ],
)
def test_the_arrows_point_one_way(folder: str, allowed: tuple[str, ...]) -> None:
    crossing = {(name, module) for name, module in _imports(folder) if not module.startswith(allowed)}
    assert crossing == set()


def test_reading_does_not_reach_into_the_rules() -> None:
    assert {
        m for _, m in _imports("extract/read") if not m.startswith(("atgard.schema", "atgard.extract.read"))
    } == set()


def test_only_the_migration_runner_imports_the_migrations() -> None:
    """Live code (the store, the views, the export, the publication) never reads SQL frozen in a migration."""
    assert {name for name, module in _imports("output") if module == "atgard.output.migrations"} == {"database.py"}


ROOMS = ("schema", "extract", "output", "pipeline")
# Where a regular expression may be compiled: the rule machinery, the vocabulary and the reader's layout patterns
# (everything else is a `rule()` with examples a test runs).
COMPILES_PATTERNS = {"extract/rules.py", "extract/literals.py", "extract/vocabulary.py", "extract/read/patterns.py"}


def _modules() -> list[Path]:
    return [path for room in ROOMS for path in (ROOT / room).rglob("*.py")]


def test_modules_and_functions_stay_small_enough_to_hold() -> None:
    """No module above 500 lines, no function above 80 (the frozen migrations aside)."""
    too_long = []
    for path in _modules():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 500:
            too_long.append(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines")
        if path.name.startswith("migrations"):
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno >= 80:
                too_long.append(f"{path.relative_to(ROOT)}: {node.name}() {node.end_lineno - node.lineno + 1} lines")
    assert too_long == []


def test_patterns_are_rules_and_the_register_is_passed_in() -> None:
    """extract/ compiles a pattern only in its rule machinery, and reads the register only where it is defined."""
    found = []
    for path in (ROOT / "extract").rglob("*.py"):
        name = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            called = ast.unparse(node.func)
            if called == "re.compile" and name not in COMPILES_PATTERNS:
                found.append(f"{name}:{node.lineno} re.compile")
            if called == "load_register" and name != "extract/boards.py":
                found.append(f"{name}:{node.lineno} load_register()")
    assert found == []


def _older_database(path: Path) -> None:
    old = Database(path)
    register_functions(old.conn)  # as atgard opens a database: the migrations' SQL calls case_key()
    for number, migration in enumerate(MIGRATIONS[:-1], start=1):
        migration(old)
        old.execute(f"PRAGMA user_version = {number}")
    old.close()


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


@pytest.mark.parametrize("command", [["export"], ["unknowns"], ["diff", "a", "b"], ["serve"]])
def test_read_only_commands_refuse_an_older_database_and_leave_it_unchanged(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "old.db"
    _older_database(path)
    before = _dump(path)
    result = CliRunner().invoke(cli, [*command, "--db", str(path)])
    assert result.exit_code == 1
    assert "run atgard ingest or atgard migrate" in result.output and str(path) in result.output
    assert _dump(path) == before


def test_migrate_brings_an_older_database_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _older_database(path)
    runner = CliRunner()
    assert runner.invoke(cli, ["migrate", "--db", str(path)]).exit_code == 0
    exported = runner.invoke(cli, ["export", "--db", str(path)])
    assert exported.exit_code == 0, exported.output
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM boards").fetchone()[0] > 80  # the register came along


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as connection:
        return sorted(connection.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


def test_a_database_of_every_older_version_migrated_has_the_schema_of_a_new_one(tmp_path: Path) -> None:
    open_store(tmp_path / "new.db").close()
    for version in range(len(MIGRATIONS)):
        path = tmp_path / f"version-{version}.db"
        old = Database(path)
        register_functions(old.conn)
        for number, migration in enumerate(MIGRATIONS[:version], start=1):
            migration(old)
            old.execute(f"PRAGMA user_version = {number}")
        old.close()
        open_store(path).close()
        assert _schema(path) == _schema(tmp_path / "new.db"), version


def test_importing_the_reader_does_not_load_pdfium() -> None:
    code = "import sys, atgard.extract.read.pdf; print('pypdfium2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False"]


def test_layout_settings_resolve_and_name_a_bad_key(examples: Path) -> None:
    assert resolve(None) == LayoutSettings()
    assert resolve({"paragraph_pitch_factor": 1.5}).paragraph_pitch_factor == 1.5
    with pytest.raises(ValueError, match="unknown layout setting 'paragraf'"):
        resolve({"paragraf": 1.0})
    # The settings reach the layout: a furniture band of nothing keeps the running header in the body.
    seed = examples / "seed-lagesrapport.pdf"
    default, no_band = read_pdf(seed), read_pdf(seed, layout={"furniture_band": 0.0})
    assert len(no_band.blocks) > len(default.blocks)


def test_the_cli_starts_without_the_heavy_libraries() -> None:
    """`atgard --version` and every `--help` import none of spaCy, pdfplumber, pypdfium2, Datasette,
    nor pydantic and sqlite-utils (a third of a second of the start-up)."""
    heavy = ("spacy", "pdfplumber", "pypdfium2", "datasette", "pydantic", "sqlite_utils")
    code = (
        "import sys; from click.testing import CliRunner; from atgard.pipeline.cli import cli; "
        "r = CliRunner(); commands = [[], *([name] for name in cli.commands)]; "
        "assert len(commands) > 8, commands; "
        "[r.invoke(cli, [*c, '--help']) for c in commands]; "
        f"r.invoke(cli, ['--version']); print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == []


def test_reingesting_unchanged_files_loads_neither_reader_nor_rules(tmp_path: Path, examples: Path) -> None:
    """An unchanged file costs a hash: re-ingesting a stored corpus imports none of spaCy, pdfplumber, pypdfium2."""
    from atgard.pipeline.ingest import ingest

    db = tmp_path / "atgard.db"
    assert not ingest([examples], db).failures
    code = (
        "import sys; from pathlib import Path; from atgard.pipeline.ingest import ingest; "
        f"r = ingest([Path({str(examples)!r})], Path({str(db)!r}), jobs=1); "
        "print(*sorted({i.status for i in r.ingested}), '|', *(m for m in ('spacy', 'pdfplumber', 'pypdfium2') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["unchanged", "|"]
