"""Answers a document recounts: who answered a referral, who declined, who did not answer in time.

An utlåtande's Beredning, a PM's or an agenda item's text tells how a referral went: "Grundskolenämnden och
trafiknämnden har yttrat sig", "Yttranden har lämnats av miljönämnden …", "Nämnden för funktionsstöd har
avstått från att yttra sig", "fritidsnämnden har meddelat att den avstår …", "Östermalms stadsdelsnämnd har
inte svarat inom remisstiden"; in a section that sums up the answers ("Beredning", "Remissinstanserna",
"Inkomna yttranden") a body's view in the present is its answer too ("Trafiknämnden tillstyrker förslagen",
"Kulturnämnden har inga invändningar"). Each clause (", medan …", ", men …") is read for itself, with the
bodies named in it as its subject or after "av"/"från" (not "till kommunstyrelsen", where the answer went).

This is what a referral's status needs when the answers themselves are not stored: declined beside
answered and unanswered, and the summary as the source (issue #34, item 4). It is extracted here and not yet
part of the contract: see ``recounted_answers``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from atgard.extract.analysis import Analysed
from atgard.extract.mentions import BoardSpan
from atgard.extract.rules import rule
from atgard.extract.vocabulary import VIEW_VERB
from atgard.schema.contract import Recipient

Outcome = Literal["answered", "declined", "unanswered"]

_CLAUSE_BREAK = rule(
    "answer_history.clause_break",
    r",\s+(?:medan|men|och\s+(?=\w+\s+har\b))\s+|;\s+|\s+medan\s+",
    matches=("miljönämnden, medan fritidsnämnden", "yttra sig, men tekniska förvaltningen", "X; Y"),
    not_matches=("miljönämnden och socialnämnden",),
)
_DECLINED = rule(
    "answer_history.declined",
    r"\b(?:avstått|avstår|avstod|avböjt|avböjer|avböjde)\s+(?:från\s+)?(?:att\s+)?"
    r"(?:yttra\s+sig|svara|besvara|lämna\s+(?:något\s+|ett\s+)?(?:yttrande|svar|synpunkter))",
    matches=(
        "Nämnden för funktionsstöd har avstått från att yttra sig",
        "fritidsnämnden har meddelat att den avstår från att yttra sig",
        "Kungsholmens stadsdelsnämnd avstår från att svara på remissen",
        "Idrottsnämnden har avböjt att lämna något yttrande",
    ),
    not_matches=("38 procent avstår från att gå ut på kvällen",),
)
_UNANSWERED = rule(
    "answer_history.unanswered",
    r"\b(?:har|hade)\s+inte\s+(?:\w+\s+)?(?:svarat|yttrat\s+sig|besvarat|inkommit|kommit\s+in|lämnat\s+(?:något\s+)?"
    r"(?:svar|yttrande))|\b(?:inget|något)\s+(?:svar|yttrande)\s+(?:har\s+)?(?:inte\s+)?(?:kommit\s+in|inkommit)|"
    r"\bhar\s+(?:inget|något)\s+(?:svar|yttrande)\s+(?:kommit\s+in|inkommit)",
    matches=(
        "Östermalms stadsdelsnämnd har inte svarat inom remisstiden",
        "Skarpnäcks stadsdelsnämnd har inte lämnat något yttrande",
        "Från Farsta stadsdelsnämnd har inget svar kommit in",
    ),
    not_matches=("Trafiknämnden har yttrat sig",),
)
_ANSWERED = rule(
    "answer_history.answered",
    r"\b(?:har|hade)\s+(?:\w+\s+)?(?:yttrat\s+sig|svarat|besvarat\s+remissen|inkommit\s+med\s+(?:\w+\s+)?(?:svar|yttrande\w*)|"
    r"lämnat\s+(?:ett\s+|sitt\s+|sina\s+)?(?:gemensamt\s+)?(?:svar|yttrande\w*|remissvar|synpunkter))|"
    r"\b(?:yttranden?|svar|remissvar)\s+har\s+(?:lämnats|inkommit|kommit\s+in)\s+(?:från|av)\b|"
    r"\bi\s+sitt\s+(?:yttrande|svar|remissvar)\b",
    matches=(
        "Grundskolenämnden och trafiknämnden har yttrat sig",
        "Norrmalms och Södermalms stadsdelsnämnder har lämnat ett gemensamt svar",
        "Yttranden har lämnats av miljönämnden och arbetsmarknads- och socialnämnden",
        "Barn- och utbildningsnämnden framhåller i sitt yttrande att",
        "Svar har inkommit från samtliga stadsdelsnämnder",
    ),
    not_matches=("Remissen har skickats till trafiknämnden", "Nämnderna ska lämna yttrande senast den 1 mars"),
)
# A section that sums up the answers: there a body's view in the present is its answer.
SUMMARY_SECTION = rule(
    "answer_history.summary_section",
    r"^(?:.*beredning|remissinstans\w*|remissvar(?:en)?|remissammanställning|inkomna\s+(?:yttranden|remissvar|svar)|"
    r"sammanfattning\s+av\s+remiss\w*|synpunkter\s+från\s+remiss\w*)$",
    matches=("Beredning", "Ärendets beredning", "Remissinstanserna", "Inkomna yttranden"),
    not_matches=("Mina synpunkter", "Bakgrund"),
)
VIEW = rule(
    "answer_history.view",
    rf"^(?:(?!\b(?:ska|skall|bör|senast)\b).)*?\b(?P<verb>{VIEW_VERB}|"
    r"(?:har|hade)\s+inga\s+(?:\w+\s+)?(?:invändningar|synpunkter|erinringar)|"
    r"ställ(?:er|de)\s+sig\s+(?:\w+\s+){0,2}?(?:bakom|positiva?|negativa?|tveksamma?|kritiska?|frågande)|"
    r"(?:är|var)\s+(?:\w+\s+)?(?:positiv|negativ|kritisk|tveksam)\w*)\b",
    matches=(
        "Trafiknämnden tillstyrker promemorians förslag",
        "Kulturnämnden har inga invändningar mot förslagen",
        "Farsta stadsdelsnämnd ställer sig positiv till fler hundrastgårdar",
        "Svenska Kennelklubben välkomnar motionen",
        "Idrottsnämnden och fastighetsnämnden ställer sig i huvudsak bakom förslaget",
        "Exploateringsnämnden har inga principiella invändningar",
        "Trafiknämnden tillstyrkte motionen",
        "Kulturnämnden ställde sig bakom förslaget",
    ),
    not_matches=("Nämnderna ska tillstyrka förslaget senast 1 mars", "Nämnden har inga medel för detta"),
)
_NOT_THE_ANSWERER = rule(
    "answer_history.not_the_answerer",
    r"\b(?:till|åt|hos|för|med|mot|om)\s*$",
    matches=("har lämnat sitt yttrande till ",),
    not_matches=("Yttranden har lämnats av ",),
)
_ANSWERERS = frozenset({"committee", "district_committee", "company", "executive_board", "council", "unknown"})


@dataclass(frozen=True)
class RecountedAnswer:
    """A body's answer to a referral as a document tells it, and where: ``block`` and ``text[start:end]``."""

    body: Recipient
    outcome: Outcome
    block: int
    start: int
    end: int


def _outcome(clause: str, summary: bool) -> Outcome | None:
    """
    >>> _outcome("Fritidsnämnden har meddelat att den avstår från att yttra sig", False)
    'declined'
    >>> _outcome("Kulturnämnden har inga invändningar mot förslagen", False), _outcome("Kulturnämnden anser att", True)
    (None, 'answered')
    """
    if _DECLINED.search(clause):
        return "declined"
    if _UNANSWERED.search(clause):
        return "unanswered"
    if _ANSWERED.search(clause) or (summary and VIEW.search(clause)):
        return "answered"
    return None


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence's clauses as ranges of the block's text."""
    cuts = [start, *(m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)), end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _answerers(item: Analysed, start: int, end: int) -> list[BoardSpan]:
    """The bodies a clause names as the ones that answered (not where the answer went)."""
    return [
        span
        for span in item.boards_in(start, end)
        if span.kind in _ANSWERERS and not span.group and not _NOT_THE_ANSWERER.search(item.text[start : span.start])
    ]


def recounted_answers(analysed: Sequence[Analysed]) -> list[RecountedAnswer]:
    """Every answer the document recounts, with its outcome: what a referral's status needs (issue #34, item 4).

    Not yet in the contract: proposed as ``Answer`` entries of the recounted body with ``source`` "summary"
    (and ``outcome``), linked to the referral the same section tells, so that a referral recounted with its
    answers is answered (or declined) though the answers themselves are not stored.
    """
    found: list[RecountedAnswer] = []
    summary = False
    for item in analysed:
        if item.block.kind == "heading":
            summary = bool(SUMMARY_SECTION.match(item.text.strip()))
            continue
        if item.block.kind not in ("paragraph", "list_item"):
            continue
        for sentence in item.sentences():
            for start, end in clauses(item.text, sentence.start, sentence.end):
                outcome = _outcome(item.text[start:end], summary)
                if outcome is None:
                    continue
                found += [
                    RecountedAnswer(span.recipient(), outcome, item.index, start, end)
                    for span in _answerers(item, start, end)
                ]
    return found
