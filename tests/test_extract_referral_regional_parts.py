"""An outside body's regional part named by its unit in lower case after a short name: "Hyresgästföreningen region
Mitt" is that region's association, never the register's Stockholm one; "… region Stockholm" is the register's own.
Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from found_referrals import recipient_names

LEAD = "Kommunstyrelsen beslutar att remittera förslaget till *Bostadsprogram för kommunen 2027–2031* till "


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        (
            "byggnadsnämnden samt Hyresgästföreningen region Mitt för yttrande.",
            ["Byggnadsnämnden", "Hyresgästföreningen region Mitt"],
        ),
        (
            "Hyresgästföreningen region Östra Götaland, socialnämnden och byggnadsnämnden för yttrande.",
            ["Hyresgästföreningen region Östra Götaland", "Socialnämnden", "Byggnadsnämnden"],
        ),
        (
            "socialnämnden och Hyresgästföreningen region Norr.",
            ["Socialnämnden", "Hyresgästföreningen region Norr"],
        ),
        (
            "socialnämnden samt till Hyresgästföreningen distrikt Väst, för yttrande.",
            ["Socialnämnden", "Hyresgästföreningen distrikt Väst"],
        ),
    ],
)
def test_a_regional_part_is_its_own_body(block, listed: str, expected: list[str]) -> None:
    assert recipient_names([block(LEAD + listed)]) == [expected]


@pytest.mark.parametrize(
    "listed",
    [
        "socialnämnden och Hyresgästföreningen region Stockholm för yttrande.",
        "socialnämnden och Hyresgästföreningen Region Stockholm för yttrande.",
        "socialnämnden och Hyresgästföreningen Stockholm för yttrande.",
    ],
)
def test_the_home_region_is_the_register_body(block, listed: str) -> None:
    assert recipient_names([block(LEAD + listed)]) == [["Socialnämnden", "Hyresgästföreningen Region Stockholm"]]


def test_a_lower_case_region_word_alone_is_no_area(block) -> None:
    names = recipient_names([block(LEAD + "socialnämnden och Hyresgästföreningen, regionens kommuner för yttrande.")])
    assert all("region " not in name for found in names for name in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Därutöver föreslås att PRO Norrköping, Hyresgästföreningen region Östra Götaland och Hyresbostäder i "
            "Norrköping AB bereds möjlighet att yttra sig.",
            ["PRO Norrköping", "Hyresgästföreningen region Östra Götaland", "Hyresbostäder i Norrköping AB"],
        ),
        (
            "Förslaget remitteras till Hyresgästföreningen region Mitt samt Mitthem AB för yttrande.",
            ["Hyresgästföreningen region Mitt", "Mitthem AB"],
        ),
        (
            "Förslaget remitteras till Hyresgästföreningen distrikt Väst och Bostadsbolaget Hemmet AB för yttrande.",
            ["Hyresgästföreningen distrikt Väst", "Bostadsbolaget Hemmet AB"],
        ),
    ],
)
def test_an_area_before_a_company_ends_at_the_joint(block, sentence: str, expected: list[str]) -> None:
    """The name-shape finder reads "region Östra Götaland och Hyresbostäder i Norrköping AB" as one company: the
    area ends at the joint, and the company after it is the list's next item."""
    assert recipient_names([block(sentence)]) == [expected]
