"""The review of holdout20's labels fitted to the documents' own forms: a remiss list's column labelled in the
singular by any noun its plural labels use ("Myndighet", "Nämnd", "Stad", "Kommun/stad"; referral.remisslist.label),
a footnote's mark after a body's name in an answers table ("(1)", "¹", "(*)", "*)"; answer_table.footnote_mark),
and an agenda's "Dnr … Förslag:" with any separator or none (decision.proposal_label). Swedish variants written for
these tests."""

from __future__ import annotations

import pytest

from atgard.extract.decision_sections import PROPOSAL_LABEL, inline_decision
from atgard.extract.referrals.answer_table import _FOOTNOTE_MARK
from atgard.extract.referrals.remisslist import GROUP_LABEL


@pytest.mark.parametrize(
    ("label", "column"),
    [
        # the reviewer's counter-examples
        ("Myndighet", True),
        ("Nämnd", True),
        ("Organisation", True),
        ("Stad", True),
        ("Kommun/stad", True),
        # variants
        ("Kommun / region", True),
        ("Förvaltning", True),
        ("Förening", True),
        ("Bolag", True),
        ("Städer", True),
        ("Kommuner och städer", False),  # a group of two: no column's one label
        ("Myndigheterna", True),
        ("Kommun", True),
        ("Region", True),
        # a body, a definite form, or an answers table's column
        ("Myndigheten", False),
        ("Kommunen", False),
        ("Staden", False),
        ("Stadsdelsnämnd", False),
        ("Instans", False),
        ("Remissinstans", False),
        ("Kommun och region", False),
    ],
)
def test_a_column_label_in_the_singular(label: str, column: bool) -> None:
    assert (GROUP_LABEL.match(label) is not None) is column


@pytest.mark.parametrize(
    ("cell", "body"),
    [
        # the reviewer's counter-examples
        ("Nacka kommun (1)", "Nacka kommun"),
        ("Nacka kommun¹", "Nacka kommun"),
        ("Nacka kommun (*)", "Nacka kommun"),
        ("Nacka kommun*)", "Nacka kommun"),
        # as before, and variants
        ("Sigtuna kommun *", "Sigtuna kommun"),
        ("Nacka kommun 1)", "Nacka kommun"),
        ("Region Stockholm ²", "Region Stockholm"),
        ("Gatu- och samhällsmiljönämnden (**)", "Gatu- och samhällsmiljönämnden"),
        ("Stadsdelsnämnd 3", "Stadsdelsnämnd 3"),
        ("Polisen (region Stockholm)", "Polisen (region Stockholm)"),
    ],
)
def test_a_footnote_mark_after_a_body(cell: str, body: str) -> None:
    assert _FOOTNOTE_MARK.sub("", cell) == body


@pytest.mark.parametrize(
    "line",
    [
        # the reviewer's counter-examples
        "Dnr HÄ 2027/009 Förslag: Anmälan läggs till handlingarna.",
        "Dnr HÄ 2027/009 — Förslag: Anmälan läggs till handlingarna.",
        "Dnr HÄ 2027/009. Förslag: Anmälan läggs till handlingarna.",
        # as before, and variants
        "Dnr HÄ 2027/009 – Förslag: Anmälan läggs till handlingarna.",
        "Dnr KS 2026/114 - förslag: Nämnden godkänner rapporten.",
        "Dnr KS 2026/114, Förslag: Nämnden godkänner rapporten.",
        "Dnr: KS 2026/114 —Förslag: Styrelsen antar yttrandet och översänder det till kommunstyrelsen.",
    ],
)
def test_a_proposal_after_a_case_number(line: str) -> None:
    assert inline_decision(line) is not None


@pytest.mark.parametrize(
    "line", ["Dnr HÄ 2027/009 – Förslagen i planen", "Dnr HÄ 2027/009 Förslaget: se bilaga", "Förslag:"]
)
def test_no_proposal_label(line: str) -> None:
    assert PROPOSAL_LABEL.match(line) is None
