"""A case number that only a later page's running lines give (``case_numbers.running_diarienummer``)."""

from __future__ import annotations

import pytest

from atgard.extract.case_numbers import running_diarienummer
from atgard.schema import PageInfo


def _pages(*later: str) -> list[PageInfo]:
    first = PageInfo(number=1, width=595, height=842, char_count=100, furniture=["Sida 1 av 3"])
    return [
        first,
        *(
            PageInfo(number=n, width=595, height=842, char_count=100, furniture=[line])
            for n, line in enumerate(later, start=2)
        ),
    ]


@pytest.mark.parametrize(
    ("lines", "number"),
    [
        (
            ("Handlingsplan för klimatanpassning 2026–2030 – remissversion   Remissversion mars 2026 KS 2026/0214",),
            "KS 2026/0214",
        ),
        (("Program för idrottsanläggningar 2027-2030, KFN 2027/55",), "KFN 2027/55"),
        (("Strategi för trygghet - STK-2026-1432",), "STK-2026-1432"),
        (("Tjänsteskrivelse STK-2026-1432",), "STK-2026-1432"),
        (("Region Uppsala, Regionkontoret · Dnr RS 2026-00418 · regionuppsala.se   Sida 2 av 2",), "RS 2026-00418"),
        (("Bilaga 1 till tjänsteutlåtande Dnr 2026-19874 – Miljö- och hälsoskyddsnämnden",), "2026-19874"),
        (("Sida 2 av 3", "Trafikplan för Södertälje KS 2027/311"), "KS 2027/311"),
        # an answer's running line cites what it answers
        (("Yttrande över remiss KS 2026/0214",), None),
        (("Svar på remissen, KS 2026/0214",), None),
        (("Remissvar – KS 2026/0214",), None),
        (("Synpunkter angående planen KS 2026/0214",), None),
        (("Er referens: KS 2026/0214",), None),
        # a series' number and a bare number are no case number of the document
        (("Arbetsmarknadsdepartementet   Ds 2026:17",), None),
        (("Betänkandet SOU 2026:17",), None),
        (("KS 2026/0214",), None),
        (("Sida 2 av 3",), None),
    ],
)
def test_a_later_pages_running_line_gives_the_number(lines: tuple[str, ...], number: str | None) -> None:
    assert running_diarienummer(_pages(*lines)) == number


def test_page_ones_lines_are_the_headers_not_this_fallbacks() -> None:
    only_first = [PageInfo(number=1, width=595, height=842, char_count=100, furniture=["Plan för X KS 2026/1"])]
    assert running_diarienummer(only_first) is None
