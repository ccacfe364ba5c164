"""A remiss list set out in columns: a header of groups ("Stadsdelsnämnderna | Facknämnderna | Övriga") and a body
in each cell ("Bromma | Idrottsnämnden | Stockholms Stadshus AB").

Such a list ("Remissförteckning", "Sändlista") names the recipients of the referral its missive states ("Förslaget
remitteras till … de stadsdelsnämnder och övriga instanser som anges i remissförteckningen nedan"): its bodies
join that referral; with no such sentence they are a referral of their own. Under a column of districts a
place alone is its district ("Bromma": Bromma stadsdelsnämnd).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from atgard.extract.analysis import Analysed, located_at
from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import read_board_list, resolve_name
from atgard.extract.read.text import join_lines
from atgard.extract.referrals.common import default_report
from atgard.extract.referrals.list_columns import column_lists
from atgard.extract.referrals.recipients import ADDRESSED_YOU, COUNTY_TOWNS
from atgard.extract.reports import Reports
from atgard.extract.rules import rule
from atgard.extract.vocabulary import MUNICIPALITY_NAME
from atgard.schema.contract import Recipient, Referral
from atgard.schema.read import union_per_page

# The nouns a remiss list's columns are labelled by, singular and plural: "Kommun" or "Kommuner" over the towns,
# "Myndighet" or "Statliga myndigheter" over the agencies. "Instans", "Aktör" and "Råd" are labels in the plural
# only ("Instans" heads an answers table's column of the bodies).
_COLUMN_NOUNS = (
    ("nämnd", "nämnder"),
    ("bolag", "bolag"),
    ("bolagsstyrelse", "bolagsstyrelser"),
    ("förvaltning", "förvaltningar"),
    ("myndighet", "myndigheter"),
    ("organisation", "organisationer"),
    ("kommun", "kommuner"),
    ("stad", "städer"),
    ("region", "regioner"),
    ("förening", "föreningar"),
    (None, "råd"),
    (None, "instanser"),
    (None, "aktörer"),
)
_PLURAL = "|".join(plural for _, plural in _COLUMN_NOUNS)
_SINGULAR = "|".join(singular for singular, _ in _COLUMN_NOUNS if singular)
# A column's label: a group of bodies in the plural ("Stadsdelsnämnderna", "Facknämnder", "Bolag", "Övriga
# remissinstanser", "Statliga myndigheter"), or a column's kind in the singular over the bodies' names ("Kommun |
# Kommun | Kommun", "Myndighet", "Kommun/stad").
GROUP_LABEL = rule(
    "referral.remisslist.label",
    r"^(?:(?:övriga|externa|statliga|kommunala|regionala|andra|berörda)\s+)?"
    rf"[\wåäö-]*(?:{_PLURAL})(?:na|en)?$|^(?:övriga|externa|andra)$|"
    rf"^(?:{_SINGULAR})(?:\s*/\s*(?:{_SINGULAR}))?$",
    matches=(
        "Stadsdelsnämnderna",
        "Facknämnderna",
        "Övriga",
        "Övriga remissinstanser",
        "Statliga myndigheter",
        "Kommun",
        "Myndighet",
        "Nämnd",
        "Organisation",
        "Stad",
        "Kommun/stad",
    ),
    not_matches=(
        "Remissinstans",
        "Rapport",
        "Bromma",
        "Kulturnämnden",
        "Kommunen",
        "Kommun och region",
        "Instans",
        "Stadsdelsnämnd",
    ),
)
_DISTRICT_LABEL = rule(
    "referral.remisslist.district_label",
    r"^(?:samtliga\s+)?stadsdels(?:nämnder|förvaltningar)(?:na)?$",
    matches=("Stadsdelsnämnderna", "Stadsdelsnämnder"),
    not_matches=("Facknämnderna",),
)
# What makes a section's table a remiss list: the section speaks of the remiss ("Remissförteckning").
_REMISS_SECTION = rule(
    "referral.remisslist.section",
    r"\bremiss\w*|\bsändlista\b|\bför\s+yttrande\b",
    matches=("Remissförteckning", "För yttrande senast: 16 januari 2026", "Sändlista"),
    not_matches=("Budget 2026",),
)
# A sentence that points to the list for its recipients: "… som anges i remissförteckningen nedan".
POINTS_TO_LIST = rule(
    "referral.remisslist.pointer",
    r"\b(?:remissförteckning\w*|sändlist\w*|remisslist\w*|förteckning\w*)\b",
    matches=("de instanser som anges i remissförteckningen nedan", "enligt sändlistan"),
    not_matches=("enligt bilaga 1",),
)


def points_to_list(referral: Referral, listed: Sequence[Recipient] = ()) -> bool:
    """Whether a referral's bodies are those of a remiss list: its sentence points to the list ("… som anges i
    remissförteckningen"), it asks the missive's "you" ("Ni ges tillfälle att yttra er"), or it sends to the
    county's towns as one ("till länets kommuner") that the list names one by one (``_fills_towns``)."""
    named = referral.recipients
    return (
        bool(POINTS_TO_LIST.search(referral.text))
        or (bool(named) and all(ADDRESSED_YOU.match(r.name.strip()) for r in named))
        or _fills_towns(named, listed)
    )


def _fills_towns(named: Sequence[Recipient], listed: Sequence[Recipient]) -> bool:
    """Whether a list names, one by one, the towns a referral sends to as one: "Förslaget skickas på remiss till
    länets kommuner … De kommuner som ingår i remissen förtecknas i bilaga 2" and the annex "Botkyrka kommun |
    Nacka kommun | …"."""
    return any(COUNTY_TOWNS.match(r.name) for r in named) and any(_TOWN.fullmatch(r.name) for r in listed)


_TOWN = rule(
    "referral.remisslist.town",
    MUNICIPALITY_NAME,
    matches=("Botkyrka kommun", "Solna stad", "Upplands Väsby kommun"),
    not_matches=("Region Stockholm", "Trafiknämnden"),
    flags=0,
)


def remiss_lists(analysed: Sequence[Analysed], register: BoardRegister) -> list[tuple[list[Recipient], list[Analysed]]]:
    """Every remiss list set in columns: its bodies, column by column, and its rows."""
    found: list[tuple[list[Recipient], list[Analysed]]] = []
    section: _Section = (False, None, False)
    labels: list[str] | None = None
    rows: list[Analysed] = []
    for item in [*analysed, None]:
        if item is None or item.block.kind != "table_row":
            if labels is not None and rows and (recipients := _read_columns(labels, rows, register)):
                found.append((recipients, rows))
            labels, rows = None, []
            if item is None:
                break
            section = _speaking(item, section)
            continue
        cells = [join_lines(cell.text.splitlines()) for cell in item.block.cells]
        if labels is None:
            named = [cell for cell in cells if cell.strip()]
            if (section[0] or section[2]) and named and all(GROUP_LABEL.match(_bare(cell)) for cell in named):
                labels = cells
            elif section[1] is not None and (listed := _unlabelled(item, register)):  # under "Sändlista"
                found.append((listed, [item]))
            continue
        rows.append(item)
    # a list in columns under its own heading that the reader took across the page, line by line
    read = {id(row) for _, rows in found for row in rows}  # (a section whose columns a header row labels is read)
    return found + [
        (recipients, section)
        for recipients, section in column_lists(analysed, register, GROUP_LABEL)
        if not any(id(item) in read for item in section)
    ]


def _bare(label: str) -> str:
    """A column's label without the note in brackets after it: "Bolag (via Stockholms Stadshus AB)": "Bolag"."""
    return re.sub(r"\s*\([^()]*\)$", "", label.strip())


def _cell_lines(text: str) -> list[str]:
    """A cell's bodies one a line; a line in lower case goes on the line before, and one in brackets is the name's
    short form, no part of it ("Sveriges meteorologiska och hydrologiska institut" / "(SMHI)")."""
    lines: list[str] = []
    for line in (line.strip(" ,;.") for line in text.splitlines()):
        if lines and line.startswith("(") and line.endswith(")"):
            continue
        if lines and (line.startswith("(") or line[:1].islower()):
            lines[-1] = f"{lines[-1]} {line}"
        elif line:
            lines.append(line)
    return lines


def _unlabelled(item: Analysed, register: BoardRegister) -> list[Recipient]:
    """The bodies of a remiss list's row whose columns lost their labels (the label row left at a page's foot, read
    with its footer), one a line in each cell: at least three lines, most of them bodies the register knows."""
    lines = [line for cell in item.block.cells for line in _cell_lines(cell.text)]
    bodies = [resolve_name(line, register) for line in lines]
    known = sum(body.board_id is not None for body in bodies)
    return _unique(bodies) if len(lines) >= 3 and 2 * known > len(lines) else []


# What a section says of the remiss as the list is read: whether it or a line in it speaks of it, the heading that
# did, and whether it is a subsection of one that did.
_Section = tuple[bool, Analysed | None, bool]


def _speaking(item: Analysed, section: _Section) -> _Section:
    """The section after ``item``: a heading begins a new one, but a subheading ("Kommuner" under "Bilaga 2 –
    Remissinstanser") is under the one that spoke."""
    speaks, spoken, under = section
    if item.block.kind == "heading":
        under = (speaks or under) and _under(item, spoken)
        speaks, spoken = False, (spoken if under else None)
    if not speaks and _REMISS_SECTION.search(item.text):
        speaks, spoken = True, (item if item.block.kind == "heading" else spoken)
    return speaks, spoken, under


def _under(heading: Analysed, spoken: Analysed | None) -> bool:
    """Whether a heading is a subheading of the heading that spoke of the remiss (its level deeper)."""
    if spoken is None or spoken.block.kind != "heading":
        return False
    return (heading.block.level or 0) > (spoken.block.level or 0) > 0


def _read_columns(labels: list[str], rows: Sequence[Analysed], register: BoardRegister) -> list[Recipient]:
    recipients: list[Recipient] = []
    width = max(len(row.block.cells) for row in rows)
    spanning = _group_row(labels, max(width, len(labels) + 1)) is not None  # "Facknämnder" over a part, not columns
    table = [[join_lines(cell.text.splitlines()) for cell in row.block.cells] for row in rows]
    # a group's row labels the part under it: not the table's last row, nor one over another group's row
    groups = [
        _group_row(cells, width) if n + 1 < len(table) and _group_row(table[n + 1], width) is None else None
        for n, cells in enumerate(table)
    ]
    for column, label in enumerate(labels):
        if spanning and not label.strip() and _no_bodies(table, groups, column, register):
            continue  # the cell beside a part's label heads no column of bodies ("Trafiknämnden | 2026-03-31")
        districts = bool(_DISTRICT_LABEL.match(label.strip()))
        for cells, group in zip(table, groups, strict=True):
            if group is not None:
                districts = bool(_DISTRICT_LABEL.match(group))  # the label over the next part of the list
                continue
            cell = cells[column].strip(" ,;.") if column < len(cells) else ""
            if cell:
                recipients += _cell_bodies(cell, districts, register)
    return _unique(recipients)


def _no_bodies(
    table: Sequence[Sequence[str]], groups: Sequence[str | None], column: int, register: BoardRegister
) -> bool:
    """Whether most of a column's filled cells name no body (dates, case numbers beside the bodies' column); a
    label merged over two or three columns leaves the others' labels empty, and they hold bodies."""
    cells = [
        cell
        for cells, group in zip(table, groups, strict=True)
        if group is None and (cell := (cells[column].strip(" ,;.") if column < len(cells) else ""))
    ]
    return sum(not any(r.board_id for r in _cell_bodies(cell, False, register)) for cell in cells) * 2 >= len(cells)


def _group_row(cells: Sequence[str], width: int) -> str | None:
    """The label of a row that heads a part of the list across the table (a shaded row "Stadsdelsnämnder" over
    "Rinkeby-Kista stadsdelsnämnd | Via stadens diarium"): one group's name in fewer cells than the table's rows.

    >>> _group_row(["Bolagsstyrelser"], 2), _group_row(["Externa remissinstanser", ""], 2)
    ('Bolagsstyrelser', 'Externa remissinstanser')
    >>> _group_row(["Trafikverket"], 2), _group_row(["Stadsdelsnämnderna"], 1)
    (None, None)
    """
    named = [cell.strip() for cell in cells if cell.strip()]
    spans = len(named) == 1 and len(named) < width
    return named[0] if spans and GROUP_LABEL.match(named[0]) else None


def _unique(recipients: Sequence[Recipient]) -> list[Recipient]:
    by_name: dict[str, Recipient] = {}
    for recipient in recipients:
        by_name.setdefault(recipient.name.casefold(), recipient)
    return list(by_name.values())


def _cell_bodies(cell: str, districts: bool, register: BoardRegister) -> list[Recipient]:
    if districts and (board_id := register.places("district_committee").get(cell.lower())) is not None:
        board = register[board_id]
        return [Recipient(name=board.name, board_id=board.id, kind=board.kind)]
    return read_board_list(cell, register) or [resolve_name(cell, register)]


def _stands_for_list(named: Recipient, listed: Sequence[Recipient]) -> bool:
    """Whether a referral's recipient is one the list names in full: the missive's "you", the county's towns."""
    return bool(ADDRESSED_YOU.match(named.name.strip())) or _fills_towns([named], listed)


def _text(rows: Sequence[Analysed]) -> str:
    return " / ".join(" | ".join(cell.text for cell in row.block.cells) for row in rows)


def list_referral_of(recipients: list[Recipient], rows: Sequence[Analysed], reports: Reports) -> Referral:
    """A remiss list no sentence points to, as a referral of its own."""
    where = located_at(union_per_page([box for row in rows for box in row.block.boxes]))
    return Referral(
        report_title=default_report(reports),
        action="opinion",
        scope="report",
        recipients=recipients,
        text=_text(rows),
        **where,
    )


def with_list(referral: Referral, recipients: list[Recipient], rows: Sequence[Analysed]) -> Referral:
    """The referral whose sentence points to the list, with the list's bodies and boxes."""
    boxes = union_per_page([*referral.boxes, *(box for row in rows for box in row.block.boxes)])
    return referral.model_copy(
        update={
            "recipients": _unique(
                [*(r for r in referral.recipients if not _stands_for_list(r, recipients)), *recipients]
            ),
            "text": f"{referral.text} – {_text(rows)}",
            "boxes": boxes,
            # "de stadsdelsnämnder … som anges i remissförteckningen" names no one more once the list is read
            "condition": None if POINTS_TO_LIST.search(referral.condition or "") else referral.condition,
        }
    )
