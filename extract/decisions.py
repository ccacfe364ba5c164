"""Proposed decision points: the "förslag till beslut" section of a memo.

Lead-in sentences say who proposes and who decides ("Kommunstyrelsen föreslår
att kommunfullmäktige beslutar följande."); "Kommunstyrelsen beslutar för egen
del ..." switches the decision maker for the points after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import resolve_name
from atgard.extract.rules import rule
from atgard.schema.contract import Decision, DecisionPoint

_SECTION = rule(
    "decision.section",
    r"förslag till beslut|beslutsförslag|förslag till (?:yttrande|svar)",
    matches=("Förslag till beslut", "Stadsledningskontorets förslag till beslut", "Förslag till yttrande"),
    not_matches=("Beslut", "Ärendet"),
)
_PROPOSES = rule(
    "decision.proposes",
    r"^(?P<proposer>[\wåäöÅÄÖ -]+?)\s+föreslår\s+(?:att\s+)?(?P<decider>[\wåäöÅÄÖ -]+?)\s+(?:att\s+)?beslut(?:a|ar)\b",
    matches=(
        "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.",
        "Kommunstyrelsen föreslår kommunfullmäktige att besluta följande:",
    ),
    not_matches=("Kommissionen föreslår att staden utökar insatserna.",),
)
_DECIDES = rule(
    "decision.decides",
    r"^(?P<decider>[\wåäöÅÄÖ -]+?)\s+beslutar\b(?P<own>\s+för\s+egen\s+del)?",
    matches=("Kommunstyrelsen beslutar för egen del följande.", "Stadsdelsnämnden beslutar"),
    not_matches=("Nämnden har beslutat att remittera ärendet.",),
)
_GENERIC_DECIDER = rule(
    "decision.generic_decider",
    r"^(nämnden|styrelsen|stadsdelsnämnden|bolagsstyrelsen)$",
    matches=("Nämnden", "stadsdelsnämnden"),
    not_matches=("Kulturnämnden",),
)
# Whose proposal a section heading names: "Stadsledningskontorets förslag till beslut".
_PROPOSER_IN_HEADING = rule(
    "decision.proposer_in_heading",
    r"^(?P<who>[\wåäöÅÄÖ-]+?)s\s+förslag",
    matches=("Stadsledningskontorets förslag till beslut", "Förvaltningens förslag till beslut"),
    not_matches=("Förslag till beslut",),
)


def _board_name(text: str, addressee: str | None, register: BoardRegister | None) -> str:
    if _GENERIC_DECIDER.match(text.strip()) and addressee:
        return addressee
    return resolve_name(text, register).name


def _section(analysed: Sequence[Analysed]) -> tuple[str | None, list[Analysed]]:
    for position, item in enumerate(analysed):
        block = item.block
        if block.kind == "heading" and _SECTION.search(block.text):
            body = []
            for following in analysed[position + 1 :]:
                if following.block.kind == "heading" and (following.block.level or 9) <= (block.level or 9):
                    break
                body.append(following)
            return block.text, body
    return None, []


def extract_decision(
    analysed: Sequence[Analysed], office: str | None, addressee: str | None, register: BoardRegister | None = None
) -> Decision:
    heading, body = _section(analysed)
    if heading is None:
        return Decision()
    proposed_by = decided_by = None
    if who := _PROPOSER_IN_HEADING.match(heading):
        proposed_by = office if who.group("who").lower() in ("förvaltningen", "kontoret") else who.group("who")
    current: str | None = None
    points: list[DecisionPoint] = []
    items = [item for item in body if item.block.kind == "list_item"]
    for item in body:
        block = item.block
        if block.kind == "table_row":
            continue
        if block.kind == "paragraph" and (lead := _PROPOSES.match(block.text)):
            proposed_by = _board_name(lead.group("proposer"), addressee, register)
            decided_by = current = _board_name(lead.group("decider"), addressee, register)
            continue
        is_lead_in = len(block.text) < 120 and block.text.rstrip().endswith((":", "."))
        if block.kind == "paragraph" and is_lead_in and (lead := _DECIDES.match(block.text)):
            current = _board_name(lead.group("decider"), addressee, register)
            decided_by = decided_by or current
            continue
        if items and block.kind != "list_item":
            continue
        marker = (block.marker or "").rstrip(".)")
        number = int(marker) if marker.isdigit() else len(points) + 1
        points.append(
            DecisionPoint(
                number=number,
                text=block.text,
                decided_by=current if current and current != decided_by else None,
                **item.located(),
            )
        )
    if decided_by is None and points:
        decided_by = addressee
    if proposed_by is None and points:
        proposed_by = office
    return Decision(proposed_by=proposed_by, decided_by=decided_by, points=points)
