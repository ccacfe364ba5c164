"""The review of holdout15's responsible lists: a list's items cut at its commas, "och", "samt" and "respektive",
the last item after the last joint (``_pieces`` had a line after its loop that could never run); the municipalities
named as one group by a word for how many ("de berörda kommunerna") are one of the responsible, by the same piece
the mentions read them with (extract/municipality_group.py); "länets kommuner" is a group only as the responsible."""

from __future__ import annotations

import pytest

from atgard.extract.boards import load_register
from atgard.extract.measure_responsible import _pieces, measure_responsible
from atgard.extract.mentions.shapes import municipality_groups

REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("regionala utvecklingsnämnden och kommunerna", ["regionala utvecklingsnämnden", "kommunerna"]),
        ("kommunerna", ["kommunerna"]),
        ("Trafiknämnden, kulturnämnden samt kommunerna", ["Trafiknämnden", "kulturnämnden", "kommunerna"]),
        ("Länsstyrelsen respektive kommunerna och ", ["Länsstyrelsen", "kommunerna"]),
        ("", []),
    ],
    ids=["och", "alone", "comma samt", "trailing joint", "empty"],
)
def test_a_lists_pieces(text: str, pieces: list[str]) -> None:
    assert [text[start:end] for start, end in _pieces(text)] == pieces


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Länsstyrelsen samt de berörda kommunerna", ["Länsstyrelsen i Stockholms län", "De berörda kommunerna"]),
        ("Trafikverket och de övriga kommunerna", ["Trafikverket", "De övriga kommunerna"]),
        ("samtliga kommuner", ["Samtliga kommuner"]),
        ("regionala utvecklingsnämnden och länets kommuner", ["Regionala utvecklingsnämnden", "Länets kommuner"]),
        ("kommunerna i länet samt Region Stockholm", ["Kommunerna i länet", "Region Stockholm"]),
    ],
    ids=["reviewer de berörda", "de övriga", "samtliga", "länets", "i länet"],
)
def test_the_municipalities_as_one_responsible(text: str, names: list[str]) -> None:
    assert [r.name for r in measure_responsible(text, REGISTER)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("yttrandet skickas till de berörda kommunerna", ["De berörda kommunerna"]),
        ("remitteras till samtliga skånska kommuner och SKR", ["Samtliga skånska kommuner"]),
        ("remitteras till länets kommuner", []),
        ("Sveriges kommuner har stora behov", []),
    ],
    ids=["de berörda", "skånska", "länets in a text", "sveriges"],
)
def test_the_mentions_read_the_same_groups(text: str, names: list[str]) -> None:
    assert [span.name for span in municipality_groups(text)] == names
