"""An agency's or an association's letterhead read as one row beside the addressee or the document's type: a unit
named with its region's place under the agency's name is no office ("TRAFIKVERKET" / "Region Stockholm" /
"Samhälle Stockholm"), and a sender's column that starts a little before the page's middle, dated on a line of its
own under its own reference ("Vårt dnr 27/01256"), is the letterhead. Tables of Swedish variants written for these
tests."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.letterhead import letterhead_office
from atgard.schema import BBox, Block, LineSpan, PageBox


def _paragraph(text: str) -> Block:
    """A body paragraph across the text's width (65 to 530)."""
    box = BBox(x0=65, top=300, x1=530, bottom=312)
    span = LineSpan(start=0, end=len(text), page=1, bbox=box)
    return Block(kind="paragraph", text=text, page=1, boxes=[PageBox(page=1, bbox=box)], lines=[span])


BODY = _paragraph("Myndigheten har fått förslaget på remiss och lämnar härmed sitt yttrande över planen till staden.")


def _row(left: str, right: str, pitch: float) -> Block:
    return table_row(left, right, top=35, height=60, pitch=pitch, width=230)


@pytest.mark.parametrize(
    ("left", "right", "office"),
    [
        pytest.param(
            "YTTRANDE\nDatum 2027-11-02", "TRAFIKVERKET\nRegion Väst\nPlanering Väst", "Trafikverket", id="planning"
        ),
        pytest.param("REMISSVAR\n2027-05-14", "TRAFIKVERKET\nRegion Mitt\nUnderhåll Mitt", "Trafikverket", id="upkeep"),
        pytest.param("YTTRANDE\n2027-05-14", "TRAFIKVERKET\nInvestering Syd", "Trafikverket", id="a quarter"),
        pytest.param(
            "YTTRANDE\n2027-05-14",
            "STOCKHOLM PARKERING\nStockholm Parkering",
            "Stockholm Parkering",
            id="a company's name of two words: no unit",
        ),
        pytest.param(
            "YTTRANDE\n2027-05-14",
            "TRAFIKVERKET\nRegion Stockholm\nStockholms hamn",
            "Stockholms hamn",
            id="no field of work before the place: the line names its own",
        ),
    ],
)
def test_a_unit_named_with_its_regions_place_is_no_office(left: str, right: str, office: str) -> None:
    assert letterhead_office([_row(left, right, pitch=300), BODY]) == office


@pytest.mark.parametrize(
    ("left", "right", "office"),
    [
        pytest.param(
            "Socialdepartementet\nEnheten för kommunal ekonomi",
            "Sveriges Kommuner och Regioner\nFörbundsstyrelsen\nVårt dnr 27/00412\nErt dnr S2027/01120\n2027-09-30",
            "Sveriges Kommuner och Regioner",
            id="an association under its board, its own number and the date",
        ),
        pytest.param(
            "Kommunstyrelsen\nregistrator@nacka.se",
            "Länsstyrelsen i Stockholms län\nVårt diarienummer 501-2211-2027\n2027-03-01",
            "Länsstyrelsen i Stockholms län",
            id="an agency's own number by 'Vårt diarienummer'",
        ),
        pytest.param(
            "Kommunstyrelsen\nregistrator@nacka.se",
            "Finansdepartementet\nErt dnr Fi2027/0042\n2027-03-01",
            None,
            id="the receiver's number only: an addressee's column",
        ),
    ],
)
def test_a_senders_column_starting_before_the_middle(left: str, right: str, office: str | None) -> None:
    assert letterhead_office([_row(left, right, pitch=220), BODY]) == office
