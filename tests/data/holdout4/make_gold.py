import json, pathlib
G = pathlib.Path("/work/wt/h3/tests/data/holdout4/gold")

def att(body_intro, core, ends=(",", ", samt", ".", "")):
    """core without leading 'att' and without trailing punctuation"""
    out = []
    for e in ends:
        out += [f"att {core}{e}", f"{core}{e}", f"{body_intro} att {core}{e}"]
    return out

def sdn(name, gen=None):
    alts = [f"{gen or name} stadsdelsnämnd"]
    if gen: alts.append(f"{name} stadsdelsnämnd")
    alts += [name, f"stadsdelsnämnden i {name}"]
    return alts

def w(stem, d):
    (G / f"{stem}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

FI_T = "Ett enklare regelverk för kommunala bolags redovisning"

w("h4-fi-remissmissiv-bolagsredovisning", {
 "kind": "other",
 "title": f"Remiss av promemorian {FI_T}",
 "diarienummer": "Fi2026/00871",
 "signatories": ["Karin Fors"],
 "reports": [[FI_T, None, None]],
 "referrals": [{"report_title": FI_T, "action": "opinion", "measure_codes": [], "priority": None,
   "recipients": [[x] for x in ["Bokföringsnämnden", "Ekonomistyrningsverket", "Kammarkollegiet", "Kammarrätten i Jönköping",
     "Konkurrensverket", "Riksrevisionen", "Statskontoret", "Länsstyrelsen i Gävleborgs län", "Gävle kommun", "Göteborgs kommun",
     "Linköpings kommun", "Stockholms kommun", "Region Jämtland Härjedalen", "Sveriges Kommuner och Regioner", "FAR",
     "Sveriges Allmännytta"]] + [["Kommunala Företagens Samorganisation (KFS)", "Kommunala Företagens Samorganisation", "KFS"]],
   "reply_by": "2026-09-18"}],
})

w("h4-skr-remissvar-bolagsredovisning", {
 "kind": "yttrande",
 "title": FI_T,
 "diarienummer": "26/00512",
 "addressee": "Finansdepartementet",
 "office": "Sveriges Kommuner och Regioner",
 "signatories": ["Anders Henriksson", "Mats Bergström"],
 "reports": [[FI_T, None, None]],
 "recipients": [],
 "not_recipients": ["Finansdepartementet", "Rådet för kommunal redovisning"],
 "answers": {"answering_body": "Sveriges Kommuner och Regioner", "report_title": FI_T, "in_reply_to": "Fi2026/00871", "measure_codes": []},
})

w("h4-gavle-ks-yttrande-bolagsredovisning", {
 "kind": "yttrande",
 "title": f"Yttrande över promemorian {FI_T}",
 "diarienummer": "KS 2026/1245",
 "addressee": "Finansdepartementet",
 "signatories": ["Inger Wallin", "Lars-Olof Bergkvist"],
 "reports": [[FI_T, None, None]],
 "recipients": [],
 "not_recipients": ["Finansdepartementet", "Gävle Stadshus AB", "Gavlegårdarna AB", "Gävle Energi AB", "Kommunfullmäktige"],
 "answers": {"answering_body": "Kommunstyrelsen", "report_title": FI_T, "in_reply_to": "Fi2026/00871", "measure_codes": []},
})

w("h4-goteborg-slk-remiss-bolagsredovisning", {
 "kind": "tjansteutlatande",
 "title": f"Remiss från Finansdepartementet – promemorian {FI_T}",
 "diarienummer": "0874/26",
 "addressee": "Kommunstyrelsen",
 "office": "Stadsledningskontoret",
 "decision_points": {"Kommunstyrelsen": [
   f"Promemorian {FI_T} remitteras till Göteborgs Stadshus AB, Förvaltnings AB Framtiden, Göteborg Energi AB och nämnden för Intraservice för yttrande.",
   "Yttrandena ska ha kommit in till stadsledningskontoret senast den 14 augusti 2026."]},
 "signatories": ["Eva Hessman", "Magnus Jonsson"],
 "reports": [[FI_T, None, 1]],
 "referrals": [{"report_title": FI_T, "action": "opinion", "measure_codes": [], "priority": None,
   "recipients": [["Göteborgs Stadshus AB"], ["Förvaltnings AB Framtiden", "Framtiden"], ["Göteborg Energi AB"],
                  ["Nämnden för Intraservice", "Intraservice"]],
   "reply_by": "2026-08-14"}],
 "mentions": [["Stadsrevisionen"], ["Byggnadsnämnden"], ["Stadsmiljönämnden"]],
})

w("h4-lst-gavleborg-yttrande-op", {
 "kind": "yttrande",
 "title": "Yttrande över samrådsförslag till översiktsplan för Sandvikens kommun, Översiktsplan 2045",
 "diarienummer": "402-1876-2026",
 "addressee": "Kommunstyrelsen",
 "office": "Länsstyrelsen Gävleborg",
 "signatories": ["Helena Nordmark", "Emma Sjödin"],
 "reports": [["Översiktsplan 2045", None, None]],
 "recipients": [],
 "not_recipients": ["Trafikverket", "Region Gävleborg", "Myndigheten för samhällsskydd och beredskap", "Gävle kommun", "Sandvikens kommun"],
 "answers": {"answering_body": "Länsstyrelsen Gävleborg", "report_title": "Översiktsplan 2045", "in_reply_to": "KS 2025/0412", "measure_codes": []},
})

w("h4-trafikverket-yttrande-trafikstrategi", {
 "kind": "yttrande",
 "title": "Trafikverkets yttrande över förslag till Trafikstrategi för Sundsvalls kommun 2026–2040",
 "diarienummer": "TRV 2026/31877",
 "addressee": "Kommunstyrelsen",
 "office": "Trafikverket",
 "signatories": ["Anna-Karin Holm", "Jonas Westberg"],
 "reports": [["Trafikstrategi för Sundsvalls kommun 2026–2040", None, None]],
 "recipients": [],
 "not_recipients": ["Länsstyrelsen Västernorrland", "Region Västernorrland", "Sundsvalls kommun"],
 "answers": {"answering_body": "Trafikverket", "report_title": "Trafikstrategi för Sundsvalls kommun 2026–2040", "in_reply_to": "KS-2026-00094", "measure_codes": []},
})

RUS = "Regional utvecklingsstrategi för Blekinge 2027–2040"
RB = "Regionstyrelsen beslutar"
w("h4-region-blekinge-rs-protokoll", {
 "kind": "protokoll",
 "decision_points": {"Regionstyrelsen": [
   "Regionstyrelsen utser Camilla Brunsberg (M) och Magnus Johansson (S) att jämte ordföranden justera dagens protokoll.",
   att(RB, "anta förvaltningens förslag till yttrande som Region Blekinges svar till Socialdepartementet, diarienummer S2026/01388"),
   att(RB, "paragrafen justeras omedelbart"),
   att(RB, f"remittera förslaget till {RUS} till Karlshamns, Karlskrona, Olofströms, Ronneby och Sölvesborgs kommuner, Länsstyrelsen Blekinge, Blekinge tekniska högskola samt regionens kultur- och bildningsnämnd och trafiknämnd"),
   att(RB, "remissvaren ska ha kommit in till Region Blekinge senast den 15 januari 2027"),
   att(RB, "uppdra åt regiondirektören att sammanställa remissvaren inför regionstyrelsens sammanträde i mars 2027"),
   "Regionstyrelsen noterar informationen till protokollet."]},
 "signatories": ["Lina Ekelund", "Christer Holmgren", "Camilla Brunsberg", "Magnus Johansson"],
 "reports": [["Hälso- och sjukvård i hela landet", 2026, None], [RUS, None, None]],
 "referrals": [{"report_title": RUS, "action": "opinion", "measure_codes": [], "priority": None,
   "recipients": [["Karlshamns kommun", "Karlshamn"], ["Karlskrona kommun", "Karlskrona"], ["Olofströms kommun", "Olofström"],
                  ["Ronneby kommun", "Ronneby"], ["Sölvesborgs kommun", "Sölvesborg"], ["Länsstyrelsen Blekinge", "Länsstyrelsen i Blekinge län"],
                  ["Blekinge tekniska högskola"], ["Kultur- och bildningsnämnden"], ["Trafiknämnden"]],
   "reply_by": "2027-01-15"}],
 "answers": {"answering_body": "Regionstyrelsen", "report_title": "Hälso- och sjukvård i hela landet", "in_reply_to": "S2026/01388", "measure_codes": []},
})

w("h4-orebro-kf-protokoll", {
 "kind": "protokoll",
 "decision_points": {"Kommunfullmäktige": [
   "Kommunfullmäktige utser Karin Sundin (S) och Oskar Lund (KD) att tillsammans med ordföranden justera dagens protokoll.",
   "Motionen avslås.",
   "Program för ett tryggt och säkert Örebro 2027–2030 antas.",
   "Samtliga nämnder och de helägda bolagen ska beakta programmet i sina verksamhetsplaner från och med 2027.",
   "Kommunstyrelsen får i uppdrag att årligen följa upp programmet och redovisa uppföljningen till kommunfullmäktige."]},
 "signatories": ["Elin Sjöberg", "Peter Nordin", "Karin Sundin", "Oskar Lund"],
 "recipients": [["Programnämnd social välfärd"], ["Tekniska nämnden"]],
 "not_recipients": ["Byggnadsnämnden", "Kommunstyrelsen", "Motionären", "Region Örebro län", "Örebrobostäder AB", "Programnämnd samhällsbyggnad", "Kommunfullmäktige"],
 "mentions": [["Byggnadsnämnden"], ["Kommunstyrelsen"], ["Örebrobostäder AB", "Örebrobostäder"]],
})

MB = "Styrelsen beslöt"
w("h4-molndalsbostader-styrelseprotokoll", {
 "kind": "protokoll",
 "title": "Protokoll fört vid sammanträde med styrelsen för Mölndalsbostäder AB",
 "office": "Mölndalsbostäder AB",
 "decision_points": {"Mölndalsbostäder AB": [
   ["Styrelsen beslöt att utse Tomas Eklöf att jämte ordföranden justera protokollet.", "utse Tomas Eklöf att jämte ordföranden justera protokollet.", "att utse Tomas Eklöf att jämte ordföranden justera protokollet."],
   ["Styrelsen beslöt att lägga rapporten till handlingarna.", "lägga rapporten till handlingarna.", "att lägga rapporten till handlingarna."],
   att(MB, "godkänna VD:s förslag till remissvar och överlämna det till kommunstyrelsen"),
   att(MB, "förklara paragrafen omedelbart justerad"),
   att(MB, "förvärva fastigheten Mölndal Forsåker 1:12 för en köpeskilling om 38 500 000 kronor"),
   att(MB, "uppdra åt VD att underteckna köpeavtalet"),
   att(MB, "anmäla förvärvet till Mölndals Stadshus AB")]},
 "signatories": ["Sofie Karlberg", "Ulrika Åkesson", "Tomas Eklöf"],
 "reports": [["Bostadsförsörjningsprogram för Mölndals stad 2027–2035", None, None]],
 "recipients": [],
 "not_recipients": ["Kommunstyrelsen", "Mölndals Stadshus AB", "Socialnämnden", "Mölndalsbostäder AB"],
 "answers": {"answering_body": "Mölndalsbostäder AB", "report_title": "Bostadsförsörjningsprogram för Mölndals stad 2027–2035", "in_reply_to": "KS 2026/0188", "measure_codes": ["3.2", "3.4"]},
})

BP = "Biblioteksplan för Stockholms stad 2027–2030"
w("h4-kulturforvaltningen-tu-remiss-biblioteksplan", {
 "kind": "tjansteutlatande",
 "title": f"Förslag till {BP}",
 "subtitle": "Remiss",
 "diarienummer": "KUN 2026/1187",
 "addressee": "Kulturnämnden",
 "office": "Kulturförvaltningen",
 "decision_points": {"Kulturnämnden": [
   f"Kulturnämnden remitterar förslaget till {BP} i enlighet med förvaltningens tjänsteutlåtande.",
   "Kulturnämnden justerar paragrafen omedelbart."]},
 "signatories": ["Lena Hallberg", "Andreas Kihlström"],
 "reports": [[BP, None, 1]],
 "referrals": [{"report_title": BP, "action": "opinion", "measure_codes": [], "priority": None,
   "recipients": [["Utbildningsnämnden"], ["Äldrenämnden"], sdn("Rinkeby-Kista"), sdn("Spånga-Tensta"), sdn("Hässelby-Vällingby"),
                  sdn("Skärholmen", "Skärholmens"), ["Funktionsrätt Stockholms stad"], ["Stockholms stads pensionärsråd", "Pensionärsrådet"]],
   "reply_by": "2027-04-30"}],
 "mentions": [["Utbildningsnämnden"]],
})

w("h4-hv-sdn-svar-biblioteksplan", {
 "kind": "tjansteutlatande",
 "title": f"Svar på remiss av förslag till {BP}",
 "subtitle": "Remiss från kulturnämnden, dnr KUN 2026/1187",
 "diarienummer": "HV 2027/0142",
 "addressee": "Hässelby-Vällingby stadsdelsnämnd",
 "office": "Hässelby-Vällingby stadsdelsförvaltning",
 "decision_points": {"Hässelby-Vällingby stadsdelsnämnd": [
   "Stadsdelsnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen och överlämnar det till kulturnämnden.",
   "Stadsdelsnämnden justerar paragrafen omedelbart."]},
 "signatories": ["Therese Lindvall", "Oscar Nyberg"],
 "reports": [[BP, None, None]],
 "referrals": [],
 "answers": {"answering_body": "Hässelby-Vällingby stadsdelsnämnd", "report_title": BP, "in_reply_to": "KUN 2026/1187", "measure_codes": ["2.1", "2.3"]},
})

T = "Tryggare stadsmiljöer"
def m(code, text, resp): return {"code": code, "text": text, "responsible": resp}
SDNB = "Berörda stadsdelsnämnder"
w("h4-handlingsplan-trygghet-tabell", {
 "kind": "kommissionsrapport",
 "title": T,
 "subtitle": "Handlingsplan för ökad trygghet i stadens offentliga miljöer 2027–2029",
 "coded_measures": [
  m("A1", "Förbättra belysningen längs gång- och cykelvägar som pekats ut i trygghetsvandringar", ["Trafiknämnden", SDNB]),
  m("A2", "Utforma nya torg och parker enligt stadens riktlinjer för trygghetsskapande gestaltning", ["Trafiknämnden", "Exploateringsnämnden"]),
  m("A3", "Åtgärda nedskräpning och klotter inom 24 timmar på utpekade platser", ["Trafiknämnden"]),
  m("A4", "Inventera otrygga gångtunnlar och ta fram en plan för att ersätta eller bygga om dem", ["Trafiknämnden"]),
  m("B1", "Utöka fältassistenternas arbete till kvällar och helger under sommarhalvåret", [SDNB, "Socialnämnden"]),
  m("B2", "Erbjuda feriejobb till samtliga ungdomar i årskurs 9 och gymnasiet som söker", [SDNB]),
  m("B3", "Inrätta en stadsgemensam samordnare för arbetet mot rekrytering av barn och unga till kriminella nätverk", ["Socialnämnden"]),
  m("B4", "Införa programmet Mentorer i skolan på samtliga högstadieskolor i utsatta områden", ["Utbildningsnämnden"]),
  m("C1", "Teckna nya samverkansöverenskommelser med Polismyndigheten för varje stadsdelsområde", [SDNB]),
  m("C2", "Samordna stadens platssamverkan med fastighetsägare, d.v.s. BID-liknande samarbeten, i fem centrumområden", ["Kommunstyrelsen", "Exploateringsnämnden"]),
  m("C3", "Följa upp handlingsplanen årligen i stadens trygghetsmätning", ["Kommunstyrelsen"])],
 "measures_must_not_find": ["28 procent av de svarande", "Polismyndigheten, Storstockholms brandförsvar och AB Storstockholms Lokaltrafik är viktiga samverkansparter"],
})

LS = "Linköpings sbn"
w("h4-linkoping-sbn-kallelse", {
 "kind": "dagordning",
 "title": "Kallelse",
 "decision_points": {"Samhällsbyggnadsnämnden": [
   ["Samhällsbyggnadsnämnden utser Karin Lindmark (L) att tillsammans med ordföranden justera protokollet.", "Förslag till beslut: Samhällsbyggnadsnämnden utser Karin Lindmark (L) att tillsammans med ordföranden justera protokollet."],
   ["Samhällsbyggnadsnämnden godkänner föredragningslistan.", "Förslag till beslut: Samhällsbyggnadsnämnden godkänner föredragningslistan."],
   ["Samhällsbyggnadsnämnden antar förvaltningens förslag till yttrande och överlämnar det till Trafikverket.", "Förslag till beslut: Samhällsbyggnadsnämnden antar förvaltningens förslag till yttrande och överlämnar det till Trafikverket."],
   ["Samhällsbyggnadsnämnden antar förvaltningens förslag till yttrande som sitt svar på remissen och överlämnar det till kommunstyrelsen.", "Förslag till beslut: Samhällsbyggnadsnämnden antar förvaltningens förslag till yttrande som sitt svar på remissen och överlämnar det till kommunstyrelsen."],
   "Paragrafen förklaras omedelbart justerad.",
   ["Samhällsbyggnadsnämnden beslutar att ställa ut förslaget till detaljplan för Vallastaden etapp 4 för granskning.", "Förslag till beslut: Samhällsbyggnadsnämnden beslutar att ställa ut förslaget till detaljplan för Vallastaden etapp 4 för granskning."],
   ["Samhällsbyggnadsnämnden lägger redovisningen av delegationsbeslut och meddelanden till handlingarna.", "Förslag till beslut: Samhällsbyggnadsnämnden lägger redovisningen av delegationsbeslut och meddelanden till handlingarna."]]},
 "signatories": ["Henrik Ahlstedt", "Malin Forsberg"],
 "recipients": [["Samhällsbyggnadsnämnden"], ["Kultur- och fritidsnämnden"], ["AB Stångåstaden", "Stångåstaden"]],
 "not_recipients": ["Trafikverket", "Kommunstyrelsen", "Tekniska nämnden", "Tekniska verken i Linköping AB"],
 "answers": {"answering_body": "Samhällsbyggnadsnämnden", "report_title": "Riktlinjer för markanvisningar i Linköpings kommun", "in_reply_to": "KS 2026-0402", "measure_codes": []},
 "mentions": [["Tekniska nämnden"]],
})

w("h4-ds-feriearbete", {
 "kind": "other",
 "title": "Fler feriejobb för unga",
 "recipients": [],
 "external_recipients": ["Arbetsförmedlingen", "Diskrimineringsombudsmannen", "Ekonomistyrningsverket",
   "Institutet för arbetsmarknads- och utbildningspolitisk utvärdering", "Myndigheten för ungdoms- och civilsamhällesfrågor",
   "Statskontoret", "Arbetsmiljöverket", "Botkyrka kommun", "Eskilstuna kommun", "Haparanda kommun", "Malmö kommun",
   "Stockholms kommun", "Umeå kommun", "Vimmerby kommun", "Sveriges Kommuner och Regioner", "Landsorganisationen i Sverige",
   "Svenskt Näringsliv", "Sveriges Elevkårer", "Unionen"],
 "not_recipients": ["Arbetsmarknadsdepartementet", "Skolverket", "Länsstyrelserna"],
})

NK = "Kommunstyrelsen beslutar"
w("h4-norrkoping-ks-tjansteskrivelse-remittera", {
 "kind": "tjansteutlatande",
 "title": "Motion om fler spontanidrottsplatser i Norrköpings ytterområden – remittering",
 "diarienummer": "KS 2026/0163",
 "addressee": "Kommunstyrelsen",
 "office": "Kommunstyrelsens kontor",
 "decision_points": {"Kommunstyrelsen": [
   att(NK, "remittera motionen till kultur- och fritidsnämnden, samhällsplaneringsnämnden och Hyresbostäder i Norrköping AB för yttrande"),
   att(NK, "yttrandena ska ha kommit in till kommunstyrelsen senast den 12 juni 2026"),
   att(NK, "motionen därefter ska beredas av kommunstyrelsens kontor")]},
 "signatories": ["Anna Olsson", "Amanda Ström"],
 "recipients": [["Kultur- och fritidsnämnden"], ["Samhällsplaneringsnämnden"], ["Hyresbostäder i Norrköping AB", "Hyresbostäder"]],
 "not_recipients": ["Utbildningsnämnden", "Norrköping Vatten och Avfall AB", "Kommunstyrelsen", "Kommunfullmäktige"],
 "mentions": [["Utbildningsnämnden"], ["Norrköping Vatten och Avfall AB"]],
})

KF = "Kommunstyrelsen föreslår kommunfullmäktige att besluta"
w("h4-karlstad-ks-uppdragsuppfoljning", {
 "kind": "tjansteutlatande",
 "title": "Uppföljning av kommunfullmäktiges uppdrag i budget 2026 – delår 2",
 "diarienummer": "KS-2026-00741",
 "addressee": "Kommunstyrelsen",
 "office": "Kommunledningsförvaltningen",
 "decision_points": {"*": [
   "Redovisningen av kommunfullmäktiges uppdrag per den 31 augusti 2026 godkänns.",
   "Uppdragen om en ny simhall på Sandgrund och om samordnad varudistribution förklaras avslutade."]},
 "signatories": ["Anders Ohlsson", "Petra Hellström"],
 "referrals": [],
 "recipients": [],
 "not_recipients": ["Kultur- och fritidsnämnden", "Teknik- och fastighetsnämnden", "Vård- och omsorgsnämnden", "Barn- och ungdomsnämnden",
   "Karlstads Bostads AB", "Karlstads Energi AB", "Kommunfullmäktige", "Kommunstyrelsen", "Hammarö kommun"],
 "mentions": [["Kultur- och fritidsnämnden"], ["Teknik- och fastighetsnämnden"], ["Vård- och omsorgsnämnden"], ["Barn- och ungdomsnämnden"],
   ["Karlstads Bostads AB", "KBAB"], ["Karlstads Energi AB"]],
})
print(len(list(G.glob("*.json"))))
