"""Every layout pattern's examples: what the reader must recognise as page number, list mark, font style."""

from __future__ import annotations

import pytest

from atgard.extract.read.patterns import LAYOUT_PATTERNS, LayoutPattern

CASES = [(name, text, True) for name, p in LAYOUT_PATTERNS.items() for text in p.matches]
CASES += [(name, text, False) for name, p in LAYOUT_PATTERNS.items() for text in p.not_matches]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[f"{n}: {t[:40]}" for n, t, _ in CASES])
def test_layout_pattern_examples(name: str, text: str, expected: bool) -> None:
    assert (LAYOUT_PATTERNS[name].search(text) is not None) == expected


def test_every_layout_pattern_has_examples() -> None:
    assert {"furniture.page_number", "list.marker", "font.bold", "font.italic"} <= set(LAYOUT_PATTERNS)
    assert all(isinstance(p, LayoutPattern) and p.matches for p in LAYOUT_PATTERNS.values())
