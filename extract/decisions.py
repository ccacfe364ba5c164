"""Proposed decision points, wherever a document states them.

A decision zone opens at a lead-in sentence, whether or not a heading stands
above it ("Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.",
"Kommunstyrelsen beslutar, under förutsättning att ..., följande.",
"I stadsdelsnämnden Västra Hisingen:"), at a "förslag till beslut" heading, or
at a protocol's "Beslut" heading. Its points are the numbered items after it
(sub-points "2.1" stay with their point), or its paragraphs when it has none.
A lead-in that carries its own "att"-clause ("Kulturnämnden beslutar att anta
förslag till yttrande.") is a point by itself. A zone ends at the next lead-in,
at "Föredragande borgarrådet ... anför följande.", or at a heading; a
reservation or särskilt uttalande never holds points, and headings are never points.
A document with a decision heading states its decisions under it: a lead-in in
its other sections ("Förvaltningen föreslår att nämnden beslutar följande:" at
the end of the synpunkter) restates them and is not read again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.dates import DATELINE
from atgard.extract.dissent import DISSENT
from atgard.extract.mentions import LIST_LEAD, OWN_BODY, resolve_name
from atgard.extract.rules import rule
from atgard.extract.vocabulary import OFFICE_DEFINITE
from atgard.schema.contract import Decision, DecisionPoint

_BODY = r"[\wåäöÅÄÖ -]+?"

_SECTION = rule(
    "decision.section",
    r"förslag till beslut|beslutsförslag|förslag till (?:yttrande|svar)",
    matches=("Förslag till beslut", "Stadsledningskontorets förslag till beslut", "Förslag till yttrande"),
    not_matches=("Beslut", "Ärendet"),
)
_DECISION_HEADING = rule(
    "decision.protocol_heading",
    r"^(?:beslut|beslutet|kommunfullmäktiges\s+beslut|nämndens\s+beslut)\s*:?$",
    matches=("Beslut", "Beslut:", "Nämndens beslut"),
    not_matches=("Beslutsunderlag", "Beslutsplanering", "Kommunstyrelsens förslag till beslut"),
)
_PROPOSES = rule(
    "decision.proposes",
    rf"^(?P<proposer>{_BODY})\s+föreslår\s+(?:att\s+)?(?P<decider>{_BODY})\s+"
    r"(?:att\s+)?(?:beslut(?:a|ar)|fatta(?:r)?\s+följande\s+beslut)\b",
    matches=(
        "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.",
        "Kommunstyrelsen föreslår kommunfullmäktige att besluta följande:",
        "Kommunstyrelsen föreslår att kommunfullmäktige fattar följande beslut:",
        "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.",
    ),
    not_matches=("Kommissionen föreslår att staden utökar insatserna.",),
)
# The speaker's own proposal in an utlåtande repeats the board's: "Jag föreslår att kommunstyrelsen föreslår
# kommunfullmäktige att besluta följande." The board proposes, the council decides; the speaker is nobody's body.
_NESTED_PROPOSES = rule(
    "decision.nested_proposes",
    rf"^(?:jag|vi|{_BODY})\s+föreslår\s+att\s+(?P<proposer>{_BODY})\s+föreslår\s+(?:att\s+)?(?P<decider>{_BODY})\s+"
    r"(?:att\s+)?(?:beslut(?:a|ar)|fatta(?:r)?\s+följande\s+beslut)\b",
    matches=(
        "Jag föreslår att kommunstyrelsen föreslår kommunfullmäktige att besluta följande.",
        "Jag föreslår att kommunstyrelsen föreslår att kommunfullmäktige beslutar följande:",
        "Borgarrådsberedningen föreslår att kommunstyrelsen föreslår kommunfullmäktige besluta följande.",
    ),
    not_matches=("Jag föreslår att kommunstyrelsen beslutar följande.",),
)
_PROPOSED = rule(
    "decision.proposed",
    rf"^(?P<decider>{_BODY})\s+föreslås\s+(?:att\s+)?besluta\b",
    matches=("Kommunstyrelsen föreslås besluta att uppmana samtliga nämnder att inkomma med yttrande.",),
    not_matches=("Åtgärderna föreslås genomföras 2019.",),
)
_DECIDES = rule(
    "decision.decides",
    rf"^(?P<decider>{_BODY})\s+(?:beslutar|fattar\s+följande\s+beslut)\b(?P<own>\s+för\s+egen\s+del)?"
    r"(?:,\s+(?:under\s+förutsättning|med\s+förbehåll|för\s+egen\s+del)[^.]*?,)?",
    matches=(
        "Kommunstyrelsen beslutar för egen del följande.",
        "Kommunstyrelsen beslutar, under förutsättning att kommunfullmäktige beslutar enligt ovan, följande.",
        "Kulturnämnden beslutar att anta förslag till yttrande.",
        "Styrelsen för AB Svenska Bostäder beslutar att överlämna yttrandet till kommunstyrelsen.",
        "Nämnden fattar följande beslut:",
    ),
    not_matches=("Nämnden har beslutat att remittera ärendet.", "Kommunfullmäktige beslutade utan omröstning."),
)
_IN_BODY = rule(
    "decision.in_body",
    rf"^I\s+(?P<decider>{_BODY})\s*:$",
    matches=("I stadsdelsnämnden Västra Hisingen:", "I kommunstyrelsen:"),
    not_matches=("I stadsdelsnämnden Västra Hisingen finns tre skolor.",),
)
_OWN_CLAUSE = rule(
    "decision.own_clause",
    r"^[,\s]*(?:för\s+egen\s+del\s+)?att\s+\S",
    matches=(" att anta förslag till yttrande.", " för egen del att godkänna rapporten."),
    not_matches=(" följande.", " för egen del följande:"),
)
_OPENS_LIST = rule(
    "decision.opens_list",
    r"^[,\s]*(?:för\s+egen\s+del\s*)?(?:följande)?\s*[.:]?\s*$",
    matches=(" följande.", " för egen del följande:", ""),
    not_matches=(" om finansiering efter beredning.",),
)
_SPEAKER = rule(
    "decision.speaker",
    r"^föredragande\b.*\banför\b",
    matches=("Föredragande borgarrådet Katarina Berg anför följande.",),
    not_matches=("Föredragningslista",),
)
# Where the proposal is signed: it ends the points ("Stockholm den 21 maj 2025", "På kommunstyrelsens vägnar:").
_SIGNING = rule(
    "decision.signing",
    r"^(?:på\s+[\wåäöÅÄÖ-]+\s+vägnar|vid\s+protokollet|justera[st]|ordförandens\s+sign)\b",
    matches=("På kommunstyrelsens vägnar:", "Vid protokollet", "Justeras", "Justerat den 18 juni 2018"),
    not_matches=("Justeringen sker den 3 maj.", "Motionen anses besvarad."),
)
# An office named by its kind alone: the document's own.
_OWN_OFFICE = rule(
    "decision.own_office",
    rf"^{OFFICE_DEFINITE}$",
    matches=("Förvaltningen", "kontoret"),
    not_matches=("Trafikkontoret",),
)
# A company's board before the company's name: "Styrelsen för AB Svenska Bostäder", "Bolagsstyrelsen i X".
_BOARD_OF = rule(
    "decision.board_of",
    r"^(?:bolags)?styrelsen\s+(?:för|i)\s+",
    matches=("Styrelsen för AB Svenska Bostäder", "Bolagsstyrelsen i Micasa Fastigheter AB"),
    not_matches=("Kulturnämnden",),
)
# Whose proposal a section heading names: "Stadsledningskontorets förslag till beslut".
_PROPOSER_IN_HEADING = rule(
    "decision.proposer_in_heading",
    r"^(?P<who>[\wåäöÅÄÖ-]+?)s\s+förslag",
    matches=("Stadsledningskontorets förslag till beslut", "Förvaltningens förslag till beslut"),
    not_matches=("Förslag till beslut",),
)
_SUB_POINT = rule(  # "2.1 Fondens kapital ..." under point 2
    "decision.sub_point",
    r"^(\d{1,2})\.\d{1,2}\.?\s",
    matches=("2.1 Fondens kapital",),
    not_matches=("2. Rapporten",),
    flags=0,
)
LEAD_IN_MAX_CHARS = 250  # a lead-in is one short sentence; a longer paragraph is text


@dataclass
class _Zone:
    """The points being read: who decides them, and whether they come as numbered items."""

    decider: str | None
    items: bool
    points: list[DecisionPoint] = field(default_factory=list)
    listing: bool = False  # the last point ends in a lead ("... skickas på remiss till"): its items continue it


@dataclass
class _Reading:
    office: str | None
    addressee: str | None
    register: BoardRegister
    proposed_by: str | None = None
    decided_by: str | None = None
    zone: _Zone | None = None
    in_dissent: bool = False
    headed: bool = False  # the document has a decision heading: only its sections hold decisions
    in_section: bool = False
    points: list[DecisionPoint] = field(default_factory=list)

    def name(self, text: str) -> str:
        text = _BOARD_OF.sub("", text.strip())
        if OWN_BODY.match(text) and self.addressee:
            return self.addressee
        if _OWN_OFFICE.match(text) and self.office:
            return self.office  # "Förvaltningen föreslår att nämnden beslutar": the memo's own office
        return resolve_name(text, self.register).name

    def open(self, decider: str | None, following: Sequence[Analysed]) -> None:
        self.close()
        self.zone = _Zone(decider, _has_items(following))

    def close(self) -> None:
        if self.zone is not None:
            self.points += self.zone.points
            self.zone = None


def _opens(item: Analysed) -> bool:
    """Whether a block ends the run of points before it: a heading, a lead-in, the speaker, a dissent."""
    block = item.block
    if block.kind == "heading":
        return True
    return block.kind == "paragraph" and (_lead_in(block.text) is not None or bool(_SPEAKER.match(block.text)))


def _has_items(following: Sequence[Analysed]) -> bool:
    """Whether the points of a zone come as list items (then its other paragraphs are not points)."""
    for item in following:
        if _opens(item):
            return False
        if item.block.kind == "list_item":
            return True
    return False


_SPEAKERS = frozenset({"jag", "vi"})


def _lead_in(text: str) -> tuple[str | None, str, bool] | None:
    """``(proposer, decider, own clause)`` when a paragraph opens a decision zone.

    What follows the lead-in says which: "följande." opens a list, an
    "att"-clause is a point by itself, anything else is running text.
    """
    if len(text) > LEAD_IN_MAX_CHARS:
        return None
    if found := _IN_BODY.match(text.strip()):
        return None, found.group("decider"), False
    for pattern in (_NESTED_PROPOSES, _PROPOSES, _PROPOSED, _DECIDES):
        if found := pattern.match(text):
            rest = text[found.end() :]
            if not (own := bool(_OWN_CLAUSE.match(rest))) and not _OPENS_LIST.match(rest):
                return None
            proposer = found.group("proposer") if "proposer" in pattern.pattern.groupindex else None
            if proposer is not None and proposer.strip().lower() in _SPEAKERS:
                proposer = None  # "Jag föreslår att kommunstyrelsen beslutar": the speaker, not a body
            return proposer, found.group("decider"), own
    return None


def _point(item: Analysed, number: int, decider: str | None, start: int = 0) -> DecisionPoint:
    """The point that ``item``'s text is from ``start`` on."""
    return DecisionPoint(number=number, text=item.block.text[start:], decided_by=decider, **item.located(start))


_NUMBER_IN_TEXT = rule(
    "decision.number_in_text",
    r"^([1-9]\d?)[.)]\s+(?=[A-ZÅÄÖ]|att\b)",
    matches=("2. Rapporten godkänns.", "2. att justera", "3) Nämnden"),
    not_matches=("2.1 Fondens kapital", "2. rapporten", "0. Inledning"),
    flags=0,
)


def _extend(zone: _Zone, item: Analysed) -> None:
    """The zone's last point with ``item``'s text after its own."""
    last = zone.points[-1]
    boxes = [*last.boxes, *item.located()["boxes"]]
    zone.points[-1] = last.model_copy(update={"text": f"{last.text} {item.block.text}", "boxes": boxes})


def _add(zone: _Zone, item: Analysed) -> None:
    """A point of the zone, or a sub-point ("2.1 ...") or list item joined to the point it belongs to."""
    block = item.block
    sub = _SUB_POINT.match(block.text)
    if zone.points and (
        (sub and int(sub.group(1)) == zone.points[-1].number) or (zone.listing and block.kind == "list_item")
    ):
        _extend(zone, item)
        return
    zone.listing = False
    if zone.items and block.kind != "list_item":
        if LIST_LEAD.search(block.text):  # a point that goes on in the items under it
            zone.points.append(_point(item, len(zone.points) + 1, zone.decider))
            zone.listing = True
        return
    marker = (block.marker or "").rstrip(".)")
    if not marker and (numbered := _NUMBER_IN_TEXT.match(block.text)):
        # the reader saw no list marker (no gap after the number): the number is still the point's
        zone.points.append(_point(item, int(numbered.group(1)), zone.decider, start=numbered.end()))
        return
    number = int(marker) if marker.isdigit() and int(marker) >= 1 else len(zone.points) + 1
    zone.points.append(_point(item, number, zone.decider))


def _heading(reading: _Reading, analysed: Sequence[Analysed], position: int) -> None:
    text = analysed[position].block.text.strip()
    reading.close()
    reading.in_dissent = bool(DISSENT.match(text))
    reading.in_section = bool(_SECTION.search(text) or _DECISION_HEADING.match(text))
    following = analysed[position + 1 :]
    if _SECTION.search(text):
        if (who := _PROPOSER_IN_HEADING.match(text)) and reading.proposed_by is None:
            name = who.group("who")
            reading.proposed_by = reading.office if _OWN_OFFICE.match(name) else name
        reading.open(None, following)
    elif _DECISION_HEADING.match(text):
        reading.open(reading.addressee, following)
    elif (lead := _lead_in(text)) is not None and not reading.in_dissent:
        _open_lead(reading, analysed, position, lead)  # a lead-in set in bold reads as a heading


def _open_lead(
    reading: _Reading, analysed: Sequence[Analysed], position: int, lead: tuple[str | None, str, bool]
) -> None:
    """A lead-in opens a zone of points for its decider (or, with its own "att"-clause, is the point)."""
    proposer, decider, own_clause = lead
    name = reading.name(decider)
    if proposer is not None:
        reading.proposed_by = reading.name(proposer)
    reading.decided_by = reading.decided_by or name
    reading.open(name, analysed[position + 1 :])
    if own_clause and reading.zone is not None:
        reading.zone.points.append(_point(analysed[position], 1, name))
        reading.close()


def _paragraph(reading: _Reading, analysed: Sequence[Analysed], position: int) -> None:
    item = analysed[position]
    text = item.block.text
    if DISSENT.match(text):
        reading.close()
        reading.in_dissent = True
        return
    if reading.in_dissent:
        return
    if _SPEAKER.match(text) or _SIGNING.match(text) or DATELINE.match(text.strip()):
        reading.close()
        return
    if (lead := _lead_in(text)) is not None and (reading.in_section or not reading.headed):
        _open_lead(reading, analysed, position, lead)
        return
    if reading.zone is not None:
        _add(reading.zone, item)


def _once_each(points: list[DecisionPoint]) -> list[DecisionPoint]:
    """Points without the repeats: an utlåtande states the board's proposal, then the speaker's, word for word."""
    seen: set[tuple[str, str | None]] = set()
    kept = []
    for point in points:
        key = (" ".join(point.text.split()).casefold(), point.decided_by)
        if key not in seen:
            seen.add(key)
            kept.append(point)
    return kept


def extract_decision(
    analysed: Sequence[Analysed], office: str | None, addressee: str | None, register: BoardRegister
) -> Decision:
    """The decision points of a document, each with the body that decides it."""
    reading = _Reading(office, addressee, register)
    reading.headed = any(
        item.block.kind == "heading" and (_SECTION.search(item.block.text) or _DECISION_HEADING.match(item.block.text))
        for item in analysed
    )
    for position, item in enumerate(analysed):
        kind = item.block.kind
        if kind == "heading":
            _heading(reading, analysed, position)
        elif kind == "paragraph":
            _paragraph(reading, analysed, position)
        elif kind == "list_item" and reading.zone is not None and not reading.in_dissent:
            _add(reading.zone, item)
    reading.close()
    points = _once_each(reading.points)
    decided_by = reading.decided_by or (addressee if points else None)
    proposed_by = reading.proposed_by or (office if points else None)
    for n, point in enumerate(points):
        own = point.decided_by or decided_by
        points[n] = point.model_copy(update={"decided_by": own if own != decided_by else None})
    return Decision(proposed_by=proposed_by, decided_by=decided_by, points=points)
