"""What the words around a referral, an answer or a signature say of it, as tables of Swedish variants written
for these tests (no document's strings): rows of a referral table that ask the same, an under-referral joining
the referral of the body that passes it on, a clause that is no name, an agenda item's line naming the report
its text refers by a pronoun, the office's own preparation, the document's own town, a protocol's paragraph
answered by the body of its own points, a title after a compound genre word, and names signed under "På …s
vägnar".
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answers import AnswerHeader, extract_answers
from atgard.extract.boards import load_register
from atgard.extract.home import capitals_headings, own_names
from atgard.extract.referrals import addressed_to_self, referral_findings
from atgard.extract.reports import extract_reports
from atgard.extract.signatories import signatories
from atgard.schema import BBox, Block, PageBox, TableCell
from atgard.schema.contract import Decision, DecisionPoint

REGISTER = load_register()


def _referrals(blocks: list[Block]) -> list[tuple[str | None, list[str]]]:
    analysed = analyse(blocks, REGISTER)
    return [
        (f.referral.report_title, [r.name for r in f.referral.recipients])
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


HEADERS = {
    3: ("Remissinstans", "Remissen avser", "Svar senast"),
    4: ("Remissinstans", "Avgränsning", "Svar senast", "Kontaktperson"),
}


def _row(*cells: str, page: int = 1, top: float = 100) -> Block:
    boxes = [BBox(x0=70 + 120 * i, top=top, x1=180 + 120 * i, bottom=top + 30) for i in range(len(cells))]
    return Block(
        kind="table_row",
        text=" | ".join(cells),
        cells=[TableCell(text=text, bbox=box) for text, box in zip(cells, boxes, strict=True)],
        page=page,
        boxes=[PageBox(page=page, bbox=BBox(x0=70, top=top, x1=70 + 120 * len(cells), bottom=top + 30))],
    )


# --- A referral table: the rows that ask the same of their bodies are one referral ----------------------------


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                ("Kulturnämnden", "Synpunkter på hela planen", "2026-09-30"),
                ("Idrottsnämnden", "Synpunkter på hela planen", "2026-09-30"),
                ("Trafiknämnden", "Förutsättningar att genomföra åtgärd 2.4", "2026-09-30"),
                ("Stadsbyggnadsnämnden", "Synpunkter på hela planen", "2026-09-30"),
                ("Äldrenämnden", "Synpunkter på hela planen", "2026-10-31"),
            ],
            [["Kulturnämnden", "Idrottsnämnden", "Stadsbyggnadsnämnden"], ["Trafiknämnden"], ["Äldrenämnden"]],
            id="same scope and date, not next to each other",
        ),
        pytest.param(
            [
                ("Socialnämnden, äldrenämnden", "Hela programmet", "2027-01-15"),
                ("AB Familjebostäder", "Hela programmet", "2027-01-15"),
            ],
            [["Socialnämnden", "Äldrenämnden", "AB Familjebostäder"]],
            id="a row of several bodies and a row of one",
        ),
        pytest.param(
            [
                ("Kulturnämnden", "Hela programmet", "2027-01-15"),
                ("Idrottsnämnden", "Avsnitt 4 om idrottsplatser", "2027-01-15"),
            ],
            # a section is no measure: the referral's report, action, codes and date are the same (holdout5's
            # Malmö sändlista: "Hela programmet" and "Avsnitt 4 Idrott i skolan" rows are one referral)
            [["Kulturnämnden", "Idrottsnämnden"]],
            id="asked about different sections, no codes",
        ),
        pytest.param(
            [
                ("Kulturnämnden", "Hela programmet", "2027-01-15", "Ola Persson"),
                ("Idrottsnämnden", "Hela programmet", "2027-01-15", "Mia Lund"),
                ("Tekniska nämnden", "Åtgärderna 3.1–3.3", "2027-01-15", "Ali Rahimi"),
                ("Stadsbyggnadsnämnden", "Åtgärd 3.2", "2027-01-15", "–"),
            ],
            [["Kulturnämnden", "Idrottsnämnden"], ["Tekniska nämnden"], ["Stadsbyggnadsnämnden"]],
            id="a contact person's column tells no rows apart; measures do",
        ),
    ],
)
def test_table_rows_that_ask_the_same_are_one_referral(
    block, rows: list[tuple[str, ...]], expected: list[list[str]]
) -> None:
    blocks = [
        block("Förvaltningen föreslår att planen remitteras enligt tabellen nedan."),
        _row(*HEADERS[len(rows[0])]),
        *(_row(*cells, top=130 + 30 * i) for i, cells in enumerate(rows)),
    ]
    assert [names for _, names in _referrals(blocks)] == expected


# --- An under-referral joins the referral of the body that passes it on --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Även trafiknämnden och Stockholms Stadshus AB ges tillfälle att yttra sig. Stockholms Stadshus AB "
            "ombeds underremittera ärendet till AB Stokab och Stockholms Hamn AB.",
            [["Trafiknämnden", "Stockholms Stadshus AB", "AB Stokab", "Stockholms Hamn AB"]],
        ),
        (
            "Programmet har remitterats till kulturnämnden och Stockholms Stadshus AB. Stockholms Stadshus AB har "
            "därefter underremitterat programmet till AB Svenska Bostäder.",
            [["Kulturnämnden", "Stockholms Stadshus AB", "AB Svenska Bostäder"]],
        ),
        (
            "Planen remitteras till idrottsnämnden. Ärendet underremitteras av Stockholms Stadshus AB till "
            "Stockholm Parkering AB.",  # the passer-on was never asked here: a referral of its own
            [["Idrottsnämnden"], ["Stockholm Parkering AB"]],
        ),
    ],
)
def test_an_under_referral_joins_the_referral_of_who_passes_it_on(block, text: str, expected: list[list[str]]) -> None:
    assert [names for _, names in _referrals([block(text)])] == expected


# --- A clause is no name -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kommunens vattenförsörjning berör även grannkommunerna, och Knivsta kommun ges därför möjlighet att "
            "lämna synpunkter på programmet.",
            ["Knivsta kommun"],
        ),
        (
            "Planen gäller hela länet, men Region Gävleborg bereds tillfälle att yttra sig över avsnitt 3.",
            ["Region Gävleborg"],
        ),
        (
            "Länets kommuner har ett gemensamt ansvar för ledningsnätet, och Sigtuna kommun och Vallentuna "
            "kommun ombeds därför yttra sig.",
            ["Sigtuna kommun", "Vallentuna kommun"],
        ),
    ],
)
def test_the_subject_of_a_second_main_clause(block, text: str, expected: list[str]) -> None:
    ((_, names),) = _referrals([block(text)])
    assert names == expected


# --- An agenda item's line names the report its text refers to by a pronoun ----------------------------------


@pytest.mark.parametrize(
    ("item", "text", "title"),
    [
        (
            "Remiss av förslag till Riktlinjer för stadens lekplatser 2027–2030",
            "Förslaget remitteras till samtliga stadsdelsnämnder och Stockholms stads pensionärsråd.",
            "Riktlinjer för stadens lekplatser 2027–2030",
        ),
        (
            "Remittering av rapporten Ensamma i storstaden",
            "Rapporten skickas på remiss till socialnämnden och äldrenämnden för yttrande.",
            "Ensamma i storstaden",
        ),
    ],
)
def test_an_agenda_items_report_is_named_by_its_line(block, item: str, text: str, title: str) -> None:
    blocks = [
        block("Föredragningslista", "heading", level=1),
        block("Val av justerare", "list_item", "1."),
        block("Förslag till beslut: Nämnden utser Eva Ek att justera protokollet."),
        block("Tertialrapport 1", "list_item", "2."),
        block("Förslag till beslut: Nämnden godkänner tertialrapporten."),
        block(item, "list_item", "3."),
        block("Dnr ÄN 2026/0311"),
        block(text),
    ]
    assert [report for report, _ in _referrals(blocks)] == [title]


# --- What the office gathered itself, and the document's own town, are no referrals ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Förvaltningen har inhämtat synpunkter från socialförvaltningens fältgrupp.", []),
        ("Kontoret har begärt underlag från trafikkontoret och exploateringskontoret.", []),
        (
            "Kommunstyrelsen har begärt yttranden från kulturnämnden och idrottsnämnden.",
            [["Kulturnämnden", "Idrottsnämnden"]],
        ),
        ("Yttrande ska inhämtas från socialnämnden före den 1 juni 2026.", [["Socialnämnden"]]),
    ],
)
def test_the_offices_own_preparation_is_no_referral(block, text: str, expected: list[list[str]]) -> None:
    assert [names for _, names in _referrals([block(text)])] == expected


@pytest.mark.parametrize(
    ("lines", "town"),
    [
        (["NACKA KOMMUN", "131 81 Nacka", "www.nacka.se"], "nacka kommun"),
        # a two-word name whole; a capitalised word before a name is no part of it
        (["Lilla Edets kommun", "Kommunstyrelsen"], "lilla edets kommun"),
        (["Postadress Malmö stad", "205 80 Malmö"], "malmö stad"),
        (["Kommunstyrelsens förvaltning", "Box 20, 195 85 Märsta", "sigtuna.se", "Märsta"], None),
        (["Kommunledningskontoret", "551 89 Jönköping", "www.jonkoping.se"], "jönköping kommun"),
    ],
)
def test_the_documents_own_town_by_its_address(lines: list[str], town: str | None) -> None:
    own = own_names([], lines)
    if town is not None:
        assert town in own
    else:
        assert own >= {"staden", "kommunen"}


@pytest.mark.parametrize(
    ("heads", "town"),
    [
        (["BOTKYRKA KOMMUN", "Kommunstyrelsen"], "botkyrka kommun"),
        (["UPPLANDS VÄSBY KOMMUN", "Kommunstyrelsen"], "upplands väsby kommun"),
        # a meeting's first block not in capitals (another municipality it names) is not its own; nor a body's name
        (["Sigtuna kommun", "Kommunstyrelsen"], None),
        (["KOMMUNSTYRELSEN", "Sammanträdesprotokoll"], None),
    ],
)
def test_a_meetings_municipality_heading_in_capitals(heads: list[str], town: str | None) -> None:
    own = own_names([], capitals_headings(heads))
    assert (town in own) if town is not None else own == {"stockholms stad", "staden", "kommunen"}


def test_a_referral_to_the_own_town_is_the_remiss_it_answers(block) -> None:
    from atgard.schema.contract import Recipient, Referral

    asked = Referral(
        report_title=None,
        action="opinion",
        scope="report",
        recipients=[Recipient(name="Nacka kommun", kind="external")],
        text="Nacka kommun har av Kulturdepartementet getts möjlighet att lämna synpunkter.",
        page=1,
        bbox=BBox(x0=0, top=0, x1=1, bottom=1),
        boxes=[PageBox(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1))],
    )
    assert addressed_to_self(asked, own_names([], ["NACKA KOMMUN", "131 81 Nacka", "www.nacka.se"]))


# --- A protocol's paragraph is answered by the body of its own points ----------------------------------------


def test_a_paragraph_answered_by_the_body_of_its_own_points(block) -> None:
    point = "Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det som kommunens svar."
    blocks = [
        block("Protokoll", "heading", level=1),
        block("§ 12 Yttrande över Region Skånes förslag till Regional cykelplan 2026–2035", "heading", level=2),
        block(point),
        block("§ 13 Motion om fler cykelparkeringar", "heading", level=2),
        block("Kommunfullmäktige föreslås besluta att avslå motionen."),
    ]
    decision = Decision(
        decided_by="Kommunfullmäktige",
        points=[
            DecisionPoint(number=1, text=point, decided_by="Kommunstyrelsen", **_where()),
            DecisionPoint(number=1, text="Kommunfullmäktige föreslås besluta att avslå motionen.", **_where()),
        ],
    )
    analysed = analyse(blocks, REGISTER)
    found = extract_answers(
        analysed, "protokoll", decision, extract_reports(analysed), AnswerHeader(), [], REGISTER, "Lunds kommun"
    )
    assert [(a.answering_body.name, a.report_title) for a in found] == [
        ("Kommunstyrelsen", "Regional cykelplan 2026–2035")
    ]


def _where() -> dict:
    box = BBox(x0=70, top=100, x1=520, bottom=130)
    return {"page": 1, "bbox": box, "boxes": [PageBox(page=1, bbox=box)]}


# --- A title in italics after a compound genre word --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bolaget har getts tillfälle att yttra sig över slutrapporten *Ensamma i storstaden* från utredningen.",
        "Nämnden har tagit del av lägesrapporten *Trygg i hela staden* och lämnar följande synpunkter.",
        "Remissen gäller delbetänkandet *En ny lag om fritidsgårdar* (SOU 2026:12).",
    ],
)
def test_an_italic_title_after_a_compound_genre_word(block, text: str) -> None:
    titles = [ref.title for ref in extract_reports(analyse([block(text)], REGISTER)).refs]
    assert titles == [text.split("*")[1]]


# --- Names signed under "På …s vägnar" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("formula", "cells", "expected"),
    [
        (
            "Stockholm den 4 maj 2026 På kommunstyrelsens vägnar:",
            ["KARIN EKSTRÖM", "Olle Berg"],
            ["KARIN EKSTRÖM", "Olle Berg"],
        ),
        ("På styrelsens vägnar", ["Maria Sund", "Per Holm"], ["Maria Sund", "Per Holm"]),
        ("På kommunstyrelsens vägnar:", ["Stockholms Stadshus AB", "Olle Berg"], []),
    ],
)
def test_names_signed_on_a_boards_behalf(block, formula: str, cells: list[str], expected: list[str]) -> None:
    blocks = [block("Ärendet"), block(formula), _row(*cells)]
    assert [s.name for s in signatories(analyse(blocks, REGISTER))] == expected
