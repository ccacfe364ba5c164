"""A plan an agenda's or a protocol's item adopts: the item's numbered line names a plan, programme or strategy,
and its proposed decision adopts it by that name.

    4. Skyfallsplan för Umeå tätort 2027–2032
       Kommunstyrelsens förslag till kommunfullmäktige
       att anta Skyfallsplan för Umeå tätort 2027–2032,
       att uppdra åt tekniska nämnden att genomföra åtgärderna 3 och 5, …

The plan is the report the item's directives are about (its measures carried out by the bodies it names): the
item names its measures by their numbers ("åtgärderna 3 och 5"). An item whose line names no plan ("7. Delårsrapport
för X", "5. Svar på motion om Y"), whose decision adopts something else ("att godkänna delårsrapporten") or that
names no measure of it (a company's "§ 42 Riktlinjer för sponsring" adopted "enligt VD:s förslag") names no report.

:func:`item_titles` gives these with the reports of an agenda's incoming remisser (``incoming``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from atgard.extract.analysis import Analysed
from atgard.extract.incoming import incoming_remisser
from atgard.extract.report_titles import PLAN_NOUN
from atgard.extract.rules import rule
from atgard.extract.vocabulary import CASE_YEAR, LIST_ITEM_NUMBER, MATTER_NUMBER, MEASURE_WORD
from atgard.schema.keys import title_key

# An item's line that names a plan by its title: a number or "§ N", then a plan noun as its first word
# ("Skyfallsplan för Umeå tätort", "Program för X", "Strategi för Y").
_PLAN_ITEM = rule(
    "report.plan_item",
    rf"^\s*(?:{MATTER_NUMBER}|{LIST_ITEM_NUMBER})\s+(?P<title>(?i:{PLAN_NOUN})\s+\S.{{2,140}}?)\s*$",
    matches=("4. Skyfallsplan för Umeå tätort 2027–2032", "§ 12 Program för idrott och kultur", "3 Strategi för X"),
    not_matches=("7. Delårsrapport för Umeå Kommunföretag AB", "5. Svar på motion 21/2026", "Skyfallsplan för X"),
    flags=0,
)
# The decision that adopts it: "att anta", "antar", "fastställer", "antas", with "förslaget till" or not.
_ADOPTS = rule(
    "report.adopts",
    r"\b(?:anta|antar|antas|antogs|fastställa|fastställer|fastställs)\s+(?:(?:förslaget|förslag)\s+till\s+)?",
    matches=("att anta Skyfallsplan", "Kommunfullmäktige antar förslaget till Program", "att fastställa "),
    not_matches=("att godkänna delårsrapporten", "antagande av planen"),
)

# The item names the plan's measures by their numbers: "åtgärderna 3 och 5", "Åtgärd 7", "åtgärd A2"; a year or a
# date is none ("åtgärder 2027–2030", "arbetsutskottets förslag 2026-04-14 § 87"), a code that starts like one is
# ("åtgärd 2027:1").
_NUMBERED_MEASURE = rule(
    "report.numbered_measure",
    rf"\b(?:{MEASURE_WORD})\s+(?:nr\.?\s+)?(?!{CASE_YEAR}\b(?![:.]\d))[A-ZÅÄÖ]?\d",
    matches=(
        "att genomföra åtgärderna 3 och 5",
        "Åtgärderna 1, 2 och 9 genomförs redan",
        "åtgärd A2.1",
        "åtgärd 2027:1",
    ),
    not_matches=(
        "innehåller nio åtgärder",
        "åtgärderna i planen",
        "2027 års åtgärder",
        "Planen innehåller åtgärder 2027–2030.",
        "Kommunstyrelsens arbetsutskotts förslag 2026-04-14 § 87",
        "insatser 2027 - 2030",
    ),
)


class ItemTitle(NamedTuple):
    """A report an agenda's item names: where its name stands in the item's text, and the name as the item gives it."""

    item: int
    start: int
    title: str


def adopted_plans(analysed: Sequence[Analysed]) -> list[ItemTitle]:
    """The plans the items of an agenda or protocol adopt by the name their numbered line gives, when the item names
    the plan's measures by their numbers."""
    found: list[ItemTitle] = []
    title: str | None = None
    adopted: ItemTitle | None = None
    numbered = False
    for item in analysed:
        if item.block.kind == "heading":
            found += [adopted] if adopted and numbered else []
            named = _PLAN_ITEM.match(item.text)
            title, adopted, numbered = (named.group("title") if named else None), None, False
            continue
        if title is None or item.block.kind not in ("paragraph", "list_item"):
            continue
        numbered = numbered or _NUMBERED_MEASURE.search(item.text) is not None
        for adopts in _ADOPTS.finditer(item.text) if adopted is None else ():
            said = item.text[adopts.end() : adopts.end() + len(title)]
            if title_key(said) == title_key(title):
                adopted = ItemTitle(item.index, adopts.end(), title)  # as the item's line spells it
                break
    return found + ([adopted] if adopted and numbered else [])


def item_titles(analysed: Sequence[Analysed]) -> list[ItemTitle]:
    """The reports an agenda's items name: its incoming remisser's ("5. Samråd om X" / "Remiss från …") and the
    plans it adopts."""
    incoming = [ItemTitle(found.item, found.start, found.title) for found in incoming_remisser(analysed)]
    return incoming + adopted_plans(analysed)
