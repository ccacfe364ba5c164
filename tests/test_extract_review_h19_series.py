"""The review of holdout19's series numbers: one home for an official series' number beside a title
(vocabulary's SERIES_NUMBER and SERIES_LEAD), read alike by the headings' patterns (report.answered_in_heading,
report.named_title, report.series_heading), by ``without_series_number`` and by the year after a title
(report.series_year): "SOU 2027:31: Bostäder …" gives one title and one year, whichever reads it."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.annex_titles import number_year, without_series_number
from atgard.extract.boards import load_register
from atgard.extract.report_headings import heading_title
from atgard.extract.reports import _answered_titles

REGISTER = load_register()
TITLE = "Bostäder för ett tryggt åldrande"


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (f"SOU 2027:31: {TITLE}", TITLE, 2027),  # the reviewer's counter-example
        (f"SOU 2027:31 {TITLE}", TITLE, 2027),
        (f"SOU 2027:31 – {TITLE}", TITLE, 2027),
        (f"SOU 2027:31 - {TITLE}", TITLE, 2027),
        (f"SOU 2027:31, {TITLE}", TITLE, 2027),
        ("Ds 2026:4 – Ett enklare regelverk", "Ett enklare regelverk", 2026),
        ("Dir. 2025:12 Ett nytt regelverk för bostadsförsörjning", "Ett nytt regelverk för bostadsförsörjning", 2025),
        (f"{TITLE} (SOU 2027:31)", TITLE, 2027),
        (f"{TITLE}, SOU 2027:31", TITLE, 2027),
        ("Ett nytt regelverk (Dir. 2025:12)", "Ett nytt regelverk", 2025),
        ("Skyfallskartering för Göteborg, rapport 2025:7", "Skyfallskartering för Göteborg", 2025),
        ("Rapport 2017:3 Trygg i hela staden", "Rapport 2017:3 Trygg i hela staden", None),
        ("KS 2025:19 Trygg i hela staden", "KS 2025:19 Trygg i hela staden", None),
    ],
)
def test_a_title_without_its_series_number(text: str, title: str, year: int | None) -> None:
    assert without_series_number(text) == (title, year)


@pytest.mark.parametrize(
    "heading",
    [
        f"Remiss av betänkandet SOU 2027:31: {TITLE}",
        f"Remiss av betänkandet SOU 2027:31 {TITLE}",
        f"Yttrande över betänkandet SOU 2027:31 – {TITLE}",
        f"Svar på remiss av SOU 2027:31 - {TITLE}",
        f"Yttrande över {TITLE} (SOU 2027:31)",
        f"Remiss av {TITLE} (SOU 2027:31)",
        f"{TITLE} (SOU 2027:31)",
    ],
)
def test_a_heading_reads_the_number_as_the_annex_does(heading: str) -> None:
    found = heading_title(heading)
    assert found is not None
    lead = found.groupdict().get("series_number")
    assert without_series_number(found.group("title").strip())[0] == TITLE
    assert lead is None or number_year(lead) == 2027


@pytest.mark.parametrize(
    "heading",
    [
        f"Remiss av betänkandet SOU 2027:31: {TITLE}",
        f"Yttrande över betänkandet SOU 2027:31 – {TITLE}",
        f"Yttrande över {TITLE} (SOU 2027:31)",
    ],
)
def test_an_answered_title_has_its_series_year(block, heading: str) -> None:
    analysed = analyse([block(heading, "heading", level=1), block("Sammanfattning av ärendet.")], REGISTER)
    spans = _answered_titles(analysed, set())
    assert [(span.text, span.year) for span in spans] == [(TITLE, 2027)]
