"""A protocol's decisions after a vote ("Med 7 ja-röster mot 4 nej-röster har nämnden således beslutat" over its
"att"-points), a lead-in ending in "d.v.s." / "dvs.", every deciding sentence of an item's running text, an
agenda's "Dnr … – Förslag: …", and an authority's long permit decision ("Länsstyrelsen beslutar att lämna …")."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decision_sections import inline_decision
from atgard.extract.decisions import extract_decision
from atgard.extract.lead_ins import lead_in, long_decision, voted_lead_in

REGISTER = load_register()


def _points(block, texts: list[tuple[str, str]], office: str = "Kultur- och fritidsnämnden") -> list[str]:
    blocks = [block(text, kind) for kind, text in texts]
    analysed = analyse(blocks, REGISTER)
    return [point.text for point in extract_decision(analysed, office, office, REGISTER).points]


@pytest.mark.parametrize(
    ("text", "decider"),
    [
        ("Med 7 ja-röster mot 4 nej-röster har stadsdelsnämnden således beslutat", "stadsdelsnämnden"),
        ("Fjell (MP) deltar inte i beslutet. Med 7 ja-röster mot 4 nej-röster har nämnden således beslutat", "nämnden"),
        ("Med 31 röster mot 30 och 2 nedlagda har kommunfullmäktige alltså beslutat:", "kommunfullmäktige"),
        ("Styrelsen har därmed beslutat att", "Styrelsen"),
        ("Med 6 röster mot 5 har utskottet följaktligen beslutat följande:", "utskottet"),
    ],
)
def test_a_vote_leads_in_its_points(text: str, decider: str) -> None:
    assert voted_lead_in(text) == (None, decider, False)


@pytest.mark.parametrize(
    "text",
    [
        "Nämnden har beslutat att remittera ärendet.",  # history
        "Med 7 röster mot 4 har nämnden således beslutat enligt ordförandens förslag.",  # the whole decision
        "Kommunstyrelsen har redan beslutat om saken.",
        "Nämnden har således beslutat att anta planen.",  # a clause of its own, no points after it
    ],
)
def test_no_vote_lead_in(text: str) -> None:
    assert voted_lead_in(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Stadsdelsnämnden beslutar enligt förvaltningens förslag, d.v.s.",
        "Nämnden beslutar enligt förvaltningens förslag, dvs.",
        "Nämnden beslutade i enlighet med ordförandens förslag, det vill säga:",
        "Kommunstyrelsen beslutar enligt stadsledningskontorets förslag, d. v. s.",
    ],
)
def test_as_proposed_that_is(text: str) -> None:
    assert lead_in(text) is not None


def test_as_proposed_that_is_no_lead_in_with_text_after() -> None:
    assert lead_in("Nämnden beslutar enligt förslaget, d.v.s. utan ändringar.") is None


def test_a_vote_then_its_att_points(block) -> None:
    texts = [
        ("heading", "§ 5 Avveckling av parkleken"),
        ("heading", "Förslag till beslut"),
        ("paragraph", "Förvaltningens förslag i tjänsteutlåtande daterat 2027-03-25."),
        ("heading", "Propositionsordning och votering"),
        ("paragraph", "Ordföranden ställer proposition på de båda förslagen. Votering begärs och verkställs."),
        ("paragraph", "Med 7 ja-röster mot 4 nej-röster har nämnden således beslutat"),
        ("paragraph", "att avveckla verksamheten vid parkleken fr.o.m. den 1 september 2027,"),
        ("paragraph", "att föra över budgeten till den mobila parkverksamheten."),
        ("heading", "Reservation"),
        ("paragraph", "Eva Ek (S) reserverar sig mot beslutet."),
    ]
    assert _points(block, texts) == [
        "att avveckla verksamheten vid parkleken fr.o.m. den 1 september 2027,",
        "att föra över budgeten till den mobila parkverksamheten.",
    ]


def test_each_deciding_sentence_of_an_item(block) -> None:
    texts = [
        ("heading", "§ 1 Justering"),
        (
            "paragraph",
            "Ordföranden förklarar sammanträdet öppnat. Nämnden utser Eva Ek (M) att justera protokollet. "
            "Dagordningen godkänns.",
        ),
        ("heading", "§ 2 Anmälan"),
        ("heading", "Beslut"),
        ("paragraph", "Anmälan läggs till handlingarna."),
    ]
    assert _points(block, texts) == [
        "Nämnden utser Eva Ek (M) att justera protokollet.",
        "Dagordningen godkänns.",
        "Anmälan läggs till handlingarna.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dnr HÄ 2027/009 – Förslag: Anmälan läggs till handlingarna.",
        "Dnr KS 2026/114 - Förslag: Nämnden godkänner rapporten.",
        "Diarienummer KFN 2027/12 – förslag: Nämnden godkänner månadsrapporten.",
    ],
)
def test_agenda_proposal_after_its_case_number(text: str) -> None:
    assert inline_decision(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Dnr HÄ 2027/009 – Förslagen i planen bereds vidare.",
        "Dnr HÄ 2027/009 – Förslag: Fler busslinjer i ytterstaden.",  # no deciding sentence after it
    ],
)
def test_no_agenda_proposal(text: str) -> None:
    assert inline_decision(text) is None


_PERMIT = (
    "Länsstyrelsen beslutar att lämna Exploatering AB tillstånd enligt 2 kap. 12 § kulturmiljölagen (1988:950) att "
    "ta bort fornlämning L1987:4411 (boplats) inom fastigheten Skälby 6:14 i Västerås kommun, i den omfattning som "
    "framgår av bifogad karta, bilaga 1, och på de villkor som anges nedan."
)


def test_a_long_permit_decision() -> None:
    assert len(_PERMIT) > 250 and long_decision(_PERMIT) == (None, "Länsstyrelsen", True)


@pytest.mark.parametrize(
    "text",
    [
        _PERMIT.replace("beslutar", "beslutade"),  # past: history
        _PERMIT.replace("beslutar att lämna", "beslutar om"),  # no "att"-clause of its own
        _PERMIT * 3,  # too long for a point
    ],
)
def test_no_long_decision(text: str) -> None:
    assert long_decision(text) is None


def test_a_permit_decision_and_its_conditions(block) -> None:
    texts = [
        ("heading", "Beslut"),
        ("paragraph", _PERMIT),
        ("paragraph", "Tillståndet förenas med följande villkor:"),
        ("list_item", "Innan ingreppet får ske ska en arkeologisk förundersökning genomföras."),
        ("list_item", "Ytan utanför tillståndsytan ska skyddas med stängsel."),
        ("paragraph", "Länsstyrelsen beslutar vidare att kostnaderna ska betalas av sökanden."),
        ("heading", "Skäl för beslutet"),
    ]
    points = _points(block, texts, office="Länsstyrelsen Västmanlands län")
    assert points == [_PERMIT, "Länsstyrelsen beslutar vidare att kostnaderna ska betalas av sökanden."]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "Remiss av Strategi för stadens offentliga toaletter 2027–2032 från kommunstyrelsen, svar senast 2027-05-2"
            "0",
            "Strategi för stadens offentliga toaletter 2027–2032",
        ),
        (  # no date due after it: "från" may be the title's own (review of holdout20)
            "Remiss av Program för ett åldersvänligt Stockholm 2027–2030 från kommunstyrelsen",
            "Program för ett åldersvänligt Stockholm 2027–2030 från kommunstyrelsen",
        ),
        ("Remiss av Handlingsplan för trygghet 2027 från trafiknämnden – svar senast den 3 maj 2027", None),
        ("Remiss av Riktlinjer för gatuträd från stadsbyggnadskontoret, sista svarsdag 15 juni 2027", None),
        (
            "Remissvar avseende förslag till föreskrifter om hantering av avfall från vården",  # "från" of the title
            "förslag till föreskrifter om hantering av avfall från vården",
        ),
    ],
)
def test_an_agenda_items_referrer_and_reply_date_no_part_of_the_title(heading: str, title: str | None) -> None:
    from atgard.extract.report_headings import ANSWERED_IN_HEADING

    found = ANSWERED_IN_HEADING.search(heading)
    expected = title or heading.partition(" från ")[0].removeprefix("Remiss av ")
    assert found is not None and found.group("title") == expected
