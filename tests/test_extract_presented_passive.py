"""Answers' heads, second round: who presented an agency's answer in the passive ("Ärendet har föredragits av
chefsekonomen X") signs it as "Föredragande har varit X" does; those only present or preparing do not, nor a
protocol's "Föredragande:" line; the subject line under a § heading in capitals names the report."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.reports import extract_reports
from atgard.extract.signatories import signatories

REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beslut i detta ärende har fattats av förbundsstyrelsen den 3 maj 2027. "
            "Ärendet har föredragits av chefsekonomen Lina Borg.",
            [("Lina Borg", "chefsekonomen")],
        ),
        ("Yttrandet har föredragits av utredaren Per-Erik Sand.", [("Per-Erik Sand", "utredaren")]),
        ("Remissvaret har föredragits av Anna Ek.", [("Anna Ek", None)]),
        (
            "Ärendet har föredragits av juristen Eva Holm. I beredningen har även Ulla Sand och Hans Lind deltagit.",
            [("Eva Holm", "juristen")],
        ),
        ("Ärendet har föredragits i närvaro av Per Holm.", []),
        ("I beredningen har även Ulla Sand och Hans Lind, avdelningen för ekonomi, deltagit.", []),
        ("Föredragande: verkställande direktören Mats Ek.", []),
    ],
)
def test_who_presented_in_the_passive(block, text: str, expected: list[tuple[str, str | None]]) -> None:
    found = signatories(analyse([block("Beslut"), block(text)], REGISTER))
    assert [(s.name, s.title) for s in found] == expected


# --- A protocol's subject line under its § heading in capitals names the report --------------------------------


@pytest.mark.parametrize(
    ("heading", "line", "expected"),
    [
        (
            "§ 14 SKOLGÅRDAR FÖR ALLA",
            "Svar på kommunstyrelsens remiss av utredningen Skolgårdar för alla barn Dnr HÄ 2027/00412",
            ["Skolgårdar för alla barn"],
        ),
        (
            "§ 3 PLAN FÖR IDROTTEN",
            "Yttrande över Plan för idrott och motion 2028–2031",
            ["Plan för idrott och motion 2028–2031"],
        ),
        ("§ 3 PLAN FÖR IDROTTEN", "Nämnden har tagit del av planen.", []),
    ],
)
def test_the_subject_line_under_a_heading_in_capitals(block, heading: str, line: str, expected: list[str]) -> None:
    blocks = [block(heading, kind="heading", level=2), block(line)]
    assert [ref.title for ref in extract_reports(analyse(blocks, REGISTER)).refs] == expected
