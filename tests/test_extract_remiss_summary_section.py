"""An utlåtande's "Beredning" recounts the referral, a section of its own ("Remissammanställning", "Remissvaren")
tells what each body did, a paragraph a body: the accounts belong to the referral recounted before. Views worded
with an adverb or a phrase ("är i huvudsak positiv", "ser positivt på") are answers; "Remisstiden gick ut den …"
is the reply date. Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()

REFERRED = (
    "Förslaget har remitterats till fastighetsnämnden, utbildningsnämnden, trafiknämnden och "
    "stadsbyggnadsnämnden samt till AB Svenska Bostäder. Remisstiden gick ut den 2 juni 2027."
)


def _finding(block, summary: str, paragraphs: list[str]):
    blocks = [
        block("Beredning", "heading", level=2),
        block(REFERRED),
        block(summary, "heading", level=2),
        *(block(text) for text in paragraphs),
    ]
    analysed = analyse(blocks, REGISTER)
    (finding,) = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return finding


@pytest.mark.parametrize("summary", ["Remissammanställning", "Remissvaren", "Inkomna remissvar"])
@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("Fastighetsnämnden är i huvudsak positiv men framhåller att kostnaderna är höga.", "Fastighetsnämnden"),
        ("Fastighetsnämnden är i grunden kritisk till förslaget.", "Fastighetsnämnden"),
        ("Utbildningsnämnden ser positivt på planen men anser att skolorna borde ha fått en egen åtgärd.", None),
        ("Utbildningsnämnden såg i stort sett positivt på förslaget.", None),
        ("Utbildningsnämnden ser med oro på kostnaderna.", None),
        ("Trafiknämnden tillstyrker förslaget.", "Trafiknämnden"),
    ],
)
def test_a_summary_section_tells_of_the_referral_recounted_before(
    block, summary: str, text: str, answered: str | None
) -> None:
    name = answered or "Utbildningsnämnden"
    finding = _finding(
        block,
        summary,
        [text, "Stadsbyggnadsnämnden har inte besvarat remissen.", "AB Svenska Bostäder avstår från att yttra sig."],
    )
    assert finding.answered == [name]
    assert finding.unanswered == ["Stadsbyggnadsnämnden"]
    assert finding.declined == ["AB Svenska Bostäder"]


def test_a_body_no_referral_named_is_no_status(block) -> None:
    finding = _finding(block, "Remissammanställning", ["Kulturnämnden tillstyrker förslaget."])
    assert finding.answered == []
    assert "Kulturnämnden" not in [r.name for r in finding.referral.recipients]


@pytest.mark.parametrize(
    "sentence",
    [
        "Remisstiden gick ut den 2 juni 2027.",
        "Remisstiden löpte ut den 2 juni 2027.",
        "Remisstiden har gått ut den 2 juni 2027.",
        "Svarstiden gick ut den 2 juni 2027.",
    ],
)
def test_the_reply_time_told_as_past(sentence: str) -> None:
    from atgard.extract.dates import _ANSWERS_DUE, _REPLY_BY, as_iso

    assert _ANSWERS_DUE.search(sentence)
    found = _REPLY_BY.search(sentence)
    assert found is not None and as_iso(found) == "2027-06-02"
