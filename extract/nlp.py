"""The text layer: ``spacy.blank("sv")`` with Swedish sentence boundaries and the board register.

No trained Swedish model is available offline, so the pipeline is rules only:
a sentence splitter that knows Swedish abbreviations, and a SpanRuler whose
phrase patterns are every written form of every register entry (case
insensitive; longest match wins, so "samtliga nämnder och bolagsstyrelser"
beats "samtliga nämnder"). Built once per register.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar, cast

import numpy
import spacy
from spacy import attrs
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from atgard.extract.boards import BoardRegister

if TYPE_CHECKING:
    from thinc.types import Ints2d  # spaCy's array type

BOARDS = "boards"
_T = TypeVar("_T")
_MISSING = object()

# Abbreviations after which a full stop does not end a sentence. spaCy's Swedish
# tokenizer keeps most dotted ones whole ("s.k.", "bl.a.", "d.v.s."); these are
# the ones it may split off their stop, plus the dotted ones for safety.
ABBREVIATIONS = frozenset(
    (
        "ca jfr resp kl nr dnr st bl t.ex s.k d.v.s dvs bl.a m.a.o p.g.a pga f.d fd inkl exkl enl ang kap prop "
        "sek tkr mkr mdkr kr proc fr.o.m t.o.m s.a ev vs tel tfn obs tf"
    ).split()
)
# Abbreviations that may close a sentence: a capital after them starts a new one.
CLOSING_ABBREVIATIONS = frozenset({"osv.", "o.s.v.", "etc.", "m.fl.", "m.m.", "mfl.", "mm."})
_CLOSERS = frozenset({")", "]", "”", '"', "’", "»"})
_STOPS = frozenset({".", "!", "?", "…"})
_MAY_END = _STOPS | _CLOSERS | CLOSING_ABBREVIATIONS  # the last token of every sentence is one of these


def _per_doc(doc: Doc, key: str, compute: Callable[[], _T]) -> _T:
    """``compute()``, once per Doc: kept in its ``user_data`` for every rule that asks again (one read of the dict:
    every token list and sentence of the extraction is asked for here)."""
    data = doc.user_data
    found = data.get(key, _MISSING)
    if found is _MISSING:
        found = data[key] = compute()
    return cast(_T, found)


def make_docs(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """``list(nlp.pipe(texts))`` without its layers of generators (a tenth of extraction on short blocks): each
    text made a Doc, then every Doc through each component in turn. Each Doc keeps the text it was made of,
    which is its ``doc.text`` (spaCy's tokenizer loses no character), to cut its tokens' texts from.
    """
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)  # with spaCy's limit on a text's length, as nlp.pipe has it
        doc.user_data["source"] = text
        docs.append(doc)
    for _, component in nlp.pipeline:
        run = _phrase_ruler(component) or component
        docs = [run(doc) for doc in docs]
    return docs


def parsed(nlp: Language, text: str) -> Doc:
    """``nlp(text)``: the text made a Doc and run through each component, the register's ruler as make_docs runs it."""
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        doc = (_phrase_ruler(component) or component)(doc)
    return doc


@functools.cache  # one per pipeline's ruler
def _phrase_ruler(component: Callable[[Doc], Doc]) -> Callable[[Doc], Doc] | None:
    """A SpanRuler of phrase patterns only (the register's forms), run as it runs itself but without its token
    matcher: that matcher holds no pattern and warns of it for every Doc, inside a guard of the warnings, which
    took most of the ruler's time on a short block. None for any other component."""
    if not isinstance(component, SpanRuler) or len(component.matcher) > 0:
        return None
    ruler, ids = component, component._match_label_id_map

    def run(doc: Doc) -> Doc:
        matches = ruler.phrase_matcher(doc)
        spans = {Span(doc, s, e, label=ids[m]["label"], span_id=ids[m]["id"]) for m, s, e in matches if s != e}
        ruler.set_annotations(doc, sorted(spans))  # type: ignore[no-untyped-call]  # spaCy's, unannotated
        return doc

    return run


def _tokens(doc: Doc) -> tuple[list[str], list[int]]:
    """Each token's text and first character, from one read of the Doc's arrays: iterating a Doc makes a Python
    object per token, which cost extraction more time than all its rules (``make bench``)."""

    def read() -> tuple[list[str], list[int]]:
        starts, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist() if len(doc) else ([], [])
        text = doc.user_data.get("source")
        if text is None:  # a Doc not made by make_docs: the texts from the string store
            strings = doc.vocab.strings
            return [strings[orth] for orth in doc.to_array("ORTH").tolist()], starts
        return [text[start : start + length] for start, length in zip(starts, lengths, strict=True)], starts

    return _per_doc(doc, "tokens", read)


def token_texts(doc: Doc) -> list[str]:
    """The tokens' texts (see :func:`_tokens`)."""
    return _tokens(doc)[0]


def doc_text(doc: Doc) -> str:
    """``doc.text`` joined from the arrays (spaCy's own makes a Token object per token to join their texts).

    Joined, not the text the Doc was made of: a string of its own, as the rules have always been given, since
    the extraction's evidence tells the texts its rules ran on apart by their identity (extract/evidence.py)."""

    def joined() -> str:
        source: str | None = doc.user_data.get("source")
        if source is not None and len(doc) > 1:  # the tokens' join is the text they were cut from: copied, not joined
            return source[:1] + source[1:]
        spaced = doc.to_array("SPACY").tolist()  # one token's join is that token itself
        return "".join(t + " " if s else t for t, s in zip(token_texts(doc), spaced, strict=True))

    return _per_doc(doc, "text", joined)


def token_starts(doc: Doc) -> list[int]:
    """Each token's first character in ``doc.text`` (see :func:`_tokens`)."""
    return _tokens(doc)[1]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Each sentence as ``(start, end)`` token indices (``doc[start:end]``), as the splitter set them."""
    return _per_doc(doc, "sentences", lambda: [(sentence.start, sentence.end) for sentence in doc.sents])


def _ends_sentence(texts: list[str], index: int) -> bool:
    while texts[index] in _CLOSERS and index > 0:
        index -= 1
    word = texts[index]
    if word in CLOSING_ABBREVIATIONS:
        return True
    if word not in _STOPS:
        return False
    before = texts[index - 1].lower().rstrip(".") if index > 0 else ""
    return not (word == "." and before in ABBREVIATIONS)


def _starts_sentence(text: str) -> bool:
    first = text.lstrip("\"”“'(»–-")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


@Language.component("swedish_sentences")
def swedish_sentences(doc: Doc) -> Doc:
    """Sentence starts after . ! ? (not after an abbreviation) before a capital or digit.

    >>> from atgard.extract.boards import load_register
    >>> nlp = swedish_pipeline(load_register())
    >>> text = "Det gäller bl.a. s.k. Second Chance-skolor, jfr rapporten. Nästa mening, ca. 5 st."
    >>> [s.text for s in nlp(text).sents]
    ['Det gäller bl.a. s.k. Second Chance-skolor, jfr rapporten.', 'Nästa mening, ca. 5 st.']
    >>> [s.text for s in nlp("Nämnderna m.fl. Ansvar: t.ex. Socialnämnden. d.v.s. inte.").sents]
    ['Nämnderna m.fl.', 'Ansvar: t.ex. Socialnämnden. d.v.s. inte.']
    """
    texts = token_texts(doc)
    if not texts:
        doc.user_data["sentences"] = []
        return doc
    starts = [0] + [
        i
        for i in range(1, len(texts))
        if texts[i - 1] in _MAY_END  # what _ends_sentence needs first: the cheap test of most tokens
        and not texts[i].isspace()
        and _starts_sentence(texts[i])
        and _ends_sentence(texts, i - 1)
    ]
    flags = numpy.full(len(texts), -1, dtype="int64")  # spaCy's values: 1 starts a sentence, -1 does not
    flags[starts] = 1
    doc.from_array(["SENT_START"], cast("Ints2d", flags.astype("uint64").reshape(-1, 1)))
    doc.user_data["sentences"] = list(zip(starts, [*starts[1:], len(texts)], strict=True))
    return doc


# The lexical attributes the extraction reads: the lower case (the ruler's phrase matcher, ``token.lower_``), and
# the norm, prefix and suffix spaCy keeps by default. A token's other attributes (``is_punct``, ``like_num``, its
# shape) are not set: add the attribute here before a rule reads it.
_READ_ATTRIBUTES = (attrs.LOWER, attrs.NORM, attrs.PREFIX, attrs.SUFFIX)


def _read_attributes_only(nlp: Language) -> None:
    """spaCy sets every lexical attribute of each word it has not seen, some twenty functions in Python per word:
    on documents of new words, a twentieth of extraction for attributes no rule reads."""
    # spaCy's stub of Vocab leaves its getters out
    getters: dict[int, Callable[[str], object]] = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    for attribute in [a for a in getters if a not in _READ_ATTRIBUTES]:
        del getters[attribute]


@functools.cache
def swedish_pipeline(register: BoardRegister) -> Language:
    """The shared pipeline: blank Swedish, sentences, board spans of ``register`` in ``doc.spans["boards"]``.

    Built once per register.
    """
    nlp = spacy.blank("sv")
    _read_attributes_only(nlp)
    ruler = cast(
        SpanRuler,
        nlp.add_pipe(
            "span_ruler",
            config={
                "spans_key": BOARDS,
                "phrase_matcher_attr": "LOWER",
                "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
            },
        ),
    )
    ruler.add_patterns([{"label": board_id, "pattern": form} for form, board_id in register.surface_forms()])
    # Added after the patterns, which the ruler runs through the pipeline before it: they need only the tokenizer.
    nlp.add_pipe("swedish_sentences", before="span_ruler")
    return nlp
