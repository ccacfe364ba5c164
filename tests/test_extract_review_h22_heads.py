"""An agency's letter on a margin-column letterhead (holdout22): its case number as a label paragraph over its value,
its sender named in its running footer over the postal line; a municipality or region an answer is given for, named
in the running header. Tables of Swedish variants written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from atgard.extract.boards import load_register
from atgard.extract.case_numbers import body_diarienummer
from atgard.extract.home import home_organisation
from atgard.extract.lead_ins import lead_in
from atgard.extract.senders import footer_sender
from atgard.schema import Block

REGISTER = load_register()
MakeBlock = Callable[..., Block]


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Vår beteckning", "02134-2027"),
        ("Diarienr", "TRV 2027/61702"),
        ("Dnr:", "KS 2027/312"),
        ("Diarienummer", "4.1-2027"),
    ],
)
def test_a_case_number_under_its_label(block: MakeBlock, label: str, value: str) -> None:
    blocks = [
        block("Folkhälsomyndigheten", kind="heading", level=4),
        block("Datum"),
        block("2027-05-06"),
        block(label),
        block(value),
    ]
    assert body_diarienummer(blocks) == value


def test_their_number_under_its_label_is_not_the_letters(block: MakeBlock) -> None:
    assert body_diarienummer([block("Er beteckning"), block("709-4521-2027")]) is None


@pytest.mark.parametrize(
    ("lines", "sender"),
    [
        (["Sida 1 (2)", "Folkhälsomyndigheten", "171 82 Solna", "Besök: Nobels väg 18, Solna"], "Folkhälsomyndigheten"),
        (["Trafikverket", "781 89 Borlänge", "trafikverket@trafikverket.se"], "Trafikverket"),
        (["Socialstyrelsen", "106 30 Stockholm"], "Socialstyrelsen"),
    ],
)
def test_the_sender_over_its_postal_line_in_the_footer(lines: list[str], sender: str) -> None:
    assert footer_sender(lines, REGISTER) == sender


@pytest.mark.parametrize(
    "lines",
    [["Stadshuset", "105 35 Stockholm"], ["Kulturförvaltningen", "Box 16113", "103 22 Stockholm"], ["Sida 1 (2)"]],
)
def test_no_outside_sender_in_the_footer(lines: list[str]) -> None:
    assert footer_sender(lines, REGISTER) is None


@pytest.mark.parametrize(
    ("lines", "organisation"),
    [
        (["Kristianstads kommun", "Kommunledningskontoret   YTTRANDE"], "Kristianstads kommun"),
        (["Umeå kommun -", "Kommunledningskontoret", "901 84 Umeå"], "Umeå kommun"),
        (
            ["Region Östergötland   PROTOKOLLSUTDRAG", "Regionstyrelsen   Sammanträdesdatum 2027-06-08"],
            "Region Östergötland",
        ),
        (["HELSINGBORGS STAD", "Kommunstyrelsen"], "Helsingborgs stad"),
        (["Stadsledningskontoret", "205 80 Malmö", "malmo.se"], None),
    ],
)
def test_the_organisation_the_running_header_names(lines: list[str], organisation: str | None) -> None:
    assert home_organisation(lines) == organisation


@pytest.mark.parametrize(
    ("text", "decider"),
    [
        (
            "Äldrenämndens ordförande har med stöd av punkt 1.6 i nämndens delegationsordning beslutat följande.",
            "Äldrenämnden",
        ),
        ("Kulturnämndens ordförande har beslutat följande:", "Kulturnämnden"),
        ("Socialnämndens vice ordförande har med stöd av delegation beslutat följande.", "Socialnämnden"),
    ],
)
def test_a_chairs_decision_on_delegation_leads_in_the_boards_points(text: str, decider: str) -> None:
    assert lead_in(text) == (None, decider, False)


@pytest.mark.parametrize(
    "text",
    ["Kulturnämndens ordförande har beslutat att avstå från att yttra sig.", "Nämnden har beslutat att remittera."],
)
def test_a_decision_told_as_taken_leads_in_nothing(text: str) -> None:
    assert lead_in(text) is None
