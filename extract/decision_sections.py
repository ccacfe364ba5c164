"""A protocol's items and a document's decision sections: where decisions stand.

A protocol decides item by item, § heading to § heading ("§ 12 Svar på remiss …", also where the reader saw
a short paragraph); a decision section is a "Förslag till beslut" heading or a protocol's "Beslut" heading.
For each block, :func:`items_of` tells what its item has: a decision heading, a lead-in of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from atgard.extract.analysis import Analysed
from atgard.extract.deliberation import is_deciding
from atgard.extract.kinds import AGENDA_PROPOSAL, PARAGRAPH_HEADING
from atgard.extract.lead_ins import lead_in, voted_in_item
from atgard.extract.rules import rule
from atgard.extract.vocabulary import CASE_NUMBER, CASE_NUMBER_LABEL
from atgard.schema import Block

SECTION = rule(
    "decision.section",
    r"förslag till beslut(?!\s+under\s+sammanträdet)|beslutsförslag|förslag till (?:yttrande|svar)",
    matches=("Förslag till beslut", "Stadsledningskontorets förslag till beslut", "Förslag till yttrande"),
    not_matches=("Beslut", "Ärendet", "Förslag till beslut under sammanträdet"),
)
# A board's proposal sent on to its council, headed so in its own protocol or memo: the points are what the council
# is to decide and what the board itself decided, not a proposal put to the meeting ("Kommunstyrelsens förslag till
# kommunfullmäktige" over "att motionen avslås").
ONWARD = rule(
    "decision.proposal_onward",
    r"^(?:[\wåäöÅÄÖ-]+s\s+)?förslag\s+till\s+(?P<to>(?:kommun|region)?fullmäktige)\s*:?$",
    matches=(
        "Kommunstyrelsens förslag till kommunfullmäktige",
        "Regionstyrelsens förslag till regionfullmäktige:",
        "Förslag till kommunfullmäktige",
    ),
    not_matches=(
        "Kommunstyrelsens förslag till beslut",
        "Förslag till kommunfullmäktiges beslut",
        "Arbetsutskottets förslag till kommunstyrelsen",
    ),
)
DECISION_HEADING = rule(
    "decision.protocol_heading",
    # a scan's speck after it read as a stop: "Tekniska nämndens beslut ."
    r"^(?:beslut|beslutet|(?:[\wåäöÅÄÖ-]+\s+){0,2}[\wåäöÅÄÖ-]+s\s+beslut(?:\s+för\s+egen\s+del)?)\s*[:.]?$",
    matches=(
        "Beslut",
        "Beslut:",
        "Tekniska nämndens beslut .",
        "Nämndens beslut",
        "Tekniska nämndens beslut",
        "Kommunfullmäktiges beslut",
        "Arbetsutskottets beslut för egen del",
    ),
    not_matches=(
        "Beslutsunderlag",
        "Beslutsplanering",
        "Kommunstyrelsens förslag till beslut",
        "Tidigare beslut",
        "Beslut i ärendet",
        "Nämndens beslut för egen del av budgeten",
    ),
)

# A protocol's decision after its label on the same line: "Beslut: Nämnden godkänner rapporten."
INLINE_DECISION = rule(
    "decision.inline_decision",
    r"^(?:beslut|beslutet|(?:[\wåäöÅÄÖ-]+\s+){0,2}[\wåäöÅÄÖ-]+s\s+beslut)\s*:(?=\s*\S)",
    matches=("Beslut: Nämnden godkänner rapporten.", "Kommunstyrelsens beslut: Motionen avslås."),
    not_matches=("Beslut:", "Beslutsunderlag: Tjänsteutlåtande", "Tidigare beslut: KF 2019-03-04"),
)

# An agenda item's proposal under a bare label, as a company board's agenda sets it: "Förslag: Styrelsen utser
# Marcus Thörnblad (KD) att jämte ordföranden justera protokollet." Only a deciding sentence after it is the
# proposal ("Förslag: Fler busslinjer i ytterstaden." in a reply proposes a measure, no decision).
PROPOSAL_LABEL = rule(
    "decision.proposal_label",
    # after the item's case number on the same line, any separator or none: "Dnr HÄ 2027/009 – Förslag: Anmälan
    # läggs till handlingarna.", "Dnr HÄ 2027/009. Förslag: …", "Dnr HÄ 2027/009 Förslag: …" (two lines joined)
    rf"^(?:{CASE_NUMBER_LABEL}:?\s+{CASE_NUMBER}\s*[,.–—-]?\s*)?"
    r"(?:(?:förslag|(?:[\wåäöÅÄÖ:-]+s\s+)?förslag\s+till\s+(?:styrelsen|nämnden))\s*:(?=\s*\S)|"
    # the label run into its proposal where no colon follows it (a line under a table joined to the next)
    r"förslag\s+till\s+beslut\s*:?\s+(?-i:(?=[A-ZÅÄÖ])))",
    matches=(
        "Förslag: Styrelsen utser Eva Ek (M) att justera protokollet.",
        "VD:s förslag till styrelsen: Styrelsen antar yttrandet.",
        "Förslag: Nämnden godkänner rapporten.",
        "Dnr HÄ 2027/009 – Förslag: Anmälan läggs till handlingarna.",
        "Dnr KS 2026/114 - förslag: Nämnden godkänner rapporten.",
        "Dnr HÄ 2027/009 Förslag: Anmälan läggs till handlingarna.",
        "Dnr HÄ 2027/009 — Förslag: Anmälan läggs till handlingarna.",
        "Dnr HÄ 2027/009. Förslag: Anmälan läggs till handlingarna.",
        "Förslag till beslut Samhällsbyggnadsnämnden godkänner redovisningen av delegationsbeslut.",
    ),
    not_matches=(
        "Förslag:",
        "Förslaget: se bilaga",
        "Förslagen i planen",
        "Dnr HÄ 2027/009 – Förslagen i planen",
        "Förslag till beslut",
        "Förslag till beslut under sammanträdet",
    ),
)


def inline_decision(text: str) -> re.Match[str] | None:
    """A decision or an agenda's proposal after its label on the same line ("Beslut: …", "Förslag: Styrelsen …"):
    the label, when what follows it decides."""
    if found := INLINE_DECISION.match(text):
        return found
    found = PROPOSAL_LABEL.match(text)
    return found if found and is_deciding(text[found.end() :].strip()) else None


# The body a decision heading names in the genitive decides the points under it ("Regionstyrelsens beslut" in the
# region's answer to an agency: the region's board, not the agency the answer is addressed to).
_HEADING_BODY = rule(
    "decision.heading_body",
    r"^(?P<who>(?:[\wåäöÅÄÖ-]+\s+){0,2}[\wåäöÅÄÖ-]+?)s\s+beslut(?:\s+för\s+egen\s+del)?\s*:?$",
    matches=(
        "Regionstyrelsens beslut",
        "Tekniska nämndens beslut:",
        "Kommunfullmäktiges beslut",
        "Arbetsutskottets beslut för egen del",
    ),
    not_matches=("Beslut", "Beslutet", "Kommunstyrelsens förslag till beslut", "Tidigare beslut", "Beslut i ärendet"),
)


def heading_body(text: str) -> str | None:
    """The body a decision heading names, as named ("Tekniska nämndens beslut" -> "Tekniska nämnden"); else None."""
    found = _HEADING_BODY.match(text.strip())
    return found.group("who") if found else None


_ITEM_HEADING_MAX_CHARS = 150  # "§ 12 Remiss av …" on a line or two; a longer paragraph is text


def decision_heading(item: Analysed) -> bool:
    text = item.block.text
    heading = item.block.kind == "heading" and bool(SECTION.search(text) or ONWARD.match(text.strip()))
    return heading or decision_label(item.block)


def decision_label(block: Block) -> bool:
    """A protocol's "Beslut" heading, also where the reader saw a paragraph: "Kommunfullmäktiges beslut" alone on
    its line over the points (a label of its own says what it is, whatever its type)."""
    return block.kind in ("heading", "paragraph") and bool(DECISION_HEADING.match(block.text.strip()))


def is_item_heading(block: Block) -> bool:
    """A protocol item's heading, "§ 49 Val av justerare", also where the reader saw a short paragraph."""
    return (
        block.kind in ("heading", "paragraph")
        and bool(PARAGRAPH_HEADING.match(block.text.strip()))
        and (block.kind == "heading" or len(block.text) <= _ITEM_HEADING_MAX_CHARS)
    )


def item_starts(analysed: Sequence[Analysed]) -> list[tuple[int, float]]:
    """Where each protocol item's § heading stands (page, top), in reading order; none outside a protocol."""
    return sorted((x.block.boxes[0].page, x.block.boxes[0].bbox.top) for x in analysed if is_item_heading(x.block))


@dataclass(frozen=True)
class Items:
    """For each block, what the protocol item (§ heading to § heading) it stands in has: a decision heading
    or a lead-in of its own (``decides``: then its other sentences are not read as decisions), a decision
    heading (``headed``, None before the first § heading), a protocol's "Beslut" heading (``final``: then a
    "Förslag till beslut" section in it is the proposal put to the meeting, not what it decided)."""

    decides: list[bool]
    headed: list[bool | None]
    final: list[bool]


def items_of(analysed: Sequence[Analysed], is_own: Callable[[str], bool] = lambda _: True) -> Items:
    """What the protocol item each block stands in has (see :class:`Items`); ``is_own``: whether a body is the
    protocol's own (a vote's lead-in names it)."""
    found = Items([], [], [])
    start, in_item = 0, False
    for position, item in enumerate([*analysed, None]):
        if item is None or is_item_heading(item.block):
            part = analysed[start:position]
            texts = [x.block.text for x in part]
            voted = in_item and any(voted_in_item(texts[: n + 1], is_own) for n in range(len(texts)))
            final = voted or any(decision_label(x.block) for x in part)
            has_heading = any(map(decision_heading, part))
            decides = has_heading or any(
                lead_in(x.block.text) is not None
                or AGENDA_PROPOSAL.search(x.block.text)
                or inline_decision(x.block.text)
                for x in part
            )
            found.decides.extend([decides] * len(part))
            found.headed.extend([has_heading if in_item else None] * len(part))
            found.final.extend([final and in_item] * len(part))
            start, in_item = position, True
    return found
