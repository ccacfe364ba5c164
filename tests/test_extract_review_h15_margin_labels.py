"""Review of holdout15: a protocol's margin column of labels (extract/margin_labels.py)."""

from __future__ import annotations

import pytest

from atgard.extract.margin_labels import unfold_margin_labels
from atgard.schema import Block
from tests.test_extract_margin_labels_dated_decisions import _points, _row


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the reviewer's counter-example: numbers in brackets, as the reader splits them outside a margin
        (
            ["(1) att bifalla motionen", "(2) att i övrigt anse motionen besvarad"],
            [("(1)", "att bifalla motionen"), ("(2)", "att i övrigt anse motionen besvarad")],
        ),
        (["A. att anta planen", "B. att avslå yrkandet"], [("A.", "att anta planen"), ("B.", "att avslå yrkandet")]),
        (
            ["(a) att godkänna rapporten", "(b) att lägga den"],
            [("(a)", "att godkänna rapporten"), ("(b)", "att lägga den")],
        ),
        # a party wrapped to the line's start is no marker: the line goes on the paragraph before it
        (
            ["Nämnden utser Eva Ek (M) och Per Berg", "(MP) att justera protokollet."],
            [(None, "Nämnden utser Eva Ek (M) och Per Berg (MP) att justera protokollet.")],
        ),
        (
            ["Nämnden utser Eva Ek (M) och Per Berg", "(V) att justera protokollet."],
            [(None, "Nämnden utser Eva Ek (M) och Per Berg (V) att justera protokollet.")],
        ),
    ],
)
def test_margin_items_are_marked_as_the_reader_marks_them(
    lines: list[str], expected: list[tuple[str | None, str]]
) -> None:
    row = _row([("Beslut", lines), ("Reservation", ["S reserverar sig."])])
    blocks = unfold_margin_labels([row])
    assert [(b.marker, b.text) for b in blocks[1:-2]] == expected


def _heading(text: str, top: float) -> Block:
    box = {"page": 2, "bbox": {"x0": 65.0, "top": top, "x1": 400.0, "bottom": top + 12.0}}
    return Block.model_validate({"kind": "heading", "text": text, "page": 2, "boxes": [box]})


def _text(text: str, top: float) -> Block:
    box = {"page": 2, "bbox": {"x0": 65.0, "top": top, "x1": 400.0, "bottom": top + 12.0}}
    return Block.model_validate({"kind": "paragraph", "text": text, "page": 2, "boxes": [box]})


@pytest.mark.parametrize(
    ("title", "rows", "after", "office", "expected"),
    [
        (  # the reviewer's counter-example: a delegation report's box, then the board's own decision
            "§ 14 Anmälan av delegationsbeslut",
            [
                ("Ärende", ["Ansökan om serveringstillstånd, Restaurang Kajen"]),
                ("Delegatens beslut", ["Tillstånd beviljas enligt ansökan."]),
                ("Delegat", ["Tillståndshandläggare"]),
            ],
            ["Beslut", "Socialnämnden beslutar att lägga redovisningen till handlingarna."],
            "Socialnämnden",
            ["Socialnämnden beslutar att lägga redovisningen till handlingarna."],
        ),
        (  # the reviewer's counter-example: a case-history box in a tjänsteutlåtande
            "Ärendets gång",
            [
                ("Uppdrag", ["Kommunfullmäktige gav kommunstyrelsen uppdraget i juni 2025."]),
                (
                    "Kommunstyrelsens beslut",
                    ["Kommunstyrelsen beslutade den 2 september 2025 att remittera", "förslaget till nämnderna."],
                ),
                ("Remisstid", ["Till och med den 1 december 2025"]),
            ],
            [],
            "Kommunstyrelsen",
            [],
        ),
        (  # a county board's decision told in a box of facts
            "Bakgrund",
            [
                ("Ärende", ["Överklagande av bygglov, fastigheten Rotemannen 4"]),
                ("Länsstyrelsens beslut", ["Överklagandet avslås."]),
                ("Datum", ["2027-02-11"]),
            ],
            [],
            "Stadsbyggnadsnämnden",
            [],
        ),
        (  # the chair's urgent decision reported to the board
            "§ 8 Anmälan av ordförandebeslut",
            [("Ordförandens beslut", ["Yttrandet lämnas till regionen."]), ("Ärende", ["Remiss om cykelplan"])],
            [],
            "Trafiknämnden",
            [],
        ),
        (  # the board's own genitive label beside its reservation: still the meeting's decision
            "§ 43 Svar på motion om förskolor",
            [
                ("Kommunstyrelsens beslut", ["Motionen avslås."]),
                ("Reservation", ["Socialdemokraternas ledamöter reserverar sig mot beslutet."]),
            ],
            [],
            "Kommunstyrelsen",
            ["Motionen avslås."],
        ),
    ],
)
def test_a_box_of_facts_beside_another_bodys_decision_is_no_decision(
    title: str, rows: list[tuple[str, list[str]]], after: list[str], office: str, expected: list[str]
) -> None:
    blocks = [_heading(title, 80.0), _row(rows)]
    for number, text in enumerate(after):
        block = _text(text, 400.0 + 20 * number)
        blocks.append(block.model_copy(update={"kind": "heading", "level": 2}) if text == "Beslut" else block)
    assert _points(blocks, office) == expected
