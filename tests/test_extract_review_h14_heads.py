"""The review of holdout14's heads: a running header with its type at the left takes the right column as the office
only when it names a body (finding 1)."""

from __future__ import annotations

import pytest

from atgard.extract.header import parse_running_header
from atgard.schema import HeaderFields, HeaderSegment


def _office(left: str, right: str) -> str | None:
    segments = [HeaderSegment(text=left, column="left"), HeaderSegment(text=right, column="right")]
    return parse_running_header(segments, HeaderFields()).office


@pytest.mark.parametrize(
    ("left", "right", "office"),
    [
        # the reviewer's four: the page's furniture at the right is no office
        ("Tjänsteskrivelse", "Bilaga 1", None),
        ("PROTOKOLL", "Ärende 7", None),
        ("Tjänsteutlåtande", "Handläggare Eva Ek", None),
        ("Protokollsutdrag", "Offentlig handling", None),
        ("Tjänsteskrivelse", "Bilaga 1 – Remisslista", None),
        ("Yttrande", "Ärende 7 – Kommunstyrelsen", None),
        ("Utlåtande 2027:37 RI", "Sida 1 av 3", None),
        # a body at the right is the office: a board, an office, a council, a committee, a whole organisation
        ("Utlåtande 2027:37 RI", "Kommunstyrelsen", "Kommunstyrelsen"),
        ("Tjänsteskrivelse", "Miljö- och stadsbyggnadsnämnden", "Miljö- och stadsbyggnadsnämnden"),
        ("Tjänsteskrivelse", "Miljö- och\nstadsbyggnadsnämnden", "Miljö- och\nstadsbyggnadsnämnden"),
        ("Tjänsteutlåtande", "Fastighets- och gatukontoret", "Fastighets- och gatukontoret"),
        ("Tjänsteutlåtande", "Fastighets– och gatukontoret", "Fastighets– och gatukontoret"),
        ("PROTOKOLL", "Kommunfullmäktige", "Kommunfullmäktige"),
        ("Protokollsutdrag", "Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott"),
        ("Protokollsutdrag", "Stadsdelsnämnden Centrum", "Stadsdelsnämnden Centrum"),
        ("Yttrande", "Nacka kommun", "Nacka kommun"),
        ("Remissvar", "Region Jönköpings län", "Region Jönköpings län"),
    ],
)
def test_a_mirrored_header_takes_a_body_as_office(left: str, right: str, office: str | None) -> None:
    assert _office(left, right) == office


def test_an_office_at_the_left_stays() -> None:
    segments = [HeaderSegment(text=t, column=c) for t, c in [("Socialförvaltningen", "left"), ("Bilaga 1", "right")]]
    assert parse_running_header(segments, HeaderFields()).office == "Socialförvaltningen"
