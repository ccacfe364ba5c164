"""A remiss list set in two or more columns under its heading, each column a run of groups ("Statliga
myndigheter" / "Boverket" / … / "Regioner" / "Region Skåne"), that the reader took line by line across the page:
a row of cells here, a paragraph whose lines alternate between the columns there ("Cykelfrämjandet Trafikanalys"),
a group's label set as a heading ("Organisationer").

The lines are put back in their columns by where each starts and read top to bottom: a name hyphenated over two
lines is one ("Statens väg- och transport-" / "forskningsinstitut (VTI)"), a group's label is no body, the list
ends at a sentence ("Remisslistan har upprättats av enheten för transportpolitik.").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import resolve_name
from atgard.extract.read.text import join_lines, text_lines
from atgard.extract.referrals.recipients import DIVISION
from atgard.extract.rules import Rule, rule
from atgard.extract.vocabulary import BODY_NOUN, JOINT_BESIDE_OCH, OFFICE_NAME
from atgard.schema.contract import Recipient

# The heading of a remiss list on a page of its own: "Remisslista", "Remissförteckning", "Sändlista"; as an annex
# its number may head it ("Bilaga 2 – Sändlista", "Bilaga 3. Remissförteckning").
_LIST_HEADING = rule(
    "referral.list_columns.heading",
    r"^(?:bilaga\s+\d+\s*[-–—:.]?\s*)?(?:remisslista|remissförteckning|sändlista)n?$",
    matches=("REMISSLISTA", "Remissförteckning", "Sändlista", "BILAGA 2 – SÄNDLISTA", "Bilaga 3. Remissförteckning"),
    not_matches=("Remissinstanser", "Remiss av betänkandet X", "Bilaga 2 – Sändlista för kännedom", "Bilaga 2"),
)
# A sentence in the list's section, not a name: it ends the column ("Remisslistan har upprättats av …").
_SENTENCE = rule(
    "referral.list_columns.sentence",
    r"^\S+(?:\s+\S+){4,}\.(?:\s|$)|\bför\s+kännedom\b|^kopi(?:a|or)\b",
    matches=(
        "Remisslistan har upprättats av enheten för transportpolitik.",
        "Remissförteckningen har upprättats av Kulturroteln. Förslaget sänds för kännedom till",
        "För kännedom",
        "Kopia till:",
        "Kopia för kännedom:",
    ),
    not_matches=("Länsstyrelsen i Skåne län", "Statens väg- och transport-"),
)
# What parts the bodies of one item of the list: a comma, "samt"; not "och" ("Sveriges Kommuner och Regioner").
_ITEM_JOINT = rule(
    "referral.list_columns.item_joint",
    JOINT_BESIDE_OCH,
    matches=(", ", " samt "),
    not_matches=(" och ", "Kommuner"),
)
# A part after a comma that names an office or a unit of the organisation before it, one body with it: "Region
# Stockholm, Trafikförvaltningen", "Länsstyrelsen i Stockholms län, Enheten för samhällsplanering", "Nacka kommun,
# Miljöenheten" (two offices or boards beside each other, "Stadsledningskontoret, Trafikkontoret", are two).
_OFFICE_PART = rule(
    "referral.list_columns.office_part",
    rf"^(?:{OFFICE_NAME}|[\wåäö-]*(?:enheten|avdelningen)(?:\s+för\s+.+)?)$",
    matches=("Trafikförvaltningen", "Enheten för samhällsplanering", "Miljöenheten", "Avdelningen för planering"),
    not_matches=("Danderyds kommun", "Region Uppsala", "Kulturnämnden", "Trafikverket"),
)
_BODY_END = rule(
    "referral.list_columns.body_end",
    rf"(?:{BODY_NOUN})$",
    matches=("Stadsledningskontoret", "Kulturnämnden", "Regionfullmäktige"),
    not_matches=("Region Stockholm", "Länsstyrelsen i Stockholms län", "Nacka kommun"),
)
_COLUMN_GAP = 60.0  # points between two columns' left edges; a line set in from its column's edge stays in it

Line = tuple[float, float, str]  # left edge, top, text


def _lines(item: Analysed) -> list[Line]:
    block = item.block
    if block.kind == "table_row":
        found: list[Line] = []
        for cell in block.cells:
            parts = text_lines(cell.text)
            found += [(cell.bbox.x0, cell.bbox.top + n / 100, part) for n, part in enumerate(parts)]
        return found
    return [(line.bbox.x0, line.bbox.top, block.text[line.start : line.end].strip()) for line in block.lines]


def _columns(lines: list[Line]) -> list[list[Line]]:
    """The lines by column (left edges within the gap of each other), each read top to bottom."""
    columns: list[list[Line]] = []
    for line in sorted(lines):
        if columns and line[0] - columns[-1][0][0] < _COLUMN_GAP:
            columns[-1].append(line)
        else:
            columns.append([line])
    return [sorted(column, key=lambda line: line[1]) for column in columns]


def _names(column: list[Line], labels: Rule) -> list[str]:
    names: list[str] = []
    grouped, carried = False, ""
    for _, _, text in column:
        if _SENTENCE.match(text):
            break
        if labels.match(text):
            grouped, carried = True, ""
            continue
        if not grouped:
            continue  # the list's title over it, before the first group
        text = join_lines([carried, text]) if carried else text
        if text.endswith("-") and not text.endswith(" -"):
            carried = text
            continue
        carried = ""
        names.append(text)
    return names


def _grouped_items(section: Sequence[Analysed]) -> list[str]:
    """The names of a list whose groups are headings of their own ("Kommuner i Stockholms län", "Myndigheter och
    grannregioner") over bulleted items, several to an item between commas or "samt" ("Botkyrka kommun, Danderyds
    kommun"; not "och", which joins a name's words: "Sveriges Kommuner och Regioner");
    a part after a comma that opens in lower case belongs to its name ("Trafikverket, region Stockholm"). The list
    ends at a group for information ("För kännedom (ej remissinstanser)") or at a sentence, a heading or a paragraph
    ("För kännedom:" in body type, "Svaren ska ha inkommit senast …" under a later "Svar": the bullets after it are
    no bodies); what stands before its first group is the list's preamble."""
    names: list[str] = []
    grouped = False
    for item in section:
        text = item.text.strip()
        if item.block.kind != "list_item" and (grouped or item.block.kind == "heading") and _SENTENCE.match(text):
            break
        if item.block.kind == "heading":
            grouped = True
        elif grouped and item.block.kind == "list_item":
            names += _item_names(text)
    return [name for name in names if name] if grouped and len(names) > 1 else []


def _item_names(text: str) -> list[str]:
    """The bodies of one item: its parts, or the item whole when a part opens in lower case ("Trafikverket, region
    Stockholm") or names the office of the organisation before it ("Region Stockholm, Trafikförvaltningen") or
    its regional division ("Polismyndigheten, Polisregion Syd")."""
    parts = [part.strip(" .;") for part in _ITEM_JOINT.split(text)]
    office = len(parts) == 2 and bool(_OFFICE_PART.match(parts[1]) or DIVISION.match(parts[1]))
    office = office and not _BODY_END.search(parts[0])
    return parts if all(part[:1].isupper() for part in parts) and not office else [text.strip(" .;")]


def column_lists(
    analysed: Sequence[Analysed], register: BoardRegister, labels: Rule
) -> list[tuple[list[Recipient], list[Analysed]]]:
    """Every remiss list set in columns under its own heading: its bodies, column by column, and its blocks;
    ``labels`` tells a group's label ("Statliga myndigheter", "Kommuner")."""
    found: list[tuple[list[Recipient], list[Analysed]]] = []
    for start, item in enumerate(analysed):
        if item.block.kind != "heading" or not _LIST_HEADING.match(item.text.strip()):
            continue
        section = []
        for other in analysed[start + 1 :]:
            if other.block.kind == "heading" and (other.block.level or 9) <= (item.block.level or 9):
                break
            section.append(other)
        columns = _columns([line for other in section for line in _lines(other)])
        if len(columns) < 2:
            if names := _grouped_items(section):  # one column in groups under headings: its items
                found.append(([resolve_name(name, register) for name in names], section))
            continue  # one column: a list one name a line, read as such (``one_column_lists``)
        names = [name for column in columns for name in _names(column, labels)]
        if names:
            found.append(([resolve_name(name, register) for name in names], section))
    return found


def one_column_lists(
    analysed: Sequence[Analysed], register: BoardRegister
) -> list[tuple[list[Recipient], list[Analysed]]]:
    """Every list one name a line under its own heading ("Sändlista" / "Bilaga 2 till remiss 709-4521-2027" /
    "Samtliga kommuner i Skåne län" / "Region Skåne" / … / "För kännedom:"): its bodies and blocks. Such a list is
    the remiss's only where a sentence points to it (a decision's distribution list is set the same way)."""
    found: list[tuple[list[Recipient], list[Analysed]]] = []
    for start, item in enumerate(analysed):
        if item.block.kind != "heading" or not _LIST_HEADING.match(item.text.strip()):
            continue
        section = list(itertools.takewhile(lambda other: other.block.kind != "heading", analysed[start + 1 :]))
        if any(other.block.kind != "paragraph" for other in section):
            continue  # a table's rows, an item's bullets: the readers of lists in columns and in groups read them
        columns = _columns([line for other in section for line in _lines(other)])
        if len(columns) != 1:
            continue
        names = _one_a_line([text for _, _, text in columns[0]])
        if len(names) > 1:
            found.append(([resolve_name(name, register) for name in names], section))
    return found


def _one_a_line(lines: Sequence[str]) -> list[str]:
    """The names of a list one a line: after the note over it ("Bilaga 2 till remiss 709-4521-2027", a line with a
    digit or a colon), up to a sentence or a copy's label ("För kännedom:")."""
    names: list[str] = []
    for text in lines:
        if _SENTENCE.match(text):
            break
        if not names and _NOTE.search(text):
            continue
        names += _item_names(text)
    return [name for name in names if name]


# A line over a list's first name that tells which list it is: "Bilaga 2 till remiss 709-4521-2027", "Dnr: 2027/12".
_NOTE = rule(
    "referral.list_columns.note",
    r"\d|:",
    matches=("Bilaga 2 till remiss 709-4521-2027", "Remiss: Regional cykelplan"),
    not_matches=("Region Skåne", "Samtliga kommuner i Skåne län"),
)
