"""A committee of a board and the board it serves: in a working committee's protocol "Arbetsutskottet" is the
committee itself and "nämnden" the board whose committee it is ("Trafik- och samhällsplaneringsnämndens
arbetsutskott": "Arbetsutskottet föreslår nämnden besluta att …" is the board's decision to take); a company's
board named before the company ("Styrelsen för AB Svenska Bostäder") or by its kind ("Koncernstyrelsen")."""

from __future__ import annotations

from atgard.extract.rules import rule
from atgard.extract.vocabulary import BOARD_DEFINITE

# A company's board before the company's name: "Styrelsen för AB Svenska Bostäder", "Bolagsstyrelsen i X".
BOARD_OF = rule(
    "decision.board_of",
    r"^(?:bolags)?styrelsen\s+(?:för|i)\s+",
    matches=("Styrelsen för AB Svenska Bostäder", "Bolagsstyrelsen i Micasa Fastigheter AB"),
    not_matches=("Kulturnämnden",),
)
# A group's or a company's board named by its kind: the protocol's own body ("Koncernstyrelsen beslöt följande.").
GROUP_BOARD = rule(
    "decision.group_board",
    r"^(?:koncern|moderbolags|bolags)styrelsen$",
    matches=("Koncernstyrelsen", "Moderbolagsstyrelsen"),
    not_matches=("Styrelsen för Stockholms Hamn AB", "Kulturnämnden"),
)
# A committee named by its board's genitive: "Kommunstyrelsens arbetsutskott", "Socialnämndens individutskott",
# "Trafik- och samhällsplaneringsnämndens arbetsutskott", "Regionstyrelsens beredningsutskott".
_COMMITTEE = rule(
    "decision.committee_of",
    r"^(?P<board>[\wåäöÅÄÖ ,–-]*?(?:nämnden|styrelsen))s\s+(?P<organ>[a-zåäö]*utskott|presidium)$",
    matches=(
        "Kommunstyrelsens arbetsutskott",
        "Trafik- och samhällsplaneringsnämndens arbetsutskott",
        "Socialnämndens individutskott",
        "Regionstyrelsens presidium",
    ),
    not_matches=("Kommunstyrelsen", "Socialnämndens arbetsutskotts förslag", "Utskottet för kultur"),
)
# The committee's own short name, as its protocol writes it: "Arbetsutskottet", "Utskottet", "Presidiet".
_SHORT = rule(
    "decision.committee_short",
    r"^(?:[a-zåäö]*utskottet|presidiet)$",
    matches=("Arbetsutskottet", "utskottet", "Individutskottet", "Presidiet"),
    not_matches=("Arbetsutskottets", "Kommunstyrelsen", "Utskottet för kultur"),
)
_BOARD_WORD = rule(
    "decision.committee_board_word",
    rf"^(?:{BOARD_DEFINITE})$",
    matches=("nämnden", "Styrelsen"),
    not_matches=("Kommunstyrelsen", "nämnderna"),
)


def committee_name(text: str, committee: str | None) -> str | None:
    """Whom a short name means in a committee's own document: the committee, or the board it serves; else None.

    >>> committee_name("nämnden", "Trafik- och samhällsplaneringsnämndens arbetsutskott")
    'Trafik- och samhällsplaneringsnämnden'
    >>> committee_name("Arbetsutskottet", "Kommunstyrelsens arbetsutskott")
    'Kommunstyrelsens arbetsutskott'
    >>> committee_name("nämnden", "Kulturnämnden") is None, committee_name("Arbetsutskottet", None) is None
    (True, True)
    """
    found = _COMMITTEE.match((committee or "").strip())
    if found is None:
        return None
    if _SHORT.match(text.strip()):
        return committee
    board = found.group("board")
    return board[0].upper() + board[1:] if _BOARD_WORD.match(text.strip()) else None
