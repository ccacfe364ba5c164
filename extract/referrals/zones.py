"""Where in a sentence its recipient list stands: after the lead ("ges av", "remitterats till", "följande:"), or
the subject before the verb that asks ("Samtliga nämnder ska redovisa ...")."""

from __future__ import annotations

from dataclasses import dataclass

from atgard.extract.dates import DATE_WORDS
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, DIRECTING

_PASSIVE_BY = rule(
    "referral.passive_by",
    r"\b(?:ges|lämnas|avges|inhämtas|lämnats|getts|inkommit|inkomma)\b[^.]*?\bav\b\s+",
    matches=("Synpunkter på rapporten ges i första hand av ", "Yttranden har lämnats av "),
    not_matches=("Synpunkter ges senast den 1 mars.",),
)
_REFERRED_TO = rule(
    "referral.referred_to",
    r"\b(?:remitter\w*|(?:skick|sänd|sänt|send)\w*(?:\s+ut)?(?:\s+på\s+remiss)?|gått\s+ut\s+på\s+remiss|på\s+remiss)\b"
    r"[^.]*?\btill\b(?:\s+|\s*$)|"
    r"\b(?:begärts|inhämtats|infordrats|begärt|inhämtat|infordrat)(?:\s+in)?(?:\s+(?:yttranden?|synpunkter|svar))?"
    r"\s+från\s+|"
    r"\bremiss(?:en)?\s+(?:har\s+)?(?:går|gått|gick|skett|sker|riktats|riktas|ställts)\s+(?:ut\s+)?till\s+",
    matches=(
        "Ärendet har remitterats till ",
        "Rapporten sändes ut på remiss till ",
        "Remissen har skickats till ",
        "Yttrande har begärts från ",
        "Remissen går till ",
        "Remissen har gått ut till ",
        "Remiss har skett till ",
        "Remissen har riktats till ",
        "Remissen har sänts ut till ",
        "Yttrande har begärts in från ",
        "Kommunstyrelsen har begärt in yttranden från ",
        "Synpunkter har infordrats från ",
    ),
    not_matches=("Ärendet har remitterats. Till sist ", "Remisstiden går till den 5 mars"),
)
_ON_REMISS_TO = rule(
    "referral.on_remiss_to",
    r"\b(?:på|ut\s+på|för)\s+remiss\s+till(?:\s+|\s*$)",
    matches=("Kommunstyrelsen har skickat förslaget till X på remiss till ", "sändes ut på remiss till "),
    not_matches=("Remissen har skickats till ",),
)
_BODIES_ARE = rule(
    "referral.bodies_are",
    r"\bremissinstanse?r(?:na)?(?:\s+(?:är|var|har\s+varit|blir)\s*:?\s+|\s*:\s*)",
    matches=(
        "Remissinstanserna är kulturnämnden, idrottsnämnden och ",
        "Remissinstanser har varit: ",
        "Remissinstanser: Kulturnämnden, ",
    ),
    not_matches=("Remissinstanserna har lämnat synpunkter.",),
)
_URGES = rule(
    "referral.urges",
    r"\buppmana(?:r|de)?\s+(?!att\b)",
    matches=("Kommunstyrelsen föreslås besluta att uppmana samtliga nämnder att inkomma med yttrande",),
    not_matches=("Kulturnämnden uppmanas inkomma med yttrande",),
)
# What the bodies are asked to do, in every rule that names them: answer, give views, report.
_ANSWER_VERBS = r"(?:redovisa|yttra|lämna|inkomma|besvara|svara|ge\s+synpunkter)\b"
_ACTIVE = rule(
    "referral.active",
    rf"\s+(?:{DIRECTING}|ombeds|ombes|anmodas|uppmanas|inbjuds|får|har\s+att|"
    r"(?:har|hade)\s+(?:inbjudits|anmodats|ombetts|uppmanats)|"
    r"(?:(?:har|hade)\s+)?(?:har|hade|ges|getts|givits|gavs|får|fick)\s+i\s+uppdrag|"
    r"(?:(?:har|hade)\s+)?(?:av\s+(?:\S+\s+){1,4}?)?(?:ges|getts|givits|gavs|bereds|beretts|erbjuds|erbjudits|fått|fick)\s+"
    r"(?:möjlighet|tillfälle))[\s-]+"
    rf"(?:(?:senast\s+(?:{DATE_WORDS})|\w+)\s+){{0,3}}?"  # "ombeds att senast den 30 april 2025 redovisa"
    rf"{_ANSWER_VERBS}"
    r"|\s+(?:har\s+|hade\s+)?(?:fått|får|fick)\s+(?:\w+\s+){0,3}?på\s+remiss\b",
    matches=(
        "Samtliga nämnder och bolagsstyrelser ska redovisa sina förutsättningar",
        "Stadsdelsnämnderna ombeds att yttra sig",
        "Kulturnämnden anmodas yttra sig över rapporten",
        "Kulturnämnden och idrottsnämnden har fått rapporten på remiss",
        "Kulturnämnden uppmanas inkomma med yttrande",
        "samtliga nämnder ges tillfälle att yttra sig över rapporten",
        "Socialnämnden och Farsta stadsdelsnämnd inbjuds att lämna synpunkter på förslaget",
        "Kulturnämnden bereds tillfälle att yttra sig",
        "Utbildningsnämnden har beretts tillfälle att yttra sig",
        "Stockholms stad har av Justitiedepartementet beretts tillfälle att yttra sig",
        "Utbildningsnämnden ombeds att senast den 30 april 2025 redovisa hur åtgärderna kan genomföras",
        "Socialnämnden ombeds senast 2025-04-30 yttra sig",
        "Kulturnämnden och AB Svenska Bostäder har inbjudits att yttra sig",
        "Miljö- och hälsoskyddsnämnden har fått möjlighet att yttra sig",
        "Trafiknämnden erbjuds möjlighet att yttra sig över förslaget",
        "Socialnämnden ges i uppdrag att yttra sig över förslaget",
        "Kulturnämnden har getts i uppdrag att lämna synpunkter på förslaget",
        "Kulturnämnden har givits tillfälle att lämna synpunkter",
    ),
    not_matches=("Nämnderna ska arbeta vidare med frågan.", "Förslaget har fått kritik under remissen."),
)
# The verb before its subject, after an adverb opening the sentence (Swedish puts the verb second):
# "Därutöver bereds Länsstyrelsen och Region Stockholm tillfälle att lämna synpunkter", "Vidare ombeds A att yttra sig".
_INVERTED = rule(
    "referral.inverted",
    r"^(?:därutöver|dessutom|vidare|även|också|slutligen|därtill|härutöver|härmed|samtidigt|i\s+övrigt|"
    r"i\s+(?:första|andra)\s+hand|utöver\s+(?:dessa|detta|de\s+ovan\s+nämnda))\s*,?\s+"
    r"(?:(?:bereds|ges|får)\s+(?P<given>.+?)\s+(?:tillfälle|möjlighet)\s+att\s+(?:\w+\s+){0,2}?|"
    rf"(?:{DIRECTING}|ombeds|ombes|anmodas|uppmanas|inbjuds)\s+(?P<asked>.+?)\s+(?:att\s+)?)"
    rf"{_ANSWER_VERBS}",
    matches=(
        "Därutöver bereds Länsstyrelsen i Stockholms län och Region Stockholm tillfälle att lämna synpunkter",
        "Dessutom ges stadsdelsnämnderna i Norrmalm och Östermalm möjlighet att yttra sig",
        "Vidare ombeds trafiknämnden att yttra sig över förslaget",
        "I första hand ska kulturnämnden och idrottsnämnden yttra sig",
        "Även får Stockholmshem AB tillfälle att yttra sig",
    ),
    not_matches=(
        "Därutöver ska förvaltningen arbeta vidare med frågan.",
        "Kulturnämnden bereds tillfälle att yttra sig",
        "Vidare ges en bild av läget.",
    ),
)
# The bodies as the object of an active "give": "Kommunstyrelsen har berett kulturnämnden tillfälle att yttra sig".
_GIVES = rule(
    "referral.gives",
    r"\b(?:berett|bereder|beredde|gett|givit|ger|gav)\s+(?P<given>.+?)\s+(?:tillfälle|möjlighet)\s+att\s+"
    rf"(?:\w+\s+){{0,2}}?{_ANSWER_VERBS}",
    matches=(
        "Kommunstyrelsen har genom remiss berett kultur- och idrottsnämnderna möjlighet att yttra sig",
        "Stadsledningskontoret har gett samtliga stadsdelsnämnder tillfälle att lämna synpunkter",
        "Kommunstyrelsen bereder trafiknämnden tillfälle att yttra sig",
    ),
    not_matches=("Kulturnämnden har getts tillfälle att yttra sig", "Förslaget ger möjlighet att yttra sig"),
)
# The bodies whose answers are due, in the future only ("ska ha inkommit"): "have come in" is an account.
_ANSWERS_FROM = rule(
    "referral.answers_from",
    rf"\b(?:remissvar\w*|svar\w*|yttranden?|synpunkter)\s+från\s+(?P<bodies>.+?)\s+{DIRECTING}\s+"
    r"(?:ha\s+)?(?:inkommit|inkomma|kommit\s+in|komma\s+in|lämnas|lämnats|vara\s+\S+\s+tillhanda)\b",
    matches=(
        "Remissvar från Bromma och Kungsholmens stadsdelsnämnder ska ha inkommit till kommunstyrelsen senast",
        "Yttranden från socialnämnden och äldrenämnden ska lämnas senast den 1 mars 2026.",
    ),
    not_matches=("Remissvar från Bromma stadsdelsnämnd har inkommit.", "Svar från nämnderna har lämnats."),
)


@dataclass(frozen=True)
class Zone:
    start: int
    end: int
    whole: bool = False  # the list must fill the zone (the subject before "ska")
    list_end: int | None = None  # where the names end, before a purpose or deadline (a condition may go on)

    def shifted(self, offset: int) -> Zone:
        """The zone in the block's text, from the sentence's."""
        list_end = None if self.list_end is None else offset + self.list_end
        return Zone(offset + self.start, offset + self.end, self.whole, list_end)


# What a list of recipients may end with: the purpose ("för yttrande") or the deadline.
_LIST_END = rule(
    "referral.list_end",
    r"\s+(?:för\s+(?:yttrande|kännedom|synpunkter|samråd|beredning|handläggning)|att\s+\w+|senast\b)",
    matches=(
        "Stockholms stad för yttrande",
        "samtliga nämnder att inkomma med yttrande",
        "nämnderna senast den 1 mars",
    ),
    not_matches=("Rådet till skydd för Stockholms skönhet",),
)


_SUBJECT_AFTER = rule(
    "referral.subject_after",
    r"\b(?:föreslår|föreslås|anser|bedömer|beslutar)\b[^.]*?\batt\s+",
    matches=("Stadskontoret föreslår därför att samtliga nämnder ges tillfälle att yttra sig",),
    not_matches=("Samtliga nämnder ska redovisa",),
)


# The list set after a colon: "remitterats till följande nämnder: A, B och C", "Följande nämnder ges möjlighet
# att yttra sig: A, B och C". The lead names no one itself.
_FOLLOWING = rule(
    "referral.following",
    r"följande(?:\s+[\wåäöé-]+){0,4}?\s*:\s*",
    matches=("följande nämnder: ", "följande: ", "följande nämnder och bolag: "),
    not_matches=("följande nämnder ska yttra sig",),
)
_FOLLOWING_SUBJECT = rule(
    "referral.following_subject",
    r"^\s*följande(?:\s+[\wåäöé-]+){0,4}\s*$",
    matches=("Följande nämnder", "Följande remissinstanser", "Följande nämnder och bolagsstyrelser"),
    not_matches=("Kulturnämnden och följande", "Kulturnämnden"),
)


# A "till" that may start the list when the first one did not: "att remittera förslag till handlingsplan för X till
# samtliga facknämnder" (the first "till" is the proposal's).
_LATER_TO = rule(
    "referral.later_to",
    r"\btill\s+",
    matches=("att remittera förslag till handlingsplan för X till samtliga facknämnder",),
    not_matches=("tillfälle",),
)
# What ends the proposal's name before a later "till": a clause or a list of its own.
_CLAUSE_BREAK = rule(
    "referral.clause_break",
    rf"[,;:]|\b(?:{AND}|som|{DIRECTING}|har|lämnas|skickas|sänds)\b",
    matches=("till de nämnder som berörs", "X, och svaren", "Nämnderna ska"),
    not_matches=("förslag till handlingsplan för X",),
)


def recipient_zones(text: str) -> list[Zone]:
    """Where the recipient list may stand: the lead's zone, then after each later "till" before its purpose."""
    zone = _recipient_zone(text)
    if zone is None:
        return []
    if zone.whole:
        return [zone]
    end = len(text) if zone.list_end is None else zone.list_end
    later = []
    for to in _LATER_TO.finditer(text, zone.start, end):
        if _CLAUSE_BREAK.search(text, zone.start, to.start()):
            break  # past the proposal's name: "till de nämnder som berörs, och svaren lämnas till X" is not a list
        later.append(_zone_after(text, to.end()))
    return [zone, *later]


def _recipient_zone(text: str) -> Zone | None:
    """Where in a (title-masked) sentence the recipient list stands; after a colon when the lead says "följande"."""
    zone = _lead_zone(text)
    if zone is None:
        return None
    if zone.whole:
        colon = text.find(":", zone.end)
        if colon < 0 or not _FOLLOWING_SUBJECT.match(text[zone.start : zone.end]):
            return zone
        return _zone_after(text, len(text) - len(text[colon + 1 :].lstrip()))
    if following := _FOLLOWING.match(text, zone.start):
        return _zone_after(text, following.end())
    return zone


def _lead_zone(text: str) -> Zone | None:
    """The recipient list's place by the sentence's lead: after "av"/"till", or the subject before "ska"."""
    if passive := _PASSIVE_BY.search(text):
        return _zone_after(text, passive.end())
    for pattern in (_ON_REMISS_TO, _REFERRED_TO, _BODIES_ARE, _URGES):
        if found := pattern.search(text):
            return _zone_after(text, found.end())
    if inverted := _INVERTED.search(text):
        subject = "given" if inverted.group("given") is not None else "asked"
        return Zone(inverted.start(subject), inverted.end(subject), whole=True)
    if gives := _GIVES.search(text):
        return Zone(gives.start("given"), gives.end("given"), whole=True)
    if due := _ANSWERS_FROM.search(text):
        return Zone(due.start("bodies"), due.end("bodies"), whole=True)
    if active := _ACTIVE.search(text):
        # The subject, after a clause that introduces it: "Stadskontoret föreslår därför att samtliga nämnder ges ..."
        start = max((m.end() for m in _SUBJECT_AFTER.finditer(text, 0, active.start())), default=0)
        return Zone(start, active.start(), whole=True)
    return None


# A parenthesis inside a list (an abbreviation, a date of its own) is no item and ends nothing.
ASIDE = rule(
    "referral.aside", r"\s*\([^()]*\)", matches=("Stockholms Stadshus AB (SSAB)",), not_matches=("SSAB",), flags=0
)


def _zone_after(text: str, start: int) -> Zone:
    """A list after its lead ("remitterats till"), ending before its purpose or deadline."""
    found = _LIST_END.search(ASIDE.sub(lambda aside: " " * len(aside.group()), text), start)
    return Zone(start, len(text), list_end=found.start() if found else None)
