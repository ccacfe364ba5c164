"""Those responsible for a measure beside those who only take part: "Huvudansvar: X" over "Medverkande: Y" (one
line or two), an agency's "Ansvarig myndighet:" line with its partners set apart ("i samverkan med", "– i samverkan
med", "med stöd av", a sentence "Samverkan sker med …"), on whose behalf it acts ("för samtliga länsstyrelsers
räkning") and "gemensamt"; a heading "Åtgärd 1. Vägledning om …" that names a measure the paragraph under it
states."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures

REGISTER = load_register()


def _found(blocks: list) -> list[tuple[str | None, str, list[str]]]:
    measures = extract_coded_measures(analyse(blocks, REGISTER), "Planen", REGISTER)
    return [(m.code, m.text, [b.name for b in m.responsible]) for m in measures]


@pytest.mark.parametrize(
    ("who", "responsible"),
    [
        ("Huvudansvar: Idrottsnämnden Medverkande: Trafiknämnden, berörda stadsdelsnämnder", ["Idrottsnämnden"]),
        ("Huvudansvar: Trafiknämnden\nMedverkande: Samtliga stadsdelsnämnder", ["Trafiknämnden"]),
        ("Huvudansvarig: Utbildningsnämnden. Övriga medverkande: Idrottsnämnden", ["Utbildningsnämnden"]),
        ("Ansvar: Kulturnämnden och Idrottsnämnden; medverkar: Region Stockholm", ["Kulturnämnden", "Idrottsnämnden"]),
        ("Ansvarig myndighet: Boverket, i samverkan med Länsstyrelserna.", ["Boverket"]),
        ("Ansvarig myndighet: Livsmedelsverket – i samverkan med Svenskt Vatten.", ["Livsmedelsverket"]),
        ("Ansvarig myndighet: Lantmäteriet. Samverkan sker med SMHI och SKR.", ["Lantmäteriet"]),
        ("Ansvariga myndigheter: Trafikverket och Boverket, i samverkan med SMHI.", ["Trafikverket", "Boverket"]),
        ("Ansvariga myndigheter: Folkhälsomyndigheten samt Socialstyrelsen gemensamt.", None),
        (
            "Ansvarig myndighet: Länsstyrelsen i Västra Götalands län, för samtliga länsstyrelsers räkning, "
            "med stöd av Boverket.",
            ["Länsstyrelsen i Västra Götalands län"],
        ),
    ],
)
def test_partners_are_not_responsible(block, who: str, responsible: list[str] | None) -> None:
    blocks = [block("Åtgärd 1.1", "heading", level=4), block("En karta tas fram."), block(who)]
    found = _found(blocks)
    assert [(code, text) for code, text, _ in found] == [("1.1", "En karta tas fram.")]
    if responsible is None:  # two agencies jointly: both, and no "gemensamt" among them
        assert len(found[0][2]) == 2 and not any("gemensamt" in name.lower() for name in found[0][2])
    else:
        assert found[0][2] == responsible


@pytest.mark.parametrize(
    ("heading", "paragraph", "text"),
    [
        (
            "Åtgärd 1. Vägledning om klimatanpassning i detaljplan",
            "Vägledningen uppdateras med nya scenarier.",
            "Vägledningen uppdateras med nya scenarier.",
        ),
        (
            "Åtgärd 3 – Nationell höjddata för skyfallsanalys",
            "En ny höjdmodell görs tillgänglig.",
            "En ny höjdmodell görs tillgänglig.",
        ),
        ("Åtgärd 2: Stöd till länsstyrelsernas granskning", "Ett metodstöd tas fram.", "Ett metodstöd tas fram."),
        # a run-in title begins the text; a verb's title states the measure, the paragraph argues for it
        (
            "Åtgärd 4.3 Upprustning av Sätraparken.",
            "Lekplatsen rustas upp.",
            "Upprustning av Sätraparken. Lekplatsen rustas upp.",
        ),
        (
            "Förslag 4.2 Utöka öppettiderna till kvällar",
            "Verksamheten kan bedrivas med föreningar.",
            "Utöka öppettiderna till kvällar",
        ),
        ("Åtgärd 5 Satsa på fler feriejobb", "Ungdomar behöver jobb.", "Satsa på fler feriejobb"),
    ],
)
def test_a_naming_title_is_stated_by_its_paragraph(block, heading: str, paragraph: str, text: str) -> None:
    blocks = [block(heading, "heading", level=4), block(paragraph), block("Ansvarig myndighet: Boverket.")]
    assert [(t, who) for _, t, who in _found(blocks)] == [(text, ["Boverket"])]


def test_a_naming_title_alone_is_its_text(block) -> None:
    blocks = [block("Åtgärd 7. Uppföljning av handlingsplanen", "heading", level=4), block("Ansvarig myndighet: SMHI.")]
    assert _found(blocks) == [("7", "Uppföljning av handlingsplanen", ["SMHI"])]
