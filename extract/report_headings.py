"""How an answer's, a protocol paragraph's or an agenda item's heading names the report it remits or answers.

The lead first ("Yttrande över X", "Svar på remiss av X", "Remiss – X", "§ 9 Remiss av X"), the title first ("X –
svar på remiss", "X. Remissvar"), a proposal sent on remiss ("Förslag till X – remiss till …"), or the report's own
title as a heading, behind its genre word or beside its series number ("Promemorian X (Ds 2026:22)"). A motion, a
letter or a decision is no report. Split from extract/report_titles.py, whose running-text rules share the pieces
in extract/title_parts.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from atgard.extract.annex_titles import SERIES_NUMBER
from atgard.extract.report_titles import NAMED_TITLE, SERIES_BEFORE
from atgard.extract.rules import rule
from atgard.extract.title_parts import (
    GENRE,
    GENRE_OWNED,
    KIND_DESCRIBED,
    NEW_OR_REVISED,
    OWNER,
    PLAN_AHEAD,
    PLAN_NAME,
    PLAN_NOUN,
    REGULATION_PROPOSAL,
    STAGE_TAIL,
)
from atgard.extract.vocabulary import (
    ANSWER_ABOUT,
    BOARD_NAME,
    CASE_NUMBER,
    CASE_NUMBER_LABEL,
    LIST_ITEM_NUMBER,
    OFFICE_NAME,
    WHOLE_ORGANISATION,
    fragment,
)

# The heading of an answer, or of a protocol's paragraph or an agenda's item, names the report answered:
# "Yttrande över X", "Svar på remiss av X", "Svar på X-departementets remiss av promemorian X",
# "Yttrande till Utbildningsdepartementet över X", "§ 9 Remiss av X". A motion, a letter or a proposal is no report.
_ABOUT = ANSWER_ABOUT
_REMISS_OF = rf"(?:remiss(?:en)?|remittering(?:en)?)\s+(?:av|{_ABOUT})\s+"
# ... or before its own proposal: "Yttrande över Region Skånes förslag till Regional transportplan" (the title is
# what the proposal is of, read after "förslag till" below).
_OWNED = rf"(?:{OWNER}(?=(?i:remiss|remittering|{GENRE_OWNED}|förslag(?:et)?\s+till)\b))?"
# What stands between the lead and the title: who referred it, "remiss av", the genre word, or "remissen X".
# ... or "remiss" and a dash before the title: "Yttrande över remiss – Anropsstyrd kollektivtrafik (SOU 2026:47)",
# who sent it perhaps between: "Yttrande över remiss från Landsbygds- och infrastrukturdepartementet – Ett …".
_REMISS_DASH = r"remiss(?:en)?\s+(?:från\s+[^–()]{3,60}?\s)?[–-]\s+"
_FRAME = rf"{_OWNED}(?i:{_REMISS_OF}|{_REMISS_DASH})?(?:(?i:{GENRE}|{GENRE_OWNED})\s+|(?i:remissen)\s+(?=[A-ZÅÄÖ]))?"
_ANSWER_TO = (
    # also a compound's last part ("samrådsyttrande", "granskningsyttrande") and the opinions given ("Synpunkter på X")
    rf"(?:[a-zåäö]*yttrande|remissvar|svar|synpunkter|kommentarer)(?:\s+till\s+[^,:()]{{3,80}}?)?\s+{_ABOUT}\s+"
)
# ... or the remiss itself, as a remiss letter heads itself: "Remiss – Trafikprogram för X 2027–2035"; with a colon
# only before a plan's name ("Remiss: Handlingsplan för trygghet 2027"): "Remiss: Svar senast …" is a label's line.
# ... or who sent it before the dash: "Remiss från Region Stockholm – Regional handlingsplan för X 2027–2031"; an
# answer who it goes to: "Remissvar till Västra Götalandsregionen – Regional kulturplan för X" ("till X över Y" above).
# ... and an e-mail's subject the case it answers before the dash: "Remissvar KS 2027/0611 – Gröna Stockholm".
_ANSWER_DASH = (
    rf"(?:(?:remissyttrande|remissvar|yttrande|svar\s+på\s+remiss(?:en)?)(?:\s+(?-i:{CASE_NUMBER}))?\s*[–:-]|"
    r"remiss\s*[–-]|"
    r"remiss\s+från\s+[^–()]{3,60}?\s[–-]|"
    rf"(?:remissyttrande|remissvar|yttrande|svar)\s+till\s+(?:(?!\s(?:{_ABOUT})\s)[^–()]){{3,60}}?\s[–-]|"
    rf"remiss\s*:(?=\s*(?-i:[A-ZÅÄÖ])(?:[\wåäö-]*{PLAN_NOUN})))\s*"
)
# An agenda's item names after the title who referred it and when the answer is due, neither part of the title:
# "Remiss av Strategi för stadens offentliga toaletter 2027–2032 från kommunstyrelsen, svar senast 2027-05-20",
# "… från Region Stockholm (svar senast 2027-05-20)", "…, svarsdatum 2027-05-20". The referrer goes only with the
# date due after it: "Handlingsplan för stöd från socialförvaltningen" and "… avfall från vården" keep their "från".
_DUE = fragment(
    "report.answer_due",
    r"(?i:svar(?:et)?\s+(?:ska\s+ha\s+inkommit\s+)?senast|sista\s+svarsdag|svarsdatum)"
    r"\s*:?\s+(?:den\s+)?[\w ./-]{4,25}?",
    matches=("svar senast 2027-05-20", "Svarsdatum: 2027-05-20", "svar ska ha inkommit senast den 3 maj 2027"),
    not_matches=("svar på remiss", "svarsdatum"),
)
_REFERRER = rf"(?:(?i:{BOARD_NAME}|{OFFICE_NAME}|[\wåäö-]*(?:fullmäktige|utskottet))|{WHOLE_ORGANISATION})"
_REFERRER_TAIL = rf"(?:(?:\s+från\s+{_REFERRER})?(?:\s*[,–-]\s*{_DUE}|\s*\(\s*{_DUE}\s*\)))"
# ... or what the letter concerns, a remiss: "Angående remiss av Riktlinjer för bostadsförsörjning i Huddinge kommun".
_CONCERNING = r"(?i:(?:angående|ang\.|avseende|gällande|rörande|beträffande)\s+)"
ANSWERED_IN_HEADING = rule(
    "report.answered_in_heading",
    rf"^(?:§\s*\d+\s+)?(?:(?i:{_ANSWER_TO}){_FRAME}|{_CONCERNING}?{_OWNED}(?i:{_REMISS_OF})(?:(?i:{GENRE}|{GENRE_OWNED})\s+)?|"
    rf"(?i:{_ANSWER_DASH}){_FRAME})"
    # a plan or programme remitted as a proposal: its title is what the proposal is of (a status is no title)
    rf"(?:(?i:[a-zåäö]*förslag(?:et)?\s+till\s+){NEW_OR_REVISED}(?=[A-ZÅÄÖ]|{PLAN_AHEAD}))?"
    rf"(?!(?i:motion|skrivelse|interpellation|medborgarförslag|(?!{REGULATION_PROPOSAL})förslag|ärende|remiss|rapport)\w*\b)"
    r"(?![A-ZÅÄÖ][\wåäö-]*s\s+(?i:förslag|skrivelse|motion|begäran|framställan|remiss|remittering)\b)"
    # an answer, a notice or the list of whom it is sent to is no title: "Remiss – Yttrande över …", "Remiss –
    # Information om remissförfarandet", "Remiss – Sändlista"
    r"(?!(?i:yttrande|sändlista|diarienummer)\w*\b|(?i:svar(?:et)?|information(?:en)?)\b)"
    rf"{SERIES_BEFORE}?(?P<title>(?:[A-ZÅÄÖ]|(?={PLAN_NOUN})|(?<=till\s)(?={PLAN_AHEAD})|(?=(?i:{REGULATION_PROPOSAL})))[^()]{{3,150}}?)"
    # a dash and what kind of document it is belongs to no title: "– rapport från X", "– kommissionens slutrapport",
    # nor whom the answer goes to: "– yttrande till Region Gävleborg"
    r"(?:\s+[–-]\s+(?i:(?:en\s+)?(?:rapport|delrapport|slutrapport|betänkande|remiss)\s+från\s.*|"
    r"(?:yttrande|svar|remissvar)\s+till\s.*|(?:[\wåäö]+s\s+)?(?:slut|del)?rapport(?:\s+\d+)?))?"
    rf"{STAGE_TAIL}?\s*(?:\([^)]*\))?{_REFERRER_TAIL}?$",
    flags=0,
    matches=(
        "Yttrande över Bibliotek för alla – en plan för stadens folkbibliotek 2027–2030",
        "Yttrande över Regionplan för Skåne 2027–2040, granskningshandling",
        "Remissvar avseende Trafikstrategi för Hudiksvall 2040 – samrådsversion",
        "Svar på remiss av Tryggare stadsmiljöer – rapport från Kommissionen för ett socialt hållbart Stockholm",
        "§ 9 Remiss av rapporten Trygg i hela staden (KS 2026/412)",
        "Remissvar avseende Strategi för en levande ytterstad",
        "Remissvar – Trygg i hela staden",
        "Svar på remiss: Trygg i hela staden",
        "Yttrande över remiss av förslag till klimatanpassningsplan 2025–2030",
        "Yttrande över remiss från Landsbygds- och infrastrukturdepartementet – Ett tydligare ansvar (SOU 2027:38)",
        "Remiss av förslag till nytt Program för ett tillgängligt kulturliv",
        "§ 48 Remiss av förslag till regional cykelstrategi för Uppsala län",
        "Remittering av rapporten Unga vuxnas väg till egen bostad",
        "§ 23 Remittering av rapporten Trygg i hela staden – kommissionens slutrapport",
        "§ 50 Svar på Landsbygds- och infrastrukturdepartementets remiss av promemorian Laddpunkter i flerbostadshus",
        "Yttrande till Utbildningsdepartementet över promemorian Skolskjuts vid val av annan skola",
        "Svar till kommunstyrelsen på remiss av förslag till Lokalförsörjningsplan för förskolan 2026–2030",
        "Yttrande över Socialdepartementets remiss om betänkandet Framtidens socialtjänst (SOU 2025:19)",
        "Yttrande över Finansdepartementets promemoria Enklare regler för kommunal upphandling",
        "Remissvar – Kulturdepartementets remiss av betänkandet En ny bibliotekslag (SOU 2026:8)",
        "Svar på remissen Ansvaret för skyltning och möblering i gaturummet (Ds 2025:19)",
        "Socialdepartementets remiss av betänkandet Framtidens äldreomsorg",
        "Yttrande över Region Skånes förslag till Regional transportinfrastrukturplan 2026–2037",
        "Svar på Trafikverkets förslag till nationell plan för transportsystemet 2026–2037",
        "§ 12 Yttrande över Länsstyrelsen i Hallands läns förslag till Åtgärdsprogram för havsmiljön",
        "Remissvar över utredningen Stockholm efter tio – utredning om stadens nattliv",
        "Yttrande över slutbetänkandet En trygg sjöfart (SOU 2026:4)",
        "Yttrande över granskningsförslag till vattenförsörjningsplan för Hudiksvalls kommun",
        "Samrådsyttrande gällande Trafikstrategi för Hudiksvall 2040",
        "Synpunkter på förslag till Handlingsplan för klimatanpassning",
        "Remiss rörande Policy för medborgardialog",
        "Yttrande över remiss – Anropsstyrd kollektivtrafik i hela landet (SOU 2026:47)",
        "Svar på remissen - Handlingsplan för trygghet 2027",
        "Remiss – Trafik- och mobilitetsprogram för Västerås stad 2027–2035",
        "Remiss: Handlingsplan för trygghet 2027",
        "Remissvar – Handlingsplan för klimatanpassning 2026–2030, åtgärd S4",  # the title without the measure
        "Remissvar KS 2027/0611 – Gröna Stockholm, program för parker och naturområden 2027–2035",
        "§ 142 Yttrande över förslag till Klimatanpassningsplan för Västerås stad 2028 – remiss från kommunstyrelsen",
        "Remiss av Regional kulturplan för Gävleborgs län 2028–2031 – yttrande till Region Gävleborg",
        "Remissvar avseende förslag till föreskrifter och allmänna råd om hantering av avfall från vården",
        "Remiss från Region Stockholm – Regional handlingsplan för suicidprevention i Stockholms län 2027–2031",
        "§ 87 Remiss från kommunstyrelsen - Program för fysisk aktivitet i vardagen 2027–2030",
        "Remiss från Finansdepartementet – promemorian Ett enklare regelverk för kommunala bolags redovisning",
        "§ 3 Remissvar till Västra Götalandsregionen – Regional kulturplan för Västra Götaland 2028–2031",
        "Yttrande till Hässelby-Vällingby stadsdelsnämnd - Program för spontanidrott 2027",
        "Remiss av betänkandet SOU 2027:31 Bostäder för ett tryggt åldrande",  # the series' number no part of it
        "Angående remiss av Riktlinjer för bostadsförsörjning i Huddinge kommun 2027–2030",
        "Ang. remiss av förslag till Kulturplan för Uppsala kommun",
        "Remiss av Strategi för stadens offentliga toaletter 2027–2032 från kommunstyrelsen, svar senast 2027-05-20",
        "Remiss av Program för ett åldersvänligt Stockholm 2027–2030 från kommunstyrelsen",
        "Remiss av Handlingsplan för trygghet 2027 från trafiknämnden – svar senast den 3 maj 2027",
    ),
    not_matches=(
        "Yttrande över motion om fler bibliotek",
        "Yttrande över förslag till beslut om ny taxa",
        "Svar på skrivelse från Vänsterpartiet",
        "Stadsdelsnämndens förslag till beslut",
        "Remiss av Kommunstyrelsens förslag till budget",
        "Yttrande över stadens nya översiktsplan",
        "Remiss av två rapporter från stadens trygghetsarbete",
        "Svar på Kommunstyrelsens remiss om motion om fler bibliotek",
        "Yttrande över Kommunstyrelsens förslag till budget",
        "Remiss – motion om fler bibliotek",
        "Remiss - Remissvar",
        "Remiss: Svar senast den 15 maj 2027",
        "Remiss: Information om remissförfarandet",
        "Remiss – Yttrande över förslag till översiktsplan",
        "Remiss: Kommunstyrelsen",
        "Remiss från kommunstyrelsen – motion om fler bibliotek",
        "Remiss från Landsbygds- och infrastrukturdepartementet",
        "Remiss från kommunstyrelsen – svar senast den 3 maj",
        "Yttrande till kommunstyrelsen – svar senast den 3 maj",
        "Remissvar till Hässelby-Vällingby stadsdelsnämnd – motion om fler bibliotek",
        "Svar till kommunstyrelsen på remiss om rapporten – en sammanfattning",
    ),
)
APPOSED_IN_HEADING = rule(
    "report.apposed_in_heading",
    rf"^(?:§\s*\d+\s+)?(?i:{_ANSWER_TO}|{_OWNED}{_REMISS_OF}|{_ANSWER_DASH}){_OWNED}{KIND_DESCRIBED}"
    r"(?P<title>" + PLAN_NAME + r")\s*(?:\([^)]*\))?(?:,[^()]*)?$",
    flags=0,
    matches=(
        "Yttrande över samrådsförslag till översiktsplan för Hudiksvalls kommun, Hållbara Hudiksvall 2040",
        "Remissvar avseende förslag till ny översiktsplan, Översiktsplan 2050",
        "§ 14 Remiss av förslag till reviderade riktlinjer, Riktlinjer för bostadsförsörjning 2027–2030",
        "Yttrande över granskningsförslag till fördjupad översiktsplan, FÖP Norrstaden 2040, granskningshandling",
    ),
    not_matches=(
        "Yttrande över samrådshandling för väg 56, Hudiksvall–Bollnäs",
        "Yttrande över förslag till översiktsplan för Hudiksvalls kommun, Hudiksvalls kommun",
        "Yttrande över förslag till detaljplan för kv. Björken, Norrstaden",
    ),
)


# The same with the title first: "Trygg i hela staden – svar på remiss", "X – remissvar", "X – remiss från ...".
ANSWERED_AFTER_TITLE = rule(
    "report.answered_after_title",
    r"^(?:§\s*\d+\s+)?"
    r"(?!(?i:motion|skrivelse|interpellation|medborgarförslag|förslag|ärende|remiss|rapport|svar|yttrande)\w*\b)"
    # who sent it before the dash is no title: "Region Halland – Remiss av förslag till Regional transportplan …"
    rf"(?!(?:{WHOLE_ORGANISATION}|{BOARD_NAME}|{OFFICE_NAME})\s+[–-]\s)"
    # a dash, or a full stop after a title of more than one word and no finite verb: "X. Svar på remiss" (not
    # "Nämnden har tagit del av planen. Yttrande …", "Bakgrund. Remiss från …")
    r"(?P<title>[A-ZÅÄÖ][^()]{3,150}?(?=\s+[–-]\s+)|"
    r"(?![^.()]*\b(?i:har|hade|är|var|ska|skall|kan|bör|blir)\b)(?=[^.()\s]+\s)[A-ZÅÄÖ][^()]{3,150}?(?=\.\s+[A-ZÅÄÖ]))"
    r"(?:\s+[–-]\s+|\.\s+)"
    r"(?i:svar\s+på\s+remiss(?:en)?|remissvar|remissyttrande|yttrande|remiss)(?:\s+(?:från|av|till)\s.*)?"
    r"\s*(?:\([^)]*\))?$",
    flags=0,
    matches=(
        "Trygg i hela staden – svar på remiss",
        "Trygg i hela staden – svar på remiss från kommunstyrelsen",
        "Strategi för en levande ytterstad - remissvar",
        "§ 2 Strategi för ett aktivt liv för äldre i Stockholms stad 2027–2030. Svar på remiss från kommunstyrelsen",
        "Cykelplan för Sundsvall 2030. Remissvar",
        # a Stockholm protocol's matter: the title, a full stop, then the answer
        "§ 2 Strategi för ett aktivt liv för äldre 2027–2030. Svar på remiss från kommunstyrelsen",
        "Program för idrott och motion. Remiss från kommunstyrelsen",
    ),
    not_matches=(
        "Motion om fler bibliotek – svar på remiss",
        "Motion om fler bibliotek. Svar på remiss",
        "Nämnden har tagit del av planen. Yttrande lämnas senare",
        "Trygga mötesplatser – analys och förslag till åtgärder",
        "Svar på remiss – Trygg i hela staden",
        "Motion om bibliotek. Svar på remiss från kommunstyrelsen",
        "Planen gäller till 2030. svar på remiss",
        "Nämnden har tagit del av planen. Yttrande till kommunstyrelsen",
        "Bakgrund. Remiss från kommunstyrelsen",
        "Region Halland – Remiss av förslag till Regional transportplan för Halland 2028–2039",
        "Umeå kommun – remiss av förslag till översiktsplan",
        "Stadsbyggnadsnämnden - Remiss av nationell plan",
    ),
)


# An item of a meeting that sends its own proposal on remiss, the proposal first: "Förslag till lokal
# trygghetsplan för X 2027–2029 – remiss till stadsdelsnämndens råd", "Förslag till ny cykelplan - remittering";
# the report is what the proposal is of (a motion's or a letter's proposal is none).
REMITTED_AFTER_PROPOSAL = rule(
    "report.remitted_after_proposal",
    rf"^(?:§\s*\d+\s+)?(?i:förslag(?:et)?\s+till\s+){NEW_OR_REVISED}(?!(?i:yttrande|svar|beslut|skrivelse)\w*\b)"
    rf"(?P<title>(?:[A-ZÅÄÖ]|(?={PLAN_AHEAD}))[^()]{{3,150}}?)\s+[–-]\s+"
    r"(?i:remiss(?:ering)?|remittering|beslut\s+om\s+remiss|utskick\s+på\s+remiss)(?:\s+(?:till|av|från|och)\s.*)?"
    r"\s*(?:\([^)]*\))?$",
    flags=0,
    matches=(
        "Förslag till lokal trygghetsplan för Hägersten-Älvsjö 2027–2029 – remiss till stadsdelsnämndens råd",
        "Förslag till ny cykelplan för Farsta 2028 - remittering",
        "Förslag till Kulturstrategi för Botkyrka kommun – beslut om remiss",
    ),
    not_matches=(
        "Förslag till beslut – remiss",
        "Förslag till yttrande över detaljplan – remiss från kommunstyrelsen",
        "Motion om fler bibliotek – remiss",
    ),
)


# A heading that is the report's own title, behind its genre word or beside its series number, as an agency's
# answer heads itself with what it answers: "Promemorian X (Ds 2026:22)", "Betänkandet X", "X (SOU 2025:19)".
_SERIES = rf"\(\s*{SERIES_NUMBER}\s*\)"
GENRE_HEADING = rule(
    "report.genre_heading",
    r"^(?:§\s*\d+\s+)?(?i:(?:departements)?promemorian|betänkandet|(?:slut|del)?rapporten)\s+"
    r"(?P<title>[A-ZÅÄÖ][^()]{3,150}?)\s*(?:\([^)]*\))?$",
    flags=0,
    matches=(
        "Promemorian Lägre hastighetsgränser på kommunala gator och vägar (Ds 2026:22)",
        "Betänkandet En ny skollag för framtiden (SOU 2026:14)",
        "Slutrapporten Trygg i hela staden",
    ),
    not_matches=("Rapporten i korthet", "Promemorians förslag", "Betänkandet"),
)
SERIES_HEADING = rule(
    "report.series_heading",
    rf"^(?:§\s*\d+\s+)?(?P<title>[A-ZÅÄÖ][^()]{{3,150}}?)\s*{_SERIES}$",
    flags=0,
    matches=("Framtidens socialtjänst (SOU 2025:19)", "§ 12 Ett lagstadgat ansvar för trygghet (Ds 2019:21)"),
    not_matches=("Framtidens socialtjänst", "Yttrande (dnr 2025:19)"),
)


def heading_title(text: str) -> re.Match[str] | None:
    """The match of a heading that names the report it remits or answers, title before or after the lead, or a
    heading that is the report's title itself (its genre word, its series number)."""
    return (
        APPOSED_IN_HEADING.match(text)
        or ANSWERED_IN_HEADING.match(text)
        or ANSWERED_AFTER_TITLE.match(text)
        or REMITTED_AFTER_PROPOSAL.match(text)
        or GENRE_HEADING.match(text)
        or SERIES_HEADING.match(text)
    )


def in_capitals(title: str) -> bool:
    """Whether a heading is set in capitals ("§ 3 REMISS OM KLIMATANPASSNING AV SKOLGÅRDAR", "§ 6 YTTRANDE ÖVER
    BETÄNKANDET SOU 2026:48"): a protocol's subject line, whose case is lost, names no report's title (the text
    below names the report as it is spelt).

    >>> in_capitals("§ 3 REMISS OM KLIMATANPASSNING"), in_capitals("Yttrande över FÖP 2040"), in_capitals("FÖP 2040")
    (True, False, False)
    """
    return title.isupper() and len(title.split()) >= 3


# The case number closing a protocol's subject line: "Svar på … remiss av utredningen X Dnr SKÄ 2026/00573".
_SUBJECT_CASE = rule(
    "report.subject_case",
    rf"\s+(?i:{CASE_NUMBER_LABEL})\s*:?\s*{CASE_NUMBER}\s*$",
    flags=0,
    matches=("Svar på remiss av X Dnr SKÄ 2026/00573", "Yttrande över X dnr: KS 2026/12"),
    not_matches=("Svar på remiss av X", "Dnr SKÄ 2026/00573 gäller X", "Svar på X (KS 2026/12)"),
)


def under_capitals(heading: str, below: str) -> str | None:
    """The subject line under a protocol's § heading in capitals, whose case is lost ("§ 14 LOKALER FÖR ETT
    LEVANDE FÖRENINGSLIV"), without its case number: the line that names the report as it is spelt.

    >>> under_capitals("§ 14 LOKALER FÖR ETT LEVANDE LIV", "Svar på remiss av X för alla Dnr SKÄ 2026/00573")
    'Svar på remiss av X för alla'
    >>> under_capitals("§ 14 Lokaler för ett levande liv", "Svar på remiss av X för alla") is None
    True
    """
    if not in_capitals(heading.strip()):
        return None
    case = _SUBJECT_CASE.search(below)
    return below[: case.start()] if case else below.rstrip()


# The lead of a proposal's own title in running text: "… på förslaget till Länsplan för …".
_PROPOSAL_LEAD = rule(
    "report.proposal_lead",
    r"\bförslag(?:et)?\s+till\s+$",
    matches=("bjudit in staden att lämna synpunkter på förslaget till ", "remitterat förslag till "),
    not_matches=("förslaget till beslut ", "rapporten "),
)


def described_only(title: str, texts: Iterable[str]) -> bool:
    """Whether a heading's title in lower case ("… förslag till regional transportplan") only describes the proposal
    its item's text names by its own title ("… förslaget till Länsplan för regional transportinfrastruktur …").

    >>> described_only("regional transportplan", ["Regionen har bjudit in staden att lämna synpunkter på förslaget "
    ...     "till Länsplan för regional transportinfrastruktur i Västmanlands län 2026–2037. Svar ska lämnas senast."])
    True
    >>> described_only("regional transportplan", ["Regionen har remitterat planen till kommunerna."])
    False
    >>> described_only("Regional transportplan", ["… förslaget till Länsplan för Västmanland 2026–2037 till …"])
    False
    """
    if not title[:1].islower():
        return False
    found = (m for text in texts for m in NAMED_TITLE.finditer(text))
    return any(m.group("title")[:1].isupper() and _PROPOSAL_LEAD.search(m.string[: m.start("title")]) for m in found)


# An agenda's item set as a heading with its number: "3. Svar på remiss av X" (the number is no part of the lead).
HEADING_NUMBER = rule(
    "report.heading_number",
    rf"^\s*{LIST_ITEM_NUMBER}\s+(?=[A-ZÅÄÖ])",
    matches=("3. Svar på remiss av Folkhälsoplan 2027", "12. Yttrande över X"),
    not_matches=("2.1 Remissinstanser", "2027 års plan", "§ 5 Remiss av X"),
    flags=0,
)
