"""An office's or a company's own letter as the answer: a company unknown to the register answers for itself, an
office's notice speaks for the board of its stem, a notice that its board "kommer inte att yttra sig" declines, and
a protocol's "Dnr own (referrer's)" line gives the referrer's number (holdout16)."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.answer_clauses import declines_answer, declines_remiss
from atgard.extract.answer_codes import abstains
from atgard.extract.answer_references import _PAIRED_LINE, _referrers
from atgard.extract.answers import _COMPANY_NAME, _OFFICE_OF_BOARD
from atgard.extract.boards import load_register

REGISTER = load_register()


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Helsingborgshem AB", True),
        ("Bostads AB Mimer", True),
        ("AB Gavlegårdarna", True),
        ("Örebrobostäder AB", True),
        ("Uppsala Vatten och Avfall AB", False),  # "och" in the name: left to the register
        ("Helsingborgs stad", False),
        ("Idrotts- och fritidsnämnden", False),
    ],
)
def test_company_name(name: str, company: bool) -> None:
    assert (_COMPANY_NAME.match(name) is not None) == company


@pytest.mark.parametrize(
    ("office", "stem"),
    [
        ("Idrotts- och fritidsförvaltningen", "Idrotts- och fritids"),
        ("Miljöförvaltningen", "Miljö"),
        ("Stadsbyggnadskontoret", "Stadsbyggnads"),
        ("Socialförvaltning", "Social"),
        ("Förvaltningen", None),
        ("Kulturnämnden", None),
    ],
)
def test_office_of_board(office: str, stem: str | None) -> None:
    found = _OFFICE_OF_BOARD.search(office)
    assert (office[: found.start()] if found else None) == stem


@pytest.mark.parametrize(
    ("sentence", "declines"),
    [
        ("Nämnden kommer inte att yttra sig i ärendet.", True),
        ("Idrotts- och fritidsnämnden kommer inte att yttra sig över remissen.", True),
        ("Styrelsen kommer därför inte att lämna något remissvar.", True),
        ("Nämnden kommer inte att lämna några synpunkter på förslaget, eftersom det inte rör nämnden.", True),
        ("Nämnden kommer inte att yttra sig över åtgärd 9.", False),
        ("Nämnden kommer inte att yttra sig i ärendet, men lämnar upplysningar.", False),
        ("Förvaltningen kommer inte att lämna synpunkter förrän planen är klar.", False),
        ("Nämnden har kommit fram till att inte yttra sig.", False),
    ],
)
def test_declines_in_future(sentence: str, declines: bool) -> None:
    assert declines_answer(sentence) == declines


def test_told_decline_gives_no_answer() -> None:
    notice = [
        "Nämnden kommer inte att yttra sig i ärendet.",
        "Beslutet att inte lämna något remissvar har fattats av förvaltningschefen med stöd av delegation.",
    ]
    assert declines_remiss(notice)
    assert not declines_remiss([notice[0], "Yttrandet godkänns och översänds till kommunstyrelsen."])


def test_abstaining_notice_takes_up_no_measure(block) -> None:  # type: ignore[no-untyped-def]
    text = "Nämnden kommer inte att yttra sig i ärendet. Planen rör nämnden bara i idrottsplatserna (åtgärd 9)."
    assert abstains(analyse([block(text)], REGISTER))


@pytest.mark.parametrize(
    ("line", "referrer"),
    [
        ("Dnr SFN 2027/0188 (KS 2027/0412)", "KS 2027/0412"),
        ("Dnr SFN 2027/0188, KS 2027/0412", "KS 2027/0412"),
        ("Diarienummer: BUN 2027/12 (KS 2026/880)", "KS 2026/880"),
        ("Dnr SFN 2027/0188 (se bilaga 2)", None),
        ("Dnr SFN 2027/0188", None),
    ],
)
def test_paired_line(line: str, referrer: str | None) -> None:
    found = _PAIRED_LINE.match(line)
    assert (_referrers(found) if found else None) == referrer
