"""A report's measures as numbered subheadings ("3.1 Sommarjobb för alla …"), each with its "Ansvarig:" line,
those responsible by the abbreviations the report explains; and measure codes in headings set in capitals."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures, headed_measures
from atgard.extract.codes import find_codes
from atgard.extract.kinds import classify
from atgard.schema import BBox, ReadDocument, TableCell

REGISTER = load_register()


def _row(block, *cells: str):
    box = BBox(x0=70, top=100, x1=520, bottom=130)
    return block(" | ".join(cells), "table_row").model_copy(
        update={"cells": [TableCell(text=c, bbox=box) for c in cells]}
    )


def _glossary(block) -> list:
    return [
        block("Förkortningar", "heading", level=2),
        _row(block, "Förkortning", "Betydelse"),
        _row(block, "AMN", "Arbetsmarknadsnämnden"),
        _row(block, "UBN", "Utbildningsnämnden"),
        _row(block, "KS", "Kommunstyrelsen"),
        _row(block, "SOC", "Socialnämnden"),
    ]


@pytest.mark.parametrize(
    ("heading", "body", "code", "text", "responsible"),
    [
        # the heading's title states the measure; the paragraph under it argues for it
        (
            "3.1 Sommarjobb för alla gymnasieelever i årskurs 1 och 2",
            ["Kommunen erbjuder sommarjobb till alla som söker.", "Ansvarig: AMN, UBN"],
            "3.1",
            "Sommarjobb för alla gymnasieelever i årskurs 1 och 2",
            ["Arbetsmarknadsnämnden", "Utbildningsnämnden"],
        ),
        # a dot after the number, "Ansvariga:", "samt"
        (
            "4.2. Utöka öppettiderna till kvällar och helger",
            ["Ansvariga: KS samt UBN"],
            "4.2",
            "Utöka öppettiderna till kvällar och helger",
            ["Kommunstyrelsen", "Utbildningsnämnden"],
        ),
        # who is responsible at the end of the paragraph
        (
            "2.3 Ta fram en modell för finansiering av feriejobb",
            ["Kommunen tar fram en modell där föreningar kan få stöd. Ansvarig: KS"],
            "2.3",
            "Ta fram en modell för finansiering av feriejobb",
            ["Kommunstyrelsen"],
        ),
        # partners under a label of their own, on the same line or the next: not responsible
        (
            "3.5 Skapa praktikplatser i stadens park- och gatuunderhåll",
            ["Praktikplatserna riktas till unga.", "Ansvar: SOC\nI samverkan med: AMN"],
            "3.5",
            "Skapa praktikplatser i stadens park- och gatuunderhåll",
            ["Socialnämnden"],
        ),
        (
            "3.5 Skapa praktikplatser i stadens park- och gatuunderhåll",
            ["Ansvarig: SOC; i samarbete med: AMN och UBN"],
            "3.5",
            "Skapa praktikplatser i stadens park- och gatuunderhåll",
            ["Socialnämnden"],
        ),
        (
            "1.2 Följ upp målgruppen i den årliga enkäten",
            ["Ansvariga: KS respektive UBN. Samarbetspartner: AMN"],
            "1.2",
            "Följ upp målgruppen i den årliga enkäten",
            ["Kommunstyrelsen", "Utbildningsnämnden"],
        ),
        # a short title names the area: the paragraph is the measure's text
        (
            "1.4 Bättre vägledning",
            ["Vägledningen förstärks i gymnasieskolan.", "Ansvarig: UBN."],
            "1.4",
            "Bättre vägledning Vägledningen förstärks i gymnasieskolan.",
            ["Utbildningsnämnden"],
        ),
    ],
    ids=[
        "title states it",
        "dot, samt",
        "inline",
        "partner label next line",
        "partner label after ;",
        "partner",
        "area",
    ],
)
def test_numbered_subheadings_with_their_responsible(block, heading, body, code, text, responsible) -> None:
    blocks = [
        *_glossary(block),
        block("Åtgärder", "heading", level=2),
        block(heading, "heading", level=3),
        *(block(line) for line in body),
    ]
    found = extract_coded_measures(analyse(blocks, REGISTER), "Rapporten", REGISTER)
    assert [(m.code, m.text, [b.name for b in m.responsible]) for m in found] == [(code, text, responsible)]


def test_numbered_sections_without_responsible_are_no_measures(block) -> None:
    """ "5.3 Tidsfristen …" is a section of an answer or a memo: no "Ansvarig:" follows it."""
    blocks = [
        block("5 Synpunkter på förslagen", "heading", level=2),
        block("5.3 Tidsfristen för planbesked", "heading", level=3),
        block("Naturvårdsverket anser att tidsfristen är för kort."),
        block("5.4 Övriga synpunkter", "heading", level=3),
        block("Verket har inga fler synpunkter. Det ansvarar inte för tillsynen."),
    ]
    analysed = analyse(blocks, REGISTER)
    assert extract_coded_measures(analysed, "Rapporten", REGISTER) == []
    assert headed_measures([item.block for item in analysed]) == 0


def test_a_report_of_headed_measures_is_a_report(block) -> None:
    blocks = [block("Vägar till arbete för unga", "heading", level=1), *_glossary(block)]
    for n in (1, 2, 3):
        blocks += [
            block(f"3.{n} Utöka insatserna för unga i område {n}", "heading", level=3),
            block("Insatserna riktas till unga som varken arbetar eller studerar."),
            block("Ansvarig: AMN, UBN"),
        ]
    read = ReadDocument.model_construct(blocks=blocks)
    assert classify(read, None) == "kommissionsrapport"
    assert classify(read, "Tjänsteutlåtande") == "tjansteutlatande"


@pytest.mark.parametrize(
    ("heading", "codes"),
    [
        ("ÅTGÄRD K3.1 – SÄKER CYKELPARKERING I STADENS GARAGE", ["K3.1"]),
        ("ÅTGÄRD K3.2 - LADDPLATSER FÖR ELCYKLAR", ["K3.2"]),
        ("Åtgärd K3.1: Säker cykelparkering", ["K3.1"]),
        ("ÅTGÄRDERNA K2.1–K2.3", ["K2.1", "K2.2", "K2.3"]),
        ("ÅTGÄRD 3.2 INFÖR EN GEMENSAM INGÅNG", ["3.2"]),
        ("ÅTGÄRDERNA 3.1 OCH 3.2 SAMT 3.5", ["3.1", "3.2", "3.5"]),
        ("FÖRSLAG 4 – FLER FERIEJOBB", ["4"]),
        ("AVSNITT 4 FINANSIERING", []),
    ],
)
def test_codes_in_headings_set_in_capitals(heading: str, codes: list[str]) -> None:
    assert [c.code for c in find_codes(heading)] == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("yttra sig över åtgärd 3.1 respektive 3.2", ["3.1", "3.2"]),
        ("åtgärderna 2.1, 2.2 respektive 2.4", ["2.1", "2.2", "2.4"]),
        ("insatserna 4 respektive 6", ["4", "6"]),
        ("ÅTGÄRDERNA 1.1 RESPEKTIVE 1.3", ["1.1", "1.3"]),
        ("åtgärderna 2.1–2.2 respektive 3.1", ["2.1", "2.2", "3.1"]),
        ("åtgärd 3.1 respektive nämndens egna förslag", ["3.1"]),  # no number after it: the list ends
        ("förslagen 2 och 4 samt 7", ["2", "4", "7"]),
    ],
)
def test_numbers_joined_by_respektive_are_each_a_measure(text: str, codes: list[str]) -> None:
    assert [c.code for c in find_codes(text)] == codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Stadsbyggnadsnämnden föreslås besluta att lämna yttrande över Regionplan för Skåne till Region Skåne.",
        "Arbetsmarknadsnämnden föreslås besluta",
        "Kommunstyrelsen föreslås därför fatta följande beslut.",
        "Kultur- och fritidsnämnden föreslås besluta att anta förvaltningens yttrande som svar på remissen",
        "Hägersten-Älvsjö stadsdelsnämnd föreslås besluta att godkänna tjänsteutlåtandet.",
        "Förvaltningen föreslår att nämnden i huvudsak tillstyrker förslaget.",
    ],
)
def test_the_decision_asked_of_a_board_is_no_measure(sentence: str) -> None:
    from atgard.extract.measures import is_recommendation

    assert not is_recommendation(sentence)


def test_a_proposal_for_a_board_in_a_report_is_a_measure() -> None:
    from atgard.extract.measures import is_recommendation

    assert is_recommendation("Kommunstyrelsen föreslås få ett samordnande ansvar för uppföljningen.")


def test_numbered_list_items_that_name_their_responsible(block) -> None:
    """ "1. Utöka … Ansvarig: AMN." is a measure; a numbered item that names none is an item of a list, and items
    under a coded heading still waiting for its "Ansvarig:" are its text."""
    blocks = [
        *_glossary(block),
        block("Åtgärder", "heading", level=2),
        block("Utöka lärlingsplatserna i de kommunala bolagen. Ansvarig: AMN.", "list_item", "1."),
        block("Ta fram en modell för finansiering av feriejobb. Ansvariga: UBN och KS.", "list_item", "2)"),
        block("Inför en gemensam ingång för unga. Huvudansvar: SOC.", "list_item", "3."),
        block("Bakgrund", "heading", level=2),
        block("Arbetslösheten har ökat i tre av fyra stadsdelar.", "list_item", "1."),
        block("2.1 Följ upp målgruppen i den årliga enkäten", "heading", level=3),
        block("Uppföljningen görs i två steg:"),
        block("enkäten kompletteras med frågor om sysselsättning, och", "list_item", "1."),
        block("resultaten redovisas till kommunstyrelsen.", "list_item", "2."),
        block("Ansvarig: KS"),
    ]
    found = extract_coded_measures(analyse(blocks, REGISTER), "Rapporten", REGISTER)
    assert [(m.code, m.text, [b.name for b in m.responsible]) for m in found] == [
        ("1", "Utöka lärlingsplatserna i de kommunala bolagen.", ["Arbetsmarknadsnämnden"]),
        ("2", "Ta fram en modell för finansiering av feriejobb.", ["Utbildningsnämnden", "Kommunstyrelsen"]),
        ("3", "Inför en gemensam ingång för unga.", ["Socialnämnden"]),
        ("2.1", "Följ upp målgruppen i den årliga enkäten", ["Kommunstyrelsen"]),
    ]


def test_abbreviations_explained_on_lines_read_as_one_paragraph(block) -> None:
    from atgard.extract.abbreviations import glossary_of_blocks
    from atgard.schema import LineSpan

    text = "AMN – arbetsmarknadsnämnden UBN – utbildningsnämnden"
    box = BBox(x0=70, top=100, x1=520, bottom=112)
    lines = [LineSpan(start=0, end=27, page=1, bbox=box), LineSpan(start=28, end=len(text), page=1, bbox=box)]
    made = block(text).model_copy(update={"lines": lines})
    assert glossary_of_blocks([made]) == {"AMN": "arbetsmarknadsnämnden", "UBN": "utbildningsnämnden"}


@pytest.mark.parametrize(
    ("heading", "after", "text", "responsible"),
    [
        # the label's other forms
        (
            "3.3 Utöka lärlingsplatserna i de kommunala bolagen",
            ["Ansvariga nämnder och bolag: KS, AMN"],
            "Utöka lärlingsplatserna i de kommunala bolagen",
            ["Kommunstyrelsen", "Arbetsmarknadsnämnden"],
        ),
        (
            "3.3 Utöka lärlingsplatserna i de kommunala bolagen",
            ["Ansvar för genomförandet: UBN"],
            "Utöka lärlingsplatserna i de kommunala bolagen",
            ["Utbildningsnämnden"],
        ),
        (
            "3.3 Utöka lärlingsplatserna i de kommunala bolagen",
            ["Ansvarig(a): AMN och UBN"],
            "Utöka lärlingsplatserna i de kommunala bolagen",
            ["Arbetsmarknadsnämnden", "Utbildningsnämnden"],
        ),
        # a dash after the number
        (
            "2.4 – Följ upp målgruppen i den årliga enkäten",
            ["Ansvarig: KS"],
            "Följ upp målgruppen i den årliga enkäten",
            ["Kommunstyrelsen"],
        ),
        (
            "A2.4 – Följ upp målgruppen i den årliga enkäten",
            ["Ansvarig: KS"],
            "Följ upp målgruppen i den årliga enkäten",
            ["Kommunstyrelsen"],
        ),
    ],
)
def test_responsible_labels_and_dashes(block, heading, after, text, responsible) -> None:
    blocks = [*_glossary(block), block(heading, "heading", level=3), *(block(line) for line in after)]
    found = extract_coded_measures(analyse(blocks, REGISTER), "Rapporten", REGISTER)
    assert [(m.text, [b.name for b in m.responsible]) for m in found] == [(text, responsible)]


def test_responsible_set_in_bold_or_in_a_small_table(block) -> None:
    """ "Ansvarig: AMN" in bold is read as a heading; a measure's facts may stand in a table "Ansvarig | AMN"."""
    blocks = [
        *_glossary(block),
        block("3.1 Sommarjobb för alla gymnasieelever i årskurs 1 och 2", "heading", level=3),
        block("Kommunen erbjuder sommarjobb till alla som söker."),
        block("Ansvarig: AMN, UBN", "heading", level=4),
        block("3.2 Inför en gemensam ingång för unga", "heading", level=3),
        block("Förvaltningarna samlar sina insatser."),
        _row(block, "Ansvarig", "AMN samt SOC"),
        _row(block, "Tidplan", "2027–2028"),
        block("3.3 Utöka lärlingsplatserna i de kommunala bolagen", "heading", level=3),
        _row(block, "Ansvar:", "KS"),
    ]
    found = extract_coded_measures(analyse(blocks, REGISTER), "Rapporten", REGISTER)
    assert [(m.code, [b.name for b in m.responsible]) for m in found] == [
        ("3.1", ["Arbetsmarknadsnämnden", "Utbildningsnämnden"]),
        ("3.2", ["Arbetsmarknadsnämnden", "Socialnämnden"]),
        ("3.3", ["Kommunstyrelsen"]),
    ]
    assert headed_measures(blocks) == 3


@pytest.mark.parametrize(
    ("series", "kind"),
    [
        ("Rapport 2026:4", "kommissionsrapport"),
        ("RAPPORT 2026:4", "kommissionsrapport"),
        ("Slutrapport 2024:07", "kommissionsrapport"),
        ("PM 2025:12", "pm"),
        ("Rapport från kommunledningskontoret", "other"),
    ],
)
def test_a_series_number_on_the_front_page_says_the_kind(block, series: str, kind: str) -> None:
    """No header read: "Rapport 2026:4" in the logo block at the top right names the kind."""
    blocks = [
        block("UPPSALA KOMMUN", "heading", level=2),
        block("Kommunledningskontoret"),
        block(series),
        block("Vägar till arbete för unga i Uppsala", "heading", level=1),
        block("Andelen unga vuxna som varken arbetar eller studerar har legat kring 7 procent."),
    ]
    assert classify(ReadDocument.model_construct(blocks=blocks), None) == kind
