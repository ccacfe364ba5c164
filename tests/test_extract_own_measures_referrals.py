"""A referral on the measures its body is responsible for, named by that alone ("avseende de åtgärder där nämnden
anges som ansvarig"): its codes are those the document's measures give that body."""

from __future__ import annotations

import pytest
from made_items import made_measure as _measure
from made_items import made_referral as _referral

from atgard.extract.referrals.own_measures import with_own_measures

MEASURES = [
    _measure("1", "Miljönämnden"),
    _measure("3", "Stadsmiljönämnden"),
    _measure("4", "Stadsmiljönämnden"),
    _measure("7", "Stadsmiljönämnden", "Kulturnämnden"),
]


@pytest.mark.parametrize(
    ("text", "bodies", "expected"),
    [
        (
            "Stadsmiljönämnden ges tillfälle att yttra sig avseende de åtgärder där nämnden anges som ansvarig.",
            ["Stadsmiljönämnden"],
            [(["Stadsmiljönämnden"], ["3", "4", "7"])],
        ),
        (
            "Stadsmiljönämnden och kulturnämnden ombeds yttra sig över de åtgärder som respektive nämnd ansvarar för.",
            ["Stadsmiljönämnden", "Kulturnämnden"],
            [(["Stadsmiljönämnden"], ["3", "4", "7"]), (["Kulturnämnden"], ["7"])],
        ),
        (
            "Idrottsnämnden och miljönämnden får lämna synpunkter gällande sina egna åtgärder.",
            ["Idrottsnämnden", "Miljönämnden"],
            [(["Miljönämnden"], ["1"]), (["Idrottsnämnden"], [])],
        ),
        # the whole plan, or measures by their subject: no codes
        (
            "Stadsmiljönämnden ges tillfälle att yttra sig över planen.",
            ["Stadsmiljönämnden"],
            [(["Stadsmiljönämnden"], [])],
        ),
        (
            "Stadsmiljönämnden yttrar sig över de åtgärder som gäller gatorna.",
            ["Stadsmiljönämnden"],
            [(["Stadsmiljönämnden"], [])],
        ),
    ],
)
def test_codes_of_the_bodies_own_measures(text, bodies, expected):
    found = with_own_measures([_referral(text, *bodies)], MEASURES)
    assert [([r.name for r in f.recipients], f.measure_codes) for f in found] == expected
