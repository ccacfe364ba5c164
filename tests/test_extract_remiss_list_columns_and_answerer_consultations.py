"""A missive's list of remissinstanser under its lead ("Betänkandet remitteras härmed till följande
remissinstanser:") set in columns the reader made one table row of, or as numbered lines: one referral with every
body, a name broken inside its column joined, a name glossed after a dash kept whole ("PRO – Pensionärernas
riksorganisation"). An answering authority's account that it let others comment through itself ("X har getts
tillfälle att lämna synpunkter via Länsstyrelsen" in its own text, "… genom myndigheten") is no referral. A
referrer's number with a sub-series ("Er beteckning" / "KS-PLAN 2025/118") is what the answer replies to. Tables of
Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_references import in_reply_to
from atgard.extract.boards import load_register
from atgard.extract.referrals import extract_referrals, referral_findings
from atgard.extract.referrals.common import through_self
from atgard.extract.reports import extract_reports
from atgard.schema.read import Block

REGISTER = load_register()


def _box(x0: float, top: float, x1: float, bottom: float) -> dict[str, float]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def _row(*columns: list[str]) -> Block:
    """A table row whose cells are columns of lines, side by side."""
    cells = [
        {"text": "\n".join(lines), "bbox": _box(70 + 240 * i, 300, 300 + 240 * i, 300 + 14 * len(lines))}
        for i, lines in enumerate(columns)
    ]
    text = " | ".join(" / ".join(lines) for lines in columns)
    box = {"page": 1, "bbox": _box(70, 300, 540, 500)}
    return Block.model_validate({"kind": "table_row", "text": text, "cells": cells, "page": 1, "boxes": [box]})


def _lines(*lines: str) -> Block:
    """A paragraph of one name (or numbered name) a line."""
    spans, at = [], 0
    for n, line in enumerate(lines):
        spans.append({"start": at, "end": at + len(line), "page": 1, "bbox": _box(70, 300 + 14 * n, 400, 310 + 14 * n)})
        at += len(line) + 1
    box = {"page": 1, "bbox": _box(70, 300, 400, 310 + 14 * len(lines))}
    return Block.model_validate(
        {"kind": "paragraph", "text": "\n".join(lines), "page": 1, "boxes": [box], "lines": spans}
    )


def _referrals(block, lead: str, listed: Block, after: str = "") -> list[list[str]]:
    blocks = [block(lead), listed] + ([block(after)] if after else [])
    analysed = analyse(blocks, REGISTER)
    return [
        [r.name for r in f.referral.recipients]
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    ("lead", "listed", "expected"),
    [
        (  # two numbered columns, a name broken inside its cell, a name glossed after an en dash
            "Betänkandet remitteras härmed till följande remissinstanser:",
            _row(
                ["1. Riksdagens ombudsmän (JO)", "2. Kammarrätten i Sundsvall", "3. Statskontoret"],
                ["4. Borås kommun", "5. Famna – Riksorganisationen för idéburen", "välfärd", "6. Region Gotland"],
            ),
            [
                "Riksdagens ombudsmän (JO)",
                "Kammarrätten i Sundsvall",
                "Statskontoret",
                "Borås kommun",
                "Famna – Riksorganisationen för idéburen välfärd",
                "Region Gotland",
            ],
        ),
        (  # "följande instanser", a hyphen for the dash, numbers in brackets, "och" in a name
            "Promemorian remitteras till följande instanser.",
            _row(
                ["1) Socialstyrelsen", "2) Sveriges Kommuner och Regioner"],
                ["3) PRO - Pensionärernas riksorganisation", "4) Vårdförbundet"],
            ),
            [
                "Socialstyrelsen",
                "Sveriges Kommuner och Regioner",
                "PRO - Pensionärernas riksorganisation",
                "Vårdförbundet",
            ],
        ),
        (  # columns not numbered, each a cell of names one a line, a name broken after "i"
            "Förslaget skickas på remiss till följande remissinstanser:",
            _row(["Boverket", "Länsstyrelsen i", "Stockholms län"], ["Trafikverket", "Region Stockholm"]),
            ["Boverket", "Länsstyrelsen i Stockholms län", "Trafikverket", "Region Stockholm"],
        ),
        (  # one column, numbered lines in a paragraph, a name wrapped onto a line of its own
            "Rapporten har remitterats till följande remissinstanser:",
            _lines(
                "1. Folkhälsomyndigheten", "2. Myndigheten för vård- och omsorgsanalys", "3. Funktionsrätt", "Sverige"
            ),
            ["Folkhälsomyndigheten", "Myndigheten för vård- och omsorgsanalys", "Funktionsrätt Sverige"],
        ),
    ],
)
def test_a_remiss_list_in_columns_or_numbered_is_one_referral(block, lead: str, listed: Block, expected) -> None:
    assert _referrals(block, lead, listed) == [expected]


@pytest.mark.parametrize(
    "listed",
    [
        _row(["Remissinstans"], ["Svar senast"]),  # a referral table's header: single lines, no numbers
        _row(["2026-09-30"], ["S2026/03187"]),
    ],
)
def test_a_row_of_single_lines_is_no_list(block, listed: Block) -> None:
    assert _referrals(block, "Betänkandet remitteras härmed till följande remissinstanser:", listed) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Trafikverket och Sjöfartsverket har beretts möjlighet att yttra sig genom myndigheten.",
        "Pensionärsrådet har getts tillfälle att lämna synpunkter via förbundet.",
    ],
)
def test_an_answerers_own_consultation_through_itself_is_no_referral(block, sentence: str) -> None:
    analysed = analyse([block(sentence)], REGISTER)
    assert referral_findings(analysed, extract_reports(analysed), REGISTER) == []


@pytest.mark.parametrize(
    ("sentence", "own", "mine"),
    [
        (
            "Region Uppsala och Upplandsmuseet har getts tillfälle att lämna synpunkter via Länsstyrelsen men har "
            "inte hörts av.",
            {"länsstyrelsen i uppsala län"},
            True,
        ),
        (
            "Även Upplandsmuseet har fått tillfälle att yttra sig via Länsstyrelsen i Uppsala län.",
            {"länsstyrelsen i uppsala län"},
            True,
        ),
        # a ministry's remiss the county board passed on to the municipality: a referral
        ("Kommunen har getts tillfälle att yttra sig via Länsstyrelsen.", {"knivsta kommun", "kommunen"}, False),
        (
            "Stadsdelsnämnderna har getts tillfälle att yttra sig via stadsledningskontoret.",
            {"stadsledningskontoret", "stockholms stad"},
            False,
        ),
    ],
)
def test_a_consultation_through_a_named_body_is_the_documents_own_if_it_names_itself(
    block, sentence: str, own: set[str], mine: bool
) -> None:
    analysed = analyse([block(sentence)], REGISTER)
    referrals = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    assert referrals
    assert any(through_self(referral, own) for referral in referrals) is mine


@pytest.mark.parametrize(
    "sentence",
    [
        "AB Familjebostäder har getts tillfälle att yttra sig genom Stockholms Stadshus AB.",
        "Stadsdelsnämnderna har getts tillfälle att yttra sig via stadsledningskontoret.",
        "Kommunen har getts tillfälle att yttra sig via Länsstyrelsen.",
    ],
)
def test_a_referral_passed_on_through_another_stays(block, sentence: str) -> None:
    analysed = analyse([block(sentence)], REGISTER)
    assert referral_findings(analysed, extract_reports(analysed), REGISTER)


@pytest.mark.parametrize(
    ("labels", "values", "expected"),
    [
        (
            ["Datum", "Beteckning", "Er beteckning"],
            ["2026-06-23", "402-7715-2026", "KS-PLAN 2025/118"],
            "KS-PLAN 2025/118",
        ),
        (["Datum", "Er referens"], ["2026-03-01", "SBN-BYGG 2026-0412"], "SBN-BYGG 2026-0412"),
    ],
)
def test_a_referrers_number_with_a_sub_series(labels: list[str], values: list[str], expected: str) -> None:
    above, below = _row(*([label] for label in labels)), _row(*([value] for value in values))
    analysed = analyse([above, below], REGISTER)
    assert in_reply_to(analysed, [], None) == expected
