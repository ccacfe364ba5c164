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
