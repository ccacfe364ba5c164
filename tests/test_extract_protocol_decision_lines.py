"""A protocol's decisions as its lines set them: a margin label broken over two lines ("Omröstnings- / resultat"),
a body declaring a question answered ("förklarar interpellationen besvarad", "Frågan är besvarad"), and a lead-in
ending its line over "att"-points the reader joined to it, over a page break too."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.extract.deliberation import is_deciding
from atgard.extract.lead_ins import own_line_start
from atgard.extract.margin_labels import unfold_margin_labels
from atgard.schema import Block

REGISTER = load_register()
PITCH = 14.0
_HEADING = {
    "kind": "heading",
    "text": "§ 45 Handlingsplan för klimatanpassning",
    "page": 2,
    "boxes": [{"page": 2, "bbox": {"x0": 65.0, "top": 80.0, "x1": 400.0, "bottom": 92.0}}],
}


def _box(x0: float, top: float, chars: int, page: int = 2) -> dict[str, object]:
    return {"page": page, "bbox": {"x0": x0, "top": top, "x1": x0 + 5.0 * max(chars, 1), "bottom": top + 10.5}}


def _row(lines: list[tuple[str, str]]) -> Block:
    """A margin column's table row, line by line: (the label's line or "", the text's line or "")."""
    labels = [(label, 100.0 + PITCH * n) for n, (label, _) in enumerate(lines) if label]
    texts = [(text, 100.0 + PITCH * n) for n, (_, text) in enumerate(lines) if text]
    cell0, cell1 = "\n".join(label for label, _ in labels), "\n".join(text for text, _ in texts)
    spans, offset = [], 0
    for label, top in labels:
        spans.append({"start": offset, "end": offset + len(label), **_box(65.0, top, len(label))})
        offset += len(label) + 1
    offset = len(cell0) + 3
    for text, top in texts:
        spans.append({"start": offset, "end": offset + len(text), **_box(184.0, top, len(text))})
        offset += len(text) + 1
    bottom = 100.0 + PITCH * len(lines)
    return Block.model_validate(
        {
            "kind": "table_row",
            "text": f"{cell0} | {cell1}",
            "page": 2,
            "boxes": [{"page": 2, "bbox": {"x0": 65.0, "top": 100.0, "x1": 515.0, "bottom": bottom}}],
            "cells": [
                {"text": cell0, "bbox": {"x0": 65.0, "top": 100.0, "x1": 140.0, "bottom": bottom}},
                {"text": cell1, "bbox": {"x0": 184.0, "top": 100.0, "x1": 515.0, "bottom": bottom}},
            ],
            "lines": spans,
        }
    )


def _points(blocks: list[Block], office: str = "Kommunfullmäktige") -> list[str]:
    analysed = analyse(unfold_margin_labels(blocks), REGISTER)
    return [point.text for point in extract_decision(analysed, office, office, REGISTER).points]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # the vote's label broken after a hyphen, the decision's numbered points under "Beslut"
            [
                ("Omröstnings-", "Med 36 ja mot 29 nej beslutar fullmäktige"),
                ("resultat", "att ärendet ska avgöras i dag."),
                ("Beslut", "1. Handlingsplanen antas."),
                ("", "2. Kommunstyrelsen får i uppdrag att följa upp"),
                ("", "planen årligen."),
                ("Reservation", "M reserverar sig mot beslutet."),
            ],
            ["Handlingsplanen antas.", "Kommunstyrelsen får i uppdrag att följa upp planen årligen."],
        ),
        (  # the putting's label broken, the decision a bulleted passive
            [
                ("Voterings-", "Ja för att avgöra ärendet i dag, Nej för återremiss."),
                ("proposition", ""),
                ("Beslut", "– Programmet fastställs."),
                ("", "– Paragrafen justeras omedelbart."),
            ],
            ["Programmet fastställs.", "Paragrafen justeras omedelbart."],
        ),
        (  # an interpellation declared answered, the sentence wrapped
            [
                ("Debatt", "Eva Ek (S) besvarar interpellationen."),
                ("Beslut", "Kommunfullmäktige förklarar interpellationen"),
                ("", "besvarad."),
            ],
            ["Kommunfullmäktige förklarar interpellationen besvarad."],
        ),
        (  # a question answered, told in the state it is in
            [("Ärendet", "Per Berg (L) besvarar frågan."), ("Beslut", "Frågan är besvarad.")],
            ["Frågan är besvarad."],
        ),
    ],
)
def test_margin_column_decisions(lines: list[tuple[str, str]], expected: list[str]) -> None:
    assert _points([Block.model_validate(_HEADING), _row(lines)]) == expected


def test_a_broken_label_is_one_label() -> None:
    row = _row([("Omröstnings-", "Med 36 ja mot 29 nej."), ("resultat", ""), ("Beslut", "Motionen avslås.")])
    assert [b.text for b in unfold_margin_labels([row])] == [
        "Omröstningsresultat",
        "Med 36 ja mot 29 nej.",
        "Beslut",
        "Motionen avslås.",
    ]


@pytest.mark.parametrize(
    ("sentence", "deciding"),
    [
        ("Kommunfullmäktige förklarar interpellationen besvarad.", True),
        ("Regionfullmäktige förklarade motionen besvarad.", True),
        ("Nämnden förklarar paragrafen omedelbart justerad.", True),
        ("Frågan är besvarad.", True),
        ("Interpellationen är därmed besvarad.", True),
        ("Frågan anses vara besvarad.", True),
        ("Ordföranden förklarar interpellationsdebatten avslutad.", False),
        ("Ordföranden förklarar sammanträdet öppnat.", False),
        ("Remissen är besvarad av förvaltningen.", False),
        ("Frågan är inte besvarad.", False),
    ],
)
def test_answered_questions(sentence: str, deciding: bool) -> None:
    assert is_deciding(sentence) is deciding


def _lines_block(lines: list[tuple[str, int]], top: float = 700.0) -> Block:
    """A paragraph the reader joined of these lines, each on its page (a page break between them)."""
    text, spans = "", []
    for n, (line, page) in enumerate(lines):
        start = len(text) + (1 if text else 0)
        text = f"{text} {line}" if text else line
        spans.append({"start": start, "end": len(text), **_box(71.0, top + PITCH * n if page == 1 else 81.0, 60, page)})
    boxes = [{"page": page, "bbox": {"x0": 71.0, "top": 81.0, "x1": 500.0, "bottom": 760.0}} for page in (1, 2)]
    return Block.model_validate({"kind": "paragraph", "text": text, "page": 1, "boxes": boxes, "lines": spans})


def _paragraph(text: str, page: int = 2) -> Block:
    line = {"start": 0, "end": len(text), **_box(71.0, 120.0, 60, page)}  # a paragraph's gap above it
    return Block.model_validate(
        {"kind": "paragraph", "text": text, "page": page, "boxes": [_box(71.0, 120.0, 60, page)], "lines": [line]}
    )


@pytest.mark.parametrize(
    ("lead", "clauses", "expected"),
    [
        (  # the lead-in at a page's foot, its first point on the next page, the second a paragraph of its own
            "Skol- och fritidsnämnden beslutar",
            ["att anta förvaltningens förslag till yttrande och överlämna det till kommunstyrelsen, samt"],
            [
                "att anta förvaltningens förslag till yttrande och överlämna det till kommunstyrelsen, samt",
                "att förklara paragrafen omedelbart justerad.",
            ],
        ),
        (  # the past tense, "att" on its line, the first clause ending in a comma
            "Styrelsen beslöt",
            ["att godkänna VD:s förslag till remissvar,"],
            ["att godkänna VD:s förslag till remissvar,", "att förklara paragrafen omedelbart justerad."],
        ),
    ],
)
def test_att_points_under_a_lead_in_ending_its_line(lead: str, clauses: list[str], expected: list[str]) -> None:
    beslut = {**_HEADING, "text": "Beslut", "page": 1}
    joined = _lines_block([(lead, 1), *[(clause, 2) for clause in clauses]])
    blocks = [Block.model_validate(beslut), joined, _paragraph("att förklara paragrafen omedelbart justerad.")]
    assert _points(blocks, "Skol- och fritidsnämnden") == expected


@pytest.mark.parametrize(
    ("lines", "first"),
    [
        (["Nämnden beslutar", "att anta yttrandet, samt"], "att anta yttrandet, samt"),
        (["Kommunstyrelsen föreslår kommunfullmäktige besluta", "att anta planen."], "att anta planen."),
        # the lead-in's own clause opens on its line: the lead-in stays with it
        (["Nämnden beslutar att", "anta yttrandet."], "Nämnden beslutar att anta yttrandet."),
        (["Nämnden beslutar att anta yttrandet och", "att överlämna det."], "Nämnden beslutar att anta"),
    ],
)
def test_own_line_start(lines: list[str], first: str) -> None:
    text = " ".join(lines)
    assert text[own_line_start(text, [0, len(lines[0]) + 1]) :].startswith(first)


@pytest.mark.parametrize(
    ("basis", "points"),
    [
        ("Beslutet fattas med stöd av stadsdelsnämndens delegationsordning, avsnitt 2 punkt 2.7.", 1),
        ("Beslutet har fattats med stöd av nämndens delegationsordning punkt 4.2.", 1),
        ("Detta beslut är fattat enligt delegation från kulturnämnden.", 1),
        ("Paragrafen justeras omedelbart.", 2),  # a decision that follows it is still one
    ],
)
def test_a_delegate_decision_s_basis_is_no_point(basis: str, points: int) -> None:
    heading = {**_HEADING, "text": "BESLUT", "page": 1}
    lead = "Förvaltningschefen beslutar att, på nämndens vägnar, avge detta yttrande som svar på remissen."
    blocks = [Block.model_validate(heading), _paragraph(lead, 1), _paragraph(basis, 1)]
    assert len(_points(blocks, "Kulturnämnden")) == points


@pytest.mark.parametrize("heading", ["Arbetsutskottets beslut för egen del", "Arbetsutskottets beslut"])
def test_a_committee_s_own_decision_under_its_heading(heading: str) -> None:
    """A working committee's own decision beside its proposal to the board: the heading "… för egen del"."""
    blocks = [
        Block.model_validate({**_HEADING, "text": "§ 13 Remiss av program mot våld", "page": 1}),
        Block.model_validate({**_HEADING, "text": heading, "page": 1}),
        _paragraph("Ärendet tas upp på nämndens sammanträde onsdagen den 24 februari 2027.", 1),
    ]
    assert _points(blocks, "Socialnämndens arbetsutskott") == [
        "Ärendet tas upp på nämndens sammanträde onsdagen den 24 februari 2027."
    ]
