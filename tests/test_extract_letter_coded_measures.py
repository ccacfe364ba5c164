"""Measures coded by their area's letters: a heading "Åtgärd S1" (alone, or under its area's title on one heading),
its text and an "Ansvar:" line in lower case; a closing summary table restating codes and ranges ("S1–S3");
two-letter codes in a table ("KA1"); a "Motiv:" paragraph between a measure and its "Ansvariga:"; a table's area
rows ("1 | Spridningssamband | | ") and a responsible not settled yet; coded bullets restating a programme's
measures ("• B1 Planberedskap …")."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_bullets import extract_coded_bullets
from atgard.extract.coded_measures import extract_coded_measures, extract_table_measures
from atgard.schema import BBox, LineSpan, TableCell

REGISTER = load_register()
BOX = BBox(x0=70, top=100, x1=520, bottom=130)


def _row(block, *cells: str):
    return block(" | ".join(cells), "table_row").model_copy(
        update={"cells": [TableCell(text=c, bbox=BOX) for c in cells]}
    )


def _two_lines(block, first: str, second: str):
    """A heading the reader set as one: the area's title over the measure's heading."""
    text = f"{first} {second}"
    lines = [
        LineSpan(start=0, end=len(first), page=1, bbox=BOX),
        LineSpan(start=len(first) + 1, end=len(text), page=1, bbox=BOX),
    ]
    return block(text, "heading", level=3).model_copy(update={"lines": lines})


def _found(blocks: list, table: bool = False) -> list[tuple[str | None, str, list[str]]]:
    read = extract_table_measures if table else extract_coded_measures
    measures = read(analyse(blocks, REGISTER), "Planen", REGISTER)
    return [(m.code, m.text, [b.name for b in m.responsible]) for m in measures]


@pytest.mark.parametrize(
    ("heading", "who", "responsible"),
    [
        ("Åtgärd S1", "Ansvar: tekniska nämnden, stadsbyggnadsnämnden.", ["Tekniska nämnden", "Stadsbyggnadsnämnden"]),
        (
            "Åtgärd S1 –",
            "Ansvar: tekniska nämnden och stadsbyggnadsnämnden",
            ["Tekniska nämnden", "Stadsbyggnadsnämnden"],
        ),
        (
            "Åtgärd KA1:",
            "Ansvariga: tekniska nämnden samt stadsbyggnadsnämnden.",
            ["Tekniska nämnden", "Stadsbyggnadsnämnden"],
        ),
        ("åtgärd V1", "Ansvarig: Bostads AB Vätterhem.", ["Bostads AB Vätterhem"]),
    ],
    ids=["comma", "och, dash", "two letters, samt", "lower case"],
)
def test_a_letter_coded_heading_with_its_text_and_ansvar(block, heading, who, responsible) -> None:
    blocks = [
        block("Åtgärder", "heading", level=2),
        block(heading, "heading", level=3),
        block("Skyfallsleder genom befintlig bebyggelse pekas ut och säkras."),
        block(who),
        block("Åtgärd S2" if "S1" in heading else "Åtgärd V2", "heading", level=3),
        block("Allmänna parker görs om till fördröjningsytor."),
        block("Ansvar: tekniska nämnden."),
    ]
    found = _found(blocks)
    assert found[0][1:] == ("Skyfallsleder genom befintlig bebyggelse pekas ut och säkras.", responsible)
    assert found[1][2] == ["Tekniska nämnden"]


def test_an_area_title_over_the_measure_heading_on_one_heading(block) -> None:
    blocks = [
        _two_lines(block, "Värmeböljor", "Åtgärd V1"),
        block("Solavskärmning ska ingå som krav i projekteringen."),
        block("Ansvar: Bostads AB Vätterhem."),
    ]
    assert _found(blocks) == [("V1", "Solavskärmning ska ingå som krav i projekteringen.", ["Bostads AB Vätterhem"])]


@pytest.mark.parametrize("codes", ["S1–S2", "S1 - S2", "S1-2"])
def test_a_closing_summary_table_of_codes_and_ranges_adds_no_measure(block, codes) -> None:
    blocks = [
        block("Åtgärd S1", "heading", level=3),
        block("Skyfallsleder pekas ut och säkras."),
        block("Ansvar: tekniska nämnden."),
        block("Åtgärd S2", "heading", level=3),
        block("Parker görs om till fördröjningsytor."),
        block("Ansvar fastställs senare."),
        block("Uppföljning", "heading", level=2),
        _row(block, "Åtgärd", "Huvudansvar", "Tidplan"),
        _row(block, codes, "Tekniska nämnden", "2026–2030"),
    ]
    found = _found(blocks)
    assert [code for code, _, _ in found] == ["S1", "S2"]
    assert found[1][2] == ["Tekniska nämnden"]  # the summary names who the text left unsettled


def test_two_letter_codes_in_a_measures_table(block) -> None:
    blocks = [
        block("Ärendet", "heading", level=2),
        _row(block, "Nr", "Åtgärd", "Ansvarig"),
        _row(block, "KA1", "Skyfallsleder pekas ut i nya detaljplaner.", "Byggnadsnämnden"),
        _row(block, "KA2", "Dagvattensystemet byggs om.", "Tekniska nämnden, Mälarenergi AB"),
    ]
    found = _found(blocks, table=True)
    assert [(code, who) for code, _, who in found] == [
        ("KA1", ["Byggnadsnämnden"]),
        ("KA2", ["Tekniska nämnden", "Mälarenergi AB"]),
    ]


@pytest.mark.parametrize("label", ["Motiv:", "Motivering:", "Bakgrund:", "Förväntad effekt:"])
def test_a_labelled_argument_between_a_measure_and_its_responsible(block, label) -> None:
    blocks = [
        block("5.1 Utemiljöer för barn", "heading", level=3),
        block("K3.1 Senast 2030 ska en tredjedel av lekytan vara skuggad."),
        block(f"{label} Skuggade ytor sänker yttemperaturen."),
        block("Rådet bedömer att 60 procent av gårdarna inte når dit."),
        block("Ansvariga: utbildningsnämnden och samtliga stadsdelsnämnder."),
    ]
    assert _found(blocks) == [
        (
            "K3.1",
            "Senast 2030 ska en tredjedel av lekytan vara skuggad.",
            ["Utbildningsnämnden", "Samtliga stadsdelsnämnder"],
        )
    ]


@pytest.mark.parametrize(
    "unsettled", ["Ansvar fastställs i budget för 2028", "Ansvarig utses senare", "Beslutas senare", "Ej fastställt"]
)
def test_area_rows_and_an_unsettled_responsible_in_a_table(block, unsettled) -> None:
    blocks = [
        block("Åtgärder", "heading", level=2),
        _row(block, "Nr", "Åtgärd", "Ansvarig", "Tidplan"),
        _row(block, "1", "Spridningssamband och kärnområden", "", ""),
        _row(block, "1.1", "Ta fram en karta över svaga spridningssamband.", "Miljö- och hälsoskyddsnämnden", "2027"),
        _row(block, "1.2", "Inrätta en digital plattform för fynd.", unsettled, "2029"),
    ]
    found = _found(blocks)
    assert [(code, who) for code, _, who in found] == [("1.1", ["Miljö- och hälsoskyddsnämnden"]), ("1.2", [])]


def _bullets(block, *texts: str) -> list:
    lead = [block("Ärendet i korthet", "heading", level=2), block("Programmet redovisar följande åtgärder:")]
    return lead + [block(t, "list_item", marker="•") for t in texts]


def test_coded_bullets_of_one_series_are_the_programmes_measures(block) -> None:
    blocks = _bullets(
        block,
        "B1 Planberedskap för minst 600 bostäder per år säkerställs.",
        "B2 – En bostadssocial plan tas fram.",
        "B3: Mitthem AB bygger minst 120 lägenheter per år.",
    )
    measures = extract_coded_bullets(analyse(blocks, REGISTER), "Bostadsförsörjningsprogram")
    assert [(m.code, m.text, m.report_title) for m in measures] == [
        ("B1", "Planberedskap för minst 600 bostäder per år säkerställs.", "Bostadsförsörjningsprogram"),
        ("B2", "En bostadssocial plan tas fram.", "Bostadsförsörjningsprogram"),
        ("B3", "Mitthem AB bygger minst 120 lägenheter per år.", "Bostadsförsörjningsprogram"),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ("B1 Planberedskap säkerställs.", "B2 En bostadssocial plan tas fram."),  # two only
        ("E4 Sundsvall–Umeå byggs ut.", "E14 Sundsvall–Östersund.", "E45 Inlandsvägen."),  # no series
        ("B1 och B2 kräver samverkan.", "B2 En plan tas fram.", "B3 En plan till."),  # the first no measure
    ],
    ids=["two", "roads", "a sentence about codes"],
)
def test_bullets_that_are_no_series_of_measures(block, texts) -> None:
    assert extract_coded_bullets(analyse(_bullets(block, *texts), REGISTER), "Programmet") == []
