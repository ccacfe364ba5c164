"""The PDF reader on real documents: the seed memo and a constructed remiss answer."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from atgard.extract.header import header_fields
from atgard.extract.read.pdf import read_pdf
from atgard.schema import BBox, Block, ReadDocument

TITLES = {
    "dold": "Dold potential – hinder och möjligheter för unga stockholmares etablering på arbetsmarknaden",
    "mandat": "Medborgare med mandat – dialog och delaktighet i Stockholms stad",
    "staden": "Staden där vi möts – arkitektur och kultur i det offentliga rummet",
    "skolan": "Den lärande skolan",
}


def _items(document: ReadDocument, marker: str | None = None) -> list[Block]:
    return [b for b in document.blocks if b.kind == "list_item" and (marker is None or b.marker == marker)]


def _after_heading(document: ReadDocument, heading: str) -> list[Block]:
    """The blocks between a heading and the next heading."""
    index = next(i for i, b in enumerate(document.blocks) if b.kind == "heading" and b.text == heading)
    following = []
    for block in document.blocks[index + 1 :]:
        if block.kind == "heading":
            break
        following.append(block)
    return following


def _block_with(document: ReadDocument, sentence: str) -> Block:
    found = [b for b in document.blocks if sentence in b.text]
    assert len(found) == 1, f"{sentence!r} is in {len(found)} blocks"
    return found[0]


def test_seed_headings_with_levels(seed: ReadDocument) -> None:
    assert [(b.level, b.text) for b in seed.blocks if b.kind == "heading"] == [
        (1, "Kommissionen för ett socialt hållbart Stockholm"),
        (2, "Lägesrapport av hållbarhetskommisionens arbete"),
        (2, "Stadsledningskontorets förslag till beslut"),
        (2, "Sammanfattning"),
        (2, "Bakgrund"),
        (2, "Ärendets beredning"),
        (2, "Ärendet"),
        (3, "Fokus på unga som varken arbetar eller studerar"),
        (3, "Jämlika dialogprocesser"),
        (3, "Omsorg om ytterstadens offentliga rum"),
        (3, "En hållbar skola"),
        (2, "Stadsledningskontorets synpunkter och förslag"),
        (2, "Bilagor"),
    ]


def test_seed_referral_list_has_six_whole_bullet_items(seed: ReadDocument) -> None:
    bullets = _items(seed, "•")
    assert [b.text for b in bullets] == [
        "Samtliga nämnder och bolagsstyrelser ska redovisa sina förutsättningar för genomförande av åtgärderna "
        f"A2.3.1, A.2.3.2 och A.2.3.3 i rapporten {TITLES['dold']}.",
        f"Synpunkter på hela rapporten {TITLES['dold']} ges i första hand av arbetsmarknadsnämnden, "
        "socialnämnden, utbildningsnämnden och samtliga stadsdelsnämnder.",
        "Stockholm Business Region ska även redovisa sina förutsättningar för genomförande av åtgärderna "
        f"A2.1.1 och A2.4.4 i rapporten {TITLES['dold']}.",
        f"Synpunkter på hela rapporten {TITLES['mandat']} ska i första hand ges av trafiknämnden, "
        "exploateringsnämnden, stadsbyggnadsnämnden, kulturnämnden, idrottsnämnden, samtliga stadsdelsnämnder "
        "och AB Stockholmshem, AB Svenska bostäder och AB Familjebostäder, och därutöver de nämnder och "
        "bolagsstyrelser som fram till 2018 avser att genomföra medborgardialoger.",
        f"Synpunkter på rapporten {TITLES['staden']} ska i första hand ges av exploateringsnämnden, "
        "stadsbyggnadsnämnden, trafiknämnden, kulturnämnden, idrottsnämnden, fastighetsnämnden, samtliga "
        "stadsdelsnämnder och Skolfastigheter i Stockholm AB, AB Stockholmshem, AB Svenska bostäder, "
        "AB Familjebostäder och Micasa fastigheter i Stockholm AB.",
        f"Synpunkter på rapporten {TITLES['skolan']} ska ges av utbildningsnämnden.",
    ]
    assert {b.page for b in bullets} == {10}


def test_seed_decision_points_are_two_numbered_items(seed: ReadDocument) -> None:
    section = _after_heading(seed, "Stadsledningskontorets förslag till beslut")
    assert [(b.kind, b.marker, b.text) for b in section if b.kind == "list_item"] == [
        (
            "list_item",
            "1.",
            "Kommunstyrelsen ska beakta hållbarhetskommisionens rapporter i upprättande av förslag till budget "
            "för 2018.",
        ),
        ("list_item", "2.", "Lägesrapporten av hållbarhetskommisionens arbete godkänns."),
    ]
    assert section[0].text == "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."


def test_seed_bilagor_heading_on_page_10_and_its_list_on_page_11(seed: ReadDocument) -> None:
    heading = next(b for b in seed.blocks if b.kind == "heading" and b.text == "Bilagor")
    assert heading.page == 10
    annexes = _after_heading(seed, "Bilagor")
    assert [(b.page, b.marker, b.text) for b in annexes] == [
        (11, "1.", f"{TITLES['mandat']} (2016)"),
        (11, "2.", f"{TITLES['dold']} (2016)"),
        (11, "3.", f"{TITLES['staden']} (2016)"),
        (11, "4.", f"{TITLES['skolan']} (2016)"),
    ]


def test_seed_has_no_running_header_or_footer_text(seed: ReadDocument) -> None:
    furniture = [
        re.compile(r"Sida \d+ \(\d+\)"),
        re.compile(r"Ragnar Östbergs plan"),
        re.compile(r"105 35 Stockholm"),
        re.compile(r"Växel 08-508"),
        re.compile(r"start\.stockholm"),
        re.compile(r"^(Staben|Tjänsteutlåtande|Stadsledningskontoret)$"),
    ]
    for block in seed.blocks:
        for pattern in furniture:
            assert not pattern.search(block.text), f"furniture {pattern.pattern!r} in block on page {block.page}"


def test_seed_header_fields(seed: ReadDocument) -> None:
    header = header_fields(seed)
    assert (header.office, header.unit, header.document_type, header.page_count) == (
        "Stadsledningskontoret",
        "Staben",
        "Tjänsteutlåtande",
        11,
    )
    assert header.diarienummer is None
    assert seed.page_count == 11


@pytest.mark.parametrize(
    ("sentence", "pages"),
    [
        (
            "Riktade investeringar i dessa områdets offentliga miljöer förväntas bidra både till ökad trygghet "
            "och trivsel, samt till ökade exploateringsmöjligheter och bättre markutnyttjande på sikt.",
            [7, 8],
        ),
        (
            "Det innebär att de fördjupningsrapporter med förslag till åtgärder som kommissionen tar fram ska "
            "remitteras till berörda nämnder och bolagsstyrelser, och att kommunstyrelsen i upprättandet av "
            "budget beaktar såväl kommissionens förslag till åtgärder som synpunkter på dessa från berörda "
            "nämnder och bolagsstyrelser.",
            [9, 10],
        ),
    ],
)
def test_seed_paragraph_across_page_break_is_one_block(seed: ReadDocument, sentence: str, pages: list[int]) -> None:
    block = _block_with(seed, sentence)
    assert block.kind == "paragraph"
    assert [box.page for box in block.boxes] == pages


def test_locate_a_sentence_across_the_page_break(seed: ReadDocument) -> None:
    sentence = "Riktade investeringar i dessa områdets offentliga miljöer"
    block = _block_with(seed, sentence)
    start = block.text.index(sentence)
    end = block.text.index("på sikt.", start) + len("på sikt.")
    boxes = block.locate(start, end)
    assert [box.page for box in boxes] == [7, 8]
    assert boxes[0].bbox.top > 700 and boxes[1].bbox.bottom < 90  # the foot of page 7, the head of page 8
    first_sentence = block.locate(0, 10)
    assert [box.page for box in first_sentence] == [7] and first_sentence[0].bbox.bottom < 705


def test_seed_italic_runs_are_exactly_the_report_titles(seed: ReadDocument) -> None:
    italics = [text for block in seed.blocks for text in block.styled("italic")]
    assert italics == [
        "Skillnadernas Stockholm",
        TITLES["dold"].replace("–", "-"),  # the memo writes this one with a hyphen
        "Skillnadernas Stockholm",
        TITLES["mandat"],
        TITLES["staden"],
        TITLES["skolan"],
        "En skola där alla ska lyckas",
        "En skola där alla ska lyckas",
        TITLES["dold"],
        TITLES["dold"],
        TITLES["dold"],
        TITLES["mandat"],
        TITLES["staden"],
        TITLES["skolan"],
    ]


def test_seed_side_by_side_boxes_are_cells(seed: ReadDocument) -> None:
    rows = [b for b in seed.blocks if b.kind == "table_row"]
    assert [[cell.text for cell in row.cells] for row in rows] == [
        ["Handläggare\nPaul Alarcon\nTelefon: +46 76-12 29 257", "Till\nKommunstyrelsen"],
        ["Ingela Lindh\nStadsdirektör", "Sverker Henriksson\nAvdelningschef"],
    ]
    left, right = rows[1].cells
    assert left.bbox.x1 < right.bbox.x0


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _words_in_box(pdf: pdfplumber.PDF, page: int, bbox: BBox) -> list[str]:
    region = pdf.pages[page - 1].crop((bbox.x0 - 1, bbox.top - 1, bbox.x1 + 1, bbox.bottom + 1))
    return _words(region.extract_text())


@pytest.mark.slow
@pytest.mark.parametrize("name", ["seed-lagesrapport.pdf", "dold-potential-atgarder.pdf"])
def test_every_box_is_inside_its_page_and_holds_the_block_text(examples: Path, name: str) -> None:
    document = read_pdf(examples / name)
    with pdfplumber.open(examples / name) as pdf:
        for block in document.blocks:
            for box in block.boxes:
                page = pdf.pages[box.page - 1]
                b = box.bbox
                assert 0 <= b.x0 < b.x1 <= page.width and 0 <= b.top < b.bottom <= page.height
            # Text and box must agree: the first words in the first box, the last word in the last one.
            pieces = [(block.page, cell.bbox, cell.text) for cell in block.cells] or [
                (block.boxes[0].page, block.boxes[0].bbox, block.text)
            ]
            for page_number, bbox, text in pieces:
                seen = " ".join(_words_in_box(pdf, page_number, bbox))
                assert " ".join(_words(text)[:4]) in seen, f"{text[:40]!r} not in its box on page {page_number}"
            last = block.boxes[-1]
            assert _words(block.text)[-1] in _words_in_box(pdf, last.page, last.bbox)


# The constructed remiss answer (tests/data/src/konstruerad-remissvar.txt): another office,
# a header with Dnr and date, lists that cross page breaks, forced line-end hyphens.


def test_remissvar_header_fields(remissvar: ReadDocument) -> None:
    header = header_fields(remissvar)
    assert header.model_dump(exclude={"lines"}) == {
        "office": "Socialförvaltningen",
        "unit": "Avdelningen för stadsövergripande sociala frågor",
        "document_type": "Tjänsteutlåtande",
        "diarienummer": "3.1.1-123/2017",
        "date": "2017-02-14",
        "page_count": 3,
    }


def test_remissvar_list_items_across_page_breaks_are_whole(remissvar: ReadDocument) -> None:
    bullet = _block_with(remissvar, "Åtgärd A2.1.2")
    assert (bullet.kind, bullet.marker, [box.page for box in bullet.boxes]) == ("list_item", "•", [1, 2])
    assert bullet.text.endswith("också nås av den information som staden tar fram.")
    numbered = _block_with(remissvar, "asylsökande ungdomar")
    assert (numbered.kind, numbered.marker, [box.page for box in numbered.boxes]) == ("list_item", "2.", [2, 3])
    assert numbered.text.endswith("som i dag möter gruppen, t.ex. Fryshuset.")
    assert [b.marker for b in _items(remissvar)] == ["1.", "2.", "•", "•", "•", "1.", "2.", "3.", "1.", "2."]


@pytest.mark.parametrize(
    ("expected", "not_expected"),
    [
        ("hållbarhetskommissionen lyfter fram", "hållbarhets-"),
        ("stadsdelsförvaltningarna i Rinkeby-Kista och", "RinkebyKista"),
        ("inom EU-projektet för", "EUprojektet"),
        ("riktade arbetsmarknads- och yrkesutbildningar", "arbetsmarknadsoch"),
        ("samverkan mellan nämnderna, bl.a. i frågor som rör s.k. UVAS.", None),
        ("respektive område.", None),
    ],
)
def test_remissvar_line_end_hyphens(remissvar: ReadDocument, expected: str, not_expected: str | None) -> None:
    text = "\n".join(b.text for b in remissvar.blocks)
    assert expected in text
    if not_expected:
        assert not_expected not in text


def test_remissvar_title_keeps_its_hyphen_and_the_summary_its_dash(remissvar: ReadDocument) -> None:
    title = remissvar.blocks[1]
    assert (title.kind, title.level) == ("heading", 1)
    assert "Dold potential - hinder och möjligheter" in title.text
    summary = _after_heading(remissvar, "Sammanfattning")[0]
    assert summary.styled("italic") == [
        "Dold potential – hinder och möjligheter för unga stockholmares etablering på arbetsmarknaden"
    ]


def test_remissvar_has_no_furniture(remissvar: ReadDocument) -> None:
    text = "\n".join(b.text for b in remissvar.blocks)
    for furniture in ["Konstruerat testdokument", "Sida 1", "106 64 Stockholm", "3.1.1-123/2017"]:
        assert furniture not in text


def test_text_is_nfc(seed: ReadDocument, remissvar: ReadDocument) -> None:
    for document in (seed, remissvar):
        for block in document.blocks:
            assert unicodedata.is_normalized("NFC", block.text)
            assert "\u00ad" not in block.text and "\u00a0" not in block.text
