"""The sentences by which a body gives its answer to a referral, told from the ones that only speak of one.

A body answers in the present or in what it is to do: "Stadsdelsnämnden godkänner (och åberopar)
förvaltningens tjänsteutlåtande som svar på remissen", "att anta förslaget till yttrande som nämndens svar
till kommunstyrelsen", "Kommunstyrelsen besvarar remissen med …", "Yttrandet godkänns och översänds till
departementet". The same words in the past ("har godkänt", "beslutade att godkänna"), in a motion or a
reservation ("yrkar att …"), or as a task given to others ("ska lämna yttrande senast …", "uppdrar åt …")
are history or instructions, not the document's answer. The verbs are read by lemma (extract/lemmas.py):
every present, infinitive and present-passive form of each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from atgard.extract.lemmas import forms
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    ANSWER_ABOUT,
    BOARD_DEFINITE,
    BOARD_WORD,
    DIRECTING,
    OFFICE_WORD,
    REMITTED_PAPER,
    fragment,
)

# "Avstår" and an adverb that leaves it whole before "från att yttra sig": "Stockholms Hamn AB avstår därför från
# att yttra sig", "Nämnden avstår härmed från …" (no negation nor hedge: "avstår dock" is followed by a reservation).
ABSTAIN = fragment(
    "answer.abstain",
    r"avstå(?:r)?(?:\s+(?:därför|härmed|således|alltså|därmed))?\s+från",
    matches=("avstår från", "avstår därför från", "avstå härmed från"),
    not_matches=("avstår inte från", "avstod från"),
)


def present_forms(*lemmas: str) -> tuple[str, ...]:
    """The forms of verbs that speak of now or of what is to be done: infinitive, present, present passive.

    >>> present_forms("godkänna"), present_forms("anta")
    (('godkännas', 'godkänner', 'godkänna', 'godkänns'), ('antar', 'antas', 'anta'))
    >>> "godkänts" in present_forms("godkänna"), "beslöt" in present_forms("besluta")
    (False, False)
    """
    found: set[str] = set()
    for lemma in lemmas:
        made = {lemma, lemma + "r", lemma + "s", lemma[:-1] + "er", lemma[:-1] + "s"}
        found |= made & set(forms(lemma))
    return tuple(sorted(found, key=lambda form: (-len(form), form)))


def _words(found: tuple[str, ...], prefix: str = "") -> str:
    return rf"\b{prefix}(?:{'|'.join(found)})\b"


# Giving an answer: approving, adopting, invoking, sending on ("överlämnar", "översänds"), answering.
_ANSWERING = _words(present_forms("godkänna", "anta", "åberopa", "avge", "besvara", "lämna", "sända"), "(?:över)?")
# Sending the answer on or adopting it, in the passive: "Yttrandet godkänns och översänds".
_ANSWERED = _words(
    tuple(f for f in present_forms("godkänna", "anta", "åberopa", "avge", "sända", "lämna") if f.endswith("s")),
    "(?:över)?",
)
# What makes a sentence no answer of the document's own: a motion or a reservation, a task given to
# others, a deadline, a decision taken before.
_NOT_OWN = (
    r"^(?!.*\b(?:yrka\w*|yrkande\w*|reserver\w*|uppdrag\w*|uppdra\w*|uppmana\w*|ombe\w*|anmoda\w*|"
    r"senast|beslutade|beslöt|beslutat)\b)"
)
# Words before the answering verb, none of them a modal that makes it a task ("Nämnderna ska lämna …"); a
# modal after it qualifies what the answer says ("… med den ändringen att kommunen ska kunna …").
_NO_MODAL = rf"(?:(?!\b(?:{DIRECTING})\b)[^.;])"

# "… som svar på remissen", "… som nämndens svar till kommunstyrelsen", "… som sitt yttrande över remissen".
AS_ANSWER = rule(
    "answer.as_answer",
    r"\bsom\s+(?:[\wåäö-]+\s+){0,3}(?:svar\s+(?:(?:på|över)\s+(?:\w+\s+){0,2}remiss(?:en)?|till)|"
    r"(?:yttrande|remissvar|remissyttrande)\s+(?:på|över|till|i)\b)",
    matches=(
        "Trafiknämnden godkänner kontorets tjänsteutlåtande som svar på remissen.",
        "Tjänsteutlåtandet översänds till kommunstyrelsen som stadsdelsnämndens svar på remissen.",
        "Trafiknämnden beslutar att som svar på remissen överlämna och åberopa kontorets tjänsteutlåtande.",
        "Nämnden överlämnar tjänsteutlåtandet som svar på kommunstyrelsens remiss.",
        "Nämnden godkänner förvaltningens förslag som sitt yttrande över remissen.",
        "att anta förvaltningens förslag till yttrande, daterat 2025-08-28, som nämndens svar till kommunstyrelsen,",
        "att överlämna stadskontorets tjänsteskrivelse som Malmö stads yttrande över Region Skånes förslag",
        "Nämnden antar tjänsteskrivelsen som yttrande i ärendet.",
    ),
    not_matches=("Svaren ska ha inkommit senast den 15 mars.", "som svar på frågan om tillgänglighet"),
)
# A sentence of the document's own that gives its answer: an answering verb now, with "som svar …".
GIVES_ANSWER = rule(
    "answer.gives_answer",
    rf"{_NOT_OWN}(?={_NO_MODAL}*?{_ANSWERING}).*{AS_ANSWER.source}",
    matches=(
        "Stadsdelsnämnden godkänner och åberopar tjänsteutlåtandet som svar på remissen.",
        "Förslag till beslut: Socialnämnden godkänner förvaltningens tjänsteskrivelse som svar på remissen.",
        "Nämnden överlämnar tjänsteutlåtandet som nämndens svar till kommunstyrelsen.",
        "att anta förslaget till yttrande som kulturnämndens svar på remissen",
        "Styrelsen för AB Stockholmshem godkänner bolagets förslag som sitt yttrande över remissen.",
    ),
    not_matches=(
        "Trafiknämnden har godkänt kontorets tjänsteutlåtande som svar på remissen.",
        "Nämnden beslutade den 12 mars att godkänna tjänsteutlåtandet som svar på remissen.",
        "Kulturnämnden godkände förvaltningens förslag som svar på remissen.",
        "Nämnderna ska lämna sina yttranden som svar på remissen senast den 1 mars.",
        "Anna Berg (V) yrkar att nämnden godkänner tjänsteutlåtandet som svar på remissen med tillägg.",
    ),
)
# The answer the letter itself goes on to give: "Kommunstyrelsen har behandlat ärendet … och lämnar följande
# yttrande", "Nämnden lämnar härmed följande synpunkter", "Bolaget avger följande remissvar" (the present: the
# letter's own; not "Nämnden lämnade följande synpunkter", nor a task "Nämnderna ska lämna följande uppgifter").
GIVES_FOLLOWING = rule(
    "answer.gives_following",
    rf"{_NOT_OWN}{_NO_MODAL}*?(?:\b(?:lämnar|avger)\s+(?:härmed\s+|därför\s+)?(?:följande|nedanstående)\s+"
    r"(?:yttrande|synpunkter|remissvar|svar|kommentarer)\b|"
    r"^(?:härmed\s+)?(?:lämnas|avges)\s+(?:härmed\s+)?följande\s+(?:yttrande|synpunkter|remissvar|svar)\b|"  # passive
    r"^(?:följande|nedanstående)\s+(?:yttrande|synpunkter|remissvar|svar)\s+(?:lämnas|avges)\b)",
    matches=(
        "Kommunstyrelsen har behandlat ärendet vid sitt sammanträde den 21 september 2027, § 214, och lämnar följande "
        "yttrande.",
        "Nämnden lämnar härmed följande synpunkter.",
        "Bolaget avger följande remissvar över promemorian.",
        "Regionen lämnar nedanstående synpunkter på betänkandet.",
        "Härmed lämnas följande yttrande.",  # the passive
        "Följande synpunkter lämnas på promemorian.",
    ),
    not_matches=(
        "Nämnden lämnade följande synpunkter.",
        "Nämnderna ska lämna följande synpunkter senast den 1 mars.",
        "Kulturnämnden lämnar följande uppgifter om verksamheten.",
        "Anna Berg (V) yrkar att nämnden lämnar följande yttrande.",
        "Trafiknämnden har i sitt yttrande lämnat följande synpunkter.",
        "I remissen lämnas följande förslag.",
    ),
)
# "Kommunstyrelsen besvarar remissen med …", "Remissen besvaras med hänvisning till tjänsteutlåtandet".
ANSWERS_REMISS = rule(
    "answer.answers_remiss",
    rf"{_NOT_OWN}{_NO_MODAL}*?(?:{_words(present_forms('besvara'))}\s+(?:\w+\s+){{0,2}}remiss(?:en)?\b|"
    rf"(?<!\bom\s)\bremiss(?:en)?\s+{_words(present_forms('besvara'))})",  # not "Frågor om remissen besvaras av …"
    matches=(
        "Kommunstyrelsen besvarar remissen med hänvisning till vad som anförs i tjänsteutlåtandet.",
        "Remissen besvaras med hänvisning till förvaltningens tjänsteskrivelse.",
        "att besvara remissen i enlighet med förvaltningens förslag",
    ),
    not_matches=(
        "Nämnden besvarade remissen den 3 mars.",
        "Stadsdelsnämnderna ska besvara remissen senast den 1 mars.",
        "Motionen besvaras med hänvisning till tjänsteutlåtandet.",
        "Frågor om remissen besvaras av kanslirådet Petra Malmqvist, telefon 08-405 22 61.",
    ),
)
# The answer as the subject, adopted or sent on in the passive: "Yttrandet godkänns och översänds",
# "Göteborgs Stads yttrande till departementet över promemorian X godkänns", "Förslaget till yttrande antas".
ANSWER_ADOPTED = rule(
    "answer.answer_adopted",
    rf"{_NOT_OWN}.*\b(?:yttrande(?:t)?|remissvar(?:et)?|remissyttrande(?:t)?|svar(?:et)?|"
    r"förslag(?:et)?\s+till\s+(?:\w+\s+){0,2}(?:yttrande|svar|remissvar))\b"
    rf"{_NO_MODAL}{{0,180}}?{_ANSWERED}",
    matches=(
        "Yttrandet godkänns och översänds till Justitiedepartementet.",
        "Göteborgs Stads yttrande över promemorian X godkänns, med den ändringen att kommunen ska kunna erbjuda kort.",
        "Förvaltningens förslag till yttrande antas och överlämnas till Region Skåne.",
        "Remissvaret avges enligt bilaga 2.",
    ),
    not_matches=(
        "Yttrandet godkändes och översändes till departementet den 3 maj.",
        "Nämndernas yttranden ska lämnas till kommunstyrelsen senast den 12 mars.",
        "Yttrandet ska godkännas av nämnden i maj.",
        "Yttrandet har godkänts elektroniskt och har därför inga handskrivna underskrifter.",
        "Inkomna yttranden sammanställs och överlämnas till kommunfullmäktige.",
    ),
)
# A decision point that gives the opinion asked for: the body's own verb, not a task given to others
# ("att ge nämnderna i uppdrag att lämna yttrande") nor a referral sent on ("remitterar ... för yttrande").
GIVES_OPINION = rule(
    "answer.gives_opinion",
    r"^(?!.*\b(?:uppdrag\w*|uppdra\w*|uppmana\w*|ombe\w*|anmoda\w*|remitter\w*|inbjud\w*)\b)"
    r"(?:\S+\s+){0,4}?(?:(?:beslutar|beslöt)\s+)?(?:att\s+)?"
    r"(?:(?:avge|avger|avgav|lämna|lämnar|anta|antar|godkänna|godkänner|överlämna|överlämnar)\s+(?:\S+\s+){0,3}?"
    r"(?:yttrande|yttrandet|remissvar|remissvaret|remissyttrande|svar(?:et)?\s+på\s+remissen)\b|"
    r"besvara(?:r|de)?\s+remissen\b|(?:till|av)styrk(?:a|er|te)\s+(?:\S+\s+){0,3}?(?:förslag\w*|remiss\w*)\b)",
    matches=(
        "att avge yttrande till Region Uppsala enligt ärendets bilaga 1,",
        "Kommunstyrelsen besvarar remissen med hänvisning till vad som anförs i detta tjänsteutlåtande.",
        "Kulturnämnden beslutar att anta förslag till yttrande.",
        "Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det till Justitiedepartementet.",
        "Nämnden överlämnar yttrandet till kommunstyrelsen.",
        "Stadsdelsnämnden godkänner förvaltningens förslag till svar på remissen.",
        "Stadsdelsnämnden Västra Hisingen tillstyrker förslaget till program för trygghet.",  # Göteborg's answer
        "att avstyrka förslaget i remissen",
    ),
    not_matches=(
        "Kommunstyrelsen remitterar rapporten till samtliga nämnder för yttrande.",
        "att uppmana samtliga nämnder att inkomma med yttrande",
        "att ge stadsdelsnämnderna i uppdrag att lämna yttrande över rapporten",
        "Motionen anses besvarad.",
        "Kommunstyrelsen uppdrar åt nämnderna att tillstyrka förslaget.",
        "Kommunstyrelsen beslutar att remittera rapporten och att nämnderna ska lämna yttrande senast 1 mars.",
    ),
)


# A letter's opening that thanks for the referral, the usual first words of a body's own remissvar: "Göteborg
# Energi AB tackar för möjligheten att lämna synpunkter på …", "Vi tackar för remissen och lämnar följande
# synpunkter", "Tack för möjligheten …", "Vi vill tacka för …". Now only: one that thanked before, or a thanks for
# taking part in a dialogue, gives no answer. Its subject (group ``subject``, else the pronoun after the verb,
# ``pronoun``) is read by ``thanks_for_referral``: a memo recounting another body's answer is no answer.
THANKS_FOR_REFERRAL = rule(
    "answer.thanks_for_referral",
    r"^(?P<subject>(?:\S+\s+){0,8}?)(?:(?:tackar|(?:vill|önskar)(?=\s+(?:\w+\s+){0,3}?tacka\b))\s+"
    r"(?:(?P<pronoun>vi|jag)\s+)?(?:(?!för\b)\w+\s+){0,3}?(?:tacka\s+)?|(?:(?:ett\s+)?(?:stort|varmt)\s+)?tack\s+"
    r"(?:så\s+mycket\s+)?)(?:\w+\s+){0,2}?för\s+(?:(?:möjligheten|tillfället|inbjudan)\s+att\s+(?:få\s+)?(?:lämna\s+"
    r"(?:\w+\s+)?(?:synpunkter|yttrande|svar|remissvar)|yttra\s+sig|svara|kommentera)|(?:den\s+)?remissen\b)",
    matches=(
        "Göteborg Energi AB tackar för möjligheten att lämna synpunkter på miljö- och klimatnämndens förslag.",
        "Vi tackar för remissen och lämnar följande synpunkter.",
        "Förbundet tackar för tillfället att få yttra sig över förslaget till trygghetsprogram.",
        "Bolaget tackar härmed för möjligheten att lämna sina synpunkter på planen.",
        "Hyresgästföreningen tackar för inbjudan att svara på remissen.",
        "Tack för möjligheten att lämna synpunkter på planen.",
        "Vi vill tacka för möjligheten att lämna synpunkter.",
        "Härmed vill vi tacka för remissen.",
        "Stort tack för möjligheten att yttra sig.",
    ),
    not_matches=(
        "Nämnden tackade för möjligheten att lämna synpunkter.",
        "Vi tackar för möjligheten att delta i dialogen om planen.",
        "Förvaltningen tackar alla som deltagit i arbetet.",
        "Vi vill tacka alla som deltagit i arbetet.",
    ),
)
# The subject a thanks is the document's own in any document: the writer ("vi", "jag"), none ("Tack för …"), or
# the body by its definite noun ("Bolaget", "Nämnden", "Förbundet").
_OWN_THANKS = rule(
    "answer.own_thanks",
    rf"^(?:(?:härmed|därför|inledningsvis|först)\s+)?(?:(?:vi|jag|{BOARD_DEFINITE}|stadsdelsnämnden|{OFFICE_WORD}|"
    r"bolaget|förbundet|föreningen|myndigheten|verket|regionen|kommunen|länsstyrelsen)\b.*)?$",
    matches=("", "Vi ", "Jag ", "Härmed ", "Bolaget ", "Vi på Göteborg Energi ", "Förbundet "),
    not_matches=("Göteborg Energi AB ", "Trafikverket ", "Kretsloppsnämnden "),
)


def thanks_for_referral(sentence: str, own: Sequence[str | None] | Callable[[], Sequence[str | None]] = ()) -> bool:
    """Whether a sentence is the document's own thanks for the referral: its subject the writer, the body by its
    noun, or one of the document's own bodies (``own``: its sender, its unit, the body it is signed for; read only
    for a subject by name); never another body's thanks that a memo recounts ("Göteborg Energi AB tackar för …" in
    a memo of the stadsmiljöförvaltningen).

    >>> thanks_for_referral("Göteborg Energi AB tackar för remissen.", ["Göteborg Energi AB"])
    True
    >>> thanks_for_referral("Göteborg Energi AB tackar för remissen.", ["Stadsmiljöförvaltningen"])
    False
    """
    found = THANKS_FOR_REFERRAL.search(sentence)
    if found is None:
        return False
    subject = " ".join(found.group("subject").split()).lower()
    if found.group("pronoun") or _OWN_THANKS.match(subject):
        return True
    names = own() if callable(own) else own
    return bool(subject) and any(name and _names_same(subject, name.lower()) for name in names)


def _names_same(subject: str, name: str) -> bool:
    """Whether a subject names a body: the one's words begin the other's ("göteborg energi" of "göteborg energi ab")."""
    return name.startswith(subject) or subject.startswith(name)


def gives_answer(sentence: str) -> bool:
    """Whether a sentence of the document gives the document's own answer (any sentence: strict).

    >>> gives_answer("Förslag till beslut: Stadsdelsnämnden godkänner tjänsteutlåtandet som svar på remissen.")
    True
    >>> gives_answer("Farsta stadsdelsnämnd har godkänt förvaltningens tjänsteutlåtande som svar på remissen.")
    False
    """
    return any(check.search(sentence) for check in (GIVES_ANSWER, ANSWERS_REMISS, ANSWER_ADOPTED, GIVES_FOLLOWING))


def decides_answer(point: str) -> bool:
    """Whether a decision point gives the opinion asked for (a point is the body's decision: broader)."""
    return any(check.search(point) for check in (AS_ANSWER, GIVES_OPINION, ANSWER_ADOPTED))


# The body the answer is decided for, where an official or a chair decides under delegation:
# "Detta yttrande har på kommunstyrelsens vägnar beslutats av kommunstyrelsens ordförande …".
ON_BEHALF_OF = rule(
    "answer.on_behalf_of",
    r"\bpå\s+(?P<body>(?:[\wåäöÅÄÖ&-]+\s+){0,2}?[\wåäöÅÄÖ&-]+?)s(?P<of>\s+för\s+[^,.;]+?)?\s+vägnar\b",
    matches=(
        "Detta yttrande har på kommunstyrelsens vägnar beslutats av kommunstyrelsens ordförande",
        "Beslut i ärendet har fattats på styrelsens för Stockholms Hamn AB vägnar",
        "på nämndens för teknik och fritid vägnar",
    ),
    not_matches=("Beslut i detta ärende har fattats av avdelningschefen Helena Strömqvist.",),
)
# The same said by the delegation the official decides under: "med stöd av regionstyrelsens delegationsordning",
# "enligt nämndens delegationsordning", "efter delegation från kommunstyrelsen" (a board's; not "från
# generaldirektören", a person's, whose agency answers for itself).
DELEGATED_BY = rule(
    "answer.delegated_by",
    r"\b(?:(?:med\s+stöd\s+av|enligt|i\s+enlighet\s+med)\s+(?P<owner>(?:[\wåäöÅÄÖ&-]+\s+){0,2}?[\wåäöÅÄÖ&-]+?)s\s+"
    r"delegation(?:sordning|sbeslut)?\b|\b(?:efter|på|genom)\s+delegation\s+(?:från|av)\s+"
    rf"(?P<body>(?:[\wåäöÅÄÖ&-]+\s+){{0,2}}?[\wåäöÅÄÖ&-]*{BOARD_WORD})\b)",
    matches=(
        "Yttrandet har beslutats av regionstyrelsens ordförande med stöd av regionstyrelsens delegationsordning.",
        "Beslutet har fattats av kommundirektören enligt kommunstyrelsens delegationsordning",
        "Ärendet har avgjorts efter delegation från miljö- och byggnämnden",
    ),
    not_matches=("har beslutats av chefen för verksamhetsområde Planering efter delegation från generaldirektören",),
)


# A body's decision to give no opinion on the remiss as a whole: "Kultur- och fritidsnämnden beslutar att inte
# lämna något yttrande över remissen", "att avstå från att yttra sig över förslaget", "Nämnden lämnar inget
# yttrande". The body's own record of its reply (the referral's status is then its account's, extract/answers.py);
# not a part ("över åtgärd 4", "i övrigt"), not a citizen's proposal or a motion ("över medborgarförslaget"), not a
# task given to others, a motion or a view ("har inga synpunkter på förslaget" answers, with none). What is read
# before the verb alone says whose it is: no "har", no motion or task there, and a past only as a protocol records
# its own decision, the verb right after its body ("Nämnden beslutade att avstå …"), not told with its time
# ("beslutade i mars att …"). After it, a reason may follow ("… då ärendet har begränsad betydelse"), or whose
# answer it refers to ("… utan hänvisar till stadsdelsnämnden").
_NOT_BEFORE_DECLINE = r"uppdrag\w*|uppdra\w*|yrka\w*|yrkande\w*|reserver\w*|beslutade|beslutat|beslöt|har|hade"
# The meeting a body's own decision was taken at, told in its own letter: "SKR:s förbundsstyrelse beslutade vid sitt
# sammanträde den 17 september 2027 att avstå …" ("sitt": the deciding body's own; "i mars" alone tells a history).
_AT_ITS_MEETING = r"(?:(?:vid|på)\s+sitt\s+sammanträde(?:\s+den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?)?\s+)"
DECLINES = rule(
    "answer.declines",
    rf"^(?:(?!\b(?:{_NOT_BEFORE_DECLINE})\b)\S+\s+){{0,5}}?(?:(?:beslutar|beslöt|beslutade)\s+{_AT_ITS_MEETING}?)?"
    r"(?:att\s+)?"
    r"(?:(?:kommer\s+(?:därför\s+)?inte\s+att\s+|inte\s+)(?:lämna|avge)\s+(?:något\s+|några\s+|ett\s+)?"
    r"(?:yttrande|svar|remissvar|synpunkter)|(?:kommer\s+(?:därför\s+)?inte\s+att\s+|inte\s+)yttra\s+sig|"
    rf"{ABSTAIN}\s+att\s+(?:yttra\s+sig|besvara\s+remissen|(?:lämna|avge)\s+(?:\w+\s+)?"
    r"(?:yttrande|synpunkter|svar|remissvar))|(?:lämnar|avger)\s+(?:inget|något)\s+(?:yttrande|svar|remissvar))"
    rf"(?:\s+(?:{ANSWER_ABOUT}|i)\s+(?:\w+\s+){{0,2}}?{REMITTED_PAPER}"
    r"(?:\s+(?:till|om|för|avseende)\s+[^,.;]*?)?)?"
    r"\s*(?:[.;]|$|,(?!\s*(?:men|dock|utom|förutom)\b)|"
    r",?\s*(?:eftersom|då(?!\s+det\s+gäller)|med\s+hänvisning|(?:utan|och)\s+hänvisar)\b)",
    matches=(
        "Kultur- och fritidsnämnden beslutar att inte lämna något yttrande över remissen.",
        "att avstå från att yttra sig över förslaget till handlingsplan,",
        "Nämnden lämnar inget yttrande över remissen.",
        "Styrelsen beslöt att inte yttra sig.",
        "Miljönämnden avstår från att lämna synpunkter på betänkandet.",
        "Nämnden föreslås besluta att inte avge något remissvar",
        "Nämnden beslutade att avstå från att yttra sig över remissen.",
        "att inte lämna något yttrande över remissen då ärendet har begränsad betydelse för nämnden.",
        "Nämnden kommer inte att yttra sig i ärendet.",
        "Styrelsen kommer därför inte att lämna något remissvar över förslaget.",
        "Nämnden kommer inte att yttra sig i ärendet utan hänvisar till stadsdelsnämnden.",
        "Stockholms Hamn AB avstår därför från att yttra sig över betänkandet.",
        "SKR:s förbundsstyrelse beslutade vid sitt sammanträde den 17 september 2027 att avstå från att lämna "
        "synpunkter på betänkandet.",
        "Styrelsen beslöt på sitt sammanträde att inte yttra sig.",
    ),
    not_matches=(
        "Nämnden beslutar att inte lämna något yttrande över åtgärd 4.",
        "Nämnden avstår från att yttra sig i övrigt.",
        "Kommunstyrelsen uppdrar åt nämnderna att inte lämna yttrande över remissen.",
        "Nämnden har inga synpunkter på förslaget.",
        "Nämnden beslutade i mars att inte lämna något yttrande.",
        "Nämnden beslöt den 3 mars att inte lämna något yttrande.",
        "I mars beslutade nämnden att avstå från att yttra sig.",
        "Nämnden beslutade vid sammanträdet i mars att inte lämna något yttrande.",
        "Nämnden har avstått från att yttra sig.",
        "Anna Berg (V) yrkar att nämnden avstår från att yttra sig över remissen.",
        "Stadsdelsnämnden beslutar att avstå från att yttra sig över medborgarförslaget.",
        "Nämnden avstår från att yttra sig över remissen, men har synpunkter på åtgärd 4.",
        "Nämnden avstår från att yttra sig då det gäller åtgärd 4.",
        "Nämnden kommer inte att yttra sig över åtgärd 9.",
        "Förvaltningen kommer inte att lämna synpunkter förrän planen är klar.",
        "Nämnden har kommit fram till att inte yttra sig.",
        "Kommunstyrelsen kommer inte att lämna något svar i ärendet förrän planen är klar.",
    ),
)


def declines_answer(point: str) -> bool:
    """Whether a decision point decides to give no opinion on the remiss: the body's reply all the same.

    >>> declines_answer("att avstå från att yttra sig över remissen"), declines_answer("att godkänna rapporten")
    (True, False)
    """
    return DECLINES.search(point) is not None


def may_decline(texts: Sequence[str]) -> bool:
    """Whether a clause of the texts (blocks, decision points) declines the remiss, untraced: a test that makes no
    item, run before the document's sentences are read (a rule that fires is recorded in the items' evidence).

    >>> may_decline(["Ärendet gäller klimatanpassning. Nämnden lämnar inget yttrande över remissen."])
    True
    >>> may_decline(["Nämnden har inga synpunkter på förslaget."])
    False
    """
    clauses = (clause for text in texts for clause in text.replace("; ", ". ").replace(": ", ". ").split(". "))
    return any(DECLINES.found_in(clause) for clause in clauses)


# A sentence that tells of the decline, its answer noun negated, and who took it or that it is reported: "Beslutet
# att inte lämna något remissvar har fattats av förvaltningschefen", "beslutet om att inte avge yttrande anmäls":
# no answer given. Not an earlier decline retold or changed ("har tidigare fattat beslutet att inte lämna …, men",
# "Beslutet att inte lämna yttrande … ändras").
_NO_ANSWER_GIVEN = rule(
    "answer.no_answer_given",
    r"\bbeslut(?:et)?\s+(?:om\s+)?att\s+(?:inte|ej)\s+(?:lämna|avge)\s+(?:något\s+|ett\s+)?(?:yttrande|remissvar|svar)\b"
    r"[^.;]{0,60}?\b(?:(?:har|hade)\s+(?:fattats|tagits)\s+av|(?:fattades|togs)\s+av|anmäls|anmäldes|har\s+anmälts)\b",
    matches=(
        "Beslutet att inte lämna något remissvar har fattats av förvaltningschefen",
        "beslutet om att inte avge yttrande anmäls till nämnden",
    ),
    not_matches=(
        "Yttrandet har beslutats av förvaltningschefen",
        "beslutet att lämna ett yttrande",
        "Nämnden har tidigare fattat beslutet att inte lämna något yttrande över planen, men lämnar nu synpunkter",
        "Beslutet att inte lämna yttrande i förra remissomgången ändras",
    ),
)


def declines_remiss(points: Sequence[str]) -> bool:
    """Whether a body's decision is to give no opinion at all: a point declines the remiss (``answer.declines``) and
    none gives an answer ("har inga synpunkter" answers, with none; a part declined is no decline).

    >>> declines_remiss(["Kultur- och fritidsnämnden beslutar att inte lämna något yttrande över remissen."])
    True
    >>> declines_remiss(["att avstå från att yttra sig över remissen", "att godkänna förslaget till yttrande"])
    False
    >>> declines_remiss(["Nämnden har inga synpunkter på förslaget."])
    False
    """
    declining = [point for point in points if declines_answer(point)]
    if not declining:  # no other rule is run: a rule that fires is recorded in the items' evidence
        return False
    others = [point for point in points if point not in declining and not _NO_ANSWER_GIVEN.search(point)]
    return not any(decides_answer(point) for point in others)
