"""A body's abbreviation in brackets inside a list of recipients is no item and ends nothing: "… och Skolfastigheter
i Stockholm AB (SISAB), samt till Sveriges Kommuner och Regioner" goes on past it, under-referral or not. Swedish
variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ärendet har remitterats till kulturnämnden, Stockholms Stadshus AB, som har underremitterat ärendet till "
            "AB Familjebostäder och Skolfastigheter i Stockholm AB (SISAB), samt till Sveriges Kommuner och Regioner.",
            [
                "Kulturnämnden",
                "Stockholms Stadshus AB",
                "AB Familjebostäder",
                "Skolfastigheter i Stockholm AB",
                "Sveriges Kommuner och Regioner",
            ],
        ),
        (
            "Ärendet har remitterats till Skolfastigheter i Stockholm AB (SISAB), kulturnämnden och Sveriges "
            "Kommuner och Regioner (SKR).",
            ["Skolfastigheter i Stockholm AB", "Kulturnämnden", "Sveriges Kommuner och Regioner"],
        ),
        (
            "Förslaget remitteras till Skolfastigheter i Stockholm AB (SISAB) samt idrottsnämnden.",
            ["Skolfastigheter i Stockholm AB", "Idrottsnämnden"],
        ),
        (
            "Förslaget remitteras till Skolfastigheter i Stockholm AB (SISAB) respektive idrottsnämnden.",
            ["Skolfastigheter i Stockholm AB", "Idrottsnämnden"],
        ),
    ],
)
def test_an_abbreviation_in_brackets_is_no_item(block, text: str, names: list[str]) -> None:
    analysed = analyse([block("Beredning", "heading", level=2), block(text)], REGISTER)
    (finding,) = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [r.name for r in finding.referral.recipients] == names
