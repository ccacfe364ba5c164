"""Recipient lists of state and regional remisses: a court with its seat in brackets in a ministry's list, the
county's municipalities beside named bodies in a county board's running list, a body described in apposition,
and the views an office gathered while preparing an answer (no referral)."""

from __future__ import annotations

import pytest

from tests.found_referrals import recipient_names


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            ["Boverket", "Mark- och miljööverdomstolen (Svea hovrätt)", "Lantmäteriet"],
            ["Boverket", "Mark- och miljööverdomstolen (Svea hovrätt)", "Lantmäteriet"],
        ),
        (
            ["Migrationsöverdomstolen (Kammarrätten i Stockholm)", "Trafikverket"],
            ["Migrationsöverdomstolen (Kammarrätten i Stockholm)", "Trafikverket"],
        ),
    ],
)
def test_seated_court_in_a_numbered_list(block, items, expected):
    blocks = [block("Remissinstanser", kind="heading", level=2)]
    blocks += [block(text, kind="list_item", marker=f"{i}.") for i, text in enumerate(items, 1)]
    assert recipient_names(blocks) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Förslaget remitteras härmed till länets kommuner, till Region Uppsala och Livsmedelsverket.",
            [["Länets kommuner", "Region Uppsala", "Livsmedelsverket"]],
        ),
        (
            "Planen remitteras till kommunerna i länet samt till Trafikverket och Region Gävleborg.",
            [["Kommunerna i länet", "Trafikverket", "Region Gävleborg"]],
        ),
        (
            "Planen remitteras till Trafikverket, länets kommuner och Region Gävleborg.",
            [["Trafikverket", "Länets kommuner", "Region Gävleborg"]],
        ),
        # recounted: the remiss a municipality of the county answers, no list of its own
        ("Länsstyrelsen har remitterat förslaget till länets kommuner, Trafikverket och Region Uppsala.", []),
        # alone, the group leads a list named elsewhere
        (
            "Förslaget remitteras brett till länets kommuner och till de aktörer som berörs i länet.",
            [],
        ),
    ],
)
def test_county_towns_beside_named_bodies(block, text, expected):
    assert recipient_names([block(text)]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Förslaget remitteras till Region Uppsala och Enköpings kommuns va-huvudman ENA Energi AB.",
            [["Region Uppsala", "ENA Energi AB"]],
        ),
        (
            "Programmet remitteras till Trafikverket samt kommunens energibolag Mälarenergi AB.",
            [["Trafikverket", "Mälarenergi AB"]],
        ),
    ],
)
def test_body_described_in_apposition(block, text, expected):
    assert recipient_names([block(text)]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stadsledningskontoret har berett ärendet och därvid inhämtat synpunkter från stadsbyggnadskontoret och "
            "exploateringskontoret.",
            [],
        ),
        (
            "Socialförvaltningen har berett remissen och inhämtat synpunkter från äldreförvaltningen.",
            [],
        ),
        # opinions gathered are a remiss's, whoever gathered them
        (
            "Stadsledningskontoret har berett ärendet och därvid inhämtat yttranden från kulturnämnden och "
            "idrottsnämnden.",
            [["Kulturnämnden", "Idrottsnämnden"]],
        ),
    ],
)
def test_views_an_office_gathered_preparing(block, text, expected):
    assert recipient_names([block(text)]) == expected
