"""The review of holdout11's "besvaras av": a part of the report answered by a body is a measure by its code or the
measures of a part ("Åtgärderna i avsnitt 3"), never the proposal as a whole, which a council decides."""

from __future__ import annotations

import pytest
from found_referrals import recipient_names


def _recipients(block, text: str) -> list[list[str]]:
    return recipient_names([block(text)])


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # the reviewer's counter-example, and the proposal or the measures as a whole
        ("Förslaget ska besvaras av kommunfullmäktige senast i juni 2027.", []),
        ("Förslaget besvaras av kommunstyrelsen.", []),
        ("Förslagen ska besvaras av kommunfullmäktige.", []),
        ("Åtgärderna ska besvaras av kommunfullmäktige i december.", []),
        # a part: by its code, or the measures of a section (och, samt, respektive, a dash, a line break)
        (
            "Förslagen i avsnitt 3 och 4 besvaras av kulturnämnden respektive idrottsnämnden.",
            [["Kulturnämnden", "Idrottsnämnden"]],
        ),
        ("Åtgärderna A1.2–A1.4 ska i första hand besvaras av trafiknämnden.", [["Trafiknämnden"]]),
        ("Åtgärd 1.4 ska i första hand\nbesvaras av idrottsnämnden.", [["Idrottsnämnden"]]),
        ("Frågorna i kapitel 5 ska besvaras av socialnämnden samt äldrenämnden.", [["Socialnämnden", "Äldrenämnden"]]),
        ("Aktiviteterna inom område B besvaras av Stockholms Stadshus AB.", [["Stockholms Stadshus AB"]]),
    ],
)
def test_a_part_answered_by_a_body(block, text: str, recipients: list[list[str]]) -> None:
    assert _recipients(block, text) == recipients
