"""Who a document is to, and who handles it: the header box, a letter's address, a table of labels.

A memo's box names its case officer and addressee ("Handläggare | Till"); an answer letter to a
ministry or an agency names its addressee in an address over the title ("Landsbygds- och
infrastrukturdepartementet / li.remissvar@regeringskansliet.se", "Regeringskansliet /
Finansdepartementet / 103 33 Stockholm"), in a labelled cell ("Mottagare / Finansdepartementet"), or
in a table whose first row holds the labels and the row under it the values ("Till | Ert diarienummer" /
"Utbildningsdepartementet | U2025/01587"). The labels and the cells they label are read in `labelled_box.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from atgard.extract.address_column import bold_addressee, case_officer, same_column
from atgard.extract.address_lines import EMAIL as _EMAIL
from atgard.extract.address_lines import POST_BOX_LINE, body_mailbox, persons_mailbox, without_reference
from atgard.extract.address_lines import POSTAL_LINE as _POSTAL_LINE
from atgard.extract.address_lines import REGISTRY_MAIL as _REGISTRY_MAIL
from atgard.extract.dates import WEEKDAY
from atgard.extract.header import DATE_CELL, DOCUMENT_TYPE_KINDS
from atgard.extract.kinds import THEIR_REFERENCE
from atgard.extract.labelled_box import ADDRESS_LINE_MAX as _ADDRESS_LINE_MAX
from atgard.extract.labelled_box import ADDRESSED as _ADDRESSED
from atgard.extract.labelled_box import BOX_LABEL as BOX_LABEL  # signatories reads the box's labels from here
from atgard.extract.labelled_box import COLUMN_LABEL as _COLUMN_LABEL
from atgard.extract.labelled_box import OPENS_WITH_LABEL as _OPENS_WITH_LABEL
from atgard.extract.labelled_box import WHOLE_ORGANISATION_LINE as _WHOLE_ORGANISATION
from atgard.extract.labelled_box import labelled_cells as _labelled_cells
from atgard.extract.letterhead import block_lines, letterhead, letterhead_office
from atgard.extract.letterhead_type import unbroken
from atgard.extract.logo_name import drawn_name
from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    AGENDA_ITEM_NUMBER,
    BOARD_WORD,
    ISO_DATE,
    ISO_DATE_SHAPE,
    OFFICE_DEFINITE,
    OFFICE_WORD,
)
from atgard.schema import Block
from atgard.schema.contract import CaseOfficer

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
# The meeting a memo goes to and its item on the agenda, under the addressee in the "Till" box: "2027-05-27, p. 11",
# "2027-12-14, punkt 11", "den 14 december 2027 § 11", "Ärende 11"; no part of the body's name.
_AGENDA_ITEM = rule(
    "header.agenda_item",
    rf"^(?:(?:den\s+)?(?:{ISO_DATE_SHAPE}|\d{{1,2}}\s+[a-zåäö]+\s+\d{{4}})\s*,?\s*)?"
    rf"{AGENDA_ITEM_NUMBER}$|"
    rf"^(?:nämndens\s+)?(?:sammanträde|sammanträdesdatum|nämndsammanträde|möte)\s*:?\s*(?:{WEEKDAY}\s+)?(?:den\s+)?"
    rf"(?:{ISO_DATE_SHAPE}|\d{{1,2}}\s+[a-zåäö]+\s+\d{{4}})(?:\s*,?\s*{AGENDA_ITEM_NUMBER})?$|"
    # the item before its meeting: "Ärende 9, sammanträde tisdag den 8 juni 2027", "p. 4 – nämndens sammanträde …"
    rf"^{AGENDA_ITEM_NUMBER}\s*(?:,|[–-])?\s*(?:nämndens\s+)?(?:sammanträde|sammanträdet|nämndsammanträde|möte)\s+"
    rf"(?:{WEEKDAY}\s+)?(?:den\s+)?(?:{ISO_DATE_SHAPE}|\d{{1,2}}\s+[a-zåäö]+\s+\d{{4}})$",
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
        "Ärende 9, sammanträde tisdag den 8 juni 2027",  # the item before its meeting
        "p. 4 – nämndens sammanträde 2027-06-08",
        "§ 12 sammanträdet den 3 maj 2027",
    ),
    not_matches=(
        "Trafiknämnden",
        "2027-05-27",
        "Punkt 11 Yttrande över planen",
        "Region 2026",
        "Ärende 9, yttrande över planen",
        "Trafiknämnden, sammanträde 2027-06-08",
    ),
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


def _address_lines(block: Block) -> list[str]:
    """A block's lines as the PDF set them (an address is one block of lines or a block a line)."""
    return block_lines(block)


def _first_addressee(lines: Sequence[str]) -> str | None:
    """The addressee among an address's lines: the first that is no label ("Till"), copy, street or
    "Regeringskansliet", nor the municipality over its board ("Stockholms stad" / "Kommunstyrelsen" /
    "Registraturen"), which is addressed only when no body follows it or an office does, on its line or the next
    ("Uppsala kommun, Kommunledningskontoret" is to the municipality)."""
    lines = [_unlabelled(line) for line in lines if not _COLUMN_LABEL.match(line)]
    lines = [line for line in lines if not _reference_line(line)]
    named = [line for line in lines if not _NOT_ADDRESSEE.match(line)]
    within = [line for line in named if not _WHOLE_ORGANISATION.match(line)]
    if within and named and named[0] is not within[0] and _OFFICE_LINE.match(within[0]):
        return named[0]  # "Knivsta kommun" / "Samhällsbyggnadsförvaltningen": to the municipality, by its office
    first = next(iter(within[:1] or named[:1]), None)
    inner = _within([first]) if first else None  # "Kommunstyrelsen, Uppsala kommun": to the board
    if first and inner and inner != first and _OFFICE_LINE.match(inner):  # "Uppsala kommun, Kommunledningskontoret"
        return next((part.strip() for part in first.split(", ") if _WHOLE_ORGANISATION.match(part.strip())), inner)
    return inner


def _plain_address(lines: Sequence[str]) -> bool:
    """Whether lines are an address alone, which the letter's reference under it ends as a postal line would
    ("Stockholms stad" / "Kommunstyrelsen" / "genom Stockholms Stadshus AB" over "Er referens: KS 2027/0412"): no
    label, date or number among them (a head's "Datum" / "2027-09-10" / "Diarienr" / "TRV 2027/61702" is none)."""
    if not lines or any(_COLUMN_LABEL.match(line) or _reference_line(line) for line in lines):
        return False
    return not any(char.isdigit() for line in lines for char in line) and _first_addressee(lines) is not None


def _dated_body(row: Block) -> str | None:
    """The body a letter's last cell names under its date, beside its references ("Vårt dnr: 27/01377 / Ert dnr:
    LI2027/01842" | "2027-09-24 / Landsbygds- och / infrastrukturdepartementet"): a body's name alone under it."""
    lines = text_lines(row.cells[-1].text) if len(row.cells) > 1 else []
    if len(lines) < 2 or not ISO_DATE.fullmatch(lines[0].strip()):
        return None
    named = unbroken(lines[1:])
    last = named[0].split()[-1].capitalize() if len(named) == 1 and named[0][:1].isupper() else ""
    return named[0] if _BODY_LAST.match(last) else None  # "Landsbygds- och infrastrukturdepartementet" too


def _unposted(lines: Sequence[str]) -> bool:
    """Whether lines right over the title are a body and its municipality with no postal line, as an answer sent by
    the municipality's own mail sets them ("Kommunstyrelsen" / "Kalmar kommun")."""
    whole = any(_WHOLE_ORGANISATION.match(line.strip()) for line in lines[1:])
    return 2 <= len(lines) <= 3 and whole and _plain_address(lines)


def _reference_line(line: str) -> bool:
    """A line of the letter's references set over its address: its type ("Remissvar") or a labelled reference
    ("Vår beteckning: 4318/2027", "Datum: 2027-05-26"), no addressee; the address's own label is none ("Till
    Kulturnämnden")."""
    if _ADDRESSED.match(line):
        return False
    return line.strip().casefold() in DOCUMENT_TYPE_KINDS or bool(_OPENS_WITH_LABEL.match(line))


def _unlabelled(line: str) -> str:
    """An address's line without the label it opens with: "Till Kulturnämnden", "Mottagare: Regeringskansliet"
    name "Kulturnämnden", "Regeringskansliet"."""
    label = BOX_LABEL.match(line) if _ADDRESSED.match(line) else None
    return label.group(2).strip() if label and label.group(2).strip() else line


# An office or a unit under the municipality an address is to ("Stockholms stad" / "Stadsledningskontoret", "Knivsta
# kommun" / "Samhällsbyggnadsförvaltningen", "Nacka kommun" / "Planenheten"): the way the letter goes in, not who is
# addressed, as a board would be.
_OFFICE_LINE = rule(
    "header.office_line",
    rf"^[A-ZÅÄÖ][\wåäö-]*(?:{OFFICE_DEFINITE}|enheten|avdelningen|sektionen)(?:\s+[A-ZÅÄÖ]{{2,4}})?$",
    matches=(
        "Stadsledningskontoret",
        "Samhällsbyggnadsförvaltningen",
        "Kommunledningskontoret",
        "Kollektivtrafikförvaltningen UL",  # its short name after it
        "Planenheten",
        "Miljöavdelningen",
    ),
    not_matches=(
        "Kommunstyrelsen",
        "Södermalms stadsdelsnämnd",
        "Registratorn, stadsledningskontoret",
        "Stadsledningskontoret Stockholms stad",
    ),
    flags=0,
)


def address_block(blocks: Sequence[Block], senders: Sequence[str | None] = ()) -> str | None:
    """The addressee of a letter-style answer: the first line of the address over page 1's title.

    "Kommunstyrelsen / Stockholms stad / 105 35 Stockholm": the lines down to a postal code, or down to
    the registry's mailbox ("Landsbygds- och infrastrukturdepartementet / li.remissvar@regeringskansliet.se");
    "Regeringskansliet / Finansdepartementet / 103 33 Stockholm" is to the ministry. A name broken after its
    coordinated part is one line ("Landsbygds- och" / "infrastrukturdepartementet"); the ``senders`` the running
    header names are no addressee ("Regeringen" over "Landsbygds- och infrastrukturdepartementet" / "Trafikverket"
    / "781 89 Borlänge" is to Trafikverket); a sender's name right over a postal line is its own address, none of the
    addressee's ("Trafikverket" / "781 89 Borlänge" in Trafikverket's letterhead column).
    """
    own_names = {name.strip().casefold() for name in senders if name}
    lines: list[str] = []
    logo = {id(block) for block in [*letterhead(blocks), *drawn_name(blocks)]}  # the sender's own, in its letterhead
    kept, own = [block for block in blocks if id(block) not in logo], letterhead_office(blocks)
    for n, block in enumerate(kept):
        if block.page == 1 and block.kind == "heading" and bold_addressee(block, kept[n + 1 : n + 2], own):
            lines = [block.text.strip()]  # "Trafikverket" in bold over "Att: Registrator …" / "781 89 Borlänge"
            continue
        if block.page != 1 or block.kind == "heading":
            return _first_addressee(lines) if block.page == 1 and _unposted(lines) else None
        if block.kind == "table_row" and (in_cell := _mailed_in_cell(block, own) or _dated_body(block)) is not None:
            return in_cell
        if block.kind == "table_row" and (named := _body_last(block, kept[n + 1] if n + 1 < len(kept) else None)):
            lines = named  # its mailbox under the table
            continue
        if block.kind != "paragraph":
            lines = []
            continue
        if lines and n and not same_column(kept[n - 1], block):
            lines = []  # a letterhead's margin column beside the address: "MSB / Myndigheten för …" | "Försvarsdep…"
        after_own = False
        for line in unbroken(_address_lines(block)):
            if line.strip().casefold() in own_names:
                after_own = True
                continue
            if (
                _POSTAL_LINE.match(line)
                or _REGISTRY_MAIL.match(line)
                or (THEIR_REFERENCE.match(line) and _plain_address(lines))  # "Er referens: KS 2027/0412" under it
                or (_EMAIL.fullmatch(line) and not persons_mailbox(line, lines))
            ):
                if after_own:  # the sender's own address ("Trafikverket" / "781 89 Borlänge" in its margin column)
                    lines, after_own = [], False
                    continue
                if not lines:  # a postal line first: the sender's address under its drawn name, all of this block
                    break
                return _first_addressee(lines)
            after_own = after_own and bool(_NOT_ADDRESSEE.match(line))  # its post box, its street
            if len(line) > _ADDRESS_LINE_MAX:
                lines = []
                break
            lines.append(line)
    return None


# The last line of a table's first cell that an address under the table goes on from: a body's one-word name
# ("Remissvar / Vårt dnr: 27/00312 / Ert dnr: U2027/00871 / Utbildningsdepartementet").
_BODY_LAST = rule(
    "header.body_last",
    rf"^[A-ZÅÄÖ](?:{_BODY_NOUN})[\wåäö]*$",
    matches=("Utbildningsdepartementet", "Kulturnämnden", "Stadsledningskontoret", "Trafikverket", "Kommunfullmäktige"),
    not_matches=(
        "Ert dnr: U2027/00871",
        "Remissvar",
        "Tjänsteskrivelse",
        "utbildningsdepartementet",
        "Kulturnämnden 2027-03-12",
        "Sida 1 (4)",
    ),
    flags=0,
)


def _body_last(row: Block, below: Block | None) -> list[str]:
    """A table's first cell that ends in a body's name, over the mailbox or postal line the address goes on with in
    the paragraph under the table ("Remissvar / Vårt dnr: 27/00312 / Ert dnr: U2027/00871 /
    Utbildningsdepartementet" ‖ "u.remissvar@regeringskansliet.se"); else none (a memo's head table "Tjänsteskrivelse /
    Dnr KS 2027/12 / Kulturnämnden" over its text)."""
    lines = text_lines(row.cells[0].text) if row.cells else []
    if not lines or not _BODY_LAST.match(lines[-1]) or below is None or below.kind != "paragraph":
        return []
    under = _address_lines(below)
    if under and POST_BOX_LINE.match(under[0]):
        under = under[1:]  # "Box 16113" / "103 22 Stockholm"
    mailed = bool(under) and bool(_REGISTRY_MAIL.match(under[0]) or _POSTAL_LINE.match(under[0]))
    return lines if mailed and below.page == row.page else []


# A cell of a decision's references, set beside the body it is sent to: "Regeringsbeslut II:7 / 2027-11-18",
# "Beslut / 2027-01-10", "Protokollsutdrag / 2027-02-03" (a letter's own "Datum / Dnr" may stand beside its sender).
_DECISION_CELL = rule(
    "header.decision_cell",
    r"^(?:regerings)?beslut\b|^protokollsutdrag\b",
    matches=("Regeringsbeslut II:7", "Beslut", "Beslut 2027-01-10", "Protokollsutdrag"),
    not_matches=("Beslutsunderlag", "Datum 2027-03-04", "Dnr SMN-2027/112", "Beslutad 2027-01-10"),
    flags=re.IGNORECASE,
)


def _mailed_in_cell(row: Block, own: str | None = None) -> str | None:
    """The addressee a cell of a letter's table of references gives with its registry's mailbox
    ("Klimat- och näringslivsdepartementet, / kn.remissvar@regeringskansliet.se"), a copy's line perhaps under it
    ("Kulturdepartementet / ku.remissvar@regeringskansliet.se / Kopia: ku.kah@regeringskansliet.se"), or its postal
    address in the right cell beside the decision's references ("Regeringsbeslut II:7 / 2027-11-18 / S2027/02219" |
    "Boverket / Box 534 / 371 23 Karlskrona"). Beside a letter's own references ("Datum … / Dnr …") the address may
    be its sender's ("Stadsmiljöförvaltningen / Box 2403 / 403 16 Göteborg"): it is the addressee only when the
    sender (``own``) is known and another."""
    decision = any(_DECISION_CELL.match(cell.text.strip()) for cell in row.cells[:-1])
    for at, cell in enumerate(row.cells):
        lines = text_lines(cell.text)
        mailed = next((n for n, line in enumerate(lines) if n and body_mailbox(line, lines[:n])), None)
        if mailed is None and at and at == len(row.cells) - 1 and len(lines) > 1 and _POSTAL_LINE.match(lines[-1]):
            other = own is not None and lines[0].strip().rstrip(",").casefold() != own.casefold()
            mailed = len(lines) - 1 if decision or other else None  # a letterhead's goes on: "Besök: …"
        if mailed is not None:
            return _first_addressee(unbroken([line.rstrip(", ") for line in lines[:mailed]]))
    return None


@dataclass(frozen=True)
class HeaderBox:
    """What the "Handläggare | Till" box of page 1 says: the case officer, the addressee and the date."""

    officer: CaseOfficer
    addressee: str | None = None
    date: str | None = None


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
            officer = case_officer(lines)
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
