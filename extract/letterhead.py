"""A letterhead drawn on page 1 itself: the organisation's name in capitals set at the top right, with the lines
under it (the office, the document's type, the postal address, the web domain).

A publishing tool (or a letter written without a page header) sets the letterhead in the page's body, where
the reader sees it as a heading and paragraphs: "NATURVÅRDSVERKET" / "SWEDISH ENVIRONMENTAL PROTECTION
AGENCY", "STOCKHOLM PARKERING" / "Stockholm Parkering AB" / "Box 38082, 100 64 Stockholm", "MALMÖ STAD" /
"Stadskontoret" / "Tjänsteskrivelse". It is no title and no address, but it says whose the document is: the
office is its first line in ordinary case that is no type, address or municipality, else the logo's name itself.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from atgard.extract.case_numbers import RECEIVED_STAMP
from atgard.extract.county_logo import county_line
from atgard.extract.header import DATE_CELL, document_type_kind, type_alone
from atgard.extract.letterhead_type import under_its_type
from atgard.extract.logo_name import all_capitals, expanded_logo, named_on_top, written_in_text
from atgard.extract.mail_head import head_line
from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    BOARD_WORD,
    ISO_DATE,
    OFFICE_DEFINITE,
    OFFICE_WORD,
    OWN_REFERENCE_LABEL,
    POST_BOX,
    POSTAL_CODE,
    WHOLE_ORGANISATION,
)
from atgard.schema import Block

# The share of the left gap a right-set block leaves over its right gap: a centred heading leaves both alike.
_RIGHT_SET = 2.0
_LOGO_MAX_WORDS = 6
# Where a letter's right column may start, a share of the text's width from its left edge.
_RIGHT_COLUMN = 0.4
# What a letterhead holds besides the office: its postal, street or web address, telephone, organisation number.
_FURNITURE_LINE = rule(
    "letterhead.furniture_line",
    rf"^(?:{POST_BOX}|{POSTAL_CODE}\s+\w+|(?:tel|telefon|tfn|fax|org\.?\s*nr|organisationsnummer|besöksadress|"
    r"postadress|e-post|webb)\b)|[\w.-]+\.(?:se|com|nu|org)\b|@|"
    rf"{POSTAL_CODE}\s+[A-ZÅÄÖ]",
    matches=(
        "Box 38082, 100 64 Stockholm",
        "stockholmparkering.se",
        "105 35 Stockholm",
        "Tel 010-698 10 00",
        "registrator@naturvardsverket.se",
        "August Palms plats 1, 205 80 Malmö",
    ),
    not_matches=("Stockholm Parkering AB", "Stadskontoret", "Farsta stadsdelsförvaltning", "Tjänsteskrivelse"),
)
# A municipality or region as a whole: it heads the letterhead, the office is under it.
_WHOLE = rule(
    "letterhead.whole_municipality",
    rf"^(?:{WHOLE_ORGANISATION})$",
    matches=("Malmö stad", "Nacka kommun", "Stockholms stad", "Region Skåne", "Region gotland"),
    not_matches=("Stadskontoret", "Kommunstyrelsen"),
)


def block_lines(block: Block) -> list[str]:
    """A block's lines as the PDF set them (a letterhead or an address is one block of lines or a block a line)."""
    spans = [block.text[line.start : line.end] for line in block.lines] or [block.text]
    return [line for span in spans for line in text_lines(span)]


def _right_set(block: Block, left: float, right: float) -> bool:
    """Whether a block stands at the right of the page's text: far from the left margin, near the right one."""
    box = block.boxes[0].bbox
    return box.x0 - left > _RIGHT_SET * max(right - box.x1, 1.0) and box.x0 - left > (right - left) / 3


def _first_page(blocks: Sequence[Block]) -> tuple[list[Block], float, float] | None:
    """Page 1's blocks and the left and right edges of its text (None without a page 1)."""
    first_page = [block for block in blocks if block.page == 1]
    if not first_page:
        return None
    left = min(block.boxes[0].bbox.x0 for block in first_page)
    return first_page, left, max(block.boxes[0].bbox.x1 for block in first_page)


def _right_set_under(first_page: list[Block], left: float, right: float) -> list[Block]:
    """The right-set blocks (no table row) that follow page 1's first block: the letterhead's lines."""
    return list(
        itertools.takewhile(lambda block: block.kind != "table_row" and _right_set(block, left, right), first_page[1:])
    )


def letterhead(blocks: Sequence[Block]) -> list[Block]:
    """The blocks of page 1's letterhead: a first block in capitals, a short name set at the top right, and the
    right-set lines (no table) under it. None when page 1 opens otherwise (a title centred or at the margin)."""
    if (page := _first_page(blocks)) is None:
        return []
    first_page, left, right = page
    logo = first_page[0]
    name = logo.text.strip()
    # the name in capitals, or in larger type (a heading: "Länsstyrelsen" over "Jönköpings län")
    drawn = all_capitals(name) or logo.kind == "heading"
    if type_alone(name):  # the document's type alone over its letterhead ("Remiss") is no logo
        return []
    if not (drawn and len(name.split()) <= _LOGO_MAX_WORDS and _right_set(logo, left, right)):
        return []
    return [logo, *_right_set_under(first_page, left, right)]


# A unit of an agency under its name: "Verksamhetsområde Underhåll", "Enheten för trafiksäkerhet", "Avdelningen för
# miljö" (the agency is the office; a municipality's letterhead names its office under the municipality).
_UNIT_LINE = rule(
    "letterhead.unit_line",
    r"^(?:verksamhetsområde|verksamhetsområdet|enhet(?:en)?|avdelning(?:en)?|sektion(?:en)?|stab(?:en)?|"
    r"funktion(?:en)?|region\s+(?:öst|väst|syd|nord|mitt)|område|(?:lokal)?polis(?:region|område))\b|"  # regions
    r"^[\wåäö-]+(?:avdelning|enhet|sektion|stab)(?:en)?$",  # a compound: "Planeringsavdelningen", "Juriststaben"
    matches=(
        "Verksamhetsområde Underhåll",
        "Enheten för trafiksäkerhet och vägarbeten",
        "Avdelningen för miljö",
        "Planeringsavdelningen",
        "Samhällsplaneringsenheten",
        "Polisregion Stockholm",  # the police's regions and local areas under "POLISEN"
        "Lokalpolisområde Södermalm",
    ),
    not_matches=("Stadskontoret", "Kommunstyrelsen", "Region Skåne", "Kommunledningsförvaltningen", "Polisen"),
)


def _drawn_in_a_row(blocks: Sequence[Block]) -> tuple[str, list[str]] | None:
    """A letterhead a reader took with the type and date beside it as one table row ("REMISSVAR / 2026-04-09 |
    TRAFIKVERKET / Verksamhetsområde Underhåll"): its right cell's first line in capitals is the logo, its other
    lines and the right-set lines under the row are the letterhead's."""
    if (page := _first_page(blocks)) is None:
        return None
    first_page, left, right = page
    row = first_page[0]
    middle = left + _RIGHT_COLUMN * (right - left)  # a right column may start a little before the page's middle
    if row.kind != "table_row" or len(row.cells) < 2 or (lines := _right_lines(row, middle)) is None:
        return None
    if type_alone(lines[0]):
        return None  # the document's type at the top right ("N | YTTRANDE", an emblem beside it): the logo is below
    beside = [line for cell in row.cells if cell.bbox.x0 < middle for line in text_lines(cell.text)]
    if RECEIVED_STAMP.search("\n".join(lines)):  # the receiver's stamp in the top corner ("Inkom 2027-04-02 / Dnr …")
        return (beside[0], beside[1:]) if beside and all_capitals(beside[0]) else None  # the logo beside it
    # the name in capitals, or beside the document's head (its date on a line of its own: "Remiss / 2027-03-04", or
    # its type over its case number: "Tjänsteutlåtande / Dnr SDN-2027/0412" beside "Stockholms stad")
    logo_like = all_capitals(lines[0]) or any(
        ISO_DATE.fullmatch(line) or DATE_CELL.match(line) or document_type_kind(line) for line in beside
    )
    logo_like = logo_like or (
        len(lines) > 1 and bool(county_line(lines[0], lines[1]))
    )  # "Länsstyrelsen" / "Uppsala län"
    # the document's head under the name in its own cell: "Socialstyrelsen / REMISS / 2027-10-04 / Dnr …"
    logo_like = logo_like or (
        len(lines) > 2 and all_capitals(lines[1]) and any(ISO_DATE.fullmatch(line) for line in lines[2:])
    )
    logo_like = logo_like or _own_head_column(lines[1:])
    if not logo_like or len(lines[0].split()) > _LOGO_MAX_WORDS:
        return None
    for block in _right_set_under(first_page, left, right):
        lines += block_lines(block)
    for below in itertools.takewhile(lambda block: block.kind == "table_row", first_page[1:]):
        filled = [cell for cell in below.cells if cell.text.strip()]
        if len(filled) > 2:
            break  # a table of its own ("Mottagare | Ert diarienummer | Vårt diarienummer")
        lines += _right_lines(below, middle) or []
    return lines[0], lines[1:]


# The sender's own reference by its label, under its name in the column of the letter's head ("Folkhälsomyndigheten
# / REMISSVAR / Datum: 2027-06-09 / Vår referens: 02771-2027 / Er referens: S2027/01438", the addressee to the left).
_OWN_REFERENCE_LINE = rule(
    "letterhead.own_reference_line",
    rf"^{OWN_REFERENCE_LABEL}\s*:?\s*\S",
    matches=("Vår referens: 02771-2027", "Vår beteckning LST 2027-118", "Vårt ärendenummer 2027/14", "Vårt dnr 27/01"),
    not_matches=("Er referens: S2027/01438", "Vår kontaktperson Anna Berg", "Vår referens", "Ert dnr Fi2027/03318"),
)


def _own_head_column(lines: Sequence[str]) -> bool:
    """Lines under a name that are the sender's head: its date (labelled or on a line of its own) and its own
    reference by its label ("Vårt dnr 27/01256"); an addressee's column gives the date at most ("Till
    Kommunstyrelsen / Datum 2027-03-01")."""
    dated = any(DATE_CELL.match(line) or ISO_DATE.fullmatch(line) for line in lines)
    return dated and any(_OWN_REFERENCE_LINE.match(line) for line in lines)


def _right_lines(row: Block, middle: float) -> list[str] | None:
    """The lines of a row's last filled cell, set in the right half of the page, and of the filled cells before it
    on the right (a letter-spaced logo OCR split in two: "STOCKHOLMS | STAD"); None when the right half is empty."""
    right = [cell for cell in row.cells if cell.bbox.x0 >= middle and cell.text.strip()]
    if not right or right[-1] is not [cell for cell in row.cells if cell.text.strip()][-1]:
        return None
    first_lines = [text_lines(cell.text) for cell in right]
    if all(len(lines) == 1 for lines in first_lines[:-1]) and len(right) > 1:
        joined = " ".join(lines[0] for lines in first_lines)
        return [joined, *first_lines[-1][1:]]
    return first_lines[-1]


def letterhead_office(blocks: Sequence[Block]) -> str | None:
    """The office a letterhead names: its first line in ordinary case that is no document type, address,
    municipality or an agency's unit ("Stadskontoret" under "MALMÖ STAD"), else the logo's name as the text spells
    it ("NATURVÅRDSVERKET": "Naturvårdsverket"); a municipality's logo alone names no office."""
    if (mailed := mailed_from(blocks)) is not None:
        return mailed
    if (expanded := expanded_logo(blocks)) is not None:
        return expanded
    head = letterhead(blocks)
    if head:
        logo, lines = head[0].text.strip(), [line for block in head[1:] for line in block_lines(block)]
    elif drawn := (
        _drawn_in_a_row(blocks)
        or _left_set(blocks)
        or under_its_type(blocks, _LOGO_MAX_WORDS)
        or named_on_top(blocks, _LOGO_MAX_WORDS)
    ):
        logo, lines = drawn
    else:
        return None
    for line in lines:
        if county := county_line(logo, line):  # "Länsstyrelsen" / "Västra Götaland"
            return _with_county(logo, county, blocks)
        if company := _company_of(logo, line):
            return company
        if all_capitals(line) or _FURNITURE_LINE.search(line) or _WHOLE.match(line) or document_type_kind(line):
            continue
        if _UNIT_LINE.match(line) or (_DESCRIPTION_LINE.match(line) and written_in_text(logo, blocks)):
            continue
        if _ORGAN_LINE.match(line) or (_field_of_work(line, lines) and not _WHOLE.match(logo.strip())):
            continue
        if len(line.split()) <= _LOGO_MAX_WORDS and not any(c.isdigit() for c in line):
            return line.rstrip(",. ")
    spelt = _as_spelt(logo, blocks)
    return None if _WHOLE.match(spelt) else _company_in_text(spelt, blocks) or spelt


# What an organisation is, under its logo: "Ett bostadsbolag i Stockholms stad", "Myndigheten för samhällsplanering,
# byggande och boende" under "BOVERKET" (an agency's description, its name only under a logo of initials: "MSB").
_DESCRIPTION_LINE = rule(
    "letterhead.description_line",
    r"^(?:[Ee]n|[Ee]tt)\s+[a-zåäö]|^(?:[A-ZÅÄÖ][\wåäö]+\s+)?[Mm]yndighet(?:en)?\s+för\s",
    matches=(
        "Ett bostadsbolag i Stockholms stad",
        "En del av Stockholms stad",
        "Myndigheten för samhällsplanering, byggande och boende",
        "Sveriges myndighet för digital förvaltning",
    ),
    not_matches=("Stadskontoret", "Enheten för trafiksäkerhet", "Myndighetsnämnden", "Ett"),
    flags=0,
)


def _company_in_text(name: str, blocks: Sequence[Block]) -> str | None:
    """A company's full name, its form "AB" before or after the logo's name, as its own text writes it
    ("Stockholmshem": "AB Stockholmshem har beretts tillfälle …", "Med vänlig hälsning AB Stockholmshem")."""
    for text in (" ".join(block.text.split()) for block in blocks):
        for form in (f"AB {name}", f"{name} AB"):
            at = text.find(form)
            end = at + len(form)
            if at >= 0 and not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
                return form
    return None


# A company's full name, its form "AB" before or after it, on the line under its logo's short name, perhaps with its
# organisation number after a comma: "Familjebostäder" / "AB Familjebostäder, org.nr 556035-9642".
_COMPANY_LINE = rule(
    "letterhead.company_line",
    r"^(?P<name>AB\s+[A-ZÅÄÖ][^,]{1,60}?|[A-ZÅÄÖ][^,]{1,60}?\s+AB(?:\s+\(publ\))?)\s*(?:,|\s[–·•|-]\s|$)",
    matches=(
        "AB Familjebostäder, org.nr 556035-9642",
        "Svenska Bostäder AB",
        "AB Stockholmshem – org.nr 556035-8503",
        "AB Stockholmshem · Org.nr 556035-8672",  # a middle dot, a bullet or a bar between the name and the number
        "Mölndalsbostäder AB | Org.nr 556500-1234",
    ),
    not_matches=("Box 92100, 120 07 Stockholm", "Familjebostäder", "ABF Stockholm"),
    flags=0,
)


def _company_of(logo: str, line: str) -> str | None:
    """The company's full name a letterhead's line gives for its logo's short name ("AB Familjebostäder").

    >>> _company_of("Familjebostäder", "AB Familjebostäder, org.nr 556035-9642"), _company_of("SISAB", "Box 1")
    ('AB Familjebostäder', None)
    """
    found = _COMPANY_LINE.match(line.strip())
    name = found.group("name").strip() if found else ""
    return name if logo.casefold() in name.casefold() and name.casefold() != logo.casefold() else None


def _with_county(logo: str, county: str, blocks: Sequence[Block]) -> str:
    """An agency's logo with the county under it, named as the running text names it ("Länsstyrelsen i Jönköpings
    län", "Region Jönköpings län"), else with "i" between ("LÄNSSTYRELSEN" / "Östergötlands län":
    "Länsstyrelsen i Östergötlands län")."""
    agency = _as_spelt(logo, blocks) if all_capitals(logo) else logo
    others = [block for block in blocks if not _logo_block(block, logo)]  # not the logo's own ("Länsstyrelsen / …")
    for name in (f"{agency} i {county}", f"{agency} {county}"):
        if any(name.casefold() in " ".join(block.text.split()).casefold() for block in others):
            return name
    return f"{agency} i {county}"


def _logo_block(block: Block, logo: str) -> bool:
    """A block of page 1 whose first line (of one of its cells) is the logo alone: the logo's own block or row."""
    firsts = [text_lines(text)[:1] for text in [cell.text for cell in block.cells] or [block.text]]
    return block.page == 1 and [logo.strip()] in firsts


def _as_spelt(name: str, blocks: Sequence[Block]) -> str:
    """A name in capitals as the running text spells it ("NATURVÅRDSVERKET": "Naturvårdsverket"), else with an
    initial capital only."""
    return written_in_text(name, blocks) or name[:1] + name[1:].lower()


# A company's or federation's own organ under its name ("Stockholms Stadshus AB" / "Styrelsen"): whose the document
# is stays the company's.
_ORGAN_LINE = rule(
    "letterhead.organ_line",
    r"^(?:styrelsen|bolagsstyrelsen|bolagsstämman|direktionen|förbundsstyrelsen|förbundsdirektionen)$",
    matches=("Styrelsen", "Bolagsstämman", "Förbundsdirektionen"),
    not_matches=("Kommunstyrelsen", "Styrelsen för Stockholms Stadshus AB", "Stadskontoret"),
)
# An agency's field of work under its name and region, one word without an organisation's ending ("TRAFIKVERKET" /
# "Region Stockholm" / "Planering", "Underhåll", "Investering"): a department, the agency sends the letter.
_FUNCTION_LINE = rule(
    "letterhead.function_line",
    rf"^(?![\wåäö]*(?:{OFFICE_DEFINITE}|nämnd|nämnden|styrelsen|verket|myndigheten|inspektionen|tjänsten|"
    r"kommissionen|institutet|departementet|fullmäktige|utskottet|beredningen)$)[A-ZÅÄÖ][a-zåäö]+$",
    matches=("Planering", "Underhåll", "Investering", "Samhälle"),
    not_matches=(
        "Stadskontoret",
        "Miljöförvaltningen",
        "Räddningstjänsten",
        "Naturvårdsverket",
        "Region Stockholm",
        "Regionfullmäktige",
    ),
    flags=0,
)

# A field of work named with its region's place, the region on a line before it or a quarter of the country
# ("TRAFIKVERKET" / "Region Stockholm" / "Samhälle Stockholm", "Underhåll Väst"): the agency's unit, not its name.
_FIELD_IN_REGION = rule(
    "letterhead.field_in_region",
    r"^(?!Region\s)(?P<field>[A-ZÅÄÖ][a-zåäö]+)\s+(?P<place>[A-ZÅÄÖ][a-zåäö]+)$",
    matches=("Samhälle Stockholm", "Underhåll Väst", "Planering Mitt"),
    not_matches=("Region Stockholm", "Samhälle", "Stockholm Parkering AB", "Enheten för miljö"),
    flags=0,
)
_QUARTER = ("Nord", "Syd", "Öst", "Väst", "Mitt")


def _field_of_work(line: str, lines: Sequence[str]) -> bool:
    """Whether a line under an agency's logo is a field of work, alone ("Planering") or with its region's place
    ("Samhälle Stockholm" under "Region Stockholm", "Underhåll Väst"); an office's own name is none."""
    if _FUNCTION_LINE.match(line):
        return True
    found = _FIELD_IN_REGION.match(line)
    if found is None or not _FUNCTION_LINE.match(found["field"]):
        return False
    regions = {line.split(maxsplit=1)[-1] for line in lines if _WHOLE.match(line) and line.startswith("Region ")}
    return found["place"] in regions or found["place"] in _QUARTER


# A line under a municipality's name at the left margin that names an office or a board ("Stadsledningskontoret",
# "Skärholmens stadsdelsförvaltning", "Kommunstyrelsen"), not a label of the header's facts ("Handläggare", "Till
# Kommunstyrelsen", "Datum", "Sammanträdesdatum") nor a document type ("Sammanträdesprotokoll").
_LEFT_OFFICE_LINE = rule(
    "letterhead.left_office_line",
    r"^(?!(?:handläggare|till|mottagare|datum|sammanträdesdatum|dnr|diarienummer|beteckning)\b)"
    rf"(?:[\wåäöÅÄÖé-]+\s+){{0,3}}[\wåäöÅÄÖé-]*(?:{OFFICE_WORD}|{BOARD_WORD}|fullmäktige)\b",
    matches=("Stadsledningskontoret", "Skärholmens stadsdelsförvaltning", "Kommunstyrelsen", "Miljöförvaltningen"),
    not_matches=(
        "Handläggare",
        "Datum",
        "Till",
        "Till Kommunstyrelsen",
        "Sammanträdesprotokoll",
        "Sammanträdesdatum",
        "Tjänsteutlåtande",
    ),
)


def _left_set(blocks: Sequence[Block]) -> tuple[str, list[str]] | None:
    """A municipality's or region's name in capitals heading page 1 at the left margin (alone, or in the first cell
    of a row with a case-number box beside it), and the short lines under it before the title ("STOCKHOLMS STAD" /
    "Skärholmens stadsdelsförvaltning", "STOCKHOLMS STAD" / "Stadsledningskontoret" / "Tjänsteutlåtande"), those
    that name an office or a board (no label: "GÖTEBORGS STAD" / "Handläggare" names none)."""
    if (page := _first_page(blocks)) is None:
        return None
    first_page, left, _ = page
    top = first_page[0]
    name = (top.cells[0].text if top.kind == "table_row" and top.cells else top.text).strip()
    if not (all_capitals(name) and _WHOLE.match(name) and top.boxes[0].bbox.x0 - left < 1.0):
        return None
    lines: list[str] = []
    for block in first_page[1:]:
        # in a letterhead drawn as a grid, the office in the first cell under the name's ("KALMAR KOMMUN | MISSIV" /
        # "Kommunledningskontoret | Datum …")
        gridded = block.kind == "table_row" and top.kind == "table_row" and bool(block.cells)
        block_text = text_lines(block.cells[0].text) if gridded else block_lines(block)
        long_line = any(len(line.split()) > _LOGO_MAX_WORDS for line in block_text)
        if (block.kind != "paragraph" and not gridded) or long_line:
            break
        lines += [line for line in block_text if _LEFT_OFFICE_LINE.match(line)]
    return (name, lines) if lines else None


# The sender's line of an e-mail printed as it was sent ("Från: Naturskyddsföreningen i Stockholm <kansli@…>"), its
# name before its address; the lines of the e-mail's head under it ("Till:", "Skickat:", "Ämne:").
_MAILED_FROM = rule(
    "letterhead.mailed_from",
    r"^(?:Från|From):\s*(?P<name>[^<>\n]*[^<>\s])\s*<[^<>\s]+@[^<>\s]+>$",
    matches=(
        "Från: Naturskyddsföreningen i Stockholm <kansli@nfstockholm.se>",
        "From: Trafikverket <trafikverket@trafikverket.se>",
    ),
    not_matches=(
        "Från: kansli@nfstockholm.se",
        "Från och med 1 januari <x@y.se> gäller",
        "Till: Kommunstyrelsen <a@b.se>",
    ),
    flags=0,
)
# A sender's name that reads as an organisation's: a word ending in a body's noun ("Trafikverket", "Kommunstyrelsen",
# "Naturskyddsföreningen i Stockholm", "Pensionärernas riksförbund"), a municipality or a region ("Nacka kommun",
# "Region Stockholm"), or a company's "AB". A person's name in any shape is none: "Berg, Anna", "Anna von Berg",
# "Anna Berg (SBK)", and so is a mailbox's role ("Registrator SLK"); the letterhead then names the office.
_ORGANISATION_NOUN = (
    r"verket|föreningen|förening|förbundet|förbund|myndigheten|inspektionen|institutet|rådet|bolaget|sällskapet|"
    r"akademien|universitetet|högskolan|kansliet|stiftelsen|kyrkan|församlingen|departementet"
)
_ORGANISATION = rule(
    "letterhead.mailing_organisation",
    rf"[\wåäöé-]*(?:{_ORGANISATION_NOUN}|{OFFICE_WORD}|{BOARD_WORD}|fullmäktige|utskottet)(?![\wåäöé-])|"
    rf"{WHOLE_ORGANISATION}|(?<![\wåäöé-])(?-i:AB)(?![\wåäöé-])",
    matches=(
        "Naturskyddsföreningen i Stockholm",
        "Trafikverket",
        "Stockholms stad, kommunstyrelsen",
        "Hyresgästföreningen Region Stockholm",
        "Pensionärernas riksförbund",
        "Nacka kommun",
        "Region Stockholm",
        "Svenska Bostäder AB",
        "Länsstyrelsen i Stockholms län",
    ),
    not_matches=(
        "Eva Ek",
        "Berg, Anna",
        "Anna Maria Berg",
        "Anna von Berg",
        "Anna Berg (SBK)",
        "Registrator SLK",
        "Lars Nilsson-Åkesson",
        "Anna Abrahamsson",
    ),
)


def mailed_from(blocks: Sequence[Block]) -> str | None:
    """The organisation an e-mail printed as sent is from: the name on its "Från:" line, the first of page 1, with a
    line of the e-mail's head under it ("Till: …", "Ämne: …"); None for a name that reads as no organisation's (a
    person's, a mailbox's) or any other page."""
    first = [line for block in blocks[:6] if block.page == 1 for line in block_lines(block)]
    if not first or (found := _MAILED_FROM.match(first[0].strip())) is None:
        return None
    if not any(head_line(line) for line in first[1:5]):
        return None
    name = found.group("name")
    return name if _ORGANISATION.search(name) else None
