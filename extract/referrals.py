"""Referral directives: which boards give an opinion on which report, or report on which measures.

A referral sentence has a trigger (synpunkter, yttrande, remiss, redovisa
förutsättningar) and a recipient list in one of four places:

* after "av" in the passive: "Synpunkter på rapporten X ges i första hand av A, B och C."
* after "till" with remiss: "Ärendet har remitterats till A, B ... och D." / "sändes ut på remiss till A"
* before "ska" in the active: "Samtliga nämnder och bolagsstyrelser ska redovisa sina förutsättningar ..."
* after a colon where the lead says "följande": "Ärendet har remitterats till följande nämnder: A, B och C"

The list is read item by item (",", "och", "samt", "respektive"); an item that is a board is
resolved through the register, a capitalised name outside it is an outside
body, "(och därutöver) de nämnder ... som ..." is the condition, and anything
else ends the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from atgard.extract.analysis import Analysed, Sentence, located_at
from atgard.extract.boards import BoardRegister, load_register
from atgard.extract.codes import find_codes
from atgard.extract.dates import DATE_WORDS
from atgard.extract.dissent import in_dissent
from atgard.extract.exclusions import find_exclusions
from atgard.extract.mentions import (
    BOARD_LIKE,
    LIST_LEAD,
    LIST_SEPARATORS,
    NAME_LIKE,
    OFFICE_LIKE,
    OWN_BODY,
    BoardSpan,
    listed_recipient,
    read_board_list,
    resolve_name,
    with_area,
)
from atgard.extract.read.text import join_lines
from atgard.extract.reports import Reports, TitleSpan
from atgard.extract.rules import rule
from atgard.schema.contract import Recipient, Referral
from atgard.schema.read import union_per_page

_TRIGGER = rule(
    "referral.trigger",
    r"\b(synpunkter|yttra\w*|yttrande\w*|remitter\w*|remiss\w*|redovisa\w*\s+(?:sina\s+|sin\s+|deras\s+)?förutsättning\w*|"
    r"redovisa\w*\s+hur\s+(?:\S+\s+){1,8}?(?:kan\s+)?genomför\w*)\b",
    matches=(
        "Synpunkter på rapporten ges av ...",
        "Ärendet har remitterats till ...",
        "nämnderna ska redovisa sina förutsättningar",
        "inkomma med ett yttrande",
        "Samtliga stadsdelsnämnder ska redovisa hur åtgärd B2.1.1 kan genomföras",
        "ska redovisa hur åtgärderna A2.1.1, A2.1.2 och A2.1.3 kan genomföras",
    ),
    not_matches=("Kommissionen rekommenderar att staden utökar insatserna.",),
)
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
    r"\s+(?:ska|skall|bör|ombeds|ombes|anmodas|uppmanas|inbjuds|får|har\s+att|"
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
    r"(?:ska|skall|bör|ombeds|ombes|anmodas|uppmanas|inbjuds)\s+(?P<asked>.+?)\s+(?:att\s+)?)"
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
    r"\b(?:remissvar\w*|svar\w*|yttranden?|synpunkter)\s+från\s+(?P<bodies>.+?)\s+(?:ska|skall|bör)\s+"
    r"(?:ha\s+)?(?:inkommit|inkomma|kommit\s+in|komma\s+in|lämnas|lämnats|vara\s+\S+\s+tillhanda)\b",
    matches=(
        "Remissvar från Bromma och Kungsholmens stadsdelsnämnder ska ha inkommit till kommunstyrelsen senast",
        "Yttranden från socialnämnden och äldrenämnden ska lämnas senast den 1 mars 2026.",
    ),
    not_matches=("Remissvar från Bromma stadsdelsnämnd har inkommit.", "Svar från nämnderna har lämnats."),
)
_IMPLEMENTATION = rule(
    "referral.implementation",
    r"förutsättning\w*\s+(?:för|att)\s+(?:att\s+)?(?:genomför|fortsatt\s+arbete|arbeta)|genomförande\s+av\s+åtgärd|"
    r"redovisa\w*\s+(?:sina\s+|sin\s+|deras\s+)?förutsättning|"
    r"redovisa\w*\s+hur\s+(?:\S+\s+){1,8}?(?:kan\s+)?genomför",
    matches=(
        "ska redovisa sina förutsättningar för att genomföra åtgärderna",
        "förutsättningarna för fortsatt arbete",
        "redovisa hur de kan genomföra åtgärd A2.1.1",
        "ska redovisa hur åtgärd B2.1.1 kan genomföras",
    ),
    not_matches=("Synpunkter på rapporten ges av utbildningsnämnden.",),
)
# A copy sent for information only: its bodies are asked for nothing ("Remissen skickas för kännedom till X").
_FOR_INFORMATION = rule(
    "referral.for_information",
    r"^(?!.*\b(?:yttra\w*|yttrande\w*|synpunkter|svar\w*|redovisa\w*)\b).*\bför\s+kännedom\b",
    matches=("Remissen skickas till socialnämnden för kännedom.", "Ärendet har skickats för kännedom till X."),
    not_matches=("Remissen skickas till A för yttrande och till B för kännedom.",),
)
# A sentence that reports what another document directs ("Enligt remissen ska ..."): an answer's account.
_REPORTED = rule(
    "referral.reported",
    r"^(?:enligt\s+(?:remissen|remissmissivet|kommunstyrelsens\s+beslut)|i\s+remissen|av\s+remissen\s+framgår)\b",
    matches=("Enligt remissen ska trafiknämnden och exploateringsnämnden redovisa",),
    not_matches=("Remissen har skickats till",),
)
_PRIMARY = rule(
    "referral.primary",
    r"\bi\s+första\s+hand\b",
    matches=("Synpunkter ges i första hand av",),
    not_matches=("i andra hand av",),
)
_CONDITION = rule(
    "referral.condition",
    r",?\s*(?:(?:och|samt)\s+)?(?:därutöver|dessutom|även|också)?\s*(?:av\s+)?"
    r"(?P<condition>de\s+(?:nämnder|bolagsstyrelser|stadsdelsnämnder|förvaltningar|bolag|facknämnder)\b[^.;]*?\bsom\b[^.;]*)",
    matches=(
        ", och därutöver av de nämnder och bolagsstyrelser som berörs av rapportens förslag",
        " samt de stadsdelsnämnder som så önskar",
    ),
    not_matches=("och de nämnder",),
)
# Words between a list's names that are no name themselves: adverbs, "bl.a.", "d.v.s.", a repeated "till".
# Pieces come stripped of dots at their ends: "bl.a." is "bl.a" here, "t.ex." is "t.ex".
_FILLER_WORD = (
    r"(?:i\s+första\s+hand|i\s+andra\s+hand|även|också|dessutom|därutöver|bland\s+an(?:nat|dra)|bl\.\s?a\.?|"
    r"m\.\s?fl\.?|med\s+flera|t\.\s?ex\.?|till\s+exempel|främst|d\.\s?v\.\s?s\.?|dvs\.?|det\s+vill\s+säga|"
    r"närmare\s+bestämt|i\s+synnerhet|särskilt|samtliga|alla|och|samt|styrelsen\s+(?:för|i)|till|av|:|-|–)"
)
_FILLER = rule(
    "referral.filler",
    rf"^(?:{_FILLER_WORD}(?:\s+{_FILLER_WORD})*)?$",
    matches=("", "bl.a", "d.v.s. till", "samt till", "och därutöver", "i första hand", "dvs"),
    not_matches=("Kulturnämnden", "utom", "de nämnder som berörs"),
)


# "till" repeated before a name the list goes on with: "… samt till Stockholms stads pensionärsråd".
_TO_AGAIN = re.compile(r"^(?:(?:även|också|dessutom)\s+)?till\s+(?=[A-ZÅÄÖ])")


# A subject that names nobody: "De som ska redovisa ...", "Dessa ska ...".
_PRONOUN = rule(
    "referral.pronoun",
    r"^(?:de|dessa|den|det|denna|vi|man|var|vilka|som|remissinstanserna|de\s+som|"
    r"nämnderna|styrelserna|bolagen|förvaltningarna|instanserna)\b",
    matches=("De som", "Dessa", "Remissinstanserna", "Nämnderna"),  # "Nämnderna": the ones named before
    not_matches=("Detaljplanenämnden", "Denmark AB"),
)


@dataclass(frozen=True)
class _Zone:
    start: int
    end: int
    whole: bool = False  # the list must fill the zone (the subject before "ska")
    list_end: int | None = None  # where the names end, before a purpose or deadline (a condition may go on)

    def shifted(self, offset: int) -> _Zone:
        """The zone in the block's text, from the sentence's."""
        list_end = None if self.list_end is None else offset + self.list_end
        return _Zone(offset + self.start, offset + self.end, self.whole, list_end)


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


def _recipients(
    text: str, zone: _Zone, boards: Sequence[BoardSpan], register: BoardRegister | None
) -> tuple[list[Recipient], str | None]:
    """The recipients and condition read in ``zone``; a group's members left out ("samtliga stadsdelsnämnder utom
    Norrmalm") are no recipients of their own but the group's ``excluding``."""
    excluded = find_exclusions(text, zone.start, zone.end, boards, register)
    recipients, condition = _read_list(excluded.text, zone, excluded.boards, register)
    return excluded.applied(recipients), condition


# A "till" that may start the list when the first one did not: "att remittera förslag till handlingsplan för X till
# samtliga facknämnder" (the first "till" is the proposal's).
_LATER_TO = re.compile(r"\btill\s+", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:och|samt|som|ska|skall|bör|har|lämnas|skickas|sänds)\b", re.IGNORECASE)


def _recipient_zones(text: str) -> list[_Zone]:
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


def _recipient_zone(text: str) -> _Zone | None:
    """Where in a (title-masked) sentence the recipient list stands; after a colon when the lead says "följande"."""
    zone = _lead_zone(text)
    if zone is None:
        return None
    if zone.whole:
        colon = text.find(":", zone.end)
        if colon < 0 or not _FOLLOWING_SUBJECT.match(text[zone.start : zone.end]):
            return zone
        return _zone_after(text, len(text) - len(text[colon + 1 :].lstrip()))
    if following := _FOLLOWING.pattern.match(text, zone.start):
        return _zone_after(text, following.end())
    return zone


def _lead_zone(text: str) -> _Zone | None:
    """The recipient list's place by the sentence's lead: after "av"/"till", or the subject before "ska"."""
    if passive := _PASSIVE_BY.search(text):
        return _zone_after(text, passive.end())
    for pattern in (_ON_REMISS_TO, _REFERRED_TO, _BODIES_ARE, _URGES):
        if found := pattern.search(text):
            return _zone_after(text, found.end())
    if inverted := _INVERTED.search(text):
        subject = "given" if inverted.group("given") is not None else "asked"
        return _Zone(inverted.start(subject), inverted.end(subject), whole=True)
    if gives := _GIVES.search(text):
        return _Zone(gives.start("given"), gives.end("given"), whole=True)
    if due := _ANSWERS_FROM.search(text):
        return _Zone(due.start("bodies"), due.end("bodies"), whole=True)
    if active := _ACTIVE.search(text):
        # The subject, after a clause that introduces it: "Stadskontoret föreslår därför att samtliga nämnder ges ..."
        start = max((m.end() for m in _SUBJECT_AFTER.pattern.finditer(text, 0, active.start())), default=0)
        return _Zone(start, active.start(), whole=True)
    return None


# A parenthesis inside a list (an abbreviation, a date of its own) is no item and ends nothing.
_ASIDE = re.compile(r"\s*\([^()]*\)")


def _zone_after(text: str, start: int) -> _Zone:
    """A list after its lead ("remitterats till"), ending before its purpose or deadline."""
    found = _LIST_END.pattern.search(_ASIDE.sub(lambda aside: " " * len(aside.group()), text), start)
    return _Zone(start, len(text), list_end=found.start() if found else None)


def _mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Titles blanked out, so that their words are neither triggers nor recipients."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "¤" * (end - start)
    return "".join(chars)


def _read_list(
    text: str, zone: _Zone, boards: Sequence[BoardSpan], register: BoardRegister | None
) -> tuple[list[Recipient], str | None]:
    """Recipients and condition in ``text[zone.start:zone.end]``; nothing when the list is not one."""
    end = zone.end if zone.list_end is None else zone.list_end
    condition = None
    if found := _CONDITION.pattern.search(text, zone.start, zone.end):
        condition = found.group("condition").strip(" .")
        end = min(end, found.start())
    recipients: list[Recipient] = []
    position = zone.start
    separators = _separators(text[zone.start : end])
    for span in [*[b for b in boards if zone.start <= b.start and b.end <= end], None]:
        gap_end = span.start if span else end
        if recipients and (area := with_area(recipients[-1], text[position:gap_end])):
            recipients[-1], position = area[0], position + area[1]
        for piece in _pieces(text[position:gap_end], separators):
            piece = _TO_AGAIN.sub("", _ASIDE.sub("", piece).strip(" ."))
            if _FILLER.match(piece):
                continue
            if not _name_like(piece) or "¤" in piece or _PRONOUN.match(piece):
                # The list ended before the zone did: fine after "av"/"till", not for a subject.
                return ([] if zone.whole else recipients), condition
            recipients.append(resolve_name(piece, register))
        if span is None:
            break
        if span.start < position:
            continue  # inside the name of a body listed before it
        recipient, position = listed_recipient(span, text, register)
        recipients.append(recipient)
    return recipients, condition


def _name_like(piece: str) -> bool:
    return bool(NAME_LIKE.match(piece) or BOARD_LIKE.match(piece) or OFFICE_LIKE.match(piece))


_NAMES_WITH_OCH = re.compile(r"\s*(?:,|;|\bsamt\b|\bsåväl\b|\bliksom\b|(?<=\s)respektive\b)\s*", re.IGNORECASE)


def _separators(zone: str) -> re.Pattern[str]:
    """How a list's items are separated: a list that closes with "samt" keeps "och" inside its names.

    "..., Sveriges Kommuner och Landsting samt AB Storstockholms Lokaltrafik": the
    last item is joined by "samt", so an "och" before it joins the words of a name.
    """
    joiners = re.findall(r"\b(och|samt)\b", zone)
    return _NAMES_WITH_OCH if joiners and joiners[-1] == "samt" and "och" in joiners else LIST_SEPARATORS


def _pieces(gap: str, separators: re.Pattern[str]) -> list[str]:
    """The items of a stretch of list, a company's name kept whole: "Nordiska Bostäder och Lokaler AB"."""
    parts = re.split(f"({separators.pattern})", gap, flags=separators.flags)
    pieces, joiners = parts[::2], parts[1::2]
    merged = pieces[:1]
    for joiner, piece in zip(joiners, pieces[1:], strict=True):
        previous = merged[-1].strip()
        company = piece.strip().endswith(" AB") and previous[:1].isupper() and "AB" not in previous.split()
        if joiner.strip().lower() == "och" and company and piece.strip()[:1].isupper():
            merged[-1] = f"{merged[-1]}{joiner}{piece}"
        else:
            merged.append(piece)
    return merged


_REPORT_NAMED = re.compile(r"\b(?:del)?r\w?pport(?:en)?\s+", re.IGNORECASE)  # "räpporten": misread by OCR


def _report_title(item: Analysed, sentence: Sentence, titles: Sequence[TitleSpan], reports: Reports) -> str | None:
    for span in titles:
        if span.block == item.index and sentence.start <= span.start < sentence.end:
            return reports.title_for(span.text)
    # "rapporten X" with X misread in places (OCR): the nearest known title
    for named in _REPORT_NAMED.finditer(sentence.text):
        if title := reports.title_near(sentence.text[named.end() :]):
            return title
    return _default_report(reports)


def _default_report(reports: Reports) -> str | None:
    """The report of a referral that names none: the one the document annexes, else the one its heading
    remits ("Remiss av X"); a report the text only cites is no default."""
    annexed = [ref.title for ref in reports.refs if ref.annex_number is not None]
    return annexed[0] if len(annexed) == 1 else reports.subject


_LIST_HEADING = rule(
    "referral.list_heading",
    r"^(?:remissinstanser|remissen\s+har\s+(?:gått|skickats)\s+till)\b",
    matches=("Remissinstanser", "Remissen har gått till följande:"),
    not_matches=("Remissammanställning",),
)


_ITEM_END = re.compile(r"[\s,;.]*(?:\b(?:och|samt)\s*)?$", re.IGNORECASE)


def _named_item(text: str, register: BoardRegister | None) -> list[Recipient]:
    """A list item under a referral's lead that names no board the register or the list reader knows: a body
    all the same when it is a short name ("nämnden för Trafik,", "Polisregion Stockholm och")."""
    name = _ITEM_END.sub("", text).strip()
    if not (NAME_LIKE.match(name) or BOARD_LIKE.match(name)) or len(name.split()) > 8:
        return []
    return [resolve_name(name, register)]


def _listed_after(
    analysed: Sequence[Analysed], index: int, register: BoardRegister | None
) -> tuple[list[Recipient], list[Analysed]]:
    """Recipients set as a list under a lead-in ("... remitterats till följande:", a "Remissinstanser" heading)."""
    recipients: list[Recipient] = []
    items: list[Analysed] = []
    districts = False
    for item in analysed[index + 1 :]:
        if (found := _read_entries(_entries(item), recipients, districts, register)) is None:
            break
        recipients, districts = found
        items.append(item)
    return recipients, items


# A label over a part of the list ("Facknämnder:", "Stadsdelsnämnder:", "Övriga remissinstanser:"), and one (or a
# shared head) that names districts, after which a place alone is its district: "Stadsdelsnämnderna" / "Farsta".
_LIST_LABEL = rule(
    "referral.list_label",
    r"^(?:[\wåäöÅÄÖ-]+\s+){0,3}[\wåäöÅÄÖ-]+\s*:$",
    matches=("Facknämnder:", "Stadsdelsnämnder:", "Övriga remissinstanser:"),
    not_matches=("Ärendet har remitterats till följande:", "Kulturnämnden"),
)
_DISTRICTS = re.compile(r"^(?:samtliga\s+|stadens\s+)?stadsdelsnämnd(?:er|erna)\b", re.IGNORECASE)


def _read_entries(
    entries: Sequence[str], recipients: list[Recipient], districts: bool, register: BoardRegister | None
) -> tuple[list[Recipient], bool] | None:
    """The recipients with those of one item's entries, and whether a place alone is a district after them; None
    when an entry names no one (the list has ended)."""
    if not entries:
        return None
    recipients = list(recipients)
    label = False  # the last entry was the districts' group alone ("Stadsdelsnämnderna"): a label if places follow
    for entry in entries:
        if _LIST_LABEL.match(entry):
            districts, label = bool(_DISTRICTS.match(entry)), False
            continue
        place = _district_by_place(entry, register) if districts else None
        if place is not None:
            if label:
                recipients.pop()  # "Stadsdelsnämnderna" over its places was their label, not the group
            recipients.append(place)
            label = False
            continue
        if not (found := read_board_list(entry, register) or _named_item(entry, register)):
            return None
        recipients += found
        districts = bool(_DISTRICTS.match(entry))
        label = districts and len(found) == 1 and found[0].group
    return recipients, districts


def _district_by_place(entry: str, register: BoardRegister | None) -> Recipient | None:
    register = register or load_register()
    board_id = register.places("district_committee").get(entry.strip(" ,;.").lower())
    if board_id is None:
        return None
    board = register[board_id]
    return Recipient(name=board.name, board_id=board.id, kind=board.kind)


# A line that goes on on the next one: a name broken after a preposition or a conjunction ("Micasa Fastigheter i").
_GOES_ON = re.compile(r"(?:\s(?:i|för|och|samt|av|till)|[-–])$")


def _entries(item: Analysed) -> list[str]:
    """The entries of a list under a lead: a list item's text, or the lines of a paragraph that is names only, one a
    line, as a missive sets its remissinstanser (short lines, no sentence's full stop); none for anything else."""
    text = item.text.strip()
    if item.block.kind == "list_item":
        return [text] if len(text) <= 150 else []
    if item.block.kind != "paragraph":
        return []
    lines: list[str] = []
    for line in (text[span.start : span.end].strip() for span in item.block.lines) if item.block.lines else [text]:
        if lines and (_GOES_ON.search(lines[-1]) or line[:1].islower()):
            lines[-1] = f"{lines[-1]} {line}"
        elif line:
            lines.append(line)
    names_only = all(
        len(line.split()) <= 8 and (not line.endswith((".", "!", "?", ":")) or _LIST_LABEL.match(line))
        for line in lines
    )
    return lines if names_only else []


def _list_referral(
    lead: Analysed,
    sentence: Sentence | None,
    reports: Reports,
    analysed: Sequence[Analysed],
    register: BoardRegister | None,
) -> Referral | None:
    recipients, items = _listed_after(analysed, lead.index, register)
    if not recipients:
        return None
    text = sentence.text if sentence else lead.text
    start, end = (sentence.start, sentence.end) if sentence else (0, len(lead.text))
    titles = [s for s in reports.spans if s.block == lead.index]
    boxes = union_per_page(lead.block.locate(start, end) + [box for item in items for box in item.block.boxes])
    return Referral(
        report_title=_report_title(lead, sentence or Sentence(start, end, text), titles, reports),
        action="implementation" if _IMPLEMENTATION.search(text) else "opinion",
        scope="report",
        recipients=recipients,
        text=" ".join([text, *(f"– {item.text}" for item in items)]),
        page=boxes[0].page,
        bbox=boxes[0].bbox,
        boxes=boxes,
    )


# A referral table's header row: which column holds the recipients, the report, what to answer on, the date.
_TABLE_COLUMNS = {
    "recipients": rule(
        "referral.table.recipients",
        r"^(?:remissinstans(?:er)?|mottagare|instans(?:er)?|nämnd(?:er)?(?:\s+och\s+bolag\w*)?)$",
        matches=("Remissinstans", "Nämnder och bolagsstyrelser"),
        not_matches=("Rapport",),
    ),
    "report": rule(
        "referral.table.report",
        r"^(?:rapport(?:er)?|remiss(?:en)?|ärende|underlag|betänkande)$",
        matches=("Rapport", "Ärende"),
        not_matches=("Remissinstans",),
    ),
    "scope": rule(
        "referral.table.scope",
        r"^(?:synpunkter\s+på|avser|omfattning|yttrande\s+över|uppdrag|remissen\s+avser)$",
        matches=("Synpunkter på", "Avser"),
        not_matches=("Svar senast",),
    ),
    # The date answers are due (read from the row's text, `dates.with_reply_dates`).
    "reply_by": rule(
        "referral.table.reply_by",
        r"^(?:svar\s+senast|senast|sista\s+svarsdag(?:en)?|svarsdatum|svarsdag|datum\s+för\s+svar|remisstid(?:en)?)$",
        matches=("Svar senast", "Sista svarsdag", "Svarsdatum", "Remisstid"),
        not_matches=("Rapport", "Datum för beslut"),
    ),
    # The measures a recipient answers for, by number: "1, 2 och 4", "5–7", "A1.2, A1.3".
    "measures": rule(
        "referral.table.measures",
        r"^(?:åtgärd(?:er|erna)?|åtgärdsnummer|åtgärder\s+att\s+redovisa)$",
        matches=("Åtgärder", "Åtgärd", "Åtgärdsnummer"),
        not_matches=("Åtgärdens innehåll",),
    ),
}
_BOARD_WORD_END = re.compile(r"nämnd(?:en|er|erna)?$")
_WORD_BREAK = re.compile(r"(\w+)\n(\w+)")


def _mend_broken_words(cell: str) -> str:
    r"""Board names broken in a narrow cell without a hyphen: "exploateringsnämn" / "den" -> one word.

    >>> _mend_broken_words("Trafiknämnden,\nexploateringsnämn\nden,\nstadsbyggnadsnäm\nnden")
    'Trafiknämnden,\nexploateringsnämnden,\nstadsbyggnadsnämnden'
    >>> _mend_broken_words("Rinkeby-Kista\nstadsdelsnämnd")
    'Rinkeby-Kista\nstadsdelsnämnd'
    """

    def mend(found: re.Match[str]) -> str:
        left, right = found.group(1), found.group(2)
        broken = _BOARD_WORD_END.search(left + right) and not _BOARD_WORD_END.search(right) and right.islower()
        return left + right if broken else found.group(0)

    return _WORD_BREAK.sub(mend, cell)


def _table_header(cells: Sequence[str]) -> dict[str, int] | None:
    found = {
        column: i for column, pattern in _TABLE_COLUMNS.items() for i, text in enumerate(cells) if pattern.match(text)
    }
    return found if "recipients" in found and len(found) >= 2 else None


_UNFINISHED_CELL = rule(
    "referral.table.unfinished_cell",
    r"(?:,|\b(?:och|samt|eller|till|på|av)|\s[–-])\s*$",
    matches=("AB Svenska Bostäder,", "Kulturnämnden och", "Idrottsnämnden samt", "Lokal samverkan mot otrygghet –"),
    not_matches=("Hela rapporten", "2017-09-30", "Rinkeby-Kista stadsdelsnämnd"),
)


def carries_over(above: Sequence[str], below: Sequence[str]) -> bool:
    """The first row of a page holds the rest of the last row before the page break (a row split by the break).

    The rest fills some of the columns but not all those the row filled above (a short cell, as the date,
    fitted before the break) and none the row left empty; and one of its cells goes on mid-phrase: it starts
    in lower case, or the cell above it ends in a comma, a conjunction ("och", "samt"), a preposition or a dash.

    >>> carries_over(["AB Svenska Bostäder, AB", "Lokal samverkan mot otrygghet –", "Förutsättningar att", "2027"],
    ...              ["Familjebostäder, AB Stockholmshem", "erfarenheter från", "åtgärderna D1.2", ""])
    True
    >>> carries_over(["Kulturnämnden", "Rapport A", "Hela rapporten", "2017-09-30"],
    ...              ["Idrottsnämnden", "Rapport B", "åtgärd C3.2", "2017-10-31"])
    False
    """
    if len(above) != len(below):
        return False
    pairs = [(a.strip(), b.strip()) for a, b in zip(above, below, strict=True)]
    if not any(b for _, b in pairs) or any(b and not a for a, b in pairs) or all(b for a, b in pairs if a):
        return False
    return any(b[:1].islower() or _UNFINISHED_CELL.search(a) for a, b in pairs if a and b)


@dataclass
class _Row:
    """A table row as referrals read it: its cells' texts and where it stands (over a page break, two pieces)."""

    cells: list[str]
    items: list[Analysed]

    def carried_over(self, rest: Analysed) -> _Row:
        cells = [
            f"{a}\n{b}" if a.strip() and b.strip() else a or b for a, b in zip(self.cells, _cells(rest), strict=True)
        ]
        return _Row(cells, [*self.items, rest])

    def located(self) -> dict[str, object]:
        if len(self.items) == 1:
            return self.items[0].located()
        return located_at(union_per_page([box for item in self.items for box in item.block.boxes]))


def _cells(item: Analysed) -> list[str]:
    return [cell.text for cell in item.block.cells]


def _table_referral(
    row: _Row, columns: dict[str, int], reports: Reports, register: BoardRegister | None, implementing: bool
) -> Referral | None:
    """One row's referral; ``implementing``: the text leading into the table asks how measures can be carried out,
    which is what each row asks unless the table has a column saying so row by row ("Synpunkter på")."""
    cells = row.cells
    if max(columns.values()) >= len(cells):
        return None
    names = _mend_broken_words(cells[columns["recipients"]])
    recipients = read_board_list(join_lines(names.splitlines()), register)
    if not recipients:
        return None

    def column(name: str) -> str:
        return join_lines(cells[columns[name]].splitlines()) if name in columns else ""

    report, scope = column("report"), column("scope")
    numbered = f"åtgärderna {column('measures')}" if column("measures") else ""  # its header names the numbers
    codes = list(dict.fromkeys(c.code for c in [*find_codes(scope), *find_codes(numbered)]))
    return Referral(
        report_title=reports.title_for(report) or report or _default_report(reports),
        action="implementation"
        if _IMPLEMENTATION.search(scope) or (implementing and "scope" not in columns)
        else "opinion",
        scope="measures" if codes else "report",
        measure_codes=codes,
        recipients=recipients,
        priority="primary" if _PRIMARY.search(scope) else None,
        text=" | ".join(join_lines(cell.splitlines()) for cell in cells),
        **row.located(),
    )


def _table_referrals(analysed: Sequence[Analysed], reports: Reports, register: BoardRegister | None) -> list[Referral]:
    """Referrals set out as a table: "Remissinstans | Rapport | Synpunkter på | Svar senast", a row each.

    A row split by a page break is read as one: the first row of the next page (after a repeated header)
    that :func:`carries_over` the last row before the break completes it.
    """
    referrals: list[Referral] = []
    columns: dict[str, int] | None = None
    last: tuple[_Row, int | None] | None = None  # the row above and the index of its referral
    implementing = False  # the text before the table asks how the measures can be carried out
    for item in analysed:
        if item.block.kind != "table_row":
            columns, last = None, None
            implementing = bool(_IMPLEMENTATION.search(item.text)) if item.block.kind == "paragraph" else implementing
            continue
        header = _table_header([join_lines(cell.text.splitlines()) for cell in item.block.cells])
        if header is not None:
            columns = header
            continue
        if columns is None:
            continue
        row, index = _Row(_cells(item), [item]), None
        if (
            last is not None
            and item.block.page > last[0].items[-1].block.page
            and carries_over(last[0].cells, row.cells)
        ):
            row, index = last[0].carried_over(item), last[1]
        if (referral := _table_referral(row, columns, reports, register, implementing)) is not None:
            if index is None:
                referrals.append(referral)
                index = len(referrals) - 1
            else:
                referrals[index] = referral
        last = (row, index)
    return referrals


def _same_directive(referral: Referral) -> tuple[object, ...]:
    return (
        referral.report_title,
        referral.action,
        tuple(referral.measure_codes),
        tuple(r.name for r in referral.recipients),
    )


def addressed_to_self(referral: Referral, own: set[str]) -> bool:
    """A referral whose every recipient is the document's own body or municipality: the remiss it answers.

    A recipient named by its kind alone ("Nämnden", "Styrelsen") is the document's own body.

    >>> from atgard.schema.contract import Recipient
    >>> one = Recipient(name="Stockholms stad", kind="external")
    >>> addressed_to_self(Referral(report_title=None, action="opinion", scope="report", recipients=[one],
    ...     text="...", page=1, bbox={"x0": 0, "top": 0, "x1": 1, "bottom": 1},
    ...     boxes=[{"page": 1, "bbox": {"x0": 0, "top": 0, "x1": 1, "bottom": 1}}]), {"stockholms stad"})
    True
    """
    return all(
        recipient.name.casefold() in own or OWN_BODY.match(recipient.name) or _OWN_OFFICE_OR_TOWN.match(recipient.name)
        for recipient in referral.recipients
    )


# The document's own office or municipality named by its kind alone: "Förvaltningen har fått möjlighet att yttra
# sig", "Staden har beretts tillfälle …" (the remiss the document answers).
_OWN_OFFICE_OR_TOWN = rule(
    "referral.own_office_or_town",
    r"^(?:förvaltningen|stadsdelsförvaltningen|kontoret|staden|kommunen)$",
    matches=("Förvaltningen", "Kontoret", "Staden", "Kommunen"),
    not_matches=("Trafikkontoret", "Stadsledningskontoret", "Socialförvaltningen"),
)


def extract_referrals(
    analysed: Sequence[Analysed], reports: Reports, register: BoardRegister | None = None
) -> list[Referral]:
    """Every referral directive of a document, in order; one stated twice (summary, decision) is kept once."""
    found = _sentence_referrals(analysed, reports, register) + _table_referrals(analysed, reports, register)
    unique: dict[tuple[object, ...], Referral] = {}
    for referral in sorted(found, key=lambda r: (r.page, r.bbox.top)):
        unique.setdefault(_same_directive(referral), referral)
    return list(unique.values())


def _sentence_referrals(
    analysed: Sequence[Analysed], reports: Reports, register: BoardRegister | None
) -> list[Referral]:
    referrals = []
    dissent = in_dissent(analysed)
    for item in analysed:
        if item.index in dissent:
            continue
        if item.block.kind == "heading" and _LIST_HEADING.match(item.text):
            if (listed := _list_referral(item, None, reports, analysed, register)) is not None:
                referrals.append(listed)
            continue
        if item.block.kind not in ("paragraph", "list_item"):
            continue
        titles = [s for s in reports.spans if s.block == item.index]
        masked = _mask(item.text, [(s.start, s.end) for s in titles])
        for sentence in item.sentences():
            text = masked[sentence.start : sentence.end]
            if not _TRIGGER.search(text) or _REPORTED.match(text) or _FOR_INFORMATION.search(text):
                continue
            zones = _recipient_zones(text)
            if not zones:
                continue
            in_sentence = [
                b
                for b in item.boards_in(sentence.start, sentence.end)
                if not any(t.start < b.end and b.start < t.end for t in titles)
            ]
            recipients: list[Recipient] = []
            condition: str | None = None
            for zone in zones:
                recipients, condition = _recipients(masked, zone.shifted(sentence.start), in_sentence, register)
                if recipients:
                    break
            if not recipients and LIST_LEAD.search(text):  # the list follows as items
                if (listed := _list_referral(item, sentence, reports, analysed, register)) is not None:
                    referrals.append(listed)
                continue
            if not recipients:
                continue
            codes = [c.code for c in find_codes(text)]
            referrals.append(
                Referral(
                    report_title=_report_title(item, sentence, titles, reports),
                    action="implementation" if _IMPLEMENTATION.search(text) else "opinion",
                    scope="measures" if codes else "report",
                    measure_codes=list(dict.fromkeys(codes)),
                    recipients=recipients,
                    priority="primary" if _PRIMARY.search(text) else None,
                    condition=condition,
                    text=sentence.text,
                    **item.located(sentence.start, sentence.end),
                )
            )
    return referrals
