"""Referral tables that name no report sent by the text before them ("Slutrapporten remitteras därför enligt tabellen
nedan"), remiss lists whose bodies carry a footnote's mark ("Kammarrätten i Sundsvall*") or a joint inside their
name ("Statens beredning för medicinsk och social utvärdering"), and a deadline set between commas after a subject
that follows its verb ("Därutöver ska äldrenämnden, senast den 31 mars 2027, redovisa …"). Tables of Swedish
variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _found(blocks) -> list[tuple[str | None, str, list[str], list[str]]]:
    analysed = analyse(blocks, REGISTER)
    return [
        (f.referral.report_title, f.referral.action, f.referral.measure_codes, [r.name for r in f.referral.recipients])
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


INTRO = (
    "Delegationen har lämnat slutrapporten *Tryggare kvällar i city* och delrapporten *Nattarbete i staden* "
    "till kommunstyrelsen."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Slutrapporten remitteras därför enligt tabellen nedan.",
        "Slutrapporten remitteras enligt följande:",
        "Stadsledningskontoret föreslår att slutrapporten skickas på remiss enligt tabellen.",
        "Kontoret föreslår att *Tryggare kvällar i city* remitteras enligt tabellen nedan.",
    ],
)
def test_the_lead_names_the_report_of_a_table_without_a_report_column(block, lead: str) -> None:
    found = _found(
        [
            block(INTRO),
            block(lead),
            table_row("Remissinstans", "Remissen avser"),
            table_row("Kulturnämnden", "Hela rapporten"),
            table_row("Trafiknämnden", "I första hand åtgärderna 4–7 samt 9"),
            table_row("Exploateringsnämnden", "Förutsättningar att genomföra åtgärderna 11 och 12"),
        ]
    )
    assert [(title, action, codes) for title, action, codes, _ in found] == [
        ("Tryggare kvällar i city", "opinion", []),
        ("Tryggare kvällar i city", "opinion", ["4", "5", "6", "7", "9"]),
        ("Tryggare kvällar i city", "implementation", ["11", "12"]),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Rapporterna remitteras enligt tabellen nedan.",  # both reports: the lead names neither alone
        "Slutrapporten och delrapporten remitteras enligt tabellen nedan.",
        "Slutrapporten har tagits emot av kommunstyrelsen.",  # names the report, points at no table
    ],
)
def test_a_lead_naming_two_reports_or_no_table_gives_none(block, lead: str) -> None:
    found = _found(
        [
            block(INTRO),
            block(lead),
            table_row("Remissinstans", "Remissen avser"),
            table_row("Kulturnämnden", "Hela rapporten"),
        ]
    )
    assert [title for title, *_ in found] == [None]


LIST_HEAD = "Remissinstanser"


@pytest.mark.parametrize(
    ("items", "names"),
    [
        (["Kammarrätten i Sundsvall*", "Kriminalvården"], ["Kammarrätten i Sundsvall", "Kriminalvården"]),
        (["Statskontoret**", "Boverket"], ["Statskontoret", "Boverket"]),
        (["Boverket¹", "Trafikverket"], ["Boverket", "Trafikverket"]),
        (
            ["Statens beredning för medicinsk och social utvärdering", "Polismyndigheten"],
            ["Statens beredning för medicinsk och social utvärdering", "Polismyndigheten"],
        ),
        (
            ["Riksförbundet för social och mental hälsa (RSMH)", "Vision"],
            ["Riksförbundet för social och mental hälsa (RSMH)", "Vision"],
        ),
        (["Kulturnämnden och idrottsnämnden", "Trafiknämnden"], ["Kulturnämnden", "Idrottsnämnden", "Trafiknämnden"]),
    ],
)
def test_list_entries_with_a_footnote_mark_or_a_joint_inside_the_name(
    block, items: list[str], names: list[str]
) -> None:
    blocks = [
        block("Remiss av betänkandet *Vård i ett sammanhang*", kind="heading", level=1),
        block(LIST_HEAD, kind="heading", level=2),
        *(block(item, kind="list_item", marker="•") for item in items),
        block("Remissvaren ska ha kommit in senast den 14 juni 2027.", kind="heading", level=2),
    ]
    assert [recipients for *_, recipients in _found(blocks)] == [names]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Därutöver ska äldrenämnden, senast den 31 mars 2027, redovisa hur åtgärd K3.2 kan genomföras.",
            ["Äldrenämnden"],
        ),
        (
            "Vidare ombeds trafiknämnden och kulturnämnden, inom samma tid, yttra sig över förslaget.",
            ["Trafiknämnden", "Kulturnämnden"],
        ),
        ("Dessutom ska idrottsnämnden – före den 1 juni – redovisa hur åtgärd 3 kan genomföras.", ["Idrottsnämnden"]),
        (
            "Därutöver ska kulturnämnden, idrottsnämnden och trafiknämnden redovisa hur åtgärd 3 kan genomföras.",
            ["Kulturnämnden", "Idrottsnämnden", "Trafiknämnden"],
        ),
    ],
)
def test_a_deadline_between_commas_after_an_inverted_subject(block, text: str, recipients: list[str]) -> None:
    assert [names for *_, names in _found([block(text)])] == [recipients]
