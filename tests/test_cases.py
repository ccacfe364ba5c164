"""Cases (ärenden): every document linked to its case and the cases it cites; versions only of one document."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from atgard.output.cases import case_links
from atgard.output.export import export
from atgard.output.store import open_store, save_document
from atgard.pipeline.cli import cli
from atgard.schema import BBox, PageBox
from atgard.schema.contract import Answer, BoardRef, CaseCitation, Document, Measure
from atgard.schema.keys import case_id, case_key

ROOT = Path(__file__).resolve().parent.parent
BOX = BBox(x0=71, top=100, x1=520, bottom=130)
PLACE = {"page": 1, "bbox": BOX, "boxes": [PageBox(page=1, bbox=BOX)]}


def _document(number: int, kind: str, title: str, dnr: str | None = "KS 2025/0123", **fields: object) -> Document:
    return Document(
        id=f"{number:064x}",
        filename=f"handling-{number}.pdf",
        kind=kind,  # type: ignore[arg-type]
        title=title,
        diarienummer=dnr,
        page_count=1,
        **fields,  # type: ignore[arg-type]
    ).with_ids()


MEMO = _document(
    1, "tjansteutlatande", "Yttrande över promemorian Skolskjuts", office="Stadsledningskontoret", date="2025-05-06"
)
OPINION = _document(2, "yttrande", "Yttrande över promemorian Skolskjuts", office="Kommunstyrelsen", date="2025-05-28")
PROTOCOL = _document(3, "protokoll", "Protokollsutdrag", office="Kommunstyrelsen", date="2025-05-28")


def _stored(tmp_path: Path, name: str, documents: list[Document]) -> Database:
    db = open_store(tmp_path / f"{name}.db")
    for document in documents:
        save_document(db, document, "test")
    return db


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))), ids=lambda o: "".join(map(str, o)))
def test_a_memo_its_opinion_and_its_protocol_are_one_case_and_three_documents(tmp_path: Path, order: tuple) -> None:
    """The three documents of one case, in any order: one case, three documents, none a version of another."""
    documents = [(MEMO, OPINION, PROTOCOL)[n] for n in order]
    db = _stored(tmp_path, "arende", documents)
    assert db.execute("SELECT max(version), count(*) FROM documents").fetchone() == (1, 3)
    assert db.execute("SELECT count(*) FROM changes").fetchone() == (0,)
    assert db.execute("SELECT id, number, title, documents FROM case_overview").fetchall() == [
        (case_id("ks 2025/123"), "KS 2025/0123", "Yttrande över promemorian Skolskjuts", 3)
    ]
    exported = export(db)
    assert [(c.key, [d.document_id for d in c.documents]) for c in exported.cases] == [
        ("ks 2025/123", [MEMO.id, PROTOCOL.id, OPINION.id])  # by date; on one day the protocol before the opinion
    ]
    assert {d.case.id if d.case else None for d in exported.documents} == {case_id("ks 2025/123")}


def test_a_revised_memo_is_version_two_with_its_changes(tmp_path: Path) -> None:
    """Same case (however printed), kind and title: a new version, with what changed."""
    first = MEMO.model_copy(update={"measures": [Measure(report_title=None, text="Staden ordnar skolkort.", **PLACE)]})
    revised = _document(4, "tjansteutlatande", "Yttrande över promemorian skolskjuts.", dnr="KS-2025/123")
    revised = revised.model_copy(
        update={"measures": [Measure(report_title=None, text="Staden ordnar skolkort, även under loven.", **PLACE)]}
    )
    db = _stored(tmp_path, "revision", [first, OPINION, revised])
    rows = db.execute("SELECT filename, version, previous_version_id FROM documents ORDER BY filename").fetchall()
    assert rows == [("handling-1.pdf", 1, None), ("handling-2.pdf", 1, None), ("handling-4.pdf", 2, MEMO.id)]
    assert db.execute("SELECT item, change FROM changes WHERE document_id = ?", [revised.id]).fetchall() == [
        ("measure", "reworded")
    ]
    assert export(db, [revised.id]).documents[0].lineage == [MEMO.id]
    db.close()
    result = CliRunner().invoke(cli, ["diff", MEMO.id, revised.id, "--db", str(tmp_path / "revision.db")])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "1 changes from handling-1.pdf to handling-4.pdf"  # versions: listed


@pytest.mark.parametrize(
    ("office", "version"),
    [("Stadsledningskontoret", 2), ("STADSLEDNINGSKONTORET", 2), (None, 2), ("Utbildningsförvaltningen", 1)],
)
def test_the_office_must_agree_where_both_state_one(tmp_path: Path, office: str | None, version: int) -> None:
    again = _document(5, "tjansteutlatande", MEMO.title or "", office=office)
    db = _stored(tmp_path, "kontor", [MEMO, again])
    assert db.execute("SELECT version FROM documents WHERE id = ?", [again.id]).fetchone() == (version,)


def test_without_a_case_number_office_kind_and_title_make_the_versions(tmp_path: Path) -> None:
    report = _document(6, "kommissionsrapport", "Trygg i hela staden", dnr=None, office="Kommissionen")
    memo = _document(7, "tjansteutlatande", "Trygg i hela staden", dnr=None, office="Kommissionen")
    again = _document(8, "kommissionsrapport", "Trygg i hela staden (2018)", dnr=None, office="Kommissionen")
    db = _stored(tmp_path, "utan", [report, memo, again])
    assert [row[0] for row in db.execute("SELECT version FROM documents ORDER BY filename")] == [1, 1, 2]
    assert db.execute("SELECT count(*) FROM cases").fetchone() == (0,)


def test_an_answer_links_to_the_case_it_answers_and_a_protocol_to_each_case_it_decides(tmp_path: Path) -> None:
    body = BoardRef(name="Trafiknämnden", kind="committee")
    answer = _document(
        9,
        "tjansteutlatande",
        "Svar på remiss",
        dnr="T2026-00431",
        answers=[Answer(answering_body=body, report_title=None, in_reply_to="Dnr KS 2025/123", **PLACE)],
    )
    protocol = _document(
        10,
        "protokoll",
        "Kommunstyrelsens protokoll",
        dnr=None,
        cases=[
            CaseCitation(number="KS 2025/123", relation="decides", page=1, bbox=BOX),
            CaseCitation(number="KS 2025/200", relation="decides", page=2, bbox=BOX),
            CaseCitation(number="KS 2025/00200", relation="decides", page=2, bbox=BOX),  # once per case
            CaseCitation(number="utan nummer", relation="mentions"),  # no digits: no case
        ],
    )
    assert [(link.key, link.relation) for link in case_links(answer)] == [
        ("t 2026/431", "own"),
        ("ks 2025/123", "answers"),
    ]
    db = _stored(tmp_path, "citat", [MEMO, answer, protocol])
    exported = export(db)
    cases = {c.key: {d.document_id: d.relations for d in c.documents} for c in exported.cases}
    assert cases == {
        "ks 2025/123": {MEMO.id: ["own"], answer.id: ["answers"], protocol.id: ["decides"]},
        "ks 2025/200": {protocol.id: ["decides"]},
        "t 2026/431": {answer.id: ["own"]},
    }
    loaded = {d.id: d for d in exported.documents}
    assert [(c.number, c.relation, c.key) for c in loaded[answer.id].cases] == [
        ("Dnr KS 2025/123", "answers", "ks 2025/123")
    ]
    assert [c.id for c in loaded[protocol.id].cases] == [case_id("ks 2025/123"), case_id("ks 2025/200")]
    schema = json.loads((ROOT / "schema" / "export.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(exported.model_dump_json()), schema)


def test_the_export_of_cases_comes_back_through_import(tmp_path: Path, data: Path) -> None:
    runner = CliRunner()
    first, second, db = tmp_path / "first.json", tmp_path / "second.json", tmp_path / "arende.db"
    pdfs = [data / "konstruerad-svar-trafiknamnden.pdf", data / "konstruerad-utlatande-ks.pdf"]
    assert runner.invoke(cli, ["ingest", *map(str, pdfs), "--db", str(db)]).exit_code == 0
    assert runner.invoke(cli, ["export", "--db", str(db), "-o", str(first)]).exit_code == 0
    assert runner.invoke(cli, ["import", str(first), "--db", str(tmp_path / "kopia.db")]).exit_code == 0
    assert runner.invoke(cli, ["export", "--db", str(tmp_path / "kopia.db"), "-o", str(second)]).exit_code == 0
    stamp = re.compile(r'"generated_at": "[^"]*"')
    assert stamp.sub("", second.read_text(encoding="utf-8")) == stamp.sub("", first.read_text(encoding="utf-8"))
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert {r for c in exported["cases"] for d in c["documents"] for r in d["relations"]} == {"own", "answers"}


def test_diff_of_two_documents_of_a_case_says_they_are_not_versions(tmp_path: Path) -> None:
    db_path = tmp_path / "diff.db"
    _stored(tmp_path, "diff", [MEMO, PROTOCOL]).close()
    result = CliRunner().invoke(cli, ["diff", MEMO.id, PROTOCOL.id, "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "handling-1.pdf and handling-3.pdf are not versions of one document (both of case KS 2025/0123):"
        " no changes to list\n"
    )


@pytest.mark.parametrize(
    ("printed", "key"),
    [
        ("KS 2018/911", "ks 2018/911"),
        ("KS-2018/911", "ks 2018/911"),
        ("Dnr KS 2018/0911", "ks 2018/911"),
        ("KS 2018/911-1.2", "ks 2018/911"),  # a sub-number: part of the same case
        ("Diarienummer: KS 2018/911", "ks 2018/911"),
        ("0412/25", "2025/412"),
        ("Dnr 0412/25", "2025/412"),
        ("U2025/01587", "u 2025/1587"),
    ],
)
def test_printed_case_numbers_share_a_key_and_an_id(printed: str, key: str) -> None:
    assert case_key(printed) == key
    assert CaseCitation(number=printed, relation="answers").keyed().id == case_id(key)


def test_migrating_unchains_the_documents_of_a_case_stored_as_versions(tmp_path: Path) -> None:
    """A database from before cases: a memo, an opinion and a protocol of one case stored as versions 1, 2, 3."""
    from atgard.output.migrations import MIGRATIONS

    path = tmp_path / "gammal.db"
    old = Database(path)
    for number, migration in enumerate(MIGRATIONS[:12], start=1):
        migration(old)
        old.execute(f"PRAGMA user_version = {number}")
    previous = None
    for version, (document, stamp) in enumerate(
        [
            (MEMO, "2026-01-01T10:00:00+00:00"),
            (OPINION, "2026-01-01T10:00:01+00:00"),
            (PROTOCOL, "2026-01-01T10:00:02+00:00"),
        ],
        start=1,
    ):
        old["documents"].insert(
            {"id": document.id, "filename": document.filename, "page_count": 1, "extractor_version": "0.9"}
            | {"ingested_at": stamp, "kind": document.kind, "title": document.title, "office": document.office}
            | {"diarienummer": "KS 2025/0123", "lineage_key": "dnr:ks 2025/0123", "version": version}
            | {"previous_version_id": previous}
        )
        if previous:
            old["changes"].insert({"document_id": document.id, "previous_document_id": previous, "item": "measure"})
        previous = document.id
    old.close()
    db = open_store(path)
    assert db.execute("SELECT max(version), count(previous_version_id) FROM documents").fetchone() == (1, 0)
    assert db.execute("SELECT count(*) FROM changes").fetchone() == (0,)
    assert db.execute("SELECT key, documents FROM case_overview").fetchall() == [("ks 2025/123", 3)]


# --- The extraction: the case each § decides, the case an answer answers ----------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the case number on a line of its own under the § heading: labelled, bare, in any registry's shape
        (
            [("§ 50 Svar på remiss av promemorian Laddpunkter", "heading"), ("Dnr KS 2025/0112", "paragraph")],
            ["KS 2025/0112"],
        ),
        ([("§ 318 Yttrande till Utbildningsdepartementet", "heading"), ("0412/25", "paragraph")], ["0412/25"]),
        (
            [("§ 48 Remiss av förslag till regional cykelstrategi", "heading"), ("KSN-2026-0231", "paragraph")],
            ["KSN-2026-0231"],
        ),
        (
            [
                ("§ 9 Remiss av Rapporten Bibliotek för alla", "heading"),
                ("Dnr. HÄ-2026/118 Remiss från kulturnämnden.", "paragraph"),
            ],
            ["HÄ-2026/118"],
        ),
        ([("§ 14 Program för samverkan", "heading"), ("Diarienummer: KS 2018/331", "paragraph")], ["KS 2018/331"]),
        # in the heading itself: labelled, or in brackets
        ([("§ 12 Budget 2026 Dnr KS 2025/123", "heading"), ("Beslut", "heading")], ["KS 2025/123"]),
        ([("§ 9 Remiss av rapporten Trygg i hela staden (KS 2026/412)", "heading")], ["KS 2026/412"]),
        # each § its own case; a § without a number decides none
        (
            [
                ("§ 49 Val av justerare", "heading"),
                ("Kommunstyrelsen utser Sanna Ljung att justera.", "paragraph"),
                ("§ 51 Motion om fler spontanidrottsplatser", "heading"),
                ("Dnr KS 2025/0098", "paragraph"),
                ("§ 52 Riktlinjer för markanvisning", "heading"),
                ("Dnr KS 2025/0071", "paragraph"),
            ],
            ["KS 2025/0098", "KS 2025/0071"],
        ),
        # not a § heading, not a case number: a date, an SOU, a cited §, a number two §§ on
        ([("Kommunstyrelsens arbetsutskott 2025-04-30, § 71", "paragraph"), ("Dnr KS 2025/1", "paragraph")], []),
        (
            [
                ("§ 4 Yttrande över betänkandet Ett starkare skolbibliotek (SOU 2025:47)", "heading"),
                ("Beslut", "heading"),
            ],
            [],
        ),
        ([("§ 5 Sammanträdestider för 2026", "heading"), ("2025-05-14", "paragraph")], []),
        (
            [
                ("§ 6 Information", "heading"),
                ("Beslut", "heading"),
                ("Ingen åtgärd.", "paragraph"),
                ("KS 2025/9", "paragraph"),
            ],
            [],
        ),
        ([("§ 7 Budget", "heading"), ("§ 8 Val", "heading"), ("Dnr KS 2025/88", "paragraph")], ["KS 2025/88"]),
    ],
)
def test_each_section_of_a_protocol_decides_the_case_it_names(
    block, texts: list[tuple[str, str]], expected: list[str]
) -> None:
    from atgard.extract.cases import decided_cases

    blocks = [block(text, kind=kind) for text, kind in texts]
    found = list(decided_cases(blocks))
    assert [c.number for c in found] == expected
    assert all(c.relation == "decides" and c.page == 1 and c.bbox for c in found)


def test_an_answer_cites_the_case_it_answers_once(block) -> None:
    from atgard.extract.cases import cited_cases

    body = BoardRef(name="Trafiknämnden", kind="committee")
    answers = [
        Answer(answering_body=body, report_title=None, in_reply_to=number, **PLACE)
        for number in ("KS 2026/1180", "KS-2026/01180", None)
    ]
    blocks = [block("§ 9 Svar på remiss", kind="heading"), block("Dnr KS 2026/1180")]
    cited = cited_cases(blocks, answers)
    assert [(c.number, c.relation) for c in cited] == [("KS 2026/1180", "decides"), ("KS 2026/1180", "answers")]


# --- The case of three: a memo, the opinion it proposes, the protocol that decides it (Göteborg, 0412/25) ------

SKOLSKJUTS = [
    ROOT / "tests" / "data" / "devset" / "pdf" / f"d4-gbg-skolskjuts-{n}.pdf"
    for n in ("tu", "yttrande", "protokollsutdrag")
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)], ids=["memo first", "protocol first", "opinion first"]
)
def test_the_three_documents_of_a_case_in_any_order(tmp_path: Path, order: tuple[int, int, int]) -> None:
    from atgard.pipeline.ingest import ingest

    db_path = tmp_path / "skolskjuts.db"
    report = ingest([SKOLSKJUTS[n] for n in order], db_path, strict=True)
    assert [item.status for item in report.ingested] == ["new", "new", "new"]
    db = open_store(db_path, readonly=True)
    assert db.execute("SELECT count(*), max(version), count(previous_version_id) FROM documents").fetchone() == (
        3,
        1,
        0,
    )
    assert db.execute("SELECT count(*) FROM changes").fetchone() == (0,)
    exported = export(db)
    # The documents' own case is one; the ministry's case that the answer cites ("Ert diarienummer") is another
    # case of the export, with no document of its own here.
    (case,) = [c for c in exported.cases if any("own" in d.relations for d in c.documents)]
    cited = [c for c in exported.cases if c is not case]
    assert all("own" not in d.relations for c in cited for d in c.documents)
    assert (case.key, case.number, case.id) == ("2025/412", "0412/25", case_id("2025/412"))
    assert case.title == "Yttrande till Utbildningsdepartementet över promemorian Skolskjuts vid val av annan skola"
    by_id = {d.id: d for d in exported.documents}
    documents = [(by_id[d.document_id].filename, by_id[d.document_id].date, d.relations) for d in case.documents]
    assert documents == [
        ("d4-gbg-skolskjuts-tu.pdf", "2025-05-06", ["own"]),
        ("d4-gbg-skolskjuts-protokollsutdrag.pdf", "2025-05-28", ["own", "decides"]),  # § 318 names the case
        ("d4-gbg-skolskjuts-yttrande.pdf", "2025-05-28", ["own"]),
    ]
    schema = json.loads((ROOT / "schema" / "export.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(exported.model_dump_json()), schema)
