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
