"""Review of holdout17's rules (answers): each table holds the reviewer's counter-example, which failed before its
mend, and Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block

from atgard.extract.analysis import analyse
from atgard.extract.answer_codes import codes_taken_up
from atgard.extract.boards import load_register

REGISTER = load_register()


@pytest.mark.parametrize(
    ("texts", "codes"),
    [
        (["Bolaget tillstyrker åtgärd E3.", "Åtgärden påverkar trafiken på väg E4 och E18."], ["E3"]),  # the review's
        (["Bolaget tillstyrker åtgärd B2.", "Se bilaga B1 för detaljer."], ["B2"]),  # the review's
        (["Bolaget tillstyrker åtgärd E3.", "Se plan E2."], ["E3"]),  # the review's
        (["Regionen tillstyrker åtgärd E3.", "Trafiken på vägarna E4, E18 samt E20 ökar."], ["E3"]),
        (["Regionen tillstyrker åtgärd E3.", "Det gäller väg E4 respektive E20."], ["E3"]),
        (["Regionen tillstyrker åtgärd E3.", "Sträckan väg E4 – E18 berörs."], ["E3"]),
        (["Regionen tillstyrker åtgärd E3.", "Sträckan väg E4-E18 berörs."], ["E3"]),
        (["Nämnden tillstyrker åtgärd B2.", "Se bilagorna B1 och\nB3."], ["B2"]),
        (["Nämnden tillstyrker åtgärd C3.", "Området ligger i zon C1 eller C2 enligt figur C4."], ["C3"]),
        (["Nämnden tillstyrker åtgärd T2.", "Se tabell T1 och avsnitt T4."], ["T2"]),
        (["Bolaget berörs av åtgärd S3.", "Bolaget tillstyrker S3 och S7 men avstyrker S8."], ["S3", "S7", "S8"]),
        (["Bolaget berörs av åtgärd E3.", "Bolaget tillstyrker E3 och E4, se väg E18."], ["E3", "E4"]),
    ],
)
def test_a_named_series_lone_code_after_a_road_or_an_annex(texts: list[str], codes: list[str]) -> None:
    """A code after a word that names a road, an annex, a plan, a zone, a figure, a table or a section (and the
    codes listed after it) is none of the series, even once the answer named that letter's codes as measures."""
    assert codes_taken_up(analyse([lines_block(text) for text in texts], REGISTER)) == codes
