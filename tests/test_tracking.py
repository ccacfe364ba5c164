"""Referral tracking: reply dates, answers, the status of each recipient, and a clerk's query in Swedish."""

from __future__ import annotations

import functools
import json
import shutil
import sqlite3
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_references import IN_REPLY_TO as _IN_REPLY_TO
from atgard.extract.boards import load_register
from atgard.extract.dates import iso_date, with_reply_dates
from atgard.extract.decision_sections import item_starts
from atgard.extract.referrals import extract_referrals
from atgard.extract.reports import extract_reports
from atgard.output.answer_links import ANSWER_REFERRAL_PAIRS, DECIDED_IN_PARAGRAPH, ORGANISATION_KEY
from atgard.output.database import schema_version
from atgard.output.export import load_document
from atgard.output.functions import register_publication_functions
from atgard.output.migrations import MIGRATIONS
from atgard.output.store import open_store
from atgard.output.views import REFERRAL_STATUS, register_functions
from atgard.pipeline.ingest import ingest

REGISTER = load_register()

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devset"


@pytest.mark.parametrize(
    ("texts", "dates"),
    [
        (["Rapporten remitteras till kulturnämnden för yttrande senast den 15 mars 2018."], ["2018-03-15"]),
        (["Ärendet har remitterats till idrottsnämnden, tillhanda senast 2018-04-01."], ["2018-04-01"]),
        (["Rapporten remitteras till kulturnämnden.", "Svar önskas senast 2027-03-15."], ["2027-03-15"]),
        (["Rapporten remitteras till kulturnämnden.", "Sista dag för svar är den 1 juni 2027."], ["2027-06-01"]),
        (["Rapporten remitteras till kulturnämnden.", "Remisstiden går ut den 12 maj 2027."], ["2027-05-12"]),
        (
            ["Rapporten remitteras till kulturnämnden. Svaren ska lämnas senast fredag den 12 mars 2027."],
            ["2027-03-12"],
        ),
        (["Rapporten remitteras till kulturnämnden.", "Sista dagen för ansökan är i juni."], [None]),
        (
            [
                "Synpunkter på rapporten ges av socialnämnden.",
                "Trafiknämnden ska redovisa sina förutsättningar för att genomföra åtgärderna A1.1–A1.2.",
                "Svaren ska ha inkommit till kommunstyrelsen senast den 30 september 2017.",
            ],
            ["2017-09-30", "2017-09-30"],
        ),
        (["Synpunkter på rapporten ges av socialnämnden.", "Beslutet fattades under de senaste tio åren."], [None]),
    ],
)
def test_reply_dates(block, texts: list[str], dates: list[str | None]) -> None:
    analysed = analyse([block(text) for text in texts], REGISTER)
    referrals = with_reply_dates(extract_referrals(analysed, extract_reports(analysed), REGISTER), analysed)
    assert [r.reply_by for r in referrals] == dates
    assert all(r.reply_by_source is not None for r in referrals if r.reply_by)


_TWO_ITEMS = [
    "Motionen har remitterats till tekniska nämnden, som har yttrat sig.",
    "Programmet remitteras till socialnämnden och äldrenämnden.",
    "Svaren ska ha kommit in senast den 31 mars 2027.",
]


@pytest.mark.parametrize(
    ("headings", "dates"),
    [
        # a protocol: the date of § 10 is not the date of § 9's referral
        (("§ 9 Motion om solceller på skolor", "§ 10 Remiss av bostadsprogram"), [None, "2027-03-31"]),
        (("§9 Svar på motion", "§10 Bostadsförsörjningsprogram – remiss"), [None, "2027-03-31"]),
        # no items (a memo): the date stated for the answers is every referral's
        ((), ["2027-03-31", "2027-03-31"]),
    ],
)
def test_a_reply_date_stays_in_its_protocol_item(block, headings: tuple[str, ...], dates: list[str | None]) -> None:
    texts = [headings[0], _TWO_ITEMS[0], headings[1], *_TWO_ITEMS[1:]] if headings else _TWO_ITEMS
    blocks = [
        block(text, "heading" if text.startswith("§") else "paragraph", page=n) for n, text in enumerate(texts, 1)
    ]
    analysed = analyse(blocks, REGISTER)
    referrals = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [r.reply_by for r in with_reply_dates(referrals, analysed, item_starts(analysed))] == dates


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kommunstyrelsen har remitterat rapporten till nämnden för yttrande (dnr KS 2018/204).", "KS 2018/204"),
        ("Ert dnr: KS 2018/204", "KS 2018/204"),
        ("Kommunstyrelsens diarienummer i ärendet är KSN-2019-2841.", "KSN-2019-2841"),
        (
            "Kommunstyrelsen beslutade att skicka förslaget på remiss (kommunstyrelsens diarienummer 0112/19).",
            "0112/19",
        ),
        ("Svar på remiss från kommunstyrelsen, er beteckning SLK 2017/88", "SLK 2017/88"),
    ],
)
def test_in_reply_to_as_printed(text: str, number: str) -> None:
    found = _IN_REPLY_TO.search(text)
    assert found is not None and found.group("dnr") == number


def test_swedish_dates() -> None:
    assert [iso_date(t) for t in ("den 1 mars 2014", "15 maj 2017", "2019-04-05", "i mars 2018")] == [
        "2014-03-01",
        "2017-05-15",
        "2019-04-05",
        None,
    ]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("package") / "paket.db"
    assert not ingest(sorted((DEVSET / "pdf").glob("d3-*.pdf"))[::-1], db, strict=True).failures
    return db


def test_status_rows_and_an_unmatched_answer(package: Path) -> None:
    with sqlite3.connect(package) as db:
        statuses = dict(
            ((name, action), (status, timeliness))
            for name, action, status, timeliness in db.execute(
                "SELECT board_name, action, status, timeliness FROM referral_status"
            )
        )
        unmatched = db.execute("SELECT count(*) FROM unmatched_answers").fetchone()[0]
    assert statuses[("Trafiknämnden", "implementation")] == ("answered", "late")
    assert statuses[("Arbetsmarknadsnämnden", "opinion")] == ("answered", "on_time")
    assert statuses[("Samtliga stadsdelsnämnder", "implementation")] == ("unanswered", "overdue")
    assert unmatched == 0


@pytest.mark.slow
def test_min_namnd_finds_a_board_by_alias_and_inflected_form_in_swedish(package: Path, serving) -> None:
    with serving(package) as url:
        for name in ("Trafiknämnden", "trafiknämnd", "Trafiknämndens"):
            query = urllib.parse.urlencode({"namnd": name, "_shape": "objects"})
            with urllib.request.urlopen(f"{url}/atgard/min_namnd.json?{query}", timeout=30) as response:
                rows = json.loads(response.read())["rows"]
            implementation = [r for r in rows if r["roll"] == "genomförande"]
            assert implementation and implementation[0]["svar_senast"] == "2018-03-15", name
            assert implementation[0]["status"] == "besvarad för sent", name
        query = urllib.parse.urlencode({"namnd": "Familjebostäder"})
        with urllib.request.urlopen(f"{url}/atgard/min_namnd?{query}", timeout=30) as response:
            page = response.read().decode()
        assert '<html lang="sv">' in page and "försenad" in page and "visa med sidbild" in page


def _links(db: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return sorted(db.execute(sql).fetchall(), key=repr)


def test_stored_answer_links_are_what_comparing_every_pair_finds_in_either_ingest_order(
    package: Path, tmp_path: Path
) -> None:
    forward = tmp_path / "framlanges.db"
    assert not ingest(sorted((DEVSET / "pdf").glob("d3-*.pdf")), forward, strict=True).failures
    for path in (package, forward):
        with sqlite3.connect(path) as db:
            register_functions(db)
            stored = _links(db, "SELECT * FROM answer_candidates")
            assert stored and stored == _links(db, ANSWER_REFERRAL_PAIRS)


def test_migrations_10_to_12_fill_the_links_of_a_database_stored_before_them(package: Path, tmp_path: Path) -> None:
    older = tmp_path / "version-9.db"
    shutil.copyfile(package, older)
    # the pairs of migration 9's schema: no answer declines (m024) nor answers for an organisation (m027), and the
    # case a protocol's § decides is not looked up (m013 made the cases)
    later = (", a.declines", f",\n               {ORGANISATION_KEY.format(name='a.organisation')} AS organisation_key")
    later += (f"\n                    OR {DECIDED_IN_PARAGRAPH}",)
    assert all(part in ANSWER_REFERRAL_PAIRS for part in later)
    version_9_pairs = functools.reduce(lambda sql, part: sql.replace(part, ""), later, ANSWER_REFERRAL_PAIRS)
    with sqlite3.connect(older) as db:  # back to migration 9's schema: the candidates a view of every pair
        register_functions(db)
        expected = _links(db, version_9_pairs)  # what the links are today, compared pair by pair
        views = db.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall()
        db.executescript(
            "".join(f"DROP VIEW [{name}];" for (name,) in views)  # every view of today, made anew by migrating
            + "DROP TABLE document_cases; DROP TABLE cases;"  # and no cases (m013)
            + "DROP TABLE cues; DROP TABLE corrections; DROP TABLE audit_log; DROP TABLE uploads;"  # nor m014's
            + "".join(
                f"DROP INDEX idx_{table}_confidence; ALTER TABLE {table} DROP COLUMN confidence;"
                f"ALTER TABLE {table} DROP COLUMN reasons; ALTER TABLE {table} DROP COLUMN rules;"
                for table in ("documents", "referrals", "measures", "decision_points", "answers")
            )
            + "ALTER TABLE referrals DROP COLUMN recounted; ALTER TABLE referrals DROP COLUMN stated_answers;"  # m016
            + "ALTER TABLE answers DROP COLUMN declines;"  # m024
            + "ALTER TABLE answers DROP COLUMN organisation;"  # m027
            + "ALTER TABLE referral_recipients DROP COLUMN excluding;"
            "DROP TABLE answer_links; DROP INDEX idx_referrals_document_id;"
            f"CREATE VIEW answer_candidates AS {version_9_pairs}; CREATE VIEW referral_status AS "
            f"{REFERRAL_STATUS}; PRAGMA user_version = 9;"
        )
    store = open_store(older)
    assert schema_version(store) == len(MIGRATIONS)
    found = "SELECT * FROM answer_candidates"
    assert expected and [row[:-2] for row in _links(store.conn, found)] == expected


def test_a_district_protocol_and_a_company_answer_close_their_rows(tmp_path: Path) -> None:
    """A referral table split by a page break, answered by a district board's protocol extract (which names
    its board only as "Stadsdelsnämnden" and through its office) and by a company board's opinion."""
    from atgard.output.publish import HERE

    data = ROOT / "tests" / "data"
    names = ("konstruerad-remiss-tabell-sidbrytning", "konstruerad-protokollsutdrag-sdn", "konstruerad-yttrande-bolag")
    db_path = tmp_path / "paket.db"
    assert not ingest([data / f"{name}.pdf" for name in names], db_path, strict=True).failures
    queries = json.loads(HERE.joinpath("metadata.json").read_text(encoding="utf-8"))["databases"]["atgard"]["queries"]
    with sqlite3.connect(db_path) as db:
        register_publication_functions(db, "http://127.0.0.1:8001")  # namnd_id, as the publication has it
        status = {
            (name, action): (state, timeliness)
            for name, action, state, timeliness in db.execute(
                "SELECT board_name, action, status, timeliness FROM referral_status"
            )
        }
        district = db.execute(queries["min_namnd"]["sql"], {"namnd": "Hägersten-Älvsjö stadsdelsnämnd"}).fetchall()
        unmatched = db.execute("SELECT count(*) FROM unmatched_answers").fetchone()[0]
    assert status[("AB Familjebostäder", "implementation")] == ("answered", "on_time")
    assert status[("AB Stockholmshem", "implementation")][0] == "unanswered"
    assert [(row[0], row[5]) for row in district] == [("besvarad", "Samtliga stadsdelsnämnder")]
    assert unmatched == 0


def test_a_date_stated_for_the_answers_is_the_one_next_after_the_referral(block) -> None:
    """The document's own deadline (to a ministry) comes first; the boards' follows their referral."""
    analysed = analyse(
        [
            block("Remissvaren ska ha kommit in till Regeringskansliet senast den 1 september 2025.", page=1),
            block("Ärendet har remitterats till socialnämnden och servicenämnden.", page=2),
            block("Svaren ska ha inkommit till stadsledningskontoret senast den 20 juni 2025.", page=2),
            block("Därutöver bereds Region Stockholm tillfälle att lämna synpunkter.", page=3),
        ],
        REGISTER,
    )
    referrals = with_reply_dates(extract_referrals(analysed, extract_reports(analysed), REGISTER), analysed)
    assert [(r.recipients[0].name, r.reply_by) for r in referrals] == [
        ("Socialnämnden", "2025-06-20"),
        ("Region Stockholm", "2025-06-20"),  # none after it: the last one before
    ]


def test_a_company_answers_for_itself_when_its_yttrande_records_no_decision(block) -> None:
    """The sender is the answering body when it is a company or a board; the heading's bracket is the case."""
    from atgard.extract.answers import AnswerHeader, extract_answers
    from atgard.schema.contract import Decision

    analysed = analyse(
        [
            block("Remissvar: Trygg i hela staden (KS 2025/0412)", "heading", level=1),
            block("Styrelsen beslutade den 10 september 2025 att godkänna detta yttrande."),
            block("Bolaget har särskilt granskat åtgärderna B2.1.1–B2.1.2."),
        ],
        REGISTER,
    )
    reports, no_decision = extract_reports(analysed), Decision(proposed_by=None, decided_by=None, points=[])
    about = AnswerHeader("Remissvar: Trygg i hela staden (KS 2025/0412)", None, "SB 2025-044", None)
    (answer,) = extract_answers(
        analysed, "yttrande", no_decision, reports, about, [], register=REGISTER, sender="AB Svenska Bostäder"
    )
    assert (answer.answering_body.name, answer.report_title, answer.in_reply_to, answer.measure_codes) == (
        "AB Svenska Bostäder",
        "Trygg i hela staden",
        "KS 2025/0412",
        ["B2.1.1", "B2.1.2"],
    )
    assert (
        extract_answers(
            analysed, "yttrande", no_decision, reports, about, [], register=REGISTER, sender="Stadsledningskontoret"
        )
        == []
    )


def test_a_member_the_referral_leaves_out_owes_no_answer(tmp_path: Path) -> None:
    """ "samtliga stadsdelsnämnder utom Norrmalms stadsdelsnämnd": the group is answered when every other district
    has answered, and Norrmalm's clerk finds nothing to answer; Farsta's finds the referral, answered."""
    from atgard.extract.boards import load_register
    from atgard.output import store
    from atgard.output.publish import HERE
    from atgard.schema import BBox, PageBox
    from atgard.schema.contract import Answer, BoardRef, Document, Recipient, Referral

    box = BBox(x0=71, top=100, x1=520, bottom=130)
    located = {"page": 1, "bbox": box, "boxes": [PageBox(page=1, bbox=box)]}
    register = load_register()
    norrmalm = register["norrmalm-sdn"]
    group = Recipient(
        name="Samtliga stadsdelsnämnder",
        board_id="samtliga-stadsdelsnamnder",
        kind="group",
        group=True,
        excluding=[BoardRef(name=norrmalm.name, board_id=norrmalm.id, kind=norrmalm.kind)],
    )
    referral = Referral(
        report_title="Trygg i hela staden", action="opinion", scope="report", recipients=[group], text="…", **located
    )
    dated = {"kind": "tjansteutlatande", "page_count": 1, "year": 2026}
    memo = Document(id=f"{1:064x}", filename="remiss.pdf", diarienummer="KS 2026/17", referrals=[referral], **dated)
    db = open_store(tmp_path / "utom.db")
    store.save_register(db, register.entries.values(), register.surface_forms())
    store.save_document(db, memo, "test")
    others = [b for b in register.members("samtliga-stadsdelsnamnder", 2026) if b.id != norrmalm.id]
    for number, board in enumerate(others, start=2):
        answer = Answer(
            answering_body=BoardRef(name=board.name, board_id=board.id, kind=board.kind),
            report_title="Trygg i hela staden",
            in_reply_to="KS 2026/17",
            date="2026-03-01",
            **located,
        )
        svar = Document(id=f"{number:064x}", filename=f"svar-{number}.pdf", answers=[answer], **dated)
        store.save_document(db, svar, "test")
    queries = json.loads(HERE.joinpath("metadata.json").read_text(encoding="utf-8"))["databases"]["atgard"]["queries"]
    connection = db.conn
    register_publication_functions(connection, "http://127.0.0.1:8001")  # namnd_id, as the publication has it
    (status,) = connection.execute("SELECT board_name, status FROM referral_status").fetchall()
    assert status == ("Samtliga stadsdelsnämnder", "answered")
    mine = queries["min_namnd"]["sql"]
    assert [row[0] for row in connection.execute(mine, {"namnd": "Norrmalms stadsdelsnämnd"})] == []
    assert [row[0] for row in connection.execute(mine, {"namnd": "Farsta stadsdelsnämnd"})] == ["besvarad"]
    exported = load_document(db, memo.id).referrals[0].recipients[0]
    assert [b.board_id for b in exported.excluding] == ["norrmalm-sdn"]


def test_an_answer_matches_its_referral_however_the_case_number_is_printed(tmp_path: Path) -> None:
    """ "KS-2026/1122" is "KS 2026/1122", not "KS 2026/11"; a report title that begins the other's is the same."""
    from atgard.extract.boards import load_register
    from atgard.output import store
    from atgard.schema import BBox, PageBox
    from atgard.schema.contract import Answer, BoardRef, Document, Recipient, Referral

    box = BBox(x0=71, top=100, x1=520, bottom=130)
    located = {"page": 1, "bbox": box, "boxes": [PageBox(page=1, bbox=box)]}
    trafik = Recipient(name="Trafiknämnden", board_id="trafiknamnden", kind="committee")
    dated = {"kind": "tjansteutlatande", "page_count": 1, "year": 2026}
    db = open_store(tmp_path / "dnr.db")
    register = load_register()
    store.save_register(db, register.entries.values(), register.surface_forms())
    for number, dnr in [(1, "KS 2026/1122"), (2, "KS 2026/11")]:
        referral = Referral(
            report_title="Trygg i hela staden",
            action="opinion",
            scope="report",
            recipients=[trafik],
            text="…",
            **located,
        )
        memo = Document(id=f"{number:064x}", filename=f"{number}.pdf", diarienummer=dnr, referrals=[referral], **dated)
        store.save_document(db, memo, "test")
    answer = Answer(
        answering_body=BoardRef(name="Trafiknämnden", board_id="trafiknamnden", kind="committee"),
        report_title="Trygg i hela staden – kommissionens slutrapport",
        in_reply_to="KS-2026/1122",
        **located,
    )
    store.save_document(db, Document(id=f"{3:064x}", filename="svar.pdf", answers=[answer], **dated), "test")
    rows = db.execute("SELECT referral_document_id, status FROM referral_status ORDER BY referral_document_id")
    assert [(document[-1], status) for document, status in rows] == [("1", "answered"), ("2", "unanswered")]
