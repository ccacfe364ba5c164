"""A letter's and a protocol's head and foot: the addressee under its label, the organisation over the body
addressed, an agency's "Ärendenummer", the referrer's number set off by commas, who answers (the organisation,
not its unit), a title broken over two headings, names broken over two lines and titles cut from their names
by a page break. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.addressee import header_box
from atgard.extract.analysis import analyse
from atgard.extract.answer_references import in_reply_to
from atgard.extract.answers import _answering_sender
from atgard.extract.boards import load_register
from atgard.extract.case_numbers import body_diarienummer
from atgard.extract.signatories import signatories
from atgard.extract.title import meeting_body, title_and_subtitle
from atgard.schema import BBox, Block, LineSpan, PageBox

REGISTER = load_register()


def _lines(*lines: str, kind: str = "paragraph", page: int = 1) -> Block:
    """A block of several lines as the reader sets them: the text joined by spaces, a span a line."""
    text, spans, at = " ".join(lines), [], 0
    for n, line in enumerate(lines):
        box = BBox(x0=70, top=100 + 12 * n, x1=300, bottom=110 + 12 * n)
        spans.append(LineSpan(start=at, end=at + len(line), page=page, bbox=box))
        at += len(line) + 1
    box = BBox(x0=70, top=100, x1=300, bottom=110 + 12 * len(lines))
    return Block(kind=kind, text=text, page=page, boxes=[PageBox(page=page, bbox=box)], lines=spans)


_row = table_row


# --- The addressee ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("blocks", "addressee"),
    [
        pytest.param(
            [_lines("Till", "Finansdepartementet", "fi.remissvar@regeringskansliet.se")],
            "Finansdepartementet",
            id="'Till' over the ministry and its mailbox, one block",
        ),
        pytest.param(
            [_lines("Mottagare:", "Socialdepartementet", "Kopia till: Inspektionen för vård och omsorg")],
            "Socialdepartementet",
            id="'Mottagare:' with a copy under it",
        ),
        pytest.param(
            [_lines("Till", kind="heading"), _lines("Sundsvalls kommun, kommunstyrelsen", "ks@sundsvall.se")],
            "Kommunstyrelsen",
            id="'Till' set as a heading, the municipality and its board on one line",
        ),
        pytest.param(
            [_lines("Till"), _lines("Region Uppsala", "Regionstyrelsen")],
            "Regionstyrelsen",
            id="the region over its board, under a label of its own",
        ),
        pytest.param(
            [_row("Mottagare\nRegeringskansliet, Finansdepartementet\nfi.remissvar@regeringskansliet.se", "Datum")],
            "Finansdepartementet",
            id="'Regeringskansliet, Finansdepartementet' in a cell",
        ),
        pytest.param(
            [_row("Er beteckning\nKS 2025/0412", "Mottagare\nSandvikens kommun\nKommunstyrelsen")],
            "Kommunstyrelsen",
            id="the municipality over its board in a cell",
        ),
        pytest.param(
            [_row("Till\nSolna stad, tekniska nämnden")],
            "Tekniska nämnden",
            id="'stad' and a board in lower case",
        ),
        pytest.param(
            [_row("Mottagare\nUppsala kommun")],
            "Uppsala kommun",
            id="the municipality itself",
        ),
        pytest.param(
            [_row("Till\nStadsbyggnadsnämnden, exploateringsnämnden")],
            "Stadsbyggnadsnämnden, exploateringsnämnden",
            id="two boards stay two",
        ),
        pytest.param(
            [_lines("Till sammanträdet förelåg förvaltningens", "tjänsteutlåtande den 3 mars 2026.")],
            None,
            id="running text that opens with 'Till'",
        ),
    ],
)
def test_the_addressee_under_its_label(blocks: list[Block], addressee: str | None) -> None:
    assert header_box(blocks).addressee == addressee


# --- The document's own number and the referrer's ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "number"),
    [
        (("Ärendenummer\nTRV 2026/31877", "Dokumentdatum\n2026-04-14"), "TRV 2026/31877"),
        (("Ärendenummer: TRV 2026/1204",), "TRV 2026/1204"),
        (("Ert ärendenummer\nKS 2026/0094", "Vårt ärendenummer\nLST 2026-441"), "LST 2026-441"),
        (("Ert ärendenummer\nKS 2026/0094",), None),
    ],
)
def test_an_agencys_case_number(cells: tuple[str, ...], number: str | None) -> None:
    assert body_diarienummer([_row(*cells)]) == number


@pytest.mark.parametrize(
    ("text", "own", "number"),
    [
        (
            "Gävle kommun har genom remiss den 10 juni 2026, diarienummer Fi2026/00871, beretts tillfälle att yttra "
            "sig över promemorian.",
            None,
            "Fi2026/00871",
        ),
        (
            "att anta yttrandet som regionens svar till Socialdepartementet, diarienummer S2026/01388, samt",
            None,
            "S2026/01388",
        ),
        ("Kommunstyrelsen har remitterat förslaget, dnr KS 2026/0412, till nämnden.", None, "KS 2026/0412"),
        ("Regionen har skickat planen på remiss, ärendenummer RS 2026-0871, och begärt svar.", None, "RS 2026-0871"),
        ("Nämnden har fått remissen, diarienummer KS 2026/0412, och lämnar följande yttrande.", "KS 2026/0412", None),
        ("Betänkandet, SOU 2025:47, har remitterats till kommunen.", None, None),
        ("Ärendet, diarienummer KS 2026/0412, gäller en ny busslinje.", None, None),  # no referral told
    ],
)
def test_the_referrers_number_set_off_by_commas(block, text: str, own: str | None, number: str | None) -> None:
    assert in_reply_to(analyse([block(text)], REGISTER), [], own) == number


# --- Who answers: the organisation, not its unit --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "office", "body"),
    [
        ("Region Mitt, Samhälle", "Trafikverket", "Trafikverket"),
        ("Avdelningen för ekonomi och styrning", "Sveriges Kommuner och Regioner", "Sveriges Kommuner och Regioner"),
        ("Enheten för samhällsplanering", "Länsstyrelsen Gävleborg", "Länsstyrelsen Gävleborg"),
        ("Kommunstyrelsen", "Gävle kommun", "Kommunstyrelsen"),  # a board answers for itself
        ("Samhällsbyggnadsförvaltningen", "Eskilstuna kommun", "Eskilstuna kommun"),  # an office only prepares
    ],
)
def test_the_answering_sender_is_the_organisation(unit: str, office: str, body: str) -> None:
    found = _answering_sender([unit, office], REGISTER)
    assert found is not None and found.name == body


# --- A protocol's title broken over two headings --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headings", "title", "body"),
    [
        (
            ["Protokoll fört vid sammanträde med styrelsen för", "Mölndalsbostäder AB"],
            "Protokoll fört vid sammanträde med styrelsen för Mölndalsbostäder AB",
            "Mölndalsbostäder AB",
        ),
        (
            ["Protokoll från sammanträde med", "Tekniska nämnden"],
            "Protokoll från sammanträde med Tekniska nämnden",
            "Tekniska nämnden",
        ),
        (
            ["Protokoll fört vid sammanträde med styrelsen för", "Närvarande"],
            "Protokoll fört vid sammanträde med styrelsen för",
            None,
        ),
        (
            ["Protokoll fört vid sammanträde med styrelsen för", "§ 1 Val av justerare"],
            "Protokoll fört vid sammanträde med styrelsen för",
            None,
        ),
    ],
)
def test_a_title_broken_over_two_headings(block, headings: list[str], title: str, body: str | None) -> None:
    found = title_and_subtitle([block(text, "heading", level=1) for text in headings]).title
    assert found == title
    assert meeting_body(found) == body


# --- Signatures -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        pytest.param(
            [_row("Inger Wallin\nKommunstyrelsens ordförande", "Lars-Olof\nBergkvist\nKommundirektör")],
            [("Inger Wallin", "Kommunstyrelsens ordförande"), ("Lars-Olof Bergkvist", "Kommundirektör")],
            id="a name broken over two lines in a narrow cell",
        ),
        pytest.param(
            [_row("Ann-Marie\nSöderström-Lind\nFörvaltningschef")],
            [("Ann-Marie Söderström-Lind", "Förvaltningschef")],
            id="a double surname broken off",
        ),
        pytest.param(
            [_row("Tid\nPlats\nOrdförande\nSekreterare", "Torsdagen den 12 mars 2026\nRådhuset\nEva Ek\nPer Holm")],
            [],
            id="a protocol's labels one a line are no name",
        ),
        pytest.param(
            [_row("Anna Olsson", "Amanda Ström"), _lines("Kommundirektör", page=2), _lines("Utredare", page=2)],
            [("Anna Olsson", "Kommundirektör"), ("Amanda Ström", "Utredare")],
            id="titles cut from their names by a page break",
        ),
        pytest.param(
            [_row("Elin Sjöberg", "Peter Nordin", page=2), _lines("Sekreterare", page=3), _lines("Ordförande", page=3)],
            [("Elin Sjöberg", "Sekreterare"), ("Peter Nordin", "Ordförande")],
            id="a protocol's labels under its names",
        ),
        pytest.param(
            [_row("Anna Olsson", "Amanda Ström"), _lines("Kommundirektör"), _lines("Ärendet har beretts av kontoret.")],
            [],
            id="a title for one of two names is none",
        ),
        pytest.param(
            [_lines("Karin Fors"), _lines("Ämnesråd")],
            [("Karin Fors", "Ämnesråd")],
            id="a ministry's 'Ämnesråd'",
        ),
        pytest.param(
            [_lines("Jonas Hallgren"), _lines("Kansliråd")],
            [("Jonas Hallgren", "Kansliråd")],
            id="a ministry's 'Kansliråd'",
        ),
    ],
)
def test_signatures_broken_by_the_layout(blocks: list[Block], expected: list[tuple[str, str]]) -> None:
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == expected


@pytest.mark.parametrize(
    ("office", "unit", "expected"),
    [
        ("Region Stockholm", "Trafikförvaltningen", ("Trafikförvaltningen", None)),
        ("Region Uppsala", "Hälso- och sjukvårdsförvaltningen", ("Hälso- och sjukvårdsförvaltningen", None)),
        ("Region Jönköpings län", "Regionledningskontoret", ("Regionledningskontoret", None)),
        ("Region Stockholm", "Regionstyrelsen", ("Region Stockholm", "Regionstyrelsen")),
        ("Region Stockholm", "Avdelningen för utveckling", ("Region Stockholm", "Avdelningen för utveckling")),
        ("Trafikförvaltningen", "Strategisk utveckling", ("Trafikförvaltningen", "Strategisk utveckling")),
    ],
)  # fmt: skip
def test_a_regions_office_under_its_name_sends_the_memo(office: str, unit: str, expected: tuple) -> None:
    from atgard.extract.senders import sender

    found = sender(office, unit)
    assert (found.office, found.unit) == expected
