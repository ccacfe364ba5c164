"""The review of holdout14's report titles (finding 3): a plan named by its compound's definite form
("handlingsplanen X") is a report's title only when the text sends it or asks an opinion on it ("har remitterat",
"har fått", "yttra sig över", "remiss av"); a plan named in passing ("i linje med översiktsplanen Göteborg 2040",
"enligt budgetplanen") is none, nor is a body after the plan's noun."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.report_titles import NAMED_TITLE
from atgard.extract.reports import extract_reports

REGISTER = load_register()
_REPORT = "Inriktningsunderlag för transportinfrastrukturplaneringen 2030–2041"
_INVITED = (
    "Trafikverket har gett regionen möjlighet att yttra sig över Inriktningsunderlag för "
    "transportinfrastrukturplaneringen 2030–2041."
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the reviewer's counter-examples
        ("Förslaget ligger i linje med översiktsplanen Göteborg 2040 som antogs 2022.", None),
        ("Enligt budgetplanen Nämnden har fått ska förvaltningen redovisa arbetet.", None),
        # variants: other plan words and inflections, other ways of naming a plan in passing, a line break
        ("Förslaget följer översiktsplanen Göteborg 2040.", None),
        ("I enlighet med miljöprogrammet Hållbara Sundsvall ska nämnden minska utsläppen.", None),
        ("Arbetet utgår från trafikstrategin Hela Västmanland reser och budgeten.", None),
        ("Som beskrivs i kulturplanen Kultur för alla 2027–2030 ska biblioteken öppna.", None),
        ("Förslaget ligger i linje med\növersiktsplanen Göteborg 2040 samt regionplanen.", None),
        ("Genomförande av den regionala utvecklingsstrategin Jämtland Härjedalen 2030", None),
        # a body after the plan's noun ("som" left out), sent or not
        ("Nämnden har fått åtgärdsprogrammet Trafikkontoret har tagit fram.", None),
        ("Nämnden har fått handlingsplanen Kommunstyrelsen har beslutat om.", None),
        ("Styrelsen har fått kulturstrategin Stadsbyggnadskontoret och kulturförvaltningen tagit fram.", None),
        # what still is a title: sent, received, asked about
        (
            "Kommunstyrelsen har remitterat handlingsplanen Stockholm i ett varmare klimat (2026) till nämnden.",
            "Stockholm i ett varmare klimat",
        ),
        ("Nämnden har fått åtgärdsprogrammet Renare luft i Göteborg för yttrande.", "Renare luft i Göteborg"),
        ("Regionen remitterade trafikstrategin Hela Västmanland reser till kommunerna.", "Hela Västmanland reser"),
        ("Kommunen har skickat kulturplanen Kultur för alla 2027–2030 på remiss.", "Kultur för alla 2027–2030"),
        (
            "Kommunen ska yttra sig över den regionala utvecklingsstrategin Jämtland Härjedalen 2030.",
            "Jämtland Härjedalen 2030",
        ),
        ("Nämnden lämnar synpunkter på cykelprogrammet Cykla i Lund 2030–2040 senast i maj.", "Cykla i Lund 2030–2040"),
        ("Remiss av bostadsprogrammet Bo i Malmö, dnr KS 2027/0412", "Bo i Malmö"),
        (
            "Regionstyrelsen har överlämnat\nhandlingsplanen Stockholm i ett varmare klimat till nämnden.",
            "Stockholm i ett varmare klimat",
        ),
        ("Stadsdelsnämnden har översänt miljöprogrammet Hållbara Sundsvall samt bilagor.", "Hållbara Sundsvall"),
    ],
)
def test_a_plan_by_its_compound_is_a_title_only_when_sent_or_asked_about(text: str, title: str | None) -> None:
    found = NAMED_TITLE.search(text)
    assert (found and found.group("title")) == title


@pytest.mark.parametrize(
    "passing",
    [
        "Förslaget ligger i linje med översiktsplanen Göteborg 2040 som antogs 2022.",
        "Förslaget ligger i linje med översiktsplanen Göteborg 2040 och regionplanen Skåne 2040.",
        "Inriktningen stämmer med miljöprogrammet Hållbara Göteborg – mål för 2030.",
    ],
)
def test_a_plan_named_in_passing_leaves_the_answers_report_alone(block, passing: str) -> None:
    reports = extract_reports(analyse([block(_INVITED), block(passing)], REGISTER))
    assert [ref.title for ref in reports.refs] == [_REPORT]
    assert reports.sole_title == _REPORT
