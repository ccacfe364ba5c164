"""Bodies found by the shape of their name, not by a list: other municipalities' boards and the state's agencies.

Municipalities name their boards in ways the register of Stockholm's cannot list: by what they are for
("nämnden för Teknik & Fritid", "Nämnden för funktionsstöd", "nämnden för arbetsmarknad och vuxenutbildning"),
or with an adjective ("Tekniska nämnden"). The state's agencies are named so too ("Myndigheten för
samhällsskydd och beredskap", "Inspektionen för vård och omsorg"). Such a name is read whole, its "och" and "&"
kept inside it: the words after "för" go on while they are written alike (all capitalised, as Lerum writes "Teknik
& Fritid", or all in lower case) and are no board or function word, so "Nämnden för funktionsstöd och
trafiknämnden" is two bodies and "Myndigheten för delaktighet och Sveriges Kommuner och Regioner" too.

A board so named keeps its printed name and no Stockholm id (kind "unknown"); an agency is "external".
"""

from __future__ import annotations

from collections.abc import Callable

from atgard.extract.mentions.spans import BoardSpan
from atgard.extract.municipality_group import MUNICIPALITY_GROUP
from atgard.extract.rules import Rule, rule
from atgard.extract.vocabulary import CLAUSE_WORD, VIEW_VERB
from atgard.schema.contract import BoardKind

# The heads a name by purpose starts with: a board's ("nämnden"), an agency's ("Myndigheten", "Inspektionen").
_HEAD = rule(
    "board.shape_head",
    r"\b(?:(?P<board>[Nn]ämnden)|(?P<agency>Myndigheten|Inspektionen|Rådet))\s+för\s+",
    matches=("nämnden för Teknik & Fritid", "Myndigheten för samhällsskydd", "Inspektionen för vård och omsorg"),
    not_matches=("myndigheten för", "Kulturnämnden för", "nämnden föreslår"),
    flags=0,
)
_AREA_WORD = rule(
    "board.shape_area_word",
    r"[\wåäöÅÄÖé]+(?:-[\wåäöÅÄÖé]+)*-?",
    matches=("funktionsstöd", "Teknik", "konsument-", "hälso-"),
    not_matches=("&", "–"),
    flags=0,
)
_JOINT = rule("board.shape_joint", r"\s*&\s*|\s+och\s+", matches=(" & ", " och "), not_matches=(", ",), flags=0)
# Words after "för" that make no name: a purpose ("skickas till nämnden för yttrande"), a pronoun or a function
# word ("nämnden för sin del"), a time ("nämnden för perioden").
_NOT_AREA = frozenset(
    "yttrande kännedom beslut beredning synpunkter handläggning information godkännande ställningstagande samråd "
    "svar besvarande kommentarer remiss att den det de sin sitt sina egen eget egna en ett år året perioden "
    "tiden närvarande del hela detta denna dessa vilken vilket vilka varje samtliga alla övrigt övriga".split()
)
# A word that ends the name rather than continue it after "och": a board's or an office's own noun.
_BOARD_NOUN = rule(
    "board.shape_board_noun",
    r"(?i:nämnd|styrelse|förvaltning|kontor|bolag|kommun|region|myndighet|verket|inspektion)",
    matches=("trafiknämnden", "Socialstyrelsen", "Malmö kommun"),
    not_matches=("funktionsstöd", "Fritid"),
    flags=0,
)


# Indefinite nouns that end in -et all the same: "delaktighet", "kvalitet".
_ET = ("het", "tet")


def _area_end(text: str, start: int) -> int | None:
    """Where the words for what a body is for end ("Teknik & Fritid", "samhällsskydd och beredskap")."""
    first = _AREA_WORD.match(text, start)
    if first is None or first.group().lower() in _NOT_AREA or _BOARD_NOUN.search(first.group()):
        return None
    capitalised = first.group()[:1].isupper()
    lower = first.group().lower()
    if not capitalised and (lower.endswith(("en", "na")) or (lower.endswith("et") and not lower.endswith(_ET))):
        return None  # a definite noun is no name's part: "nämnden för perioden", "för året"
    end = first.end()
    while (joint := _JOINT.match(text, end)) and (word := _AREA_WORD.match(text, joint.end())):
        alike = word.group()[:1].isupper() == capitalised
        if not alike or word.group().lower() in _NOT_AREA or _BOARD_NOUN.search(word.group()):
            break
        end = word.end()
    return end


def named_for(text: str) -> list[BoardSpan]:
    """The bodies named by what they are for, in text order.

    >>> [(s.name, s.kind) for s in named_for("remitteras till nämnden för Teknik & Fritid och nämnden för Barn & "
    ...     "Utbildning samt till Myndigheten för samhällsskydd och beredskap, Socialstyrelsen")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Nämnden för Teknik & Fritid', 'unknown'), ('Nämnden för Barn & Utbildning', 'unknown'),
     ('Myndigheten för samhällsskydd och beredskap', 'external')]
    >>> [s.name for s in named_for("internremitterat till grundskolenämnden, nämnden för funktionsstöd och "
    ...     "trafiknämnden. Ärendet skickas till nämnden för yttrande.")]
    ['Nämnden för funktionsstöd']
    """
    found = []
    for head in _HEAD.finditer(text):
        end = _area_end(text, head.end())
        if end is None:
            continue
        written = text[head.start() : end]
        kind: BoardKind = "unknown" if head.group("board") else "external"
        found.append(BoardSpan(head.start(), end, written, None, written[:1].upper() + written[1:], kind))
    return found


# A board named with an adjective, as many municipalities name their technical board: "Tekniska nämnden".
_ADJECTIVE_BOARD = rule(
    "board.adjective_board",
    r"(?:\b[\wåäöÅÄÖ]+[-–]\s+och\s+)?\b(?:[Tt]ekniska|[Ss]ociala)\s+nämnd(?:en|ens)?\b",
    matches=("Tekniska nämnden", "till tekniska nämnden", "Sociala nämndens", "stadsmiljö- och tekniska nämnden"),
    not_matches=("tekniska förutsättningar", "Nämnden"),
    flags=0,
)


def with_adjective(text: str) -> list[BoardSpan]:
    """ "Tekniska nämnden", "tekniska nämndens": a board of its own, printed name kept (kind "unknown"); a suspended
    first part before it is part of the name ("stadsmiljö- och tekniska nämnden", Sundbyberg's)."""
    spans = []
    for found in _ADJECTIVE_BOARD.finditer(text):
        written = found.group()
        name = written[:1].upper() + written[1:]
        name = name[:-1] if name.endswith("nämndens") else name
        spans.append(BoardSpan(found.start(), found.end(), written, None, name, "unknown"))
    return spans


# A board whose name is an adjective and a compound ending in "nämnd", one name, as the state and the regions name
# theirs: "Kommunalekonomiska utjämningsnämnden", "regionala utvecklingsnämnden", "Statens ansvarsnämnd"; the state
# names an agency so with "-styrelse" too ("Statens institutionsstyrelse").
_ADJECTIVE_COMPOUND_BOARD = rule(
    "board.adjective_compound_board",
    r"\b(?:(?P<head>[Ss]tatens|[\wåäöÅÄÖ]+(?:iska|ska|ala|ella))\s+[a-zåäö]{3,}nämnd(?:en|ens|s)?|"
    r"(?P<state>[Ss]tatens)\s+[a-zåäö]{3,}styrelse(?:n|ns|s)?)\b",
    matches=(
        "Kommunalekonomiska utjämningsnämnden",
        "till regionala utvecklingsnämnden",
        "Statens ansvarsnämnd",
        "Statens institutionsstyrelse",
        "statens institutionsstyrelses",
    ),
    not_matches=(
        "Tekniska nämnden",
        "samtliga stadsdelsnämnder",
        "Berörda stadsdelsnämnden",
        "kulturnämnden",
        "Regionala bolagsstyrelsen",
        "statens styrelse",
    ),
    flags=0,
)


def adjective_compound_boards(text: str) -> list[BoardSpan]:
    """ "Kommunalekonomiska utjämningsnämnden": one board, printed name kept, a genitive's "s" dropped; a state's
    ("Statens …-nämnd", "Statens …-styrelse") external, the others kind "unknown".

    >>> [(s.name, s.kind) for s in adjective_compound_boards("JO, Kommunalekonomiska utjämningsnämnden")]
    [('Kommunalekonomiska utjämningsnämnden', 'unknown')]
    >>> [(s.name, s.kind) for s in adjective_compound_boards("Statens institutionsstyrelses och Statens ansvarsnämnds")]
    [('Statens institutionsstyrelse', 'external'), ('Statens ansvarsnämnd', 'external')]
    """
    spans = []
    for found in _ADJECTIVE_COMPOUND_BOARD.finditer(text):
        written = found.group()
        name = written[:1].upper() + written[1:]
        name = name[:-1] if name.endswith(("nämnds", "nämndens", "styrelses", "styrelsens")) else name
        state = found.group("state") or found.group("head")
        kind: BoardKind = "external" if state.lower() == "statens" else "unknown"
        spans.append(BoardSpan(found.start(), found.end(), written, None, name, kind))
    return spans


# A region or county council named with its place, whichever it is: "Region Skåne", "Region Jämtland Härjedalen",
# "Landstinget i Uppsala län", "Landstinget Sörmland". Stockholm's own is the register's ("Region Stockholm").
_REGION = rule(
    "board.region_shape",
    r"\b(?:Region|Landstinget)\s+(?:i\s+)?[A-ZÅÄÖ][\wåäö]+(?:[\s-][A-ZÅÄÖ][\wåäö]+)?(?:\s+län)?\b",
    matches=("Region Skåne", "Region Jämtland Härjedalen", "Landstinget i Uppsala län", "Landstinget Sörmland"),
    not_matches=("regionen", "Region har", "landstinget"),
    flags=0,
)


def regions(text: str) -> list[BoardSpan]:
    """Regions and county councils by their printed name, external."""
    return [BoardSpan(m.start(), m.end(), m.group(), None, m.group(), "external") for m in _REGION.finditer(text)]


# A county administrative board named with its county, whichever it is: "Länsstyrelsen Blekinge", "Länsstyrelsen
# Västra Götaland", "Länsstyrelsen i Gävleborgs län". Stockholm's own is the register's.
_COUNTY_BOARD = rule(
    "board.county_board_shape",
    r"\bLänsstyrelsen\s+(?:i\s+)?(?:(?:Västra|Östra|Norra|Södra)\s+)?[A-ZÅÄÖ][\wåäö]+(?:-[A-ZÅÄÖ][\wåäö]+)?"
    r"(?:\s+län)?\b",
    matches=("Länsstyrelsen Blekinge", "Länsstyrelsen Västra Götaland", "Länsstyrelsen i Gävleborgs län"),
    not_matches=("Länsstyrelsen har", "länsstyrelsen Blekinge", "Länsstyrelsen i samverkan"),
    flags=0,
)
# Municipalities named together under one plural head: "Karlshamns, Karlskrona, Olofströms, Ronneby och
# Sölvesborgs kommuner" (each "Karlshamns kommun", "Karlskrona kommun" …).
_PLACE = r"[A-ZÅÄÖ][\wåäö]+(?:-[A-ZÅÄÖ][\wåäö]+)?"
_MUNICIPALITIES = rule(
    "board.municipalities_shape",
    rf"\b(?P<places>(?:{_PLACE},\s+)*{_PLACE}\s+(?:och|samt|respektive)\s+{_PLACE})\s+kommuner(?:na)?\b",
    matches=("Karlshamns, Karlskrona, Olofströms, Ronneby och Sölvesborgs kommuner", "Solna och Sundbybergs kommuner"),
    not_matches=("Sveriges Kommuner och Regioner", "länets kommuner", "Solna kommun"),
    flags=0,
)
_MUNICIPALITY_JOINT = rule(
    "board.municipality_joint",
    r",\s+|\s+(?:och|samt|respektive)\s+",
    matches=(", ", " och ", " respektive "),
    flags=0,
)


def county_boards(text: str) -> list[BoardSpan]:
    """County administrative boards by their printed name, external."""
    return [BoardSpan(m.start(), m.end(), m.group(), None, m.group(), "external") for m in _COUNTY_BOARD.finditer(text)]


def municipalities(text: str) -> list[BoardSpan]:
    """Municipalities named under one plural head, one span each (the last one with the head), external.

    >>> [s.name for s in municipalities("till Karlshamns, Karlskrona och Sölvesborgs kommuner samt Region Skåne")]
    ['Karlshamns kommun', 'Karlskrona kommun', 'Sölvesborgs kommun']
    """
    spans = []
    for found in _MUNICIPALITIES.finditer(text):
        position = found.start("places")
        pieces = _MUNICIPALITY_JOINT.split(found.group("places"))
        for number, place in enumerate(pieces):
            start = text.index(place, position)
            end = found.end() if number == len(pieces) - 1 else start + len(place)
            spans.append(BoardSpan(start, end, text[start:end], None, f"{place} kommun", "external"))
            position = start + len(place)
    return spans


# The municipalities of a county or a region named as one group: "samtliga skånska kommuner", "alla kommuner i
# Västra Götalands län", "Skånes kommuner" (external, one recipient: the text leaves its members
# to the reader).
_MUNICIPALITY_GROUP = rule(
    "board.municipality_group_shape",
    rf"\b(?:{MUNICIPALITY_GROUP}"
    r"(?:\s+i\s+(?:(?:Västra|Östra|Norra|Södra)\s+)?[A-ZÅÄÖ][\wåäö]+(?:\s+län)?)?|"
    r"(?<!och\s)(?<!samt\s)(?<!,\s)(?!Sveriges\s)[A-ZÅÄÖ][\wåäö]+s\s+kommuner)\b",  # a county's, not the country's
    matches=(
        "samtliga skånska kommuner",
        "Samtliga kommuner i Jönköpings län",
        "Skånes kommuner",
        "berörda hallänningska kommuner",
        "de berörda kommunerna",
    ),
    # "länets kommuner", "kommunerna i länet": asked by another body, the document's own town among them (a
    # referral to a town), or the region's wide remiss its decision names
    not_matches=(
        "Sveriges Kommuner och Regioner",
        "Karlshamns och Sölvesborgs kommuner",
        "länets kommuner",
        "Sveriges kommuner har stora investeringsbehov",
    ),
    flags=0,
)


def municipality_groups(text: str) -> list[BoardSpan]:
    """The municipalities of a county or region named as one group, as written, external.

    >>> [s.name for s in municipality_groups("remitteras till kulturnämnden, samtliga skånska kommuner och SKR")]
    ['Samtliga skånska kommuner']
    """
    return [
        BoardSpan(m.start(), m.end(), m.group(), None, m.group()[:1].upper() + m.group()[1:], "external")
        for m in _MUNICIPALITY_GROUP.finditer(text)
    ]


# A state agency's regional office named after the agency: "Trafikverket region Syd", "Trafikverket Region
# Stockholm", "Polismyndigheten region Väst" (the agency alone is the register's or a known body).
_AGENCY_REGION = rule(
    "board.agency_region_shape",
    r"\b(?:Trafikverket|Polismyndigheten|Skatteverket|Lantmäteriet|Försäkringskassan|Arbetsförmedlingen|"
    r"Sjöfartsverket|Kriminalvården)\s+(?:[Rr]egion|[Rr]egionkontor)\s+[A-ZÅÄÖ][\wåäö]+(?:\s+[A-ZÅÄÖ][\wåäö]+)?",
    matches=("Trafikverket region Syd", "Trafikverket Region Stockholm", "Polismyndigheten region Väst"),
    not_matches=("Trafikverket och Region Skåne", "Trafikverket region", "trafikverket region Syd"),
    flags=0,
)


def agency_regions(text: str) -> list[BoardSpan]:
    """A state agency's regional office by its printed name, external.

    >>> [s.name for s in agency_regions("till Trafikverket region Syd och Länsstyrelsen Skåne")]
    ['Trafikverket region Syd']
    """
    return [
        BoardSpan(m.start(), m.end(), m.group(), None, m.group(), "external") for m in _AGENCY_REGION.finditer(text)
    ]


# A region's own central bodies, named by their kind alone as the region's documents name them: "regionstyrelsen",
# "Regionfullmäktige" (the register's are Stockholm's; the name given in the nominative, capitalised).
_REGION_BODY = rule(
    "board.region_body_shape",
    r"\b[Rr]egion(?P<kind>styrelse|fullmäktige)(?:n|ns|s)?\b",
    matches=(
        "överlämnar den till regionstyrelsen",
        "Regionfullmäktige beslutar",
        "regionstyrelsens delegationsordning",
    ),
    not_matches=("Region Skåne", "regionstyrelseordförande", "regionala utvecklingsnämnden"),
    flags=0,
)


def region_bodies(text: str) -> list[BoardSpan]:
    """A region's executive board and assembly named by their kind (kind "unknown").

    >>> [s.name for s in region_bodies("godkänner rapporten och överlämnar den till regionstyrelsen.")]
    ['Regionstyrelsen']
    """
    names = {"styrelse": "Regionstyrelsen", "fullmäktige": "Regionfullmäktige"}
    return [
        BoardSpan(m.start(), m.end(), m.group(), None, names[m.group("kind")], "unknown")
        for m in _REGION_BODY.finditer(text)
    ]


# A board named by its kind and then its area, as Örebro names its boards: "Programnämnd social välfärd",
# "programnämnd barn och utbildning", "Driftsnämnd Vård och omsorg". The area runs to where a list or a clause
# goes on: punctuation, "och" before another board or "till", "för yttrande", a finite verb.
_AREA_NAME_WORD = (
    r"(?!(?:och|till|för|att|som|samt|respektive|i|på|av|med|om|den|det|de|ser|ska)\b)(?![\wåäö-]*nämnd)"
    rf"(?!(?:{CLAUSE_WORD}|{VIEW_VERB})\b)[\wåäöÅÄÖ]+"
)
_AREA_BOUNDARY = (
    rf"(?=\s*(?:[,;.:)]|$)|\s+(?:och|samt|respektive)\s+(?:till\b|(?:[a-zåäö]+\s+)?[\wåäö-]*nämnd|[A-ZÅÄÖ])"
    rf"|\s+(?:för|att|senast|som|ska|har)\b|\s+(?:{CLAUSE_WORD}|{VIEW_VERB}|ser)\b)"
)
_KIND_AND_AREA = rule(
    "board.kind_and_area",
    r"\b(?:[Pp]rogram|[Dd]rifts?|[Oo]mrådes|[Bb]eställar|[Uu]tförar)nämnd(?:en)?\s+"
    rf"{_AREA_NAME_WORD}(?:(?:\s+|\s*&\s*|\s+och\s+){_AREA_NAME_WORD}){{0,3}}?{_AREA_BOUNDARY}",
    matches=(
        "remitterats till programnämnd social välfärd och till tekniska nämnden",
        "Programnämnd barn och utbildning, programnämnd samhällsbyggnad",
        "Driftsnämnd Vård och omsorg ser positivt på",
        "Programnämnd social välfärd avstyrker",
    ),
    not_matches=("programnämnden har", "Programnämnd och kulturnämnden"),
    flags=0,
)


def kind_and_area(text: str) -> list[BoardSpan]:
    """Boards named by their kind and then their area, printed name kept (kind "unknown").

    >>> [s.name for s in kind_and_area("till programnämnd barn och utbildning och programnämnd social välfärd.")]
    ['Programnämnd barn och utbildning', 'Programnämnd social välfärd']
    """
    return [
        BoardSpan(m.start(), m.end(), m.group(), None, m.group()[:1].upper() + m.group()[1:], "unknown")
        for m in _KIND_AND_AREA.finditer(text)
    ]


# A municipality's or region's audit named as one word, as Göteborg and Malmö name theirs: "Stadsrevisionen",
# "Kommunrevisionen", "Regionrevisionen" (Stockholm's is the register's Revisorskollegiet).
_AUDIT = rule(
    "board.audit_shape",
    r"\b(?:Stads|Kommun|Region|Landstings)revision(?:en|ens)\b",
    matches=("Stadsrevisionen får promemorian för kännedom", "Kommunrevisionens granskning"),
    not_matches=("stadsrevisionen", "Revisionen", "Stadsrevisionsenheten"),
    flags=0,
)


def audits(text: str) -> list[BoardSpan]:
    """Audits named as one word, the genitive's name without its "s" (kind "unknown")."""
    return [
        BoardSpan(m.start(), m.end(), m.group(), None, m.group().removesuffix("s"), "unknown")
        for m in _AUDIT.finditer(text)
    ]


# An association of a county's municipalities named with its county: "Kommunförbundet Skåne", "Kommunförbundet
# Stockholms län", "Kommunalförbundet Sjuhärad" (an organisation outside the municipality, kind "external"); named
# in the genitive ("Kommunförbundet Skånes styrelse", "… Stockholms läns kansli") it is the association without its
# "s". No country's name: "Kommunförbundet Sveriges …" names no county's association.
_ASSOCIATION = rule(
    "board.association_shape",
    r"\bKommun(?:al)?förbundet\s+(?:i\s+)?(?:(?:Västra|Östra|Norra|Södra)\s+)?(?!Sverige)"
    r"(?:[A-ZÅÄÖ][\wåäö]+\s+län|[A-ZÅÄÖ][\wåäö]+?)(?P<genitive>s)?\b",
    matches=(
        "dialogmöte med Kommunförbundet Skåne om",
        "Kommunförbundet Stockholms län",
        "Kommunalförbundet Sjuhärad",
        "Kommunförbundet Skånes styrelse",
        "Kommunförbundet Stockholms läns kansli",
    ),
    not_matches=(
        "kommunförbundet Skåne",
        "Kommunförbundet har",
        "Kommunförbundets styrelse",
        "Kommunförbundet Sveriges",
    ),
    flags=0,
)


def associations(text: str) -> list[BoardSpan]:
    """Associations of municipalities by their printed name, external.

    >>> [s.name for s in associations("i samverkan med Arbetsförmedlingen och Kommunförbundet Skåne.")]
    ['Kommunförbundet Skåne']
    >>> [s.name for s in associations("Kommunförbundet Skånes styrelse och Kommunförbundet Stockholms läns kansli")]
    ['Kommunförbundet Skåne', 'Kommunförbundet Stockholms län']
    """
    return [
        BoardSpan(m.start(), m.end(), m.group(), None, m.group().removesuffix(m.group("genitive") or ""), "external")
        for m in _ASSOCIATION.finditer(text)
    ]


# Each finder with the rule its bodies start from, in the order their spans are taken (mentions/context.py).
_FINDERS: tuple[tuple[Callable[[str], list[BoardSpan]], Rule], ...] = (
    (named_for, _HEAD),
    (with_adjective, _ADJECTIVE_BOARD),
    (adjective_compound_boards, _ADJECTIVE_COMPOUND_BOARD),
    (regions, _REGION),
    (county_boards, _COUNTY_BOARD),
    (municipalities, _MUNICIPALITIES),
    (municipality_groups, _MUNICIPALITY_GROUP),
    (agency_regions, _AGENCY_REGION),
    (region_bodies, _REGION_BODY),
    (kind_and_area, _KIND_AND_AREA),
    (audits, _AUDIT),
    (associations, _ASSOCIATION),
)
Shapes = tuple[Callable[[str], list[BoardSpan]], ...]
SHAPE_FINDERS: Shapes = tuple(finder for finder, _ in _FINDERS)


def shape_finders(text: str) -> Shapes:
    """The finders that may find a body in ``text``, a document's whole text: those whose rule's needles it holds
    (a finder whose rule cannot match a block finds nothing there; most documents name no body of most shapes)."""
    return tuple(finder for finder, starts in _FINDERS if starts.may_match(text))
