"""Numbered measures of a commission report: "A2.1.1 ... Ansvar: ...", or rows of a measures table.

Codes are hierarchical: area "A2", group "A2.1" (a heading "A2.1 Stärkt koppling
mellan skola och arbetsliv"), measure "A2.1.1". Two layouts:

* numbered paragraphs: a paragraph that starts with a code opens a measure, the
  paragraphs after it continue its text, a line "Ansvar: ..." (or "Ansvarig
  nämnd:", "Ansvariga:") names who is responsible and closes it;
* a table "Nr | Åtgärd | Ansvarig" (columns found from the header row): a row
  with a code opens a measure, a row without one continues the cells of the row
  above (a row split by a page break), a repeated header row is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.codes import leading_code_span
from atgard.extract.mentions import read_board_list
from atgard.extract.read.text import join_lines
from atgard.extract.rules import rule
from atgard.schema.contract import BoardRef, Measure
from atgard.schema.read import union_per_page

_RESPONSIBLE = rule(
    "measure.responsible",
    r"^(?:ansvar|ansvarig(?:a)?(?:\s+(?:nämnd(?:er)?|bolag|aktör(?:er)?|för\s+genomförande))?|huvudansvar(?:ig)?)"
    r"\s*:\s*(?P<list>.+)$",
    matches=("Ansvar: Utbildningsnämnden", "Ansvariga nämnder: socialnämnden och kulturnämnden", "Huvudansvar: SBR"),
    not_matches=("Ansvaret ligger hos nämnderna.",),
    flags=re.IGNORECASE | re.DOTALL,
)
# A second label on the line names more of those responsible: "Huvudansvar: X. Medansvar: Y."
_MORE_RESPONSIBLE = rule(
    "measure.more_responsible",
    r"\s*[.;,]?\s*\b(?:medansvar\w*|delansvar\w*|övriga\s+ansvariga|samverkanspart\w*|berörda)\s*:\s*",
    matches=("Spånga-Tensta stadsdelsnämnd. Medansvar: Socialnämnden", "X; delansvar: Y", "X, samverkanspartner: Y"),
    not_matches=("Socialnämnden i samverkan med stadsdelsnämnderna",),
)
# Partners set apart after those responsible: "Ansvarig: äldrenämnden; i samverkan med pensionärsrådet", "…, i
# samarbete med Region Stockholm". They take part; they are not responsible ("X i samverkan med Y", unparted, names
# both as the measure's bodies).
_PARTNERS = rule(
    "measure.partners",
    r"\s*[;,]\s*(?:i\s+samverkan|i\s+samarbete|i\s+samråd|i\s+dialog|tillsammans|med\s+stöd)\s+(?:med|av|från)\b.*$",
    matches=(
        "äldrenämnden; i samverkan med pensionärsorganisationerna och stadens pensionärsråd.",
        "kulturnämnden och idrottsnämnden, i samverkan med Region Stockholm i de delar som gäller",
        "trafiknämnden; tillsammans med berörda stadsdelsnämnder",
    ),
    not_matches=("Trafiknämnden i samverkan med stadsdelsnämnderna", "socialnämnden, kulturnämnden och SISAB"),
    flags=re.IGNORECASE | re.DOTALL,
)


def _responsible_part(text: str) -> str:
    """Those responsible, as a line names them: other labels' bodies too, partners set apart after them not."""
    return _MORE_RESPONSIBLE.sub(", ", _PARTNERS.sub("", text))


# A measures table's header row: the column of codes, of the measures' texts, of those responsible.
_CODE_HEADER = rule(
    "measure.table.code",
    r"^(nr|nummer|kod|id|åtgärds?(?:nummer|nr)|#)\.?$",
    matches=("Nr", "Nr.", "Åtgärdsnummer", "#"),
    not_matches=("Åtgärd",),
)
_TEXT_HEADER = rule(
    "measure.table.text",
    r"^(åtgärd(?:er)?|åtgärdsförslag|förslag(?:\s+till\s+åtgärd)?|beskrivning)$",
    matches=("Åtgärd", "Förslag till åtgärd", "Beskrivning"),
    not_matches=("Nr", "Ansvarig"),
)
_RESPONSIBLE_HEADER = rule(
    "measure.table.responsible",
    r"^(ansvar\w*(?:\s+\w+)?|huvudansvar\w*)$",
    matches=("Ansvarig", "Ansvarig nämnd", "Huvudansvarig"),
    not_matches=("Åtgärd",),
)


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
    r"^(?:förslag|åtgärd|rekommendation)\s+(?P<code>\d{1,2}(?:\.\d{1,2}){0,3})\s*[:.–-]?\s*(?P<title>.*)$",
    matches=("Förslag 1", "Åtgärd 3: Fler feriejobb", "Rekommendation 2.1"),
    not_matches=("Förslag till beslut", "Kommissionens förslag"),
)

# The same opening a paragraph, its text after the number: "Åtgärd 1.1 Stadens familjecentraler byggs ut."
_NUMBERED_PARAGRAPH = rule(
    "measure.numbered_paragraph",
    r"^(?i:åtgärd|förslag|rekommendation)\s+(?P<code>[A-ZÅÄÖ]?\d{1,2}(?:\.\d{1,2}){0,3})\s*[:.–-]?\s+(?P<title>[A-ZÅÄÖ].*)$",
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
    r"(?<=[.!?])\s+(?:ansvar|ansvarig(?:a)?(?:\s+(?:nämnd(?:er)?|bolag|aktör(?:er)?))?|huvudansvar(?:ig)?)\s*:\s*",
    matches=("utvidgas till hela staden. Ansvarig: socialnämnden", "byggs ut. Ansvar: SBR"),
    not_matches=("Ansvaret ligger hos nämnderna.", "Ansvar: Utbildningsnämnden"),
)

_GROUP_HEADING = rule(
    "measure.group_heading",
    r"^(?P<letter>[A-ZÅÄÖ])\.?\s?(?P<numbers>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>\S.*)$",
    matches=("A2.1 Stärkt koppling mellan skola och arbetsliv", "C.3 Bättre uppföljning"),
    not_matches=("5. Kommissionens förslag", "a2.1 text"),
    flags=0,
)


def group_heading(text: str) -> tuple[str, str] | None:
    """``(group code, title)`` of a heading such as "A2.1 Stärkt koppling" or "C.3 Bättre uppföljning".

    >>> group_heading("C.3 Bättre uppföljning"), group_heading("5. Kommissionens förslag")
    (('C3', 'Bättre uppföljning'), None)
    """
    found = _GROUP_HEADING.match(text.strip())
    if not found:
        return None
    return found.group("letter") + found.group("numbers"), found.group("title").strip()


@dataclass
class _Open:
    code: str
    texts: list[str]
    blocks: list[Analysed]
    group: tuple[str, str] | None
    responsible: list[str] = field(default_factory=list)  # as written, a piece per line or row
    heading: tuple[str, str] | None = None  # opened by a coded heading: a measure only if its responsible follow
    stated: bool = False  # its heading states it ("Förslag 4.2 Utöka öppettiderna"): the text under it argues for it


def _numbered_paragraph(text: str) -> tuple[str, str] | None:
    """``(code, rest)`` of a paragraph opened by "Åtgärd 1.1", "Förslag 3:" and the measure's own sentence."""
    found = _NUMBERED_PARAGRAPH.match(text.strip())
    return (found.group("code"), found.group("title")) if found else None


def _split_responsible(text: str) -> tuple[str, str]:
    """A measure's text and who is responsible, when its paragraph ends by saying so ("... Ansvarig: X.")."""
    found = _INLINE_RESPONSIBLE.search(text)
    if found is None:
        return text, ""
    return text[: found.start()], _responsible_part(text[found.end() :])


def _measure(open_: _Open, report_title: str | None, register: BoardRegister) -> Measure:
    group_code, group_title = open_.group or (open_.code.rsplit(".", 1)[0], None)
    if not open_.code.startswith(group_code + "."):
        group_code, group_title = open_.code.rsplit(".", 1)[0], None
    boxes = union_per_page([box for item in open_.blocks for box in item.block.boxes])
    responsible = [
        BoardRef(name=r.name, board_id=r.board_id, kind=r.kind)
        for r in read_board_list(join_lines(open_.responsible), register)
    ]
    return Measure(
        code=open_.code,
        group_code=group_code,
        group_title=group_title,
        report_title=report_title,
        text=" ".join(join_lines(open_.texts).split()),
        responsible=responsible,
        section=group_title,
        page=boxes[0].page,
        bbox=boxes[0].bbox,
        boxes=boxes,
    )


def _columns(cells: Sequence[str]) -> tuple[int, int, int | None] | None:
    """(code, text, responsible) column indexes of a header row, if it is one."""
    names = [" ".join(cell.split()) for cell in cells]
    texts = [i for i, name in enumerate(names) if _TEXT_HEADER.match(name)]
    if not texts:
        return None
    # "Åtgärd | Beskrivning | Ansvarig": with two text-like headers and no "Nr", the first holds the code.
    code = next((i for i, name in enumerate(names) if _CODE_HEADER.match(name)), texts[0] if len(texts) > 1 else 0)
    text = next(i for i in texts if i != code) if len(texts) > 1 else texts[0]
    responsible = next((i for i, name in enumerate(names) if _RESPONSIBLE_HEADER.match(name)), None)
    return code, text, responsible


@dataclass
class _Reading:
    """The measures read so far, the group the next one falls in, the one still open and the table's columns."""

    report_title: str | None
    register: BoardRegister
    measures: list[Measure] = field(default_factory=list)
    group: tuple[str, str] | None = None
    current: _Open | None = None
    header: tuple[int, int, int | None] | None = None

    def close(self) -> None:
        current = self.current
        if current is not None and current.heading is not None and not current.responsible:
            self.group = current.heading  # a coded heading no "Ansvar:" followed: it heads a group of measures
        elif current is not None:
            self.measures.append(_measure(current, self.report_title, self.register))
        self.current = None

    def heading(self, item: Analysed) -> None:
        self.close()
        text = item.block.text
        if numbered := _NUMBERED_HEADING.match(text.strip()):
            title = numbered.group("title").strip()
            self.current = _Open(numbered.group("code"), [title] if title else [], [item], self.group)
            self.current.stated = bool(title)
        elif coded := group_heading(text):
            # "A2.1 Stärkt koppling": a group's heading, or a measure's when its "Ansvar:" follows
            self.current = _Open(coded[0], [coded[1]], [item], self.group, heading=coded)
        else:
            self.group = None

    def row(self, item: Analysed) -> None:
        """A table row: a header, a measure's row (it has a code), or the rest of the row above."""
        cells = [cell.text for cell in item.block.cells]
        if (columns := _columns(cells)) is not None:
            self.header = columns
            return
        code_col, text_col, resp_col = self.header or (0, 1, len(cells) - 1 if len(cells) > 2 else None)
        if max(code_col, text_col) >= len(cells):
            return
        found = leading_code(cells[code_col])
        text = join_lines(cells[text_col].splitlines())
        responsible = join_lines(cells[resp_col].splitlines()) if resp_col is not None else ""
        if found:
            self.close()
            self.current = _Open(found[0], [text], [item], self.group, [responsible])
        elif self.current is not None and not cells[code_col].strip():
            self.current.texts.append(text)
            self.current.responsible.append(responsible)
            self.current.blocks.append(item)

    def paragraph(self, item: Analysed) -> None:
        """A paragraph: a measure's opening (its code first), its "Ansvar:" line, or more of its text."""
        text = item.block.text
        if (found := leading_code(text) or _numbered_paragraph(text)) is not None:
            self.close()
            own, responsible = _split_responsible(found[1])
            self.current = _Open(found[0], [own], [item], self.group, [responsible] if responsible else [])
            if responsible:
                self.close()
        elif (listed := _RESPONSIBLE.match(text)) is not None and self.current is not None:
            self.current.responsible.append(_responsible_part(listed.group("list")))
            self.current.blocks.append(item)
            self.close()
        elif self.current is not None and not self.current.responsible and not self.current.stated:
            self.current.texts.append(text)
            self.current.blocks.append(item)


def extract_coded_measures(
    analysed: Sequence[Analysed], report_title: str | None, register: BoardRegister
) -> list[Measure]:
    reading = _Reading(report_title, register)
    for item in analysed:
        if item.block.kind == "heading":
            reading.heading(item)
        elif item.block.kind == "table_row":
            reading.row(item)
        else:
            reading.paragraph(item)
    reading.close()
    return reading.measures
