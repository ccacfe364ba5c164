"""Referral clauses: a cue (a verb by its lemma, or a noun) and where its bodies stand, by voice and word order.

One mechanism for every way Swedish says that a matter goes out for an opinion:

* a verb that sends (``send``: "remittera", "översända", "skicka"): the bodies follow "till", after the verb
  ("Ärendet har översänts till A och B för yttrande") or before it ("har till stadsdelsnämnderna i A och B
  remitterat förslaget"), whatever the voice;
* a verb that asks (``ask``: "ombe", "bereda tillfälle", "bjuda in"): in the passive the bodies are its subject,
  before the finite verb ("A och B ombeds yttra sig") or after it when an adverb opens the sentence ("Därutöver
  bereds A tillfälle"); in the active its object ("Kommunstyrelsen har berett A tillfälle att yttra sig");
* a verb that asks from (``from``: "begära", "inhämta"): the bodies follow "från";
* a verb of answering (``answer``: "ska yttra sig", "ska redovisa sina förutsättningar"): its subject; in the
  passive the bodies follow "av" ("Synpunkter ges av A och B");
* declining (``decline``: "avstår från att yttra sig"): its subject;
* a noun: "Remissinstanserna är A och B", "Som remissinstanser föreslås A och B", "Remissen går till A".

A sentence is cut into clauses at a relative or subordinate clause (", som har underremitterat ärendet till
B", ", medan C har meddelat att den avstår"), so that each cue reads the bodies of its own clause. What a clause
is (a request, an instruction, an answer given) is judged in ``judge``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from atgard.extract.referrals.asides import RELATIVE_BEFORE_VERB, RELATIVE_IN_LIST, VIA_IN_LIST
from atgard.extract.referrals.cues import Cue, Role, Word, cue_lemma, find_cues, has_cue, words
from atgard.extract.referrals.zones import (
    ANSWERS_FROM,
    FOLLOWING_SUBJECT,
    Zone,
    after_colon,
    list_after,
    noun_zones,
    zones_after_to,
)
from atgard.extract.rules import rule
from atgard.extract.vocabulary import FINITE_VERB, VIEW_VERB

# Where a new clause opens inside a sentence: a relative or subordinate clause after a comma, "medan", a second
# "att"-clause, a semicolon.
_CLAUSE_OPENING = rule(
    "referral.clause_opening",
    r";\s*|,\s*(?=(?:som|vilka|vilket|vars|medan|men|eftersom|då|där|när|innan|sedan|varefter|(?:och|samt)\s+att)\b)|"
    r"\s(?=(?:medan|varefter)\b)|\s(?=(?:och|samt)\s+att\b)",
    matches=(
        "Stockholms Stadshus AB, som har underremitterat ärendet",
        "Yttranden har lämnats av A, medan B har meddelat",
        "remitteras till de nämnder som berörs och att svaren sammanställs",
    ),
    not_matches=("till de nämnder som berörs", "A, B och C"),
)
# Words that open a clause and are not its subject: "medan B har avstått", "som har yttrat sig".
_OPENERS = frozenset(
    "som vilka vilket vars medan men eftersom då där när innan sedan varefter och samt att även också".split()
)
# Where the bodies of a clause that asks end: the chance or the task ("tillfälle att", "i uppdrag att"), "att".
_COMPLEMENT_WORDS = frozenset({"tillfälle", "möjlighet", "möjligheten", "tillfället", "att", "senast"})
_COMPLEMENT_PAIRS = frozenset({("i", "uppdrag"), ("på", "remiss")})
# What may open a clause before its finite verb and is no subject (Swedish puts the verb second): an adverb, or
# a phrase that a preposition opens ("I första hand ska A yttra sig", "Av dessa har B avstått").
_ADVERBIAL = rule(
    "referral.adverbial",
    r"^(?:därutöver|dessutom|vidare|även|också|slutligen|därtill|härutöver|härmed|därmed|samtidigt|därefter|sedan|nu|"
    r"därför|således|alltså|slutligen|utöver\b.*|(?:i|på|av|för|med|genom|enligt|inom|under|efter|vid|bland|"
    r"om|mot|utan|utanför|hos|via|från|inför)\s.*)$",
    matches=(
        "Därutöver",
        "Vidare",
        "I första hand",
        "Av dessa",
        "Med anledning av remissen",
        "Utanför kommunkoncernen",
        "Via Kalmar Kommunbolag AB",
    ),
    not_matches=("Kulturnämnden", "Samtliga nämnder", "Idrottsnämnden och kulturnämnden"),
)
# A main clause joined to the one before by a comma and a conjunction ("Kommunens vattenförsörjning berör även
# grannkommunerna, och Knivsta kommun ges därför möjlighet att yttra sig"): the second clause's verb has its own
# subject and auxiliaries. A comma before "och" after a clause that has a finite verb opens it.
_MAIN_CLAUSE_JOINT = rule(
    "referral.main_clause_joint",
    r",\s*(?=(?:och|men|samt|så)\s)",
    matches=("grannkommunerna, och Knivsta kommun", "regionen, men Region Gävleborg"),
    not_matches=("Trafiknämnden och kulturnämnden", "A, B och C"),
)
_FINITE_BEFORE = rule(
    "referral.finite_before",
    rf"\b(?:{FINITE_VERB}|{VIEW_VERB}|ställ(?:er|de)\s+sig)\b",
    matches=(
        "Kommunens vattenförsörjning berör även grannkommunerna",
        "Planen gäller hela regionen",
        "Trafiknämnden tillstyrker motionen",
    ),
    not_matches=("Trafiknämnden, kulturnämnden", "Kulturnämnden", "Även kulturnämnden"),
    flags=0,
)
# A reporting verb whose "att"-clause keeps its subject: "B har meddelat att den avstår från att yttra sig".
_REPORTING = frozenset({"meddelat", "meddelade", "meddelar", "anmält", "anmälde", "anmäler", "uppgett", "uppger"})
_NEGATIONS = frozenset({"inte", "ej", "icke", "aldrig"})
_PRONOUNS = frozenset({"den", "de", "det", "dessa", "denna", "nämnden", "bolaget", "styrelsen", "myndigheten"})


# Answers named by whom they come from, as a subject: "Remissvar från A och B ska ha inkommit".
_ANSWERS_OF = rule(
    "referral.answers_of",
    r"(?:remissvar\w*|svar\w*|yttranden?|synpunkter)\s+från\s+",
    matches=("Remissvar från ", "Yttranden från "),
    not_matches=("Rapporten från ",),
)


_ANSWER_SUBJECT = rule(
    "referral.answer_subject",
    r"\b(?:remissvar\w*|svar(?:et|en)?|yttrande(?:t|n|na)?|synpunkter(?:na)?)\b",
    matches=("Svaren", "Remissinstansernas svar", "Yttrandet"),
    not_matches=("Kulturnämnden", "Svarstjänsten"),
)


@dataclass(frozen=True)
class Clause:
    """A referral cue with the zones where its bodies may stand (tried in order) and the text around it."""

    role: Role
    cue: Cue | None  # None: a noun leads ("Remissinstanser:", "Remissen går till")
    start: int  # the clause in the sentence
    end: int
    zones: tuple[Zone, ...]
    subject: str  # the words before the finite verb: what is sent, or who answers

    recounted_noun: bool = False  # a noun's clause in the perfect or past: "Remiss har skett till A"

    @property
    def lemma(self) -> str | None:
        return self.cue.lemma if self.cue else None

    @property
    def recounted(self) -> bool:
        """Said of a referral made before: "har remitterats", "remitterades", "Remissen har gått till"."""
        return self.cue.recounted if self.cue is not None else self.recounted_noun


def find_clauses(text: str) -> list[Clause]:
    """Every referral clause of a (title-masked) sentence, in order.

    >>> [(c.role, c.cue.word.text) for c in find_clauses("Ärendet har översänts till A och B för yttrande.")]
    [('send', 'översänts')]
    """
    # Most sentences have no cue verb: their clauses are only a noun's (none of the cutting below is needed).
    clauses = _verb_clauses(text) if has_cue(text) else []
    if nouns := noun_zones(text):
        due = ANSWERS_FROM.search(text)
        before = text[: nouns[0].start]
        recounted = bool(_PERFECT_OR_PAST.search(before))
        clauses.append(Clause("answer" if due else "send", None, 0, len(text), tuple(nouns), before, recounted))
    return clauses


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with these spans blanked (the same length: the words keep their places)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _verb_clauses(text: str) -> list[Clause]:
    """The clauses of the sentence's cue verbs. A relative clause set between a subject and its verb is no clause,
    and its words are neither the main clause's auxiliaries nor cues ("Trafiknämnden, som har drabbats av
    skyfallen, ombeds yttra sig")."""
    embedded = [(m.start(), m.end()) for m in RELATIVE_BEFORE_VERB.finditer(text)]
    found = words(_blanked(text, embedded))
    bounds = _segments(text, embedded)
    starts = [next((i for i, w in enumerate(found) if w.start >= start), len(found)) for start, _ in bounds]
    cues = find_cues(found, sorted({*starts, *_main_clauses(text, found, bounds)}))
    clauses = []
    for cue in cues:
        start, end = next(((s, e) for s, e in bounds if s <= cue.word.start < e), (0, len(text)))
        if _complement(cue, cues, found, start):
            continue
        zones = _zones(text, found, cue, start, end)
        finite = found[cue.finite]
        clauses.append(Clause(cue.role, cue, start, end, tuple(zones), text[start : finite.start].strip()))
    return clauses


_PERFECT_OR_PAST = rule(
    "referral.perfect_or_past",
    r"\b(?:har|hade|gick|skedde|riktades|ställdes|sändes|skickades)\b",
    matches=("Remiss har skett till ", "Remissen gick till "),
    not_matches=("Remissen går till ",),
)


def _main_clauses(text: str, found: list[Word], bounds: list[tuple[int, int]]) -> list[int]:
    """The first words of main clauses joined to one with a finite verb by ", och" (", men", ", så"): where a
    cue's own clause begins, its subject and auxiliaries after them (not "har" in "A har X, och B ombeds")."""
    opened = []
    for joint in _MAIN_CLAUSE_JOINT.finditer(text):
        start = max((s for s, _ in bounds if s <= joint.start()), default=0)
        if _FINITE_BEFORE.search(text, start, joint.start()):
            opened.append(next((i for i, w in enumerate(found) if w.start >= joint.end()), len(found)))
    return opened


def _segments(text: str, embedded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # a relative clause about one body of a list is no clause of its own when the list goes on after it,
    # nor one set between a subject and its verb (``embedded``: "A, som har drabbats av skyfallen, ombeds yttra sig")
    inside = [(m.start(), m.end()) for m in RELATIVE_IN_LIST.finditer(text)] + embedded
    inside += [(m.start(), m.end()) for m in VIA_IN_LIST.finditer(text)]  # "samt, genom X AB, till Y"
    openings = [m for m in _CLAUSE_OPENING.finditer(text) if not any(a <= m.start() < b for a, b in inside)]
    cuts = [0] + [m.end() for m in openings] + [len(text)]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _complement(cue: Cue, cues: list[Cue], found: list[Word], start: int) -> bool:
    """An answering verb that completes an earlier cue of its clause: "ombeds att yttra sig", "har beretts
    tillfälle att lämna synpunkter", "avstår från att yttra sig"."""
    if cue.role != "answer":
        return False
    earlier = [c for c in cues if c.index < cue.index and c.word.start >= start]
    return bool(earlier) and (cue.index - earlier[-1].index <= 12)


def _zones(text: str, found: list[Word], cue: Cue, start: int, end: int) -> list[Zone]:
    if cue.role == "send" and forwards_answers(text, cue, end):
        return _after_word(text, found, cue, end, {"från"})  # "X överlämnade yttranden från A och B"
    if cue.role == "send":
        return _sent_to(text, found, cue, start, end)
    if cue.role == "from":
        return _after_word(text, found, cue, end, {"från"})
    if cue.role == "answer" and cue.voice == "passive":
        return _after_word(text, found, cue, end, {"av"})
    if cue.role == "answer" and cue.lemma == "inkomma" and (zones := _after_word(text, found, cue, end, {"från"})):
        return zones  # "Yttranden har inkommit från A och B"
    if cue.lemma == "inkomma" and _ANSWER_SUBJECT.search(text, found[cue.finite].end, cue.word.start):
        return []  # "Totalt har 21 remissvar kommit in": the answers are the subject, what opens the clause no body
    if cue.role == "ask" and cue.voice == "active" and cue.lemma != "få":
        return _object(text, found, cue, end)
    return _subject(text, found, cue, start, end)


# Answers passed on by the body they went through, told as done: "Stockholms Stadshus AB överlämnade den 12 maj 2027
# yttranden från AB Familjebostäder och SISAB", "Bolagsstyrelsen har översänt svaren från A och B": the bodies after
# "från" answered (the answers right after the verb, a date between; not "överlämnar förslaget till A").
_FORWARDED = rule(
    "referral.forwarded_answers",
    r"\s+(?:[\w.,]+\s+){0,6}?(?:remissvar(?:en)?|yttranden(?:a)?|svar(?:en)?|synpunkter(?:na)?)\s+från\s",
    matches=(
        " den 12 maj 2027 yttranden från AB Familjebostäder",
        " svaren från A och B",
        " i april remissvar från bolagen",
    ),
    not_matches=(" förslaget till A för synpunkter", " remissen till A, B och C för svar från", " yttrandet till A"),
)


def forwards_answers(text: str, cue: Cue, end: int) -> bool:
    """A send verb told as done whose object is answers from bodies (``_FORWARDED``): they answered."""
    return cue.recounted and _FORWARDED.match(text, cue.word.end, end) is not None


def _after_word(text: str, found: list[Word], cue: Cue, end: int, leads: set[str]) -> list[Zone]:
    lead = next((w for w in found[cue.index + 1 :] if w.start < end and w.lower in leads), None)
    return [] if lead is None else [list_after(text, _skip_space(text, lead.end), end)]


def _skip_space(text: str, position: int) -> int:
    return len(text) - len(text[position:].lstrip())


def _sent_to(text: str, found: list[Word], cue: Cue, start: int, end: int) -> list[Zone]:
    """The bodies a matter is sent to: after "till", after the verb or before it, between the auxiliary and the verb
    ("har till stadsdelsnämnderna i A och B remitterat") or opening the clause ("Till A och B remitteras X")."""
    after = next((w for w in found[cue.index + 1 :] if w.start < end and w.lower == "till"), None)
    zones = [] if after is None else zones_after_to(text, _skip_space(text, after.end), end)
    between = [w for w in found[cue.finite + 1 : cue.index] if w.lower == "till"]
    opening = [w for w in found[: cue.index] if w.start >= start][:1]
    before = between or [w for w in opening if w.lower == "till"]
    if before:  # tried after the "till" that follows the verb, which may be a proposal's ("förslaget till X")
        zones.append(Zone(_skip_space(text, before[0].end), cue.word.start, whole=True))
    return zones


def _complement_start(found: list[Word], first: int, end: int) -> int | None:
    """Where the words after the bodies begin: "tillfälle att", "att yttra sig", "i uppdrag", "på remiss"."""
    for index in range(first, len(found)):
        word = found[index]
        if word.start >= end:
            return None
        following = found[index + 1].lower if index + 1 < len(found) else ""
        if word.lower in _COMPLEMENT_WORDS or (word.lower, following) in _COMPLEMENT_PAIRS or cue_lemma(word.text):
            return word.start
    return None


def _object(text: str, found: list[Word], cue: Cue, end: int) -> list[Zone]:
    """The bodies an active verb asks: "berett A och B tillfälle", "bjudit in A att", "uppmana A att", an adverb
    between ("ger härmed A möjlighet", "bereder därmed A tillfälle")."""
    first = cue.index + 1
    particle = next((i for i in range(first, min(first + 3, len(found))) if found[i].lower == "in"), None)
    if cue.lemma == "bjuda" and particle is not None:  # "bjuder in", "har bjudit in", "bjuder härmed in"
        first = particle + 1
    while first < len(found) - 1 and found[first].start < end and _ADVERBIAL.match(found[first].lower):
        first += 1  # a sentence adverb right after the verb: its object follows ("ger härmed er möjlighet")
    if first >= len(found):
        return []
    stop = _complement_start(found, first, end)
    return [] if stop is None else [Zone(found[first].start, stop, whole=True)]


# A deadline set between commas after the subject that follows the finite verb: "Därutöver ska äldrenämnden, senast
# den 31 mars 2027, redovisa …", "Vidare ombeds trafiknämnden – före den 1 juni – yttra sig …" (no body of the list).
_DEADLINE_ASIDE = rule(
    "referral.deadline_aside",
    r"\s*[,–-]\s*(?:senast|före|innan|inom|till\s+och\s+med|t\.?\s?o\.?\s?m\.?)\s[^,–]*[,–]?\s*$",
    matches=(
        "äldrenämnden, senast den 31 mars 2027, ",
        "trafiknämnden – före den 1 juni – ",
        "kulturnämnden, inom samma tid, ",
        "idrottsnämnden, t.o.m. den 3 maj, ",
    ),
    not_matches=("äldrenämnden ", "kulturnämnden, idrottsnämnden och trafiknämnden "),
)


def _subject(text: str, found: list[Word], cue: Cue, start: int, end: int) -> list[Zone]:
    """The bodies as the subject: before the finite verb, else after it when an adverb opens the clause
    ("Därutöver bereds A tillfälle"), or the subject of a reporting verb ("B har meddelat att den avstår")."""
    finite = found[cue.finite]
    subject_start = max(start, found[cue.opening].start) if cue.opening < len(found) else start
    while (first := next((w for w in found if w.start >= subject_start), None)) and first.lower in _OPENERS:
        if first.lower == "som" or first.start >= finite.start:
            return []  # a relative clause's subject is its antecedent, read by the main clause
        subject_start = _skip_space(text, first.end)
    zones: list[Zone] = []
    # a subordinate clause sets its negation before the finite verb: "medan C inte har yttrat sig"
    before = [w for w in found[: cue.finite] if w.start >= subject_start]
    subject_end = before[-1].start if before and cue.negated and before[-1].lower in _NEGATIONS else finite.start
    if subject_start < subject_end and not _ADVERBIAL.match(text[subject_start:subject_end].strip()):
        zone = Zone(subject_start, subject_end, whole=True)
        if FOLLOWING_SUBJECT.match(text[zone.start : zone.end]) and (listed := after_colon(text, cue.word.end, end)):
            return [listed]  # "Följande nämnder ska yttra sig: A och B"
        if answers := _ANSWERS_OF.match(text, zone.start, zone.end):
            zones.append(Zone(answers.end(), zone.end, whole=True))  # "Remissvar från A och B ska ha inkommit"
        elif not (cue.role == "answer" and _ANSWER_SUBJECT.search(text, zone.start, zone.end)):
            zones.append(zone)  # not "Svaren ska ha inkommit": the answers are no body
    stop = cue.word.start if cue.finite != cue.index else _complement_start(found, cue.index + 1, end)
    if stop is not None and stop > finite.end:
        aside = _DEADLINE_ASIDE.search(text, finite.end, stop)  # "ska äldrenämnden, senast den 31 mars, redovisa"
        zones.append(Zone(_skip_space(text, finite.end), aside.start() if aside else stop, whole=True))
    if cue.role == "decline" and text[subject_start : finite.start].strip().lower() in _PRONOUNS | {""}:
        # the reporting verb's subject first: "C har meddelat att nämnden avstår" is C, not the document's own board
        zones = [*_reporting_subject(found, start, cue), *zones]
    return zones


def _reporting_subject(found: list[Word], start: int, cue: Cue) -> list[Zone]:
    """The subject of the verb that reports a decline: "C har meddelat att den avstår" -> C."""
    before = [w for w in found[: cue.index] if w.start >= start]
    verb = next((i for i, w in enumerate(before) if w.lower in _REPORTING), None)
    if verb is None:
        return []
    finite = next((i for i, w in enumerate(before[:verb]) if w.lower in ("har", "hade")), verb)
    words_before = [w for w in before[:finite] if w.lower not in _OPENERS]
    if not words_before:
        return []
    return [Zone(words_before[0].start, before[finite].start, whole=True)]
