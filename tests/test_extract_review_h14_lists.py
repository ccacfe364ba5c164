"""The review of holdout14's lists: the words that join a remiss list's items are vocabulary.JOINT_WORDS (the
referral list had its own "och|samt|…|respektive", and a second "och|samt|respektive" for codes), and a unit's
words after an outside body's name are written once in mentions/lists.py (AREA_UNIT)."""

from __future__ import annotations

import pytest
from found_referrals import recipient_names

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _recipients(block, items: list[str]) -> list[list[str]]:
    blocks = [
        block("Remiss av betänkandet *Vård i ett sammanhang*", kind="heading", level=1),
        block("Remissinstanser", kind="heading", level=2),
        *(block(item, kind="list_item", marker="•") for item in items),
        block("Remissvaren ska ha kommit in senast den 14 juni 2027.", kind="heading", level=2),
    ]
    analysed = analyse(blocks, REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return [[r.name for r in f.referral.recipients] for f in found]


@pytest.mark.parametrize(
    ("items", "names"),
    [
        # a joint inside a name keeps the name whole, whichever joint it is
        (
            ["Statens beredning för medicinsk och social utvärdering", "Polismyndigheten"],
            ["Statens beredning för medicinsk och social utvärdering", "Polismyndigheten"],
        ),
        (
            ["Riksförbundet för social samt mental hälsa", "Vision"],
            ["Riksförbundet för social samt mental hälsa", "Vision"],
        ),
        # joints between bodies: och, samt, respektive, a line break
        (["Kulturnämnden och idrottsnämnden", "Trafiknämnden"], ["Kulturnämnden", "Idrottsnämnden", "Trafiknämnden"]),
        (["Kulturnämnden samt\nidrottsnämnden", "Trafiknämnden"], ["Kulturnämnden", "Idrottsnämnden", "Trafiknämnden"]),
        (["Kulturnämnden respektive idrottsnämnden"], ["Kulturnämnden", "Idrottsnämnden"]),
    ],
)
def test_a_remiss_lists_joints(block, items: list[str], names: list[str]) -> None:
    assert _recipients(block, items) == [names]


def test_the_list_joint_is_the_vocabularys() -> None:
    from atgard.extract.referrals import lists
    from atgard.extract.vocabulary import FRAGMENTS

    for word in FRAGMENTS["list.joint_words"].matches:
        assert lists._JOINT.fullmatch(word), word
    for word in ("social", "mental", "medicinsk", "Statens"):
        assert not lists._JOINT.fullmatch(word), word


LEAD = "Kommunstyrelsen beslutar att remittera förslaget till *Bostadsprogram för kommunen 2027–2031* till "


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        # an outside body's regional part by its unit word, each of the three, joined by och, samt, a comma
        ("socialnämnden och Hyresgästföreningen region Mitt för yttrande.", ["Hyresgästföreningen region Mitt"]),
        ("socialnämnden samt Friluftsfrämjandet distrikt Väst, för yttrande.", ["Friluftsfrämjandet distrikt Väst"]),
        ("socialnämnden och Naturskyddsföreningen avdelning Norr.", ["Naturskyddsföreningen avdelning Norr"]),
        (
            "socialnämnden och Hyresgästföreningen region Östra Götaland, för yttrande.",
            ["Hyresgästföreningen region Östra Götaland"],
        ),
        # the home town's is the register's body
        ("socialnämnden och Hyresgästföreningen region Stockholm.", ["Hyresgästföreningen Region Stockholm"]),
    ],
)
def test_an_outside_bodys_unit(block, listed: str, expected: list[str]) -> None:
    assert recipient_names([block(LEAD + listed)]) == [["Socialnämnden", *expected]]


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        (
            "Hyresgästföreningen region Mitt respektive socialnämnden för yttrande.",
            ["Hyresgästföreningen region Mitt", "Socialnämnden"],
        ),
        (
            "socialnämnden Centrum respektive socialnämnden Nordost för yttrande.",
            ["Socialnämnden Centrum", "Socialnämnden Nordost"],
        ),
        (
            "Hyresgästföreningen distrikt Väst respektive Naturskyddsföreningen avdelning Norr.",
            ["Hyresgästföreningen distrikt Väst", "Naturskyddsföreningen avdelning Norr"],
        ),
    ],
)
def test_an_area_ends_at_respektive(block, listed: str, expected: list[str]) -> None:
    assert recipient_names([block(LEAD + listed)]) == [expected]


def test_the_area_unit_is_written_once() -> None:
    from atgard.extract import vocabulary
    from atgard.extract.mentions import lists

    for found in (lists._UNIT, lists._AREA_AFTER):
        assert vocabulary.AREA_UNIT in found.pattern.pattern

    for unit in ("region", "distrikt", "avdelning"):
        assert lists._UNIT.match(f"{unit} Väst")
        assert lists._AREA_AFTER.match(f" {unit} Väst,")
    for word in ("regionen", "distriktet", "avdelningen"):
        assert not lists._UNIT.match(f"{word} Väst")
        assert not lists._AREA_AFTER.match(f" {word} Väst,")
