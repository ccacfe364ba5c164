"""A board's minutes in the past tense: a second decision of the same item ("Styrelsen beslöt vidare att …"),
the justerare named after "Till att … utsågs", and a minutes' title broken after the "AB" that opens a company's
name; a working committee's "Arbetsutskottet" and "nämnden" (the board it serves).
Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.committees import committee_name
from atgard.extract.deliberation import is_deciding
from atgard.extract.lead_ins import lead_in
from atgard.extract.report_headings import described_only
from atgard.extract.title import meeting_body, title_and_subtitle
from atgard.schema import BBox, Block, PageBox


@pytest.mark.parametrize(
    ("text", "decider"),
    [
        ("Styrelsen beslöt vidare att uppdra åt VD att återrapportera projektets utfall.", "Styrelsen"),
        ("Styrelsen beslutade också att förklara paragrafen omedelbart justerad.", "Styrelsen"),
        ("Nämnden beslutar dessutom att överlämna yttrandet till kommunstyrelsen.", "Nämnden"),
        ("Kommunstyrelsen beslutar därutöver att ge stadsledningskontoret i uppdrag att följa upp planen.",
         "Kommunstyrelsen"),
        ("Arbetsutskottet beslöt även att bordlägga ärendet.", "Arbetsutskottet"),
    ],
)  # fmt: skip
def test_a_second_decision_of_the_same_item_is_its_own_point(text: str, decider: str) -> None:
    assert lead_in(text) == (None, decider, True)


@pytest.mark.parametrize(
    "text",
    [
        "Nämnden har vidare beslutat att remittera ärendet.",
        "Styrelsen beslöt vidare i frågan om finansiering, som ska utredas.",
        "Kommunfullmäktige beslutade också den 3 mars att anta planen som gäller nu, vilket redovisas nedan.",
    ],
)
def test_a_recounted_or_running_decision_is_no_lead_in(text: str) -> None:
    assert lead_in(text) is None


@pytest.mark.parametrize(
    ("text", "deciding"),
    [
        ("Till att jämte ordföranden justera dagens protokoll utsågs Leila Moradi.", True),
        ("Till att jämte ordföranden justera protokollet utsågs Per Ek (M).", True),
        ("Till att justera protokollet valdes Eva Lind (S) och Omar Said (V).", True),
        ("Att jämte ordföranden justera dagens protokoll utsågs Lena Ek (S).", True),
        ("Till att börja med har nämnden beslutat att remittera ärendet.", False),
        ("Till att justera protokollet hade Per Ek (M) utsetts vid förra sammanträdet.", False),
    ],
)
def test_the_justerare_named_after_the_task(text: str, deciding: bool) -> None:
    assert is_deciding(text) is deciding


_BOX = [PageBox(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1))]


def _heading(text: str) -> Block:
    return Block(kind="heading", text=text, level=1, page=1, boxes=_BOX)


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (("Protokoll fört vid styrelsesammanträde i AB", "Familjebostäder"),
         "Protokoll fört vid styrelsesammanträde i AB Familjebostäder"),
        (("Protokoll fört vid sammanträde med styrelsen för AB", "Svenska Bostäder"),
         "Protokoll fört vid sammanträde med styrelsen för AB Svenska Bostäder"),
        (("Protokoll från styrelsemöte i AB", "Stockholmshem"), "Protokoll från styrelsemöte i AB Stockholmshem"),
        (("Protokoll fört vid sammanträde med styrelsen för Stockholms Stadshus AB", "Närvarande"),
         "Protokoll fört vid sammanträde med styrelsen för Stockholms Stadshus AB"),
    ],
)  # fmt: skip
def test_a_company_name_broken_after_ab(lines: tuple[str, str], title: str) -> None:
    assert title_and_subtitle([_heading(line) for line in lines]).title == title


def test_a_title_ending_on_ab_names_no_body() -> None:
    assert meeting_body("Protokoll fört vid styrelsesammanträde i AB") is None


@pytest.mark.parametrize(
    ("short", "committee", "meant"),
    [
        ("nämnden", "Trafik- och samhällsplaneringsnämndens arbetsutskott", "Trafik- och samhällsplaneringsnämnden"),
        ("Nämnden", "Socialnämndens individutskott", "Socialnämnden"),
        ("styrelsen", "Kommunstyrelsens arbetsutskott", "Kommunstyrelsen"),
        ("Arbetsutskottet", "Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott"),
        ("Utskottet", "Socialnämndens individutskott", "Socialnämndens individutskott"),
        ("Presidiet", "Regionstyrelsens presidium", "Regionstyrelsens presidium"),
        ("nämnden", "Kulturnämnden", None),
        ("Kommunfullmäktige", "Kommunstyrelsens arbetsutskott", None),
        ("Arbetsutskottet", "Hägersten-Älvsjö stadsdelsnämnd", None),
    ],
)  # fmt: skip
def test_a_committees_protocol_names_itself_and_its_board(short: str, committee: str, meant: str | None) -> None:
    assert committee_name(short, committee) == meant


def test_the_committee_proposes_to_its_board() -> None:
    lead = lead_in("Arbetsutskottet föreslår nämnden besluta att godkänna avtalet med Mjölby kommun.")
    assert lead is not None
    proposer, decider, own = lead
    committee = "Trafik- och samhällsplaneringsnämndens arbetsutskott"
    assert (committee_name(proposer or "", committee), committee_name(decider, committee), own) == (
        committee,
        "Trafik- och samhällsplaneringsnämnden",
        True,
    )


@pytest.mark.parametrize(
    ("title", "text", "described"),
    [
        ("regional transportplan",
         "Region Västmanland har bjudit in staden att lämna synpunkter på förslaget till Länsplan för regional "
         "transportinfrastruktur i Västmanlands län 2026–2037. Svar ska lämnas senast den 31 mars 2027.", True),
        ("regional cykelstrategi",
         "Regionstyrelsen har remitterat förslag till Regional cykelstrategi för Uppsala län 2027–2035 till "
         "kommunerna.", True),
        ("ny avfallsplan",
         "Kommunstyrelsen har skickat förslaget till Avfallsplan för Västerås 2028–2035 på remiss till nämnderna.",
         True),
        ("regional transportplan", "Regionen har remitterat planen till länets kommuner för yttrande.", False),
        ("regional transportplan",
         "Staden hänvisar till rapporten Trygg i hela staden som underlag för yttrandet.", False),
        ("Regional transportplan",
         "… synpunkter på förslaget till Länsplan för regional transportinfrastruktur 2026–2037 till regionen.", False),
    ],
)  # fmt: skip
def test_a_heading_in_lower_case_describes_the_proposal_its_text_names(title: str, text: str, described: bool) -> None:
    assert described_only(title, [text]) is described
