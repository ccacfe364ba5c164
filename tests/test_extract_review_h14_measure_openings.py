"""The review of holdout14's measure openings: a responsible not settled yet is the whole cell, a cell that goes on to
name the bodies names them ("Ansvaret fördelas mellan tekniska nämnden och miljönämnden"); a numbered heading's
number is no code when a number follows it ("Förslag 2 000 nya bostäder"), nor is a road ("Åtgärd E4 förbi
Sundsvall"); the labels of an aside under a measure, inflected ("Förväntade effekter:")."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures
from atgard.schema import BBox, TableCell

REGISTER = load_register()
BOX = BBox(x0=70, top=100, x1=520, bottom=130)


def _row(block, *cells: str):
    return block(" | ".join(cells), "table_row").model_copy(
        update={"cells": [TableCell(text=c, bbox=BOX) for c in cells]}
    )


def _responsible(block, cell: str) -> list[str]:
    blocks = [
        block("Åtgärder", "heading", level=2),
        _row(block, "Nr", "Åtgärd", "Ansvarig", "Tidplan"),
        _row(block, "1.1", "Ta fram en karta över svaga spridningssamband.", "Miljönämnden", "2027"),
        _row(block, "1.2", "Inrätta en digital plattform för fynd.", cell, "2029"),
    ]
    measures = extract_coded_measures(analyse(blocks, REGISTER), "Planen", REGISTER)
    assert [m.code for m in measures] == ["1.1", "1.2"]
    return [b.name for b in measures[1].responsible]


@pytest.mark.parametrize(
    "cell",
    [
        "Ansvaret fördelas mellan tekniska nämnden och miljönämnden",  # the reviewer's
        "Ansvaret fördelas mellan tekniska nämnden samt miljönämnden.",
        "Ansvaret fördelas mellan\ntekniska nämnden och miljönämnden",
        "Ansvaret fördelas på tekniska nämnden respektive miljönämnden",
        "Delat ansvar mellan tekniska nämnden och miljönämnden",
        "Ansvaret delas av tekniska nämnden, miljönämnden",
    ],
)
def test_an_unsettled_phrase_that_goes_on_to_name_the_bodies_names_them(block, cell: str) -> None:
    assert _responsible(block, cell) == ["Tekniska nämnden", "Miljönämnden"]


@pytest.mark.parametrize(
    "cell",
    [
        "Ansvar fastställs i budget för 2028",
        "Ansvaret fördelas i budget 2027–2028",
        "Ansvaret fördelas i budget 2027-2028.",
        "Ansvarig utses senare",
        "Ansvariga utses\nsenare",
        "Ansvarig utses av kommunstyrelsen",  # the body that appoints is not the one responsible
        "Fastställs senare av kommunstyrelsen",
        "Beslutas i samband med budget 2028",
        "Ej fastställt",
        "Inte beslutat",
        "Ännu oklart",
        "Oklart vilken nämnd som ansvarar",
    ],
)
def test_a_responsible_not_settled_yet_names_no_one(block, cell: str) -> None:
    assert _responsible(block, cell) == []


def _headed(block, heading: str) -> list[str | None]:
    blocks = [
        block("Åtgärder", "heading", level=2),
        block(heading, "heading", level=3),
        block("Staden planerar för fler bostäder i de östra stadsdelarna."),
        block("Ansvarig: Stadsbyggnadsnämnden."),
    ]
    return [m.code for m in extract_coded_measures(analyse(blocks, REGISTER), "Planen", REGISTER)]


@pytest.mark.parametrize(
    "heading",
    [
        "Förslag 2 000 nya bostäder",  # the reviewer's
        "Insats 1 000 nya platser i förskolan",
        "Förslag 2\u00a0000 nya bostäder",
        "Åtgärd 12 500 träd planteras",
        "Insats 2026",
        "Åtgärd 2026–2030",
        "Åtgärd E4 förbi Sundsvall",  # a road
        "Åtgärd E18 genom Järva",
    ],
)
def test_a_number_that_goes_on_or_a_road_is_no_code(block, heading: str) -> None:
    assert _headed(block, heading) == []


@pytest.mark.parametrize(
    ("heading", "code"),
    [
        ("Förslag 2 Fler bostäder", "2"),
        ("Åtgärd S1 Skyfallsleder", "S1"),
        ("Åtgärd KA2 – Dagvattensystemet byggs om", "KA2"),
        ("Åtgärd KA2 - Dagvattensystemet byggs om", "KA2"),
        ("Åtgärd E4", "E4"),
        ("Insats 3.1: Meröppna bibliotek", "3.1"),
        ("Rekommendation 4 – fler bostäder", "4"),
    ],
)
def test_a_numbered_heading_still_opens_its_measure(block, heading: str, code: str) -> None:
    assert _headed(block, heading) == [code]


def _argued(block, aside: str) -> list[tuple[str | None, str, list[str]]]:
    blocks = [
        block("5.1 Utemiljöer för barn", "heading", level=3),
        block("K3.1 Senast 2030 ska en tredjedel av lekytan vara skuggad."),
        block(aside),
        block("Rådet bedömer att 60 procent av gårdarna inte når dit."),
        block("Ansvariga: utbildningsnämnden och samtliga stadsdelsnämnder."),
    ]
    measures = extract_coded_measures(analyse(blocks, REGISTER), "Planen", REGISTER)
    return [(m.code, m.text, [b.name for b in m.responsible]) for m in measures]


@pytest.mark.parametrize(
    "aside",
    [
        "Förväntade effekter: Skuggade ytor sänker yttemperaturen.",
        "Förväntad effekt: Skuggade ytor sänker yttemperaturen.",
        "Beräknad kostnad: 4 miljoner kronor.",
        "Uppskattade kostnader: 4 miljoner kronor.",
        "Syfte och mål: Skuggade ytor sänker yttemperaturen.",
        "Kostnad/finansiering: inom ram.",
        "Tidplan samt uppföljning: 2027–2030.",
        "Motiv:\nSkuggade ytor sänker yttemperaturen.",
    ],
)
def test_an_aside_under_a_measure_keeps_it_open_for_its_responsible(block, aside: str) -> None:
    assert _argued(block, aside) == [
        (
            "K3.1",
            "Senast 2030 ska en tredjedel av lekytan vara skuggad.",
            ["Utbildningsnämnden", "Samtliga stadsdelsnämnder"],
        )
    ]
