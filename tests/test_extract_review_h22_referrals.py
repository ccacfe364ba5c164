"""A county board's remiss and a municipality's remiss memo (holdout22): the bodies an active verb asks after an
adverb ("ger härmed er möjlighet"), the missive's "you" filled from a sändlista set one body a line, opinions wished
from bodies ("Särskilt önskas synpunkter från" over one item a group, each with its measures), a body's regional
division beside it, a body asked to report its own conditions by its noun ("nämndens förutsättningar"). Tables of
Swedish variants written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports
from atgard.schema import BBox, Block, LineSpan, PageBox

REGISTER = load_register()
MakeBlock = Callable[..., Block]


def _referrals(blocks: list[Block]) -> list[tuple[str, list[str], list[str]]]:
    analysed = analyse(blocks, REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return [(f.referral.action, [r.name for r in f.referral.recipients], f.referral.measure_codes) for f in found]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Kommunstyrelsen ger härmed kulturnämnden tillfälle att yttra sig över förslaget.", ["Kulturnämnden"]),
        ("Kommunstyrelsen ger också idrottsnämnden möjlighet att yttra sig.", ["Idrottsnämnden"]),
        (
            "Kommunstyrelsen bereder därmed kulturnämnden och idrottsnämnden tillfälle att yttra sig över planen.",
            ["Kulturnämnden", "Idrottsnämnden"],
        ),
        ("Länsstyrelsen ger härmed Trafikverket möjlighet att lämna synpunkter på förslaget.", ["Trafikverket"]),
    ],
)
def test_an_adverb_between_the_verb_and_the_bodies_it_asks(block: MakeBlock, text: str, bodies: list[str]) -> None:
    assert _referrals([block(text)]) == [("opinion", bodies, [])]


SANDLISTA = [
    "Bilaga 2 till remiss 709-4521-2027",
    "Samtliga kommuner i Skåne län",
    "Region Skåne",
    "Polismyndigheten, Polisregion Syd",
    "Kriminalvården, Region Syd",
    "Tullverket",
]


def _lines(lines: list[str], top: float) -> Block:
    """A paragraph of lines on page 2, one under the other from ``top``."""
    text, spans, at = " ".join(lines), [], 0
    for n, line in enumerate(lines):
        box = BBox(x0=70, top=top + 14 * n, x1=70 + 6 * len(line), bottom=top + 11 + 14 * n)
        spans.append(LineSpan(start=at, end=at + len(line), page=2, bbox=box))
        at += len(line) + 1
    frame = PageBox(page=2, bbox=BBox(x0=70, top=top, x1=300, bottom=top + 11 + 14 * len(lines)))
    return Block(kind="paragraph", text=text, page=2, boxes=[frame], lines=spans)


def _sandlista(block: MakeBlock, heading: str) -> list[Block]:
    copies = _lines(["För kännedom:", "Länsstyrelsen i Hallands län", "Socialdepartementet"], 100 + 14 * len(SANDLISTA))
    return [block(heading, kind="heading", level=2, page=2), _lines(SANDLISTA, 100), copies]


@pytest.mark.parametrize(
    "missive",
    [
        "Länsstyrelsen ger härmed er möjlighet att lämna synpunkter på förslaget.",
        "Ni ges härmed tillfälle att yttra er över förslaget.",
        "Förslaget remitteras till de instanser som anges i sändlistan.",
    ],
)
@pytest.mark.parametrize("heading", ["Sändlista", "SÄNDLISTA", "Bilaga 2 – Sändlista"])
def test_a_sandlista_one_body_a_line_fills_the_missives_you(block: MakeBlock, missive: str, heading: str) -> None:
    (found,) = _referrals([block(missive), *_sandlista(block, heading)])
    assert found[1] == [
        "Samtliga kommuner i Skåne län",
        "Region Skåne",
        "Polismyndigheten, Polisregion Syd",
        "Kriminalvården, Region Syd",
        "Tullverket",
    ]


def test_a_list_one_body_a_line_no_sentence_points_to_is_no_referral(block: MakeBlock) -> None:
    """A decision's distribution list is set the same way: only a sentence that points to it makes it the remiss's."""
    assert _referrals(_sandlista(block, "Sändlista")) == []


@pytest.mark.parametrize(
    "lead", ["Särskilt önskas synpunkter från", "Synpunkter önskas särskilt från", "Yttrande begärs särskilt från"]
)
def test_opinions_wished_from_groups_each_on_its_measures(block: MakeBlock, lead: str) -> None:
    blocks = [
        block(lead),
        block("Folkhälsomyndigheten och Socialstyrelsen på åtgärd 1–4,", kind="list_item", marker="-"),
        block("Region Skåne på åtgärderna 3, 9 och 12,", kind="list_item", marker="-"),
        block("RF-SISU Skåne respektive Skånes Stadsmission om åtgärd 10 och 11.", kind="list_item", marker="-"),
    ]
    assert _referrals(blocks) == [
        ("opinion", ["Folkhälsomyndigheten", "Socialstyrelsen"], ["1", "2", "3", "4"]),
        ("opinion", ["Region Skåne"], ["3", "9", "12"]),
        ("opinion", ["RF-SISU Skåne", "Skånes Stadsmission"], ["10", "11"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Särskilt önskas synpunkter från Folkhälsomyndigheten och Socialstyrelsen på åtgärd 1–4.",
        "Synpunkter önskas från Folkhälsomyndigheten och Socialstyrelsen på åtgärd 1–4.",
    ],
)
def test_opinions_wished_in_one_sentence(block: MakeBlock, text: str) -> None:
    ((action, bodies, _),) = _referrals([block(text)])
    assert (action, bodies) == ("opinion", ["Folkhälsomyndigheten", "Socialstyrelsen"])


@pytest.mark.parametrize("text", ["Nämnden önskar att förvaltningen återkommer.", "Vi önskar er en god jul."])
def test_a_wish_that_asks_no_body_is_no_referral(block: MakeBlock, text: str) -> None:
    assert _referrals([block(text)]) == []


@pytest.mark.parametrize(
    "division", ["lokalpolisområde Linköping", "Polisregion Öst", "polisområde Östergötland", "region Syd"]
)
def test_a_bodys_division_between_commas_is_part_of_it(block: MakeBlock, division: str) -> None:
    text = f"Utanför kommunen ges Polismyndigheten, {division}, och Region Östergötland tillfälle att yttra sig."
    assert _referrals([block(text)]) == [("opinion", ["Polismyndigheten", "Region Östergötland"], [])]


@pytest.mark.parametrize("owner", ["sina", "nämndens", "bolagets", "styrelsens"])
def test_asked_to_report_its_own_conditions_by_its_noun(block: MakeBlock, owner: str) -> None:
    text = f"Utbildningsnämnden ska redovisa {owner} förutsättningar att genomföra åtgärderna B2 och B4."
    assert _referrals([block(text)]) == [("implementation", ["Utbildningsnämnden"], ["B2", "B4"])]


def _ranked(blocks: list[Block]) -> list[tuple[str | None, list[str]]]:
    analysed = analyse(blocks, REGISTER)
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    return [(f.referral.priority, [r.name for r in f.referral.recipients]) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Förslaget skickas på remiss i första hand till kulturnämnden och idrottsnämnden samt därutöver till "
        "trafiknämnden och Trafikverket.",
        "Förslaget remitteras i första hand till kulturnämnden och idrottsnämnden och även till trafiknämnden och "
        "Trafikverket.",
        "Förslaget skickas på remiss till de instanser som anges i kontorets tjänsteskrivelse, dvs. i första hand till "
        "kulturnämnden och idrottsnämnden samt dessutom till trafiknämnden och Trafikverket.",
    ],
)
def test_bodies_asked_first_and_those_asked_besides(block: MakeBlock, text: str) -> None:
    assert _ranked([block(text)]) == [
        ("primary", ["Kulturnämnden", "Idrottsnämnden"]),
        (None, ["Trafiknämnden", "Trafikverket"]),
    ]


def test_bodies_all_asked_first(block: MakeBlock) -> None:
    text = "Förslaget remitteras i första hand till kulturnämnden, idrottsnämnden samt trafiknämnden."
    assert _ranked([block(text)]) == [("primary", ["Kulturnämnden", "Idrottsnämnden", "Trafiknämnden"])]
