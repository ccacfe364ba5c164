"""A referral table whose middle column names the sections and measures each body answers on ("Avsnitt/åtgärder")."""

from __future__ import annotations

import pytest

from tests.test_extract_referrals import table_referrals, table_row


@pytest.mark.parametrize(
    "header",
    ["Avsnitt/åtgärder", "Avsnitt / åtgärder", "Avsnitt och åtgärder", "Åtgärder/avsnitt", "Avsnitt, åtgärder"],
)
@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_table_of_sections_and_measures_a_row_each(header: str, dash: str) -> None:
    found = table_referrals(
        table_row(1, "Remissinstans", header, "Svar senast"),
        table_row(1, "Trafiknämnden samt\nexploateringsnämnden", f"Åtgärderna G1.1{dash}G1.4", "2027-09-15"),
        table_row(1, "Funktionsstödsnämnden", f"Avsnitt G2, åtgärderna\nG2.1{dash}G2.3", "2027-09-15"),
        table_row(1, "Kulturnämnden och\nidrottsnämnden", "Hela förslaget", "2027-09-15"),
        table_row(1, "Stadsbyggnadsnämnden", "Åtgärd G3.1", "2027-09-15"),
        table_row(1, "AB Stockholmshem samt\nAB Svenska Bostäder", "Åtgärd G3.2", "2027-10-01"),
    )
    assert [(names, codes) for names, codes, *_ in found] == [
        (["Trafiknämnden", "Exploateringsnämnden"], ["G1.1", "G1.2", "G1.3", "G1.4"]),
        (["Funktionsstödsnämnden"], ["G2.1", "G2.2", "G2.3"]),
        (["Kulturnämnden", "Idrottsnämnden"], []),
        (["Stadsbyggnadsnämnden"], ["G3.1"]),
        (["AB Stockholmshem", "AB Svenska Bostäder"], ["G3.2"]),
    ]


def test_rows_on_the_whole_proposal_by_the_same_date_are_one_referral() -> None:
    found = table_referrals(
        table_row(1, "Remissinstans", "Avsnitt och åtgärder", "Svar senast"),
        table_row(1, "Kulturnämnden", "Hela förslaget", "2027-09-15"),
        table_row(1, "Idrottsnämnden", "Hela förslaget", "2027-09-15"),
        table_row(1, "Miljö- och hälsoskyddsnämnden", "Avsnitt 3, åtgärd 3.1 samt 3.2", "2027-09-15"),
    )
    assert [(names, codes) for names, codes, *_ in found] == [
        (["Kulturnämnden", "Idrottsnämnden"], []),
        (["Miljö- och hälsoskyddsnämnden"], ["3.1", "3.2"]),
    ]
