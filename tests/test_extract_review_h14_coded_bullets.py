"""The review of holdout14's coded bullets ("B1 …", "B2 …", "B3 …" restating a programme's measures): each bullet's
code and text read by one run of the rule; a run of coded bullets is measures only in a measure context."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_bullets import extract_coded_bullets
from atgard.extract.rules import tracing

REGISTER = load_register()


def _codes(blocks) -> list[str | None]:
    return [m.code for m in extract_coded_bullets(analyse(blocks, REGISTER), "Programmet")]


@pytest.mark.parametrize(
    "texts",
    [
        ("B1 Planberedskap säkerställs.", "B2 – En bostadssocial plan tas fram.", "B3: Mitthem AB bygger mer."),
        ("KA1 Dagvattnet leds om.", "KA2 - Skyfallsytor pekas ut.", "KA3 Träd planteras.", "KA4 Ytor avhårdas."),
    ],
    ids=["one letter", "two letters"],
)
def test_each_bullet_is_read_once(block, texts) -> None:
    """The rule is run once on each bullet: its text is kept with its code, not read again."""
    blocks = [block("Programmet innehåller följande åtgärder:")] + [block(t, "list_item", marker="•") for t in texts]
    with tracing() as fired:
        assert len(_codes(blocks)) == len(texts)
    assert sum(f.rule == "measure.coded_bullet" for f in fired) == len(texts)


_GOALS = (
    "M1 Minskade utsläpp av växthusgaser från transporter.",
    "M2 Ökad andel förnybar energi.",
    "M3 Fler resor med kollektivtrafik, gång och cykel.",
)
_MEASURES = (
    "B1 Planberedskap för minst 600 bostäder per år säkerställs.",
    "B2 – En bostadssocial plan tas fram.",
    "B3 Mitthem AB bygger minst 120 lägenheter per år.",
)


def _run(block, lead: list, texts: tuple[str, ...]) -> list:
    return lead + [block(t, "list_item", marker="•") for t in texts]


@pytest.mark.parametrize(
    ("lead", "texts"),
    [
        ([("Programmets mål", "heading")], _GOALS),  # the reviewer's
        ([("Klimatprogram", "heading"), ("Programmet har tre mål:", "paragraph")], _GOALS),
        (
            [("Ärendet i korthet", "heading"), ("Förslaget innehåller följande delmål och indikatorer:", "paragraph")],
            _MEASURES,
        ),
        ([("Målen", "heading")], _GOALS),
        ([("Fokusområden", "heading")], ("F1 Trygg skolväg.", "F2 Levande centrum.", "F3 Grön stad.")),
        (
            [("Läsårets planering", "heading")],
            ("F1 Förskoleklass vecka 34.", "F2 Årskurs 1 vecka 35.", "F3 Årskurs 2 vecka 36."),
        ),  # a timetable
        (
            [("Ärendet i korthet", "heading"), ("Kontoret har tagit fram ett förslag till program:", "paragraph")],
            _MEASURES,
        ),  # "förslag till" names the proposal
        ([("Ärendet", "heading"), ("Kontoret har tagit fram ett förslag\ntill program:", "paragraph")], _MEASURES),
        ([("Åtgärder", "heading"), ("Bakgrund", "heading"), ("Programmet innehåller:", "paragraph")], _MEASURES),
        ([], _MEASURES),  # nothing above
    ],
    ids=[
        "goals heading",
        "goals lead",
        "goals and indicators",
        "Målen",
        "focus areas",
        "timetable",
        "förslag till",
        "förslag / till",
        "another section",
        "no lead",
    ],
)
def test_coded_bullets_with_no_measure_context_are_no_measures(block, lead, texts) -> None:
    blocks = _run(block, [block(text, kind, level=2 if kind == "heading" else None) for text, kind in lead], texts)
    assert _codes(blocks) == []


@pytest.mark.parametrize(
    ("lead", "texts"),
    [
        ([("Ärendet i korthet", "heading"), ("Programmet redovisar följande åtgärder:", "paragraph")], _MEASURES),
        ([("Åtgärder", "heading")], _MEASURES),
        ([("Ärendet", "heading"), ("Programmet redovisar behov och följande\nåtgärder:", "paragraph")], _MEASURES),
        ([("Insatser", "heading"), ("Programmet innehåller:", "paragraph")], _MEASURES),
        ([("Klimatprogram", "heading"), ("Programmet har tre mål och följande insatser:", "paragraph")], _MEASURES),
        (
            [("Ärendet i korthet", "heading"), ("Programmets aktiviteter är", "paragraph")],
            ("KA1 Dagvattnet leds om.", "KA2 - Skyfallsytor pekas ut.", "KA3 Träd planteras."),
        ),
        (
            [
                ("Förslag till beslut", "heading"),
                ("att genomföra åtgärderna B1 och B3 i programmet", "list_item"),
                ("Ärendet", "heading"),
                ("Programmet innehåller:", "paragraph"),
            ],
            _MEASURES,
        ),  # cued elsewhere
    ],
    ids=[
        "åtgärder lead",
        "Åtgärder heading",
        "line break",
        "Insatser heading",
        "goals then measures",
        "aktiviteter, two letters",
        "codes cued in the decision",
    ],
)
def test_coded_bullets_in_a_measure_context_are_measures(block, lead, texts) -> None:
    blocks = _run(block, [block(text, kind, level=2 if kind == "heading" else None) for text, kind in lead], texts)
    assert _codes(blocks) == [t.split()[0] for t in texts]


def test_a_code_named_a_measure_below_the_run_gives_it_context(block) -> None:
    lead = [block("Ärendet", "heading", level=2), block("Programmet innehåller:")]
    blocks = [*_run(block, lead, _MEASURES), block("Åtgärd B2 respektive B3 prioriteras.")]
    assert _codes(blocks) == ["B1", "B2", "B3"]
