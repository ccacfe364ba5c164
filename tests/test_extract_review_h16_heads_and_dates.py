"""The review of holdout16's heads and dates: a bracket after the addressee is a reference only with its number in
it ("(dnr IDN 2027/0148)", never "(dnr-serie för remisser)"). Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.address_lines import without_reference


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Kommunstyrelsen (dnr-serie för remisser)", "Kommunstyrelsen (dnr-serie för remisser)"),  # the reviewer's
        ("Kulturnämnden (Ert dnr saknas)", "Kulturnämnden (Ert dnr saknas)"),  # the reviewer's
        ("Kulturnämnden (dnr saknas – se bilaga)", "Kulturnämnden (dnr saknas – se bilaga)"),
        ("Kulturnämnden (diarienumret anges i beslutet)", "Kulturnämnden (diarienumret anges i beslutet)"),
        ("Kulturnämnden (Er referens: handläggaren)", "Kulturnämnden (Er referens: handläggaren)"),
        ("Kulturnämnden (Ert dnr: KS 2026/0412)", "Kulturnämnden"),
        ("Kulturnämnden (diarienr. KS-2026-12)", "Kulturnämnden"),
        ("Kulturnämnden (Er referens 2026-112)", "Kulturnämnden"),
        ("Kulturnämnden (er ref. 3.1.1-123/2017)", "Kulturnämnden"),
        ("Idrottsnämnden (dnr IDN 2027/0148)", "Idrottsnämnden"),
        ("Trafiknämnden (diarienummer T2026-01234)", "Trafiknämnden"),
        ("Kommunstyrelsen (kommunstyrelsen@helsingborg.se)", "Kommunstyrelsen"),
    ],
)
def test_a_reference_aside_holds_its_number(line: str, kept: str) -> None:
    assert without_reference(line) == kept
