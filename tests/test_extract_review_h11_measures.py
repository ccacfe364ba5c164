"""The review of holdout11's measures: a paragraph opened by a capital and one number ("E18 Norrtäljevägen …") opens
a measure only when none is open and only if the very next block names those responsible; a text's measure and a
table's row are one measure only when their code has a letter or a dot ("A1", "2.1"), not a bare "1"."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures
from atgard.schema import BBox, TableCell

REGISTER = load_register()


def _row(block, *cells: str):
    box = BBox(x0=70, top=100, x1=520, bottom=130)
    return block(" | ".join(cells), "table_row").model_copy(
        update={"cells": [TableCell(text=c, bbox=box) for c in cells]}
    )


def _found(blocks: list) -> list[tuple[str | None, list[str]]]:
    measures = extract_coded_measures(analyse(blocks, REGISTER), "Planen", REGISTER)
    return [(m.code, [b.name for b in m.responsible]) for m in measures]


@pytest.mark.parametrize(
    ("road", "responsible"),
    [
        ("E18 Norrtäljevägen är en barriär för eleverna i Hjulsta.", "Ansvar: Utbildningsnämnden"),
        ("E4 Essingeleden skär av stadsdelen från vattnet.", "Ansvarig: Utbildningsnämnden."),
        ("E20 Bullret från leden\när högt vid skolan.", "Ansvariga: Utbildningsnämnden"),
    ],
    ids=["e18", "e4 ansvarig", "e20 broken line"],
)
def test_a_short_code_inside_an_open_measure_is_its_text(block, road: str, responsible: str) -> None:
    blocks = [
        block("A2.1 Stärkt koppling mellan skola och arbetsliv", "heading", level=3),
        block("Skolorna samarbetar med näringslivet."),
        block(road),
        block(responsible),
    ]
    assert _found(blocks) == [("A2.1", ["Utbildningsnämnden"])]


@pytest.mark.parametrize(
    "between",
    [
        "Inventeringen görs under hösten.",
        "Kartan visar skolgårdarnas lägen – se bilaga 2.",
    ],
)
def test_a_short_code_lapses_unless_its_responsible_follows_at_once(block, between: str) -> None:
    blocks = [
        block("Föreslagna åtgärder", "heading", level=2),
        block("B4 Kartan visar skolgårdarnas lägen."),
        block(between),
        block("Ansvar: Lokalnämnden och grundskolenämnden."),
    ]
    assert _found(blocks) == []


def test_short_codes_each_closed_by_the_next_line(block) -> None:
    blocks = [
        block("Föreslagna åtgärder", "heading", level=2),
        block("A1 Skolgårdarnas friytor inventeras."),
        block("Ansvar: Lokalnämnden samt grundskolenämnden."),
        block("A2 Friytan per barn säkerställs."),
        block("Ansvarig nämnd: Stadsbyggnadsnämnden respektive lokalnämnden"),
    ]
    assert _found(blocks) == [
        ("A1", ["Lokalnämnden", "Grundskolenämnden"]),
        ("A2", ["Stadsbyggnadsnämnden", "Lokalnämnden"]),
    ]


def _listed_then_tabled(block, item: str, row: tuple[str, str, str]) -> list:
    return [
        block("Åtgärder", "heading", level=2),
        block(item, "list_item", marker=item.split()[0]),
        block("Sammanställning", "heading", level=2),
        _row(block, "Nr", "Insats", "Ansvar"),
        _row(block, *row),
    ]


@pytest.mark.parametrize(
    ("item", "row"),
    [
        (
            "1. Utöka lärlingsplatserna i de kommunala bolagen. Ansvarig: arbetsmarknadsnämnden.",
            ("1", "Fler feriejobb för unga", "Kulturnämnden"),
        ),
        (
            "2) Skolgårdarna rustas upp. Ansvar: Utbildningsnämnden samt fastighetsnämnden.",
            ("2", "Bättre belysning i parkerna – trygghet", "Kulturnämnden"),
        ),
    ],
    ids=["counter-example", "2) samt"],
)
def test_bare_numbers_of_text_and_table_are_two_measures(block, item: str, row: tuple[str, str, str]) -> None:
    assert [code for code, _ in _found(_listed_then_tabled(block, item, row))] == [row[0], row[0]]


@pytest.mark.parametrize(
    ("item", "row", "code"),
    [
        # the same words: the summary's row of the text's measure
        (
            "1. Utöka lärlingsplatserna i de kommunala bolagen. Ansvarig: arbetsmarknadsnämnden.",
            ("1", "Fler lärlingsplatser", "Kulturnämnden"),
            "1",
        ),
        # an inflection of the text's word
        (
            "1. Utöka lärlingsplatserna i de kommunala bolagen. Ansvarig: arbetsmarknadsnämnden.",
            ("1", "Lärlingsplatser i bolagen", "Kulturnämnden"),
            "1",
        ),
    ],
    ids=["shared word", "shared words"],
)
def test_a_bare_number_with_the_texts_words_is_one_measure(block, item: str, row, code: str) -> None:
    assert _found(_listed_then_tabled(block, item, row)) == [(code, ["Arbetsmarknadsnämnden"])]


def test_a_lettered_code_stated_and_tabled_is_one_measure(block) -> None:
    blocks = [
        block("Föreslagna åtgärder", "heading", level=2),
        block("A1 Skolgårdarnas friytor inventeras."),
        block("Ansvar: Lokalnämnden."),
        block("Sammanfattning", "heading", level=2),
        _row(block, "Åtgärd", "Innehåll", "Ansvar"),
        _row(block, "A1", "Fler feriejobb", "Kulturnämnden"),
    ]
    assert _found(blocks) == [("A1", ["Lokalnämnden"])]
