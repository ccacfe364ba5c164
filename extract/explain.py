"""Why the extraction found what it found, and where it found nothing: the self-check for documents without gold.

`atgard inspect --why FILE` runs the whole extraction with the rules traced
(:func:`atgard.extract.rules.tracing`) and lists every item with the rules that fired on its text, then
every sentence that carries a cue (remiss, yttra, synpunkter, senast, beslutar, beslöt, utses, ombeds,
föreslår, svar …) but gave no item. Such an *unexplained cue* is where the next real document will fail:
either a rule is missing, or the sentence is rightly nothing, and a rule that classifies it out
or a lead-in whose items follow (``rule(…, explains_cue=True)``: "Nämnden beslutar följande.", a
reservation, a motion, an account of an earlier referral) says so.
A cue in a referral or decision section ("Förslag till beslut", "Beslut", "§ 12 …", "Remissinstanser")
that nothing explains is the one to look at first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from atgard.extract.analysis import Analysed, analyse
from atgard.extract.boards import BoardRegister
from atgard.extract.document import extract_document
from atgard.extract.margin_labels import unfold_margin_labels
from atgard.extract.no_item import accounted as accounted_in_context
from atgard.extract.no_item import accounts_for
from atgard.extract.rules import RULES, Fired, rule, tracing
from atgard.schema import PageBox, ReadDocument
from atgard.schema.contract import Document

# The words that promise an item: a referral, a reply date, an answer, a decision, a proposal.
CUE = rule(
    "explain.cue",
    # the words with "remiss" and "remitter" in one alternative: the engine then reads each word back once, not twice
    r"\b(?:\w*(?:remiss|remitter)\w*|yttra\w*|synpunkter\w*|senast|beslut(?:ar|ade|at|as|ats)?|beslöt|"
    r"utse[sr]?|utsågs|ombe[ds]s?|ombetts|föreslå\w*|svar(?:et|en|a)?)\b",
    matches=("Ärendet har internremitterats.", "Nämnden beslöt följande.", "svar senast den 3 maj", "X utsågs att"),
    not_matches=("Budgeten för året.", "Svarta listan", "beslutsunderlag"),
)
# A section whose every sentence should give an item: the decision and referral sections.
ITEM_SECTION = rule(
    "explain.item_section",
    r"förslag\s+till\s+beslut|beslutsförslag|^beslut\b|^§\s*\d|beslutar|beslöt|remissinstans|\bremiss(?:er)?\b",
    matches=("Förslag till beslut", "Beslut", "§ 12 Remiss av förslag till cykelplan", "Remissinstanser"),
    not_matches=("Bakgrund", "Ärendets beredning", "Beslutsunderlag"),
)


# Sentences that carry a cue word and are rightly no item, which no extraction rule needs to read: how an
# answer is to be sent or what it must hold, who spoke in a debate, how a document was approved, the
# matters laid before a meeting. Each explains a cue as a rule with ``explains_cue`` does.
NO_ITEM = (
    rule(
        "explain.answer_form",
        r"\b(?:ska|skall|bör)\s+(?:\S+\s+){0,3}?(?:bifogas|märkas|anges|skickas\s+(?:i\s+)?(?:digital|elektronisk|pdf))|"
        r"\bskickas\s+(?:i\s+)?(?:digital\s+form|elektroniskt|per\s+e-post|som\s+pdf)|\bregistratur\b|"
        r"\b(?:märk|ange)\s+(?:svaret|yttrandet|remissvaret)\b",
        matches=(
            "Remissvaret skickas i digital form till kommunstyrelsens registratur.",
            "Ett protokollsutdrag som visar vilket organ som har fattat beslut om svaret ska bifogas.",
            "Märk svaret med diarienummer KS 2025/12.",
        ),
        not_matches=("Svaren ska ha kommit in senast den 3 maj.",),
        explains_cue=True,
    ),
    rule(
        "explain.debate",
        r"^i\s+(?:debatten|överläggningen|diskussionen)\s+(?:yttrade|deltog|hade)\b|^överläggning\b",
        matches=("I debatten yttrade sig borgarrådet A (S) och B (M).", "I överläggningen deltog A och B."),
        not_matches=("Nämnden yttrade sig över förslaget.",),
        explains_cue=True,
    ),
    rule(
        "explain.approved_how",
        r"\bhar\s+(?:godkänts|justerats|signerats|beslutats)\s+(?:elektroniskt|digitalt)\b",
        matches=("Yttrandet har godkänts elektroniskt och har därför inga handskrivna underskrifter.",),
        not_matches=("Yttrandet har godkänts av nämnden.",),
        explains_cue=True,
    ),
    rule(  # what became of a referral: the status's source, not a new item
        "explain.answers_received",
        r"\b(?:har|hade)\s+(?:\S+\s+){0,8}?(?:avstått|inkommit|kommit\s+in\s+från|yttrat\s+sig|lämnat\s+(?:\S+\s+)?(?:synpunkter|yttrande|svar))\b",
        matches=(
            "Av dessa har Kiruna kommun och Svenska Röda Korset avstått från att yttra sig.",
            "Yttrande har även inkommit från Sveriges Civilförsvarsförbund.",
            "Trafiknämnden har yttrat sig.",
            "Yttranden har även kommit in från Resenärsforum och Sveriges Bussföretag.",
        ),
        not_matches=("Nämnden ska yttra sig senast den 3 maj.",),
        explains_cue=True,
    ),
    rule(
        "explain.laid_before",
        r"^(?:till\s+sammanträdet\s+)?förel[åa]g\b",
        matches=("Förelåg kommunstyrelsens remiss av förslaget till handlingsplan.", "Till sammanträdet förelåg X."),
        not_matches=("Nämnden föreslår att …",),
        explains_cue=True,
    ),
)


@dataclass(frozen=True)
class Explained:
    """An extracted item and the rules that fired on its text."""

    kind: str  # in the contract's words: referral, decision_point, measure, answer, signatory, reply_by
    text: str
    page: int
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Cue:
    """A sentence with a cue word that gave no item."""

    text: str
    page: int
    cue: str
    section: str | None  # the heading above it
    in_item_section: bool
    explained_by: tuple[str, ...]  # the rules that account for it: a lead-in, or no item (empty: unexplained)

    @property
    def unexplained(self) -> bool:
        return not self.explained_by


@dataclass(frozen=True)
class Explanation:
    document: Document
    items: list[Explained]
    cues: list[Cue]

    @property
    def unexplained(self) -> list[Cue]:
        return [cue for cue in self.cues if cue.unexplained]


@dataclass(frozen=True)
class _Placed:
    kind: str
    text: str
    boxes: Sequence[PageBox]


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _placed_items(document: Document) -> list[_Placed]:
    items = [_Placed("referral", r.text, r.boxes) for r in document.referrals]
    items += [
        _Placed("reply_by", r.reply_by or "", [r.reply_by_source]) for r in document.referrals if r.reply_by_source
    ]
    items += [_Placed("decision_point", p.text, p.boxes) for p in document.decision.points]
    items += [_Placed("measure", m.text, m.boxes) for m in document.measures]
    items += [_Placed("answer", a.report_title or "", a.boxes) for a in document.answers]
    items += [_Placed("signatory", s.name, s.boxes) for s in document.signatories]
    items += [_Placed("stated_answer", s.board.name, [s.source]) for r in document.referrals for s in r.stated_answers]
    return items


def accounted(text: str, document: Document) -> tuple[str, ...]:
    """The no-item families that account for a cue sentence: this module's and those of `extract/no_item.py`."""
    return tuple(r.name for r in NO_ITEM if r.found_in(text)) + accounted_in_context(text, document)


def explained(text: str, document: Document) -> bool:
    """Whether a no-item family accounts for the sentence (:func:`accounted` not empty), stopping at the first."""
    return any(r.found_in(text) for r in NO_ITEM) or accounts_for(text, document)


def _rules_on(text: str, fired: Sequence[Fired]) -> tuple[str, ...]:
    """The rules that ran on this text or on a part of it, in the order they first fired."""
    folded = _fold(text)
    names = [f.rule for f in fired if len(part := _fold(f.text)) >= 4 and (part in folded or folded[:80] in part)]
    return tuple(dict.fromkeys(names))


def _overlaps(a: Iterable[PageBox], b: Iterable[PageBox]) -> bool:
    return any(
        x.page == y.page and x.bbox.top < y.bbox.bottom and y.bbox.top < x.bbox.bottom
        for x in a
        for y in b
        if x.bbox.x0 < y.bbox.x1 and y.bbox.x0 < x.bbox.x1
    )


def _cues(
    analysed: Sequence[Analysed], items: Sequence[_Placed], fired: Sequence[Fired], document: Document
) -> list[Cue]:
    cues, heading = [], None
    for item in analysed:
        if item.block.kind == "heading":
            heading = item.text.strip()
            continue
        for sentence in item.sentences():
            found = CUE.pattern.search(sentence.text)  # not traced: the check is no rule of the extraction
            if found is None:
                continue
            boxes = item.located(sentence.start, sentence.end)["boxes"]
            if any(_overlaps(boxes, placed.boxes) for placed in items):
                continue
            names = tuple(name for name in _rules_on(sentence.text, fired) if RULES[name].explains_cue)
            names += accounted(sentence.text, document)
            in_section = bool(heading and ITEM_SECTION.pattern.search(heading))
            cues.append(Cue(sentence.text, boxes[0].page, found.group(), heading, in_section, names))
    return cues


def explain(read_document: ReadDocument, register: BoardRegister) -> Explanation:
    """The document's extraction with each item's rules, and the cues that gave nothing."""
    with tracing() as fired:
        document = extract_document(read_document, register=register)
    items = _placed_items(document)
    explained = [Explained(p.kind, p.text, p.boxes[0].page, _rules_on(p.text, fired)) for p in items if p.boxes]
    analysed = analyse(unfold_margin_labels(read_document.blocks), register)
    return Explanation(document, explained, _cues(analysed, items, fired, document))
