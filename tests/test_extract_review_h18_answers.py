"""Review of holdout18's rules (answers): each table holds the reviewer's counter-example, which failed before its
mend, and Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block

from atgard.extract.analysis import analyse
from atgard.extract.answer_references import in_reply_to
from atgard.extract.boards import load_register

REGISTER = load_register()


@pytest.mark.parametrize(
    ("line", "number"),
    [
        (  # the review's
            "Naturvårdsverket har gett nämnden tillfälle att yttra sig över vägledningen "
            "(Naturvårdsverkets ärende NV-02871-26).",
            "NV-02871-26",
        ),
        (
            "Naturvårdsverket har gett nämnden tillfälle att yttra sig (Er referens NV-02871-26).",
            "NV-02871-26",
        ),  # the review's
        (
            "Remissen gäller verkets vägledning och frågor besvaras av handläggaren, kontakta (ABC-12345-26).",
            None,
        ),  # the review's
        (
            "Nämnden har fått möjlighet att yttra sig över remissen (Naturvårdsverkets beteckning NV-00412-27).",
            "NV-00412-27",
        ),
        ("Verket har remitterat vägledningen (Er referens: NV-00412-27) till kommunen.", "NV-00412-27"),
        (
            "Kommunen har bjudits in att yttra sig över förslaget till Vägledning om buller (NV-02871-26).",
            "NV-02871-26",
        ),
        (
            "Kommunen har bjudits in att yttra sig över förslaget till vägledning om\nbuller (TRV-4412-27).",
            "TRV-4412-27",
        ),
        ("Kommunen har bjudits in att yttra sig, ring (ABC-12345-26) för frågor.", None),
        ("Kommunen har bjudits in att yttra sig över förslaget (NV-02871-2026).", None),
    ],
)
def test_a_serial_year_number_cited_after_its_label_or_the_paper(line: str, number: str | None) -> None:
    """An agency's serial-year number ("NV-02871-26") cited in brackets is the referrer's after a label (dnr,
    ärende, referens, beteckning, "Er referens"), or right after the paper's name; never in brackets elsewhere."""
    assert in_reply_to(analyse([lines_block(line)], REGISTER), [], None, items=False) == number
