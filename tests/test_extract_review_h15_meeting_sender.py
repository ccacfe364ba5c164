"""Review of holdout15: a protocol's meeting body read from a region's header, its name trimmed, its kind asked."""

from __future__ import annotations

import inspect

import pytest

from atgard.extract.senders import Sender, meeting_sender


@pytest.mark.parametrize(
    ("sent_by", "kind", "expected"),
    [
        # the reviewer's counter-example: a trailing space on the committee's name
        (Sender("Region Uppsala", "Trafiknämnden "), "protokoll", ("Trafiknämnden", None)),
        (Sender(" Region Gävleborg", "  Regionstyrelsen"), "protokoll", ("Regionstyrelsen", None)),
        (
            Sender("Region Östergötland", "Kultur- och bildningsnämnden\n"),
            "protokoll",
            ("Kultur- och bildningsnämnden", None),
        ),
        # no protocol, or no committee: the sender as it stands
        (Sender("Region Uppsala", "Trafiknämnden"), "yttrande", ("Region Uppsala", "Trafiknämnden")),
        (Sender("Region Uppsala", "Trafiknämnden"), None, ("Region Uppsala", "Trafiknämnden")),
        (Sender("Region Stockholm", "Trafikförvaltningen"), "protokoll", ("Region Stockholm", "Trafikförvaltningen")),
    ],
)
def test_meeting_sender(sent_by: Sender, kind: str | None, expected: tuple[str | None, str | None]) -> None:
    assert meeting_sender(sent_by, kind) == expected


def test_kind_is_asked_for() -> None:
    """A caller that forgets the document's kind gets no protocol's reading by default."""
    assert inspect.signature(meeting_sender).parameters["kind"].default is inspect.Parameter.empty
