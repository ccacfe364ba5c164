"""A report's measures under headings numbered bare ("1. Kvällsöppna skolidrottshallar"), each with its "Ansvarig
nämnd:" line, in a report whose chapters are numbered the same way ("1. Inledning", "5. Kostnader"): the chapters
are no measures; the measure's text is the prose under its heading, its title only a name."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures, headed_measures
from atgard.extract.kinds import classify
from atgard.extract.measure_openings import numbered_title
from atgard.schema import ReadDocument

REGISTER = load_register()


@pytest.mark.parametrize(
    ("heading", "body", "code", "text", "responsible"),
    [
        # the label in lower case after its first word, two boards joined by "och"
        (
            "1. Kvällsöppna skolidrottshallar",
            [
                "Skolornas idrottshallar hålls öppna kvällar och helger.",
                "Ansvarig nämnd: idrottsnämnden och utbildningsnämnden",
            ],
            "1",
            "Skolornas idrottshallar hålls öppna kvällar och helger.",
            ["Idrottsnämnden", "Utbildningsnämnden"],
        ),
        # "samt", a number with ")" and two digits
        (
            "10) Upprustning av kulturhuset",
            ["Kulturhuset rustas upp och byggs ut.", "Ansvariga nämnder: fastighetsnämnden samt kulturnämnden"],
            "10",
            "Kulturhuset rustas upp och byggs ut.",
            ["Fastighetsnämnden", "Kulturnämnden"],
        ),
        # no dot after the number; a company under the label "nämnd"; the text over two paragraphs
        (
            "7 Föreningslokaler i bottenvåningar",
            [
                "Tomma lokaler hyrs ut till föreningar.",
                "Hyran är reducerad i tre år.",
                "Ansvarig nämnd: AB Svenska Bostäder",
            ],
            "7",
            "Tomma lokaler hyrs ut till föreningar. Hyran är reducerad i tre år.",
            ["AB Svenska Bostäder"],
        ),
        # who is responsible at the end of the paragraph, "respektive"
        (
            "4. Meröppna bibliotek",
            ["Biblioteken blir meröppna, d.v.s. tillgängliga med lånekort. Ansvar: kulturnämnden respektive SISAB"],
            "4",
            "Biblioteken blir meröppna, d.v.s. tillgängliga med lånekort.",
            ["Kulturnämnden", "Skolfastigheter i Stockholm AB"],
        ),
        # no prose under the heading: its title is all the report says of the measure
        (
            "2. Fler spontanidrottsplatser i Farsta",
            ["Ansvarig: Farsta stadsdelsnämnd"],
            "2",
            "Fler spontanidrottsplatser i Farsta",
            ["Farsta stadsdelsnämnd"],
        ),
    ],
    ids=["och", "samt", "company", "inline respektive", "title only"],
)
def test_bare_numbered_headings_with_their_responsible(block, heading, body, code, text, responsible) -> None:
    blocks = [
        block("4. Utredningens förslag till åtgärder", "heading", level=2),
        block(heading, "heading", level=3),
        *(block(line) for line in body),
        # a sibling: a report's measures so headed come several (a lone one is a chapter, below)
        block("11. Fler bollplaner", "heading", level=3),
        block("Ansvarig nämnd: idrottsnämnden"),
    ]
    found = extract_coded_measures(analyse(blocks, REGISTER), "Rapporten", REGISTER)
    got = [(m.code, m.text, [b.name for b in m.responsible], m.section) for m in found]
    assert got[0] == (code, text, responsible, "4. Utredningens förslag till åtgärder")
    assert [m.code for m in found] == [code, "11"]


@pytest.mark.parametrize(
    "chapter",
    [
        ["5. Genomförande och uppföljning", "Planen följs upp årligen i budgeten.", "Ansvarig: Kommunstyrelsen"],
        ["3) Uppföljning", "Uppföljningen sker varje höst – d.v.s. i oktober.", "Ansvar: kommunstyrelsen och SLK"],
    ],
    ids=["Ansvarig", "Ansvar"],
)
def test_a_lone_numbered_chapter_naming_who_is_no_measure(block, chapter: list[str]) -> None:
    """One bare-numbered heading with a responsible line is a chapter naming who follows the plan up."""
    blocks = [
        block("4. Åtgärder", "heading", level=2),
        block("Planen innehåller åtgärder för hela staden."),
        block(chapter[0], "heading", level=2),
        *(block(line) for line in chapter[1:]),
    ]
    assert extract_coded_measures(analyse(blocks, REGISTER), "Planen", REGISTER) == []


def _report(block) -> list:
    blocks = [
        block("Nära till idrott", "heading", level=1),
        block("1. Inledning", "heading", level=2),
        block("Utredningen föreslår tio åtgärder. Åtgärderna är numrerade."),
        block("2. Lägesbild", "heading", level=2),
        block("Befolkningen har ökat med 14 procent. Idrottsnämnden ansvarar för hallarna."),
        block("3. Utredningens förslag", "heading", level=2),
    ]
    for n, board in ((1, "idrottsnämnden"), (2, "kulturnämnden"), (3, "trafiknämnden")):
        blocks += [
            block(f"{n}. Åtgärd i område {n}", "heading", level=3),
            block(f"Lokalerna i område {n} öppnas för föreningar."),
            block(f"Ansvarig nämnd: {board}"),
        ]
    return [
        *blocks,
        block("4. Kostnader", "heading", level=2),
        block("Åtgärderna kostar 240 miljoner kronor."),
    ]


def test_chapters_numbered_the_same_way_are_no_measures(block) -> None:
    analysed = analyse(_report(block), REGISTER)
    found = extract_coded_measures(analysed, "Rapporten", REGISTER)
    assert [(m.code, m.text) for m in found] == [
        ("1", "Lokalerna i område 1 öppnas för föreningar."),
        ("2", "Lokalerna i område 2 öppnas för föreningar."),
        ("3", "Lokalerna i område 3 öppnas för föreningar."),
    ]
    assert headed_measures([item.block for item in analysed]) == 3


def test_a_report_of_bare_numbered_measures_is_a_report(block) -> None:
    read = ReadDocument.model_construct(blocks=_report(block))
    assert classify(read, None) == "kommissionsrapport"
    assert classify(read, "Tjänsteutlåtande") == "tjansteutlatande"


def test_chapters_without_responsible_are_no_measures(block) -> None:
    """A memo numbering its chapters bare names no one responsible under them: no measure."""
    blocks = [
        block("1. Bakgrund", "heading", level=2),
        block("Kulturnämnden har remitterat rapporten. Nämnden ansvarar för biblioteken."),
        block("2. Förvaltningens synpunkter", "heading", level=2),
        block("Förvaltningen delar bedömningen."),
    ]
    analysed = analyse(blocks, REGISTER)
    assert extract_coded_measures(analysed, "Rapporten", REGISTER) == []
    assert headed_measures([item.block for item in analysed]) == 0


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("1. Kvällsöppna skolidrottshallar", ("1", "Kvällsöppna skolidrottshallar")),
        ("10. Upprustning av Högdalens\nkulturhus", ("10", "Upprustning av Högdalens kulturhus")),
        ("3) Meröppna bibliotek", ("3", "Meröppna bibliotek")),
        ("5 Trygga vägar – cykel- och gångvägar", ("5", "Trygga vägar – cykel- och gångvägar")),
        ("3.1 Sommarjobb för alla", None),  # a subsection's code: a rule of its own
        ("2027 Budgeten", None),  # a year
        ("12 000 nya bostäder", None),
        ("1. inledningsvis", None),
        ("A1 Skolgårdarna", None),
    ],
)
def test_bare_numbered_titles(heading: str, found: tuple[str, str] | None) -> None:
    assert numbered_title(heading) == found
