"""`atgard inspect --why`: items with the rules that made them, and the cue sentences that gave none."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from atgard.extract import explain as explain_module
from atgard.extract.boards import load_register
from atgard.extract.explain import CUE, explain
from atgard.extract.rules import RULES, Rule
from atgard.pipeline.cli import cli
from atgard.schema import ReadDocument

REGISTER = load_register()


def _explained(remissvar: ReadDocument, block, texts: list[tuple[str, str]]):
    blocks = [block(text, kind=kind, level=1 if kind == "heading" else None) for kind, text in texts]
    return explain(remissvar.model_copy(update={"blocks": blocks}), REGISTER)


def test_an_item_lists_the_rules_that_made_it(remissvar: ReadDocument, block) -> None:
    explanation = _explained(
        remissvar, block, [("paragraph", "Rapporten remitteras till kulturnämnden och idrottsnämnden för yttrande.")]
    )
    (referral,) = [item for item in explanation.items if item.kind == "referral"]
    assert any(name.startswith("referral.") for name in referral.rules)
    assert all(name in RULES for name in referral.rules)


def test_a_cue_that_gave_nothing_is_listed_with_its_section(remissvar: ReadDocument, block) -> None:
    explanation = _explained(
        remissvar,
        block,
        [
            ("heading", "§ 5 Remiss om cykelplan"),
            ("paragraph", "Ordföranden redogjorde för remissen."),  # a cue, no item, under a protocol's §
            ("heading", "Bakgrund"),
            ("paragraph", "Remissen kom in i mars."),  # a cue, no item, elsewhere
        ],
    )
    cues = {cue.text: cue for cue in explanation.unexplained}
    assert cues["Ordföranden redogjorde för remissen."].in_item_section
    assert cues["Ordföranden redogjorde för remissen."].section == "§ 5 Remiss om cykelplan"
    assert not cues["Remissen kom in i mars."].in_item_section


def test_a_rule_that_explains_a_cue_takes_it_off_the_unexplained(
    remissvar: ReadDocument, block, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Ordföranden redogjorde för remissen."
    before = _explained(remissvar, block, [("paragraph", text)])
    assert [cue.text for cue in before.unexplained] == [text]

    motion = Rule("test.motion", r"\bredogjorde\b", ("X redogjorde för",), explains_cue=True, flags=0)
    monkeypatch.setitem(RULES, "test.motion", motion)  # declared for this test only
    extract_document = explain_module.extract_document

    def extracting_with_the_motion_rule(read_document: ReadDocument, register):
        document = extract_document(read_document, register=register)
        for found in read_document.blocks:  # as a rule module would, during extraction
            motion.search(found.text)
        return document

    monkeypatch.setattr(explain_module, "extract_document", extracting_with_the_motion_rule)
    after = _explained(remissvar, block, [("paragraph", text)])
    (cue,) = after.cues
    assert cue.explained_by == ("test.motion",) and not after.unexplained


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ärendet har internremitterats till tre nämnder.", "internremitterats"),
        ("Styrelsen beslöt följande.", "beslöt"),
        ("Svaren ska ha kommit in senast den 3 maj.", "Svaren"),
        ("Ledamoten Eva Ek (S) utsågs att justera protokollet.", "utsågs"),
        ("Nämnden ombeds lämna synpunkter.", "ombeds"),
        ("Budgeten för året redovisas i bilagan.", None),
    ],
)
def test_cue_words(text: str, cue: str | None) -> None:
    found = CUE.pattern.search(text)
    assert (found.group() if found else None) == cue


def test_inspect_why_prints_items_and_cues(examples) -> None:
    result = CliRunner().invoke(cli, ["inspect", str(examples / "seed-lagesrapport.pdf"), "--why"])
    assert result.exit_code == 0, result.output
    assert "rules: " in result.output and "referral" in result.output
    assert "sentences with a cue and no item" in result.output
