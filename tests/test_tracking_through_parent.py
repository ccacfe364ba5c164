"""A company asked through its parent ("AB Familjebostäder och SISAB ges, genom Stockholms Stadshus AB, tillfälle att
yttra sig") is answered by the parent's answer; a company merely listed beside its parent, or named in a text that
only names the parent, is not, nor is an office by its parent committee's answer (review of holdout15, #1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from registered_store import DATED, LOCATED, registered_store

from atgard.output import store
from atgard.schema.contract import Answer, BoardRef, Document, Recipient, Referral

STADSHUS = Recipient(name="Stockholms Stadshus AB", board_id="stockholms-stadshus-ab", kind="company")
FAMILJEBOSTADER = Recipient(name="AB Familjebostäder", board_id="ab-familjebostader", kind="company")
SISAB = Recipient(name="Skolfastigheter i Stockholm AB", board_id="sisab", kind="company")
SVENSKA_BOSTADER = Recipient(name="AB Svenska Bostäder", board_id="ab-svenska-bostader", kind="company")
MICASA = Recipient(name="Micasa Fastigheter i Stockholm AB", board_id="micasa-fastigheter", kind="company")
TRAFIKNAMNDEN = Recipient(name="Trafiknämnden", board_id="trafiknamnden", kind="committee")
TRAFIKKONTORET = Recipient(name="Trafikkontoret", board_id="trafikkontoret", kind="office")


def _statuses(path: Path, text: str, recipients: list[Recipient], answering: Recipient, declines: bool) -> list:
    db = registered_store(path)
    asked = Referral(
        report_title="Föreningslokaler",
        action="opinion",
        scope="report",
        recipients=recipients,
        text=text,
        reply_by="2026-10-30",
        **LOCATED,
    )
    memo = Document(id=f"{1:064x}", filename="remiss.pdf", diarienummer="KS 2026/711", referrals=[asked], **DATED)
    answer = Answer(
        answering_body=BoardRef(name=answering.name, board_id=answering.board_id, kind=answering.kind),
        report_title="Föreningslokaler",
        in_reply_to="KS 2026/711",
        date="2026-10-20",
        declines=declines,
        **LOCATED,
    )
    store.save_document(db, Document(id=f"{2:064x}", filename="svar.pdf", answers=[answer], **DATED), "test")
    store.save_document(db, memo, "test")
    rows = db.execute("SELECT board_name, status FROM referral_status ORDER BY recipient_seq").fetchall()
    return [tuple(row) for row in rows]


@pytest.mark.parametrize("declines", [False, True])
@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "AB Familjebostäder och Skolfastigheter i Stockholm AB ges, genom Stockholms Stadshus AB, tillfälle att"
            " yttra sig över åtgärderna 2:1, 3:1 och 3:2.",
            [FAMILJEBOSTADER, SISAB],
        ),
        ("AB Familjebostäder och SISAB ges via Stadshuskoncernen\nmöjlighet att yttra sig.", [FAMILJEBOSTADER, SISAB]),
        (
            "Remissen sänds till Stockholms Stadshus AB, som i sin tur ger AB Familjebostäder och"
            " Skolfastigheter i Stockholm AB tillfälle att yttra sig.",
            [FAMILJEBOSTADER, SISAB],
        ),
    ],
)
def test_a_company_asked_through_its_parent_has_the_parents_answer(tmp_path, text, recipients, declines):
    status = "declined" if declines else "answered"
    found = _statuses(tmp_path / "through.db", text, recipients, STADSHUS, declines)
    assert found == [(r.name, status) for r in recipients]


@pytest.mark.parametrize("declines", [False, True])
@pytest.mark.parametrize(
    ("text", "recipients", "answering"),
    [
        # the review's counter-example: the parent listed beside its companies, each asked on its own
        (
            "Remissen skickas till Stockholms Stadshus AB, AB Svenska Bostäder, AB Familjebostäder och Micasa"
            " Fastigheter i Stockholm AB.",
            [STADSHUS, SVENSKA_BOSTADER, FAMILJEBOSTADER, MICASA],
            STADSHUS,
        ),
        # the parent named, but not as the way the company is asked
        (
            "AB Svenska Bostäder ges tillfälle att yttra sig. Svaret lämnas till kommunstyrelsen med kopia till"
            " Stockholms Stadshus AB.",
            [SVENSKA_BOSTADER],
            STADSHUS,
        ),
        # the parent a recipient in its own right, beside a company asked through it
        (
            "Stockholms Stadshus AB yttrar sig över åtgärd 4.1 och AB Svenska Bostäder, genom Stockholms Stadshus AB,"
            " över åtgärd 4.2.",
            [STADSHUS, SVENSKA_BOSTADER],
            STADSHUS,
        ),
        # an office is not answered by its parent committee, whatever the words
        ("Trafikkontoret ges genom trafiknämnden tillfälle att yttra sig.", [TRAFIKKONTORET], TRAFIKNAMNDEN),
    ],
)
def test_a_company_beside_its_parent_or_an_office_is_not_answered_by_it(
    tmp_path, text, recipients, answering, declines
):
    found = dict(_statuses(tmp_path / "beside.db", text, recipients, answering, declines))
    assert all(status == "unanswered" for name, status in found.items() if name != answering.name)
