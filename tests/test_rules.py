"""Every sentence rule's examples: what it must match and what it must not."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from atgard.extract.rules import RULES, Rule
from atgard.extract.vocabulary import FRAGMENTS

# Every rule module declares its rules when imported: all of extract/ (the reader has its own patterns).
for info in pkgutil.walk_packages(importlib.import_module("atgard.extract").__path__, "atgard.extract."):
    if not info.name.startswith("atgard.extract.read"):
        importlib.import_module(info.name)

CASES = [(name, text, True) for name, r in RULES.items() for text in r.matches]
CASES += [(name, text, False) for name, r in RULES.items() for text in r.not_matches]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[f"{n}: {t[:40]}" for n, t, _ in CASES])
def test_rule_examples(name: str, text: str, expected: bool) -> None:
    assert (RULES[name].search(text) is not None) == expected


def test_every_rule_module_declares_rules_with_examples() -> None:
    assert {name.split(".")[0] for name in RULES} >= {"referral", "decision", "measure", "report", "dates", "answer"}
    assert all(isinstance(r, Rule) and r.matches for r in RULES.values())


FRAGMENT_CASES = [(name, text, True) for name, f in FRAGMENTS.items() for text in f.matches]
FRAGMENT_CASES += [(name, text, False) for name, f in FRAGMENTS.items() for text in f.not_matches]


@pytest.mark.parametrize(
    ("name", "text", "expected"), FRAGMENT_CASES, ids=[f"{n}: {t[:40]}" for n, t, _ in FRAGMENT_CASES]
)
def test_vocabulary_fragment_examples(name: str, text: str, expected: bool) -> None:
    """A fragment matches each of its examples whole (a rule's examples only need to be found in a sentence)."""
    assert FRAGMENTS[name].fullmatch(text) == expected
