"""Sentences with a cue word that are rightly no item: the self-check's families (`atgard inspect --why`).

A cue word (remiss, yttra, synpunkter, senast, beslut, föreslår, svar …) promises an item, but many sentences
that carry one are something else: a label or an enclosure line, an agenda's matter title, what a report or an
inquiry proposes, how an answer was prepared, a government missive's standard guidance, a decision of the past.
``NO_ITEM`` holds those that need nothing but the sentence. ``IN_CONTEXT`` holds those that are rightly
nothing given what the document gave: the account of the referral an answer replies to, a reply date the
document's referrals already carry, a proposal its decision points state. :func:`accounted` names the families
that account for a sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from atgard.extract.dates import DATE, as_iso
from atgard.extract.rules import Rule, rule
from atgard.schema.contract import Document

_MONTH = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
_NO_VERB = r"(?!.*\b(?:ska|skall|har|hade|är|var|blir|kommer|bör|får|kan|lämnar|senast)\b)"

NO_ITEM: tuple[Rule, ...] = (
    rule(  # a label set as text: "Remissammanställning", "Förslag till beslut:", an e-mail address
        "explain.label",
        r"^\s*(?:förslag\s+till\s+beslut|[\wåäö-]*remiss[\wåäö]*|beslut)\s*:?\s*$|"
        r"^(?!.*\b(?:senast|ska|skall)\b).*[\w.]*remissvar@",
        matches=("Remissammanställning", "Förslag till beslut:", "Lagrådsremiss", "s.remissvar@regeringskansliet.se"),
        not_matches=(
            "Remissen skickas till kulturnämnden.",
            "Svar senast den 3 maj till fi.remissvar@regeringskansliet.se",
        ),
        explains_cue=True,
    ),
    rule(  # a document listed by its date or paragraph: the enclosures, "Handlingar", "Beslutsunderlag"
        "explain.enclosure",
        rf"^{_NO_VERB}(?!.*\w(?:ade|ades|des|tes)\b)[^.]*?(?:\d{{4}}-\d{{2}}-\d{{2}}(?:\s*,?\s*§\s*\d+)?|{_MONTH}\s+\d{{4}}|\bremissversion)\s*\.?$|"
        rf"^{_NO_VERB}(?:handlingar\s*:|förslag\s+till\s+(?:\S+\s+){{0,3}}yttrande\b|remiss\s*:)",
        matches=(
            "Förslag till yttrande, daterat 2019-10-14",
            "Barn- och utbildningsnämndens yttrande, 2019-09-26 § 78",
            "Remissmissiv från Finansdepartementet, 2026-06-10",
            "Sammanställning av ungas synpunkter, december 2025",
            "Förslag till Kulturmiljöprogram för Södertälje kommun 2027–2035, remissversion",
            "Förslag till Göteborgs Stads yttrande till Utbildningsdepartementet",
            "Remiss: Förslag till biblioteksplan",
        ),
        not_matches=("Svaret ska ha kommit in senast 2026-05-15.", "Remissen skickades 2026-05-15."),
        explains_cue=True,
    ),
    rule(  # an agenda's or a protocol's matter title, a government decision's dateline, a protocol's header
        "explain.matter_title",
        rf"^(?:§\s*\d+\s+|\d+\s*\|\s*|\S+\s+\S+\s+\d+\s+)?{_NO_VERB}(?:yttrande\s+över|remittering\s+(?:av|om)|"
        r"remiss\s*(?::|av\b|om\b|från\b)|svar\s+på\s+(?:remiss|skrivelse|motion|interpellation|fråga)\b)|"
        r"^(?!.*\bsenast\b)[^.]*\s[-–]\s*(?:remiss|beslut\s+om\s+\w+)\s*(?:\|.*)?$|"
        r"^beslut\s+vid\s+regeringssammanträde\b|\butses\s+att\s+justera\b",
        matches=(
            "§ 7 Yttrande över remiss av slutrapporten Tillsammans i hela livet",
            "Remiss av förslag till Riktlinjer för stadens träffpunkter för äldre 2027–2030",
            "Svar på skrivelse från Liberalerna om matlådor i hemtjänsten",
            "4 | Remiss: Riktlinjer för markanvisningar – yttrande | SBN 2026-0287 | Ida Carlsson",
            "Förslag till Anläggningsplan för idrotten i Stockholm 2027–2036 – remiss",
            "5 | Detaljplan för Vallastaden etapp 4 – beslut om granskning | SBN 2025-0918",
            "Beslut vid regeringssammanträde den 11 september 2025",
            "Beslutande Utses att justera Justeringens plats och tid",
        ),
        not_matches=("Remiss av förslaget skickas till kulturnämnden senast den 3 maj.",),
        explains_cue=True,
    ),
    rule(  # what a report, an inquiry, a bill or a motion proposes: the referred matter's content, not the document's
        "explain.content_summary",
        r"^(?:i\s+(?:promemorian|betänkandet|rapporten|förslaget|motionen|utredningen|remissen)\s+föreslås|"
        r"(?:utredningen|promemorian|betänkandet|rapporten|rapporterna|kommissionen|motionären|motionärerna|"
        r"planen|strategin|programmet|utredaren)\b.{0,200}?\bföreslå[rs]?)\b|"
        r"\(\w+\)\s+föreslår\s+i\s+en\s+motion\b|\bföreslås\s+träda\s+i\s+kraft\b|"
        r"\bsom\s+föreslås\s+(?:vara\s+ansvarig\w*|ansvara|samordna)\b|\bföreslå\s+(?:hur|vilka|åtgärder)\b|"
        r"\bvad\s+\w+\s+föreslår\b",
        matches=(
            "Utredningen föreslår bland annat följande:",
            "I promemorian föreslås ändringar i ordningslagen.",
            "Rapporten redovisar en kartläggning och föreslår åtgärder för att fler elever ska gå.",
            "Ebba Thorsell (C) föreslår i en motion att staden ska pröva pendelbåtar.",
            "Lagändringarna föreslås träda i kraft den 1 januari 2026.",
            "För varje åtgärd anges vilka nämnder som föreslås vara ansvariga.",
            "vid behov föreslå åtgärder som förbättrar samordningen.",
        ),
        not_matches=("Stadsledningskontoret föreslår att rapporten remitteras till kulturnämnden.",),
        explains_cue=True,
    ),
    rule(  # an inquiry's or a board's assignment and when it reports: no referral, no reply date
        "explain.assignment",
        r"\bi\s+uppdrag\s+att\b|\buppdrag(?:et)?\s+ska\s+(?:nu\s+)?redovisas\b|\bredovisa\s+uppdraget\b|"
        r"\butredaren\s+ska\b|\benligt\s+direktiven\b|\bmed\s+uppgift\s+att\b",
        matches=(
            "Uppdraget ska redovisas senast den 30 juni 2027.",
            "Statskontoret får i uppdrag att utvärdera stödet senast 2030.",
            "Utredaren ska också ge Funktionsrätt Sverige tillfälle att lämna synpunkter.",
        ),
        not_matches=("Nämnden ska yttra sig senast den 3 maj.",),
        explains_cue=True,
    ),
    rule(  # what other bodies said, taken up in an answer or an utlåtande, and how an answer was prepared
        "explain.opinions_reported",
        r"\bi\s+sitt\s+(?:remiss?)?(?:yttrande|svar|samrådsyttrande)\b|"
        r"\b(?:delar|instämmer\s+i)\s+(?:\S+\s+){0,6}?(?:synpunkter\w*|bedömning)\b|"
        r"\blämnar\s+(?:\S+\s+){0,4}?(?:följande|nedan|också|därutöver)\s+(?:sina\s+)?synpunkter\b|"
        r"\blämnade\s+(?:\S+\s+){0,4}?synpunkter\b|"
        r"\blämnar\s+(?:i\s+\S+\s+\S+\s+)?synpunkter\s+på\b|\btackar\s+för\s+möjligheten\b|\bframfört\s+synpunkter"
        r"(?:na)?\b|\b(?:synpunkter\w*|yttranden?)\s+har\s+(?:även\s+)?(?:inhämtats|sammanställts|hämtats\s+in)\b|"
        r"\bhar\s+(?:i\s+sin\s+tur\s+)?(?:inhämtat|sammanställt|hämtat\s+in)\s+(?:\S+\s+)?(?:synpunkter|yttranden|"
        r"remissvaren)\w*|\b(?:yttrandet|svaret|remissvaret|remissförteckningen)\s+har\s+(?:tagits\s+fram|beretts|"
        r"upprättats|utarbetats)\b|\bsynpunkter\s+(?:har\s+)?inhämtats\b|\bremissinstanserna\s*:|"
        r"\bmajoritet\s+av\s+remissinstanserna\b|\bremissvaren\s+(?:visar|ger|är|finns|kommer)\b",
        matches=(
            "Grundskolenämnden framhåller i sitt yttrande att reglerna leder till olika villkor.",
            "Karlstads Energi AB har i sitt remissvar om klimatstrategin pekat på samma problem.",
            "Jag delar de synpunkter som arbetsmarknadsnämnden lämnat.",
            "Förvaltningen instämmer i nämndernas synpunkter.",
            "Trafikverket har tagit emot rubricerad remiss och lämnar följande synpunkter.",
            "Bolaget lämnar nedan sina synpunkter.",
            "Synpunkter har inhämtats från stadsdelens lokala brottsförebyggande råd.",
            "Yttrandet har tagits fram av kommunledningsförvaltningen i samråd med socialförvaltningen.",
            "Remissvaren visar att det finns ett brett stöd.",
        ),
        not_matches=(
            "Nämnden ska lämna synpunkter senast den 3 maj.",
            "Nämnden ska också lämna sina synpunkter på rapporten.",
            "Remissen skickas för synpunkter till X.",
        ),
        explains_cue=True,
    ),
)
NO_ITEM += (
    rule(  # what becomes of a referral, before or after: it arrived, is compiled, costs nothing, was not made
        "explain.referral_process",
        r"\b(?:sammanställa|sammanställer|sammanställs)\s+(?:\S+\s+){0,2}?(?:remissvaren|yttrandena|svaren|"
        r"synpunkterna)\b|\befter\s+(?:att\s+(?:\S+\s+){1,3}har\s+remitterats|remisstiden|remissomgången)\b|"
        r"\bremisstiderna?\s+har\s+anpassats\b|\bbeslutet\s+om\s+remiss\s+(?:medför|innebär)\b|\bremissen\s+inkom\b|"
        r"^(?:promemorian|betänkandet|utkastet|förslaget)\s+har\s+(?:remitterats|skickats\s+på\s+remiss)\s*\.?$|"
        r"\b(?:finns|förtecknas)\s+(?:tillgängliga\s+)?(?:i|på)\s+(?:\S+\s+){0,3}?(?:bilaga|regeringen\.se|\S*departementet)\b|"
        r"\bförteckning\s+över\s+remissinstanserna\b|\bhar\s+varit\s+ute\s+på\s+remiss\b|\bbesvarat\s+\S+\s+remisser\b|"
        r"\bärendet\s+(?:gäller|har\s+remitterats\s+internt)\b|\binformeras\s+om\s+remissen\b",
        matches=(
            "Stadsledningskontoret avser att sammanställa remissvaren under maj.",
            "Förslagen prövas i budgetprocessen efter att rapporten har remitterats till berörda nämnder.",
            "Beslutet om remiss medför inga kostnader.",
            "Promemorian har remitterats.",
            "En förteckning över remissinstanserna finns i bilaga 3.",
            "Remissinstanserna förtecknas i bilaga 2.",
            "Remissyttrandena finns tillgängliga i Landsbygds- och infrastrukturdepartementet (LI2025/02118).",
        ),
        not_matches=("Rapporten remitteras till kulturnämnden.", "Ärendet har remitterats till kulturnämnden."),
        explains_cue=True,
    ),
    rule(  # a referral from outside to the whole municipality or region, its own answer in preparation and due date
        "explain.incoming_referral",
        r"\b(?:stad|kommun|region\s+\w+)\s+(?:har\s+)?(?:av\s+\S+\s+)?(?:beretts|getts|givits|fått)\s+(?:\S+\s+){0,2}?"
        r"(?:möjlighet|tillfälle)\b|\bhar\s+(?:remitterat|bjudit\s+in|skickat)\b.{0,150}?\b\w+\s+(?:stad|kommun)\s+"
        r"(?:att|för)\b|\bär\s+en\s+av\s+remissinstanserna\b|\b(?:stadens|kommunens|regionens|bolagets|"
        r"moderbolagets)\s+(?:svar|yttrande|remissvar)\s+ska\b|\bförslag(?:et)?\s+till\s+(?:\S+\s+)?"
        r"(?:yttrande|remissvar|svar)\b(?!.*\bsenast\b)",
        matches=(
            "Malmö stad har beretts tillfälle att yttra sig över promemorian.",
            "Huddinge kommun har av Kulturdepartementet getts möjlighet att lämna synpunkter på betänkandet.",
            "Region Skåne har bjudit in Malmö stad att lämna synpunkter på förslaget.",
            "Göteborgs kommun är en av remissinstanserna för promemorian.",
            "Kommunens svar ska ha kommit in till departementet senast den 24 april 2026.",
            "Förvaltningen har tagit fram ett förslag till yttrande.",
            "VD föredrog förslaget till remissvar.",
        ),
        not_matches=("Nämnderna ska yttra sig senast den 3 maj.", "Rapporten remitteras till Solna stad."),
        explains_cue=True,
    ),
    rule(  # bodies the text says are not asked: they took part, or are not concerned
        "explain.not_asked",
        r"\b(?:behöver|ska)\s+inte\s+(?:yttra\s+sig|svara)\b|\binte\s+ges\s+tillfälle\b|\bfår\s+inte\s+remissen\b|"
        r"\bremitteras\s+inte\b|\bhar\s+inte\s+remitterats\b",
        matches=(
            "Stockholm Business Region AB har deltagit i arbetet och behöver inte yttra sig.",
            "Förslaget har tagits fram med fastighetskontoret, som därför inte ges tillfälle att yttra sig särskilt.",
            "Byggnadsnämnden berörs inte av förslagen och får inte remissen.",
            "Delrapporten har inte remitterats.",
        ),
        not_matches=("Nämnden ska yttra sig.",),
        explains_cue=True,
    ),
    rule(  # a government remiss missive's standard guidance, and whom to ask
        "explain.missive_guidance",
        r"\bskyldiga\s+att\s+svara\b|\bpå\s+eget\s+ansvar\b|\binbjudan\s+att\s+lämna\s+synpunkter\b|"
        r"\b(?:råd\s+om\s+hur|svara\s+på\s+remiss\s+[-–])|\binte\s+har\s+några\s+synpunkter\b|"
        r"\bkommer\s+att\s+publiceras\b|\bi\s+två\s+versioner\b|\bämnesraden\b|"
        r"\bfrågor\s+om\s+(?:remissen|ärendet)\s+(?:kan\s+ställas|besvaras)\b|\bi\s+sina\s+svar\b|"
        r"\bsvaren\s+ska\s+följa\b|\bförhinder\b",
        matches=(
            "Myndigheter under regeringen är skyldiga att svara på remissen.",
            "Om myndigheten inte har några synpunkter, räcker det att svaret meddelar detta.",
            "Ange diarienummer Fi2026/00871 och remissinstansens namn i ämnesraden.",
            "Frågor om remissen besvaras av borgarrådssekreterare Jonas Almér.",
            "Remissinstanserna bör i sina svar hänvisa till åtgärdernas nummer.",
        ),
        not_matches=("Svaren ska ha kommit in senast den 3 maj.",),
        explains_cue=True,
    ),
    rule(  # a decision of the past, who decides a kind of matter, the noun in running prose
        "explain.decision_mentioned",
        rf"\bbeslutade\s+(?:den\s+\d|i\s+(?:\w+\s+)?budget|i\s+{_MONTH})|\bbeslut\s+som\s+(?:har\s+)?fattats\b|"
        r"\bbeslut\s+har\s+fattats\b|\bbeslutas\s+(?:\S+\s+)?av\b|\bsom\s+(?:också\s+)?beslutar\s+om\b|"
        r"\b(?:den|det|de)\s+beslutade\b|\bsom\s+(?:\S+\s+){0,2}har\s+beslutat(?:s|\s+om)\b|"
        r"^(?!.*\b(?:beslutar|beslöt|beslutade|förslag\s+till\s+beslut)\b).*\b(?:fatta\w*|samordnade|förutsätter|"
        r"efter|ett|ansökan,)\s+(?:\S+\s+)?beslut\b|\bföreslog\b|\blagråd(?:et|ets)\b",
        matches=(
            "Kommunfullmäktige beslutade i budget för 2016 att inrätta en fond.",
            "Äldrenämnden beslutade den 18 februari 2026 att överlämna ett förslag.",
            "Redovisning av beslut som har fattats med stöd av delegation.",
            "Taxan ska beslutas av kommunfullmäktige.",
            "Det är regionen som måste fatta beslut om en ny linje.",
            "Vi föreslog därför att nämnden skulle besluta att godkänna svaret.",
            "Lagrådet har inte hörts, eftersom Lagrådets yttrande skulle sakna betydelse.",
        ),
        not_matches=("Nämnden beslutar att remittera ärendet.", "Kommunstyrelsen beslöt följande."),
        explains_cue=True,
    ),
    rule(  # "senast" of the past or of a target year, not a reply date
        "explain.senast_not_due",
        r"\bsenast\s+(?:år\s+)?\d{4}\b(?!-)|,\s*senast\s+(?:i|på|vid)\s+[A-ZÅÄÖ]",
        matches=("alla strandbad ska vara anpassade senast 2035", "genomförs redan, senast i Hässelby gård"),
        not_matches=("Svar senast 2026-05-03.", "svar senast i maj", "Svaret ska komma in, senast i maj."),
        flags=0,  # a place's capital letter
        explains_cue=True,
    ),
)

# Rightly nothing given the document: each family pairs a rule with what the document must have given.
_ANSWERED_REFERRAL = rule(  # an answer's account of the referral it replies to, and of that referral's deadline
    "explain.answered_referral",
    r"\b(?:har|hade)\s+(?:\S+\s+){0,12}?(?:remitterat|skickat\s+(?:\S+\s+){0,14}?(?:på\s+remiss|för\s+synpunkter)|"
    r"fått\s+(?:\S+\s+){0,14}?på\s+remiss|tagit\s+emot|bjudit\s+in|begärt|ombetts|beretts|gett|getts|givits)\b|"
    r"\bgenom\s+remiss\b|\bhör\s+till\s+de\s+remissinstanser\b|\ben\s+av\s+remissinstanserna\b|"
    r"\b(?:svar\w*|yttrande\w*)\s+ska\s+(?:ha\s+)?(?:kommit\s+in|inkommit|lämnas|vara\s+\S+\s+till\s+handa)|"
    r"\bremisstid(?:en)?\s+går\s+ut\b|\bvill\s+ha\s+(?:\S+\s+){0,2}svar\b|\bremissen\s+avser\b|"
    r"\bska\s+(?:\S+\s+){0,3}?(?:lämna\s+synpunkter|redovisa|yttra\s+sig)\b|\bfår\s+(?:även\s+)?lämna\s+synpunkter\b",
    matches=(
        "Kommunstyrelsen har remitterat rapporten till trafiknämnden för yttrande (dnr KS 2018/204).",
        "Solna stad har getts möjlighet att yttra sig över departementspromemorian.",
        "Svenska Bostäder har av kommunstyrelsen beretts tillfälle att yttra sig över rapporten.",
        "Region Blekinge har fått betänkandet på remiss från Socialdepartementet.",
        "Svaret ska ha kommit in till kommunstyrelsen senast den 1 oktober 2025.",
        "Remisstiden går ut den 15 mars 2018.",
        "Nämnden ska lämna synpunkter på rapporten i sin helhet och redovisa sina förutsättningar.",
    ),
    not_matches=("Rapporten remitteras till kulturnämnden.",),
    explains_cue=True,
)
_PROPOSAL_STATED = rule(  # a body's or the speaker's proposal in the text: the decision points or the answer say it
    "explain.proposal_stated",
    r"\b(?:jag|vi|\w+)\s+föreslår\s+(?:därför\s+|vidare\s+|också\s+|inte\s+)?(?:att\b|\w+\s+\w+)|"
    r"\bföreslår\s+(?:jag|därför)\b|\bföreslås\s+avslås\b",
    matches=(
        "Stadsledningskontoret föreslår att rapporten remitteras till berörda nämnder.",
        "Därmed föreslår jag att strategin antas.",
        "Kommunen föreslår att reglerna i stället träder i kraft den 1 januari 2028.",
    ),
    not_matches=("Förslaget skickas på remiss.",),
    explains_cue=True,
)
_REFERRAL_QUESTIONS = rule(  # what a referral asks its bodies, and why: said beside the referrals themselves
    "explain.referral_questions",
    r"\bombeds\b|\bbör\s+få\s+(?:möjlighet|tillfälle)\b",
    matches=(
        "Remissinstanserna ombeds särskilt kommentera förslaget om en samordningsfunktion.",
        "Samtliga nämnder bör få möjlighet att lämna synpunkter innan kommunstyrelsen tar ställning.",
    ),
    not_matches=("Rapporten remitteras till kulturnämnden.",),
    explains_cue=True,
)
_REPLY_DATE_RESTATED = rule(  # a reply date said again: one of the document's referrals carries it
    "explain.reply_date_restated",
    r"\bsenast\b|\bgår\s+ut\b|\btill\s+handa\b",
    matches=(
        "Svar ska ha inkommit till kommunstyrelsen senast den 30 september 2017.",
        "För att styrelsen ska behandla det den 9 september behöver svaren ha kommit in senast den 21 augusti.",
    ),
    not_matches=("Svar ska ha inkommit till kommunstyrelsen.",),
    explains_cue=True,
)


def _answers(document: Document, text: str) -> bool:
    return bool(document.answers) or document.kind == "dagordning"


def _refers(document: Document, text: str) -> bool:
    return bool(document.referrals)


def _decides_or_answers(document: Document, text: str) -> bool:
    return bool(document.decision.points or document.referrals or document.answers or document.kind == "dagordning")


def _date_carried(document: Document, text: str) -> bool:
    carried = {r.reply_by for r in document.referrals if r.reply_by}
    return any(as_iso(found) in carried for found in DATE.pattern.finditer(text))


IN_CONTEXT: tuple[tuple[Rule, Callable[[Document, str], bool]], ...] = (
    (_ANSWERED_REFERRAL, _answers),
    (_PROPOSAL_STATED, _decides_or_answers),
    (_REFERRAL_QUESTIONS, _refers),
    (_REPLY_DATE_RESTATED, _date_carried),
)


def accounted(text: str, document: Document) -> tuple[str, ...]:
    """The families that account for a cue sentence that gave no item (none: it is unexplained)."""
    names = [r.name for r in NO_ITEM if r.found_in(text)]
    names += [r.name for r, given in IN_CONTEXT if r.found_in(text) and given(document, text)]
    return tuple(names)


def accounts_for(text: str, document: Document) -> bool:
    """Whether a family accounts for the sentence (:func:`accounted` not empty), stopping at the first."""
    return any(r.found_in(text) for r in NO_ITEM) or any(
        r.found_in(text) and given(document, text) for r, given in IN_CONTEXT
    )
