"""One sending verb, several "till" parts, each with its own bodies and purpose: each part a referral of its own."""

from __future__ import annotations

import pytest

from tests.test_extract_referrals import referrals

T = "Rapporten Ett grönare Västerås – åtgärder för klimatanpassning 2027–2030"


def _parts(block, text: str) -> list[tuple[list[str], list[str]]]:
    return [([name for name, _ in r["recipients"]], r["measure_codes"]) for r in referrals(block, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{T} remitteras till tekniska nämnden och byggnadsnämnden för yttrande över åtgärderna 2.1–2.4, till "
            "miljö- och konsumentnämnden för yttrande över rapporten i sin helhet samt till Mälarenergi AB för "
            "yttrande över åtgärd 3.3.",
            [
                (["Tekniska nämnden", "Byggnadsnämnden"], ["2.1", "2.2", "2.3", "2.4"]),
                (["Miljö- och konsumentnämnden"], []),
                (["Mälarenergi AB"], ["3.3"]),
            ],
            id="passive, three parts, a range with '–'",
        ),
        pytest.param(
            "Kommunstyrelsen remitterar rapporten till kulturnämnden för synpunkter på åtgärderna 1.1-1.3 och till "
            "idrottsnämnden samt fastighetsnämnden för synpunkter på åtgärd 2.2.",
            [(["Kulturnämnden"], ["1.1", "1.2", "1.3"]), (["Idrottsnämnden", "Fastighetsnämnden"], ["2.2"])],
            id="active, och between parts, samt between bodies, '-'",
        ),
        pytest.param(
            f"{T} skickas till trafiknämnden för yttrande över åtgärd 4.1, till kulturnämnden för yttrande över hela "
            "rapporten samt till Region Västmanland för kännedom.",
            [(["Trafiknämnden"], ["4.1"]), (["Kulturnämnden"], [])],
            id="a part for kännedom asks nothing",
        ),
        pytest.param(
            f"{T} remitteras till trafiknämnden, kulturnämnden och idrottsnämnden för yttrande över åtgärderna 1.1 "
            "och 1.2.",
            [(["Trafiknämnden", "Kulturnämnden", "Idrottsnämnden"], ["1.1", "1.2"])],
            id="one till: one referral",
        ),
    ],
)
def test_each_till_its_own_referral(block, text: str, expected: list) -> None:
    assert _parts(block, text) == expected
