"""A Beredning that counts its remissinstanser and then sums up each one's answer: "Motionen har remitterats till
fyra facknämnder, två stadsdelsnämnder och Svenska Kennelklubben." followed by "Trafiknämnden tillstyrker …",
"Kyrkogårdsnämnden har avstått från att yttra sig." The count names no one; the bodies whose answers the section
sums up are the ones it stood for. Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _findings(block, *texts: str):
    blocks = [block(t[2:], kind="heading", level=2) if t.startswith("# ") else block(t) for t in texts]
    analysed = analyse(blocks, REGISTER)
    return referral_findings(analysed, extract_reports(analysed), REGISTER)


def _names(block, *texts: str) -> list[list[str]]:
    return [[r.name for r in f.referral.recipients] for f in _findings(block, *texts)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            [
                "# Beredning",
                "Motionen har remitterats till fyra facknämnder, två stadsdelsnämnder och Svenska Kennelklubben. "
                "Remissvaren sammanfattas nedan.",
                "Trafiknämnden tillstyrker motionen i den del som gäller inhägnade hundrastgårdar. Nämnden påpekar "
                "att skötseln kostar.",
                "Miljö- och hälsoskyddsnämnden avstyrker motionen.",
                "Kyrkogårdsnämnden har avstått från att yttra sig.",
                "Farsta stadsdelsnämnd ställer sig positiv till fler hundrastgårdar men betonar att resurser saknas.",
            ],
            [
                [
                    "Svenska Kennelklubben",
                    "Trafiknämnden",
                    "Miljö- och hälsoskyddsnämnden",
                    "Kyrkogårdsnämnden",
                    "Farsta stadsdelsnämnd",
                ]
            ],
        ),
        (  # the count alone, "samt", an en dash in a name, two bodies as one subject
            [
                "# Ärendets beredning",
                "Ärendet har remitterats till tre nämnder samt ett tiotal intresseorganisationer.",
                "Idrottsnämnden och kulturnämnden ställer sig i huvudsak bakom förslaget.",
                "Miljö– och hälsoskyddsnämnden har inga principiella invändningar.",
            ],
            [["Idrottsnämnden", "Kulturnämnden", "Miljö- och hälsoskyddsnämnden"]],
        ),
        (  # the active voice, a name broken with a hyphen, and one body named beside the count
            [
                "# Remissammanställning",
                "Kommunstyrelsen har remitterat motionen till idrottsnämnden och två stadsdelsnämnder.",
                "Hässelby-Vällingby stadsdelsnämnd instämmer i motionens förslag.",
                "Skärholmens stadsdelsnämnd välkomnar förslaget.",
            ],
            [["Idrottsnämnden", "Hässelby-Vällingby stadsdelsnämnd", "Skärholmens stadsdelsnämnd"]],
        ),
    ],
)
def test_a_counted_referral_takes_the_bodies_whose_answers_follow(block, texts: list[str], expected) -> None:
    assert _names(block, *texts) == expected


def test_the_summed_up_views_are_answers(block) -> None:
    (finding,) = _findings(
        block,
        "# Beredning",
        "Förslaget har skickats på remiss till fem nämnder.",
        "Trafiknämnden tillstyrker förslaget. Fastighetsnämnden har inte yttrat sig inom remisstiden.",
        "Kyrkogårdsnämnden avstår från att yttra sig.",
    )
    assert (finding.answered, finding.declined, finding.unanswered) == (
        ["Trafiknämnden"],
        ["Kyrkogårdsnämnden"],
        ["Fastighetsnämnden"],
    )


@pytest.mark.parametrize(
    "texts",
    [
        ["# Beredning", "Motionen har remitterats till fyra facknämnder och två stadsdelsnämnder."],  # no one named
        [  # views outside a summary section are the writer's, not answers
            "# Beredning",
            "Motionen har remitterats till fyra facknämnder.",
            "# Mina synpunkter",
            "Jag delar trafiknämndens bedömning. Trafiknämnden anser att fler platser behövs.",
        ],
    ],
)
def test_a_count_with_no_answers_named_is_no_referral(block, texts: list[str]) -> None:
    assert _names(block, *texts) == []


def test_a_view_tells_the_status_of_a_referral_that_named_its_bodies(block) -> None:
    (finding,) = _findings(
        block,
        "# Inkomna yttranden",
        "Ärendet har remitterats till kulturnämnden och trafiknämnden.",
        "Kulturnämnden framhåller att regeln bör gälla även i ytterstaden.",
    )
    assert finding.answered == ["Kulturnämnden"]
