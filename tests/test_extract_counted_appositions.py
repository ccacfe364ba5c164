"""A recount whose bodies a count spells out in apposition, and a part of them counted as a subject."""

from __future__ import annotations

import pytest
from found_referrals import REGISTER, actions_codes_recipients, recipient_names

from atgard.extract.analysis import analyse
from atgard.extract.referrals import extract_referrals
from atgard.extract.referrals.answer_table import table_accounts
from atgard.extract.reports import extract_reports
from atgard.schema import BBox, Block, PageBox, TableCell

_NINE = "socialnämnden, utbildningsnämnden samt Uppsalahem AB"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dashes around the names, then a second count after a comma
            f"Remissen gick till nio instanser inom kommunkoncernen – {_NINE} – och till två externa instanser, "
            "Region Uppsala och Polismyndigheten.",
            ["Socialnämnden", "Utbildningsnämnden", "Uppsalahem AB", "Region Uppsala", "Polismyndigheten"],
        ),
        (  # a hyphen for a dash
            f"Remissen gick till tre instanser - {_NINE} - för yttrande.",
            ["Socialnämnden", "Utbildningsnämnden", "Uppsalahem AB"],
        ),
        (  # a colon
            "Remissen har gått till tre nämnder: kulturnämnden, idrottsnämnden och trafiknämnden.",
            ["Kulturnämnden", "Idrottsnämnden", "Trafiknämnden"],
        ),
        (  # a figure, and respektive
            "Remissen gick till 2 myndigheter, Polismyndigheten respektive Region Uppsala.",
            ["Polismyndigheten", "Region Uppsala"],
        ),
        (  # counts one after another name no one: the names come elsewhere
            "Motionen har remitterats till fyra facknämnder, två stadsdelsnämnder och Svenska Kennelklubben.",
            ["Svenska Kennelklubben"],
        ),
    ],
)
def test_count_spelt_out(block, text, expected):
    assert recipient_names([block(text)]) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sju av de elva remissinstanserna har lämnat yttrande.",
        "Två av nämnderna har yttrat sig.",
        "Hälften av remissinstanserna har svarat.",
    ],
)
def test_part_counted_is_no_body(block, text):
    assert recipient_names([block(text)]) == []


# --- A referral table's scope column headed "Ärende/avsnitt", its measures "(åtg. 4.1–4.4)" ------------------------


def _row(*cells: str, top: float = 100) -> Block:
    boxes = [BBox(x0=70 + 120 * i, top=top, x1=180 + 120 * i, bottom=top + 30) for i in range(len(cells))]
    return Block(
        kind="table_row",
        text=" | ".join(cells),
        cells=[TableCell(text=text, bbox=box) for text, box in zip(cells, boxes, strict=True)],
        page=1,
        boxes=[PageBox(page=1, bbox=BBox(x0=70, top=top, x1=70 + 120 * len(cells), bottom=top + 30))],
    )


@pytest.mark.parametrize("header", ["Ärende/avsnitt", "Ärende / avsnitt", "Ärende och del"])
def test_matter_and_part_is_a_scope(block, header: str) -> None:
    rows = [
        _row("Remissinstans", header, "Svar senast", top=100),
        _row("Socialnämnden", "Hela programmet", "2027-02-26", top=130),
        _row("Kulturnämnden", "Kap. 4 Barn och unga (åtg. 4.1–4.3)", "2027-02-26", top=160),
        _row("Gatunämnden", "Kostnad och tidplan för genomförande av åtgärd 5.2 respektive 5.3", "2027-02-26", top=190),
    ]
    lead = block("Remiss: Förslag till program för trygghet. Svar lämnas via e-post.")
    assert actions_codes_recipients(block("Bilaga 2. Remisslista", kind="heading", level=2), lead, *rows) == [
        ("opinion", [], ["Socialnämnden"]),
        ("opinion", ["4.1", "4.2", "4.3"], ["Kulturnämnden"]),
        ("implementation", ["5.2", "5.3"], ["Gatunämnden"]),
    ]


# --- A table of answers received whose body wraps in its cell ------------------------------------------------------


def test_wrapped_body_in_an_answers_table(block) -> None:
    rows = [
        _row("Remissinstans", "Inkom", "Anmärkning", top=100),
        _row("Gatu- och", "2027-03-04", "För sent", top=130),
        _row("samhällsmiljönämnden", "", "", top=150),
        _row("Idrotts- och fritids-", "–", "Har inte svarat", top=170),
        _row("nämnden", "", "", top=190),
    ]
    accounts = table_accounts(
        analyse([block("Inkomna remissvar", kind="heading", level=2), *rows], REGISTER), REGISTER, []
    )
    assert [(a.kind, [r.name for r in a.recipients]) for a in accounts] == [
        ("answered", ["Gatu- och samhällsmiljönämnden"]),
        ("unanswered", ["Idrotts- och fritidsnämnden"]),
    ]


# --- A referral naming its report by the kind its title opens with ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trafiknämnden remitterar handlingsplanen till stadsbyggnadsnämnden.",
            "Handlingsplan för gångtrafik 2027–2030",
        ),
        ("Handlingsplanen remitteras till kulturnämnden och idrottsnämnden.", "Handlingsplan för gångtrafik 2027–2030"),
        ("Trafiknämnden remitterar strategin till stadsbyggnadsnämnden.", None),  # no strategy known
    ],
)
def test_report_named_by_its_kind(block, sentence: str, expected: str | None) -> None:
    blocks = [
        block("Handlingsplan för gångtrafik 2027–2030", kind="heading", level=1),
        block("Förslag till beslut", kind="heading", level=2),
        block("Trafiknämnden godkänner förslaget till *Handlingsplan för gångtrafik 2027–2030* som underlag."),
        block(sentence),
    ]
    analysed = analyse(blocks, REGISTER)
    found = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [r.report_title for r in found] == [expected]
