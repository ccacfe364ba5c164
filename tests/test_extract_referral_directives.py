"""A referral given as directives, one an item, under a lead ("Rapporten remitteras enligt följande."): each item
names its bodies and what they are to do, in whatever mood: "A lämnar synpunkter", "B redovisar sina
förutsättningar", "C yttrar sig över åtgärd X". Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _found(block, lead: str, items: list[str], after: str | None = None) -> list[tuple]:
    blocks = [block(lead)]
    blocks += [block(text, "list_item", marker=f"{n}.") for n, text in enumerate(items, 1)]
    if after is not None:
        blocks.append(block(after))
    analysed = analyse(blocks, REGISTER)
    return [
        ([r.name for r in f.referral.recipients], f.referral.action, f.referral.measure_codes, f.referral.priority)
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


LEADS = [
    "Förvaltningen föreslår att programmet remitteras enligt följande.",
    "Planen remitteras på följande sätt:",
    "Kontoret föreslår att förslaget skickas på remiss som följer.",
    "Rapporten ska remitteras enligt nedan.",
]


@pytest.mark.parametrize("lead", LEADS)
def test_items_under_a_referral_lead_are_directives_whatever_their_mood(block, lead: str) -> None:
    found = _found(
        block,
        lead,
        [
            "Kulturnämnden och idrottsnämnden lämnar i första hand synpunkter på förslaget i sin helhet.",
            "Trafiknämnden respektive exploateringsnämnden redovisar, var för sig, sina förutsättningar att "
            "genomföra åtgärderna B2.1–B2.3.",
            "AB Familjebostäder samt AB Svenska Bostäder yttrar sig över åtgärd D1.4.",
            "Bromma stadsdelsnämnd ges tillfälle att yttra sig.",
        ],
    )
    assert found == [
        (["Kulturnämnden", "Idrottsnämnden"], "opinion", [], "primary"),
        (["Trafiknämnden", "Exploateringsnämnden"], "implementation", ["B2.1", "B2.2", "B2.3"], None),
        (["AB Familjebostäder", "AB Svenska Bostäder"], "opinion", ["D1.4"], None),
        (["Bromma stadsdelsnämnd"], "opinion", [], None),
    ]


@pytest.mark.parametrize(
    ("lead", "items"),
    [
        # a decision's lead: the items are the board's own decisions and answers, not directives to others
        ("Stadsdelsnämnden beslutar följande.", ["Stadsdelsnämnden lämnar synpunkter på rapporten."]),
        ("Nämnden lämnar följande synpunkter:", ["Kulturnämnden redovisar sina förutsättningar i bilagan."]),
        # a referral lead whose bodies it names itself: its items are no further directives
        (
            "Ärendet har remitterats till kulturnämnden.",
            ["Idrottsnämnden lämnar synpunkter på rapportens kapitel 3."],
        ),
    ],
)
def test_present_tense_items_under_another_lead_are_no_referral(block, lead: str, items: list[str]) -> None:
    found = _found(block, lead, items)
    assert all(recipients != ["Idrottsnämnden"] and recipients != ["Kulturnämnden"] for recipients, *_ in found[1:])
    assert not any(r == ["Stadsdelsnämnden"] for r, *_ in found)


def test_the_directives_end_with_the_list(block) -> None:
    """A paragraph after the items is read on its own again: "Nämnden lämnar …" there is an answer's sentence."""
    found = _found(
        block,
        "Rapporten remitteras enligt följande.",
        ["Socialnämnden lämnar synpunkter på rapporten."],
        after="Kulturnämnden lämnar också synpunkter på rapporten i ett eget ärende.",
    )
    assert found == [(["Socialnämnden"], "opinion", [], None)]


@pytest.mark.parametrize(
    "lead",
    [
        "Kontoret föreslår att planen remitteras för yttrande enligt nedan. Varje nämnd yttrar sig över det som "
        "anges efter dess namn.",
        "Programmet remitteras enligt följande:",
        "Förvaltningen föreslår att förslaget skickas på remiss som följer.",
    ],
)
def test_items_that_label_their_bodies_are_directives_of_their_own(block, lead: str) -> None:
    """Under a referral's lead an item may name its bodies as a label and its scope after a colon, a dash or a
    parenthesis, with no verb: each item is a referral of its own, with its codes and its own reply date."""
    found = _found(
        block,
        lead,
        [
            "Kulturnämnden: åtgärderna C1.1–C1.3",
            "Trafiknämnden och exploateringsnämnden – åtgärd C2.2 samt C2.4",
            "Micasa Fastigheter i Stockholm AB (åtgärd C3.1, med svar senast den 2 juni 2027)",
            "Norrmalms stadsdelsnämnd: hela programmet",
            "Hägersten-Älvsjö och Farsta stadsdelsnämnder: förutsättningarna för att genomföra åtgärd C1.2",
        ],
    )
    assert found == [
        (["Kulturnämnden"], "opinion", ["C1.1", "C1.2", "C1.3"], None),
        (["Trafiknämnden", "Exploateringsnämnden"], "opinion", ["C2.2", "C2.4"], None),
        (["Micasa Fastigheter i Stockholm AB"], "opinion", ["C3.1"], None),
        (["Norrmalms stadsdelsnämnd"], "opinion", [], None),
        (["Hägersten-Älvsjö stadsdelsnämnd", "Farsta stadsdelsnämnd"], "implementation", ["C1.2"], None),
    ]


@pytest.mark.parametrize(
    ("lead", "items"),
    [
        # a label that is no body: a heading of a part of the report, a list of what the report holds
        ("Rapporten remitteras enligt följande.", ["Bakgrund: rapporten beskriver läget i staden."]),
        # labelled items under a lead that is no referral's: the board's own views
        ("Nämnden lämnar följande synpunkter:", ["Kulturnämnden: åtgärderna C1.1–C1.3 bör prioriteras."]),
        ("Rapporten innehåller följande delar:", ["Idrottsnämnden – ansvar och roller"]),
    ],
)
def test_labels_that_name_no_directive_are_no_referral(block, lead: str, items: list[str]) -> None:
    assert _found(block, lead, items) == []


@pytest.mark.parametrize(
    "lead", ["Rapporten remitteras för yttrande enligt nedan.", "Planen skickas på remiss enligt följande."]
)
def test_names_alone_under_a_directives_lead_are_one_referrals_list(block, lead: str) -> None:
    found = _found(block, lead, ["Kulturnämnden", "Idrottsnämnden", "AB Svenska Bostäder"])
    assert found == [(["Kulturnämnden", "Idrottsnämnden", "AB Svenska Bostäder"], "opinion", [], None)]


def test_a_group_label_before_its_names_in_one_item_is_no_body(block) -> None:
    found = _found(
        block,
        "Förslaget har remitterats till följande:",
        ["Facknämnder: kulturnämnden och idrottsnämnden", "Stadsdelsnämnder: Farsta och Bromma"],
    )
    assert found == [
        (["Kulturnämnden", "Idrottsnämnden", "Farsta stadsdelsnämnd", "Bromma stadsdelsnämnd"], "opinion", [], None)
    ]
