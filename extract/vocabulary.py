"""The Swedish vocabulary every rule builds on: named fragments of patterns, each with its examples.

A rule (``extract/rules.py``) is a whole pattern for one job; a fragment is a piece that many rules
share: how the items of a list are joined, how a case number is written, what a board's name ends
in, a month, a modal verb. Each is declared once here with :func:`fragment`, with examples it must
match whole and examples it must not, and ``tests/test_rules.py`` runs them. A rule spells a list
joint or a month by naming the fragment (``rf"…{LIST_JOINT}…"``), never by writing the words again,
so a word added here reaches every rule that uses it.

This module and ``rules.py`` are the only places in ``extract/`` (outside the reader's layout
patterns, ``extract/read/patterns.py``) that compile a regular expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Fragment:
    """A piece of pattern with the texts it must match whole, and texts it must not."""

    name: str
    pattern: str
    matches: tuple[str, ...]
    not_matches: tuple[str, ...] = ()

    def fullmatch(self, text: str, flags: int = re.IGNORECASE) -> bool:
        return re.fullmatch(f"(?:{self.pattern})", text, flags) is not None


FRAGMENTS: dict[str, Fragment] = {}


def fragment(name: str, pattern: str, *, matches: tuple[str, ...], not_matches: tuple[str, ...] = ()) -> str:
    """Declare a fragment (matched case-insensitively in its examples) and return its pattern, non-capturing."""
    if name in FRAGMENTS:
        raise ValueError(f"fragment {name!r} declared twice")
    if not matches:
        raise ValueError(f"fragment {name!r} has no example")
    FRAGMENTS[name] = Fragment(name, pattern, matches, not_matches)
    return f"(?:{pattern})"


# --- Lists: the words that join the items of a list -------------------------------------------------------------

# The conjunctions, bare: each rule sets their edges. "och" and "samt" add an item, "eller" offers one.
OCH = fragment("list.och", r"och", matches=("och", "Och"), not_matches=("ochså", "samt"))
SAMT = fragment("list.samt", r"samt", matches=("samt",), not_matches=("samtliga", "och"))
AND = fragment("list.and", rf"{OCH}|{SAMT}", matches=("och", "samt"), not_matches=("eller", "som"))
OR = fragment("list.or", r"eller", matches=("eller",), not_matches=("och",))
CONJUNCTION = fragment("list.conjunction", rf"{AND}|{OR}", matches=("och", "samt", "eller"), not_matches=("som",))
# Words that set two names side by side: "såväl A som B", "A liksom B", "A respektive B".
ALIKE = fragment("list.alike", r"såväl|liksom", matches=("såväl", "liksom"), not_matches=("som", "likaså"))
RESPEKTIVE = fragment("list.respektive", r"respektive", matches=("respektive",), not_matches=("respektives",))
# Every word that joins a list's items, bare: what a list's next word is not ("kulturnämndens ungdomsråd och ...").
JOINT_WORDS = fragment(
    "list.joint_words",
    rf"{CONJUNCTION}|{ALIKE}|{RESPEKTIVE}",
    matches=("och", "samt", "eller", "såväl", "liksom", "respektive"),
    not_matches=("som", "till"),
)

# The joints that never stand inside a name ("och" may: "Sveriges Kommuner och Landsting"), with their edges:
# "respektive" between two names ("kulturnämnden respektive idrottsnämnden"), never at the start ("Respektive nämnd").
JOINT_WORD_BESIDE_OCH = fragment(
    "list.joint_word_beside_och",
    rf"\b(?:{SAMT}|{ALIKE})\b|(?<=\s){RESPEKTIVE}\b",
    matches=("samt", "såväl", "liksom"),
    not_matches=("och", "samtliga", "respektive"),  # "respektive" needs a name before it
)
# "och", "samt", "såväl", "liksom", and "respektive" between two names; not the "och" after a compound's first part
# left open ("Statens väg- och transportforskningsinstitut", "kultur- och fritidsnämnden"): that joins one name.
LIST_JOINT_WORD = fragment(
    "list.joint_word",
    rf"(?<![-–]\s)(?<![-–])\b{OCH}\b|{JOINT_WORD_BESIDE_OCH}",
    matches=("och", "samt", "såväl", "liksom"),
    not_matches=("ochså", "samtliga", "respektive"),  # "respektive" needs a name before it
)
# A joint with the punctuation that joins items too, and the space around it.
LIST_JOINT = fragment(
    "list.joint",
    rf"\s*(?:,|;|{LIST_JOINT_WORD})\s*",
    matches=(", ", " och ", " samt ", "; ", " liksom "),
    not_matches=(" eller ", " som "),
)
# The same but "och", for a list whose "och" joins the words of a name: "..., Sveriges Kommuner och Landsting samt X".
JOINT_BESIDE_OCH = fragment(
    "list.joint_beside_och",
    rf"\s*(?:,|;|{JOINT_WORD_BESIDE_OCH})\s*",
    matches=(", ", " samt ", "; ", " liksom "),
    not_matches=(" och ", " eller "),
)
# A comma, "och", "samt" or "respektive", and the space around: how places and genitives are listed ("Farsta,
# Skärholmen och Älvsjö", "Norrmalm respektive Södermalm").
AND_JOINT = fragment(
    "list.and_joint",
    rf"\s*(?:,|\b(?:{AND}|{RESPEKTIVE})\b)\s*",
    matches=(", ", " och ", " samt ", " respektive "),
    not_matches=(" eller ",),
)
# A comma or "och" alone: the members a group leaves out ("utom Norrmalm, Södermalm och Farsta").
OCH_JOINT = fragment("list.och_joint", rf"\s*(?:,|\b{OCH}\b)\s*", matches=(", ", " och "), not_matches=(" samt ",))
# Splits a list of names into its items: "A, B och C samt D".
LIST_SEPARATORS = re.compile(LIST_JOINT, re.IGNORECASE)

# --- Asides: a phrase set between commas inside a clause ---------------------------------------------------------

# "redovisar, var och en inom sitt ansvarsområde, sina förutsättningar": what a verb's words may be parted by.
ASIDE = fragment(
    "clause.aside",
    r"\s*,[^,.;:]{1,60},",
    matches=(", var och en inom sitt ansvarsområde,", " , i samråd med trafiknämnden,", ", vid behov,"),
    not_matches=(", sina förutsättningar. Sedan,", "sina förutsättningar"),
)


# --- Modal verbs that recommend: "bör förstärkas", "behöver stärkas" ---------------------------------------------

MODALS = fragment(
    "modal.recommending",
    r"bör|borde|behöver|måste",
    matches=("bör", "borde", "behöver", "måste"),
    not_matches=("ska", "kan"),
)
# The modal verbs a directive is given with: "nämnderna ska redovisa", "skall yttra sig", "bör inkomma".
DIRECTING = fragment(
    "modal.directing", r"ska|skall|bör", matches=("ska", "skall", "bör"), not_matches=("kan", "skulle", "borde")
)

# --- What makes words a clause, never a name ---------------------------------------------------------------------

# A finite verb of everyday administrative prose, or a sentence adverb: words a body's name never holds
# ("Kommunens dricksvattenförsörjning berör även grannkommunerna" is a clause, "Sveriges Kommuner och Regioner" a
# name). Finite forms only: "berörda nämnder" (a participle) is a group of bodies.
FINITE_VERB = fragment(
    "clause.finite_verb",
    r"är|var|har|hade|ska|skall|skulle|kan|kunde|får|fick|måste|bör|borde|blir|blev|vill|ville|behöver|"
    r"finns|fanns|gäller|gällde|berör|berörs|berörde|innebär|innebar|omfattar|omfattas|avser|avsåg|ligger|låg|"
    r"står|stod|går|gick|kommer|kom|ingår|ingick|utgör|utgjorde|rör|handlar|saknar|saknas|krävs|behövs|anser|"
    r"ansåg|bedömer|menar",
    matches=("berör", "har", "innebär", "finns", "gällde"),
    not_matches=("berörda", "kommuner", "råd", "förbund", "berört", "även"),
)
# A verb that gives a body's view, finite, present or past: what a summary of answers says each body did
# ("Trafiknämnden tillstyrker motionen", "Kulturnämnden välkomnade förslaget").
VIEW_VERB = fragment(
    "clause.view_verb",
    r"tillstyrk(?:er|te)|avstyrk(?:er|te)|instämmer|instämde|välkomna(?:r|de)|framhåller|framhöll|"
    r"påpeka(?:r|de)|betona(?:r|de)|understryker|underströk|anser|ansåg",
    matches=("tillstyrker", "avstyrkte", "välkomnar", "framhöll", "påpekade", "instämmer"),
    not_matches=("tillstyrka", "tillstyrkt", "välkomna", "påpekande"),
)
CLAUSE_WORD = fragment(
    "clause.word",
    rf"{FINITE_VERB}|även|också|inte|ej|därför|dock|redan|fortfarande|alltså",
    matches=("berör", "även", "har", "innebär", "därför", "finns"),
    not_matches=("berörda", "Regioner", "kommuner", "råd", "förbund", "berört"),
)

# --- Boards: the nouns boards and offices are named by -----------------------------------------------------------

# A board's noun, singular: "nämnd", "nämnden", "styrelse", "styrelsen".
BOARD_WORD = fragment(
    "board.word",
    r"nämnd|nämnden|styrelse|styrelsen",
    matches=("nämnd", "nämnden", "styrelse", "styrelsen"),
    not_matches=("nämnder", "styrelsens"),
)
# The same, definite: the form a board is named by with its purpose or area after it ("nämnden för ...").
BOARD_DEFINITE = fragment(
    "board.definite", r"nämnden|styrelsen", matches=("nämnden", "styrelsen"), not_matches=("nämnd", "nämnderna")
)
# An office's noun: "förvaltning", "förvaltningen", "förvaltningar(na)", "kontor", "kontoret", "kontoren".
OFFICE_WORD = fragment(
    "board.office_word",
    r"förvaltning(?:en|ar|arna)?|kontor(?:et|en)?",
    matches=("förvaltning", "förvaltningarna", "kontoret", "kontoren"),
    not_matches=("förvaltnings", "kontorets"),
)
# An office named by its kind alone: the document's own ("Förvaltningen föreslår", "Kontoret bedömer").
OFFICE_DEFINITE = fragment(
    "board.office_definite", r"förvaltningen|kontoret", matches=("förvaltningen", "Kontoret"), not_matches=("kontor",)
)
# The noun a body's name ends in, a board's, an office's, a council's or a committee's: "Kommunstyrelsen",
# "Stadsledningskontoret", "Regionfullmäktige", "Kommunstyrelsens arbetsutskott".
BODY_NOUN = fragment(
    "board.body_noun",
    rf"{OFFICE_WORD}|{BOARD_WORD}|fullmäktige|utskott(?:et)?",
    matches=("nämnden", "kontoret", "fullmäktige", "utskottet", "förvaltning"),
    not_matches=("nämnder", "utskotten", "bilaga"),
)
# A board named in lower case, as boards often are in running text: "social resursnämnd", "tekniska nämnden",
# or by what it is for: "nämnden för arbetsmarknad och vuxenutbildning" (Göteborg's names); a district board
# abbreviated: "SDN Järva".
BOARD_NAME = fragment(
    "board.name",
    rf"(?:[\wåäöÅÄÖé-]+\s+){{0,3}}[\wåäöÅÄÖé-]*{BOARD_WORD}|"
    rf"{BOARD_DEFINITE}\s+för\s+[\wåäöÅÄÖé-]+(?:\s+(?:{OCH}\s+|&\s+)?[\wåäöÅÄÖé-]+){{0,4}}|"
    r"SDN\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+SDN|"
    # a district's or an area's board named with its place after it, as Göteborg did: "Stadsdelsnämnden Centrum"
    r"[\wåäöÅÄÖé-]*nämnden\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?",
    matches=(
        "social resursnämnd",
        "tekniska nämnden",
        "nämnden för arbetsmarknad och vuxenutbildning",
        "nämnden för Teknik & Fritid",
        "SDN Järva",
        "Stadsdelsnämnden Centrum",
        "stadsdelsnämnden Västra Hisingen",
    ),
    not_matches=("Stockholms stad", "nämnderna"),
)
# A council's noun, indefinite: four letters or more before "råd" ("pensionärsråd", "funktionshinderråd"), so that
# "samråd" and "förråd" are none; and never a person's title ("kommunalråd", "borgarråd", "hovrättsråd").
_TITLE_RÅD = (
    r"(?:kommunal|borgar|oppositions|landstings|region|kansli|läns|departements|ämnes|rätts|stats|justitie|"
    r"regerings)råd"
)
COUNCIL_NOUN = fragment(
    "board.council_noun",
    rf"(?![a-zåäö-]*?{_TITLE_RÅD}(?:et)?(?![a-zåäö]))[a-zåäö-]{{4,}}råd",
    matches=("pensionärsråd", "funktionshinderråd", "ungdomsråd", "brukarråd"),
    not_matches=("samråd", "förråd", "råd", "kommunalråd", "borgarråd", "kansliråd", "länsråd", "hovrättsråd"),
)
# ... with an adjective before it: "lokala pensionärsråd", "kommunala funktionshinderrådet".
COUNCIL_ADJECTIVE = r"(?:[a-zåäö]+a\s+)"
# A council named in running text in lower case: "pensionärsrådet", "kommunala funktionshinderrådet".
COUNCIL_NAME = fragment(
    "board.council_name",
    rf"{COUNCIL_ADJECTIVE}?{COUNCIL_NOUN}et",
    matches=("pensionärsrådet", "kommunala pensionärsrådet", "funktionshinderrådet"),
    not_matches=("rådet", "rådets", "pensionärsrådets ordförande", "kommunalrådet", "borgarrådet"),
)
# An office named in lower case, as a subject's list may name the administrations beside the boards:
# "stadsdelsnämnderna och fackförvaltningarna", "socialförvaltningen".
OFFICE_NAME = fragment(
    "board.office_name",
    rf"[a-zåäöé-]*{OFFICE_WORD}",
    matches=("fackförvaltningarna", "socialförvaltningen", "trafikkontoret"),
    not_matches=("social förvaltning", "kontorets"),
)

# A municipality or a region named as a whole, not one of its bodies: a letterhead's top line, the town a remiss
# goes to ("Lerums kommun har beretts tillfälle …"), an organisation over the board an address is to. Its boards
# answer for it. Two words before "kommun" ("Lilla Edets kommun", "Upplands Väsby kommun"); a region's name of two
# words ("Region Jönköpings län", "Region Jämtland Härjedalen"), the second in capitals unless "län" and never a
# body's noun ("Region Stockholm Trafikförvaltningen" is an office under the region).
# A two-word name's first word is one of the few that open one ("Upplands Väsby", "Lilla Edet", "Östra Göinge"):
# a capitalised word before a name is no part of it ("Postadress Malmö stad", "Stadsledningskontoret Stockholms stad").
MUNICIPALITY_NAME = fragment(
    "organisation.municipality",
    r"(?:(?:Upplands|Lilla|Östra)\s+)?[A-ZÅÄÖ][\wåäö-]+\s+(?:[Ss]tad|kommun)",
    matches=(
        "Malmö stad",
        "Lilla Edets kommun",
        "Upplands-Bro kommun",
        "Upplands Väsby kommun",
        "Östra Göinge kommun",
        "Stockholms Stad",
    ),
    not_matches=(
        "Malmö stads kulturnämnd",
        "Kommunstyrelsen",
        "Kommunstyrelsen i Malmö stad",
        "kommun",
        "Postadress Malmö stad",
        "Kommunstyrelsen Botkyrka kommun",
        "Funktionsrätt Stockholms stad",  # an association named after the town
    ),
)
REGION_NAME = fragment(
    "organisation.region",
    r"Region\s+[A-ZÅÄÖ][\wåäö-]+"
    r"(?:\s+(?:län|(?![\wåäö-]*(?:nämnd|styrelse|förvaltning|kontor|fullmäktige))(?-i:[A-ZÅÄÖ])[\wåäö-]+))?",
    matches=("Region Skåne", "Region Jönköpings län", "Region Jämtland Härjedalen", "Region gotland"),
    not_matches=("Region Stockholm Trafikförvaltningen", "Regionstyrelsen", "Region 2026", "Region Skåne anser"),
)
# A county by its name ("Jönköpings län", "Västra Götalands län", "Uppsala län"): no region ("Region Jönköpings län").
COUNTY_NAME = fragment(
    "organisation.county",
    r"(?!Region\b)[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?\s+län",
    matches=("Jönköpings län", "Västra Götalands län", "Uppsala län"),
    not_matches=("Region Jönköpings län", "Länsstyrelsen", "Jönköpings läns"),
)
# A municipality's or a county's genitive before its plan: "Stockholms stads program …", "Upplands Väsby kommuns".
MUNICIPALITY_GENITIVE = fragment(
    "organisation.municipality_genitive",
    r"(?:[A-ZÅÄÖ][\wåäö-]+\s+)?[A-ZÅÄÖ][\wåäö-]+\s+(?:[Ss]tads|[Kk]ommuns|läns)",
    matches=("Stockholms stads", "Göteborgs Stads", "Upplands Väsby kommuns", "Lilla Edets kommuns", "Uppsala läns"),
    not_matches=("Stockholms stad", "kommuns", "Malmö stads kulturnämnds"),
)
# A Swedish postal code, and a post box before it: "105 35", "10535"; "Box 8189".
POSTAL_CODE = fragment(
    "address.postal_code", r"\d{3}\s?\d{2}", matches=("105 35", "75375"), not_matches=("1053", "10 535")
)
# ... its number also in groups of three ("Box 17 002"), not taking a postal code's first part ("Box 8189 104 20")
POST_BOX = fragment(
    "address.post_box",
    r"Box\s+(?:\d{1,3}\s\d{3}(?!\s?\d{2}\b)(?!\d)|\d+)",
    matches=("Box 8189", "box 22550", "Box 17 002"),
    not_matches=("Box", "Boxen 2"),
)
# A street address before the postal code, its number last: "August Palms plats 1", "Granitvägen 15B".
STREET_ADDRESS = fragment(
    "address.street",
    r"(?!Box\s)[A-ZÅÄÖ][\wåäöé.-]*(?:\s+[\wåäöé.-]+){0,3}\s+\d{1,4}\s?[A-Za-z]?\b",
    matches=("August Palms plats 1", "Gustaf Dalénsgatan 2", "Granitvägen 15B", "Hamngatan 12 A"),
    not_matches=("Box 5184", "402 26 Göteborg", "Lokalförvaltningen"),
)
# The label before an address in a footer or a letterhead: "Postadress:", "Besöksadress", "Leveransadress:".
ADDRESS_LABEL = fragment(
    "address.label",
    r"(?<![\wåäö-])(?:[Pp]ost|[Bb]esöks|[Ll]everans)adress\s*:?",
    matches=("Postadress:", "Besöksadress", "Leveransadress :"),
    not_matches=("Adress:", "e-postadress:", "Postadressen"),
)
WHOLE_ORGANISATION = fragment(
    "organisation.whole",
    rf"{MUNICIPALITY_NAME}|{REGION_NAME}",
    matches=("Nacka kommun", "Region Stockholm", "Lilla Edets kommun"),
    not_matches=("Stadskontoret", "Trafiknämnden i Region Stockholm", "Nacka kommuns kulturnämnd"),
)
# The unit an outside body's regional part is named by, in lower case before its place: "Hyresgästföreningen region
# Mitt", "Friluftsfrämjandet distrikt Väst", "Naturskyddsföreningen avdelning Norr".
AREA_UNIT = fragment(
    "organisation.area_unit",
    r"region|distrikt|avdelning",
    matches=("region", "distrikt", "avdelning"),
    not_matches=("regionen", "regionala", "distriktet", "avdelningen"),
)

# --- Dates -----------------------------------------------------------------------------------------------------

# The words that say a number is a measure's code: "åtgärderna 2.1–2.3", "förslag 3", "Insats 2.1", "aktivitet 4".
MEASURE_WORD = fragment(
    "measure.word",
    r"åtgärd(?:erna|er|en)?|åtgärdsförslag(?:en|et)?|förslag(?:en|et)?|rekommendation(?:erna|er|en)?|"
    r"insats(?:erna|er|en)?|aktivitet(?:erna|er|en)?",
    matches=("åtgärderna", "Åtgärd", "förslaget", "insatserna", "aktivitet", "rekommendation"),
    not_matches=("åtgärdsplan", "tidpunkt"),
)
# A measure's code: its area's letters, a capital or two ("S", "KA": "KAB1" is no code; the schema's MeasureCode), and
# its numbers, one to four dotted ("1", "2.1", "2.1.3"). The rules reading a code build it of these; those that take
# one capital only ("A1 …" opening a paragraph, "Å3" after a body) say why: a grid square's or a road's shape.
MEASURE_AREA = fragment(
    "measure.area", r"(?-i:[A-ZÅÄÖ]{1,2})", matches=("S", "KA", "Å"), not_matches=("KAB", "ka", "1")
)
MEASURE_NUMBER = fragment(
    "measure.number",
    r"\d{1,2}(?:\.\d{1,2}){0,3}",
    matches=("1", "12", "2.1", "2.1.3.4"),
    not_matches=("2027", "2.1.3.4.5", "1:2", "A1"),
)
MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()
MONTH = fragment("date.month", "|".join(MONTHS), matches=("januari", "maj", "December"), not_matches=("jan", "maj."))
# A plan's year or period, its dash any of "-", "–", "—": "2028", "2027–2028", "2027-30", "2027 — 2030".
YEARS = fragment(
    "date.years",
    r"(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)?\d\d)?(?!\d)",
    matches=("2028", "2027–2028", "2027-30", "2027 — 2030"),
    not_matches=("28", "20281", "2027/28"),
)
# A meeting's item on its agenda, as noted beside a memo's addressee: "p. 11", "punkt 4", "ärende nr 3", "§ 12";
# a word of its own ("Styrgrupp 2" is no item 2). MATTER_NUMBER below is the item a text refers to, without "p.".
AGENDA_ITEM_NUMBER = fragment(
    "meeting.item_number",
    r"(?<![\wåäöÅÄÖ])(?:p\.?|punkt|ärende(?:\s+nr\.?)?|§)\s*\d{1,3}[a-z]?\b",
    matches=("p. 11", "punkt 4", "ärende nr 3", "§ 12", "p 4", "§7b"),
    not_matches=("protokoll 11", "punkten", "Styrgrupp 2", "Arbetsgrupp 3"),
)
# The number that opens an item of a numbered list or agenda, before the item's text: "5. Yttrande över …",
# "12) Boverket", "12 Meddelanden"; never a section's number ("5.2 Remissinstanser") or a year ("2027 års").
LIST_ITEM_NUMBER = fragment(
    "list.item_number",
    r"\d{1,3}[.)]?",
    matches=("5.", "12)", "12"),
    not_matches=("5.2", "2027", "§ 5"),
)
# An ISO date as memos print it: "2018-03-15"; ``ISO_DATE`` finds one, the date its group 1.
ISO_DATE_SHAPE = fragment(
    "date.iso",
    r"(?:19|20)\d\d-[01]\d-[0-3]\d",
    matches=("2018-03-15", "1999-12-31"),
    not_matches=("2018-3-15", "18-03-15", "2018-23-01", "2018-03-45"),
)
ISO_DATE = re.compile(rf"\b({ISO_DATE_SHAPE})\b")

# --- One matter among a meeting's several --------------------------------------------------------------------------

# What opens the heading of one matter of a protocol or an agenda: "§ 51", "Ärende 6", "Punkt 4", "Ärendepunkt 12".
MATTER_NUMBER = fragment(
    "matter.number",
    r"(?:§\s*\d+|(?:ärende|punkt|ärendepunkt)\s+\d+\b)",
    matches=("§ 51", "§12", "Ärende 6", "Punkt 4", "ärendepunkt 12"),
    not_matches=("Ärendet", "1 §", "Ärende", "Punkter 4"),
)


# --- Answers: how an answer names what it answers ----------------------------------------------------------------

# What an answer is about, after its word: "Yttrande över X", "Remissvar gällande X", "Synpunkter beträffande X".
ANSWER_ABOUT = fragment(
    "answer.about",
    r"över|på|om|avseende|angående|gällande|rörande|beträffande",
    matches=("över", "gällande", "rörande", "beträffande"),
    not_matches=("till", "av", "överlämnas"),
)
# The paper a body declines or abstains on as a whole, as it names it: "förslaget", "remissen", "ärendet",
# "handlingsplanen", "betänkandet"; not a citizen's proposal or a motion ("medborgarförslaget", "motionsförslaget"),
# which a board answers for beredning, no remiss.
REMITTED_PAPER = fragment(
    "answer.remitted_paper",
    r"(?!\w*(?:medborgarförslag|motion))"
    r"\w*(?:förslag|remiss|ärende|plan|program|rapport|strategi|utredning|promemoria|betänkande)\w*",
    matches=("förslaget", "remissen", "ärendet", "handlingsplanen", "betänkandet", "promemorian"),
    not_matches=("medborgarförslaget", "motionsförslaget", "motionen", "åtgärd"),
)
# An answer's own lead before the report it answers: "Svar på remiss", "Svar på kommunstyrelsens remiss", "Remissvar",
# "Remissyttrande", "Yttrande över", "Yttrande gällande" (a heading's, an agenda cell's, a title's).
ANSWER_LEAD = fragment(
    "answer.lead",
    rf"svar\s+på\s+(?:[\wåäö-]+s\s+)?remiss(?:en)?|remissvar|remissyttrande|yttrande\s+(?:{ANSWER_ABOUT})",
    matches=("Svar på remiss", "Svar på kommunstyrelsens remiss", "Remissvar", "Yttrande gällande", "yttrande rörande"),
    not_matches=("Remiss av", "Svar på motion", "Yttrande till kommunstyrelsen", "Yttrandet"),
)


# --- Case numbers (diarienummer) -----------------------------------------------------------------------------------

# The label before a case number: "Dnr", "Dnr.", "Diarienr", "Diarienummer". No word boundary after it: a number
# set close against its label ("Dnr2017/12") is labelled all the same.
CASE_NUMBER_LABEL = fragment(
    "case.label",
    r"\b(?:dnr|diarienr|diarienummer)\.?",
    matches=("Dnr", "dnr.", "Diarienr", "Diarienummer"),
    not_matches=("diarium", "dnrx"),
)
# A label that makes the number after it the recipient's of a letter, i.e. the referrer's: "Ert diarienummer",
# "Er beteckning", "Er referens", "Era ref." (answer_references.py reads it; header.py leaves it out of the
# document's own number).
REFERRER_LABEL = fragment(
    "case.referrer_label",
    rf"\b(?:er|ert|era|eran)\s+(?:{CASE_NUMBER_LABEL}|beteckning|referens|ref\b\.?|ärendenummer)",
    matches=("Ert diarienummer", "Er beteckning", "Er referens", "Ert dnr.", "Era ref.", "Ert ärendenummer"),
    not_matches=("Vår beteckning", "Vårt diarienummer", "Eriksson dnr", "Ert beslut"),
)
# A label that makes the number after it the sender's own, as a letter's table of references has it beside the
# referrer's: "Vår beteckning", "Vårt diarienummer", "Vår referens", "Vår ref."
OWN_REFERENCE_LABEL = fragment(
    "case.own_reference_label",
    r"\b(?:vår|vårt|våra)\s+(?:beteckning|referens|ref\b\.?|ärendenummer|diarienummer|dnr\b\.?)",
    matches=("Vår beteckning", "Vår referens", "Vår ref.", "Vårt ärendenummer", "Vårt dnr", "Vårt diarienummer"),
    not_matches=("Er beteckning", "Vår kontaktperson", "Ert dnr", "Vårt dnrs"),
)
# The registry's letters before a case number: the board or office that registered it ("KS", "KSN", "SLK", "HÄ").
CASE_SERIES = fragment(
    "case.series", r"[A-ZÅÄÖ]{2,6}", matches=("KS", "KSN", "SLK", "HÄ", "STK"), not_matches=("K", "KOMMUNS", "2019")
)
# The year a case was registered in.
CASE_YEAR = fragment("case.year", r"(?:19|20)\d\d", matches=("2026", "1999"), not_matches=("2100", "26", "20266"))
# A case number in the registries' usual shape: the letters, the year, the serial number ("KS 2026/123",
# "KSN-2026-0231", "KS/2019:287"). The shape an SOU's or a Ds's number has too ("SOU 2019:21"): the rules that
# must tell them apart say so.
CASE_NUMBER = fragment(
    "case.number",
    rf"{CASE_SERIES}(?:[\s/-]|\s*-\s*)?{CASE_YEAR}[/:-]\d{{1,6}}",
    matches=("KSN-2026-0231", "KS 2026/123", "HÄ 2026/118", "KS/2019:287", "STK-2013-1187", "KS - 2026/12"),
    not_matches=("2026/123", "KS 2026", "KS 26/123", "Kommunstyrelsen 2026/123", "KS 2026/1234567"),
)
# The Government Offices' registry: a ministry's letters (one capital, perhaps lower-case after it), the year, a
# serial, perhaps a unit's letters ("Fi2027/00871", "U2025/01587", "LI2026/04417", "Fi2024/01234/JM").
GOVERNMENT_CASE_NUMBER = fragment(
    "case.government_number",
    rf"[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{{0,3}}{CASE_YEAR}/\d{{2,6}}(?:/[A-ZÅÄÖ]{{1,4}})?",
    matches=("Fi2027/00871", "U2025/01587", "LI2026/04417", "Fi2024/01234/JM", "Ju2026/00412"),
    not_matches=("2027/00871", "Fi 2027", "SOU 2026:73", "Fi2027-00871"),
)
# A case number as printed after its label, in any registry's shape: perhaps the registry's letters, then
# everything from its first digit to its last ("3.1.1-123/2017", "0112/19", "KSN-2019-2841").
CASE_NUMBER_PRINTED = fragment(
    "case.number_printed",
    rf"(?:{CASE_SERIES}[\s-]?)?\d[\w./:-]*\d",
    matches=("KS 2018/204", "KSN-2019-2841", "3.1.1-123/2017", "0112/19", "KS2018/0412", "1.5.1-112-2017"),
    not_matches=("KS", "2018/", "KS 2018/204.", "E2017-01234"),
)


# --- Numbers in words ----------------------------------------------------------------------------------------------

# The numbers one to twelve as words, in order ("tre" is 3): how a text counts a list's items in words.
CARDINAL_WORDS = "ett två tre fyra fem sex sju åtta nio tio elva tolv".split()
ORDINAL_WORDS = "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte".split()
CARDINAL = fragment(
    "number.cardinal", "|".join(CARDINAL_WORDS), matches=("tre", "Tolv"), not_matches=("tredje", "3", "tjugo")
)
ORDINAL = fragment(
    "number.ordinal", "|".join(ORDINAL_WORDS), matches=("tredje", "Första"), not_matches=("tre", "3:e", "trettonde")
)
