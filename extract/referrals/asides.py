"""A list of recipients with what is said beside its names set aside: asides in brackets, however deep ("idrotts-,
fritids- och turismnämnden (som ansvarar för fritidsgårdarna, se avsnitt 4.3 (Fritid och mötesplatser))"), a
relative clause about one of its bodies before the list goes on ("till A, som förvaltar gator och torg, till B,
samt till C"), and a description the names then spell out ("de nämnder som ansvarar för verksamhet för unga
(d.v.s. A, B och C)", "de berörda bolagen, dvs. A och B").

What is set aside is blanked, character for character, so that every offset into the text still holds; the names
an enumeration spells out stay where they stand, its brackets and its "d.v.s." blanked.
"""

from __future__ import annotations

import re

from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, BOARD_WORD, BODY_NOUN, CARDINAL, OFFICE_WORD

# What opens an enumeration: "d.v.s.", "dvs.", "det vill säga", "nämligen", "i.e." (the names follow).
_THAT_IS = r"(?:d\.\s?v\.\s?s\.?|dvs\.?|det\s+vill\s+säga|nämligen|alltså)"
_ENUMERATION = rule(
    "referral.enumeration",
    rf"^\s*{_THAT_IS}\s*",
    matches=("d.v.s. individ- och familjenämnden", "dvs. A och B", "det vill säga A", "nämligen A"),
    not_matches=("som ansvarar för fritidsgårdarna", "SSAB"),
)
# A description of the bodies that an enumeration then names: "de nämnder som ansvarar för unga (d.v.s. ",
# "berörda bolag, dvs. ", "samtliga stadsdelsnämnder i söderort, det vill säga ".
_DESCRIBED = rule(
    "referral.described_then_named",
    # (or whose bodies they are, in the definite genitive: "länets kommuner, d.v.s. ", "regionens nämnder (dvs. ")
    r"\s*(?:till\s+)?\b(?:de|dem|berörda|samtliga|alla|följande|två|tre|fyra|fem|(?:län|region|kommun|stad)e[nt]s)"
    r"\s+[^()]{0,160}?(?:\(|,)\s*"
    rf"{_THAT_IS}\s*",
    matches=(
        "de nämnder som ansvarar för verksamhet riktad till unga (d.v.s. ",
        "berörda bolag, dvs. ",
        " samtliga stadsdelsnämnder i söderort, det vill säga ",
        "de tre nämnder som har huvudansvar (dvs. ",
        " länets kommuner, d.v.s. ",
        "regionens nämnder (dvs. ",
    ),
    not_matches=("kulturnämnden (d.v.s. ", "de nämnder som berörs", "kulturnämnden, dvs. A"),
)
# An aside in brackets opens with a lower-case word or a figure ("som ansvarar för", "se avsnitt 4.3", "2026");
# a bracket that opens with a capital holds a name or its short form ("Stockholms Stadshus AB (SSAB)").
_ASIDE_OPENING = rule(
    "referral.aside_opening",
    r"^\s*[a-zåäö0-9§]",
    matches=("som ansvarar för fritidsgårdarna", "se avsnitt 4.3", "2026", "§ 4"),
    not_matches=("SSAB", "Fritid och mötesplatser"),
    flags=0,
)


# A relative clause about one body of a list, after which the list goes on with another "till": "till
# stadsbyggnadsnämnden, som förvaltar gator, torg och parker, till skol- och fritidsnämnden, samt till AB X".
RELATIVE_IN_LIST = rule(
    "referral.relative_in_list",
    # (one that sends on by itself, "som har underremitterat den till X", is a clause of its own)
    r",\s*(?:som|vilken|vilket|vilka|vars)\s(?:(?!\btill\b)[^.;()])*?"
    rf"(?=,\s*(?:{AND}\s+)?(?:även\s+|också\s+)?till\s+\S)",
    matches=(
        "till stadsbyggnadsnämnden, som förvaltar gator, torg och parker, till skol- och fritidsnämnden",
        "till trafiknämnden, vars ansvar det är, samt till kulturnämnden",
        "till AB X, som äger marken, och även till Y",
    ),
    not_matches=(
        "till AB Helsingborgshem, som äger flera av de bostadsområden där ny konst planeras.",
        "till trafiknämnden, som ska svara senast den 1 mars, och kulturnämnden",
        "till Stockholms Stadshus AB, som har underremitterat den till Stockholm Parkering AB, samt till Region X",
    ),
)


# The way a list's next bodies are reached, before their "till": "samt, genom Stockholms Stadshus AB, till AB
# Stockholmshem", "och via Stockholms Stadshus AB till bolagen" (the holding company passes the remiss on; it is
# asked nothing, and the list goes on).
VIA_IN_LIST = rule(
    "referral.via_in_list",
    r"(?<=\s)(?:,\s*)?\b(?:via|genom)\s+[A-ZÅÄÖ][^,.;()]{2,60}?,?\s*(?=till\s+\S)|"
    r"(?<=,)\s*\b(?:via|genom)\s+[A-ZÅÄÖ][^,.;()]{2,60}?,?\s*(?=till\s+\S)",
    matches=(
        "kulturnämnden samt, genom Stockholms Stadshus AB, till AB Stockholmshem",
        "kulturnämnden och via Stockholms Stadshus AB till bolagen",
        "A och, via Stockholms Stadshus AB, till B",
    ),
    not_matches=("genom att skicka den till A", "via e-post till registrator", "genom remiss till A"),
    flags=0,
)
# A relative clause set between a subject and its verb, closed by a comma the main clause's finite verb follows:
# "Trafiknämnden, som förvaltar gator, torg och parker, ombeds yttra sig", "A och B, vilka har deltagit i
# arbetsgruppen, ges tillfälle att". It says who the bodies are and is no clause of its own (one that sends on,
# "som har underremitterat den till X", is).
RELATIVE_BEFORE_VERB = rule(
    "referral.relative_before_verb",
    rf"(?:,\s*(?:som|vilken|vilket|vilka|vars)\s(?:(?!\btill\b|,\s*{AND}\s)[^.;:()])*?,"
    # or set off by dashes, also a "där" of the place the bodies stand for: "Stadsdelsnämnderna i A, B och C – där
    # kommissionen har genomfört sina fältstudier – ska redovisa"
    rf"|\s[–—-]\s*(?:som|vilken|vilket|vilka|vars|där|dit)\s(?:(?!\btill\b)[^.;:()–—])*?\s[–—-])\s*"
    r"(?=(?:ombeds|ombes|ombads|ska|skall|bör|får|fick|ges|gavs|bereds|bereddes|har|hade|uppmanas|uppmanades|"
    r"anmodas|inbjuds|erbjuds|kommer|avstår|avstod|avböjer|remitteras|önskas)\b)",
    matches=(
        "Trafiknämnden, som förvaltar gator, torg och parker, ombeds yttra sig",
        "A och B stadsdelsnämnder, som har drabbats av skyfallen och som deltagit i arbetsgruppen, ombeds",
        "Kulturnämnden, vars verksamhet berörs, ges tillfälle att yttra sig",
        "Idrottsnämnden, vilken ansvarar för anläggningarna, ska yttra sig",
        "Stadsdelsnämnderna i Farsta och Bromma – där kommissionen har gjort fältstudier – ska redovisa",
        "Kulturnämnden — som äger frågan — ombeds yttra sig",
        "Trafiknämnden - vars ansvar gatorna är - ges tillfälle att yttra sig",
    ),
    not_matches=(
        "Stockholms Stadshus AB, som har underremitterat ärendet till X, har yttrat sig",
        "till trafiknämnden, som ska svara senast den 1 mars, och kulturnämnden",
        "A, som äger marken, och B ska yttra sig",
        "Trafiknämnden, som förvaltar gatorna, anser att förslaget är bra",
        "Kulturnämnden – där frågan ligger – anser att förslaget är bra",
        "Idrottsnämnden – som har underremitterat ärendet till X – har yttrat sig",
        "Planen – Stockholm 2030 – ska antas",
    ),
)


def _groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The outermost bracket groups in ``text[start:end]``, as (opening, closing) positions; an unclosed one
    runs to ``end``."""
    found, depth, opening = [], 0, 0
    for i in range(start, end):
        if text[i] == "(":
            if depth == 0:
                opening = i
            depth += 1
        elif text[i] == ")" and depth:
            depth -= 1
            if depth == 0:
                found.append((opening, i))
    if depth:
        found.append((opening, end - 1))
    return found


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


def _set_aside(text: str, chars: list[str], start: int, end: int) -> None:
    for opening, closing in _groups(text, start, end):
        inner = text[opening + 1 : closing]
        if (named := _ENUMERATION.match(inner)) is not None:
            _blank(chars, opening, opening + 1 + named.end())  # "(d.v.s. " goes, the names stay
            _blank(chars, closing, closing + 1)
            _set_aside(text, chars, opening + 1 + named.end(), closing)
        elif _ASIDE_OPENING.match(inner) or "(" in inner or _ABBREVIATION.match(inner):
            _blank(chars, opening, closing + 1)


# A body's abbreviation in brackets after its name: "Skolfastigheter i Stockholm AB (SISAB)", "(SKR)", "(SL)"; the
# name before it is the body, the abbreviation no item of the list ("… (SISAB), samt till X" goes on).
_ABBREVIATION = rule(
    "referral.aside_abbreviation",
    r"^\s*[A-ZÅÄÖ][A-ZÅÄÖ0-9&-]{1,9}\s*$",
    matches=("SISAB", "SKR", "SL", "SSAB"),
    not_matches=("Å3, Å7", "bolaget", "Skolfastigheter", "2027"),
    flags=0,
)


# A later item of a list that a description opens: "A och B, samt till länets kommuner, d.v.s. C och D kommuner".
_LATER_ITEM = rule(
    "referral.later_list_item",
    rf",?\s+{AND}\s+",
    matches=(", samt ", " och "),
    not_matches=(", ",),
)


_THAT_IS_ANYWHERE = rule(
    "referral.enumeration_in_list",
    rf"(?<![\wåäö]){_THAT_IS}\s",
    matches=("A och länets kommuner, d.v.s. B och C", "dvs. A"),
    not_matches=("kommunerna i länet",),
)


def _described_later(text: str, start: int, end: int) -> re.Match[str] | None:
    """A description the enumeration after it spells out, as a later item of the list ("…, samt till länets
    kommuner, d.v.s. Bergs, Bräcke och Åre kommuner")."""
    if not _THAT_IS_ANYWHERE.found_in(text[start:end]):
        return None
    for joint in _LATER_ITEM.finditer(text, start, end):
        if (described := _DESCRIBED.match(text, joint.end(), end)) is not None:
            return described
    return None


def plain_list(text: str, start: int, end: int) -> str:
    """``text`` with the asides of ``text[start:end]`` and a description its enumeration spells out blanked."""
    relatives = list(RELATIVE_IN_LIST.finditer(text, start, end))
    relatives += [via for via in VIA_IN_LIST.finditer(text, start, end) if via.start() > start]
    # (the verb after a subject's relative stands at the zone's end, where the zone cannot see it)
    relatives += [m for m in RELATIVE_BEFORE_VERB.finditer(text, start) if m.end() <= end]
    described = _DESCRIBED.match(text, start, end) or _described_later(text, start, end)
    counts = list(COUNT_THEN_NAMES.finditer(text, start, end))
    if "(" not in text[start:end] and not relatives and not described and not counts:
        return text
    chars = list(text)
    for count in counts:
        _blank_count(text, chars, count, end)
    if counts:  # a count's brackets blanked are no aside
        text = "".join(chars)
    for relative in relatives:
        _blank(chars, relative.start() + 1, relative.end())  # the comma stays: it separates the list's items
    if described is not None:
        _set_aside(text, chars, start, described.start())  # the names before it
        _blank(chars, described.start(), described.end())
        bracket = text.rfind("(", start, described.end())
        if bracket >= 0:  # the enumeration's closing bracket goes with its opening one
            groups = _groups(text, bracket, end)
            if groups:
                _blank(chars, groups[0][1], groups[0][1] + 1)
            _set_aside(text, chars, described.end(), groups[0][1] if groups else end)
            start = groups[0][1] + 1 if groups else end
        else:
            start = described.end()
    _set_aside(text, chars, start, end)
    return "".join(chars)


# The bodies a count counts, singular or plural, indefinite or definite, on vocabulary's board and office words:
# "nämnder", "nämnderna", "förvaltningar", "kommuner", "instanser", "bolagen", "aktörer".
_COUNTED_BODIES = rf"[a-zåäö-]*(?:(?:{BOARD_WORD}|nämnder|styrelser)(?:na)?|{OFFICE_WORD}|" + (
    r"(?:instans|myndighet|organisation|aktör|kommun|region)(?:er(?:na)?)?|bolag(?:en)?)"
)
# A count the names then spell out in apposition, after a dash, a colon, a comma or a bracket: "till nio instanser
# inom kommunkoncernen – socialnämnden, … samt Uppsalahem AB – och till två externa instanser, Region Uppsala och
# Polismyndigheten", "till tre nämnder: A, B och C", "till de tre nämnderna (A, B och C)", "till tre av stadens
# nämnder – A, …". The count and its qualifier are no body (``recipients.COUNTED`` skips a bare count only); blanked
# with its punctuation (and a closing dash or bracket), the names stay the list.
COUNT_THEN_NAMES = rule(
    "referral.count_then_names",
    rf"(?<![\wåäö])(?:de\s+)?(?:{CARDINAL}|\d+)\s+(?:av\s+(?:de\s+|dessa\s+)?(?:[a-zåäö-]+s\s+)?)?"
    rf"(?:[a-zåäö]+(?:a|iga|ska)\s+)?{_COUNTED_BODIES}"
    r"(?:\s+(?:inom|utanför|i)\s+[a-zåäö]+)?\s*(?:(?:[–—:]|-\s|,)\s*(?=[A-ZÅÄÖa-zåäö])|"
    # (a bracket holds the names only when it opens with one: "(se bilaga 2)" is an aside)
    rf"\(\s*(?=(?-i:[A-ZÅÄÖ])|[a-zåäö-]*(?:{BODY_NOUN})\b))(?!(?:{CARDINAL}|ett|en)\s)",
    matches=(
        "nio instanser inom kommunkoncernen – socialnämnden",
        "två externa instanser, Region Uppsala",
        "tre nämnder: kulturnämnden",
        "fyra kommunala bolag - AB X",
        "2 myndigheter, Polismyndigheten",
        "tre kommuner: Knivsta kommun",
        "två förvaltningar – stadsbyggnadskontoret",
        "de tre nämnderna – kulturnämnden",
        "de två bolagen, AB X",
        "tre av stadens nämnder – kulturnämnden",
        "två av de berörda nämnderna: kulturnämnden",
        "tre nämnder (kulturnämnden",
        "tre nämnder — kulturnämnden",
        "två regioner, Region Uppsala",
    ),
    not_matches=(
        "tre nämnder som berörs",
        "fyra facknämnder.",
        "tre år, kulturnämnden",
        "fyra facknämnder, två stadsdelsnämnder",  # counts one after another: no names spelt out
        "tre nämnder (se bilaga 2)",
    ),
)
# The dash that closes an apposition a dash opened: " – och till …".
_CLOSING_DASH = rule(
    "referral.count_apposition_end",
    r"\s[–—-]\s",
    matches=("Uppsalahem AB – och till",),
    not_matches=("Gatu- och samhällsmiljönämnden", "2027–2030"),
)


def _blank_count(text: str, chars: list[str], count: re.Match[str], end: int) -> None:
    """Blank a count and what joins it to the names it spells out, and the dash closing a dash's apposition."""
    _blank(chars, count.start(), count.end())
    if "(" in text[count.start() : count.end()]:  # the enumeration's closing bracket goes with its opening one
        groups = _groups(text, text.index("(", count.start()), end)
        if groups:
            _blank(chars, groups[0][1], groups[0][1] + 1)
        return
    dashed = text[count.start() : count.end()].rstrip()[-1:] in "–—-"
    if dashed and (closing := _CLOSING_DASH.search(text, count.end(), end)):
        _blank(chars, closing.start(), closing.end())
