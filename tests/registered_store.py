"""A new database with the board register, as an ingest makes it: the status tests store documents in it; and the
box, the document fields and the boards those tests give their items."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from atgard.extract.boards import load_register
from atgard.output import store
from atgard.output.store import open_store
from atgard.schema import BBox, PageBox
from atgard.schema.contract import Recipient

BOX = BBox(x0=71, top=100, x1=520, bottom=130)
LOCATED = {"page": 1, "bbox": BOX, "boxes": [PageBox(page=1, bbox=BOX)]}
DATED = {"kind": "tjansteutlatande", "page_count": 1, "year": 2026}
TRAFIK = Recipient(name="Trafiknämnden", board_id="trafiknamnden", kind="committee")
KULTUR = Recipient(name="Kulturnämnden", board_id="kulturnamnden", kind="committee")
IDROTT = Recipient(name="Idrottsnämnden", board_id="idrottsnamnden", kind="committee")


def registered_store(path: Path) -> Database:
    """A new database at ``path`` holding the board register."""
    register = load_register()
    db = open_store(path)
    store.save_register(db, register.entries.values(), register.surface_forms())
    return db
