"""Meetings' lead-ins on invented Swedish variants: a lead-in ending in a bare "att" with its points as numbered
infinitives under it (a working committee's proposal to the board), "för egen del" with a condition ended by a
colon, and a body's label ("I kommunstyrelsen") over its points with no colon."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.extract.lead_ins import lead_in

REGISTER = load_register()


def points(block, spec, body: str | None = "Kommunstyrelsens arbetsutskott") -> list[tuple[str, str]]:
    found = extract_decision(analyse([block(*item) for item in spec], REGISTER), None, body, REGISTER)
    return [(p.decided_by or found.decided_by or "", p.text) for p in found.points]


def _h(text: str, level: int = 2) -> tuple:
    return (text, "heading", None, level)


@pytest.mark.parametrize(
    ("text", "decider"),
    [
        ("Kommunstyrelsen beslutar att", "Kommunstyrelsen"),
        ("Nämnden beslutar för egen del att", "Nämnden"),
        ("Kommunstyrelsen föreslår kommunfullmäktige att besluta att", "kommunfullmäktige"),
        ("Regionstyrelsen beslutade att:", "Regionstyrelsen"),
        ("Kommunstyrelsen beslutar för egen del, under förutsättning av kommunfullmäktiges beslut:", "Kommunstyrelsen"),
        ("Kommunstyrelsen beslutar, med förbehåll för fullmäktiges beslut:", "Kommunstyrelsen"),
        ("I kommunstyrelsen", "kommunstyrelsen"),
        ("I regionfullmäktige", "regionfullmäktige"),
        ("I stadsdelsnämnden Västra Hisingen", "stadsdelsnämnden Västra Hisingen"),
    ],
)
def test_lead_in_variants(text: str, decider: str) -> None:
    found = lead_in(text)
    assert found is not None and found[1] == decider


@pytest.mark.parametrize(
    "text",
    [
        "I övrigt",
        "I dag",
        "I Göteborg",
        "I kommunstyrelsen har frågan behandlats två gånger",
        "Kommunstyrelsen beslutar att anta planen",  # its own clause: a point, not a list's lead
        "Nämnden har beslutat att",
        "Kommunstyrelsen beslutar för egen del, under förutsättning av kommunfullmäktiges beslut, att-satserna nedan",
    ],
)
def test_no_list_lead_in(text: str) -> None:
    found = lead_in(text)
    assert found is None or found[2]  # none, or a point by itself


def test_committee_proposal_to_the_board_with_bare_att(block) -> None:
    spec = [
        _h("§ 12 Delårsrapport 2"),
        _h("Arbetsutskottets förslag till kommunstyrelsen", 3),
        ("Kommunstyrelsen beslutar att",),
        ("godkänna delårsrapporten,", "list_item", "1."),
        ("överlämna rapporten till kommunfullmäktige för kännedom.", "list_item", "2."),
        _h("Sammanfattning", 3),
        ("Förvaltningen redovisar ett överskott.",),
    ]
    assert points(block, spec) == [
        ("Kommunstyrelsen", "godkänna delårsrapporten,"),
        ("Kommunstyrelsen", "överlämna rapporten till kommunfullmäktige för kännedom."),
    ]


def test_points_for_the_council_and_for_the_board_of_its_own(block) -> None:
    spec = [
        _h("Förslag till beslut"),
        ("I kommunstyrelsen",),
        ("Kommunstyrelsen föreslår kommunfullmäktige besluta:",),
        ("Planen antas.", "list_item", "1."),
        ("Kommunstyrelsen beslutar för egen del, under förutsättning av kommunfullmäktiges beslut:",),
        ("Stadsledningskontoret får i uppdrag att följa upp planen.", "list_item", "2."),
        _h("Sammanfattning"),
        ("Planen remitterades i juni.",),
    ]
    found = points(block, spec, body="Kommunstyrelsen")
    assert found == [
        ("Kommunfullmäktige", "Planen antas."),
        ("Kommunstyrelsen", "Stadsledningskontoret får i uppdrag att följa upp planen."),
    ]


def _at(block, text: str, top: float, kind: str = "paragraph"):
    """A one-line paragraph whose line stands at ``top`` (10 points high)."""
    from atgard.schema import BBox, LineSpan, PageBox

    made = block(text, kind)
    box = BBox(x0=70, top=top, x1=520, bottom=top + 10)
    line = LineSpan(start=0, end=len(made.text), page=1, bbox=box)
    return made.model_copy(update={"boxes": [PageBox(page=1, bbox=box)], "lines": [line]})


def _decided(blocks) -> list[str]:
    found = extract_decision(analyse(blocks, REGISTER), None, "Styrelsen", REGISTER)
    return [p.text for p in found.points]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Styrelsen beslutade att godkänna rapporten och överlämna den till", "Stockholms Stadshus AB."],
            ["Styrelsen beslutade att godkänna rapporten och överlämna den till Stockholms Stadshus AB."],
            id="open-preposition-then-capital",
        ),
        pytest.param(
            [
                "Styrelsen beslöt att som bolagets yttrande över förslaget till handlingsplan",
                "för skyfall överlämna förslaget till kommunstyrelsen, att uppdra åt verkställande direktören att ta",
                "fram en tidplan.",
            ],
            [
                "Styrelsen beslöt att som bolagets yttrande över förslaget till handlingsplan för skyfall överlämna "
                "förslaget till kommunstyrelsen,",
                "att uppdra åt verkställande direktören att ta fram en tidplan.",
            ],
            id="lower-case-line-with-next-att-clause",
        ),
        pytest.param(
            ["Styrelsen beslutar att anta yttrandet", "Paragrafen förklaras omedelbart justerad."],
            ["Styrelsen beslutar att anta yttrandet"],
            id="closed-clause-then-a-sentence-of-its-own",
        ),
        pytest.param(
            ["Styrelsen beslutade att godkänna rapporten.", "inga övriga frågor anmäldes."],
            ["Styrelsen beslutade att godkänna rapporten."],
            id="finished-sentence",
        ),
        pytest.param(
            ["Styrelsen beslutade att överlämna rapporten till", "§ 5 Övriga frågor"],
            ["Styrelsen beslutade att överlämna rapporten till"],
            id="next-item-heading",
        ),
    ],
)
def test_decision_over_lines_set_as_paragraphs(block, lines: list[str], expected: list[str]) -> None:
    blocks = [_at(block, "§ 3 Delårsrapport", 80)] + [_at(block, text, 100 + 14 * n) for n, text in enumerate(lines)]
    assert _decided(blocks) == expected


def test_next_paragraph_farther_off_is_not_the_next_line(block) -> None:
    blocks = [
        _at(block, "§ 3 Delårsrapport", 80),
        _at(block, "Styrelsen beslutade att överlämna rapporten till", 100),
        _at(block, "ägarna och styrelsen diskuterade sedan tidplanen.", 125),  # a paragraph's gap, not a line's
    ]
    assert _decided(blocks) == ["Styrelsen beslutade att överlämna rapporten till"]


AGENDA = [
    pytest.param(
        [
            ("Val av justerare", "list_item", "2."),
            ("Förslag: Styrelsen utser Eva Ek (M) att jämte ordföranden justera protokollet.",),
            ("Yttrande över remiss av handlingsplan", "list_item", "3."),
            ("Kommunstyrelsen har remitterat planen till bolaget genom Stockholms Stadshus AB.",),
            ("Förslag: Styrelsen antar förslaget till yttrande. Punkten justeras omedelbart.",),
            ("Bilaga: Förslag till yttrande",),
        ],
        [
            "Styrelsen utser Eva Ek (M) att jämte ordföranden justera protokollet.",
            "Styrelsen antar förslaget till yttrande. Punkten justeras omedelbart.",
        ],
        id="company-agenda-bare-label",
    ),
    pytest.param(
        [
            ("Investeringsbeslut", "list_item", "4."),
            ("VD:s förslag till styrelsen: Styrelsen beslutar att genomföra projektet.",),
        ],
        ["Styrelsen beslutar att genomföra projektet."],
        id="whose-proposal-to-the-board",
    ),
    pytest.param(
        [
            ("Synpunkter på åtgärd 3", "list_item", "1."),
            ("Förslag: fler busslinjer i ytterstaden och tätare turer på kvällarna.",),
            ("Förslag: Cykelbanorna breddas där det går.",),
        ],
        [],
        id="a-reply-proposing-measures-is-no-decision",
    ),
]


@pytest.mark.parametrize(("spec", "expected"), AGENDA)
def test_agenda_proposal_under_a_bare_label(block, spec, expected: list[str]) -> None:
    assert [text for _, text in points(block, spec, body="AB Stockholmshem")] == expected


def test_att_clauses_a_point_broken_at_the_page_foot_and_who_took_no_part(block) -> None:
    spec = [
        _h("§ 3 Remiss av program för klimatanpassning", 4),
        ("Styrelsen beslutade",),
        ("att Stadshus AB remitterar ärendet vidare till AB Svenska Bostäder för yttrande senast den 20 augusti,",),
        ("att ärendet därutöver översänds till AB Stokab för kännedom, samt",),
        ("att uppdra åt verkställande direktören att ta fram ett förslag till svar, som ska behandlas vid styrelsens",),
        ("Stockholms Stadshus AB – Protokoll nr 5/2027 | Styrelseprotokoll", "table_row"),
        ("sammanträde den 8 september 2027.",),
        ("Rebecka Ohlin (SD) anmälde att hon inte deltog i beslutet.",),
        ("Pontus Haag (SD) har inte deltagit i beslutet.",),
    ]
    assert [text for _, text in points(block, spec, body="Stockholms Stadshus AB")] == [
        "att Stadshus AB remitterar ärendet vidare till AB Svenska Bostäder för yttrande senast den 20 augusti,",
        "att ärendet därutöver översänds till AB Stokab för kännedom, samt",
        "att uppdra åt verkställande direktören att ta fram ett förslag till svar, som ska behandlas vid styrelsens "
        "sammanträde den 8 september 2027.",
    ]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Protokoll från styrelsemöte i Stockholms Stadshus AB", "Stockholms Stadshus AB"),
        ("Protokoll fört vid styrelsesammanträde i AB Familjebostäder den 3 maj 2027", "AB Familjebostäder"),
        ("Protokoll från styrelsemöte", None),
    ],
)
def test_company_minutes_name_their_board(title: str, body: str | None) -> None:
    from atgard.extract.title import meeting_body

    assert meeting_body(title) == body
