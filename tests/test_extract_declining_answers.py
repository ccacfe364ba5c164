"""A body's decision to give no opinion on a remiss (its reply all the same), and a sender's head column."""

from __future__ import annotations

import pytest

from atgard.extract.answer_clauses import declines_answer
from atgard.extract.letterhead import _own_head_column


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
