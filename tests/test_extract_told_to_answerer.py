"""A letter's account of the remiss it answers, sent to the body answering in it, is no referral of its own
(``document._told_to_answerer``); a meeting's recount and a referral to others stay."""

from __future__ import annotations

import pytest

from atgard.extract.document import _told_to_answerer
from atgard.schema.contract import Answer, BoardRef, Recipient, Referral

BOX = {"x0": 0, "top": 0, "x1": 1, "bottom": 1}


def _referral(*names: str, recounted: bool = True) -> Referral:
    return Referral(
        report_title="Klimatanpassningsplan 2027–2031",
        action="opinion",
        scope="report",
        recipients=[Recipient(name=name, kind="unknown") for name in names],
        text="… har fått förslaget på remiss och har ombetts lämna synpunkter.",
        recounted=recounted,
        page=1,
        bbox=BOX,
        boxes=[{"page": 1, "bbox": BOX}],
    )


def _answer(body: str) -> Answer:
    return Answer(
        answering_body=BoardRef(name=body, kind="unknown"),
        report_title=None,
        page=1,
        bbox=BOX,
        boxes=[{"page": 1, "bbox": BOX}],
    )


@pytest.mark.parametrize(
    ("recipients", "recounted", "answering", "at_meeting", "dropped"),
    [
        (("Idrotts- och fritidsnämnden",), True, "Idrotts- och fritidsnämnden", False, True),
        (("idrotts- och fritidsnämnden",), True, "Idrotts- och fritidsnämnden", False, True),
        (("Nämnden",), True, "Kulturnämnden", False, True),  # named by its kind: the own body
        # others asked beside it: the remiss as its referrer made it, not this letter's to drop
        (("Idrotts- och fritidsnämnden", "Kulturnämnden"), True, "Idrotts- och fritidsnämnden", False, False),
        (("Kulturnämnden",), True, "Idrotts- och fritidsnämnden", False, False),  # sent to another body
        (("Idrotts- och fritidsnämnden",), False, "Idrotts- och fritidsnämnden", False, False),  # sent here, now
        (("Idrotts- och fritidsnämnden",), True, "Idrotts- och fritidsnämnden", True, False),  # a meeting's recount
    ],
)
def test_an_account_of_the_remiss_answered(
    recipients: tuple[str, ...], recounted: bool, answering: str, at_meeting: bool, dropped: bool
) -> None:
    referral = _referral(*recipients, recounted=recounted)
    assert _told_to_answerer(referral, [_answer(answering)], at_meeting=at_meeting) is dropped


def test_no_answer_no_drop() -> None:
    assert _told_to_answerer(_referral("Idrotts- och fritidsnämnden"), [], at_meeting=False) is False
