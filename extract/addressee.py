"""Who a document is to, and who handles it: the header box, a letter's address, a table of labels.

A memo's box names its case officer and addressee ("Handläggare | Till"); an answer letter to a
ministry or an agency names its addressee in an address over the title ("Landsbygds- och
infrastrukturdepartementet / li.remissvar@regeringskansliet.se", "Regeringskansliet /
Finansdepartementet / 103 33 Stockholm"), in a labelled cell ("Mottagare / Finansdepartementet"), or
in a table whose first row holds the labels and the row under it the values ("Till | Ert diarienummer" /
"Utbildningsdepartementet | U2025/01587").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from atgard.extract.address_lines import EMAIL as _EMAIL
from atgard.extract.address_lines import PHONE as _PHONE
from atgard.extract.address_lines import POSTAL_LINE as _POSTAL_LINE
from atgard.extract.address_lines import REGISTRY_MAIL as _REGISTRY_MAIL
from atgard.extract.address_lines import without_reference
from atgard.extract.dates import WEEKDAY
from atgard.extract.header import DATE_CELL, DOCUMENT_TYPE_KINDS
from atgard.extract.letterhead import block_lines, letterhead
from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    AGENDA_ITEM_NUMBER,
    BOARD_WORD,
    ISO_DATE,
    ISO_DATE_SHAPE,
    OFFICE_DEFINITE,
    OFFICE_WORD,
    WHOLE_ORGANISATION,
    fragment,
)
from atgard.schema import Block
from atgard.schema.contract import CaseOfficer

# The label an addressee stands after, in a header box, a table of references or a line: "Till Kommunstyrelsen",
# "Mottagare: Finansdepartementet".
_ADDRESSEE_LABEL = fragment(
    "header.addressee_label",
    r"till|mottagare",
    matches=("Till", "mottagare"),
    not_matches=("Tilläggsdirektiv", "Mottagarna", "Handläggare"),
)
# A cell of the header box, its label first: "Handläggare: Eva Ek ...", "Till Kommunstyrelsen", "Mottagare".
# Without a colon or a line break after it, the label's name is short and no sentence: "Till sammanträdet
# förelåg …" is running text, "Tilläggsdirektiv till …" a title.
BOX_LABEL = rule(
    "header.box_label",
    rf"^(handläggare|{_ADDRESSEE_LABEL})\b[ \t]*(?::|\n|$|(?=[^\n.]{{1,60}}(?:\n|$)))\s*(.*)$",
    matches=(
        "Handläggare\nEva Ek\nTelefon: 08-508 000 00",
        "Till: Kommunstyrelsen",
        "Till\nKommunstyrelsen",
        "Till Kommunstyrelsen",
        "Mottagare\nFinansdepartementet\nfi.remissvar@regeringskansliet.se",
    ),
    not_matches=(
        "Eva Ek",
        "Handlingar",
        "Datum 2019-10-14",
        "Tilläggsdirektiv till Utredningen om kommunernas ansvar för bostadsanpassning (S 2024:09)",
        "Till sammanträdet förelåg verkställande direktörens tjänsteutlåtande den 12 maj 2025.",
    ),
    flags=re.IGNORECASE | re.DOTALL,
)
# The labels of a letter's references: a table's column or a line's first words ("Till", "Vår beteckning", "Dnr").
_LABEL_WORDS = (
    rf"(?:{_ADDRESSEE_LABEL}|handläggare|datum|(?:er|ert|era|vår|vårt)\s+(?:beteckning|diarienummer|dnr|referens|ref|datum)|"
    r"dnr|diarienr|diarienummer|beteckning)"
)
# A label of a letter's table of references, standing alone in its cell: its value is in the row below.
_COLUMN_LABEL = rule(
    "header.column_label",
    rf"^{_LABEL_WORDS}\.?\s*:?$",
    matches=("Till", "Ert diarienummer", "Vår beteckning", "Er beteckning", "Datum", "Dnr:"),
    not_matches=("Utbildningsdepartementet", "Till Kommunstyrelsen", "2025-05-28"),
)
# A line of a block of labelled lines, its label first and its value after it: "Till Kommunstyrelsen", "Datum
# 2027-01-26", "Dnr KUN 2026/1187", "Ert dnr KS 2026/1733", "Vår referens: 2026-112".
_OPENS_WITH_LABEL = rule(
    "header.opens_with_label",
    rf"^{_LABEL_WORDS}\b\.?:?\s*\S",
    matches=("Till Kommunstyrelsen", "Datum 2027-01-26", "Dnr KUN 2026/1187", "Ert dnr KS 2026/1733", "Dnr. 12/2026"),
    not_matches=("Tilläggsdirektiv", "Kommunstyrelsen", "Till", "Datumet"),
)
# A body's noun, the word a body's one-word name ends in: a date after it is its meeting's ("Kommunfullmäktige
# 2027-03-15"), after any other word the place the letter is written in ("Stockholm 2026-09-08").
_BODY_NOUN = rf"[\w-]*(?:{BOARD_WORD}|{OFFICE_WORD}|fullmäktige|utskott|verket|departement|beredning)|AB\b"
# What an address names besides its addressee: a copy, the government offices over a ministry, a street, the
# letter's date set over the address ("2026-12-16", "16 december 2026"), the office it goes in by, under the addressee
# ("c/o Stadsledningskontoret").
_NOT_ADDRESSEE = rule(
    "header.not_addressee",
    r"^(?:kopia|kopia\s+till|för\s+kännedom|cc)\b|^c/o\s|^regeringskansliet$|^(?:box|postadress|besöksadress)\b|"
    rf"^(?:datum:?\s*|(?!{_BODY_NOUN})[\w-]+,?\s+)?(?:den\s+)?(?:{ISO_DATE_SHAPE}|\d{{1,2}}\s+[a-zåäö]+\s+\d{{4}})$",
    matches=(
        "Kopia: Finansdepartementet, budgetavdelningen",
        "Regeringskansliet",
        "Box 8189",
        "2026-12-16",
        "Stockholm 2026-09-08",  # the place it is written in before its date
        "Uppsala den 3 december 2026",
        "Göteborg, 2026-09-08",
        "c/o Stadsledningskontoret",
    ),
    not_matches=(
        "Finansdepartementet",
        "Kommunstyrelsen",
        "Region 2026",
        "Kulturnämnden 2026-02-12",
        "Kommunfullmäktige 2027-03-15",  # a body and its meeting's date: the addressee
        "Regionfullmäktige den 3 maj 2027",
        "Arbetsutskottet 2027-02-01",
        "Naturvårdsverket 2026-09-08",
        "Stadsbyggnadskontoret 2026-09-08",
        "Co-working Stockholm",
    ),
)
# A municipality or region as a whole, over the body of it an address is to: "Stockholms stad", "Solna kommun",
# "Region Stockholm"; and the registry's desk under that body ("Registraturen", "Registrator").
_WHOLE_ORGANISATION = rule(
    "header.whole_organisation",
    rf"^(?:{WHOLE_ORGANISATION}|[Rr]egistrat(?:uren|or|orn|ur))$",
    matches=("Stockholms stad", "Solna kommun", "Region Stockholm", "Registraturen", "Lilla Edets kommun"),
    not_matches=("Kommunstyrelsen", "Stockholms stads kulturnämnd", "Finansdepartementet"),
    flags=0,
)
# The meeting a memo goes to and its item on the agenda, under the addressee in the "Till" box: "2027-05-27, p. 11",
# "2027-12-14, punkt 11", "den 14 december 2027 § 11", "Ärende 11"; no part of the body's name.
_AGENDA_ITEM = rule(
    "header.agenda_item",
    rf"^(?:(?:den\s+)?(?:{ISO_DATE_SHAPE}|\d{{1,2}}\s+[a-zåäö]+\s+\d{{4}})\s*,?\s*)?"
    rf"{AGENDA_ITEM_NUMBER}$|"
    rf"^(?:nämndens\s+)?(?:sammanträde|sammanträdesdatum|nämndsammanträde|möte)\s*:?\s*(?:{WEEKDAY}\s+)?(?:den\s+)?"
    rf"(?:{ISO_DATE_SHAPE}|\d{{1,2}}\s+[a-zåäö]+\s+\d{{4}})(?:\s*,?\s*{AGENDA_ITEM_NUMBER})?$",
    matches=(
        "2027-05-27, p. 11",
        "2027-12-14, punkt 11",
        "den 14 december 2027 § 11",
        "Ärende 11",
        "p 4",
        "§ 7",
        "Sammanträde 2027-12-14",  # the meeting it goes to, by its date
        "Sammanträdesdatum: 2027-12-14, p. 5",
        "Nämndens sammanträde den 14 december 2027",
        "Sammanträde tisdagen den 23 mars 2027",  # its weekday before the date
    ),
    not_matches=("Trafiknämnden", "2027-05-27", "Punkt 11 Yttrande över planen", "Region 2026"),
)
# What the memo is for, under the addressee in the "Till" box ("Idrottsnämnden" / "Information", "För beslut",
# "Informationsärende"): no part of the body's name.
_PURPOSE_LINE = rule(
    "header.purpose_line",
    r"^(?:för\s+)?(?:information|kännedom|beslut|yttrande|diskussion|samråd)$|"
    r"^(?:informations|besluts|diskussions)ärende$",
    matches=("Information", "För information", "För beslut", "Informationsärende", "för kännedom"),
    not_matches=("Idrottsnämnden", "Informationsnämnden", "Beslutsgruppen", "Information om remiss av strategin"),
)
_ADDRESS_LINE_MAX = 60


def _address_lines(block: Block) -> list[str]:
    """A block's lines as the PDF set them (an address is one block of lines or a block a line)."""
    return block_lines(block)


def _first_addressee(lines: Sequence[str]) -> str | None:
    """The addressee among an address's lines: the first that is no label ("Till"), copy, street or
    "Regeringskansliet", nor the municipality over its board ("Stockholms stad" / "Kommunstyrelsen" /
    "Registraturen"), which is addressed only when no body follows it."""
    lines = [line for line in lines if not _COLUMN_LABEL.match(line) and not _reference_line(line)]
    named = [line for line in lines if not _NOT_ADDRESSEE.match(line)]
    within = [line for line in named if not _WHOLE_ORGANISATION.match(line)]
    if within and named and named[0] is not within[0] and _OFFICE_LINE.match(within[0]):
        return named[0]  # "Knivsta kommun" / "Samhällsbyggnadsförvaltningen": to the municipality, by its office
    first = next(iter(within[:1] or named[:1]), None)
    return _within([first]) if first else None  # "Kommunstyrelsen, Uppsala kommun": to the board


def _reference_line(line: str) -> bool:
    """A line of the letter's references set over its address: its type ("Remissvar") or a labelled reference
    ("Vår beteckning: 4318/2027", "Datum: 2027-05-26"), no addressee."""
    return line.strip().casefold() in DOCUMENT_TYPE_KINDS or bool(_OPENS_WITH_LABEL.match(line))


# An office under the municipality an address is to ("Stockholms stad" / "Stadsledningskontoret", "Knivsta kommun" /
# "Samhällsbyggnadsförvaltningen"): the way the letter goes in, not who is addressed, as a board would be.
_OFFICE_LINE = rule(
    "header.office_line",
    rf"^[A-ZÅÄÖ][\wåäö-]*(?:{OFFICE_DEFINITE})$",
    matches=("Stadsledningskontoret", "Samhällsbyggnadsförvaltningen", "Kommunledningskontoret"),
    not_matches=("Kommunstyrelsen", "Södermalms stadsdelsnämnd", "Registratorn, stadsledningskontoret"),
    flags=0,
)


def address_block(blocks: Sequence[Block]) -> str | None:
    """The addressee of a letter-style answer: the first line of the address over page 1's title.

    "Kommunstyrelsen / Stockholms stad / 105 35 Stockholm": the lines down to a postal code, or down to
    the registry's mailbox ("Landsbygds- och infrastrukturdepartementet / li.remissvar@regeringskansliet.se");
    "Regeringskansliet / Finansdepartementet / 103 33 Stockholm" is to the ministry.
    """
    lines: list[str] = []
    logo = {id(block) for block in letterhead(blocks)}  # the sender's own address, in its letterhead
    for block in blocks:
        if id(block) in logo:
            continue
        if block.page != 1 or block.kind == "heading":
            break
        if block.kind == "table_row" and (in_cell := _mailed_in_cell(block)) is not None:
            return in_cell
        if block.kind == "table_row" and (named := _body_last(block)):  # its mailbox under the table
            lines = named
            continue
        if block.kind != "paragraph":
            lines = []
            continue
        for line in _address_lines(block):
            if _POSTAL_LINE.match(line) or _REGISTRY_MAIL.match(line) or _EMAIL.fullmatch(line):
                return _first_addressee(lines)
            if len(line) > _ADDRESS_LINE_MAX:
                lines = []
                break
            lines.append(line)
    return None


def _body_last(row: Block) -> list[str]:
    """A table's first cell that ends in a body's name, over the mailbox the address goes on with under the table
    ("Remissvar / Vårt dnr: 27/00312 / Ert dnr: U2027/00871 / Utbildningsdepartementet"); else none."""
    lines = text_lines(row.cells[0].text) if row.cells else []
    return lines if lines and re.fullmatch(rf"[A-ZÅÄÖ](?:{_BODY_NOUN})[\wåäö]*", lines[-1]) else []


def _mailed_in_cell(row: Block) -> str | None:
    """The addressee a cell of a letter's table of references gives with its registry's mailbox
    ("Klimat- och näringslivsdepartementet, / kn.remissvar@regeringskansliet.se"), a copy's line perhaps under it
    ("Kulturdepartementet / ku.remissvar@regeringskansliet.se / Kopia: ku.kah@regeringskansliet.se"), or its postal
    address in the right cell beside the decision's references ("Regeringsbeslut II:7 / 2027-11-18 / S2027/02219" |
    "Boverket / Box 534 / 371 23 Karlskrona")."""
    for at, cell in enumerate(row.cells):
        lines = text_lines(cell.text)
        mailed = next((n for n, line in enumerate(lines) if n and _REGISTRY_MAIL.match(line)), None)
        if mailed is None and at and at == len(row.cells) - 1 and len(lines) > 1 and _POSTAL_LINE.match(lines[-1]):
            mailed = len(lines) - 1  # the right cell, ended by its postal line (a letterhead's goes on: "Besök: …")
        if mailed is not None:
            return _first_addressee([line.rstrip(", ") for line in lines[:mailed]])
    return None


@dataclass(frozen=True)
class HeaderBox:
    """What the "Handläggare | Till" box of page 1 says: the case officer, the addressee and the date."""

    officer: CaseOfficer
    addressee: str | None = None
    date: str | None = None


def _labelled_cells(blocks: Sequence[Block]) -> Iterator[str]:
    """Page 1's cells and blocks, a label over its value: a row of labels gives each its value from the row under.

    >>> from atgard.schema import BBox, PageBox, TableCell
    >>> box = BBox(x0=0, top=0, x1=1, bottom=1)
    >>> def row(*texts): return Block(kind="table_row", text=" | ".join(texts), page=1,
    ...     boxes=[PageBox(page=1, bbox=box)], cells=[TableCell(text=t, bbox=box) for t in texts])
    >>> list(_labelled_cells([row("Till", "Ert diarienummer"), row("Utbildningsdepartementet", "U2025/01587")]))
    ['Till\\nUtbildningsdepartementet', 'Ert diarienummer\\nU2025/01587']
    """
    first_page = [block for block in blocks if block.page == 1]
    values = -1  # the row of values under a row of labels, already given
    for n, block in enumerate(first_page):
        below = first_page[n + 1] if n + 1 < len(first_page) else None
        labels = [cell.text.strip() for cell in block.cells]
        if labels and all(_COLUMN_LABEL.match(label) for label in labels):
            if below is not None and len(below.cells) == len(labels):
                yield from (f"{label}\n{cell.text.strip()}" for label, cell in zip(labels, below.cells, strict=True))
                values = n + 1
            continue
        if n == values:
            continue
        if block.cells:
            yield from _beside_labels([cell.text.strip() for cell in block.cells])
        elif (lines := _labelled_lines(block, below) or _continued_address(block, below)) is not None:
            yield "\n".join(lines)
            values = n + 1 if len(_address_lines(block)) == 1 else values  # the block under it was its value
        elif (groups := _label_groups(_address_lines(block))) is not None:
            yield from groups  # a label and its value on each line: "Till Kommunstyrelsen" / "Datum 2027-01-26"
        else:
            yield block.text


def _beside_labels(cells: Sequence[str]) -> Iterator[str]:
    """A row's cells, a label alone in its cell joined to the value in the next ("Till | Kommunstyrelsen").

    >>> list(_beside_labels(["Till", "Kommunstyrelsen"])), list(_beside_labels(["Datum", "Till: Kulturnämnden"]))
    (['Till\\nKommunstyrelsen'], ['Datum', 'Till: Kulturnämnden'])
    >>> list(_beside_labels(["Handläggare", "Till\\nKulturnämnden"]))  # an empty cell's label beside another's
    ['Handläggare', 'Till\\nKulturnämnden']
    """
    n = 0
    while n < len(cells):
        value = cells[n + 1] if n + 1 < len(cells) else ""
        if (paired := _line_by_line(cells[n], value)) is not None:
            yield from paired
            n += 2
            continue
        labels = bool(
            (BOX_LABEL.match(cells[n]) and _COLUMN_LABEL.match(cells[n])) or DATE_CELL.match(f"{cells[n]} {value}")
        )
        if value and labels and not _opens_with_label(value):
            yield f"{cells[n]}\n{cells[n + 1]}"
            n += 2
            continue
        yield cells[n]
        n += 1


# The date's label in a letter's column of labels: the place it is written in ("Stockholm den" beside "3 december
# 2026").
_PLACE_DATE_LABEL = rule(
    "header.place_date_label",
    r"^[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?,?\s+den$",
    matches=("Stockholm den", "Upplands Väsby den", "Göteborg, den"),
    not_matches=("Stockholm", "Till", "Kommunstyrelsen den 3 maj"),
    flags=0,
)


def _line_by_line(labels_cell: str, values_cell: str) -> list[str] | None:
    """A column of labels beside a column of values, line for line ("Till / Ert diarienummer / Stockholm den" beside
    "Äldrenämnden, Stockholms stad / aldreforvaltningen@stockholm.se / ÄN 2026/0417 / 3 december 2026"): each
    label its line, the address's label ("Till") also the lines more than there are labels (an address has several).
    None unless every line of the first cell is a label.

    >>> _line_by_line("Till\\nErt dnr\\nStockholm den", "Äldrenämnden\\nan@stockholm.se\\nÄN 2026/1\\n3 maj 2026")
    ['Till\\nÄldrenämnden\\nan@stockholm.se', 'Ert dnr\\nÄN 2026/1', 'Stockholm den\\n3 maj 2026']
    >>> _line_by_line("Till", "Kommunstyrelsen")
    """
    labels, values = text_lines(labels_cell), text_lines(values_cell)
    if len(labels) < 2 or len(values) < len(labels):
        return None
    if not all(_COLUMN_LABEL.match(label) or _PLACE_DATE_LABEL.match(label) for label in labels):
        return None
    to = [n for n, label in enumerate(labels) if BOX_LABEL.match(label) and label.lower().startswith(("till", "mott"))]
    wraps = to[0] if to else len(labels) - 1  # without an address, the last value runs on
    paired, at = [], 0
    for n, label in enumerate(labels):
        take = 1 + (len(values) - len(labels) if n == wraps else 0)
        paired.append("\n".join([label, *values[at : at + take]]))
        at += take
    return paired


def _opens_with_label(cell: str) -> bool:
    """Whether a cell's first line is a label of its own ("Till" over "Kulturnämnden")."""
    first = cell.strip().split("\n")[0].strip()
    return bool(_COLUMN_LABEL.match(first) or BOX_LABEL.match(first))


def _label_groups(lines: Sequence[str]) -> list[str] | None:
    """A block of labelled lines, each label with its value and the lines under it that have no label of their own:
    "Handläggare: Eva Ek, telefon 08-508 000 00" / "Till Kulturnämnden" / "Sammanträde 2027-03-18" gives the case
    officer and the addressee with its meeting; an address under its label, the lines that follow it ("Till
    Kommunstyrelsen" / "Jönköpings kommun" / "Stadskontoret, enheten för hållbar utveckling"). None unless the block
    opens with a label and holds two, or opens with the address's label and has short lines only.

    >>> _label_groups(["Handläggare: Eva Ek", "Till Kulturnämnden", "Sammanträde 2027-03-18"])
    ['Handläggare: Eva Ek', 'Till Kulturnämnden\\nSammanträde 2027-03-18']
    >>> _label_groups(["Till Kommunstyrelsen", "Jönköpings kommun"]), _label_groups(["Eva Ek", "Till Kulturnämnden"])
    (['Till Kommunstyrelsen\\nJönköpings kommun'], None)
    >>> _label_groups(["Datum 2026-08-27", "Vår referens 2026-041"]), _label_groups(["Till Kommunstyrelsen"])
    (['Datum 2026-08-27', 'Vår referens 2026-041'], None)
    """
    groups: list[list[str]] = []
    for line in lines:
        if _OPENS_WITH_LABEL.match(line):
            groups.append([line])
        elif groups:
            groups[-1].append(line)
        else:
            return None
    if len(groups) == 1 and len(lines) > 1 and _ADDRESSED.match(lines[0]):
        return ["\n".join(lines)] if all(len(line) <= _ADDRESS_LINE_MAX for line in lines) else None
    return ["\n".join(group) for group in groups] if len(groups) > 1 else None


# The label an address opens with, its addressee after it on its line: "Till Kommunstyrelsen", "Mottagare: X".
_ADDRESSED = rule(
    "header.addressed",
    rf"^(?i:{_ADDRESSEE_LABEL})\b:?\s*[A-ZÅÄÖ][^.]*$",
    matches=("Till Kommunstyrelsen", "Mottagare: Finansdepartementet", "Till: Äldrenämnden"),
    not_matches=("Till sammanträdet förelåg ett tjänsteutlåtande", "Tilläggsdirektiv", "Till"),
    flags=0,
)


def _labelled_lines(block: Block, below: Block | None) -> list[str] | None:
    """A label on a line of its own over the address it labels: in the block's next lines ("Till" /
    "Finansdepartementet" / "fi.remissvar@…"), or, a label set as a heading, in the block under it."""
    lines = _address_lines(block)
    if not lines or not _COLUMN_LABEL.match(lines[0]) or not BOX_LABEL.match(lines[0]):
        return None
    if len(lines) > 1:
        return lines
    if below is not None and below.kind == "paragraph" and below.page == block.page:
        return [lines[0], *_address_lines(below)]
    return lines


def _continued_address(block: Block, below: Block | None) -> list[str] | None:
    """An address to a municipality on its label's line, the body of it in the block under it: "Till Huddinge
    kommun" / "Kommunstyrelsen" / "registrator@huddinge.se" is to the board (short lines, no label of their own)."""
    lines = _address_lines(block)
    if len(lines) != 1 or not (label := BOX_LABEL.match(lines[0])) or not _ADDRESSED.match(lines[0]):
        return None
    if not _WHOLE_ORGANISATION.match(label.group(2).strip()) or below is None or below.kind != "paragraph":
        return None
    under = _address_lines(below)
    if below.page != block.page or any(
        len(line) > _ADDRESS_LINE_MAX or _OPENS_WITH_LABEL.match(line) for line in under
    ):
        return None
    return [*lines, *under]


def _within(names: Sequence[str]) -> str | None:
    """The body an address names, without the organisation over it on its line or the line above:
    "Regeringskansliet, Finansdepartementet", "Sandvikens kommun / Kommunstyrelsen", "Sundsvalls kommun,
    kommunstyrelsen" are to the ministry and the board.

    >>> _within(["Regeringskansliet, Finansdepartementet"]), _within(["Sandvikens kommun", "Kommunstyrelsen"])
    ('Finansdepartementet', 'Kommunstyrelsen')
    >>> _within(["Sundsvalls kommun, kommunstyrelsen"]), _within(["Uppsala kommun"]), _within([])
    ('Kommunstyrelsen', 'Uppsala kommun', None)

    The lines under the organisation after the body are the way in, the office that registers it:
    >>> _within(["Kommunstyrelsen", "Jönköpings kommun", "Stadskontoret, enheten för hållbar utveckling"])
    'Kommunstyrelsen'
    """
    cut = next((n for n, name in enumerate(names) if n and _WHOLE_ORGANISATION.match(name)), None)
    names = names[:cut] if cut else names
    parts = [part.strip() for name in names for part in name.split(", ") if part.strip()]
    if len(parts) < 2:
        return " ".join(names) or None
    inner = [part for part in parts if not (_NOT_ADDRESSEE.match(part) or _WHOLE_ORGANISATION.match(part))]
    if not inner or len(inner) == len(parts):
        return " ".join(names)
    text = ", ".join(inner)
    return text[:1].upper() + text[1:]


def header_box(blocks: Sequence[Block]) -> HeaderBox:
    """Case officer, addressee and date from the "Handläggare | Till" box of page 1."""
    officer = CaseOfficer()
    addressee = date = None
    for cell in _labelled_cells(blocks):
        label = BOX_LABEL.match(cell.strip())
        if not label:
            dated = DATE_CELL.match(cell.strip())
            date = date or (dated.group(1) if dated else None)
            continue
        lines = [without_reference(line) for line in text_lines(label.group(2))]
        if label.group(1).lower() == "handläggare":
            officer = _case_officer(lines)
            continue
        dates = [line for line in lines if ISO_DATE.fullmatch(line)]
        names = [
            line
            for line in lines
            if line not in dates
            and not _EMAIL.search(line)
            and not _NOT_ADDRESSEE.match(line)
            and not _POSTAL_LINE.match(line)
            and not _AGENDA_ITEM.match(line)
            and not _PURPOSE_LINE.match(line)
            and not _OPENS_WITH_LABEL.match(line)  # a reference under the address: "Er referens: S2026/03187"
        ]
        addressee = _within(names)
        date = dates[0] if dates else date
    return HeaderBox(officer, addressee, date)


def _case_officer(lines: list[str]) -> CaseOfficer:
    name = phone = email = None
    for line in lines:
        if (found := _PHONE.match(line)) is not None:
            phone = found.group("number").strip()
        elif (mail := _EMAIL.search(line)) is not None:
            email = mail.group(0)
        elif name is None:
            name = line
    return CaseOfficer(name=name, phone=phone, email=email)
