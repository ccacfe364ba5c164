"""How sure the extraction is of each item: the rules that produced it, the reasons to doubt it, and the cues
that gave nothing. Recorded at extraction time (``extract_document``), stored and exported with every item;
the clerk's review queue (*Att granska*) lists the unsure ones first.

An item is *unsure* when its evidence is weak: a board name not in the register, recipients read across a page
break or from several blocks, a referral without a report or a reply date, an answer that cites no case number
(matched by the report's title only); a document whose kind no header word states, or with sentences that carry
a cue word and gave nothing in a decision or referral section (:mod:`atgard.extract.explain`'s unexplained
cues; every unexplained cue is kept with the document).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from atgard.extract.analysis import Analysed
from atgard.extract.header import document_type_kind
from atgard.extract.rules import RULES, Fired
from atgard.schema import PageBox, ReadDocument
from atgard.schema.contract import (
    Answer,
    BoardRef,
    Cue,
    DecisionPoint,
    Document,
    DocumentKind,
    Evidence,
    Measure,
    Reason,
    Referral,
)

_Item = TypeVar("_Item", Referral, Measure, Answer, DecisionPoint)


@functools.lru_cache(maxsize=4096)  # a block's, an item's and a fired text's fold, each asked more than once
def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Fired:
    """The rules that fired, by the text they ran on: each text folded once, however many rules ran on it."""

    def __init__(self, fired: Sequence[Fired]) -> None:
        by_text: dict[int, tuple[str, list[str]]] = {}
        for f in fired:
            found = by_text.get(id(f.text))
            if found is None:
                found = by_text[id(f.text)] = (_fold(f.text), [])
            found[1].append(f.rule)
        self.texts = [(part, names) for part, names in by_text.values() if len(part) >= 4]

    def on(self, text: str) -> list[str]:
        """The rules that ran on this text or on a part of it (as ``inspect --why`` finds them), each once."""
        folded = _fold(text)
        head = folded[:80]
        names = [name for part, rules in self.texts if part in folded or head in part for name in rules]
        return list(dict.fromkeys(names))


def _evidence(reasons: Iterable[Reason], rules: list[str]) -> Evidence:
    found = list(dict.fromkeys(reasons))
    return Evidence(confidence="unsure" if found else "sure", reasons=found, rules=rules)


def _unknown(boards: Iterable[BoardRef]) -> list[Reason]:
    return ["unknown_board"] if any(b.kind == "unknown" for b in boards) else []


def _across_break(referral: Referral, blocks: Sequence[str]) -> bool:
    """Recipients read across a page break, or from more than one block (a list's lines, a table's rows)."""
    if len({box.page for box in referral.boxes}) > 1:
        return True
    text = _fold(referral.text)
    return bool(text) and not any(text in block for block in blocks)


def _referral(referral: Referral, blocks: Sequence[str], rules: list[str]) -> Referral:
    reasons = _unknown(referral.recipients)
    reasons += ["read_across_break"] if _across_break(referral, blocks) else []
    reasons += ["no_report"] if not referral.report_title else []
    reasons += ["no_reply_date"] if not referral.reply_by else []
    return referral.model_copy(update={"evidence": _evidence(reasons, rules)})


def _answer(answer: Answer, rules: list[str]) -> Answer:
    reasons = _unknown([answer.answering_body]) + (["matched_by_title"] if not answer.in_reply_to else [])
    return answer.model_copy(update={"evidence": _evidence(reasons, rules)})


def _unexplained_cues(
    analysed: Sequence[Analysed], items: Sequence[Any], traced: _Fired, document: Document
) -> list[Cue]:
    """``inspect --why``'s unexplained cues (:func:`atgard.extract.explain._cues`), with the rules that fired looked
    up once per text: a sentence with a cue word, outside every item, that no rule accounts for."""
    from atgard.extract.explain import CUE, ITEM_SECTION, _overlaps, explained

    cues, heading = [], None
    placed = _boxes_by_page(items)
    for item in analysed:
        if item.block.kind == "heading":
            heading = item.text.strip()
            continue
        for sentence in item.sentences():
            # the literal test first: most sentences lack every cue word (the search, untraced: no item's evidence)
            if not CUE.may_match(sentence.text) or (found := CUE.pattern.search(sentence.text)) is None:
                continue
            boxes = item.located(sentence.start, sentence.end)["boxes"]
            if any(_overlaps((box,), placed.get(box.page, ())) for box in boxes):
                continue
            if any(RULES[name].explains_cue for name in traced.on(sentence.text)):
                continue
            if explained(sentence.text, document):
                continue
            in_section = bool(heading and ITEM_SECTION.pattern.search(heading))
            text, page = " ".join(sentence.text.split()), boxes[0].page
            cues.append(Cue(text=text, cue=found.group(), page=page, section=heading, in_item_section=in_section))
    return cues


def _boxes_by_page(items: Sequence[Any]) -> dict[int, list[PageBox]]:
    """The items' boxes by page: a sentence overlaps an item only on a page they share (each cue sentence is tested
    against the boxes of its own pages, not every item's)."""
    found: dict[int, list[PageBox]] = {}
    for item in items:
        for box in item.boxes:
            found.setdefault(box.page, []).append(box)
    return found


def _kind_guessed(kind: DocumentKind, document_type: str | None) -> bool:
    """No header word states the kind (a commission report is known by its coded measures)."""
    stated = document_type_kind(document_type) if document_type else None
    return stated != kind and kind != "kommissionsrapport"


def with_evidence(
    document: Document,
    read: ReadDocument,
    analysed: Sequence[Analysed],
    fired: Sequence[Fired],
    *,
    document_type: str | None,
    kind_given: bool,
) -> Document:
    """The document with every referral, measure, decision point and answer's evidence, and its own: whether its
    kind was guessed and the cues that gave nothing."""
    from atgard.extract.explain import _placed_items  # explain runs the extraction: imported when used

    traced = _Fired(fired)
    blocks = [_fold(block.text) for block in read.blocks]
    referrals = [_referral(r, blocks, traced.on(r.text)) for r in document.referrals]
    measures = [
        m.model_copy(update={"evidence": _evidence(_unknown(m.responsible), traced.on(m.text))})
        for m in document.measures
    ]
    points = [p.model_copy(update={"evidence": _evidence([], traced.on(p.text))}) for p in document.decision.points]
    answers = [_answer(a, traced.on(a.report_title or "")) for a in document.answers]
    updated = document.model_copy(
        update={
            "referrals": referrals,
            "measures": measures,
            "answers": answers,
            "decision": document.decision.model_copy(update={"points": points}),
        }
    )
    cues = _unexplained_cues(analysed, _placed_items(updated), traced, updated)
    reasons: list[Reason] = ["kind_guessed"] if not kind_given and _kind_guessed(document.kind, document_type) else []
    reasons += ["unexplained_cues"] if any(c.in_item_section for c in cues) else []  # where every cue gives an item
    return updated.model_copy(update={"evidence": _evidence(reasons, []), "cues": cues})
