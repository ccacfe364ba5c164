"""The review of holdout10's codes and answers: a possessive keeps its code and a time is none; an answer abstains
only from the whole remiss; a table's date says answered unless its status starts by declining."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_codes import codes_taken_up
from atgard.extract.boards import load_register
from atgard.extract.codes import find_codes
from atgard.extract.referrals.answer_table import _ANSWERS_SECTION, _outcome
from atgard.output.search import parse_search

REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("åtgärd 2.1:s inriktning", ["2.1"]),
        ("åtgärd 3:s finansiering", ["3"]),
        ("Förslag 4:s kostnader", ["4"]),
        ("åtgärd 1:a", []),
        ("åtgärd 2:e", []),
        ("Aktivitet 18:00–20:00", []),
        ("aktiviteterna 13:30 och 15:00", []),
        ("åtgärd 1:2", ["1:2"]),
        ("åtgärd 2:3", ["2:3"]),
        ("åtgärd 3:4", ["3:4"]),
        ("åtgärd 1:12", ["1:12"]),
    ],
)
def test_colon_codes_and_possessives(text: str, codes: list[str]) -> None:
    assert [c.code for c in find_codes(text)] == codes


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("Nämnden stöder åtgärd 2.1. Om nämnden avstår från att yttra sig kan det tolkas som stöd.", ["2.1"]),
        ("Nämnden stöder åtgärd 2.1. Förvaltningen föreslår inte att nämnden avstår från att yttra sig.", ["2.1"]),
        ("Nämnden stöder åtgärd 2.1. Flera nämnder avstår från att yttra sig, men inte nämnden.", ["2.1"]),
        ("Nämnden stöder åtgärd 2.1 och avstår från att yttra sig kring kostnadsberäkningarna.", ["2.1"]),
        ("Nämnden stöder åtgärd 2.1 men avstår från att yttra sig över de ekonomiska konsekvenserna.", ["2.1"]),
        ("Nämnden stöder åtgärd 2.1. Nämnden avstår från att yttra sig i sak men betonar vikten av trygghet.", ["2.1"]),
        ("Nämnden avstår från att yttra sig över förslaget. Åtgärd 2.1 rör inte nämnden.", []),
    ],
)
def test_an_answer_abstains_only_from_the_whole_remiss(block, sentence: str, codes: list[str]) -> None:
    assert codes_taken_up(analyse([block(sentence)], REGISTER)) == codes


@pytest.mark.parametrize(
    ("row", "outcome"),
    [
        (
            ["Trafiknämnden", "2026-10-20", "Tillstyrker men avstår från synpunkter på åtgärd 3:2"],
            ("answered", "2026-10-20"),
        ),
        (["Trafiknämnden", "2026-10-20", "Avstår från att yttra sig"], ("declined", None)),
        (["Trafiknämnden", "2026-10-20", "Avböjer"], ("declined", None)),
        (["Trafiknämnden", "", "Tillstyrker"], ("answered", None)),
        (["Trafiknämnden", "–", ""], ("unanswered", None)),
        (["Trafiknämnden", "", "Har inte svarat"], ("unanswered", None)),
        (["Trafiknämnden", "", "Avstod"], ("declined", None)),
    ],
)
def test_a_table_rows_outcome(row: list[str], outcome: tuple[str, str | None]) -> None:
    assert _outcome(row, 0, 1) == outcome


@pytest.mark.parametrize(
    ("text", "speaks"),
    [("Inkomna remissvar", True), ("Följande yttranden har kommit in", True), ("Anmälan av inkomna skrivelser", False)],
)
def test_a_table_of_answers_is_read_under_a_remiss_section(text: str, speaks: bool) -> None:
    assert bool(_ANSWERS_SECTION.search(text)) == speaks


@pytest.mark.parametrize(("query", "codes"), [("2:3", ("2:3",)), ("åtgärd 1:12", ("1:12",)), ("A2.3.1", ("A2.3.1",))])
def test_a_clerk_finds_a_colon_code(query: str, codes: tuple[str, ...]) -> None:
    assert parse_search(query).codes == codes
