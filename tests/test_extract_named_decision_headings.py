"""A decision heading that names its body in the genitive ("Regionstyrelsens beslut"): that body decides the points
under it, not the addressee the document is sent to (a region's answer to an agency: its board's points are
the board's). A bare "Beslut", the own body by its kind ("Nämndens beslut") or a person's decision keep the
addressee; items and plain paragraphs alike; the heading also set as text."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decision_sections import heading_body
from atgard.extract.decisions import extract_decision

REGISTER = load_register()
TO = "Naturvårdsverket"


def deciders(block, spec) -> list[str]:
    found = extract_decision(analyse([block(*item) for item in spec], REGISTER), None, TO, REGISTER)
    return [p.decided_by or found.decided_by or "" for p in found.points]


POINTS = [
    ("Regionstyrelsen överlämnar remissvaret till Naturvårdsverket som regionens svar.", "list_item", "1."),
    ("Regionstyrelsen uppdrar åt regiondirektören att informera hälso- och sjukvårdsstyrelsen.", "list_item", "2."),
]


@pytest.mark.parametrize(
    ("heading", "kind", "decider"),
    [
        ("Regionstyrelsens beslut", "heading", "Regionstyrelsen"),
        ("Regionstyrelsens beslut:", "paragraph", "Regionstyrelsen"),
        ("Tekniska nämndens beslut", "heading", "Tekniska nämnden"),
        ("Kommunfullmäktiges beslut", "paragraph", "Kommunfullmäktige"),
        ("Miljö- och hälsoskyddsnämndens beslut", "heading", "Miljö- och hälsoskyddsnämnden"),
        ("Beslut", "heading", TO),
        ("Nämndens beslut", "heading", TO),
        ("Styrelsens beslut", "heading", TO),
        ("Ordförandens beslut", "heading", TO),
    ],
)
def test_the_named_body_decides_under_its_heading(block, heading, kind, decider) -> None:
    spec = [(heading, kind, None, 2) if kind == "heading" else (heading,), *POINTS]
    assert deciders(block, spec) == [decider, decider]


def test_the_document_is_decided_by_the_named_body(block) -> None:
    spec = [
        ("Regionstyrelsens beslut", "heading", None, 2),
        ("Planen godkänns.",),
        ("Paragrafen justeras omedelbart.",),
    ]
    found = extract_decision(analyse([block(*item) for item in spec], REGISTER), None, TO, REGISTER)
    assert found.decided_by == "Regionstyrelsen"
    assert [p.text for p in found.points] == ["Planen godkänns.", "Paragrafen justeras omedelbart."]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Regionstyrelsens beslut", "Regionstyrelsen"),
        ("Kultur- och fritidsnämndens beslut:", "Kultur- och fritidsnämnden"),
        ("Stadsdelsnämnden Västra Hisingens beslut", "Stadsdelsnämnden Västra Hisingen"),
        ("Beslut", None),
        ("Kommunstyrelsens förslag till beslut", None),
        ("Tidigare beslut", None),
        ("Beslut i ärendet", None),
    ],
)
def test_the_body_a_heading_names(text, body) -> None:
    assert heading_body(text) == body
