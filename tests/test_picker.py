"""The board picker: how clerks write a board's name, against the register as the store keeps it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from atgard.extract.boards import load_register as load_board_register
from atgard.output.picker import GROUP_FORMS, SHORT_FORMS, Register, fold, load_register, register_picker
from atgard.pipeline.ingest import open_for_writing


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Register:
    db = open_for_writing(tmp_path_factory.mktemp("picker") / "atgard.db")
    return load_register(db.conn)


@pytest.mark.parametrize(
    ("typed", "board", "office"),
    [
        # the register's forms, without diacritics, inflected, with spaces and case as typed
        ("Familjebostäder", "ab-familjebostader", None),
        ("Familjebostader", "ab-familjebostader", None),
        ("  familjebostäder ", "ab-familjebostader", None),
        ("Trafiknämndens", "trafiknamnden", None),
        ("arbetsmarknadsnämnd", "arbetsmarknadsnamnden", None),
        ("stadsdelsnämnden i Farsta", "farsta-sdn", None),
        # the place alone, and its beginning
        ("Farsta", "farsta-sdn", None),
        ("Spånga-Tensta", "spanga-tensta-sdn", None),
        ("spanga tensta", "spanga-tensta-sdn", None),
        ("Tensta", "spanga-tensta-sdn", None),
        ("Kungsholmen", "kungsholmen-sdn", None),
        ("Skärholmen", "skarholmen-sdn", None),
        # abbreviations
        ("SDN Farsta", "farsta-sdn", None),
        ("Farsta SDN", "farsta-sdn", None),
        ("AMN", "arbetsmarknadsnamnden", None),
        ("SISAB", "sisab", None),
        ("KS", "kommunstyrelsen", None),
        # the office for its board
        ("utbildningsförvaltningen", "utbildningsnamnden", "utbildningsforvaltningen"),
        ("Trafikkontoret", "trafiknamnden", "trafikkontoret"),
        ("stadsledningskontoret", "kommunstyrelsen", "stadsledningskontoret"),
        ("Farsta stadsdelsförvaltning", "farsta-sdn", "farsta-sdf"),
        # groups
        ("stadsdelsnämnderna", "samtliga-stadsdelsnamnder", None),
        ("samtliga stadsdelsnämnder", "samtliga-stadsdelsnamnder", None),
        ("samtliga nämnder", "samtliga-namnder", None),
        ("alla bolag", "samtliga-bolagsstyrelser", None),
        # small typos
        ("Arbetsmarknadsnämden", "arbetsmarknadsnamnden", None),
        ("Utbildningsnamden", "utbildningsnamnden", None),
        ("Famijebostäder", "ab-familjebostader", None),
        ("Stadsbygnadsnämnden", "stadsbyggnadsnamnden", None),
        # a board's id, as other systems may send it
        ("farsta-sdn", "farsta-sdn", None),
        # today's boards first; a board of earlier years by its own name
        ("Hägersten", "hagersten-alvsjo-sdn", None),
        ("Hägerstens stadsdelsnämnd", "hagersten-sdn", None),
        ("Stockholm Vatten AB", "stockholm-vatten", None),
        ("Stockholm Vatten", "stockholm-vatten-och-avfall", None),
    ],
)
def test_a_clerk_finds_the_board(register: Register, typed: str, board: str, office: str | None) -> None:
    picked = register.pick(typed)
    assert picked.board is not None and picked.board.id == board, (typed, picked)
    assert (picked.written.id if picked.written else None) == office


@pytest.mark.parametrize(
    ("typed", "among"),
    [
        ("kultur", {"kulturnamnden", "kulturhuset-stadsteatern"}),
        ("S:t Erik", {"st-erik-markutveckling", "st-erik-kommunikation", "st-erik-forsakring"}),
    ],
)
def test_several_boards_that_fit_are_offered(register: Register, typed: str, among: set[str]) -> None:
    picked = register.pick(typed)
    assert picked.board is None and among <= {b.id for b in picked.choices}


@pytest.mark.parametrize("typed", ["xyzzy", "Länsstyrelsen i Uppsala län med omnejd", "12"])
def test_nothing_found_gives_the_three_closest_names(register: Register, typed: str) -> None:
    picked = register.pick(typed)
    assert picked.board is None and not picked.choices
    assert len(picked.closest) == 3 and len({b.id for b in picked.closest}) == 3
    assert all(b.kind != "office" for b in picked.closest)


def test_nothing_typed_is_nothing_found(register: Register) -> None:
    assert not register.pick("   ").found and register.pick("").closest == ()


def test_the_suggestions_are_the_register_s_names_and_places(register: Register) -> None:
    suggestions = set(register.suggestions)
    assert {"Farsta", "Spånga-Tensta", "Kungsholmen", "Familjebostäder", "Trafikkontoret"} <= suggestions
    assert {"Samtliga stadsdelsnämnder", "stadsdelsnämnderna", "Arbetsmarknadsnämnden"} <= suggestions
    assert all(s == s.strip() and s for s in suggestions)


def test_every_short_form_and_group_form_names_a_board_of_the_register() -> None:
    ids = set(load_board_register().entries)
    assert set(SHORT_FORMS.values()) | set(GROUP_FORMS.values()) <= ids
    assert all(form == fold(form) for form in [*SHORT_FORMS, *GROUP_FORMS])


def test_namnd_id_in_sql_takes_what_the_picker_takes(tmp_path: Path) -> None:
    db = open_for_writing(tmp_path / "atgard.db")
    connection = sqlite3.connect(tmp_path / "atgard.db")
    register_picker(connection)
    found = connection.execute("SELECT namnd_id('SDN Farsta'), namnd_id('Trafikkontoret'), namnd_id('xyzzy')")
    assert found.fetchone() == ("farsta-sdn", "trafiknamnden", None)
    db.close()
    empty = sqlite3.connect(":memory:")  # Datasette's own database: no register, nothing found, no error
    register_picker(empty)
    assert empty.execute("SELECT namnd_id('Farsta')").fetchone() == (None,)
