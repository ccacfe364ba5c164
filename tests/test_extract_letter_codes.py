"""Codes of a capital and one number ("Å3", "K10"): measures only where a measure's context says so.

A plan numbers its measures "Å1–Å12" or by area "K3", "C4", "V2"; the same shape is a grid square ("ruta B4"), a
form ("blankett K10") or a road ("E18"). It is a measure's code after a word that says so ("åtgärd Å3"), in brackets
after a body as a remiss list sets it ("Trafiknämnden (Å3, Å7)") and in a measures table's code column.
"""

from __future__ import annotations

import pytest

from atgard.extract.codes import find_codes
from atgard.extract.measure_tables import header_columns
from atgard.extract.report_titles import NAMED_TITLE, placed_titles


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Nämnden ska redovisa sina förutsättningar att genomföra åtgärd Å10.", ["Å10"]),
        ("Åtgärd Å3 – genomsläppliga ytor", ["Å3"]),
        ("ÅTGÄRD Å7 – NYA GATUTRÄD", ["Å7"]),
        ("åtgärderna Å3 och Å7", ["Å3", "Å7"]),
        ("åtgärderna Å3 samt Å7", ["Å3", "Å7"]),
        ("åtgärderna Å3 respektive Å7", ["Å3", "Å7"]),
        ("För åtgärderna Å5, Å9 och Å11 krävs investeringsmedel", ["Å5", "Å9", "Å11"]),
        ("Åtgärderna Å1–Å4 bedöms kunna påbörjas", ["Å1", "Å2", "Å3", "Å4"]),
        ("åtgärderna Å1 - Å3", ["Å1", "Å2", "Å3"]),
        ("åtgärderna K1 t.o.m. K3", ["K1", "K2", "K3"]),
        ("åtgärderna V1–3", ["V1", "V2", "V3"]),
        ("åtgärd Å.3", ["Å3"]),
        ("positivt till åtgärd K3 om pendlarparkeringar samt till åtgärd C4 om cykelvägar", ["K3", "C4"]),
        ("2.1 Kollektivtrafik och pendling (åtgärd K3)", ["K3"]),
        ("insatserna B2 och B4", ["B2", "B4"]),
        ("tillstyrker åtgärderna Å4\noch Å8", ["Å4", "Å8"]),
    ],
)
def test_a_letter_code_after_a_measure_word(text: str, codes: list[str]) -> None:
    assert [c.code for c in find_codes(text)] == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Trafiknämnden (Å3, Å7)", ["Å3", "Å7"]),
        ("Exploateringsnämnden (Å4 och Å8)", ["Å4", "Å8"]),
        ("Miljö- och hälsoskyddsnämnden (Å1, Å2)", ["Å1", "Å2"]),
        ("Skärholmens stadsdelsnämnd (Å10)", ["Å10"]),
        ("AB Familjebostäder (Å12)", ["Å12"]),
        ("Stockholm Vatten och Avfall AB (Å5–Å6)", ["Å5", "Å6"]),
        ("remitteras till stadsbyggnadsnämnden (Å4) och äldrenämnden (Å11)", ["Å4", "Å11"]),
        ("tekniska nämnden (K1 - K3)", ["K1", "K2", "K3"]),
    ],
)
def test_a_letter_code_in_brackets_after_a_body(text: str, codes: list[str]) -> None:
    assert [c.code for c in find_codes(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "Platsen ligger i ruta B4 på kartan.",
        "se kartan (B4)",
        "deklareras på blankett K10",
        "blanketten (K10) lämnas senast i maj",
        "trafikplats på E18 vid Lohärad och väg E4",
        "synpunkterna i avsnitt 2.1 och 2.5",
        "Trafiknämnden (2027)",
        "Trafiknämnden (Å3 gäller gator)",
        "2.1 Kollektivtrafik och pendling",
        "Bilaga 3 (B2)",
        "åtgärder på E18",
        "Anslutningar kräver tillstånd enligt 39 § väglagen (1971:948).",
    ],
)
def test_a_letter_and_number_elsewhere_is_no_code(text: str) -> None:
    assert find_codes(text) == []


@pytest.mark.parametrize(
    ("cells", "responsible"),
    [
        (["Nr", "Åtgärd", "Föreslaget ansvar"], 2),
        (["Nr", "Åtgärd", "Föreslagen ansvarig", "Tidplan"], 2),
        (["Nr", "Åtgärd", "Föreslagna ansvariga"], 2),
        (["Nr", "Åtgärd", "Förslag till ansvarig nämnd"], 2),
        (["Nr", "Åtgärd", "Ansvar"], 2),
        (["Nr", "Åtgärd", "Ansvarig(a) nämnd(er)"], 2),
        (["Nr", "Åtgärd", "Ansvarig/a", "Kostnad"], 2),
        (["Kod", "Åtgärd", "Tidplan", "Ansvarig nämnd/bolag"], 3),
        (["Nr", "Åtgärd", "Ansvariga nämnder och bolag"], 2),
    ],
)
def test_a_proposed_responsible_column(cells: list[str], responsible: int) -> None:
    found = header_columns(cells)
    assert found is not None and found.code == 0 and found.text == 1 and found.responsible == responsible


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "att godkänna förslaget till yttrande över förslag till Mobilitetsplan för Haninge kommun 2028–2038 och "
            "överlämna det till Haninge kommun",
            "Mobilitetsplan för Haninge kommun 2028–2038",
        ),
        ("Förslaget till Trafikplan för Tyresö 2030 överlämnas till kommunen.", "Trafikplan för Tyresö 2030"),
        ("att yttrandet över förslaget till Cykelplan för Nacka 2029 översänds", "Cykelplan för Nacka 2029"),
        ("förslag till Grönplan för Huddinge kommun och översända det", "Grönplan för Huddinge kommun"),
    ],
)
def test_a_title_ends_before_handing_it_over(text: str, title: str) -> None:
    found = NAMED_TITLE.search(text)
    assert found is not None and found.group("title") == title


@pytest.mark.parametrize(
    ("short", "whole"),
    [
        ("Mobilitetsplan 2028–2038", "Mobilitetsplan för Haninge kommun 2028–2038"),
        ("Trafikstrategi 2040", "Trafikstrategi för Norrtälje kommun 2040"),
        ("Grönplan", "Grönplan för Stockholms stad"),
        ("Cykelplan 2030", "Cykelplan för Region Uppsala 2030"),
    ],
)
def test_a_plan_named_without_its_place_is_the_one_with_it(short: str, whole: str) -> None:
    from atgard.schema.keys import title_key

    canonical = {title_key(short): short, title_key(whole): whole}
    assert placed_titles(canonical) == {title_key(short): title_key(whole)}


def test_a_plan_of_another_subject_is_another_report() -> None:
    from atgard.schema.keys import title_key

    titles = ["Handlingsplan 2028", "Handlingsplan för klimatanpassning 2028", "Handlingsplan för Farsta 2029"]
    assert placed_titles({title_key(t): t for t in titles}) == {}
