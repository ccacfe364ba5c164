"""What a referral clause is: a request for an opinion or a report, or something that only looks like one.

A clause the finder found (``clauses``) is judged by its verb, tense, subject and the words around it:

* ``request``: the bodies are asked for an opinion ("remitteras till", "ombeds yttra sig") or to report on
  carrying out measures ("ska redovisa sina förutsättningar att genomföra"); said in the perfect or past, or in
  a "Beredning" section, it is a referral ``recounted`` ("Ärendet har remitterats till A och B");
* ``answered``, ``declined``, ``unanswered``: what became of one ("Yttranden har lämnats av A", "B avstår från
  att yttra sig", "C har inte svarat");
* ``instruction``: a task, no opinion ("uppmanas att beakta", "får i uppdrag att utreda", "Utredaren ska ge
  X tillfälle att lämna synpunkter": the inquiry's consultation, not the document's referral);
* ``own_answer``: the document's own answer or decision sent on ("Remissvaret skickas till registraturen",
  "Beslutet skickas till", "överlämnar det som kommunens svar"); ``information``: a copy "för kännedom";
* ``none``: a send verb with no remiss about it ("skickar fakturan till"), a motion or reservation ("yrkar att
  ärendet återremitteras"), what another document directs ("Enligt remissen ska ..."), a bill sent to Lagrådet
  for its review of the law's drafting ("Regeringen överlämnar denna remiss till Lagrådet").

Only requests are referrals; the accounts tell who answered (``accounts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from atgard.extract.lemmas import forms_pattern
from atgard.extract.referrals.clauses import Clause, forwards_answers
from atgard.extract.referrals.common import HOW_CARRIED_OUT, IMPLEMENTATION, REPORTS_OWN
from atgard.extract.referrals.preparation import own_preparation, task_consultation
from atgard.extract.referrals.sending import sent_kind
from atgard.extract.rules import rule
from atgard.extract.vocabulary import ASIDE, MEASURE_WORD

Kind = Literal["request", "answered", "declined", "unanswered", "instruction", "own_answer", "information", "none"]


Action = Literal["opinion", "implementation"]


@dataclass(frozen=True)
class Judgement:
    kind: Kind
    action: Action = "opinion"
    recounted: bool = False


# What the bodies are asked to do, for the clause to be a referral: give an opinion or report on measures.
ANSWERING = rule(
    "referral.answering",
    r"\byttra\s+sig|\byttra(?:r|t|de|s)?\b|\b(?:be)?svara(?:r|t|de)?\b|"
    r"\b(?:lämna\w*|ge|ges|getts|avge\w*|inkomm\w*|komma\s+in|kommit\s+in|komma)"
    rf"{ASIDE}?\s+(?:med\s+)?(?:\S+\s+){{0,3}}?"
    r"(?:synpunkter|yttranden?|svar(?:et|en)?|remissvar\w*|kommentarer|ställningstagande)\b|"
    rf"\bredovisa\w*{ASIDE}?\s+(?:{REPORTS_OWN})?(?:förutsättning\w*|synpunkter)|"
    rf"\b{HOW_CARRIED_OUT}|\bpå\s+remiss\b|\bremissinstans\w*",
    matches=(
        "tillfälle att yttra sig över rapporten",
        "att inkomma med ett yttrande",
        "att lämna sina svar",
        "att redovisa sina förutsättningar",
        "ska redovisa nämndens förutsättningar",
        "redovisa hur åtgärderna kan genomföras",
        "har fått rapporten på remiss",
        "att ge synpunkter på förslaget",
        "redovisar, var och en inom sitt ansvarsområde, sina förutsättningar",
        "lämnar, var för sig, synpunkter",
    ),
    not_matches=(
        "att beakta åtgärderna",
        "att utreda var bryggor kan anläggas och redovisa uppdraget",
        "att årligen redovisa hur programmets åtgärder genomförs",
        "redovisa hur de åtgärder som har beslutats har genomförts",
    ),
)
# An answer named as the subject of a passive: "Synpunkter på rapporten ges av A", "Yttranden har lämnats av B".
_ANSWER_NOUN = rule(
    "referral.answer_noun",
    r"\b(?:synpunkter|yttranden?|remissvar\w*|svar(?:en|et)?|kommentarer)\b",
    matches=("Synpunkter på rapporten", "Yttranden", "Remissvaren"),
    not_matches=("Rapporten", "Svarstiden"),
)
# What a passive "besvaras av A" asks A to answer, when it is the report's measures or a part of it: "Åtgärd 1.4
# ska i första hand besvaras av A", "Frågorna i avsnitt 3 besvaras av B", "Åtgärderna i kapitel 4 besvaras av C";
# not a motion or a council question, which a board or a commissioner answers by deciding ("Motionen ska besvaras av
# kommunfullmäktige"), nor the proposal as a whole ("Förslaget ska besvaras av kommunfullmäktige": it decides it).
_ANSWERED_PART = rule(
    "referral.answered_part",
    r"^\s*(?:(?:frågorna|frågan)\s+(?:om|i|kring)\s+)?(?:"
    # a measure by its code: "Åtgärd 1.4", "Förslag A3", "åtgärd nr 4"
    rf"{MEASURE_WORD}\s+(?:nr\.?\s*)?(?:[A-ZÅÄÖ]\.?\s?)?\d|"
    # the measures of a part, in the definite: "Åtgärderna i avsnitt 3", "förslagen inom område B"
    rf"(?=[\wåäö]+(?:na|en)\s){MEASURE_WORD}\s+(?:i|inom|under)\s+(?=\w)|"
    r"(?:avsnitt(?:en|et)?|kapit(?:el|let|len|lena))\b)",
    matches=(
        "Åtgärd 1.4, om daglig rörelse, ska ",
        "Åtgärderna 2.1 och 2.2 ",
        "Frågorna i avsnitt 3 ",
        "Kapitel 5 ",
        "Åtgärderna i avsnitt 4 ",
        "Förslagen i kapitel 3 ",
        "Förslag A3 ",
    ),
    not_matches=(
        "Motionen ska ",
        "Frågan ",
        "Interpellationen ",
        "Remissen ",
        "Frågor om remissen ",
        "Förslaget ska ",
        "Förslaget i sin helhet ",
        "Åtgärderna ska ",
    ),
)
# A sentence that reports what another document directs ("Enligt remissen ska ..."), or a party's motion or
# reservation in a meeting ("yrkar att ärendet återremitteras", "yrkade bifall med tillägget att ...").
_NOT_THE_DOCUMENTS = rule(
    "referral.not_the_documents",
    r"^(?:enligt\s+(?:remissen|remissmissivet|kommunstyrelsens\s+beslut)|i\s+remissen|av\s+remissen\s+framgår)\b|"
    rf"{forms_pattern('yrka', 'reservera')}",
    matches=(
        "Enligt remissen ska trafiknämnden och exploateringsnämnden redovisa",
        "Nadia Farah (V) yrkade bifall till förslaget med tillägget att även AB Svenska Bostäder ska få tillfälle",
        "S yrkar att ärendet återremitteras till förvaltningen",
    ),
    not_matches=("Remissen har skickats till",),
    explains_cue=True,
)
# A referral recounted as an earlier one: "vid en tidigare remiss", "remitterades tidigare".
_EARLIER = rule(
    "referral.earlier",
    r"\b(?:tidigare|förra\s+(?:året|mandatperioden)|dåvarande)\b",
    matches=("Frågan remitterades tidigare till kulturnämnden", "den dåvarande kulturnämnden"),
    not_matches=("Ärendet har remitterats till kulturnämnden.",),
    explains_cue=True,
)
# A referral the text says was not made: "i stället för att remittera betänkandet till nämnden", "utan att
# remittera ärendet", "hellre än att skicka ut förslaget på remiss".
_NOT_MADE = rule(
    "referral.not_made",
    r"\b(?:i\s*stället\s+för|istället\s+för|utan|hellre\s+än|snarare\s+än)\s+att\s+$",
    matches=(
        "Förvaltningen har inhämtat synpunkter direkt i stället för att ",
        "Beslutet fattades utan att ",
        "Förvaltningen valde att samråda istället för att ",
    ),
    not_matches=("Kontoret föreslår att ", "för att "),
    explains_cue=True,
)
# A referral the text says is not needed, the sending verb right after: "bedömer däremot att det inte är nödvändigt
# att remittera betänkandet till X", "Det finns inte skäl att remittera", "Det saknas anledning att skicka …".
_NOT_NEEDED_LEAD = (
    r"(?:\b(?:inte|ej|inget|ingen|inga)\s+(?:\w+\s+){0,2}?(?:nödvändigt|behövligt|motiverat|aktuellt|befogat|"
    r"meningsfullt|skäl|anledning|behov)|\bsaknas\s+(?:det\s+)?(?:\w+\s+)?(?:skäl|anledning|behov))\s+(?:av\s+)?att\s+"
)
_NOT_NEEDED = rule(
    "referral.not_needed",
    rf"{_NOT_NEEDED_LEAD}$",
    matches=(
        "Stadsledningskontoret bedömer däremot att det inte är nödvändigt att ",
        "Det finns inte skäl att ",
        "Det finns inget behov av att ",
        "Det saknas anledning att ",
        "Kontoret anser att det inte är motiverat att ",
    ),
    not_matches=("Det är nödvändigt att ", "Kontoret föreslår att ", "inte minst för att "),
    explains_cue=True,
)
# The same said of the remiss noun: "i stället för att skicka förslaget på remiss till X", "Det saknas anledning
# att skicka förslaget på remiss".
_NOT_MADE_NOUN = rule(
    "referral.not_made_noun",
    rf"(?:\b(?:i\s*stället\s+för|istället\s+för|utan|hellre\s+än|snarare\s+än)\s+att\s+|{_NOT_NEEDED_LEAD})"
    r"(?:\S+\s+){1,4}?(?:ut\s+)?på\s+remiss\b",
    matches=(
        "istället för att skicka förslaget på remiss till AB Svenska Bostäder",
        "utan att sända ut det på remiss",
        "Det saknas anledning att skicka förslaget på remiss till idrottsnämnden",
    ),
    not_matches=("för att skicka förslaget på remiss", "Förslaget skickas på remiss till X"),
    explains_cue=True,
)
# A sending verb negated ("Förslaget har inte remitterats till kulturnämnden, som inte berörs", "Planen remitteras
# inte till X", "har ännu ej skickats"): no referral made; "inte bara/endast/enbart" ("not only") sends it still.
_NOT_SENT_BEFORE = rule(
    "referral.not_sent_before",
    r"\b(?:inte|ej|icke|aldrig)\s+(?!bara\b|endast\b|enbart\b|minst\b)(?:\w+\s+)?$",
    matches=("Förslaget har inte ", "Planen har ännu ej ", "Ärendet har aldrig ", "har inte heller "),
    not_matches=("Förslaget har ", "har inte bara ", "Ärendet har även ", "inte minst "),
    explains_cue=True,
)
_NOT_SENT_AFTER = rule(
    "referral.not_sent_after",
    r"^\s+(?:\w+\s+)?(?:inte|ej|icke|aldrig)\b(?!\s+(?:bara|endast|enbart|minst)\b)",
    matches=(" inte till kulturnämnden", " ej", " heller inte"),
    not_matches=(" inte bara till X", " till kulturnämnden", " till nämnder som inte berörs"),
    explains_cue=True,
)
# The Council on Legislation's review of a bill (lagrådsgranskning, 8 kap. 20–22 §§ regeringsformen): "Regeringen
# överlämnar denna remiss till Lagrådet", "beslutat att inhämta Lagrådets yttrande". A review of the law's drafting
# that the constitution prescribes, not a consultation on the matter: Lagrådet is no remissinstans, and a clerk
# tracks the bodies the proposal was remitted to (the proposition's "Förteckning över remissinstanserna").
_LEGISLATIVE_REVIEW = rule(
    "referral.legislative_review",
    r"\blagråd(?:et|ets)\b",
    matches=(
        "Regeringen överlämnar denna remiss till Lagrådet.",
        "Regeringen har beslutat att inhämta Lagrådets yttrande över förslag till lag om ändring i skollagen.",
        "Förslaget har remitterats till Lagrådet",
    ),
    not_matches=("Lagrådsremissen har tagits fram inom Utbildningsdepartementet.", "Promemorian har remitterats."),
    explains_cue=True,
)
# Sections that recount how the matter was prepared: what they say of a referral is its account.
RECOUNTING_SECTION = rule(
    "referral.recounting_section",
    r"^(?:ärendets\s+)?beredning\b|^remiss(?:ammanställning|behandling|förfarande)\b|^ärendet\s+och\s+dess\s+beredning",
    matches=("Beredning", "Ärendets beredning", "Remissammanställning", "Ärendet och dess beredning"),
    not_matches=("Förslag till beslut", "Bakgrund"),
)


# Views worked into the document's own draft answer: "X har lämnat synpunkter som har arbetats in i förslaget till
# yttrande", "Synpunkter från X har arbetats in i remissvaret"; who gave them prepared the answer, no remiss of its own.
_WORKED_INTO_ANSWER = rule(
    "referral.worked_into_answer",
    r"\b(?:arbeta(?:ts|des|t)\s+in|inarbeta(?:ts|des|de|t|ds)?)\s+i\s+(?:\w+\s+){0,3}?(?:yttrande|remissvar|svar)",
    matches=(
        "har lämnat synpunkter som har arbetats in i förslaget till yttrande",
        "Synpunkter från X har inarbetats i remissvaret",
        "synpunkterna arbetades in i yttrandet",
    ),
    not_matches=("har lämnat synpunkter på förslaget", "ska arbetas in i programmet"),
    explains_cue=True,
)


# An answering authority's or company's own consultation for its answer, told in the perfect with itself as the
# way the chance was given: "X har beretts möjlighet att yttra sig genom myndigheten", "… via oss". It names itself
# here by its kind; by its name ("via Länsstyrelsen" in Länsstyrelsen's answer) only the document knows it is its own
# (`common.through_self`). The city's office that sends a remiss for its board ("via stadsledningskontoret") and a
# parent company ("genom Stockholms Stadshus AB") pass a referral on, and "via Länsstyrelsen" in a municipality's text
# a ministry's remiss the county board passed on.
_BY_ANSWERER = rule(
    "referral.by_answerer",
    r"\b(?:via|genom)\s+(?:oss|myndigheten|verket|bolaget|förbundet|nämnden)\b",
    matches=(
        "har beretts möjlighet att yttra sig genom myndigheten",
        "har fått lämna synpunkter via oss",
        "har getts tillfälle att lämna synpunkter via förbundet",
    ),
    not_matches=(
        "har getts tillfälle att yttra sig genom Stockholms Stadshus AB",
        "via stadsledningskontoret",
        "Kommunen har getts tillfälle att yttra sig via Länsstyrelsen",
    ),
)


def _by_answerer(clause: Clause, sentence: str) -> bool:
    """A consultation the answering body made for its own answer: recounted, through itself."""
    if not clause.recounted:
        return False
    return _BY_ANSWERER.search(sentence, clause.start, clause.end) is not None


def judge(clause: Clause, sentence: str, section: str | None = None, directed: bool = False) -> Judgement:
    """What ``clause`` of ``sentence`` (title-masked) is, in a section headed ``section``; ``directed``: the
    sentence is an item under a referral's lead ("Rapporten remitteras enligt följande:"), whose present tense
    directs ("1. Kulturnämnden yttrar sig över åtgärd A1.1.")."""
    if _NOT_THE_DOCUMENTS.search(sentence):
        return Judgement("none")
    if _not_made(clause, sentence) or _LEGISLATIVE_REVIEW.search(sentence, clause.start, clause.end):
        return Judgement("none")
    kind = _kind(clause, sentence, directed)
    if kind == "request" and clause.recounted and _EARLIER.search(sentence):
        kind = "none"  # an earlier consultation, not this document's referral
    if kind == "request" and task_consultation(clause, sentence, section):
        kind = "none"  # views the one given a task gathers in doing it
    if kind == "answered" and _WORKED_INTO_ANSWER.search(sentence):
        kind = "none"  # views that went into the document's own answer: its preparation, no remiss
    action: Action = "implementation" if IMPLEMENTATION.search(sentence) else "opinion"
    told = bool(section and RECOUNTING_SECTION.match(section.strip()) and not _PLANNED.match(section.strip()))
    return Judgement(kind, action, clause.recounted or told)


# How the remiss goes ("Remissförfarande") tells its tense itself: the present is the referral made now ("Förslaget
# skickas på remiss till länets kommuner"), the perfect or past one made before ("har remitterats till").
_PLANNED = rule(
    "referral.planned_section", r"^remissförfarande\b", matches=("Remissförfarande",), not_matches=("Remiss",)
)


def _not_made(clause: Clause, sentence: str) -> bool:
    """A referral the text says was not made ("i stället för att remittera …", "utan att … på remiss")."""
    if clause.cue is None:
        return _NOT_MADE_NOUN.search(sentence, clause.start, clause.end) is not None
    before = sentence[: clause.cue.word.start]
    if clause.cue.role == "send" and (
        _NOT_SENT_BEFORE.search(before) or _NOT_SENT_AFTER.match(sentence[clause.cue.word.end :])
    ):
        return True  # a sending verb negated: "Förslaget har inte remitterats till X"
    return _NOT_MADE.search(before) is not None or _NOT_NEEDED.search(before) is not None


def _kind(clause: Clause, sentence: str, directed: bool = False) -> Kind:
    cue = clause.cue
    rest = sentence[cue.word.start if cue else 0 : clause.end]
    if cue is None:
        return "request"
    if _by_answerer(clause, sentence):
        return "none"
    if cue.role == "send" and forwards_answers(sentence, cue, clause.end):
        return "answered"  # "Stadshus AB överlämnade yttranden från A och B"
    if cue.role == "send":
        return sent_kind(clause, sentence)
    if cue.role == "decline":
        return "declined" if ANSWERING.search(rest) else "none"
    if cue.role == "from":  # "Förvaltningen har inhämtat synpunkter från X": the office's own preparation
        return "none" if own_preparation(clause, sentence) else "request"
    if cue.role == "ask":
        return "none" if _not_asked(clause, sentence) else _asked(clause, rest)
    return _answering(clause, rest, _answered_thing(clause, sentence), directed)


def _answered_thing(clause: Clause, sentence: str) -> str:
    """What a passive answer verb (or "inkomma", whose subject comes in) says was given: its subject, before the
    finite verb or, after an adverbial that opens the clause, between it and the verb ("Efter remiss har yttranden
    över X lämnats av A")."""
    cue = clause.cue
    if cue is None or (cue.voice != "passive" and cue.lemma != "inkomma"):
        return clause.subject
    return sentence[clause.start : cue.word.start]  # also "Inom remisstiden har svar inkommit från A"


# The words that make "ge", "bereda", "erbjuda", "få" ask: the chance, the task or the remiss itself.
_CHANCE = rule(
    "referral.chance",
    r"^\s*(?:\S+\s+){0,12}?(?:tillfälle|möjlighet(?:en)?|i\s+uppdrag|på\s+remiss)\b",
    matches=(" kulturnämnden tillfälle att yttra sig", " rapporten på remiss", " i uppdrag att yttra sig"),
    not_matches=(" kritik under remisstiden",),
)


# "få" allowing, told as done: "Stadsmiljönämnden fick därutöver yttra sig om de åtgärder där nämnden är ansvarig"
# (not "behöver … få yttra sig", "föreslog att dotterbolagen får yttra sig": a plan, no remiss made).
_ALLOWED = rule(
    "referral.allowed_to_answer",
    r"^\s*(?:(?:därutöver|härutöver|även|också|dessutom)\s+)?(?:yttra\s+sig|lämna\s+synpunkter)\b",
    matches=(" därutöver yttra sig om de åtgärder", " lämna synpunkter på förslaget"),
    not_matches=(" tillfälle att yttra sig", " yttrandet"),
)


# A body the text says was not asked: "trots att nämnden inte särskilt har ombetts att yttra sig över den", "X har
# inte beretts tillfälle att yttra sig", "Inte heller Y ges tillfälle …" (the negation just before the verb, or
# "inte heller" opening the clause): no referral, whoever it names. "Inte bara A utan även B ombeds …" asks both.
_NOT_ASKED = rule(
    "referral.not_asked",
    r"\b(?:inte|ej|icke|aldrig)(?:\s+(?:särskilt|uttryckligen|formellt|heller|själv|har|hade|blivit|fått|"
    r"ens))*\s*$|^\s*(?:inte|ej)\s+heller\b",
    matches=(
        "trots att nämnden inte särskilt har ",
        "Bolaget har inte ",
        "Styrelsen har aldrig ",
        "som ej ",
        "Inte heller idrottsnämnden ",
    ),
    not_matches=(
        "Nämnden har ",
        "Nämnden har inte yttrat sig men har ",
        "Inte minst bolaget har tydligt ",
        "Inte bara kulturnämnden utan även idrottsnämnden ",
    ),
    explains_cue=True,
)
# … or just after it: "Y ombads aldrig att lämna synpunkter", "A bereds inte särskilt tillfälle", "B ges inte
# möjlighet"; not "ombeds inte bara yttra sig utan även …".
_NOT_ASKED_AFTER = rule(
    "referral.not_asked_after",
    r"^\s*(?:(?:därför|därmed|alltså|således|dock|heller)\s+)?(?:inte|ej|icke|aldrig)\b(?!\s+(?:bara|endast|enbart|minst)\b)",
    matches=(
        " aldrig att lämna synpunkter",
        " inte särskilt tillfälle",
        " inte möjlighet",
        " därför inte förslaget på remiss",
    ),
    not_matches=(" inte bara yttra sig utan även", " tillfälle att inte"),
    explains_cue=True,
)


def _not_asked(clause: Clause, sentence: str) -> bool:
    """The clause says its bodies were not asked: a negation just before the ask verb or just after it."""
    cue = clause.cue
    assert cue is not None
    return (
        _NOT_ASKED.search(sentence[clause.start : cue.word.start]) is not None
        or _NOT_ASKED_AFTER.match(sentence[cue.word.end : clause.end]) is not None
    )


def _asked(clause: Clause, rest: str) -> Kind:
    cue = clause.cue
    assert cue is not None
    after = rest[len(cue.word.text) :]
    allowed = cue.lemma == "få" and cue.tense in ("past", "perfect") and _ALLOWED.match(after) is not None
    if cue.lemma in ("ge", "bereda", "erbjuda", "få") and not (_CHANCE.match(after) or allowed):
        return "none"
    if cue.lemma == "bjuda" and "in" not in after.lower().split()[:3]:
        return "none"  # "bjuda in", "bjuder härmed in"; not "förbjuda", "bjuda på"
    if not ANSWERING.search(after):
        return "instruction"  # "uppmanas att beakta", "får i uppdrag att utreda"
    if cue.voice == "active" and cue.tense == "future" and cue.lemma != "få":
        return "instruction"  # "Utredaren ska ge X tillfälle att lämna synpunkter": another's consultation
    return "request"


# An answer denied by its determiner rather than by "inte": "Inget svar har kommit in från A", "Inga yttranden har
# inkommit från B och C".
_NO_ANSWER = rule(
    "referral.no_answer",
    r"\b(?:inget|inga|intet)\s+(?:\w+\s+)?(?:svar|remissvar|yttranden?|synpunkter|kommentarer)\b",
    matches=("Inget svar ", "Inom remisstiden har inga yttranden ", "Inget skriftligt svar "),
    not_matches=("Svar ", "Yttranden utan några synpunkter ", "Inget hinder "),
)


def _answering(clause: Clause, rest: str, thing: str, directed: bool = False) -> Kind:
    cue = clause.cue
    assert cue is not None
    part_answered = cue.lemma == "besvara" and cue.voice == "passive" and _ANSWERED_PART.match(thing)
    if not (ANSWERING.search(rest) or _ANSWER_NOUN.search(thing) or part_answered):
        return "none"  # "ska redovisa uppdraget", "lämnade sin slutrapport"
    if cue.negated or _NO_ANSWER.search(thing):
        return "unanswered"
    if cue.tense == "future" or (cue.voice == "passive" and cue.tense in ("present", "infinitive")):
        return "request"  # "ska yttra sig", "Synpunkter ges av A"
    if cue.tense in ("perfect", "past"):
        return "answered"
    if directed and cue.tense == "present":
        return "request"  # an item under "remitteras enligt följande": "A lämnar synpunkter på rapporten"
    return "none"  # "Nämnden lämnar följande synpunkter": the document's own answer
