"""A "Remissinstanser" section at a missive's end: its parts under sub-headings that name their group ("Facknämnder",
"Stadsdelsnämnder", "Bolag", "Övriga"), one body a paragraph, and measure codes in brackets after a body
("Trafiknämnden (A2.1, A2.3)"). Every body is asked for an opinion; one with codes is asked too to report on
carrying them out when the text says so ("De nämnder som i förteckningen har åtgärdsnummer inom parentes ska
därutöver redovisa sina förutsättningar för att genomföra de angivna åtgärderna"). Swedish variants written for
these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()

ASKED = (
    "De nämnder och bolagsstyrelser som i förteckningen nedan har ett eller flera åtgärdsnummer inom parentes ska "
    "därutöver redovisa sina förutsättningar för att genomföra de angivna åtgärderna."
)


def _referrals(block, lead: str, parts: list[tuple[str, list[str]]]):
    blocks = [
        block("Remiss av förslag till Handlingsplan för grönska", "heading", level=1),
        block("Samtliga remissinstanser ges tillfälle att yttra sig över handlingsplanen."),
        block(lead),
        block("Remissinstanser", "heading", level=2),
    ]
    for label, lines in parts:
        blocks.append(block(label, "heading", level=3))
        blocks += [block(line) for line in lines]
    analysed = analyse(blocks, REGISTER)
    return [f.referral for f in referral_findings(analysed, extract_reports(analysed), REGISTER)]


PARTS = [
    ("Facknämnder", ["Trafiknämnden (A2.1, A2.3)", "Kulturnämnden", "Idrottsnämnden (A1.1)"]),
    ("Stadsdelsnämnder", ["Farsta stadsdelsnämnd", "Bromma stadsdelsnämnd (A3.1–A3.2)"]),
    ("Bolag", ["AB Familjebostäder (A4.1)"]),
    ("Övriga", ["Länsstyrelsen i Stockholms län"]),
]


@pytest.mark.parametrize(
    "lead",
    [
        ASKED,
        ASKED.replace(".", ", d.v.s. vilka resurser som krävs och vilken tidplan som är rimlig."),
        ASKED.replace(".", ", dvs. resurser och tidplan."),
        "De nämnder som har åtgärdsnummer inom parentes ska även redovisa sina förutsättningar att genomföra "
        "åtgärderna.",
        "Den som har fått åtgärder angivna inom parentes ombeds därtill redovisa förutsättningarna för att genomföra "
        "dem – resurser, tidplan och budget.",
    ],
)
def test_codes_in_brackets_asked_for(block, lead: str) -> None:
    referrals = _referrals(block, lead, PARTS)
    opinion = [r for r in referrals if r.action == "opinion"]
    assert len(opinion) == 1
    assert [r.name for r in opinion[0].recipients] == [
        "Trafiknämnden",
        "Kulturnämnden",
        "Idrottsnämnden",
        "Farsta stadsdelsnämnd",
        "Bromma stadsdelsnämnd",
        "AB Familjebostäder",
        "Länsstyrelsen i Stockholms län",
    ]
    implementation = {
        tuple(r.measure_codes): [b.name for b in r.recipients] for r in referrals if r.action == "implementation"
    }
    assert implementation == {
        ("A2.1", "A2.3"): ["Trafiknämnden"],
        ("A1.1",): ["Idrottsnämnden"],
        ("A3.1", "A3.2"): ["Bromma stadsdelsnämnd"],
        ("A4.1",): ["AB Familjebostäder"],
    }


def test_codes_in_brackets_no_sentence_asks_for(block) -> None:
    """Codes with no sentence that asks for their implementation say only whose the measures are."""
    referrals = _referrals(block, "Remisstiden går ut den 2 juni 2027.", PARTS)
    assert [r.action for r in referrals] == ["opinion"]
    assert "Trafiknämnden" in [b.name for b in referrals[0].recipients]


@pytest.mark.parametrize(
    ("line", "name", "codes"),
    [
        ("Kulturnämnden (åtgärd 4 och 5)", "Kulturnämnden", ("4", "5")),
        ("Kulturnämnden (4 och 5)", "Kulturnämnden", ("4", "5")),
        ("Kulturnämnden (4 samt 5)", "Kulturnämnden", ("4", "5")),
        ("Kulturnämnden (2.1–2.3)", "Kulturnämnden", ("2.1", "2.2", "2.3")),
        ("Kulturnämnden (2.1 - 2.2)", "Kulturnämnden", ("2.1", "2.2")),
        ("Kulturnämnden (A2.1 respektive A2.4),", "Kulturnämnden", ("A2.1", "A2.4")),
    ],
)
def test_code_variants(block, line: str, name: str, codes: tuple[str, ...]) -> None:
    referrals = _referrals(block, ASKED, [("Facknämnder", [line, "Idrottsnämnden"])])
    (implementation,) = [r for r in referrals if r.action == "implementation"]
    assert tuple(implementation.measure_codes) == codes
    assert [b.name for b in implementation.recipients] == [name]


def test_a_bracket_of_no_codes_stays_the_name(block) -> None:
    referrals = _referrals(block, ASKED, [("Övriga", ["Statens väg- och transportforskningsinstitut (VTI)"])])
    assert [r.action for r in referrals] == ["opinion"]
    assert [b.name for b in referrals[0].recipients] == ["Statens väg- och transportforskningsinstitut (VTI)"]
