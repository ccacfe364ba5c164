"""Review of holdout20, ``report.answered_in_heading``: an agenda item's "från <referrer>" is cut from the title
only before the date the answer is due ("svar senast", "sista svarsdag", "svarsdatum", "svar ska ha inkommit
senast", also in brackets), the referrer a board, an office, a council or a whole organisation in any case."""

from __future__ import annotations

import pytest

from atgard.extract.report_headings import ANSWERED_IN_HEADING


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # the reviewer's counter-example: a title's own "från"
        (
            "Remiss av Handlingsplan för stöd från socialförvaltningen",
            "Handlingsplan för stöd från socialförvaltningen",
        ),
        ("Remiss av Program för samverkan från stadsdelsnämnderna", "Program för samverkan från stadsdelsnämnderna"),
        # the referrer capitalised, a whole organisation, the date due in brackets
        (
            "Remiss av Strategi för gatuträd 2027–2032 från Kommunstyrelsen, svar senast 2027-05-20",
            "Strategi för gatuträd 2027–2032",
        ),
        ("Remiss av Strategi för gatuträd från Region Stockholm, svar senast 2027-05-20", "Strategi för gatuträd"),
        ("Remiss av Strategi för gatuträd från Nacka kommun - svar senast den 3 maj 2027", "Strategi för gatuträd"),
        ("Remiss av Strategi för gatuträd från kommunstyrelsen (svar senast 2027-05-20)", "Strategi för gatuträd"),
        ("Remiss av Strategi för gatuträd från Stadsledningskontoret (svarsdatum 2027-05-20)", "Strategi för gatuträd"),
        ("Remiss av Strategi för gatuträd från kommunfullmäktige – svar senast 3 maj 2027", "Strategi för gatuträd"),
        # the date due alone
        ("Remiss av Strategi för gatuträd, svarsdatum 2027-05-20", "Strategi för gatuträd"),
        ("Remiss av Strategi för gatuträd, svar ska ha inkommit senast den 3 maj 2027", "Strategi för gatuträd"),
        ("Remiss av Strategi för gatuträd – Svarsdatum: 2027-05-20", "Strategi för gatuträd"),
        ("Remiss av Strategi för gatuträd från trafiknämnden, sista svarsdag 15 juni 2027", "Strategi för gatuträd"),
    ],
)
def test_the_referrer_goes_only_with_the_date_due(heading: str, title: str) -> None:
    found = ANSWERED_IN_HEADING.search(heading)
    assert found is not None and found.group("title") == title
