"""Review of holdout16: referrals and lists: the county's municipalities as a remiss's only recipients."""

from __future__ import annotations

import pytest

from tests.found_referrals import recipient_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's counter-example: the commonest county-board remiss, sent to the group alone
        ("Länsstyrelsen remitterar förslaget till länets kommuner.", [["Länets kommuner"]]),
        ("Planen skickas på remiss till länets kommuner.", [["Länets kommuner"]]),
        ("Förslaget remitteras till kommunerna i Uppsala län.", [["Kommunerna i Uppsala län"]]),
        ("Förslaget remitteras till alla kommuner i\nStockholms län.", [["Alla kommuner i Stockholms län"]]),
        (
            "Förslaget remitteras till kommunerna i Uppsala län samt Region Uppsala.",
            [["Kommunerna i Uppsala län", "Region Uppsala"]],
        ),
        (
            "Region Uppsala remitterar strategin till kommunerna i Uppsala län respektive Region Gävleborg.",
            [["Kommunerna i Uppsala län", "Region Gävleborg"]],
        ),
        # recounted: the remiss a municipality of the county answers, no list of its own
        ("Länsstyrelsen har remitterat förslaget till länets kommuner.", []),
        ("Länsstyrelsen har remitterat förslaget till kommunerna i Uppsala län.", []),
        # alone before bodies described, the group leads a list named elsewhere
        ("Förslaget remitteras brett till länets kommuner och till de aktörer som berörs i länet.", []),
    ],
)
def test_county_towns_alone_in_a_remiss_sent_now(block, text, expected):
    assert recipient_names([block(text)]) == expected
