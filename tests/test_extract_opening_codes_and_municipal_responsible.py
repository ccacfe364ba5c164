"""A measures table with no code column whose text cell opens with the measure's code ("Förslag | Ansvarig" over
"1:1 Stadens lokaler görs bokningsbara … | Kulturnämnden och idrottsnämnden"), and the municipalities named in lower
case among those responsible ("Ansvar: regionala utvecklingsnämnden och kommunerna")."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures
from atgard.extract.measure_responsible import measure_responsible
from atgard.extract.measure_tables import coded_rows

REGISTER = load_register()


def _found(blocks: list) -> list[tuple[str | None, str, list[str]]]:
    measures = extract_coded_measures(analyse(blocks, REGISTER), "Utredningen", REGISTER)
    return [(m.code, m.text, [b.name for b in m.responsible]) for m in measures]


@pytest.mark.parametrize(
    ("header", "first", "second", "codes"),
    [
        ("Förslag", "1:1 Stadens lokaler görs\nbokningsbara.", "1:2 Taxorna harmoniseras.", ["1:1", "1:2"]),
        ("Åtgärd", "2.1 En rutin för\nuthyrning tas fram.", "2.2 Ett försök genomförs.", ["2.1", "2.2"]),
        ("Förslag", "3:1. Lokaler erbjuds föreningar.", "3:2 – Skollokaler erbjuds.", ["3:1", "3:2"]),
        ("Åtgärdsförslag", "4.1.1 Bidragen samordnas.", "4.1.2 Ett lokalstöd införs.", ["4.1.1", "4.1.2"]),
    ],
    ids=["colon", "dotted", "dot and dash after", "three levels"],
)
def test_a_code_opening_the_text_cell_of_a_table_with_no_code_column(block, header, first, second, codes) -> None:
    blocks = [
        block("Kapitel 1 – Bokning och taxor", "heading", level=2),
        table_row(header, "Ansvarig"),
        table_row(first, "Kulturnämnden och\nidrottsnämnden"),
        table_row(second, "Utbildningsnämnden samt stadsdelsnämnderna i\nRinkeby-Kista och Skärholmen"),
    ]
    found = _found(blocks)
    assert [code for code, _, _ in found] == codes
    assert found[0][2] == ["Kulturnämnden", "Idrottsnämnden"]
    assert found[1][2] == ["Utbildningsnämnden", "Rinkeby-Kista stadsdelsnämnd", "Skärholmens stadsdelsnämnd"]
    assert not found[0][1][:1].isdigit() and not found[1][1].startswith(("–", "."))
    assert coded_rows(blocks) == 2


@pytest.mark.parametrize(
    "cell",
    ["2027 Staden inleder en dialog.", "18:00 Mötet börjar.", "1 000 föreningar svarade.", "Staden inleder 1:1."],
    ids=["year", "time", "amount", "code inside"],
)
def test_a_number_that_is_no_code_opens_no_measure(block, cell) -> None:
    blocks = [table_row("Förslag", "Ansvarig"), table_row(cell, "Kommunstyrelsen")]
    assert [code for code, _, _ in _found(blocks)] == [None]
    assert coded_rows(blocks) == 0


def test_a_table_of_figures_opens_no_measure(block) -> None:
    blocks = [table_row("År", "Antal"), table_row("2:1 Uthyrning", "12")]
    assert coded_rows(blocks) == 0


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("regionala utvecklingsnämnden och kommunerna.", ["Regionala utvecklingsnämnden", "Kommunerna"]),
        ("kommunerna.", ["Kommunerna"]),
        ("kommunerna samt Länstrafiken i Uppland AB", ["Kommunerna", "Länstrafiken i Uppland AB"]),
        ("kultur- och bildningsnämnden, kommunerna", ["Kultur- och bildningsnämnden", "Kommunerna"]),
        ("Region Uppsala respektive länets kommuner", ["Region Uppsala", "Länets kommuner"]),
        ("Kommunerna, Region Stockholm", ["Kommunerna", "Region Stockholm"]),
        ("trafiknämnden och kommunernas räddningstjänst", ["Trafiknämnden"]),
    ],
    ids=["och", "alone", "samt", "comma", "respektive, länets", "capitalised", "genitive is no group"],
)
def test_the_municipalities_among_those_responsible(written, names) -> None:
    assert [r.name for r in measure_responsible(written, REGISTER)] == names


def test_an_ansvar_line_naming_the_municipalities(block) -> None:
    blocks = [
        block("Insats 1.1", "heading", level=3),
        block("Ett nätverk av servicepunkter etableras i orter som\nsaknar dagligvarubutik."),
        block("Ansvar: regionala utvecklingsnämnden och\nkommunerna."),
    ]
    assert _found(blocks)[0][2] == ["Regionala utvecklingsnämnden", "Kommunerna"]
