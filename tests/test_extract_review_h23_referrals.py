"""A city's remiss and the answers to it (holdout23): a sändlista table whose label row was left at a page's foot, a
sändlista summing up the bodies the text asks, district boards named again in the plural ("Stadsdelsnämnderna ombeds
i första hand …"), an answer that abstains with an adverb ("avstår därför från"), measure codes of two capitals
("KA2.1"), an e-mail's subject and a protocol's heading naming the report answered. Tables of Swedish variants
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_clauses import declines_answer
from atgard.extract.answer_codes import abstains
from atgard.extract.boards import load_register
from atgard.extract.codes import find_codes
from atgard.extract.referrals import referral_findings
from atgard.extract.report_headings import heading_title
from atgard.extract.reports import extract_reports
from atgard.extract.senders import sender
from atgard.extract.vocabulary import POST_BOX
from atgard.schema import BBox, Block, PageBox, TableCell

REGISTER = load_register()
MakeBlock = Callable[..., Block]
_BOX = BBox(x0=70, top=100, x1=520, bottom=130)


def _row(*cells: str, page: int = 2) -> Block:
    return Block(
        kind="table_row",
        text=" | ".join(cells),
        cells=[TableCell(text=cell, bbox=_BOX) for cell in cells],
        page=page,
        boxes=[PageBox(page=page, bbox=_BOX)],
    )


def _referrals(blocks: list[Block]) -> list[tuple[str | None, list[str]]]:
    analysed = analyse(blocks, REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return [(f.referral.priority, [r.name for r in f.referral.recipients]) for f in found]


LEFT = "Exploateringsnämnden\nStadsbyggnadsnämnden\nTrafiknämnden\nSkärholmens stadsdelsnämnd"
RIGHT = "Naturvårdsverket\nBoverket\nSveriges meteorologiska och hydrologiska institut\n(SMHI)\nLantmäteriet"
LISTED = [
    "Exploateringsnämnden",
    "Stadsbyggnadsnämnden",
    "Trafiknämnden",
    "Skärholmens stadsdelsnämnd",
    "Naturvårdsverket",
    "Boverket",
    "Sveriges meteorologiska och hydrologiska institut",
    "Lantmäteriet",
]


@pytest.mark.parametrize("heading", ["Sändlista", "Remissinstanser", "Bilaga 1 – Sändlista"])
def test_a_sandlista_table_that_lost_its_labels(block: MakeBlock, heading: str) -> None:
    blocks = [
        block("Remissen riktas till de instanser som står i sändlistan nedan."),
        block(heading, kind="heading", level=2),
        _row(LEFT, RIGHT),
    ]
    assert _referrals(blocks) == [(None, LISTED)]


def test_a_table_of_other_things_under_a_remiss_heading_is_no_list(block: MakeBlock) -> None:
    blocks = [
        block("Sändlista", kind="heading", level=2),
        _row("2027-03-15\n2027-04-01\n2027-05-14", "Utskick\nPåminnelse"),
    ]
    assert _referrals(blocks) == []


def test_a_sandlista_that_sums_up_the_bodies_asked(block: MakeBlock) -> None:
    blocks = [
        block("Betänkandet remitteras till socialnämnden och äldrenämnden."),
        block("Betänkandet remitteras även till AB Stockholmshem och Stockholms Hamn AB."),
        block("Sändlista", kind="heading", level=2),
        _row("Facknämnder", "Bolag (via Stockholms Stadshus AB)"),
        _row("Socialnämnden", "AB Stockholmshem"),
        _row("Äldrenämnden", "Stockholms Hamn AB"),
    ]
    asked = [name for _, names in _referrals(blocks) for name in names]
    assert sorted(asked) == ["AB Stockholmshem", "Socialnämnden", "Stockholms Hamn AB", "Äldrenämnden"]


def test_a_sandlista_of_bodies_the_text_does_not_name_is_a_referral(block: MakeBlock) -> None:
    blocks = [
        block("Betänkandet remitteras till socialnämnden."),
        block("Sändlista", kind="heading", level=2),
        _row("Facknämnder", "Bolag (via Stockholms Stadshus AB)"),
        _row("Socialnämnden", "AB Stockholmshem"),
    ]
    assert (None, ["Socialnämnden", "AB Stockholmshem"]) in _referrals(blocks)


@pytest.mark.parametrize(
    "again",
    [
        "Stadsdelsnämnderna ombeds i första hand yttra sig över kapitel 9.",
        "Stadsdelsnämnderna ombeds i första hand att yttra sig över kapitel 9 och 11.",
    ],
)
def test_district_boards_named_again_in_the_plural(block: MakeBlock, again: str) -> None:
    text = f"Betänkandet remitteras även till Hässelby-Vällingby och Södermalms stadsdelsnämnder. {again}"
    assert _referrals([block(text)]) == [
        ("primary", ["Hässelby-Vällingby stadsdelsnämnd", "Södermalms stadsdelsnämnd"]),
    ]


def test_all_district_boards_are_not_those_named_before(block: MakeBlock) -> None:
    text = (
        "Betänkandet remitteras även till Hässelby-Vällingby och Södermalms stadsdelsnämnder. "
        "Samtliga stadsdelsnämnder ges tillfälle att yttra sig."
    )
    bodies = [name for _, names in _referrals([block(text)]) for name in names]
    assert "Samtliga stadsdelsnämnder" in bodies


@pytest.mark.parametrize(
    ("text", "declines"),
    [
        ("Stockholms Hamn AB avstår därför från att yttra sig över betänkandet.", True),
        ("Styrelsen avstår härmed från att lämna synpunkter på förslaget.", True),
        ("Nämnden avstår således från att yttra sig.", True),
        ("Nämnden avstår dock från att yttra sig över åtgärd 4.", False),
        ("Bolaget avstod därför från att yttra sig över den förra remissen.", False),
    ],
)
def test_an_answer_that_abstains_with_an_adverb(block: MakeBlock, text: str, declines: bool) -> None:
    assert declines_answer(text) == declines
    assert abstains(analyse([block(text)], REGISTER)) == declines


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Förvaltningen tillstyrker åtgärd KA2.1.", ["KA2.1"]),
        ("åtgärderna KA1.1–KA1.3", ["KA1.1", "KA1.2", "KA1.3"]),
        ("åtgärderna KA2.1 och KA2.2 samt A3.1", ["KA2.1", "KA2.2", "A3.1"]),
        ("Version EU 2.0 och KS 2.1", []),
        ("KAB2.1 och ka2.1", []),
    ],
)
def test_codes_of_two_capitals(text: str, codes: list[str]) -> None:
    assert [code.code for code in find_codes(text)] == codes


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Remissvar KS 2027/0611 – Gröna Stockholm, program för parker", "Gröna Stockholm, program för parker"),
        ("Yttrande KS 2027/412 - Plan för idrott 2028", "Plan för idrott 2028"),
        (
            "§ 142 Yttrande över förslag till Klimatanpassningsplan för Västerås stad – remiss från kommunstyrelsen",
            "Klimatanpassningsplan för Västerås stad",
        ),
        ("Svar på remiss av Plan för trygghet - remiss från Region Skåne", "Plan för trygghet"),
    ],
)
def test_the_report_an_answers_heading_names(heading: str, title: str) -> None:
    found = heading_title(heading)
    assert found is not None and found.group("title") == title


@pytest.mark.parametrize(
    ("line", "office", "unit"),
    [
        (
            "Stadsledningskontoret / Avdelningen för stadens säkerhet",
            "Stadsledningskontoret",
            "Avdelningen för stadens säkerhet",
        ),
        ("Miljöförvaltningen / Enheten för miljöanalys", "Miljöförvaltningen", "Enheten för miljöanalys"),
        ("Stadsbyggnadskontoret, Planenheten", "Stadsbyggnadskontoret", "Planenheten"),
    ],
)
def test_an_office_and_its_unit_stacked_in_the_header(line: str, office: str, unit: str) -> None:
    found = sender("Stockholms stad", line)
    assert (found.office, found.unit) == (office, unit)


@pytest.mark.parametrize(
    ("text", "box"), [("Box 17 002, 104 62", "Box 17 002"), ("Box 8189 104 20", "Box 8189"), ("Box 22067", "Box 22067")]
)
def test_a_post_box_its_number_in_groups(text: str, box: str) -> None:
    import re

    found = re.match(POST_BOX, text)
    assert found is not None and found.group(0) == box


def _margin_row(number: str, heading: list[str], case: str | None, top: float = 170.0) -> Block:
    """A protocol's row as the reader takes a § set in the margin: "§ 98" | the heading's lines | "Dnr …"."""
    from atgard.schema import LineSpan

    cells, lines, text = [], [], ""
    columns = [(57.0, [number]), (130.0, heading), *([(455.0, [case])] if case else [])]
    for x0, column in columns:
        if text:
            text += " | "
        cell_start = len(text)
        for n, line in enumerate(column):
            if n:
                text += "\n"
            box = BBox(x0=x0, top=top + 14 * n, x1=x0 + 5 * len(line), bottom=top + 10 + 14 * n)
            lines.append(LineSpan(start=len(text), end=len(text) + len(line), page=2, bbox=box))
            text += line
        bottom = top + 14 * len(column)
        cells.append(TableCell(text=text[cell_start:], bbox=BBox(x0=x0, top=top, x1=x0 + 200, bottom=bottom)))
    box = PageBox(page=2, bbox=BBox(x0=57, top=top, x1=540, bottom=top + 14 * max(len(c) for _, c in columns)))
    return Block(kind="table_row", text=text, cells=cells, page=2, boxes=[box], lines=lines)


@pytest.mark.parametrize(
    ("row", "under", "heading"),
    [
        (
            _margin_row("§ 98", ["Remiss av förslag till Klimatanpassningsplan för"], "Dnr KS 2027/00412"),
            "Västerås stad 2028–2032",
            "§ 98 Remiss av förslag till Klimatanpassningsplan för Västerås stad 2028–2032",
        ),
        (
            _margin_row("§ 100", ["Svar på motion om solceller på alla"], "Dnr KS 2026/01673"),
            "stadens nya byggnader",
            "§ 100 Svar på motion om solceller på alla stadens nya byggnader",
        ),
        (
            _margin_row("§ 101", ["Information om stadens ekonomiska läge efter mars", "2027"], "Dnr KS 2027/00051"),
            "Kommunstyrelsen beslutar",
            "§ 101 Information om stadens ekonomiska läge efter mars 2027",
        ),
    ],
)
def test_a_paragraph_number_in_the_margin_beside_its_heading(
    block: MakeBlock, row: Block, under: str, heading: str
) -> None:
    from atgard.extract.margin_labels import unfold_margin_labels

    blocks = unfold_margin_labels([row, block(under, kind="heading", level=2, page=2), block("Text.", page=2)])
    assert blocks[0].kind == "heading" and blocks[0].text == heading
    assert blocks[1].text.startswith("Dnr KS")


def test_a_paragraph_number_in_the_margin_with_its_text_in_the_cell(block: MakeBlock) -> None:
    from atgard.extract.margin_labels import unfold_margin_labels

    row = _margin_row("§ 97", ["Val av justerare", "Kommunstyrelsen beslutar", "att utse Eva Ek att justera."], None)
    found = unfold_margin_labels([row, _margin_row("§ 98", ["Remiss av X"], "Dnr KS 2027/1")])
    assert [(b.kind, b.text) for b in found[:2]] == [
        ("heading", "§ 97 Val av justerare"),
        ("paragraph", "Kommunstyrelsen beslutar att utse Eva Ek att justera."),
    ]


def test_an_agendas_table_of_paragraphs_stays_a_table() -> None:
    from atgard.extract.margin_labels import unfold_margin_labels

    rows = [_margin_row("§ 4", ["Budget 2028"], "KS 2027/12"), _margin_row("§ 5", ["Taxor"], "KS 2027/13", 190.0)]
    assert [b.kind for b in unfold_margin_labels(rows)] == ["table_row", "heading", "paragraph"]


@pytest.mark.parametrize(
    "text",
    [
        "Ärendet har remitterats till socialnämnden samt, genom Stockholms Stadshus AB, till AB Stockholmshem och "
        "Stockholms Hamn AB.",
        "Förslaget remitteras till socialnämnden och, via Stockholms Stadshus AB, till AB Stockholmshem och "
        "Stockholms Hamn AB.",
    ],
)
def test_the_way_the_next_bodies_are_reached(block: MakeBlock, text: str) -> None:
    assert _referrals([block(text)]) == [(None, ["Socialnämnden", "AB Stockholmshem", "Stockholms Hamn AB"])]


@pytest.mark.parametrize(
    ("title", "sentence", "report"),
    [
        (
            "Program för klimatanpassning 2028–2035",
            "Lantmäteriet har tagit emot rubricerad remiss från Stockholms stad.",
            "Program för klimatanpassning 2028–2035",
        ),
        (
            "Cykelstrategi för Farsta",
            "Nämnden har beretts tillfälle att yttra sig över rubricerat förslag.",
            "Cykelstrategi för Farsta",
        ),
        ("Lantmäteriets yttrande", "Lantmäteriet har tagit emot rubricerad remiss.", None),
        ("Program för klimatanpassning 2028–2035", "Lantmäteriet har tagit emot remissen.", None),
    ],
)
def test_the_report_a_letter_calls_rubricerad(block: MakeBlock, title: str, sentence: str, report: str | None) -> None:
    analysed = analyse([block(title, kind="heading", level=2), block(sentence)], REGISTER)
    titles = [ref.title for ref in extract_reports(analysed).refs]
    assert titles == ([report] if report else []) or (report is None and title not in titles)


@pytest.mark.parametrize(
    "entry", ["Betänkandet SOU 2027:11", "Sammanfattning av betänkandet SOU 2027:11", "Betänkandet"]
)
def test_a_report_named_by_its_number_alone_is_none(block: MakeBlock, entry: str) -> None:
    annex = block(entry, kind="list_item", marker="1.")
    analysed = analyse([block("Bilagor", kind="heading", level=2), annex], REGISTER)
    assert extract_reports(analysed).refs == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Stockholm Exergi har gått igenom programmets åtgärder K1–K14 och lämnar synpunkter på åtgärd K5 och K7.",
            ["K5", "K7"],
        ),
        ("Bolaget har tagit del av planens samtliga åtgärder A1–A9. Bolaget tillstyrker åtgärd A4.", ["A4"]),
        ("Bolaget tillstyrker åtgärderna K1–K3.", ["K1", "K2", "K3"]),
    ],
)
def test_the_whole_list_an_answer_went_through_is_no_position(block: MakeBlock, text: str, codes: list[str]) -> None:
    from atgard.extract.answer_codes import codes_taken_up

    assert codes_taken_up(analyse([block(text)], REGISTER)) == codes
