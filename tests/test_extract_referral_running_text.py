"""A referral in running text whose recipients run over several lines (each line a block ending with a comma),
places after a shared head joined by "respektive", lists of lists each closed by its own "samt", and the report
a proposal annexes ("Förslag till X") named in plain type. Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _referrals(block, *blocks) -> list[tuple[str | None, list[str]]]:
    analysed = analyse(list(blocks), REGISTER)
    return [
        (f.referral.report_title, [r.name for r in f.referral.recipients])
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "Förvaltningen föreslår att planen remitteras till",
                "stadsdelsnämnderna i Farsta respektive Älvsjö,",
                "kulturnämnden och idrottsnämnden samt trafiknämnden,",
                "Stockholms stads pensionärsråd och Hyresgästföreningen Region Stockholm.",
            ],
            [
                "Farsta stadsdelsnämnd",
                "Älvsjö stadsdelsnämnd",
                "Kulturnämnden",
                "Idrottsnämnden",
                "Trafiknämnden",
                "Stockholms stads pensionärsråd",
                "Hyresgästföreningen Region Stockholm",
            ],
        ),
        (
            [
                "Programmet skickas på remiss till socialnämnden samt äldrenämnden,",
                "stadsdelsnämnderna i Bromma, Kungsholmen respektive Spånga-Tensta,",
                "Stockholms stads funktionsnedsättningsråd samt Region Stockholm.",
            ],
            [
                "Socialnämnden",
                "Äldrenämnden",
                "Bromma stadsdelsnämnd",
                "Kungsholmens stadsdelsnämnd",
                "Spånga-Tensta stadsdelsnämnd",
                "Stockholms stads funktionsnedsättningsråd",
                "Region Stockholm",
            ],
        ),
    ],
)
def test_recipients_one_line_each_are_one_sentence(block, lines: list[str], expected: list[str]) -> None:
    ((_, recipients),) = _referrals(block, *(block(line) for line in lines))
    assert recipients == expected


@pytest.mark.parametrize(
    ("sentence", "annex", "title"),
    [
        (
            "Kontoret har tagit fram ett förslag till Program för tillgängliga torg 2027–2030. Förslaget remitteras "
            "till kulturnämnden.",
            "Förslag till Program för tillgängliga torg 2027–2030",
            "Program för tillgängliga torg 2027–2030",
        ),
        (
            "Förvaltningen har tagit fram förslaget till Strategi för tillväxt och sommarjobb i Söderort. Förslaget "
            "skickas på remiss till Farsta stadsdelsnämnd.",
            "Förslag till Strategi för tillväxt och sommarjobb i Söderort, remissversion",
            "Strategi för tillväxt och sommarjobb i Söderort",
        ),
    ],
)
def test_a_proposal_annexed_and_named_in_plain_type_is_the_report(block, sentence, annex, title) -> None:
    blocks = [
        block(sentence),
        block("Bilaga", "heading", level=2),
        block(annex, "list_item", marker="1."),
    ]
    analysed = analyse(blocks, REGISTER)
    reports = extract_reports(analysed)
    assert [(r.title, r.annex_number) for r in reports.refs] == [(title, 1)]
    assert [f.referral.report_title for f in referral_findings(analysed, reports, REGISTER)] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Nämnden godkänner att förslaget till Anläggningsplan för idrotten 2027–2036 skickas på remiss.",
            "Anläggningsplan för idrotten 2027–2036",
        ),
        (
            "Förslaget till Plan för stadens badplatser fastställs och tillställs nämnden.",
            "Plan för stadens badplatser",
        ),
        (
            "Förslaget till Strategi för sommarjobb 2027 expedieras till stadsdelsnämnderna.",
            "Strategi för sommarjobb 2027",
        ),
        ("Rapporten Tryggare torg i Söderort antogs av nämnden i maj.", "Tryggare torg i Söderort"),
        (
            "Förslaget till Program för stadens skolgårdar översändes till kommunstyrelsen.",
            "Program för stadens skolgårdar",
        ),
    ],
)
def test_a_title_in_running_text_ends_before_the_verb_that_goes_on(block, text: str, title: str) -> None:
    analysed = analyse([block(text)], REGISTER)
    assert [r.title for r in extract_reports(analysed).refs] == [title]
