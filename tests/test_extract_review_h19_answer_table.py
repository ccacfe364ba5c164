"""The review of holdout19's table of answers: a "Status" column (answer_table.answer_column) is an answer's only
beside a column of the bodies asked ("Remissinstans"); a follow-up table of measures, "Nämnd | Åtgärd | Status",
in a memo that speaks of the remiss is no table of answers, and its "Genomförd 2027-03-01" no answer's date."""

from __future__ import annotations

import pytest

from atgard.extract.referrals.answer_table import _header


@pytest.mark.parametrize(
    ("cells", "header"),
    [
        # the reviewer's counter-example: measures followed up
        (["Nämnd", "Åtgärd", "Status"], None),
        (["Nämnd/bolag", "Åtgärd", "Status"], None),
        (["Ansvarig nämnd", "Åtgärd", "Status"], None),
        (["Nämnder och bolag", "Åtgärder", "Status"], None),
        (["Organisation", "Status"], None),
        (["Bolag", "Insats", " status "], None),
        # the bodies asked: a status is their answer's
        (["Remissinstans", "Status"], (0, 1)),
        (["Remissinstanser", "Status", "Kommentar"], (0, 1)),
        (["Instans", "Status"], (0, 1)),
        # an answer's column or a date's beside any body column, as before
        (["Nämnd", "Svar"], (0, 1)),
        (["Nämnd/bolag", "Datum för yttrande"], (0, 1)),
        (["Remissinstans", "Svar inkom", "Ställningstagande"], (0, 1)),
        (["Nämnd och bolag", "Remissvar"], (0, 1)),
    ],
)
def test_a_status_column_is_an_answers_beside_the_asked(cells: list[str], header: tuple[int, int] | None) -> None:
    assert _header(cells) == header
