"""An agenda's incoming remisser: a numbered matter line with where the remiss came from under it ("Remiss från
kommunstyrelsen, KS …") is a remiss sent to the board whose agenda it is. Its report is what the line names (no
"Förslag till", "Samråd om"), its reply date the one the item gives. Two items answered in the same words are two
decisions. Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.dates import with_reply_dates
from atgard.extract.decisions import extract_decision
from atgard.extract.referrals.incoming import agenda_referrals
from atgard.extract.reports import extract_reports

REGISTER = load_register()
BOARD = "Farsta stadsdelsnämnd"


def _incoming(block, item: str, under: list[str]) -> list[tuple[str | None, list[str], str | None]]:
    blocks = [block(item, "list_item", marker="4.")]
    blocks += [block(line) for line in under]
    blocks.append(block("Förvaltningen tillstyrker förslaget i huvudsak."))
    analysed = analyse(blocks, REGISTER)
    referrals = with_reply_dates(agenda_referrals(analysed, extract_reports(analysed), BOARD, REGISTER), analysed)
    return [(r.report_title, [x.name for x in r.recipients], r.reply_by) for r in referrals]


@pytest.mark.parametrize(
    ("item", "under", "title", "due"),
    [
        (
            "Förslag till Kulturstrategi för Stockholms stad 2027–2030",
            ["Remiss från kommunstyrelsen, KS 2026/1201", "Svar till kommunstyrelsen senast: 2026-09-15"],
            "Kulturstrategi för Stockholms stad 2027–2030",
            "2026-09-15",
        ),
        (
            "Samråd om detaljplan för kv. Sparven i stadsdelen Hökarängen",
            ["Samråd från stadsbyggnadsnämnden (Dp 2025-01234)", "Sista svarsdag: 2026-10-01", "Dnr FA 2026/77"],
            "Detaljplan för kv. Sparven i stadsdelen Hökarängen",
            "2026-10-01",
        ),
        (
            "Remiss av förslag till reviderade riktlinjer för föreningsbidrag",
            ["Dnr FA 2026/80", "Remiss från idrottsnämnden", "Svar senast den 3 november 2026"],
            "Riktlinjer för föreningsbidrag",
            "2026-11-03",
        ),
        (
            "Handlingsplan mot buller i Farsta centrum",
            ["Remisshandling från Trafikverket; TRV 2026/4411"],
            "Handlingsplan mot buller i Farsta centrum",
            None,
        ),
    ],
)
def test_a_remiss_the_agenda_lists_is_sent_to_its_board(block, item, under, title, due) -> None:
    assert _incoming(block, item, under) == [(title, [BOARD], due)]


@pytest.mark.parametrize(
    ("item", "under"),
    [
        # no line says where it came from: the board's own matter
        ("Ekonomisk uppföljning per april 2026", ["Dnr FA 2026/0402"]),
        # the board answers in a sentence; the line is no provenance of its own
        ("Svar på remiss av Kulturstrategi för Stockholms stad", ["Svar på remiss från kommunstyrelsen"]),
        # the provenance said in running text, after the item's text has begun
        (
            "Riktlinjer för stadens lekplatser",
            ["Förvaltningen har tagit fram ett förslag.", "Remiss från kommunstyrelsen, KS 2026/1"],
        ),
    ],
)
def test_an_item_without_a_provenance_line_is_no_incoming_remiss(block, item, under) -> None:
    assert _incoming(block, item, under) == []


def test_two_agenda_items_answered_in_the_same_words_are_two_decisions(block) -> None:
    answer = "Stadsdelsnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen."
    blocks = [
        block("Förslag till Kulturstrategi för Stockholms stad 2027–2030", "list_item", marker="5."),
        block("Remiss från kommunstyrelsen, KS 2026/1201"),
        block(f"Förslag till beslut: {answer}"),
        block("Riktlinjer för föreningsbidrag", "list_item", marker="6."),
        block("Remiss från idrottsnämnden"),
        block("Förslag till beslut:"),
        block(answer, "list_item", marker="1."),
        block("Paragrafen justeras omedelbart.", "list_item", marker="2."),
    ]
    decision = extract_decision(analyse(blocks, REGISTER), None, BOARD, REGISTER)
    assert [p.text for p in decision.points] == [answer, answer, "Paragrafen justeras omedelbart."]
