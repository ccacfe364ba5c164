"""The members a referral to a group leaves out: "samtliga stadsdelsnämnder utom Norrmalms stadsdelsnämnd".

The group stays the recipient (it is who the document names); the members after
"utom", "förutom" or "med undantag av" are kept with it, so that tracking does not
wait for their answers. Only the group's members can be left out: the list goes on
after them ("… utom Norrmalm, och trafiknämnden").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import BoardSpan
from atgard.extract.rules import rule
from atgard.extract.vocabulary import OCH_JOINT
from atgard.schema.contract import BoardRef, Recipient

EXCEPT = rule(
    "referral.except",
    r"\s*,?\s*(?:utom|förutom|med\s+undantag\s+(?:av|för))\s+",
    matches=(" utom Norrmalms stadsdelsnämnd", ", förutom Norrmalm", " med undantag av Farsta stadsdelsnämnd"),
    not_matches=(" och Norrmalms stadsdelsnämnd",),
)
# What joins the members left out: "," or "och" ("samt" goes on with the list: "… utom Norrmalm samt trafiknämnden").
_GLUE = rule("referral.except_glue", OCH_JOINT, matches=(", ", " och "), not_matches=(" samt ",), flags=0)
# A district named by its place alone after the group: "utom Norrmalm och Södermalm".
_PLACE = rule(
    "referral.except_place",
    r"[A-ZÅÄÖ][\wåäö]*(?:[-–][A-ZÅÄÖ][\wåäö]*)*",
    matches=("Norrmalm", "Rinkeby-Kista", "Hägersten–Älvsjö"),
    not_matches=("samtliga",),
    flags=0,
)


@dataclass(frozen=True)
class Exclusions:
    """A sentence with its exclusions blanked out, the board spans outside them, and what each group leaves out."""

    text: str
    boards: list[BoardSpan]
    by_group: dict[str, list[BoardRef]] = field(default_factory=dict)

    def applied(self, recipients: Sequence[Recipient]) -> list[Recipient]:
        return [
            r.model_copy(update={"excluding": self.by_group[r.board_id]}) if r.board_id in self.by_group else r
            for r in recipients
        ]


def find_exclusions(
    text: str, start: int, end: int, boards: Sequence[BoardSpan], register: BoardRegister
) -> Exclusions:
    """The exclusions after the groups named in ``text[start:end]``.

    >>> from atgard.extract.boards import load_register
    >>> from atgard.extract.nlp import swedish_pipeline
    >>> from atgard.extract.mentions import board_spans
    >>> register = load_register()
    >>> text = "Remissen går till samtliga stadsdelsnämnder utom Norrmalm och Södermalm, och trafiknämnden."
    >>> found = find_exclusions(text, 0, len(text), board_spans(swedish_pipeline(register)(text), register), register)
    >>> [[b.name for b in refs] for refs in found.by_group.values()], " ".join(found.text.split())
    ... # doctest: +NORMALIZE_WHITESPACE
    ([['Norrmalms stadsdelsnämnd', 'Södermalms stadsdelsnämnd']],
     'Remissen går till samtliga stadsdelsnämnder , och trafiknämnden.')
    """
    by_group: dict[str, list[BoardRef]] = {}
    blanked, dropped = text, set()
    for span in boards:
        if not span.group or span.board_id is None or not start <= span.start < end:
            continue
        if (lead := EXCEPT.match(text, span.end)) is None:
            continue
        excluded, spans, stop = _members_after(text, lead.end(), span.board_id, boards, register)
        if excluded:
            by_group[span.board_id] = excluded
            dropped |= spans
            blanked = blanked[: span.end] + " " * (stop - span.end) + blanked[stop:]
    return Exclusions(blanked, [b for b in boards if b not in dropped], by_group)


def _members_after(
    text: str, position: int, group_id: str, boards: Sequence[BoardSpan], register: BoardRegister
) -> tuple[list[BoardRef], set[BoardSpan], int]:
    """The group's members named from ``position`` on, joined by "," or "och"; their spans; where they end."""
    members = set(register.entries[group_id].board.members)
    places = {form: board_id for form, board_id in register.places("district_committee").items() if board_id in members}
    excluded: list[BoardRef] = []
    spans: set[BoardSpan] = set()
    stop = position
    while True:
        span = next((b for b in boards if b.start == position and b.board_id in members), None)
        if span is not None and span.board_id is not None:
            board_id, stop = span.board_id, span.end
            spans.add(span)
        elif (word := _PLACE.match(text, position)) and word.group().lower() in places:
            board_id, stop = places[word.group().lower()], word.end()
        else:
            return excluded, spans, stop
        board = register[board_id]
        excluded.append(BoardRef(name=board.name, board_id=board.id, kind=board.kind))
        glue = _GLUE.match(text, stop)
        if glue is None:
            return excluded, spans, stop
        position = glue.end()
