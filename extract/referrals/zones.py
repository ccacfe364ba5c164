"""Where a referral clause's bodies stand, as zones of its sentence: after a word that leads the list ("till",
"av", "från", a colon after "följande"), or a stretch that must be the list whole (a subject, an object).

The clause finder (``clauses``) says which word leads; these helpers cut the zone there and end it before the
list's purpose or deadline ("för yttrande", "senast den 1 mars"). The shapes with no cue verb live here too: a
list named by the noun "remissinstanser", a remiss that "går till", the bodies whose answers are due.
"""

from __future__ import annotations

from dataclasses import dataclass

from atgard.extract.dates import DATE_WORDS
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, DIRECTING


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


# What a list of recipients may end with: the purpose ("för yttrande") or the deadline. Not the answers a parent is
# asked to gather, whose bodies the list goes on with: "till Stockholms Stadshus AB för yttrande från AB X och Y AB".
_LIST_END = rule(
    "referral.list_end",
    r"\s+(?:för\s+(?:yttrande|kännedom|synpunkter|samråd|beredning|handläggning|svar|besvarande)\w*\b(?!\s+från\b)|"
    r"att\s+\w+|senast\b)",
    matches=(
        "Stockholms stad för yttrande",
        "samtliga nämnder att inkomma med yttrande",
        "nämnderna senast den 1 mars",
    ),
    not_matches=(
        "Rådet till skydd för Stockholms skönhet",
        "Stockholms Stadshus AB för yttrande från AB X",
        "Stockholms Stadshus AB för yttranden från AB X",
    ),
)
# A parenthesis inside a list (an abbreviation, a date of its own) is no item and ends nothing.
ASIDE = rule(
    "referral.aside", r"\s*\([^()]*\)", matches=("Stockholms Stadshus AB (SSAB)",), not_matches=("SSAB",), flags=0
)


def zone_after(text: str, start: int, end: int | None = None) -> Zone:
    """A list after its lead ("remitterats till"), up to ``end`` (its clause's), ending before purpose or deadline."""
    end = len(text) if end is None else end
    found = _LIST_END.search(ASIDE.sub(lambda aside: " " * len(aside.group()), text), start, end)
    return Zone(start, end, list_end=found.start() if found else None)


# The list set after a colon: "remitterats till följande nämnder: A, B och C", "Följande nämnder ges möjlighet
# att yttra sig: A, B och C". The lead names no one itself.
_FOLLOWING = rule(
    "referral.following",
    r"följande(?:\s+[\wåäöé-]+){0,4}?\s*:\s*",
    matches=("följande nämnder: ", "följande: ", "följande nämnder och bolag: "),
    not_matches=("följande nämnder ska yttra sig",),
)
FOLLOWING_SUBJECT = rule(
    "referral.following_subject",
    r"^\s*(?:följande(?:\s+[\wåäöé-]+){0,4}|(?:de\s+)?remissinstanse?r(?:na)?(?:\s+som)?)\s*$",
    matches=(
        "Följande nämnder",
        "Följande remissinstanser",
        "Följande nämnder och bolagsstyrelser",
        "Remissinstanser som",
    ),
    not_matches=("Kulturnämnden och följande", "Kulturnämnden"),
)


def after_colon(text: str, position: int, end: int) -> Zone | None:
    """The list after the colon that follows ``position`` ("Följande nämnder ska yttra sig: A och B")."""
    colon = text.find(":", position, end)
    if colon < 0:
        return None
    return zone_after(text, len(text) - len(text[colon + 1 :].lstrip()), end)


# A "till" that may start the list when the first one did not: "att remittera förslag till handlingsplan för X till
# samtliga facknämnder" (the first "till" is the proposal's).
_LATER_TO = rule(
    "referral.later_to",
    r"\btill\s+",
    matches=("att remittera förslag till handlingsplan för X till samtliga facknämnder",),
    not_matches=("tillfälle",),
)
# What ends the proposal's name before a later "till": a clause or a list of its own. An "och" between words in
# lower case is inside the name ("förslaget till lokal plan för trygghet och social hållbarhet … till A").
_CLAUSE_BREAK = rule(
    "referral.clause_break",
    rf"[,;:]|\b(?:{AND})\b(?!\s+[a-zåäö])|\b(?:samt|som|{DIRECTING}|har|lämnas|skickas|sänds)\b",
    matches=("till de nämnder som berörs", "X, och svaren", "Nämnderna ska", "till plan för X och Kulturnämnden"),
    not_matches=("förslag till handlingsplan för X", "förslaget till lokal plan för trygghet och social hållbarhet"),
    flags=0,
)


def list_after(text: str, start: int, end: int) -> Zone:
    """The list that starts at ``start`` (after "av", "från"), or after the colon of "följande nämnder:"."""
    if following := _FOLLOWING.match(text, start):
        return zone_after(text, following.end(), end)
    return zone_after(text, start, end)


def zones_after_to(text: str, start: int, end: int) -> list[Zone]:
    """The list after "till" at ``start`` (after a colon when it says "följande"), then after each later "till"
    before a clause or purpose ends the proposal's name."""
    zone = zone_after(text, start, end)
    if following := _FOLLOWING.match(text, start):
        return [zone_after(text, following.end(), end)]
    list_end = end if zone.list_end is None else zone.list_end
    later = []
    for to in _LATER_TO.finditer(text, start, list_end):
        if _CLAUSE_BREAK.search(text, start, to.start()):
            break  # past the proposal's name: "till de nämnder som berörs, och svaren lämnas till X" is not a list
        later.append(zone_after(text, to.end(), end))
    return [zone, *later]


# A clause that introduces the subject of the one after it: "Stadskontoret föreslår därför att samtliga nämnder ges".
SUBJECT_AFTER = rule(
    "referral.subject_after",
    r"\b(?:föreslår|föreslås|anser|bedömer|beslutar|beslutade|beslöt)\b[^.]*?\batt\s+",
    matches=("Stadskontoret föreslår därför att samtliga nämnder ges tillfälle att yttra sig",),
    not_matches=("Samtliga nämnder ska redovisa",),
)

# --- Clauses cued by a noun ------------------------------------------------------------------------------------

# "Remissinstanserna är A, B och C", "Remissinstanser: A och B".
BODIES_ARE = rule(
    "referral.bodies_are",
    r"\bremissinstanse?r(?:na)?(?:\s+(?:är|var|har\s+varit|blir)\s*:?\s+|\s*:\s*)",
    matches=(
        "Remissinstanserna är kulturnämnden, idrottsnämnden och ",
        "Remissinstanser har varit: ",
        "Remissinstanser: Kulturnämnden, ",
    ),
    not_matches=("Remissinstanserna har lämnat synpunkter.",),
)
# "Som remissinstanser för delrapporten X föreslås i första hand A och B": the bodies after the passive verb.
AS_BODIES = rule(
    "referral.as_bodies",
    r"^\s*som\s+remissinstans(?:er(?:na)?)?\b[^.:]*?\b(?:föreslås|föreslogs|utses|utsågs|anges|angavs|väljs|valdes|"
    r"avses|är|blir)\s+",
    matches=(
        "Som remissinstanser för delrapporten ¤¤¤ föreslås i första hand kulturnämnden",
        "Som remissinstans utses trafiknämnden",
    ),
    not_matches=("Remissinstanserna föreslås yttra sig", "Som svar på remissen hänvisas till promemorian"),
)
# The remiss itself goes to the bodies: "Remissen går till A", "Remiss har skett till A", "på remiss till A".
REMISS_TO = rule(
    "referral.remiss_to",
    r"\b(?:(?:ut\s+)?på\s+remiss|efter\s+(?:en\s+)?(?:(?:intern|extern|bred|internt|externt)\s+)?"
    r"(?:remiss|remittering)(?:\s+(?:inom\s+(?:staden|kommunen|regionen|koncernen|[\wåäö-]+s\s+(?:stad|kommun|region)|"
    r"region\s+[\wåäö-]+)|internt|externt))?|"
    r"remiss(?:en)?(?:\s+(?:av|om|över)\s+\S+(?:\s+\S+)?)?\s+(?:har\s+)?"
    r"(?:även\s+|också\s+)?(?:går|gått|gick|skett|sker|riktats|riktas|ställts)(?:\s+ut)?"
    # the day it went out set before its bodies: "Remissen gick ut den 14 juni 2027 till A"
    rf"(?:\s+(?:den\s+)?(?:{DATE_WORDS}))?|"
    # a participle set off after the remiss and what it is of: "remiss av förslaget till X (KS …), ställd till A"
    r"remiss(?:en)?\s+(?:av|om|över)\s[^.;:]{3,200}?,\s+(?:ställd|riktad|skickad|sänd|utsänd))\s+till\b\s*",
    matches=(
        "Förelåg kommunstyrelsens remiss av förslaget till Handlingsplan 2027 (KS 2027/0211), ställd till ",
        "remissen om ändrade föreskrifter, riktad till ",
        "Remissen går till ",
        "Remissen har gått ut till ",
        "Remissen gick ut den 14 juni 2027 till ",
        "Remissen har skett 2027-06-14 till ",
        "Remiss har skett till ",
        "Remiss av planen har skett till ",
        "Remissen har riktats till ",
        "Remissen har även gått till ",
        "Kommunstyrelsen har skickat förslaget till X på remiss till ",
        "Yttrandet har beretts efter remiss inom staden till ",
        "Ärendet har beretts efter remiss till ",
        "Ärendet har beretts efter intern remiss till ",
        "Yttrandet har beretts efter remiss inom Göteborgs Stad till ",
        "Ärendet har beretts efter remittering till ",
        "Ärendet har beretts efter en bred remiss inom Region Stockholm till ",
    ),
    not_matches=(
        "Remisstiden går till den 5 mars",
        "efter remisstiden till den 5 mars",
        "efter remissen till nämnden",
        "Remissen gick ut den 14 juni 2027. Svar till ",
        "efter remiss inom två veckor till",
        "svar på remissen till kommunstyrelsen",
        "remissen av planen. Frågan ställd till nämnden",
    ),
)
# The bodies whose answers are due, in the future only ("ska ha inkommit"): "have come in" is an account.
ANSWERS_FROM = rule(
    "referral.answers_from",
    rf"\b(?:remissvar\w*|svar\w*|yttranden?|synpunkter)\s+från\s+(?P<bodies>.+?)\s+{DIRECTING}\s+"
    r"(?:ha\s+)?(?:inkommit|inkomma|kommit\s+in|komma\s+in|lämnas|lämnats|vara\s+\S+\s+tillhanda)\b",
    matches=(
        "Remissvar från Bromma och Kungsholmens stadsdelsnämnder ska ha inkommit till kommunstyrelsen senast",
        "Yttranden från socialnämnden och äldrenämnden ska lämnas senast den 1 mars 2026.",
    ),
    not_matches=("Remissvar från Bromma stadsdelsnämnd har inkommit.", "Svar från nämnderna har lämnats."),
)


def noun_zones(text: str) -> list[Zone]:
    """The zones of a sentence's clauses that a noun leads: "Remissinstanser:", "Remissen går till", "Som
    remissinstanser föreslås", "Remissvar från A ska ha inkommit"."""
    for lead in (BODIES_ARE, AS_BODIES):
        if found := lead.search(text):
            return [zone_after(text, found.end())]
    if found := REMISS_TO.search(text):
        return zones_after_to(text, found.end(), len(text))
    if due := ANSWERS_FROM.search(text):
        return [Zone(due.start("bodies"), due.end("bodies"), whole=True)]
    return []
