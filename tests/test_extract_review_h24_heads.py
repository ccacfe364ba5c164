"""Heads as municipalities and agencies publish them (holdout24): a letterhead drawn as a grid of cells ("KALMAR
KOMMUN | MISSIV" over "Kommunledningskontoret | Datum …"), an agency's name in a margin cell beside its page number
with its description broken over lines, a county misread by OCR, a row of labels over values with the addressee
under "Adress", an address with no postal line right over the title, a protocol's extract of one § whose first page
is the whole protocol's, a plan's abbreviations written with a small letter. Tables of Swedish variants written for
these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.abbreviations import glossary_of_blocks
from atgard.extract.addressee import address_block, header_box
from atgard.extract.analysis import analyse
from atgard.extract.answer_references import in_reply_to
from atgard.extract.boards import load_register
from atgard.extract.case_numbers import extract_case_number
from atgard.extract.letterhead import letterhead_office

# the body's margin where the head's rows start (x = 70)
TITLE = lines_block(
    "Yttrande över förslag till Friluftsplan för Kalmar kommun 2028–2035", kind="heading", x0=70, level=1
)
TEXT = lines_block("Nämnden har fått förslaget på remiss och lämnar följande yttrande över planen.", x0=70)


def _row(*cells: str, top: float = 35) -> object:
    return table_row(*cells, top=top, height=30, pitch=170, width=160)


@pytest.mark.parametrize(
    ("head", "office"),
    [
        (["KALMAR KOMMUN", "MISSIV"], "Kommunledningskontoret"),
        (["HALMSTADS KOMMUN", "TJÄNSTESKRIVELSE"], "Kommunledningskontoret"),
        (["KALMAR KOMMUN", "YTTRANDE"], "Kultur- och fritidsnämnden"),
    ],
)
def test_an_office_in_the_first_cell_under_a_municipality_in_capitals(head, office) -> None:
    under = "Kultur- och fritidsnämnden" if head[1] == "YTTRANDE" else "Kommunledningskontoret"
    blocks = [_row(*head), _row(under, "Datum\nDnr", "2027-06-14\nKS 2027/0463", top=70), TITLE, TEXT]
    assert letterhead_office(blocks) == office


@pytest.mark.parametrize(
    ("cell", "office"),
    [
        ("Boverket\nMyndigheten för\nsamhällsplanering, byggande\noch boende", "Boverket"),
        (
            "SMHI\nSveriges meteorologiska\noch hydrologiska institut",
            "Sveriges meteorologiska och hydrologiska institut",
        ),
        ("Länsstyrelsen\nVästra Götalånds län", "Länsstyrelsen i Västra Götalands län"),  # OCR's "å" for "a"
        ("Länsstyrelsen\nSkane län", "Länsstyrelsen i Skåne län"),
    ],
)
@pytest.mark.parametrize(("type_row", "page"), [(("REMISSVAR",), "Sida 1 (2)"), (("N", "YTTRANDE"), "sida 1 (1)")])
def test_an_agency_in_a_margin_cell_beside_its_page_number(cell, office, type_row, page) -> None:
    said = lines_block("Myndigheten har tagit del av betänkandet och lämnar följande synpunkter.")
    blocks = [_row(*type_row, top=20), _row(cell, page, top=40), TITLE, said]
    assert letterhead_office(blocks) == office


@pytest.mark.parametrize(
    ("values", "addressee", "date"),
    [
        (
            (
                "2027-09-22",
                "Landsbygds- och\ninfrastrukturdepartementet\nli.remissvar@regeringskansliet.se",
                "STK-1123",
            ),
            "Landsbygds- och infrastrukturdepartementet",
            "2027-09-22",
        ),
        (
            ("2027-10-01", "Kommunstyrelsen\nkommunstyrelsen@kalmar.se", "SBN 2027/1187"),
            "Kommunstyrelsen",
            "2027-10-01",
        ),
    ],
)
def test_a_row_of_labels_with_the_address_under_adress(values, addressee, date) -> None:
    blocks = [_row("Datum", "Adress", "Diarienummer"), _row(*values, top=70), TITLE, TEXT]
    assert header_box(blocks).date == date
    assert (header_box(blocks).addressee or address_block(blocks)) == addressee


@pytest.mark.parametrize(
    ("lines", "addressee"),
    [
        (["Kommunstyrelsen", "Kalmar kommun"], "Kommunstyrelsen"),
        (["Samhällsbyggnadsnämnden", "Halmstads kommun"], "Samhällsbyggnadsnämnden"),
        (["Regionstyrelsen", "Region Kalmar län"], "Regionstyrelsen"),
        (["Kommunstyrelsen"], None),  # a board alone over the title: no address
        (["Handläggare Eva Ek", "Kalmar kommun"], None),
    ],
)
def test_an_address_with_no_postal_line_right_over_the_title(lines, addressee) -> None:
    blocks = [_row("KALMAR KOMMUN", "YTTRANDE"), *(lines_block(line) for line in lines), TITLE, TEXT]
    assert address_block(blocks) == addressee


def test_an_extract_of_one_paragraph_takes_its_case_number() -> None:
    attendance = lines_block("Närvarande ledamöter: Ulrika Sandell (S), ordförande")
    paragraph = lines_block("§ 87 Yttrande över betänkandet Nära vård i hela landet (SOU 2027:31)", kind="heading")
    dnr = lines_block("Dnr RD27/01187")
    assert extract_case_number([attendance, paragraph, dnr, TEXT]) == "RD27/01187"
    other = lines_block("§ 88 Val av justerare", kind="heading")
    assert extract_case_number([attendance, paragraph, dnr, other, TEXT]) is None


@pytest.mark.parametrize(
    ("shorts", "longs", "explained"),
    [
        ("KS\nKHem\nKVAB", "Kommunstyrelsen\nKalmarhem AB\nKalmar Vatten AB", {"KHem": "Kalmarhem AB"}),
        ("SBN\nSBem", "Samhällsbyggnadsnämnden\nStadsbyggnadsförvaltningen", {"SBem": "Stadsbyggnadsförvaltningen"}),
    ],
)
def test_an_abbreviation_with_a_small_letter_is_explained(shorts, longs, explained) -> None:
    found = glossary_of_blocks([_row(shorts, longs, top=400)])
    assert {short: found[short] for short in explained} == explained


@pytest.mark.parametrize(
    ("cell", "addressee"),
    [
        ("2027-09-24\nLandsbygds- och\ninfrastrukturdepartementet", "Landsbygds- och infrastrukturdepartementet"),
        ("2027-09-24\nFinansdepartementet", "Finansdepartementet"),
        ("2027-09-24\nSida 1 (2)", None),
        ("Finansdepartementet\n2027-09-24", None),
    ],
)
def test_a_body_under_the_date_beside_the_references(cell, addressee) -> None:
    blocks = [_row("Vårt dnr: 27/01377\nErt dnr: Fi2027/01842", cell), TITLE, TEXT]
    assert address_block(blocks) == addressee


@pytest.mark.parametrize(
    ("lines", "referrer"),
    [
        (["Dnr SBN 2027/1187", "KS 2027/0463"], "KS 2027/0463"),  # the referrer's number under the item's own
        (["Diarienummer: KFN 2027/0214", "KS-2027-0463"], "KS-2027-0463"),
        (["Dnr SBN 2027/1187", "SBN 2027/1188"], None),  # the same registry: the item's own two
        (["Dnr SBN 2027/1187"], None),
    ],
)
def test_a_referrers_number_under_the_items_own(block, lines, referrer) -> None:
    items = [block("§ 143 Yttrande över remiss – Förslag till Friluftsplan", "heading", None, 2), *map(block, lines)]
    items.append(block("Samhällsbyggnadsnämnden beslutar att lämna yttrandet till kommunstyrelsen."))
    assert (
        in_reply_to(analyse(items, load_register()), [], lines[0].split()[-2] + " " + lines[0].split()[-1]) == referrer
    )


@pytest.mark.parametrize(
    "line",
    ["Remiss från kommunstyrelsen 2027-06-14, KS 2027/0463", "Remiss från Kommunstyrelsen, KS 2027/0463"],
)
def test_a_remiss_line_of_the_decision_papers_gives_the_referrers_number(block, line) -> None:
    items = [block("Beslutsunderlag", "heading", None, 3), block(line)]
    assert in_reply_to(analyse(items, load_register()), [], "SBN 2027/1187", items=False) == "KS 2027/0463"
