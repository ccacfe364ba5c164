"""An agenda's item line that tells the remiss itself ("4. Remiss av X från kommunstyrelsen, svar senast …"): a
remiss sent to the agenda's own board, its title without "förslag om/till". Lines written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.incoming import incoming_remisser

REGISTER = load_register()


def _told(block, text: str, kind: str = "heading") -> list[tuple[str, str]]:
    marker = None if kind == "heading" else text.split()[0]
    line = text if kind == "heading" else text.split(maxsplit=1)[1]
    analysed = analyse([block(line, kind=kind, marker=marker, level=2)], REGISTER)
    return [(i.title, i.sender) for i in incoming_remisser(analysed)]


TOLD = [
    (
        "4. Remiss av Handlingsplan för grönytor 2027–2030 från kommunstyrelsen, svar senast 2027-05-20",
        ("Handlingsplan för grönytor 2027–2030", "kommunstyrelsen"),
    ),
    (
        "6. Remiss från trafiknämnden av förslag om ändrade lokala trafikföreskrifter på Ringvägen, svar senast den "
        "27 maj 2027",
        ("Ändrade lokala trafikföreskrifter på Ringvägen", "trafiknämnden"),
    ),
    (
        "3) Samråd om detaljplan för kv. Svalan från stadsbyggnadsnämnden (Dp 2027-01234)",
        ("Detaljplan för kv. Svalan", "stadsbyggnadsnämnden"),
    ),
    (
        "5. Remiss av förslag till Riktlinjer för föreningsbidrag från kulturnämnden – svar senast 10 juni",
        ("Riktlinjer för föreningsbidrag", "kulturnämnden"),
    ),
    (
        "2. Remiss av Rapport från utredningen om skolskjuts från utbildningsnämnden; yttrande senast 2027-09-01",
        ("Rapport från utredningen om skolskjuts", "utbildningsnämnden"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_item_tells_its_remiss(block, text: str, expected: tuple[str, str] | None) -> None:
    assert _told(block, text) == ([expected] if expected else [])


def test_numbered_list_item_too(block) -> None:
    assert _told(block, "7. Granskning av detaljplan för Solbergaskolan från stadsbyggnadsnämnden", "list_item") == [
        ("Detaljplan för Solbergaskolan", "stadsbyggnadsnämnden")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "7. Månadsrapport per april 2027",
        "5. Svar på remiss av Strategi för stadens toaletter från kommunstyrelsen",
        "4. Remiss av handlingsplan 2027",
        "8. Remiss av strategin från kommunstyrelsen har inkommit och förvaltningen har berett ett svar.",
    ],
)
def test_no_remiss_told(block, text: str) -> None:
    assert _told(block, text) == []
