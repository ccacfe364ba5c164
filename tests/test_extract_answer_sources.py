"""Who answers and what, in an agency's or a region's remissvar: the report its heading names by its genre word or
series number ("Promemorian X (Ds 2026:22)"), and the board a delegate decided for ("med stöd av regionstyrelsens
delegationsordning"). Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answers import AnswerHeader, extract_answers
from atgard.extract.boards import load_register
from atgard.extract.reports import extract_reports
from atgard.schema.contract import Decision

REGISTER = load_register()
NO_DECISION = Decision(proposed_by=None, decided_by=None, points=[])


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Promemorian Lägre hastighetsgränser i tätort (Ds 2026:22)", [("Lägre hastighetsgränser i tätort", 2026)]),
        ("Betänkandet En tryggare hemtjänst (SOU 2025:71)", [("En tryggare hemtjänst", 2025)]),
        ("Departementspromemorian Enklare bygglov för solceller", [("Enklare bygglov för solceller", None)]),
        ("Säker vård i hemmet (SOU 2026:12)", [("Säker vård i hemmet", 2026)]),
        ("Remissvar – Promemorian Nya regler för färdtjänst (Ds 2026:4)", [("Nya regler för färdtjänst", 2026)]),
        ("Rapporten i korthet", []),
        ("Promemorians förslag", []),
    ],
)
def test_a_heading_that_is_the_reports_own_title(block, heading: str, expected: list) -> None:
    analysed = analyse([block(heading, "heading", level=1), block("Myndigheten har tagit del av förslagen.")], REGISTER)
    assert [(r.title, r.year) for r in extract_reports(analysed).refs] == expected


def _answer(blocks, sender: str):
    analysed = analyse(blocks, REGISTER)
    about = AnswerHeader(blocks[0].text, None, None, None)
    (found,) = extract_answers(
        analysed, "yttrande", NO_DECISION, extract_reports(analysed), about, [], REGISTER, sender=sender
    )
    return found.answering_body.name, found.report_title


@pytest.mark.parametrize(
    ("decided", "sender", "body"),
    [
        (
            "Yttrandet har beslutats av regionstyrelsens ordförande med stöd av regionstyrelsens delegationsordning.",
            "Region Östergötland",
            "Regionstyrelsen",
        ),
        (
            "Beslut i ärendet har fattats av kommundirektören enligt kommunstyrelsens delegationsordning.",
            "Lunds kommun",
            "Kommunstyrelsen",
        ),
        (
            "Ärendet har avgjorts av förvaltningschefen efter delegation från miljö- och byggnämnden.",
            "Kiruna kommun",
            "Miljö- och byggnämnden",
        ),
        # a person's delegation: the agency answers for itself
        (
            "Detta remissvar har beslutats av avdelningschefen efter delegation från generaldirektören.",
            "Trafikverket",
            "Trafikverket",
        ),
    ],
)
def test_the_board_a_delegate_decided_for_answers(block, decided: str, sender: str, body: str) -> None:
    blocks = [
        block("Promemorian Säkrare cykelvägar (Ds 2026:30)", "heading", level=1),
        block(f"{sender} har getts tillfälle att yttra sig över promemorian och lämnar följande synpunkter."),
        block(decided),
    ]
    assert _answer(blocks, sender) == (body, "Säkrare cykelvägar")
