"""A head's sender, addressee and case officer as holdout20's writers set them: the organisation and its office
stacked in one cell of the running header ("Region Stockholm / Trafikförvaltningen", "SOLNA STAD /
Kommunstyrelsen"), the agenda item before its meeting under the addressee ("Ärende 9, sammanträde tisdag den 8 juni
2027"), the unit over the box's labelled lines, a letterhead's margin column beside the address, the addressee's
name set in bold over its address, the phone after the case officer's name. Tables of Swedish variants written for
these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.address_column import case_officer
from atgard.extract.addressee import address_block, header_box
from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.senders import sender
from atgard.extract.signatories import signatories
from atgard.schema import BBox, Block, LineSpan, PageBox


def _lines(*lines: str, kind: str = "paragraph", x0: float = 65, top: float = 40, level: int | None = None) -> Block:
    """A block of short lines set from ``x0``, its first line at ``top``."""
    text, spans, at = " ".join(lines), [], 0
    for n, line in enumerate(lines):
        box = BBox(x0=x0, top=top + 12 * n, x1=x0 + 5 * len(line), bottom=top + 10 + 12 * n)
        spans.append(LineSpan(start=at, end=at + len(line), page=1, bbox=box))
        at += len(line) + 1
    box = BBox(x0=x0, top=top, x1=x0 + 5 * max(map(len, lines)), bottom=top + 12 * len(lines))
    return Block(kind=kind, text=text, page=1, boxes=[PageBox(page=1, bbox=box)], lines=spans, level=level)


@pytest.mark.parametrize(
    ("office", "unit", "expected"),
    [
        ("Region Stockholm / Trafikförvaltningen", "Avdelningen för strategisk utveckling", "Trafikförvaltningen"),
        ("Region Skåne / Regionala utvecklingsförvaltningen", None, "Regionala utvecklingsförvaltningen"),
        ("SOLNA STAD / Kommunstyrelsen", None, "Kommunstyrelsen"),
        ("UPPLANDS VÄSBY KOMMUN / Kommunstyrelsen", None, "Kommunstyrelsen"),
        ("Uppsala kommun / Kommunledningskontoret", None, "Kommunledningskontoret"),
        ("Lilla Edets kommun / Miljö- och byggnadsnämnden", None, "Miljö- och byggnadsnämnden"),
        ("Region Stockholm / Regionstyrelsen", None, "Region Stockholm"),  # the region as itself, as unstacked
        ("Trafikförvaltningen / Avdelningen för utveckling", None, "Trafikförvaltningen / Avdelningen för utveckling"),
        ("Stadsledningskontoret", "Avdelningen för stadsutveckling", "Stadsledningskontoret"),
    ],
)
def test_organisation_and_office_stacked_in_one_cell(office: str, unit: str | None, expected: str) -> None:
    assert sender(office, unit).office == expected


def test_stacked_office_keeps_the_unit_under_it() -> None:
    assert sender("Region Stockholm / Trafikförvaltningen", "Strategisk utveckling").unit == "Strategisk utveckling"


@pytest.mark.parametrize(
    "purpose",
    [
        "Ärende 9, sammanträde tisdag den 8 juni 2027",
        "Ärende 9 – sammanträde 2027-06-08",
        "p. 4 - nämndens sammanträde den 8 juni 2027",
        "§ 12 sammanträdet tisdagen den 3 maj 2027",
        "Punkt 3, möte 2027-06-08",
    ],
)
def test_agenda_item_before_its_meeting_is_no_part_of_the_addressee(purpose: str) -> None:
    box = header_box([table_row("Handläggare\nEva Ek\nTelefon: 08-123 316 40", f"Till\nTrafiknämnden\n{purpose}")])
    assert box.addressee == "Trafiknämnden"


def test_a_body_named_after_the_item_stays() -> None:
    box = header_box([table_row("Handläggare\nEva Ek", "Till\nTrafiknämnden\nÄrende 9, yttrande över planen")])
    assert box.addressee != "Trafiknämnden"


@pytest.mark.parametrize(
    ("over", "officer_line", "to", "addressee", "officer"),
    [
        ("Avdelningen för stadsmiljö", "Handläggare: Linnea Ek", "Till Hägersten-Älvsjö stadsdelsnämnd",
         "Hägersten-Älvsjö stadsdelsnämnd", "Linnea Ek"),
        ("Enheten för kultur", "Handläggare Per Nord", "Till: Kulturnämnden", "Kulturnämnden", "Per Nord"),
        ("Planeringsavdelningen", "Handläggare: Anna-Karin Berg, telefon 08-508 11 111", "Till Stadsbyggnadsnämnden",
         "Stadsbyggnadsnämnden", "Anna-Karin Berg"),
    ],
)  # fmt: skip
def test_unit_over_the_box_lines(over: str, officer_line: str, to: str, addressee: str, officer: str) -> None:
    box = header_box([_lines(over, officer_line, "Telefon: 08-508 22 316", to, "Sammanträde 2027-04-15")])
    assert (box.addressee, box.officer.name) == (addressee, officer)


def test_unlabelled_lines_with_one_label_are_no_box() -> None:
    assert header_box([_lines("Eva Ek", "Till Kulturnämnden")]).addressee is None


@pytest.mark.parametrize(
    ("address", "addressee"),
    [
        (
            ("Försvarsdepartementet", "Enheten för samhällets krisberedskap", "103 33 Stockholm"),
            "Försvarsdepartementet",
        ),
        (("Regeringskansliet", "Finansdepartementet", "103 33 Stockholm"), "Finansdepartementet"),
        (("Naturvårdsverket", "registrator@naturvardsverket.se"), "Naturvårdsverket"),
    ],
)
def test_margin_column_beside_the_address(address: tuple[str, ...], addressee: str) -> None:
    margin = [
        _lines("MSB", "Myndigheten för", "samhällsskydd", "och beredskap", top=88),
        _lines("Enheten för", "kommunal beredskap", "Handläggare:", "Johanna Ek", top=166),
        _lines("REMISSYTTRANDE", "Datum: 2026-05-22", "Diarienr: MSB 2026-01832", x0=184, top=88),
    ]
    assert address_block([*margin, _lines(*address, x0=184, top=166)]) == addressee


@pytest.mark.parametrize(
    ("name", "under", "addressee"),
    [
        ("Trafikverket", ("Att: Registrator, Planering nationellt", "781 89 Borlänge"), "Trafikverket"),
        ("Boverket", ("Box 534", "371 23 Karlskrona"), "Boverket"),
        ("Länsstyrelsen i Uppsala län", ("751 86 Uppsala",), "Länsstyrelsen i Uppsala län"),
        ("Finansdepartementet", ("fi.remissvar@regeringskansliet.se",), "Finansdepartementet"),
    ],
)
def test_name_in_bold_over_its_address(name: str, under: tuple[str, ...], addressee: str) -> None:
    blocks = [_lines(name, kind="heading", level=3, top=190), _lines(*under, top=213)]
    assert address_block([*blocks, _lines("Yttrande över planen", kind="heading", level=1, top=285)]) == addressee


def test_a_title_over_its_text_is_no_address() -> None:
    text = "Region Uppsala har beretts möjlighet att yttra sig över rubricerat förslag och vill framföra följande."
    blocks = [_lines("Yttrande över planen", kind="heading", level=1, top=190), _lines(text, top=213)]
    assert address_block(blocks) is None


@pytest.mark.parametrize(
    ("lines", "name", "phone"),
    [
        (["Rasmus Fjellström, telefon 08-508 27 351"], "Rasmus Fjellström", "08-508 27 351"),
        (["Ronja Wästberg, tel. 08-508 03 214"], "Ronja Wästberg", "08-508 03 214"),
        (
            ["Petra Lundmark-Öst, fritidsstrateg, tfn 08-508 05 441"],
            "Petra Lundmark-Öst",  # the title apart from the name (review of holdout20)
            "08-508 05 441",
        ),
        (["Eva Ek", "Telefon: 08-508 000 00"], "Eva Ek", "08-508 000 00"),
        (["Eva Ek, telefonist"], "Eva Ek, telefonist", None),
    ],
)
def test_phone_after_the_case_officers_name(lines: list[str], name: str, phone: str | None) -> None:
    assert (case_officer(lines).name, case_officer(lines).phone) == (name, phone)


@pytest.mark.parametrize(
    ("label", "rows", "addressee"),
    [
        ("Vår handläggare", [("Sofie Ek", "Stockholms stad"), ("Strateg", "Miljöförvaltningen")], "Miljöförvaltningen"),
        ("Handläggare", [("Per Nord", "Solna stad"), ("Planarkitekt", "Kommunstyrelsen")], "Kommunstyrelsen"),
        ("Vår handläggare", [("Eva Ek", "Trafikverket"), ("Utredare", "Region Stockholm")], "Trafikverket"),
        ("Handläggare", [("Eva Ek", "Kulturnämnden"), ("Datum", "Dnr")], "Kulturnämnden"),  # labels: no values
    ],
)  # fmt: skip
def test_values_a_row_a_line_under_their_labels(label: str, rows: list[tuple[str, str]], addressee: str) -> None:
    blocks = [table_row(label, "Till", top=80), *(table_row(*row, top=100 + 20 * n) for n, row in enumerate(rows))]
    assert header_box(blocks).addressee == addressee


REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I detta ärende har länsrådet Tomas Liljeqvist beslutat och antikvarien Elsa Nordqvist Henriksson varit "
            "föredragande. Beslutet har fattats digitalt och saknar därför namnunderskrifter.",
            [("Tomas Liljeqvist", "länsrådet"), ("Elsa Nordqvist Henriksson", "antikvarien")],
        ),
        (
            "I det här ärendet har landshövdingen Eva Berg beslutat och Karl Ek har varit föredragande.",
            [("Eva Berg", "landshövdingen"), ("Karl Ek", None)],
        ),
        ("I detta ärende har enhetschefen Karin Lund-Berg beslutat.", [("Karin Lund-Berg", "enhetschefen")]),
        ("I detta ärende har nämnden beslutat att avslå ansökan.", []),
        ("I detta ärende har Region Stockholm beslutat att inte yttra sig.", []),
        (
            "I detta ärende har länsrådet Tomas Lind beslutat och juristen Nora Falk deltagit.",
            [("Tomas Lind", "länsrådet")],  # who took part does not sign
        ),
    ],
)
def test_decided_digitally_by_a_person_with_a_presenter(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(s.name, s.title) for s in signatories(analyse([lines_block(text)], REGISTER))] == expected


@pytest.mark.parametrize(
    ("under", "expected"),
    [
        ("Sofie Wennberg, sekreterare", [("Sofie Wennberg", "sekreterare")]),
        ("Anna-Karin Berg, nämndsekreterare", [("Anna-Karin Berg", "nämndsekreterare")]),
        ("Per Holm, kommunsekreterare", [("Per Holm", "kommunsekreterare")]),
        ("Louise Brandt", [("Louise Brandt", None)]),
        ("Anteckningar, se bilaga", []),
    ],
)
def test_name_and_title_on_one_line_under_the_formula(under: str, expected: list[tuple[str, str | None]]) -> None:
    blocks = [_lines("Vid protokollet", top=600), _lines(under, top=614)]
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == expected


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        ("Region Stockholm / Trafikförvaltningen", ("Region Stockholm", "Trafikförvaltningen")),
        ("SOLNA STAD / Kommunstyrelsen", ("Solna stad", "Kommunstyrelsen")),
        ("Nacka kommun / Miljö- och stadsbyggnadsnämnden", ("Nacka kommun", "Miljö- och stadsbyggnadsnämnden")),
        # review of holdout20, #5: a case number or a document's kind under the organisation is no office
        ("Region Stockholm / Dnr TN 2027-0418", None),
        ("Region Stockholm / Tjänsteutlåtande", None),
        ("Uppsala kommun / Sida 2 av 4", None),
    ],
)
def test_a_stacked_header_cell_gives_an_office_only_by_a_bodys_noun(office: str, expected) -> None:
    from atgard.extract.senders import _stacked

    assert _stacked(office) == expected
