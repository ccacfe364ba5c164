"""Review of holdout18's rules (deliberation): each table holds the reviewer's counter-example, which failed before
its mend, and Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.deliberation import is_deciding


@pytest.mark.parametrize(
    ("sentence", "deciding"),
    [
        ("Anna Ek (V) antecknade följande till protokollet.", False),  # the review's
        ("Ledamöterna för Moderaterna antecknade till protokollet att de inte deltar i beslutet.", False),  # review's
        ("Sekreteraren antecknade närvaron till protokollet.", False),  # the review's
        (  # the review's
            "Nämnden antecknade att Lars Berg (M) inte deltog i beslutet och att detta skulle föras till protokollet.",
            False,
        ),
        ("Ledamöterna för M antecknade till protokollet att de stöder informationen.", False),
        ("Lena Holm (S) och Per Ek (C) antecknar följande till protokollet.", False),
        ("Sverigedemokraterna antecknade till\nprotokollet att de avstår.", False),
        ("Nämnden antecknade informationen till protokollet.", True),
        ("Informationen antecknas till protokollet.", True),
        ("Stadsdelsnämnden antecknar redovisningen till protokollet.", True),
        ("Nämnden noterar informationen till protokollet.", True),  # the review's
        ("Kultur- och fritidsnämnden noterade lägesrapporten till\nprotokollet.", True),
        ("Rapporten antecknades till protokollet den 3 mars.", False),
    ],
)
def test_minuting_decides_only_a_board_or_information(sentence: str, deciding: bool) -> None:
    """Minuting decides when a board minutes or information, a report or a reporting is minuted; a member's or a
    party's note to the minutes ("antecknade följande", "antecknade till protokollet att") never does."""
    assert is_deciding(sentence) is deciding


@pytest.mark.parametrize(
    ("sentence", "deciding"),
    [
        ("Redovisningen av delegeringsbeslut läggs till handlingarna.", True),  # the review's
        ("Delegeringsbesluten läggs till handlingarna.", True),  # the review's
        ("Anmälda ärenden läggs till handlingarna.", True),  # the review's
        ("Motionen läggs till handlingarna.", True),  # the review's
        ("Ärendet läggs till handlingarna utan åtgärd.", True),  # the review's
        ("Redovisningen av delegationsbeslut och anmälda ärenden lades till handlingarna.", True),
        ("Nämnden lägger delegeringsbesluten till handlingarna.", True),
        ("Medborgarförslaget lades till handlingarna.", True),
        ("Skrivelserna läggs till handlingarna.", True),
        ("Anmälan av delegationsbeslut respektive skrivelser lades till handlingarna.", True),
        ("Styrelsen lade rapporten till handlingarna.", False),
        ("Protokollet lades till handlingarna.", False),
        ("Informationen läggs till handlingarna.", False),
        ("Delegationsordningen lades till handlingarna.", False),
        ("Förvaltningen föreslår att motionen läggs till handlingarna.", False),
        ("Motionen lades till handlingarna den 3 mars.", False),
    ],
)
def test_filing_decides_reported_decisions_and_closed_matters(sentence: str, deciding: bool) -> None:
    """Filing decides for the decisions reported to the board (delegations- or delegeringsbeslut, anmälda ärenden)
    and a matter it closes (a motion, a citizen's proposal, a letter, "ärendet"); information or a report filed is
    noted, as holdout9 and holdout13 have it."""
    assert is_deciding(sentence) is deciding
