"""One sentence that asks several bodies about different measures: a gapped second request ("A … över åtgärderna
K3.1 och K3.2, och B över åtgärd K3.4") or codes paired with bodies by "respektive". Swedish variants written for
these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _referrals(block, text: str) -> list[tuple[list[str], list[str]]]:
    analysed = analyse([block(text)], REGISTER)
    return [
        ([r.name for r in f.referral.recipients], f.referral.measure_codes)
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stockholm Parkering AB ges tillfälle att yttra sig över åtgärderna K3.1 och K3.2, och AB Familjebostäder "
            "över åtgärd K3.4.",
            [(["Stockholm Parkering AB"], ["K3.1", "K3.2"]), (["AB Familjebostäder"], ["K3.4"])],
        ),
        (
            "Trafiknämnden ombeds yttra sig över åtgärderna A1.1–A1.3 samt kulturnämnden över åtgärd B2.1.",
            [(["Trafiknämnden"], ["A1.1", "A1.2", "A1.3"]), (["Kulturnämnden"], ["B2.1"])],
        ),
        (
            "Idrottsnämnden bereds tillfälle att yttra sig gällande åtgärd C1.2, medan fastighetsnämnden och "
            "exploateringsnämnden gällande åtgärderna C2.1 och C2.2.",
            [(["Idrottsnämnden"], ["C1.2"]), (["Fastighetsnämnden", "Exploateringsnämnden"], ["C2.1", "C2.2"])],
        ),
        (
            "Kulturnämnden och idrottsnämnden ombeds yttra sig över åtgärderna D1.1 respektive D2.1–D2.2.",
            [(["Kulturnämnden"], ["D1.1"]), (["Idrottsnämnden"], ["D2.1", "D2.2"])],
        ),
        (
            "Kulturnämnden och idrottsnämnden ombeds yttra sig över åtgärderna D1.1 och D2.1.",
            [(["Kulturnämnden", "Idrottsnämnden"], ["D1.1", "D2.1"])],
        ),
    ],
)
def test_each_body_gets_its_own_codes(block, text: str, expected: list[tuple[list[str], list[str]]]) -> None:
    assert _referrals(block, text) == expected


@pytest.mark.parametrize(
    "emphasis",
    [
        "Stadsbyggnadsnämnden ombeds särskilt yttra sig över avsnitt 3 om markberedskap.",
        "Socialnämnden ombeds i synnerhet att yttra sig över kapitel 5.",
        "Tekniska nämnden bereds tillfälle att särskilt yttra sig över avsnitten 2–3, och socialnämnden över "
        "avsnitt 5.",
    ],
)
def test_a_part_singled_out_for_bodies_already_asked_is_no_referral_of_its_own(block, emphasis: str) -> None:
    analysed = analyse(
        [
            block(
                "Kommunstyrelsen beslutar att remittera förslaget till *Riktlinjer för bostadsförsörjning 2027–2030* "
                "till stadsbyggnadsnämnden, socialnämnden, tekniska nämnden och Lulebo AB."
            ),
            block(emphasis),
        ],
        REGISTER,
    )
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [[r.name for r in f.referral.recipients] for f in found] == [
        ["Stadsbyggnadsnämnden", "Socialnämnden", "Tekniska nämnden", "Lulebo AB"]
    ]
