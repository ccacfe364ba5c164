"""Answers to referrals and the reports they name, as tables of Swedish text and what each must give.

Written for the family: an agency's or another municipality's remissvar to a ministry, a board's answer in
a protocol's paragraph or an agenda's item, the report named by its own title whatever frames it.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_clauses import decides_answer, gives_answer
from atgard.extract.answer_history import recounted_answers
from atgard.extract.answer_references import in_reply_to
from atgard.extract.answers import AnswerHeader, extract_answers, items
from atgard.extract.boards import load_register
from atgard.extract.reports import extract_reports
from atgard.schema import BBox, Block, LineSpan, PageBox, TableCell
from atgard.schema.contract import Decision, DecisionPoint

REGISTER = load_register()
NO_DECISION = Decision(proposed_by=None, decided_by=None, points=[])


def _row(*cells: str) -> Block:
    """A table row whose cells stand side by side, 150 points apart."""
    boxes = [BBox(x0=70 + 150 * i, top=100, x1=210 + 150 * i, bottom=130) for i in range(len(cells))]
    text = " | ".join(cells)
    box = BBox(x0=70, top=100, x1=70 + 150 * len(cells), bottom=130)
    return Block(
        kind="table_row",
        text=text,
        cells=[TableCell(text=cell, bbox=b) for cell, b in zip(cells, boxes, strict=True)],
        page=1,
        boxes=[PageBox(page=1, bbox=box)],
        lines=[LineSpan(start=0, end=len(text), page=1, bbox=box)],
    )


# --- Reports: the title as the document names the report, without what frames it ---------------------------


@pytest.mark.parametrize(
    ("heading", "titles"),
    [
        (
            "§ 112 Svar på Socialdepartementets remiss av betänkandet Framtidens äldreomsorg (SOU 2026:3)",
            ["Framtidens äldreomsorg"],
        ),
        (
            "Yttrande till Finansdepartementet över promemorian Enklare regler för kommunal upphandling",
            ["Enklare regler för kommunal upphandling"],
        ),
        (
            "Yttrande över Infrastrukturdepartementets promemoria Nya regler för färdtjänst (Ds 2026:4)",
            ["Nya regler för färdtjänst"],
        ),
        ("Remissvar – Kulturdepartementets remiss av betänkandet En ny bibliotekslag", ["En ny bibliotekslag"]),
        (
            "Svar på Region Uppsalas remiss om förslag till regional cykelstrategi 2026-2035",
            ["Regional cykelstrategi 2026-2035"],
        ),
        ("Svar på remissen Tryggare parker och torg (Ds 2026:11)", ["Tryggare parker och torg"]),
        (
            "Svar till kommunstyrelsen på remiss av förslag till Äldreplan för Västerås 2026–2030",
            ["Äldreplan för Västerås 2026–2030"],
        ),
        ("Svar på Kommunstyrelsens remiss om motion om fler bibliotek", []),
        ("Yttrande över Kommunstyrelsens förslag till budget 2027", []),
        # the owner's genitive before its own proposal frames the title too
        (
            "§ 61 Yttrande över Region Skånes förslag till Regional transportinfrastrukturplan 2026–2037",
            ["Regional transportinfrastrukturplan 2026–2037"],
        ),
        (
            "Svar på Länsstyrelsen i Hallands läns förslag till Åtgärdsprogram för havsmiljön",
            ["Åtgärdsprogram för havsmiljön"],
        ),
        ("Remissvar - Trafikverkets förslag till nationell plan för järnvägen", ["Nationell plan för järnvägen"]),
        # an inquiry named by its genre word: "utredningen", "slutbetänkandet", "delbetänkandet"
        (
            "Remissvar över utredningen Stockholm efter tio – utredning om stadens nattliv",
            ["Stockholm efter tio – utredning om stadens nattliv"],
        ),
        ("Yttrande över slutbetänkandet En trygg sjöfart (SOU 2026:4)", ["En trygg sjöfart"]),
        ("Svar på remiss av delbetänkandet Nya vägar till arbete", ["Nya vägar till arbete"]),
        ("Yttrande över utredningen om kommunens nattliv", []),
    ],
)
def test_the_report_a_heading_names_without_its_frame(block, heading: str, titles: list[str]) -> None:
    analysed = analyse(
        [block(heading, "heading", level=2), block("Förvaltningen har tagit del av förslaget.")], REGISTER
    )
    assert [r.title for r in extract_reports(analysed).refs] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Trafikverket har bjudit in kommunen att lämna synpunkter på förslaget till Nationell plan för "
            "transportinfrastrukturen 2026–2037.",
            ["Nationell plan för transportinfrastrukturen 2026–2037"],
        ),
        (
            "Staden har fått tillfälle att yttra sig över Finansdepartementets promemoria Enklare regler för "
            "upphandling (Fi2026/00412).",
            ["Enklare regler för upphandling"],
        ),
        (
            "Stadens yttrande över betänkandet Stärkt skydd för visselblåsare antas och överlämnas till "
            "Justitiedepartementet.",
            ["Stärkt skydd för visselblåsare"],
        ),
        (
            "Uppsala kommun har getts möjlighet att yttra sig över promemorian Ett enklare bostadstillägg och "
            "lämnar följande synpunkter.",
            ["Ett enklare bostadstillägg"],
        ),
        ("Kulturnämnden överlämnar förslaget till Kommunstyrelsen.", []),
        ("Nämnden godkänner förslaget till Västerås stads yttrande över remissen.", []),
    ],
)
def test_a_report_named_in_running_text_ends_where_the_sentence_goes_on(block, text: str, titles: list[str]) -> None:
    assert [r.title for r in extract_reports(analyse([block(text)], REGISTER)).refs] == titles


@pytest.mark.parametrize(
    ("entry", "title", "year"),
    [
        (
            "Förslag till Grönplan för Västerås 2026–2040, remissversion mars 2026",
            "Grönplan för Västerås 2026–2040",
            None,
        ),
        ("Förslag till äldreomsorgsplan 2026–2030 – remissversion", "Äldreomsorgsplan 2026–2030", None),
        ("Betänkandet Framtidens äldreomsorg (SOU 2026:3)", "Framtidens äldreomsorg", 2026),
        (
            "Handlingsplan för fossilfria arbetsmaskiner, daterad 2025-04-02",
            "Handlingsplan för fossilfria arbetsmaskiner",
            None,
        ),
    ],
)
def test_an_annexed_proposal_is_the_report_it_proposes(block, entry: str, title: str, year: int | None) -> None:
    """The annexed proposal and the report the heading names are one report, the version's date no year of it."""
    analysed = analyse(
        [
            block(f"§ 7 Svar på remiss av förslag till {title}", "heading", level=2),
            block("Beslutsunderlag", "heading", level=3),
            block(entry),
        ],
        REGISTER,
    )
    assert [(r.title, r.year, r.annex_number) for r in extract_reports(analysed).refs] == [(title, year, 1)]


@pytest.mark.parametrize(
    ("entry", "report"),
    [
        ("Sammanställning av ungas synpunkter, december 2025", False),
        ("Remissammanställning 2026-03-02", False),
        ("Sändlista 2026", False),
        ("Protokollsutdrag från kulturnämnden 2026-02-11", False),
        ("Inkomna remissvar, mars 2026", False),
        ("Slutrapport från Kommissionen för ett tryggt Västerås, 2025", True),
        ("Handlingsplan för trygga parker 2026", True),
    ],
)
def test_an_annexed_working_paper_dated_is_no_report(block, entry: str, report: bool) -> None:
    """An annex's year makes it a report, unless the annex is the document's own working material."""
    analysed = analyse(
        [
            block("Remiss av förslag till Program för unga", "heading", level=1),
            block("Förslaget remitteras till kulturnämnden."),
            block("Bilagor", "heading", level=2),
            block("Förslag till Program för unga", "list_item", marker="1."),
            block(entry, "list_item", marker="2."),
        ],
        REGISTER,
    )
    titles = [r.title for r in extract_reports(analysed).refs]
    assert (len(titles) == 2) is report, titles


def test_an_agenda_item_names_the_report_it_answers(block) -> None:
    analysed = analyse(
        [
            block("Föredragningslista", "heading", level=1),
            block("Val av justerare", "list_item", "1."),
            block(
                "Svar på remiss av förslag till Handlingsplan för äldres digitala delaktighet 2026–2028",
                "list_item",
                "2.",
            ),
            block("Dnr SN 2026/0311"),
            block("Informationsärenden", "list_item", "3."),
        ],
        REGISTER,
    )
    assert [r.title for r in extract_reports(analysed).refs] == [
        "Handlingsplan för äldres digitala delaktighet 2026–2028"
    ]


# --- The sentence that gives the answer, told from history, motions and tasks ------------------------------


@pytest.mark.parametrize(
    ("sentence", "gives"),
    [
        (
            "Förslag till beslut: Socialnämnden godkänner och åberopar förvaltningens tjänsteskrivelse "
            "som svar på remissen.",
            True,
        ),
        ("Kulturnämnden överlämnar tjänsteutlåtandet som nämndens svar till kommunstyrelsen.", True),
        ("Nämnden beslutar att anta förvaltningens förslag till yttrande som sitt svar på remissen.", True),
        ("Regionstyrelsen besvarar remissen med hänvisning till regionkontorets tjänsteutlåtande.", True),
        ("Remissen besvaras med hänvisning till vad som anförs i tjänsteskrivelsen.", True),
        ("Västerås stads yttrande över promemorian godkänns och översänds till Socialdepartementet.", True),
        ("Förvaltningens förslag till yttrande antas, med den ändringen att staden ska kompenseras.", True),
        ("Trafiknämnden har godkänt kontorets tjänsteutlåtande som svar på remissen.", False),
        ("Idrottsnämnden godkände den 4 maj förvaltningens tjänsteutlåtande som svar på remissen.", False),
        ("Nämnden beslutade den 12 mars att godkänna tjänsteutlåtandet som svar på remissen.", False),
        ("Stadsdelsnämnderna ska lämna sina yttranden som svar på remissen senast den 1 mars.", False),
        ("Yttrandet ska godkännas av nämnden i maj.", False),
        ("Inkomna yttranden sammanställs och överlämnas till kommunfullmäktige.", False),
        ("Eva Lind (V) yrkar att nämnden godkänner tjänsteutlåtandet som svar på remissen med ett tillägg.", False),
        ("Kommunstyrelsen uppdrar åt nämnderna att besvara remissen.", False),
    ],
)
def test_a_sentence_gives_the_documents_own_answer(sentence: str, gives: bool) -> None:
    assert gives_answer(sentence) is gives


def test_a_decision_point_may_give_the_answer_more_briefly() -> None:
    assert decides_answer("att avge yttrande till Region Skåne enligt bilaga 1,")
    assert not decides_answer("att remittera förslaget till kulturnämnden för yttrande")


# --- The referral's case number, never the answer's own -------------------------------------------------


@pytest.mark.parametrize(
    ("blocks", "own", "number"),
    [
        pytest.param(
            [_row("Datum", "Vår beteckning", "Er beteckning"), _row("2026-04-02", "2026/211", "S2026/01234")],
            "2026/211",
            "S2026/01234",
            id="a letter's table: the number under 'Er beteckning'",
        ),
        pytest.param(
            [
                _row("Mottagare", "Ert diarienummer", "Vårt diarienummer"),
                _row("Finansdepartementet", "Fi2026/0077", "KS 2026/12"),
            ],
            "KS 2026/12",
            "Fi2026/0077",
            id="the referrer's column in the middle",
        ),
        pytest.param(
            [_row("Vårt diarienummer\nKS 2026/12", "Ert diarienummer\nJu2026/00412")],
            "KS 2026/12",
            "Ju2026/00412",
            id="label and number in one cell",
        ),
        pytest.param(
            [
                "Dnr KUN 2026/0045",
                "Kommunstyrelsen har gett kulturnämnden tillfälle att yttra sig över förslaget (KS 2026/0318).",
            ],
            None,
            "KS 2026/0318",
            id="an item's own Dnr line, the referral's number cited in brackets",
        ),
        pytest.param(
            ["Socialdepartementet har remitterat betänkandet Framtidens äldreomsorg (SOU 2026:3) till staden."],
            None,
            None,
            id="an inquiry's series number is no case",
        ),
        pytest.param(
            ["Planen omfattar 14 förskolor (KS 2026/0902)."],
            None,
            None,
            id="a bracket where no referral is told",
        ),
        pytest.param(
            ["Region Skåne har bjudit in kommunen att yttra sig över planen (regionens diarienummer RS 2026-0412)."],
            None,
            "RS 2026-0412",
            id="whose number it is, said in the bracket",
        ),
        pytest.param(
            ["Länsstyrelsen har gett staden tillfälle att yttra sig (Länsstyrelsen i Hallands läns dnr 512-1187-26)."],
            None,
            "512-1187-26",
            id="an agency's genitive before its dnr",
        ),
        pytest.param(
            [_row("Datum\nVårt diarienummer\nEr beteckning", "2026-03-02\n2026/88\nS2026/00931")],
            "2026/88",
            "S2026/00931",
            id="labels in one column, values beside them line for line",
        ),
        pytest.param(
            [_row("Ert diarienummer\nKS 2026/0312", "Vår beteckning\nV26-041")],
            "V26-041",
            "KS 2026/0312",
            id="the referrer's label over its number in one cell, the own reference beside it",
        ),
        pytest.param(
            [_row("Till\nKommunstyrelsen", "Er referens:\nKS 2026/0544\nVår referens:\nSH 2026/12")],
            "SH 2026/12",
            "KS 2026/0544",
            id="label over value, two pairs in one cell",
        ),
        pytest.param(
            [_row("Era ref.\nFi2026/00412", "Datum\n2026-04-30")],
            None,
            "Fi2026/00412",
            id="'Era ref.' over the ministry's number",
        ),
        pytest.param(
            [_row("Datum\nEr beteckning", "2026-03-02")],
            None,
            None,
            id="a label with no value beside it",
        ),
    ],
)
def test_the_referrals_number(block, blocks: list, own: str | None, number: str | None) -> None:
    analysed = analyse([b if isinstance(b, Block) else block(b) for b in blocks], REGISTER)
    assert in_reply_to(analysed, [], own) == number


# --- Whole answers: from outside the city, in agendas and protocols ------------------------------------------


def _answers(blocks: list[Block], kind: str = "other", decision: Decision = NO_DECISION, **senders: str | None):
    analysed = analyse(blocks, REGISTER)
    about = AnswerHeader(blocks[0].text if blocks[0].kind == "heading" else None, None, senders.pop("own", None), None)
    found = extract_answers(analysed, kind, decision, extract_reports(analysed), about, [], REGISTER, **senders)
    return [(a.answering_body.name, a.report_title, a.in_reply_to) for a in found]


def test_an_agencys_remissvar_decided_by_an_official(block) -> None:
    blocks = [
        _row("Datum", "Vår beteckning", "Er beteckning"),
        _row("2026-03-02", "2026/88", "S2026/00931"),
        block("Remissvar över betänkandet Framtidens äldreomsorg (SOU 2026:3)", "heading", level=1),
        block("Socialstyrelsen tillstyrker i huvudsak förslagen men anser att finansieringen bör utredas vidare."),
        block(
            "Beslut i detta ärende har fattats av generaldirektören Karin Holm "
            "efter föredragning av utredaren Ola Berg."
        ),
    ]
    assert _answers(blocks, sender="Socialstyrelsen", own="2026/88") == [
        ("Socialstyrelsen", "Framtidens äldreomsorg", "S2026/00931")
    ]


def test_a_municipalitys_yttrande_decided_on_behalf_of_its_board(block) -> None:
    blocks = [
        block("Yttrande över promemorian Enklare regler för kommunal upphandling (Fi2026/00412)", "heading", level=1),
        block("Västerås stad har getts möjlighet att yttra sig över promemorian och lämnar följande synpunkter."),
        block("Yttrandet har på kommunstyrelsens vägnar beslutats av kommunstyrelsens ordförande Lena Dahl (M)."),
    ]
    assert _answers(blocks, sender="Västerås stad") == [
        ("Kommunstyrelsen", "Enklare regler för kommunal upphandling", "Fi2026/00412")
    ]


def test_an_office_that_prepares_does_not_answer_for_itself(block) -> None:
    blocks = [block("Yttrande över promemorian Enklare regler för kommunal upphandling", "heading", level=1)]
    assert _answers(blocks, kind="yttrande", sender="Kommunledningsförvaltningen", unit="Kansliavdelningen") == []


def test_an_agendas_items_answer_each_for_itself(block) -> None:
    blocks = [
        block("Sammanträde 2026-05-12", "heading", level=1),
        block("Val av justerare", "list_item", "1."),
        block("Svar på remiss av förslag till Äldreplan för Västerås 2026–2030", "list_item", "2."),
        block("Dnr ÄN 2026/0140"),
        block(
            "Kommunstyrelsen har till äldrenämnden och socialnämnden remitterat förslaget till "
            "Äldreplan för Västerås 2026–2030 (KS 2026/0318)."
        ),
        block("Förslag till beslut:"),
        block("Äldrenämnden godkänner förvaltningens tjänsteskrivelse som svar på remissen.", "list_item", "1."),
        block("Paragrafen justeras omedelbart.", "list_item", "2."),
        block("Remiss av förslag till Kulturstrategi 2027–2032", "list_item", "3."),
        block("Dnr ÄN 2026/0152"),
        block("Förslag till beslut: Äldrenämnden remitterar förslaget till pensionärsrådet för synpunkter."),
        block("Svar på remiss om Trafikplan för Västerås 2027–2035", "list_item", "4."),
        block("Förslag till beslut: Äldrenämnden besvarar remissen med hänvisning till tjänsteskrivelsen."),
    ]
    assert len(items(analyse(blocks, REGISTER))) == 4
    assert _answers(blocks, sender="Äldrenämnden") == [
        ("Äldrenämnden", "Äldreplan för Västerås 2026–2030", "KS 2026/0318"),
        ("Äldrenämnden", "Trafikplan för Västerås 2027–2035", None),
    ]


def test_a_protocols_paragraph_answers_the_ministry(block) -> None:
    blocks = [
        block("Protokoll", "heading", level=1),
        block("§ 14 Val av justerare", "heading", level=2),
        block("Kommunstyrelsen utser Per Ek att justera protokollet."),
        block("§ 15 Svar på Socialdepartementets remiss av betänkandet Framtidens äldreomsorg", "heading", level=2),
        block("Dnr KS 2026/0112"),
        block(
            "Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det till "
            "Socialdepartementet som kommunens svar på remissen."
        ),
        block("Socialdepartementet har bjudit in kommunen att lämna synpunkter på betänkandet (S2026/00931)."),
        block("§ 16 Motion om fler utegym", "heading", level=2),
        block("Motionen remitteras till fritidsnämnden för yttrande."),
    ]
    decision = Decision(proposed_by=None, decided_by="Kommunstyrelsen", points=[])
    assert _answers(blocks, decision=decision, sender="Kommunstyrelsen") == [
        ("Kommunstyrelsen", "Framtidens äldreomsorg", "S2026/00931")
    ]


def test_a_list_of_annexes_or_decision_points_is_no_agenda(block) -> None:
    blocks = [
        block("Förslag till beslut", "heading", level=2),
        block("Nämnden godkänner tjänsteutlåtandet som svar på remissen", "list_item", "1."),
        block("Paragrafen justeras omedelbart", "list_item", "2."),
        block("Bilagor", "heading", level=2),
        block("Förslag till Äldreplan", "list_item", "1."),
        block("Sammanställning av synpunkter", "list_item", "2."),
    ]
    assert items(analyse(blocks, REGISTER)) == []


def test_a_decision_point_in_an_item_makes_it_an_answer(block) -> None:
    """A point the decision extraction found ("att avge yttrande …") answers in the item that holds it."""
    blocks = [
        block("Kallelse", "heading", level=1),
        block("Svar på remiss av Tryggare parker och torg", "list_item", "1."),
        block("Ärendet har beretts av förvaltningen."),
        block("att avge yttrande enligt bilaga 1", "list_item", "a)"),
        block("Anmälningsärenden", "list_item", "2."),
        block("Inga anmälningar."),
    ]
    where = analyse(blocks[3:4], REGISTER)[0].located()
    point = DecisionPoint(number=1, text="att avge yttrande enligt bilaga 1", **where)
    decision = Decision(proposed_by=None, decided_by="Parknämnden", points=[point])
    assert _answers(blocks, decision=decision) == [("Parknämnden", "Tryggare parker och torg", None)]


# --- Answers a document recounts: answered, declined, not answered (what a referral's status needs) -----------


@pytest.mark.parametrize(
    ("heading", "text", "expected"),
    [
        (
            "Ärendets beredning",
            "Ärendet har remitterats till idrottsnämnden, kulturnämnden och Farsta stadsdelsnämnd. Idrottsnämnden "
            "och kulturnämnden har yttrat sig, medan Farsta stadsdelsnämnd har avstått från att yttra sig.",
            [("Idrottsnämnden", "answered"), ("Kulturnämnden", "answered"), ("Farsta stadsdelsnämnd", "declined")],
        ),
        (
            "Bakgrund",
            "Remissvar har inkommit från socialnämnden; AB Familjebostäder har avböjt att lämna något yttrande.",
            [("Socialnämnden", "answered"), ("AB Familjebostäder", "declined")],
        ),
        (
            "Remissinstanserna",
            "Skarpnäcks stadsdelsnämnd har inte lämnat något yttrande. Stadsbyggnadsnämnden tillstyrker förslaget.",
            [("Skarpnäcks stadsdelsnämnd", "unanswered"), ("Stadsbyggnadsnämnden", "answered")],
        ),
        (
            "Förvaltningens synpunkter",
            "Stadsbyggnadsnämnden tillstyrker förslaget. Trafiknämnden har lämnat sitt yttrande till kommunstyrelsen.",
            [("Trafiknämnden", "answered")],
        ),
        (
            "Ärendet",
            "Kommunstyrelsen remitterar förslaget till idrottsnämnden, som ska lämna yttrande senast den 1 mars.",
            [],
        ),
    ],
)
def test_answers_a_document_recounts(block, heading: str, text: str, expected: list[tuple[str, str]]) -> None:
    analysed = analyse([block(heading, "heading", level=2), block(text)], REGISTER)
    assert [(a.body.name, a.outcome) for a in recounted_answers(analysed)] == expected


def test_an_official_who_decides_answers_for_the_sender(block) -> None:
    blocks = [
        block("Remissvar över promemorian Enklare regler för kommunal upphandling", "heading", level=1),
        block("Upphandlingsmyndigheten tillstyrker förslagen."),
    ]
    decision = Decision(proposed_by=None, decided_by="avdelningschefen Karin Holm", points=[])
    assert _answers(blocks, kind="yttrande", decision=decision, sender="Upphandlingsmyndigheten") == [
        ("Upphandlingsmyndigheten", "Enklare regler för kommunal upphandling", None)
    ]


def test_the_board_that_gives_the_answer_in_its_own_sentence(block) -> None:
    """An agenda sent by an office: the board that answers is the subject of the item's decision."""
    blocks = [
        block("Föredragningslista", "heading", level=1),
        block("Svar på remiss av Tryggare parker och torg", "list_item", "1."),
        block("Förslag till beslut: Äldrenämnden godkänner förvaltningens tjänsteskrivelse som svar på remissen."),
        block("Information från förvaltningen", "list_item", "2."),
        block("Förvaltningschefen informerar."),
    ]
    assert _answers(blocks, sender="Äldreförvaltningen") == [("Äldrenämnden", "Tryggare parker och torg", None)]


def test_a_memos_dnr_line_may_be_the_referrals(block) -> None:
    """Outside a protocol's or an agenda's items a "Dnr" line standing alone is not taken as the answer's own."""
    blocks = [
        block("Svar på remiss av Tryggare parker och torg", "heading", level=1),
        block("Remiss från kommunstyrelsen", "heading", level=2),
        block("Dnr KS 2026/0412"),
        block("Förvaltningen föreslår att nämnden godkänner tjänsteutlåtandet som svar på remissen."),
    ]
    assert _answers(blocks, unit="Parknämnden", own="PN 2026/77") == [
        ("Parknämnden", "Tryggare parker och torg", "KS 2026/0412")
    ]


def test_a_beredning_that_retells_an_answer_makes_no_answer(block) -> None:
    blocks = [
        block("Tryggare parker och torg", "heading", level=1),
        block("Ärendets beredning", "heading", level=2),
        block("Parknämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen och framhåller att …"),
    ]
    assert _answers(blocks, sender="Kommunstyrelsen") == []


def test_an_agenda_whose_items_are_sentences(block) -> None:
    """In an agenda an item may be told in a sentence; the decision list after its lead-in stays inside it."""
    blocks = [
        block("Dagordning", "heading", level=1),
        block("Val av justerare.", "list_item", "1."),
        block("Anmälan av skrivelser.", "list_item", "2."),
        block(
            "Region Skåne har bjudit in Malmö stad att lämna synpunkter på förslaget till Regional "
            "cykelplan för Skåne 2027–2032 (RS 2026/0214).",
            "list_item",
            "3.",
        ),
        block("Kommunstyrelsen föreslås besluta:"),
        block("att anta stadskontorets tjänsteskrivelse som Malmö stads yttrande över förslaget,", "list_item", "1."),
        block("att justera paragrafen omedelbart,", "list_item", "2."),
        block("att uppdra åt stadskontoret att följa upp planen.", "list_item", "3."),
        block("Kulturdepartementet har remitterat betänkandet En ny bibliotekslag till staden.", "list_item", "4."),
        block("Ärendet är ett informationsärende."),
    ]
    analysed = analyse(blocks, REGISTER)
    assert [part[0].text[:12] for part in items(analysed, meeting=True)] == [
        "Val av juste",
        "Anmälan av s",
        "Region Skåne",
        "Kulturdepart",
    ]
    decision = Decision(proposed_by=None, decided_by="Kommunstyrelsen", points=[])
    assert _answers(blocks, kind="dagordning", decision=decision) == [
        ("Kommunstyrelsen", "Regional cykelplan för Skåne 2027–2032", "RS 2026/0214")
    ]
