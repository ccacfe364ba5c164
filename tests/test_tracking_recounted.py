"""A referral told again in a later document (an utlåtande's Beredning: "Ärendet har remitterats till A, B och C. A
har yttrat sig … C har inte svarat") and the memo that made it: both rows of a body agree on its status and on
whether its answer came in time."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from registered_store import DATED, IDROTT, KULTUR, LOCATED, TRAFIK, registered_store
from sqlite_utils import Database

from atgard.output import store
from atgard.schema.contract import Answer, BoardRef, Document, Recipient, Referral, StatedAnswer


def _referral(recipients: list[Recipient], **more: object) -> Referral:
    return Referral(
        report_title="Cykelplan", action="opinion", scope="report", recipients=recipients, text="…", **LOCATED, **more
    )


def _told(outcomes: Iterable[tuple[Recipient, str, bool | None]]) -> list[StatedAnswer]:
    """What a document says each body did (and whether in time)."""
    return [
        StatedAnswer(
            board=BoardRef(name=r.name, board_id=r.board_id, kind=r.kind),
            outcome=outcome,
            source=LOCATED["boxes"][0],
            in_time=in_time,
        )
        for r, outcome, in_time in outcomes
    ]


def _document(number: int, filename: str, dnr: str, date: str | None = None, **items: object) -> Document:
    """A document of case ``dnr``, dated ``date`` (its year then the date's)."""
    year = {"year": int(date[:4])} if date else {}
    return Document(id=f"{number:064x}", filename=filename, diarienummer=dnr, date=date, **{**DATED, **year}, **items)


def _status(db: Database, columns: str, order: str = "recipient_seq") -> list[tuple[object, ...]]:
    """The status rows of the memo (document 1)."""
    query = f"SELECT {columns} FROM referral_status WHERE referral_document_id = ? ORDER BY {order}"
    return [tuple(r) for r in db.execute(query, [f"{1:064x}"]).fetchall()]


def test_a_recount_and_its_memo_agree_on_status_and_timeliness(tmp_path: Path) -> None:
    db = registered_store(tmp_path / "recount.db")
    memo = _document(
        1, "remiss.pdf", "KS 2026/711", referrals=[_referral([TRAFIK, KULTUR, IDROTT], reply_by="2026-10-30")]
    )
    stated = _told(((KULTUR, "answered", None), (IDROTT, "unanswered", None)))
    recount = _document(
        2,
        "utlatande.pdf",
        "KS 2026/711",
        referrals=[_referral([TRAFIK, KULTUR, IDROTT], recounted=True, stated_answers=stated)],
    )
    late = Answer(
        answering_body=BoardRef(name="Trafiknämnden", board_id="trafiknamnden", kind="committee"),
        report_title="Cykelplan",
        in_reply_to="KS 2026/711",
        date="2026-11-05",
        **LOCATED,
    )
    for document in (memo, recount, Document(id=f"{3:064x}", filename="svar.pdf", answers=[late], **DATED)):
        store.save_document(db, document, "test")
    rows = db.execute(
        "SELECT substr(referral_document_id, 64), board_name, status, timeliness, reply_by FROM referral_status"
        " ORDER BY referral_document_id, recipient_seq"
    ).fetchall()
    by_document = {d: [r[1:4] for r in rows if r[0] == d] for d in ("1", "2")}
    assert by_document["1"] == by_document["2"]
    assert by_document["1"][0] == ("Trafiknämnden", "answered", "late")
    assert by_document["1"][1][:2] == ("Kulturnämnden", "answered")  # the Beredning says so; no date to judge by
    assert by_document["1"][2] == ("Idrottsnämnden", "unanswered", "overdue")
    assert {r[4] for r in rows} == {"2026-10-30"}


def test_the_cases_final_memo_lends_its_account_whatever_it_calls_the_report(tmp_path: Path) -> None:
    """The final memo of the same case recounts the referral under another name ("planen", an annex's title): its
    account still tells the referral's bodies' status; and its date, after the reply date, makes a body that has
    not answered overdue whatever today's date (the dates here lie ahead of any clock)."""
    db = registered_store(tmp_path / "case.db")
    asked = _referral([TRAFIK, KULTUR, IDROTT], reply_by="2091-03-12")
    memo = _document(1, "remiss.pdf", "KS 2091/143", "2091-01-18", referrals=[asked])
    stated = _told(((TRAFIK, "answered", None), (KULTUR, "declined", None)))
    retold = _referral([TRAFIK, KULTUR, IDROTT], recounted=True, stated_answers=stated).model_copy(
        update={"report_title": "Bilaga 1: Cykelplan, slutversion april"}
    )
    recount = _document(2, "kf.pdf", "KS 2091/143", "2091-04-20", referrals=[retold])
    for document in (memo, recount):
        store.save_document(db, document, "test")
    assert _status(db, "board_name, status, timeliness") == [
        ("Trafiknämnden", "answered", None),  # the memo says so, not when
        ("Kulturnämnden", "declined", None),
        ("Idrottsnämnden", "unanswered", "overdue"),  # the case's final memo is dated after the reply date
    ]


def test_another_case_lends_nothing(tmp_path: Path) -> None:
    db = registered_store(tmp_path / "other.db")
    memo = _document(
        1, "remiss.pdf", "KS 2091/143", "2091-01-18", referrals=[_referral([TRAFIK], reply_by="2091-03-12")]
    )
    stated = _told(((TRAFIK, "answered", None),))
    retold = _referral([TRAFIK], recounted=True, stated_answers=stated).model_copy(update={"report_title": "X"})
    other = _document(2, "kf.pdf", "KS 2091/999", "2091-04-20", referrals=[retold])
    for document in (memo, other):
        store.save_document(db, document, "test")
    assert _status(db, "status, timeliness") == [("unanswered", None)]


def test_an_account_that_says_when_gives_the_timeliness(tmp_path: Path) -> None:
    """ "A har yttrat sig inom remisstiden", "B:s yttrande kom in en dag efter remisstidens utgång": the account's
    word on time where no answer's date says it; a stored answer's date wins."""
    db = registered_store(tmp_path / "timed.db")
    memo = _document(
        1, "remiss.pdf", "KS 2026/711", referrals=[_referral([TRAFIK, KULTUR, IDROTT], reply_by="2026-10-30")]
    )
    stated = _told(((TRAFIK, "answered", False), (KULTUR, "answered", True), (IDROTT, "answered", None)))
    recount = _document(
        2,
        "utlatande.pdf",
        "KS 2026/711",
        referrals=[_referral([TRAFIK, KULTUR, IDROTT], recounted=True, stated_answers=stated)],
    )
    on_time = Answer(
        answering_body=BoardRef(name="Trafiknämnden", board_id="trafiknamnden", kind="committee"),
        report_title="Cykelplan",
        in_reply_to="KS 2026/711",
        date="2026-10-20",
        **LOCATED,
    )
    for document in (memo, recount, Document(id=f"{3:064x}", filename="svar.pdf", answers=[on_time], **DATED)):
        store.save_document(db, document, "test")
    assert _status(db, "board_name, status, timeliness") == [
        ("Trafiknämnden", "answered", "on_time"),  # its answer's date, not the account's word
        ("Kulturnämnden", "answered", "on_time"),
        ("Idrottsnämnden", "answered", None),
    ]


def test_an_account_of_the_opinion_tells_of_the_implementation_row_too(tmp_path: Path) -> None:
    """A body asked for an opinion and to report on carrying its measures out answers both in one answer: the final
    memo's "Trafiknämnden tillstyrker förslaget …" (an opinion account) tells the memo's implementation row, and
    an account of the implementation itself comes first where there is one."""
    db = registered_store(tmp_path / "implementation.db")
    asked = _referral([TRAFIK, KULTUR, IDROTT], reply_by="2091-03-12")
    codes = {"action": "implementation", "scope": "measures", "measure_codes": ["Å3", "Å7"]}
    memo = _document(
        1,
        "remiss.pdf",
        "KS 2091/614",
        "2091-01-18",
        referrals=[asked, asked.model_copy(update={**codes, "recipients": [TRAFIK, KULTUR]})],
    )
    opinion = _told(((TRAFIK, "answered", True), (KULTUR, "answered", None), (IDROTT, "unanswered", None)))
    implementation = _told(((KULTUR, "unanswered", None),))
    recount = _document(
        2,
        "utlatande.pdf",
        "KS 2091/614",
        "2091-04-20",
        referrals=[
            _referral([TRAFIK, KULTUR, IDROTT], recounted=True, stated_answers=opinion),
            _referral([KULTUR], recounted=True, stated_answers=implementation).model_copy(update=codes),
        ],
    )
    for document in (memo, recount):
        store.save_document(db, document, "test")
    assert _status(db, "action, board_name, status, timeliness", "referral_seq, recipient_seq") == [
        ("opinion", "Trafiknämnden", "answered", "on_time"),
        ("opinion", "Kulturnämnden", "answered", None),
        ("opinion", "Idrottsnämnden", "unanswered", "overdue"),
        ("implementation", "Trafiknämnden", "answered", "on_time"),  # its opinion's account
        ("implementation", "Kulturnämnden", "unanswered", "overdue"),  # the implementation's own account first
    ]


def test_a_stored_letter_the_account_says_declined_is_declined_unless_it_takes_up_measures(tmp_path: Path) -> None:
    """The account's "avstår" makes a stored letter declining ("AB X avstår från att yttra sig"); a letter that takes
    up measures abstained on some only ("avstår från att yttra sig över åtgärd 4") and has answered."""
    db = registered_store(tmp_path / "declined.db")
    memo = _document(1, "remiss.pdf", "KS 2026/711", referrals=[_referral([TRAFIK, KULTUR], reply_by="2026-10-30")])
    stated = _told(((TRAFIK, "declined", None), (KULTUR, "declined", None)))
    recount = _document(
        2,
        "utlatande.pdf",
        "KS 2026/711",
        referrals=[_referral([TRAFIK, KULTUR], recounted=True, stated_answers=stated)],
    )
    letters = [
        Answer(
            answering_body=BoardRef(name=body.name, board_id=body.board_id, kind=body.kind),
            report_title="Cykelplan",
            in_reply_to="KS 2026/711",
            measure_codes=codes,
            date="2026-10-20",
            **LOCATED,
        )
        for body, codes in ((TRAFIK, []), (KULTUR, ["1", "2", "3"]))
    ]
    answers = [
        Document(id=f"{number:064x}", filename=f"svar{number}.pdf", answers=[letter], **DATED)
        for number, letter in enumerate(letters, start=3)
    ]
    for document in (memo, recount, *answers):
        store.save_document(db, document, "test")
    assert _status(db, "board_name, status, timeliness") == [
        ("Trafiknämnden", "declined", None),
        ("Kulturnämnden", "answered", "on_time"),
    ]
