"""The head of an agency's, a company's or an organisation's answer letter: the office its letterhead names past
its description ("Ett bostadsbolag i Stockholms stad", "Myndigheten för …") and its units ("Polisregion
Stockholm"), a county without the genitive's s ("Uppsala län"); the addressee past the place and date over the
address, the office under the municipality, the meeting's date and a reference under the "Till" box's addressee,
a column of labels beside a column of values; the case number under "Beteckning" or in a printed e-mail's subject;
a title with a unit's name joined by "och"; an answer's own table of codes is no report. Tables of Swedish variants
written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.addressee import address_block, header_box
from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.case_numbers import body_diarienummer
from atgard.extract.kinds import classify
from atgard.extract.letterhead import letterhead_office
from atgard.extract.senders import as_registered
from atgard.extract.signatories import signatories
from atgard.schema import BBox, Block, HeaderFields, LineSpan, PageBox, PageInfo, ReadDocument

REGISTER = load_register()


def _lines(*lines: str, kind: str = "paragraph", x0: float = 65, page: int = 1, level: int | None = None) -> Block:
    """A block of lines set from ``x0`` (the body's margin is 65, its right edge 530)."""
    text, spans, at = " ".join(lines), [], 0
    x1 = 530 if x0 > 65 else x0 + max(len(line) for line in lines) * 5
    for n, line in enumerate(lines):
        spans.append(
            LineSpan(
                start=at, end=at + len(line), page=page, bbox=BBox(x0=x0, top=40 + 12 * n, x1=x1, bottom=50 + 12 * n)
            )
        )
        at += len(line) + 1
    box = BBox(x0=x0, top=40, x1=x1, bottom=50 + 12 * len(lines))
    return Block(kind=kind, text=text, page=page, boxes=[PageBox(page=page, bbox=box)], lines=spans, level=level)


def _heading(text: str, x0: float = 65, level: int = 1) -> Block:
    return _lines(text, kind="heading", x0=x0, level=level)


def _logo_row(left: str, right: str) -> Block:
    return table_row(left, right, top=35, height=30, pitch=350, width=110)


TITLE = _heading("Remissvar – Förslag till Strategi mot hemlöshet 2027–2030")


# --- The office a letterhead names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "office"),
    [
        pytest.param(
            [_heading("Stockholmshem", x0=400, level=2), _lines("Ett bostadsbolag i Stockholms stad", x0=360)],
            "AB Stockholmshem har av kommunstyrelsen beretts tillfälle att yttra sig över förslaget.",
            "AB Stockholmshem",
            id="a company's description under its logo: the name its text gives with AB before it",
        ),
        pytest.param(
            [_heading("Familjebostäder", x0=400, level=2), _lines("En del av Stockholms stad", x0=380)],
            "Styrelsen för Familjebostäder AB har beslutat att avstå från att yttra sig.",
            "Familjebostäder AB",
            id="… or with AB after it",
        ),
        pytest.param(
            [_heading("Svenska Bostäder", x0=400, level=2), _lines("Ett allmännyttigt bostadsföretag", x0=380)],
            "Bolaget har tagit del av remissen.",
            "Svenska Bostäder",
            id="… and without a full name in the text, the logo's",
        ),
        pytest.param(
            [
                _heading("BOVERKET", x0=400, level=2),
                _lines("Myndigheten för samhällsplanering, byggande och boende", x0=300),
            ],
            "Boverket har beretts tillfälle att yttra sig över programmet.",
            "Boverket",
            id="an agency's description under its name in capitals: the name as its text spells it",
        ),
        pytest.param(
            [_heading("MSB", x0=450, level=2), _lines("Myndigheten för samhällsskydd och beredskap", x0=320)],
            "MSB har inga synpunkter på förslaget.",
            "Myndigheten för samhällsskydd och beredskap",
            id="under a logo of initials, the description is the agency's name",
        ),
        pytest.param(
            [
                _heading("POLISEN", x0=420, level=2),
                _lines("Polisregion Stockholm", "Lokalpolisområde Södermalm", x0=400),
            ],
            "Polismyndigheten, Polisregion Stockholm, har fått möjlighet att yttra sig. Polisen samverkar.",
            "Polisen",
            id="the police's region and local area are its units: the logo",
        ),
        pytest.param(
            [_heading("POLISEN", x0=420, level=2), _lines("Polisregion Väst", "Polisområde Storgöteborg", x0=400)],
            "Polisen har tagit del av remissen.",
            "Polisen",
            id="… another region, another area",
        ),
    ],
)
def test_a_letterheads_office_past_its_description_and_units(head: list[Block], body: str, office: str) -> None:
    assert letterhead_office([*head, TITLE, _lines(body)]) == office


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("Polisen", "Polismyndigheten"),
        ("Polisregion Stockholm", "Polismyndigheten"),
        ("Stadskontoret", "Stadskontoret"),
        ("Boverket", "Boverket"),
        (None, None),
    ],
)
def test_an_agency_named_as_the_register_names_it(written: str | None, named: str | None) -> None:
    assert as_registered(written, REGISTER) == named


@pytest.mark.parametrize(
    ("right", "office"),
    [
        ("Länsstyrelsen\nUppsala län", "Länsstyrelsen i Uppsala län"),
        ("Länsstyrelsen\nSkåne län", "Länsstyrelsen Skåne län"),  # as its text names it
        ("Länsstyrelsen\nÖrebro län", "Länsstyrelsen i Örebro län"),
        ("Länsstyrelsen\nVästra Götalands län", "Länsstyrelsen i Västra Götalands län"),
    ],
)
def test_a_county_board_beside_its_handling_officer(right: str, office: str) -> None:
    row = _logo_row("Samhällsbyggnadsenheten\nPlanhandläggare Eva Ek\n010-223 31 87", right)
    said = "Länsstyrelsen Skåne län har tagit del av planen." if "Skåne" in right else "Planen har kommit in."
    assert letterhead_office([row, _heading("Samrådsyttrande över detaljplan för Brännkärr"), _lines(said)]) == office


# --- The addressee -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "addressee"),
    [
        (["Stockholm 2026-09-08", "Kommunstyrelsen", "Stockholms stad", "105 35 Stockholm"], "Kommunstyrelsen"),
        (["Uppsala den 3 december 2026", "Äldrenämnden", "Uppsala kommun", "753 75 Uppsala"], "Äldrenämnden"),
        (["Göteborg, 2026-09-08", "Kulturnämnden", "Box 2540", "403 17 Göteborg"], "Kulturnämnden"),
        (["Stockholms stad", "Stadsledningskontoret", "registrator.slk@stockholm.se"], "Stockholms stad"),
        (["Knivsta kommun", "Samhällsbyggnadsförvaltningen", "741 75 Knivsta"], "Knivsta kommun"),
        (["Region Uppsala", "Regionkontoret", "751 85 Uppsala"], "Region Uppsala"),
        (["Sandvikens kommun", "Kommunstyrelsen", "811 80 Sandviken"], "Kommunstyrelsen"),
        (["Södermalms stadsdelsnämnd", "Stockholms stad", "Box 4270", "102 66 Stockholm"], "Södermalms stadsdelsnämnd"),
        (["Kulturförvaltningen", "Box 16113", "103 22 Stockholm"], "Kulturförvaltningen"),
        # a body and its meeting's date is the addressee, not a place and date
        (["Kommunfullmäktige 2027-03-15", "Botkyrka kommun", "147 85 Tumba"], "Kommunfullmäktige 2027-03-15"),
        (["Regionfullmäktige den 3 maj 2027", "Region Uppsala", "751 85 Uppsala"], "Regionfullmäktige den 3 maj 2027"),
    ],
)
def test_the_address_past_place_and_date_and_the_office_under_the_town(address: list[str], addressee: str) -> None:
    assert address_block([_lines(*address), TITLE]) == addressee


@pytest.mark.parametrize(
    ("till", "addressee"),
    [
        ("Till\nMiljönämnden\n2027-11-30\nSammanträde 2027-12-14", "Miljönämnden"),
        ("Till\nKulturnämnden\nSammanträdesdatum: 2027-02-12, p. 7", "Kulturnämnden"),
        ("Till\nIdrottsnämnden\nNämndens sammanträde den 14 december 2027", "Idrottsnämnden"),
        (
            "Till\nSocialdepartementet\ns.remissvar@regeringskansliet.se\nEr referens: S2026/03187",
            "Socialdepartementet",
        ),
        ("Till\nFinansdepartementet\nErt dnr Fi2026/01234", "Finansdepartementet"),
    ],
)
def test_the_till_box_past_the_meeting_and_the_reference(till: str, addressee: str) -> None:
    row = table_row("Handläggare\nEva Ek\nTelefon: 08-508 000 00", till)
    assert header_box([row, TITLE]).addressee == addressee


@pytest.mark.parametrize(
    ("labels", "values", "addressee"),
    [
        (
            "Till\nErt diarienummer\nStockholm den",
            "Äldrenämnden, Stockholms stad\naldreforvaltningen@stockholm.se\nÄN 2026/0417\n3 december 2026",
            "Äldrenämnden",
        ),
        ("Till\nEr referens\nDatum", "Kulturnämnden\nKUN 2026/12\n2026-03-01", "Kulturnämnden"),
        (
            "Datum\nTill\nErt dnr",
            "2026-03-01\nTrafiknämnden\nStockholms stad\nTN 2026/88",
            "Trafiknämnden",
        ),
    ],
)
def test_a_column_of_labels_beside_its_values(labels: str, values: str, addressee: str) -> None:
    assert header_box([table_row(labels, values), TITLE]).addressee == addressee


# --- The case number -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "dnr"),
    [
        (
            (("Datum", "Beteckning", "Er beteckning"), ("2026-06-23", "402-7715-2026", "KS-PLAN 2025/118")),
            "402-7715-2026",
        ),
        ((("Datum", "Er beteckning", "Beteckning"), ("2026-06-23", "KS 2025/118", "511-3321-2026")), "511-3321-2026"),
        (
            (
                (
                    "Från:\nSkickat:\nTill:\nÄmne:",
                    "Tove Lindgren\nden 24 september 2026\nRegistrator KS\nBegäran om anstånd – remiss KS\n"
                    "2026/0233, Strategi mot hemlöshet",
                ),
            ),
            "KS 2026/0233",
        ),
        (
            (("From:\nSent:\nSubject:", "Eva Ek\n2026-09-24\nAnstånd med svar på remiss SBN 2026/1187"),),
            "SBN 2026/1187",
        ),
        ((("Från:\nÄmne:", "Eva Ek\nAnstånd med svar på remissen"),), None),
        ((("Från:\nÄmne:", "Eva Ek\nAnstånd till 2026-10-15 med svar på remiss 2026/0233"),), None),
    ],
)
def test_the_case_number_under_beteckning_or_in_a_mails_subject(rows: tuple, dnr: str | None) -> None:
    blocks = [table_row(*cells, top=100 + 60 * n) for n, cells in enumerate(rows)]
    assert body_diarienummer([*blocks, TITLE, _lines("Hej! Vi behöver mer tid.")]) == dnr


# --- Signatures and kind -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Annika Westerlund", "Chef för avdelningen för vård och omsorg"),
        ("Per Holm", "Chef för enheten för kultur samt fritid"),
        ("Eva Ek", "Chef för avdelningen för arbetsmarknad & integration"),
    ],
)
def test_a_title_with_a_units_joined_name(block, name: str, title: str) -> None:
    blocks = [
        block("SKR har i övrigt inga synpunkter."),
        block("SVERIGES KOMMUNER OCH REGIONER"),
        block(name),
        block(title),
    ]
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == [(name, title)]


def _document(blocks: list[Block]) -> ReadDocument:
    return ReadDocument(
        id="0" * 64,
        filename="x.pdf",
        page_count=1,
        pages=[PageInfo(number=1, width=595, height=842, char_count=100)],
        header=HeaderFields(),
        blocks=blocks,
        backend="pdfium",
    )


TABLE = [
    table_row("Åtgärd", "Ansvarig enligt programmet", "Ställningstagande"),
    table_row("B1.2", "Exploateringsnämnden", "Tillstyrks"),
    table_row("B2.1", "Exploateringsnämnden", "Tillstyrks"),
    table_row("B2.4", "Socialnämnden", "Avstyrks"),
    table_row("C1.3", "Stadsbyggnadsnämnden", "Tillstyrks med förbehåll"),
]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ([_heading("Remissvar – Stockholms stads program för bostadsförsörjning")], "yttrande"),
        ([_heading("Yttrande över Program för bostadsförsörjning 2027–2030")], "yttrande"),
        (
            [
                table_row("Datum", "Er referens"),
                table_row("2026-11-04", "KS 2026/1184"),
                _heading("Bostadsförsörjning"),
            ],
            "yttrande",
        ),
        ([_heading("Program för bostadsförsörjning 2027–2030")], "kommissionsrapport"),
    ],
)
def test_an_answers_table_of_codes_is_no_report(head: list[Block], kind: str) -> None:
    assert classify(_document([*head, _lines("Verket lämnar synpunkter på åtgärderna."), *TABLE]), None) == kind
