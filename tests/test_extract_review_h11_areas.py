"""The review of holdout11's areas after a body: the home town and a company are never an area, also after an
outside body's short alias ("Handelskammaren Stockholm" is Stockholms Handelskammare); the alias is the last body's
only, and compared with the name casefolded and with its spacing aside."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.mentions import read_board_list
from atgard.extract.mentions.lists import with_area
from atgard.extract.referrals import extract_referrals
from atgard.extract.reports import extract_reports
from atgard.schema.contract import Recipient

REGISTER = load_register()
CHAMBER = Recipient(name="Stockholms Handelskammare", board_id="stockholms-handelskammare", kind="external")


def _recipients(block, text: str) -> list[list[tuple[str, str | None]]]:
    analysed = analyse([block(text)], REGISTER)
    found = extract_referrals(analysed, extract_reports(analysed), REGISTER)
    return [[(x.name, x.board_id) for x in r.recipients] for r in found]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # the reviewer's counter-example
        (
            "Förslaget remitteras till Handelskammaren Stockholm och Trafikverket.",
            [[("Stockholms Handelskammare", "stockholms-handelskammare"), ("Trafikverket", "trafikverket")]],
        ),
        # variants: samt, a comma, the other order, a line break, another place
        (
            "Förslaget remitteras till Trafikverket samt Handelskammaren Stockholm.",
            [[("Trafikverket", "trafikverket"), ("Stockholms Handelskammare", "stockholms-handelskammare")]],
        ),
        (
            "Förslaget remitteras till Trafikverket och Handelskammaren\nStockholm, Länsstyrelsen.",
            [
                [
                    ("Trafikverket", "trafikverket"),
                    ("Stockholms Handelskammare", "stockholms-handelskammare"),
                    ("Länsstyrelsen i Stockholms län", "lansstyrelsen-stockholm"),
                ]
            ],
        ),
        (
            "Förslaget remitteras till Handelskammaren Östergötland och Trafikverket.",
            [[("Handelskammaren Östergötland", None), ("Trafikverket", "trafikverket")]],
        ),
    ],
)
def test_an_outside_body_by_its_alias_and_a_place(block, text: str, recipients) -> None:
    assert _recipients(block, text) == recipients


@pytest.mark.parametrize(
    ("previous", "gap", "alias", "name"),
    [
        (CHAMBER, " Stockholm och", "Handelskammaren", "Stockholms Handelskammare"),
        (CHAMBER, " Östergötland samt", "Handelskammaren", "Handelskammaren Östergötland"),
        # named by its own name, in another case or spacing: no other body
        (CHAMBER, " Östergötland samt", "STOCKHOLMS  handelskammare", None),
        (CHAMBER, " Östergötland samt", "Stockholms\nHandelskammare", None),
        # a company is no area, after an alias too
        (CHAMBER, " Mälardalen AB och", "Handelskammaren", None),
        (Recipient(name="Socialnämnden", board_id="socialnamnden", kind="committee"), " Stockholm och", None, None),
        (
            Recipient(name="Socialnämnden", board_id="socialnamnden", kind="committee"),
            " Centrum – ",
            None,
            "Socialnämnden Centrum",
        ),
    ],
)
def test_with_area(previous: Recipient, gap: str, alias: str | None, name: str | None) -> None:
    found = with_area(previous, gap, alias)
    assert (found and found[0].name) == name


def test_a_board_list_takes_an_area() -> None:
    assert [r.name for r in read_board_list("Socialnämnden Centrum samt kulturnämnden", REGISTER)] == [
        "Socialnämnden Centrum",
        "Kulturnämnden",
    ]
