"""The drafters' own preparation of a matter, which no referral is: opinions the office that prepares the document
gathered itself ("Förvaltningen har inhämtat synpunkter från X"), or gathered while the matter was worked out
("Synpunkter har under arbetets gång inhämtats från X"); and the views a body given a task is told to gather in doing
it ("Boverket ska också inhämta synpunkter från Sveriges Kommuner och Regioner", under "Regeringens beslut"). Opinions
gathered as such ("yttranden", "remissvar") are a remiss's, whenever they were gathered. Split from
extract/referrals/judge.py, which asks it of a recounted request.
"""

from __future__ import annotations

from atgard.extract.referrals.clauses import Clause
from atgard.extract.rules import rule
from atgard.extract.vocabulary import OFFICE_DEFINITE
from atgard.schema.contract import Referral

# Who prepares the document, as the subject of what it did to prepare it: opinions it gathered are no referral.
# An answering organisation names itself so too: "Kommunen har i sin tur inhämtat synpunkter från X".
_OWN_PREPARATION = rule(
    "referral.own_preparation",
    rf"^(?:{OFFICE_DEFINITE}|stadsdelsförvaltningen|vi|utredningen|utredaren|kommunen|regionen|staden|myndigheten|"
    r"bolaget|länsstyrelsen)$",
    matches=("Förvaltningen", "Kontoret", "Vi", "Utredningen", "Kommunen", "Regionen"),
    not_matches=("Kommunstyrelsen", "Stadshus AB", "Kulturnämnden", "Socialförvaltningen"),
)


# Views gathered while the matter was prepared, the work named as the time, in the passive with no one named or
# by those who drafted it: "Synpunkter har under arbetets gång inhämtats från X", "Under arbetets gång har
# kommissionen inhämtat underlag från X", "… inhämtats vid dialogmöten". A consultation of the drafters', no
# remiss; "Synpunkter på förslaget har inhämtats från X" (views on the finished proposal) and "Yttrande har
# begärts från X" stay recounted referrals. The time stands before the verb or a few words after it, in its clause
# ("…, som också medverkar i arbetet" is said of the bodies); "beredningen" is a remiss's time too ("Under
# beredningen har yttranden inhämtats från X"), and opinions gathered ("yttranden", "remissvar") are a remiss's.
_WHILE_PREPARED = (
    r"(?:under|i)\s+(?:arbetets\s+gång|(?:det\s+)?arbetet|framtagandet)|"
    r"i\s+samband\s+med\s+(?:framtagandet|arbetet)|vid\s+(?:\w+\s+)?(?:dialogmöten|möten|workshops?|samråd)"
)
_GATHERING = r"(?:inhämta(?:ts|des|t|de)|hämta(?:ts|des|t|de)\s+in)"
_GATHERED = rule(
    "referral.gathered_while_prepared",
    rf"\b(?:{_WHILE_PREPARED})\b.*?\b{_GATHERING}\b|\b{_GATHERING}(?:\s+[^\s,;]+){{0,3}}?\s+(?:{_WHILE_PREPARED})\b",
    matches=(
        "Synpunkter har under arbetets gång inhämtats från Stockholms Stadsmission",
        "Under framtagandet har synpunkter hämtats in från pensionärsrådet",
        "Synpunkter har inhämtats från föreningslivet vid två dialogmöten",
        "Under våren har synpunkter inhämtats vid dialogmöten med föreningslivet",
        "Synpunkter inhämtades i arbetet från brukarorganisationerna",
        "Under arbetets gång har kommissionen inhämtat underlag från bland andra SMHI",
    ),
    not_matches=(
        "Synpunkter på förslaget har inhämtats från Stockholms universitet och Södertörns högskola.",
        "Yttrande har begärts från stadsdelsnämnderna under våren",
        "Synpunkter ska inhämtas från socialnämnden under arbetet",
        "Under beredningen har yttranden inhämtats från kulturnämnden och idrottsnämnden",
        "Under processen har synpunkter inhämtats från kulturnämnden",
        "Synpunkter har inhämtats från kulturnämnden och idrottsnämnden, som också medverkar i arbetet",
        "Synpunkter har inhämtats från kulturnämnden och idrottsnämnden som också medverkar i arbetet",
    ),
)
# Opinions gathered, the subject or the object of the verb: a remiss's answers, whenever they were gathered.
_GATHERED_OPINIONS = rule(
    "referral.gathered_opinions",
    rf"\b(?:yttrande(?:n|na|t)?|remissvar(?:en)?)\s+(?:\w+\s+){{0,4}}?{_GATHERING}\b"
    rf"|\b{_GATHERING}\s+(?:\w+\s+){{0,2}}?(?:yttrande(?:n|na|t)?|remissvar(?:en)?)\b",
    matches=(
        "Yttranden har inhämtats från kulturnämnden",
        "Under arbetets gång har kommissionen inhämtat yttranden från SMHI",
        "remissvar har under våren hämtats in från",
    ),
    not_matches=("Synpunkter har under arbetets gång inhämtats från X inför yttrandet",),
)


# The office that prepared the matter, told as the subject of the views it gathered in doing so: "Stadsledningskontoret
# har berett ärendet och därvid inhämtat synpunkter från X" (its auxiliary before "berett" stands for both verbs).
_MATTER_PREPARED = rule(
    "referral.matter_prepared",
    rf"^(?:{OFFICE_DEFINITE}|[\wåäöÅÄÖ-]+(?:kontoret|förvaltningen))\s+har\s+(?:\w+\s+)?berett\s+"
    r"(?:ärendet|frågan|remissen|yttrandet)\s+(?:och|samt)(?:\s+(?:därvid|då|därigenom|i\s+samband\s+med\s+det(?:ta)?))?$",
    matches=(
        "Stadsledningskontoret har berett ärendet och därvid",
        "Förvaltningen har berett remissen och",
        "Socialförvaltningen har även berett frågan samt i samband med detta",
    ),
    not_matches=(
        "Kommunstyrelsen har berett ärendet och därvid",
        "Stadsledningskontoret har remitterat ärendet och",
        "Stadsledningskontoret har berett ärendet",
    ),
)


# A body asked that gathered views for its own answer, told in a relative clause after its name: "… samt till
# Stockholms Stadshus AB, som har inhämtat synpunkter från AB Familjebostäder" (the subject "som"; the remiss the
# sentence recounts is the referral).
_ASKED_BODY_GATHERED = rule(
    "referral.asked_body_gathered",
    r"^\s*som(?:\s+(?:i\s+sin\s+tur|därefter|sedan|också|även))?\s*$",
    matches=("som", "som i sin tur"),
    not_matches=("Förvaltningen", "som kontoret"),
)


def own_preparation(clause: Clause, sentence: str) -> bool:
    """Views the drafters gathered, told as done: their office as the subject, or gathered while the matter was
    prepared."""
    cue = clause.cue
    if _MATTER_PREPARED.match(clause.subject.strip()):
        return not _GATHERED_OPINIONS.search(sentence, clause.start, clause.end)
    if not clause.recounted:
        return False
    if _OWN_PREPARATION.match(clause.subject) or _ASKED_BODY_GATHERED.match(clause.subject):
        return True
    if cue is None or _GATHERED_OPINIONS.search(sentence, clause.start, clause.end):
        return False
    return _GATHERED.search(sentence, clause.start, clause.end) is not None


# Views gathered, told in the passive with no one named, opening the sentence ("Synpunkter har inhämtats från
# stadsbyggnadsförvaltningen, miljöförvaltningen och X AB", "Synpunkter på förslaget har även hämtats in från …"), in
# a document that answers a remiss: how its own answer was prepared, no referral. In a document that sends a report
# out they stay a recounted referral; opinions gathered ("Yttranden har inhämtats från …") are a remiss's anywhere.
_VIEWS_GATHERED = rule(
    "referral.views_gathered_for_answer",
    rf"^(?:synpunkter|underlag|inspel|kommentarer)(?:\s+[^\s,;.]+){{0,3}}?\s+(?:har|hade)\s+(?:\w+\s+)?{_GATHERING}\b",
    matches=(
        "Synpunkter har inhämtats från stadsbyggnadsförvaltningen, miljöförvaltningen och Eskilstuna Energi AB.",
        "Synpunkter på förslaget har även hämtats in från miljökontoret",
        "Underlag har inhämtats från samhällsbyggnadsförvaltningen.",
        "Synpunkter på samrådsförslaget hade inhämtats från tekniska förvaltningen",
    ),
    not_matches=(
        "Yttranden har inhämtats från kulturnämnden",
        "Ärendet har remitterats till miljönämnden",
        "Förvaltningen har inhämtat synpunkter från miljökontoret",
        "Synpunkter ska inhämtas från socialnämnden",
        "Nämnden föreslår att synpunkter har inhämtats från",
    ),
)


def gathered_for_answer(referral: Referral) -> bool:
    """A recount of views gathered in the passive (see ``_VIEWS_GATHERED``): in an answer, its own preparation."""
    return referral.recounted and _VIEWS_GATHERED.match(referral.text.strip()) is not None


# The section of a decision that gives a task, as a government's decision or directives head it: "Regeringens
# beslut", "Uppdraget", "Uppdragets genomförande", "Uppdragsbeskrivning", "Bakgrund till uppdraget". Evidence of a
# task only: who gathers the views decides (``_TASK_OFFICE``).
_TASK_SECTION = rule(
    "referral.task_section",
    r"^(?:regeringens\s+beslut|(?:uppdrag(?:et|ets\s+\w+)?|uppdragsbeskrivning(?:en)?)(?:\s+i\s+korthet)?|"
    r"(?:genomförande|redovisning)\s+av\s+uppdraget|bakgrund(?:en)?\s+till\s+uppdraget)$",
    matches=(
        "Regeringens beslut",
        "Uppdraget",
        "Uppdragets genomförande",
        "Genomförande av uppdraget",
        "Uppdragsbeskrivning",
        "Bakgrund till uppdraget",
        "Uppdraget i korthet",
    ),
    not_matches=("Beslut", "Förslag till beslut", "Kommunstyrelsens beslut", "Remissen", "Uppdrag om remiss av X"),
)
# A task named in the sentence: "inom ramen för uppdraget", "i sitt arbete", "under arbetet".
_IN_THE_TASK = rule(
    "referral.in_the_task",
    r"\b(?:inom\s+ramen\s+för|i|under|vid\s+genomförandet\s+av)\s+"
    r"(?:uppdraget|sitt\s+arbete|arbetet(?:\s+med\s+uppdraget)?)\b",
    matches=(
        "Inom ramen för uppdraget ska myndigheten inhämta synpunkter från SKR",
        "ska i sitt arbete inhämta",
        "Myndigheten ska under arbetet inhämta synpunkter från Lantmäteriet",
    ),
    not_matches=("Kontoret ska inhämta synpunkter från stadsdelsnämnderna", "i uppdrag att remittera"),
)
# The one given the task told to gather views in doing it, in the future: "Boverket ska också inhämta synpunkter
# från X", "Utredaren ska hämta in upplysningar från X", "Boverket ska vid genomförandet av uppdraget inhämta …",
# "Boverket ska ge SKR tillfälle att lämna synpunkter" (not "Stadshus AB bör i sin tur inhämta synpunkter från X", a
# remiss passed on). An adverb, or a phrase of up to five words opened by its preposition, before the verb; the one
# told after "ska" when the sentence opens with the task ("Inom ramen för uppdraget ska myndigheten inhämta").
_TO_GATHER = rule(
    "referral.task_gathering",
    rf"\bska\s+(?:(?P<who>myndigheten|utredaren|{OFFICE_DEFINITE}|[A-ZÅÄÖ][\wåäö-]+)\s+)?"
    r"(?:(?:också|även|dessutom|vid\s+behov)\s+)?(?:(?:i|under|vid|inom|inför|efter)\s+(?:[a-zåäö\d]+\s+){1,4}?)?"
    r"(?:(?:också|även|dessutom)\s+)?"
    r"(?:inhämta|hämta\s+in|ge\s+(?:[^\s.;]+\s+){1,8}?(?:möjlighet|tillfälle)\s+att)\b",
    matches=(
        "Boverket ska också inhämta synpunkter",
        "Utredaren ska hämta in upplysningar",
        "ska Boverket inhämta",
        "Boverket ska vid genomförandet av uppdraget inhämta synpunkter från SKR",
        "Myndigheten ska under arbetet inhämta synpunkter från Lantmäteriet",
        "Boverket ska ge Sveriges Kommuner och Regioner tillfälle att lämna synpunkter",
        "Boverket ska också ge kommunerna möjlighet att yttra sig",
    ),
    not_matches=(
        "Stockholms Stadshus AB bör i sin tur inhämta synpunkter",
        "Förvaltningen har inhämtat synpunkter",
        "Nämnden ska remittera ärendet och inhämta synpunkter",
    ),
    flags=0,
)
# A municipal office told to gather views: its board gave it the task ("Kommunstyrelsen ger stadsledningskontoret i
# uppdrag att …"), and the views it gathers from the district boards are a remiss the document plans, whatever its
# section is headed ("Uppdraget": "Stadsledningskontoret ska inhämta synpunkter från stadsdelsnämnderna innan …",
# "Kontoret ska i sitt arbete inhämta synpunkter …"). The government's task to an agency or an inquiry stays one.
_TASK_OFFICE = rule(
    "referral.task_office",
    rf"^(?:{OFFICE_DEFINITE}|[\wåäöÅÄÖ-]+(?:kontoret|förvaltningen))$",
    matches=("Kontoret", "Stadsledningskontoret", "förvaltningen", "Stadsdelsförvaltningen"),
    not_matches=("Boverket", "Myndigheten", "Utredaren", "Länsstyrelsen", "Inom ramen för uppdraget"),
)


def task_consultation(clause: Clause, sentence: str, section: str | None) -> bool:
    """Views a body given a task by the government is told to gather in doing it (see ``_TO_GATHER``): no referral
    of the document's, in the section that gives the task or with the task named in the sentence; a municipal
    office's, given its task by its board, is a planned remiss (``_TASK_OFFICE``)."""
    if clause.recounted:
        return False
    told = _TO_GATHER.search(sentence, clause.start, clause.end)
    if told is None or _TASK_OFFICE.match((told.group("who") or clause.subject).strip()):
        return False
    return bool(section and _TASK_SECTION.match(section.strip())) or bool(_IN_THE_TASK.search(sentence))
