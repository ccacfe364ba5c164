"""A board's later protocol or memo that recounts its own remiss by the decision alone ("Idrottsnämnden beslutade
den 23 mars 2027, § 7, att remittera förslaget.") and then tabulates the answers received ("Remissinstans | Svar
inkom | Form"): the recount is the referral, its bodies those the table and the section's sentences account for.
Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()
DUE = "Svaren skulle ha kommit in senast den 14 maj 2027."
LEAD = "Inkomna remissvar redovisas i tabellen nedan."


def _stated(block, recount: str, header: tuple[str, ...], rows: list[tuple[str, ...]], after: str = "") -> list:
    blocks = [block("Ärendet", kind="heading", level=3), block(f"{recount} {DUE}"), block(LEAD)]
    blocks += [table_row(*cells, page=2, top=100 + 40 * n) for n, cells in enumerate([header, *rows])]
    blocks += [block(after, page=3)] if after else []
    analysed = analyse(blocks, REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return [
        {s.board.name: (s.outcome, s.in_time) for s in f.referral_with_accounts().stated_answers}
        for f in found
        if f.recounted
    ]


ROWS = [
    ("Kulturnämnden", "2027-05-07", "Nämndbeslut"),
    ("Hässelby-Vällingby\nstadsdelsnämnd", "2027-05-14", "Delegationsbeslut"),  # a name broken over two lines
    ("Trafiknämnden", "2027-05-25", "Nämndbeslut, § 14"),
]
ANSWERED = {
    "Kulturnämnden": ("answered", True),
    "Hässelby-Vällingby stadsdelsnämnd": ("answered", True),  # on the reply date: in time
    "Trafiknämnden": ("answered", False),
}


@pytest.mark.parametrize(
    "recount",
    [
        "Idrottsnämnden beslutade den 23 mars 2027, § 7, att remittera förslaget till Spontanidrottsprogram för "
        "Stockholms stad 2028–2031.",
        "Nämnden beslöt vid sitt sammanträde i mars att skicka ut programmet på remiss.",
        "Kulturnämnden har beslutat att även remittera planen.",
        "Förslaget har remitterats.",  # the perfect, passive
        "Programmet remitterades i mars 2027.",  # the past, passive
        "Förvaltningen har remitterat förslaget.",  # the perfect, active
    ],
)
def test_a_recount_naming_no_one_takes_the_bodies_of_its_table(block, recount: str) -> None:
    assert _stated(block, recount, ("Remissinstans", "Svar inkom", "Form"), ROWS) == [ANSWERED]


@pytest.mark.parametrize(
    ("header", "after", "more"),
    [
        (  # a declining body told in prose below the table
            ("Remissinstanser", "Inkom", "Form"),
            "Miljö- och hälsoskyddsnämnden har i skrivelse den 28 april 2027 meddelat att nämnden avstår från att "
            "yttra sig.",
            {"Miljö- och hälsoskyddsnämnden": ("declined", None)},
        ),
        (  # the decline in the table, an en dash in a name
            ("Nämnd/bolag", "Yttrande inkom", "Ställningstagande"),
            "",
            {},
        ),
    ],
)
def test_the_section_tells_more_of_the_same_referral(block, header, after: str, more: dict) -> None:
    rows = [*ROWS, ("Miljö– och hälsoskyddsnämnden", "–", "Avstår från att yttra sig")] if not after else ROWS
    expected = {**ANSWERED, **(more or {"Miljö- och hälsoskyddsnämnden": ("declined", None)})}
    assert _stated(
        block, "Idrottsnämnden beslutade den 23 mars 2027 att remittera förslaget.", header, rows, after
    ) == [expected]


@pytest.mark.parametrize(
    ("recount", "header"),
    [
        # a referral made now names its bodies elsewhere: no recount
        ("Idrottsnämnden beslutar att remittera förslaget.", ("Remissinstans", "Svar inkom", "Form")),
        # no table of answers received below: a sentence or two of answers names no referral's bodies
        ("Förslaget har remitterats.", ("Åtgärd", "Ansvarig nämnd", "Tidplan")),
        # a list it leads is the referral's own
        ("Förslaget har remitterats till följande:", ("Åtgärd", "Ansvarig nämnd", "Tidplan")),
    ],
)
def test_no_recounted_referral_without_a_table_of_answers(block, recount: str, header) -> None:
    assert _stated(block, recount, header, [("Kulturnämnden", "2027-05-07", "Nämndbeslut")]) == []
