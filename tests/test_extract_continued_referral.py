"""A referral stated over several sentences of one section is one referral: "Kontoret föreslår att utredningen
remitteras till socialnämnden samt till trafiknämnden." / "Även Södermalms och Östermalms stadsdelsnämnder ska
yttra sig." / "Visita ges tillfälle att lämna synpunkter." A sentence that sends something else, or directs
otherwise (another priority, a condition), stays apart; a referral the text says was not made is none. A report
named by its main title alone is the one named in full. Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _names(block, *texts: str) -> list[list[str]]:
    blocks = [block(t[2:], kind="heading", level=2) if t.startswith("# ") else block(t) for t in texts]
    analysed = analyse(blocks, REGISTER)
    return [
        [r.name for r in f.referral.recipients]
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            [
                "Kontoret föreslår därför att utredningen remitteras till socialnämnden samt till trafiknämnden och "
                "exploateringsnämnden.",
                "Även Södermalms och Östermalms stadsdelsnämnder ska yttra sig. Visita och Stockholms "
                "Handelskammare ges tillfälle att lämna synpunkter, eftersom förslagen berör branschen.",
            ],
            [
                [
                    "Socialnämnden",
                    "Trafiknämnden",
                    "Exploateringsnämnden",
                    "Södermalms stadsdelsnämnd",
                    "Östermalms stadsdelsnämnd",
                    "Visita",
                    "Stockholms Handelskammare",
                ]
            ],
        ),
        (  # the active voice, "respektive", a pronoun for the thing sent
            [
                "Kommunstyrelsen remitterar programmet till idrottsnämnden respektive kulturnämnden.",
                "Det skickas också på remiss till Hässelby-Vällingby stadsdelsnämnd.",
                "Därutöver bereds AB Familjebostäder tillfälle att yttra sig.",
            ],
            [["Idrottsnämnden", "Kulturnämnden", "Hässelby-Vällingby stadsdelsnämnd", "AB Familjebostäder"]],
        ),
        (  # something else sent: another referral
            [
                "Ärendet har remitterats till kulturnämnden och idrottsnämnden.",
                "Motionen sändes dessutom ut på remiss till samtliga stadsdelsnämnder.",
            ],
            [["Kulturnämnden", "Idrottsnämnden"], ["Samtliga stadsdelsnämnder"]],
        ),
        (  # another section: another referral
            [
                "# Sammanfattning",
                "Rapporten remitteras till trafiknämnden.",
                "# Förslag till beslut",
                "Rapporten remitteras till trafiknämnden och miljö– och hälsoskyddsnämnden.",
            ],
            [["Trafiknämnden"], ["Trafiknämnden", "Miljö- och hälsoskyddsnämnden"]],
        ),
    ],
)
def test_a_referral_goes_on_in_the_sentences_after_it(block, texts: list[str], expected) -> None:
    assert _names(block, *texts) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Förvaltningen har inhämtat synpunkter från fältgruppen i stället för att remittera betänkandet till "
        "socialnämnden.",
        "Kontoret valde att samråda direkt med bolaget istället för att skicka förslaget på remiss till "
        "AB Svenska Bostäder.",
        "Planen har tagits fram utan att remitteras till stadsdelsnämnderna.",
    ],
)
def test_a_referral_not_made_is_none(block, text: str) -> None:
    assert _names(block, text) == []


def test_a_report_named_by_its_main_title_is_the_one_named_in_full(block) -> None:
    analysed = analyse(
        [
            block("Utredningen *Stockholm efter tio – utredning om stadens nattliv* remitteras till socialnämnden."),
            block("Utredningen *Stockholm efter tio* överlämnades till kommunstyrelsen i januari 2026."),
        ],
        REGISTER,
    )
    reports = extract_reports(analysed)
    assert [r.title for r in reports.refs] == ["Stockholm efter tio – utredning om stadens nattliv"]
    assert reports.title_for("Stockholm efter tio") == "Stockholm efter tio – utredning om stadens nattliv"
