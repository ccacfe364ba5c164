"""The report an answer names in running text or its heading, and the measure it counts in words (holdout12)."""

from __future__ import annotations

import pytest

from atgard.extract.answer_codes import codes_in
from atgard.extract.report_headings import ANSWERED_IN_HEADING
from atgard.extract.report_titles import NAMED_TITLE, QUOTED_TITLE


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title with "till" in it, the sentence going on with "till" and whom it is sent to
        (
            "Kommunstyrelsen har remitterat utredningens slutrapport Nära till idrott och kultur till nämnden.",
            "Nära till idrott och kultur",
        ),
        ("Staden har remitterat slutrapporten Vägen till egen bostad till berörda nämnder.", "Vägen till egen bostad"),
        (
            "Bolaget har fått yttra sig över slutrapporten Nära till idrott och kultur från utredningen.",
            "Nära till idrott och kultur",
        ),
        ("Nämnden har fått delrapporten En väg till arbete för yttrande.", "En väg till arbete"),
        ("Yttrandet över delbetänkandet Rätt till vård godkänns och översänds.", "Rätt till vård"),
        # the title before "till" and a receiver keeps its end there
        (
            "Kommunstyrelsen har remitterat rapporten Trygg i hela staden till stadsdelsnämnderna.",
            "Trygg i hela staden",
        ),
        ("Nämnden har remitterat rapporten Framtidsstaden till kommunstyrelsen.", None),
        # a table row is no title: "trygghetsrapporten / Nej | Svar"
        ("Remiss av trygghetsrapporten\nNej | Svar\nJa", None),
    ],
)
def test_named_title(text: str, title: str | None) -> None:
    found = NAMED_TITLE.search(text)
    got = found.group("title") if found else None
    assert (got if got and len(got.split()) >= 2 else None) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Yttrande över åtgärderna 9 och 10 i slutrapporten ”Nära till idrott och kultur”",
            "Nära till idrott och kultur",
        ),
        ('Svar på remiss av delbetänkandet "En trygg sjöfart"', "En trygg sjöfart"),
        ("Kommentarer till kulturprogrammet »Kultur i hela staden«", "Kultur i hela staden"),
        ("Rapporten visar att ”otryggheten” ökar", None),
    ],
)
def test_quoted_title(text: str, title: str | None) -> None:
    found = QUOTED_TITLE.search(text)
    assert (found.group("title") if found else None) == title


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "Remissvar avseende förslag till föreskrifter och allmänna råd om hantering av avfall från vården",
            "förslag till föreskrifter och allmänna råd om hantering av avfall från vården",
        ),
        (
            "Yttrande över förslag till ändring i Boverkets byggregler (BFS 2011:6)",
            "förslag till ändring i Boverkets byggregler",
        ),
        (
            "Svar på remiss av förslag till nya föreskrifter om brandskydd",
            "förslag till nya föreskrifter om brandskydd",
        ),
        ("Yttrande över förslag till lag om kommunal trygghet", "förslag till lag om kommunal trygghet"),
        ("Yttrande över förslag till beslut om ny taxa", None),
        ("Yttrande över förslag till lagstiftning om taxor", None),
    ],
)
def test_regulation_proposal_heading(heading: str, title: str | None) -> None:
    found = ANSWERED_IN_HEADING.match(heading)
    assert (found.group("title") if found else None) == title


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Bolaget begränsar sitt yttrande till förslaget om taken (den sjätte av utredningens åtgärder).", ["6"]),
        ("Nämnden yttrar sig över den andra av åtgärderna och åtgärd 9.", ["2", "9"]),
        ("Den tredje av rapportens förslag tillstyrks.", ["3"]),
        ("Kontoret tillstyrker den tionde av kommissionens rekommendationer.", ["10"]),
        ("Förvaltningen ser positivt på åtgärd nummer sex.", ["6"]),
        ("Den första åtgärden bör vara att se över taxan.", []),
        ("Det är den sjätte av tio punkter.", []),
        ("Det är den femte av de sex åtgärderna.", []),
    ],
)
def test_counted_measure(text: str, codes: list[str]) -> None:
    assert codes_in(text) == codes
