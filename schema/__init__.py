"""The data contract: pydantic models that every stage after reading speaks in."""

from atgard.schema.read import (
    BBox,
    Block,
    BlockKind,
    HeaderFields,
    LineSpan,
    PageBox,
    PageInfo,
    ReadDocument,
    StyleRun,
    TableCell,
)

__all__ = [
    "BBox",
    "Block",
    "BlockKind",
    "HeaderFields",
    "LineSpan",
    "PageBox",
    "PageInfo",
    "ReadDocument",
    "StyleRun",
    "TableCell",
]
