"""Numbered measures of a commission report: "A2.1.1 ... Ansvar: ...", or rows of a measures table.

Codes are hierarchical: area "A2", group "A2.1" (a heading "A2.1 Stärkt koppling
mellan skola och arbetsliv"), measure "A2.1.1". Two layouts:

* numbered headings ("3.1 Sommarjobb för alla …", "1. Kvällsöppna skolidrottshallar"), each a measure when
  its "Ansvarig:" line follows before the next heading, a section or chapter otherwise;
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

from collections.abc import Sequence
from dataclasses import dataclass, field

from atgard.extract.abbreviations import glossary, spelled_out
from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.measure_openings import (
    INLINE_RESPONSIBLE,
    ITEM_NUMBER,
    MEASURE_ASIDE,
    NAMING_TITLE,
    RUN_IN,
    SHORT_CODED_PARAGRAPH,
    STATING_WORDS,
    UNSETTLED_RESPONSIBLE,
    group_heading,
    leading_code,
    listed_code,
    numbered_heading,
    numbered_paragraph,
    numbered_title,
    split_responsible,
    stating_sentence,
)
from atgard.extract.measure_responsible import measure_responsible
from atgard.extract.measure_tables import (
    RESPONSIBLE_CELL,
    Columns,
    box_labels,
    cell_code,
    cell_text,
    header_columns,
    summary_codes,
)
from atgard.extract.read.text import join_lines
from atgard.extract.responsible import RESPONSIBLE, responsible_part
from atgard.extract.rules import rule
from atgard.schema import Block
from atgard.schema.contract import Measure
from atgard.schema.read import union_per_page


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
    tabled: bool = False  # a table row's: a summary's short title when the text states the measure too
    short: bool = False  # opened by a short code ("A1 …"): a measure only if the very next block names who
    titled: bool = False  # opened by a bare-numbered title ("1. Kvällsöppna skolidrottshallar")
    named: str | None = None  # its heading's title names it ("Åtgärd 1. Vägledning om …"), the paragraph states it


def _responsible_row(block: Block) -> str | None:
    """Those responsible, as a two-cell row of a measure's small table names them: "Ansvarig | AMN, UBN", "Ansvar:
    | KS" (not a row of labels, "Ansvarig | Tidplan", whose next row says who)."""
    cells = [cell.text for cell in block.cells]
    if len(cells) != 2 or not RESPONSIBLE_CELL.match(cells[0].strip()) or box_labels(cells) is not None:
        return None
    return cells[1]


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
    written = join_lines(open_.responsible)
    responsible = (
        []
        if UNSETTLED_RESPONSIBLE.match(written.strip())
        else measure_responsible(_SLASH.sub(" / ", spelled_out(written, explained)), register)
    )
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


def _same_measure(code: str, text: str, other: str) -> bool:
    """Whether a text's measure and a table's row of the same code are one: a code with a letter or a dot ("A1",
    "2.1", "1:2") is the report's own; a bare number ("1") is, only if the two share a word ("Utöka
    lärlingsplatserna …" / "Fler lärlingsplatser"), a list and a table numbering each their own.

    >>> _same_measure("1", "Utöka lärlingsplatserna.", "Fler lärlingsplatser"), _same_measure("1", "Ny plan", "Utöka")
    (True, False)
    >>> _same_measure("A1", "Ny plan", "Fler feriejobb")
    True
    """
    return not code.isdigit() or bool(_stems(text) & _stems(other))


def _stems(text: str) -> set[str]:
    """A text's words of five letters or more, by their first five ("lärlingsplatserna", "lärlingsplatser")."""
    words = "".join(c if c.isalpha() else " " for c in text.casefold()).split()
    return {word[:5] for word in words if len(word) >= 5}


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
    stated_at: dict[str, tuple[int, bool]] = field(default_factory=dict)  # a code's measure: where, if tabled
    box: tuple[int, int] | None = None  # the open measure's box of labels: the column naming who, its cells
    titled: list[Measure] = field(default_factory=list)  # the measures read under bare-numbered titles

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
            if current.heading is not None and not any(current.texts):
                current.texts.append(current.heading[1])  # "3. Meröppna bibliotek" / "Ansvarig: …": its title
            elif current.named and not any(current.texts):
                current.texts.append(current.named)  # no paragraph under it: its title is all it says
            measure = _measure(current, self.report_title, self.register, self.explained)
            self._add(measure, current.tabled)
            if current.titled:
                self.titled.append(measure)
        self.current, self.box = None, None

    def without_lone_titled(self) -> list[Measure]:
        """The measures, less a lone one under a bare-numbered title: one such heading with an "Ansvarig:" line
        is a chapter that names who follows it up ("5. Genomförande och uppföljning" / "Ansvarig:
        Kommunstyrelsen"); a report's measures so headed come several."""
        if len(self.titled) != 1:
            return self.measures
        return [measure for measure in self.measures if measure is not self.titled[0]]

    def _add(self, measure: Measure, tabled: bool) -> None:
        """A measure read, once: a code the text states and a summary table sets again ("A1 Skolgårdarnas friytor
        inventeras … Ansvar: …" / "A1 | Inventering | …") is the text's measure, with the table's responsible if
        the text names none."""
        code = measure.code or ""
        stated = self.stated_at.get(code) if code else None
        if stated is not None and not _same_measure(code, measure.text, self.measures[stated[0]].text):
            stated = None  # "1. Utöka lärlingsplatserna …" and a table's "1 | Fler feriejobb för unga": two lists
        if stated is None or stated[1] == tabled:
            if code and code not in self.stated_at:
                self.stated_at[code] = (len(self.measures), tabled)
            self.measures.append(measure)
            return
        index, was_tabled = stated
        kept, other = (measure, self.measures[index]) if was_tabled else (self.measures[index], measure)
        self.measures[index] = kept.model_copy(update={"responsible": kept.responsible or other.responsible})
        self.stated_at[code] = (index, False)

    def heading(self, item: Analysed) -> None:
        if self.current is not None and RESPONSIBLE.match(item.block.text.strip()):
            self.paragraph(item)  # "Ansvarig: AMN, UBN" set in bold, read as a heading
            return
        if self._title_goes_on(item):
            return
        self.close()
        text = item.block.text
        if (found := numbered_heading(item.block)) is not None:
            numbered, over = found
            if over is not None:  # "Värmeböljor" over "Åtgärd V1", set as one heading: the section it opens
                self.group, self.section = None, over
            title = numbered.group("title").strip()
            # "Åtgärd 1. Vägledning om …": named by its title, stated by the paragraph (a run-in title begins the text)
            run_in = RUN_IN.search(title) is not None and not stating_sentence(title)
            named = not run_in and NAMING_TITLE.match(title) is not None
            self.current = _Open(numbered.group("code"), [title] if title and not named else [], [item], self.group)
            self.current.stated = bool(title) and not named and not run_in
            self.current.named = title if named else None
        elif coded := group_heading(text):
            # "A2.1 Stärkt koppling": a group's heading, or a measure's when its "Ansvar:" follows
            self.current = _Open(coded[0], [coded[1]], [item], self.group, heading=coded)
            self.current.stated = len(coded[1].split()) >= STATING_WORDS
        elif titled := numbered_title(text):
            # "1. Kvällsöppna skolidrottshallar": a measure named, stated by the paragraphs under it, when its
            # "Ansvarig nämnd:" follows; a chapter otherwise ("1. Inledning"), in which the measures stand
            self.current = _Open(titled[0], [], [item], None, heading=titled, section=self.section, titled=True)
        else:
            self.group, self.section = None, " ".join(text.split())

    def _title_goes_on(self, item: Analysed) -> bool:
        """A heading in lower case right under a measure's numbered heading is the rest of its title, broken over a
        page or column ("Förslag 3: Erbjud avgiftsfri sommarlovsverksamhet för barn och unga" / "mellan 6 och 15 år
        i alla kommundelar.")."""
        current, text = self.current, item.block.text.strip()
        if current is None or len(current.blocks) != 1 or not current.texts or not text[:1].islower():
            return False
        if current.blocks[0].block.kind != "heading":
            return False
        current.texts[-1] = f"{current.texts[-1]} {text}"
        current.blocks.append(item)
        return True

    def row(self, item: Analysed) -> None:
        """A table row: a header, a measure's row, or the rest of the row above (split by a page break)."""
        block = item.block
        cells = [cell.text for cell in block.cells]
        if self.current is not None and self.current.short and _responsible_row(block) is None:
            self.close()  # "E4 Sundsvall–Umeå …" over a table: no measure
        if self._box_labels(item, cells):
            return
        named = self._boxed(block) or _responsible_row(block)
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
        if columns.code is None and (codes := summary_codes(text)) is not None:
            self._restated(codes, responsible)  # "S1–S3 | Tekniska nämnden | 2026–2030": a summary's row
            return
        code, goes_on = self._code(columns, cells, text)
        if goes_on and self.current is not None:
            self.current.texts.append(text)
            self.current.responsible.append(responsible)
            self.current.blocks.append(item)
        elif code is not None:
            self._grouping(code[0])
            self.close()
            own = code[1] if columns.code is None else text
            self.current = _Open(code[0], [own], [item], self.group, [responsible], section=self.section, tabled=True)

    def _grouping(self, code: str | None) -> None:
        """The open row, when the next row's code falls under its own ("1 | Spridningssamband | | " over "1.1 | …"),
        and it names no one: an area's heading row, its title the group's."""
        current = self.current
        if current is None or not current.tabled or current.code is None or code is None or any(current.responsible):
            return
        if code.startswith(current.code + ".") or code.startswith(current.code + ":"):
            self.group, self.current = (current.code, " ".join(join_lines(current.texts).split())), None

    def _restated(self, codes: list[str], responsible: str) -> None:
        """A summary table's row restating measures stated above by their codes: no measure of its own; it names
        who is responsible for those whose text named no one."""
        self.close()
        for code in codes:
            if (stated := self.stated_at.get(code)) is not None and not self.measures[stated[0]].responsible:
                refs = measure_responsible(spelled_out(responsible, self.explained), self.register)
                self.measures[stated[0]] = self.measures[stated[0]].model_copy(update={"responsible": refs})

    def _box_labels(self, item: Analysed, cells: list[str]) -> bool:
        """A row of labels in the box under an open measure ("Ansvarig | Tidplan"): its next row says who."""
        if self.current is None or any(self.current.responsible) or (column := box_labels(cells)) is None:
            return False
        self.box = (column, len(cells))
        self.current.blocks.append(item)
        return True

    def _boxed(self, block: Block) -> str | None:
        """Those responsible in the row under a box's labels, in the labelled column."""
        if self.box is None or len(block.cells) != self.box[1]:
            return None
        return cell_text(block, self.box[0])

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
        return cell_code(text, own_column=False, measures_column=True) or (None, text), False

    def paragraph(self, item: Analysed) -> None:
        """A paragraph: a measure's opening (its code first), its "Ansvar:" line, or more of its text."""
        text = item.block.text
        if self.current is not None and self.current.short and not RESPONSIBLE.match(text):
            self.close()  # a short code's "Ansvar:" did not follow at once: a grid square, a road ("E4 Sundsvall")
        if (number := listed_code(item)) is not None and (self.current is None or self.current.listed):
            # "1. Utöka lärlingsplatserna i de kommunala bolagen. Ansvarig: AMN." (not an item in a measure's text)
            self.close()
            own, responsible = split_responsible(text)
            self.current = _Open(number, [own], [item], None, [responsible] if responsible else [], listed=True)
            self.current.stated = True
            if responsible:
                self.close()
        elif (found := leading_code(text) or numbered_paragraph(text)) is not None:
            self.close()
            own, responsible = split_responsible(found[1])
            self.current = _Open(found[0], [own], [item], self.group, [responsible] if responsible else [])
            if responsible:
                self.close()
        elif self.current is None and (short := SHORT_CODED_PARAGRAPH.match(text.strip())) is not None:
            # "A1 Skolgårdarnas friytor inventeras …": a measure if its "Ansvar:" follows at once; inside an open
            # measure, its text ("E18 Norrtäljevägen är en barriär …")
            own, responsible = split_responsible(short.group("title"))
            code = short.group("code")
            self.current = _Open(code, [own], [item], None, [responsible] if responsible else [], listed=True)
            self.current.section, self.current.short = self.section, True
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
        if (found := numbered_paragraph(text)) is not None:
            self.close()
            own, responsible = split_responsible(found[1])
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
        own, responsible = split_responsible(item.block.text)
        if MEASURE_ASIDE.match(own.strip()):
            self.current.stated = True  # "Motiv: …": what follows argues for the measure, up to its "Ansvarig:"
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
    return reading.without_lone_titled()


def extract_table_measures(
    analysed: Sequence[Analysed], report_title: str | None, register: BoardRegister
) -> list[Measure]:
    """The measures of a measures table in a document of any kind (a memo that sends a programme out sets the
    measures it asks about so): only rows under a header naming a code column and those responsible ("Åtgärd |
    Beskrivning | Ansvar", "Nr | Insats | Huvudansvar"); a table of recipients or of figures names no such column.
    A heading ends the table, a paragraph the measure open."""
    if not any(_measures_header(item.block) or numbered_paragraph(item.block.text) for item in analysed):
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
        cells = [cell.text for cell in block.cells]
        return _responsible_row(block) is not None or box_labels(cells) is not None
    return bool(RESPONSIBLE.match(text) or (block.kind == "paragraph" and INLINE_RESPONSIBLE.search(text)))


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
            under = bool(numbered_heading(block) or group_heading(text) or numbered_title(text))
        elif block.kind == "list_item" and ITEM_NUMBER.match((block.marker or "").strip()):
            count += bool(INLINE_RESPONSIBLE.search(text))
    return count
