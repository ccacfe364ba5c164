"""Whose document it is: the municipality or region a document comes from, and the names it goes by itself.

A Stockholm document is Stockholms stad's; another municipality names itself in its letterhead ("Uppsala
kommun"), or only by its address and web domain ("205 80 Malmö", "malmo.se"); a region heads its letterhead.
A referral to one of these names is one the document itself answers, never one it makes.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.rules import rule
from atgard.extract.senders import MUNICIPALITY, REGION
from atgard.extract.vocabulary import BODY_NOUN, MUNICIPALITY_NAME, POSTAL_CODE, WHOLE_ORGANISATION
from atgard.schema.contract import Answer


def own_names(names: Sequence[str | None], header_lines: Sequence[str]) -> set[str]:
    """The document's own body and municipality, folded: who it is from, to, and whose decision it is.

    A Stockholm document is Stockholms stad's; another municipality names itself in its header, or gives its
    town in its address and web domain.

    >>> sorted(own_names([], ["HUDDINGE KOMMUN", "141 85 Huddinge", "www.huddinge.se"]))[:3]
    ['huddinge kommun', 'huddinge stad', 'huddinges stad']
    """
    own = {name.casefold() for name in names if name}
    found = {m.group(1).casefold() for line in header_lines for m in MUNICIPALITY.finditer(line)}
    if not found and (home := home_municipality(header_lines)) is not None:
        # named only by its address and web domain ("141 85 Huddinge", "huddinge.se"), or in capitals; a region
        found = (
            {home.casefold(), "regionen"}
            if home.startswith("Region") or home.endswith(("landsting", "regionen"))
            else {
                f"{home} kommun".casefold(),
                f"{home} stad".casefold(),
                f"{home}s stad".casefold(),
            }
        )
    # a town its header calls "stad" is "kommun" to the state ("Stockholms kommun" in a ministry's remiss)
    as_kommun = {f"{town.group('town')} kommun" for name in own if (town := _TOWN_AS_STAD.match(name))}
    return own | as_kommun | (found or {"stockholms stad"}) | {"staden", "kommunen"}


# A municipality named as a "stad", whose name the state writes with "kommun": "stockholms stad", "malmö stad" (the
# names folded; a body's noun is no town's name, "kommunstyrelsen stad").
_TOWN_AS_STAD = rule(
    "home.town_as_stad",
    rf"^(?![\wåäö-]*(?:{BODY_NOUN})\s)(?=(?P<town>.+?)\s+stad$){MUNICIPALITY_NAME}$",
    matches=("stockholms stad", "malmö stad", "upplands väsby stad", "VÄSTERÅS STAD", "Göteborgs Stad"),
    not_matches=(
        "staden",
        "kommunstyrelsen",
        "stockholms stads kulturnämnd",
        "uppsala kommun",
        "kommunstyrelsen stad",
        "stadsledningskontoret stad",
    ),
)


# Where a running header's line parts its segments, set apart by a wide gap ("Region Östergötland   PROTOKOLLSUTDRAG").
_SEGMENTS = rule("home.header_segments", r"\s{2,}", matches=("A   B",), not_matches=("Region Östergötland",))


def home_organisation(header_lines: Sequence[str]) -> str | None:
    """The municipality or region a document's running header names as itself, spelt as a name ("Kristianstads
    kommun", "Region Östergötland", "KRISTIANSTADS KOMMUN": "Kristianstads kommun"); None where it names none.

    >>> home_organisation(["Kristianstads kommun", "Kommunledningskontoret   YTTRANDE"])
    'Kristianstads kommun'
    >>> home_organisation(["Region Östergötland   PROTOKOLLSUTDRAG"])
    'Region Östergötland'
    >>> home_organisation(["TIERPS KOMMUN", "Kommunstyrelsen · Centralgatan 7, 815 80 Tierp"])
    'Tierps kommun'
    >>> home_organisation(["Stadsledningskontoret", "205 80 Malmö", "malmo.se"]) is None
    True
    """
    parts = [part for line in header_lines for part in _SEGMENTS.split(line.strip())]  # a line's left and right
    if (region := _home_region(parts)) is not None:
        return region
    spelt = (_spelt(part) if part.isupper() else part for part in parts)
    return next((found.group(1) for part in spelt if (found := MUNICIPALITY.search(part))), None)


# The board that answers for its whole municipality or region: its kommunstyrelse, its regionstyrelse.
_EXECUTIVE_BOARD = rule(
    "home.executive_board",
    r"^(?:kommun|region)styrelsen$",
    matches=("Kommunstyrelsen", "Regionstyrelsen"),
    not_matches=("Kulturnämnden", "Kommunstyrelsens arbetsutskott", "Regionfullmäktige"),
)


def answering_for(answers: Sequence[Answer], organisation: str | None) -> list[Answer]:
    """The answers, each that the organisation's executive board gives with the organisation it answers for: a remiss
    to "Kristianstads kommun" is answered by its kommunstyrelse's yttrande, one to "Region Östergötland" by its
    regionstyrelse's protocol."""
    return [
        a.model_copy(update={"organisation": organisation})
        if organisation and _EXECUTIVE_BOARD.match(a.answering_body.name.strip())
        else a
        for a in answers
    ]


# A municipality or a region as a whole, as a heading in capitals reads once spelt ("Upplands Väsby kommun").
_WHOLE_HEADING = rule(
    "home.whole_heading",
    rf"^(?:{WHOLE_ORGANISATION})$",
    matches=("Botkyrka kommun", "Upplands Väsby kommun", "Upplands-Bro kommun", "Region Jämtland Härjedalen"),
    not_matches=("Kommunstyrelsen", "Sammanträdesprotokoll", "Kommunstyrelsen i Botkyrka kommun"),
)
# An organisation's noun, spelt in lower case after its name ("kommun", "stad", "län").
_ORGANISATION_NOUNS = {"Kommun", "Stad", "Län"}


def capitals_headings(texts: Sequence[str]) -> list[str]:
    """The municipality or region a meeting's first page heads in capitals, each word spelt with a capital but its
    noun ("UPPLANDS VÄSBY KOMMUN": "Upplands Väsby kommun"); a heading not in capitals, or naming a body, is none.

    >>> capitals_headings(["UPPLANDS VÄSBY KOMMUN", "Kommunstyrelsen"]), capitals_headings(["Nacka kommun"])
    (['Upplands Väsby kommun'], [])
    >>> capitals_headings(["KOMMUNSTYRELSEN", "REGION JÄMTLAND HÄRJEDALEN", "UPPLANDS-BRO KOMMUN"])
    ['Region Jämtland Härjedalen', 'Upplands-Bro kommun']
    """
    spelt = (_spelt(text) for text in texts if text.isupper())
    return [heading for heading in spelt if _WHOLE_HEADING.match(heading)]


def _spelt(text: str) -> str:
    """Words in capitals spelt as a name: each with a capital, an organisation's noun in lower case."""
    return " ".join(
        word.lower() if word in _ORGANISATION_NOUNS else word for word in " ".join(text.split()).title().split()
    )


# A web domain or an e-mail address's: its stem is the municipality's name, folded ("malmo.se").
_WEB_DOMAIN = rule(
    "header.web_domain",
    r"(?:www\.|@)?(?P<stem>[a-z-]+)\.se\b",
    matches=("malmo.se", "www.uppsala.se", "info@solna.se"),
    not_matches=("malmo.com", "Malmo.SE"),
    flags=0,
)
# A capitalised word: a town in the address ("205 80 Malmö").
_CAPITALISED_WORD = rule(
    "header.capitalised_word", r"[A-ZÅÄÖ][\wåäö]+", matches=("Malmö", "205 80 Malmö"), not_matches=("malmö",), flags=0
)
_FOLD = str.maketrans("åäöéü", "aaoeu")


# A region named as one word, "…regionen", on a letterhead line of its own right over its postal address
# ("Västra Götalandsregionen" / "Regionens Hus, 405 44 Göteborg"); in running text the word is an area ("i
# Stockholmsregionen"), and over no address it is none.
_REGION_WORD = rule(
    "home.region_word",
    r"^(?:[A-ZÅÄÖ][\wåäö]+\s+)?[A-ZÅÄÖ][\wåäö]+regionen$",
    matches=("Västra Götalandsregionen", "Gotlandsregionen"),
    not_matches=("Regionen", "Västra Götalandsregionens", "i Stockholmsregionen", "Region Skåne", "Regionstyrelsen"),
    flags=0,
)
_POSTAL_CODE = rule(
    "home.postal_code",
    rf"(?<![\d-]){POSTAL_CODE}\s+[A-ZÅÄÖ]",
    matches=("Regionens Hus, 405 44 Göteborg", "Box 1, 40544 Göteborg"),
    not_matches=("Dnr RS 2026-04417", "www.vgregion.se", "Telefon 010-441 00 00"),
    flags=0,
)


def _home_region(header_lines: Sequence[str]) -> str | None:
    """The region heading the letterhead ("Region Blekinge" on its first line, or with its postal address; a
    region's one word, "Västra Götalandsregionen", over its address).

    >>> _home_region(["Regionstyrelsen", "Västra Götalandsregionen", "Regionens Hus, 405 44 Göteborg"])
    'Västra Götalandsregionen'
    >>> _home_region(["Stadsledningskontoret", "Stockholmsregionen"]) is None
    True
    >>> _home_region(["Region Stockholm / Trafikförvaltningen", "Dnr TN 2027-0418"])
    'Region Stockholm'
    """
    for number, line in enumerate(header_lines):
        if number == 0 and (found := REGION.match(line.split(" / ")[0].strip())):  # "Region Stockholm / Trafikförv…"
            return found.group("name")
        if (found := REGION.match(line.strip())) and (number == 0 or found.group("address")):
            return found.group("name")
        below = header_lines[number + 1] if number + 1 < len(header_lines) else ""
        if _REGION_WORD.match(line.strip()) and _POSTAL_CODE.search(below):
            return line.strip()
    return None


def home_municipality(header_lines: Sequence[str]) -> str | None:
    """The municipality (or region) a document comes from, when its first page's furniture says so.

    A town in the address whose name is the web domain ("205 80 Malmö" and
    "malmo.se"), a name such as "Uppsala kommun" or "Solna stad", or a region heading the letterhead.

    >>> home_municipality(["Stadskontoret", "205 80 Malmö", "malmo.se"]), home_municipality(["AB Svenska Bostäder"])
    ('Malmö', None)
    >>> home_municipality(["Region Stockholm", "Regionstyrelsen", "Box 22550, 104 22 Stockholm"])
    'Region Stockholm'
    """
    if (region := _home_region(header_lines)) is not None:
        return region
    text = " ".join(header_lines)
    if found := MUNICIPALITY.search(text):
        return " ".join(found.group(1).split()[:-1]).removesuffix("s")  # "Lilla Edets kommun": "Lilla Edet"
    stems = {m.group("stem") for m in _WEB_DOMAIN.finditer(text.lower())}
    words = (m.group(0) for m in _CAPITALISED_WORD.finditer(text))
    return next((word for word in words if word.lower().translate(_FOLD) in stems), None)
