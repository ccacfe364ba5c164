"""What an answer, or an office's letter about its board's remiss, recounts of the remiss it got: a body the text
says was not asked is no recipient ("trots att nämnden inte särskilt har ombetts att yttra sig över den"); the
remiss an office's board got is the document's own, not a referral ("Arbetsmarknadsnämnden har fått förslaget på
remiss" in Arbetsmarknadsförvaltningen's e-mail asking for more time); the referrer's case number beside its label
in an unruled header table whose values run over more lines than its labels ("Till" / "Ert diarienummer" beside an
addressee and an e-mail address, then the number). Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_references import in_reply_to
from atgard.extract.boards import load_register
from atgard.extract.referrals import addressed_to_self, extract_referrals
from atgard.extract.referrals.common import served_boards
from atgard.extract.reports import extract_reports
from atgard.schema.read import Block

REGISTER = load_register()


@pytest.mark.parametrize(
    "sentence",
    [
        "Förvaltningen lämnar också synpunkter på åtgärd H2, trots att nämnden inte särskilt har ombetts att yttra "
        "sig över den.",
        "Förvaltningen lämnar synpunkter även på åtgärd H4, fast nämnden inte har ombetts yttra sig över den.",
        "Nämnden har inte ombetts att yttra sig över åtgärderna 4–6 men lämnar ändå några synpunkter.",
        "Trafiknämnden har inte beretts tillfälle att yttra sig över planen.",
        "Kulturnämnden har aldrig ombetts att lämna synpunkter på strategin.",
        "Bolaget har ej ombetts att yttra sig, d.v.s. svaret lämnas på eget initiativ.",
        "Styrelsen har inte uttryckligen ombetts att yttra sig över åtgärd 2.1 respektive 2.2.",
        "Idrottsnämnden bereds inte särskilt tillfälle att yttra sig över planen.",
        "Idrottsnämnden ombads aldrig att lämna synpunkter på planen.",
        "Inte heller idrottsnämnden ges tillfälle att yttra sig över planen.",
    ],
)
def test_a_body_not_asked_is_no_recipient(block, sentence: str) -> None:
    analysed = analyse([block(sentence)], REGISTER)
    assert extract_referrals(analysed, extract_reports(analysed), REGISTER) == []


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Trafiknämnden har ombetts att yttra sig över planen senast den 1 mars 2027.", "Trafiknämnden"),
        ("Kulturnämnden har beretts tillfälle att yttra sig över strategin.", "Kulturnämnden"),
        ("Idrottsnämnden ombeds att yttra sig över åtgärderna 4–6 – svar senast 2027-03-01.", "Idrottsnämnden"),
        (
            "Inte bara kulturnämnden utan även idrottsnämnden ombeds yttra sig över strategin.",
            "Kulturnämnden, Idrottsnämnden",
        ),
        (
            "Inte bara kulturnämnden utan även idrottsnämnden ges tillfälle att yttra sig över strategin.",
            "Kulturnämnden, Idrottsnämnden",
        ),
    ],
)
def test_a_body_asked_is_still_a_recipient(block, sentence: str, body: str) -> None:
    analysed = analyse([block(sentence)], REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert ", ".join(r.name for r in referral.recipients) == body


@pytest.mark.parametrize(
    ("offices", "boards"),
    [
        (["Arbetsmarknadsförvaltningen"], {"arbetsmarknadsnämnden"}),
        (["Farsta stadsdelsförvaltning"], {"farsta stadsdelsnämnd"}),
        (["Socialförvaltningen", None], {"socialnämnden"}),
        (["Trafikkontoret"], {"trafiknämnden"}),
        (["Socialnämnden"], set()),  # a board serves no board
        (["Boverket"], set()),  # an agency is no office of the city's
    ],
)
def test_the_board_an_office_serves(offices: list[str | None], boards: set[str]) -> None:
    assert served_boards(offices, REGISTER) == boards


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "Arbetsmarknadsnämnden har fått förslaget till Strategi mot hemlöshet i Stockholms stad 2027–2030 på "
            "remiss, med svar till kommunstyrelsen senast den 30 september 2026.",
            "Arbetsmarknadsförvaltningen",
        ),
        (
            "Kommunstyrelsen har remitterat förslaget till Farsta stadsdelsnämnd med svar senast den 30 september.",
            "Farsta stadsdelsförvaltning",
        ),
        (
            "Socialnämnden har av kommunstyrelsen beretts tillfälle att yttra sig över programmet, dvs. över "
            "åtgärderna 2 och 3.",
            "Socialförvaltningen",
        ),
    ],
)
def test_the_remiss_an_offices_board_got_is_its_own(block, sentence: str, office: str) -> None:
    analysed = analyse([block(sentence)], REGISTER)
    (referral,) = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    own = {office.casefold(), "stockholms stad"}
    assert not addressed_to_self(referral, own, alongside=True)
    assert addressed_to_self(referral, own | served_boards([office], REGISTER), alongside=True)


def _header_row(labels: list[str], values: list[tuple[str, float]]) -> Block:
    """An unruled two-column header table: labels at 0, 24, 48 … points down, values at the heights given."""
    left = "\n".join(labels)
    right = "\n".join(text for text, _ in values)
    text = f"{left} | {right}"
    lines, at = [], 0
    for i, label in enumerate(labels):
        top = 60.0 + 24 * i
        lines.append({"start": at, "end": at + len(label), "page": 1, "bbox": _box(71, top, 160)})
        at += len(label) + 1
    at = len(left) + 3
    for value, top in values:
        lines.append({"start": at, "end": at + len(value), "page": 1, "bbox": _box(298, top, 480)})
        at += len(value) + 1
    cells = [{"text": left, "bbox": _box(71, 60, 160, 150)}, {"text": right, "bbox": _box(298, 60, 480, 150)}]
    box = {"page": 1, "bbox": _box(71, 60, 480, 150)}
    return Block.model_validate(
        {"kind": "table_row", "text": text, "cells": cells, "page": 1, "boxes": [box], "lines": lines}
    )


def _box(x0: float, top: float, x1: float, bottom: float | None = None) -> dict[str, float]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom if bottom is not None else top + 10}


@pytest.mark.parametrize(
    ("labels", "values", "number"),
    [
        (
            ["Till", "Ert diarienummer", "Stockholm den"],
            [
                ("Äldrenämnden, Stockholms stad", 60),
                ("aldreforvaltningen@stockholm.se", 72),
                ("ÄN 2026/0417", 84),
                ("3 december 2026", 108),
            ],
            "ÄN 2026/0417",
        ),
        (
            ["Mottagare", "Er beteckning", "Datum"],
            [("Kommunstyrelsen", 60), ("Stadsledningskontoret", 72), ("KS 2026/0233", 84), ("2026-09-08", 108)],
            "KS 2026/0233",
        ),
        (
            ["Till", "Ert dnr", "Vårt dnr"],
            [("Trafiknämnden", 60), ("trafik@stockholm.se", 72), ("TN 2026/01234", 84), ("SH 2026-0148", 108)],
            "TN 2026/01234",
        ),
    ],
)
def test_the_referrers_number_on_the_labels_line(labels: list[str], values: list, number: str) -> None:
    analysed = analyse([_header_row(labels, values)], REGISTER)
    assert in_reply_to(analysed, [], None, items=False) == number


def _codes(block, texts: list[str]) -> list[str]:
    from atgard.extract.answer_codes import codes_taken_up

    return codes_taken_up(analyse([block(text) for text in texts], REGISTER))


@pytest.mark.parametrize(
    ("texts", "codes"),
    [
        (  # run-in headings over each measure; one over measures it has no views on
            [
                "Åtgärd 1 – Fler öppna träffpunkter",
                "Vi stöder åtgärden helt.",
                "Åtgärderna 4–6",
                "Föreningen avstår från att yttra sig över åtgärderna 4–6, som gäller hemtjänsten.",
                "Åtgärd 7 – Gångvägar",
                "Vi stöder åtgärden.",
            ],
            ["1", "7"],
        ),
        (
            [
                "Nämnden tillstyrker åtgärd A2.1 och avstyrker åtgärd A2.3.",
                "Nämnden har inga synpunkter på åtgärderna A1.1–A1.3 respektive A3.1.",
            ],
            ["A2.1", "A2.3"],
        ),
        (  # the codes it was asked about, then a decline on the whole
            [
                "AB Stockholmshem har av kommunstyrelsen beretts tillfälle att yttra sig över förslaget, och särskilt "
                "över åtgärd H3 om lägenheter för sociala kontrakt.",
                "Styrelsen har beslutat att avstå från att lämna synpunkter på remissen.",
            ],
            [],
        ),
        (
            [
                "Bolaget har ombetts att yttra sig över åtgärderna H3 och H4.",
                "Bolaget tillstyrker åtgärd H3 men har inga synpunkter på åtgärd H4.",
            ],
            ["H3"],
        ),
        (  # a measure it was not asked about, and comments on all the same
            [
                "Förvaltningen lämnar också synpunkter på åtgärd H2, trots att nämnden inte särskilt har ombetts att "
                "yttra sig över den.",
            ],
            ["H2"],
        ),
    ],
)
def test_the_codes_an_answer_takes_a_position_on(block, texts: list[str], codes: list[str]) -> None:
    assert _codes(block, texts) == codes


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Strategin ska ersätta Stockholms stads program mot hemlöshet 2020–2024.",
            "Stockholms stads program mot hemlöshet 2020–2024",
        ),
        (
            "Planen ersätter Uppsala kommuns trafikplan 2015-2025 och gäller till 2035.",
            "Uppsala kommuns trafikplan 2015-2025",
        ),
        (
            "Programmet är en revidering av Göteborgs Stads miljöprogram 2021–2024, som löper ut.",
            "Göteborgs Stads miljöprogram 2021–2024",
        ),
        ("Strategin ersätter Stockholms stads program mot hemlöshet.", None),  # no period: no name of a plan
    ],
)
def test_a_municipalitys_plan_replaced_by_its_period(sentence: str, title: str | None) -> None:
    from atgard.extract.report_titles import SUPERSEDED_TITLE

    found = SUPERSEDED_TITLE.search(sentence)
    assert (found.group("title") if found else None) == title


@pytest.mark.parametrize(
    ("heading", "sentence", "title"),
    [
        (
            "Remissvar – Stockholms stads program för bostadsförsörjning 2027–2030",
            "Boverket har beretts tillfälle att yttra sig över Stockholms stads förslag till Program för "
            "bostadsförsörjning 2027–2030 (remissversion, september 2026).",
            "Program för bostadsförsörjning 2027–2030",
        ),
        (
            "Yttrande över Uppsala kommuns trafikplan 2028-2035",
            "Nämnden har fått kommunens förslag till Trafikplan 2028-2035 på remiss.",
            "Trafikplan 2028-2035",
        ),
        (
            "Svar på remiss av Region Stockholms plan för vårdens kompetensförsörjning 2027–2030",
            "Regionen har remitterat förslaget till Plan för vårdens kompetensförsörjning 2027–2030 till staden.",
            "Plan för vårdens kompetensförsörjning 2027–2030",
        ),
    ],
)
def test_a_plan_with_its_owner_is_the_plan_without(block, heading: str, sentence: str, title: str) -> None:
    analysed = analyse([block(heading, "heading", level=1), block(sentence)], REGISTER)
    assert [ref.title for ref in extract_reports(analysed).refs] == [title]
