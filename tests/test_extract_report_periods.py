"""A plan named by its period without its place is the one named with it: "Spontanidrottsprogram för 2028–2031" of
"Spontanidrottsprogram för Stockholms stad 2028–2031"."""

from __future__ import annotations

import pytest

from atgard.extract.report_titles import placed_titles
from atgard.schema.keys import title_key


@pytest.mark.parametrize(
    ("short", "whole", "same"),
    [
        ("Spontanidrottsprogram för 2028–2031", "Spontanidrottsprogram för Stockholms stad 2028–2031", True),
        ("Mobilitetsplan för 2028-2038", "Mobilitetsplan för Haninge kommun 2028–2038", True),
        ("Handlingsplan för 2027 – 2030", "Handlingsplan för Region Uppsala 2027–2030", True),
        ("Mobilitetsplan 2028–2038", "Mobilitetsplan för Haninge kommun 2028–2038", True),
        # another period, or no period after the place: another plan
        ("Spontanidrottsprogram för 2024–2027", "Spontanidrottsprogram för Stockholms stad 2028–2031", False),
        ("Program för 2028–2031", "Program för Stockholms stad", False),
        ("Plan för klimatet 2028", "Plan för Stockholms stad 2028", False),
    ],
)
def test_a_plan_for_its_period(short: str, whole: str, same: bool) -> None:
    canonical = {title_key(short): short, title_key(whole): whole}
    assert (placed_titles(canonical).get(title_key(short)) == title_key(whole)) is same


def test_a_title_broken_over_a_cells_lines_is_spelt_on_one(block) -> None:  # type: ignore[no-untyped-def]
    from atgard.extract.analysis import analyse
    from atgard.extract.boards import load_register
    from atgard.extract.reports import extract_reports

    text = "Remissen gäller promemorian *Fler\nbehöriga lärare i glesbygd* från departementet."
    reports = extract_reports(analyse([block(text)], load_register()))
    assert [ref.title for ref in reports.refs] == ["Fler behöriga lärare i glesbygd"]
