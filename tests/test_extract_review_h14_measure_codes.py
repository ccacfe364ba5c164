"""The review of holdout14's measure codes: a plan an agenda's item adopts has numbered measures only if its table
holds a code where a measures table holds one (its column of codes, or its measure's cell), read as
``measure_tables`` reads them; a quarter under "Kvartal" is none. The shape of a measure's code has one home."""

from __future__ import annotations

import pytest

# the modules that declare the rules read by name below
import atgard.extract.coded_bullets
import atgard.extract.measure_openings  # noqa: F401
from atgard.extract.agenda_plans import adopted_plans
from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.rules import RULES
from atgard.extract.vocabulary import MEASURE_AREA
from atgard.schema import BBox, TableCell

REGISTER = load_register()
BOX = BBox(x0=70, top=100, x1=520, bottom=130)
_LINE = "§ 12 Handlingsplan för trygghet 2027"
_ADOPTS = "Handlingsplan för trygghet 2027 antas."


def _row(block, *cells: str):
    return block(" | ".join(cells), "table_row").model_copy(
        update={"cells": [TableCell(text=c, bbox=BOX) for c in cells]}
    )


def _adopted(block, rows) -> list[str]:
    blocks = [block(_LINE, "heading", level=2), block(_ADOPTS), *(_row(block, *cells) for cells in rows)]
    return [plan.title for plan in adopted_plans(analyse(blocks, REGISTER))]


@pytest.mark.parametrize(
    "rows",
    [
        [("Kvartal", "Åtgärd"), ("Q1", "Trygghetsvandringar")],  # the reviewer's
        [("Kvartal", "Åtgärder"), ("Q3", "Belysning ses över"), ("Q4", "Uppföljning")],
        [("Beslut", "Åtgärd"), ("KS 1", "Trygghetsvandringar")],
        [("Organ", "Insats", "Ansvarig"), ("KF 12", "Budgeten antas.", "Kommunfullmäktige")],
        [("År", "Åtgärd"), ("2027", "Trygghetsvandringar")],
        [("Nr", "Åtgärd"), ("KAB1", "Trygghetsvandringar")],  # three letters
        [("Nr", "Åtgärd"), ("1 000", "Trygghetsvandringar")],
        [("Period", "Aktivitet"), ("1", "Trygghetsvandringar")],
    ],
    ids=["Q1", "Q3 Q4", "KS 1", "KF 12", "year", "three letters", "amount", "period"],
)
def test_a_first_cell_that_is_no_code_makes_no_numbered_measures(block, rows) -> None:
    assert _adopted(block, rows) == []


@pytest.mark.parametrize(
    "rows",
    [
        [("Nr", "Åtgärd", "Ansvarig"), ("KA1", "Skyfallsleder pekas ut.", "Tekniska nämnden")],
        [("Nr", "Åtgärd", "Ansvarig"), ("KA 2", "Skyfallsleder pekas ut.", "Tekniska nämnden")],
        [("Nr", "Insats", "Ansvarig"), ("3.", "Trygghetsvandringar.", "Stadsdelsnämnden")],
        [("Åtgärdsnummer", "Åtgärd"), ("A2.1", "Trygghetsvandringar.")],
        [("Åtgärd", "Beskrivning", "Ansvarig"), ("T1", "Trygghetsvandringar.", "Socialnämnden")],
        [("Förslag", "Ansvarig"), ("1:2 Belysningen ses över.", "Tekniska nämnden")],
        [("Åtgärd", "Huvudansvar", "Tidplan"), ("T1–T3", "Socialnämnden", "2027")],
        [("Åtgärd", "Huvudansvar", "Tidplan"), ("T1-T3", "Socialnämnden", "2027")],
    ],
    ids=["KA1", "KA 2", "3.", "A2.1", "code under Åtgärd", "opening 1:2", "range –", "range -"],
)
def test_a_code_where_a_measures_table_holds_one_numbers_the_measures(block, rows) -> None:
    assert _adopted(block, rows) == ["Handlingsplan för trygghet 2027"]


_READERS = ("measure.table.short_code", "measure.table.codes_cell", "measure.coded_bullet", "measure.numbered_heading")


@pytest.mark.parametrize("name", _READERS)
def test_the_measure_code_shape_has_one_home(name: str) -> None:
    """Each reader of a code with an area's letters builds it of the vocabulary's fragments, not a copy."""
    pattern = RULES[name].pattern.pattern
    assert MEASURE_AREA in pattern
    assert "[A-ZÅÄÖ]{1,2}" not in pattern.replace(MEASURE_AREA, "")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("measure.table.short_code", "{code}"),
        ("measure.table.short_code", "{spaced}"),
        ("measure.table.codes_cell", "{code}"),
        ("measure.table.codes_cell", "{code}–{code}"),
        ("measure.table.codes_cell", "{code} - {code}"),
        ("measure.coded_bullet", "{code} Dagvattnet leds om."),
        ("measure.coded_bullet", "{code} – Dagvattnet leds om."),
        ("measure.numbered_heading", "Åtgärd {code}"),
        ("measure.numbered_heading", "Åtgärd {code} – Dagvatten"),
    ],
)
@pytest.mark.parametrize(
    ("code", "spaced", "taken"), [("KA1", "KA 1", True), ("Å3", "Å 3", True), ("KAB1", "KAB 1", False)]
)
def test_every_reader_takes_the_same_letters(name: str, text: str, code: str, spaced: str, taken: bool) -> None:
    written = text.format(code=code, spaced=spaced)
    assert (RULES[name].match(written) is not None) is taken, written
