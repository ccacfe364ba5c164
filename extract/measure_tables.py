"""A measures table: its header row, its code column, and the text of a cell as running text.

A plan sets its measures in a table: "Nr | Åtgärd | Ansvarig | Tidplan", "Insats | Huvudansvar", "Kod |
Aktivitet | Ansvariga nämnder". The header row says which column holds what: the code (its own column, or
none), the measure's text, those responsible. A code in its own column may be short ("A1", "3", "2.1"): the
column says it is a code. A narrow column breaks a word too long for it without a hyphen
("samverkansöverenskom" / "melser"): the line that fills the column and the lower-case piece after it are
one word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from atgard.extract.codes import COLON_NUMBER, leading_code_span, normalize_code
from atgard.extract.read.text import join_lines
from atgard.extract.responsible import LABEL
from atgard.extract.rules import rule
from atgard.extract.vocabulary import MEASURE_AREA, MEASURE_NUMBER
from atgard.schema import Block

# A measures table's header row: the column of codes, of the measures' texts, of those responsible.
_CODE_HEADER = rule(
    "measure.table.code",
    r"^(nr|nummer|kod|id|ref|(?:åtgärds?|insats|aktivitets)(?:nummer|nr|kod)|(?:åtgärd|insats)\s+nr|#)\.?$",
    matches=("Nr", "Nr.", "Åtgärdsnummer", "#", "Insatsnr", "Åtgärd nr"),
    not_matches=("Åtgärd", "Nämnd"),
)
_TEXT_HEADER = rule(
    "measure.table.text",
    r"^(åtgärd(?:er|en)?|insats(?:er|en)?|aktivitet(?:er|en)?|åtgärd\s*/\s*aktivitet|åtgärdsförslag|"
    r"förslag(?:\s+till\s+åtgärd)?|beskrivning(?:\s+av\s+(?:åtgärd|insats|aktivitet)(?:en)?)?|"
    # what the measure holds, beside a column of codes headed "Åtgärd": "Åtgärd | Innehåll | Ansvar"
    r"innehåll(?:et)?(?:\s+i\s+(?:åtgärd|insats|aktivitet)(?:en)?)?)$",
    matches=(
        "Åtgärd",
        "Förslag till åtgärd",
        "Beskrivning",
        "Insats",
        "Aktiviteter",
        "Åtgärd/aktivitet",
        "Innehåll",
        "Innehåll i åtgärden",
    ),
    not_matches=("Nr", "Ansvarig", "Uppdrag", "Ärende", "Insatsområde"),
)
_RESPONSIBLE_HEADER = rule(
    "measure.table.responsible",
    # the responsible as the plan proposes them: "Föreslaget ansvar", "Föreslagen ansvarig", "Förslag till ansvarig";
    # a plural left open: "Ansvarig(a) nämnd(er)", "Ansvarig/a"; two kinds: "Ansvarig nämnd/bolag"
    r"^((?:föreslag(?:et|en|na)\s+|förslag\s+till\s+)?ansvar\w*(?:\(a\)|/a)?"
    r"(?:\s+\w+(?:\(\w+\))?(?:\s*(?:och|/)\s*\w+)?)?|huvudansvar\w*|(?:vem|vilka)\s+ansvarar)$",
    matches=(
        "Ansvarig",
        "Ansvarig nämnd",
        "Huvudansvarig",
        "Ansvar",
        "Ansvariga nämnder",
        "Huvudansvar",
        "Föreslaget ansvar",
        "Föreslagna ansvariga",
        "Förslag till ansvarig nämnd",
        "Ansvarig(a) nämnd(er)",
        "Ansvarig/a",
        "Ansvarig nämnd/bolag",
        "Ansvariga nämnder och bolag",
    ),
    not_matches=("Åtgärd", "Tidplan", "Föreslaget beslut"),
)
# A code in a column of codes: "A1", "B.2", "3", "2.1", "4.", with a letter or two ("KA1": klimatanpassning) or
# none; Göteborg's "1:2".
_SHORT_CODE = rule(
    "measure.table.short_code",
    rf"^(?:(?:{MEASURE_AREA}[.\s]?)?{MEASURE_NUMBER}|\d{{1,2}}:\d{{1,2}})\.?$",
    matches=("A1", "B.2", "3", "2.1", "4.", "C 3", "A2.1.1", "1:2", "3:4", "KA1", "KA 2.1"),
    not_matches=("2027", "Nr", "A1 Belysning", "1 000", "2010:800", "1:a", "1:2:3", "SFS 2010", "KAB1"),
    flags=0,
)
# Words that stand alone after a line of one long word: the line ended at the word, it did not break it.
_FREE_WORD = rule(
    "measure.table.free_word",
    r"^(?:i|och|av|med|för|på|till|som|att|om|en|ett|de|det|den|samt|eller|vid|från|mot)$",
    matches=("och", "samt", "i"),
    not_matches=("melser", "arbete", "ochså"),
    flags=0,
)
_LONG_WORD = 8  # a word the column breaks is longer than this
_FILL = 1.0  # points: the broken line is the cell's widest


@dataclass(frozen=True)
class Columns:
    """The columns of a measures table: its code (None: no code column), its text and those responsible."""

    code: int | None
    text: int
    responsible: int | None


def header_columns(cells: Sequence[str]) -> Columns | None:
    """The columns a header row names, if it is a measures table's header.

    >>> header_columns(["Nr", "Åtgärd", "Ansvarig", "Tidplan"])
    Columns(code=0, text=1, responsible=2)
    >>> header_columns(["Insats", "Huvudansvar"]), header_columns(["Uppdrag", "Ansvarig", "Status"])
    (Columns(code=None, text=0, responsible=1), None)
    """
    names = [" ".join(cell.split()) for cell in cells]
    texts = [i for i, name in enumerate(names) if _TEXT_HEADER.match(name)]
    if not texts:
        return None
    code = next((i for i, name in enumerate(names) if _CODE_HEADER.match(name)), None)
    # "Åtgärd | Beskrivning | Ansvarig": with two text-like headers and no "Nr", the first holds the code.
    if code is None and len(texts) > 1:
        code = texts[0]
    text = next(i for i in texts if i != code)
    responsible = next((i for i, name in enumerate(names) if _RESPONSIBLE_HEADER.match(name)), None)
    return Columns(code, text, responsible)


# A measure's own small box under its heading: a row of labels, then a row of what they say ("Ansvarig | Tidplan" /
# "Regionala utvecklingsnämnden | 2027–2028"). The labels beside the one that names those responsible: when,
# what it costs, how it is paid for, how it is followed up.
_BOX_LABEL = rule(
    "measure.box_label",
    r"^(?:tid(?:s)?plan|tid(?:punkt|period|ram)?|när|period|genomförande(?:tid|period)|klart|start|slut|status|"
    r"kostnad(?:er)?|(?:beräknad\s+)?budget|finansiering|resurser|uppföljning|indikator(?:er)?|mått|"
    r"samverkan(?:spart(?:ner|er)?)?|medansvar(?:ig|iga)?|prioritet)\s*:?$",
    matches=(
        "Tidplan",
        "Tidsplan",
        "Tidpunkt",
        "Kostnad",
        "Finansiering",
        "Uppföljning",
        "Samverkanspartner",
        "Klart:",
    ),
    not_matches=("Ansvarig", "2027–2028", "Regionala utvecklingsnämnden", "Tidplanen är preliminär"),
)
# A cell that only names the label of those responsible: "Ansvarig", "Ansvar:", in a measure's box or its row.
RESPONSIBLE_CELL = rule(
    "measure.responsible_cell",
    rf"^{LABEL}\s*:?$",
    matches=("Ansvarig", "Ansvar:", "Ansvariga nämnder", "Huvudansvarig"),
    not_matches=("Ansvarsfördelning", "Tidplan", "Ansvarig: KS"),
)


def box_labels(cells: Sequence[str]) -> int | None:
    """The column naming those responsible, when a row is a measure's box of labels ("Ansvarig | Tidplan").

    >>> box_labels(["Ansvarig", "Tidplan"]), box_labels(["Tidplan", "Ansvar", "Kostnad"])
    (0, 1)
    >>> box_labels(["Ansvarig", "Kulturnämnden"]), box_labels(["Ansvarig", "Ansvarig"])
    (None, None)
    """
    names = [" ".join(cell.split()) for cell in cells]
    responsible = [i for i, name in enumerate(names) if RESPONSIBLE_CELL.match(name)]
    others = [name for i, name in enumerate(names) if i not in responsible]
    if len(responsible) != 1 or not others or not all(_BOX_LABEL.match(name) for name in others):
        return None
    return responsible[0]


# The code a measure's cell opens with in a table whose header names no code column ("Förslag | Ansvarig" over
# "1:1 Stadens lokaler görs bokningsbara … | Kulturnämnden"): chapter and number with a colon or a dot, then the
# measure's sentence (a capital). The header says the column holds measures, so the number is their code; a time,
# a law's number, an amount or a year opening a cell is none. Swedish writes a time with a dot as well ("09.30
# Inledning", "18.00 Mötet avslutas"): as with a colon (COLON_NUMBER), a dotted number is no code when it opens
# with a 0, or its second number opens with a 0 or is a quarter ("10.30", "14.15").
_DOT_NUMBER = rf"(?=\d{{1,2}}\.\d)(?!0|\d{{1,2}}\.(?:0|(?:15|30|45)(?![.\d])))(?:{MEASURE_NUMBER})"
_OPENING_CODE = rule(
    "measure.table.opening_code",
    rf"^(?P<code>{COLON_NUMBER}|{_DOT_NUMBER})\.?\s+(?:[–-]\s+)?(?=[A-ZÅÄÖ])",
    matches=(
        "1:1 Stadens lokaler",
        "2:3 Kostnaderna",
        "4.2 Ett särskilt lokalstöd",
        "1:12 – Taxorna",
        "2.1. En rutin",
        "1.10 Stadens lokaler",
        "3.15.2 Rutiner",
    ),
    not_matches=(
        "09.30 Inledning",
        "18.00 Mötet",
        "10.30 Fika",
        "14.15 Grupparbete",
        "13.05 Paus",
        "2010:800 Lagen",
        "18:00 Mötet",
        "2027 Staden",
        "1 000 kronor",
        "3:e Kapitlet",
        "1:1 och 1:2",
        "12:30 Lunch",
        "3 Staden",
    ),
    flags=0,
)


def cell_code(cell: str, own_column: bool, measures_column: bool = False) -> tuple[str, str] | None:
    """``(code, rest)`` of a cell: a code in a column of codes whatever its form, else a code it opens with; in
    the text column of a measures table with no code column (``measures_column``), a number code too.

    >>> cell_code("A1", True), cell_code("B.2.", True), cell_code("A1", False), cell_code("A2.1 Fler", False)
    (('A1', ''), ('B2', ''), None, ('A2.1', 'Fler'))
    >>> cell_code("1:2 Taxorna harmoniseras.", False, True), cell_code("1:2 Taxorna harmoniseras.", False)
    (('1:2', 'Taxorna harmoniseras.'), None)
    """
    text = " ".join(cell.split())
    if own_column and _SHORT_CODE.match(text):
        return normalize_code(text.rstrip(".")), ""
    if (span := leading_code_span(text)) is not None:
        return span.code, text[span.end :].lstrip(" .:–-\t")
    if measures_column and (opening := _OPENING_CODE.match(text)) is not None:
        return opening.group("code"), text[opening.end() :]
    return None


def _cell_start(block: Block, index: int) -> int:
    """Where cell ``index`` starts in the row's text (cells joined by " | ")."""
    return sum(len(cell.text) + 3 for cell in block.cells[:index])


def cell_text(block: Block, index: int) -> str:
    """A cell's lines as running text: hyphenation undone, and a word the column broke without a hyphen joined."""
    text = block.cells[index].text
    lines = text.splitlines()
    start = _cell_start(block, index)
    spans = [line for line in block.lines if start <= line.start < start + len(text)]
    if len(spans) != len(lines) or not block.text.startswith(text, start):
        return join_lines(lines)
    widths = [span.bbox.x1 - span.bbox.x0 for span in spans]
    pieces = lines[:1]
    for number, line in enumerate(lines[1:], start=1):
        if _broken(lines[number - 1], line) and widths[number - 1] >= max(widths) - _FILL:
            pieces[-1] += line.strip()
        else:
            pieces.append(line)
    return join_lines(pieces)


def _broken(previous: str, line: str) -> bool:
    """Whether ``previous``, a line of one long word, may be a word's first piece that ``line`` goes on with.

    >>> _broken("samverkansöverenskom", "melser med"), _broken("stadsgemensam", "samordnare för")
    (True, True)
    >>> _broken("trygghetsvandringarna", "i parker"), _broken("Inrätta en", "stadsgemensam")
    (False, False)
    """
    word = previous.strip()
    following = line.strip().split(" ", 1)[0]
    return (
        " " not in word
        and len(word) > _LONG_WORD
        and word[-1].isalpha()
        and following[:1].islower()
        and not _FREE_WORD.match(following.rstrip(",.;:"))
    )


def coded_rows(blocks: Sequence[Block]) -> int:
    """How many rows of measures tables carry a measure's code (a plan's table: "A1 | Förbättra … | TN")."""
    count = 0
    columns: Columns | None = None
    for block in blocks:
        if block.kind == "heading":
            columns = None
        if block.kind != "table_row":
            continue
        cells = [cell.text for cell in block.cells]
        if (found := header_columns(cells)) is not None:
            columns = found
        elif columns is not None and columns.code is not None and columns.code < len(cells):
            count += cell_code(cells[columns.code], own_column=True) is not None
        elif columns is not None and columns.responsible is not None and columns.text < len(cells):
            # "Förslag | Ansvarig" over "1:1 Stadens lokaler … | Kulturnämnden": the code opens the text's cell
            count += _OPENING_CODE.match(" ".join(cells[columns.text].split())) is not None
    return count


# A summary table's cell of codes only, in the column headed "Åtgärd": "S4", "S1–S3", "KA1 - KA3", "V1–3". Its row
# restates measures the text has stated under their codes (who has the main responsibility, when): no measure.
_CODES_CELL = rule(
    "measure.table.codes_cell",
    rf"^(?P<letters>{MEASURE_AREA})(?P<first>\d{{1,2}})(?:\s*[–-]\s*(?:(?P=letters))?(?P<last>\d{{1,2}}))?$",
    matches=("S4", "S1–S3", "KA1 - KA3", "V1–3", "H2"),
    not_matches=("S1 Skyfallsleder", "2026", "S1–K3", "Tekniska nämnden", "1–3", "SFS 2010"),
    flags=0,
)


def summary_codes(cell: str) -> list[str] | None:
    """The codes a summary table's cell of codes only names, a range spelled out.

    >>> summary_codes("S1–S3"), summary_codes("KA4"), summary_codes("S3–S1"), summary_codes("Skyfall")
    (['S1', 'S2', 'S3'], ['KA4'], None, None)
    """
    found = _CODES_CELL.match(" ".join(cell.split()))
    if found is None:
        return None
    letters, first = found.group("letters"), int(found.group("first"))
    last = int(found.group("last") or first)
    return [f"{letters}{n}" for n in range(first, last + 1)] if first <= last else None
