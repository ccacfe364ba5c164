"""An answer's letter head and title: a block of labelled lines ("Handläggare: …" / "Till …" / "Sammanträde …"),
an address under its "Till" whose lines under the municipality are the way in, a company's letterhead beside a
column of references ("Datum …" / "Vår referens …"), a plan named by its compound's definite form ("handlingsplanen
X"), a heading's title without the measures the answer is on (", åtgärd S4"), a section that puts its measure off.
Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.addressee import header_box
from atgard.extract.answer_codes import _POSTPONES
from atgard.extract.letterhead import letterhead_office
from atgard.extract.report_headings import ANSWERED_IN_HEADING
from atgard.extract.report_titles import NAMED_TITLE
from atgard.schema import BBox, Block, LineSpan, PageBox


def _lines(*lines: str, kind: str = "paragraph", top: float = 150) -> Block:
    text, spans, at = " ".join(lines), [], 0
    for n, line in enumerate(lines):
        box = BBox(x0=65, top=top + 14 * n, x1=65 + 5 * len(line), bottom=top + 10 + 14 * n)
        spans.append(LineSpan(start=at, end=at + len(line), page=1, bbox=box))
        at += len(line) + 1
    box = BBox(x0=65, top=top, x1=400, bottom=top + 14 * len(lines))
    return Block(kind=kind, text=text, page=1, boxes=[PageBox(page=1, bbox=box)], lines=spans)


@pytest.mark.parametrize(
    ("lines", "addressee"),
    [
        pytest.param(
            (
                "Handläggare: Ronja Ek, telefon 08-508 000 00",
                "Till Spånga-Tensta stadsdelsnämnd",
                "Sammanträde 2027-03-18",
            ),
            "Spånga-Tensta stadsdelsnämnd",
            id="officer, addressee and meeting on lines of one block",
        ),
        pytest.param(
            ("Handläggare: Eva Ek", "Till: Kulturnämnden", "Nämndens sammanträde den 14 december 2027"),
            "Kulturnämnden",
            id="… with colons, the meeting by its written date",
        ),
        pytest.param(
            ("Till Kommunstyrelsen", "Jönköpings kommun", "Stadskontoret, enheten för hållbar utveckling"),
            "Kommunstyrelsen",
            id="an address under its label: the office under the municipality is the way in",
        ),
        pytest.param(
            ("Mottagare: Äldrenämnden", "Uppsala kommun", "Registratorn"),
            "Äldrenämnden",
            id="… labelled Mottagare",
        ),
        pytest.param(
            ("Till sammanträdet förelåg kontorets tjänsteutlåtande", "den 12 maj 2026 om lokalerna."),
            None,
            id="running text that opens with Till is no address",
        ),
    ],
)
def test_labelled_lines_give_the_addressee(lines: tuple[str, ...], addressee: str | None) -> None:
    assert header_box([_lines(*lines)]).addressee == addressee


@pytest.mark.parametrize(
    ("beside", "logo", "text", "office"),
    [
        pytest.param(
            "Datum 2026-06-15\nVår referens JEAB 2026/118\nEr referens KS 2026/0214",
            "Jönköping Energi\nBox 5150\n550 05 Jönköping",
            "Jönköping Energi AB har av kommunstyrelsen getts möjlighet att yttra sig.",
            "Jönköping Energi AB",
            id="a company's logo beside its dated references: the name with AB as its text writes it",
        ),
        pytest.param(
            "Datum: 2027-01-26\nVår referens: 2027-12",
            "Mälarenergi\nBox 14, 721 03 Västerås",
            "Mälarenergi AB lämnar följande synpunkter.",
            "Mälarenergi AB",
            id="… with colons",
        ),
    ],
)
def test_a_letterhead_beside_dated_references(beside: str, logo: str, text: str, office: str) -> None:
    row = table_row(beside, logo, top=35, height=30, pitch=320, width=140)
    assert (
        letterhead_office([row, _lines("Remissvar – Handlingsplan", kind="heading", top=200), _lines(text, top=240)])
        == office
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Kommunstyrelsen har remitterat handlingsplanen Stockholm i ett varmare klimat (2026) till nämnden.",
            "Stockholm i ett varmare klimat",
        ),
        ("Nämnden har fått åtgärdsprogrammet Renare luft i Göteborg för yttrande.", "Renare luft i Göteborg"),
        ("Regionen har remitterat trafikstrategin Hela Västmanland reser till kommunerna.", "Hela Västmanland reser"),
        ("Kommunen har skickat kulturplanen Kultur för alla 2027–2030 på remiss.", "Kultur för alla 2027–2030"),
    ],
)
def test_a_plan_named_by_its_compounds_definite_form(text: str, title: str) -> None:
    found = NAMED_TITLE.search(text)
    assert found is not None and found.group("title") == title


@pytest.mark.parametrize(
    "text",
    ["Enligt handlingsplanen ska nämnden följa upp arbetet.", "Kommunstyrelsen antog planen i maj."],
)
def test_a_plan_in_running_text_is_no_title(text: str) -> None:
    assert NAMED_TITLE.search(text) is None


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "Remissvar – Handlingsplan för klimatanpassning 2026–2030, åtgärd S4",
            "Handlingsplan för klimatanpassning 2026–2030",
        ),
        ("Yttrande över Plan för nattliv 2027 – åtgärderna 11 och 12", "Plan för nattliv 2027"),
        ("Svar på remiss av Trafikplan 2030, åtgärderna K1.2–K1.4", "Trafikplan 2030"),
        (
            "Svar på remiss av handlingsplanen Stockholm i ett varmare och blötare klimat",
            "Stockholm i ett varmare och blötare klimat",
        ),
        ("Yttrande över Plan för åtgärder mot buller", "Plan för åtgärder mot buller"),
    ],
)
def test_a_headings_title_without_the_measures_answered(heading: str, title: str) -> None:
    found = ANSWERED_IN_HEADING.match(heading)
    assert found is not None and found.group("title") == title


@pytest.mark.parametrize(
    ("sentence", "postpones"),
    [
        ("Bolaget återkommer därför i denna del vid ett senare tillfälle.", True),
        ("Nämnden återkommer med synpunkter på åtgärden längre fram.", True),
        ("Förvaltningen återkommer i ett senare yttrande om finansieringen.", True),
        ("Frågan återkommer i åtgärd V3.", False),
        ("Förvaltningen återkommer till detta nedan.", False),
    ],
)
def test_a_section_that_puts_its_measure_off(sentence: str, postpones: bool) -> None:
    assert bool(_POSTPONES.search(sentence)) is postpones
