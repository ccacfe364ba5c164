"""Accounts of answers told with the particle verb set apart ("svar har kommit in från A"), with the subject after
the finite verb ("Inom remisstiden har yttranden inkommit från A"), denied by their determiner ("Inget svar har
kommit in från B"), and answers passed on by the body they went through ("X överlämnade den 12 maj yttranden från
A och B"). Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import extract_referrals
from atgard.extract.reports import extract_reports

REGISTER = load_register()
REMISS = (
    "Kommunstyrelsen beslutade den 27 januari 2027 att remittera planen till tekniska nämnden, "
    "stadsbyggnadsnämnden, AB Stångåstaden och kultur- och fritidsnämnden, med svar senast den 12 mars 2027."
)


def _stated(block, sentence: str) -> list[tuple[str, str, bool | None]]:
    analysed = analyse([block(REMISS), block(sentence)], REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    return [(s.board.name, s.outcome, s.in_time) for s in referral.stated_answers]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Inom remisstiden har svar kommit in från tekniska nämnden och stadsbyggnadsnämnden.",
            [("Tekniska nämnden", "answered", True), ("Stadsbyggnadsnämnden", "answered", True)],
        ),
        (
            "Inom remisstiden har yttranden inkommit från tekniska nämnden, stadsbyggnadsnämnden och AB Stångåstaden.",
            [
                ("Tekniska nämnden", "answered", True),
                ("Stadsbyggnadsnämnden", "answered", True),
                ("AB Stångåstaden", "answered", True),
            ],
        ),
        (
            "Remissvar har kommit in från tekniska nämnden samt stadsbyggnadsnämnden efter remisstidens utgång.",
            [("Tekniska nämnden", "answered", False), ("Stadsbyggnadsnämnden", "answered", False)],
        ),
        (
            "Yttranden kom in från tekniska nämnden respektive AB Stångåstaden i tid.",
            [("Tekniska nämnden", "answered", True), ("AB Stångåstaden", "answered", True)],
        ),
        (
            "Efter remisstidens utgång har svar kommit in från tekniska nämnden.",
            [("Tekniska nämnden", "answered", False)],
        ),
    ],
)
def test_answers_that_came_in(block, sentence: str, expected: list) -> None:
    assert _stated(block, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Inget svar har inkommit från tekniska nämnden.",
        "Inga yttranden har kommit in från tekniska nämnden.",
        "Inom svarstiden har inget svar kommit in från tekniska nämnden.",
        "Inget skriftligt svar har kommit in från tekniska nämnden.",
    ],
)
def test_no_answer_came_in(block, sentence: str) -> None:
    assert _stated(block, sentence) == [("Tekniska nämnden", "unanswered", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Totalt har 21 remissvar kommit in, varav tre efter sista svarsdag.",
        "Sammanlagt har fyra yttranden inkommit inom remisstiden.",
        "I dag har svaren kommit in.",
    ],
)
def test_a_count_of_answers_names_no_body(block, sentence: str) -> None:
    assert _stated(block, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kommunledningskontoret överlämnade den 12 mars 2027 yttranden från AB Stångåstaden och tekniska nämnden.",
            [("AB Stångåstaden", "answered", None), ("Tekniska nämnden", "answered", None)],
        ),
        (
            "Stadshus AB har översänt svaren från AB Stångåstaden samt tekniska nämnden efter remisstidens utgång.",
            [("AB Stångåstaden", "answered", False), ("Tekniska nämnden", "answered", False)],
        ),
        ("Kommunstyrelsen överlämnar yttranden från AB Stångåstaden till kommunfullmäktige.", []),
        ("Kommunstyrelsen överlämnade förslaget till AB Stångåstaden för synpunkter från bolaget.", []),
    ],
)
def test_answers_passed_on(block, sentence: str, expected: list) -> None:
    assert _stated(block, sentence) == expected
