"""A letter's head drawn on its first page by a publishing tool: the letterhead at the top right (no title, no
address, but whose the document is), a table of references whose labels stand beside their values or hold them
("Vår beteckning | SPAB 2026/88", "Ärendenr: NV-03412-26"), the addressee in such a table ("Till |
Kommunstyrelsen", a ministry with its registry's mailbox), the case number only in a later page's running header,
a plan's stage after its title (", granskningshandling"), whose meeting a protocol's subtitle names, and who
"Nämnden" is in its answer. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.addressee import address_block, header_box
from atgard.extract.analysis import analyse
from atgard.extract.answers import AnswerHeader, extract_answers
from atgard.extract.boards import load_register
from atgard.extract.case_numbers import body_diarienummer
from atgard.extract.letterhead import letterhead_office
from atgard.extract.report_headings import heading_title
from atgard.extract.report_titles import without_frame
from atgard.extract.reports import extract_reports
from atgard.extract.signatories import signatories
from atgard.extract.title import meeting_body, title_and_subtitle
from atgard.schema import BBox, Block, LineSpan, PageBox
from atgard.schema.contract import Decision

REGISTER = load_register()


def _lines(*lines: str, kind: str = "paragraph", x0: float = 65, page: int = 1, level: int | None = None) -> Block:
    """A block of lines set from ``x0`` (the body's margin is 65, its right edge 530)."""
    text, spans, at = " ".join(lines), [], 0
    width = max(len(line) for line in lines) * 5
    x1 = 530 if x0 > 65 else x0 + width  # a right-set block ends at the right margin
    for n, line in enumerate(lines):
        box = BBox(x0=x0, top=40 + 12 * n, x1=x1, bottom=50 + 12 * n)
        spans.append(LineSpan(start=at, end=at + len(line), page=page, bbox=box))
        at += len(line) + 1
    box = BBox(x0=x0, top=40, x1=x1, bottom=50 + 12 * len(lines))
    return Block(kind=kind, text=text, page=page, boxes=[PageBox(page=page, bbox=box)], lines=spans, level=level)


def _heading(text: str, x0: float = 65, level: int = 1) -> Block:
    return _lines(text, kind="heading", x0=x0, level=level)


def _row(*cells: str, page: int = 1) -> Block:
    return table_row(*cells, page=page, top=150, height=20, pitch=150, width=140)


BODY = _lines("Nämnden har fått förslaget på remiss och lämnar följande synpunkter i detta yttrande till staden.")


# --- The letterhead ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "office"),
    [
        pytest.param(
            [_heading("MALMÖ STAD", x0=420, level=2), _lines("Stadskontoret", "Tjänsteskrivelse", x0=470)],
            "Stadskontoret",
            id="the municipality's logo over the office and the type",
        ),
        pytest.param(
            [
                _heading("STOCKHOLM PARKERING", x0=340, level=2),
                _lines("Stockholm Parkering AB", "Box 38082, 100 64 Stockholm", x0=420),
                _lines("stockholmparkering.se", x0=450),
            ],
            "Stockholm Parkering AB",
            id="a company's logo over its name and postal address",
        ),
        pytest.param(
            [_heading("NATURVÅRDSVERKET", x0=340), _lines("SWEDISH ENVIRONMENTAL PROTECTION AGENCY", x0=310)],
            "Naturvårdsverket",
            id="an agency's logo alone, its tagline in capitals: the name as the text spells it",
        ),
        pytest.param(
            [_heading("NACKA KOMMUN", x0=400, level=2), _lines("Kommunstyrelsen", "SAMMANTRÄDESPROTOKOLL", x0=410)],
            "Kommunstyrelsen",
            id="a board under the municipality, the type in capitals",
        ),
        pytest.param(
            [_heading("REGION GOTLAND", x0=400, level=2), _lines("Tel 0498-26 90 00", "gotland.se", x0=420)],
            None,
            id="a region's logo over its address only: no office",
        ),
        pytest.param(
            [_heading("SAMMANTRÄDESPROTOKOLL", x0=200), _lines("Kulturnämnden")],
            None,
            id="a title in capitals centred: no letterhead",
        ),
        pytest.param([_heading("TJÄNSTEUTLÅTANDE"), _lines("Kulturförvaltningen")], None, id="at the margin: none"),
    ],
)
def test_the_office_a_letterhead_names(head: list[Block], office: str | None) -> None:
    assert letterhead_office([*head, _heading("Yttrande över Cykelplan för Stockholm 2027–2035"), BODY]) == office


def _logo_row(left: str, right: str) -> Block:
    """A letterhead read with the type and date beside it as one row: the right cell set at the right margin."""
    return table_row(left, right, top=35, height=30, pitch=350, width=110)


@pytest.mark.parametrize(
    ("head", "office"),
    [
        pytest.param(
            [
                _logo_row("REMISSVAR\n2026-04-09", "TRAFIKVERKET\nVerksamhetsområde Underhåll"),
                _lines("Enheten för trafiksäkerhet och vägarbeten", x0=380),
            ],
            "Trafikverket",
            id="an agency's logo over its units: the agency",
        ),
        pytest.param(
            [
                _logo_row(
                    "YTTRANDE\nDatum: 2025-12-03", "ENKÖPINGS KOMMUN\nKommunstyrelsen\nKommunledningsförvaltningen"
                )
            ],
            "Kommunstyrelsen",
            id="a municipality's logo over its board",
        ),
        pytest.param(
            [_logo_row("BESLUT\n2026-02-01", "LÄNSSTYRELSEN\nAvdelningen för miljö\nBox 22067, 104 22 Stockholm")],
            "Länsstyrelsen",
            id="an authority's logo over a department and its address",
        ),
        pytest.param([_logo_row("Er referens", "Vår referens")], None, id="a table of references: no letterhead"),
    ],
)
def test_the_office_a_letterhead_read_as_a_row_names(head: list[Block], office: str | None) -> None:
    assert letterhead_office([*head, _heading("Yttrande över Cykelplan för Stockholm 2027–2035"), BODY]) == office


@pytest.mark.parametrize(
    ("logo", "title"),
    [
        ("NATURVÅRDSVERKET", "Remissvar på betänkandet Ny reglering av strandskyddet i tätort"),
        ("TRAFIKVERKET", "Yttrande över förslag till Regional transportplan"),
        ("SVERIGES KOMMUNER OCH REGIONER", "Remissvar – Promemorian Nya regler för färdtjänst"),
    ],
)
def test_a_letterheads_logo_is_no_title(logo: str, title: str) -> None:
    blocks = [_heading(logo, x0=330), _lines("Box 1, 105 35 Stockholm", x0=400), _heading(title), BODY]
    assert title_and_subtitle(blocks).title == title


# --- The table of references: case number and addressee ----------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "number"),
    [
        pytest.param([_row("Vår beteckning", "SPAB 2026/88")], "SPAB 2026/88", id="label beside value"),
        pytest.param([_row("Vårt ärendenummer:", "V26-041")], "V26-041", id="ärendenummer beside"),
        pytest.param([_row("Datum: 2026-09-17", "Ärendenr: NV-03412-26")], "NV-03412-26", id="Ärendenr in its cell"),
        pytest.param([_row("Ärendenr. TRV 2026/118", "Datum 2026-02-01")], "TRV 2026/118", id="Ärendenr. first"),
        pytest.param(
            [_row("Er beteckning", "KS 2026/0711"), _row("Vår referens", "SPAB 2026/88")],
            "SPAB 2026/88",
            id="the referrer's number beside its label passed over",
        ),
        pytest.param([_row("Er referens: KN2026/01544", "Finansdepartementet")], None, id="only theirs"),
        pytest.param(
            [_row("Datum", "2026-09-08"), _row("Malmö stad, Stadskontoret", "Tjänsteskrivelse STK-2026-1432", page=2)],
            "STK-2026-1432",
            id="only in page 2's running header, after the type",
        ),
        pytest.param(
            [_lines("Inledning"), _lines("Tjänsteutlåtande Dnr KS 2026/118", page=2)],
            "KS 2026/118",
            id="type and labelled number on page 2",
        ),
        pytest.param(
            [_lines("Inledning"), _lines("Yttrandet över KS 2026/118 godkänns.", page=2)],
            None,
            id="a sentence on page 2 is no running header",
        ),
    ],
)
def test_the_case_number_in_a_table_of_references(rows: list[Block], number: str | None) -> None:
    assert body_diarienummer(rows) == number


@pytest.mark.parametrize(
    ("blocks", "addressee"),
    [
        pytest.param([_row("Till", "Kommunstyrelsen")], "Kommunstyrelsen", id="'Till' beside its value"),
        pytest.param([_row("Mottagare:", "Finansdepartementet")], "Finansdepartementet", id="'Mottagare:' beside"),
        pytest.param(
            [_row("Datum", "2026-02-01"), _row("Till", "Regeringskansliet, Finansdepartementet")],
            "Finansdepartementet",
            id="the ministry within the government offices",
        ),
        pytest.param([_row("Handläggare", "Sofia Lindqvist")], None, id="the case officer is none"),
    ],
)
def test_the_addressee_beside_its_label(blocks: list[Block], addressee: str | None) -> None:
    assert header_box(blocks).addressee == addressee


@pytest.mark.parametrize(
    ("blocks", "addressee"),
    [
        pytest.param(
            [
                _row(
                    "Er referens: KN2026/01544",
                    "Klimat- och näringslivsdepartementet,\nkn.remissvar@regeringskansliet.se",
                )
            ],
            "Klimat- och näringslivsdepartementet",
            id="a ministry with its registry's mailbox in a cell",
        ),
        pytest.param(
            [_row("Ert dnr S2026/0101", "Socialdepartementet\ns.remissvar@regeringskansliet.se")],
            "Socialdepartementet",
            id="without a comma",
        ),
        pytest.param(
            [
                _heading("STOCKHOLM PARKERING", x0=340, level=2),
                _lines("Stockholm Parkering AB", "Box 38082, 100 64 Stockholm", x0=420),
                _row("Er beteckning", "KS 2026/0711"),
                _lines("Stockholms stad", "Kommunstyrelsen", "Registraturen", "105 35 Stockholm"),
            ],
            "Kommunstyrelsen",
            id="the address under the letterhead, not the letterhead's own",
        ),
        pytest.param(
            [
                _lines("2026-12-16"),
                _lines("Stockholms stad", "Kommunstyrelsen", "Stadsledningskontoret", "105 35 Stockholm"),
            ],
            "Kommunstyrelsen",
            id="the letter's date over the address",
        ),
        pytest.param(
            [_lines("16 december 2026", "Region Uppsala", "Regionstyrelsen", "751 85 Uppsala")],
            "Regionstyrelsen",
            id="a date written out over a region's board",
        ),
        pytest.param([_row("Handläggare\nEva Ek\neva.ek@stockholm.se", "Datum")], None, id="a person's mail"),
    ],
)
def test_the_addressee_of_a_drawn_letter(blocks: list[Block], addressee: str | None) -> None:
    assert address_block([*blocks, _heading("Remissvar – Förslag till Cykelplan"), BODY]) == addressee


# --- The report and the meeting ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Yttrande över Regionplan för Skåne 2027–2040, granskningshandling", "Regionplan för Skåne 2027–2040"),
        (
            "Remissvar avseende Trafikstrategi för Hudiksvall 2040 – samrådsversion",
            "Trafikstrategi för Hudiksvall 2040",
        ),
        ("Svar på remiss av Översiktsplan för Gävle, utställningsförslaget", "Översiktsplan för Gävle"),
        ("Yttrande över Regionplan för Skåne, samrådshandling (dnr RS 2026/11)", "Regionplan för Skåne"),
        ("Yttrande över Program för granskningshandlingar i arkivet", "Program för granskningshandlingar i arkivet"),
    ],
)
def test_a_plans_stage_is_no_part_of_its_title(heading: str, title: str) -> None:
    found = heading_title(heading)
    assert found is not None and found.group("title") == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Regionplan för Skåne 2027–2040, granskningshandling", "Regionplan för Skåne 2027–2040"),
        ("Förslag till Cykelplan för Lund - samrådsversion", "Cykelplan för Lund"),
        ("Förslag till Grönplan för Sundbyberg, remissversion", "Grönplan för Sundbyberg"),
    ],
)
def test_an_annexed_plans_stage_is_no_part_of_its_title(text: str, title: str) -> None:
    assert without_frame(text) == title


@pytest.mark.parametrize(
    ("subtitle", "body"),
    [
        ("Farsta stadsdelsnämnd, sammanträde torsdagen den 22 oktober 2026", "Farsta stadsdelsnämnd"),
        ("Kommunstyrelsen, sammanträde måndagen den 2 november 2026", "Kommunstyrelsen"),
        ("Kulturnämndens sammanträde den 3 mars 2026", "Kulturnämnden"),
        ("Hägersten-Älvsjö stadsdelsnämnd, extra sammanträde 2026-05-04", "Hägersten-Älvsjö stadsdelsnämnd"),
        ("Sammanträde 2025-10-23", None),
        ("Plats och tid: Stadshuset, sammanträdesrummet", None),
    ],
)
def test_whose_meeting_a_protocols_subtitle_names(subtitle: str, body: str | None) -> None:
    assert meeting_body(subtitle) == body


@pytest.mark.parametrize(
    ("sentence", "meeting", "body"),
    [
        ("Nämnden beslutar att godkänna förvaltningens tjänsteutlåtande som svar på remissen.", "Farsta stadsdelsnämnd",
         "Farsta stadsdelsnämnd"),
        ("Stadsdelsnämnden beslutar att godkänna förvaltningens förslag som svar på remissen.",
         "Skarpnäcks stadsdelsnämnd", "Skarpnäcks stadsdelsnämnd"),
        ("Styrelsen beslutar att anta förvaltningens förslag till yttrande som svar på remissen.",
         "Kommunstyrelsen", "Kommunstyrelsen"),
    ],
)  # fmt: skip
def test_the_board_a_protocols_own_nämnden_is(sentence: str, meeting: str, body: str) -> None:
    blocks = [_heading("§ 12 Svar på remiss av förslag till Cykelplan för Stockholm 2027–2035"), _lines(sentence)]
    analysed = analyse(blocks, REGISTER)
    decision = Decision(proposed_by=None, decided_by=sentence.split()[0], points=[])
    found = extract_answers(
        analysed, "protokoll", decision, extract_reports(analysed), AnswerHeader(), [], REGISTER, meeting=meeting
    )
    assert [answer.answering_body.name for answer in found] == [body]


def test_a_paragraph_answers_for_the_body_that_gives_the_answer() -> None:
    """A protocol's § answers for the body giving the answer in it, not for the council another § proposes to."""
    blocks = [
        _heading("§ 203 Mål och budget 2027–2029"),
        _lines("Kommunstyrelsen föreslår kommunfullmäktige att fastställa budgeten."),
        _heading("§ 204 Yttrande över förslag till Regional vattenförsörjningsplan för Stockholms län"),
        _lines(
            "Kommunstyrelsen antar stadsledningskontorets förslag till yttrande som kommunens svar till länsstyrelsen."
        ),
    ]
    analysed = analyse(blocks, REGISTER)
    decision = Decision(proposed_by="Kommunstyrelsen", decided_by="Kommunfullmäktige", points=[])
    found = extract_answers(
        analysed, "protokoll", decision, extract_reports(analysed), AnswerHeader(), [], REGISTER, meeting=None
    )
    assert [answer.answering_body.name for answer in found] == ["Kommunstyrelsen"]


# --- Signatures --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cells",
    [
        ("Malmö Idrottsföreningars Samorganisation\n(MIS)", "Hela programmet", "2026-12-11"),
        ("Stockholms Idrottsförbund\nSISU", "Åtgärd 3.1", "2026-12-11"),
        ("Hyresgästföreningen Region Stockholm\n(HGF)", "Hela planen", "2026-12-11"),
    ],
)
def test_an_organisation_in_a_sändlista_signs_nothing(cells: tuple[str, ...]) -> None:
    assert signatories(analyse([_row(*cells, page=2)], REGISTER)) == []


@pytest.mark.parametrize(
    "units",
    [
        "Region Stockholm\nPlaneringsavdelningen",
        "Region Öst\nSamhällsplaneringsenheten",
        "Region Stockholm\nPlaneringsavdelningen\nEnheten för samhällsplanering",
        "Juriststaben",
    ],
)
def test_an_agencys_compound_unit_under_its_logo_is_no_office(units: str) -> None:
    head = [_logo_row("YTTRANDE\n2027-11-08", f"TRAFIKVERKET\n{units}")]
    body = _heading("Yttrande över förslag till Trafikstrategi för Norrtälje kommun 2028–2040")
    assert letterhead_office([*head, body, BODY]) == "Trafikverket"


@pytest.mark.parametrize(
    ("logo", "line", "office"),
    [
        ("Familjebostäder", "AB Familjebostäder, org.nr 556035-9642", "AB Familjebostäder"),
        ("SVENSKA BOSTÄDER", "AB Svenska Bostäder, org.nr 556043-6429", "AB Svenska Bostäder"),
        ("Micasa", "Micasa Fastigheter i Stockholm AB, org.nr 556448-9463", "Micasa Fastigheter i Stockholm AB"),
        ("Stockholmshem", "AB Stockholmshem – org.nr 556035-8503", "AB Stockholmshem"),
        ("Familjebostäder", "Org.nr 556035-9642", "Familjebostäder"),
    ],
)
def test_a_companys_full_name_under_its_logo_is_the_office(logo: str, line: str, office: str) -> None:
    head = [_heading(logo, x0=330, level=2), _lines(line, x0=330), _lines("Box 92100, 120 07 Stockholm", x0=330)]
    assert letterhead_office([*head, _heading("Protokoll fört vid styrelsemöte"), BODY]) == office
