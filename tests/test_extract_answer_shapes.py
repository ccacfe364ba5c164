"""Answers in the shapes of holdout8's families: the measures by a capital and a number ("åtgärd Å3", "åtgärderna
K3, C4 samt V5") and the rest gathered under "Övriga åtgärder" without those it has no views on; an agency named
only by its running footer; an agenda's items as lines of the text ("Ärende 5. …"); a protocol's extract filed
under the referring case; a meeting's item after the board a memo is to. Tables of Swedish variants written for
these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_codes import codes_in, codes_taken_up
from atgard.extract.answer_references import in_reply_to
from atgard.extract.answers import AnswerHeader, extract_answers, items
from atgard.extract.boards import load_register
from atgard.extract.reports import extract_reports
from atgard.schema.contract import Decision

REGISTER = load_register()
NO_DECISION = Decision(proposed_by=None, decided_by=None, points=[])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Åtgärd Å3 – genomsläppliga ytor", ["Å3"]),
        ("Åtgärd Å3 - genomsläppliga ytor", ["Å3"]),
        ("Kontoret redovisar sina förutsättningar för åtgärderna Å3 och Å7.", ["Å3", "Å7"]),
        ("2.3 Hastighet på väg 76 genom Rimbo (åtgärd V2)", ["V2"]),
        ("Trafikverket är positivt till åtgärderna K3, C4 samt V5.", ["K3", "C4", "V5"]),
        ("Bolaget svarar för åtgärd Å3 respektive Å7.", ["Å3", "Å7"]),
        ("Åtgärderna Å1–Å3 rör skyfall.", ["Å1", "Å2", "Å3"]),
        ("Åtgärderna Å1 - Å3 rör skyfall.", ["Å1", "Å2", "Å3"]),
        ("Beträffande åtgärd Å12.", ["Å12"]),
        ("Åtgärderna 9 och 10 – Stombuss och bytespunkter", ["9", "10"]),
        ("En ny trafikplats vid E18 och väg 76.", []),
        ("Bilagan skrivs ut i A4 och skickas med E4.", []),
    ],
)
def test_a_measure_named_by_a_capital_and_a_number(text: str, codes: list[str]) -> None:
    assert codes_in(text) == codes


@pytest.mark.parametrize(
    ("gathered", "codes"),
    [
        (
            "Förvaltningen har inga synpunkter på åtgärderna 1–3 och 5–8. "
            "Förvaltningen noterar att åtgärd 21 kan påverka infartsparkeringen.",
            ["4", "9", "21"],
        ),
        ("Nämnden lämnar åtgärderna 1–3 samt 5 utan erinran.", ["4", "9"]),
        ("Kontoret avstår från att kommentera åtgärd 5. Åtgärd 12 bör dock samordnas.", ["4", "9", "12"]),
        ("Förvaltningen har inga övriga synpunkter.", ["4", "9"]),
        ("Förvaltningen vill därutöver peka på åtgärd 11 respektive åtgärd 14.", ["4", "9", "11", "14"]),
    ],
)
def test_the_measures_a_gathering_section_comments_on(block, gathered: str, codes: list[str]) -> None:
    blocks = [
        block("Förvaltningens synpunkter", "heading", level=2),
        block("Åtgärd 4 – Framkomlighet för buss", "heading", level=3),
        block("Förvaltningen tillstyrker åtgärden."),
        block("Åtgärd 9 – Stombuss", "heading", level=3),
        block("Förvaltningen ser positivt på åtgärden."),
        block("Övriga åtgärder", "heading", level=3),
        block(gathered),
        block("Ekonomiska konsekvenser", "heading", level=2),
        block("Åtgärd 30 påverkar inte nämndens budget."),
    ]
    assert codes_taken_up(analyse(blocks, REGISTER)) == codes


def _answers(blocks, kind="yttrande", decision=NO_DECISION, lines=(), own=None, **senders):
    analysed = analyse(blocks, REGISTER)
    title = blocks[0].text if blocks[0].kind == "heading" else None
    about = AnswerHeader(title, None, own, None)
    found = extract_answers(
        analysed, kind, decision, extract_reports(analysed), about, list(lines), REGISTER, **senders
    )
    return [(a.answering_body.name, a.report_title, a.in_reply_to, a.measure_codes) for a in found]


@pytest.mark.parametrize(
    ("footer", "body"),
    [
        ("Trafikverket · 781 89 Borlänge · Besök: Solna strandväg 98 · Tfn 0771-921 921", "Trafikverket"),
        ("Boverket, Box 534, 371 23 Karlskrona, Telefon 0455-35 30 00", "Boverket"),
        (
            "Länsstyrelsen i Stockholms län | 104 22 Stockholm | stockholm@lansstyrelsen.se",
            "Länsstyrelsen i Stockholms län",
        ),
        ("Sjöfartsverket – 601 78 Norrköping – sjofartsverket.se", "Sjöfartsverket"),
        ("Norrtälje kommun · 761 80 Norrtälje", None),  # a municipality as a whole: its board answers
        ("Stadsbyggnadskontoret, Box 8314, 104 20 Stockholm", None),  # an office that prepares
    ],
)
def test_an_agency_named_by_its_running_footer_answers(block, footer: str, body: str | None) -> None:
    blocks = [
        block("Yttrande över förslag till Trafikstrategi för Norrtälje kommun 2028–2040", "heading", level=1),
        block("Myndigheten har fått rubricerat förslag på remiss och lämnar härmed sitt yttrande."),
        block("Beslut i detta ärende har fattats av regional planeringschef Gustaf Lindvall."),
    ]
    found = _answers(blocks, lines=[footer], sender="Planeringsavdelningen")
    assert [a[0] for a in found] == ([body] if body else [])


@pytest.mark.parametrize("label", ["Ärende 5.", "Ärende 5", "Punkt 5:", "§ 5"])
def test_an_agendas_items_as_lines_of_the_text(block, label: str) -> None:
    blocks = [
        block("Kallelse till idrottsnämndens sammanträde", "heading", level=1),
        block(label.replace("5", "4") + " Ombyggnad av konstgräsplanen vid Grimsta IP"),
        block("Dnr IDN 2027/0188"),
        block("Förvaltningens förslag till beslut: Idrottsnämnden godkänner inriktningsbeslut för ombyggnaden."),
        block(f"{label} Svar på remiss av förslag till Friluftsplan för Stockholms stad 2028–2035 (Dnr KS 2027/0452)"),
        block("Dnr IDN 2027/0097 Kommunstyrelsen har remitterat förslaget till bl.a. idrottsnämnden."),
        block("Förvaltningens förslag till beslut"),
        block("Idrottsnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.", "list_item", "1."),
        block("Paragrafen justeras omedelbart.", "list_item", "2."),
    ]
    assert len(items(analyse(blocks, REGISTER), meeting=True)) == 2
    decision = Decision(proposed_by=None, decided_by="Idrottsnämnden", points=[])
    assert _answers(blocks, kind="dagordning", decision=decision) == [
        ("Idrottsnämnden", "Friluftsplan för Stockholms stad 2028–2035", "KS 2027/0452", [])
    ]


@pytest.mark.parametrize(
    ("header", "own_line", "number"),
    [
        ("KS 2027/0614", "Dnr SKÄ 2027/0231", "KS 2027/0614"),  # filed under the referring case
        ("KS-2027-0614", "Diarienummer: SDN 2027/231", "KS-2027-0614"),
        ("SKÄ 2027/0231", "Dnr SKÄ 2027/0231", None),  # the paragraph's own
        ("SKÄ 2027/0230", "Dnr SKÄ 2027/0231", None),  # the same registry: no referrer's
    ],
)
def test_a_protocols_extract_filed_under_the_referring_case(block, header: str, own_line: str, number) -> None:
    blocks = [
        block("§ 14 Svar på remiss av förslag till Handlingsplan för klimatanpassning 2028–2032", "heading", level=2),
        block(own_line),
        block("Kommunstyrelsen har remitterat förslaget till handlingsplan till stadsdelsnämnden."),
    ]
    assert in_reply_to(analyse(blocks, REGISTER), [], header, items=True) == number


@pytest.mark.parametrize("to", ["Trafiknämnden, p. 11", "Trafiknämnden, punkt 11", "Trafiknämnden § 11"])
def test_a_meetings_item_after_the_board_is_no_part_of_its_name(block, to: str) -> None:
    blocks = [
        block("Svar på remiss av förslag till Handlingsplan för klimatanpassning 2028–2032", "heading", level=1),
        block("Remiss från kommunstyrelsen, dnr KS 2027/0614", "heading", level=2),
        block("Kontoret redovisar sina förutsättningar för att genomföra åtgärderna Å3 och Å7."),
    ]
    decision = Decision(proposed_by=None, decided_by=to, points=[])
    assert _answers(blocks, kind="tjansteutlatande", decision=decision) == [
        ("Trafiknämnden", "Handlingsplan för klimatanpassning 2028–2032", "KS 2027/0614", ["Å3", "Å7"])
    ]
