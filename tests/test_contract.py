"""Export contract v2: the committed schema, stable ids, no personal data on request, the register as Popolo."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from atgard.extract.boards import load_register
from atgard.extract.popolo import CLASSIFICATION, popolo
from atgard.output.export import export
from atgard.output.store import open_store
from atgard.pipeline.cli import cli
from atgard.pipeline.ingest import ingest
from atgard.schema.json_schema import export_schema

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "schema" / "export.schema.json"


def test_the_committed_schema_is_what_atgard_schema_prints() -> None:
    printed = CliRunner().invoke(cli, ["schema"])
    assert printed.exit_code == 0
    assert json.loads(printed.output) == json.loads(COMMITTED.read_text(encoding="utf-8"))
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert schema["$schema"].startswith("https://json-schema.org/") and schema["$id"] == "urn:atgard:export:v2"


def test_every_model_and_field_is_described() -> None:
    schema = export_schema()
    missing = [name for name, d in schema["$defs"].items() if "description" not in d]
    for name, definition in [*schema["$defs"].items(), ("Export", schema)]:
        missing += [f"{name}.{f}" for f, prop in definition.get("properties", {}).items() if "description" not in prop]
    assert missing == []


@pytest.fixture(scope="module")
def two_orders(tmp_path_factory: pytest.TempPathFactory, examples: Path) -> tuple[dict, dict]:
    folder = tmp_path_factory.mktemp("orders")
    pdfs = [*sorted(examples.glob("*.pdf")), *sorted((ROOT / "tests" / "data" / "devset" / "pdf").glob("d3-*.pdf"))]
    found = []
    for name, files in (("forward", pdfs), ("backward", pdfs[::-1])):
        assert not ingest(files, folder / f"{name}.db", strict=True).failures
        found.append(json.loads(export(open_store(folder / f"{name}.db", readonly=True)).model_dump_json()))
    return found[0], found[1]


def _ids(exported: dict) -> dict[str, list[str]]:
    items = {"documents": [d["id"] for d in exported["documents"]]}
    for document in exported["documents"]:
        for field in ("referrals", "measures", "answers"):
            items.setdefault(field, []).extend(item["id"] for item in document[field])
        items.setdefault("decision_points", []).extend(p["id"] for p in document["decision"]["points"])
    items["referral_status"] = [row["id"] for row in exported["referral_status"]]
    return {key: sorted(value) for key, value in items.items()}


def test_v2_passes_the_committed_schema_with_ids_equal_in_any_ingest_order(two_orders: tuple[dict, dict]) -> None:
    forward, backward = two_orders
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    for exported in two_orders:
        jsonschema.validate(exported, schema)
        assert exported["schema_version"] == "2" and exported["generated_at"] and exported["personal_data"] is True
    assert _ids(forward) == _ids(backward)
    for key, ids in _ids(forward).items():
        assert len(ids) == len(set(ids)) and ids, key


def test_no_personal_data_leaves_no_name_or_phone_number(tmp_path: Path, examples: Path) -> None:
    db, out = tmp_path / "open.db", tmp_path / "open.json"
    assert ingest([examples / "seed-lagesrapport.pdf"], db).outcome == "ok"
    with_names = json.loads(export(open_store(db, readonly=True)).model_dump_json())
    officer = with_names["documents"][0]["case_officer"]
    names = [officer["name"], officer["phone"], *(s["name"] for s in with_names["documents"][0]["signatories"])]
    assert all(names) and len(names) >= 3  # the seed names its case officer and two signatories
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(out), "--no-personal-data"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert json.loads(text)["personal_data"] is False
    assert not [value for value in names if value in text]


def test_the_register_as_popolo_organizations() -> None:
    register = load_register()
    organizations = {org["id"]: org for org in popolo(register)["organizations"]}
    assert set(organizations) == set(register.entries)
    for org in organizations.values():  # Popolo's required fields, and ours
        assert org["id"] and org["name"] and org["classification"] in CLASSIFICATION.values()
    assert organizations["ab-stockholmshem"]["parent_id"] == organizations["stockholms-stadshus-ab"]["id"]
    ended = [
        e.board.id for e in register.entries.values() if e.board.kind == "district_committee" and e.valid_to == 2019
    ]
    assert ended and all(organizations[i]["dissolution_date"] == "2019-12-31" for i in ended)
    assert {"name": "Familjebostäder"} in organizations["ab-familjebostader"]["other_names"]
    printed = CliRunner().invoke(cli, ["register", "--popolo"])
    assert printed.exit_code == 0 and len(json.loads(printed.output)["organizations"]) == len(register.entries)
