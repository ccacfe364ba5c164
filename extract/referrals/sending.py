"""What a send verb sends: a referral, the document's own answer or decision, a copy for information, or nothing.

"Ärendet remitteras till A" and "Förslaget skickas på remiss till B" are referrals; "Remissvaret skickas till
registraturen" and "överlämnar det som kommunens svar" send the document's own answer; "Remissen skickas för
kännedom till C" asks nothing; "skickar fakturan till" has no remiss about it. A purpose phrase after the thing
sent ("remittera programförslaget för yttrande till X") is no thing sent.
"""

from __future__ import annotations

from typing import Literal

from atgard.extract.referrals.clauses import Clause
from atgard.extract.referrals.passing_on import passes_on
from atgard.extract.rules import rule

SentKind = Literal["request", "own_answer", "information", "none"]

# A clause about the matter going out on remiss: what makes "skicka", "översända", "överlämna" a referral.
_ON_REMISS = rule(
    "referral.on_remiss",
    r"\bremiss\w*|\bför\s+(?:yttrande|synpunkter|svar|besvarande|kommentarer|samråd|ställningstagande)\b|"
    r"\byttra\s+sig\b|\bsynpunkter\b",
    matches=("Ärendet har översänts till A för yttrande", "Remissen underremitteras", "skickats på remiss till"),
    not_matches=("Fakturan skickas till ekonomiavdelningen.", "Beslutet skickas till kommunstyrelsen för kännedom."),
)
# What is sent, when it is the document's own answer or decision: "Remissvaret skickas", "Beslutet skickas till".
_OWN_THING = rule(
    "referral.own_thing",
    r"\b(?:remiss?)?svar(?:et|en)?\b|\byttrande(?:t|na)?\b|\bbeslut(?:et)?\b|\bprotokoll\w*|\bparagraf(?:en)?\b|"
    r"\butdrag\w*|\btjänsteutlåtande(?:t)?\b|\b(?:tjänste)?skrivelse(?:n)?\b",
    matches=(
        "Remissvaret",
        "Beslutet",
        "Nämndens yttrande",
        "Protokollsutdrag",
        "fritidsförvaltningens tjänsteskrivelse",
    ),
    not_matches=("Remissen", "Ärendet", "Förslaget", "Rapporten"),
    explains_cue=True,
)
# A purpose phrase after the thing sent: "remittera programförslaget för yttrande till X" sends the proposal, not
# an yttrande; the phrase is dropped before the thing is judged ("överlämnar yttrandet för kännedom" stays own).
_PURPOSE = rule(
    "referral.purpose_phrase",
    r"\s+för\s+(?:eventuell(?:t|a)?\s+)?(?:yttrande|synpunkter|kännedom|svar|besvarande|kommentarer|"
    r"ställningstagande|beredning)(?:\s+(?:och|samt)\s+(?:yttrande|synpunkter|kännedom|svar|kommentarer))?\b",
    matches=(
        "programförslaget för yttrande",
        "förslaget för synpunkter och yttrande",
        "rapporten för eventuella synpunkter",
        "handlingarna för kännedom",
    ),
    not_matches=("programförslaget", "yttrandet om förslaget", "förslaget för äldre"),
)
# "... som svar på remissen", "... som kommunens svar": what goes on is an answer.
_AS_ANSWER = rule(
    "referral.as_answer",
    r"\bsom\s+(?:\w+\s+){0,2}svar\b",
    matches=("överlämnar det till departementet som kommunens svar", "som svar på remissen"),
    not_matches=("som har svarat",),
    explains_cue=True,
)
# What an active send verb sends, named by a pronoun: the thing named before the verb in its clause.
_PRONOUN_OBJECT = rule(
    "referral.pronoun_object",
    r"^\s*(?:det|detta|den|denna|dem|dessa)\b",
    matches=(" det", " detta vidare", " dem"),
    not_matches=(" rapporten", " detaljplanen"),
)
# A copy sent for information only: its bodies are asked for nothing ("Remissen skickas för kännedom till X").
_FOR_INFORMATION = rule(
    "referral.for_information",
    r"^(?!.*\b(?:yttra\w*|yttrande\w*|synpunkter|svar\w*|redovisa\w*)\b).*\bför\s+kännedom\b",
    matches=("Remissen skickas till socialnämnden för kännedom.", "Ärendet har skickats för kännedom till X."),
    not_matches=("Remissen skickas till A för yttrande och till B för kännedom.",),
    explains_cue=True,
)


def sent_kind(clause: Clause, sentence: str) -> SentKind:
    """What a send verb's clause is: the document's own answer or decision sent on, a copy for information, a
    referral (the matter sent on remiss), or nothing (a send with no remiss about it)."""
    cue = clause.cue
    assert cue is not None
    if cue.lemma == "expediera":
        return "own_answer"  # a protocol's distribution list
    thing = clause.subject if cue.voice == "passive" else sentence[cue.word.end : clause.end].split(" till ")[0]
    said = sentence[cue.word.start : clause.end]
    if _PRONOUN_OBJECT.match(thing):  # "godkänner tjänsteutlåtandet som svar på remissen och överlämnar det"
        thing = said = sentence[clause.start : clause.end]
    if _OWN_THING.search(_PURPOSE.sub("", thing)) or _AS_ANSWER.search(said):
        return "own_answer"
    if _FOR_INFORMATION.search(sentence):
        return "information"
    lead, sending = sentence[clause.start : cue.word.start], sentence[cue.word.start : clause.end]
    if cue.lemma != "remittera" and not _ON_REMISS.search(sentence) and not passes_on(lead, sending, sentence):
        return "none"
    return "request"
