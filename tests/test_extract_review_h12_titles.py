"""The review of holdout12's report titles: a "till" that sends the report on ("till handlingarna", "till alla
stadsdelsnämnder", "till de kommunala bolagen") ends its title; a draft of a new law or of changes to rules
keeps "förslag till" as its title ("förslag till ny lag om …", "förslag till ändring av …")."""

from __future__ import annotations

import pytest

from atgard.extract.report_headings import heading_title
from atgard.extract.report_titles import NAMED_TITLE


def _title(text: str) -> str | None:
    found = NAMED_TITLE.search(text)
    return found.group("title") if found else None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Kommunstyrelsen lägger rapporten Trygg stad till handlingarna.", "Trygg stad"),
        ("Kommunstyrelsen har remitterat rapporten Trygg stad till alla stadsdelsnämnder för yttrande.", "Trygg stad"),
        ("Kommunstyrelsen har remitterat rapporten Trygg stad till de kommunala bolagen.", "Trygg stad"),
        ("Kommunstyrelsen har remitterat rapporten Trygg stad till samråd med nämnderna.", "Trygg stad"),
        ("Nämnden överlämnar rapporten Trygg stad till kännedom.", "Trygg stad"),
        ("Kontoret skickar rapporten Trygg stad till respektive nämnd och bolag.", "Trygg stad"),
        ("Kontoret skickar rapporten Trygg stad till övriga nämnder samt till bolagen.", "Trygg stad"),
        ("Kontoret skickar rapporten Trygg stad till myndigheten.", "Trygg stad"),
        ("Kontoret skickar rapporten Trygg stad till det kommunala bolaget.", "Trygg stad"),
        ("Kontoret skickar rapporten Trygg stad till den nya nämnden.", "Trygg stad"),
        ("Kontoret skickar rapporten Trygg stad till\nhandlingarna.", "Trygg stad"),
        # a title's own "till" stays
        ("Nämnden yttrar sig över rapporten Nära till idrott från Kommissionen.", "Nära till idrott"),
        ("Nämnden yttrar sig över rapporten Vägen till egen bostad.", "Vägen till egen bostad"),
        ("Nämnden yttrar sig över rapporten Rätt till vård och omsorg.", "Rätt till vård och omsorg"),
    ],
)
def test_a_till_that_sends_the_report_on_ends_its_title(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "Remissvar avseende förslag till ny lag om kommunernas trygghetsarbete",
            "förslag till ny lag om kommunernas trygghetsarbete",
        ),
        (
            "Yttrande över förslag till ändringar av förordningen om kommunal redovisning",
            "förslag till ändringar av förordningen om kommunal redovisning",
        ),
        (
            "Yttrande över förslag till ändring av förordningen om kommunal redovisning",
            "förslag till ändring av förordningen om kommunal redovisning",
        ),
        (
            "Yttrande över förslag till ändrad förordning om kommunala bolag",
            "förslag till ändrad förordning om kommunala bolag",
        ),
        ("Svar på remiss – förslag till ny förordning om avfall", "förslag till ny förordning om avfall"),
        ("Yttrande över förslag till ändrade föreskrifter om buller", "förslag till ändrade föreskrifter om buller"),
        ("Yttrande över förslag till nya allmänna råd om buller", "förslag till nya allmänna råd om buller"),
        ("Yttrande över förslag till beslut om färdtjänst", None),
        ("Yttrande över förslag till nytt lagstiftningsarbete", None),
    ],
)
def test_a_draft_of_new_or_changed_rules_keeps_its_frame(heading: str, title: str | None) -> None:
    found = heading_title(heading)
    assert (found.group("title") if found else None) == title
