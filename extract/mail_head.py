"""An e-mail's head printed with it: "Från:", "Skickat:", "Till:", "Kopia:", "Ämne:" and their values.

A mail program prints the head as lines ("Ämne: Remissvar KS 2027/0611 – Gröna Stockholm") or as a column of
labels beside a column of values (a table row "Från:\\nSkickat:\\nTill:\\nÄmne: | Henrik Sandell <…>\\nden 29 juni
2027\\n…\\nSvar på remiss av …"). Either way the fields are read here, under the Swedish labels; an e-mail's title is
its subject.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.schema import Block

_HEAD_BLOCKS = 8  # the first blocks of page 1, where a printed e-mail's head stands
_SWEDISH = {
    "from": "från",
    "sent": "skickat",
    "date": "datum",
    "to": "till",
    "cc": "kopia",
    "subject": "ämne",
    "angående": "ämne",
}

MAIL_LABEL = rule(
    "mail.label",
    r"^(?P<label>från|from|skickat|sent|datum|date|till|to|kopia|cc|ämne|subject|angående):[ \t]*(?P<value>[^\n]*)$",
    matches=("Från: Henrik Sandell <henrik.sandell@ssbf.brand.se>", "Ämne:", "Subject: SV: Yttrande", "Angående:"),
    not_matches=("Till kommunstyrelsen", "Ämnet: remissvar", "Hej,"),
)
# The marks of a forward or a reply before a subject: "SV: VB: Remissvar …" (kinds.MAIL_SUBJECT reads them too).
REPLY_MARKS = r"(?:(?:VB|SV|RE|FW|Fwd|AW):[ \t]*)"
_REPLY_MARKS = rule(
    "mail.reply_marks",
    rf"^{REPLY_MARKS}+",
    flags=0,
    matches=("SV: VB: Remissvar", "RE: Yttrande"),
    not_matches=("Svar på remiss", "Remissvar"),
)


def head_line(line: str) -> bool:
    """Whether a line is one of a printed e-mail's head under its sender's, with its value ("Till: Stockholms stad,
    kommunstyrelsen <…>", "Skickat: fredag 20 augusti 2027"; not "Till kommunstyrelsen").

    >>> head_line("Skickat: fredag 20 augusti 2027"), head_line("Till kommunstyrelsen"), head_line("Från: Eva <e@x.se>")
    (True, False, False)
    """
    found = MAIL_LABEL.match(line.strip())
    return found is not None and _label(line) != "från" and bool(found["value"].strip())


def _label(line: str) -> str | None:
    found = MAIL_LABEL.match(line.strip())
    return _SWEDISH.get(found["label"].lower(), found["label"].lower()) if found else None


def _columns(block: Block) -> Iterator[tuple[str, str]]:
    """A row's column of labels beside its column of values, line by line; a value's extra lines go on the last
    label's (a subject broken over lines)."""
    for at, cell in enumerate(block.cells[:-1]):
        labels = [label for line in text_lines(cell.text) if (label := _label(line)) is not None]
        values = text_lines(block.cells[at + 1].text)
        if labels and values and all(MAIL_LABEL.match(line.strip()) is None for line in values):
            paired = [*values[: len(labels) - 1], " ".join(values[len(labels) - 1 :])]
            yield from zip(labels, paired, strict=False)
            return


def _lines(block: Block) -> Iterator[tuple[str, str]]:
    for line in text_lines(block.text):
        if (found := MAIL_LABEL.match(line.strip())) is not None and (label := _label(line)) is not None:
            yield label, found["value"].strip()


def mail_head(first_page: Sequence[Block]) -> dict[str, str]:
    """The fields of a printed e-mail's head by their Swedish label ("från", "skickat", "till", "kopia", "ämne"),
    the first value of each; empty unless a sender's and another label stand in page 1's first blocks.

    >>> from atgard.schema import BBox, PageBox, TableCell
    >>> bbox = BBox(x0=0, top=0, x1=1, bottom=1)
    >>> box = [PageBox(page=1, bbox=bbox)]
    >>> values = "Eva <e@x.se>\\n29 juni\\nSvar på\\nremiss"
    >>> cells = [TableCell(text="Från:\\nSkickat:\\nÄmne:\\nHej,", bbox=bbox), TableCell(text=values, bbox=bbox)]
    >>> mail_head([Block(kind="table_row", text="", cells=cells, page=1, boxes=box)])["ämne"]
    'Svar på remiss'
    >>> mail_head([Block(kind="paragraph", text="Ämne: SV: Remissvar", page=1, boxes=box)])
    {}
    """
    fields: dict[str, str] = {}
    for block in first_page[:_HEAD_BLOCKS]:
        for label, value in _columns(block) if block.cells else _lines(block):
            fields.setdefault(label, value)
    return fields if "från" in fields and len(fields) >= 2 else {}


def mail_subject(first_page: Sequence[Block]) -> str | None:
    """A printed e-mail's subject without a reply's or a forward's marks: its title."""
    subject = _REPLY_MARKS.sub("", mail_head(first_page).get("ämne", "")).strip()
    return subject or None
