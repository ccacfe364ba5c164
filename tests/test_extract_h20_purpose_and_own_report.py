"""A purpose phrase after the thing sent ("för yttrande", "för synpunkter", "för kännedom") is no thing sent: the
proposal goes out on remiss, not the document's own answer. Sentences written for these tests."""

from __future__ import annotations

import pytest
from found_referrals import finding_recipients

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _recipients(block, text: str) -> list[list[str]]:
    return finding_recipients(block(text))


SENT_ON_REMISS = [
    (
        "Kommunstyrelsen har beslutat att remittera programförslaget för yttrande till äldrenämnden och socialnämnden.",
        ["Äldrenämnden", "Socialnämnden"],
    ),
    (
        "Stadsledningskontoret remitterar strategin för synpunkter till kulturnämnden samt idrottsnämnden.",
        ["Kulturnämnden", "Idrottsnämnden"],
    ),
    (
        "Förvaltningen skickar förslaget för eventuella synpunkter till trafiknämnden respektive miljö- och "
        "hälsoskyddsnämnden.",
        ["Trafiknämnden", "Miljö- och hälsoskyddsnämnden"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENT_ON_REMISS)
def test_purpose_phrase_is_no_thing_sent(block, text: str, expected: list[str]) -> None:
    assert _recipients(block, text) == [expected]


OWN_ANSWER = [
    "Nämnden överlämnar yttrandet för kännedom till kommunstyrelsen.",
    "Förvaltningen skickar remissvaret för kännedom till socialnämnden.",
]


@pytest.mark.parametrize("text", OWN_ANSWER)
def test_own_answer_stays_own(block, text: str) -> None:
    assert _recipients(block, text) == []


# The document that is the report itself, sent out on remiss: its title under a "Remissversion" line is the report
# its own "programförslaget" remits.
@pytest.mark.parametrize(
    "version", ["Remissversion, januari 2027", "Förslag – remissversion, mars 2027", "Remissutgåva 2026-11-02"]
)
def test_own_remiss_version_is_the_report(block, version: str) -> None:
    analysed = analyse(
        [
            block("Handlingsplan för grönare skolgårdar 2027–2030", kind="heading", level=1),
            block(version, kind="heading", level=3),
            block(
                "Kommunstyrelsen har beslutat att remittera planförslaget för synpunkter till utbildningsnämnden och "
                "idrottsnämnden. Svaren ska ha kommit in senast den 30 april 2027."
            ),
        ],
        REGISTER,
    )
    reports = extract_reports(analysed)
    assert [r.title for r in reports.refs] == ["Handlingsplan för grönare skolgårdar 2027–2030"]
    found = referral_findings(analysed, reports, REGISTER)
    assert [f.referral.report_title for f in found] == ["Handlingsplan för grönare skolgårdar 2027–2030"]


def test_no_version_line_no_own_report(block) -> None:
    analysed = analyse(
        [
            block("Handlingsplan för grönare skolgårdar 2027–2030", kind="heading", level=1),
            block("Remissvar från utbildningsnämnden", kind="heading", level=3),
        ],
        REGISTER,
    )
    assert extract_reports(analysed).refs == []


@pytest.mark.parametrize(
    ("heading", "plan"),
    [
        (
            "Samrådsredogörelse – detaljplan för kvarteret Svalan i Hägersten",
            "Detaljplan för kvarteret Svalan i Hägersten",
        ),
        ("Granskningsutlåtande: Detaljplan för Norra hamnen", "Detaljplan för Norra hamnen"),
        ("Samrådsredogörelse - planprogram för Solberga centrum", "Planprogram för Solberga centrum"),
    ],
)
def test_consultation_account_names_its_plan(block, heading: str, plan: str) -> None:
    analysed = analyse(
        [
            block(heading, kind="heading", level=1),
            block("Planförslaget har skickats till följande remissinstanser: trafiknämnden och idrottsnämnden."),
        ],
        REGISTER,
    )
    reports = extract_reports(analysed)
    assert [r.title for r in reports.refs] == [plan]
    assert [f.referral.report_title for f in referral_findings(analysed, reports, REGISTER)] == [plan]
