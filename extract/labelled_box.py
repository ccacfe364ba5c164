"""The labelled box of page 1: the labels a memo's box and a letter's references set over or beside their values
("Handläggare | Till", "Till | Ert diarienummer" / "Utbildningsdepartementet | U2025/01587", "Till Kommunstyrelsen" /
"Datum 2027-01-26"), and the cells and blocks they label, a label with its value (read by `addressee.header_box`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from atgard.extract.header import DATE_CELL
from atgard.extract.letterhead import block_lines
from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import BOARD_NAME, BOARD_WORD, WHOLE_ORGANISATION, fragment
from atgard.schema import Block

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
    rf"(?:{_ADDRESSEE_LABEL}|(?:vår\s+)?handläggare|datum|(?:er|ert|era|vår|vårt)\s+(?:beteckning|diarienummer|dnr|referens|ref|datum)|"
    r"dnr|diarienr|diarienummer|beteckning|adress)"  # "Datum | Adress | Diarienummer" over the letter's values
)
# A label of a letter's table of references, standing alone in its cell: its value is in the row below.
COLUMN_LABEL = rule(
    "header.column_label",
    rf"^{_LABEL_WORDS}\.?\s*:?$",
    matches=("Till", "Ert diarienummer", "Vår beteckning", "Er beteckning", "Datum", "Dnr:", "Adress"),
    not_matches=("Utbildningsdepartementet", "Till Kommunstyrelsen", "2025-05-28", "Postadress", "Adressat"),
)
# A line of a block of labelled lines, its label first and its value after it: "Till Kommunstyrelsen", "Datum
# 2027-01-26", "Dnr KUN 2026/1187", "Ert dnr KS 2026/1733", "Vår referens: 2026-112".
OPENS_WITH_LABEL = rule(
    "header.opens_with_label",
    rf"^{_LABEL_WORDS}\b\.?:?\s*\S",
    matches=("Till Kommunstyrelsen", "Datum 2027-01-26", "Dnr KUN 2026/1187", "Ert dnr KS 2026/1733", "Dnr. 12/2026"),
    not_matches=("Tilläggsdirektiv", "Kommunstyrelsen", "Till", "Datumet"),
)

# A municipality or region as a whole, over the body of it an address is to: "Stockholms stad", "Solna kommun",
# "Region Stockholm"; and the registry's desk under that body ("Registraturen", "Registrator").
WHOLE_ORGANISATION_LINE = rule(
    "header.whole_organisation",
    rf"^(?:{WHOLE_ORGANISATION}|[Rr]egistrat(?:uren|or|orn|ur))$",
    matches=("Stockholms stad", "Solna kommun", "Region Stockholm", "Registraturen", "Lilla Edets kommun"),
    not_matches=("Kommunstyrelsen", "Stockholms stads kulturnämnd", "Finansdepartementet"),
    flags=0,
)
ADDRESS_LINE_MAX = 60
# A scan's specks read as marks before a cell's label ("-« Vår beteckning", "» Datum", "| Till"): no letter, digit or
# bracket, then the label. Dropped before the label is known, so that the row of labels gives its values.
_LEADING_SPECKS = rule(
    "header.leading_specks",
    r"^[^\w\s(\[]+\s*(?=\w)",
    matches=("-« Vår beteckning", "» Datum", "| Till", "'Er referens"),
    not_matches=("Vår beteckning", "(Datum)", "1. Datum", "Datum"),
    flags=0,
)


def labelled_cells(blocks: Sequence[Block]) -> Iterator[str]:
    """Page 1's cells and blocks, a label over its value: a row of labels gives each its value from the row under.

    >>> from atgard.schema import BBox, PageBox, TableCell
    >>> box = BBox(x0=0, top=0, x1=1, bottom=1)
    >>> def row(*texts): return Block(kind="table_row", text=" | ".join(texts), page=1,
    ...     boxes=[PageBox(page=1, bbox=box)], cells=[TableCell(text=t, bbox=box) for t in texts])
    >>> list(labelled_cells([row("Till", "Ert diarienummer"), row("Utbildningsdepartementet", "U2025/01587")]))
    ['Till\\nUtbildningsdepartementet', 'Ert diarienummer\\nU2025/01587']
    >>> list(labelled_cells([row("Datum", "-« Vår beteckning"), row("2027-09-22", "KS-2027/00512")]))  # a scan's specks
    ['Datum\\n2027-09-22', 'Vår beteckning\\nKS-2027/00512']
    """
    first_page = [block for block in blocks if block.page == 1]
    values = -1  # the row of values under a row of labels, already given
    for n, block in enumerate(first_page):
        below = first_page[n + 1] if n + 1 < len(first_page) else None
        labels = [_LEADING_SPECKS.sub("", cell.text.strip()) for cell in block.cells]
        if labels and all(COLUMN_LABEL.match(label) for label in labels):
            if below is not None and len(below.cells) == len(labels):
                rows = _value_rows(first_page[n + 1 : n + 1 + _VALUE_ROWS], len(labels))
                columns = ("\n".join(row.cells[at].text.strip() for row in rows) for at in range(len(labels)))
                yield from (f"{label}\n{column}" for label, column in zip(labels, columns, strict=True))
                values = n + len(rows)
            continue
        if n <= values:
            continue
        if block.cells:
            yield from _beside_labels([cell.text.strip() for cell in block.cells])
        elif (lines := _labelled_lines(block, below) or _continued_address(block, below)) is not None:
            yield "\n".join(lines)
            values = n + 1 if len(block_lines(block)) == 1 else values  # the block under it was its value
        elif (groups := _label_groups(block_lines(block))) is not None:
            yield from groups  # a label and its value on each line: "Till Kommunstyrelsen" / "Datum 2027-01-26"
        else:
            yield block.text


_VALUE_ROWS = 4  # the rows of values a row of labels may stand over: a name, its office, a title, a mailbox


def _value_rows(rows: Sequence[Block], width: int) -> list[Block]:
    """The rows of values under a row of labels: the first, and those under it that go on with it, each line a row
    as a scan's OCR sets them ("Vår handläggare | Till" over "Sofie Ek | Stockholms stad" / "Miljöstrateg |
    Miljöförvaltningen"): as many cells, short, none a label of its own."""
    taken = list(rows[:1])
    for row in rows[1:]:
        cells = [cell.text.strip() for cell in row.cells]
        if row.kind != "table_row" or len(cells) != width:
            break
        if any(COLUMN_LABEL.pattern.match(cell) or len(cell) > ADDRESS_LINE_MAX or "\n" in cell for cell in cells):
            break
        taken.append(row)
    return taken


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
            (BOX_LABEL.match(cells[n]) and COLUMN_LABEL.match(cells[n])) or DATE_CELL.match(f"{cells[n]} {value}")
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
    if not all(COLUMN_LABEL.match(label) or _PLACE_DATE_LABEL.match(label) for label in labels):
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
    return bool(COLUMN_LABEL.match(first) or BOX_LABEL.match(first))


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
    >>> _label_groups(["Avdelningen för stadsmiljö", "Handläggare: Eva Ek", "Till Kulturnämnden"])
    ['Handläggare: Eva Ek', 'Till Kulturnämnden']
    >>> _label_groups(["Datum 2026-08-27", "Vår referens 2026-041"]), _label_groups(["Till Kommunstyrelsen"])
    (['Datum 2026-08-27', 'Vår referens 2026-041'], None)
    """
    groups: list[list[str]] = []
    labelled = [n for n, line in enumerate(lines) if OPENS_WITH_LABEL.pattern.match(line)]  # a look, no evidence
    if len(labelled) > 1 and labelled[0] > 0 and BOX_LABEL.pattern.match(lines[labelled[0]]):
        lines = lines[labelled[0] :]  # the unit over its box: "Avdelningen för stadsmiljö" / "Handläggare: …"
    for line in lines:
        if OPENS_WITH_LABEL.match(line):
            groups.append([line])
        elif groups:
            groups[-1].append(line)
        else:
            return None
    if len(groups) == 1 and len(lines) > 1 and ADDRESSED.match(lines[0]):
        return ["\n".join(lines)] if all(len(line) <= ADDRESS_LINE_MAX for line in lines) else None
    return ["\n".join(group) for group in groups] if len(groups) > 1 else None


# The label an address opens with, its addressee after it on its line: "Till Kommunstyrelsen", "Mottagare: X".
ADDRESSED = rule(
    "header.addressed",
    rf"^(?i:{_ADDRESSEE_LABEL})\b:?\s*[A-ZÅÄÖ][^.]*$",
    matches=("Till Kommunstyrelsen", "Mottagare: Finansdepartementet", "Till: Äldrenämnden"),
    not_matches=("Till sammanträdet förelåg ett tjänsteutlåtande", "Tilläggsdirektiv", "Till"),
    flags=0,
)


def _labelled_lines(block: Block, below: Block | None) -> list[str] | None:
    """A label on a line of its own over the address it labels: in the block's next lines ("Till" /
    "Finansdepartementet" / "fi.remissvar@…"), or, a label set as a heading, in the block under it."""
    lines = block_lines(block)
    if not lines or not COLUMN_LABEL.match(lines[0]) or not BOX_LABEL.match(lines[0]):
        return None
    if len(lines) > 1:
        return lines
    if below is not None and below.kind == "paragraph" and below.page == block.page:
        return [lines[0], *block_lines(below)]
    return lines


# A board's name on a line of its own, under the municipality an address is to ("Till Huddinge kommun" /
# "Kommunstyrelsen"): a board, a council or a committee, never an office (the municipality's way in), a person, a
# unit or the letter's subject.
_BOARD_LINE = rule(
    "header.board_line",
    r"^(?=[A-ZÅÄÖ])(?![^\n]*\b(?:på|om|över|av|angående|gällande)\b)"
    rf"(?:{BOARD_NAME}|(?:[\wåäöÅÄÖé][\wåäöÅÄÖé-]*–?\s+){{0,3}}[\wåäöÅÄÖé-]*(?:{BOARD_WORD}|fullmäktige|utskott(?:et)?))$",
    matches=(
        "Kommunstyrelsen",
        "Miljö- och byggnadsnämnden",
        "Miljö– och byggnadsnämnden",
        "Stadsdelsnämnden Centrum",
        "Kommunfullmäktige",
        "Kommunstyrelsens arbetsutskott",
        "Tekniska nämnden",
    ),
    not_matches=(
        "Kommunstyrelseförvaltningen",
        "Stadsledningskontoret",
        "Planeringsavdelningen",
        "Anna Ek",
        "Synpunkter på riktlinjerna",
        "Synpunkter på nämnden",
        "Remissvar: Riktlinjer för bostadsförsörjning",
        "Registraturen",
    ),
    flags=0,
)


def _continued_address(block: Block, below: Block | None) -> list[str] | None:
    """An address to a municipality on its label's line, the board of it in the block under it: "Till Huddinge
    kommun" / "Kommunstyrelsen" / "registrator@huddinge.se" is to the board (short lines, no label of their own).
    Under it an office, a person or a subject is no board: the address is to the municipality."""
    lines = block_lines(block)
    if len(lines) != 1 or not (label := BOX_LABEL.match(lines[0])) or not ADDRESSED.match(lines[0]):
        return None
    if not WHOLE_ORGANISATION_LINE.match(label.group(2).strip()) or below is None or below.kind != "paragraph":
        return None
    under = block_lines(below)
    if below.page != block.page or not under or not _BOARD_LINE.match(under[0]):
        return None
    if any(len(line) > ADDRESS_LINE_MAX or OPENS_WITH_LABEL.match(line) for line in under):
        return None
    return [*lines, *under]
