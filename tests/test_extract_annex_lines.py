"""A protocol's "Beslutsunderlag" set as lines of one paragraph, each ended by hand: each line is an entry of its own
(the memo, the draft answer, the boards' minutes, the report), so the report is its own line's title, not all the
lines run together. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.annex_titles import hand_broken_lines
from atgard.extract.boards import load_register
from atgard.extract.reports import extract_reports
from atgard.schema import BBox, Block, LineSpan, PageBox

REGISTER = load_register()


def _paragraph(lines: list[str], per_character: float = 4.6, top: float = 500) -> Block:
    """A paragraph of ``lines`` from x 165, each as wide as its characters: ended where its text ends."""
    spans, at = [], 0
    for n, line in enumerate(lines):
        box = BBox(x0=165, top=top + 12 * n, x1=165 + per_character * len(line), bottom=top + 10 + 12 * n)
        spans.append(LineSpan(start=at, end=at + len(line), page=1, bbox=box))
        at += len(line) + 1
    box = BBox(x0=165, top=top, x1=max(s.bbox.x1 for s in spans), bottom=spans[-1].bbox.bottom)
    return Block(kind="paragraph", text=" ".join(lines), page=1, boxes=[PageBox(page=1, bbox=box)], lines=spans)


def _titles(heading: str, lines: list[str]) -> list[tuple[str, int | None]]:
    box = [PageBox(page=1, bbox=BBox(x0=165, top=480, x1=530, bottom=492))]  # the text's right edge at 530
    blocks = [Block(kind="heading", text=heading, level=2, page=1, boxes=box), _paragraph(lines)]
    return [(r.title, r.annex_number) for r in extract_reports(analyse(blocks, REGISTER)).refs]


@pytest.mark.parametrize(
    ("heading", "lines", "title"),
    [
        (
            "Beslutsunderlag",
            [
                "Tjänsteskrivelse, hälso- och sjukvårdsförvaltningen, 2027-05-24",
                "Förslag till yttrande, 2027-05-24",
                "Hälso- och sjukvårdsnämndens protokoll 2027-05-11, § 88",
                "Betänkandet Nära vård i hela landet – glesbygdens förutsättningar (SOU 2027:18)",
            ],
            "Nära vård i hela landet – glesbygdens förutsättningar",
        ),
        (
            "Beslutsunderlag",
            [
                "Kommunstyrelsens arbetsutskotts protokoll 2027-04-20, § 61",
                "Remiss från Socialdepartementet, S2027/01234",
                "Betänkandet Framtidens primärvård (SOU 2027:5)",
            ],
            "Framtidens primärvård",
        ),
    ],
)
def test_each_line_ended_by_hand_is_an_entry_of_its_own(heading: str, lines: list[str], title: str) -> None:
    found = _titles(heading, lines)
    assert title in [t for t, _ in found]
    assert all(len(t) < 90 for t, _ in found)  # no entries run together


@pytest.mark.parametrize(
    ("lines", "entries"),
    [
        (["Missiv, 2027-03-01", "Sändlista", "Förslag till yttrande"], True),
        (["Kommissionens slutrapport om jämlik hälsa och livsvillkor i", "kommundelarna 2027"], False),  # lower case
        # the first line full: "Huddinge" fits there no more
        (["Slutrapport från kommissionen för jämlik hälsa om goda uppväxtvillkor i hela", "Huddinge"], False),
    ],
)
def test_lines_are_entries_only_when_ended_by_hand(lines: list[str], entries: bool) -> None:
    assert hand_broken_lines(_paragraph(lines), right=530) == (lines if entries else None)
