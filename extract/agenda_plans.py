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
from typing import Literal, NamedTuple

from atgard.extract.adopted_names import named_in_full
from atgard.extract.analysis import Analysed
from atgard.extract.incoming import incoming_remisser
from atgard.extract.measure_tables import Columns, cell_code, header_columns, summary_codes
from atgard.extract.rules import rule
from atgard.extract.title_parts import PLAN_NOUN
from atgard.extract.vocabulary import (
    CASE_NUMBER,
    CASE_NUMBER_LABEL,
    CASE_YEAR,
    LIST_ITEM_NUMBER,
    MATTER_NUMBER,
    MEASURE_WORD,
)
from atgard.schema.keys import title_key

# The line that opens an agenda's item: a heading numbered "4." or "§ 42" (its own sub-headings, "Förslag till
# beslut", "Beslut", "Ärendebeskrivning", open none), or a numbered list's line (the marker apart) that is no
# sentence and no decision's point ("att anta …"). Asked untraced (``found_in``): it says where an item starts,
# nothing of it.
_ITEM_NUMBER = rule(
    "report.agenda_item_line",
    rf"^\s*(?:{MATTER_NUMBER}|{LIST_ITEM_NUMBER})\s+\S",
    matches=("4. Skyfallsplan för Umeå tätort", "§ 42 Skyfallsplan", "Ärende 6 Plan för X", "3 Strategi för X"),
    not_matches=("Förslag till beslut", "Beslut", "Ärendebeskrivning", "2027 års plan", "5.2 Remissinstanser"),
)
# ... names a plan by its title: a plan noun its first word ("Skyfallsplan för Umeå tätort", "Program för X"), a
# case number after it left out ("(KS 2026/123)", "Dnr KS 2026/123").
_PLAN_TITLE = (
    rf"(?P<title>(?i:{PLAN_NOUN})\s+\S.{{2,140}}?)(?:\s*\(?\s*(?i:{CASE_NUMBER_LABEL})?\s*{CASE_NUMBER}\s*\)?)?\s*$"
)
_PLAN_ITEM = rule(
    "report.plan_item",
    rf"^\s*(?i:{MATTER_NUMBER}|{LIST_ITEM_NUMBER})\s+{_PLAN_TITLE}",
    matches=(
        "4. Skyfallsplan för Umeå tätort 2027–2032",
        "§ 12 Program för idrott och kultur",
        "3 Strategi för X",
        "§ 42 Skyfallsplan för Umeå tätort (KS 2026/123)",
    ),
    not_matches=("7. Delårsrapport för Umeå Kommunföretag AB", "5. Svar på motion 21/2026", "Skyfallsplan för X"),
    flags=0,
)
# ... the same on a numbered list's line, whose number is its marker.
_PLAN_LIST_LINE = rule(
    "report.plan_list_line",
    rf"^\s*{_PLAN_TITLE}",
    matches=("Skyfallsplan för Umeå tätort 2027–2032", "Program för idrott och kultur (KS 2026/123)"),
    not_matches=("Delårsrapport för Umeå Kommunföretag AB", "att anta Skyfallsplan för X", "4. Skyfallsplan för X"),
    flags=0,
)
# The decision that adopts it: "att anta", "antar", "fastställer", "antas", with "förslaget till" or not.
_ADOPTS = rule(
    "report.adopts",
    r"\b(?:anta|antar|antas|antogs|fastställa|fastställer|fastställs)\s+(?:(?:förslaget|förslag)\s+till\s+)?",
    matches=("att anta Skyfallsplan", "Kommunfullmäktige antar förslaget till Program", "att fastställa "),
    not_matches=("att godkänna delårsrapporten", "antagande av planen"),
)
# ... or adopts it by its noun, definite: "att anta skyfallsplanen", "Skyfallsplanen antas", "antar programmet".
_DEFINITE_PLAN = r"[a-zåäö]*(?:planen|programmet|strategin|policyn|riktlinjerna|visionen)"
_ADOPTS_DEFINITE = rule(
    "report.adopts_definite",
    rf"\b(?:anta|antar|antogs|fastställa|fastställer)\s+(?P<noun>{_DEFINITE_PLAN})\b|"
    rf"\b(?P<subject>{_DEFINITE_PLAN})\s+(?:antas|antogs|fastställs|fastställdes)\b",
    matches=("att anta skyfallsplanen", "Skyfallsplanen antas", "Kommunfullmäktige antar programmet"),
    not_matches=("att anta Skyfallsplan för Umeå", "planen följs upp", "antagande av planen"),
)
# ... or by its name before a passive verb, as a council's decision points write it: "1. Handlingsplan för
# klimatanpassning 2027–2030 antas." (the name must end where the verb starts: matched on the text before it).
_ADOPTED_AFTER = rule(
    "report.adopted_after",
    r"\s+(?:antas|antogs|fastställs|fastställdes)\b",
    matches=("Handlingsplan för klimatanpassning 2027–2030 antas.", "Avfallsplan 2027 fastställs"),
    not_matches=("antagande av planen", "Planen antagen", "Nämnden antar planen"),
)
# The definite ending of a plan noun's last part: "Skyfallsplan" -> "skyfallsplanen".
_DEFINITE_ENDING = {
    "plan": "en", "program": "met", "strategi": "n", "policy": "n", "riktlinjer": "na", "vision": "en"
}  # fmt: skip

# ... or in a table of its measures, read as a plan's measures table is (``measure_tables``): a header row naming the
# column of measures ("Nr | Åtgärd | Ansvarig"), then a row with a code in its column of codes ("KA1", "3", "A2.1"),
# or with no such column one its measure's cell opens with ("1:2 Taxorna …") or holds alone ("S1–S3"). A first cell
# under another header is none ("Kvartal | Åtgärd" over "Q1 | Trygghetsvandringar"), nor a year ("2027 | Budget").
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
    plan: ItemTitle | None = None  # the plan the item's line names
    adopted: ItemTitle | None = None
    numbered = False
    columns: Columns | None = None  # the columns of the item's measures table, if its header was read
    for item in analysed:
        if (opened := _item_line(item)) is not None:
            found += [adopted] if adopted and numbered else []
            plan, adopted, numbered, columns = opened or None, None, False, None
            continue
        if plan is not None and item.block.kind == "table_row":
            cells = [cell.text for cell in item.block.cells]
            numbered = numbered or (columns is not None and _coded_row(cells, columns))
            columns = columns or header_columns(cells)
        if plan is None or item.block.kind not in ("paragraph", "list_item"):
            continue
        numbered = numbered or _NUMBERED_MEASURE.search(item.text) is not None
        adopted = adopted or _adoption(item, plan)
    return found + ([adopted] if adopted and numbered else [])


def _coded_row(cells: Sequence[str], columns: Columns) -> bool:
    """Whether a row of a measures table carries a measure's code, in its column of codes or its measure's cell."""
    if columns.code is not None:
        return columns.code < len(cells) and cell_code(cells[columns.code], own_column=True) is not None
    cell = cells[columns.text] if columns.text < len(cells) else ""
    return cell_code(cell, False, measures_column=True) is not None or bool(summary_codes(cell))


def _item_line(item: Analysed) -> ItemTitle | Literal[False] | None:
    """The plan an item's line names (False: a line that names none); None when ``item`` opens no agenda item."""
    text = item.text
    if item.block.kind == "heading" and _ITEM_NUMBER.found_in(text):
        named = _PLAN_ITEM.match(text)
    elif item.block.kind == "list_item" and (item.block.marker or "").rstrip(".)").isdigit():
        if text.rstrip().endswith((".", ":", ",", ";")) or text.lstrip().casefold().startswith("att "):
            return None
        named = _PLAN_LIST_LINE.match(text)
    else:
        return None
    return ItemTitle(item.index, named.start("title"), named.group("title")) if named else False


def _adoption(item: Analysed, plan: ItemTitle) -> ItemTitle | None:
    """Where ``item`` adopts the plan: by its name, however spaced ("2027 – 2032"); spelt the same, there; else (or by
    its name before "antas", or its definite noun, "att anta skyfallsplanen") on the item's line; or by a fuller
    name before "antas", there (extract/adopted_names.py)."""
    key = title_key(plan.title)
    for adopts in _ADOPTS.finditer(item.text):
        said = title_key(item.text[adopts.end() :])
        if said.startswith(key) and not said[len(key) : len(key) + 1].isalnum():
            exact = item.text.startswith(plan.title, adopts.end())
            return ItemTitle(item.index, adopts.end(), plan.title) if exact else plan
    for after in _ADOPTED_AFTER.finditer(item.text):  # "Handlingsplan för X 2027–2030 antas."
        said = title_key(item.text[: after.start()])
        if said.endswith(key) and not said[-len(key) - 1 : -len(key)].isalnum():
            return plan
    if (full := named_in_full(item.text, plan.title)) is not None:  # "… i Örebro kommun 2027–2031 antas."
        return ItemTitle(item.index, *full)
    first = plan.title.split()[0].casefold()
    last = next((noun for noun in _DEFINITE_ENDING if first.endswith(noun)), "")
    forms = (first + _DEFINITE_ENDING[last], last + _DEFINITE_ENDING[last]) if last else ()
    for adopts in _ADOPTS_DEFINITE.finditer(item.text) if forms else ():
        if (adopts.group("noun") or adopts.group("subject")).casefold() in forms:
            return plan
    return None


def item_titles(analysed: Sequence[Analysed]) -> list[ItemTitle]:
    """The reports an agenda's items name: its incoming remisser's ("5. Samråd om X" / "Remiss från …") and the
    plans it adopts."""
    incoming = [ItemTitle(found.item, found.start, found.title) for found in incoming_remisser(analysed)]
    return incoming + adopted_plans(analysed)
