"""The review of holdout14's report titles (finding 8): the genre word a title stands behind ("betänkandet X",
"handlingsplanen X") is read case-insensitively where a title's frame is taken off (an annex's "Förslag till …", a
heading's "Svar på remiss av …"), but a plan's compound only in lower case: a capital compound begins the plan's own
name ("Detaljplanen Kv Björken") and stays in its title."""

from __future__ import annotations

import pytest

from atgard.extract.report_headings import heading_title
from atgard.extract.report_titles import without_frame


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the reviewer's counter-examples
        ("Detaljplanen Kv Björken", "Detaljplanen Kv Björken"),
        ("Bostadsprogrammet Bo i Malmö", "Bostadsprogrammet Bo i Malmö"),
        ("Stadsplanen Norra Djurgårdsstaden 2030", "Stadsplanen Norra Djurgårdsstaden 2030"),
        # variants: other compounds and inflections, a version's tail, a dash, a line break
        ("Kulturstrategin Kultur för alla 2027–2030", "Kulturstrategin Kultur för alla 2027–2030"),
        ("Åtgärdsprogrammet Renare luft i Göteborg, remissversion", "Åtgärdsprogrammet Renare luft i Göteborg"),
        ("Cykelplanen Cykla i Lund 2030-2040 – remissversion", "Cykelplanen Cykla i Lund 2030-2040"),
        ("Trafikstrategin Hela\nVästmanland reser", "Trafikstrategin Hela\nVästmanland reser"),
        ("Miljöprogrammet Hållbara Sundsvall och Timrå", "Miljöprogrammet Hållbara Sundsvall och Timrå"),
        # what a frame still is: the genre words themselves, a proposal
        ("Betänkandet Framtidens socialtjänst", "Framtidens socialtjänst"),
        ("Slutrapporten Nära till idrott och kultur", "Nära till idrott och kultur"),
        ("Förslag till Cykelstrategi för Falköpings kommun 2026–2035", "Cykelstrategi för Falköpings kommun 2026–2035"),
    ],
)
def test_an_annexed_title_keeps_its_capital_compound(text: str, title: str) -> None:
    assert without_frame(text) == title


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # a capital compound in a heading is the plan's name, whole
        ("Yttrande över Detaljplanen Kv Björken", "Detaljplanen Kv Björken"),
        ("Svar på remiss av Bostadsprogrammet Bo i Malmö", "Bostadsprogrammet Bo i Malmö"),
        ("Remissvar – Trafikstrategin Hela Västmanland reser", "Trafikstrategin Hela Västmanland reser"),
        ("Synpunkter på Kulturplanen Kultur för alla 2027–2030", "Kulturplanen Kultur för alla 2027–2030"),
        # ... and a lower-case one frames it
        (
            "Svar på remiss av handlingsplanen Stockholm i ett varmare och blötare klimat",
            "Stockholm i ett varmare och blötare klimat",
        ),
        ("Yttrande över åtgärdsprogrammet Renare luft i Göteborg", "Renare luft i Göteborg"),
        ("Remissvar - trafikstrategin Hela Västmanland reser", "Hela Västmanland reser"),
    ],
)
def test_a_headings_title_keeps_its_capital_compound(heading: str, title: str) -> None:
    found = heading_title(heading)
    assert (found and found.group("title")) == title
