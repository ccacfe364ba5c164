"""Decision points in protocol extracts and memos, on invented Swedish variants: a lead-in with its own "att"-clause
and a deciding sentence after it under "Beslut", a proposal to the council whose "att"-clause is the point, and a
dash-bulleted att-clause whose next line is set back at the margin."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.extract.title import meeting_body

REGISTER = load_register()


def points(block, spec, body: str | None = "Kulturnämnden") -> list[tuple[str, str]]:
    found = extract_decision(analyse([block(*item) for item in spec], REGISTER), None, body, REGISTER)
    return [(p.decided_by or found.decided_by or "", p.text) for p in found.points]


def _h(text: str, level: int = 2) -> tuple:
    return (text, "heading", None, level)


UNDER_BESLUT = [
    pytest.param(
        [
            _h("§ 12 Svar på remiss"),
            _h("Beslut", 3),
            ("Nämnden beslutar att godkänna förvaltningens tjänsteutlåtande som svar på remissen.",),
            ("Paragrafen förklaras omedelbart justerad.",),
            _h("Ärendet", 3),
            ("Kommunstyrelsen har remitterat planen till nämnden.",),
        ],
        [
            ("Kulturnämnden", "Nämnden beslutar att godkänna förvaltningens tjänsteutlåtande som svar på remissen."),
            ("Kulturnämnden", "Paragrafen förklaras omedelbart justerad."),
        ],
        id="own-clause-then-adjusted-at-once",
    ),
    pytest.param(
        [
            _h("Beslut", 3),
            ("Stadsdelsnämnden beslöt att anta förslaget till yttrande.",),
            ("Paragrafen justeras omedelbart.",),
        ],
        [
            ("Kulturnämnden", "Stadsdelsnämnden beslöt att anta förslaget till yttrande."),
            ("Kulturnämnden", "Paragrafen justeras omedelbart."),
        ],
        id="past-lead-in-then-present-adjusted",
    ),
    pytest.param(
        [
            _h("Regionstyrelsens beslut", 3),
            ("Regionstyrelsen beslutar att anta yttrandet och överlämna det till Stockholms stad.",),
            ("Regionstyrelsen",),
        ],
        [("Regionstyrelsen", "Regionstyrelsen beslutar att anta yttrandet och överlämna det till Stockholms stad.")],
        id="own-clause-then-signing-body-no-point",
    ),
]


@pytest.mark.parametrize(("spec", "expected"), UNDER_BESLUT)
def test_a_deciding_sentence_after_an_own_clause(block, spec, expected) -> None:
    assert points(block, spec) == expected


PROPOSED_TO = [
    ("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.", "Kommunfullmäktige"),
    ("Kommunstyrelsen föreslår kommunfullmäktige att anta planen samt att uppdra åt nämnderna att följa upp den.",
     "Kommunfullmäktige"),
    ("Stadsbyggnadsnämnden föreslår kommunfullmäktige att anta detaljplanen, d.v.s. planen för kv. Linnean.",
     "Kommunfullmäktige"),
    ("Förvaltningen föreslår stadsdelsnämnden att godkänna rapporten och överlämna den till kommunstyrelsen.",
     "Kulturnämnden"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "decider"), PROPOSED_TO)
def test_a_proposal_to_a_body_is_its_point(block, text, decider) -> None:
    spec = [("1. Motion om utegym", "heading", None, 2), ("Förslag till beslut: " + text,)]
    assert points(block, spec) == [(decider, text)]


def test_a_running_proposal_is_no_point(block) -> None:
    spec = [_h("Ärendet"), ("Förvaltningen föreslår också att skolornas cykelparkeringar ses över.",)]
    assert points(block, spec) == []


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["att remittera förslaget till de remiss-", "instanser som anges i sändlistan, och"],
            "att remittera förslaget till de remissinstanser som anges i sändlistan, och",
        ),
        (
            ["att uppdra åt stadskontoret att sammanställa svaren och återkomma", "under våren 2027."],
            "att uppdra åt stadskontoret att sammanställa svaren och återkomma under våren 2027.",
        ),
        (
            ["att remittera planen till natur-", "och trafiknämnden samt kulturnämnden"],
            "att remittera planen till natur- och trafiknämnden samt kulturnämnden",
        ),
    ],
)
def test_a_dash_item_goes_on_at_the_margin(block, lines, expected) -> None:
    for dash in ("–", "-"):
        spec = [
            _h("Förslag till beslut"),
            ("Kommunstyrelsen föreslås besluta",),
            (lines[0], "list_item", dash),
            (lines[1],),
            ("att godkänna tidplanen.", "list_item", dash),
        ]
        assert [text for _, text in points(block, spec)] == [expected, "att godkänna tidplanen."]


def test_an_item_that_ends_takes_no_next_line(block) -> None:
    spec = [
        _h("Förslag till beslut"),
        ("Nämnden föreslås besluta följande.",),
        ("att godkänna rapporten.", "list_item", "–"),
        ("ärendet har beretts i samråd med kontoret.",),
    ]
    assert [text for _, text in points(block, spec)] == ["att godkänna rapporten."]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Farsta stadsdelsnämnd, sammanträde torsdagen den 22 oktober 2026", "Farsta stadsdelsnämnd"),
        ("Kommunstyrelsen, sammanträde måndagen den 2 november 2026", "Kommunstyrelsen"),
        ("Kulturnämndens sammanträde 2026-02-12", "Kulturnämnden"),
        ("Trafiknämnden – sammanträde den 5 maj 2026", "Trafiknämnden"),
        ("Hägersten-Älvsjö stadsdelsnämnd, extra sammanträde 2026-05-04", "Hägersten-Älvsjö stadsdelsnämnd"),
        ("Protokollsutdrag", None),
        ("Sammanträde 2026-10-22", None),
    ],
)
def test_the_body_a_meeting_line_names(line, body) -> None:
    assert meeting_body(line) == body


# A protocol's "Beslut" label that the reader saw as a paragraph (a Word document's bold line): its numbered points
# are the decision; with no items, the deciding sentences under it are, and the item's account after them is not.
LABEL_AS_TEXT = [
    pytest.param(
        [
            _h("§ 144 Remiss av förslag till Bostadsprogram för Norrtälje kommun 2027–2030"),
            ("Dnr KS 2026/0577",),
            ("Kommunfullmäktiges beslut",),
            (
                "Förslaget till Bostadsprogram remitteras till socialnämnden och äldrenämnden för yttrande.",
                "list_item",
                "1.",
            ),
            ("Yttrandena ska ha kommit in till kommunstyrelsen senast den 31 mars 2027.", "list_item", "2."),
            ("Sammanfattning av ärendet",),
            ("Kommunledningskontoret har tagit fram ett förslag till program.",),
        ],
        [
            "Förslaget till Bostadsprogram remitteras till socialnämnden och äldrenämnden för yttrande.",
            "Yttrandena ska ha kommit in till kommunstyrelsen senast den 31 mars 2027.",
        ],
        id="numbered points under the council's label",
    ),
    pytest.param(
        [
            _h("§ 143 Svar på motion om solceller"),
            ("Nämndens beslut",),
            ("Motionen anses besvarad.",),
            ("Ledamoten föreslår i en motion att kommunen ska installera solceller på skolorna.",),
            ("Yrkanden",),
            ("Ordföranden yrkar bifall till kommunstyrelsens förslag.",),
        ],
        ["Motionen anses besvarad."],
        id="a deciding sentence, then the account",
    ),
    pytest.param(
        [
            _h("§ 7 Taxa för upplåtelse av offentlig plats"),
            ("Beslut",),
            (
                "Taxa för upplåtelse av offentlig plats antas och gäller från och med den 1 januari 2027.",
                "list_item",
                "1.",
            ),
            ("Den tidigare taxan upphör att gälla samma dag.", "list_item", "2."),
        ],
        [
            "Taxa för upplåtelse av offentlig plats antas och gäller från och med den 1 januari 2027.",
            "Den tidigare taxan upphör att gälla samma dag.",
        ],
        id="a bare label",
    ),
]


@pytest.mark.parametrize(("spec", "expected"), LABEL_AS_TEXT)
def test_a_decision_label_set_as_text_heads_the_points(block, spec, expected) -> None:
    assert [text for _, text in points(block, spec, "Kommunfullmäktige")] == expected


# A decision taken as proposed or moved, its points after the colon: the lead-in itself is no point.
AS_PROPOSED = [
    "Kommunstyrelsen beslutar enligt stadsledningskontorets förslag:",
    "Kommunstyrelsen beslöt i enlighet med stadsledningskontorets förslag till beslut:",
    "Nämnden beslutade enligt Axel Brännströms (M) m.fl. yrkande följande:",
    "Nämnden beslutar enligt förvaltningens förslag, följande:",
    "Kommunstyrelsen beslutar i enlighet med arbetsutskottets förslag:",
]


@pytest.mark.parametrize("lead", AS_PROPOSED)
def test_decided_as_proposed_opens_the_points(block, lead) -> None:
    spec = [
        _h("§ 412 Remiss av program"),
        _h("Propositionsordning", 3),
        ("Ordföranden ställer proposition på förslagen och finner att nämnden beslutat enligt förslaget.",),
        _h("Beslut", 3),
        (lead,),
        ("Programmet skickas på remiss till stadsmiljönämnden respektive Hisingen nämnd.", "list_item", "1."),
        ("Västtrafik AB bereds tillfälle att yttra sig – senast den 31 januari 2028.", "list_item", "2."),
        ("Stadsledningskontoret får i uppdrag att sammanställa remissvaren, d.v.s. svaren.", "list_item", "3."),
        _h("Reservation", 3),
        ("Maria Kjellgren (S) reserverar sig mot beslutet till förmån för eget yrkande.",),
    ]
    assert [text for _, text in points(block, spec)] == [spec[5][0], spec[6][0], spec[7][0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stadsdelsnämnden beslutar enligt förslaget att godkänna yttrandet.", True),
        ("Nämnden beslutar enligt förvaltningens förslag.", None),
        ("Ordföranden finner att nämnden beslutat enligt förslaget:", None),
    ],
)
def test_decided_as_proposed_with_its_own_clause_or_stop(text, expected) -> None:
    from atgard.extract.lead_ins import lead_in

    found = lead_in(text)
    assert (found[2] if found else None) == expected
