"""The review of holdout14's answers: a board's decision to give no opinion (answer.declines) is on the remiss, not
on a citizen's proposal or a motion; what stops it is read before its verb only (a "har" in the reason given after
it does not), and a protocol's own past ("Nämnden beslutade att avstå …") counts as its present does."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_clauses import declines_answer
from atgard.extract.answers import is_answer
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision

REGISTER = load_register()


@pytest.mark.parametrize(
    ("point", "declines"),
    [
        # the reviewer's counter-examples
        ("Stadsdelsnämnden beslutar att avstå från att yttra sig över medborgarförslaget.", False),
        ("Nämnden beslutade att avstå från att yttra sig över remissen.", True),
        ("att inte lämna något yttrande över remissen då ärendet har begränsad betydelse för nämnden.", True),
        # a citizen's proposal or a motion, however written
        ("att avstå från att yttra sig över medborgarförslagen", False),
        ("Nämnden lämnar inget yttrande över motionsförslaget.", False),
        ("Kultur- och fritidsnämnden avstår från att lämna synpunkter på motionen.", False),
        # the remiss, however written
        ("Kultur- och fritidsnämnden beslöt att inte yttra sig över förslaget till handlingsplan.", True),
        ("Stadsdelsnämnden beslutade att inte lämna några synpunkter på promemorian.", True),
        ("att avstå från att besvara remissen, eftersom den inte berör nämndens verksamhet", True),
        ("Nämnden avstår från att yttra sig över remissen med hänvisning till att förvaltningen har yttrat sig", True),
        ("Idrottsnämnden avstår från att yttra sig över program för idrott och\nfriluftsliv 2027–2030.", True),
        ("Idrottsnämnden avstår från att yttra sig över program för idrott och friluftsliv 2027-2030.", True),
        # an account of before, a task, a motion, a partial decline
        ("Nämnden beslutade den 12 mars att avstå från att yttra sig över remissen.", False),
        ("Styrelsen beslöt 2026-03-12 att inte lämna något yttrande.", False),
        ("I april beslutade nämnden att inte yttra sig.", False),
        ("Nämnden har beslutat att avstå från att yttra sig över remissen.", False),
        ("Nämnden hade redan avstått från att yttra sig.", False),
        ("Kommunstyrelsen uppdrar åt stadsdelsnämnderna respektive facknämnderna att inte lämna yttrande.", False),
        ("Eva Ek (M) yrkar att nämnden avstår från att yttra sig över remissen.", False),
        ("Nämnden avstår från att yttra sig över förslaget, men har synpunkter på åtgärd 4 och 5.", False),
        ("Nämnden avstår från att yttra sig då det gäller åtgärd 4.", False),
        ("Nämnden avstår från att yttra sig över åtgärderna 4–6.", False),
    ],
)
def test_a_decision_to_give_no_opinion(point: str, declines: bool) -> None:
    assert declines_answer(point) is declines


def test_a_memo_declining_a_citizens_proposal_answers_no_remiss(block) -> None:
    analysed = analyse(
        [
            block("Medborgarförslag om utegym i Rinkeby", "heading", level=1),
            block("Förvaltningens förslag till beslut", "heading", level=2),
            block("Stadsdelsnämnden beslutar att avstå från att yttra sig över medborgarförslaget."),
            block("Sammanfattning", "heading", level=2),
            block("Ett medborgarförslag om ett utegym i Rinkeby har remitterats till stadsdelsnämnden för beredning."),
        ],
        REGISTER,
    )
    office, board = "Rinkeby-Kista stadsdelsförvaltning", "Rinkeby-Kista stadsdelsnämnd"
    decision = extract_decision(analysed, office, board, REGISTER)
    assert decision.points
    assert not is_answer(analysed, "tjänsteutlåtande", decision)


def _codes(block, texts: list[str]) -> list[str]:
    from atgard.extract.answer_codes import codes_taken_up

    return codes_taken_up(
        analyse(
            [
                block(text, "heading" if text.startswith("Åtgärd") else "paragraph", level=2)
                if text.startswith("Åtgärd")
                else block(text)
                for text in texts
            ],
            REGISTER,
        )
    )


S3, S4 = "Åtgärd S3 Skyfallsleder", "Åtgärd S4 Översvämningsytor"


@pytest.mark.parametrize(
    ("texts", "codes"),
    [
        (  # the reviewer's counter-example: a view, then a time plan put off
            [
                S3,
                "Bolaget tillstyrker åtgärden och ser att den bör prioriteras. Bolaget återkommer senare med en "
                "tidplan för de delar som berör bolagets fastigheter.",
                S4,
                "Bolaget tillstyrker åtgärden.",
            ],
            ["S3", "S4"],
        ),
        (  # the view in a paragraph of its own, after the putting off
            [
                S3,
                "Bolaget återkommer längre fram med en kostnadsberäkning.",
                "Bolaget avstyrker dock åtgärden.",
                S4,
                "Bolaget instämmer i förslaget.",
            ],
            ["S3", "S4"],
        ),
        (  # a pointer later in the same answer puts nothing off
            [S3, "Förvaltningen återkommer till detta senare i yttrandet.", S4, "Förvaltningen tillstyrker åtgärden."],
            ["S3", "S4"],
        ),
        (
            [S3, "Förvaltningen återkommer till\nfrågan längre fram i avsnitt 4.", S4, "Förvaltningen tillstyrker."],
            ["S3", "S4"],
        ),
        (  # a section that only puts its measure off
            [
                S3,
                "Bolaget har ännu inte hunnit samråda och återkommer därför i denna del vid ett senare tillfälle.",
                S4,
                "Bolaget tillstyrker åtgärden.",
            ],
            ["S4"],
        ),
        (
            [S3, "Nämnden återkommer senare i höst med synpunkter på åtgärden.", S4, "Nämnden välkomnar åtgärden."],
            ["S4"],
        ),
        (
            [
                S3,
                "Bolaget tillstyrker åtgärden.",
                S4,
                "Bolaget återkommer i ett senare yttrande om skyfallsleder –\noch tidplanen.",
            ],
            ["S3"],
        ),
    ],
)
def test_a_section_put_off_gives_no_view(block, texts: list[str], codes: list[str]) -> None:
    assert _codes(block, texts) == codes
