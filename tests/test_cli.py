"""The CLI through click's CliRunner: exit codes, one-line messages, and a database left alone."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import docx
import jsonschema
import pikepdf
import pytest
from click.testing import CliRunner, Result
from PIL import Image, ImageDraw

from atgard.extract.boards import load_register
from atgard.pipeline import __version__
from atgard.pipeline.cli import cli
from atgard.schema.errors import AtgardError, InputError

REGISTER = load_register()


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def dump(db: Path) -> list[str]:
    """Everything in the database, as SQL: equal dumps mean nothing changed."""
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


# --- bad input makers: each writes a file a clerk might really be handed -------------


def word_file(folder: Path, _: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Tjänsteutlåtande som Word-fil")
    document.save(folder / "utlatande.pdf")  # a .docx renamed to .pdf
    return folder / "utlatande.pdf"


def empty_file(folder: Path, _: Path) -> Path:
    (folder / "tom.pdf").write_bytes(b"")
    return folder / "tom.pdf"


def truncated_pdf(folder: Path, good: Path) -> Path:
    data = good.read_bytes()
    (folder / "avbruten.pdf").write_bytes(data[: len(data) // 2])
    return folder / "avbruten.pdf"


def corrupt_pdf(folder: Path, good: Path) -> Path:
    data = bytearray(good.read_bytes())
    data[1000:-1000] = bytes(len(data) - 2000)  # the body overwritten, header and trailer kept
    (folder / "trasig.pdf").write_bytes(bytes(data))
    return folder / "trasig.pdf"


def locked_pdf(folder: Path, good: Path) -> Path:
    with pikepdf.open(good) as pdf:
        pdf.save(folder / "last.pdf", encryption=pikepdf.Encryption(user="hemligt", owner="agare"))
    return folder / "last.pdf"


def pageless_pdf(folder: Path, _: Path) -> Path:
    pikepdf.new().save(folder / "utan-sidor.pdf")  # a catalog whose page tree is empty
    return folder / "utan-sidor.pdf"


def scanned_pdf(folder: Path, _: Path) -> Path:
    page = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi, text only as pixels
    ImageDraw.Draw(page).text((150, 150), "Tjänsteutlåtande (skannad)", fill=0)
    page.save(folder / "skannad.pdf", resolution=150)
    return folder / "skannad.pdf"


def missing_path(folder: Path, _: Path) -> Path:
    return folder / "finns-inte.pdf"


BAD_INPUTS: list[tuple[Callable[[Path, Path], Path], str]] = [
    (word_file, "not a PDF: the file is a ZIP container (a Word .docx or similar)"),
    (empty_file, "empty file (0 bytes)"),
    (truncated_pdf, "truncated PDF"),
    (corrupt_pdf, "damaged PDF"),
    (locked_pdf, "password-protected PDF"),
    (pageless_pdf, "damaged PDF"),
    (missing_path, "no such file"),
]


@pytest.fixture
def good(tmp_path: Path, examples: Path) -> Path:
    path = tmp_path / "in" / "dold-potential-atgarder.pdf"
    path.parent.mkdir()
    shutil.copy(examples / "dold-potential-atgarder.pdf", path)
    return path


@pytest.fixture
def db(tmp_path: Path, good: Path) -> Path:
    """A database that already holds one document."""
    path = tmp_path / "atgard.db"
    assert run("ingest", good, "--db", path).exit_code == 0
    return path


@pytest.mark.parametrize(("make", "problem"), BAD_INPUTS, ids=[m.__name__ for m, _ in BAD_INPUTS])
def test_bad_input_is_one_line_and_changes_nothing(
    tmp_path: Path, good: Path, db: Path, make: Callable[[Path, Path], Path], problem: str
) -> None:
    bad = make(tmp_path, good)
    before = dump(db)
    result = run("ingest", bad, "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: {problem}")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert dump(db) == before


@pytest.mark.parametrize(("make", "problem"), BAD_INPUTS, ids=[m.__name__ for m, _ in BAD_INPUTS])
def test_bad_input_creates_no_database(
    tmp_path: Path, good: Path, make: Callable[[Path, Path], Path], problem: str
) -> None:
    bad = make(tmp_path, good)
    result = run("ingest", bad, "--db", tmp_path / "new.db")
    assert result.exit_code == 1
    assert problem in result.stderr
    assert not (tmp_path / "new.db").exists()


@pytest.mark.parametrize(("make", "problem"), BAD_INPUTS, ids=[m.__name__ for m, _ in BAD_INPUTS])
def test_inspect_bad_input(tmp_path: Path, good: Path, make: Callable[[Path, Path], Path], problem: str) -> None:
    bad = make(tmp_path, good)
    result = run("inspect", bad)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: {problem}")
    assert len(result.stderr.strip().splitlines()) == 1


SCAN_REFUSED = "no text layer in 1 page(s): it looks like a scanned image; read it with 'atgard ingest --ocr'"


@pytest.mark.parametrize("command", ["ingest", "inspect"])
def test_with_no_ocr_a_scan_is_refused_in_one_line(tmp_path: Path, command: str) -> None:
    """OCR reads a scan by default (tests/test_ocr.py); ``--no-ocr`` refuses it, naming the way forward."""
    scan = scanned_pdf(tmp_path, tmp_path)
    options = ["--db", tmp_path / "new.db"] if command == "ingest" else []
    result = run(command, scan, *options, "--no-ocr")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {scan}: {SCAN_REFUSED}"
    assert not (tmp_path / "new.db").exists()


def test_a_file_read_after_a_locked_one_is_not_called_locked(tmp_path: Path, good: Path) -> None:
    """PDFium's reason for a failed load is its last error, which a file without pages leaves as the locked
    file before it set it: the message must come from the file itself."""
    locked, pageless = locked_pdf(tmp_path, good), pageless_pdf(tmp_path, good)
    result = run("ingest", locked, pageless, "--db", tmp_path / "new.db", "--jobs", "1")
    lines = result.stderr.strip().splitlines()
    assert any(line.startswith(f"Error: {locked}: password-protected PDF") for line in lines), lines
    (pageless_line,) = [line for line in lines if str(pageless) in line]
    assert "damaged PDF" in pageless_line and "password" not in pageless_line.lower(), pageless_line


def test_a_pdf_restricted_only_against_editing_is_read(tmp_path: Path, good: Path) -> None:
    """An owner password alone (no password to open) is how offices often publish: it is no refusal."""
    with pikepdf.open(good) as pdf:
        restricted = pikepdf.Encryption(user="", owner="agare", allow=pikepdf.Permissions(modify_other=False))
        pdf.save(tmp_path / "skyddad.pdf", encryption=restricted)
    result = run("ingest", tmp_path / "skyddad.pdf", "--db", tmp_path / "new.db")
    assert result.exit_code == 0, result.stderr
    assert "1 new" in result.stdout


def test_inspect_refuses_a_folder(tmp_path: Path) -> None:
    result = run("inspect", tmp_path)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path}: is a directory, not a PDF file"


def test_batch_with_bad_files_is_partial(tmp_path: Path, good: Path, examples: Path) -> None:
    folder = good.parent
    shutil.copy(examples / "seed-lagesrapport.pdf", folder / "nested.PDF")
    (folder / "sub").mkdir()
    empty = empty_file(folder / "sub", good)
    word = word_file(folder, good)
    notes = folder / "anteckningar.txt"  # not *.pdf: not picked up from a folder
    notes.write_text("inte en pdf")
    db = tmp_path / "batch.db"

    result = run("ingest", folder, "--db", db)

    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"Error: {empty}: empty file (0 bytes)",
        f"Error: {word}: not a PDF: the file is a ZIP container (a Word .docx or similar)",
    ]
    summary = result.stdout.splitlines()[-1]
    assert summary.startswith("2 new, 0 new versions, 0 unchanged; 13 pages, 50 measures, 6 referrals; 2 errors; ")
    assert summary.endswith(f" s; database: {db}")
    with sqlite3.connect(db) as connection:
        stored = sorted(row[0] for row in connection.execute("SELECT filename FROM documents"))
    assert stored == ["dold-potential-atgarder.pdf", "nested.PDF"]


def test_reingest_same_bytes_is_a_no_op(tmp_path: Path, good: Path, db: Path) -> None:
    before = dump(db)
    copy = tmp_path / "kopia.pdf"
    shutil.copy(good, copy)
    result = run("ingest", good, copy, "--db", db)
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()[:2]] == ["unchanged", "unchanged"]
    assert dump(db) == before


def test_ingest_stores_document_pages_and_blocks(tmp_path: Path, examples: Path) -> None:
    db = tmp_path / "atgard.db"
    result = run("ingest", examples / "seed-lagesrapport.pdf", "--db", db)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as connection:
        document = connection.execute("SELECT filename, page_count, office, document_type FROM documents").fetchone()
        pages = connection.execute("SELECT count(*) FROM pages").fetchone()[0]
        kinds = dict(connection.execute("SELECT kind, count(*) FROM blocks GROUP BY kind").fetchall())
    assert document == ("seed-lagesrapport.pdf", 11, "Stadsledningskontoret", "Tjänsteutlåtande")
    assert pages == 11
    assert kinds["heading"] == 13 and kinds["table_row"] == 2 and kinds["list_item"] == 12
    lines = result.stdout.splitlines()
    assert lines[0].endswith(
        f"seed-lagesrapport.pdf  tjansteutlatande from Stadsledningskontoret: 11 pages, {sum(kinds.values())} blocks"
    )
    assert lines[1].strip().startswith("2 decision points, 6 reports, 6 referrals, ")


def test_debug_shows_the_error_itself(tmp_path: Path, good: Path) -> None:
    result = run("inspect", empty_file(tmp_path, good), "--debug")
    assert isinstance(result.exception, InputError)
    assert result.exit_code == 1


def test_a_database_path_that_is_a_folder(tmp_path: Path, good: Path) -> None:
    result = run("ingest", good, "--db", tmp_path)
    assert result.exit_code == 2  # click refuses it as a usage error
    assert "is a directory" in result.stderr


def test_inspect_shows_blocks_with_italics(examples: Path) -> None:
    result = run("inspect", examples / "seed-lagesrapport.pdf")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("seed-lagesrapport.pdf: 11 pages")
    assert lines[1] == "header: office=Stadsledningskontoret, unit=Staben, type=Tjänsteutlåtande"
    assert "p11    item 4.      Den lärande skolan (2016)" in lines
    assert any("rapporten *Den lärande skolan* ska ges av utbildningsnämnden." in line for line in lines)


def test_inspect_json_validates_against_the_model(examples: Path) -> None:
    from atgard.schema import ReadDocument

    result = run("inspect", examples / "dold-potential-atgarder.pdf", "--json")
    assert result.exit_code == 0
    document = ReadDocument.model_validate_json(result.stdout)
    assert document.page_count == 2 and document.blocks[0].text.startswith("Dold potential")


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"atgard, version {__version__}"
    for command in ([], ["ingest"], ["inspect"], ["export"], ["schema"], ["unknowns"], ["diff"], ["import"], ["serve"]):
        result = run(*command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout and "Exit codes" in result.stdout


# --- export, schema, unknowns ---------------------------------------------------------


@pytest.fixture(scope="module")
def full_db(tmp_path_factory: pytest.TempPathFactory, examples: Path, data: Path) -> Path:
    db = tmp_path_factory.mktemp("full") / "atgard.db"
    result = run("ingest", examples, data / "konstruerad-utlatande.pdf", "--db", db)
    assert result.exit_code == 0, result.output
    return db


def test_export_validates_against_the_printed_schema(
    tmp_path: Path, full_db: Path, examples: Path, expected_view
) -> None:
    out = tmp_path / "export.json"
    result = run("export", "--db", full_db, "-o", out)
    assert result.exit_code == 0, result.output
    exported = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(run("schema").stdout)
    jsonschema.validate(exported, schema)
    assert exported["schema_version"] == "2"
    assert [d["filename"] for d in exported["documents"]] == [
        "dold-potential-atgarder.pdf",
        "konstruerad-utlatande.pdf",
        "seed-lagesrapport.pdf",
    ]
    seed = exported["documents"][2]
    want = json.loads((examples / "seed-lagesrapport.expected.json").read_text(encoding="utf-8"))["document"]
    assert [expected_view(r) for r in seed["referrals"]] == [expected_view(r) for r in want["referrals"]]
    assert seed["decision"]["points"][0]["page"] == 1 and seed["referrals"][0]["page"] == 10
    board_ids = {b["id"] for b in exported["boards"]}
    assert {"samtliga-stadsdelsnamnder", "stockholm-business-region", "arbetsmarknadsnamnden"} <= board_ids
    group = next(b for b in exported["boards"] if b["id"] == "samtliga-stadsdelsnamnder")
    assert "skarholmen-sdn" in group["members"]


def test_export_equals_the_extraction(full_db: Path, examples: Path) -> None:
    from atgard.extract.document import extract_document
    from atgard.extract.read.pdf import read_pdf

    direct = extract_document(read_pdf(examples / "seed-lagesrapport.pdf"), register=REGISTER)
    result = run("export", "--db", full_db, "--document", direct.id)
    assert result.exit_code == 0
    (stored,) = json.loads(result.stdout)["documents"]
    assert stored == direct.model_dump(mode="json")


def test_export_errors(tmp_path: Path, full_db: Path) -> None:
    missing = run("export", "--db", tmp_path / "none.db")
    assert missing.exit_code == 1
    assert missing.stderr.strip() == f"Error: {tmp_path / 'none.db'}: no such database; run 'atgard ingest' first"
    assert not (tmp_path / "none.db").exists()
    unknown = run("export", "--db", full_db, "--document", "0" * 64)
    assert unknown.exit_code == 1
    assert unknown.stderr.strip() == f"Error: no document with id {'0' * 64} in the database"


def test_unknowns_lists_names_outside_the_register(full_db: Path) -> None:
    result = run("unknowns", "--db", full_db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[-1] == "4 names not in the register"
    assert sorted(line.split("  (")[0] for line in lines[:-1]) == [
        "Birka Cruises",
        "Fotografiska muséet",
        "Hyresnämnden",
        "Trafik- och renhållningsnämnden",
    ]
    assert any(
        line.startswith("Trafik- och renhållningsnämnden  (unknown; 2x; konstruerad-utlatande.pdf") for line in lines
    )


def test_every_command_has_debug_and_one_line_errors() -> None:
    for name in cli.commands:
        assert "--debug" in run(name, "--help").stdout, name


@pytest.mark.parametrize(
    ("command", "module", "function"),
    [
        (["schema"], "atgard.schema.json_schema", "export_schema"),
        (["register", "--popolo"], "atgard.extract.boards", "load_register"),
    ],
    ids=["schema", "register"],
)
def test_schema_and_register_errors_are_one_line(
    monkeypatch: pytest.MonkeyPatch, command: list[str], module: str, function: str
) -> None:
    def failing(error: Exception) -> Callable[[], object]:
        def fail() -> object:
            raise error

        return fail

    monkeypatch.setattr(f"{module}.{function}", failing(AtgardError("boards.csv: line 3: no name")))
    result = run(*command)
    assert (result.exit_code, result.stderr) == (1, "Error: boards.csv: line 3: no name\n")
    assert isinstance(run(*command, "--debug").exception, AtgardError)
    monkeypatch.setattr(f"{module}.{function}", failing(KeyError("name")))
    result = run(*command)
    assert result.exit_code == 1
    assert result.stderr == "Error: internal error: KeyError: 'name' (rerun with --debug for the traceback)\n"


@pytest.mark.parametrize("lines_read", [0, 1], ids=["at-once", "after-a-line"])
@pytest.mark.parametrize("command", [["unknowns"], ["export"], ["register", "--popolo"]], ids=lambda c: c[0])
def test_a_closed_pipe_ends_quietly(full_db: Path, command: list[str], lines_read: int) -> None:
    """`atgard export | head`: the reader goes away before the output ends; exit 0 and nothing on stderr."""
    database = [] if command[0] == "register" else ["--db", str(full_db)]
    process = subprocess.Popen(
        [sys.executable, "-m", "atgard.pipeline.cli", *command, *database],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    for _ in range(lines_read):
        process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert (process.wait(timeout=60), stderr) == (0, "")


def test_ingest_kind_override(tmp_path: Path, data: Path) -> None:
    db = tmp_path / "kind.db"
    result = run("ingest", data / "konstruerad-remissvar.pdf", "--db", db, "--kind", "yttrande")
    assert result.exit_code == 0
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT kind FROM documents").fetchone() == ("yttrande",)
    bad = run("ingest", data / "konstruerad-remissvar.pdf", "--db", db, "--kind", "roman")
    assert bad.exit_code == 2 and "Invalid value for '--kind'" in bad.stderr


def test_ingest_json_summary(tmp_path: Path, examples: Path) -> None:
    db = tmp_path / "summary.db"
    first = run("ingest", examples, "--db", db, "--json")
    assert first.exit_code == 0
    figures = json.loads(first.stdout)
    assert {k: v for k, v in figures.items() if k != "seconds"} == {
        "new": 2,
        "new_versions": 0,
        "unchanged": 0,
        "pages": 13,
        "measures": 50,
        "referrals": 6,
        "errors": 0,
        "warnings": 0,
        "outcome": "ok",
        "database": str(db),
    }
    again = json.loads(run("ingest", examples, "--db", db, "--json").stdout)
    assert (again["new"], again["unchanged"], again["pages"]) == (0, 2, 0)
    assert sorted(p.name for p in (tmp_path / "summary.files").iterdir()) == sorted(
        f"{row[0]}.pdf" for row in sqlite3.connect(db).execute("SELECT id FROM documents")
    )


def test_export_import_round_trip(tmp_path: Path, full_db: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run("export", "--db", full_db, "-o", first).exit_code == 0
    imported = run("import", first, "--db", tmp_path / "empty.db")
    assert imported.exit_code == 0 and imported.stdout.startswith("3 documents imported, 0 already there")
    assert run("export", "--db", tmp_path / "empty.db", "-o", second).exit_code == 0
    # generated_at says when each export was made; everything else is the same
    stamp = re.compile(r'"generated_at": "[^"]*"')
    assert stamp.sub("", second.read_text(encoding="utf-8")) == stamp.sub("", first.read_text(encoding="utf-8"))


def test_import_refuses_what_is_not_an_export(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "2", "documents": [{"id": "x"}], "boards": []}', encoding="utf-8")
    result = run("import", bad, "--db", tmp_path / "new.db")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: not an atgard export: documents.0.id: ")
    assert not (tmp_path / "new.db").exists()


def test_metadata_describes_every_table_and_column(tmp_path: Path, examples: Path) -> None:
    from atgard.output.publish import metadata

    db = tmp_path / "atgard.db"
    run("ingest", examples / "dold-potential-atgarder.pdf", "--db", db)
    described = metadata(db)["databases"]["atgard"]["tables"]
    connection = sqlite3.connect(db)
    names = [
        row[0]
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        if not row[0].startswith(("search_", "sqlite_"))
    ]
    for name in names:
        assert described[name]["title"] and described[name]["description"], name
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info([{name}])")]
        assert sorted(described[name]["columns"]) == sorted(columns), name
        assert all(described[name]["columns"].values()), name
    assert metadata(db)["plugins"]["atgard"]["files"] == str((tmp_path / "atgard.files").resolve())


@pytest.mark.slow
def test_jobs_give_the_same_result_as_one_process(
    tmp_path: Path, examples: Path, data: Path, ingest_and_export: Callable[..., str]
) -> None:
    exports = []
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        exports.append(ingest_and_export(db, examples, data, "--jobs", jobs))
        with sqlite3.connect(db) as connection:
            versions = connection.execute("SELECT filename, version FROM documents ORDER BY filename").fetchall()
        assert ("seed-lagesrapport-v2.pdf", 2) in versions
    assert exports[0] == exports[1]
    files = len(list(examples.glob("*.pdf"))) + len(list(data.rglob("*.pdf")))
    assert files >= 8 and len(json.loads(exports[0])["documents"]) == files


def test_errors_survive_the_trip_from_a_worker_process() -> None:
    import pickle

    from atgard.schema.errors import NoTextLayerError

    error = pickle.loads(pickle.dumps(NoTextLayerError(Path("a.pdf"), "no text layer")))
    assert (type(error), str(error), error.problem) == (NoTextLayerError, "a.pdf: no text layer", "no text layer")
