"""Numbered measures of commission reports: paragraphs with "Ansvar:", and measures tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures
from atgard.extract.document import extract_document
from atgard.extract.measures import extract_answer_proposals
from atgard.extract.read.pdf import read_pdf

REGISTER = load_register()

FIELDS = ("code", "group_code", "group_title", "text", "responsible")


def _view(measure, field: str):
    """A measure's field as the expected files state it: responsible boards by name."""
    value = getattr(measure, field)
    return [board.name for board in value] if field == "responsible" else value


@pytest.mark.parametrize(
    ("pdf", "expected"),
    [
        ("examples/dold-potential-atgarder.pdf", "examples/dold-potential-atgarder.expected.json"),
        ("tests/data/konstruerad-rapport-tabell.pdf", "tests/data/konstruerad-rapport-tabell.expected.json"),
        (
            "tests/data/konstruerad-rapport-tabell-utan-linjer.pdf",
            "tests/data/konstruerad-rapport-tabell.expected.json",
        ),
    ],
    ids=["numbered paragraphs", "ruled table over a page break", "table without rules over a page break"],
)
def test_report_measures_exactly(examples: Path, pdf: str, expected: str) -> None:
    root = examples.parent
    want = json.loads((root / expected).read_text(encoding="utf-8"))
    document = extract_document(read_pdf(root / pdf), register=REGISTER)
    assert {k: getattr(document, k) for k in want["document"]} == want["document"]
    assert [{k: _view(m, k) for k in FIELDS} for m in document.measures] == want["measures"]
    assert {m.report_title for m in document.measures} == {want["document"]["title"]}


def test_table_row_split_by_the_page_break_has_a_box_on_each_page(data: Path) -> None:
    for name in ("konstruerad-rapport-tabell.pdf", "konstruerad-rapport-tabell-utan-linjer.pdf"):
        document = extract_document(read_pdf(data / name), register=REGISTER)
        split = next(m for m in document.measures if m.code == "B1.2.1")
        assert [box.page for box in split.boxes] == [1, 2]


def measures(block, *blocks):
    return [
        (m.code, m.group_code, m.group_title, m.text, [board.name for board in m.responsible])
        for m in extract_coded_measures(analyse(list(blocks), REGISTER), "Rapporten", REGISTER)
    ]


def test_paragraph_variants(block) -> None:
    assert measures(
        block,
        block("C.3 Bättre uppföljning", "heading", level=3),
        block("C.3.1 Stadsdelsnämnderna följer upp insatserna"),
        block("varje kvartal, bl.a. genom enkäter."),
        block("Ansvarig nämnd: stadsdelsnämnderna samt socialnämnden"),
        block("C3.2 Uppföljningen redovisas i Rinkeby-Kista stadsdelsnämnd."),
        block("Ansvariga: Rinkeby-Kista stadsdelsnämnd och Trafik- och renhållningsnämnden."),
        block("C4.1 En åtgärd utan grupprubrik och utan ansvarig."),
        block("Kapitel 4", "heading", level=2),
        block("Text efter åtgärderna."),
    ) == [
        (
            "C3.1",
            "C3",
            "Bättre uppföljning",
            "Stadsdelsnämnderna följer upp insatserna varje kvartal, bl.a. genom enkäter.",
            ["Samtliga stadsdelsnämnder", "Socialnämnden"],
        ),
        (
            "C3.2",
            "C3",
            "Bättre uppföljning",
            "Uppföljningen redovisas i Rinkeby-Kista stadsdelsnämnd.",
            ["Rinkeby-Kista stadsdelsnämnd", "Trafik- och renhållningsnämnden"],
        ),
        ("C4.1", "C4", None, "En åtgärd utan grupprubrik och utan ansvarig.", []),
    ]


@pytest.mark.parametrize(
    ("line", "responsible"),
    [
        ("Ansvar: Trafiknämnden i samverkan med stadsdelsnämnderna", ["Trafiknämnden", "Samtliga stadsdelsnämnder"]),
        (
            "Huvudansvar: Spånga-Tensta stadsdelsnämnd. Medansvar: Socialnämnden.",
            ["Spånga-Tensta stadsdelsnämnd", "Socialnämnden"],
        ),
        (
            "Ansvariga: AB Svenska Bostäder, AB Familjebostäder respektive AB Stockholmshem.",
            ["AB Svenska Bostäder", "AB Familjebostäder", "AB Stockholmshem"],
        ),
        ("Ansvarig nämnd: Miljö– och hälsoskyddsnämnden", ["Miljö- och hälsoskyddsnämnden"]),
    ],
)
def test_responsible_lines(block, line: str, responsible: list[str]) -> None:
    found = extract_coded_measures(
        analyse([block("A2.3.1 Belysningen ska förbättras."), block(line)], REGISTER), "Rapport", REGISTER
    )
    assert [[board.name for board in m.responsible] for m in found] == [responsible]


def test_table_rows_with_cells(block) -> None:
    from atgard.schema import BBox, TableCell

    def row(*cells: str):
        made = block(" | ".join(cells), "table_row")
        box = BBox(x0=70, top=100, x1=520, bottom=130)
        return made.model_copy(update={"cells": [TableCell(text=c, bbox=box) for c in cells]})

    assert measures(
        block,
        row("Kod", "Förslag till åtgärd", "Ansvariga"),
        row("D1.1", "Fler mötesplatser\ni ytter-\nstaden.", "Kulturnämnden\nsamt SISAB"),
        row("", "Även på helger.", ""),
        row("Kod", "Förslag till åtgärd", "Ansvariga"),
        row("D1.2", "Längre öppettider.", "Idrottsnämnden"),
    ) == [
        (
            "D1.1",
            "D1",
            None,
            "Fler mötesplatser i ytterstaden. Även på helger.",
            ["Kulturnämnden", "Skolfastigheter i Stockholm AB"],
        ),
        ("D1.2", "D1", None, "Längre öppettider.", ["Idrottsnämnden"]),
    ]


@pytest.mark.parametrize(
    "lead_in",
    [
        "I rapporten *Trygg i hela staden* föreslås bl.a. följande:",
        "Kommissionen lämnar följande förslag:",
        "Följande åtgärder föreslås i rapporten:",
        "Förslagen i korthet:",
        "Rapportens huvudsakliga förslag:",
        "Rapporten föreslår bland annat följande.",
        "I rapporten föreslås i huvudsak följande.",
    ],
)
def test_a_reports_proposals_as_items_after_a_lead_in(block, lead_in: str) -> None:
    from atgard.extract.measures import extract_prose_measures
    from atgard.extract.reports import extract_reports

    analysed = analyse(
        [
            block("Rapporten *Trygg i hela staden* (2026) har remitterats till nämnden."),
            block("Rapportens förslag", "heading", level=2),
            block(lead_in),
            block("staden inför fler trygghetsvärdar i ytterstaden,", "list_item", "•"),
            block("belysningen i parker förbättras, och", "list_item", "•"),
            block("samverkan med polisen stärks, d.v.s. fler gemensamma insatser.", "list_item", "•"),
            block("Förvaltningens synpunkter", "heading", level=2),
            block("Förvaltningen anser att belysningen bör förbättras."),
        ],
        REGISTER,
    )
    assert [(m.report_title, m.text) for m in extract_prose_measures(analysed, extract_reports(analysed))] == [
        ("Trygg i hela staden", "staden inför fler trygghetsvärdar i ytterstaden"),
        ("Trygg i hela staden", "belysningen i parker förbättras"),
        ("Trygg i hela staden", "samverkan med polisen stärks, d.v.s. fler gemensamma insatser."),
    ]


@pytest.mark.parametrize(
    ("sentence", "proposes"),
    [
        ("Förvaltningen föreslår att programmet kompletteras med ett tydligare barnrättsperspektiv.", True),
        ("Kontoret anser att varje åtgärd på gator med busstrafik behöver prövas i samråd med SL.", True),
        ("Slutligen bör programmet kompletteras med en plan för uppföljning, bl.a. med lokala indikatorer.", True),
        ("Nämnden anser att turnerande verksamhet bör planeras i dialog med respektive kommun.", True),
        ("Förvaltningen föreslår att nämnden godkänner tjänsteutlåtandet som svar på remissen.", False),
        ("Trafikkontoret delar rapportens bedömning att trafikmiljön kring skolorna behöver förbättras.", False),
        ("Förvaltningen välkomnar ett samlat program för stadens trygghetsarbete.", False),
        ("I promemorian föreslås en ny lag, s.k. ramlag, som ålägger kommunerna ett ansvar.", False),
        ("I förvaltningens mätning uppgav 38 procent att de avstår från att gå ut på kvällen.", False),
    ],
)
def test_an_answers_own_proposals(block, sentence: str, proposes: bool) -> None:
    analysed = analyse([block("Förvaltningens bedömning", "heading", level=2), block(sentence)], REGISTER)
    found = extract_answer_proposals(analysed, "Programmet")
    assert [(m.text, m.report_title) for m in found] == ([(sentence, "Programmet")] if proposes else [])


def test_an_answer_proposes_only_in_its_summary_and_assessment(block) -> None:
    analysed = analyse(
        [
            block("Förslag till beslut", "heading", level=2),
            block("Nämnden bör godta förslaget."),
            block("Bakgrund", "heading", level=2),
            block("Enligt förslaget ska varje stadsdelsnämnd ta fram en lägesbild, och kommunerna bör samverka."),
            block("Sammanfattning", "heading", level=2),
            block("Förvaltningen anser att uppföljningen behöver förtydligas."),
        ],
        REGISTER,
    )
    assert [m.section for m in extract_answer_proposals(analysed, "Programmet")] == ["Sammanfattning"]


def test_a_pm_lists_the_inquirys_proposals_and_keeps_its_own_views_apart(block) -> None:
    """A PM answering a ministry: the memorandum's proposals (listed, or "Enligt förslaget ska …"), not the
    figures it cites, the date they take effect, the referral's deadline nor the mayor's own views."""
    from atgard.extract.measures import extract_prose_measures
    from atgard.extract.reports import extract_reports

    analysed = analyse(
        [
            block("Ärendet", "heading", level=2),
            block(
                "Finansdepartementet har remitterat departementspromemorian *Enklare regler för upphandling* "
                "(Ds 2026:7) till staden. Stadens svar ska ha kommit in senast den 3 juni 2026."
            ),
            block("Promemorians förslag", "heading", level=2),
            block("Antalet överprövningar har enligt promemorian ökat med 30 procent sedan 2020."),
            block("Enligt förslaget ska kommunen få direktupphandla upp till ett högre belopp."),
            block("I promemorian föreslås bland annat följande."),
            block("Tröskelvärdet för direktupphandling höjs till 1 miljon kronor.", "list_item", "–"),
            block("En upphandlingsmyndighet ges i uppdrag att ta fram mallar.", "list_item", "–"),
            block("Lagändringarna föreslås träda i kraft den 1 januari 2027."),
            block("Mina synpunkter", "heading", level=2),
            block("Jag anser att staden bör följa upp effekterna noga."),
        ],
        REGISTER,
    )
    found = [m.text for m in extract_prose_measures(analysed, extract_reports(analysed))]
    assert found == [
        "Enligt förslaget ska kommunen få direktupphandla upp till ett högre belopp.",
        "Tröskelvärdet för direktupphandling höjs till 1 miljon kronor.",
        "En upphandlingsmyndighet ges i uppdrag att ta fram mallar.",
    ]


def test_the_subsections_of_a_views_section_are_the_answerers_own(block) -> None:
    """Under "Boverkets synpunkter" the agency speaks, also under "4.1 …"; under "Ärendet" a memo may summarise."""
    from atgard.extract.measures import extract_prose_measures
    from atgard.extract.reports import extract_reports

    analysed = analyse(
        [
            block("Remissvar över betänkandet Tryggare bostadsområden (SOU 2026:2)", "heading", level=1),
            block("Ärendet", "heading", level=2),
            block("Betänkandets förslag", "heading", level=3),
            block("Utredningen föreslår att kommunerna ska ta fram trygghetsplaner."),
            block("Länsstyrelsens synpunkter", "heading", level=2),
            block("4.2 Trygghetsplaner", "heading", level=3),
            block("Länsstyrelsen anser att planerna bör samordnas regionalt."),
        ],
        REGISTER,
    )
    found = [(m.section, m.text) for m in extract_prose_measures(analysed, extract_reports(analysed))]
    assert found == [("Betänkandets förslag", "Utredningen föreslår att kommunerna ska ta fram trygghetsplaner.")]


@pytest.mark.parametrize(
    ("sentence", "recommends"),
    [
        ("Förvaltningen föreslår att nämnden i huvudsak tillstyrker förslaget.", False),
        ("Kontoret föreslår därför att trafiknämnden godkänner tjänsteutlåtandet som svar på remissen.", False),
        ("Stadsledningskontoret föreslår att staden avstyrker förslaget om en nationell listningstjänst.", False),
        ("Lagändringarna föreslås träda i kraft den 1 januari 2027.", False),
        ("Utredningen föreslår att kommunerna får ett samlat ansvar för tillsynen.", True),
        ("Det behöver kompletteras med vägledning innan lagen träder i kraft.", True),
        ("Kommunerna ska enligt förslaget ta fram en lokal lägesbild.", True),
        ("Antalet ärenden har enligt promemorian ökat med omkring 40 procent.", False),
    ],
)
def test_what_a_proposal_is_not(sentence: str, recommends: bool) -> None:
    """The decision proposed to a board and the date rules take effect are no measures of the report; what the
    proposal says shall be done is, in either word order."""
    from atgard.extract.measures import is_recommendation

    assert is_recommendation(sentence) is recommends


@pytest.mark.parametrize(
    ("line", "responsible"),
    [
        # partners set apart after those responsible take part; they are not responsible
        ("Ansvarig: äldrenämnden; i samverkan med pensionärsorganisationerna.", ["Äldrenämnden"]),
        (
            "Ansvariga: kulturnämnden och idrottsnämnden, i samarbete med Region Stockholm där det gäller vården.",
            ["Kulturnämnden", "Idrottsnämnden"],
        ),
        ("Ansvar: trafiknämnden; tillsammans med fastighetsägarna och polisen", ["Trafiknämnden"]),
        ("Huvudansvar: socialnämnden, med stöd av stadsledningskontoret.", ["Socialnämnden"]),
        # a group whose members the text leaves to the reader is kept by its name
        ("Ansvariga: berörda stadsdelsnämnder; i samråd med idéburna organisationer.", ["Berörda stadsdelsnämnder"]),
        ("Ansvar: utbildningsnämnden samt övriga nämnder", ["Utbildningsnämnden", "Övriga nämnder"]),
    ],
)
def test_responsible_lines_with_partners_and_unnamed_groups(block, line: str, responsible: list[str]) -> None:
    test_responsible_lines(block, line, responsible)


@pytest.mark.parametrize(
    "heading",
    [
        "Förslag 2.3 Inför kvällsöppna träffpunkter i ytterstaden",
        "Åtgärd 2.3: Inför kvällsöppna träffpunkter i ytterstaden",
        "Rekommendation 2.3 – Inför kvällsöppna träffpunkter i ytterstaden",
    ],
)
def test_a_heading_that_states_its_measure_is_its_text(block, heading: str) -> None:
    """ "Förslag 2.3 Inför …" states the proposal; the paragraphs under it argue for it and are no part of it."""
    analysed = analyse(
        [
            block("2 Mötesplatser", "heading", level=2),
            block(heading, "heading", level=3),
            block("Få träffpunkter har öppet efter klockan 16. Försöken i Farsta visar att kvällarna lockar andra."),
            block("Ansvariga: samtliga stadsdelsnämnder; i samverkan med föreningslivet."),
            block("Förslag 2.4", "heading", level=3),
            block("Träffpunkternas personal utbildas i att uppmärksamma ensamhet."),
            block("Ansvarig: äldrenämnden."),
        ],
        REGISTER,
    )
    found = extract_coded_measures(analysed, "Gemenskap", REGISTER)
    assert [(m.code, m.text, [b.name for b in m.responsible]) for m in found] == [
        ("2.3", "Inför kvällsöppna träffpunkter i ytterstaden", ["Samtliga stadsdelsnämnder"]),
        ("2.4", "Träffpunkternas personal utbildas i att uppmärksamma ensamhet.", ["Äldrenämnden"]),
    ]


def _row(block, *cells: str):
    from atgard.schema import BBox, TableCell

    made = block(" | ".join(cells), "table_row")
    box = BBox(x0=70, top=100, x1=520, bottom=130)
    return made.model_copy(update={"cells": [TableCell(text=c, bbox=box) for c in cells]})


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        # short codes in their own column, abbreviations explained in a list before the table
        (
            ("Nr", "Åtgärd", "Ansvarig", "Tidplan"),
            [("A1", "Förbättra belysningen.", "TN, SDN", "2027"), ("A2", "Nya torg.", "Trafiknämnden/EXPL", "2028")],
            [
                ("A1", "Förbättra belysningen.", ["Trafiknämnden", "Berörda stadsdelsnämnder"]),
                ("A2", "Nya torg.", ["Trafiknämnden", "Exploateringsnämnden"]),
            ],
        ),
        # "Åtgärdsnr | Aktivitet | Huvudansvar", numeric codes, "samt" and "respektive" in a cell
        (
            ("Åtgärdsnr", "Aktivitet", "Huvudansvar"),
            [("3.", "Fler feriejobb.", "SOC samt UTB"), ("4", "Läxhjälp.", "kulturnämnden respektive SDN")],
            [
                ("3", "Fler feriejobb.", ["Socialnämnden", "Utbildningsnämnden"]),
                ("4", "Läxhjälp.", ["Kulturnämnden", "Berörda stadsdelsnämnder"]),
            ],
        ),
        # no code column: every row a measure, a row going on in lower case is the rest of the one above
        (
            ("Insatser", "Ansvar"),
            [("Utöka fältarbetet till helger", "SOC"), ("och kvällar.", ""), ("Inrätta en samordnare.", "KS")],
            [
                (None, "Utöka fältarbetet till helger och kvällar.", ["Socialnämnden"]),
                (None, "Inrätta en samordnare.", ["Kommunstyrelsen"]),
            ],
        ),
    ],
    ids=["letter codes", "numeric codes", "no code column"],
)
def test_a_plans_measures_table(block, header, rows, expected) -> None:
    """A plan's measures table, whatever its header words, its codes or none, those responsible by the
    abbreviations the plan explains ("SDN – berörda stadsdelsnämnder", "utbildningsnämnden (UTB)")."""
    blocks = [
        block("Förkortningar", "heading", level=2),
        block("SDN – berörda stadsdelsnämnder", "list_item", "•"),
        block("TN: trafiknämnden", "list_item", "•"),
        block("EXPL = exploateringsnämnden", "list_item", "•"),
        block("SOC - socialnämnden", "list_item", "•"),
        block("Skolorna drivs av utbildningsnämnden (UTB) och kommunstyrelsen (KS) samordnar."),
        block("Åtgärder", "heading", level=2),
        _row(block, *header),
        *(_row(block, *row) for row in rows),
    ]
    found = extract_coded_measures(analyse(blocks, REGISTER), "Planen", REGISTER)
    assert [(m.code, m.text, [b.name for b in m.responsible]) for m in found] == expected


def test_an_abbreviations_table_set_as_one_row(block) -> None:
    """ "Förkortningar" as a table without rules, read as one row of two cells, a line per abbreviation."""
    from atgard.extract.abbreviations import glossary_of_blocks

    rows = [_row(block, "SDN\nSOC\nKS", "berörda stadsdelsnämnder\nsocialnämnden\nkommunstyrelsen")]
    assert glossary_of_blocks(rows) == {
        "SDN": "berörda stadsdelsnämnder",
        "SOC": "socialnämnden",
        "KS": "kommunstyrelsen",
    }


def test_a_plan_with_a_coded_measures_table_is_a_report(block) -> None:
    from atgard.extract.kinds import classify
    from atgard.schema import ReadDocument

    blocks = [
        block("Handlingsplan för trygghet", "heading", level=1),
        _row(block, "Nr", "Åtgärd", "Ansvarig"),
        *(_row(block, f"A{n}", f"Åtgärd nummer {n}.", "TN") for n in (1, 2, 3)),
    ]
    read = ReadDocument.model_construct(blocks=blocks)
    assert classify(read, "Handlingsplan") == "kommissionsrapport"
    assert classify(read, "Tjänsteutlåtande") == "tjansteutlatande"


def _lined(block, *lines: str):
    """A paragraph read from ``lines``, each with its own span (a list the reader set as one block)."""
    from atgard.schema import BBox, LineSpan

    made = block(" ".join(lines))
    spans, start = [], 0
    for number, line in enumerate(lines):
        box = BBox(x0=70, top=100 + 14 * number, x1=520, bottom=112 + 14 * number)
        spans.append(LineSpan(start=start, end=start + len(line), page=1, bbox=box))
        start += len(line) + 1
    return made.model_copy(update={"lines": spans})


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # "ABBR – expansion" lines, a table's caption read into the block after them
        (
            ("SDN – samtliga stadsdelsnämnder", "KUN – kulturnämnden", "Tabell 1. Kommissionens åtgärdsförslag"),
            {"SDN": "samtliga stadsdelsnämnder", "KUN": "kulturnämnden"},
        ),
        # a lead-in before them, "=" and ":" and a hyphen with spaces
        (
            ("Förkortningarna betyder följande:", "ÄLN = äldrenämnden", "TN: trafiknämnden", "FB - AB Familjebostäder"),
            {"ÄLN": "äldrenämnden", "TN": "trafiknämnden", "FB": "AB Familjebostäder"},
        ),
        # "ABBR (expansion)", an explanation broken over a line, a dash "—"
        (
            ("IDN (idrottsnämnden)", "SDN — berörda", "stadsdelsnämnder;", "SBN (stadsbyggnadsnämnden)."),
            {"IDN": "idrottsnämnden", "SDN": "berörda stadsdelsnämnder;", "SBN": "stadsbyggnadsnämnden"},
        ),
        # prose whose line happens to open with a short form explains nothing
        (("Enligt prognoserna från", "SMHI: s klimatscenarier kommer", "regnen att bli kraftigare."), {}),
        (("Ärendet bereds av", "KS – kommunstyrelsens", "arbetsutskott i november."), {}),
    ],
    ids=["dash and a caption", "lead-in and = : -", "parentheses and a broken line", "prose", "prose with a dash"],
)
def test_abbreviations_explained_line_by_line(block, lines, expected) -> None:
    from atgard.extract.abbreviations import glossary_of_blocks

    found = glossary_of_blocks([_lined(block, *lines)])
    assert {short: long.rstrip(";") for short, long in found.items()} == {
        short: long.rstrip(";") for short, long in expected.items()
    }


def test_a_reports_responsible_column_in_abbreviations_explained_in_lines(block) -> None:
    """ "SDN, ÄLN" in the responsible column spelled out by the lines before the table, a caption read into them
    not part of any explanation: each measure names its own bodies, no more."""
    blocks = [
        block("3. Åtgärdsförslag", "heading", level=2),
        block("I tabellen anges ansvariga nämnder och bolag med förkortningar. Förkortningarna betyder följande:"),
        _lined(block, "ÄLN – äldrenämnden", "SDN – samtliga stadsdelsnämnder", "FB – AB Familjebostäder", "Tabell 1."),
        _row(block, "Nr", "Åtgärd", "Ansvar", "Tid"),
        _row(block, "E1.2", "Hembesök erbjuds.", "SDN, ÄLN", "2027"),
        _row(block, "E1.3", "En webbplats tas fram.", "ÄLN samt FB", "2027"),
    ]
    found = extract_coded_measures(analyse(blocks, REGISTER), "Rapporten", REGISTER)
    assert [(m.code, [b.name for b in m.responsible]) for m in found] == [
        ("E1.2", ["Samtliga stadsdelsnämnder", "Äldrenämnden"]),
        ("E1.3", ["Äldrenämnden", "AB Familjebostäder"]),
    ]


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (
            ("Åtgärd", "Beskrivning", "Ansvar"),
            [("3.1", "Ta fram en skyfallsmodell", "Stockholm Vatten och Avfall AB"), ("3.2", "Anlägga ytor", "")],
            [("3.1", "Ta fram en skyfallsmodell", ["Stockholm Vatten och Avfall AB"]), ("3.2", "Anlägga ytor", [])],
        ),
        (
            ("Nr", "Insats", "Huvudansvar"),
            [("A1", "Fler feriejobb", "Arbetsmarknadsnämnden respektive stadsdelsnämnderna")],
            [("A1", "Fler feriejobb", ["Arbetsmarknadsnämnden", "Samtliga stadsdelsnämnder"])],
        ),
        (
            ("Id", "Åtgärd", "Ansvarig"),
            [("2", "Nya torg", "trafiknämnden och exploateringsnämnden")],
            [("2", "Nya torg", ["Trafiknämnden", "Exploateringsnämnden"])],
        ),
        # no column of those responsible: a table of figures; no code column: a table of recipients
        (("Nr", "Åtgärd", "Kostnad, mnkr"), [("1", "Nya pumpstationer", "120")], []),
        (("Åtgärd", "Remissinstans"), [("Hela programmet", "Trafiknämnden")], []),
        (("Remissinstans", "Åtgärder", "Ansvarig handläggare"), [("Trafiknämnden", "3.1–3.3", "Eva Ek")], []),
    ],
    ids=["Åtgärd Beskrivning Ansvar", "Nr Insats Huvudansvar", "Id Åtgärd Ansvarig", "figures", "recipients", "names"],
)
def test_a_memos_measures_table(block, header, rows, expected) -> None:
    """A memo of any kind that sets the programme's measures in a table: read by the header's words."""
    from atgard.extract.coded_measures import extract_table_measures

    blocks = [
        block("Programmets innehåll", "heading", level=2),
        block("Av tabellen framgår de åtgärder som berörs särskilt av remissen."),
        _row(block, *header),
        *(_row(block, *row) for row in rows),
        block("Övriga åtgärder rör bl.a. stadens riskanalyser."),
        block("Synpunkter", "heading", level=2),
        _row(block, "4.1", "After a heading: no table", "Trafiknämnden"),
    ]
    found = extract_table_measures(analyse(blocks, REGISTER), "Programmet", REGISTER)
    assert [(m.code, m.text, [b.name for b in m.responsible]) for m in found] == expected


@pytest.mark.parametrize("heading", ["Synpunkter", "Åtgärd 5: Uppföljning", "Åtgärd 5 – Uppföljning"])
def test_a_heading_ends_a_measures_table_whatever_it_says(block, heading: str) -> None:
    """A heading that reads like a stated measure ("Åtgärd 5: Uppföljning") still ends the table above it."""
    from atgard.extract.coded_measures import extract_table_measures

    blocks = [
        _row(block, "Åtgärd", "Beskrivning", "Ansvar"),
        _row(block, "3.1", "Ta fram en skyfallsmodell", "Trafiknämnden"),
        block(heading, "heading", level=2),
        _row(block, "4.1", "After a heading: no table", "Kulturnämnden"),
    ]
    found = extract_table_measures(analyse(blocks, REGISTER), "Programmet", REGISTER)
    assert [(m.code, [b.name for b in m.responsible]) for m in found] == [("3.1", ["Trafiknämnden"])]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # a bulleted list, code and responsible in one item; two bodies joined by "och", "samt", a comma
        (
            [
                ("Åtgärd 1: En skyfallskartering tas fram. Ansvar: samhällsbyggnadsnämnden.", "•"),
                ("Åtgärd 2: Ytor för dagvatten säkras. Ansvar: trafiknämnden och exploateringsnämnden.", "•"),
                ("Åtgärd 3 – Gatuträd planteras. Ansvariga: kulturnämnden samt idrottsnämnden", "–"),
                ("Åtgärd 4. Pumpar installeras. Ansvarig nämnd: trafiknämnden, SISAB.", "•"),
            ],
            [
                ("1", "En skyfallskartering tas fram.", ["Samhällsbyggnadsnämnden"]),
                ("2", "Ytor för dagvatten säkras.", ["Trafiknämnden", "Exploateringsnämnden"]),
                ("3", "Gatuträd planteras.", ["Kulturnämnden", "Idrottsnämnden"]),
                ("4", "Pumpar installeras.", ["Trafiknämnden", "Skolfastigheter i Stockholm AB"]),
            ],
        ),
        # paragraphs, "Förslag"/"Insats" and a sub-numbered code; those responsible on a line of their own
        (
            [
                ("Förslag 2.1: Fler feriejobb ordnas för unga i ytterstaden.", None),
                ("Ansvarig: arbetsmarknadsnämnden", None),
                ("Insats 3 Biblioteken öppnar på söndagar. Ansvar: kulturnämnden.", None),
            ],
            [
                ("2.1", "Fler feriejobb ordnas för unga i ytterstaden.", ["Arbetsmarknadsnämnden"]),
                ("3", "Biblioteken öppnar på söndagar.", ["Kulturnämnden"]),
            ],
        ),
        # an answer's comments on the measures it was asked about name no one responsible: no measures
        (
            [
                ("Åtgärd 4 – Bolaget delar bedömningen men anser att målet är för högt satt.", None),
                ("Åtgärd 7 – Rådgivningen bör riktas till privata fastighetsägare.", None),
                ("Åtgärd 1.1 innebär att familjecentralerna byggs ut. Ansvar: socialnämnden.", None),
            ],
            [],
        ),
    ],
    ids=["bulleted, one item each", "paragraphs, Ansvar on its own line", "comments on measures"],
)
def test_a_memos_stated_measures(block, items, expected) -> None:
    """A memo that states the programme's measures one a paragraph or list item: "Åtgärd N: … Ansvar: …"."""
    from atgard.extract.coded_measures import extract_table_measures

    blocks = [
        block("Planens åtgärder", "heading", level=2),
        block("Handlingsplanen innehåller följande åtgärder."),
        *(block(text, "list_item" if marker else "paragraph", marker=marker) for text, marker in items),
        block("Förvaltningens bedömning", "heading", level=2),
        block("Åtgärderna 2 och 6 behöver prövas. Ansvar: se ovan."),
    ]
    found = extract_table_measures(analyse(blocks, REGISTER), "Planen", REGISTER)
    assert [(m.code, m.text, [b.name for b in m.responsible]) for m in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Stadsbyggnadsnämnden ansvarar för att ytor för lek redovisas i varje detaljplan.", ["Stadsbyggnadsnämnden"]),
        ("Trafiknämnden bör dessutom se till att gång- och cykelvägarna är belysta.", ["Trafiknämnden"]),
        (
            "Kulturnämnden och idrottsnämnden ska också erbjuda kurser på fritidsgårdarna.",
            ["Kulturnämnden", "Idrottsnämnden"],
        ),
        (
            "Utbildningsnämnden, kulturnämnden samt idrottsnämnden behöver samordna lovverksamheten.",
            ["Utbildningsnämnden", "Kulturnämnden", "Idrottsnämnden"],
        ),
        ("Arbetsmarknadsnämnden har ansvaret för att feriejobben räcker till alla.", ["Arbetsmarknadsnämnden"]),
        ("Socialnämnden får i uppdrag att ta fram en plan.", ["Socialnämnden"]),
        # no duty: a finding, a negation, an answer asked for, a board not the subject
        ("Idrottsnämnden ansvarar för stadens bad och idrottsplatser.", None),
        ("Kulturnämnden bör inte ta ut avgifter för kulturskolan.", None),
        ("Trafiknämnden ska yttra sig senast den 1 mars 2027.", None),
        ("Enligt kommissionen bör trafiknämnden se över belysningen.", None),
        ("Kommissionen bedömer att det inte räcker med fler lokaler.", None),
    ],
)
def test_a_reports_duties_in_prose(block, sentence, expected) -> None:
    """A report's measure stated only in prose, a board its subject: "Stadsbyggnadsnämnden ansvarar för att …"."""
    from atgard.extract.measures import extract_board_duties

    blocks = [
        block("Område 1", "heading", level=2),
        _row(block, "1.1", "Skolornas idrottshallar öppnas.", "Idrottsnämnden"),
        block("Trafiknämnden bör också se över belysningen."),  # in the measures' own section: not read
        block("Stadens planering", "heading", level=2),
        block(sentence),
    ]
    found = extract_board_duties(analyse(blocks, REGISTER), "Rapporten")
    assert [[b.name for b in m.responsible] for m in found] == ([expected] if expected else [])
    assert all(m.text == sentence and m.report_title == "Rapporten" for m in found)
