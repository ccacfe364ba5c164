"""Referral directives: a table of Swedish sentences and what each must give."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import addressed_to_self, extract_referrals
from atgard.extract.reports import extract_reports

REGISTER = load_register()

TITLE = "Från ord till handling – en stad för alla"


def referrals(block, *texts: str) -> list[dict]:
    blocks = [block(text) for text in texts]
    analysed = analyse(blocks, REGISTER)
    found = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    return [
        {
            "report_title": r.report_title,
            "action": r.action,
            "scope": r.scope,
            "measure_codes": r.measure_codes,
            "recipients": [(x.name, x.kind) for x in r.recipients],
            "priority": r.priority,
            "condition": r.condition,
        }
        for r in found
    ]


def one(report_title=None, action="opinion", scope="report", codes=(), recipients=(), priority=None, condition=None):
    return {
        "report_title": report_title,
        "action": action,
        "scope": scope,
        "measure_codes": list(codes),
        "recipients": list(recipients),
        "priority": priority,
        "condition": condition,
    }


CASES = [
    pytest.param(
        "Socialnämnden och Farsta stadsdelsnämnd inbjuds att lämna synpunkter på förslaget.",
        [one(recipients=[("Socialnämnden", "committee"), ("Farsta stadsdelsnämnd", "district_committee")])],
        id="invited to give views",
    ),
    pytest.param(
        "Utbildningsnämnden har beretts tillfälle att yttra sig.",
        [one(recipients=[("Utbildningsnämnden", "committee")])],
        id="given the opportunity, past tense",
    ),
    pytest.param(
        "Remissinstanserna är kulturnämnden, idrottsnämnden och Stockholms Stadshus AB.",
        [
            one(
                recipients=[
                    ("Kulturnämnden", "committee"),
                    ("Idrottsnämnden", "committee"),
                    ("Stockholms Stadshus AB", "company"),
                ]
            )
        ],
        id="the bodies named after 'Remissinstanserna är'",
    ),
    pytest.param(
        "Arbetsmarknadsnämnden och utbildningsnämnden ombeds redovisa hur åtgärderna 2.1–2.3 och 4.1 kan genomföras.",
        [
            one(
                action="implementation",
                scope="measures",
                codes=("2.1", "2.2", "2.3", "4.1"),
                recipients=[("Arbetsmarknadsnämnden", "committee"), ("Utbildningsnämnden", "committee")],
            )
        ],
        id="measures numbered without a letter, named as measures",
    ),
    pytest.param(
        "Rapporten remitteras till bl.a. stadsbyggnadsnämnden och fastighetsnämnden.",
        [one(recipients=[("Stadsbyggnadsnämnden", "committee"), ("Fastighetsnämnden", "committee")])],
        id="an abbreviation before the list",
    ),
    pytest.param(
        "Ärendet har skickats på remiss till t.ex. kommunstyrelsens arbetsutskott samt kulturnämnden.",
        [one(recipients=[("Kommunstyrelsens arbetsutskott", "external"), ("Kulturnämnden", "committee")])],
        id="a body of a board in the list",
    ),
    pytest.param(
        "Ärendet har remitterats till stadsledningskontoret, exploateringsnämnden, kulturnämnden, Stockholms Hamn AB, "
        "Trafik- och renhållningsnämnden och Fotografiska muséet.",
        [
            one(
                recipients=[
                    ("Stadsledningskontoret", "office"),
                    ("Exploateringsnämnden", "committee"),
                    ("Kulturnämnden", "committee"),
                    ("Stockholms Hamn AB", "company"),
                    ("Trafik- och renhållningsnämnden", "unknown"),
                    ("Fotografiska muséet", "external"),
                ]
            )
        ],
        id="past tense list with offices, companies, unknown and outside bodies",
    ),
    pytest.param(
        f"Rapporten *{TITLE}* (2019) sändes ut på remiss till samtliga stadsdelsnämnder samt Fryshuset.",
        [one(TITLE, recipients=[("Samtliga stadsdelsnämnder", "group"), ("Fryshuset", "external")])],
        id="sändes ut på remiss, samt",
    ),
    pytest.param(
        f"Kommunstyrelsen remitterar rapporten *{TITLE}* till arbetsmarknadsnämnden och Skärholmens stadsdelsnämnd.",
        [
            one(
                TITLE,
                recipients=[
                    ("Arbetsmarknadsnämnden", "committee"),
                    ("Skärholmens stadsdelsnämnd", "district_committee"),
                ],
            )
        ],
        id="a title containing 'till' is not the recipient list",
    ),
    pytest.param(
        "Utbildningsnämnden och Rinkeby-Kista stadsdelsnämnd ska redovisa sina förutsättningar för att genomföra "
        f"åtgärderna B.1.2.1–B.1.2.3 och C2.1 i rapporten *{TITLE}*.",
        [
            one(
                TITLE,
                "implementation",
                "measures",
                ["B1.2.1", "B1.2.2", "B1.2.3", "C2.1"],
                [("Utbildningsnämnden", "committee"), ("Rinkeby-Kista stadsdelsnämnd", "district_committee")],
            )
        ],
        id="active subject, code range, dotted codes",
    ),
    pytest.param(
        f"Synpunkter på rapporten *{TITLE}* ska i första hand lämnas av socialnämnden, äldrenämnden samt "
        "AB Familjebostäder, och därutöver av de stadsdelsnämnder som berörs av förslagen.",
        [
            one(
                TITLE,
                recipients=[
                    ("Socialnämnden", "committee"),
                    ("Äldrenämnden", "committee"),
                    ("AB Familjebostäder", "company"),
                ],
                priority="primary",
                condition="de stadsdelsnämnder som berörs av förslagen",
            )
        ],
        id="primary, condition after därutöver av",
    ),
    pytest.param(
        "Yttrande över rapporten ska lämnas av Miljö- och hälsoskyddsnämnden, bl.a. i frågor som rör buller.",
        [one(recipients=[("Miljö- och hälsoskyddsnämnden", "committee")])],
        id="list ends at a clause; bl.a. does not end the sentence",
    ),
    pytest.param(
        "Stadsledningskontoret föreslår att rapporten remitteras till idrottsnämnden, d.v.s. den nämnd som ansvarar "
        "för idrotten.",
        [one(recipients=[("Idrottsnämnden", "committee")])],
        id="d.v.s. clause after the list",
    ),
    pytest.param(
        "Stockholm Business Region ska även redovisa sina förutsättningar för genomförande av åtgärderna A2.1.1 och "
        f"A.2.4.4 i rapporten *{TITLE}*.",
        [one(TITLE, "implementation", "measures", ["A2.1.1", "A2.4.4"], [("Stockholm Business Region AB", "company")])],
        id="company alias as subject",
    ),
    pytest.param(
        "Remissen har skickats till kulturnämnden, idrottsnämnden samt Stockholms Stadshus AB.",
        [
            one(
                recipients=[
                    ("Kulturnämnden", "committee"),
                    ("Idrottsnämnden", "committee"),
                    ("Stockholms Stadshus AB", "company"),
                ]
            )
        ],
        id="Remissen har skickats till",
    ),
    pytest.param(
        "Yttrande har begärts från Södermalms stadsdelsnämnd och Region Stockholm.",
        [one(recipients=[("Södermalms stadsdelsnämnd", "district_committee"), ("Region Stockholm", "external")])],
        id="yttrande begärt från",
    ),
    pytest.param(
        "Utbildningsnämnden och stadsdelsnämnderna i Rinkeby-Kista och Spånga-Tensta ombeds att senast den"
        " 30 april 2025 redovisa hur åtgärderna kan genomföras.",
        [
            one(
                action="implementation",
                recipients=[
                    ("Utbildningsnämnden", "committee"),
                    ("Rinkeby-Kista stadsdelsnämnd", "district_committee"),
                    ("Spånga-Tensta stadsdelsnämnd", "district_committee"),
                ],
            )
        ],
        id="the deadline between the verb and what to do",
    ),
    pytest.param(
        "Socialnämnden ombeds senast 2025-04-30 yttra sig.",
        [one(recipients=[("Socialnämnden", "committee")])],
        id="an ISO deadline between the verb and what to do",
    ),
    pytest.param(
        "Rapporten remitteras till kommunstyrelsen, d.v.s. till stadsledningskontoret, samt till idrottsnämnden"
        " och kulturnämnden.",
        [
            one(
                recipients=[
                    ("Kommunstyrelsen", "executive_board"),
                    ("Stadsledningskontoret", "office"),
                    ("Idrottsnämnden", "committee"),
                    ("Kulturnämnden", "committee"),
                ]
            )
        ],
        id="'d.v.s. till' and 'samt till' inside the list",
    ),
    pytest.param(
        "Kommunstyrelsen har genom remiss berett kultur- och idrottsnämnderna möjlighet att yttra sig.",
        [one(recipients=[("Kulturnämnden", "committee"), ("Idrottsnämnden", "committee")])],
        id="the bodies as the object of an active 'berett', a suspended plural",
    ),
    pytest.param(
        "Stadsledningskontoret har gett Hässelby-Vällingbys stadsdelsnämnd tillfälle att lämna synpunkter.",
        [one(recipients=[("Hässelby-Vällingby stadsdelsnämnd", "district_committee")])],
        id="active 'gett', a district's place in the genitive",
    ),
    pytest.param(
        "Remiss har skett till Socialnämnden, Äldrenämnden och Hägersten–Älvsjö stadsdelsnämnd.",
        [
            one(
                recipients=[
                    ("Socialnämnden", "committee"),
                    ("Äldrenämnden", "committee"),
                    ("Hägersten-Älvsjö stadsdelsnämnd", "district_committee"),
                ]
            )
        ],
        id="'Remiss har skett till', a district written with an en dash",
    ),
    pytest.param(
        "Kulturnämnden, idrottsnämnden samt AB Svenska Bostäder har inbjudits att yttra sig.",
        [
            one(
                recipients=[
                    ("Kulturnämnden", "committee"),
                    ("Idrottsnämnden", "committee"),
                    ("AB Svenska Bostäder", "company"),
                ]
            )
        ],
        id="perfect passive 'har inbjudits', a list closed by 'samt'",
    ),
    pytest.param(
        "Remissen skickas till socialnämnden och utbildningsnämnden för kännedom.",
        [],
        id="a copy for information asks for nothing",
    ),
    pytest.param(
        "Remissvar från Bromma och Kungsholmens stadsdelsnämnder ska ha inkommit till kommunstyrelsen senast"
        " den 28 februari 2025.",
        [
            one(
                recipients=[
                    ("Bromma stadsdelsnämnd", "district_committee"),
                    ("Kungsholmens stadsdelsnämnd", "district_committee"),
                ]
            )
        ],
        id="the bodies whose answers are due, districts sharing their head noun",
    ),
    pytest.param("Remissvar från Bromma stadsdelsnämnd har inkommit.", [], id="answers that came in direct nothing"),
    pytest.param(
        "Programmet remitteras till socialnämnden Centrum, Socialnämnden Sydväst och grundskolenämnden samt till"
        " Förvaltnings AB Framtiden för yttrande.",
        [
            one(
                recipients=[
                    ("Socialnämnden Centrum", "unknown"),
                    ("Socialnämnden Sydväst", "unknown"),
                    ("Grundskolenämnden", "unknown"),
                    ("Förvaltnings AB Framtiden", "unknown"),
                ]
            )
        ],
        id="boards named with their area after them, a company named after 'AB'",
    ),
    pytest.param("Rapporten remitterades till nämnder och bolagsstyrelser.", [], id="no named recipient"),
    pytest.param(
        "Det innebär att rapporterna ska remitteras till berörda nämnder, och att kommunstyrelsen beaktar dem.",
        [],
        id="berörda nämnder is not a list of boards",
    ),
    pytest.param(
        "Stadsledningskontoret vill betona vikten av att de nämnder som utpekats som ansvariga ska redovisa sina "
        "förutsättningar.",
        [],
        id="a subject that is only a condition",
    ),
    pytest.param(
        "Eftersom rapporterna berör olika nämnder anser stadsledningskontoret att synpunkter behöver lämnas enligt "
        "nedanstående:",
        [],
        id="lead-in to the list",
    ),
    pytest.param(
        "Ärendet har remitterats till följande nämnder: kulturnämnden, idrottsnämnden och Spånga-Tensta "
        "stadsdelsnämnd.",
        [
            one(
                recipients=[
                    ("Kulturnämnden", "committee"),
                    ("Idrottsnämnden", "committee"),
                    ("Spånga-Tensta stadsdelsnämnd", "district_committee"),
                ]
            )
        ],
        id="'till följande nämnder:' then the list",
    ),
    pytest.param(
        "Följande remissinstanser har beretts tillfälle att yttra sig: Trafiknämnden, Miljö- och "
        "hälsoskyddsnämnden samt AB Svenska Bostäder.",
        [
            one(
                recipients=[
                    ("Trafiknämnden", "committee"),
                    ("Miljö- och hälsoskyddsnämnden", "committee"),
                    ("AB Svenska Bostäder", "company"),
                ]
            )
        ],
        id="subject 'Följande remissinstanser', the list after the colon",
    ),
    pytest.param(
        "Följande nämnder ska yttra sig senast den 3 maj 2027: kulturnämnden och servicenämnden.",
        [one(recipients=[("Kulturnämnden", "committee"), ("Servicenämnden", "committee")])],
        id="subject 'Följande nämnder', deadline before the colon",
    ),
    pytest.param(
        "Följande nämnder har yttrat sig: Kulturnämnden och Idrottsnämnden.",
        [],
        id="who has answered is not a referral",
    ),
    pytest.param(
        "Socialnämnden, arbetsmarknadsnämnden respektive utbildningsnämnden får i uppdrag att yttra sig.",
        [
            one(
                recipients=[
                    ("Socialnämnden", "committee"),
                    ("Arbetsmarknadsnämnden", "committee"),
                    ("Utbildningsnämnden", "committee"),
                ]
            )
        ],
        id="names joined by 'respektive'",
    ),
    pytest.param(
        "Rapporten remitteras till kulturnämnden respektive Stockholms Stadshus AB för yttrande.",
        [one(recipients=[("Kulturnämnden", "committee"), ("Stockholms Stadshus AB", "company")])],
        id="'respektive' after 'till'",
    ),
    pytest.param(
        "Svaren ska ha kommit in senast den 1 juni 2027. Remissen går till Kulturnämnden och Spånga-Tensta "
        "stadsdelsnämnd.",
        [one(recipients=[("Kulturnämnden", "committee"), ("Spånga-Tensta stadsdelsnämnd", "district_committee")])],
        id="'Remissen går till'",
    ),
    pytest.param("Remisstiden går till den 5 mars 2027.", [], id="the time for answers is not a recipient"),
    pytest.param(
        "Kulturnämnden anmodas yttra sig över rapporten.",
        [one(recipients=[("Kulturnämnden", "committee")])],
        id="'anmodas'",
    ),
    pytest.param(
        "Kulturnämnden och idrottsnämnden har fått rapporten på remiss.",
        [one(recipients=[("Kulturnämnden", "committee"), ("Idrottsnämnden", "committee")])],
        id="'har fått rapporten på remiss'",
    ),
    pytest.param("Förslaget har fått kritik under remissen.", [], id="'fått' without 'på remiss'"),
    pytest.param(
        "Remissinstanser: Kulturnämnden, Idrottsnämnden och Bromma stadsdelsnämnd.",
        [
            one(
                recipients=[
                    ("Kulturnämnden", "committee"),
                    ("Idrottsnämnden", "committee"),
                    ("Bromma stadsdelsnämnd", "district_committee"),
                ]
            )
        ],
        id="'Remissinstanser:' in running text",
    ),
    pytest.param(
        "Rapporten har skickats ut på remiss till bland andra Kulturnämnden och Idrottsnämnden.",
        [one(recipients=[("Kulturnämnden", "committee"), ("Idrottsnämnden", "committee")])],
        id="'bland andra' before the list",
    ),
    pytest.param(
        "Ärendet har remitterats till Kulturnämnden (svar senast 2027-03-01) och Idrottsnämnden.",
        [one(recipients=[("Kulturnämnden", "committee"), ("Idrottsnämnden", "committee")])],
        id="a parenthesis with a deadline inside the list",
    ),
    pytest.param(
        "Rapporten remitteras till Stockholms Stadshus AB (SHAB), Kulturnämnden och Trafiknämnden för yttrande.",
        [
            one(
                recipients=[
                    ("Stockholms Stadshus AB", "company"),
                    ("Kulturnämnden", "committee"),
                    ("Trafiknämnden", "committee"),
                ]
            )
        ],
        id="an abbreviation in brackets after a name",
    ),
    pytest.param("Yttranden har inkommit från Kulturnämnden och Idrottsnämnden.", [], id="answers received"),
    pytest.param(
        "Rapporten remitteras till Stockholms stads nämnder och bolagsstyrelser.",
        [one(recipients=[("Samtliga nämnder och bolagsstyrelser", "group")])],
        id="the city's boards and companies as a group",
    ),
    pytest.param(
        "Därutöver bereds Länsstyrelsen i Stockholms län och Region Stockholm tillfälle att lämna synpunkter.",
        [one(recipients=[("Länsstyrelsen i Stockholms län", "external"), ("Region Stockholm", "external")])],
        id="verb before its subject after an opening adverb",
    ),
    pytest.param(
        "Dessutom ges stadsdelsnämnderna i Norrmalm och Östermalm möjlighet att yttra sig.",
        [
            one(
                recipients=[
                    ("Norrmalms stadsdelsnämnd", "district_committee"),
                    ("Östermalms stadsdelsnämnd", "district_committee"),
                ]
            )
        ],
        id="inverted, districts after 'stadsdelsnämnderna i'",
    ),
    pytest.param(
        "Vidare ombeds trafiknämnden samt exploateringsnämnden att yttra sig över förslaget.",
        [one(recipients=[("Trafiknämnden", "committee"), ("Exploateringsnämnden", "committee")])],
        id="inverted, asked with 'samt'",
    ),
    pytest.param(
        "I första hand ska kulturnämnden och idrottsnämnden yttra sig.",
        [one(recipients=[("Kulturnämnden", "committee"), ("Idrottsnämnden", "committee")], priority="primary")],
        id="inverted after 'i första hand'",
    ),
    pytest.param("Därutöver ska förvaltningen arbeta vidare med frågan.", [], id="inverted, no referral"),
    pytest.param(
        "Ärendet har remitterats till Stockholmshem AB och Familjebostäder AB samt AB Stockholms Hamn.",
        [
            one(
                recipients=[
                    ("AB Stockholmshem", "company"),
                    ("AB Familjebostäder", "company"),
                    ("Stockholms Hamn AB", "company"),
                ]
            )
        ],
        id="a company's AB on its other side",
    ),
    pytest.param(
        "Ärendet har remitterats till SISAB:s styrelse, AB Stockholmshems styrelse och styrelsen för Svenska Bostäder.",
        [
            one(
                recipients=[
                    ("Skolfastigheter i Stockholm AB", "company"),
                    ("AB Stockholmshem", "company"),
                    ("AB Svenska Bostäder", "company"),
                ]
            )
        ],
        id="a company's board is the company",
    ),
    pytest.param(
        "Miljö- och hälsoskyddsnämnden samt Exploateringsnämnden har fått möjlighet att lämna synpunkter.",
        [one(recipients=[("Miljö- och hälsoskyddsnämnden", "committee"), ("Exploateringsnämnden", "committee")])],
        id="'har fått möjlighet att'",
    ),
    pytest.param(
        "Trafiknämnden erbjuds tillfälle att yttra sig över förslaget.",
        [one(recipients=[("Trafiknämnden", "committee")])],
        id="'erbjuds tillfälle att'",
    ),
    pytest.param(
        "Kulturnämnden har givits möjlighet att yttra sig.",
        [one(recipients=[("Kulturnämnden", "committee")])],
        id="'har givits möjlighet att'",
    ),
    pytest.param(
        "Stadsdelsnämnderna och fackförvaltningarna ska redovisa hur de avser att genomföra åtgärderna A1.2 och A1.3.",
        [
            one(
                action="implementation",
                scope="measures",
                codes=["A1.2", "A1.3"],
                recipients=[("Samtliga stadsdelsnämnder", "group"), ("Fackförvaltningarna", "external")],
            )
        ],
        id="administrations named in lower case beside the boards in the subject",
    ),
    pytest.param(
        "Betänkandet har remitterats till Kretslopp och vattennämnden, SDN Södermalm och sdn Järva.",
        [
            one(
                recipients=[
                    ("Kretslopp och vattennämnden", "unknown"),
                    ("Södermalms stadsdelsnämnd", "district_committee"),
                    ("Sdn Järva", "unknown"),
                ]
            )
        ],
        id="a compound board without its hyphen, district boards abbreviated",
    ),
    pytest.param(
        "Ärendet har remitterats till socialnämnden, Södermalms och Skärholmens stadsdelsnämnder samt till "
        "Stockholms stads pensionärsråd och Funktionsrätt Stockholms stad.",
        [
            one(
                recipients=[
                    ("Socialnämnden", "committee"),
                    ("Södermalms stadsdelsnämnd", "district_committee"),
                    ("Skärholmens stadsdelsnämnd", "district_committee"),
                    ("Stockholms stads pensionärsråd", "external"),
                    ("Funktionsrätt Stockholms stad", "external"),
                ]
            )
        ],
        id="'samt till' before outside bodies the register does not know",
    ),
    pytest.param(
        "Kommunstyrelsen beslutar att remittera förslag till handlingsplan för trygghet 2026–2028 till samtliga "
        "facknämnder och AB Familjebostäder för yttrande.",
        # the plan sent on in lower case with its period is the report (holdout11)
        [
            one(
                report_title="Handlingsplan för trygghet 2026–2028",
                recipients=[("Samtliga facknämnder", "group"), ("AB Familjebostäder", "company")],
            )
        ],
        id="the proposal's 'till' before the list's",
    ),
    pytest.param(
        "Kommunstyrelsen remitterar förslaget till samtliga nämnder för yttrande senast den 1 mars 2026.",
        [one(recipients=[("Samtliga nämnder", "group")])],
        id="'förslaget till' the list",
    ),
    pytest.param(
        "Nämnderna bör i sina yttranden särskilt beakta åtgärderna 2.1–2.4.",
        [],
        id="'Nämnderna' names no one, 'yttranden' is no verb",
    ),
    pytest.param(
        "Kommunstyrelsen har begärt in yttranden från stadsdelsnämnderna i Farsta och Skärholmen.",
        [
            one(
                recipients=[
                    ("Farsta stadsdelsnämnd", "district_committee"),
                    ("Skärholmens stadsdelsnämnd", "district_committee"),
                ]
            )
        ],
        id="'begärt in yttranden från'",
    ),
    pytest.param(
        "Remissen har sänts ut till kulturnämnden och idrottsnämnden.",
        [one(recipients=[("Kulturnämnden", "committee"), ("Idrottsnämnden", "committee")])],
        id="'sänts ut till'",
    ),
    pytest.param(
        "Socialnämnden ges i uppdrag att redovisa hur åtgärd B2.1 kan genomföras.",
        [one(action="implementation", scope="measures", codes=["B2.1"], recipients=[("Socialnämnden", "committee")])],
        id="'ges i uppdrag att redovisa'",
    ),
    pytest.param("Servicenämnden har yttrat sig i ärendet.", [], id="an account of an answer given"),
    pytest.param(
        "Rapporten remitteras till berörda nämnder, varefter kulturnämnden sammanställer svaren till trafiknämnden.",
        [],
        id="a later 'till' past a clause is not the list's",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_referral_sentences(block, text: str, expected: list[dict]) -> None:
    assert referrals(block, text) == expected


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Stadsdelsnämnden har fått rapporten på remiss från kommunstyrelsen.", True),
        ("Nämnden ska yttra sig över rapporten.", True),
        ("Skärholmens stadsdelsnämnd har fått rapporten på remiss.", True),
        ("Nämnden och kulturnämnden har fått rapporten på remiss.", False),
        ("Kulturnämnden har fått rapporten på remiss.", False),
        ("Förvaltningen har fått möjlighet att yttra sig över rapporten.", True),
        ("Staden har beretts tillfälle att yttra sig över betänkandet.", True),
        ("Kommunen och Region Stockholm har fått möjlighet att yttra sig.", False),
        ("Trafikkontoret har fått tillfälle att yttra sig över förslaget.", False),
    ],
)
def test_a_referral_to_the_documents_own_body_is_the_one_it_answers(block, text: str, own: bool) -> None:
    analysed = analyse([block(text)], REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert addressed_to_self(referral, {"skärholmens stadsdelsnämnd", "stockholms stad"}) is own


def test_one_annexed_report_is_the_default_title(block) -> None:
    found = referrals(
        block,
        "Ärendet har remitterats till socialnämnden och Farsta stadsdelsnämnd.",
        f"*{TITLE}* (2019)",
    )
    assert [r["report_title"] for r in found] == [None]
    annexed = [block("Ärendet har remitterats till socialnämnden."), block("Bilagor", "heading", level=2)]
    annexed.append(block(f"{TITLE} (2019)", "list_item", marker="1."))
    analysed = analyse(annexed, REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert referral.report_title == TITLE


def test_a_dissent_sends_nothing_out(block) -> None:
    """What a party says should have been done, in its reservation or statement, is no referral."""
    found = referrals(
        block,
        "Rapporten remitteras till trafiknämnden.",
        "Särskilt uttalande görs av Lotta Edholm m.fl. (L). Rapporten borde även ha remitterats till Polismyndigheten.",
    )
    assert [[name for name, _ in r["recipients"]] for r in found] == [["Trafiknämnden"]]


def test_a_lead_ending_in_till_with_its_list_as_items(block) -> None:
    """ "... skickas på remiss till" and the names as items, one a board of another city's kind."""
    blocks = [
        block("Förslaget skickas på remiss till"),
        block("stadsbyggnadsnämnden,", "list_item", "-"),
        block("nämnden för arbetsmarknad och vuxenutbildning,", "list_item", "-"),
        block("Polisregion Väst.", "list_item", "-"),
        block("Ärendet har beretts i samråd med förvaltningarna.", "list_item", "-"),
    ]
    analysed = analyse(blocks, REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [(r.name, r.kind) for r in referral.recipients] == [
        ("Stadsbyggnadsnämnden", "committee"),
        ("Nämnden för arbetsmarknad och vuxenutbildning", "unknown"),
        ("Polisregion Väst", "external"),
    ]


def test_the_report_a_heading_remits_is_the_default_title(block) -> None:
    """A referral naming no report is of the one the heading remits, not of a report the text cites."""
    heading = block("Remiss av förslag till Stockholms stads klimatanpassningsplan 2025–2030", "heading", level=1)
    analysed = analyse([heading, block("Förslaget remitteras till trafiknämnden.")], REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert referral.report_title == "Stockholms stads klimatanpassningsplan 2025–2030"
    cited = [block("Handlingsplan för parkerna", "heading", level=1), block(f"Den bygger på *{TITLE}* (2019).")]
    analysed = analyse([*cited, block("Ärendet har remitterats till trafiknämnden.")], REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert referral.report_title is None


def test_recipients_listed_as_items_after_a_lead_in(block) -> None:
    blocks = [
        block(f"Rapporten *{TITLE}* har remitterats till följande remissinstanser:"),
        block("Arbetsmarknadsnämnden", "list_item", marker="•"),
        block("Skärholmens och Farsta stadsdelsnämnder", "list_item", marker="•"),
        block("Fryshuset", "list_item", marker="•"),
        block("Remissvaren redovisas i bilaga 2."),
        block("Remissinstanser", "heading", level=2),
        block("Stadsledningskontoret", "list_item", marker="-"),
        block("Trafik- och renhållningsnämnden", "list_item", marker="-"),
        block("Sammanfattning av svaren", "heading", level=2),
    ]
    analysed = analyse(blocks, REGISTER)
    found = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [(r.report_title, [(x.name, x.kind) for x in r.recipients]) for r in found] == [
        (
            TITLE,
            [
                ("Arbetsmarknadsnämnden", "committee"),
                ("Skärholmens stadsdelsnämnd", "district_committee"),
                ("Farsta stadsdelsnämnd", "district_committee"),
                ("Fryshuset", "external"),
            ],
        ),
        # the heading names no report, and the document sends none out as an annex
        (None, [("Stadsledningskontoret", "office"), ("Trafik- och renhållningsnämnden", "unknown")]),
    ]
    assert found[0].text.endswith("– Fryshuset")


HEADER = ("Remissinstans", "Rapport", "Synpunkter på", "Svar senast")


def table_row(page: int, *cells: str):
    """A ruled table's row as the reader gives it: the cells' texts, wrapped lines kept."""
    from atgard.schema import BBox, Block, PageBox, TableCell

    boxes = [
        BBox(x0=70 + 110 * i, top=700 if page == 1 else 80, x1=170 + 110 * i, bottom=760) for i in range(len(cells))
    ]
    row = BBox(x0=70, top=boxes[0].top, x1=500, bottom=760)
    return Block(
        kind="table_row",
        text=" | ".join(cells),
        cells=[TableCell(text=text, bbox=box) for text, box in zip(cells, boxes, strict=True)],
        page=page,
        boxes=[PageBox(page=page, bbox=row)],
    )


def table_referrals(*rows) -> list[tuple[list[str], list[str], str | None, list[int]]]:
    analysed = analyse(list(rows), REGISTER)
    return [
        ([x.name for x in r.recipients], r.measure_codes, r.report_title, [box.page for box in r.boxes])
        for r in extract_referrals(analysed, extract_reports(analysed), REGISTER)
    ]


CARRIED_OVER = [
    pytest.param(
        [
            "AB Svenska\nBostäder, AB",
            "Lokal samverkan\nmot otrygghet –",
            "Förutsättningar att\ngenomföra",
            "2027-03-31",
        ],
        ["Familjebostäder, AB\nStockholmshem", "erfarenheter från", "åtgärderna D1.2", ""],
        True,
        id="names, title and scope go on, the date fitted",
    ),
    pytest.param(
        ["Kulturnämnden,", "Rapporten", "Hela rapporten", "2027-03-31"],
        ["Idrottsnämnden", "", "", ""],
        True,
        id="a list ending in a comma",
    ),
    pytest.param(
        ["Kulturnämnden samt", "Rapporten", "Hela rapporten", "2027-03-31"],
        ["Idrottsnämnden", "", "", ""],
        True,
        id="a list ending in samt",
    ),
    pytest.param(
        ["Trafiknämnden", "Trygga platser -", "Hela rapporten", "2027-03-31"],
        ["", "Analys och förslag", "", ""],
        True,
        id="a title broken after a hyphen used as a dash",
    ),
    pytest.param(
        ["Kulturnämnden", "Rapport A", "Hela rapporten", "2027-03-31"],
        ["Idrottsnämnden", "Rapport B", "åtgärd C3.2, bl.a. om lokaler", "2027-04-30"],
        False,
        id="a new row fills every column",
    ),
    pytest.param(
        ["Kulturnämnden", "Rapport A", "Hela rapporten", "2027-03-31"],
        ["Idrottsnämnden", "Rapport B", "Hela rapporten", ""],
        False,
        id="a new row without a date starts in capitals after finished cells",
    ),
    pytest.param(
        ["Kulturnämnden", "Rapport A", "", "2027-03-31"],
        ["", "", "d.v.s. hela rapporten", ""],
        False,
        id="text in a column left empty above",
    ),
    pytest.param(
        ["Kulturnämnden", "Rapport A", "Hela", "2027-03-31"],
        ["rapporten", "", ""],
        False,
        id="another number of columns",
    ),
]


@pytest.mark.parametrize(("above", "below", "expected"), CARRIED_OVER)
def test_a_row_split_by_a_page_break(above: list[str], below: list[str], expected: bool) -> None:
    from atgard.extract.referrals import carries_over

    assert carries_over(above, below) is expected


def test_a_referral_row_split_by_a_page_break_is_one_referral() -> None:
    found = table_referrals(
        table_row(1, *HEADER),
        table_row(1, "Kulturnämnden,\nidrottsnämnden", "Rapporten", "Hela rapporten", "2027-03-31"),
        table_row(1, "AB Svenska\nBostäder, AB", "Rapporten", "Förutsättningar att\ngenomföra", "2027-03-31"),
        table_row(2, *HEADER),  # the header repeated on the next page
        table_row(2, "Familjebostäder samt\nAB Stockholmshem", "", "åtgärderna D1.2\noch D1.4", ""),
        table_row(2, "Socialnämnden", "Rapporten", "Hela rapporten", "2027-03-31"),
    )
    assert found == [
        (["Kulturnämnden", "Idrottsnämnden"], [], "Rapporten", [1]),
        (["AB Svenska Bostäder", "AB Familjebostäder", "AB Stockholmshem"], ["D1.2", "D1.4"], "Rapporten", [1, 2]),
        (["Socialnämnden"], [], "Rapporten", [2]),
    ]


def test_the_first_row_of_a_page_that_starts_afresh_stays_a_row_of_its_own() -> None:
    # the rows ask for answers by different dates: rows that ask the same are one referral (see below)
    found = table_referrals(
        table_row(1, *HEADER),
        table_row(1, "Kulturnämnden", "Rapporten", "Hela rapporten", "2027-03-31"),
        table_row(2, "Idrottsnämnden", "Rapporten", "Hela rapporten", "2027-04-30"),
    )
    assert [recipients for recipients, *_ in found] == [["Kulturnämnden"], ["Idrottsnämnden"]]


def _lines(block, *lines: str):
    """A paragraph of the given PDF lines (joined by spaces), as the reader gives names set one a line."""
    made = block(" ".join(lines))
    spans, start = [], 0
    for line in lines:
        spans.append(made.lines[0].model_copy(update={"start": start, "end": start + len(line)}))
        start += len(line) + 1
    return made.model_copy(update={"lines": spans})


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Kulturnämnden", "Micasa Fastigheter i", "Stockholm AB", "Kommunstyrelsens pensionärsråd"],
            [
                ("Kulturnämnden", "committee"),
                ("Micasa Fastigheter i Stockholm AB", "company"),
                ("Kommunstyrelsens pensionärsråd", "external"),
            ],
            id="a name broken after 'i' is one name",
        ),
        pytest.param(
            ["Socialnämnden, äldrenämnden", "samt Farsta stadsdelsnämnd"],
            [
                ("Socialnämnden", "committee"),
                ("Äldrenämnden", "committee"),
                ("Farsta stadsdelsnämnd", "district_committee"),
            ],
            id="a line going on in lower case",
        ),
        pytest.param(
            ["Remissen finns även på stadens", "webbplats och kan laddas ned."],
            [],
            id="a sentence is no list of names",
        ),
    ],
)
def test_remissinstanser_one_a_line_under_their_heading(block, lines: list[str], expected: list) -> None:
    analysed = analyse([block("Remissinstanser", "heading", level=2), _lines(block, *lines)], REGISTER)
    found = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [[(r.name, r.kind) for r in referral.recipients] for referral in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rapporten remitteras till samtliga stadsdelsnämnder utom Norrmalms stadsdelsnämnd för yttrande.",
            [("Samtliga stadsdelsnämnder", ["Norrmalms stadsdelsnämnd"])],
            id="utom, the district named in full",
        ),
        pytest.param(
            "Samtliga stadsdelsnämnder förutom Norrmalm och Södermalm ska yttra sig över rapporten.",
            [("Samtliga stadsdelsnämnder", ["Norrmalms stadsdelsnämnd", "Södermalms stadsdelsnämnd"])],
            id="förutom, places coordinated, in the subject",
        ),
        pytest.param(
            "Ärendet har remitterats till samtliga stadsdelsnämnder, med undantag av Farsta stadsdelsnämnd, och till "
            "trafiknämnden.",
            [("Samtliga stadsdelsnämnder", ["Farsta stadsdelsnämnd"]), ("Trafiknämnden", [])],
            id="med undantag av, the list going on",
        ),
        pytest.param(
            "Ärendet har remitterats till samtliga stadsdelsnämnder utom Norrmalm och trafiknämnden.",
            [("Samtliga stadsdelsnämnder", ["Norrmalms stadsdelsnämnd"]), ("Trafiknämnden", [])],
            id="a body that is no member is a recipient",
        ),
        pytest.param(
            "Ärendet har remitterats till trafiknämnden, utom i de delar som rör hamnen.",
            [("Trafiknämnden", [])],
            id="no group, nothing left out",
        ),
    ],
)
def test_members_a_referral_to_a_group_leaves_out(block, text: str, expected: list) -> None:
    analysed = analyse([block(text)], REGISTER)
    (found,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [(r.name, [b.name for b in r.excluding]) for r in found.recipients] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            [
                "Facknämnder:",
                "Kulturnämnden",
                "Stadsdelsnämnder:",
                "Farsta",
                "Skärholmen",
                "Övriga:",
                "Region Stockholm",
            ],
            [
                ("Kulturnämnden", "committee"),
                ("Farsta stadsdelsnämnd", "district_committee"),
                ("Skärholmens stadsdelsnämnd", "district_committee"),
                ("Region Stockholm", "external"),
            ],
            id="labels over the parts, places under the districts' label",
        ),
        pytest.param(
            ["Stadsdelsnämnderna i", "Rinkeby-Kista", "Skärholmen", "Trafiknämnden"],
            [
                ("Rinkeby-Kista stadsdelsnämnd", "district_committee"),
                ("Skärholmens stadsdelsnämnd", "district_committee"),
                ("Trafiknämnden", "committee"),
            ],
            id="a shared head broken after 'i', its places one a line",
        ),
        pytest.param(
            ["Stadsdelsnämnderna", "Bromma", "Farsta"],
            [("Bromma stadsdelsnämnd", "district_committee"), ("Farsta stadsdelsnämnd", "district_committee")],
            id="the group's name over places is their label",
        ),
        pytest.param(
            ["Samtliga stadsdelsnämnder", "Trafiknämnden"],
            [("Samtliga stadsdelsnämnder", "group"), ("Trafiknämnden", "committee")],
            id="the group without places is the group",
        ),
    ],
)
def test_remissinstanser_in_labelled_parts(block, lines: list[str], expected: list) -> None:
    analysed = analyse([block("Remissinstanser", "heading", level=2), _lines(block, *lines)], REGISTER)
    (found,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [(r.name, r.kind) for r in found.recipients] == expected


def test_a_table_of_recipients_and_their_dates_alone(block) -> None:
    """ "Remissinstans | Sista svarsdag": each row a referral of the document's report, due by its date."""
    from atgard.extract.dates import with_reply_dates
    from atgard.schema import TableCell

    def row(*texts: str):
        made = block(" | ".join(texts), "table_row")
        cells = [TableCell(text=text, bbox=made.boxes[0].bbox) for text in texts]
        return made.model_copy(update={"cells": cells})

    analysed = analyse(
        [
            block("Remiss av *Trygga parker*", "heading", level=1),
            row("Remissinstans", "Sista svarsdag"),
            row("Trafiknämnden", "2026-04-30"),
            row("Skärholmens stadsdelsnämnd", "2026-05-15"),
        ],
        REGISTER,
    )
    found = with_reply_dates(extract_referrals(analysed, extract_reports(analysed), REGISTER), analysed)
    assert [([r.name for r in x.recipients], x.report_title, x.reply_by) for x in found] == [
        (["Trafiknämnden"], "Trygga parker", "2026-04-30"),
        (["Skärholmens stadsdelsnämnd"], "Trygga parker", "2026-05-15"),
    ]
