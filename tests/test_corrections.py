"""The clerks' corrections: facts of their own, applied over the machine's rows, kept when a document is read anew;
the evidence of every item; the export with its corrections; the gold files; nothing writable by default."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

import atgard.extract.document as document_module
from atgard.output.corrections import CorrectionError, make_correction
from atgard.output.export import export
from atgard.output.review import review_queue
from atgard.output.store import open_store
from atgard.pipeline.ingest import ingest
from atgard.schema.contract import Document

ROOT = Path(__file__).resolve().parent.parent
REMISS = ROOT / "tests" / "data" / "devset" / "pdf" / "d3-ks-remiss.pdf"
SCHEMA = json.loads((ROOT / "schema" / "export.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    db = tmp_path / "atgard.db"
    assert not ingest([REMISS], db, strict=True).failures
    return db


def _referral(db: Path, seq: int) -> tuple[str, str]:
    with sqlite3.connect(db) as connection:
        (document_id,) = connection.execute("SELECT document_id FROM referrals WHERE seq = ?", [seq]).fetchone()
    return document_id, f"referral-{document_id[:20]}-{seq}"


def _status(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT referral_seq, recipient_seq, board_name, reply_by, status, corrections FROM referral_status"
            " ORDER BY referral_seq, recipient_seq"
        ).fetchall()


def _correct(db: Path, target: str, action: str, **given: object) -> str:
    with sqlite3.connect(db) as connection:
        return make_correction(connection, target, action, who="anna", why="enligt missivet", **given)  # type: ignore[arg-type]


def _without_last_referral(real: Callable[..., Document]) -> Callable[..., Document]:
    """A test double of a changed rule set: the last referral of a document is no longer found."""

    def extract(*args: object, **kwargs: object) -> Document:
        found = real(*args, **kwargs)
        return found.model_copy(update={"referrals": found.referrals[:-1]}).with_ids()

    return extract


def test_corrections_apply_and_survive_reading_again_with_other_rules(
    stored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id, first = _referral(stored, 0)
    with sqlite3.connect(stored) as connection:
        last = connection.execute("SELECT max(seq) FROM referrals").fetchone()[0]
    _, rejected = _referral(stored, last)
    _correct(stored, first, "set", field="reply_by", value="2027-01-31")
    _correct(stored, f"recipient-{document_id[:20]}-0-0", "set", field="board", value="Farsta")
    _correct(stored, rejected, "reject")
    before = _status(stored)
    assert before[0][2:4] == ("Farsta stadsdelsnämnd", "2027-01-31") and before[0][5]
    assert all(row[0] != last for row in before)  # the rejected referral owes nothing
    with pytest.raises(CorrectionError, match="skäl"), sqlite3.connect(stored) as connection:
        make_correction(connection, first, "confirm", who="anna", why=" ")

    monkeypatch.setattr(document_module, "extract_document", _without_last_referral(document_module.extract_document))
    report = ingest([REMISS], stored, again=True, jobs=1, strict=True)
    assert [item.status for item in report.ingested] == ["read again"]
    assert _status(stored) == before  # the same corrections, applied again to the rows written anew
    with sqlite3.connect(stored) as connection:
        states = dict(connection.execute("SELECT target, state FROM correction_state").fetchall())
        text = connection.execute("SELECT target_text, current_text FROM correction_state WHERE target = ?", [rejected])
        then, now = text.fetchone()
    assert states == {first: "applied", f"recipient-{document_id[:20]}-0-0": "applied", rejected: "needs_review"}
    assert then and now is None  # both texts: the one corrected, and none now


def test_a_changed_text_sends_the_correction_to_review(stored: Path) -> None:
    _, first = _referral(stored, 0)
    _correct(stored, first, "reject")
    with sqlite3.connect(stored) as connection:
        connection.execute("UPDATE referrals SET text = 'Något annat.' WHERE seq = 0")
        state = connection.execute("SELECT state, current_text FROM correction_state").fetchone()
    assert state == ("needs_review", "Något annat.")
    assert any(row[0] == 0 for row in _status(stored))  # not applied: the referral is back
    with sqlite3.connect(stored) as connection:
        assert [c["why"] for c in review_queue(connection)["needs_review"]] == ["enligt missivet"]
        (correction_id,) = connection.execute("SELECT id FROM corrections").fetchone()
    _correct(stored, correction_id, "withdraw")
    with sqlite3.connect(stored) as connection:
        assert connection.execute("SELECT state FROM correction_state ORDER BY number").fetchall() == [
            ("withdrawn",),
            ("applied",),
        ]
        assert review_queue(connection)["needs_review"] == []


def test_the_export_of_a_corrected_database_validates_and_round_trips(stored: Path, tmp_path: Path) -> None:
    document_id, first = _referral(stored, 0)
    _correct(stored, first, "set", field="reply_by", value="2027-01-31")
    _correct(stored, f"recipient-{document_id[:20]}-0-1", "answered", value="2026-11-02")
    _correct(stored, document_id, "add_referral", value={"recipients": "Farsta; Kulturnämnden", "reply_by": ""})
    exported = json.loads(export(open_store(stored, readonly=True)).model_dump_json())
    jsonschema.validate(exported, SCHEMA)
    assert [c["action"] for c in exported["corrections"]] == ["set", "answered", "add_referral"]
    rows = [r for r in exported["referral_status"] if r["corrections"]]
    assert {r["board"]["name"] for r in rows} >= {"Farsta stadsdelsnämnd", "Kulturnämnden"}
    export_file = tmp_path / "export.json"
    export_file.write_text(json.dumps(exported), encoding="utf-8")
    again = tmp_path / "kopia.db"
    atgard = [sys.executable, "-m", "atgard.pipeline.cli"]
    subprocess.run([*atgard, "import", str(export_file), "--db", str(again)], check=True, capture_output=True)
    second = json.loads(export(open_store(again, readonly=True)).model_dump_json())
    assert {**second, "generated_at": None} == {**exported, "generated_at": None}


def test_every_item_records_its_rules_and_how_sure_it_is(stored: Path) -> None:
    document = export(open_store(stored, readonly=True)).documents[0]
    assert document.referrals and all(r.evidence.confidence in ("sure", "unsure") for r in document.referrals)
    assert all(r.evidence.rules for r in document.referrals)
    for referral in document.referrals:
        assert (referral.evidence.confidence == "unsure") == bool(referral.evidence.reasons)
        if referral.reply_by is None:
            assert "no_reply_date" in referral.evidence.reasons


def test_the_gold_export_holds_what_the_clerk_wrote(stored: Path, tmp_path: Path) -> None:
    document_id, _ = _referral(stored, 0)
    _correct(stored, f"recipient-{document_id[:20]}-0-0", "set", field="board", value="Farsta")
    atgard = [sys.executable, "-m", "atgard.pipeline.cli"]
    done = subprocess.run(
        [*atgard, "corrections", "export", "--db", str(stored), "--gold", str(tmp_path / "fall")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    gold = json.loads((tmp_path / "fall" / "gold" / "d3-ks-remiss.json").read_text(encoding="utf-8"))
    assert ["Farsta stadsdelsnämnd"] in gold["referrals"][0]["recipients"]
    assert (tmp_path / "fall" / "pdf" / "d3-ks-remiss.pdf").is_file()
    machine = tmp_path / "maskin.json"
    machine.write_text(export(open_store(stored, readonly=True)).model_dump_json(), encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "score.py"), str(machine), str(tmp_path / "fall" / "gold")],
        capture_output=True,
        text=True,
    )
    assert "score" in scored.stdout and "score 1.000" not in scored.stdout  # the machine's rows miss the correction


def _post(url: str, data: dict[str, str]) -> int:
    try:
        with urllib.request.urlopen(url, urllib.parse.urlencode(data).encode(), timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_nothing_is_writable_without_writable_and_an_account(stored: Path, serving, tmp_path: Path) -> None:
    _, first = _referral(stored, 0)
    with serving(stored) as url:
        for path in ("/ratta", "/lagg-till-dokument", "/logga-in"):
            assert _post(url + path, {"mal": first, "atgard": "reject", "skal": "x", "konto": "a"}) == 403, path
    atgard = [sys.executable, "-m", "atgard.pipeline.cli", "serve", "--db", str(stored), "--writable"]
    refused = subprocess.run(atgard, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}, timeout=60)
    assert refused.returncode == 1 and "--writable needs accounts" in refused.stderr
    empty = tmp_path / "konton.json"
    empty.write_text('{"accounts": {}}', encoding="utf-8")
    refused = subprocess.run([*atgard, "--accounts", str(empty)], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1 and "no accounts" in refused.stderr
    with sqlite3.connect(stored) as connection:
        assert connection.execute("SELECT count(*) FROM corrections").fetchone() == (0,)


def _bomb(path: Path) -> None:
    """A PDF of about 1 MB whose page content inflates to 1 GB (the issue's decompression bomb)."""
    import zlib

    import pikepdf

    packer = zlib.compressobj(9)
    data = packer.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n")
    data += b"".join(packer.compress(b" " * (1 << 20)) for _ in range(1024)) + packer.flush()
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    stream = pikepdf.Stream(pdf, data)
    stream.Filter = pikepdf.Name.FlateDecode
    pdf.pages[0].Contents = stream
    pdf.save(path)


class _Session:
    """A signed-in browser's requests, without a browser: cookies, the CSRF token, forms and uploads."""

    def __init__(self, url: str, name: str, password: str) -> None:
        import http.cookiejar
        import re

        self.url, self.jar = url, http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        page = self.opener.open(url + "/logga-in").read().decode()
        self.token = re.search(r'name="csrftoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        self.post("/logga-in", {"csrftoken": self.token, "konto": name, "losenord": password, "nasta": "/"})

    def post(self, path: str, data: dict[str, str]) -> int:
        return self.opener.open(self.url + path, urllib.parse.urlencode(data).encode()).status

    def upload(self, pdf: Path) -> int:
        boundary = "atgardgrans"
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="csrftoken"\r\n\r\n{self.token}\r\n'
                f'--{boundary}\r\nContent-Disposition: form-data; name="pdf"; filename="{pdf.name}"\r\n'
                "Content-Type: application/pdf\r\n\r\n"
            ).encode()
            + pdf.read_bytes()
            + f"\r\n--{boundary}--\r\n".encode()
        )
        request = urllib.request.Request(self.url + "/lagg-till-dokument", body, method="POST")
        request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
        try:
            return self.opener.open(request).status
        except urllib.error.HTTPError as error:
            return error.code

    def declare_upload(self, size: int) -> int:
        """The answer to an upload's headers alone, as a client asking ``Expect: 100-continue`` gets it.

        A server that waited for the body (to read or to drop it) would not answer within the time limit."""
        import http.client

        address = urllib.parse.urlsplit(self.url)
        connection = http.client.HTTPConnection(address.hostname or "", address.port, timeout=5)
        connection.putrequest("POST", "/lagg-till-dokument")
        connection.putheader("Content-Type", "multipart/form-data; boundary=atgardgrans")
        connection.putheader("Content-Length", str(size))
        connection.putheader("Expect", "100-continue")
        connection.putheader("Cookie", "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.jar))
        connection.endheaders()
        try:
            return connection.getresponse().status
        finally:
            connection.close()


def _upload_states(db: Path) -> list[tuple[str, str, str]]:
    import time

    deadline = time.monotonic() + 120
    while True:
        with sqlite3.connect(db) as connection:
            rows = connection.execute("SELECT filename, state, message FROM uploads ORDER BY number").fetchall()
        if all(state in ("done", "failed") for _, state, _ in rows) or time.monotonic() > deadline:
            return rows
        time.sleep(0.5)


@pytest.mark.slow
def test_an_upload_is_ingested_within_limits_and_a_bomb_costs_one_line(stored: Path, serving, tmp_path: Path) -> None:
    from atgard.output.accounts import save_account

    accounts = tmp_path / "konton.json"
    save_account(accounts, "anna", "handlaggare", "hemligt-lösenord")
    bomb = tmp_path / "bomb.pdf"
    _bomb(bomb)
    large = tmp_path / "stor.pdf"
    large.write_bytes(b"%PDF-1.7\n" + b"0" * (2 * 1024 * 1024))
    flags = ("--writable", "--accounts", str(accounts), "--upload-max-mb", "1", "--upload-limits", "800,60")
    with serving(stored, *flags) as url:
        session = _Session(url, "anna", "hemligt-lösenord")
        assert session.declare_upload(2 * 1024 * 1024) == 413  # refused by its declared size, before it is read
        assert session.upload(large) == 413  # as a browser sends it: the body dropped, the message read
        assert session.upload(bomb) == 200  # taken in; read in the background
        assert session.upload(ROOT / "tests" / "data" / "konstruerad-remissvar.pdf") == 200
        states = _upload_states(stored)
        assert urllib.request.urlopen(url + "/lagg-till-dokument").status == 200  # the server is up
    assert [(name, state) for name, state, _ in states] == [
        ("bomb.pdf", "failed"),
        ("konstruerad-remissvar.pdf", "done"),
    ]
    assert states[0][2].startswith("bomb.pdf: ") and "\n" not in states[0][2] and "800 MB" in states[0][2]
    with sqlite3.connect(stored) as connection:
        assert connection.execute("SELECT action FROM audit_log ORDER BY number").fetchall() == [("uppladdning",)] * 2


def test_a_rejected_answer_answers_nothing_on_the_boards_page(tmp_path: Path) -> None:
    from atgard.output.functions import register_publication_functions
    from atgard.output.publish import HERE

    db = tmp_path / "paket.db"
    pdfs = sorted((ROOT / "tests" / "data" / "devset" / "pdf").glob("d3-*.pdf"))
    assert not ingest(pdfs, db, strict=True).failures
    queries = json.loads(HERE.joinpath("metadata.json").read_text(encoding="utf-8"))["databases"]["atgard"]["queries"]

    def states() -> set[str]:
        with sqlite3.connect(db) as connection:
            register_publication_functions(connection, "http://127.0.0.1:8001")
            found = connection.execute(queries["min_namnd"]["sql"], {"namnd": "Arbetsmarknadsnämnden"}).fetchall()
            return {row[0] for row in found if row[0]}

    with sqlite3.connect(db) as connection:
        document_id, seq = connection.execute(
            "SELECT document_id, seq FROM answers WHERE board_id = 'arbetsmarknadsnamnden'"
        ).fetchone()
    assert any(state.startswith("besvarad") for state in states())
    _correct(db, f"answer-{document_id[:20]}-{seq}", "reject")
    assert not any(state.startswith("besvarad") for state in states())
    with sqlite3.connect(db) as connection:
        status = connection.execute("SELECT status FROM referral_status WHERE board_id = 'arbetsmarknadsnamnden'")
        assert {row[0] for row in status} == {"unanswered"}


def test_a_clerks_date_applies_to_the_answer_it_names_whichever_answer_was_stored_first(tmp_path: Path) -> None:
    """Trafiknämnden's answer is the package's third: the look-up of the corrections of one answer reads that answer's
    text (a look-up that named the first answer stored sent every other answer's correction to review)."""
    db = tmp_path / "paket.db"
    assert not ingest(sorted((ROOT / "tests" / "data" / "devset" / "pdf").glob("d3-*.pdf")), db, strict=True).failures

    def trafik() -> tuple[object, ...]:
        with sqlite3.connect(db) as connection:
            return connection.execute(
                "SELECT answer_date, timeliness FROM referral_status WHERE board_id = 'trafiknamnden'"
                " AND answer_document_id IS NOT NULL"
            ).fetchone()

    with sqlite3.connect(db) as connection:
        first, document_id, seq = connection.execute(
            "SELECT (SELECT board_id FROM answers ORDER BY rowid LIMIT 1), document_id, seq FROM answers"
            " WHERE board_id = 'trafiknamnden'"
        ).fetchone()
    assert first != "trafiknamnden" and trafik() == ("2018-03-28", "late")
    _correct(db, f"answer-{document_id[:20]}-{seq}", "set", field="date", value="2018-03-10")
    assert trafik() == ("2018-03-10", "on_time")


def test_a_clerks_corrections_of_an_added_referral_and_its_recipients_apply(stored: Path) -> None:
    """A referral the clerk added is corrected as the machine's are: its reply date set, a recipient added and marked,
    the referral rejected (the look-ups of an added item's corrections compared each correction with itself)."""
    document_id, _ = _referral(stored, 0)
    added = _correct(stored, document_id, "add_referral", value={"recipients": "Farsta", "reply_by": "2027-01-15"})
    with sqlite3.connect(stored) as connection:
        (number,) = connection.execute("SELECT number FROM corrections WHERE id = ?", [added]).fetchone()
    seq = 100000 + number
    referral = f"referral-{document_id[:20]}-{seq}"

    def rows() -> list[tuple[object, ...]]:
        return [row[1:5] for row in _status(stored) if row[0] == seq]

    assert rows() == [(0, "Farsta stadsdelsnämnd", "2027-01-15", "unanswered")]
    _correct(stored, referral, "set", field="reply_by", value="2027-02-28")
    assert rows() == [(0, "Farsta stadsdelsnämnd", "2027-02-28", "unanswered")]
    recipient = _correct(stored, referral, "add_recipient", value="Kulturnämnden")
    with sqlite3.connect(stored) as connection:
        (number,) = connection.execute("SELECT number FROM corrections WHERE id = ?", [recipient]).fetchone()
    assert [row[:3] for row in rows()] == [
        (0, "Farsta stadsdelsnämnd", "2027-02-28"),
        (1000 + number, "Kulturnämnden", "2027-02-28"),
    ]
    _correct(stored, f"recipient-{document_id[:20]}-{seq}-0", "answered", value="2027-02-01")
    assert [row[3] for row in rows()] == ["answered", "unanswered"]
    _correct(stored, f"recipient-{document_id[:20]}-{seq}-{1000 + number}", "reject")
    assert [row[1] for row in rows()] == ["Farsta stadsdelsnämnd"]
    _correct(stored, referral, "reject")
    assert rows() == []
    with sqlite3.connect(stored) as connection:
        states = {row[0] for row in connection.execute("SELECT state FROM correction_state")}
    assert states == {"applied"}
