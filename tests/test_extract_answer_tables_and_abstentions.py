"""A final memo's table of the answers received ("Remissinstans | Svar inkom | Ställningstagande"): each row tells
whether its body answered (in time or late, by the date against the reply date), declined or never answered; and
an answer that abstains as a whole takes up no measure. Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.answer_codes import codes_taken_up
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()

RECOUNT = "Förslaget remitterades till Kulturnämnden, Idrottsnämnden, Trafiknämnden och Miljö- och hälsoskyddsnämnden."
DUE = "Svaren skulle ha kommit in senast den 15 mars 2027."


def _stated(block, header: tuple[str, ...], rows: list[tuple[str, ...]], *, heading: bool = False) -> dict:
    blocks = [block("Remissen", kind="heading", level=2), block(RECOUNT), block(DUE)]
    if heading:  # the table under a heading of its own: it tells of the referral recounted before
        blocks.append(block("Remissammanställning", kind="heading", level=2))
    blocks += [table_row(*cells, page=2, top=100 + 40 * n) for n, cells in enumerate([header, *rows])]
    analysed = analyse(blocks, REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return {s.board.name: (s.outcome, s.in_time) for f in found for s in f.referral_with_accounts().stated_answers}


ROWS = [
    ("Kulturnämnden", "2027-03-10", "Tillstyrker"),
    ("Idrottsnämnden", "2027-03-15", "Tillstyrker med synpunkter"),
    ("Trafiknämnden", "2027-03-22", "Avstyrker"),
    ("Miljö- och hälsoskyddsnämnden", "–", "Inget svar"),
]
EXPECTED = {
    "Kulturnämnden": ("answered", True),
    "Idrottsnämnden": ("answered", True),  # on the reply date: in time
    "Trafiknämnden": ("answered", False),
    "Miljö- och hälsoskyddsnämnden": ("unanswered", None),
}


@pytest.mark.parametrize(
    "header",
    [
        ("Remissinstans", "Svar inkom", "Ställningstagande"),
        ("Instans", "Inkom", "Synpunkter"),
        ("Nämnd/bolag", "Yttrande inkom", "Kommentar"),
        ("Remissinstanser", "Svarsdatum", "Bedömning"),
        ("Organisation", "Datum för yttrande", "Ställning"),
    ],
)
def test_a_table_of_answers_received_tells_each_bodys_status(block, header: tuple[str, ...]) -> None:
    assert _stated(block, header, ROWS) == EXPECTED


def test_a_table_under_a_heading_of_its_own_tells_of_the_referral_recounted_before(block) -> None:
    assert _stated(block, ("Remissinstans", "Svar inkom", "Ställningstagande"), ROWS, heading=True) == EXPECTED


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (("Kulturnämnden", "2027-03-01", "Avstår från att yttra sig"), ("declined", None)),
        (("Kulturnämnden", "–", "Har avstått"), ("declined", None)),
        (("Kulturnämnden", "-", "Har inte svarat"), ("unanswered", None)),
        (("Kulturnämnden", "", "Svar saknas"), ("unanswered", None)),
        (("Kulturnämnden", "—", "Ej inkommit"), ("unanswered", None)),
        (("Kulturnämnden", "12 mars 2027", "Tillstyrker"), ("answered", True)),
        (("Kulturnämnden", "den 2 april 2027", "Tillstyrker delvis"), ("answered", False)),
    ],
)
def test_each_rows_words_and_date(block, row: tuple[str, ...], expected: tuple[str, bool | None]) -> None:
    assert _stated(block, ("Remissinstans", "Svar inkom", "Ställningstagande"), [row])["Kulturnämnden"] == expected


@pytest.mark.parametrize(
    "header",
    [
        ("Åtgärd", "Ansvarig nämnd", "Ställningstagande"),  # an answer's table of its positions
        ("Remissinstans", "Datum", "Synpunkter"),  # "Datum" alone: a meeting's, a decision's
        ("Remissinstans", "Åtgärder", "Svar senast"),  # a referral table: what is asked, by when
    ],
)
def test_other_tables_tell_no_answer(block, header: tuple[str, ...]) -> None:
    assert _stated(block, header, ROWS) == {}


def _codes(block, *texts: str) -> list[str]:
    return codes_taken_up(analyse([block(text) for text in texts], REGISTER))


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Nämnden avstår från att yttra sig över förslaget till handlingsplan.",
            "Åtgärd 3.3 om kontinuitetsplaner motsvarar det arbete som förvaltningen redan bedriver.",
        ),
        (
            "Handlingsplanen innehåller åtgärderna 2.1 och 2.4 som rör nämndens ansvar.",
            "Förvaltningen föreslår därför att nämnden avstår från att lämna synpunkter på remissen.",
        ),
        ("Styrelsen beslutar att avstå från att besvara remissen, eftersom åtgärd 4.2 redan genomförs.",),
        ("Bolaget avstår från att lämna något yttrande.", "Åtgärd 1.1 rör inte bolaget."),
    ],
)
def test_an_answer_that_abstains_as_a_whole_takes_up_no_measure(block, texts: tuple[str, ...]) -> None:
    assert _codes(block, *texts) == []


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Nämnden tillstyrker åtgärd 2.1.", "Nämnden avstår från att yttra sig över åtgärd 2.4."), ["2.1"]),
        (("Nämnden tillstyrker åtgärd 2.1.", "Nämnden avstår från att yttra sig i övrigt."), ["2.1"]),
        (("Nämnden tillstyrker åtgärd 2.1.", "Nämnden har tidigare avstått från att yttra sig."), ["2.1"]),
        (("Nämnden tillstyrker åtgärd 2.1.", "Vid förra remissen avstod nämnden från att yttra sig."), ["2.1"]),
        (("Åtgärd 2.1 tillstyrks.", "Nämnden avstår från att yttra sig över de delar som rör skolan."), ["2.1"]),
    ],
)
def test_abstaining_on_a_part_or_in_the_past_keeps_the_measures(
    block, texts: tuple[str, ...], expected: list[str]
) -> None:
    assert _codes(block, *texts) == expected


def _addressed(name: str, group: bool, own: set[str]) -> bool:
    from atgard.extract.referrals import addressed_to_self
    from atgard.schema.contract import Recipient, Referral

    box = {"x0": 0, "top": 0, "x1": 1, "bottom": 1}
    recipient = Recipient(name=name, kind="group" if group else "unknown", group=group)
    referral = Referral(report_title=None, action="opinion", scope="report", recipients=[recipient], text="…",
                        page=1, bbox=box, boxes=[{"page": 1, "bbox": box}])  # fmt: skip
    return addressed_to_self(referral, own)


@pytest.mark.parametrize(
    ("name", "group", "own", "expected"),
    [
        ("Samtliga stadsdelsnämnder", True, {"farsta stadsdelsnämnd"}, True),
        ("stadsdelsnämnderna", True, {"skärholmens stadsdelsnämnd"}, True),
        ("Alla förvaltningar", True, {"förvaltningen för intraservice"}, False),  # "intraservice" is no kind
        ("Samtliga nämnder", True, {"farsta stadsdelsnämnd"}, False),  # a wider kind: not said to include it
        ("Samtliga stadsdelsnämnder", True, {"kommunstyrelsen"}, False),
        ("Stadsdelsnämnder", False, {"farsta stadsdelsnämnd"}, False),  # not read as a group
    ],
)
def test_a_group_of_the_own_bodys_kind_is_the_remiss_it_answers(
    name: str, group: bool, own: set[str], expected: bool
) -> None:
    assert _addressed(name, group, own) is expected
