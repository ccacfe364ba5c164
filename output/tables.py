"""One description per table: which column holds which field of the contract.

The store writes rows with :meth:`Table.row` and the export reads them back
with :meth:`Table.load`, so a column is named once, here. (The migrations
name columns too, as history: a shipped migration never changes.)
"""

from __future__ import annotations

import functools
import json
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, cast

from atgard.schema.keys import title_key
from atgard.schema.read import BBox

Row = dict[str, Any]
_BOX = ("x0", "top", "x1", "bottom")
# json.dumps makes an encoder per call when given any option: the store encodes some fifty thousand values per
# batch of three hundred documents, so each encoding is made once (the same text: the same options)
to_json = json.JSONEncoder().encode
to_json_unescaped = json.JSONEncoder(ensure_ascii=False).encode


@dataclass(frozen=True)
class Column:
    """A column and the field it holds: a dotted path into the item (``case_officer.name``), "" for the item.

    A ``json`` column holds a list or model as JSON text.
    """

    name: str
    path: str
    json: bool = False

    @functools.cached_property
    def _field(self) -> Callable[[object], Any]:
        """The field's getter, made once: every cell of every stored row is read with it."""
        return operator.attrgetter(self.path) if self.path else _itself

    def value(self, item: object) -> Any:
        item = self._field(item)
        if not self.json:
            return item
        return None if item is None else to_json_unescaped(_plain(item))

    def loaded(self, value: Any) -> Any:
        return json.loads(value) if self.json and value is not None else value


def _itself(item: object) -> object:
    return item


def _plain(item: Any) -> Any:
    if isinstance(item, list):
        return [_plain(x) for x in item]
    return item.model_dump(mode="json") if hasattr(item, "model_dump") else item


def columns(*names: str) -> tuple[Column, ...]:
    """Columns named like the fields they hold."""
    return tuple(Column(name, name) for name in names)


@dataclass(frozen=True)
class Table:
    """A table of items that belong to an owner (a document, a referral, a measure), in order (``seq``).

    ``place`` says how the item's position is stored: ``located`` (page, box
    and boxes, always there), ``optional`` (page and box when known), or
    nothing. ``keys`` are columns written for joins and never read back: the
    title key of a field.
    """

    name: str
    owner: str
    columns: tuple[Column, ...]
    place: Literal["located", "optional"] | None = None
    keys: Mapping[str, str] = field(default_factory=dict)
    ordered: bool = True  # has a ``seq`` column: the item's place among its owner's

    def row(self, owner_id: object, seq: int, item: object) -> Row:
        row: Row = {self.owner: owner_id, **{c.name: c.value(item) for c in self.columns}}
        if self.ordered:
            row["seq"] = seq
        row.update({column: title_key(getattr(item, path) or "") for column, path in self.keys.items()})
        if self.place is not None:
            row.update(_place_columns(cast(_Placed, item)))
        return row

    def load(self, row: Row) -> Any:
        """The item's fields from its row (nested where the paths are); the value of a table of values."""
        if len(self.columns) == 1 and not self.columns[0].path:
            return row[self.columns[0].name]
        loaded: dict[str, Any] = {}
        for column in self.columns:
            *parents, last = column.path.split(".")
            target = loaded
            for part in parents:
                target = target.setdefault(part, {})
            target[last] = column.loaded(row[column.name])
        if self.place == "located":
            loaded.update(page=row["page"], bbox=_box(row), boxes=json.loads(row["boxes"]))
        elif self.place == "optional":
            loaded.update(page=row["page"], bbox=_box(row) if row["x0"] is not None else None)
        return loaded


def _box(row: Row) -> dict[str, float]:
    return {k: row[k] for k in _BOX}


def boxes_json(boxes: list[Any]) -> str:
    return to_json([box.model_dump() for box in boxes])


class _Placed(Protocol):
    @property
    def page(self) -> int | None: ...
    @property
    def bbox(self) -> BBox | None: ...


def _place_columns(item: _Placed) -> Row:
    """Page, box and boxes of an item; a report named without a box has none."""
    page, bbox = item.page, item.bbox
    if bbox is None:
        return {"page": page, **dict.fromkeys(_BOX), "boxes": None}
    boxes = getattr(item, "boxes", None)
    if boxes is None:  # a report: one box, where it is first named
        boxes_text = to_json([{"page": page, "bbox": bbox.model_dump()}]) if page else None
    else:
        boxes_text = boxes_json(boxes)
    return {"page": page, **bbox.model_dump(), "boxes": boxes_text}


# How sure the extraction is of an item (the contract's Evidence), on every item that has it and the document.
EVIDENCE = (
    Column("confidence", "evidence.confidence"),
    Column("reasons", "evidence.reasons", json=True),
    Column("rules", "evidence.rules", json=True),
)

DOCUMENTS = Table(
    "documents",
    owner="id",
    columns=(
        *columns("filename", "page_count", "office", "unit", "diarienummer", "kind", "title", "subtitle"),
        *columns("addressee", "date", "year", "text_source"),
        Column("case_officer_name", "case_officer.name"),
        Column("case_officer_phone", "case_officer.phone"),
        Column("case_officer_email", "case_officer.email"),
        Column("decision_proposed_by", "decision.proposed_by"),
        Column("decision_decided_by", "decision.decided_by"),
        *EVIDENCE,
    ),
    keys={"title_key": "title"},
    ordered=False,
)
SIGNATORIES = Table("signatories", "document_id", columns("name", "title"), place="located")
DECISION_POINTS = Table(
    "decision_points", "document_id", (*columns("number", "text", "decided_by"), *EVIDENCE), place="located"
)
REPORTS = Table(
    "reports", "document_id", columns("title", "year", "annex_number"), place="optional", keys={"title_key": "title"}
)
REFERRALS = Table(
    "referrals",
    "document_id",
    (
        *columns("report_title", "action", "scope", "priority", "condition", "text", "reply_by"),
        Column("reply_by_source", "reply_by_source", json=True),
        *EVIDENCE,
        Column("recounted", "recounted"),
        Column("stated_answers", "stated_answers", json=True),
    ),
    place="located",
    keys={"report_title_key": "report_title"},
)
REFERRAL_RECIPIENTS = Table(
    "referral_recipients",
    "referral_id",
    (*columns("name", "board_id", "kind"), Column("is_group", "group"), Column("excluding", "excluding", json=True)),
)
REFERRAL_MEASURE_CODES = Table("referral_measure_codes", "referral_id", (Column("code", ""),))
MEASURES = Table(
    "measures",
    "document_id",
    (*columns("code", "group_code", "group_title", "report_title", "text", "section"), *EVIDENCE),
    place="located",
    keys={"report_title_key": "report_title"},
)
MEASURE_RESPONSIBLE = Table("measure_responsible", "measure_id", columns("name", "board_id", "kind"))
ANSWERS = Table(
    "answers",
    "document_id",
    (
        Column("board_name", "answering_body.name"),
        Column("board_id", "answering_body.board_id"),
        Column("board_kind", "answering_body.kind"),
        *columns("report_title", "in_reply_to", "date"),
        Column("measure_codes", "measure_codes", json=True),
        *EVIDENCE,
        Column("declines", "declines"),
        Column("organisation", "organisation"),
    ),
    place="located",
    keys={"report_title_key": "report_title"},
)
MENTIONS = Table("mentions", "document_id", columns("board_id", "name", "kind", "text"), place="located")
CUES = Table("cues", "document_id", columns("text", "cue", "section", "in_item_section"), place="optional")
