"""The review of holdout18's addressee.

- The labelled box's readers (labels, cells, blocks a label over its value) are a module of their own, and
  addressee.py stays under the size limit (finding 14).
"""

from __future__ import annotations

from pathlib import Path

from made_blocks import lines_block, table_row

from atgard.extract import addressee, labelled_box
from atgard.extract.addressee import header_box


def test_labelled_box_readers_have_their_own_module() -> None:
    assert addressee.BOX_LABEL is labelled_box.BOX_LABEL
    assert not hasattr(addressee, "_continued_address") and not hasattr(addressee, "_label_groups")
    assert len(Path(addressee.__file__).read_text(encoding="utf-8").splitlines()) <= 400
    rows = [table_row("Till", "Ert diarienummer"), table_row("Utbildningsdepartementet", "U2025/01587")]
    assert header_box(rows).addressee == "Utbildningsdepartementet"
    assert header_box([lines_block("Till Kommunstyrelsen", "Jönköpings kommun")]).addressee == "Kommunstyrelsen"
