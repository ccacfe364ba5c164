"""The review of holdout11's report titles: a bare "remiss" leads a title with a dash (with a colon only before a
plan's name); an answer, a notice or a list is no title after it; a full stop ends a title only after more than
one word and no finite verb; a proposal sent on is named with a single year or none, before "till" or "för
synpunkter"."""

from __future__ import annotations

import pytest

from atgard.extract.report_headings import heading_title
from atgard.extract.report_titles import SENT_PROPOSAL_TITLE


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # the reviewer's counter-examples
        ("Remiss: Svar senast den 15 maj 2027", None),
        ("Remiss: Information om remissförfarandet", None),
        ("Remiss – Yttrande över förslag till översiktsplan", None),
        ("Nämnden har tagit del av planen. Yttrande till kommunstyrelsen", None),
        ("Bakgrund. Remiss från kommunstyrelsen", None),
        # variants: the other dash, inflections, other labels, other finite verbs
        ("Remiss - Svar senast den 15 maj 2027", None),
        ("Remiss – Svaret lämnas till registrator", None),
        ("Remiss – Informationen om remissen", None),
        ("Remiss – Sändlista", None),
        ("Remiss: Diarienummer KS 2027/188", None),
        ("Remiss: Kommunstyrelsen", None),
        ("Remiss - Yttranden från nämnderna", None),
        ("Kommunen ska yttra sig över planen. Svar på remiss", None),
        ("Planen är antagen. Remissvar", None),
        ("Kontoret hade inga synpunkter. Remiss från kommunstyrelsen", None),
        ("Inledning. Yttrande", None),
        # what still is a title
        ("Remiss: Handlingsplan för trygghet 2027", "Handlingsplan för trygghet 2027"),
        ("Remiss: Cykelstrategi för Uppsala kommun", "Cykelstrategi för Uppsala kommun"),
        ("Remiss – Mobilitetsprogram för Västerås 2027–2035", "Mobilitetsprogram för Västerås 2027–2035"),
        ("Remiss - Informationssäkerhetsstrategi för Uppsala", "Informationssäkerhetsstrategi för Uppsala"),
        ("Svar på remiss: Trygg i hela staden", "Trygg i hela staden"),
        ("Remissvar – Trygg i hela staden", "Trygg i hela staden"),
        ("Cykelplan för Sundsvall 2030. Remissvar", "Cykelplan för Sundsvall 2030"),
        ("Program för idrott och motion. Remiss från kommunstyrelsen", "Program för idrott och motion"),
        ("Detaljplan för kv. Björken. Svar på remiss", "Detaljplan för kv. Björken"),
        ("Strategi för äldre 2027–2030 – svar på remiss", "Strategi för äldre 2027–2030"),
    ],
)
def test_heading_title(heading: str, title: str | None) -> None:
    found = heading_title(heading)
    assert (found and found.group("title")) == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # the reviewer's counter-examples
        (
            "Stadsdelsnämnden överlämnar förslaget till lokal plan för trygghet i Farsta 2027–2028 på remiss till "
            "pensionärsrådet.",
            "lokal plan för trygghet i Farsta 2027–2028",
        ),
        (
            "Nämnden remitterar förslaget till verksamhetsplan 2028 till stadsdelsnämndens pensionärsråd.",
            "verksamhetsplan 2028",
        ),
        ("Nämnden remitterar förslaget till cykelplan 2027—2030 till trafiknämnden.", "cykelplan 2027—2030"),
        # variants: "för synpunkter", "för yttrande", other dashes, a short period, a revised plan
        (
            "Nämnden skickar förslaget till lokal trygghetsplan 2028 för synpunkter till pensionärsrådet och "
            "funktionshinderrådet.",
            "lokal trygghetsplan 2028",
        ),
        (
            "Förslaget till klimatplan för Farsta 2027-30 för yttrande till miljönämnden.",
            "klimatplan för Farsta 2027-30",
        ),
        ("Utkastet till reviderad parkplan 2027 – 2031 på remiss till kulturnämnden.", "parkplan 2027 – 2031"),
        # what is none: an adopted plan, no year, a period as the name, a plan sent for a decision
        ("Förslaget till riktlinjer för lokalförsörjning 2027–2030 antas.", None),
        ("Nämnden överlämnar förslaget till lokal plan till pensionärsrådet.", None),
        ("Nämnden remitterar förslaget till plan för perioden 2027–2030 till rådet.", None),
        ("Förslaget till verksamhetsplan 2028 för beslut i nämnden.", None),
    ],
)
def test_sent_proposal_title(sentence: str, title: str | None) -> None:
    found = SENT_PROPOSAL_TITLE.search(sentence)
    assert (found and found.group("title")) == title
