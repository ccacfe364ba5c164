"""What the PDF reader hands to the rest of the pipeline: pages, blocks, boxes.

Coordinates are PDF points with the origin at the top left of the page
(pdfplumber's convention): ``x0 < x1`` left to right, ``top < bottom``
top to bottom.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

PageNumber = Annotated[int, Field(ge=1, description="1-based page number")]
Points = Annotated[float, Field(ge=0, description="PDF points from the page's top left")]
CharOffset = Annotated[int, Field(ge=0, description="offset into the block text")]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]

BlockKind = Literal["heading", "paragraph", "list_item", "table_row"]


class Model(BaseModel):
    """Base of every model of the contract: unknown fields are errors, instances are values."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class BBox(Model):
    x0: Points
    top: Points
    x1: Points
    bottom: Points

    @model_validator(mode="after")
    def _ordered(self) -> BBox:
        if self.x1 < self.x0 or self.bottom < self.top:
            raise ValueError("box corners out of order")
        return self


_M = TypeVar("_M", bound=Model)
_set = object.__setattr__


def _constructed(model: type[_M], values: dict[str, Any]) -> _M:
    """``model`` holding ``values`` (every one of its fields, in order), not validated: what ``model_construct``
    sets, without its walk over the fields for aliases and defaults (which costs more than validating)."""
    instance = model.__new__(model)
    _set(instance, "__dict__", values)
    _set(instance, "__pydantic_fields_set__", set(values))
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


def checked_bbox(x0: float, top: float, x1: float, bottom: float) -> BBox:
    """``BBox(x0=x0, top=top, x1=x1, bottom=bottom)``, checked here in one comparison where the values keep the
    contract (floats, corners in order, none negative: the reader makes one for every line); any others are
    validated, and raise as BBox does.

    >>> checked_bbox(1.0, 2.0, 3.0, 4.0) == BBox(x0=1.0, top=2.0, x1=3.0, bottom=4.0)
    True
    >>> checked_bbox(1, 2, 3, 4).x0  # not floats: validated, so converted
    1.0
    """
    floats = type(x0) is float and type(top) is float and type(x1) is float and type(bottom) is float
    if floats and 0.0 <= x0 <= x1 and 0.0 <= top <= bottom:  # NaN fails it too
        return _constructed(BBox, {"x0": x0, "top": top, "x1": x1, "bottom": bottom})
    return BBox(x0=x0, top=top, x1=x1, bottom=bottom)


class PageBox(Model):
    """Where (part of) an item stands: one per page for items crossing a page break."""

    page: PageNumber
    bbox: BBox


class StyleRun(Model):
    """An italic or bold stretch of a block's text, as ``text[start:end]``."""

    style: Literal["italic", "bold"]
    start: CharOffset
    end: CharOffset


class LineSpan(Model):
    """One PDF line of a block: ``text[start:end]`` stands in ``bbox`` on ``page``."""

    start: CharOffset
    end: CharOffset
    page: PageNumber
    bbox: BBox


def checked_line_span(start: int, end: int, page: int, bbox: BBox) -> LineSpan:
    """``LineSpan(start=start, end=end, page=page, bbox=bbox)``, checked here where the values keep the contract
    (as :func:`checked_bbox`); any others are validated.

    >>> box = BBox(x0=1.0, top=2.0, x1=3.0, bottom=4.0)
    >>> checked_line_span(0, 5, 1, box) == LineSpan(start=0, end=5, page=1, bbox=box)
    True
    """
    typed = type(start) is int and type(end) is int and type(page) is int and type(bbox) is BBox
    if typed and start >= 0 and end >= 0 and page >= 1:
        return _constructed(LineSpan, {"start": start, "end": end, "page": page, "bbox": bbox})
    return LineSpan(start=start, end=end, page=page, bbox=bbox)


class TableCell(Model):
    text: str
    bbox: BBox


class Block(Model):
    kind: BlockKind
    text: str
    level: int | None = Field(None, ge=1, description="heading level, 1 = largest")
    marker: str | None = Field(None, description="list marker: '•', '-', '1.', 'a)'")
    cells: list[TableCell] = Field(default_factory=list, description="table_row cells, left to right")
    runs: list[StyleRun] = Field(default_factory=list)
    page: PageNumber = Field(description="the page the block starts on")
    boxes: list[PageBox] = Field(min_length=1)
    lines: list[LineSpan] = Field(default_factory=list, description="where each PDF line's text stands")

    def styled(self, style: Literal["italic", "bold"]) -> list[str]:
        """The texts of this block's runs of one style, in order."""
        return [self.text[run.start : run.end] for run in self.runs if run.style == style]

    def locate(self, start: int, end: int) -> list[PageBox]:
        """Boxes (one per page) around the lines that hold ``text[start:end]``."""
        hit = [line for line in self.lines if line.start < end and line.end > start] or self.lines[:1]
        return union_per_page([PageBox(page=line.page, bbox=line.bbox) for line in hit]) or self.boxes


def union_per_page(boxes: list[PageBox]) -> list[PageBox]:
    """One box per page around all the given boxes on it, pages in order."""
    return union_by_page((box.page, box.bbox) for box in boxes)


def union_by_page(boxes: Iterable[tuple[int, BBox]]) -> list[PageBox]:
    """One box per page around the (page, box) pairs on it, pages in order (no PageBox made for each)."""
    by_page: dict[int, list[BBox]] = {}
    for page, bbox in boxes:
        by_page.setdefault(page, []).append(bbox)
    return [PageBox(page=page, bbox=_around(on_page)) for page, on_page in sorted(by_page.items())]


def _around(boxes: list[BBox]) -> BBox:
    """The box around these boxes: the one box itself when there is one (most items stand on one line)."""
    if len(boxes) == 1:
        return boxes[0]
    return BBox(
        x0=min(b.x0 for b in boxes),
        top=min(b.top for b in boxes),
        x1=max(b.x1 for b in boxes),
        bottom=max(b.bottom for b in boxes),
    )


class PageInfo(Model):
    number: PageNumber
    width: Points
    height: Points
    char_count: int = Field(ge=0, description="characters read on the page, spaces not counted")
    turned: int = Field(
        0,
        ge=0,
        lt=360,
        description="degrees the page was turned counter-clockwise to read its text upright (text printed "
        "sideways, upside down or on a slant); width, height and every box on the page are the turned page's",
    )
    mirrored: bool = Field(False, description="the page's text is mirror writing, and was read mirrored back")
    right_to_left: bool = Field(
        False, description="most of the page's letters are of a right-to-left script: read from the right edge"
    )
    text_source: Literal["pdf", "ocr", "none"] = Field(
        "pdf", description="the page's text came from the PDF's text layer, from OCR, or the page has none"
    )
    images: int = Field(0, ge=0, description="images drawn on the page (a page with images and no text is a scan)")
    furniture: list[str] = Field(
        default_factory=list, description="the page's lines taken out as running header or footer, top to bottom"
    )
    asides: list[str] = Field(
        default_factory=list,
        description="lines printed in another direction than the page's text (a turned margin note or label), "
        "each read in its own direction; not part of the reading flow",
    )


class HeaderSegment(Model):
    """A stretch of text in the first page's running header, and the side of the page it stands on.

    The reader hands these over (page numbers left out: they are layout); the rules
    (``extract/header.py``) read the header's fields from them.
    """

    text: str
    column: Literal["left", "right"] = Field(
        description="left: it starts in the left part of the page, where office and unit stand; right: elsewhere"
    )


class HeaderFields(Model):
    """Fields of the first page's running header (the page furniture that repeats).

    The reader fills ``page_count`` (from "Sida 1 (11)") and ``lines``; the rest are read from the
    document's :class:`HeaderSegment` by ``extract/header.py`` (``header_fields``), and are empty
    in a document just read.
    """

    office: str | None = None
    unit: str | None = None
    document_type: str | None = None
    diarienummer: str | None = None
    date: str | None = None
    page_count: int | None = Field(None, ge=1, description="the M of 'Sida N (M)'")
    lines: list[str] = Field(default_factory=list, description="header and footer lines as read")


class ReadDocument(Model):
    id: Sha256 = Field(description="sha256 of the PDF bytes")
    filename: str
    page_count: int = Field(ge=1)
    pages: list[PageInfo]
    header: HeaderFields
    header_segments: list[HeaderSegment] = Field(
        default_factory=list,
        description="the first page's running header, stretch by stretch top to bottom, page numbers left out: "
        "what the header's fields are read from",
    )
    blocks: list[Block]
    backend: Literal["pdfium", "pdfplumber"] = Field(description="the PDF parser that read it")
    text_source: Literal["pdf", "ocr"] = Field("pdf", description="the text layer was in the PDF, or made by OCR")
