"""A letter's subject line set in running type: its title when no heading stands over its text.

A scan's OCR sees no bold, and some letters do not set their subject apart: "Synpunkter på förslaget till
regionalt åtgärdsprogram för …" is then a paragraph like the text under it. Such a line is the title only when it
names the report it answers or remits (report_headings.ANSWERED_IN_HEADING), and it is taken whole when it breaks
into the next line ("… ANDTS-förebyggande" / "arbete i Skåne län 2028–2031").
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.logo_name import all_capitals
from atgard.extract.mail_head import mail_subject
from atgard.extract.report_headings import ANSWERED_IN_HEADING
from atgard.extract.rules import rule
from atgard.extract.title_parts import BREAKS_OFF
from atgard.schema import Block

RUNNING_TEXT = 200  # characters: a paragraph this long is the body's running text, which a title stands over
_SENTENCE_WORDS = 10  # words: a sentence this long is running text too (a short letter's first)
_SUBJECT_MAX = 200  # characters: a longer paragraph is text, not a subject line


def _running(block: Block) -> bool:
    """A paragraph of the body's running text: a long one, or a sentence ("Lantmäteriet har tagit emot rubricerad
    remiss från Stockholms stad och har tagit del av förslaget."), which no address nor name is."""
    text = block.text.strip()
    return block.kind == "paragraph" and (
        len(text) >= RUNNING_TEXT or (text.endswith(".") and len(text.split()) >= _SENTENCE_WORDS)
    )


def over_running_text(first_page: Sequence[Block]) -> list[Block]:
    """Page 1's blocks over its running text (its first sentence or paragraph of some length); all of them when it
    has none."""
    body = next((n for n, block in enumerate(first_page) if _running(block)), None)
    return list(first_page if body is None else first_page[:body])


def _first_text(block: Block) -> str:
    return (block.cells[0].text if block.kind == "table_row" and block.cells else block.text).strip()


# A line that breaks off before the rest of a name: "Svar på remissen om" / "Strategi för idrott och hälsa".
_BREAKS_OFF = rule(
    "title.subject_breaks_off",
    rf"\s{BREAKS_OFF}$",
    matches=("Svar på remissen om", "Synpunkter på förslaget till regionalt program för"),
    not_matches=("Synpunkter på förslaget", "Yttrande över Plan för idrott"),
)


def _joined(line: str, below: Block | None) -> str:
    """A subject line with the line it breaks into: one that opens in lower case, or any after a line that breaks
    off ("… remissen om" / "Strategi …"); a speck beside it, which a scan's OCR reads as a second cell, left out."""
    if below is None or below.kind not in ("paragraph", "table_row") or line.endswith((".", ":")):
        return line
    rest = _first_text(below)
    return f"{line} {rest}" if rest[:1].islower() or _BREAKS_OFF.search(line) else line


def subject_line(first_page: Sequence[Block]) -> str | None:
    """The paragraph over page 1's running text that names the report the letter answers or remits.

    >>> from atgard.schema import BBox, PageBox
    >>> box = [PageBox(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1))]
    >>> def para(text): return Block(kind="paragraph", text=text, page=1, boxes=box)
    >>> subject_line([para("Malmö den 11 maj 2027"), para("Synpunkter på förslaget till regionalt program för"),
    ...               para("arbete i Skåne län 2028-2031"), para("Genom remissen har vi fått möjlighet " * 8)])
    'Synpunkter på förslaget till regionalt program för arbete i Skåne län 2028-2031'
    >>> subject_line([para("Malmö den 11 maj 2027"), para("Vi har tagit del av förslaget " * 10)])
    """
    found = subject_block(first_page)
    return found[1] if found is not None else None


def _headed(over: Sequence[Block]) -> bool:
    """Whether a heading stands over the running text: a name in capitals heading the page is a logo, no heading."""
    return any(b.kind == "heading" and not (n == 0 and all_capitals(b.text)) for n, b in enumerate(over))


def subject_block(first_page: Sequence[Block]) -> tuple[int, str] | None:
    """The subject line's block (its index in ``first_page``) and its text with the line it breaks into; none when a
    heading stands over the running text (the title, and a line under it is what the letter is about)."""
    over = over_running_text(first_page)
    if _headed(over):
        return None
    below: list[Block | None] = [*first_page[1:], None]
    for n, (block, after) in enumerate(zip(over, below, strict=False)):
        text = block.text.strip()
        if block.kind != "paragraph" or len(text) > _SUBJECT_MAX:
            continue
        whole = _joined(text, after)
        if ANSWERED_IN_HEADING.match(whole):
            return n, whole
    return None


def subject_lines(blocks: Sequence[Block]) -> dict[int, tuple[int, str]]:
    """The document's subject line by its block's index in ``blocks`` (none or one): where it starts in the block,
    and its text, whole; a printed e-mail's subject (mail_head.py) as well as a letter's."""
    first_page = [n for n, block in enumerate(blocks) if block.page == 1]
    if (found := subject_block([blocks[n] for n in first_page])) is not None:
        return {first_page[found[0]]: (0, found[1])}
    if (subject := mail_subject([blocks[n] for n in first_page])) is not None:
        for n in first_page:
            if (at := blocks[n].text.find(subject)) >= 0:  # (a subject broken over a cell's lines is not found)
                return {n: (at, subject)}
    return {}
