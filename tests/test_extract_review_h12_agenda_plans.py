"""The review of holdout12's plans an agenda's item adopts: a year or a date after "åtgärder" or "förslag" names no
measure; the item runs past its own sub-headings ("Förslag till beslut", "Beslut"), opens on a numbered list's line
too, and adopts its plan however the dash is spaced, with a case number on its line, or as "skyfallsplanen"."""

from __future__ import annotations

import pytest

from atgard.extract.agenda_plans import adopted_plans
from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register

REGISTER = load_register()

_LINE = "4. Avfallsplan 2027–2030"
_ADOPTS = "att anta Avfallsplan 2027–2030."


def _titles(blocks) -> list[str]:
    return [plan.title for plan in adopted_plans(analyse(blocks, REGISTER))]


@pytest.mark.parametrize(
    "measures",
    [
        "Beslutsunderlag: Kommunstyrelsens arbetsutskotts förslag 2026-04-14 § 87",
        "Planen innehåller åtgärder 2027–2030.",
        "Planen innehåller åtgärder 2027 - 2030.",
        "Insatser 2027 och 2028 finansieras inom ram.",
        "Kommunstyrelsens förslag 2026 års budget ryms.",
    ],
)
def test_a_year_or_a_date_names_no_measure(block, measures: str) -> None:
    blocks = [block(_LINE, kind="heading", level=3), block(_ADOPTS), block(measures)]
    assert _titles(blocks) == []


@pytest.mark.parametrize(
    "measures",
    ["Åtgärderna 3 och 5 genomförs av tekniska nämnden.", "Åtgärd 2027:1 genomförs av tekniska nämnden."],
)
def test_a_numbered_measure_still_names_one(block, measures: str) -> None:
    blocks = [block(_LINE, kind="heading", level=3), block(_ADOPTS), block(measures)]
    assert _titles(blocks) == ["Avfallsplan 2027–2030"]


_MEASURES = "att uppdra åt tekniska nämnden att genomföra åtgärderna 3 och 5."


@pytest.mark.parametrize(
    ("line", "under", "decision", "title"),
    [
        # the item's own sub-headings keep it open
        ("§ 42 Skyfallsplan för Umeå tätort", "Förslag till beslut", "att anta Skyfallsplan för Umeå tätort,", None),
        ("§ 42 Skyfallsplan för Umeå tätort", "Beslut", "Kommunfullmäktige antar Skyfallsplan för Umeå tätort.", None),
        ("4. Skyfallsplan för Umeå tätort", "Ärendebeskrivning", "att anta Skyfallsplan för Umeå tätort,", None),
        # the dash spaced otherwise, a case number on the line
        ("4. Skyfallsplan 2027–2032", None, "att anta Skyfallsplan 2027 – 2032,", "Skyfallsplan 2027–2032"),
        ("4. Skyfallsplan 2027 - 2032", None, "att anta Skyfallsplan 2027–2032,", "Skyfallsplan 2027 - 2032"),
        ("§ 42 Skyfallsplan för Umeå tätort (KS 2026/123)", None, "att anta Skyfallsplan för Umeå tätort,", None),
        ("§ 42 Skyfallsplan för Umeå tätort Dnr KS 2026/123", None, "att anta Skyfallsplan för Umeå tätort,", None),
        # by its noun, definite
        ("4. Skyfallsplan för Umeå tätort", None, "att anta skyfallsplanen,", None),
        ("4. Skyfallsplan för Umeå tätort", None, "Skyfallsplanen antas.", None),
        ("4. Skyfallsplan för Umeå tätort", "Beslut", "Kommunfullmäktige antar planen.", None),
        (
            "§ 12 Program för idrott och kultur",
            None,
            "Kommunfullmäktige fastställer programmet.",
            "Program för idrott och kultur",
        ),
        ("§ 12 Strategi för idrott och kultur", None, "Strategin antas.", "Strategi för idrott och kultur"),
    ],
)
def test_the_item_adopts_its_plan(block, line, under, decision, title) -> None:
    blocks = [block(line, kind="heading", level=3)]
    blocks += [block(under, kind="heading", level=4)] if under else []
    blocks += [block(decision), block(_MEASURES)]
    assert _titles(blocks) == [title or "Skyfallsplan för Umeå tätort"]


@pytest.mark.parametrize("marker", ["4.", "4)", "12"])
def test_a_numbered_list_line_opens_the_item(block, marker) -> None:
    blocks = [
        block("Skyfallsplan för Umeå tätort 2027–2032", kind="list_item", marker=marker),
        block("Kommunstyrelsens förslag till kommunfullmäktige"),
        block("att anta Skyfallsplan för Umeå tätort 2027–2032,", kind="list_item", marker="–"),
        block(_MEASURES),
    ]
    assert _titles(blocks) == ["Skyfallsplan för Umeå tätort 2027–2032"]


@pytest.mark.parametrize(
    "blocks",
    [
        # the next numbered item closes it: its measures are its own
        [
            ("4. Skyfallsplan för Umeå tätort", "heading"),
            ("att anta Skyfallsplan för Umeå tätort,", "paragraph"),
            ("5. Delårsrapport för Umeå Kommunföretag AB", "heading"),
            (_MEASURES, "paragraph"),
        ],
        # another plan, definite
        [
            ("4. Skyfallsplan för Umeå tätort", "heading"),
            ("att anta avfallsplanen,", "paragraph"),
            (_MEASURES, "paragraph"),
        ],
        # a longer name is another plan
        [
            ("4. Skyfallsplan för Umeå", "heading"),
            ("att anta Skyfallsplan för Umeåregionen,", "paragraph"),
            (_MEASURES, "paragraph"),
        ],
    ],
)
def test_no_plan_the_item_does_not_adopt(block, blocks) -> None:
    assert _titles([block(text, kind=kind, level=3 if kind == "heading" else None) for text, kind in blocks]) == []


def test_a_decisions_numbered_points_stay_in_the_item(block) -> None:
    blocks = [
        block("§ 42 Skyfallsplan för Umeå tätort", kind="heading", level=3),
        block("Kommunfullmäktige antar Skyfallsplan för Umeå tätort.", kind="list_item", marker="1."),
        block("Tekniska nämnden får i uppdrag att genomföra åtgärd 4.", kind="list_item", marker="2."),
    ]
    assert _titles(blocks) == ["Skyfallsplan för Umeå tätort"]
