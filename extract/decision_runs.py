"""A decision's sentence that the reader set as paragraphs of its own, one a line.

A company's minutes drawn with a wide gap under each line may come out of the reader as one paragraph a line:
"Styrelsen beslutade att godkänna delårsrapporten … och överlämna den till" / "Göteborgs Stadshus AB.". The
lead-in's own "att"-clauses go on in the paragraphs right under it, while its sentence is not finished and the
next paragraph carries it on: it begins in lower case ("för skyfall 2027–2032 överlämna förslaget …") or the
line before ends in a word no clause ends in ("… till"). Each further "att"-clause there is a point of its own
("…, att uppdra åt verkställande direktören att …"), and so is a line opening with one ("att uppdra åt VD …"
under "Styrelsen beslutade att godkänna rapporten").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.lead_ins import own_clauses
from atgard.extract.read.text import ends_sentence, join_lines
from atgard.extract.rules import rule
from atgard.schema import Block
from atgard.schema.contract import DecisionPoint

# A line's last word that leaves its clause open: a preposition, "att", a conjunction.
_OPEN_END = rule(
    "decision.open_end",
    r"\b(?:till|över|för|av|med|om|på|i|från|enligt|inom|hos|att|och|samt|som)$",
    matches=("och överlämna den till", "ta fram en tidplan för", "besluta att"),
    not_matches=("överlämna den till kommunstyrelsen", "godkänna rapporten", "ta fram en tidplan", "Tillstånd"),
)
_GOES_ON = rule(
    "decision.run_goes_on",
    r"^[a-zåäö]",
    matches=("för skyfall 2027–2032 överlämna förslaget", "inventeringen enligt åtgärd 2:1"),
    not_matches=("Göteborgs Stadshus AB.", "§ 5 Övriga frågor", "3. Nästa punkt"),
    flags=0,
)
_NEW_CLAUSE = rule(
    "decision.run_new_clause",
    r"^att\s+[a-zåäö]",
    matches=("att uppdra åt VD att ta fram en tidplan", "att överlämna rapporten"),
    not_matches=("för skyfall överlämna förslaget", "attestera fakturan", "Att uppdra"),
    flags=0,
)
_MAX_LINES = 4  # a decision's sentence over so many paragraphs at most: more is the text after it
_GAP_SHARE = 0.6  # a line's next line stands closer than this share of its height; a paragraph's next, farther


def _close_under(before: Block, after: Block) -> bool:
    """Whether ``after`` stands right under ``before``'s last line, as its next line (or opens the next page)."""
    if not before.lines or not after.lines:
        return True
    last, first = before.lines[-1], after.lines[0]
    if first.page != last.page:
        return first.page == last.page + 1
    height = first.bbox.bottom - first.bbox.top
    return first.bbox.top - last.bbox.bottom < _GAP_SHARE * height


def _carries_on(text: str, after: Analysed, stop: Callable[[Analysed], bool]) -> bool:
    block = after.block
    return (
        block.kind == "paragraph"
        and not ends_sentence(text)
        and not stop(after)
        and bool(_GOES_ON.match(block.text) or _OPEN_END.search(text.rstrip()))
    )


def carry_on(
    points: list[DecisionPoint], analysed: Sequence[Analysed], position: int, stop: Callable[[Analysed], bool]
) -> int:
    """Extend ``points`` (the own "att"-clauses of the lead-in at ``position``) with the paragraphs that carry its
    sentence on; ``stop(item)`` tells a paragraph that opens something of its own (a § heading, a lead-in).
    Returns how many paragraphs were taken."""
    taken = 0
    while points and taken < _MAX_LINES and position + taken + 1 < len(analysed):
        before, after = analysed[position + taken], analysed[position + taken + 1]
        if not (_carries_on(points[-1].text, after, stop) and _close_under(before.block, after.block)):
            break
        # "att uppdra åt VD …" opening a line after a clause not left open: a point of its own
        fresh = bool(_NEW_CLAUSE.match(after.block.text)) and not _OPEN_END.search(points[-1].text.rstrip())
        for n, (a, b) in enumerate(own_clauses(after.block.text, comma=True)):
            if n == 0 and not fresh:
                last = points[-1]
                boxes = [*last.boxes, *after.located(a, b)["boxes"]]
                text = join_lines([last.text, after.block.text[a:b]])
                points[-1] = last.model_copy(update={"text": text, "boxes": boxes})
            else:
                text = after.block.text[a:b]
                points.append(
                    DecisionPoint(
                        number=len(points) + 1, text=text, decided_by=points[-1].decided_by, **after.located(a, b)
                    )
                )
        taken += 1
    return taken


# A paragraph that carries a point on: it opens in lower case, with no "att"-clause of its own.
_CARRIES_POINT_ON = rule(
    "decision.carries_point_on",
    r"^(?!att\b)[a-zåäö]",
    matches=("sammanträde den 8 september 2027.", "attesträtten delegeras"),
    not_matches=("att ärendet därutöver översänds till AB Stokab för kännedom.", "Rebecka Ohlin (SD) anmälde"),
    flags=0,
)


def runs_on(points: Sequence[DecisionPoint], block: Block) -> bool:
    """Whether a paragraph goes on with a zone's last point, broken off at a page's foot or a line's end: the
    point's sentence is unfinished and the paragraph opens in lower case with no "att"-clause of its own ("… som
    ska behandlas vid styrelsens" / "sammanträde den 8 september 2027.")."""
    if not points or block.kind != "paragraph":
        return False
    last = points[-1].text.rstrip()
    return not ends_sentence(last) and not last.endswith((",", ";")) and bool(_CARRIES_POINT_ON.match(block.text))
