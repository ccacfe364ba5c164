"""How a report's title stands in a document: the rules that find it in headings and running text, and trim it.

A report is named by its own title, without what frames it: the genre word before it ("betänkandet",
"promemorian", "förslaget till"), the referral around it ("X-departementets remiss av …", "Svar på remiss
om …"), its series number ("(SOU 2025:47)", "Ds 2025:29") and a version's tail (", remissversion juni 2025").
A title ends where the sentence goes on: before a verb of deciding or sending ("… godkänns och översänds",
"… och lämnar följande synpunkter"), a preposition that starts the rest ("från", "till") or punctuation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from atgard.extract.annex_titles import (
    ANNEX_LABEL,
    BRACKETED_DATE,
    BRACKETED_YEAR,
    SERIES_LEAD,
    without_genre_tail,
    without_series_number,
)
from atgard.extract.lemmas import forms_pattern
from atgard.extract.rules import phrase, rule
from atgard.extract.title_parts import (
    GENRE,
    GENRE_OWNED,
    KIND_DESCRIBED,
    NEW_OR_REVISED,
    PLAN_AHEAD,
    PLAN_NAME,
    PLAN_NOUN,
    STAGE_TAIL,
    TILL_IN_TITLE,
)
from atgard.extract.vocabulary import (
    ANSWER_ABOUT,
    BOARD_WORD,
    CASE_NUMBER,
    CASE_NUMBER_LABEL,
    COUNTY_NAME,
    DIRECTING,
    MUNICIPALITY_GENITIVE,
    MUNICIPALITY_NAME,
    OCH,
    OFFICE_WORD,
    REGION_NAME,
    SAMT,
    YEARS,
)
from atgard.schema import Block
from atgard.schema.keys import trailing_year, without_trailing_year

# A verb that goes on after a title, by lemma (every form, also in compounds: "översänds", "överlämnar").
_GOES_ON = forms_pattern(
    "godkänna", "sända", "skicka", "lämna", "anta", "besluta", "fastställa", "remittera", "besvara", "åberopa",
    "tillstyrka", "avstyrka", "tillställa", "expediera", "överlämna", "översända",  # "lämna" too short to end them
    compounds=True,
)  # fmt: skip

# A proposal, also as a compound's last part: "förslaget", "samrådsförslag", "granskningsförslaget"; or a draft
# ("utkastet till Åtgärdsprogram mot buller").
_PROPOSAL = r"(?:(?:[Ff]|[a-zåäö]+f)örslag(?:et)?|[Uu]tkast(?:et)?)"
# What sends a plan or asks an opinion on it, before the plan named by its compound: "har remitterat", "har fått",
# "yttra sig över", "remiss av".
_SENT_OR_ASKED = (
    rf"(?i:{forms_pattern('remittera', 'skicka', 'sända', 'överlämna', 'översända')}|\b(?:fått|får|fick)\b|"
    rf"\b(?:yttra\s+sig|yttrande|synpunkter|kommentarer|remiss(?:en)?)\s+(?:{ANSWER_ABOUT}|av)\b)"
)
# A body's name, not a plan's, after the plan's noun: "åtgärdsprogrammet Trafikkontoret har tagit fram".
_BODY = rf"(?i:[\wåäö-]*(?:{BOARD_WORD}|{OFFICE_WORD}|fullmäktige))\b"
QUOTED_TITLE = rule(
    "report.quoted_title",
    # the look-ahead tests each letter of a word at once for the nouns' first letters (the engine reads words back)
    r"\b\w*(?=[bpru])(?:rapport|betänkande|promemoria|utredning|program)\w*\s+[”\"»](?P<title>[^”\"«]{5,150})[”\"«]",
    matches=("yttra sig över rapporten ”Trygg i hela staden” från Kommissionen", "i slutrapporten ”Nära till idrott”"),
    not_matches=("rapporten Trygg i hela staden",),
)
# An official series' number before the title is no part of it: "Remiss av betänkandet SOU 2027:31 Bostäder för ett
# tryggt åldrande", "Yttrande över promemorian Ds 2026:4 – Ett enklare regelverk" (annex_titles' SERIES_LEAD).
# Its year is the report's (the group ``series_number``, read by ``annex_titles.number_year``).
SERIES_BEFORE = rf"(?P<series_number>{SERIES_LEAD})"
# A title in plain type after its genre word, or after "förslaget till" when it starts with a capital: the
# proposal is of that plan or programme ("lämna synpunkter på förslaget till Regionalt trafikförsörjningsprogram").
NAMED_TITLE = rule(
    "report.named_title",
    r"(?:\b(?:(?:[Rr]|[a-zåäö]+r)apporten|(?:[Bb]|[a-zåäö]+b)etänkandet|[Pp]romemorian|[Dd]epartementspromemorian)\s+|"
    rf"\b{_PROPOSAL}\s+till\s+{NEW_OR_REVISED}(?=[A-ZÅÄÖ])|"
    rf"\b[\wåäö-]+s\s+{GENRE_OWNED}\s+(?=[A-ZÅÄÖ])|"
    # a plan by its compound's definite form, its name capitalised, sent or asked about: "remitterat handlingsplanen
    # Stockholm i ett …" (named in passing, "i linje med översiktsplanen Göteborg 2040", it is no report)
    rf"{_SENT_OR_ASKED}\s+(?:[a-zåäö]+\s+){{0,2}}?[a-zåäö]+(?:planen|programmet|strategin)\s+(?=[A-ZÅÄÖ])(?!{_BODY}))"
    # no table's cell: "|"
    rf"{SERIES_BEFORE}?(?P<title>{TILL_IN_TITLE}[^,.;:()”\"|]{{0,120}}?|[A-ZÅÄÖ][^,.;:()”\"|]{{3,120}}?)"
    rf"(?=\s+(?:(?:från|till|som|har|är|{DIRECTING}|kan|ges|senast|{SAMT}|i\s+första|{OCH}\s+(?:dess|de|den|det)|på\s+remiss|"
    # what it is sent for: "remitterat förslaget till X för yttrande"
    r"för\s+(?:yttrande|samråd|synpunkter|kännedom|granskning|beslut)\b)"
    r"\b|\()"
    rf"|\s+(?:{OCH}\s+)?{_GOES_ON}"
    # what the matter is about follows a dash: "X – rapport från Y", "X – beslut om remiss", "X – yttrande"
    r"|\s+[–-]\s+(?i:(?:[\wåäö]+s\s+)?(?:en\s+)?(?:slut|del)?rapport|betänkande|svar\s+på|remiss|beslut\b|"
    r"yttrande|samråd|godkännande|antagande|information)"
    r"|\s*[,.;:(]|$)",
    flags=0,
    matches=(
        "Kommunstyrelsen har remitterat rapporten Trygg i hela staden från Kommissionen",
        "Yttrande över rapporten Trygg i hela staden",
        "Remittering av rapporten Trygg i hela staden – kommissionens slutrapport",
        "Region Skåne har bjudit in staden att lämna synpunkter på förslaget till Regionalt trafikprogram 2026–2030.",
        "Yttrandet över promemorian Skolskjuts vid val av annan skola godkänns och översänds enligt bilaga 1.",
        "Staden har fått tillfälle att yttra sig över Finansdepartementets promemoria Enklare regler för upphandling.",
        "Kontoret har tagit fram ett förslag till Program för tillgängliga torg och sommaraktiviteter 2027.",
        "Nämnden godkänner att förslaget till Anläggningsplan för idrotten 2027–2036 skickas på remiss.",
        "Förslaget till Plan för stadens badplatser fastställs och tillställs kommunstyrelsen.",
        "Ärende 6 Förslag till Plan för offentlig konst 2026–2030 – beslut om remiss",
        "Kommunstyrelsen har remitterat förslaget till nya Riktlinjer för markanvisning i Umeå kommun till nämnden.",
        "Nämnden har fått samrådsförslaget till Program för Norra hamnen för yttrande.",
        "Yttrande över förslag till reviderade Riktlinjer för bostadsförsörjning",
        "Nämnderna ombeds lämna synpunkter på utkastet till Åtgärdsprogram mot buller 2026–2030 senast den 17 april.",
        "Utkast till Handlingsplan för trygghet 2027 – beslut om remiss",
        "Kommunstyrelsen har remitterat utredningens slutrapport Nära till idrott och kultur till nämnden.",
        "Bolaget har fått tillfälle att yttra sig över slutrapporten Vägen till arbete från utredningen.",
        "Kommunstyrelsen har remitterat handlingsplanen Stockholm i ett varmare klimat (2026) till nämnden.",
        "Nämnden har fått åtgärdsprogrammet Renare luft i Göteborg för yttrande.",
        "Kommunen ska yttra sig över den regionala utvecklingsstrategin Jämtland Härjedalen 2030.",
        "Staden har fått betänkandet SOU 2027:31 Bostäder för ett tryggt åldrande på remiss.",  # no series number
    ),
    not_matches=(
        "rapporten visar att otryggheten ökar",
        "i rapporten. Den",
        "förslaget till beslut",
        "utkastet till",
        "handlingsplanen ska följas upp av Kommunstyrelsen",
        # a plan named in passing, a body after the plan's noun
        "Förslaget ligger i linje med översiktsplanen Göteborg 2040 som antogs 2022.",
        "Enligt budgetplanen Nämnden har fått ska",
        "Nämnden har fått åtgärdsprogrammet Trafikkontoret har tagit fram.",
    ),
)
# What a title is not, though it stands where one may: a document of the answer's own or a decision
# ("förslag till Göteborgs Stads yttrande", "förslaget till Kommunstyrelsens beslut").
NOT_A_REPORT = rule(
    "report.not_a_report",
    r"^(?:[\wåäöÅÄÖ-]+s\s+){0,3}(?:yttrande|remissvar|svar|tjänsteutlåtande|tjänsteskrivelse|skrivelse|beslut)\b",
    matches=("Göteborgs Stads yttrande till Utbildningsdepartementet", "Kommunstyrelsens beslut"),
    not_matches=("Göteborgs Stads program för trygghet", "Skolskjuts vid val av annan skola"),
)

# ... and in running text, after the proposal: "har översänt ett förslag till ny översiktsplan, Översiktsplan 2045,".
NAMED_APPOSITION = rule(
    "report.named_apposition",
    rf"\b{_PROPOSAL}\s+till\s+{NEW_OR_REVISED}{KIND_DESCRIBED}(?P<title>" + PLAN_NAME + r")(?=\s*[,.;:(]|$)",
    flags=0,
    matches=(
        "Kommunen har översänt ett förslag till ny översiktsplan, Hållbara Hudiksvall 2040, för samråd.",
        "Nämnden har fått samrådsförslaget till fördjupad översiktsplan, FÖP Norrstaden 2040.",
        "Förslaget till reviderade riktlinjer för markanvisning, Riktlinjer för markanvisning och exploatering, "
        "har tagits fram av exploateringskontoret.",
    ),
    not_matches=(
        "ett förslag till detaljplan för kv. Björken, Norrstaden, för granskning",
        "förslaget till översiktsplan, som kommunen har tagit fram",
    ),
)


# A plan that another replaces, revises or follows, named in plain type: "Strategin ersätter Cykelstrategi för Skåne
# 2018–2025", "Programmet är en revidering av Miljöprogram 2020–2023", "ersätts av Trafikplan 2030". Its name is one
# capitalised word whose end is a plan's noun, and what follows it up to a clause's end.
SUPERSEDED_TITLE = rule(
    "report.superseded_title",
    r"\b(?:ersätter|ersatte|ersätts\s+av|ska\s+ersätta|reviderar|uppdaterar|efterträder|"
    r"(?:är|utgör)\s+en\s+(?:revidering|uppdatering|vidareutveckling)\s+av|bygger\s+vidare\s+på)\s+"
    r"(?P<title>(?=[A-ZÅÄÖ])(?i:[a-zåäö-]*?(?:plan|program|strategi|policy|riktlinjer|vision))\b"
    r"(?:\s+[^,.;:()\s]+){0,8}?|"
    # or a municipality's own plan by its period: "Stockholms stads program mot hemlöshet 2020–2024"
    rf"{MUNICIPALITY_GENITIVE}\s+[a-zåäö-]*?(?:plan|program|strategi|policy|riktlinjer)\b"
    r"(?:\s+[^,.;:()\s]+){0,6}?\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?)"
    r"(?=\s*[,.;:(]|\s+(?:och|samt|som|men|från|med|när|eftersom)\b|$)",
    flags=0,
    matches=(
        "Strategin ersätter Cykelstrategi för Skåne 2018–2025 och innehåller mål för cykelstråk.",
        "Programmet är en revidering av Miljöprogram 2020–2023.",
        "Planen ersätts av Trafikplan 2030, som antas i höst.",
        "Policyn efterträder Riktlinjer för markanvisning från 2015.",
        "Strategin ska ersätta Stockholms stads program mot hemlöshet 2020–2024.",
        "Planen ersätter Uppsala kommuns trafikplan 2015-2025 och gäller till 2035.",
        "Strategin ersätter Upplands Väsby kommuns trafikstrategi 2016–2026.",
    ),
    not_matches=(
        "Strategin ersätter den gamla cykelstrategin.",
        "Bidraget ersätter Kulturnämndens tidigare stöd.",
        "Planen ersätter Trafiknämndens plan.",
        "Strategin ersätter Stockholms stads program mot hemlöshet.",
    ),
)


# A proposal annexed or listed as such: "Förslag till Cykelstrategi för X 2026–2035, remissversion juni 2025".
# The report is what the proposal is of; the version's tail after a comma or a dash dates a draft, not the report.
_PROPOSAL_FRAME = rule(
    "report.proposal_frame",
    rf"^(?:(?i:förslag(?:et)?\s+till\s+(?:(?:ny|nytt|nya|reviderad|reviderat|reviderade)\s+)?)(?=[A-ZÅÄÖ]|{PLAN_AHEAD})|"
    rf"(?i:{GENRE})\s+(?=[A-ZÅÄÖ])|"
    # the remiss itself annexed: "Remiss: Handlingsplan för X 2027–2031, KS 2026/0545"
    r"(?i:remiss(?:en)?)\s*[:–-]\s*(?=[A-ZÅÄÖ]))?"
    r"(?P<title>.+?)"
    r"(?:\s*(?:,|\s[–-])\s*(?i:remissversion|remissutgåva|remissupplaga|version|utkast|daterad|reviderad)\b.*|"
    # a final or revised version's ("slutversion april 2027"), or whose proposal it is ("trafiknämndens förslag")
    r"\s*,\s*(?i:slutversion|slutlig\s+version|reviderad\s+version|beslutsversion|(?:[\wåäö-]+\s+){0,2}?[\wåäö-]+s\s+förslag)\b[^()]*|"
    rf"{STAGE_TAIL})?"
    # the referral's case number in brackets after the title: "(LI2025/00871)", "(dnr KS 2025/0902)"
    # ... or after a comma: "X, KS 2026/0545", "X, dnr KS 2026/0545"
    r"(?:\s*\((?i:dnr\.?\s*)?[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}[\s-]?(?:19|20)\d\d[/-]\d+\)|"
    rf"\s*,\s*(?i:{CASE_NUMBER_LABEL}\s*)?{CASE_NUMBER})?$",
    matches=(
        "Förslag till Cykelstrategi för Falköpings kommun 2026–2035, remissversion juni 2025",
        "Förslag till klimatanpassningsplan 2025–2030 – remissversion",
        "Handlingsplan för fossilfria arbetsmaskiner, daterad 2025-04-02",
        "Promemorian Ett lagstadgat ansvar för kommunernas trygghetsarbete",
        "Promemorian Laddpunkter vid befintliga flerbostadshus (LI2025/00871)",
        "Regionplan för Skåne 2027–2040, granskningshandling",
        "Handlingsplan för klimatanpassning 2027–2035, slutversion april 2027",
        "Gångvänlig stad – handlingsplan för gångtrafik 2027–2032, trafiknämndens förslag",
        "Remiss: Handlingsplan för klimatanpassning i Stockholm 2027–2031, KS 2026/0545",
        "Remiss – Program för idrott 2027–2030, dnr KS 2026/0412",
    ),
    flags=0,
)


def without_frame(text: str) -> str:
    """An annexed title without "Förslag till" before it and a version's tail after it.

    >>> without_frame("Förslag till Cykelstrategi för Falköpings kommun 2026–2035, remissversion juni 2025")
    'Cykelstrategi för Falköpings kommun 2026–2035'
    >>> without_frame("Förslag till klimatanpassningsplan 2025–2030"), without_frame("Förslag till yttrande 2025-08-28")
    ('Klimatanpassningsplan 2025–2030', 'Förslag till yttrande 2025-08-28')
    >>> without_frame("Betänkandet Framtidens socialtjänst"), without_frame("Rapporten visar att otryggheten ökar")
    ('Framtidens socialtjänst', 'Rapporten visar att otryggheten ökar')
    >>> without_frame("Promemorian Laddpunkter vid befintliga flerbostadshus (LI2025/00871)")
    'Laddpunkter vid befintliga flerbostadshus'
    >>> without_frame("Gångvänlig stad – handlingsplan för gångtrafik 2027–2032, trafiknämndens förslag")
    'Gångvänlig stad – handlingsplan för gångtrafik 2027–2032'
    >>> without_frame("Remiss: Handlingsplan för klimatanpassning 2027–2031, KS 2026/0545")
    'Handlingsplan för klimatanpassning 2027–2031'
    >>> without_frame("Remissen – sändlista"), without_frame("Trafikplan 2030, KS 2026/12 och 2026/13")
    ('Remissen – sändlista', 'Trafikplan 2030, KS 2026/12 och 2026/13')
    >>> without_frame("Trygghet och förslag")
    'Trygghet och förslag'
    >>> without_frame("Riktlinjer för markanvisning (2019)")
    'Riktlinjer för markanvisning (2019)'
    >>> without_frame("Trygga mötesplatser – analys och förslag till åtgärder i stadens offentliga rum")
    'Trygga mötesplatser – analys och förslag till åtgärder i stadens offentliga rum'
    """
    found = _PROPOSAL_FRAME.match(text)
    if found is None or found.group("title") == text:
        return text
    title = found.group("title").strip()
    return title[:1].upper() + title[1:]


# A plan's place after its kind: "Mobilitetsplan för Haninge kommun 2028–2038", "Plan för Stockholms stad".
_PLACE = rule(
    "report.place",
    r"\s+för\s+[A-ZÅÄÖ][\wåäöé-]*(?:\s+(?:[A-ZÅÄÖ][\wåäöé-]*|kommun|stad|län|region)){0,3}(?=\s|$)|"
    # ... or after its subject, "i" and the municipality: "Handlingsplan för klimatanpassning i Jönköpings kommun"
    rf"\s+i\s+(?:{MUNICIPALITY_NAME}|{REGION_NAME}|{COUNTY_NAME})(?=\s|$)",
    matches=(
        " för Haninge kommun",
        " för Stockholms stad",
        " för Region Uppsala",
        " för Norrtälje",
        " i Jönköpings kommun",
        " i Region Uppsala",
        " i Region Jönköpings län",
        " i Upplands Väsby kommun",
        " i Stockholms län",
    ),
    not_matches=(" för klimatanpassning", " för cykel i Uppsala", " i kommunen", " i Jönköping", " i Region"),
    flags=0,
)


def placed_titles(canonical: dict[str, str]) -> dict[str, str]:
    """A plan named without its place, as its owner's genitive stands before it ("Haninge kommuns förslag till
    mobilitetsplan 2028–2038"), is the one named with it ("Mobilitetsplan för Haninge kommun 2028–2038"): each such
    key with the whole title's, when one title alone has it.

    >>> placed_titles({"mobilitetsplan 2028 - 2038": "Mobilitetsplan 2028–2038",
    ...                "mobilitetsplan för haninge kommun 2028 - 2038": "Mobilitetsplan för Haninge kommun 2028–2038"})
    {'mobilitetsplan 2028 - 2038': 'mobilitetsplan för haninge kommun 2028 - 2038'}
    >>> placed_titles({"handlingsplan": "Handlingsplan", "handlingsplan för klimatet": "Handlingsplan för klimatet"})
    {}
    >>> placed_titles({"program för 2028 - 2031": "Program för 2028–2031",
    ...                "program för stockholms stad 2028 - 2031": "Program för Stockholms stad 2028–2031"})
    {'program för 2028 - 2031': 'program för stockholms stad 2028 - 2031'}
    >>> placed_titles({"program för 2028 - 2031": "Program för 2028–2031",
    ...                "program för stockholms stad": "Program för Stockholms stad"})
    {}
    """
    found: dict[str, str] = {}
    for key, short in canonical.items():
        spelled = _spelled(short)
        wholes = [
            other
            for other, title in canonical.items()
            if other != key
            and any(_spelled(cut) == spelled for m in _PLACE.finditer(title) for cut in _without_place(title, m))
        ]
        if len(wholes) == 1:
            found[key] = wholes[0]
    return found


def _without_place(title: str, place: re.Match[str]) -> list[str]:
    """The title without its place; before its years, also with "för" kept, as the years are the period the plan is
    for: "Spontanidrottsprogram för 2028–2031" of "Spontanidrottsprogram för Stockholms stad 2028–2031"."""
    before, after = title[: place.start()], title[place.end() :]
    cuts = [before + after]
    if place.group().lstrip().startswith("för ") and after.lstrip()[:4].isdigit():
        cuts.append(f"{before} för{after}")
    return cuts


def _spelled(title: str) -> str:
    """A title as two spellings of it share, its year kept: "Handlingsplan 2028" is not "Handlingsplan … 2029"."""
    return " ".join(re.sub(r"\s*[-\u2010-\u2015]\s*", " - ", title).split()).strip(" .,:;").casefold()


# A municipality's or a region's genitive before a plan's name: "Stockholms stads ", "Uppsala kommuns ", "Region
# Stockholms " (a key, folded).
_OWNER_GENITIVE = rule(
    "report.owner_genitive",
    rf"^(?:{MUNICIPALITY_GENITIVE}|region\s+[\wåäö-]+s|[\wåäö-]+\s+läns\s+landstings)\s+",
    matches=(
        "stockholms stads program för x",
        "uppsala kommuns trafikplan",
        "region stockholms plan",
        "upplands väsby kommuns plan",
    ),
    not_matches=("program för stockholms stad", "stockholm efter tio"),
)


def owned_titles(canonical: dict[str, str]) -> dict[str, str]:
    """A plan named with its owner's genitive before it ("Remissvar – Stockholms stads program för
    bostadsförsörjning 2027–2030") is the one the text names without it ("förslag till Program för
    bostadsförsörjning 2027–2030"): each such key with the plain title's.

    >>> owned_titles({"stockholms stads program för x 2027 - 2030": "Stockholms stads program för X 2027–2030",
    ...               "program för x 2027 - 2030": "Program för X 2027–2030"})
    {'stockholms stads program för x 2027 - 2030': 'program för x 2027 - 2030'}
    >>> owned_titles({"stockholms stads program mot hemlöshet 2020 - 2024": "Stockholms stads program …"})
    {}
    """
    found: dict[str, str] = {}
    for key in canonical:
        if (owner := _OWNER_GENITIVE.match(key)) is not None and key[owner.end() :] in canonical:
            found[key] = key[owner.end() :]
    return found


# A proposal sent on, its plan named in lower case with the plan's period: "Stadsdelsnämnden överlämnar förslaget
# till lokal plan för trygghet och social hållbarhet i Hässelby-Vällingby 2027–2028 till stadsdelsnämndens
# pensionärsråd …", "remitterar förslaget till verksamhetsplan 2028 på remiss till …". The "till" after the year
# (or "för synpunkter") sends it; a plan adopted ("Förslaget till riktlinjer för X 2027–2030 antas") is no report.
SENT_PROPOSAL_TITLE = rule(
    "report.sent_proposal_title",
    rf"\b{_PROPOSAL}\s+till\s+{NEW_OR_REVISED}(?P<title>(?={PLAN_AHEAD}\s)(?!{PLAN_AHEAD}\s+för\s+(?:perioden|åren|tiden)\b)[a-zåäö][^,.;:()]{{3,150}}?\s+"
    rf"{YEARS})(?=\s+(?:på\s+remiss\s+)?till\s|\s+för\s+(?:synpunkter|yttrande)\b)",
    flags=0,
    matches=(
        "Stadsdelsnämnden överlämnar förslaget till lokal plan för trygghet och social hållbarhet i "
        "Hässelby-Vällingby 2027–2028 till stadsdelsnämndens pensionärsråd och funktionshinderråd för synpunkter.",
        "Nämnden remitterar förslaget till klimatanpassningsplan för Farsta 2027-2030 till trafiknämnden.",
        "Stadsdelsnämnden överlämnar förslaget till lokal plan för trygghet i Farsta 2027–2028 på remiss till rådet.",
        "Nämnden remitterar förslaget till verksamhetsplan 2028 till stadsdelsnämndens pensionärsråd.",
        "Nämnden skickar förslaget till cykelplan 2027—2030 för synpunkter till trafiknämnden.",
    ),
    not_matches=(
        "Förslaget till riktlinjer för lokalförsörjning 2027–2030 antas.",
        "Nämnden överlämnar förslaget till lokal plan till pensionärsrådet.",
        "Förslaget till Plan för offentlig konst 2026–2030 skickas till kulturnämnden.",
        # a period is no name: the plan is named elsewhere
        "Haninge kommun har remitterat ett förslag till mobilitetsplan för perioden 2028–2038 till Region Stockholm.",
    ),
)


# What an opinion is invited on that is no report: a motion, a citizen's proposal, a budget, a board.
_NO_INVITED_REPORT = rf"(?!(?i:(?:motion|medborgarförslag)(?:en|et|er|erna)?\b|(?:mål\s+(?:och|&)\s+)?budget|{_BODY}))"
# A report the sender invites an opinion on, named in plain type with its period: "Trafikverket har gett regionen
# möjlighet att yttra sig över Inriktningsunderlag för transportinfrastrukturplaneringen 2030–2041." The year ends
# the name (a sender's genitive, "Trafikverkets förslag …", "Region Stockholms plan …", a date or a board starts none;
# a year with a number after its colon is a motion's or a series' number: "Motion 2026:45", "SOU 2026:12").
INVITED_TITLE = rule(
    "report.invited_title",
    rf"\b(?:yttra\s+sig|yttrande|synpunkter|kommentarer|lämna\s+svar)\s+{ANSWER_ABOUT}\s+"
    rf"(?!(?:[\wåäöÅÄÖ-]+\s+){{0,2}}[\wåäöÅÄÖ-]+s\s+[a-zåäö]){_NO_INVITED_REPORT}"
    # a plan's word in the name, or more than one word before its year
    rf"(?P<title>(?:(?=[A-ZÅÄÖ])[^,.;:()]{{0,80}}?(?i:{PLAN_NOUN})[^,.;:()]{{0,80}}?|"
    rf"[A-ZÅÄÖ][^\s,.;:()]*\s[^,.;:()]{{1,80}}?)\s{YEARS})(?!\s*:\s*\d)"
    r"(?=\s*[,.;:(]|\s+(?:senast|och|samt|till|från|som|inom|före)\b|$)",
    flags=0,
    matches=(
        "Trafikverket har gett Region Östergötland möjlighet att yttra sig över Inriktningsunderlag för "
        "transportinfrastrukturplaneringen 2030–2041. Svaret ska lämnas senast den 12 mars 2027.",
        "Kommunen har bjudits in att lämna synpunkter på Regional utvecklingsstrategi 2030 senast den 1 juni.",
        "Nämnden ombeds lämna yttrande över Länstransportplan 2026-2037 till kommunstyrelsen.",
        "Staden har getts tillfälle att lämna kommentarer på Cykelplan för Umeå 2027 — 2035, som regionen tagit fram.",
    ),
    not_matches=(
        "att yttra sig över Trafikverkets förslag till plan 2030–2041.",
        "att yttra sig över Region Stockholms plan 2027–2031.",
        "att yttra sig över förslaget till plan 2030–2041.",
        "Yttrande över Kommunstyrelsens beslut 2027-03-01.",
        "att yttra sig över remissen senast den 3 maj 2027.",
        "att lämna synpunkter på Inriktningsunderlaget i stort.",
        "tillfälle att yttra sig över Motion 2026:45 om fler parkbänkar.",
        "möjlighet att lämna synpunkter på Budget 2027 senast den 3 maj.",
        "Förvaltningen har inga synpunkter på Kommunstyrelsen 2027.",
    ),
)
# The rules that name a report by its title in running text, in plain type.
RUNNING_TITLES = (QUOTED_TITLE, NAMED_TITLE, NAMED_APPOSITION, SUPERSEDED_TITLE, SENT_PROPOSAL_TITLE, INVITED_TITLE)


def annex_entry(text: str, block: Block, place: int) -> tuple[int, str, int | None, int]:
    """(number, title, year, page) of one annex entry, the ``place``-th of its list."""
    marker = (block.marker or "").rstrip(".)")
    number = int(marker) if marker.isdigit() else place
    if (label := ANNEX_LABEL.match(text)) is not None:  # "Bilaga 1: Handlingsplan för …"
        number, text = int(label.group("number")), text[label.end() :]
    title, series_year = without_series_number(text)
    if (dated := BRACKETED_DATE.search(title)) is not None:  # "… 2027–2030 (maj 2026)"
        title, series_year = title[: dated.start()], int(dated.group("year") or dated.group("iso"))
    bracketed = BRACKETED_YEAR.search(title)  # "…, trafiknämndens förslag (2027)": the year kept, the tail not
    title = without_frame(title[: bracketed.start()]) + bracketed.group(0) if bracketed else without_frame(title)
    year = trailing_year(title)
    title = without_genre_tail(without_trailing_year(title)).strip(" .")
    return number, title, int(year.group("year")) if year else series_year, block.page


class TitlePhrase:
    """A known title's :func:`~atgard.extract.rules.phrase`, made only for a text that may hold it: most blocks hold
    no known title, and making each title's expression cost more than running it (a document's titles are its own).

    >>> [m.group() for m in TitlePhrase("trygg i hela staden - del 2").finditer("om trygg i\\nhela staden – del 2.")]
    ['trygg i\\nhela staden – del 2']
    """

    def __init__(self, key: str) -> None:
        self.key = key
        # its longest word, which every match holds as it is written ("-" may be any dash, a space any spacing)
        self._word = max((word for word in key.split(" ") if "-" not in word), key=len, default="")
        self._pattern: re.Pattern[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._word not in text:
            return iter(())
        if self._pattern is None:
            self._pattern = phrase(self.key)
        return self._pattern.finditer(text)


@functools.lru_cache(maxsize=1 << 10)
def title_phrase(key: str) -> TitlePhrase:
    """The title's phrase, one for every reading of the document (its annexes, the titles it lists, every paragraph
    that may write out a known one), and for the next document that names the same title."""
    return TitlePhrase(key)
