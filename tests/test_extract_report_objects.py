"""The report a remiss or an answer is about, as the object of its clause: "Yttrande över X", "Remissvar avseende X",
"Synpunkter på X", "förslaget till nya X", and a plan named by its kind and then, after a comma, by its own name."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.reports import extract_reports

REGISTER = load_register()


@pytest.mark.parametrize(
    ("heading", "titles"),
    [
        # a plan's kind in lower case, then its own name: the name is the title
        (
            "Yttrande över samrådsförslag till översiktsplan för Bollnäs kommun, Översiktsplan 2050",
            ["Översiktsplan 2050"],
        ),
        ("Samrådsyttrande över förslag till ny översiktsplan, Hållbara Bollnäs 2040", ["Hållbara Bollnäs 2040"]),
        (
            "§ 31 Remiss av granskningsförslaget till fördjupad översiktsplan, FÖP Centrum 2035–2040",
            ["FÖP Centrum 2035–2040"],
        ),
        (
            "Remissvar - förslag till reviderade riktlinjer, Riktlinjer för bostadsförsörjning 2027-2030",
            ["Riktlinjer för bostadsförsörjning 2027-2030"],
        ),
        # a place after the comma is no name: the plan is named by its kind, place and all
        ("Yttrande över samrådshandling för väg 83, Bollnäs–Ljusdal", []),
        ("Yttrande över förslag till detaljplan för kv. Eken, Centrum", ["Detaljplan för kv. Eken, Centrum"]),
        # the clause's lead: an answer of any kind, the opinions given, "gällande", "rörande", "beträffande"
        ("Granskningsyttrande gällande Trafikstrategi för Bollnäs 2040", ["Trafikstrategi för Bollnäs 2040"]),
        ("Synpunkter på förslag till Handlingsplan för klimatanpassning", ["Handlingsplan för klimatanpassning"]),
        ("Kommentarer beträffande Policy för medborgardialog", ["Policy för medborgardialog"]),
        ("Remiss rörande Strategi för friluftslivet", ["Strategi för friluftslivet"]),
        ("Yttrande över förslag till nya Riktlinjer för markanvisning", ["Riktlinjer för markanvisning"]),
        ("Synpunkter på motion om fler parker", []),
    ],
)
def test_the_object_of_a_heading_lead_is_the_report(block, heading: str, titles: list[str]) -> None:
    analysed = analyse(
        [block(heading, "heading", level=2), block("Förvaltningen har tagit del av förslaget.")], REGISTER
    )
    assert [r.title for r in extract_reports(analysed).refs] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Kommunstyrelsen har remitterat förslaget till nya Riktlinjer för markanvisning i Luleå kommun till "
            "tekniska nämnden och kultur- och fritidsnämnden.",
            ["Riktlinjer för markanvisning i Luleå kommun"],
        ),
        (
            "Kommunstyrelsen har skickat förslaget till reviderad Policy för medborgardialog på remiss.",
            ["Policy för medborgardialog"],
        ),
        (
            "Nämnden har fått samrådsförslaget till Program för Norra hamnen för yttrande.",
            ["Program för Norra hamnen"],
        ),
        (
            "Bollnäs kommun har översänt ett förslag till ny översiktsplan, Översiktsplan 2050, för samråd enligt "
            "3 kap. 9 § plan- och bygglagen.",
            ["Översiktsplan 2050"],
        ),
        (
            "Kommunen har skickat granskningsförslaget till fördjupad översiktsplan för centrum, FÖP Centrum 2040.",
            ["FÖP Centrum 2040"],
        ),
        ("Kommunen har skickat ett förslag till detaljplan för kv. Eken, Centrum, för granskning.", []),
        ("Förvaltningen har tagit fram ett förslag till nya regler för bidrag.", []),
    ],
)
def test_a_proposal_names_its_plan_in_running_text(block, text: str, titles: list[str]) -> None:
    assert [r.title for r in extract_reports(analyse([block(text)], REGISTER)).refs] == titles


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        # the annex's own label gives its number; a final version's tail dates the version, not the report
        (
            [
                "Tjänsteskrivelse 2027-04-20",
                "Bilaga 1: Handlingsplan för klimatanpassning 2027–2035, slutversion april 2027",
            ],
            [("Handlingsplan för klimatanpassning 2027–2035", None, 1)],
        ),
        (
            ["Bilaga 2 – Program för Norra hamnen, reviderad version", "Bilaga 3: Sammanställning av remissvar"],
            [("Program för Norra hamnen", None, 2)],
        ),
        # whose proposal it is, after a comma; the year in brackets is the report's
        (
            ["Gångvänlig stad – handlingsplan för gångtrafik 2027–2032, trafiknämndens förslag (2027)"],
            [("Gångvänlig stad – handlingsplan för gångtrafik 2027–2032", 2027, 1)],
        ),
        (
            ["Trafikstrategi för Bollnäs 2030–2040, Bollnäs kommuns förslag"],
            [("Trafikstrategi för Bollnäs 2030–2040", None, 1)],
        ),
        # a title that holds "förslag" itself keeps it
        (["Trygghet och förslag (2026)"], [("Trygghet och förslag", 2026, 1)]),
    ],
    ids=["Bilaga 1: slutversion", "Bilaga 2 – reviderad version", "nämndens förslag (2027)", "kommuns förslag", "kept"],
)
def test_an_annexed_plans_version_and_label(block, entries, expected) -> None:
    """An annex entry "Bilaga 1: X, slutversion april 2027" or "X, trafiknämndens förslag (2027)" is the report X."""
    named = f"Kommunstyrelsen föreslås anta *{expected[0][0]}*." if expected else "Inget namnges."
    blocks = [
        block(named),  # the text names the plan (annexes the text does not name are no reports but by a year)
        block("Beslutsunderlag", "heading", level=2),
        *(block(entry) for entry in entries),
    ]
    found = extract_reports(analyse(blocks, REGISTER)).refs
    assert [(r.title, r.year, r.annex_number) for r in found] == expected


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Strategin ersätter Cykelstrategi för Skåne 2018–2025 och innehåller mål för cykelstråk.",
            ["Cykelstrategi för Skåne 2018–2025"],
        ),
        ("Programmet är en revidering av Miljöprogram 2020–2023.", ["Miljöprogram 2020–2023"]),
        ("Planen ersätts av Trafikplan 2030, som antas i höst.", ["Trafikplan 2030"]),
        ("Policyn efterträder Riktlinjer för markanvisning från 2015.", ["Riktlinjer för markanvisning"]),
        ("Strategin ersätter den gamla cykelstrategin.", []),
        ("Bidraget ersätter Kulturnämndens tidigare stöd.", []),
    ],
)
def test_a_plan_replaced_is_named(block, text: str, titles: list[str]) -> None:
    """A plan the new one replaces or revises, in plain type: "Strategin ersätter Cykelstrategi för Skåne 2018–2025"."""
    assert [r.title for r in extract_reports(analyse([block(text)], REGISTER)).refs] == titles
