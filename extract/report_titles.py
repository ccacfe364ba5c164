"""How a report's title stands in a document: the rules that find it in headings and running text, and trim it.

A report is named by its own title, without what frames it: the genre word before it ("betänkandet",
"promemorian", "förslaget till"), the referral around it ("X-departementets remiss av …", "Svar på remiss
om …"), its series number ("(SOU 2025:47)", "Ds 2025:29") and a version's tail (", remissversion juni 2025").
A title ends where the sentence goes on: before a verb of deciding or sending ("… godkänns och översänds",
"… och lämnar följande synpunkter"), a preposition that starts the rest ("från", "till") or punctuation.
"""

from __future__ import annotations

import re

from atgard.extract.lemmas import forms_pattern
from atgard.extract.rules import rule
from atgard.extract.title_parts import REGULATION_PROPOSAL, TILL_IN_TITLE
from atgard.extract.vocabulary import DIRECTING, MUNICIPALITY_GENITIVE, OCH, SAMT

# A plan's or programme's name written in lower case, as a proposal's often is: "klimatanpassningsplan 2025–2030".
PLAN_NOUN = r"[a-zåäö]*(?:plan|program|strategi|policy|riktlinjer|vision)\b"
# ... after "förslag till", also behind up to two lower-case words that qualify it: "regional cykelstrategi".
_PLAN_AHEAD = rf"(?:[a-zåäö]+\s+){{0,2}}{PLAN_NOUN}"
# The genre word a title may stand behind: "betänkandet X", "promemorian X".
_GENRE = (
    r"(?:rapporten|delrapporten|slutrapporten|betänkandet|delbetänkandet|slutbetänkandet|promemorian|"
    r"departementspromemorian|utredningen|planen|programmet|strategin)"
)
# After a sender's genitive the genre word is indefinite: "Finansdepartementets promemoria X".
_GENRE_OWNED = r"(?:promemoria|departementspromemoria|betänkande|rapport|delrapport|slutrapport)"
# Who sent the referral, in the genitive, before "remiss": "Landsbygds- och infrastrukturdepartementets remiss av".
_OWNER = r"(?:[\wåäöÅÄÖ&-]+\s+){0,4}?[\wåäöÅÄÖ-]+s\s+"
# A verb that goes on after a title, by lemma (every form, also in compounds: "översänds", "överlämnar").
_GOES_ON = forms_pattern(
    "godkänna", "sända", "skicka", "lämna", "anta", "besluta", "fastställa", "remittera", "besvara", "åberopa",
    "tillstyrka", "avstyrka", "tillställa", "expediera", "överlämna", "översända",  # "lämna" too short to end them
    compounds=True,
)  # fmt: skip

# A proposal, also as a compound's last part: "förslaget", "samrådsförslag", "granskningsförslaget"; or a draft
# ("utkastet till Åtgärdsprogram mot buller").
_PROPOSAL = r"(?:(?:[Ff]|[a-zåäö]+f)örslag(?:et)?|[Uu]tkast(?:et)?)"
# What a proposal may say of the plan before its name: "förslaget till nya Riktlinjer för markanvisningar".
_NEW = r"(?:(?:ny|nytt|nya|reviderad|reviderat|reviderade|uppdaterad|uppdaterat|uppdaterade)\s+)?"
QUOTED_TITLE = rule(
    "report.quoted_title",
    r"\b\w*(?:rapport|betänkande|promemoria|utredning|program)\w*\s+[”\"»](?P<title>[^”\"«]{5,150})[”\"«]",
    matches=("yttra sig över rapporten ”Trygg i hela staden” från Kommissionen", "i slutrapporten ”Nära till idrott”"),
    not_matches=("rapporten Trygg i hela staden",),
)
# A title in plain type after its genre word, or after "förslaget till" when it starts with a capital: the
# proposal is of that plan or programme ("lämna synpunkter på förslaget till Regionalt trafikförsörjningsprogram").
NAMED_TITLE = rule(
    "report.named_title",
    r"(?:\b(?:(?:[Rr]|[a-zåäö]+r)apporten|(?:[Bb]|[a-zåäö]+b)etänkandet|[Pp]romemorian|[Dd]epartementspromemorian)\s+|"
    rf"\b{_PROPOSAL}\s+till\s+{_NEW}(?=[A-ZÅÄÖ])|"
    rf"\b[\wåäö-]+s\s+{_GENRE_OWNED}\s+(?=[A-ZÅÄÖ]))"
    rf"(?P<title>{TILL_IN_TITLE}[^,.;:()”\"|]{{0,120}}?|[A-ZÅÄÖ][^,.;:()”\"|]{{3,120}}?)"  # no table's cell: "|"
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
    ),
    not_matches=("rapporten visar att otryggheten ökar", "i rapporten. Den", "förslaget till beslut", "utkastet till"),
)
# What a title is not, though it stands where one may: a document of the answer's own or a decision
# ("förslag till Göteborgs Stads yttrande", "förslaget till Kommunstyrelsens beslut").
NOT_A_REPORT = rule(
    "report.not_a_report",
    r"^(?:[\wåäöÅÄÖ-]+s\s+){0,3}(?:yttrande|remissvar|svar|tjänsteutlåtande|tjänsteskrivelse|skrivelse|beslut)\b",
    matches=("Göteborgs Stads yttrande till Utbildningsdepartementet", "Kommunstyrelsens beslut"),
    not_matches=("Göteborgs Stads program för trygghet", "Skolskjuts vid val av annan skola"),
)

# The stage of a plan's draft after its title, set off by a comma or a dash: "X, granskningshandling", "X –
# samrådsversion", "X, utställningsförslag". It dates the draft, not the report.
STAGE_TAIL = (
    r"(?:\s*(?:,|\s[–-])\s*(?i:(?:remiss|samråds|gransknings|utställnings)"
    r"(?:handling|version|utgåva|upplaga|förslag|underlag)(?:en|et|ar|arna)?)\b[^()]*)"
)
# The heading of an answer, or of a protocol's paragraph or an agenda's item, names the report answered:
# "Yttrande över X", "Svar på remiss av X", "Svar på X-departementets remiss av promemorian X",
# "Yttrande till Utbildningsdepartementet över X", "§ 9 Remiss av X". A motion, a letter or a proposal is no report.
_ABOUT = r"(?:över|på|om|avseende|angående|gällande|rörande|beträffande)"
_REMISS_OF = rf"(?:remiss(?:en)?|remittering(?:en)?)\s+(?:av|{_ABOUT})\s+"
# ... or before its own proposal: "Yttrande över Region Skånes förslag till Regional transportplan" (the title is
# what the proposal is of, read after "förslag till" below).
_OWNED = rf"(?:{_OWNER}(?=(?i:remiss|remittering|{_GENRE_OWNED}|förslag(?:et)?\s+till)\b))?"
# What stands between the lead and the title: who referred it, "remiss av", the genre word, or "remissen X".
# ... or "remiss" and a dash before the title: "Yttrande över remiss – Anropsstyrd kollektivtrafik (SOU 2026:47)".
_REMISS_DASH = r"remiss(?:en)?\s+[–-]\s+"
_FRAME = rf"{_OWNED}(?i:{_REMISS_OF}|{_REMISS_DASH})?(?:(?i:{_GENRE}|{_GENRE_OWNED})\s+|(?i:remissen)\s+(?=[A-ZÅÄÖ]))?"
_ANSWER_TO = (
    # also a compound's last part ("samrådsyttrande", "granskningsyttrande") and the opinions given ("Synpunkter på X")
    rf"(?:[a-zåäö]*yttrande|remissvar|svar|synpunkter|kommentarer)(?:\s+till\s+[^,:()]{{3,80}}?)?\s+{_ABOUT}\s+"
)
# ... or the remiss itself, as a remiss letter heads itself: "Remiss – Trafikprogram för X 2027–2035", "Remiss: X"
_ANSWER_DASH = r"(?:remissyttrande|remissvar|yttrande|svar\s+på\s+remiss(?:en)?|remiss)\s*[–:-]\s*"
ANSWERED_IN_HEADING = rule(
    "report.answered_in_heading",
    rf"^(?:§\s*\d+\s+)?(?:(?i:{_ANSWER_TO}){_FRAME}|{_OWNED}(?i:{_REMISS_OF})(?:(?i:{_GENRE}|{_GENRE_OWNED})\s+)?|"
    rf"(?i:{_ANSWER_DASH}){_FRAME})"
    # a plan or programme remitted as a proposal: its title is what the proposal is of (a status is no title)
    rf"(?:(?i:[a-zåäö]*förslag(?:et)?\s+till\s+){_NEW}(?=[A-ZÅÄÖ]|{_PLAN_AHEAD}))?"
    rf"(?!(?i:motion|skrivelse|interpellation|medborgarförslag|(?!{REGULATION_PROPOSAL})förslag|ärende|remiss|rapport)\w*\b)"
    r"(?![A-ZÅÄÖ][\wåäö-]*s\s+(?i:förslag|skrivelse|motion|begäran|framställan|remiss|remittering)\b)"
    rf"(?P<title>(?:[A-ZÅÄÖ]|(?={PLAN_NOUN})|(?<=till\s)(?={_PLAN_AHEAD})|(?=(?i:{REGULATION_PROPOSAL})))[^()]{{3,150}}?)"
    # a dash and what kind of document it is belongs to no title: "– rapport från X", "– kommissionens slutrapport"
    r"(?:\s+[–-]\s+(?i:(?:en\s+)?(?:rapport|delrapport|slutrapport|betänkande)\s+från\s.*|"
    r"(?:[\wåäö]+s\s+)?(?:slut|del)?rapport(?:\s+\d+)?))?"
    rf"{STAGE_TAIL}?\s*(?:\([^)]*\))?$",
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
        "Remissvar avseende förslag till föreskrifter och allmänna råd om hantering av avfall från vården",
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
    ),
)
# A plan is often named by its kind, in lower case, and then after a comma by its own name: "samrådsförslag till
# översiktsplan för Sandvikens kommun, Översiktsplan 2045". The name is the report's title: a plan's kind written as a
# name ("Riktlinjer för …"), or a name with its year ("Hållbara Hudiksvall 2040"); a place after the comma is none.
_NAME = (
    r"(?:(?=[A-ZÅÄÖ])(?i:[a-zåäö]*(?:plan|program|strategi|policy|riktlinjer|vision))\b[^,.;:()]{0,80}?|"
    r"[A-ZÅÄÖ][^,.;:()]{0,60}?\b(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?)"
)
_KIND_DESCRIBED = rf"(?=[a-zåäö])[^,()]{{0,80}}?{PLAN_NOUN}[^,()]{{0,80}}?,\s+"
APPOSED_IN_HEADING = rule(
    "report.apposed_in_heading",
    rf"^(?:§\s*\d+\s+)?(?i:{_ANSWER_TO}|{_OWNED}{_REMISS_OF}|{_ANSWER_DASH}){_OWNED}{_KIND_DESCRIBED}"
    r"(?P<title>" + _NAME + r")\s*(?:\([^)]*\))?(?:,[^()]*)?$",
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
# ... and in running text, after the proposal: "har översänt ett förslag till ny översiktsplan, Översiktsplan 2045,".
NAMED_APPOSITION = rule(
    "report.named_apposition",
    rf"\b{_PROPOSAL}\s+till\s+{_NEW}{_KIND_DESCRIBED}(?P<title>" + _NAME + r")(?=\s*[,.;:(]|$)",
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


# The same with the title first: "Trygg i hela staden – svar på remiss", "X – remissvar", "X – remiss från ...".
ANSWERED_AFTER_TITLE = rule(
    "report.answered_after_title",
    r"^(?:§\s*\d+\s+)?"
    r"(?!(?i:motion|skrivelse|interpellation|medborgarförslag|förslag|ärende|remiss|rapport|svar|yttrande)\w*\b)"
    r"(?P<title>[A-ZÅÄÖ][^()]{3,150}?)(?:\s+[–-]\s+|\.\s+(?=[A-ZÅÄÖ]))"  # a dash, or a full stop: "X. Svar på remiss"
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
    ),
)


# An item of a meeting that sends its own proposal on remiss, the proposal first: "Förslag till lokal
# trygghetsplan för X 2027–2029 – remiss till stadsdelsnämndens råd", "Förslag till ny cykelplan - remittering";
# the report is what the proposal is of (a motion's or a letter's proposal is none).
REMITTED_AFTER_PROPOSAL = rule(
    "report.remitted_after_proposal",
    rf"^(?:§\s*\d+\s+)?(?i:förslag(?:et)?\s+till\s+){_NEW}(?!(?i:yttrande|svar|beslut|skrivelse)\w*\b)"
    rf"(?P<title>(?:[A-ZÅÄÖ]|(?={_PLAN_AHEAD}))[^()]{{3,150}}?)\s+[–-]\s+"
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
_SERIES = r"\(\s*(?:SOU|Ds)\s+(?:19|20)\d\d:\d+\s*\)"
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


# A proposal annexed or listed as such: "Förslag till Cykelstrategi för X 2026–2035, remissversion juni 2025".
# The report is what the proposal is of; the version's tail after a comma or a dash dates a draft, not the report.
_PROPOSAL_FRAME = rule(
    "report.proposal_frame",
    rf"^(?:(?i:förslag(?:et)?\s+till\s+(?:(?:ny|nytt|nya|reviderad|reviderat|reviderade)\s+)?)(?=[A-ZÅÄÖ]|{_PLAN_AHEAD})|"
    rf"(?i:{_GENRE})\s+(?=[A-ZÅÄÖ]))?"
    r"(?P<title>.+?)"
    r"(?:\s*(?:,|\s[–-])\s*(?i:remissversion|remissutgåva|remissupplaga|version|utkast|daterad|reviderad)\b.*|"
    # a final or revised version's ("slutversion april 2027"), or whose proposal it is ("trafiknämndens förslag")
    r"\s*,\s*(?i:slutversion|slutlig\s+version|reviderad\s+version|beslutsversion|(?:[\wåäö-]+\s+){0,2}?[\wåäö-]+s\s+förslag)\b[^()]*|"
    rf"{STAGE_TAIL})?"
    # the referral's case number in brackets after the title: "(LI2025/00871)", "(dnr KS 2025/0902)"
    r"(?:\s*\((?i:dnr\.?\s*)?[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}[\s-]?(?:19|20)\d\d[/-]\d+\))?$",
    matches=(
        "Förslag till Cykelstrategi för Falköpings kommun 2026–2035, remissversion juni 2025",
        "Förslag till klimatanpassningsplan 2025–2030 – remissversion",
        "Handlingsplan för fossilfria arbetsmaskiner, daterad 2025-04-02",
        "Promemorian Ett lagstadgat ansvar för kommunernas trygghetsarbete",
        "Promemorian Laddpunkter vid befintliga flerbostadshus (LI2025/00871)",
        "Regionplan för Skåne 2027–2040, granskningshandling",
        "Handlingsplan för klimatanpassning 2027–2035, slutversion april 2027",
        "Gångvänlig stad – handlingsplan för gångtrafik 2027–2032, trafiknämndens förslag",
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
    r"\s+för\s+[A-ZÅÄÖ][\wåäöé-]*(?:\s+(?:[A-ZÅÄÖ][\wåäöé-]*|kommun|stad|län|region)){0,3}(?=\s|$)",
    matches=(" för Haninge kommun", " för Stockholms stad", " för Region Uppsala", " för Norrtälje"),
    not_matches=(" för klimatanpassning", " för cykel i Uppsala"),
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
    """
    found: dict[str, str] = {}
    for key, short in canonical.items():
        wholes = [
            other
            for other, title in canonical.items()
            if other != key
            and any(_spelled(title[: m.start()] + title[m.end() :]) == _spelled(short) for m in _PLACE.finditer(title))
        ]
        if len(wholes) == 1:
            found[key] = wholes[0]
    return found


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
# pensionärsråd …", "remitterar förslaget till klimatanpassningsplan för Farsta 2027–2030 till …". The "till" after
# the period sends it; a plan adopted ("Förslaget till riktlinjer för X 2027–2030 antas") is no report.
SENT_PROPOSAL_TITLE = rule(
    "report.sent_proposal_title",
    rf"\b{_PROPOSAL}\s+till\s+{_NEW}(?P<title>(?={_PLAN_AHEAD}\s)(?!{_PLAN_AHEAD}\s+för\s+(?:perioden|åren|tiden)\b)[a-zåäö][^,.;:()]{{3,150}}?\s+"
    r"(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d)(?=\s+till\s)",
    flags=0,
    matches=(
        "Stadsdelsnämnden överlämnar förslaget till lokal plan för trygghet och social hållbarhet i "
        "Hässelby-Vällingby 2027–2028 till stadsdelsnämndens pensionärsråd och funktionshinderråd för synpunkter.",
        "Nämnden remitterar förslaget till klimatanpassningsplan för Farsta 2027-2030 till trafiknämnden.",
    ),
    not_matches=(
        "Förslaget till riktlinjer för lokalförsörjning 2027–2030 antas.",
        "Nämnden överlämnar förslaget till lokal plan till pensionärsrådet.",
        "Förslaget till Plan för offentlig konst 2026–2030 skickas till kulturnämnden.",
        # a period is no name: the plan is named elsewhere
        "Haninge kommun har remitterat ett förslag till mobilitetsplan för perioden 2028–2038 till Region Stockholm.",
    ),
)
