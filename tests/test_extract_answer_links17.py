"""Holdout17's answer families, in Swedish variants of our own: the referrer's number after a title's "till X,",
a city's "referens", "i ärende X" set off by commas, and a series' lone codes once named as measures."""

from __future__ import annotations

import pytest

from atgard.extract.answer_references import _CITED_AFTER_COMMA, IN_REPLY_TO
from atgard.extract.answer_series import lone_codes, series_letters, with_lone


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Remissvar till kommunstyrelsen, KS 2026/0412", "KS 2026/0412"),
        ("Yttrande till regionstyrelsen (RS 2027-0119)", "RS 2027-0119"),
        ("Göteborgs stads referens: SLK 2027/88", "SLK 2027/88"),
        ("Solna kommuns ref. KS 2027/301", "KS 2027/301"),
        ("Remissvar till kommunstyrelsen, sammanträde 2027-04-22", None),
        ("Vår referens: TN 2027-0344", None),
    ],
)
def test_in_reply_to_labels(text: str, number: str | None) -> None:
    found = IN_REPLY_TO.search(text)
    assert (found.group("dnr").strip() if found else None) == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Regionstyrelsen har, i ärende RS 2027/1187, gett nämnden tillfälle att yttra sig.", "RS 2027/1187"),
        ("Kommunstyrelsen har, i ärendet KS 2026/0915, remitterat planen.", "KS 2026/0915"),
        ("Nämnden har, i ärende 4, yttrat sig.", None),
    ],
)
def test_cited_in_case(text: str, number: str | None) -> None:
    found = _CITED_AFTER_COMMA.search(text)
    assert (found.group("dnr") if found else None) == number


@pytest.mark.parametrize(
    ("named", "text", "codes"),
    [
        (["K2"], "Nämnden tillstyrker K2 och K5 men avstyrker K7.", ["K2", "K5", "K7"]),
        (["T4"], "Programmet har tio åtgärder, T1–T10, varav vi kommenterar T4 och T6.", ["T4", "T6"]),
        (["T4"], "Trafiken på E18 och E4 berörs.", []),  # a road: its letter is no series named as measures
        ([], "Vi tillstyrker S3 och S7.", []),  # no series named: a lone code stays unknown
    ],
)
def test_lone_series_codes(named: list[str], text: str, codes: list[str]) -> None:
    letters = series_letters(named)
    assert with_lone([], text, letters) == codes == lone_codes(text, letters)
