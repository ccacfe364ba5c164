"""Blocks run through the text layer once: sentences and board spans, with a way back to page and box."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import BoardSpan, board_spans
from atgard.extract.mentions.shapes import shape_finders
from atgard.extract.nlp import doc_text, make_docs, sentence_bounds, swedish_pipeline, token_starts, token_texts
from atgard.schema import Block, PageBox
from atgard.schema.read import union_by_page


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Analysed:
    """A block with its spaCy Doc (same text, table cells' line breaks as spaces) and boards."""

    index: int
    block: Block
    doc: Doc
    boards: list[BoardSpan]

    @property
    def text(self) -> str:
        return self.block.text

    def sentences(self) -> list[Sentence]:
        """The block's sentences, found once (every rule that reads sentences shares them)."""
        return self._sentences

    @functools.cached_property
    def _sentences(self) -> list[Sentence]:
        texts, starts, text = token_texts(self.doc), token_starts(self.doc), doc_text(self.doc)
        sentences = []
        for first, end in sentence_bounds(self.doc):
            start_char, end_char = starts[first], starts[end - 1] + len(texts[end - 1])
            sentences.append(Sentence(start_char, end_char, text[start_char:end_char]))
        return sentences

    def boards_in(self, start: int, end: int) -> list[BoardSpan]:
        return [span for span in self.boards if span.start >= start and span.end <= end]

    def located(self, start: int = 0, end: int | None = None) -> dict[str, Any]:
        """``page``, ``bbox`` and ``boxes`` of ``text[start:end]``, for the contract's Located models."""
        return located_at(_locate(self.block, start, len(self.text) if end is None else end, self._line_bounds))

    @functools.cached_property
    def _line_bounds(self) -> tuple[list[int], list[int]] | None:
        """The block's lines' starts and ends, when both ascend (as the reader makes them): the lines that hold a
        stretch of text are then found by bisection, not by a test of every line."""
        starts, ends = [line.start for line in self.block.lines], [line.end for line in self.block.lines]
        ascending = all(a <= b for a, b in itertools.pairwise(starts)) and all(
            a <= b for a, b in itertools.pairwise(ends)
        )
        return (starts, ends) if ascending else None


def _locate(block: Block, start: int, end: int, bounds: tuple[list[int], list[int]] | None = None) -> list[PageBox]:
    """``block.locate(start, end)`` without a box made for each line on the way: one box per page around the
    block's lines that hold ``text[start:end]``. Every mention, referral and measure is located so."""
    if bounds is None:
        hit = [line for line in block.lines if line.start < end and line.end > start]
    else:  # ends ascend: from the first line ending after start; starts ascend: to the last starting before end
        hit = block.lines[bisect.bisect_right(bounds[1], start) : bisect.bisect_left(bounds[0], end)]
    hit = hit or block.lines[:1]
    if not hit:
        return block.boxes
    return union_by_page((line.page, line.bbox) for line in hit)


def located_at(boxes: Sequence[PageBox]) -> dict[str, Any]:
    """The contract's Located fields for boxes in reading order: the first box is where it starts."""
    return {"page": boxes[0].page, "bbox": boxes[0].bbox, "boxes": list(boxes)}


def analyse(blocks: Sequence[Block], register: BoardRegister) -> list[Analysed]:
    """Run the shared pipeline over every block, in one batch, finding the boards of ``register``."""
    texts = [block.text.replace("\n", " ") for block in blocks]
    docs = make_docs(swedish_pipeline(register), texts)
    finders = shape_finders("\n".join(texts))  # each block's text a part of the document's: tested once
    return [
        Analysed(index, block, doc, board_spans(doc, register, finders))
        for index, (block, doc) in enumerate(zip(blocks, docs, strict=True))
    ]
