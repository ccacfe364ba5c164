"""A body that answers a remiss by declining in its own document ("Kultur- och fritidsnämnden beslutar att inte lämna
något yttrande över remissen"): its status row is declined, with no timeliness, resting on its answer."""

from __future__ import annotations

from pathlib import Path

from registered_store import DATED, IDROTT, KULTUR, LOCATED, TRAFIK, registered_store

from atgard.output import store
from atgard.output.export import export
from atgard.output.store import open_store
from atgard.schema.contract import Answer, BoardRef, Document, Recipient, Referral


def _answer(body: Recipient, date: str, declines: bool = False, codes: tuple[str, ...] = ()) -> Answer:
    return Answer(
        answering_body=BoardRef(name=body.name, board_id=body.board_id, kind=body.kind),
        report_title="Cykelplan",
        in_reply_to="KS 2026/711",
        measure_codes=list(codes),
        date=date,
        declines=declines,
        **LOCATED,
    )


def test_a_declining_answer_gives_declined_without_timeliness(tmp_path: Path) -> None:
    """Declined late or on time alike (the contract: no timeliness for declined); an answer that takes up measures
    gives its opinion on them, whatever else it declines."""
    db = registered_store(tmp_path / "declining.db")
    asked = Referral(
        report_title="Cykelplan",
        action="opinion",
        scope="report",
        recipients=[TRAFIK, KULTUR, IDROTT],
        text="…",
        reply_by="2026-10-30",
        **LOCATED,
    )
    memo = Document(id=f"{1:064x}", filename="remiss.pdf", diarienummer="KS 2026/711", referrals=[asked], **DATED)
    answers = [
        _answer(TRAFIK, "2026-10-20"),
        _answer(KULTUR, "2026-11-05", declines=True),  # after the reply date: declined all the same
        _answer(IDROTT, "2026-10-20", declines=True, codes=("1",)),  # not so read, but stored so: answered
    ]
    for number, answer in enumerate(answers, start=2):
        store.save_document(
            db, Document(id=f"{number:064x}", filename=f"svar{number}.pdf", answers=[answer], **DATED), "test"
        )
    store.save_document(db, memo, "test")
    rows = db.execute(
        "SELECT board_name, status, timeliness, status_source, declined, answer_document_id IS NOT NULL"
        " FROM referral_status ORDER BY recipient_seq"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("Trafiknämnden", "answered", "on_time", "answer", 0, 1),
        ("Kulturnämnden", "declined", None, "answer", 1, 1),
        ("Idrottsnämnden", "answered", "on_time", "answer", 0, 1),
    ]
    exported = export(open_store(tmp_path / "declining.db", readonly=True))
    kultur = next(s for s in exported.referral_status if s.board.name == "Kulturnämnden")
    assert (kultur.status, kultur.timeliness, kultur.declined, kultur.status_source) == (
        "declined",
        None,
        True,
        "answer",
    )
    assert [a.declines for d in exported.documents for a in d.answers] == [False, True, True]
