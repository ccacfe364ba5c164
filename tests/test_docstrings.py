"""The examples in the rules' docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

PACKAGES = ["atgard.extract", "atgard.schema", "atgard.output", "atgard.pipeline"]
# Every module at any depth: extract.read, extract.referrals, extract.mentions and their modules too.
MODULES = sorted(
    info.name
    for package in PACKAGES
    for info in pkgutil.walk_packages(importlib.import_module(package).__path__, package + ".")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_rules_have_examples() -> None:
    attempted = {name: doctest.testmod(importlib.import_module(name)).attempted for name in MODULES}
    assert attempted["atgard.extract.read.text"] > 0 and attempted["atgard.extract.read.furniture"] > 0
