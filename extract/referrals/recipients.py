"""The recipients in a list's zone, item by item: a board found in the sentence, a name that looks like one,
the condition that closes a list ("de nämnder som berörs"), the members a group leaves out."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.boards import BoardRegister
from atgard.extract.exclusions import find_exclusions
from atgard.extract.mentions import (
    BOARD_LIKE,
    COUNCIL_LIKE,
    NAME_LIKE,
    OFFICE_LIKE,
    BoardSpan,
    listed_recipient,
    resolve_name,
    with_area,
)
from atgard.extract.referrals.asides import plain_list
from atgard.extract.referrals.councils import owned_council
from atgard.extract.referrals.zones import ASIDE, Zone
from atgard.extract.rules import Rule, rule
from atgard.extract.vocabulary import AND, CARDINAL, COUNTY_NAME, JOINT_BESIDE_OCH, LIST_JOINT
from atgard.schema.contract import Recipient

_CONDITION = rule(
    "referral.condition",
    rf",?\s*(?:{AND}\s+)?(?:därutöver|dessutom|även|också)?\s*(?:av\s+)?"
    r"(?P<condition>de\s+(?:nämnder|bolagsstyrelser|stadsdelsnämnder|förvaltningar|bolag|facknämnder)\b[^.;]*?\bsom\b[^.;]*)",
    matches=(
        ", och därutöver av de nämnder och bolagsstyrelser som berörs av rapportens förslag",
        " samt de stadsdelsnämnder som så önskar",
    ),
    not_matches=("och de nämnder",),
)
# Where the bodies that follow stand, between a list's names: "och utanför staden Ungdomsrådet i Göteborg", "samt
# externt Region Skåne", "och utanför kommunens organisation Länsstyrelsen".
_WHERE = (
    r"(?:utanför|inom)\s+(?:staden|kommunen|regionen|koncernen|(?:stadens|kommunens)\s+organisation)|externt|internt"
)
# Words between a list's names that are no name themselves: adverbs, "bl.a.", "d.v.s.", a repeated "till".
# Pieces come stripped of dots at their ends: "bl.a." is "bl.a" here, "t.ex." is "t.ex".
_FILLER_WORD = (
    r"(?:i\s+första\s+hand|i\s+andra\s+hand|inte\s+(?:bara|enbart|endast)|utan\s+(?:även|också)|även|också|dessutom|därutöver|bland\s+an(?:nat|dra)|bl\.\s?a\.?|"
    r"m\.\s?fl\.?|med\s+flera|t\.\s?ex\.?|till\s+exempel|främst|d\.\s?v\.\s?s\.?|dvs\.?|det\s+vill\s+säga|"
    rf"närmare\s+bestämt|i\s+synnerhet|särskilt|samtliga|alla|{AND}|(?:bolags)?styrelse(?:n|rna)\s+(?:för|i)|till|av|:|-|–|"
    # an under-referral named in the list: "Sundbybergs stadshus AB för vidare remiss till Fastighets AB Förvaltaren"
    r"för\s+(?:vidare\s+remiss|vidareremittering|underremittering|vidarebefordran)|"
    # the bodies a parent is asked to gather answers from: "till Stockholms Stadshus AB för yttrande från AB
    # Familjebostäder och Stockholm Vatten och Avfall AB samt till …"
    r"för\s+(?:yttrande|yttranden|synpunkter|svar|remissvar)\s+från|"
    # a group's noun before the names it holds: "till dotterbolagen AB X, AB Y och AB Z", "dotterbolaget X"
    r"(?:dotter|syster)(?:bolag|företag)(?:en|et)|bolagen|företagen|myndigheterna|organisationerna|kommunerna|"
    r"regionerna|föreningarna|stiftelserna|"
    # the organisation whose boards follow: "samt regionens kultur- och bildningsnämnd och trafiknämnd"
    rf"regionens|kommunens|stadens|landstingets|{_WHERE})"
)
_FILLER = rule(
    "referral.filler",
    rf"^(?:{_FILLER_WORD}(?:\s+{_FILLER_WORD})*)?$",
    matches=(
        "",
        "bl.a",
        "d.v.s. till",
        "samt till",
        "och därutöver",
        "i första hand",
        "dvs",
        "till dotterbolaget",
        "samt regionens",
        "för vidare remiss till",
        "för yttrande från",
        "för synpunkter från",
        "för underremittering till",
        "samt till styrelserna för",
        "och bolagsstyrelserna i",
        "Inte bara",  # "Inte bara A utan även B ombeds yttra sig": both are asked
        "utan även till",
        "och utanför kommunen",
        "samt externt",
    ),
    not_matches=("Kulturnämnden", "utom", "de nämnder som berörs", "utan", "för yttrande senast"),
)


# Bodies a list counts instead of naming them: "fyra facknämnder", "två stadsdelsnämnder", "ett tiotal
# intresseorganisationer", "sammanlagt 14 remissinstanser", "tre kommunala bolag". The names follow elsewhere
# (an utlåtande's Beredning sums up each one's answer in turn): no recipient itself, and no end of the list.
COUNTED = rule(
    "referral.counted_bodies",
    r"^(?:(?:sammanlagt|totalt|ytterligare|drygt|cirka|ca\.?|omkring|samtliga|alla)\s+)?"
    rf"(?:ett\s+[a-zåäö]+tal|\d+|en|{CARDINAL}|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo)\s+"
    r"(?:[a-zåäö]+(?:a|iga|ska)\s+)?"
    r"(?:[a-zåäö-]+s\s+)?"  # whose bodies they are: "två fackförvaltningars nämnder", "tre bolags styrelser"
    r"[a-zåäö-]*(?:nämnd(?:er)?|styrelser?|bolag|förvaltning(?:ar)?|kommuner?|regioner?|myndighet(?:er)?|"
    r"organisation(?:er)?|förening(?:ar)?|råd|instans(?:er)?|företag|aktörer?)"
    rf"(?:\s+i\s+(?:länet|regionen|(?-i:{COUNTY_NAME})))?$",  # "samtliga 26 kommuner i länet"
    matches=(
        "fyra facknämnder",
        "två stadsdelsnämnder",
        "en stadsdelsnämnd",
        "ett tiotal intresseorganisationer",
        "sammanlagt 14 remissinstanser",
        "tre kommunala bolag",
        "fem externa remissinstanser",
        "sex myndigheter",
        "Två fackförvaltningars nämnder",
        "tre kommunala bolags styrelser",
        "samtliga 26 kommuner i länet",
        "alla 26 kommuner i Stockholms län",
        "samtliga 8 kommuner i Uppsala län",
    ),
    not_matches=(
        "Kulturnämnden",
        "de två stadsdelsnämnderna",
        "samtliga stadsdelsnämnder",
        "två nämnders",
        "fyra år",
        "samtliga kommuner i länet",
        "26 kommuner i länets norra del",
    ),
)


def counted_in(text: str, zone: Zone) -> bool:
    """Whether the list in ``zone`` counts bodies instead of naming them ("till fyra facknämnder och X")."""
    end = zone.end if zone.list_end is None else zone.list_end
    return any(
        COUNTED.match(_TO_AGAIN.sub("", ASIDE.sub("", p).strip(" .")))
        for p in _AT_JOINTS.split(text[zone.start : end])[::2]
    )


# "till" repeated before a name the list goes on with: "… samt till Stockholms stads pensionärsråd".
_TO_AGAIN = rule(
    "referral.to_again",
    r"^(?:(?:även|också|dessutom)\s+)?till\s+(?=[A-ZÅÄÖ])",
    matches=("till Stockholms stads pensionärsråd", "även till Region Stockholm"),
    not_matches=("till samtliga nämnder", "Tillväxtverket"),
    flags=0,
)

# Words before a name that are no part of it: "till bland andra stadsdelsnämnden", "bl.a. Region Stockholm".
_LEADING_FILLER = rule(
    "referral.leading_filler",
    r"^(?:(?:bland\s+an(?:nat|dra)|bl\.\s?a\.?|t\.\s?ex\.?|till\s+exempel|främst|i\s+synnerhet|även|också|"
    rf"dessutom|därutöver|{_WHERE})\s+)+(?=\S)",
    matches=(
        "bland andra stadsdelsnämnden",
        "bl.a. Region Stockholm",
        "även till exempel trafiknämnden",
        "utanför staden Ungdomsrådet i Göteborg",
        "utanför kommunens organisation Länsstyrelsen i Skåne län",
        "externt Region Skåne",
    ),
    not_matches=("stadsdelsnämnden", "Bland", "Främsta nämnden", "utanför", "Staden"),
)


# A subject that names nobody: "De som ska redovisa ...", "Dessa ska ...".
# The missive's "you", addressed "Enligt sändlista, bilaga 2": "Ni ges härmed tillfälle att yttra er över
# förslaget", "Länsstyrelsen ger härmed er möjlighet att lämna synpunkter" asks the bodies of the list
# (``remisslist.points_to_list``); a recipient as written, in lower case too.
ADDRESSED_YOU = rule(
    "referral.remisslist.you",
    r"^(?:ni|er|eder)$",
    matches=("Ni", "er"),
    not_matches=("Nacka kommun", "Nio kommuner", "Eders"),
)
_PRONOUN = rule(
    "referral.pronoun",
    r"^(?:de|dessa|den|det|denna|vi|man|var|vilka|som|remissinstanser(?:na)?|de\s+som|"
    r"nämnderna|styrelserna|bolagen|förvaltningarna|instanserna|"
    # bodies described, not named: "Instanser som är markerade i kolumnen …", "Nämnder som har åtgärder angivna"
    r"(?:remiss)?instanser\s+som|nämnder\s+som|bolag\s+som)\b|"
    # a quantity of bodies named by a common noun: "Samtliga remissinstanser", "Flera kommuner", "De flesta"
    r"^(?:samtliga|flera|alla|några|många|övriga|berörda|vissa|andra|båda|varje|de\s+flesta|ett\s+antal)"
    r"(?-i:\s+[a-zåäö][\wåäö-]*)+$|"
    # a part of them counted: "Sju av de elva remissinstanserna", "Hälften av nämnderna", "En av nämnderna",
    # "Drygt hälften av remissinstanserna", with a word that says which or whose before the noun: "Tre av de
    # berörda nämnderna", "Tre av stadens nämnder" (in lower case: "Region Uppsalas nämnder" names a body)
    rf"^(?:(?:drygt|knappt|nästan|över|under)\s+)?(?:en|{CARDINAL}|\d+|ingen|inga|hälften|merparten|majoriteten|"
    r"flertalet)\s+(?:av|utav)\s+(?:de\s+|dessa\s+)?"
    rf"(?:(?:{CARDINAL}|\d+)\s+)?(?-i:[a-zåäö][\wåäö-]*(?:a|e|s)\s+)?(?-i:[a-zåäö][\wåäö-]*)$",
    matches=(
        "Sju av de elva remissinstanserna",
        "Hälften av nämnderna",
        "De som",
        "Dessa",
        "Remissinstanserna",
        "Nämnderna",
        "Samtliga remissinstanser",
        "Flera kommuner",
        "Instanser som",
        "En av nämnderna",
        "Tre av de berörda nämnderna",
        "Två av de tillfrågade bolagen",
        "Flertalet av nämnderna",
        "Drygt hälften av remissinstanserna",
        "Tre av stadens nämnder",
    ),
    not_matches=(
        "Detaljplanenämnden",
        "Denmark AB",
        "Övriga Stockholms stadsdelsnämnder",
        "Två av Region Uppsalas nämnder",
        "En av Kulturnämnden",
    ),
)


def recipients_in(
    text: str, zone: Zone, boards: Sequence[BoardSpan], register: BoardRegister, *, sending: bool = False
) -> tuple[list[Recipient], str | None]:
    """The recipients and condition read in ``zone``; a group's members left out ("samtliga stadsdelsnämnder utom
    Norrmalm") are no recipients of their own but the group's ``excluding``. ``sending``: a remiss the document
    sends now, whose list may name the county's municipalities as one group beside the bodies it names ("till
    länets kommuner, Region Uppsala och …"); one recounted is the remiss a municipality of the county answers."""
    plain = plain_list(text, zone.start, zone.end)
    if plain is not text:  # asides and a description set aside: the bodies named in them too
        boards = [b for b in boards if plain[b.start : b.end].strip()]
        text = plain
    excluded = find_exclusions(text, zone.start, zone.end, boards, register)
    recipients, condition = _read_list(excluded.text, zone, excluded.boards, register, sending)
    if not sending and _county_towns_only(recipients):
        recipients = []  # recounted, the county's municipalities are the remiss one of them answers
    return excluded.applied(recipients), condition


def _read_list(
    text: str, zone: Zone, boards: Sequence[BoardSpan], register: BoardRegister, sending: bool
) -> tuple[list[Recipient], str | None]:
    """Recipients and condition in ``text[zone.start:zone.end]``; nothing when the list is not one."""
    end = zone.end if zone.list_end is None else zone.list_end
    condition = None
    if found := _CONDITION.search(text, zone.start, zone.end):
        condition = found.group("condition").strip(" .")
        end = min(end, found.start())
    recipients: list[Recipient] = []
    position = zone.start
    separators = _separators(text[zone.start : end])
    alias = None  # the words the last body was named by
    for span in [*[b for b in boards if zone.start <= b.start and b.end <= end], None]:
        gap_end = span.start if span else end
        reach = _area_reach(span, gap_end)
        if recipients and (area := with_area(recipients[-1], text[position:reach], alias)):
            recipients[-1], position = area[0], position + area[1]
        pieces = _pieces(text[position:gap_end], separators)
        for at, piece in enumerate(pieces):
            piece = _LEADING_FILLER.sub("", _TO_AGAIN.sub("", ASIDE.sub("", piece).strip(" .")))
            piece = _TO_AGAIN.sub("", piece)  # "externt till Ungdomsrådet i Göteborg"
            if _FILLER.match(piece) or COUNTED.match(piece):
                continue
            if span is not None and at == len(pieces) - 1 and _DESCRIBED.match(piece):
                continue  # "Enköpings kommuns va-huvudman ENA Energi AB": what the next body is, no body
            if sending and COUNTY_TOWNS.match(piece):
                recipients.append(resolve_name(piece, register))  # "länets kommuner": a remiss's group
                continue
            if recipients and DIVISION.match(piece):
                continue  # "Polismyndigheten, lokalpolisområde Linköping, och …": the body before it, in part
            alias = None  # the last body is this piece's, not the one named by the alias
            if (council := owned_council(piece, recipients)) is not None:
                recipients.append(council)
                continue
            if ADDRESSED_YOU.match(piece) and not recipients:  # "ger härmed er möjlighet": the list's bodies
                recipients.append(resolve_name(piece, register))
                continue
            if not _name_like(piece) or "¤" in piece or _PRONOUN.match(piece):
                # The list ended before the zone did: fine after "av"/"till", not for a subject. The county's
                # municipalities alone before bodies described ("till länets kommuner och till de aktörer som
                # …") lead a list named elsewhere.
                return ([] if zone.whole or _county_towns_only(recipients) else recipients), condition
            recipients.append(resolve_name(piece, register))
        if span is None:
            break
        if span.start < position:
            continue  # inside the name of a body listed before it
        recipient, position = listed_recipient(span, text, register)
        recipients.append(recipient)
        alias = text[span.start : position]
    return recipients, condition


# What the body named right after is, in apposition (no joint between): its owner in the genitive and a common
# noun, "Enköpings kommuns va-huvudman ENA Energi AB", "regionens trafikbolag UL", "kommunens bostadsbolag X AB".
_DESCRIBED = rule(
    "referral.described_apposition",
    r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+)*[\wåäöÅÄÖ-]+s\s+(?:helägda\s+|egna\s+)?[a-zåäö][a-zåäö-]*"
    r"(?:bolag|huvudman|huvudmannen|förening|stiftelse|förbund|företag|myndighet)(?:et|en)?$",
    matches=(
        "Enköpings kommuns va-huvudman",
        "regionens trafikbolag",
        "Uppsala kommuns helägda bostadsbolag",
        "kommunens energibolag",
    ),
    not_matches=(
        "Stockholms stads pensionärsråd",
        "Region Uppsala",
        "Enköpings kommun",
        "Stockholms stads kulturnämnd",
    ),
    flags=0,
)
# The regional division of the outside body named before it: "Polismyndigheten, Polisregion Syd", "Kriminalvården,
# Region Syd" (a quarter of the country, which no county's region is), "Polismyndigheten, lokalpolisområde
# Linköping, och Region Östergötland" (between commas in running text: a part of the body, no body of its own).
DIVISION = rule(
    "referral.division",
    r"^(?:(?:lokal)?polis(?:region|område)\s+\S+|region\s+(?:(?:syd|nord|norr|öst|väst|mitt)(?:ost|väst|öst)?))$",
    matches=("Polisregion Syd", "Region Syd", "lokalpolisområde Linköping", "Region Nordväst"),
    not_matches=("Region Skåne", "Tullverket", "Region Stockholm"),
)
# The county's municipalities as one group a county board's or a region's remiss goes to: "länets kommuner",
# "kommunerna i länet", "samtliga kommuner i länet", "kommunerna i Uppsala län" (the whole county's, no body of
# their own to resolve).
COUNTY_TOWNS = rule(
    "referral.county_towns",
    r"^(?:(?:samtliga|alla)\s+)?(?:länets\s+kommuner|kommuner(?:na)?\s+i\s+"
    rf"(?:länet|(?-i:{COUNTY_NAME})))$",
    matches=(
        "länets kommuner",
        "Länets kommuner",
        "kommunerna i länet",
        "samtliga kommuner i länet",
        "kommunerna i Uppsala län",
        "alla kommuner i Stockholms län",
        "kommunerna i Västra Götalands län",
    ),
    not_matches=(
        "länets kommuner genom samverkansgruppen",
        "kommunerna",
        "Sveriges kommuner",
        "kommunerna i Region Uppsala län",
        "kommunerna i Uppsala läns norra del",
    ),
)


def _county_towns_only(recipients: Sequence[Recipient]) -> bool:
    """Whether the recipients are none or only the county's municipalities as one group."""
    return all(COUNTY_TOWNS.match(r.name) for r in recipients)


def _area_reach(span: BoardSpan | None, gap_end: int) -> int:
    """How far the area of the body listed last may run: into a name found by its shape right after it, that took
    the area's words with the next item ("… region Östra Götaland och Hyresbostäder AB" read as one company); the
    span's rest after the area is read as the list's next item. An area opens right after its body, so a joint
    before the span ends it first."""
    return span.end if span is not None and span.board_id is None else gap_end


def _name_like(piece: str) -> bool:
    return bool(
        NAME_LIKE.match(piece) or BOARD_LIKE.match(piece) or OFFICE_LIKE.match(piece) or COUNCIL_LIKE.match(piece)
    )


# A list cut at its joints, the joints kept: every joint, or all but "och" when "och" is inside a name.
_AT_JOINTS = rule("referral.at_joints", f"({LIST_JOINT})", matches=("A, B och C samt D",), not_matches=("A eller B",))
_AT_JOINTS_BESIDE_OCH = rule(
    "referral.at_joints_beside_och",
    f"({JOINT_BESIDE_OCH})",
    matches=("Sveriges Kommuner och Landsting samt AB Storstockholms Lokaltrafik",),
    not_matches=("A och B",),
)
# The "and"s of a list, to tell which one closes it.
_AND_WORD = rule(
    "referral.and_word", rf"\b({AND})\b", matches=("A och B", "A samt B"), not_matches=("samtliga",), flags=0
)


def _separators(zone: str) -> Rule:
    """How a list's items are separated: a list that closes with "samt" keeps "och" inside its names.

    "..., Sveriges Kommuner och Landsting samt AB Storstockholms Lokaltrafik": the
    last item is joined by "samt", so an "och" before it joins the words of a name. A list of lists, each closed
    by its own "samt" ("A och B samt C, D och E samt F"), joins its items with both.
    """
    joiners = _AND_WORD.findall(zone)
    closing = joiners and joiners[-1] == "samt" and joiners.count("samt") == 1
    return _AT_JOINTS_BESIDE_OCH if closing and "och" in joiners else _AT_JOINTS


def _pieces(gap: str, separators: Rule) -> list[str]:
    """The items of a stretch of list, a company's name kept whole: "Nordiska Bostäder och Lokaler AB"."""
    parts = separators.split(gap)
    pieces, joiners = parts[::2], parts[1::2]
    merged = pieces[:1]
    for joiner, piece in zip(joiners, pieces[1:], strict=True):
        previous = merged[-1].strip()
        company = piece.strip().endswith(" AB") and previous[:1].isupper() and "AB" not in previous.split()
        # "Nordiska Bostäder och Lokaler AB"; "Nacka vatten och avfall AB" (the name goes on in lower case)
        if joiner.strip().lower() == "och" and company:
            merged[-1] = f"{merged[-1]}{joiner}{piece}"
        else:
            merged.append(piece)
    return merged
