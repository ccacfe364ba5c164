"""The document family's shapes, as tables of Swedish text and what each must give.

Written for the family, not for a devset file: inflected and coordinated names,
lists with "och" and "samt", "-" and "–", abbreviations, names broken over lines.
"""

from __future__ import annotations

import pytest

from atgard.extract.addressee import address_block
from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures
from atgard.extract.decisions import extract_decision
from atgard.extract.header import written_date
from atgard.extract.home import home_municipality
from atgard.extract.measures import extract_prose_measures
from atgard.extract.mentions import board_spans
from atgard.extract.nlp import swedish_pipeline
from atgard.extract.referrals import extract_referrals
from atgard.extract.reports import extract_reports
from atgard.extract.signatories import signatories
from atgard.schema import BBox, Block, PageBox, TableCell

REGISTER = load_register()


def points(block, *blocks, addressee="Kommunstyrelsen"):
    found = extract_decision(analyse(list(blocks), REGISTER), "Stadsledningskontoret", addressee, REGISTER)
    return [(p.decided_by or found.decided_by, p.text) for p in found.points]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        pytest.param(
            [
                ("Kommunstyrelsen föreslår att kommunfullmäktige fattar följande beslut:", "paragraph", None),
                ("Planen antas.", "list_item", "1."),
                (
                    "Kommunstyrelsen beslutar, under förutsättning att kommunfullmäktige beslutar enligt ovan, "
                    "följande.",
                ),
                ("Uppföljningen sker årligen.", "list_item", "1."),
                ("Föredragande borgarrådet Anna Berg anför följande.",),
                ("Ärendet", "heading", None),
                ("Kommunstyrelsen beslutar följande.",),
            ],
            [("Kommunfullmäktige", "Planen antas."), ("Kommunstyrelsen", "Uppföljningen sker årligen.")],
            id="utlåtande: two bodies without a heading, a clause, the speaker ends the zone",
        ),
        pytest.param(
            [
                ("Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.",),
                ("Som svar på remissen hänvisas till vad som sägs i promemorian.",),
                ("Föredragande borgarrådet Olle Holm anför följande.",),
                ("Staden bör bl.a. se över sina rutiner.",),
            ],
            [("Kommunstyrelsen", "Som svar på remissen hänvisas till vad som sägs i promemorian.")],
            id="PM: a point as a plain paragraph",
        ),
        pytest.param(
            [
                ("Kommunstyrelsen föreslår kommunfullmäktige att besluta följande",),
                ("Villkoren ändras enligt följande.", "list_item", "2."),
                ("2.1 Kapitalet utökas med 50 mnkr.",),
                ("2.2 Återföringen sker inom fem år.", "list_item", None),
                ("Reservation", "heading", None),
                ("Kommunstyrelsen föreslår att kommunfullmäktige beslutar att avslå förslaget.",),
                ("att därutöver anföra",),
            ],
            [
                (
                    "Kommunfullmäktige",
                    "Villkoren ändras enligt följande. 2.1 Kapitalet utökas med 50 mnkr. "
                    "2.2 Återföringen sker inom fem år.",
                )
            ],
            id="sub-points stay with their point; a reservation holds no points",
        ),
        pytest.param(
            [
                ("Förslag till beslut", "heading", None),
                ("Styrelsen för AB Svenska Bostäder beslutar att överlämna yttrandet till kommunstyrelsen.",),
                ("Bakgrund", "heading", None),
                ("Förvaltningen föreslår att nämnden beslutar följande:",),
                ("Nämnden ställer sig bakom förslaget.", "list_item", "1."),
            ],
            [
                (
                    "AB Svenska Bostäder",
                    "Styrelsen för AB Svenska Bostäder beslutar att överlämna yttrandet till kommunstyrelsen.",
                )
            ],
            id="a lead-in with its own att-clause; a restatement outside the decision heading is not read again",
        ),
        pytest.param(
            [
                ("Förslag till beslut", "heading", None),
                ("I stadsdelsnämnden Västra Hisingen:",),
                ("Nämnden tillstyrker programmet.", "list_item", "1."),
            ],
            [("Stadsdelsnämnden Västra Hisingen", "Nämnden tillstyrker programmet.")],
            id="another municipality's lead-in 'I stadsdelsnämnden X:'",
        ),
        pytest.param(
            [
                ("§ 14 Program för samverkan", "heading", None),
                ("Kommunfullmäktige beslutade utan omröstning enligt kommunstyrelsens förslag.",),
                ("Beslut", "heading", None),
                ("Programmet antas.", "list_item", "1."),
                ("Särskilt uttalande", "heading", None),
                ("Vi ser positivt på programmet.",),
            ],
            [("Kommunfullmäktige", "Programmet antas.")],
            id="protocol: the Beslut of a paragraf, by the protocol's body",
        ),
        pytest.param(
            [("Kommunstyrelsen föreslås besluta att uppmana samtliga nämnder att inkomma med yttrande.",)],
            [
                (
                    "Kommunstyrelsen",
                    "Kommunstyrelsen föreslås besluta att uppmana samtliga nämnder att inkomma med yttrande.",
                )
            ],
            id="passive 'föreslås besluta att'",
        ),
        pytest.param(
            [("Kommunstyrelsen beslutar om finansiering efter beredning.",), ("Detta är text.",)],
            [],
            id="'beslutar' in running text opens nothing",
        ),
    ],
)
def test_decision_shapes(block, blocks, expected) -> None:
    made = [block(text, *rest) for text, *rest in blocks]  # (text[, kind, marker])
    assert points(block, *made, addressee="Kommunfullmäktige") == expected


def recipients(block, text: str) -> list[tuple[str, str]]:
    analysed = analyse([block(text)], REGISTER)
    found = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    return [(x.name, x.kind) for referral in found for x in referral.recipients]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ärendet har remitterats till stadsdelsnämnderna i Rinkeby-Kista, Skärholmen och Farsta.",
            [
                ("Rinkeby-Kista stadsdelsnämnd", "district_committee"),
                ("Skärholmens stadsdelsnämnd", "district_committee"),
                ("Farsta stadsdelsnämnd", "district_committee"),
            ],
        ),
        (
            "Ärendet har remitterats till Spånga-Tensta och Skärholmens stadsdelsnämnder samt idrottsnämnden.",
            [
                ("Spånga-Tensta stadsdelsnämnd", "district_committee"),
                ("Skärholmens stadsdelsnämnd", "district_committee"),
                ("Idrottsnämnden", "committee"),
            ],
        ),
        (
            "Motionen har remitterats till trafiknämnden, Rådet till skydd för Stockholms skönhet, "
            "Sveriges Kommuner och Landsting samt AB Storstockholms Lokaltrafik.",
            [
                ("Trafiknämnden", "committee"),
                ("Rådet till skydd för Stockholms skönhet", "external"),
                ("Sveriges Kommuner och Landsting", "external"),
                ("AB Storstockholms Lokaltrafik", "external"),
            ],
        ),
        (
            "Remissen har skickats till Hyresgästföreningen, Fastighetsägarna Stockholm och Svensk Handel "
            "Stockholm samt Nordiska Bostäder och Lokaler AB.",
            [
                ("Hyresgästföreningen Region Stockholm", "external"),
                ("Fastighetsägarna Stockholm", "external"),
                ("Svensk Handel Stockholm", "external"),
                ("Nordiska Bostäder och Lokaler AB", "unknown"),  # a company outside the register
            ],
        ),
        (
            "Ärendet har remitterats internt till barn- och utbildningsnämnden, omsorgsnämnden och tekniska nämnden.",
            [
                ("Barn- och utbildningsnämnden", "unknown"),
                ("Omsorgsnämnden", "unknown"),
                ("Tekniska nämnden", "unknown"),
            ],
        ),
        (
            "Remissen har skickats till samtliga stadsdelsnämnder, social resursnämnd och Göteborgs Stadshus AB.",
            [
                ("Samtliga stadsdelsnämnder", "group"),
                ("Social resursnämnd", "unknown"),
                ("Göteborgs Stadshus AB", "external"),
            ],
        ),
        (
            "Kommunstyrelsen föreslås besluta att uppmana samtliga nämnder att inkomma med yttrande senast den 1 mars.",
            [("Samtliga nämnder", "group")],
        ),
        (
            "Stadskontoret föreslår därför att kulturnämnden och fritidsnämnden ges tillfälle att yttra sig.",
            [("Kulturnämnden", "committee"), ("Fritidsnämnden", "unknown")],
        ),
        ("De som ska redovisa förutsättningar för att genomföra en åtgärd behöver ange resurser.", []),
        ("Enligt remissen ska trafiknämnden redovisa sina förutsättningar för att genomföra åtgärderna.", []),
    ],
)
def test_recipient_shapes(block, text: str, expected: list[tuple[str, str]]) -> None:
    assert recipients(block, text) == expected


@pytest.mark.parametrize(
    ("text", "codes", "action"),
    [
        (
            "Rapporten remitteras till socialnämnden för yttrande över åtgärderna A1.4.1–A1.4.3.",
            ["A1.4.1", "A1.4.2", "A1.4.3"],
            "opinion",
        ),
        (
            "Rapporten remitteras till socialnämnden för yttrande över åtgärderna A1.4.1 - A1.4.3.",
            ["A1.4.1", "A1.4.2", "A1.4.3"],
            "opinion",
        ),
        (
            "Rapporten remitteras till socialnämnden för yttrande över åtgärderna A1.4.1 t.o.m. A1.4.3.",
            ["A1.4.1", "A1.4.2", "A1.4.3"],
            "opinion",
        ),
        (
            "Rapporten remitteras till socialnämnden för yttrande över åtgärderna A1.4.1 till A1.4.3.",
            ["A1.4.1", "A1.4.2", "A1.4.3"],
            "opinion",
        ),
        (
            "Kulturnämnden ska redovisa hur åtgärderna 2.1 till 2.3 kan genomföras.",
            ["2.1", "2.2", "2.3"],
            "implementation",
        ),
        ("Samtliga stadsdelsnämnder ska redovisa hur åtgärd B2.1.1 kan genomföras.", ["B2.1.1"], "implementation"),
    ],
)
def test_code_ranges_and_implementation(block, text: str, codes: list[str], action: str) -> None:
    analysed = analyse([block(text)], REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert (referral.measure_codes, referral.action) == (codes, action)


def row(*cells: str, page: int = 1) -> Block:
    """A table row as the reader gives it: one cell a column, its lines joined by "\\n"."""
    box = BBox(x0=70, top=100, x1=520, bottom=130)
    cells_ = [TableCell(text=cell, bbox=box) for cell in cells]
    return Block(
        kind="table_row", text=" | ".join(cells), page=page, boxes=[PageBox(page=page, bbox=box)], cells=cells_
    )


def test_referral_table_with_words_broken_in_narrow_cells(block) -> None:
    analysed = analyse(
        [
            row("Remissinstans", "Rapport", "Synpunkter på", "Svar senast"),
            row("Samtliga\nstadsdelsnämnder", "Rapporten", "Hela rapporten, i\nförsta hand", "2017-09-30"),
            row(
                "Trafiknämnden,\nexploateringsnämn\nden",
                "Rapporten",
                "Förutsättningar att\ngenomföra\nåtgärderna C1.1–\nC1.3",
                "2017-09-30",
            ),
        ],
        REGISTER,
    )
    found = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [(r.action, r.priority, r.measure_codes, [x.name for x in r.recipients]) for r in found] == [
        ("opinion", "primary", [], ["Samtliga stadsdelsnämnder"]),
        ("implementation", None, ["C1.1", "C1.2", "C1.3"], ["Trafiknämnden", "Exploateringsnämnden"]),
    ]


@pytest.mark.parametrize(
    ("lead", "action"),
    [
        (
            "Remissinstanserna ombeds redovisa sina förutsättningar att genomföra åtgärderna i tabellen.",
            "implementation",
        ),
        ("Rapporten remitteras enligt tabellen nedan.", "opinion"),
    ],
)
def test_referral_table_with_measure_numbers_under_the_heading_that_remits(block, lead: str, action: str) -> None:
    """Numbers under "Åtgärder" are measures; the report is the heading's, what to do the lead's."""
    analysed = analyse(
        [
            block("Remittering av rapporten *Unga vuxnas väg till egen bostad*", "heading", level=1),
            block(lead),
            row("Remissinstans", "Åtgärder", "Svar senast"),
            row("Socialnämnden", "1, 2 och 4", "2025-09-30"),
            row("AB Familjebostäder och\nAB Stockholmshem", "5–7", "2025-10-15"),
        ],
        REGISTER,
    )
    found = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [(r.report_title, r.action, r.measure_codes, [x.name for x in r.recipients]) for r in found] == [
        ("Unga vuxnas väg till egen bostad", action, ["1", "2", "4"], ["Socialnämnden"]),
        ("Unga vuxnas väg till egen bostad", action, ["5", "6", "7"], ["AB Familjebostäder", "AB Stockholmshem"]),
    ]


@pytest.mark.parametrize(
    ("texts", "titles"),
    [
        (
            ["Bolaget har beretts tillfälle att yttra sig över rapporten ”Trygg i hela staden” från kommissionen."],
            ["Trygg i hela staden"],
        ),
        (
            ["Kommunstyrelsen har remitterat rapporten Trygg i hela staden från Kommissionen till trafiknämnden."],
            ["Trygg i hela staden"],
        ),
        (
            ["Kommunstyrelsen har skickat förslaget till *Stadens program för trygghet 2019–2026* på remiss."],
            ["Stadens program för trygghet 2019–2026"],
        ),
    ],
)
def test_report_titles_in_plain_type_and_in_context(block, texts: list[str], titles: list[str]) -> None:
    assert [r.title for r in extract_reports(analyse([block(t) for t in texts], REGISTER)).refs] == titles


@pytest.mark.parametrize(
    ("heading", "titles"),
    [
        ("Remissvar – Trygg i hela staden", ["Trygg i hela staden"]),
        ("Svar på remiss: Trygg i hela staden", ["Trygg i hela staden"]),
        ("Yttrande angående rapporten Trygg i hela staden", ["Trygg i hela staden"]),
        ("Yttrande över remiss av betänkandet Ett gemensamt ansvar (SOU 2026:12)", ["Ett gemensamt ansvar"]),
        ("Yttrande – motion om fler bibliotek", []),
        ("Remissvar: Kommunstyrelsens förslag till budget", []),
        ("Yttrande över remiss av förslag till klimatanpassningsplan 2025–2030", ["Klimatanpassningsplan 2025–2030"]),
        ("Svar på remiss av förslaget till Stockholms stads kulturprogram", ["Stockholms stads kulturprogram"]),
        ("Yttrande över förslag till reviderade riktlinjer för hemtjänst", ["Riktlinjer för hemtjänst"]),
        ("Yttrande över förslag till beslut om ny taxa", []),
        ("Trygg i hela staden – svar på remiss från kommunstyrelsen", ["Trygg i hela staden"]),
        ("§ 23 Remittering av rapporten Trygg i hela staden – kommissionens slutrapport", ["Trygg i hela staden"]),
        ("Motion om fler bibliotek – svar på remiss", []),
    ],
)
def test_the_report_an_answer_names_in_its_heading(block, heading: str, titles: list[str]) -> None:
    analysed = analyse(
        [block(heading, "heading", level=1), block("Förvaltningen har tagit del av rapporten.")], REGISTER
    )
    assert [r.title for r in extract_reports(analysed).refs] == titles


def test_beslutsunderlag_lists_reports(block) -> None:
    analysed = analyse(
        [
            block("Beslutsunderlag", "heading", level=2),
            block("G-Tjänsteskrivelse KS 131204 Remittering av slutrapport", "list_item", "-"),
            block("Slutrapport från Kommissionen för ett hållbart Malmö", "list_item", "-"),
        ],
        REGISTER,
    )
    assert [r.title for r in extract_reports(analysed).refs] == ["Slutrapport från Kommissionen för ett hållbart Malmö"]


def test_annexes_named_by_a_series_number_or_dated_memos(block) -> None:
    """An inquiry annexed with its SOU/Ds number is a report of that year, titled without the number; a memo
    annexed with its date is none (the date's year is no report's)."""
    analysed = analyse(
        [
            block("Socialdepartementet har remitterat betänkandet Framtidens socialtjänst (SOU 2025:19) till staden."),
            block("Bilagor", "heading", level=2),
            block("Sammanställning av remissvaren", "list_item", "1."),
            block("Framtidens socialtjänst (SOU 2025:19)", "list_item", "2."),
            block("Ds 2019:21 Ett lagstadgat ansvar för kommunernas trygghetsarbete", "list_item", "3."),
            block("Kommunledningskontorets tjänsteskrivelse den 17 februari 2026", "list_item", "4."),
        ],
        REGISTER,
    )
    assert [(r.title, r.year, r.annex_number) for r in extract_reports(analysed).refs] == [
        ("Framtidens socialtjänst", 2025, 2),
        ("Ett lagstadgat ansvar för kommunernas trygghetsarbete", 2019, 3),
    ]


def test_an_inquirys_proposals_listed_after_its_lead_in(block) -> None:
    analysed = analyse(
        [
            block("Remissen", "heading", level=2),
            block("Utbildningsdepartementet har remitterat betänkandet *Ett sammanhållet ansvar* (SOU 2018:57)."),
            block("Utredningens förslag", "heading", level=2),
            block("Utredningen konstaterar att 13 procent saknar examen."),
            block("Utredningen föreslår bl.a. följande:"),
            block("Aktivitetsansvaret utvidgas till unga upp till 24 år.", "list_item", "-"),
            block("Ett statligt stöd införs från och med 2020.", "list_item", "–"),
            block("Utredningen bedömer att samverkan varierar."),
        ],
        REGISTER,
    )
    found = extract_prose_measures(analysed, extract_reports(analysed))
    assert [(m.report_title, m.text) for m in found] == [
        ("Ett sammanhållet ansvar", "Aktivitetsansvaret utvidgas till unga upp till 24 år."),
        ("Ett sammanhållet ansvar", "Ett statligt stöd införs från och med 2020."),
    ]


def test_the_reports_proposals_where_the_office_speaks(block) -> None:
    analysed = analyse(
        [
            block("Kontorets synpunkter", "heading", level=2),
            block("Kommunstyrelsen har remitterat rapporten *Trygga skolvägar* (2018) till nämnden."),
            block("Rapporten föreslår att hastigheten sänks. Kontoret stödjer förslaget, men åtgärderna bör prövas."),
            block("Vidare rekommenderar rapporten att avlämningsplatser anordnas, d.v.s. en bit från entrén."),
        ],
        REGISTER,
    )
    found = extract_prose_measures(analysed, extract_reports(analysed))
    assert [m.text for m in found] == [
        "Rapporten föreslår att hastigheten sänks.",
        "Vidare rekommenderar rapporten att avlämningsplatser anordnas, d.v.s. en bit från entrén.",
    ]


def test_measures_under_numbered_headings(block) -> None:
    analysed = analyse(
        [
            block("Förslag 1", "heading", level=3),
            block("Vägledningen förstärks för elever som riskerar att inte nå en examen."),
            block("Ansvariga: utbildningsnämnden och arbetsmarknadsnämnden."),
            block("Förslag 2:", "heading", level=3),
            block("Fler feriejobb hos privata arbetsgivare."),
            block("Ansvariga: arbetsmarknadsnämnden samt Stockholm Business Region AB."),
        ],
        REGISTER,
    )
    found = extract_coded_measures(analysed, "Unga i arbete", REGISTER)
    assert [(m.code, m.text, [b.name for b in m.responsible]) for m in found] == [
        (
            "1",
            "Vägledningen förstärks för elever som riskerar att inte nå en examen.",
            ["Utbildningsnämnden", "Arbetsmarknadsnämnden"],
        ),
        ("2", "Fler feriejobb hos privata arbetsgivare.", ["Arbetsmarknadsnämnden", "Stockholm Business Region AB"]),
    ]


def test_a_coded_heading_is_a_measure_when_its_responsible_follow_else_a_group(block) -> None:
    analysed = analyse(
        [
            block("B2 Trygga offentliga rum", "heading", level=2),
            block("Kommissionen har följande förslag."),
            block("B2.1 Bättre belysning", "heading", level=3),
            block("Belysningen i parker och på torg ses över."),
            block("Ansvar: trafiknämnden."),
            block("B2.2 Trygga bostadsområden", "heading", level=3),
            block("B2.2.1 Tryggheten beaktas tidigt i planeringen. Ansvar: stadsbyggnadsnämnden."),
        ],
        REGISTER,
    )
    found = extract_coded_measures(analysed, "Trygg i hela staden", REGISTER)
    assert [(m.code, m.group_code, m.group_title, m.text, [b.name for b in m.responsible]) for m in found] == [
        (
            "B2.1",
            "B2",
            "Trygga offentliga rum",
            "Bättre belysning Belysningen i parker och på torg ses över.",
            ["Trafiknämnden"],
        ),
        (
            "B2.2.1",
            "B2.2",
            "Trygga bostadsområden",
            "Tryggheten beaktas tidigt i planeringen.",
            ["Stadsbyggnadsnämnden"],
        ),
    ]


def test_measures_as_numbered_paragraphs_with_their_responsible_after_or_inside(block) -> None:
    analysed = analyse(
        [
            block("Område 1: Tidiga insatser", "heading", level=3),
            block("Åtgärd 1.1 Stadens familjecentraler byggs ut."),
            block("Ansvarig: stadsdelsnämnderna och socialnämnden."),
            block("Åtgärd 1.2 Hembesöken utvidgas till hela staden. Ansvarig: socialnämnden samt SISAB."),
            block("Åtgärd 1.2 innebär att fler familjer nås."),
        ],
        REGISTER,
    )
    found = extract_coded_measures(analysed, "Jämlik hälsa", REGISTER)
    assert [(m.code, m.text, [b.name for b in m.responsible]) for m in found] == [
        ("1.1", "Stadens familjecentraler byggs ut.", ["Samtliga stadsdelsnämnder", "Socialnämnden"]),
        ("1.2", "Hembesöken utvidgas till hela staden.", ["Socialnämnden", "Skolfastigheter i Stockholm AB"]),
    ]


def test_signatures_on_lines_of_their_own_and_names_over_titles(block) -> None:
    blocks = [
        block("Vällingby den 8 mars 2018"),
        block("Helena Forsberg"),
        block("Verkställande direktör"),
        row("Karin Ölund", "Johan Ström", "Maria Pettersson"),
        row("Ordförande", "Justerare", "Justerare"),
        row("AB Svenska\nBostäder, AB", "Rapporten"),
    ]
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == [
        ("Helena Forsberg", "Verkställande direktör"),
        ("Karin Ölund", "Ordförande"),
        ("Johan Ström", "Justerare"),
        ("Maria Pettersson", "Justerare"),
    ]


def test_a_signature_cut_by_a_page_break_keeps_its_title(block) -> None:
    """Names at the foot of a page, their titles at the top of the next: one signature each, boxed on both pages."""
    blocks = [
        block("Vid protokollet"),
        block("Sofia Ek"),
        block("Nämndsekreterare"),
        block("Justerat"),
        row("Anders Lind", "Maria Holm"),
        row("Ordförande", "Justerare", page=2),
    ]
    found = signatories(analyse(blocks, REGISTER))
    assert [(s.name, s.title, [box.page for box in s.boxes]) for s in found] == [
        ("Sofia Ek", "Nämndsekreterare", [1]),
        ("Anders Lind", "Ordförande", [1, 2]),
        ("Maria Holm", "Justerare", [1, 2]),
    ]
    across = [block("Lena Berg"), block("Förvaltningschef", page=2)]
    assert [(s.name, s.page) for s in signatories(analyse(across, REGISTER))] == [("Lena Berg", 1)]
    apart = [row("Anders Lind", "Maria Holm"), row("Ordförande", "Justerare", page=3)]
    assert signatories(analyse(apart, REGISTER)) == []  # not the page after: not one signature


def test_header_shapes_of_letters_and_other_municipalities(block) -> None:
    assert (
        address_block([block("Kommunstyrelsen"), block("Stockholms stad"), block("105 35 Stockholm")])
        == "Kommunstyrelsen"
    )
    assert written_date([block("Utfärdat 2019-03-12")]) == "2019-03-12"
    assert home_municipality(["Box 5043, 418 05 Göteborg", "goteborg.se"]) == "Göteborg"
    assert home_municipality(["Postadress: Uppsala kommun, kulturnämnden"]) == "Uppsala"
    assert home_municipality(["Lilla Edets kommun", "Kommunstyrelsen"]) == "Lilla Edet"
    assert home_municipality(["Upplands Väsby kommun", "Postadress Box 1, 194 80 Upplands Väsby"]) == "Upplands Väsby"
    assert home_municipality(["Postadress Malmö stad", "205 80 Malmö"]) == "Malmö"
    assert home_municipality(["Stadsledningskontoret", "start.stockholm"]) is None


@pytest.mark.parametrize(
    ("lines", "home"),
    [
        (["Region Blekinge", "Regionstyrelsen   PROTOKOLLSUTDRAG"], "Region Blekinge"),
        (
            ["Regionstyrelsen   YTTRANDE", "Sida 1 (2)", "Region Västra Götaland, 405 44 Göteborg"],
            "Region Västra Götaland",
        ),
        (
            ["Hälso- och sjukvårdsnämnden", "Jämtlands läns landsting, Box 602, 832 23 Östersund"],
            "Jämtlands läns landsting",
        ),
        # a region named in a Stockholm document's letterhead, not heading it: the city's
        (["Trafikkontoret", "Yttrande", "Region Stockholm"], None),
        (["Stadsledningskontoret", "Till Region Stockholm, trafikförvaltningen"], None),
    ],
)
def test_a_region_heading_its_letterhead_is_the_documents_home(lines: list[str], home: str | None) -> None:
    """A region's boards ("trafiknämnden", "kultur- och bildningsnämnden") are its own, not Stockholm's."""
    assert home_municipality(lines) == home


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("stadsdelsnämnden i Skärholmen", [("Skärholmens stadsdelsnämnd", "district_committee")]),
        (
            "Skärholmens och Farsta stadsdelsnämnder",
            [("Skärholmens stadsdelsnämnd", "district_committee"), ("Farsta stadsdelsnämnd", "district_committee")],
        ),
        ("miljö- och hälsoskyddsnämnden", [("Miljö- och hälsoskyddsnämnden", "committee")]),
        ("barn- och utbildningsnämnden", [("Barn- och utbildningsnämnden", "unknown")]),
        ("Göteborgs Stadshus AB", [("Göteborgs Stadshus AB", "external")]),
        ("Stockholmshem AB:s styrelse", [("AB Stockholmshem", "company")]),
        ("Länsstyrelsen i Uppsala län", [("Länsstyrelsen i Uppsala län", "external")]),
        ("kulturnämnden i Malmö", [("Kulturnämnden i Malmö", "external")]),
        ("kulturnämnden i Stockholm", [("Kulturnämnden", "committee")]),
        (
            "Familjebostäder AB och SISAB:s",
            [("AB Familjebostäder", "company"), ("Skolfastigheter i Stockholm AB", "company")],
        ),
        ("Stockholms Stadshus AB", [("Stockholms Stadshus AB", "company")]),
    ],
)
def test_board_name_shapes(text: str, spans: list[tuple[str, str]]) -> None:
    assert [(s.name, s.kind) for s in board_spans(swedish_pipeline(REGISTER)(text), REGISTER)] == spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vid protokollet Maria Sund sekreterare", [("Maria Sund", "sekreterare")]),
        ("Vid protokollet: Maria af Sandeberg, nämndsekreterare", [("Maria af Sandeberg", "nämndsekreterare")]),
        ("Justeras Lars Nilsson", [("Lars Nilsson", None)]),
        ("Justeras: Lars Nilsson ordförande", [("Lars Nilsson", "ordförande")]),
        ("Vid protokollet fördes anteckningar av sekreteraren.", []),
        ("Justeras Lars Nilsson och Anna Lind efter sammanträdet", []),
    ],
)
def test_a_protocols_signing_formula_before_one_name(block, text: str, expected: list) -> None:
    assert [(s.name, s.title) for s in signatories(analyse([block(text)], REGISTER))] == expected
