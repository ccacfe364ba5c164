"""A decision zone's points: what opened it, who decides them, and how a paragraph or list item joins them.

A zone (extract/decisions.py) holds the points read after a lead-in or a decision heading: a numbered item is a
point of its number, a sub-point ("2.1 …") or a line set back at the margin goes on the point before it, and what
stands above the zone's opening on its page (a table's column read out of order) is none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from atgard.extract.analysis import Analysed
from atgard.extract.lead_ins import own_clauses
from atgard.extract.mentions import LIST_LEAD
from atgard.extract.read.text import ends_sentence, join_lines
from atgard.extract.rules import rule
from atgard.schema import Block
from atgard.schema.contract import DecisionPoint

_SUB_POINT = rule(  # "2.1 Fondens kapital ..." under point 2
    "decision.sub_point",
    r"^(\d{1,2})\.\d{1,2}\.?\s",
    matches=("2.1 Fondens kapital",),
    not_matches=("2. Rapporten",),
    flags=0,
)


@dataclass
class Zone:
    """The points being read: who decides them, and whether they come as numbered items."""

    decider: str | None
    items: bool
    points: list[DecisionPoint] = field(default_factory=list)
    listing: bool = False  # the last point ends in a lead ("... skickas på remiss till"): its items continue it
    agenda: bool = False  # an agenda item's proposal: its points are that item's, whatever another item proposes
    below: tuple[int, float] | None = None  # page and top of what opened the zone: its points stand under it
    deciding_only: bool = False  # after a lead-in that was its own point: only a deciding sentence goes on
    clauses_only: bool = False  # after a lead-in's own points ending in ",": only its next "att"-clauses go on
    att_only: bool = False  # its "att"-points interrupted by a paragraph (a "Remisslista" label): only "att" goes on


# A lead-in's next "att"-clause set as a paragraph of its own, numbered or not: "att återrapportera i juni 2027.",
# "2. att uppdra åt förvaltningen …".
NEXT_CLAUSE = rule(
    "decision.next_clause_paragraph",
    r"^(?:\d{1,2}[.)]\s+)?att\s+[a-zåäö]",
    matches=("att återrapportera till nämnden i juni 2027.", "2. att uppdra åt förvaltningen att inventera lokalerna"),
    not_matches=("Beslutet skickas till socialnämnden för kännedom.", "Att-satserna ändras.", "Nämnden beslutar att"),
    flags=0,
)


def new_point(
    item: Analysed, number: int, decider: str | None, start: int = 0, end: int | None = None
) -> DecisionPoint:
    """The point that ``item``'s text is from ``start`` on (to ``end``)."""
    text = item.block.text[start:end]
    return DecisionPoint(number=number, text=text, decided_by=decider, **item.located(start, end))


_NUMBER_IN_TEXT = rule(
    "decision.number_in_text",
    r"^([1-9]\d?)[.)]\s+(?=[A-ZÅÄÖ]|att\b)",
    matches=("2. Rapporten godkänns.", "2. att justera", "3) Nämnden"),
    not_matches=("2.1 Fondens kapital", "2. rapporten", "0. Inledning"),
    flags=0,
)


def extend(zone: Zone, item: Analysed, *, line: bool = False) -> None:
    """The zone's last point with ``item``'s text after its own (as its next ``line``: hyphenation undone)."""
    last = zone.points[-1]
    boxes = [*last.boxes, *item.located()["boxes"]]
    text = join_lines([last.text, item.block.text]) if line else f"{last.text} {item.block.text}"
    zone.points[-1] = last.model_copy(update={"text": text, "boxes": boxes})


_ITEM_GOES_ON = rule(
    "decision.item_goes_on",
    r"^[a-zåäö]",
    matches=("instanser som anges i bilagd sändlista, och", "under våren 2027."),
    not_matches=("Kommunstyrelsen beslutar vidare", "2. Rapporten"),
    flags=0,
)


def goes_on(zone: Zone, analysed: Sequence[Analysed], position: int) -> bool:
    """Whether a paragraph is the next line of the list item before it, set back at the margin (no hanging
    indent): "– att remittera förslaget … till de remiss-" / "instanser som anges i bilagd sändlista, och"."""
    before = analysed[position - 1].block if position else None
    return (
        bool(zone.points)
        and before is not None
        and before.kind == "list_item"
        and zone.points[-1].text.endswith(before.text)
        and not ends_sentence(before.text)
        and bool(_ITEM_GOES_ON.match(analysed[position].block.text))
    )


def _above(zone: Zone, block: Block) -> bool:
    """Whether a block stands above what opened the zone on its page: a table's column the reader set out of
    its order ("Närvarande ledamöter | Ulrika Åkesson, ordförande; …" read after "Styrelsen beslöt"), no point."""
    first = block.boxes[0]  # a point may go on over the page break: where it starts counts
    return zone.below is not None and first.page == zone.below[0] and first.bbox.bottom <= zone.below[1]


def add_point(zone: Zone, item: Analysed) -> None:
    """A point of the zone, or a sub-point ("2.1 ...") or list item joined to the point it belongs to."""
    block = item.block
    if _above(zone, block):
        return
    sub = _SUB_POINT.match(block.text)
    if zone.points and (
        (sub and int(sub.group(1)) == zone.points[-1].number) or (zone.listing and block.kind == "list_item")
    ):
        extend(zone, item)
        return
    zone.listing = False
    if zone.att_only and not NEXT_CLAUSE.match(block.text):
        return  # the list under a label after the points: who answers on what, no point of its own
    if zone.items and block.kind != "list_item":
        if zone.points and all(NEXT_CLAUSE.match(point.text) for point in zone.points):
            zone.att_only = True  # a label after "att"-points, even one ending in a colon
        elif LIST_LEAD.search(block.text):  # a point that goes on in the items under it
            zone.points.append(new_point(item, len(zone.points) + 1, zone.decider))
            zone.listing = True
        return
    marker = (block.marker or "").rstrip(".)")
    if not marker and (numbered := _NUMBER_IN_TEXT.match(block.text)):
        # the reader saw no list marker (no gap after the number): the number is still the point's
        zone.points.append(new_point(item, int(numbered.group(1)), zone.decider, start=numbered.end()))
        return
    clauses = own_clauses(block.text) if not marker and NEXT_CLAUSE.match(block.text) else []
    if len(clauses) > 1:  # "att bevilja … entledigande, samt att välja …" in one paragraph: a point each
        for a, b in clauses:
            zone.points.append(new_point(item, len(zone.points) + 1, zone.decider, a, b))
        return
    number = int(marker) if marker.isdigit() and int(marker) >= 1 else len(zone.points) + 1
    zone.points.append(new_point(item, number, zone.decider))
