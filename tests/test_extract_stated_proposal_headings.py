"""A proposal's numbered heading that states it in a whole sentence ("Förslag 1: Bygg ut familjecentralerna så att
det finns minst en familjecentral i varje kommundel."), the paragraph under it arguing for it; its heading broken
over a page ("… för barn och unga" / "mellan 6 och 15 år …"); partners under a label of their own after those
responsible ("Samverkanspart utanför kommunen: Arbetsförmedlingen"). Tables of Swedish variants written here."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures

REGISTER = load_register()


def _measures(block, *blocks: tuple[str, str]) -> list[tuple[str | None, str, list[str]]]:
    made = [block("Goda uppväxtvillkor", "heading", level=3)]
    made += [block(text, kind, level=5) if kind == "heading" else block(text) for text, kind in blocks]
    return [
        (m.code, m.text, [r.name for r in m.responsible])
        for m in extract_coded_measures(analyse(made, REGISTER), "Jämlik hälsa", REGISTER)
    ]


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        (
            "Förslag 1: Bygg ut familjecentralerna så att det finns minst en familjecentral i varje kommundel.",
            "Bygg ut familjecentralerna så att det finns minst en familjecentral i varje kommundel.",
        ),
        (
            "Åtgärd 2.3 Inför ett gemensamt arbetssätt för tidiga insatser till elever med hög frånvaro.",
            "Inför ett gemensamt arbetssätt för tidiga insatser till elever med hög frånvaro.",
        ),
        (
            "Rekommendation 4 – Kommunen bör erbjuda avgiftsfri sommarlovsverksamhet i alla kommundelar.",
            "Kommunen bör erbjuda avgiftsfri sommarlovsverksamhet i alla kommundelar.",
        ),
    ],
)
def test_a_heading_stating_the_proposal_in_a_sentence_is_its_text(block, heading: str, text: str) -> None:
    found = _measures(
        block,
        (heading, "heading"),
        ("I dag finns familjecentraler i tre av kommunens tio kommundelar, och behovet växer.", "paragraph"),
        ("Ansvar: Socialnämnden i samverkan med Förskolenämnden.", "paragraph"),
    )
    assert [(text, ["Socialnämnden", "Förskolenämnden"])] == [m[1:] for m in found]


@pytest.mark.parametrize(
    ("first", "rest", "text"),
    [
        (
            "Förslag 3: Erbjud avgiftsfri sommarlovsverksamhet för barn och unga",
            "mellan 6 och 15 år i alla kommundelar.",
            "Erbjud avgiftsfri sommarlovsverksamhet för barn och unga mellan 6 och 15 år i alla kommundelar.",
        ),
        (
            "Åtgärd 3.1 Utöka öppettiderna på bibliotek",
            "och fritidsgårdar i ytterstaden.",
            "Utöka öppettiderna på bibliotek och fritidsgårdar i ytterstaden.",
        ),
    ],
)
def test_a_proposals_heading_broken_over_a_page_is_one_title(block, first: str, rest: str, text: str) -> None:
    found = _measures(
        block,
        (first, "heading"),
        (rest, "heading"),
        ("Verksamheten bör utformas tillsammans med föreningslivet.", "paragraph"),
        ("Ansvar: Kultur- och fritidsnämnden och Socialnämnden.", "paragraph"),
    )
    assert [m[1:] for m in found] == [(text, ["Kultur- och fritidsnämnden", "Socialnämnden"])]


@pytest.mark.parametrize(
    "responsible",
    [
        "Ansvar: Socialnämnden i samverkan med Förskolenämnden. Samverkanspart utanför kommunen: Arbetsförmedlingen.",
        "Ansvar: Socialnämnden och Förskolenämnden. Samverkansparter: Arbetsförmedlingen och Region Stockholm.",
        "Ansvar: Socialnämnden samt Förskolenämnden. Externa samverkansparter: Arbetsförmedlingen",
    ],
)
def test_partners_under_a_label_of_their_own_are_not_responsible(block, responsible: str) -> None:
    found = _measures(
        block,
        ("Förslag 4: Skapa fler kommunala praktik- och utbildningsanställningar för unga vuxna.", "heading"),
        ("Anställningarna bör kombineras med studier inom vuxenutbildningen.", "paragraph"),
        (responsible, "paragraph"),
    )
    assert [m[2] for m in found] == [["Socialnämnden", "Förskolenämnden"]]
