"""The words of a sentence that cue a referral, by their lemma: what each verb does, its voice and its tense.

A referral is said with a handful of verbs in every form and compound ("remitteras",
"har internremitterats", "underremitteras", "översändes", "ombads", "har bjudit in"):
:func:`atgard.extract.lemmas.lemma_of` names the lemma of each word, and the lemma its role:

* ``send``: the body sends the matter to the recipients ("remittera", "översända", "skicka");
* ``ask``: the recipients are asked or given the chance ("ombe", "uppmana", "bereda tillfälle");
* ``from``: an opinion is asked from them ("begära", "inhämta", "önska");
* ``answer``: they answer, or are to ("yttra sig", "lämna synpunkter", "redovisa");
* ``decline``: they abstain ("avstå från att yttra sig").

Voice and tense are read from the form and the auxiliaries before it: "har remitterats" is a passive perfect (an
account of a referral made), "remitteras" a passive present (a referral being made), "ska yttra sig" a request.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from atgard.extract.lemmas import lemma_of
from atgard.extract.rules import rule

Role = Literal["send", "ask", "from", "answer", "decline"]
Tense = Literal["present", "past", "perfect", "future", "infinitive"]
Voice = Literal["active", "passive"]

ROLES: dict[str, Role] = {
    "remittera": "send",
    "översända": "send",
    "sända": "send",
    "skicka": "send",
    "överlämna": "send",
    "tillställa": "send",
    "expediera": "send",
    "ombe": "ask",
    "anmoda": "ask",
    "uppmana": "ask",
    "inbjuda": "ask",
    "bjuda": "ask",
    "bereda": "ask",
    "ge": "ask",
    "erbjuda": "ask",
    "begära": "from",
    "inhämta": "from",
    "infordra": "from",
    "önska": "from",  # "Särskilt önskas synpunkter från A på åtgärd 1–4"
    "yttra": "answer",
    "svara": "answer",
    "besvara": "answer",
    "redovisa": "answer",
    "inkomma": "answer",
    "lämna": "answer",
    "avge": "answer",
    "avstå": "decline",
    "avböja": "decline",
}
# "få" with the chance or the remiss ("har fått
# möjlighet att yttra sig", "får rapporten på remiss"), whose subject is the body asked.
_EXTRA_FORMS = {"få": "få", "får": "få", "fick": "få", "fått": "få"}
# Table forms that are nouns in these texts: "svar", "beslut"; a participle in -nde is a noun too ("yttrande").
_NOUNS = frozenset({"svar", "skick", "giv", "bered", "lämn", "inkom", "uppman", "inhämt", "begär"})
_PARTICIPLE = ("ande", "ende", "andes", "endes", "andet", "endet", "anden", "andena", "endena")
# A compound that sends a case back to be prepared again is no referral: "ärendet återremitteras".
_BACK = ("åter",)

# Auxiliaries before the verb: "har", "ska", "kommer att", "är" (a participle's passive: "är remitterat").
_PERFECT = frozenset({"har", "hade", "ha", "haft"})
_MODAL = frozenset({"ska", "skall", "bör", "borde", "kommer", "måste", "behöver"})
_BE = frozenset({"är", "var", "blir", "blev", "blivit", "varit"})
_NEGATION = frozenset({"inte", "ej", "icke", "aldrig"})
# Strong past forms of the cue verbs (the weak ones end in -de/-te).
_STRONG_PAST = frozenset(
    {"ombad", "ombads", "gav", "gavs", "bjöd", "bjöds", "inbjöd", "inbjöds", "erbjöd", "erbjöds", "avstod", "avgav"}
    | {"avgavs", "inkom", "fick", "kom"}
)
# "inkomma" with its particle set apart: "svar har kommit in från A", "yttrandet kom in den 13 mars" (the lemma
# table knows only the joined "inkommit", "inkom"); the form of "komma", then "in".
_COME = ("komma", "kommer", "kom", "kommit")  # the forms of "komma" the particle "in" follows apart
COME_IN = rule(
    "referral.come_in",
    rf"\b(?:{'|'.join(_COME)})\s+in\b",
    matches=("har svar kommit in från", "yttrandet kom in den 13 mars", "ska ha kommit in senast"),
    not_matches=("har inkommit", "kommit fram till", "kom inte in på"),
)

WORD = rule(
    "referral.word",
    r"[^\W\d_][\w:-]*",
    matches=("remitterats", "Hässelby-Vällingby", "SISAB:s"),
    not_matches=("¤¤", "2025"),
)


class Word(NamedTuple):  # a tuple: a sentence's every word is one, and a tuple costs a third of a frozen dataclass
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str) -> list[Word]:
    """The words of a text with where each stands (punctuation and masked titles are no words)."""
    return [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def has_cue(text: str) -> bool:
    """Whether a word of the text is a cue verb form (most sentences have none: nothing more to read in them).

    >>> has_cue("Ärendet remitteras till A."), has_cue("Nämnden har en budget.")
    (True, False)
    """
    return any(map(cue_lemma, WORD.findall(text))) or COME_IN.search(text) is not None


@dataclass(frozen=True)
class Cue:
    """A cue verb in a sentence: its word, lemma and role, and its voice and tense read with the words before it."""

    index: int  # the word's place among the sentence's words
    word: Word
    lemma: str
    role: Role
    voice: Voice
    tense: Tense
    negated: bool
    finite: int  # the index of the finite verb of its clause (an auxiliary, or the cue itself)
    opening: int  # the index of the first word of its clause

    @property
    def recounted(self) -> bool:
        """Said of a referral made before: "har remitterats", "remitterades", "ombads"."""
        return self.tense in ("perfect", "past")


@functools.lru_cache(maxsize=1 << 16)  # asked of every word of every sentence, some words twice
def cue_lemma(word: str) -> str | None:
    """The cue lemma a word is a verb form of, also in a compound; None for other words and for nouns.

    >>> cue_lemma("underremitteras"), cue_lemma("översänts"), cue_lemma("ges"), cue_lemma("yttrande")
    ('remittera', 'översända', 'ge', None)
    >>> cue_lemma("återremitteras") is None, cue_lemma("svar") is None
    (True, True)
    """
    lower = word.lower()
    if lower in _EXTRA_FORMS:
        return _EXTRA_FORMS[lower]
    if lower in _NOUNS or lower.endswith(_PARTICIPLE) or lower.startswith(_BACK):
        return None
    lemma = lemma_of(lower)
    return lemma if lemma in ROLES else None


def find_cues(found: list[Word], starts: list[int]) -> list[Cue]:
    """Every cue verb among a sentence's words, with its voice and tense; ``starts`` are the indices of the words
    that open the sentence's clauses (an auxiliary belongs to the verb of its own clause)."""
    cues: list[Cue] = []
    for index, word in enumerate(found):
        lemma = cue_lemma(word.text) or _come_in(found, index)
        if lemma is None:
            continue
        opening = max((s for s in starts if s <= index), default=0)
        start = opening
        # an "att" or an earlier verb before it opens its clause: "har beslutat att samtliga nämnder ska ges
        # tillfälle", "har remitterat X till A, och samtliga har yttrat sig"
        start = max([start] + [i + 1 for i in range(start, index) if found[i].lower == "att"])
        start = max([start] + [c.index + 1 for c in cues if c.index >= start])
        told = _decided_before(found, max([opening] + [c.index + 1 for c in cues]), start)
        cues.append(_cue(found, index, lemma, _role(found, index, lemma), start, told))
    return cues


def _come_in(found: list[Word], index: int) -> str | None:
    """ "inkomma" for a form of "komma" with its particle "in" right after it ("har kommit in från A").

    >>> _come_in(words("Svar har kommit in från A"), 2), _come_in(words("Vi har kommit fram"), 2)
    ('inkomma', None)
    """
    if found[index].lower not in _COME:  # most words: the word after is not read
        return None
    following = found[index + 1].lower if index + 1 < len(found) else ""
    return "inkomma" if following == "in" else None


# A decision told in the past that the infinitive after it carries out: "Nämnden beslutade den 9 mars 2027 (§ 41)
# att skicka förslaget på remiss till A", "beslöt att inhämta yttranden", "hade i februari beslutat att remittera".
# Not the perfect: "Kommunstyrelsen har (den 3 mars) beslutat att remittera förslaget till er" announces the
# referral the letter makes.
_DECIDED = frozenset({"beslutade", "beslöt", "beslutades", "bestämde", "valde"})
_DECIDED_BEFORE = frozenset({"beslutat", "bestämt", "valt"})  # after "hade"
_DECIDED_REACH = 8  # words between the told decision and its "att": a date, a paragraph, a meeting


def _decided_before(found: list[Word], lowest: int, start: int) -> bool:
    """Whether the clause opening at ``start`` is the infinitive ("att skicka") of a decision told in the past
    just before it, within the words from ``lowest`` (no other cue between them).

    >>> def told(text, at): return _decided_before(words(text), 0, at)
    >>> told("Nämnden beslutade den 9 mars 2027 (§ 41) att skicka förslaget", 5)
    True
    >>> told("Nämnden beslutar att skicka förslaget", 3), told("Nämnden har beslutat att", 4)
    (False, False)
    >>> told("Nämnden hade beslutat att", 4)
    True
    """
    if start == 0 or found[start - 1].lower != "att":
        return False
    before = [w.lower for w in found[max(lowest, start - 1 - _DECIDED_REACH) : start - 1]]
    return bool(_DECIDED.intersection(before)) or ("hade" in before and bool(_DECIDED_BEFORE.intersection(before)))


# The chance or the task that makes "ge" ask ("ges tillfälle", "ger A möjlighet"); without one it gives an
# answer ("Synpunkter ges av A", "ge synpunkter").
_CHANCE = frozenset({"tillfälle", "tillfället", "möjlighet", "möjligheten", "uppdrag"})


# The particle that makes "lämna" send: "har lämnat remissen vidare till", "lämnas över till" ("över" right after
# the verb: "lämna yttrande över planen" answers); without one it answers ("lämna synpunkter").
_ON = "vidare"
_OVER = "över"


def _role(found: list[Word], index: int, lemma: str) -> Role:
    """What a cue verb does, read with the words after it where its lemma alone does not say.

    >>> def role(text, at): return _role(words(text), at, cue_lemma(words(text)[at].text) or "")
    >>> role("har lämnat remissen vidare till A", 1), role("lämnas över till A", 0), role("lämna synpunkter", 0)
    ('send', 'send', 'answer')
    >>> role("lämna yttrande över planen till A", 0)
    'answer'
    """
    if lemma == "ge" and not any(w.lower in _CHANCE for w in found[index + 1 : index + 12]):
        return "answer"
    after = [w.lower for w in found[index + 1 : index + 4]]
    if lemma == "lämna" and (_ON in after or after[:1] == [_OVER]):
        return "send"
    return ROLES.get(lemma, "ask")  # "få": the body gets the chance


def _cue(found: list[Word], index: int, lemma: str, role: Role, start: int, told: bool = False) -> Cue:
    word, lower = found[index], found[index].lower
    window = range(start, index)
    before = {found[i].lower for i in window}
    perfect, modal, be = bool(_PERFECT & before), bool(_MODAL & before), bool(_BE & before)
    passive = (lower.endswith("s") and not lower.endswith("ss") and lemma != "få") or (be and not perfect)
    tense: Tense
    if modal:
        tense = "future"
    elif perfect:
        tense = "perfect"
    elif lower in _STRONG_PAST or re.search(r"(?:de|des|te|tes)$", lower):
        tense = "past"
    elif told and index == start and role in ("send", "ask", "from"):
        tense = "past"  # the referral a decision told made: "beslutade den 9 mars att skicka förslaget på remiss"
    elif index > 0 and found[index - 1].lower == "att":
        tense = "infinitive"
    else:
        tense = "present"
    auxiliaries = [i for i in window if found[i].lower in _PERFECT | _MODAL | _BE]
    after = {w.lower for w in found[index + 1 : index + 2]}
    return Cue(
        index=index,
        word=word,
        lemma=lemma,
        role=role,
        voice="passive" if passive else "active",
        tense=tense,
        negated=bool(_NEGATION & (before | after)),
        finite=auxiliaries[0] if auxiliaries else index,
        opening=start,
    )
