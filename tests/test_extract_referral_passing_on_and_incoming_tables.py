"""A body that passes the remiss on ("Stockholms Stadshus AB, som i sin tur överlämnar den till AB X och Y AB"), a
summary that names fewer bodies than the fuller statement after it, bodies counted through their owner ("två
fackförvaltningars nämnder"), an annexed title with its description after a full stop, and two table shapes: a
list of incoming remisser ("Remiss | Avsändare | Ansvarig nämnd | Svar senast") and a remiss list with a contact
column ("Remissinstans | Kontaktperson"). Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.annex_titles import without_genre_tail
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports
from tests.test_extract_referrals import table_referrals, table_row

REGISTER = load_register()
COMPANIES = ["AB Svenska Bostäder", "Stockholm Parkering AB"]


def _recipients(block, *texts: str) -> list[list[str]]:
    analysed = analyse([block(text) for text in texts], REGISTER)
    return [
        [r.name for r in f.referral.recipients]
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Rapporten remitteras även till Stockholms Stadshus AB, som i sin tur överlämnar den till",
        "Kommunstyrelsen remitterar rapporten till Stockholms Stadshus AB, som i sin tur skickar den vidare till",
        "Förslaget skickas på remiss till Stockholms Stadshus AB, vilket sedan sänder förslaget vidare till",
        "Rapporten remitteras till Stockholms Stadshus AB, som överlämnar den till",
    ],
)
@pytest.mark.parametrize("joint", [" och ", " samt "])
def test_a_body_that_passes_the_remiss_on(block, lead: str, joint: str) -> None:
    text = f"{lead} {COMPANIES[0]}{joint}{COMPANIES[1]}, samt till RF-SISU Stockholm."
    assert _recipients(block, text) == [["Stockholms Stadshus AB", *COMPANIES, "RF-SISU Stockholm"]]


@pytest.mark.parametrize(
    "text",
    [
        "Nämnden överlämnar den till kommunstyrelsen.",  # no remiss in the sentence
        "Rapporten remitteras till kulturnämnden, som överlämnar sitt yttrande till kommunstyrelsen.",
        "Rapporten remitteras till kulturnämnden, som i sin tur överlämnar den.",  # no one to pass it to
    ],
)
def test_no_passing_on_without_the_remitted_thing_and_a_body(block, text: str) -> None:
    assert all(COMPANIES[0] not in names and "Kommunstyrelsen" not in names for names in _recipients(block, text))


@pytest.mark.parametrize("counted", ["Två fackförvaltningars nämnder", "Tre kommunala bolags styrelser"])
@pytest.mark.parametrize("verb", ["ombeds därutöver yttra sig", "ges dessutom tillfälle att yttra sig"])
def test_bodies_counted_through_their_owner_are_no_recipient(block, counted: str, verb: str) -> None:
    found = _recipients(block, f"Även kulturnämnden ges tillfälle att yttra sig. {counted} {verb} över åtgärd 3.")
    assert found[0] == ["Kulturnämnden"]
    assert all(counted not in names for names in found)


@pytest.mark.parametrize(
    ("summary", "fuller"),
    [
        (
            "Stadsledningskontoret föreslår att rapporten *Nära grönska* remitteras till kulturnämnden. Även "
            "Stockholms Stadshus AB ges tillfälle att yttra sig.",
            "Rapporten *Nära grönska* remitteras till kulturnämnden och till Stockholms Stadshus AB, som i sin tur "
            "överlämnar den till AB Svenska Bostäder.",
        ),
    ],
)
def test_a_summary_naming_fewer_bodies_gives_way_to_the_fuller_statement(block, summary: str, fuller: str) -> None:
    assert _recipients(block, summary, fuller) == [["Kulturnämnden", "Stockholms Stadshus AB", "AB Svenska Bostäder"]]


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        ("Nära grönska. Slutrapport från utredningen om parker i ytterstaden", "Nära grönska"),
        ("Trygg skolväg – delrapport från trafikutredningen", "Trygg skolväg"),
        ("Trygg skolväg - Delrapport från trafikutredningen", "Trygg skolväg"),
        ("Unga i staden. Rapport av arbetsgruppen för ungas inflytande", "Unga i staden"),
        ("Ett lyft för biblioteken – kommissionens slutrapport från arbetet", "Ett lyft för biblioteken"),
        ("Skolan som mötesplats. En rapport om lokaler", "Skolan som mötesplats. En rapport om lokaler"),
        ("Rapport från Kommissionen för ett hållbart Malmö", "Rapport från Kommissionen för ett hållbart Malmö"),
        ("Bo kvar. Rapporten från 2019 visade", "Bo kvar. Rapporten från 2019 visade"),
    ],
)
def test_an_annexed_title_without_its_description(entry: str, title: str) -> None:
    assert without_genre_tail(entry) == title


def test_the_annex_list_names_the_report_by_its_title(block) -> None:
    blocks = [
        block("Bilaga", kind="heading"),
        block(
            "Nära grönska. Slutrapport från utredningen om parker i ytterstaden (2027)", kind="list_item", marker="1."
        ),
    ]
    reports = extract_reports(analyse(blocks, REGISTER))
    assert [(r.title, r.year) for r in reports.refs] == [("Nära grönska", 2027)]


@pytest.mark.parametrize("header", ["Ansvarig nämnd", "Beredande nämnd", "Ansvariga nämnder", "Ansvarig nämnd/bolag"])
@pytest.mark.parametrize("joint", [" samt ", " och ", ", "])
def test_a_list_of_incoming_remisser_a_row_each(header: str, joint: str) -> None:
    found = table_referrals(
        table_row(1, "Remiss", "Avsändare", header, "Svar senast"),
        table_row(
            1,
            "Samråd om förslag till vattenplan för\nNorra Östersjöns vattendistrikt 2028–2033",
            "Vattenmyndigheten",
            f"Miljö- och\nkonsumentnämnden{joint}Mälarenergi AB",
            "2027-04-23",
        ),
        table_row(
            1,
            "Samrådshandling Översiktsplan\n2045 för Hallstahammars kommun",
            "Hallstahammars kommun",
            "Byggnadsnämnden",
            "2027-04-30",
        ),
        table_row(
            1,
            "Fritid för alla unga – ett\nsammanhållet ansvar (SOU\n2027:9)",
            "Kulturdepartementet",
            "Kulturnämnden",
            "2027-05-28",
        ),
    )
    assert [(names, title) for names, _, title, _ in found] == [
        (["Miljö- och konsumentnämnden", "Mälarenergi AB"], "Vattenplan för Norra Östersjöns vattendistrikt 2028–2033"),
        (["Byggnadsnämnden"], "Översiktsplan 2045 för Hallstahammars kommun"),
        (["Kulturnämnden"], "Fritid för alla unga – ett sammanhållet ansvar"),
    ]


def test_a_measure_table_with_a_responsible_board_is_no_referral() -> None:
    found = table_referrals(
        table_row(1, "Åtgärd", "Ansvarig nämnd", "Klart senast"),
        table_row(1, "Kvällsöppna skolidrottshallar", "Idrottsnämnden", "2028"),
    )
    assert found == []


@pytest.mark.parametrize("header", ["Kontaktperson", "E-post", "E-postadress", "Kontaktuppgifter"])
def test_a_remiss_list_with_a_contact_column_is_one_referral(header: str) -> None:
    found = table_referrals(
        table_row(1, "Remissinstans", header),
        table_row(1, "Folkhälsomyndigheten", "registrator@folkhalsomyndigheten.se"),
        table_row(1, "Länsstyrelsen i Skåne län", "skane@lansstyrelsen.se"),
        table_row(1, "Region Jönköpings län", "Tobias Ek, hållbarhetschef"),
        table_row(1, "Sveriges Kommuner och Regioner", "Anna-Karin Sandell, avdelningen för vård\noch omsorg"),
    )
    assert [names for names, *_ in found] == [
        ["Folkhälsomyndigheten", "Länsstyrelsen i Skåne län", "Region Jönköpings län", "Sveriges Kommuner och Regioner"]
    ]
