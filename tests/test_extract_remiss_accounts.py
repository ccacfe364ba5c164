"""A state document's account of its remiss, in the forms a proposition or a committee report gives it: who was
asked is told by who answered ("Efter remiss har yttranden lämnats av …"), who did not ("Följande
remissinstanser har inte svarat …"), and not by those who wrote unasked ("Yttranden har även kommit in från …").
Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports
from atgard.extract.vocabulary import LIST_SEPARATORS

REGISTER = load_register()


def _recipients(block, *texts: str) -> list[list[str]]:
    analysed = analyse([block(text) for text in texts], REGISTER)
    return [
        [r.name for r in f.referral.recipients]
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            [
                "Efter remiss har yttranden över betänkandet lämnats av Arbetsförmedlingen, Försäkringskassan, "
                "Umeå kommun, Länsstyrelsen i Jämtlands län, Statens skol- och utbildningsverk och Region Halland.",
                "Följande remissinstanser har inte svarat eller har angett att de avstår från att yttra sig: "
                "Kiruna kommun och Region Jämtland Härjedalen.",
                "Yttranden har även kommit in från Pensionärernas riksorganisation och Hyresgästföreningen.",
            ],
            [
                "Arbetsförmedlingen",
                "Försäkringskassan",
                "Umeå kommun",
                "Länsstyrelsen i Jämtlands län",
                "Statens skol- och utbildningsverk",
                "Region Halland",
                "Kiruna kommun",
                "Region Jämtland Härjedalen",
            ],
        ),
        (
            [
                "Efter remiss har yttranden över promemorian lämnats av följande remissinstanser: Boverket, "
                "Malmö kommun samt Sveriges Kommuner och Regioner.",
            ],
            ["Boverket", "Malmö kommun", "Sveriges Kommuner och Regioner"],
        ),
        (
            [
                "Efter remiss har synpunkter på förslaget lämnats av Tandvårds- och läkemedelsförmånsverket och "
                "Lunds kommun.",
                "Ett yttrande har dessutom kommit in från Riksförbundet för sexuell upplysning.",
            ],
            ["Tandvårds- och läkemedelsförmånsverket", "Lunds kommun"],
        ),
    ],
)
def test_a_propositions_remissinstanser_are_those_asked(block, texts: list[str], expected: list[str]) -> None:
    assert [name for names in _recipients(block, *texts) for name in names] == expected


def test_answers_not_named_as_a_remiss_are_no_referral(block) -> None:
    """Answers that were not said to answer a remiss: no one is named as asked."""
    assert _recipients(block, "Yttranden över förslaget har lämnats av Boverket och Lunds kommun.") == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Statens väg- och transportforskningsinstitut och Trafikanalys", 2),
        ("kultur- och fritidsnämnden, miljö– och hälsoskyddsnämnden samt idrottsnämnden", 3),
        ("Boverket och Trafikverket", 2),
    ],
)
def test_an_och_after_a_compounds_open_first_part_joins_one_name(text: str, items: int) -> None:
    assert len([piece for piece in LIST_SEPARATORS.split(text) if piece.strip()]) == items
