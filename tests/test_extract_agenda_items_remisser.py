"""A board's agenda that tells each remiss under its item: the item's report stays the matter of the sub-headings
under it ("5. Remiss – Region Skånes förslag till Regional plan …" / "Sammanfattning" / "… överlämnat remissen
till skol- och fritidsnämnden"), and the board's own deadline told after the remiss dates it, not the recipients'
date of another item before it. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_items import made_referral

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.dates import with_reply_dates
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports
from atgard.schema import BBox, Block, LineSpan, PageBox

REGISTER = load_register()


def _block(text: str, top: float, kind: str = "paragraph", level: int | None = None) -> Block:
    box = BBox(x0=70, top=top, x1=520, bottom=top + 10)
    return Block(
        kind=kind,  # type: ignore[arg-type]
        text=text,
        level=level,
        page=1,
        boxes=[PageBox(page=1, bbox=box)],
        lines=[LineSpan(start=0, end=len(text), page=1, bbox=box)],
    )


ITEM = "5. Remiss – Region Skånes förslag till Regional plan för simkunnighet och badsäkerhet i Skåne 2028–2032"
TOLD = (
    "Region Skåne har skickat förslaget till Regional plan för simkunnighet och badsäkerhet i Skåne 2028–2032 på "
    "remiss till länets kommuner."
)


@pytest.mark.parametrize("sub", ["Sammanfattning", "Ärendet", "Bakgrund"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunstyrelsen har i sin tur överlämnat remissen till skol- och fritidsnämnden för beredning av ett svar.",
        "Kommunstyrelsen har därefter lämnat över remissen till skol- och fritidsnämnden.",
    ],
)
def test_a_remiss_told_under_a_sub_heading_is_the_items_report(sub: str, sentence: str) -> None:
    blocks = [_block(ITEM, 100, "heading", 2), _block(sub, 130, "heading", 3), _block(TOLD, 150), _block(sentence, 170)]
    analysed = analyse(blocks, REGISTER)
    found = [f.referral for f in referral_findings(analysed, extract_reports(analysed), REGISTER)]
    assert [(r.report_title, [x.name for x in r.recipients]) for r in found] == [
        ("Regional plan för simkunnighet och badsäkerhet i Skåne 2028–2032", ["Skol- och fritidsnämnden"])
    ]


@pytest.mark.parametrize(
    "own",
    [
        "Nämndens svar ska vara kommunstyrelsen tillhanda senast den 12 maj 2027.",
        "Nämndens yttrande ska ha kommit in till kommunstyrelsen senast den 12 maj 2027.",
    ],
)
def test_the_boards_own_deadline_after_the_remiss_dates_it(own: str) -> None:
    blocks = [
        _block("Svar ska ha kommit in till kommunstyrelsen senast den 9 april 2027.", 100),
        _block("Kommunstyrelsen har överlämnat remissen till skol- och fritidsnämnden.", 300),
        _block(own, 320),
    ]
    referral = made_referral(blocks[1].text, "Skol- och fritidsnämnden").model_copy(
        update={"bbox": blocks[1].boxes[0].bbox, "page": 1}
    )
    (dated,) = with_reply_dates([referral], analyse(blocks, REGISTER))
    assert dated.reply_by == "2027-05-12"
