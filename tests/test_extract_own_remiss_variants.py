"""The remiss a document answers told as history: a filler before the name ("till bland andra
stadsdelsnämnden", "bl.a."), and the own body named with its town ("stadsbyggnadsnämnden i Helsingborg").
Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import addressed_to_self, referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _findings(block, text: str):
    analysed = analyse([block(text)], REGISTER)
    return referral_findings(analysed, extract_reports(analysed), REGISTER)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kommunstyrelsen har remitterat förslaget till bland andra stadsdelsnämnden.", ["Stadsdelsnämnden"]),
        (
            "Planen har remitterats till bl.a. Region Stockholm och kulturnämnden.",
            ["Region Stockholm", "Kulturnämnden"],
        ),
        ("Rapporten har skickats på remiss till bland annat kulturnämnden.", ["Kulturnämnden"]),
        ("Förslaget remitteras till även idrottsnämnden.", ["Idrottsnämnden"]),
    ],
)
def test_a_filler_before_a_name_is_no_part_of_it(block, text: str, names: list[str]) -> None:
    (finding,) = _findings(block, text)
    assert [r.name for r in finding.referral.recipients] == names


@pytest.mark.parametrize(
    ("text", "own", "expected"),
    [
        (
            "Region Skåne har skickat planen till bland andra stadsbyggnadsnämnden i Helsingborg för yttrande.",
            {"helsingborgs stad", "stadsbyggnadsnämnden"},
            True,
        ),
        (
            "Regionen har översänt förslaget till bl.a. miljönämnden i Lunds kommun för yttrande.",
            {"lunds kommun", "miljönämnden"},
            True,
        ),
        (
            "Region Skåne har remitterat planen till stadsbyggnadsnämnden i Lund.",
            {"helsingborgs stad", "stadsbyggnadsnämnden"},
            False,
        ),
    ],
)
def test_the_own_body_named_with_its_town_is_the_remiss_answered(block, text: str, own: set[str], expected) -> None:
    (finding,) = _findings(block, text)
    assert addressed_to_self(finding.referral, own) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stockholm Parkering AB (bolaget) har fått förslaget på remiss från kommunstyrelsen och har ombetts "
            "yttra sig över åtgärderna K3.1 och K3.2.",
            True,
        ),
        ("Kulturnämnden (nedan kallad nämnden) har beretts tillfälle att yttra sig över rapporten.", True),
        ('Boverket (nedan "myndigheten") har fått promemorian på remiss.', True),
        ("Stockholms Stadshus AB (SHAB) har fått förslaget på remiss.", False),
    ],
)
def test_a_body_that_names_itself_for_short_is_the_writer(block, text: str, expected: bool) -> None:
    (finding,) = _findings(block, text)
    assert addressed_to_self(finding.referral, {"stockholms stad"}) is expected
