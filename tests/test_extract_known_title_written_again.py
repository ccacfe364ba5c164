"""A report's title that a heading named, written out again in a paragraph in plain type: its words are the title's,
never a recipient's name ("Kommunstyrelsen har remitterat förslaget till Helsingborgs stads handlingsplan för psykisk
hälsa … till skol- och fritidsnämnden, …" under the agenda item that named the plan). Tables of Swedish variants
written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


@pytest.mark.parametrize(
    ("heading", "sentence", "names"),
    [
        (
            "4. Svar på remiss – Förslag till Helsingborgs stads handlingsplan för psykisk hälsa och suicidprevention "
            "2028–2031",
            "Kommunstyrelsen har remitterat förslaget till Helsingborgs stads handlingsplan för psykisk hälsa och "
            "suicidprevention 2028–2031 (KS 2027/0215) till skol- och fritidsnämnden, socialnämnden och Region Skåne.",
            ["Skol- och fritidsnämnden", "Socialnämnden", "Region Skåne"],
        ),
        (
            "Remiss av Uppsala kommuns program för trygghet och säkerhet 2028–2031",
            "Kommunstyrelsen har skickat Uppsala kommuns program för trygghet och säkerhet 2028–2031 på remiss till "
            "kulturnämnden och idrottsnämnden.",
            ["Kulturnämnden", "Idrottsnämnden"],
        ),
    ],
)
def test_a_known_title_written_again_names_no_recipient(heading: str, sentence: str, names: list[str]) -> None:
    analysed = analyse([lines_block(heading, kind="heading", level=2), lines_block(sentence)], REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [[r.name for r in f.referral.recipients] for f in found] == [names]
