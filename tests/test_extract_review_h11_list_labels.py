"""The review of holdout11's remiss lists set one body a paragraph: a group in the definite ("Facknämnderna") is
the list's entry, the whole group, unless a list of names follows it; in the indefinite ("Kommuner", "Övriga
remissinstanser") it labels the part after it."""

from __future__ import annotations

import pytest
from found_referrals import recipient_names

LEAD = "Kommunstyrelsen remitterar förslaget till Strategi för äldre till följande:"


def _recipients(block, *lines: str) -> list[list[str]]:
    return recipient_names([block(LEAD), *(block(line) for line in lines)])


@pytest.mark.parametrize(
    ("lines", "recipients"),
    [
        # the reviewer's counter-example
        (
            ("Facknämnderna", "Stadsdelsnämnderna", "Stockholms Stadshus AB"),
            ["Samtliga facknämnder", "Samtliga stadsdelsnämnder", "Stockholms Stadshus AB"],
        ),
        # the definite group last, or between two bodies
        (
            ("Stadsdelsnämnderna", "Stockholms Stadshus AB", "Facknämnderna"),
            ["Samtliga stadsdelsnämnder", "Stockholms Stadshus AB", "Samtliga facknämnder"],
        ),
        (
            ("Kulturnämnden", "Facknämnderna", "Region Stockholm"),
            ["Kulturnämnden", "Samtliga facknämnder", "Region Stockholm"],
        ),
        # a definite label over a list of names (commas, och, samt)
        (
            ("Facknämnderna", "Kulturnämnden, idrottsnämnden och trafiknämnden", "Övriga", "Region Stockholm"),
            ["Kulturnämnden", "Idrottsnämnden", "Trafiknämnden", "Region Stockholm"],
        ),
        (
            ("Facknämnderna", "Kulturnämnden samt idrottsnämnden", "Region Stockholm"),
            ["Kulturnämnden", "Idrottsnämnden", "Region Stockholm"],
        ),
        # an indefinite label, one body a line after it
        (("Kommuner", "Huddinge kommun", "Nacka kommun"), ["Huddinge kommun", "Nacka kommun"]),
        (
            ("Övriga remissinstanser", "Region Stockholm", "Stockholms Stadshus AB"),
            ["Region Stockholm", "Stockholms Stadshus AB"],
        ),
    ],
)
def test_a_definite_group_alone_is_an_entry(block, lines: tuple[str, ...], recipients: list[str]) -> None:
    assert _recipients(block, *lines) == [recipients]
