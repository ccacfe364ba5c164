"""Review of holdout15: decision points (extract/decisions.py, extract/decision_zone.py, extract/lead_ins.py)."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.schema import Block

REGISTER = load_register()


def _blocks(texts: list[str]) -> list[Block]:
    """Paragraphs one under the other on page 1; a text opening "# " a heading."""
    blocks = []
    for number, text in enumerate(texts):
        kind = "heading" if text.startswith("# ") else "paragraph"
        box = {"page": 1, "bbox": {"x0": 71.0, "top": 100.0 + 20 * number, "x1": 500.0, "bottom": 112.0 + 20 * number}}
        block = {"kind": kind, "text": text.removeprefix("# "), "page": 1, "boxes": [box]}
        blocks.append(Block.model_validate({**block, "level": 2} if kind == "heading" else block))
    return blocks


def _points(texts: list[str], office: str, addressee: str | None = None) -> list[str]:
    decision = extract_decision(analyse(_blocks(texts), REGISTER), office, addressee or office, REGISTER)
    return [point.text for point in decision.points]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # the reviewer's counter-example, with a note no other stop ends
            [
                "Socialnämnden beslutar att ge förvaltningen i uppdrag att återkomma i frågan,",
                "Ärendet har beretts i samråd med stadsdelsförvaltningarna.",
            ],
            ["Socialnämnden beslutar att ge förvaltningen i uppdrag att återkomma i frågan,"],
        ),
        (  # a board's own point ending in ",", then the reasons
            [
                "Kulturnämnden beslutar att anta förslag till yttrande,",
                "Förvaltningen har följt upp verksamheten under året.",
            ],
            ["Kulturnämnden beslutar att anta förslag till yttrande,"],
        ),
        (  # the next "att"-paragraphs go on as points, then a note ends them
            [
                "Socialnämnden beslutar att godkänna rapporten,",
                "att ge förvaltningen i uppdrag att återrapportera i juni 2027,",
                "att förklara paragrafen omedelbart justerad.",
                "Rapporten har tagits fram av avdelningen för stöd och service.",
            ],
            [
                "Socialnämnden beslutar att godkänna rapporten,",
                "att ge förvaltningen i uppdrag att återrapportera i juni 2027,",
                "att förklara paragrafen omedelbart justerad.",
            ],
        ),
        (  # a numbered "att"-paragraph goes on too
            ["Socialnämnden beslutar att godkänna rapporten,", "2. att överlämna den till kommunstyrelsen."],
            ["Socialnämnden beslutar att godkänna rapporten,", "att överlämna den till kommunstyrelsen."],
        ),
    ],
)
def test_a_lead_ins_open_points_take_only_att_clauses(texts: list[str], expected: list[str]) -> None:
    assert _points(texts, "Socialnämnden") == expected
