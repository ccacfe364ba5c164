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

A protocol decides item by item (§ heading to § heading): under a "Beslut" heading,
after a lead-in in any tense ("Koncernstyrelsen beslöt följande."), or, in an item
with neither, in a deciding sentence of its own right under the § heading ("X utsågs
att jämte ordföranden justera dagens protokoll.", "Motionen anses besvarad.";
extract/deliberation.py). Motions, the chair's putting them, dissent told in a
sentence and distribution lists ("Beslutet skickas till", "Expedieras till") are
never points; a description section (a heading other than a decision's) holds
none. An agenda states each item's proposal after "Förslag till beslut:", inline or
as the points under it, which end at the item's documents ("Ärendedokument: …") or
at the agenda's next item.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from atgard.extract.analysis import Analysed, located_at
from atgard.extract.boards import BoardRegister
from atgard.extract.committees import BOARD_OF, GROUP_BOARD, committee_name
from atgard.extract.dates import DATELINE
from atgard.extract.decision_runs import carry_on, runs_on
from atgard.extract.decision_sections import (
    DECISION_HEADING,
    ONWARD,
    SECTION,
    Items,
    decision_heading,
    decision_label,
    heading_body,
    inline_decision,
    is_item_heading,
    items_of,
)
from atgard.extract.decision_zone import NEXT_CLAUSE, Zone, add_point, extend, goes_on, new_point
from atgard.extract.deliberation import DECIDING_SENTENCE, DISTRIBUTION, is_deciding, not_a_point
from atgard.extract.dissent import DISSENT, dissent_goes_on, is_dissent_sentence
from atgard.extract.kinds import AGENDA_PROPOSAL
from atgard.extract.lead_ins import (
    dated_lead_in,
    gives_answer_text,
    lead_in,
    long_decision,
    own_clauses,
    own_line_start,
    point_gist,
    voted_in_item,
)
from atgard.extract.mentions import OWN_BODY, resolve_name
from atgard.extract.rules import rule
from atgard.extract.signatories import DELEGATED
from atgard.extract.vocabulary import OFFICE_DEFINITE
from atgard.schema.contract import Decision, DecisionPoint

_SPEAKER = rule(
    "decision.speaker",
    r"^föredragande\b.*\banför\b",
    matches=("Föredragande borgarrådet Katarina Berg anför följande.",),
    not_matches=("Föredragningslista",),
    explains_cue=True,
)
# Where the proposal is signed: it ends the points ("Stockholm den 21 maj 2025", "På kommunstyrelsens vägnar:").
_SIGNING = rule(
    "decision.signing",
    r"^(?:på\s+[\wåäöÅÄÖ-]+\s+vägnar|vid\s+protokollet|justera[st]|justerandes?\s+sign\w*|ordförandens\s+sign|"
    r"utdragsbestyrkande|utdraget\s+(?:bestyrks|överensstämmer)|rätt\s+utdraget\s+intygar|anslagsbevis)\b",
    matches=(
        "På kommunstyrelsens vägnar:",
        "Vid protokollet",
        "Justeras",
        "Justerat den 18 juni 2018",
        "Utdragsbestyrkande",
        "Utdraget bestyrks",
        "Utdraget överensstämmer med originalet",
        "Rätt utdraget intygar",
        "Justerandes signatur",
    ),
    not_matches=("Justeringen sker den 3 maj.", "Motionen anses besvarad.", "Utdrag ur protokollet bifogas."),
    explains_cue=True,
)
# An office named by its kind alone: the document's own.
_OWN_OFFICE = rule(
    "decision.own_office",
    rf"^{OFFICE_DEFINITE}$",
    matches=("Förvaltningen", "kontoret"),
    not_matches=("Trafikkontoret",),
)
# An agenda item's documents, set under it: they end its proposal's points.
_ITEM_DOCUMENTS = rule(
    "decision.item_documents",
    r"^(?:ärendedokument|handlingar|föredragande|bilagor|ärendets\s+handlingar)\b\s*(?::|$)",
    matches=("Ärendedokument: Tjänsteutlåtande, Bilaga 1", "Bilagor", "Handlingar: Tjänsteskrivelse 2026-03-30"),
    not_matches=("Bilagor till ärendet finns på webben.", "Handlingarna finns hos nämndsekreteraren."),
)
# Whose proposal a section heading names: "Stadsledningskontorets förslag till beslut".
_PROPOSER_IN_HEADING = rule(
    "decision.proposer_in_heading",
    r"^(?P<who>[\wåäöÅÄÖ-]+?)s\s+förslag",
    matches=("Stadsledningskontorets förslag till beslut", "Förvaltningens förslag till beslut"),
    not_matches=("Förslag till beslut",),
)


@dataclass
class _Reading:
    office: str | None
    addressee: str | None
    register: BoardRegister
    proposed_by: str | None = None
    decided_by: str | None = None
    own: frozenset[str] = frozenset()  # the document's own body as its header names it ("Koncernstyrelsen")
    zone: Zone | None = None
    in_dissent: bool = False
    outside: bool = False  # in a distribution list ("Expedieras till"): nothing is a point
    headed: bool = False  # the document has a decision heading: only its sections hold decisions
    in_section: bool = False
    under_decision: bool = False  # under a protocol's "Beslut" heading: each paragraph there is a point
    item_body: bool = False  # right under a protocol's § heading, before any other heading
    items: Items | None = None  # what each block's protocol item has
    points: list[DecisionPoint] = field(default_factory=list)
    apart: list[bool] = field(default_factory=list)  # for each point: an agenda item's, no repeat of another's
    agenda: bool = False  # the zone opened next is an agenda item's proposal
    skip: int = -1  # the last paragraph a lead-in's sentence went on in (extract/decision_runs.py)
    quoting: bool = False  # after "… lämnar följande yttrande:": the yttrande's own text, no points

    def name(self, text: str) -> str:
        text = BOARD_OF.sub("", text.strip())
        if committee := committee_name(text, self.addressee):  # "nämnden" in its working committee's protocol
            return committee
        if (OWN_BODY.match(text) or GROUP_BOARD.match(text) or text.casefold() in self.own) and self.addressee:
            return self.addressee
        if _OWN_OFFICE.match(text) and self.office:
            return self.office  # "Förvaltningen föreslår att nämnden beslutar": the memo's own office
        resolved = resolve_name(text, self.register).name
        if self.office and resolved != self.office and self.office.casefold().startswith(f"{text.casefold()} "):
            return text  # "Länsstyrelsen" in Länsstyrelsen Västmanlands län's decision: its own, not one registered
        return resolved

    def is_own(self, decider: str) -> bool:
        """The decider is the document's own body (its sender, addressee or header name): a council's or another
        board's dated decision told under the heading is the case's history, no point of this document."""
        known = {n.casefold() for n in (self.office, self.addressee) if n} | self.own
        return self.name(decider).casefold() in known

    def open(self, decider: str | None, following: Sequence[Analysed], at: Analysed | None = None) -> None:
        self.close()
        self.quoting = False
        below = (at.block.page, at.block.boxes[0].bbox.top) if at is not None else None
        self.zone = Zone(decider, _has_items(following), agenda=self.agenda, below=below)

    def close(self) -> None:
        if self.zone is not None:
            self.points += self.zone.points
            self.apart += [self.zone.agenda] * len(self.zone.points)
            self.zone = None

    def quotes(self) -> None:
        """A point that leads in the yttrande's own words ("Nämnden lämnar följande yttrande:") ends the points:
        what follows it is the answer's text, up to a heading or another lead-in."""
        if self.zone is not None and self.zone.points and gives_answer_text(self.zone.points[-1].text):
            self.close()
            self.quoting = True


def _opens(item: Analysed) -> bool:
    """Whether a block ends the run of points before it: a heading, a lead-in, the speaker, an agenda item's
    documents, a distribution list, a protocol item's heading set as text."""
    block = item.block
    if block.kind == "heading":
        return True
    text = block.text.strip()
    return block.kind == "paragraph" and (
        lead_in(block.text) is not None
        or bool(_SPEAKER.match(text) or _ITEM_DOCUMENTS.match(text) or DISTRIBUTION.match(text))
        or is_item_heading(block)
    )


def _has_items(following: Sequence[Analysed]) -> bool:
    """Whether the points of a zone come as list items (then its other paragraphs are not points)."""
    for item in following:
        if _opens(item):
            return False
        if item.block.kind == "list_item":
            return True
    return False


def _heading(reading: _Reading, analysed: Sequence[Analysed], position: int) -> None:
    text = analysed[position].block.text.strip()
    reading.close()
    reading.quoting = False
    reading.in_dissent = bool(DISSENT.match(text))
    reading.outside = bool(DISTRIBUTION.match(text))
    reading.item_body = is_item_heading(analysed[position].block)
    onward = ONWARD.match(text) if analysed[position].block.kind == "heading" else None
    proposal_put = bool(SECTION.search(text)) and reading.items is not None and reading.items.final[position]
    reading.in_section = bool(SECTION.search(text) or DECISION_HEADING.match(text) or onward) and not proposal_put
    reading.under_decision = bool(DECISION_HEADING.match(text))
    following = analysed[position + 1 :]
    if proposal_put:
        return  # the proposal the meeting had before it: the item's "Beslut" says what it decided
    if onward:
        if (who := _PROPOSER_IN_HEADING.match(text)) and reading.proposed_by is None:
            reading.proposed_by = reading.name(who.group("who"))
        reading.open(reading.name(onward["to"]), following, analysed[position])
    elif SECTION.search(text):
        if (who := _PROPOSER_IN_HEADING.match(text)) and reading.proposed_by is None:
            name = who.group("who")
            reading.proposed_by = reading.office if _OWN_OFFICE.match(name) else name
        reading.open(None, following, analysed[position])
    elif DECISION_HEADING.match(text):
        reading.open(_heading_decider(reading, text), following, analysed[position])
        if analysed[position].block.kind == "paragraph" and reading.zone is not None:
            # a label set as text ends where no heading ends it: only deciding sentences go on after it
            reading.zone.deciding_only = True
    elif (lead := lead_in(text)) is not None and not reading.in_dissent:
        _open_lead(reading, analysed, position, lead)  # a lead-in set in bold reads as a heading


def _heading_decider(reading: _Reading, text: str) -> str | None:
    """Who decides under a decision heading: the body it names, else (bare, "Nämndens", a person) the addressee."""
    who = heading_body(text)
    if who is None or resolve_name(who, reading.register).kind == "external":
        return reading.addressee
    reading.decided_by = reading.decided_by or reading.name(who)
    return reading.name(who)


def _open_lead(
    reading: _Reading,
    analysed: Sequence[Analysed],
    position: int,
    lead: tuple[str | None, str, bool],
    start: int = 0,
) -> None:
    """A lead-in opens a zone of points for its decider (or, with its own "att"-clause, is the point)."""
    proposer, decider, own_clause = lead
    name = reading.name(decider)
    if proposer is not None:
        reading.proposed_by = reading.name(proposer)
    reading.decided_by = reading.decided_by or name
    reading.open(name, analysed[position + 1 :], analysed[position])
    if own_clause and reading.zone is not None:
        item = analysed[position]
        start = own_line_start(item.block.text, [line.start for line in item.block.lines], start)
        for number, (a, b) in enumerate(own_clauses(item.block.text, start), 1):
            text = item.block.text[a:b]
            reading.zone.points.append(DecisionPoint(number=number, text=text, decided_by=name, **item.located(a, b)))
        reading.skip = position + carry_on(reading.zone.points, analysed, position, _opens)
        if gives_answer_text(reading.zone.points[-1].text):
            reading.quotes()  # "Nämnden beslutar att lämna följande yttrande:": the yttrande follows
        elif reading.zone.points[-1].text.rstrip().endswith((", samt", ",")):
            reading.zone.clauses_only = True  # "…, samt" at a page's foot: the next "att"-paragraphs are its points
        elif reading.under_decision:  # under a "Beslut" heading a deciding sentence may follow it
            reading.zone.deciding_only = True  # ("Paragrafen förklaras omedelbart justerad.")
        else:
            reading.close()


def _ends_points(reading: _Reading, text: str) -> bool:
    """Whether a paragraph closes the points before it and is none itself: a dissent, a distribution list,
    the speaker, where the proposal is signed, an agenda item's documents."""
    stripped = text.strip()
    if DISSENT.match(stripped) or is_dissent_sentence(stripped):
        reading.in_dissent = bool(DISSENT.match(stripped)) or dissent_goes_on(stripped)
    elif DISTRIBUTION.match(stripped):
        reading.outside = True
    elif not (_SPEAKER.match(text) or _SIGNING.match(text) or DATELINE.match(stripped) or DELEGATED.search(text)):
        return bool(_ITEM_DOCUMENTS.match(stripped))
    return True


def _voted(reading: _Reading, analysed: Sequence[Analysed], position: int) -> tuple[str | None, str, bool] | None:
    """A protocol item's "Med 7 ja-röster mot 4 nej-röster har nämnden således beslutat": the vote told in the
    item up to this paragraph, the protocol's own body deciding (lead_ins.voted_in_item)."""
    if reading.items is None or reading.items.headed[position] is None:
        return None  # not in a protocol's item
    start = position
    while start > 0 and not is_item_heading(analysed[start].block):
        start -= 1
    return voted_in_item([x.block.text for x in analysed[start : position + 1]], reading.is_own)


def _paragraph(reading: _Reading, analysed: Sequence[Analysed], position: int) -> None:
    item = analysed[position]
    text = item.block.text
    if is_item_heading(item.block) or decision_label(item.block):
        _heading(reading, analysed, position)  # "§ 12 Budget", "Nämndens beslut" set as body text: still headings
        return
    if not reading.outside and (lead := _voted(reading, analysed, position)) is not None:
        reading.in_dissent = False  # after the vote and its ja/nej table: what the body thereby decided
        _open_lead(reading, analysed, position, lead)
        return
    if not reading.in_dissent and not reading.outside and _ends_points(reading, text):
        reading.close()
        return
    if reading.in_dissent or reading.outside:
        return
    if (proposal := AGENDA_PROPOSAL.search(text) or inline_decision(text)) is not None:
        _agenda_proposal(reading, analysed, position, proposal.end())
        return
    headed = reading.items.headed[position] if reading.items else None
    long = long_decision(text) if reading.under_decision else None  # "Länsstyrelsen beslutar att lämna … tillstånd"
    if (lead := lead_in(text) or long) is not None and (
        reading.in_section or not (reading.headed if headed is None else headed)
    ):
        _open_lead(reading, analysed, position, lead)
        return
    if reading.under_decision and (lead := dated_lead_in(text)) is not None and reading.is_own(lead[1]):
        _open_lead(reading, analysed, position, lead)  # "Styrelsen för X AB beslutade den 11 november 2026 att …"
        return
    if not_a_point(text) or reading.quoting:
        return
    if reading.zone is not None:
        if (reading.zone.deciding_only and not is_deciding(text)) or (
            reading.zone.clauses_only and not NEXT_CLAUSE.match(text.lstrip())
        ):
            reading.close()  # the body's name over the signatures, a note, a distribution list: no point
            return
        if goes_on(reading.zone, analysed, position) or runs_on(reading.zone.points, item.block):
            extend(reading.zone, item, line=True)
            return
        add_point(reading.zone, item)
        reading.quotes()
    elif reading.item_body and reading.items and not reading.items.decides[position]:
        _deciding_sentence(reading, item)


def _agenda_proposal(reading: _Reading, analysed: Sequence[Analysed], position: int, start: int) -> None:
    """An agenda item's "Förslag till beslut: …": the proposal after the colon, or the points under it."""
    item = analysed[position]
    rest = item.block.text[start:]
    begins = start + len(rest) - len(rest.lstrip())
    reading.agenda = True
    try:
        if (lead := lead_in(rest.strip())) is not None:
            _open_lead(reading, analysed, position, lead, begins)
            return
        reading.decided_by = reading.decided_by or reading.addressee
        reading.open(reading.addressee, analysed[position + 1 :])
        if rest.strip() and reading.zone is not None:
            reading.zone.points.append(new_point(item, 1, reading.addressee, begins))
            reading.close()
    finally:
        reading.agenda = False


def _deciding_sentence(reading: _Reading, item: Analysed) -> None:
    """A protocol item's own decisions, told without a lead-in: "X utsågs att justera …", "Planen antas."

    Its subject is the protocol's body, a person or a thing; another body's past decision is history.
    """
    for sentence in item.sentences():
        found = DECIDING_SENTENCE.match(sentence.text)
        if found is None or not is_deciding(sentence.text):
            continue
        spans = item.boards_in(sentence.start + found.start("subject"), sentence.start + found.end("subject"))
        others = [span.name for span in spans if span.name != reading.addressee]
        if others and reading.name(found.group("subject")) != reading.addressee:
            continue
        reading.decided_by = reading.decided_by or reading.addressee
        point = new_point(item, 1, reading.addressee, sentence.start)
        boxes = item.block.locate(sentence.start, sentence.end)
        reading.points.append(point.model_copy(update={"text": sentence.text, **located_at(boxes)}))
        reading.apart.append(False)  # each deciding sentence its point ("… utser X att justera. Listan godkänns.")


def _once_each(points: list[DecisionPoint], apart: Sequence[bool]) -> list[DecisionPoint]:
    """Points without the repeats: an utlåtande states the board's proposal, then the speaker's, word for word or as
    a further proposal ("… föreslår vidare att kommunstyrelsen för egen del beslutar att ge X i uppdrag att …"). An
    agenda's items are apart: two remisser may be answered in the same words ("… som svar på remissen.")."""
    seen: set[tuple[str, str | None]] = set()
    kept = []
    for point, alone in zip(points, apart, strict=True):
        key = (point_gist(point.text), point.decided_by)  # the same point in other words, too
        if alone or key not in seen:
            seen.add(key)
            kept.append(point)
    return kept


def _list_item(reading: _Reading, analysed: Sequence[Analysed], position: int) -> None:
    """A list item in a zone is a point, unless its number jumps: an agenda's next item ends the points.
    An agenda's item that states its proposal ("4. Yttrande över … Förslag till beslut: …") gives it."""
    item = analysed[position]
    if not (reading.in_dissent or reading.outside) and (proposal := AGENDA_PROPOSAL.search(item.block.text)):
        reading.close()
        _agenda_proposal(reading, analysed, position, proposal.end())
        return
    zone = reading.zone
    if zone is None or reading.in_dissent or reading.outside:
        return
    marker = (item.block.marker or "").rstrip(".)")
    if zone.points and zone.items and marker.isdigit() and int(marker) > zone.points[-1].number + 1:
        reading.close()
        return
    add_point(zone, item)
    reading.quotes()


def extract_decision(
    analysed: Sequence[Analysed],
    office: str | None,
    addressee: str | None,
    register: BoardRegister,
    own: Sequence[str | None] = (),
) -> Decision:
    """The decision points of a document, each with the body that decides it.

    ``own`` are the names the document's header gives its own body ("Koncernstyrelsen"): a lead-in
    naming it is the ``addressee``'s decision.
    """
    reading = _Reading(office, addressee, register, own=frozenset(n.strip().casefold() for n in own if n))
    reading.headed = any(decision_heading(item) for item in analysed)
    reading.items = items_of(analysed, reading.is_own)
    for position, item in enumerate(analysed):
        if position <= reading.skip:
            continue
        kind = item.block.kind
        if kind == "heading":
            _heading(reading, analysed, position)
        elif kind == "paragraph":
            _paragraph(reading, analysed, position)
        elif kind == "list_item":
            _list_item(reading, analysed, position)
    reading.close()
    points = _once_each(reading.points, reading.apart)
    decided_by = reading.decided_by or (addressee if points else None)
    proposed_by = reading.proposed_by or (office if points else None)
    for n, point in enumerate(points):
        deciding = point.decided_by or decided_by
        points[n] = point.model_copy(update={"decided_by": deciding if deciding != decided_by else None})
    return Decision(proposed_by=proposed_by, decided_by=decided_by, points=points)
