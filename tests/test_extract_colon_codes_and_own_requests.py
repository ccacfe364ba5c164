"""Measure codes with a colon ("åtgärd 2:3", "1:2–1:4", a table's "Nr" column of "1:1"), as Göteborg numbers a
plan's measures by area and measure; and a remiss list's entry that asks its body something of its own after a
dash or a comma ("Förvaltnings AB Framtiden – som särskilt ombeds redovisa hur åtgärderna 2:1 och 2:3 kan
genomföras"): the body is one of the list, and the request a referral of its own. Tables of Swedish variants
written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.codes import find_codes
from atgard.extract.measure_tables import cell_code
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Fastighetsnämnden ges tillfälle att yttra sig över åtgärd 2:2.", ["2:2"]),
        ("förutsättningar att genomföra åtgärderna 1:2–1:4, d.v.s. vilka resurser", ["1:2", "1:3", "1:4"]),
        ("åtgärderna 1:2 - 1:4 dvs. parker och leder", ["1:2", "1:3", "1:4"]),
        ("åtgärderna 1:2 t.o.m. 1:4", ["1:2", "1:3", "1:4"]),
        ("hur åtgärderna 2:1 och 2:3 kan genomföras", ["2:1", "2:3"]),
        ("åtgärderna 2:1 samt 3:4", ["2:1", "3:4"]),
        ("åtgärd 1:3 respektive 3:1", ["1:3", "3:1"]),
        ("insatserna 3:1, 3:2 och 3:3", ["3:1", "3:2", "3:3"]),
        ("ÅTGÄRD 2:2 – SKYDD AV LOKALER", ["2:2"]),
    ],
)
def test_a_colon_code_after_a_measure_word(text: str, codes: list[str]) -> None:
    assert [c.code for c in find_codes(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "enligt förordningen (2010:800) om åtgärder",
        "förslag 2010:800",
        "Åtgärd 1:a i ordningen",
        "mötet kl. 10:30 om åtgärderna",
        "åtgärderna 1:2:3",
        "Kap 2:3 i rapporten",
    ],
)
def test_a_colon_number_elsewhere_is_no_code(text: str) -> None:
    assert find_codes(text) == []


@pytest.mark.parametrize(
    ("cell", "code"),
    [("1:1", "1:1"), ("3:4", "3:4"), ("2:2.", "2:2")],
)
def test_a_colon_code_in_a_column_of_codes(cell: str, code: str) -> None:
    assert cell_code(cell, own_column=True) == (code, "")


@pytest.mark.parametrize("cell", ["2010:800", "1:a", "Nr"])
def test_no_colon_code_in_a_column_of_codes(cell: str) -> None:
    assert cell_code(cell, own_column=True) is None


LEAD = "Stadsledningskontoret föreslår att kommunstyrelsen remitterar förslaget till följande instanser för yttrande:"


def _referrals(block, items: list[str]) -> list[tuple[str, list[str], list[str]]]:
    blocks = [block("Remiss", "heading", level=2), block(LEAD)] + [block(item, "list_item", "•") for item in items]
    analysed = analyse(blocks, REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return [(f.referral.action, f.referral.measure_codes, [r.name for r in f.referral.recipients]) for f in found]


@pytest.mark.parametrize(
    ("entry", "name", "action", "codes"),
    [
        (
            "Förvaltnings AB Framtiden – som särskilt ombeds redovisa hur åtgärderna 2:1 och 2:3 kan genomföras",
            "Förvaltnings AB Framtiden",
            "implementation",
            ["2:1", "2:3"],
        ),
        (
            "Fastighetsnämnden - som även ombeds redovisa sina förutsättningar att genomföra åtgärd 2.2",
            "Fastighetsnämnden",
            "implementation",
            ["2.2"],
        ),
        ("Trafiknämnden, som dessutom ska yttra sig över åtgärd 4", "Trafiknämnden", "opinion", ["4"]),
        (
            "Göteborg Energi AB – som därutöver uppmanas redovisa hur åtgärderna 3:3–3:4 kan genomföras",
            "Göteborg Energi AB",
            "implementation",
            ["3:3", "3:4"],
        ),
    ],
)
def test_an_entry_with_a_request_of_its_own(block, entry: str, name: str, action: str, codes: list[str]) -> None:
    found = _referrals(block, ["Stadsmiljönämnden", entry, "Länsstyrelsen i Västra Götalands län"])
    assert found[0][0] == "opinion" and found[0][1] == []
    assert name in found[0][2] and "Länsstyrelsen i Västra Götalands län" in found[0][2]
    assert (action, codes, [name]) in found[1:]


@pytest.mark.parametrize(
    "entry",
    [
        "PRO – Pensionärernas riksorganisation",
        "Trafiknämnden, som ansvarar för åtgärd 4",
    ],
)
def test_an_entry_without_a_request_makes_no_referral_of_its_own(block, entry: str) -> None:
    found = _referrals(block, ["Stadsmiljönämnden", entry])
    assert len(found) == 1 and found[0][0] == "opinion"


# --- A remiss list in a table with rows that head its parts across the table ----------------------------------


def _table_recipients(block, rows: list[tuple[str, ...]]) -> list[list[str]]:
    from made_blocks import table_row

    blocks = [
        block("Remissinstanser", "heading", level=1),
        block("Stadsledningskontoret föreslår att förslaget remitteras till följande nämnder och myndigheter."),
    ] + [table_row(*cells, top=100 + 45 * n) for n, cells in enumerate(rows)]
    analysed = analyse(blocks, REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return [[r.name for r in f.referral.recipients] for f in found]


@pytest.mark.parametrize(
    "groups",
    [
        ("Facknämnder", "Stadsdelsnämnder", "Bolagsstyrelser", "Externa remissinstanser"),
        ("Facknämnderna", "Stadsdelsnämnderna", "Bolagen", "Övriga"),
        ("Nämnder", "Stadsdelsnämnder", "Kommunala bolag", "Statliga myndigheter"),
    ],
)
def test_a_group_row_across_the_table_is_a_label(block, groups: tuple[str, ...]) -> None:
    rows = [
        ("Remissinstans", "Kontaktväg för svaret"),
        (groups[0],),
        ("Trafiknämnden", "Via stadens diarium"),
        (groups[1],),
        ("Farsta stadsdelsnämnd", "Via stadens diarium"),
        (groups[2],),
        ("AB Stockholmshem", "Via Stockholms Stadshus AB"),
        (groups[3],),
        ("Trafikverket", "Via e-post till registratorn"),
    ]
    found = _table_recipients(block, rows)
    assert found == [["Trafiknämnden", "Farsta stadsdelsnämnd", "AB Stockholmshem", "Trafikverket"]]


def test_a_place_under_a_group_row_of_districts_is_its_district(block) -> None:
    rows = [
        ("Facknämnder", ""),
        ("Trafiknämnden", "2026-03-31"),
        ("Stadsdelsnämnder", ""),
        ("Farsta", "2026-03-31"),
        ("Bromma", "2026-03-31"),
    ]
    assert _table_recipients(block, rows) == [["Trafiknämnden", "Farsta stadsdelsnämnd", "Bromma stadsdelsnämnd"]]


# --- A measure's numbered heading that runs into the paragraph under it -----------------------------------------


def _measures(block, heading: str, body: str, responsible: str) -> list[tuple[str | None, str, list[str]]]:
    from atgard.extract.coded_measures import extract_coded_measures

    blocks = [block("4. En tryggare utemiljö", "heading", level=3), block(heading, "heading", level=5)]
    analysed = analyse([*blocks, block(body), block(responsible)], REGISTER)
    return [
        (m.code, m.text, [r.name for r in m.responsible])
        for m in extract_coded_measures(analysed, "Lokal åtgärdsplan", REGISTER)
    ]


@pytest.mark.parametrize(
    ("heading", "body", "responsible", "text", "names"),
    [
        (
            "Åtgärd 4.2 Fler trygghetsvandringar.",
            "Trygghetsvandringar genomförs två gånger per år.",
            "Ansvar: Skärholmens stadsdelsnämnd och AB Familjebostäder.",
            "Fler trygghetsvandringar. Trygghetsvandringar genomförs två gånger per år.",
            ["Skärholmens stadsdelsnämnd", "AB Familjebostäder"],
        ),
        (
            "Åtgärd 4.1 Bättre belysning längs",
            "Skärholmsvägen. Gångstråket förses med ny belysning.",
            "Ansvar: Trafiknämnden.",
            "Bättre belysning längs Skärholmsvägen. Gångstråket förses med ny belysning.",
            ["Trafiknämnden"],
        ),
        (
            "Insats 2.3 Stöd till föreningar och",
            "fritidsgårdar i ytterstaden. Bidragen höjs.",
            "Ansvarig: Kulturnämnden samt Idrottsnämnden",
            "Stöd till föreningar och fritidsgårdar i ytterstaden. Bidragen höjs.",
            ["Kulturnämnden", "Idrottsnämnden"],
        ),
        (
            "Förslag 3: Fler feriejobb",
            "Förslaget bygger på erfarenheter från 2025.",
            "Ansvar: Arbetsmarknadsnämnden",
            "Fler feriejobb",
            ["Arbetsmarknadsnämnden"],
        ),
    ],
)
def test_a_run_in_heading_goes_on_in_its_paragraph(
    block, heading: str, body: str, responsible: str, text: str, names: list[str]
) -> None:
    [(_, found, responsible_names)] = _measures(block, heading, body, responsible)
    assert (found, responsible_names) == (text, names)
