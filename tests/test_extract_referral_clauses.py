"""Referral clauses whatever their verb, voice and word order, and what each clause is: tables of Swedish variants.

The sentences are written for these tests (none is a devset text): other verbs, tenses, word orders, places and
bodies than the ones the rules were first shown.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.referrals.clauses import find_clauses
from atgard.extract.referrals.judge import judge
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def found(block, *texts: str, **blocks) -> list[tuple[list[str], str, list[str], str | None]]:
    analysed = analyse([block(text) for text in texts], REGISTER)
    return [
        (
            [r.name for r in f.referral.recipients],
            f.referral.action,
            f.referral.measure_codes,
            f.referral.priority,
        )
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


REQUESTS = [
    # the active voice, the list before or after the verb
    (
        "Kommunstyrelsen har remitterat förslaget till socialnämnden, äldrenämnden och Farsta stadsdelsnämnd.",
        ["Socialnämnden", "Äldrenämnden", "Farsta stadsdelsnämnd"],
    ),
    (
        "Kommunstyrelsen har till kulturnämnden och idrottsnämnden remitterat programmet.",
        ["Kulturnämnden", "Idrottsnämnden"],
    ),
    (
        "Till trafiknämnden och stadsbyggnadsnämnden remitteras förslaget för yttrande.",
        ["Trafiknämnden", "Stadsbyggnadsnämnden"],
    ),
    (
        "Kommunstyrelsen har till stadsdelsnämnderna i Bromma, Älvsjö och Skarpnäck remitterat förslaget till "
        "*Plan för lekplatser 2027–2030*.",
        ["Bromma stadsdelsnämnd", "Älvsjö stadsdelsnämnd", "Skarpnäcks stadsdelsnämnd"],
    ),
    (
        "Kommunstyrelsen beslutade att remittera motionen till tekniska nämnden och kultur- och fritidsnämnden.",
        ["Tekniska nämnden", "Kultur- och fritidsnämnden"],
    ),
    # the passive, with an agent, compounds of the verb, other sending verbs
    (
        "Förslaget har av kommunstyrelsen översänts till Bromma och Kungsholmens stadsdelsnämnder för synpunkter.",
        ["Bromma stadsdelsnämnd", "Kungsholmens stadsdelsnämnd"],
    ),
    (
        "Planen har internremitterats till miljö- och hälsoskyddsnämnden samt exploateringsnämnden.",
        ["Miljö- och hälsoskyddsnämnden", "Exploateringsnämnden"],
    ),
    (
        "Remissen underremitteras till dotterbolagen AB Familjebostäder, AB Stockholmshem och AB Svenska Bostäder.",
        ["AB Familjebostäder", "AB Stockholmshem", "AB Svenska Bostäder"],
    ),
    (
        "Programmet sändes på remiss till Skärholmens stadsdelsnämnd, vilken har yttrat sig.",
        ["Skärholmens stadsdelsnämnd"],
    ),
    (
        "Handlingsplanen har av stadsdelsnämnden skickats på remiss till pensionärsrådet och funktionshinderrådet.",
        ["Pensionärsrådet", "Funktionshinderrådet"],
    ),
    (
        "Remiss av planen har skett till Stockholms läns landsting och Trafikverket.",
        ["Region Stockholm", "Trafikverket"],
    ),
    # a relative clause's own referral: an under-referral
    (
        "Stadsbyggnadsnämnden, som har fått ärendet på remiss, har i sin tur underremitterat det till Norrmalms "
        "stadsdelsnämnd.",
        ["Norrmalms stadsdelsnämnd"],
    ),
    (
        "Motionen har remitterats till kulturnämnden och Stockholms Stadshus AB, som har underremitterat den till "
        "Stockholm Parkering AB, samt till Region Stockholm.",
        ["Kulturnämnden", "Stockholms Stadshus AB", "Stockholm Parkering AB", "Region Stockholm"],
    ),
    # a description, then the bodies after "dvs."
    (
        "Förslaget remitteras till de nämnder som berörs, dvs. trafiknämnden och kulturnämnden.",
        ["Trafiknämnden", "Kulturnämnden"],
    ),
    (
        "Ärendet remitteras till de stadsdelsnämnder som har flest förskolor, d.v.s. stadsdelsnämnderna i Skärholmen "
        "och Rinkeby-Kista.",
        ["Skärholmens stadsdelsnämnd", "Rinkeby-Kista stadsdelsnämnd"],
    ),
    # asked: the subject, inverted after an adverb, or the object of an active verb
    ("Kulturnämnden anmodades att yttra sig över programmet.", ["Kulturnämnden"]),
    (
        "Samtliga nämnder och bolagsstyrelser har getts tillfälle att lämna synpunkter på förslaget.",
        ["Samtliga nämnder och bolagsstyrelser"],
    ),
    ("Därtill har Länsstyrelsen i Stockholms län beretts tillfälle att yttra sig.", ["Länsstyrelsen i Stockholms län"]),
    (
        "Kommunstyrelsen beslutar att ge socialnämnden och äldrenämnden tillfälle att yttra sig över förslaget.",
        ["Socialnämnden", "Äldrenämnden"],
    ),
    ("Stadsledningskontoret bjuder härmed in kulturnämnden att lämna synpunkter på förslaget.", ["Kulturnämnden"]),
    ("Utbildningsnämnden ges i uppdrag att yttra sig över förslaget senast den 3 maj 2027.", ["Utbildningsnämnden"]),
    (
        "Följande nämnder ges tillfälle att yttra sig: kulturnämnden och idrottsnämnden.",
        ["Kulturnämnden", "Idrottsnämnden"],
    ),
    # from whom, by whom
    (
        "Synpunkter på förslaget har inhämtats från Stockholms universitet och Södertörns högskola.",
        ["Stockholms universitet", "Södertörns högskola"],
    ),
    (
        "Yttrande ska lämnas av Rinkeby-Kista och Spånga-Tensta stadsdelsnämnder.",
        ["Rinkeby-Kista stadsdelsnämnd", "Spånga-Tensta stadsdelsnämnd"],
    ),
    # the noun "remissinstanser"
    (
        "Remissinstanser: Boverket, Länsstyrelsen i Uppsala län, Uppsala kommun och Region Uppsala.",
        ["Boverket", "Länsstyrelsen i Uppsala län", "Uppsala kommun", "Region Uppsala"],
    ),
    (
        "Remissinstanser som har yttrat sig: Boverket, Trafikverket och Region Skåne.",
        ["Boverket", "Trafikverket", "Region Skåne"],
    ),
    (
        "Förslaget har remitterats till följande remissinstanser: Myndigheten för vård- och omsorgsanalys, "
        "Inspektionen för vård och omsorg, Sveriges Kommuner och Regioner och Svenska kyrkan.",
        [
            "Myndigheten för vård- och omsorgsanalys",
            "Inspektionen för vård och omsorg",
            "Sveriges Kommuner och Regioner",
            "Svenska kyrkan",
        ],
    ),
    # other municipalities' boards, by their shape
    (
        "Motionen remitteras till nämnden för Kultur & Fritid och nämnden för Vård & Omsorg för yttrande.",
        ["Nämnden för Kultur & Fritid", "Nämnden för Vård & Omsorg"],
    ),
    (
        "Förslaget har skickats på remiss till Stadsdelsnämnden Centrum och nämnden för konsument- och "
        "medborgarservice.",
        ["Stadsdelsnämnden Centrum", "Nämnden för konsument- och medborgarservice"],
    ),
    # earlier years' boards
    (
        "Socialtjänstnämnden och Maria-Gamla stans stadsdelsnämnd har fått ärendet på remiss.",
        ["Socialtjänstnämnden", "Maria-Gamla stans stadsdelsnämnd"],
    ),
    (
        "Stadsdelsnämnden i Kista och Vällingby stadsdelsnämnd har beretts tillfälle att yttra sig.",
        ["Kista stadsdelsnämnd", "Vällingby stadsdelsnämnd"],
    ),
]


@pytest.mark.parametrize(("text", "recipients"), REQUESTS, ids=[t[:60] for t, _ in REQUESTS])
def test_a_request_whatever_its_verb_voice_and_word_order(block, text: str, recipients: list[str]) -> None:
    (referral,) = found(block, text)
    assert referral[0] == recipients


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Idrottsnämnden och kulturnämnden ombeds särskilt yttra sig över åtgärderna A1.1–A1.3.",
            (["Idrottsnämnden", "Kulturnämnden"], "opinion", ["A1.1", "A1.2", "A1.3"], None),
        ),
        (
            "AB Svenska Bostäder ska därutöver redovisa sina förutsättningar att genomföra åtgärd C2.1.",
            (["AB Svenska Bostäder"], "implementation", ["C2.1"], None),
        ),
        (
            "Exploateringsnämnden uppmanas att i samråd med trafiknämnden redovisa hur åtgärderna kan genomföras.",
            (["Exploateringsnämnden"], "implementation", [], None),
        ),
        (
            "Som remissinstans föreslås i första hand utbildningsnämnden.",
            (["Utbildningsnämnden"], "opinion", [], "primary"),
        ),
    ],
)
def test_action_codes_and_priority(block, text: str, expected: tuple) -> None:
    assert found(block, text) == [expected]


NOT_REFERRALS = [
    "Kommunstyrelsen uppmanas att beakta synpunkterna i det fortsatta arbetet.",
    "Trafiknämnden får i uppdrag att utreda frågan och redovisa uppdraget till kommunstyrelsen.",
    "Kommunstyrelsen har gett stadsledningskontoret i uppdrag att ta fram en ny plan.",
    "Kulturnämnden ger förvaltningen i uppdrag att återkomma med en redovisning.",
    "Utredaren ska samråda med Boverket och ge Sveriges Kommuner och Regioner tillfälle att lämna synpunkter.",
    "Yttranden har lämnats av kulturnämnden och idrottsnämnden.",
    "Kulturnämnden har meddelat att den avstår från att yttra sig.",
    "Nämndens yttrande översänds till kommunstyrelsen.",
    "Beslutet skickas till stadsbyggnadsnämnden och trafiknämnden.",
    "Protokollsutdrag expedieras till kommunstyrelsen.",
    "Remissen skickas för kännedom till Stockholms Handelskammare.",
    "Förslaget har även skickats till Stockholms Handelskammare för kännedom.",
    "Nämnden godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen.",
    "Remissvaret skickas i digital form till kommunstyrelsens registratur.",
    "Tidigare har förslaget remitterats till kulturnämnden och idrottsnämnden, som då avstyrkte det.",
    "Ledamoten Anna Berg (V) yrkar att ärendet återremitteras till förvaltningen.",
    "Sofia Ek (MP) yrkade bifall till förslaget med tillägget att även idrottsnämnden ska få tillfälle att yttra sig.",
    "Fakturan skickas till ekonomiavdelningen.",
    "Förvaltningen har skickat ut en enkät till samtliga förskolor i stadsdelsområdet.",
    "Trafikkontoret har bjudit in fastighetsägarna till ett samrådsmöte.",
    "Planförslaget har skickats på samråd till Lantmäteriet och Länsstyrelsen i Stockholms län.",
    "Stadsdelsnämnden har fått 2,5 miljoner kronor för arbetet.",
    "Nämnden bereder ärendet inför beslut i kommunfullmäktige.",
    "Ärendet har beretts i samråd med stadsledningskontoret och trafikkontoret.",
    "Kulturnämnden lämnar följande synpunkter.",
    "I remissen ombeds nämnderna särskilt yttra sig över förslagen i kapitel 5.",
    "Svaren ska ha kommit in till kommunstyrelsen senast den 1 mars 2027.",
    "Samtliga remissinstanser har yttrat sig.",
    "Flera remissinstanser har avstått från att yttra sig.",
    "Trafikkontoret har skickat ut förslaget på remiss till berörda stadsdelsförvaltningar.",
    "Länsstyrelsen har gett kommunerna i länet möjlighet att lämna synpunkter på förslaget.",
    "Förslaget skickades ut på remiss i juni 2024 och remisstiden gick ut den 30 september.",
    "Stadsdelsnämnden godkänner förvaltningens förslag till yttrande och överlämnar det till kommunstyrelsen.",
    "Den som vill lämna synpunkter kan skicka dem till registratorn senast den 1 mars.",
    # the bill sent to Lagrådet for its review of the drafting: no remiss on the matter (RF 8:20-22)
    "Regeringen överlämnar denna remiss till Lagrådet.",
    "Regeringen överlämnar härmed lagrådsremissen till Lagrådet för granskning.",
    "Regeringen har beslutat att inhämta Lagrådets yttrande över förslagen.",
    "Lagrådsremissen har den 3 mars 2026 remitterats till Lagrådet.",
    "Förslagen i lagrådsremissen har granskats av Lagrådet, som lämnade dem utan erinran.",
]


@pytest.mark.parametrize("text", NOT_REFERRALS, ids=[t[:60] for t in NOT_REFERRALS])
def test_what_only_looks_like_a_referral(block, text: str) -> None:
    assert found(block, text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Ärendet har remitterats till A.", [("request", True)]),
        ("Förslaget remitteras till A.", [("request", False)]),
        ("A och B har yttrat sig.", [("answered", True)]),
        ("A har inte svarat på remissen.", [("unanswered", True)]),
        ("C avstår från att yttra sig.", [("declined", False)]),
        (
            "Yttranden har lämnats av A, medan C har meddelat att den avstår från att yttra sig.",
            [("answered", True), ("declined", False)],
        ),
        ("A uppmanas att beakta synpunkterna.", [("instruction", False)]),
        ("Beslutet skickas till A.", [("own_answer", False)]),
        ("Remissen skickas till A för kännedom.", [("information", False)]),
    ],
)
def test_each_clause_is_judged(text: str, kinds: list[tuple[str, bool]]) -> None:
    judged = [judge(clause, text) for clause in find_clauses(text)]
    assert [(j.kind, j.recounted) for j in judged] == kinds


def test_a_referral_recounted_in_a_beredning_with_its_answers(block) -> None:
    """The answers a Beredning recounts tell the status of the referral it recounts; an answer no one asked for
    ("även") adds no recipient."""
    analysed = analyse(
        [
            block("Beredning", "heading", level=2),
            block("Ärendet har remitterats till kulturnämnden, idrottsnämnden och Bromma stadsdelsnämnd."),
            block(
                "Kulturnämnden och idrottsnämnden har yttrat sig. Bromma stadsdelsnämnd avstår från att svara på "
                "remissen. Yttrande har även inkommit från Stockholms Handelskammare."
            ),
        ],
        REGISTER,
    )
    (finding,) = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [r.name for r in finding.referral.recipients] == ["Kulturnämnden", "Idrottsnämnden", "Bromma stadsdelsnämnd"]
    assert finding.recounted
    assert (finding.answered, finding.declined) == (["Kulturnämnden", "Idrottsnämnden"], ["Bromma stadsdelsnämnd"])


def test_answers_for_a_town_asked_are_its_internal_referral(block) -> None:
    """The town was asked and its boards answered: they are the recipients of its internal referral."""
    analysed = analyse(
        [
            block(
                "3. Uppsala kommun har beretts tillfälle att yttra sig över rapporten *Säkrare skolvägar*.", "list_item"
            ),
            block(
                "Yttranden har lämnats av gatu- och samhällsmiljönämnden och utbildningsnämnden, medan "
                "kulturnämnden har meddelat att den avstår från att yttra sig."
            ),
        ],
        REGISTER,
    )
    findings = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [([r.name for r in f.referral.recipients], f.referral.report_title) for f in findings] == [
        (["Uppsala kommun"], "Säkrare skolvägar"),  # the document's own town: dropped as the remiss it answers
        (["Gatu- och samhällsmiljönämnden", "Utbildningsnämnden", "Kulturnämnden"], "Säkrare skolvägar"),
    ]
    assert findings[1].declined == ["Kulturnämnden"]


def test_a_sentence_broken_over_two_blocks_is_read_as_one(block) -> None:
    """A name broken where the reader split the paragraph: "Hässelby-" / "Vällingby stadsdelsnämnd"."""
    found_here = found(
        block,
        "Förslaget har remitterats till trafiknämnden, Hässelby-",
        "Vällingby stadsdelsnämnd och Spånga-Tensta stadsdelsnämnd.",
    )
    assert found_here[0][0] == ["Trafiknämnden", "Hässelby-Vällingby stadsdelsnämnd", "Spånga-Tensta stadsdelsnämnd"]


def test_a_remiss_list_in_columns_joins_the_referral_that_points_to_it(block) -> None:
    from atgard.schema import TableCell

    def row(*texts: str):
        made = block(" | ".join(texts), "table_row")
        return made.model_copy(update={"cells": [TableCell(text=t, bbox=made.boxes[0].bbox) for t in texts]})

    analysed = analyse(
        [
            block("Remiss av *Program för parker 2027*", "heading", level=1),
            block("Programmet remitteras till de nämnder och övriga instanser som anges i sändlistan nedan."),
            block("Sändlista", "heading", level=2),
            row("Stadsdelsnämnder", "Facknämnder", "Övriga remissinstanser"),
            row("Farsta", "Trafiknämnden", "Naturskyddsföreningen i Stockholm"),
            row("Spånga-Tensta", "", "Region Stockholm"),
        ],
        REGISTER,
    )
    (referral,) = [f.referral for f in referral_findings(analysed, extract_reports(analysed), REGISTER)]
    assert [r.name for r in referral.recipients] == [
        "Farsta stadsdelsnämnd",
        "Spånga-Tensta stadsdelsnämnd",
        "Trafiknämnden",
        "Naturskyddsföreningen i Stockholm",
        "Region Stockholm",
    ]
    assert referral.report_title == "Program för parker 2027"


@pytest.mark.parametrize(
    ("texts", "reply_by"),
    [
        (
            [
                "Finansdepartementet har begärt att stadens svar ska ha kommit in senast den 4 maj 2026.",
                "Ärendet har remitterats till kulturnämnden och trafiknämnden.",
                "Nämnderna ombads att lämna sina svar till kommunstyrelsen senast den 20 mars 2026.",
            ],
            "2026-03-20",
        ),
        (
            [
                "Remissen underremitteras till Stockholms Hamn AB och AB Stokab för yttrande.",
                "Dotterbolagens yttranden ska ha kommit in till moderbolaget senast den 14 augusti 2026.",
                "Kommunstyrelsens remisstid går ut den 30 september 2026.",
            ],
            "2026-08-14",
        ),
        (
            [
                "Stadens yttrande ska vara Socialdepartementet tillhanda senast den 2 juni 2026.",
                "Förslaget remitteras till socialnämnden.",
            ],
            "2026-06-02",  # the only date there is
        ),
    ],
)
def test_the_reply_date_is_the_one_addressed_to_the_recipients(block, texts: list[str], reply_by: str) -> None:
    from atgard.extract.dates import with_reply_dates

    analysed = analyse([block(text, page=page) for page, text in enumerate(texts, 1)], REGISTER)
    referrals = [f.referral for f in referral_findings(analysed, extract_reports(analysed), REGISTER)]
    assert [r.reply_by for r in with_reply_dates(referrals, analysed)] == [reply_by]


def test_answers_from_bodies_no_referral_named_are_no_referral(block) -> None:
    """A Beredning whose referral went to boards and to the region: an answer from a body neither named is
    no recipient (a town asked alone is what makes its boards' answers a referral)."""
    analysed = analyse(
        [
            block("Ärendets beredning", "heading", level=2),
            block("Ärendet har remitterats till trafiknämnden och kulturnämnden."),
            block("Region Stockholm har beretts tillfälle att yttra sig."),
            block("Trafiknämnden har yttrat sig. Stadsbyggnadsnämnden har yttrat sig på eget initiativ."),
        ],
        REGISTER,
    )
    findings = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [[r.name for r in f.referral.recipients] for f in findings] == [
        ["Trafiknämnden", "Kulturnämnden"],
        ["Region Stockholm"],
    ]
    assert findings[0].answered == ["Trafiknämnden"] and all(f.recounted for f in findings)


def test_the_remissinstanser_who_answered_listed_as_items(block) -> None:
    """A proposition's appendix: the remissinstanser that answered, one an item; they were the recipients."""
    analysed = analyse(
        [
            block("Förteckning över remissinstanserna", "heading", level=2),
            block("Följande remissinstanser har yttrat sig över promemorian:"),
            block("Boverket", "list_item", marker="•"),
            block("Länsstyrelsen i Gävleborgs län", "list_item", marker="•"),
            block("Region Gävleborg", "list_item", marker="•"),
            block("Hudiksvalls kommun", "list_item", marker="•"),
        ],
        REGISTER,
    )
    (referral,) = [f.referral for f in referral_findings(analysed, extract_reports(analysed), REGISTER)]
    assert [r.name for r in referral.recipients] == [
        "Boverket",
        "Länsstyrelsen i Gävleborgs län",
        "Region Gävleborg",
        "Hudiksvalls kommun",
    ]


@pytest.mark.parametrize(
    ("heading", "sentence", "title"),
    [
        (
            "§ 5 Remiss av förslag till Plan för klimatanpassning i Stockholms stad 2026–2030",
            "Styrelsen beslutade att remissen skickas vidare till Stockholm Avfall AB för yttrande.",
            "Plan för klimatanpassning i Stockholms stad 2026–2030",
        ),
        (
            "§ 14 Remittering av rapporten Trygga skolvägar i Farsta",
            "Nämnden beslutar att ärendet översänds till AB Familjebostäder och trafiknämnden för yttrande.",
            "Trygga skolvägar i Farsta",
        ),
        (
            "§ 8 Remiss av förslag till Riktlinjer för föreningsbidrag",
            "att underremittera remissen till dotterbolaget Stockholmshem Bygg AB med svar senast den 2 juni 2026",
            "Riktlinjer för föreningsbidrag",
        ),
    ],
)
def test_a_protocols_referral_takes_the_report_its_paragraph_heading_names(block, heading, sentence, title) -> None:
    analysed = analyse(
        [
            block("Protokoll från styrelsesammanträde", "heading", level=1),
            block(heading, "heading", level=2),
            block("Förelåg remissen.", "paragraph"),
            block(sentence),
        ],
        REGISTER,
    )
    findings = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [f.referral.report_title for f in findings] == [title]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Styrelsen beslutade att remissen skickas vidare till dotterbolagen Stockholm Vatten VA AB och "
            "Stockholm Avfall AB för yttrande.",
            ["Stockholm Vatten VA AB", "Stockholm Avfall AB"],
        ),
        (
            "att underremittera remissen till dotterbolaget Stockholmshem Bygg AB med svar senast den 2 juni 2026",
            ["Stockholmshem Bygg AB"],
        ),
        (
            "Remissen skickas till dotterföretagen Stockholmshem Bygg AB samt SISAB Energi AB.",
            ["Stockholmshem Bygg AB", "SISAB Energi AB"],
        ),
        (
            "Moderbolaget har underremitterat ärendet till systerbolaget Stockholm Vatten VA AB.",
            ["Stockholm Vatten VA AB"],
        ),
    ],
)
def test_an_under_referral_to_subsidiaries_named_after_their_parent(block, text: str, recipients: list[str]) -> None:
    assert [names for names, *_ in found(block, text)] == [recipients]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # a description the list then spells out, in brackets or after a comma, "d.v.s." / "dvs." / "det vill säga"
        (
            "Förslaget remitteras till de nämnder som ansvarar för unga (d.v.s. individ- och familjenämnden, "
            "grundskolenämnden samt kulturnämnden) och till Bostads AB Mimer.",
            ["Individ- och familjenämnden", "Grundskolenämnden", "Kulturnämnden", "Bostads AB Mimer"],
        ),
        (
            "Planen skickas till berörda bolag, dvs. AB Familjebostäder och Micasa Fastigheter i Stockholm AB, "
            "för yttrande.",
            ["AB Familjebostäder", "Micasa Fastigheter i Stockholm AB"],
        ),
        (
            "Programmet har remitterats till samtliga facknämnder med ansvar för fritid, det vill säga "
            "idrottsnämnden respektive kulturnämnden.",
            ["Idrottsnämnden", "Kulturnämnden"],
        ),
        # an aside in brackets, however deep, is no part of the list; a short form in brackets stays beside its name
        (
            "Rapporten remitteras till idrotts-, fritids- och turismnämnden (som ansvarar för fritidsgårdarna, se "
            "avsnitt 4.3 i programmet (Fritid och mötesplatser)) samt kulturnämnden.",
            ["Idrotts-, fritids- och turismnämnden", "Kulturnämnden"],
        ),
        (
            "Ärendet remitteras till trafiknämnden (i samråd med kulturnämnden) och idrottsnämnden.",
            ["Trafiknämnden", "Idrottsnämnden"],
        ),
        (
            "Förslaget remitteras till Stockholms Stadshus AB (SSAB) och AB Svenska Bostäder.",
            ["Stockholms Stadshus AB", "AB Svenska Bostäder"],
        ),
    ],
)
def test_a_list_with_asides_and_a_description_it_spells_out(block, text: str, recipients: list[str]) -> None:
    assert [names for names, *_ in found(block, text)] == [recipients]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # a relative clause about one body, and the list goes on after it with another "till"
        (
            "Förvaltningen föreslår att förslaget remitteras till stadsbyggnadsnämnden, som förvaltar gator, torg "
            "och parker, till skol- och fritidsnämnden, samt till AB Helsingborgshem, som äger flera bostadsområden.",
            ["Stadsbyggnadsnämnden", "Skol- och fritidsnämnden", "AB Helsingborgshem"],
        ),
        (
            "Programmet skickas till trafiknämnden, vars ansvar gatorna är, och till idrottsnämnden för yttrande.",
            ["Trafiknämnden", "Idrottsnämnden"],
        ),
        (
            "Planen har remitterats till kulturnämnden, vilken förvaltar konstsamlingen, och även till "
            "AB Svenska Bostäder.",
            ["Kulturnämnden", "AB Svenska Bostäder"],
        ),
        # a relative clause that closes the list: the list ends there
        (
            "Förslaget remitteras till AB Familjebostäder, som äger flera av husen där konsten ska placeras.",
            ["AB Familjebostäder"],
        ),
    ],
)
def test_a_relative_clause_inside_a_list_of_recipients(block, text: str, recipients: list[str]) -> None:
    assert [names for names, *_ in found(block, text)] == [recipients]


@pytest.mark.parametrize(
    ("heading", "sentence", "title"),
    [
        (
            "Ärende 6 Förslag till Plan för offentlig konst i Lunds stad 2026–2030 – beslut om remiss",
            "Förvaltningen föreslår att förslaget remitteras till stadsbyggnadsnämnden.",
            "Plan för offentlig konst i Lunds stad 2026–2030",
        ),
        (
            "Punkt 4 Förslag till Handlingsplan mot buller - godkännande av remissversion",
            "Nämnden beslutar att planen skickas till AB Familjebostäder för yttrande.",
            "Handlingsplan mot buller",
        ),
        (
            "§ 12 Program för Kulturhuset 2027 – yttrande",
            "Kontoret föreslår att programmet remitteras till idrottsnämnden.",
            "Program för Kulturhuset 2027",
        ),
    ],
)
def test_an_agenda_items_heading_names_the_report_of_its_referral(block, heading, sentence, title) -> None:
    analysed = analyse(
        [
            block("Kallelse till sammanträde", "heading", level=1),
            block(heading, "heading", level=3),
            block(f"Kontoret har tagit fram ett förslag till {title}."),
            block(sentence),
        ],
        REGISTER,
    )
    findings = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [f.referral.report_title for f in findings] == [title]


@pytest.mark.parametrize(
    ("summary", "answered", "declined", "unanswered"),
    [
        # a main clause after ", och" has its own subject, also after a verb of view
        (
            "Trafiknämnden tillstyrker motionen, och kulturnämnden har inte yttrat sig.",
            ["Trafiknämnden"],
            [],
            ["Kulturnämnden"],
        ),
        (
            "Trafiknämnden ställer sig positiv till förslaget, och idrottsnämnden avstår från att yttra sig.",
            ["Trafiknämnden"],
            ["Idrottsnämnden"],
            [],
        ),
        (
            "Kulturnämnden välkomnade förslaget, och trafiknämnden har avstått från att svara.",
            ["Kulturnämnden"],
            ["Trafiknämnden"],
            [],
        ),
        # "medan" opens a subordinate clause, its negation before the finite verb
        (
            "Trafiknämnden tillstyrker motionen medan kulturnämnden inte har yttrat sig.",
            ["Trafiknämnden"],
            [],
            ["Kulturnämnden"],
        ),
        (
            "Trafiknämnden avstyrkte motionen, medan kulturnämnden och idrottsnämnden inte svarade på remissen.",
            ["Trafiknämnden"],
            [],
            ["Kulturnämnden", "Idrottsnämnden"],
        ),
        (
            "Idrottsnämnden har yttrat sig, medan kulturnämnden ej har lämnat något svar.",
            ["Idrottsnämnden"],
            [],
            ["Kulturnämnden"],
        ),
    ],
)
def test_a_summary_of_answers_read_clause_by_clause(block, summary, answered, declined, unanswered) -> None:
    analysed = analyse(
        [
            block("Beredning", "heading", level=2),
            block("Motionen har remitterats till trafiknämnden, kulturnämnden och idrottsnämnden."),
            block(summary),
        ],
        REGISTER,
    )
    (finding,) = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert (finding.answered, finding.declined, finding.unanswered) == (answered, declined, unanswered)
