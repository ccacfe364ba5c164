"""What a protocol's or an agenda's sentences do: decide, move, put to the meeting, dissent, distribute, recount.

A protocol writes down more than its decisions. Under a § heading stand what was presented, what
members moved ("X (S) yrkar bifall …", "tilläggsyrkande"), how the chair put the motions ("Ordföranden
ställer proposition … och finner att …"), who dissented ("anmälde reservation", "reserverar sig"), who
gets the decision ("Beslutet skickas till", "Expedieras till") and what was decided before
("Kommunstyrelsen beslutade den 3 mars 2025 att …"). Only a deciding sentence is a decision point:
its main verb is a finite form of a deciding verb (besluta, utse, fastställa, anta, godkänna, uppdra,
remittera, överlämna …, by their lemma: every tense, active and passive), its subject comes first
(no "att", "som", "har" or modal before the verb), and no date stands right after the verb.
"""

from __future__ import annotations

from atgard.extract.lemmas import forms
from atgard.extract.rules import rule
from atgard.extract.vocabulary import ISO_DATE_SHAPE, MONTH

# The verbs a meeting decides with; their finite forms make a deciding sentence.
DECIDING_LEMMAS = (
    "besluta",
    "utse",
    "välja",
    "fastställa",
    "anta",
    "godkänna",
    "uppdra",
    "remittera",
    "översända",
    "överlämna",
    "bevilja",
    "tillsätta",
    "avskriva",
    "bordlägga",
    "bifalla",
    "avslå",
    "tillstyrka",
    "avstyrka",
    "uppmana",
    "justera",
)
# The endings of a verb's infinite forms (participles, supines, the present participle) and of nouns
# the lemma table gives the verb ("beslutande", "beslutat", "godkänd", "antagen").
_INFINITE_ENDINGS = (
    "ande", "ende", "ad", "ads", "at", "ats", "it", "its", "d", "dd", "dda", "ddas", "dds", "da", "das", "ds",
    "t", "ts", "tt", "tts", "kta", "ktas", "tta", "ttas", "na", "nas", "ne", "nes", "en", "ens", "et", "ets",
)  # fmt: skip
# "beslöt", "beslöts": a strong past's own vowel before its "t" (not "beslutat", "godkänt").
_STRONG_PAST = rule(
    "decision.strong_past",
    r"[eiouyåäö]ts?$",
    matches=("beslöt", "beslöts", "lät"),
    not_matches=("beslutat", "godkänt", "beslutar"),
    flags=0,
)


def _finite(form: str, lemma: str) -> bool:
    """Whether a form of ``lemma`` is finite: present or past, active or passive.

    A strong past ("beslöt", "beslöts") shares no stem with the infinitive and keeps its "t".

    >>> [f for f in ("beslutar", "beslöt", "beslöts", "beslutades", "beslut", "beslutat") if _finite(f, "besluta")]
    ['beslutar', 'beslöt', 'beslöts', 'beslutades']
    >>> [f for f in ("utsågs", "utsedd", "utses", "uppdrag") if _finite(f, "utse" if f[1] == "t" else "uppdra")]
    ['utsågs', 'utses']
    """
    stem = lemma[:-1] if lemma.endswith("a") else lemma
    if form in (lemma, stem, lemma + "g"):  # the infinitive, the imperative, a noun ("uppdrag")
        return False
    if form.startswith(lemma) and form[len(lemma) :] in ("r", "s", "de", "des"):  # "överlämnas", "överlämnade"
        return True
    if not form.endswith(_INFINITE_ENDINGS):
        return True
    strong = not form.startswith(lemma[: max(3, len(lemma) - 2)])
    return strong and _STRONG_PAST.search(form) is not None


def finite_forms(*lemmas: str) -> tuple[str, ...]:
    """The finite forms of these lemmas, longest first."""
    found = {form for lemma in lemmas for form in forms(lemma) if _finite(form, lemma)}
    return tuple(sorted(found, key=lambda f: (-len(f), f)))


# "Justera" decides in the present only ("Paragrafen justeras omedelbart"): its past records the signing done
# ("Paragraf 93 justerades omedelbart", a protocol's note), where a decision to adjust says "förklarades justerad".
_RECORDED = frozenset(form for form in finite_forms("justera") if form.endswith(("de", "des")))
_FINITE = "|".join(form for form in finite_forms(*DECIDING_LEMMAS) if form not in _RECORDED)
# Re-remitted, under-remitted: a deciding verb's compounds ("återremitteras", "underremitteras").
_COMPOUND = "|".join(form for form in finite_forms("remittera") if len(form) >= 6)
# The words that show the verb is not the main clause's: a subordinate clause, a perfect, a modal before it.
_NOT_BEFORE_VERB = (
    r"att|som|om|när|då|eftersom|sedan|innan|där|vilket|vilka|men|har|hade|ska|skall|kan|kunde|får|fick|bör|"
    r"borde|skulle|måste|vill|ville|kommer"
)
# What a body declares answered or adjusted, named right after "förklarar": a question, an interpellation, a motion,
# a paragraph ("förklarar interpellationen besvarad", "förklarade § 12 omedelbart justerad"); no remiss.
_DECLARED = r"(?:interpellation(?:en|erna)|fråg(?:an|orna)|motion(?:en|erna)|paragraf(?:en|erna)|§\s*\d+)"
# Right after the verb, a date: what a body decided on an earlier day is history.
_WHEN = (
    rf"\s+(?:den\s+\d|{ISO_DATE_SHAPE}|\d{{1,2}}\s+{MONTH}|i\s+{MONTH}|år\s+\d{{4}}|"
    r"vid\s+(?:sitt|ett)\s|tidigare|redan)"
)
# Filing and minuting decide with their object's place: "Anmälan lades till handlingarna.", "Nämnden lägger
# anmälan till handlingarna.", "Nämnden antecknade informationen till protokollet." ("Informationen antecknades."
# alone notes it, "lade fram" presents; is_deciding keeps the filing of reported decisions and closed matters,
# _REPORTED, and the minuting of information by a board, _MINUTED). Between "antecknade" and "till protokollet" at
# most a few words, never "följande" nor an "att"-clause: a member's note ("Anna Ek (V) antecknade följande till
# protokollet") is no decision.
_FILED = (
    rf"(?:lägger|läggs|lade|lades)(?=\s(?:[^.;:!?]*\s)?till\s+handlingarna\b(?!{_WHEN}))|"
    r"(?:antecknar|antecknas|antecknade|antecknades|noterar|noteras|noterade|noterades)"
    rf"(?=\s+(?:(?!(?:att|följande|som|och)\b)[\wåäöÅÄÖ-]+\s+){{0,4}}till\s+protokollet\b(?!{_WHEN}))"
)
# What a board files by deciding: the decisions reported to it under delegation ("Anmälan läggs till handlingarna",
# "Redovisningen av delegeringsbeslut lades till handlingarna", "Anmälda ärenden"), and a matter it closes
# ("Motionen läggs till handlingarna", "Ärendet läggs till handlingarna utan åtgärd"); a report or a protocol filed
# is information noted.
_REPORTED = rule(
    "deliberation.reported_decisions",
    r"\b(?:anmälan|anmälningarna|anmälningsärenden(?:a)?|anmälda?|(?:delegations|delegerings)(?!ordning)\w*|"
    r"motion(?:en|erna)|ärendet|ärendena|medborgarförslag(?:et|en)|skrivelsen|skrivelserna)\b",
    matches=(
        "Anmälan lades till handlingarna.",
        "Redovisningen av delegationsbeslut läggs till handlingarna.",
        "Delegeringsbesluten läggs till handlingarna.",
        "Anmälda ärenden läggs till handlingarna.",
        "Motionen läggs till handlingarna.",
        "Ärendet läggs till handlingarna utan åtgärd.",
    ),
    not_matches=(
        "Styrelsen lade rapporten till handlingarna.",
        "Protokollet lades till handlingarna.",
        "Informationen läggs till handlingarna.",
        "Delegationsordningen lades till handlingarna.",
    ),
)
# What a board minutes by deciding: information, a report, a reporting, the decisions reported to it; or any
# object when a board minutes it ("Nämnden antecknade närvaron till protokollet"), never a member or a party.
_MINUTED = rule(
    "deliberation.minuted",
    r"^\s*(?:[\wåäöÅÄÖé-]+\s+){0,3}?[\wåäöÅÄÖé-]*(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen)\s*$|"
    r"\b(?:information(?:en)?|redovisning(?:en|arna)|\w*rapport(?:en|erna)|anmälan|anmälningarna|"
    r"(?:delegations|delegerings)beslut(?:en)?)\b",
    matches=(
        "Nämnden",
        "Kultur- och fritidsnämnden",
        "Informationen",
        "Nämnden noterar informationen till protokollet.",
    ),
    not_matches=("Anna Ek (V)", "Ledamöterna för Moderaterna", "Sekreteraren", "Sekreteraren antecknade närvaron"),
)
# The verb phrase: a finite deciding verb, "får i uppdrag", "anses besvarad", "förklaras omedelbart justerad".
_VERB = (
    rf"(?:{_FINITE}|\w+(?:{_COMPOUND}))|{_FILED}|(?:får|fick|ges|gavs)\s+i\s+uppdrag|"
    r"(?:anses|ansågs|förklaras|förklarades)\s+(?:\w+\s+)?(?:besvarad|besvarade|bifallen|avslagen|justerad|avslutad)|"
    rf"(?:förklarar|förklarade)\s+{_DECLARED}\s+(?:omedelbart\s+)?(?:besvarad|besvarade|justerad|justerade)\b|"
    r"(?:(?<=^interpellationen\s)|(?<=^frågan\s))(?:är|anses\s+vara)\s+(?:därmed\s+)?besvarad(?=\s*\.?\s*$)"
)

# A sentence that opens with when it happened tells what was decided before: "I mars 2024 beslutade nämnden …".
_SINCE = rf"(?:i|den|under|år|efter|inför|sedan|redan)\s+(?:\d|{MONTH}|(?:\w+\s+)?(?:19|20)\d\d\b)"

DECIDING_SENTENCE = rule(
    "deliberation.deciding_sentence",
    rf"^\s*(?!{_SINCE})(?P<subject>(?:(?:till\s+)?att\s+)?(?:(?!\b(?:{_NOT_BEFORE_VERB})\b)[^.:;!?]){{2,120}}?)\s+"
    rf"(?P<verb>{_VERB})\b(?!{_WHEN})(?!\s+av\s)",
    matches=(
        "Ledamoten Fredrik Sjöblom (S) utsågs att jämte ordföranden justera dagens protokoll.",
        "Nämnden utser Eva Ek (M) att justera protokollet.",
        "Budgetuppföljningen per april godkänns och överlämnas till kommunstyrelsen.",
        "Styrelsen beslöt att fastställa sammanträdestiderna.",
        "Motionen återremitteras till kommunstyrelsen.",
        "Remissen underremitteras till Stockholm Vatten och Avfall AB.",
        "Verkställande direktören får i uppdrag att sammanställa yttrandena.",
        "Motionen anses besvarad.",
        "Till ordförande valdes Lena Holm (C).",
        "Nämnden antog förvaltningens förslag till yttrande.",
        "Kultur- och fritidsnämnden beviljar föreningen bidrag med 50 000 kronor.",
        "Att jämte ordföranden justera dagens protokoll utsågs Lena Ek (S).",
        "Sammanträdestiderna för 2026 fastställs.",
        "Ärendet bordläggs till nästa sammanträde.",
        "Paragrafen justeras omedelbart.",
        "Paragraf 93 förklarades omedelbart justerad.",
        "Till att jämte ordföranden justera dagens protokoll utsågs Leila Moradi.",
        "Till att justera protokollet valdes Per Ek (M).",
        "Kommunfullmäktige förklarar interpellationen besvarad.",
        "Nämnden förklarade paragrafen omedelbart justerad.",
        "Frågan är besvarad.",
        "Interpellationen är därmed besvarad.",
        "Anmälan lades till handlingarna.",
        "Stadsdelsnämnden lägger anmälan av delegationsbeslut till handlingarna.",
        "Anmälningarna läggs till handlingarna.",
        "Nämnden antecknade informationen till protokollet.",
        "Informationen antecknas till protokollet.",
        "Nämnden noterar informationen till protokollet.",
        "Delegeringsbesluten läggs till handlingarna.",
    ),
    not_matches=(
        "Kommunfullmäktige beslutade den 24 april 2025, § 38, att överlämna motionen till kommunstyrelsen.",
        "Nämnden har beslutat att remittera ärendet.",
        "Verkställande direktören föreslår att remissen underremitteras till dotterbolagen.",
        "Ordföranden fann att styrelsen avslog tilläggsyrkandet.",
        "Planen antas av kommunfullmäktige i december.",
        "Handlingsplanen har tagits fram av miljöförvaltningen.",
        "Informationen antecknades.",
        "Styrelsen ska godkänna årsredovisningen.",
        "Protokollet anmäldes som justerat.",
        "Kommunstyrelsen beslutade i mars att ge nämnderna i uppdrag att yttra sig.",
        "I mars 2024 beslutade nämnden att ge förvaltningen i uppdrag att utreda frågan.",
        "Den 3 maj antogs planen av fullmäktige.",
        "Paragraf 93 justerades omedelbart.",
        "Protokollet justerades den 1 oktober.",
        "Till att börja med har nämnden beslutat att remittera ärendet.",
        "Ordföranden förklarar sammanträdet öppnat.",
        "Ordföranden förklarar interpellationsdebatten avslutad.",
        "Remissen är besvarad av förvaltningen.",
        "Frågan är inte besvarad.",
        "Kommunstyrelsen förklarade den 3 mars interpellationen besvarad.",
        "Kommunstyrelsen förklarade i mars interpellationen besvarad.",
        "Nämnden förklarar remissen besvarad.",
        "Den frågan är besvarad i utredningen.",
        "Frågan är besvarad genom nämndens beslut i mars.",
        "Förvaltningen lade fram ett förslag till handlingsplan.",
        "Förvaltningen föreslår att anmälan läggs till handlingarna.",
        "Nämnden antecknade att förvaltningen återkommer.",
        "Rapporten lades till handlingarna den 3 mars.",
        "Anna Ek (V) antecknade följande till protokollet.",
        "Nämnden antecknade att Lars Berg (M) inte deltog i beslutet och att detta skulle föras till protokollet.",
    ),
)
# A motion, not a decision: "X (S) yrkar bifall", "yrkade avslag", "tilläggsyrkande", "Enligt yrkande från M:".
MOTION = rule(
    "deliberation.motion",
    r"\byrka(?:r|de|t)?\s+(?:bifall|avslag|att|på|återremiss|ändring|tillägg)|"
    r"\b(?:tilläggs|ändrings|mot|återremiss|avslags|bifalls)yrkande\w*|^enligt\s+[^.]*\byrkande\b",
    matches=(
        "Jonas Frisk (C) och Ellen Kask (MP) yrkar bifall till arbetsutskottets förslag.",
        "Anna Berg (M) yrkade avslag på förslaget.",
        "Sanna Ljung (S) yrkar att ärendet återremitteras.",
        "Ordföranden fann att styrelsen avslog tilläggsyrkandet.",
        "Enligt yrkande från M, L och C:",
    ),
    not_matches=("Nämnden godkänner yttrandet.", "Nämnden avslår yrkandet om ersättning för resekostnader."),
    explains_cue=True,
)
# The chair puts the motions and finds what was decided; a vote is counted.
PUTTING = rule(
    "deliberation.putting",
    r"\bställ(?:er|de|t|s)?\s+(?:[^.]{0,80}?\s)?(?:proposition\b|mot\s)|\bpropositionsordning\b|"
    r"\b(?:finner|fann)\s+att\b|\bvotering\b|\bomröstning\b|\bja-röst|\bnej-röst|\bröstade\b",
    matches=(
        "Ordföranden ställer proposition på förslagen och finner att nämnden beslutar enligt förvaltningens förslag.",
        "Ordföranden ställer förvaltningens förslag mot Rasmus Tengs (SD) ändringsyrkande.",
        "Ordföranden fann att styrelsen avslog tilläggsyrkandet.",
        "Votering begärs.",
        "Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen att ärendet ska avgöras i dag.",
    ),
    not_matches=("Nämnden beslutar enligt förvaltningens förslag.", "Ärendet ställs in."),
    explains_cue=True,
)
# Who gets the decision: a distribution list's label, never a referral or a decision.
DISTRIBUTION = rule(
    "deliberation.distribution",
    r"^(?:beslutet|protokollet|protokollsutdraget|protokollsutdrag|utdraget|utdrag|paragrafen)\s+(?:ska\s+)?"
    r"(?:skickas|sänds|expedieras|delges|översänds|expedieras)(?:\s+till)?\b|"
    r"^(?:expedieras|expediering|sändlista|delges|för\s+kännedom(?:\s+till)?|kopia\s+till|beslutet\s+till|"
    r"(?:protokolls)?utdrag\s+till)\s*(?::|$|till\b)",
    matches=(
        "Beslutet skickas till",
        "Expedieras till",
        "Beslutet expedieras till: Kommunstyrelsen, Byggnadsnämnden",
        "Expedieras",
        "Protokollsutdrag skickas till kommunstyrelsen",
        "För kännedom: Miljöförvaltningen",
    ),
    not_matches=(
        "Yttrandet översänds till kommunstyrelsen.",
        "Beslutet justeras omedelbart.",
        "Motionen skickas till kulturnämnden för yttrande.",
    ),
    explains_cue=True,
)
# The outcome's basis, set before the decision: "Enligt yrkande från M, L och C:", "Enligt förvaltningens förslag:".
BASIS = rule(
    "deliberation.basis",
    r"^enligt\s+(?:[\w,]+\s+){0,6}?(?:yrkande|förslag)\b[^.]*:$",
    matches=("Enligt yrkande från M, L och C:", "Enligt förvaltningens förslag:"),
    not_matches=("Enligt förslaget antas planen.", "Nämnden beslutar enligt förvaltningens förslag."),
    explains_cue=True,
)

# The basis of a decision taken under delegation, stated under it as its signing formula: no point of its own.
DELEGATION_BASIS = rule(
    "deliberation.delegation_basis",
    r"^(?:detta\s+)?beslut(?:et)?\s+(?:fattas|fattades|har\s+fattats|är\s+fattat|tas|togs|har\s+tagits)\s+"
    r"(?:[^.]{0,60}?\s)?(?:med\s+stöd\s+av|enligt|i\s+enlighet\s+med|på|efter)\s+[^.]{0,80}?delegation",
    matches=(
        "Beslutet fattas med stöd av stadsdelsnämndens delegationsordning, avsnitt 2 punkt 2.7.",
        "Beslutet har fattats med stöd av nämndens delegationsordning punkt 4.2.",
        "Detta beslut är fattat enligt delegation från kulturnämnden.",
        "Beslutet fattades på delegation av förvaltningschefen.",
        "Beslut har fattats av avdelningschefen med stöd av kommunstyrelsens delegationsordning.",
    ),
    not_matches=(
        "Beslutet fattas av nämnden den 10 juni.",
        "Nämnden beslutar att ändra delegationsordningen.",
        "Beslutet fattas med stöd av kommunallagen.",
        "Delegationsordningen revideras.",
    ),
    explains_cue=True,
)


def is_deciding(sentence: str) -> bool:
    """A sentence that decides: its main verb a deciding one, neither a motion nor the chair putting it.

    >>> is_deciding("Kommunstyrelsen utser Sanna Ljung (S) att justera dagens protokoll.")
    True
    >>> is_deciding("Ordföranden ställer proposition och finner att nämnden utser Eva Ek (S).")
    False
    >>> [is_deciding(s) for s in ("Anmälan lades till handlingarna.", "Styrelsen lade rapporten till handlingarna.")]
    [True, False]
    """
    found = DECIDING_SENTENCE.match(sentence)
    if found is None or MOTION.search(sentence) or PUTTING.search(sentence):
        return False
    verb = found.group("verb")
    if verb.startswith(("lägg", "lade")):
        return _REPORTED.search(sentence) is not None
    if verb.startswith(("anteckn", "noter")):
        noted = sentence[found.end() :].lower().partition("till protokollet")[0]  # the object, before its place
        return _MINUTED.match(found.group("subject")) is not None or _MINUTED.search(noted) is not None
    return True


def not_a_point(text: str) -> bool:
    """A paragraph that, even in a decision section, is no point: a motion, the chair's putting, the basis, the
    delegation a decision is taken under."""
    stripped = text.strip()
    basis = BASIS.match(stripped) or DELEGATION_BASIS.match(stripped)
    return bool(MOTION.search(text) or PUTTING.search(text) or basis)
