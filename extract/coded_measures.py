"""Numbered measures of a commission report: "A2.1.1 ... Ansvar: ...", or rows of a measures table.

Codes are hierarchical: area "A2", group "A2.1" (a heading "A2.1 Stärkt koppling
mellan skola och arbetsliv"), measure "A2.1.1". Two layouts:

* numbered paragraphs: a paragraph that starts with a code opens a measure, the
  paragraphs after it continue its text, a line "Ansvar: ..." (or "Ansvarig
  nämnd:", "Ansvariga:") names who is responsible and closes it;
* a table "Nr | Åtgärd | Ansvarig" (columns found from the header row, see
  ``measure_tables``): a row with a code opens a measure, a row without one
  continues the cells of the row above (a row split by a page break), a repeated
  header row is skipped; in a table with no code column ("Insats | Huvudansvar")
  each row is a measure, its text going on in lower case the row above's.

Those responsible may be written by the abbreviations the document explains ("TN,
SDN" with a "Förkortningar" table): they are spelled out (``abbreviations``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from atgard.extract.abbreviations import glossary, spelled_out
from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.codes import leading_code_span
from atgard.extract.measure_tables import Columns, cell_code, cell_text, header_columns
from atgard.extract.mentions import read_board_list
from atgard.extract.read.text import join_lines
from atgard.extract.responsible import LABEL, RESPONSIBLE, responsible_part
from atgard.extract.rules import rule
from atgard.schema import Block
from atgard.schema.contract import BoardRef, Measure
from atgard.schema.read import union_per_page


def leading_code(text: str) -> tuple[str, str] | None:
    """``(code, rest)`` when the text starts with a measure code.

    >>> leading_code("A2.1.1 Kopplingen mellan skola och arbetsliv stärks.")
    ('A2.1.1', 'Kopplingen mellan skola och arbetsliv stärks.')
    >>> leading_code("A.2.1 Stärkt koppling") , leading_code("Åtgärd A2.1.1")
    (('A2.1', 'Stärkt koppling'), None)
    """
    if (code := leading_code_span(text)) is None:
        return None
    return code.code, text[code.end :].lstrip(" .:–-\t")


# A measure set as a numbered heading of its own: "Förslag 1", "Åtgärd 3:", "Rekommendation 2.1".
_NUMBERED_HEADING = rule(
    "measure.numbered_heading",
    r"^(?:förslag|åtgärd|rekommendation|insats|aktivitet)\s+(?P<code>\d{1,2}(?:\.\d{1,2}){0,3})\s*[:.–-]?\s*(?P<title>.*)$",
    matches=("Förslag 1", "Åtgärd 3: Fler feriejobb", "Rekommendation 2.1", "Insats 2.1 Meröppna bibliotek"),
    not_matches=("Förslag till beslut", "Kommissionens förslag"),
)

# A numbered heading's title that runs into the paragraph under it: a bold run-in heading ending in a full stop
# ("Åtgärd 4.2 Fler trygghetsvandringar." / "Trygghetsvandringar genomförs …"), or one the column broke mid-phrase
# ("Åtgärd 4.1 Bättre belysning längs" / "Skärholmsvägen. Gångstråket …"): the measure's text goes on under it.
_RUN_IN = rule(
    "measure.run_in_heading",
    r"(?<![.\d])\.$|\s(?:längs|kring|vid|i|på|för|till|av|med|mot|om|från|inom|under|över|efter|mellan|och|samt)$",
    matches=("Fler trygghetsvandringar.", "Bättre belysning längs", "Helgstädning kring", "Stöd till föreningar och"),
    not_matches=("Fler feriejobb", "Meröppna bibliotek", "Höjd taxa enligt avsnitt 3.", "Bättre belysning"),
    flags=0,
)

# The same opening a paragraph, its text after the number: "Åtgärd 1.1 Stadens familjecentraler byggs ut."
_NUMBERED_PARAGRAPH = rule(
    "measure.numbered_paragraph",
    r"^(?i:åtgärd|förslag|rekommendation|insats|aktivitet)\s+(?P<code>[A-ZÅÄÖ]?\d{1,2}(?:\.\d{1,2}){0,3})\s*[:.–-]?\s+(?P<title>[A-ZÅÄÖ].*)$",
    matches=(
        "Åtgärd 1.1 Stadens familjecentraler byggs ut.",
        "Förslag 3: Fler feriejobb ordnas.",
        "Åtgärd A2.1 Ny plan.",
    ),
    not_matches=("Åtgärd 1.1 innebär att familjecentralerna byggs ut.", "Förslag till beslut"),
    flags=re.DOTALL,
)
# Who is responsible, said at the end of the measure's own paragraph: "... hela staden. Ansvarig: socialnämnden."
_INLINE_RESPONSIBLE = rule(
    "measure.inline_responsible",
    rf"(?<=[.!?])\s+{LABEL}\s*:\s*",
    matches=(
        "utvidgas till hela staden. Ansvarig: socialnämnden",
        "byggs ut. Ansvar: SBR",
        "under sommaren. Ansvariga nämnder och bolag: KS, UHAB",
    ),
    not_matches=("Ansvaret ligger hos nämnderna.", "Ansvar: Utbildningsnämnden"),
)

_GROUP_HEADING = rule(
    "measure.group_heading",
    r"^(?P<letter>[A-ZÅÄÖ])\.?\s?(?P<numbers>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>\S.*)$",
    matches=("A2.1 Stärkt koppling mellan skola och arbetsliv", "C.3 Bättre uppföljning"),
    not_matches=("5. Kommissionens förslag", "a2.1 text"),
    flags=0,
)


# A subsection's number and title: "3.1 Sommarjobb för alla gymnasieelever", "4.2. Utöka öppettiderna". A
# section of the text unless a line "Ansvarig: …" follows it: then the report sets its measures so.
_NUMBERED_SECTION = rule(
    "measure.numbered_section",
    r"^(?P<numbers>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?:[–—-]\s+)?(?P<title>[A-ZÅÄÖ].*)$",
    matches=(
        "3.1 Sommarjobb för alla gymnasieelever i årskurs 1 och 2",
        "4.2. Utöka öppettiderna",
        "5.3 Tidsfristen",
        "2.4 – Följ upp målgruppen",
    ),
    not_matches=("5. Kommissionens förslag", "2026 Budget", "3.1 procent av eleverna", "3 Åtgärder"),
    flags=re.DOTALL,
)
# A title of so many words states the measure ("3.1 Utöka lärlingsplatserna i de kommunala bolagen"); a shorter
# one names its area ("B2.1 Bättre belysning"), the measure's text being the paragraphs under it.
_STATING_WORDS = 4


def group_heading(text: str) -> tuple[str, str] | None:
    """``(group code, title)`` of a heading such as "A2.1 Stärkt koppling" or "C.3 Bättre uppföljning", or a
    subsection's "3.1 Sommarjobb för alla".

    >>> group_heading("C.3 Bättre uppföljning"), group_heading("5. Kommissionens förslag")
    (('C3', 'Bättre uppföljning'), None)
    >>> group_heading("3.1 Sommarjobb för alla")
    ('3.1', 'Sommarjobb för alla')
    """
    found = _GROUP_HEADING.match(text.strip()) or _NUMBERED_SECTION.match(text.strip())
    if not found:
        return None
    letter = found.groupdict().get("letter") or ""
    return letter + found.group("numbers"), " ".join(found.group("title").lstrip("–—- ").split())


@dataclass
class _Open:
    code: str | None
    texts: list[str]
    blocks: list[Analysed]
    group: tuple[str, str] | None
    responsible: list[str] = field(default_factory=list)  # as written, a piece per line or row
    heading: tuple[str, str] | None = None  # opened by a coded heading: a measure only if its responsible follow
    stated: bool = False  # its heading states it ("Förslag 4.2 Utöka öppettiderna"): the text under it argues for it
    section: str | None = None  # a table row's: the heading over its table
    listed: bool = False  # a numbered list item: a measure only if its responsible follow


# A numbered list item's number: "1.", "2)", "3.1".
_ITEM_NUMBER = rule(
    "measure.item_number",
    r"^(?P<code>\d{1,2}(?:\.\d{1,2}){0,3})[.)]?$",
    matches=("1.", "2)", "3.1", "12"),
    not_matches=("a)", "•", "–", "2026."),
    flags=0,
)


def _listed_code(item: Analysed) -> str | None:
    """The number of a numbered list item, its text a measure if those responsible are named for it."""
    block = item.block
    found = _ITEM_NUMBER.match((block.marker or "").strip()) if block.kind == "list_item" else None
    return found.group("code") if found else None


def _numbered_paragraph(text: str) -> tuple[str, str] | None:
    """``(code, rest)`` of a paragraph opened by "Åtgärd 1.1", "Förslag 3:" and the measure's own sentence."""
    found = _NUMBERED_PARAGRAPH.match(text.strip())
    return (found.group("code"), found.group("title")) if found else None


def _split_responsible(text: str) -> tuple[str, str]:
    """A measure's text and who is responsible, when its paragraph ends by saying so ("... Ansvarig: X.")."""
    found = _INLINE_RESPONSIBLE.search(text)
    if found is None:
        return text, ""
    return text[: found.start()], responsible_part(text[found.end() :])


# A row of a measure's small table that names those responsible: "Ansvarig | AMN, UBN", "Ansvar: | KS".
_RESPONSIBLE_CELL = rule(
    "measure.responsible_cell",
    rf"^{LABEL}\s*:?$",
    matches=("Ansvarig", "Ansvar:", "Ansvariga nämnder", "Huvudansvarig"),
    not_matches=("Ansvarsfördelning", "Tidplan", "Ansvarig: KS"),
)


def _responsible_row(block: Block) -> str | None:
    """Those responsible, as a two-cell row "Ansvarig | AMN, UBN" names them."""
    cells = [cell.text for cell in block.cells]
    return cells[1] if len(cells) == 2 and _RESPONSIBLE_CELL.match(cells[0].strip()) else None


# Those responsible as pairs: "Trafiknämnden/exploateringsnämnden", broken after the slash in a narrow cell.
_SLASH = rule(
    "measure.responsible_slash",
    r"(?<=[\wåäö])\s*/\s*(?=[\wåäöÅÄÖ])",
    matches=("Trafiknämnden/ exploateringsnämnden", "TN/SDN", "kulturnämnden / SISAB"),
    not_matches=("Trafik- och renhållningsnämnden", "Dnr 12/ "),
)


def _group(open_: _Open) -> tuple[str | None, str | None]:
    """A measure's group: the coded heading over it, or its code's head ("A2.1" of "A2.1.3"); a table row's code
    without a head ("A1", "3") has none."""
    code = open_.code
    joint = ":" if code is not None and ":" in code else "."  # Göteborg's "1:2" is area 1's second measure
    if code is None or (open_.section is not None and joint not in code):
        return None, None
    group_code, group_title = open_.group or (code.rsplit(joint, 1)[0], None)
    if not code.startswith(group_code + joint):
        group_code, group_title = code.rsplit(joint, 1)[0], None
    return group_code, group_title


def _measure(open_: _Open, report_title: str | None, register: BoardRegister, explained: dict[str, str]) -> Measure:
    group_code, group_title = _group(open_)
    boxes = union_per_page([box for item in open_.blocks for box in item.block.boxes])
    responsible = [
        BoardRef(name=r.name, board_id=r.board_id, kind=r.kind)
        for r in read_board_list(_SLASH.sub(" / ", spelled_out(join_lines(open_.responsible), explained)), register)
    ]
    return Measure(
        code=open_.code,
        group_code=group_code,
        group_title=group_title,
        report_title=report_title,
        text=" ".join(join_lines(open_.texts).split()),
        responsible=responsible,
        section=group_title or open_.section,
        page=boxes[0].page,
        bbox=boxes[0].bbox,
        boxes=boxes,
    )


@dataclass
class _Reading:
    """The measures read so far, the group the next one falls in, the one still open and the table's columns."""

    report_title: str | None
    register: BoardRegister
    measures: list[Measure] = field(default_factory=list)
    group: tuple[str, str] | None = None
    current: _Open | None = None
    header: Columns | None = None
    header_cells: int = 0
    section: str | None = None  # the heading over a table's rows: "Insatsområde A – Den fysiska miljön"
    explained: dict[str, str] = field(default_factory=dict)  # the abbreviations the document explains

    def close(self) -> None:
        current = self.current
        if current is not None and current.listed and not current.responsible:
            pass  # a numbered list item no "Ansvar:" named: an item of a list
        elif current is not None and current.heading is not None and not current.responsible:
            # a coded heading no "Ansvar:" followed: it heads a group of measures, or a section ("5.3 Tidsfristen")
            if current.heading[0][:1].isdigit():
                self.group, self.section = None, " ".join(current.blocks[0].block.text.split())
            else:
                self.group = current.heading
        elif current is not None:
            self.measures.append(_measure(current, self.report_title, self.register, self.explained))
        self.current = None

    def heading(self, item: Analysed) -> None:
        if self.current is not None and RESPONSIBLE.match(item.block.text.strip()):
            self.paragraph(item)  # "Ansvarig: AMN, UBN" set in bold, read as a heading
            return
        self.close()
        text = item.block.text
        if numbered := _NUMBERED_HEADING.match(text.strip()):
            title = numbered.group("title").strip()
            self.current = _Open(numbered.group("code"), [title] if title else [], [item], self.group)
            self.current.stated = bool(title) and not _RUN_IN.search(title)
        elif coded := group_heading(text):
            # "A2.1 Stärkt koppling": a group's heading, or a measure's when its "Ansvar:" follows
            self.current = _Open(coded[0], [coded[1]], [item], self.group, heading=coded)
            self.current.stated = len(coded[1].split()) >= _STATING_WORDS
        else:
            self.group, self.section = None, " ".join(text.split())

    def row(self, item: Analysed) -> None:
        """A table row: a header, a measure's row, or the rest of the row above (split by a page break)."""
        block = item.block
        cells = [cell.text for cell in block.cells]
        named = _responsible_row(block)
        if named is not None and self.current is not None and not any(self.current.responsible):
            self.current.responsible = [responsible_part(named)]
            self.current.blocks.append(item)
            self.close()
            return
        if (columns := header_columns(cells)) is not None:
            self.header, self.header_cells = columns, len(cells)
            return
        columns = self.header or Columns(0, 1, len(cells) - 1 if len(cells) > 2 else None)
        if max(columns.code or 0, columns.text) >= len(cells):
            return
        text = cell_text(block, columns.text)
        wanted = columns.responsible
        responsible = cell_text(block, wanted) if wanted is not None and wanted < len(cells) else ""
        code, goes_on = self._code(columns, cells, text)
        if goes_on and self.current is not None:
            self.current.texts.append(text)
            self.current.responsible.append(responsible)
            self.current.blocks.append(item)
        elif code is not None:
            self.close()
            own = code[1] if columns.code is None else text
            self.current = _Open(code[0], [own], [item], self.group, [responsible], section=self.section)

    def _code(self, columns: Columns, cells: list[str], text: str) -> tuple[tuple[str | None, str] | None, bool]:
        """A row's code and its own text, if it opens a measure, and whether it goes on with the row above:
        no code where codes stand; in a table with no code column, a text going on in lower case."""
        if columns.code is not None:
            found = cell_code(cells[columns.code], own_column=self.header is not None)
            return found, self.current is not None and not cells[columns.code].strip()
        if len(cells) != self.header_cells or not text:
            return None, False  # not a row of this table: a page's furniture set as a row
        if self.current is not None and text[:1].islower():
            return None, True
        return cell_code(text, own_column=False) or (None, text), False

    def paragraph(self, item: Analysed) -> None:
        """A paragraph: a measure's opening (its code first), its "Ansvar:" line, or more of its text."""
        text = item.block.text
        if (number := _listed_code(item)) is not None and (self.current is None or self.current.listed):
            # "1. Utöka lärlingsplatserna i de kommunala bolagen. Ansvarig: AMN." (not an item in a measure's text)
            self.close()
            own, responsible = _split_responsible(text)
            self.current = _Open(number, [own], [item], None, [responsible] if responsible else [], listed=True)
            self.current.stated = True
            if responsible:
                self.close()
        elif (found := leading_code(text) or _numbered_paragraph(text)) is not None:
            self.close()
            own, responsible = _split_responsible(found[1])
            self.current = _Open(found[0], [own], [item], self.group, [responsible] if responsible else [])
            if responsible:
                self.close()
        elif (listed := RESPONSIBLE.match(text)) is not None and self.current is not None:
            self.current.responsible.append(responsible_part(listed.group("list")))
            self.current.blocks.append(item)
            self.close()
        elif self.current is not None:
            self._goes_on(item)

    def stated(self, item: Analysed) -> bool:
        """A memo's measure stated in a paragraph or list item of its own, "Åtgärd 3: En karta tas fram. Ansvar:
        tekniska nämnden.", or its "Ansvar:" line under it: a measure only if those responsible are named (not an
        answer's "Åtgärd 4 – Bolaget delar bedömningen")."""
        text = item.block.text.strip()
        if (found := _numbered_paragraph(text)) is not None:
            self.close()
            own, responsible = _split_responsible(found[1])
            self.current = _Open(found[0], [own], [item], None, [responsible] if responsible else [], listed=True)
            if responsible:
                self.close()
            return True
        if self.current is not None and self.current.listed and (named := RESPONSIBLE.match(text)) is not None:
            self.current.responsible.append(responsible_part(named.group("list")))
            self.current.blocks.append(item)
            self.close()
            return True
        return False

    def _goes_on(self, item: Analysed) -> None:
        """More of the open measure's text, its paragraph ending with who is responsible ("… Ansvarig: KS")."""
        assert self.current is not None
        own, responsible = _split_responsible(item.block.text)
        if not self.current.responsible and not self.current.stated:
            self.current.texts.append(own)
            self.current.blocks.append(item)
        if responsible and not self.current.responsible:
            self.current.responsible.append(responsible)
            if item not in self.current.blocks:
                self.current.blocks.append(item)
            self.close()


def extract_coded_measures(
    analysed: Sequence[Analysed], report_title: str | None, register: BoardRegister
) -> list[Measure]:
    reading = _Reading(report_title, register, explained=glossary(analysed))
    for item in analysed:
        if item.block.kind == "heading":
            reading.heading(item)
        elif item.block.kind == "table_row":
            reading.row(item)
        else:
            reading.paragraph(item)
    reading.close()
    return reading.measures


def extract_table_measures(
    analysed: Sequence[Analysed], report_title: str | None, register: BoardRegister
) -> list[Measure]:
    """The measures of a measures table in a document of any kind (a memo that sends a programme out sets the
    measures it asks about so): only rows under a header naming a code column and those responsible ("Åtgärd |
    Beskrivning | Ansvar", "Nr | Insats | Huvudansvar"); a table of recipients or of figures names no such column.
    A heading ends the table, a paragraph the measure open."""
    if not any(_measures_header(item.block) or _numbered_paragraph(item.block.text) for item in analysed):
        return []  # most documents have none: no glossary made for them
    reading = _Reading(report_title, register, explained=glossary(analysed))
    for item in analysed:
        if item.block.kind in ("paragraph", "list_item") and reading.stated(item):
            continue  # a heading is read below: it ends the table and names the section
        if item.block.kind != "table_row":
            reading.close()
            if item.block.kind == "heading":
                reading.header, reading.section = None, " ".join(item.block.text.split())
            continue
        found = header_columns([cell.text for cell in item.block.cells])
        if found is not None and (found.code is None or found.responsible is None):
            reading.close()
            reading.header = None
        elif found is not None or reading.header is not None:
            reading.row(item)
    reading.close()
    return reading.measures


def _measures_header(block: Block) -> bool:
    if block.kind != "table_row":
        return False
    found = header_columns([cell.text for cell in block.cells])
    return found is not None and found.code is not None and found.responsible is not None


def _names_responsible(block: Block) -> bool:
    """Whether a block names those responsible for the measure above it: "Ansvarig: …" (in bold, read as a
    heading, too), a paragraph ending so, a row "Ansvarig | …"."""
    text = block.text.strip()
    if block.kind == "table_row":
        return _responsible_row(block) is not None
    return bool(RESPONSIBLE.match(text) or (block.kind == "paragraph" and _INLINE_RESPONSIBLE.search(text)))


def headed_measures(blocks: Sequence[Block]) -> int:
    """How many coded headings ("3.1 Sommarjobb för alla …", "A2.1 …", "Förslag 4.1 …") have a line naming
    who is responsible under them, before the next heading, and how many numbered list items end by naming
    them ("1. Utöka lärlingsplatserna … Ansvarig: AMN."): a report's measures, set so."""
    count, under = 0, False
    for block in blocks:
        text = block.text.strip()
        if under and _names_responsible(block):
            count, under = count + 1, False
        elif block.kind == "heading":
            under = bool(_NUMBERED_HEADING.match(text) or group_heading(text))
        elif block.kind == "list_item" and _ITEM_NUMBER.match((block.marker or "").strip()):
            count += bool(_INLINE_RESPONSIBLE.search(text))
    return count
