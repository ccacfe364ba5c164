"""Kinds, titles and addressees of protocols, agendas, answers and state documents, from invented variants."""

from __future__ import annotations

import pytest

from atgard.extract.addressee import address_block, header_box
from atgard.extract.header import parse_running_header
from atgard.extract.kinds import classify
from atgard.extract.title import title_and_subtitle
from atgard.schema import BBox, Block, HeaderFields, HeaderSegment, PageBox, PageInfo, ReadDocument, TableCell


def _document(blocks: list[Block]) -> ReadDocument:
    pages = max(b.page for b in blocks)
    return ReadDocument(
        id="0" * 64,
        filename="x.pdf",
        page_count=pages,
        pages=[PageInfo(number=n, width=595, height=842, char_count=100) for n in range(1, pages + 1)],
        header=HeaderFields(),
        blocks=blocks,
        backend="pdfium",
    )


def _row(*texts: str, page: int = 1) -> Block:
    box = BBox(x0=70, top=100, x1=520, bottom=130)
    return Block(
        kind="table_row",
        text=" | ".join(texts),
        page=page,
        boxes=[PageBox(page=page, bbox=box)],
        cells=[TableCell(text=text, bbox=box) for text in texts],
    )


def _blocks(block, spec: list[tuple]) -> list[Block]:
    return [_row(*item[1:]) if item[0] == "row" else block(*item) for item in spec]


# (document type in the running header, the blocks) -> kind. Variants of wording, municipality and layout.
KINDS = [
    pytest.param(
        "Protokoll",
        [("§ 12 Val av justerare", "heading", None, 2), ("Nämnden utser Eva Ek att justera protokollet.",)],
        "protokoll",
        id="protocol-by-header",
    ),
    pytest.param(
        None,
        [
            ("Utdrag ur sammanträdesprotokoll", "heading", None, 1),
            ("Kultur- och fritidsnämnden",),
            ("KFN § 23 Yttrande över remiss av kulturplan", "heading", None, 2),
            ("Förslag till beslut under sammanträdet", "heading", None, 3),
            ("Anna Berg (M) yrkar bifall till förvaltningens förslag.",),
            ("Justerandes signatur",),
        ],
        "protokoll",
        id="extract-with-proposal-heading-is-no-memo",
    ),
    pytest.param(
        "Sammanträdesprotokoll",
        [("Närvarande", "heading", None, 1), ("Ledamöter: Eva Ek (S), ordförande",), ("Justeras",)],
        "protokoll",
        id="sammantradesprotokoll",
    ),
    pytest.param(
        None,
        [
            ("Protokoll från sammanträde med socialnämnden", "heading", None, 1),
            ("Tid och plats: torsdagen den 4 juni 2026 kl. 18.00",),
            ("§ 1", "heading", None, 2),
            ("Beslutande",),
        ],
        "protokoll",
        id="protocol-by-title-line",
    ),
    pytest.param(
        "Kallelse",
        [
            ("Kallelse till sammanträde med miljönämnden", "heading", None, 1),
            ("Val av justerare", "list_item", "1."),
            ("Anmälan av protokoll från arbetsutskottet", "list_item", "2."),
            ("Detaljplan för kvarteret Eken", "list_item", "3."),
            ("Vid förhinder, anmäl detta till nämndsekreteraren.",),
        ],
        "dagordning",
        id="kallelse-mentions-a-protocol",
    ),
    pytest.param(
        None,
        [
            ("Budgetuppföljning per mars", "list_item", "1."),
            ("Förslag till beslut: Nämnden godkänner budgetuppföljningen.",),
            ("Handlingar: Tjänsteskrivelse 2026-03-30",),
            ("Detaljplan för kvarteret Eken", "list_item", "2."),
            ("Förslag till beslut: Nämnden tillstyrker planförslaget.",),
            ("Handlingar: Tjänsteskrivelse 2026-04-02",),
            ("Anmälan av delegationsbeslut", "list_item", "3."),
        ],
        "dagordning",
        id="agenda-without-its-name",
    ),
    pytest.param(
        None,
        [
            ("Sammanfattning", "heading", None, 1),
            ("Planen antas.", "list_item", "1."),
            ("Förvaltningen får i uppdrag att följa upp planen.", "list_item", "2."),
            ("Uppföljningen redovisas 2027.", "list_item", "3."),
            ("Bilagor",),
            ("Bilaga 1. Plan",),
        ],
        "other",
        id="memo-with-points-and-annexes-is-no-agenda",
    ),
    pytest.param(
        None,
        [
            ("Föredragningslista", "heading", None, 1),
            ("Budgetuppföljning per mars", "list_item", "1."),
            ("Förslag till beslut: Nämnden godkänner budgetuppföljningen.",),
            ("Handlingar: Tjänsteskrivelse 2026-03-30",),
        ],
        "dagordning",
        id="foredragningslista",
    ),
    pytest.param(
        "Sammanträde 2026-02-12",
        [
            ("Val av justerare", "list_item", "1."),
            ("Remiss av cykelplan", "list_item", "2."),
            ("Förvaltningens förslag till beslut:",),
            ("Nämnden godkänner tjänsteutlåtandet.", "list_item", "1."),
            ("Information från förvaltningschefen", "list_item", "3."),
        ],
        "dagordning",
        id="meeting-date-as-type",
    ),
    pytest.param(
        None,
        [
            ("row", "Datum", "Vår beteckning", "Er beteckning"),
            ("row", "2026-01-20", "2026/88", "Fi2025/04411"),
            ("Svar på remiss av promemorian Enklare regler för bygglov", "heading", None, 1),
            ("Länsstyrelsen tillstyrker förslaget.",),
        ],
        "yttrande",
        id="agency-answer-under-an-answer-heading",
    ),
    pytest.param(
        "Beslut",
        [
            ("Ert diarienummer\nS2026/00123", "paragraph"),
            ("Synpunkter på betänkandet En ny socialtjänstlag", "heading", None, 1),
            ("Regionen delar utredningens bedömning.",),
        ],
        "yttrande",
        id="letter-with-their-reference",
    ),
    pytest.param(
        None,
        [("Remissyttrande över Regional utvecklingsstrategi", "heading", None, 1), ("Kommunen ser positivt på…",)],
        "yttrande",
        id="remissyttrande-title",
    ),
    pytest.param(
        "Tjänsteskrivelse",
        [
            ("Svar på remiss av Trafikplan 2030", "heading", None, 1),
            ("Ert diarienummer: KS 2026/12",),
            ("Förslag till beslut", "heading", None, 2),
        ],
        "tjansteutlatande",
        id="memo-type-word-wins",
    ),
    pytest.param(
        None,
        [("Motion om lekplatser", "heading", None, 1), ("Förslag till beslut", "heading", None, 2)],
        "tjansteutlatande",
        id="memo-by-proposal-heading",
    ),
    pytest.param(
        None,
        [("Regeringens proposition 2025/26:40",), ("Ny lag om kommunal krisberedskap", "heading", None, 1)],
        "other",
        id="state-document",
    ),
]


@pytest.mark.parametrize(("document_type", "spec", "kind"), KINDS)
def test_kind_from_several_signals(block, document_type, spec, kind) -> None:
    assert classify(_document(_blocks(block, spec)), document_type) == kind


@pytest.mark.parametrize(
    ("segment", "document_type", "date"),
    [
        ("PROTOKOLLSUTDRAG / 2026-04-02", "PROTOKOLLSUTDRAG", "2026-04-02"),
        ("Yttrande / Datum 2026-01-15", "Yttrande", "2026-01-15"),
        ("Sammanträde 2026-02-12", "Sammanträde 2026-02-12", "2026-02-12"),
        ("Dagordning", "Dagordning", None),
        ("2026-02-12", None, "2026-02-12"),
    ],
)
def test_a_type_and_a_date_on_one_header_line(segment: str, document_type: str | None, date: str | None) -> None:
    header = parse_running_header([HeaderSegment(text=segment, column="right")], HeaderFields())
    assert (header.document_type, header.date) == (document_type, date)


@pytest.mark.parametrize(
    ("headings", "header_lines", "title"),
    [
        (
            ["Närvarande", "§ 1 Val av justerare"],
            ["Protokoll fört vid sammanträde med", "Kulturnämnden"],
            "Protokoll fört vid sammanträde med Kulturnämnden",
        ),
        (
            ["Beslutande", "§ 14 Budget"],
            ["Stockholms Hamn AB", "Protokoll fört vid sammanträde med styrelsen för", "Stockholms Hamn AB"],
            "Protokoll fört vid sammanträde med styrelsen för Stockholms Hamn AB",
        ),
        (["Protokoll", "Närvarande", "§ 1 Val av justerare"], [], "Protokoll"),
        (["Plats och tid", "§ 5 Delårsrapport"], [], "§ 5 Delårsrapport"),
        (["Närvarande"], [], None),
        (
            ["Dir. 2026:3", "Utvidgat uppdrag till Utredningen om skolans digitalisering (U 2025:02)"],
            [],
            "Utvidgat uppdrag till Utredningen om skolans digitalisering (U 2025:02)",
        ),
        (["Lagrådsremiss", "Skärpta krav på återrapportering"], [], "Skärpta krav på återrapportering"),
    ],
)
def test_the_title_names_the_document(block, headings: list[str], header_lines: list[str], title: str | None) -> None:
    blocks = [block(text, "heading", level=1) for text in headings]
    assert title_and_subtitle(blocks, header_lines).title == title


@pytest.mark.parametrize(
    ("spec", "addressee"),
    [
        (
            [
                ("row", "Till", "Ert diarienummer", "Vårt diarienummer"),
                ("row", "Socialdepartementet", "S2026/1", "12/26"),
            ],
            "Socialdepartementet",
        ),
        (
            [("row", "Mottagare\nFinansdepartementet\nfi.remissvar@regeringskansliet.se", "Datum\n2026-03-01")],
            "Finansdepartementet",
        ),
        ([("Till: Miljö- och energidepartementet",)], "Miljö- och energidepartementet"),
        ([("Tilläggsdirektiv till Utredningen om hemtjänst (S 2025:04)", "heading", None, 1)], None),
        ([("Till sammanträdet förelåg förvaltningens tjänsteutlåtande den 3 mars 2026.",)], None),
    ],
)
def test_the_addressee_in_a_box_or_a_table_of_labels(block, spec, addressee) -> None:
    assert header_box(_blocks(block, spec)).addressee == addressee


@pytest.mark.parametrize(
    ("lines", "addressee"),
    [
        (["Regeringskansliet", "Finansdepartementet", "103 33 Stockholm"], "Finansdepartementet"),
        (["Kulturdepartementet", "ku.remissvar@regeringskansliet.se"], "Kulturdepartementet"),
        (
            ["Landsbygds- och infrastrukturdepartementet\nli.remissvar@regeringskansliet.se\nKopia: Boverket"],
            "Landsbygds- och infrastrukturdepartementet",
        ),
        (["Eva Ek", "eva.ek@uppsala.se"], None),  # a case officer's address is not the letter's
        (["Kommunstyrelsen", "Huddinge kommun", "141 85 Huddinge"], "Kommunstyrelsen"),
        # the municipality over the body of it the letter is to, and the registry's desk under it
        (["Stockholms stad", "Kommunstyrelsen", "Registraturen", "105 35 Stockholm"], "Kommunstyrelsen"),
        (["Solna stad", "Tekniska nämnden", "171 86 Solna"], "Tekniska nämnden"),
        (["Region Stockholm", "Trafiknämnden", "Box 22550, 104 22 Stockholm"], "Trafiknämnden"),
        (["Uppsala kommun", "753 75 Uppsala"], "Uppsala kommun"),  # the municipality itself
        # a town of two words in the postal line
        (["Upplands Väsby kommun", "194 80 Upplands Väsby"], "Upplands Väsby kommun"),
        (["Lilla Edets kommun", "Kommunstyrelsen", "463 80 Lilla Edet"], "Kommunstyrelsen"),
        (["Östra Göinge kommun", "Box 2, 289 21 Knislinge"], "Östra Göinge kommun"),
        (["Upplands-Bro kommun", "196 81 Kungsängen"], "Upplands-Bro kommun"),
    ],
)
def test_the_addressee_of_an_answer_letter(block, lines: list[str], addressee: str | None) -> None:
    blocks = [block(line) for line in lines] + [block("Yttrande över betänkandet", "heading", level=1)]
    assert address_block(blocks) == addressee


@pytest.mark.parametrize(
    ("spec", "date"),
    [
        ([("row", "Tid\nPlats", "Tisdagen den 3 februari 2026 kl. 18.00\nRum 311")], "2026-02-03"),
        ([("row", "Plats och tid", "Kommunhuset, 2026-02-03 kl. 13.30")], "2026-02-03"),
        ([("Sammanträdesdatum: 2026-04-09",)], "2026-04-09"),
        ([("row", "Justeringens plats och tid", "Kommunhuset den 9 februari 2026")], None),
    ],
)
def test_a_meetings_date(block, spec, date: str | None) -> None:
    from atgard.extract.header import written_date

    assert written_date(_blocks(block, spec)) == date


@pytest.mark.parametrize(
    "till",
    [
        "Till\nTrafiknämnden\n2027-05-27, p. 11",
        "Till\nTrafiknämnden\n2027-12-14, punkt 11",
        "Till\nTrafiknämnden\nden 14 december 2027 § 11",
        "Till\nTrafiknämnden\n2027-05-27\nÄrende 11",
        "Till\nTrafiknämnden\n2027-05-27,p 4",
    ],
)
def test_the_meeting_and_item_under_the_addressee_are_no_part_of_it(block, till) -> None:
    spec = [("row", "Handläggare\nHedda Carlsson\nTelefon: 08-508 26 903", till)]
    assert header_box(_blocks(block, spec)).addressee == "Trafiknämnden"


@pytest.mark.parametrize(
    "series",
    ["Utlåtande 2027:96 RI", "Utlåtande 2027:45 RI (Dnr KS 2026/1877)", "Utlåtande 2026:112 RIII – Dnr KS 2026/0412"],
)
def test_an_utlatande_known_by_its_series_number(block, series) -> None:
    spec = [
        ("Stockholms stad", "heading", None, 1),
        (series,),
        ("Handlingsplan för klimatanpassning 2028–2032", "heading", None, 1),
        ("Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.",),
    ]
    assert classify(_document(_blocks(block, spec)), None) == "utlatande"


@pytest.mark.parametrize(
    ("lines", "addressee"),
    [
        (["Kommunstyrelsen, Uppsala kommun", "kommunstyrelsen@uppsala.se"], "Kommunstyrelsen"),
        (["Trafikverket", "trafikverket@trafikverket.se"], "Trafikverket"),
        (["Länsstyrelsen i Stockholms län", "stockholm@lansstyrelsen.se"], "Länsstyrelsen i Stockholms län"),
        (["Stockholms stad", "Kommunstyrelsen", "registrator.ks@stockholm.se"], "Kommunstyrelsen"),
        (["Anna-Karin Berg", "anna-karin.berg@huddinge.se"], None),  # a case officer's mailbox
        (["Per Olof Ek", "per.olof.ek@vaxholm.se"], None),
        (["Eva Ek", "eva_ek@uppsala.se"], None),
    ],
)
def test_a_bodys_mailbox_ends_its_address_a_persons_does_not(block, lines: list[str], addressee: str | None) -> None:
    blocks = [block(line) for line in lines] + [block("Yttrande över förslaget", kind="heading", level=1)]
    assert address_block(blocks) == addressee
