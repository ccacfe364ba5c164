"""The data contract: pydantic models that every stage after reading speaks in.

The models load on first use (PEP 562), so that importing a light module of the contract
(``errors``, ``kinds``, ``keys``) does not load pydantic: the CLI's quick start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from atgard.schema.read import (
        BBox,
        Block,
        BlockKind,
        HeaderFields,
        HeaderSegment,
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
    "HeaderSegment",
    "LineSpan",
    "PageBox",
    "PageInfo",
    "ReadDocument",
    "StyleRun",
    "TableCell",
]


def __getattr__(name: str) -> object:
    if name in __all__:
        return getattr(importlib.import_module("atgard.schema.read"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
