"""A body's decision to give no opinion on a remiss (its reply all the same), and a sender's head column."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_clauses import declines_answer
from atgard.extract.answers import AnswerHeader, extract_answers
from atgard.extract.boards import load_register
from atgard.extract.letterhead import _own_head_column
from atgard.extract.reports import extract_reports
from atgard.schema.contract import Decision, DecisionPoint

REGISTER = load_register()


@pytest.mark.parametrize(
    ("point", "declines"),
    [
        ("Kultur- och fritidsnämnden beslutar att inte lämna något yttrande över remissen.", True),
        ("Nämnden beslutar att inte lämna några synpunkter på förslaget", True),
        ("att avstå från att yttra sig över remissen", True),
        ("Stadsdelsnämnden avstår från att yttra sig över förslaget till handlingsplan, eftersom", True),
        ("Styrelsen beslöt att inte yttra sig över remissen.", True),
        ("Miljö- och hälsoskyddsnämnden lämnar inget yttrande över betänkandet.", True),
        ("att avstå från att besvara remissen;", True),
        ("Nämnden beslutar att inte avge något remissvar", True),
        ("Nämnden har inga synpunkter på förslaget.", False),
        ("Nämnden lämnar inga synpunkter utöver vad som sägs i tjänsteutlåtandet.", False),
        ("Nämnden avstår från att yttra sig över åtgärd 4 och 5.", False),
        ("Nämnden avstår från att yttra sig i övrigt.", False),
        ("Kommunstyrelsen uppdrar åt nämnderna att inte lämna yttrande över remissen.", False),
        ("Nämnden beslutade den 3 mars att inte lämna något yttrande.", False),
        ("Nämnden har avstått från att yttra sig.", False),
        ("Lisa Ek (S) yrkar att nämnden avstår från att yttra sig över remissen.", False),
        ("Nämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.", False),
    ],
)
def test_declines(point: str, declines: bool) -> None:
    assert declines_answer(point) is declines


@pytest.mark.parametrize(
    ("lines", "head"),
    [
        (["REMISSVAR", "Datum: 2027-06-09", "Vår referens: 02771-2027", "Er referens: S2027/01438"], True),
        (["Yttrande", "Datum 2027-03-01", "Vår beteckning 2027-118"], True),
        (["Datum: 2027-03-01", "Vårt ärendenummer: 2027/14"], True),
        (["Datum 2027-03-01"], False),  # an addressee's column: "Till Kommunstyrelsen / Datum …"
        (["Vår referens: 02771-2027"], False),
        (["Datum för beslut 2027-03-01", "Vår referens: 02771-2027"], False),
        (["Box 5150", "551 05 Jönköping"], False),
    ],
)
def test_own_head_column(lines: list[str], head: bool) -> None:
    assert _own_head_column(lines) is head


def _declines(block, decisions: list[str], before: tuple[tuple[str, str], ...] = ()) -> list[bool]:
    """The answers of a board's memo titled as an answer, each whether it declines: the blocks ``before`` (text and
    kind), then the decision points as paragraphs (decided by Kultur- och fritidsnämnden)."""
    heading = block("Svar på remiss – Handlingsplan för klimatanpassning", "heading", level=1)
    blocks = [heading, *(block(text, kind) for text, kind in before), *map(block, decisions)]
    box = blocks[0].boxes[0]
    points = [
        DecisionPoint(number=n, text=text, page=1, bbox=box.bbox, boxes=[box]) for n, text in enumerate(decisions, 1)
    ]
    decision = Decision(decided_by="Kultur- och fritidsnämnden", points=points)
    analysed = analyse(blocks, REGISTER)
    found = extract_answers(analysed, "protokoll", decision, extract_reports(analysed), AnswerHeader(), [], REGISTER)
    return [answer.declines for answer in found]


@pytest.mark.parametrize(
    ("decisions", "declines"),
    [
        (["Kultur- och fritidsnämnden beslutar att inte lämna något yttrande över remissen."], True),
        (["Nämnden avstår från att yttra sig över förslaget till handlingsplan."], True),
        (["Nämnden lämnar inget yttrande över remissen."], True),
        (["att inte avge något remissvar", "att justera paragrafen omedelbart"], True),
        # an answer with no comments is an answer
        (["Nämnden har inga synpunkter på förslaget."], False),
        (["Nämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen."], False),
        # a part declined, the rest answered
        (["Nämnden avstår från att yttra sig över åtgärd 4."], False),
        (["att avstå från att yttra sig över remissen", "att godkänna förvaltningens förslag till yttrande"], False),
        # history, a motion
        (["Nämnden beslutade den 3 mars att inte lämna något yttrande."], False),
    ],
)
def test_an_answer_declines_by_its_own_decision(block, decisions: list[str], declines: bool) -> None:
    assert _declines(block, decisions) == [declines]


def test_a_sentence_that_another_body_declines_is_no_decline_of_the_answer(block) -> None:
    """A Beredning's "Idrottsnämnden avstår …", a memo's "föreslår att nämnden avstår": only a decision declines."""
    told = (("Beredning", "heading"), ("Idrottsnämnden avstår från att yttra sig över remissen.", "paragraph"))
    assert _declines(block, ["att lägga redovisningen till handlingarna"], told) == [False]
    proposed = (("Förvaltningen föreslår att nämnden avstår från att yttra sig över remissen.", "paragraph"),)
    assert _declines(block, ["att lägga redovisningen till handlingarna"], proposed) == [False]
