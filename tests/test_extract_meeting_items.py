"""Meetings' documents on invented Swedish variants: a notice of meeting to the members of a board, an agenda's items
set as numbered headings that answer remisser (paired case numbers, a "Dnr" line run into the text), an item that
sends the board's own proposal to its councils, a protocol's subject line in capitals, a remiss told with a
participle ("ställd till"), municipalities in the genitive under one head spelt out after "d.v.s.", a proposal to the
council with several "att"-clauses in one paragraph, a decision's next point that sends the same proposal on, and a
body that is not given the chance to answer."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_references import in_reply_to
from atgard.extract.answers import AnswerHeader, extract_answers, items
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.extract.header import deciding_body
from atgard.extract.lead_ins import own_clauses
from atgard.extract.mentions.spans import _misread
from atgard.extract.referrals import extract_referrals
from atgard.extract.reports import extract_reports
from atgard.schema.contract import Decision
from tests.test_extract_referrals import referrals

REGISTER = load_register()
PLAN = "Folkhälsoplan för Ockelbo kommun 2027–2030"


# --- Whose meeting: the members a notice is sent to ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("addressee", "board"),
    [
        ("Till ledamöter i bildningsnämnden", "Bildningsnämnden"),
        ("Ledamöter och ersättare i socialnämnden", "Socialnämnden"),
        ("Till ledamöterna i tekniska nämnden", "Tekniska nämnden"),
        ("Ledamöter samt ersättare för kultur- och fritidsnämnden", "Kultur- och fritidsnämnden"),
        ("Till styrelsens ledamöter", "Styrelsen"),
    ],
)
@pytest.mark.parametrize("kind", ["dagordning", "protokoll"])
def test_a_notice_to_a_boards_members_is_that_boards_meeting(addressee: str, board: str, kind: str) -> None:
    assert deciding_body(kind, ["Ockelbo kommun"], addressee, REGISTER) == board


def test_a_letter_to_a_boards_members_keeps_its_addressee() -> None:
    assert deciding_body("tjansteutlatande", [], "Till ledamöter i bildningsnämnden", REGISTER) == (
        "Till ledamöter i bildningsnämnden"
    )


@pytest.mark.parametrize(
    ("names", "board"),
    [
        (["RJH", "Regionstyrelsen"], "Regionstyrelsen"),  # a logo's letters over the board's name
        (["VGR", "Regionala utvecklingsnämnden"], "Regionala utvecklingsnämnden"),
        (["kultur-", "Kultur- och fritidsnämnden", "LULEÅ KOMMUN"], "Kultur- och fritidsnämnden"),  # a title broken off
        (["PROTOKOLL", "Miljö- och byggnämnden"], "Miljö- och byggnämnden"),
        (["Hälsingeregionen", None], "Hälsingeregionen"),  # no board by its shape: the first name as before
    ],
)
def test_a_meeting_is_the_board_its_header_names_by_shape(names: list[str | None], board: str) -> None:
    assert deciding_body("protokoll", names, None, REGISTER) == board


@pytest.mark.parametrize("word", ["bildningsnämnden", "bildningsnämndens", "Bildningsnämnden"])
def test_a_compound_that_is_a_register_names_tail_is_no_misreading(word: str) -> None:
    assert _misread(word, REGISTER) is None


@pytest.mark.parametrize("word", ["utbildningsnämnden", "utbildningsnamnden", "utbildningsnämdnen"])
def test_a_misread_register_word_is_still_read(word: str) -> None:
    assert _misread(word, REGISTER) == "utbildningsnamnden"


# --- An agenda's items as numbered headings, and the remisser they answer -------------------------------------------


def _answers(blocks, decision: Decision | None = None):
    analysed = analyse(blocks, REGISTER)
    about = AnswerHeader(None, None, None, None)
    decision = decision or Decision(proposed_by=None, decided_by=None, points=[])
    found = extract_answers(
        analysed, "dagordning", decision, extract_reports(analysed), about, [], REGISTER, meeting="Bildningsnämnden"
    )
    return [(a.answering_body.name, a.report_title, a.in_reply_to) for a in found]


@pytest.mark.parametrize("dash", ["–", "-"])
@pytest.mark.parametrize(
    ("title_line", "told"),
    [
        (f"Yttrande över förslag till {PLAN}", "Kommunstyrelsen har remitterat förslaget till {plan} (KS 2027/37)."),
        (f"Svar på remiss av {PLAN}", "Kommunstyrelsen har i beslut (KS 2027/37) remitterat {plan} till nämnden."),
        (f"Remissvar avseende {PLAN}", "Förslaget till {plan} (KS 2027/37) har remitterats till bildningsnämnden."),
    ],
)
def test_an_agendas_numbered_headings_are_its_items(block, title_line: str, told: str, dash: str) -> None:
    blocks = [
        block("Ärenden", "heading", level=2),
        block("1. Upprop och val av justerare", "heading", level=3),
        block("Förslag till beslut: Dagordningen godkänns."),
        block(f"2. Redovisning av delegationsbeslut {dash} februari", "heading", level=3),
        block("Dnr BN 2027/2"),
        block(f"3. {title_line}", "heading", level=3),
        # the item's own "Dnr" line run into the text below it, as a page's foot may join them
        block("Dnr BN 2027/24 " + told.format(plan=PLAN)),
        block("Förslag till beslut:"),
        block("Bildningsnämnden antar förvaltningens förslag till yttrande.", "list_item", "1."),
    ]
    assert len(items(analyse(blocks, REGISTER), meeting=True)) == 3
    assert _answers(blocks) == [("Bildningsnämnden", PLAN, "KS 2027/37")]


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Dnr HÄ 2026/1190, KS 2026/1522", "KS 2026/1522"),
        ("Diarienummer: SN 2027/12; KS 2026/880", "KS 2026/880"),
        ("Dnr: HÄ 2026/1190, KS 2026/1522", "KS 2026/1522"),
    ],
)
def test_an_items_paired_case_numbers_own_first(block, line: str, number: str) -> None:
    analysed = analyse([block("Svar på remiss av Parkprogram 2027", "list_item", "7."), block(line)], REGISTER)
    assert in_reply_to(analysed, [], None) == number


@pytest.mark.parametrize(
    "title_line",
    [
        "Svar på remiss av förslag till Parkprogram för Stockholms stad 2027–2035",
        "Yttrande över förslag till Parkprogram för Stockholms stad 2027–2035",
        "Remissvar – Parkprogram för Stockholms stad 2027–2035",
    ],
)
def test_an_item_titled_as_an_answer_answers_without_a_decision(block, title_line: str) -> None:
    blocks = [
        block("Val av justerare", "list_item", "1."),
        block("Anmälan av delegationsbeslut", "list_item", "2."),
        block(title_line, "list_item", "3."),
        block("Dnr HÄ 2026/1190, KS 2026/1522"),
        block("Förvaltningen välkomnar programmet men föreslår att parkerna i söderort prioriteras."),
        block("Svar på skrivelse från Kristina Wahlund (M) om belysningen", "list_item", "4."),
        block("Dnr HÄ 2026/1176"),
    ]
    assert _answers(blocks) == [("Bildningsnämnden", "Parkprogram för Stockholms stad 2027–2035", "KS 2026/1522")]


# --- An item that sends the board's own proposal to its councils ---------------------------------------------------

TRYGGHET = "Lokal trygghetsplan för Hägersten-Älvsjö 2027–2029"


@pytest.mark.parametrize("dash", ["–", "-"])
@pytest.mark.parametrize("tail", ["remiss till stadsdelsnämndens råd", "remittering", "beslut om remiss"])
@pytest.mark.parametrize(
    ("councils", "names"),
    [
        (
            "pensionärsrådet, rådet för funktionshinderfrågor och ungdomsrådet",
            ["Pensionärsrådet", "Rådet för funktionshinderfrågor", "Ungdomsrådet"],
        ),
        (
            "rådet för funktionshinderfrågor samt pensionärsrådet",
            ["Rådet för funktionshinderfrågor", "Pensionärsrådet"],
        ),
    ],
)
def test_an_item_sends_its_own_proposal_to_the_boards_councils(
    block, dash: str, tail: str, councils: str, names: list[str]
) -> None:
    blocks = [
        block("Sammanträdestider 2027", "list_item", "10."),
        block(f"Förslag till lokal trygghetsplan för Hägersten-Älvsjö 2027–2029 {dash} {tail}", "list_item", "11."),
        block("Dnr HÄ 2027/0058"),
        block(
            f"Förvaltningen föreslår att stadsdelsnämnden skickar förslaget till lokal trygghetsplan på remiss till "
            f"{councils}, med svar senast den 12 april 2027."
        ),
    ]
    analysed = analyse(blocks, REGISTER)
    reports = extract_reports(analysed)
    assert [r.title for r in reports.refs] == [TRYGGHET]
    found = extract_referrals(analysed, reports, REGISTER)
    assert [(r.report_title, [x.name for x in r.recipients]) for r in found] == [(TRYGGHET, names)]


@pytest.mark.parametrize(
    "heading",
    ["§ 3 REMISS OM KLIMATANPASSNING AV SKOLGÅRDAR", "§ 6 YTTRANDE ÖVER BETÄNKANDET SOU 2026:48"],
)
def test_a_protocols_subject_line_in_capitals_names_no_report(block, heading: str) -> None:
    analysed = analyse([block(heading, "heading", level=3), block("Styrelsen beslutade att anta yttrandet.")], REGISTER)
    assert extract_reports(analysed).refs == []


# --- Who a remiss went to, and who it did not go to --------------------------------------------------------------

SKOLGARDAR = "Handlingsplan för klimatanpassning av stadens skolgårdar 2027–2032"


@pytest.mark.parametrize("participle", ["ställd", "riktad", "skickad"])
@pytest.mark.parametrize("joint", [" och ", " samt "])
def test_a_remiss_told_with_a_participle_names_its_recipients(block, participle: str, joint: str) -> None:
    text = (
        f"Förelåg kommunstyrelsens remiss av förslaget till {SKOLGARDAR} (KS 2027/0211), {participle} till "
        f"utbildningsnämnden, fastighetsnämnden{joint}Skolfastigheter i Stockholm AB, jämte direktörens förslag."
    )
    (found,) = referrals(block, text)
    assert found["report_title"] == SKOLGARDAR
    assert [n for n, _ in found["recipients"]] == [
        "Utbildningsnämnden",
        "Fastighetsnämnden",
        "Skolfastigheter i Stockholm AB",
    ]


STRATEGI = "Strategi för kompetensförsörjning i Jämtland Härjedalen 2027–2035"


@pytest.mark.parametrize("that_is", ["d.v.s.", "dvs.", "det vill säga"])
@pytest.mark.parametrize("joint", [", samt till ", " samt ", " och till "])
@pytest.mark.parametrize(
    ("places", "names"),
    [
        ("Bergs, Bräcke, Härjedalens och Östersunds", ["Bergs kommun", "Bräcke kommun", "Härjedalens kommun"]),
        ("Åre och Krokoms", ["Åre kommun", "Krokoms kommun"]),
    ],
)
def test_municipalities_a_description_spells_out(block, that_is: str, joint: str, places: str, names) -> None:
    text = (
        f"Förslaget till {STRATEGI} remitteras till kultur- och bildningsnämnden{joint}länets kommuner, "
        f"{that_is} {places} kommuner."
    )
    (found,) = referrals(block, text)
    got = [n for n, _ in found["recipients"]]
    assert got[0] == "Kultur- och bildningsnämnden"
    assert got[1 : 1 + len(names)] == names
    assert not any(n.endswith("kommuner") for n in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Arbetsförmedlingen bereds inte tillfälle att yttra sig.",
        "Arbetsförmedlingen och Mittuniversitetet bereds inte särskilt tillfälle att yttra sig.",
        "Arbetsförmedlingen har deltagit i arbetsgruppen och bereds inte tillfälle att yttra sig.",
        "Arbetsförmedlingen ges inte möjlighet att lämna synpunkter.",
    ],
)
def test_a_body_not_given_the_chance_is_not_asked(block, sentence: str) -> None:
    found = referrals(block, f"Förslaget till {STRATEGI} remitteras till kulturnämnden. {sentence}")
    assert [[n for n, _ in f["recipients"]] for f in found] == [["Kulturnämnden"]]


@pytest.mark.parametrize(
    ("second", "joined"),
    [
        ("Förslaget skickas även på remiss till Polisområde Syd Stockholm.", True),
        ("Förslaget remitteras också till Polisområde Syd Stockholm.", True),
        ("Även Polisområde Syd Stockholm ges tillfälle att yttra sig.", True),
        ("Förslaget skickas på remiss till Polisområde Syd Stockholm för synpunkter.", False),
    ],
)
def test_a_decisions_next_point_sends_the_same_proposal_on(block, second: str, joined: bool) -> None:
    title = "Strategi för trygghet och brottsförebyggande arbete i Botkyrka 2027–2030"
    blocks = [
        block("§ 5 REMISS AV FÖRSLAG TILL TRYGGHETSSTRATEGI", "heading", level=3),
        block("Kommunstyrelsens beslut", "heading", level=4),
        block(f"Förslaget till {title} remitteras till socialnämnden och kulturnämnden.", "list_item", "1."),
        block(second, "list_item", "2."),
        block("Remissvaren ska ha kommit in till kommunstyrelsen senast den 31 mars 2027.", "list_item", "3."),
    ]
    analysed = analyse(blocks, REGISTER)
    found = [
        (r.report_title, [x.name for x in r.recipients])
        for r in extract_referrals(analysed, extract_reports(analysed), REGISTER)
    ]
    first, police = ["Socialnämnden", "Kulturnämnden"], ["Polisområde Syd Stockholm"]
    assert found == ([(title, first + police)] if joined else [(title, first), (title, police)])


# --- A proposal to the council with several "att"-clauses in one paragraph ----------------------------------------


@pytest.mark.parametrize(
    ("joint", "first_end"),
    [(", samt att", ", samt"), ("; att", ";"), ("; samt att", "; samt")],
)
@pytest.mark.parametrize(
    "lead",
    [
        "Kommunstyrelsen föreslår kommunfullmäktige besluta att",
        "Kommunstyrelsen föreslår att kommunfullmäktige beslutar att",
        "Regionstyrelsen föreslår regionfullmäktige att",
    ],
)
def test_a_proposals_att_clauses_are_a_point_each(block, lead: str, joint: str, first_end: str) -> None:
    first = f"{lead} anta Riktlinjer för bostadsförsörjning 2027–2031"
    text = f"{first}{joint} riktlinjerna ersätter de riktlinjer som antogs den 24 september 2020, § 131."
    assert [text[a:b] for a, b in own_clauses(text)] == [
        first + first_end,
        "att riktlinjerna ersätter de riktlinjer som antogs den 24 september 2020, § 131.",
    ]
    spec = [block("§ 7 Riktlinjer för bostadsförsörjning", "heading", level=3), block(text)]
    found = extract_decision(analyse(spec, REGISTER), None, "Kommunstyrelsen", REGISTER)
    assert len(found.points) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Kommunstyrelsen föreslår kommunfullmäktige att anta planen samt att uppdra åt nämnderna att följa upp den.",
        "Kommunstyrelsen föreslår kommunfullmäktige att anta planen och att uppdra åt nämnderna att följa upp den.",
        "Kommunstyrelsen föreslår kommunfullmäktige att anta planen, och att uppdra åt nämnderna att följa upp den.",
    ],
)
def test_att_clauses_joined_without_a_comma_and_samt_are_one_point(text: str) -> None:
    assert own_clauses(text) == [(0, len(text))]
