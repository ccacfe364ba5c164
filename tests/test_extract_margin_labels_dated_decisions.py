"""A protocol's margin column of labels: a two-cell table row read as the sections it heads."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.extract.margin_labels import unfold_margin_labels
from atgard.schema import Block

REGISTER = load_register()
PITCH = 14.0


def _row(rows: list[tuple[str, list[str]]], *, page: int = 2) -> Block:
    """A table row as the reader makes it of a margin column: each label on its text's first line."""
    labels, texts = [], []
    top = 100.0
    for label, lines in rows:
        labels.append((label, top))
        for line in lines or [""]:
            if line:
                texts.append((line, top))
            top += PITCH
        top += 4.0
    cell0 = "\n".join(label for label, _ in labels)
    cell1 = "\n".join(line for line, _ in texts)
    text = f"{cell0} | {cell1}"
    spans, offset = [], 0
    for (label, y), x0 in [(item, 65.0) for item in labels]:
        spans.append(_span(offset, offset + len(label), page, x0, y, len(label)))
        offset += len(label) + 1
    offset = len(cell0) + 3
    for line, y in texts:
        spans.append(_span(offset, offset + len(line), page, 184.0, y, len(line)))
        offset += len(line) + 1
    bottom = top
    return Block.model_validate(
        {
            "kind": "table_row",
            "text": text,
            "page": page,
            "boxes": [{"page": page, "bbox": {"x0": 65.0, "top": 100.0, "x1": 515.0, "bottom": bottom}}],
            "cells": [
                {"text": cell0, "bbox": {"x0": 65.0, "top": 100.0, "x1": 140.0, "bottom": bottom}},
                {"text": cell1, "bbox": {"x0": 184.0, "top": 100.0, "x1": 515.0, "bottom": bottom}},
            ],
            "lines": spans,
        }
    )


def _span(start: int, end: int, page: int, x0: float, top: float, chars: int) -> dict[str, object]:
    bbox = {"x0": x0, "top": top, "x1": x0 + 5.0 * max(chars, 1), "bottom": top + 10.5}
    return {"start": start, "end": end, "page": page, "bbox": bbox}


def _points(blocks: list[Block], office: str = "Kommunfullmäktige") -> list[str]:
    analysed = analyse(unfold_margin_labels(blocks), REGISTER)
    decision = extract_decision(analysed, office, office, REGISTER)
    return [point.text for point in decision.points]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # a single decision, a label of its own and text wrapped with a party at the line's start
            [
                (
                    "Beslut",
                    ["Kommunfullmäktige beslutar att utse Eva Ek (M) och Per Berg", "(V) att justera protokollet."],
                )
            ],
            ["Kommunfullmäktige beslutar att utse Eva Ek (M) och Per Berg (V) att justera protokollet."],
        ),
        (  # numbered points under a lead-in, between a case number and a summary
            [
                ("Diarienummer", ["KSN-2026-01405"]),
                (
                    "Beslut",
                    [
                        "Kommunfullmäktige beslutar",
                        "1. att bifalla motionen, samt",
                        "2. att i övrigt anse motionen",
                        "besvarad.",
                    ],
                ),
                ("Sammanfattning", ["Motionären föreslår att kommunen ska bygga fler förskolor."]),
            ],
            ["att bifalla motionen, samt", "att i övrigt anse motionen besvarad."],
        ),
        (  # the board's decision in the genitive label, a reservation beside it holds no point
            [
                ("Yrkanden", ["Eva Ek (S) yrkar bifall till motionen."]),
                ("Nämndens beslut", ["Motionen avslås."]),
                ("Reservation", ["Socialdemokraternas ledamöter reserverar sig mot beslutet."]),
                ("Expedieras", ["Kommunstyrelsen"]),
            ],
            ["Motionen avslås."],
        ),
        (  # passive points with bullets, "Vid protokollet" as a label without text
            [
                ("Beslut", ["– Förslaget skickas på remiss enligt sändlistan.", "– Paragrafen justeras omedelbart."]),
                ("Vid protokollet", []),
            ],
            ["Förslaget skickas på remiss enligt sändlistan.", "Paragrafen justeras omedelbart."],
        ),
    ],
)
def test_margin_column_decisions(rows: list[tuple[str, list[str]]], expected: list[str]) -> None:
    heading = Block.model_validate(
        {
            "kind": "heading",
            "text": "§ 43 Svar på motion om förskolor",
            "page": 2,
            "boxes": [{"page": 2, "bbox": {"x0": 65.0, "top": 80.0, "x1": 400.0, "bottom": 92.0}}],
        }
    )
    assert _points([heading, _row(rows)]) == expected


def test_labels_and_texts_become_blocks_in_reading_order() -> None:
    row = _row([("Beslut", ["Nämnden beslutar", "1. att anta yttrandet"]), ("Reservation", ["S reserverar sig."])])
    assert [(b.kind, b.marker, b.text) for b in unfold_margin_labels([row])] == [
        ("paragraph", None, "Beslut"),
        ("paragraph", None, "Nämnden beslutar"),
        ("list_item", "1.", "att anta yttrandet"),
        ("paragraph", None, "Reservation"),
        ("paragraph", None, "S reserverar sig."),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # a header box of facts: no decision label, one row as it stands
        [("Sammanträdesdatum", ["Måndagen den 29 mars 2027"]), ("Paragrafer", ["§§ 41–45"])],
        # a signature box: names, no labels
        [("Henrik Malmgren", ["Lisa Wahlqvist"]), ("Sekreterare", ["Ordförande"])],
        # a label column whose first cell holds a sentence
        [("Ärendet bordläggs.", ["Kommunstyrelsen"]), ("Beslut", ["Nämnden godkänner rapporten."])],
    ],
)
def test_other_two_column_rows_stay(rows: list[tuple[str, list[str]]]) -> None:
    row = _row(rows)
    assert unfold_margin_labels([row]) == [row]


def _paragraph(text: str, top: float) -> Block:
    box = {"page": 1, "bbox": {"x0": 71.0, "top": top, "x1": 500.0, "bottom": top + 12.0}}
    return Block.model_validate({"kind": "paragraph", "text": text, "page": 1, "boxes": [box]})


@pytest.mark.parametrize(
    ("sentence", "decider"),
    [
        (
            "Styrelsen för Stockholms Stadshus AB beslutade den 11 november 2026 att överlämna detta yttrande.",
            "Stockholms Stadshus AB",
        ),
        (
            "Styrelsen för AB Familjebostäder beslöt den 3 maj 2027 att anta yttrandet som bolagets svar.",
            "AB Familjebostäder",
        ),
        ("Kulturnämnden beslutade vid sitt sammanträde den 2 juni 2027 att godkänna yttrandet.", "Kulturnämnden"),
        ("Idrottsnämnden beslutade 2027-03-14 att överlämna svaret till kommunstyrelsen.", "Idrottsnämnden"),
    ],
)
def test_dated_decision_under_decision_heading_is_its_boards(sentence: str, decider: str) -> None:
    """A letter's "Beslut" heading over the board's dated decision: the point is that board's, not the addressee's."""
    blocks = [_paragraph("Beslut", 100.0), _paragraph(sentence, 120.0)]
    blocks[0] = blocks[0].model_copy(update={"kind": "heading", "level": 2})
    decision = extract_decision(analyse(blocks, REGISTER), decider, "Kommunstyrelsen", REGISTER)  # the sender's
    assert [p.text for p in decision.points] == [sentence]
    assert decision.decided_by == decider


def test_dated_decision_elsewhere_is_history() -> None:
    """Without a decision heading a board's dated past decision is the case's history, no point."""
    blocks = [
        _paragraph("Bakgrund", 100.0).model_copy(update={"kind": "heading", "level": 2}),
        _paragraph("Kommunstyrelsen beslutade den 2 september 2026 att remittera utredningen.", 120.0),
    ]
    assert extract_decision(analyse(blocks, REGISTER), "Avsändaren", None, REGISTER).points == []


@pytest.mark.parametrize(
    "history",
    [
        "Kommunfullmäktige beslutade den 12 juni 2025 att ge kommunstyrelsen i uppdrag att ta fram en plan.",
        "Kulturnämnden beslöt den 3 maj 2027 att anta sitt yttrande.",
        "Regionstyrelsen beslutade 2026-05-04 att remittera förslaget.",
    ],
)
def test_another_bodys_dated_decision_under_the_heading_is_history(history: str) -> None:
    """Under a letter's "Beslut" heading, a council's or another board's dated decision after the sender's own is
    the case's history (review of holdout15, 5): only the sender's, the addressee's or the header's body decides."""
    own = "Styrelsen för Stockholms Stadshus AB beslutade den 11 november 2026 att överlämna detta yttrande."
    blocks = [_paragraph("Beslut", 100.0), _paragraph(own, 120.0), _paragraph(history, 140.0)]
    blocks[0] = blocks[0].model_copy(update={"kind": "heading", "level": 2})
    decision = extract_decision(analyse(blocks, REGISTER), "Stockholms Stadshus AB", "Kommunstyrelsen", REGISTER)
    assert [p.text for p in decision.points] == [own]


@pytest.mark.parametrize(
    ("office", "unit", "expected"),
    [
        ("Region Uppsala", "Kultur- och bildningsnämnden", "Kultur- och bildningsnämnden"),
        ("Region Blekinge", "Regionstyrelsen", "Regionstyrelsen"),
        ("Region Jämtland Härjedalen", "Hälso- och sjukvårdsnämnden", "Hälso- och sjukvårdsnämnden"),
        ("Region Stockholm", "Trafikförvaltningen", "Region Stockholm"),  # an office, no meeting
        ("Region Uppsala", "Regionala utvecklingsnämndens arbetsutskott", "Region Uppsala"),
    ],
)
def test_protocols_office_is_the_region_committee_that_met(office: str, unit: str, expected: str) -> None:
    from atgard.extract.senders import Sender, meeting_sender

    assert meeting_sender(Sender(office, unit), "protokoll")[0] == expected
