"""Recipients as other municipalities, regions and the state name them, as tables of Swedish variants written for
these tests: an abbreviation in brackets after a name, a county administrative board with its county, several
municipalities under one plural head, an organisation's own board in the indefinite after its genitive, and
remissinstanser set one a line or numbered past nine.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.mentions import read_board_list
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _recipients(blocks) -> list[list[str]]:
    analysed = analyse(blocks, REGISTER)
    return [
        [r.name for r in f.referral.recipients]
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kommunala Företagens Samorganisation (KFS)", ["Kommunala Företagens Samorganisation (KFS)"]),
        (
            "Landsorganisationen i Sverige (LO), Svenskt Näringsliv",
            ["Landsorganisationen i Sverige (LO)", "Svenskt Näringsliv"],
        ),
        # the abbreviation of a name the register knows is that name, not a second body
        ("Sveriges Kommuner och Regioner (SKR) samt Unionen", ["Sveriges Kommuner och Regioner", "Unionen"]),
        (
            "Länsstyrelsen Blekinge och Länsstyrelsen Västra Götaland",
            ["Länsstyrelsen Blekinge", "Länsstyrelsen Västra Götaland"],
        ),
        ("Länsstyrelsen i Gävleborgs län", ["Länsstyrelsen i Gävleborgs län"]),
        ("Länsstyrelsen i Stockholms län", ["Länsstyrelsen i Stockholms län"]),
        (
            "Karlshamns, Karlskrona, Olofströms, Ronneby och Sölvesborgs kommuner",
            ["Karlshamns kommun", "Karlskrona kommun", "Olofströms kommun", "Ronneby kommun", "Sölvesborgs kommun"],
        ),
        ("Solna samt Sundbybergs kommuner", ["Solna kommun", "Sundbybergs kommun"]),
        ("Lidingö respektive Nackas kommuner", ["Lidingö kommun", "Nackas kommun"]),
        ("regionens kultur- och bildningsnämnd", ["Kultur- och bildningsnämnden"]),
        ("kommunens miljö– och hälsoskyddsnämnd", ["Miljö- och hälsoskyddsnämnden"]),
        # a company named with its place inside: "i <place>" before "AB"
        (
            "samhällsplaneringsnämnden och Hyresbostäder i Norrköping AB",
            ["Samhällsplaneringsnämnden", "Hyresbostäder i Norrköping AB"],
        ),
        (
            "Bostadsbolaget i Uppsala AB samt Nordiska Bostäder och Lokaler AB",
            ["Bostadsbolaget i Uppsala AB", "Nordiska Bostäder och Lokaler AB"],
        ),
        # a company whose name has words in lower case: one or two after its capitalised first word
        (
            "tekniska nämnden och Tekniska verken i Linköping AB",
            ["Tekniska nämnden", "Tekniska verken i Linköping AB"],
        ),
        (
            "bygg- och miljönämnden, AB Stångåstaden samt Tekniska verken i Linköping AB",
            ["Bygg- och miljönämnden", "AB Stångåstaden", "Tekniska verken i Linköping AB"],
        ),
        ("Göteborgs hamn AB respektive kulturnämnden", ["Göteborgs hamn AB", "Kulturnämnden"]),
        ("Mälarenergi i Västerås AB och kulturnämnden", ["Mälarenergi i Västerås AB", "Kulturnämnden"]),
        # a word of the sentence is no part of it
        ("samt till bolagen inom Göteborgs Stadshus AB", ["Göteborgs Stadshus AB"]),
        # a board named by its kind, then its area in lower case (or capitalised)
        ("programnämnd social välfärd och till tekniska nämnden", ["Programnämnd social välfärd", "Tekniska nämnden"]),
        (
            "Programnämnd barn och utbildning, programnämnd samhällsbyggnad",
            ["Programnämnd barn och utbildning", "Programnämnd samhällsbyggnad"],
        ),
        ("Driftsnämnd Vård och omsorg samt kulturnämnden", ["Driftsnämnd Vård och omsorg", "Kulturnämnden"]),
        ("programnämnd social välfärd respektive byggnadsnämnden", ["Programnämnd social välfärd", "Byggnadsnämnden"]),
        # another town's company whose name the register holds with Stockholm's: not Stockholm's
        (
            "Gävle Stadshus AB, Gavlegårdarna AB och Gävle Energi AB",
            ["Gävle Stadshus AB", "Gavlegårdarna AB", "Gävle Energi AB"],
        ),
        ("Stockholms Stadshus AB", ["Stockholms Stadshus AB"]),
        # a proper name in the indefinite stays as it is written
        ("Kultur- och bildningsnämnd", ["Kultur- och bildningsnämnd"]),
    ],
)
def test_names_in_a_list(text: str, names: list[str]) -> None:
    assert [r.name for r in read_board_list(text, REGISTER)] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "att remittera förslaget till Karlshamns, Karlskrona och Ronneby kommuner, Länsstyrelsen Blekinge samt "
        "regionens kultur- och bildningsnämnd och trafiknämnd,",
        "Förslaget remitteras till Karlshamns, Karlskrona och Ronneby kommuner, Länsstyrelsen Blekinge samt till "
        "regionens kultur- och bildningsnämnd och trafiknämnd.",
        "Karlshamns, Karlskrona och Ronneby kommuner, Länsstyrelsen Blekinge samt regionens kultur- och "
        "bildningsnämnd och trafiknämnd ges tillfälle att yttra sig över förslaget.",
    ],
)
def test_a_referral_to_municipalities_under_one_head(block, sentence: str) -> None:
    assert _recipients([block(sentence)]) == [
        [
            "Karlshamns kommun",
            "Karlskrona kommun",
            "Ronneby kommun",
            "Länsstyrelsen Blekinge",
            "Kultur- och bildningsnämnden",
            "Trafiknämnden",
        ]
    ]


NAMES = [
    "Arbetsförmedlingen",
    "Institutet för arbetsmarknads- och utbildningspolitisk utvärdering (IFAU)",
    "Botkyrka kommun",
    "Landsorganisationen i Sverige (LO)",
    "Kommunala Företagens Samorganisation (KFS)",
]


@pytest.mark.parametrize("kind", ["list_item", "paragraph"])
def test_remissinstanser_one_a_line_or_numbered(block, kind: str) -> None:
    blocks = [block("Remissinstanser", "heading", level=2)]
    blocks += [
        block(name, kind, **({"marker": f"{n}."} if kind == "list_item" else {})) for n, name in enumerate(NAMES, 9)
    ]
    assert _recipients(blocks) == [NAMES]


@pytest.mark.parametrize(
    "sentence",
    [
        "Motionen har remitterats till programnämnd social välfärd och till tekniska nämnden.",
        "Kommunstyrelsen remitterade motionen till programnämnd social välfärd samt tekniska nämnden för yttrande.",
        "att remittera motionen till programnämnd social välfärd och tekniska nämnden för yttrande,",
    ],
)
def test_a_referral_to_a_board_named_by_kind_and_area(block, sentence: str) -> None:
    assert _recipients([block(sentence)]) == [["Programnämnd social välfärd", "Tekniska nämnden"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen har i sin tur inhämtat synpunkter från Gävle Stadshus AB och från Gavlegårdarna AB.",
        "Regionen har inhämtat synpunkter från Region Skåne, Länsstyrelsen Blekinge och Karlshamns kommun.",
        "Kontoret har inhämtat synpunkter från trafiknämnden och exploateringsnämnden.",
    ],
)
def test_opinions_an_answering_body_gathered_are_no_referral(block, sentence: str) -> None:
    assert _recipients([block(sentence)]) == []


@pytest.mark.parametrize(
    "lead",
    [
        "Stadsledningskontoret föreslår att promemorian remitteras till",
        "Kontoret föreslår att förslaget skickas på remiss till följande:",
        "Förvaltningen föreslår att planen remitteras till",
    ],
)
def test_a_lead_under_a_remissinstanser_heading_names_no_recipient(block, lead: str) -> None:
    blocks = [
        block("Remissinstanser inom staden", "heading", level=2),
        block(lead),
        block("Göteborgs Stadshus AB, som ska samordna synpunkterna från bolagen,", "list_item", marker="-"),
        block("Förvaltnings AB Framtiden, respektive", "list_item", marker="-"),
        block("nämnden för Intraservice.", "list_item", marker="-"),
    ]
    assert _recipients(blocks) == [["Göteborgs Stadshus AB", "Förvaltnings AB Framtiden", "Nämnden för Intraservice"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Stadsrevisionen får promemorian för kännedom.", "Stadsrevisionen"),
        ("Kommunrevisionens granskning visar brister.", "Kommunrevisionen"),
        ("Regionrevisionen har lämnat sin rapport.", "Regionrevisionen"),
    ],
)
def test_an_audit_named_as_one_word(text: str, name: str) -> None:
    assert [r.name for r in read_board_list(text.split(" ")[0], REGISTER)] == [name]


@pytest.mark.parametrize(
    ("texts", "priority"),
    [
        (
            [
                "Förvaltningen föreslår att förslaget remitteras till utbildningsnämnden och äldrenämnden, där "
                "insatserna i första hand ska prövas. Stockholms stads pensionärsråd ges också tillfälle att yttra "
                "sig."
            ],
            None,
        ),
        (
            [
                "Planen remitteras till trafiknämnden och exploateringsnämnden, eftersom de i första hand berörs. "
                "Även Stockholms stads pensionärsråd ska yttra sig."
            ],
            None,
        ),
        (["Synpunkter ges i första hand av utbildningsnämnden och äldrenämnden."], "primary"),
    ],
)
def test_i_forsta_hand_in_a_clause_of_its_own_is_no_priority(block, texts: list[str], priority: str | None) -> None:
    analysed = analyse([block(text) for text in texts], REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [f.referral.priority for f in found] == [priority]
