"""An answer that tells the remiss it answers makes no referral of its own: the recount names the own body among
the others asked alongside, or its body answers here ("… och lämnar härmed sitt yttrande"). An agenda's incoming
remiss, a referral the document makes, and a recount that names other bodies only are kept. Swedish variants
written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.referrals import addressed_to_self
from atgard.schema.contract import Recipient, Referral

BOX = {"x0": 0, "top": 0, "x1": 1, "bottom": 1}


def _referral(names: list[str], text: str, recounted: bool = True) -> Referral:
    return Referral(
        report_title=None,
        action="opinion",
        scope="report",
        recipients=[Recipient(name=name, kind="unknown") for name in names],
        text=text,
        recounted=recounted,
        page=1,
        bbox=BOX,
        boxes=[{"page": 1, "bbox": BOX}],
    )


@pytest.mark.parametrize(
    ("names", "text", "own"),
    [
        (
            ["Region Stockholm", "Trafikverket", "Länsstyrelsen i Stockholms län"],
            "Haninge kommun skickade den 3 oktober 2027 ut förslaget på remiss till bl.a. Region Stockholm, "
            "Trafikverket och Länsstyrelsen i Stockholms län.",
            {"region stockholm"},
        ),
        (
            ["Trafiknämnden"],
            "Kommunstyrelsen har remitterat förslaget till trafiknämnden, som ska yttra sig över planen.",
            {"trafiknämnden, p. 11"},
        ),
        (
            ["Trafiknämnden"],
            "Kommunstyrelsen har remitterat förslaget till trafiknämnden.",
            {"trafiknämnden, punkt 11"},
        ),
        (
            ["Trafikverket"],
            "Trafikverket har den 15 september 2027 fått rubricerat förslag på remiss från Norrtälje kommun och "
            "lämnar härmed sitt yttrande.",
            set(),
        ),
        (
            ["Länsstyrelsen i Uppsala län"],
            "Länsstyrelsen i Uppsala län har fått planen på remiss och avger härmed följande yttrande.",
            set(),
        ),
        (
            ["Region Uppsala"],
            "Region Uppsala har beretts tillfälle att yttra sig och lämnar följande synpunkter.",
            set(),
        ),
        (
            ["Kulturnämnden", "Idrottsnämnden"],
            "Remissen har skickats till kulturnämnden respektive idrottsnämnden.",
            {"kulturnämnden"},
        ),
    ],
)
def test_the_remiss_an_answer_answers(names: list[str], text: str, own: set[str]) -> None:
    assert addressed_to_self(_referral(names, text), own, alongside=True)


@pytest.mark.parametrize(
    ("names", "text", "own", "recounted", "alongside"),
    [
        # the answer's own under-referral: other bodies only
        (
            ["Socialnämnden", "Äldrenämnden"],
            "Ärendet har remitterats till socialnämnden och äldrenämnden.",
            {"kommunstyrelsen"},
            True,
            True,
        ),
        # an agenda lists the remisser sent to its board and others
        (
            ["Farsta stadsdelsnämnd", "Skarpnäcks stadsdelsnämnd"],
            "Kommunstyrelsen har remitterat planen till Farsta och Skarpnäcks stadsdelsnämnder.",
            {"farsta stadsdelsnämnd"},
            True,
            False,
        ),
        # a referral the document makes now
        (
            ["Kulturnämnden", "Idrottsnämnden"],
            "Förslaget remitteras till kulturnämnden och idrottsnämnden.",
            {"kulturnämnden"},
            False,
            True,
        ),
        # another body's answer told
        (
            ["Trafiknämnden"],
            "Förslaget har remitterats till trafiknämnden, som har lämnat sitt yttrande.",
            {"kommunstyrelsen"},
            True,
            True,
        ),
    ],
)
def test_referrals_kept(names: list[str], text: str, own: set[str], recounted: bool, alongside: bool) -> None:
    assert not addressed_to_self(_referral(names, text, recounted), own, alongside=alongside)
