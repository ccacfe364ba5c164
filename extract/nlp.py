"""The text layer: ``spacy.blank("sv")`` with Swedish sentence boundaries and the board register.

No trained Swedish model is available offline, so the pipeline is rules only:
a sentence splitter that knows Swedish abbreviations, and a SpanRuler whose
phrase patterns are every written form of every register entry (case
insensitive; longest match wins, so "samtliga nämnder och bolagsstyrelser"
beats "samtliga nämnder"). Built once per register.
"""

from __future__ import annotations

import functools
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Token

from atgard.extract.boards import BoardRegister, load_register

BOARDS = "boards"

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


def _ends_sentence(doc: Doc, index: int) -> bool:
    token = doc[index]
    while token.text in _CLOSERS and token.i > 0:
        token = doc[token.i - 1]
    if token.text in CLOSING_ABBREVIATIONS:
        return True
    if token.text not in {".", "!", "?", "…"}:
        return False
    before = doc[token.i - 1].lower_.rstrip(".") if token.i > 0 else ""
    return not (token.text == "." and before in ABBREVIATIONS)


def _starts_sentence(token: Token) -> bool:
    first = token.text.lstrip("\"”“'(»–-")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


@Language.component("swedish_sentences")
def swedish_sentences(doc: Doc) -> Doc:
    """Sentence starts after . ! ? (not after an abbreviation) before a capital or digit.

    >>> nlp = swedish_pipeline()
    >>> text = "Det gäller bl.a. s.k. Second Chance-skolor, jfr rapporten. Nästa mening, ca. 5 st."
    >>> [s.text for s in nlp(text).sents]
    ['Det gäller bl.a. s.k. Second Chance-skolor, jfr rapporten.', 'Nästa mening, ca. 5 st.']
    >>> [s.text for s in nlp("Nämnderna m.fl. Ansvar: t.ex. Socialnämnden. d.v.s. inte.").sents]
    ['Nämnderna m.fl.', 'Ansvar: t.ex. Socialnämnden. d.v.s. inte.']
    """
    for token in doc:
        if token.i == 0:
            token.is_sent_start = True
        else:
            token.is_sent_start = not token.is_space and _ends_sentence(doc, token.i - 1) and _starts_sentence(token)
    return doc


def swedish_pipeline(register: BoardRegister | None = None) -> Language:
    """The shared pipeline: blank Swedish, sentences, board spans in ``doc.spans["boards"]``.

    ``register`` is the board register to find (the bundled one when None).
    """
    return _pipeline_for(register or load_register())


@functools.cache
def _pipeline_for(register: BoardRegister) -> Language:
    nlp = spacy.blank("sv")
    nlp.add_pipe("swedish_sentences")
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
    return nlp
