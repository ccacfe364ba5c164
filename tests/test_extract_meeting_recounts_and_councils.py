"""Meetings (holdout11): a protocol's recount of whom the referrer asked, the own board among others, is the
referral as made; a board's own councils named by its genitive ("stadsdelsnämndens pensionärsråd och
funktionshinderråd", the genitive gapped before the second); a plan sent on in lower case with its period is its
report; a Stockholm matter heading "X. Svar på remiss från kommunstyrelsen" names X; a Malmö "tjänsteskrivelse"
passed on as the answer is no referral. Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import extract_referrals
from atgard.extract.report_headings import heading_title
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _referrals(block, text: str) -> list[tuple[str | None, list[str]]]:
    analysed = analyse([block(text)], REGISTER)
    found = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    return [(r.report_title, [x.name for x in r.recipients]) for r in found]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Stadsdelsnämnden överlämnar förslaget till lokal plan för trygghet och social hållbarhet i Farsta "
            "2027–2028 till stadsdelsnämndens pensionärsråd och funktionshinderråd för synpunkter.",
            ["Stadsdelsnämndens pensionärsråd", "Stadsdelsnämndens funktionshinderråd"],
        ),
        (
            "Nämnden skickar programmet på remiss till nämndens pensionärsråd, funktionshinderråd samt ungdomsråd.",
            ["Nämndens pensionärsråd", "Nämndens funktionshinderråd", "Nämndens ungdomsråd"],
        ),
        (
            "Kommunstyrelsen remitterar förslaget till kommunens pensionärsråd och till Region Stockholm.",
            ["Kommunens pensionärsråd", "Region Stockholm"],
        ),
        (
            "Förslaget har remitterats till socialnämndens brukarråd och till regionens ungdomsråd.",
            ["Socialnämndens brukarråd", "Regionens ungdomsråd"],
        ),
    ],
)
def test_a_boards_own_councils_by_its_genitive(block, text, recipients) -> None:
    assert [names for _, names in _referrals(block, text)] == [recipients]


@pytest.mark.parametrize(
    "text",
    [
        # a consultation, no council: "samråd" is no body's name
        "Stadsdelsnämnden överlämnar förslaget till lokal plan till kommunens samråd för synpunkter.",
        # the answer passed on, a Malmö memo's genre named as what goes
        "Nämnden beslutar att som svar på remissen överlämna fritidsförvaltningens tjänsteskrivelse, daterad "
        "2026-08-27, till kommunstyrelsen.",
        "Nämnden beslutar att överlämna förvaltningens tjänsteskrivelse till kommunstyrelsen som svar på remissen.",
    ],
)
def test_no_council_and_no_own_answer_is_a_referral(block, text) -> None:
    assert _referrals(block, text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Stadsdelsnämnden överlämnar förslaget till lokal plan för trygghet och social hållbarhet i Farsta "
            "2027–2028 till stadsdelsnämndens pensionärsråd för synpunkter.",
            "Lokal plan för trygghet och social hållbarhet i Farsta 2027–2028",
        ),
        (
            "Nämnden remitterar förslaget till klimatanpassningsplan för Skarpnäck 2027-2030 till trafiknämnden och "
            "miljö- och hälsoskyddsnämnden.",
            "Klimatanpassningsplan för Skarpnäck 2027-2030",
        ),
        (
            "Kulturnämnden skickar förslaget till nytt biblioteksprogram för Sundbyberg 2027–2031 till kommunens "
            "pensionärsråd för yttrande.",
            "Biblioteksprogram för Sundbyberg 2027–2031",
        ),
    ],
)
def test_a_plan_sent_on_in_lower_case_with_its_period_is_its_report(block, text, title) -> None:
    assert [t for t, _ in _referrals(block, text)] == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Förslaget till riktlinjer för stadens lokalförsörjning 2027–2030 antas.",
        "Haninge kommun har remitterat ett förslag till mobilitetsplan för perioden 2028–2038 till Region Stockholm.",
    ],
)
def test_a_plan_adopted_or_named_by_its_period_alone_is_no_report(block, text) -> None:
    analysed = analyse([block(text)], REGISTER)
    assert [r.title for r in extract_reports(analysed).refs] == []


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "§ 2 Strategi för ett aktivt liv för äldre i Malmö 2027–2030. Svar på remiss från kommunstyrelsen",
            "Strategi för ett aktivt liv för äldre i Malmö 2027–2030",
        ),
        ("§ 14 Program för idrott och motion. Remiss från idrottsnämnden", "Program för idrott och motion"),
        ("Trafikstrategi för Nacka 2040. Remissvar", "Trafikstrategi för Nacka 2040"),
        ("§ 7 Handlingsplan mot buller – svar på remiss", "Handlingsplan mot buller"),
    ],
)
def test_a_matter_heading_with_the_answer_after_a_full_stop(heading, title) -> None:
    found = heading_title(heading)
    assert found is not None and found.group("title") == title


@pytest.mark.parametrize(
    "heading",
    ["§ 3 Motion om fler bibliotek. Svar på remiss från kommunstyrelsen", "§ 4 Verksamhetsplan 2027"],
)
def test_a_motion_or_a_plain_matter_heading_names_no_report(heading) -> None:
    assert heading_title(heading) is None
