"""An agenda's items and a protocol's paragraphs (§), each with its blocks up to the next: the parts of a meeting's
document that answer each for itself (extract/answers.py).

A protocol's paragraph opens with its § heading; an agenda's item is a heading numbered 1, 2, 3 … in turn, a
numbered line of the text that is no sentence ("Ärende 5. Svar på remiss av …"), or a numbered list item
with the item's text between it and the next; the list after a decision's lead-in ("Förslag till beslut:") is
the item's own.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.rules import rule
from atgard.extract.vocabulary import LIST_ITEM_NUMBER, MATTER_NUMBER

__all__ = ["DECISION_LEAD", "items"]

# A protocol's paragraph: "§ 96 Yttrande över …" (not "§§ 49–52", a list of them).
_PARAGRAPH = rule(
    "answer.protocol_paragraph",
    rf"^{MATTER_NUMBER}[.:]?\s+\S",
    matches=(
        "§ 96 Yttrande över förslag till Cykelstrategi",
        "Ärende 5. Svar på remiss av förslag till Friluftsplan för Stockholms stad 2028–2035 (Dnr KS 2027/0452)",
        "Punkt 3: Remiss av Kulturplan 2028",
        "§12 Val av justerare",
        "Ärende 4 Yttrande över förslag till arkitekturpolicy",
        "Punkt 7 Svar på remiss av X",
    ),
    not_matches=("§§ 49–52", "Enligt 6 kap. 3 § kommunallagen", "Ärendet har remitterats"),
)
# What opens a list of the decisions proposed or taken: "Förslag till beslut:", "Tekniska nämnden beslutar".
DECISION_LEAD = rule(
    "answer.decision_lead",
    r"^(?:(?:förvaltningens\s+|kontorets\s+)?förslag\s+till\s+beslut|beslut|"
    r"[\wåäö-]+(?:\s+[\wåäö-]+){0,3}\s+(?:beslutar|föreslås\s+besluta))\s*:?$",
    matches=("Förslag till beslut:", "Tekniska nämnden beslutar", "Kommunstyrelsen föreslås besluta:"),
    not_matches=("Förslag till beslut: Nämnden godkänner delårsrapporten.", "Ärendet"),
)


def items(analysed: Sequence[Analysed], meeting: bool = False) -> list[Sequence[Analysed]]:
    """A protocol's paragraphs (§ headings) or an agenda's items, each with the blocks up to the next one.

    An agenda's item is a numbered line that is no sentence, numbered on from the item before, with the item's
    text between it and the next (a list of annexes or of decision points has none between its lines). In a
    ``meeting``'s document (an agenda, a protocol) an item may be a sentence: "4. Region Skåne har bjudit in …".
    """
    starts = [i for i, item in enumerate(analysed) if item.block.kind == "heading" and _PARAGRAPH.match(item.text)]
    if not starts and meeting:  # an agenda's items as numbered headings: "5. Yttrande över förslag till …"
        starts = _numbered_headings(analysed)
    if not starts and meeting:  # an agenda's items as lines of the text: "Ärende 5. Svar på remiss av …"
        titled = [i for i, item in enumerate(analysed) if item.block.kind == "paragraph" and _item_line(item.text)]
        starts = titled if len(titled) >= 2 else []
    if not starts:
        starts = _agenda_items(analysed, meeting)
    return [analysed[start:end] for start, end in itertools.pairwise([*starts, len(analysed)])]


# An agenda's item set as a heading with its number: "5. Yttrande över förslag till Folkhälsoplan", "12 Meddelanden".
_NUMBERED_HEADING = rule(
    "answer.numbered_heading",
    rf"^(?P<number>{LIST_ITEM_NUMBER})\s+[A-ZÅÄÖ]",
    matches=("5. Yttrande över förslag till Folkhälsoplan för Ockelbo kommun", "12 Meddelanden", "1. Upprop"),
    not_matches=("2027 års budget", "Sammanfattning", "5.2 Remissinstanser", "§ 5 Val av justerare"),
    flags=0,
)


def _numbered_headings(analysed: Sequence[Analysed]) -> list[int]:
    """An agenda's items as headings numbered 1, 2, 3 … in turn (a heading numbered out of turn is no item);
    at least two, or none."""
    starts: list[int] = []
    for i, item in enumerate(analysed):
        if item.block.kind != "heading" or (found := _NUMBERED_HEADING.match(item.text.strip())) is None:
            continue
        if int(found.group("number").rstrip(".)")) == len(starts) + 1:
            starts.append(i)
    return starts if len(starts) >= 2 else []


def _item_line(text: str) -> bool:
    """A numbered item's title on a line of its own ("Ärende 5. Svar på remiss av …"), no sentence of the text."""
    text = text.strip()
    return bool(_PARAGRAPH.match(text)) and "\n" not in text and text[-1:] not in ".:;,"


def _agenda_items(analysed: Sequence[Analysed], sentences: bool) -> list[int]:
    """Where an agenda's items start; the list after a lead-in ("Förslag till beslut:") is the item's own."""
    starts: list[int] = []
    number, inner, first = 0, 0, ""  # the last item's number; the lead-in's list: its next number, first item
    ends = ",;:" if sentences else ".,;:"
    for i, item in enumerate(analysed):
        text = item.text.strip()
        if item.block.kind != "list_item":
            inner = 1 if text.endswith(":") or DECISION_LEAD.match(text) else 0
            continue
        marker = (item.block.marker or "").rstrip(".)")
        numbered = int(marker) if marker.isdigit() else None
        if inner and numbered in (inner, None) and not _leaves_list(text, first, numbered == number + 1):
            first = first or text
            inner += 1
            continue
        inner, first = 0, ""
        if numbered == number + 1 and text[-1:] not in ends:
            starts.append(i)
            number += 1
    spaced = any(later - earlier > 1 for earlier, later in itertools.pairwise(starts))
    return starts if len(starts) >= 2 and spaced else []


def _leaves_list(text: str, first: str, next_item: bool) -> bool:
    """Whether a line numbered on from both a lead-in's list and the agenda is the agenda's next item: a title
    where the list's lines are sentences, or a line that does not start as the list's first ("att …") did."""
    if not next_item:
        return False
    title = text[-1:] not in ".,;:"
    return title or (bool(first) and first.split()[0].lower() == "att" and text.split()[0].lower() != "att")
