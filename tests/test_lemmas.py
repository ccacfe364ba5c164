"""Words by their lemma: the committed forms are what the lemma table gives, and forms and compounds are found."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from atgard.extract.lemmas import forms, forms_pattern, lemma_of

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("lemma_forms", ROOT / "tools" / "lemma_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_forms_are_what_the_lemma_table_gives() -> None:
    pytest.importorskip("spacy_lookups_data")
    tool = _tool()
    cues = tool.cue_lemmas((ROOT / "extract/data/cue_lemmas.txt").read_text(encoding="utf-8"))
    committed = json.loads((ROOT / "extract/data/lemma_forms.json").read_text(encoding="utf-8"))
    assert committed == tool.lemma_forms(tool.swedish_table(), cues)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("remitterats", "remittera"),
        ("Remitteras", "remittera"),
        ("internremitterats", "remittera"),  # a compound
        ("underremitteras", "remittera"),
        ("återremitterades", "remittera"),
        ("översänts", "översända"),
        ("översändes", "översända"),
        ("beslöt", "besluta"),
        ("beslutade", "besluta"),
        ("utsågs", "utse"),
        ("avstår", "avstå"),
        ("skickats", "skicka"),  # a regular form the table lacks
        ("tillstyrker", "tillstyrka"),
        ("yrkade", "yrka"),
        ("nämnden", None),
        ("konstanta", None),  # "anta" ends it, but too short to be a compound's last part
        ("remiss", None),
    ],
)
def test_lemma_of(word: str, lemma: str | None) -> None:
    assert lemma_of(word) == lemma


def test_a_pattern_of_forms_matches_whole_words_only() -> None:
    pattern = re.compile(forms_pattern("yttra", "remittera", compounds=True), re.IGNORECASE)
    assert [m.group() for m in pattern.finditer("Ärendet har internremitterats för att yttras över; remissen")] == [
        "internremitterats",
        "yttras",
    ]
    assert not pattern.search("yttrandena")  # a noun of its own lemma ("yttrande") is not the verb's form here


def test_an_unknown_lemma_says_where_to_add_it() -> None:
    with pytest.raises(KeyError, match=r"cue_lemmas\.txt"):
        forms("flyga")
