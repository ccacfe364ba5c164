"""Company boards named through their boards ("samt till styrelserna för Göteborgs Spårvägar AB och Bostads AB
Poseidon", "bolagsstyrelserna i …"): the companies are the recipients, the plural noun before them no item.
Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()
COMPANIES = ["AB Familjebostäder", "AB Svenska Bostäder"]


@pytest.mark.parametrize(
    "joint",
    [
        "samt till styrelserna för",
        "och till styrelserna för",
        "samt styrelserna för",
        "och bolagsstyrelserna i",
        "samt till bolagsstyrelserna för",
    ],
)
@pytest.mark.parametrize("between", [" och ", " respektive "])
def test_the_boards_of_companies(block, joint: str, between: str) -> None:
    text = f"Förslaget skickas på remiss till stadsmiljönämnden, Nordost nämnd respektive Hisingen nämnd {joint} " + (
        f"{COMPANIES[0]}{between}{COMPANIES[1]} för yttrande senast den 31 januari 2028."
    )
    analysed = analyse([block(text)], REGISTER)
    (finding,) = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [r.name for r in finding.referral.recipients] == [
        "Stadsmiljönämnden",
        "Nordost nämnd",
        "Hisingen nämnd",
        *COMPANIES,
    ]
