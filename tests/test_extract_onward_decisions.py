"""A board's proposal sent on to its council under a heading of its own protocol ("Kommunstyrelsens förslag till
kommunfullmäktige" over "att motionen avslås"): its points are the council's to decide, also after a vote in the
item (no proposal put to the meeting). And a list under a label after a lead-in's "att"-points ("Remisslista" over
who answers on what) is no point of the decision. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decision_sections import ONWARD
from atgard.extract.decisions import extract_decision

REGISTER = load_register()
OWN = "Kommunstyrelsen"


def _points(block, spec) -> list[tuple[str, str]]:
    found = extract_decision(analyse([block(*item) for item in spec], REGISTER), None, OWN, REGISTER)
    return [(p.decided_by or found.decided_by or "", p.text) for p in found.points]


@pytest.mark.parametrize(
    ("heading", "council"),
    [
        ("Kommunstyrelsens förslag till kommunfullmäktige", "Kommunfullmäktige"),
        ("Kommunstyrelsens förslag till Kommunfullmäktige:", "Kommunfullmäktige"),
        ("Regionstyrelsens förslag till regionfullmäktige", "Regionfullmäktige"),
        ("Förslag till kommunfullmäktige", "Kommunfullmäktige"),
    ],
)
def test_a_proposal_sent_on_is_the_councils_to_decide(block, heading, council) -> None:
    spec = [
        ("§ 100 Svar på motion om solceller på stadens nya byggnader", "heading", None, 2),
        ("Dnr KS 2026/01673",),
        (heading, "heading", None, 3),
        ("att motionen avslås.",),
        ("Yrkanden", "heading", None, 3),
        ("Ida Hellner (MP) yrkar bifall till motionen.",),
        ("Propositionsordning och omröstning", "heading", None, 3),
        (
            "Med 11 ja-röster mot 2 nej-röster beslutar kommunstyrelsen att föreslå kommunfullmäktige att avslå "
            "motionen.",
        ),
    ]
    assert ONWARD.match(heading)
    assert _points(block, spec)[0] == (council, "att motionen avslås.")


@pytest.mark.parametrize("label", ["Remisslista", "Remissinstanser och uppdrag:", "Sändlista"])
@pytest.mark.parametrize("marker", ["–", "•"])
def test_a_list_under_a_label_after_att_points_is_no_point(block, label, marker) -> None:
    spec = [
        ("Kommunstyrelsen beslutar", "heading", None, 3),
        (
            "att remittera förslaget enligt remisslistan nedan, med svar senast den 31 augusti 2027,",
            "list_item",
            marker,
        ),
        ("att uppdra åt stadsledningskontoret att sammanställa remissvaren.", "list_item", marker),
        (label,),
        ("Synpunkter på planen lämnas i första hand av tekniska nämnden och byggnadsnämnden.", "list_item", marker),
        (
            "Byggnadsnämnden ska redovisa sina förutsättningar att genomföra åtgärderna KA2.1 och KA2.2.",
            "list_item",
            marker,
        ),
        ("Äldrenämnden samt Länsstyrelsen i Västmanlands län ges tillfälle att yttra sig.", "list_item", marker),
    ]
    assert [text for _, text in _points(block, spec)] == [
        "att remittera förslaget enligt remisslistan nedan, med svar senast den 31 augusti 2027,",
        "att uppdra åt stadsledningskontoret att sammanställa remissvaren.",
    ]


def test_att_points_go_on_after_a_paragraph_between_them(block) -> None:
    spec = [
        ("Nämnden beslutar", "heading", None, 3),
        ("att godkänna förvaltningens tjänsteutlåtande som svar på remissen,", "list_item", "–"),
        ("Beslutet fattas med stöd av delegationsordningen.",),
        ("att omedelbart justera paragrafen.", "list_item", "–"),
    ]
    assert [text for _, text in _points(block, spec)] == [
        "att godkänna förvaltningens tjänsteutlåtande som svar på remissen,",
        "att omedelbart justera paragrafen.",
    ]


def test_items_that_are_no_att_clauses_stay_points(block) -> None:
    spec = [
        ("Förslag till beslut", "heading", None, 3),
        ("Nämnden godkänner förvaltningens svar.", "list_item", "1."),
        ("Nämnden justerar paragrafen omedelbart.", "list_item", "2."),
        ("Bakgrund",),
        ("Nämnden överlämnar svaret till kommunstyrelsen.", "list_item", "3."),
    ]
    assert len(_points(block, spec)) == 3


@pytest.mark.parametrize(
    ("paragraph", "points"),
    [
        (
            "att bevilja Oskar Norén (L) entledigande från uppdraget som ersättare i socialnämnden, samt att välja "
            "Hanna Wiklander (L) till ersättare i socialnämnden.",
            [
                "att bevilja Oskar Norén (L) entledigande från uppdraget som ersättare i socialnämnden, samt",
                "att välja Hanna Wiklander (L) till ersättare i socialnämnden.",
            ],
        ),
        (
            "att anta planen; att uppdra åt nämnden att följa upp den; samt att förklara paragrafen justerad.",
            ["att anta planen;", "att uppdra åt nämnden att följa upp den; samt", "att förklara paragrafen justerad."],
        ),
        (
            "att godkänna rapporten samt att överlämna den till kommunstyrelsen.",
            ["att godkänna rapporten samt att överlämna den till kommunstyrelsen."],
        ),
    ],
)
def test_att_clauses_in_one_paragraph_are_a_point_each(block, paragraph, points) -> None:
    spec = [("Kommunfullmäktige beslutar", "heading", None, 3), (paragraph,)]
    assert [text for _, text in _points(block, spec)] == points
