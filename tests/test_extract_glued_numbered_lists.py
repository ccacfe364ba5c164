"""A ministry's numbered remiss list whose later numbers stand glued to their names ("10.Boverket"), so that the
reader takes them for the lines of the item before; an entry of two names and no joint where one is no body known
("Hyresgästföreningen Riksförbundet"); and a heading's report after its series number ("SOU 2027:31 X")."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.reports import extract_reports
from atgard.schema import BBox, Block, LineSpan, PageBox
from tests.found_referrals import REGISTER, recipient_names


def _item(lines: list[str], marker: str) -> Block:
    """A list item of several lines, as the reader gives one it read on into the next items."""
    text, spans = "", []
    for n, line in enumerate(lines):
        start = len(text) + (1 if text else 0)
        text = f"{text} {line}" if text else line
        box = BBox(x0=70, top=100 + 14 * n, x1=300, bottom=110 + 14 * n)
        spans.append(LineSpan(start=start, end=start + len(line), page=1, bbox=box))
    box = BBox(x0=70, top=100, x1=300, bottom=110 + 14 * len(lines))
    return Block(kind="list_item", text=text, marker=marker, page=1, boxes=[PageBox(page=1, bbox=box)], lines=spans)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Myndigheten för delaktighet", "10. Boverket", "11. Lantmäteriet", "12. Region Norrbotten"],
            ["Myndigheten för delaktighet", "Boverket", "Lantmäteriet", "Region Norrbotten"],
        ),
        (
            ["Statskontoret", "10.Boverket", "11.Länsstyrelsen i Västra", "Götalands län", "12) Umeå kommun"],
            ["Statskontoret", "Boverket", "Länsstyrelsen i Västra Götalands län", "Umeå kommun"],
        ),
        # one entry over two lines, no number after its first: one body
        (["Länsstyrelsen i Västra", "Götalands län"], ["Länsstyrelsen i Västra Götalands län"]),
    ],
)
def test_numbers_glued_to_the_names_read_on(block, lines, expected):
    blocks = [block("Remissinstanser", kind="heading", level=2), _item(["Trafikverket"], "1."), _item(lines, "2.")]
    assert recipient_names(blocks) == [["Trafikverket", *expected]]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Hyresgästföreningen Riksförbundet", ["Hyresgästföreningen Riksförbundet"]),
        ("Kulturnämnden och idrottsnämnden", ["Kulturnämnden", "Idrottsnämnden"]),
        ("Trafikverket", ["Trafikverket"]),
    ],
)
def test_two_names_without_a_joint_one_name(block, entry, expected):
    blocks = [block("Remissinstanser", kind="heading", level=2), block("Boverket", kind="list_item", marker="1.")]
    blocks.append(block(entry, kind="list_item", marker="2."))
    assert recipient_names(blocks) == [["Boverket", *expected]]


@pytest.mark.parametrize(
    ("heading", "title", "year"),
    [
        (
            "Remiss av betänkandet SOU 2027:31 Bostäder för ett tryggt åldrande",
            "Bostäder för ett tryggt åldrande",
            2027,
        ),
        ("Remiss av promemorian Ds 2026:4 Enklare regler för bygglov", "Enklare regler för bygglov", 2026),
        (
            "Remiss av betänkandet Bostäder för ett tryggt åldrande (SOU 2027:31)",
            "Bostäder för ett tryggt åldrande",
            2027,
        ),
    ],
)
def test_a_heading_series_number_before_the_title(block, heading, title, year):
    analysed = analyse([block(heading, kind="heading", level=1)], REGISTER)
    reports = extract_reports(analysed)
    assert [(r.title, r.year) for r in reports.refs] == [(title, year)]


@pytest.mark.parametrize(
    ("heading", "text", "expected"),
    [
        ("Regeringens beslut", "Boverket ska också inhämta synpunkter från Sveriges Kommuner och Regioner.", []),
        ("Uppdraget", "Myndigheten ska även hämta in synpunkter från Socialstyrelsen och Boverket.", []),
        ("Bakgrund", "Inom ramen för uppdraget ska Boverket inhämta synpunkter från Lantmäteriet.", []),
        # a remiss passed on, no task: a referral
        (
            "Ärendet",
            "Stockholms Stadshus AB bör i sin tur inhämta synpunkter från Skolfastigheter i Stockholm AB.",
            [["Skolfastigheter i Stockholm AB"]],
        ),
    ],
)
def test_views_the_one_given_a_task_gathers(block, heading, text, expected):
    assert recipient_names([block(heading, kind="heading", level=2), block(text)]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yttrandet har beretts efter remiss inom staden till äldrenämnden och socialnämnden samt till Stockholms "
            "Stadshus AB, som har inhämtat synpunkter från AB Familjebostäder och Micasa Fastigheter i Stockholm AB.",
            [["Äldrenämnden", "Socialnämnden", "Stockholms Stadshus AB"]],
        ),
        (
            "Ärendet har beretts efter remiss till kulturnämnden respektive idrottsnämnden.",
            [["Kulturnämnden", "Idrottsnämnden"]],
        ),
        (
            "Yttrandet har beretts efter remiss internt till stadsbyggnadsnämnden, som i sin tur har inhämtat "
            "synpunkter från Stockholm Vatten och Avfall AB.",
            [["Stadsbyggnadsnämnden"]],
        ),
        # no remiss: the remiss period
        ("Efter remisstiden till den 5 mars har nämnden beslutat.", []),
    ],
)
def test_prepared_after_a_remiss_within_the_town(block, text, expected):
    assert recipient_names([block(text)]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stadsmiljönämnden fick därutöver yttra sig om de åtgärder där nämnden är ansvarig.", [["Stadsmiljönämnden"]]),
        ("Idrottsnämnden har också fått lämna synpunkter på förslaget.", [["Idrottsnämnden"]]),
        # a plan, no remiss made
        ("Innan planen antas behöver de nämnder som förvaltar platserna få yttra sig.", []),
        ("Han föreslog att dotterbolagen får yttra sig innan svaret tas fram.", []),
    ],
)
def test_allowed_to_answer_told_as_done(block, text, expected):
    assert recipient_names([block(text)]) == expected
