"""Measures and referrals made by hand for the tests of steps that read them together (a referral on the measures its
body is responsible for): one plan, one place."""

from __future__ import annotations

from atgard.schema.contract import BoardRef, Measure, Recipient, Referral

WHERE = {"page": 1, "bbox": {"x0": 0, "top": 0, "x1": 1, "bottom": 1}}
PLAN = "Handlingsplan för klimatanpassning"


def made_measure(code: str, *responsible: str) -> Measure:
    boards = [BoardRef(name=name, kind="committee") for name in responsible]
    return Measure(code=code, report_title=PLAN, text="Åtgärd", responsible=boards, boxes=[WHERE], **WHERE)


def made_referral(text: str, *bodies: str) -> Referral:
    recipients = [Recipient(name=name, kind="committee") for name in bodies]
    return Referral(
        report_title=PLAN, action="opinion", scope="report", recipients=recipients, text=text, boxes=[WHERE], **WHERE
    )
