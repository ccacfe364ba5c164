"""Proposed decisions, header fields and signatories on synthetic memos."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.extract.measures import is_recommendation

REGISTER = load_register()


def decision(block, *blocks, office="Stadsledningskontoret", addressee="Kommunstyrelsen"):
    found = extract_decision(analyse(list(blocks), REGISTER), office, addressee, REGISTER)
    return found.proposed_by, found.decided_by, [(p.number, p.text, p.decided_by) for p in found.points]


def test_council_points_and_own_points(block) -> None:
    assert decision(
        block,
        block("Stadsledningskontorets förslag till beslut", "heading", level=2),
        block("Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."),
        block("Budgeten för 2018 fastställs.", "list_item", "1."),
        block("Rapporten godkänns.", "list_item", "2."),
        block("Kommunstyrelsen beslutar för egen del följande."),
        block("Stadsledningskontoret får i uppdrag att följa upp arbetet.", "list_item", "1."),
        block("Ingela Lindh | Stadsdirektör", "table_row"),
        block("Sammanfattning", "heading", level=2),
        block("1. Detta är inte en beslutspunkt."),
    ) == (
        "Kommunstyrelsen",
        "Kommunfullmäktige",
        [
            (1, "Budgeten för 2018 fastställs.", None),
            (2, "Rapporten godkänns.", None),
            (1, "Stadsledningskontoret får i uppdrag att följa upp arbetet.", "Kommunstyrelsen"),
        ],
    )


def test_lead_in_with_infinitive(block) -> None:
    assert decision(
        block,
        block("Förslag till beslut", "heading", level=2),
        block("Kommunstyrelsen föreslår kommunfullmäktige att besluta följande:"),
        block("Planen antas.", "list_item", "1."),
    ) == ("Kommunstyrelsen", "Kommunfullmäktige", [(1, "Planen antas.", None)])


def test_district_memo_without_lead_in(block) -> None:
    assert decision(
        block,
        block("Förvaltningens förslag till beslut", "heading", level=2),
        block("Stadsdelsnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen."),
        block("Sammanfattning", "heading", level=2),
        office="Skärholmens stadsdelsförvaltning",
        addressee="Skärholmens stadsdelsnämnd",
    ) == (
        "Skärholmens stadsdelsförvaltning",
        "Skärholmens stadsdelsnämnd",
        [(1, "Stadsdelsnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.", None)],
    )


def test_generic_decider_is_the_addressee(block) -> None:
    proposed, decided, points = decision(
        block,
        block("Förslag till beslut", "heading", level=1),
        block("Nämnden beslutar följande:"),
        block("Yttrandet godkänns.", "list_item", "a)"),
        office="Socialförvaltningen",
        addressee="Socialnämnden",
    )
    assert (proposed, decided, points) == ("Socialförvaltningen", "Socialnämnden", [(1, "Yttrandet godkänns.", None)])


def test_no_decision_section(block) -> None:
    assert decision(block, block("Bakgrund", "heading", level=2), block("Text.")) == (None, None, [])


@pytest.mark.parametrize(
    ("sentence", "recommends"),
    [
        ("Kommissionen rekommenderar därför att staden utökar riktade yrkesutbildningar.", True),
        ("I rapporten rekommenderas staden att ta initiativ till en dialog.", True),
        ("Vidare förordrar kommissionen att kompetensbaserad rekrytering främjas.", True),
        ("Riktade sysselsättningskrav i upphandling föreslås.", True),
        ("Kopplingen mellan skola och arbetsliv behöver stärkas.", True),
        ("Enprocentsregeln borde utvecklas, t.ex. genom fler beställningar.", True),
        ("Kommissionen ser ett behov av att utveckla samarbetet mellan nämnderna.", True),
        ("Enligt rapporten kan närvaron göras mer jämlik, bl.a. genom att fler ateljéer etableras.", True),
        ("Enligt förslaget ska ett statligt stöd införas från och med 2020.", True),
        ("Enligt förslaget har kommunerna redan i dag ansvaret.", False),
        ("Knappt var tionde (9,2 %) ung stockholmare tillhör gruppen.", False),
        ("I Rinkeby är andelen 22,9 procent och i Äppelviken så låg som 3,3 procent.", False),
        ("Biblioteken konstateras vara en infrastruktur som kan ge förutsättningar för möten.", False),
        ("Det behöver inte betyda att ambitionerna har omsatts i handling.", False),
        ("Varje elev ska få det stöd den behöver.", False),
        ("Av årskullen födda 1975 hade 39 procent tagit examen, d.v.s. färre än väntat.", False),
        ("Kommissionen rekommenderar inte att staden inför avgifter för s.k. fritidskort.", False),
        ("Utredningen föreslår därför inte någon ändring av reglerna.", False),
        ("Kommissionen föreslår att staden inte inför avgifter, bl.a. för unga.", True),
    ],
)
def test_recommendation_cues(sentence: str, recommends: bool) -> None:
    assert is_recommendation(sentence) is recommends


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Diarienummer: KSN-2019-1234", "KSN-2019-1234"),
        ("Dnr 123-456/2016", "123-456/2016"),
        ("Handläggare | Dnr. SDN 2017/12.", "SDN 2017/12"),
        ("Ingen beteckning här, bara 2016.", None),
        # the recipient's number (the referrer's) is never the document's own; the sender's own reference is
        ("Ert diarienummer KS 2026/0312", None),
        ("Er dnr: KS 2026/0312. Vårt dnr: 2026/44", "2026/44"),
        ("Ert dnr. Fi2026/00312 Vår beteckning V26-041", "V26-041"),
        ("Er referens\nKS 2026/0312\nVår referens\n2026-118", "2026-118"),
        ("Era ref. KS 2026/0312", None),
        ("Vårt ärendenummer: ÄR-2026-17", "ÄR-2026-17"),
        ("Vår referens: Anna Berg", None),
    ],
)
def test_case_number_on_the_first_page(block, text: str, number: str | None) -> None:
    from atgard.extract.case_numbers import body_diarienummer

    assert body_diarienummer([block(text)]) == number


@pytest.mark.parametrize(
    ("cells", "number"),
    [
        (["Ert diarienummer\nKS 2026/0312", "Vår beteckning\nV26-041"], "V26-041"),
        (["Er beteckning\nS2026/01234", "Vårt diarienummer\n2026/211"], "2026/211"),
        (["Vår referens\nSH-2026-09", "Er referens\nKS 2026/0544"], "SH-2026-09"),
        (["Till\nKommunstyrelsen", "Ert dnr\nKS 2026/0312"], None),
    ],
)
def test_the_own_number_in_a_table_of_references_label_over_value(cells: list[str], number: str | None) -> None:
    from atgard.extract.case_numbers import body_diarienummer
    from atgard.schema import BBox, Block, PageBox, TableCell

    box = BBox(x0=70, top=100, x1=370, bottom=130)
    cell_boxes = [BBox(x0=70 + 150 * i, top=100, x1=210 + 150 * i, bottom=130) for i in range(len(cells))]
    row = Block(
        kind="table_row",
        text=" | ".join(cells),
        cells=[TableCell(text=text, bbox=b) for text, b in zip(cells, cell_boxes, strict=True)],
        page=1,
        boxes=[PageBox(page=1, bbox=box)],
    )
    assert body_diarienummer([row]) == number


def test_an_utlatande_states_its_proposal_twice_the_second_time_through_its_speaker(block) -> None:
    points = [
        ("Handlingsplanen godkänns.", "list_item", "1."),
        (
            "Arbetsmarknadsnämnden ges i uppdrag att samordna stadens sommarjobb, bl.a. med stadsdelsnämnderna.",
            "list_item",
            "2.",
        ),
    ]
    assert decision(
        block,
        block("Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.", "heading", level=2),  # set in bold
        *[block(*point) for point in points],
        block("Föredragande borgarrådet Sara Lund anför följande."),
        block("Staden erbjuder i dag omkring 8 000 sommarjobb."),
        block("Jag föreslår att kommunstyrelsen föreslår kommunfullmäktige att besluta följande."),
        *[block(*point) for point in points],
        block("Reservationer", "heading", level=2),
        block("Reservation anförs av Jonas Naddebo m.fl. (C) enligt följande."),
        block("att bifalla Centerpartiets förslag i kommunstyrelsen,", "list_item", "-"),
        office="Stockholms stad",
        addressee=None,
    ) == (
        "Kommunstyrelsen",
        "Kommunfullmäktige",
        [(1, "Handlingsplanen godkänns.", None), (2, points[1][0], None)],
    )


@pytest.mark.parametrize(
    ("lead_in", "proposer", "decider"),
    [
        (
            "Jag föreslår att kommunstyrelsen föreslår kommunfullmäktige att besluta följande.",
            "Kommunstyrelsen",
            "Kommunfullmäktige",
        ),
        (
            "Jag föreslår att kommunstyrelsen föreslår att kommunfullmäktige beslutar följande:",
            "Kommunstyrelsen",
            "Kommunfullmäktige",
        ),
        ("Vi föreslår att kommunstyrelsen beslutar följande.", "Stadsledningskontoret", "Kommunstyrelsen"),
        (
            "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.",
            "Borgarrådsberedningen",
            "Kommunstyrelsen",
        ),
    ],
)
def test_who_proposes_and_who_decides(block, lead_in: str, proposer: str, decider: str) -> None:
    found = decision(block, block(lead_in), block("Rapporten godkänns.", "list_item", "1."), addressee=None)
    assert found[:2] == (proposer, decider)


def test_points_numbered_in_their_text_when_the_reader_saw_no_list(block) -> None:
    """ "1. Rapporten godkänns." as a paragraph (no gap after the number): the number is the point's, not its text."""
    assert decision(
        block,
        block("Förslag till beslut", "heading", level=2),
        block("1. Rapporten godkänns."),
        block("2) Förvaltningen får i uppdrag att återkomma, bl.a. om kostnaderna."),
        block("Sammanfattning", "heading", level=2),
        block("2016. Därefter ökade antalet."),
    ) == (
        "Stadsledningskontoret",
        "Kommunstyrelsen",
        [
            (1, "Rapporten godkänns.", None),
            (2, "Förvaltningen får i uppdrag att återkomma, bl.a. om kostnaderna.", None),
        ],
    )


@pytest.mark.parametrize("who", ["Bolaget", "Nämnden", "Styrelsen", "Bolagsstyrelsen"])
def test_a_decider_named_by_its_kind_alone_is_the_addressee(block, who: str) -> None:
    assert decision(
        block,
        block("Förslag till beslut", "heading", level=2),
        block(f"{who} beslutar följande."),
        block("Yttrandet överlämnas till kommunstyrelsen.", "list_item", "1."),
        office="AB Svenska Bostäder",
        addressee="AB Svenska Bostäder",
    ) == ("AB Svenska Bostäder", "AB Svenska Bostäder", [(1, "Yttrandet överlämnas till kommunstyrelsen.", None)])


@pytest.mark.parametrize(
    "signing",
    ["Stockholm den 21 maj 2025", "På kommunstyrelsens vägnar:", "Vid protokollet", "Justeras"],
)
def test_where_the_proposal_is_signed_ends_its_points(block, signing: str) -> None:
    """An unnumbered point, then the dateline or the signing formula and a name: the point alone."""
    assert decision(
        block,
        block("Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande", "heading", level=2),
        block("Motionen anses besvarad."),
        block(signing),
        block("Karin Wanngård"),
        office="Kommunstyrelsen",
        addressee=None,
    ) == ("Kommunstyrelsen", "Kommunfullmäktige", [(1, "Motionen anses besvarad.", None)])


def test_a_point_whose_list_follows_as_items_is_one_point(block) -> None:
    """ "... skickas på remiss till" and its names as items: the point goes on in them; numbered items stay points."""
    assert decision(
        block,
        block("Förslag till beslut", "heading", level=2),
        block("I kommunstyrelsen:"),
        block("Förslaget skickas på remiss till"),
        block("stadsbyggnadsnämnden,", "list_item", "-"),
        block("Göteborgs Stadshus AB.", "list_item", "-"),
        block("Sammanfattning", "heading", level=2),
    ) == (
        "Stadsledningskontoret",
        "Kommunstyrelsen",
        [(1, "Förslaget skickas på remiss till stadsbyggnadsnämnden, Göteborgs Stadshus AB.", None)],
    )


def test_att_points_numbered_in_their_text_under_the_offices_own_lead_in(block) -> None:
    """ "Förvaltningen föreslår att nämnden beslutar" / "1. att godkänna ...": the memo's office proposes."""
    assert decision(
        block,
        block("Förvaltningens förslag till beslut", "heading", level=2),
        block("Förvaltningen föreslår att nämnden beslutar"),
        block("1. att godkänna förvaltningens tjänsteutlåtande som svar på remissen,"),
        block("2. att justera paragrafen omedelbart."),
        block("Sammanfattning", "heading", level=2),
        office="Farsta stadsdelsförvaltning",
        addressee="Farsta stadsdelsnämnd",
    ) == (
        "Farsta stadsdelsförvaltning",
        "Farsta stadsdelsnämnd",
        [
            (1, "att godkänna förvaltningens tjänsteutlåtande som svar på remissen,", None),
            (2, "att justera paragrafen omedelbart.", None),
        ],
    )


def _at(made, top: float):
    """A block placed on its page, ``top`` points from the page's head."""
    from atgard.schema import BBox, LineSpan, PageBox

    box = BBox(x0=70, top=top, x1=520, bottom=top + 12)
    lines = [LineSpan(start=0, end=len(made.text), page=made.page, bbox=box)]
    return made.model_copy(update={"boxes": [PageBox(page=made.page, bbox=box)], "lines": lines})


@pytest.mark.parametrize(
    "closing",
    ["Utdragsbestyrkande", "Utdraget bestyrks", "Rätt utdraget intygar", "Justerandes signatur", "Vid protokollet"],
)
def test_a_protocols_points_are_neither_its_attendance_nor_its_certification(block, closing: str) -> None:
    """An attendance table's column the reader set after "Styrelsen beslöt" stands above it on the page: no
    point; nor are the extract's certification and the name under it."""
    _, _, points = decision(
        block,
        _at(block("Närvarande ledamöter"), 150),
        _at(block("§ 63 Remissvar", "heading", level=2), 300),
        _at(block("Styrelsen beslöt"), 400),
        _at(block("Ulrika Åkesson, ordförande; Göran Lindqvist, vice ordförande; Hanna Berglund"), 150),
        _at(block("Mikael Strand, VD; Sofie Karlberg, sekreterare"), 170),
        _at(block("att godkänna förslaget till remissvar, samt"), 420),
        _at(block("att förklara paragrafen omedelbart justerad."), 440),
        _at(block(closing), 600),
        _at(block("Lina Ekelund"), 620),
        office="Mölndalsbostäder AB",
        addressee=None,
    )
    assert [text for _, text, _ in points] == [
        "att godkänna förslaget till remissvar, samt",
        "att förklara paragrafen omedelbart justerad.",
    ]
