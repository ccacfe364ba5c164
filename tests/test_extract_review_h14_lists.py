"""The review of holdout14's lists: the words that join a remiss list's items are vocabulary.JOINT_WORDS (the
referral list had its own "och|samt|…|respektive", and a second "och|samt|respektive" for codes), and a unit's
words after an outside body's name are written once in mentions/lists.py (AREA_UNIT)."""

from __future__ import annotations

import pytest

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
