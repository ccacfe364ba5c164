"""A running header's line addressed to its readers ("Till remissinstanserna enligt sändlista") is neither the
office nor the unit; a body whose name starts with "Till" is. Tables of variants written for this test."""

from __future__ import annotations

import pytest

from atgard.extract.header import parse_running_header
from atgard.schema import HeaderFields, HeaderSegment


@pytest.mark.parametrize(
    ("left", "office", "unit"),
    [
        (["Till remissinstanserna enligt sändlista", "STOCKHOLMS STAD"], "STOCKHOLMS STAD", None),
        (["Till: Kommunstyrelsen", "Miljöförvaltningen"], "Miljöförvaltningen", None),
        (["Miljöförvaltningen", "till nämnderna och bolagen"], "Miljöförvaltningen", None),
        (["Tillväxtförvaltningen", "Näringslivsenheten"], "Tillväxtförvaltningen", "Näringslivsenheten"),
        (["Tillsynsenheten"], "Tillsynsenheten", None),
    ],
)
def test_an_addressed_line_is_no_office(left: list[str], office: str, unit: str | None) -> None:
    segments = [HeaderSegment(text=t, column="left") for t in left] + [HeaderSegment(text="REMISS", column="right")]
    fields = parse_running_header(segments, HeaderFields())
    assert (fields.office, fields.unit) == (office, unit)
