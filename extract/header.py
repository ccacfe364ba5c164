"""Header metadata: the running header's fields, kind, title, subtitle, addressee, case officer, case number, date.

The reader hands over page 1's running header as it is set (:class:`HeaderSegment`: text and
column); the fields are read here, by their words and form. The case number written outside the running header
is read in case_numbers.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from atgard.extract.dates import DATELINE, LONG_DATE, as_iso, iso_dateline
from atgard.extract.deciding import deciding_body as deciding_body  # its home before it had a module
from atgard.extract.mail_head import mail_head
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    BOARD_NAME,
    BODY_NOUN,
    CASE_NUMBER_LABEL,
    ISO_DATE,
    ISO_DATE_SHAPE,
    WHOLE_ORGANISATION,
)
from atgard.schema import Block, HeaderFields, HeaderSegment, ReadDocument

# --- The running header ------------------------------------------------------------------------------------------

# The words that name a document's type at the head of its first page, and the contract kind
# each one makes (None: a type of its own that the contract has no kind for).
DOCUMENT_TYPE_KINDS: dict[str, str | None] = {
    "tjänsteutlåtande": "tjansteutlatande",
    "tjänsteskrivelse": "tjansteutlatande",
    "utlåtande": "utlatande",
    "yttrande": "yttrande",
    "remissvar": "yttrande",
    "remissyttrande": "yttrande",
    "protokoll": "protokoll",
    "protokollsutdrag": "protokoll",
    "sammanträdesprotokoll": "protokoll",
    "utdrag": "protokoll",  # "Utdrag ur protokoll", "Utdrag ur sammanträdesprotokoll"
    "rapport": "kommissionsrapport",
    "delrapport": "kommissionsrapport",
    "slutrapport": "kommissionsrapport",
    "promemoria": "pm",
    "pm": "pm",
    # The papers of a coming meeting: its agenda, summons, list of items ("Sammanträde 2025-10-23" over them).
    **dict.fromkeys(("dagordning", "föredragningslista", "kallelse", "kungörelse", "ärendelista"), "dagordning"),
    "sammanträde": "dagordning",
    **dict.fromkeys(("skrivelse", "beslut", "missiv")),
}
_DOCUMENT_TYPE = rule(
    "header.document_type",
    r"^(" + "|".join(sorted(DOCUMENT_TYPE_KINDS, key=len, reverse=True)) + r")\b",
    matches=(
        "Tjänsteutlåtande",
        "Protokollsutdrag 2018",
        "PM 2018:87 RIV",
        "Utlåtande 2026:57 RI",
        "Kallelse",
        "SAMMANTRÄDESPROTOKOLL",
        "Sammanträde 2025-10-23",
        "Föredragningslista",
        "Utdrag ur protokoll",
    ),
    not_matches=("Sida 1", "Stadsledningskontoret", "Beslutsunderlag", "Rapporten", "Sammanträdesdatum 2025-05-14"),
)
# A running header's case number: "Dnr KS 2024/117", or in brackets after the document type ("Utlåtande
# 2017:148 RII (Dnr KS 2017/455)"). All that follows the label is the number, as printed.
_RUNNING_CASE_NUMBER = rule(
    "header.running_case_number",
    rf"\({CASE_NUMBER_LABEL}[.:]?\s*(?P<bracketed>[^()]+)\)|{CASE_NUMBER_LABEL}[.:]?\s*(?P<plain>.+)$",
    matches=(
        "Dnr KS 2024/117",
        "Utlåtande 2017:148 RII (Dnr KS 2017/455)",
        "Tjänsteutlåtande (Dnr. 1.5.1-112-2017)",
        "Diarienr: 3.1.1-123/2017",
    ),
    not_matches=("Stadsledningskontoret", "Diarium 2017"),
)

# A running header's line addressed to its readers is neither office nor unit: "Till remissinstanserna enligt
# sändlista", "Till: Kommunstyrelsen", "Till nämnderna".
_ADDRESSED = rule(
    "header.addressed_line",
    r"^till\b\s*:?\s+\S",
    matches=("Till remissinstanserna enligt sändlista", "Till: Kommunstyrelsen", "till nämnderna"),
    not_matches=("Tillväxtförvaltningen", "Tillsynsenheten", "Tillståndsenheten, Miljöförvaltningen"),
)
# What stands at the right of a running header whose type stands at the left, when it is the office: a body's
# name ("Utlåtande 2027:37 RI | Kommunstyrelsen", "Tjänsteskrivelse | Miljö- och stadsbyggnadsnämnden", "Yttrande |
# Nacka kommun"); never the page's furniture ("Bilaga 1", "Ärende 7", "Handläggare Eva Ek", "Offentlig handling").
_RUNNING_BODY = rule(
    "header.running_body",
    rf"^(?:{WHOLE_ORGANISATION}|{BOARD_NAME}|(?:[\wåäöÅÄÖé][\wåäöÅÄÖé-]*–?\s+){{0,3}}[\wåäöÅÄÖé-]*{BODY_NOUN})$",
    matches=(
        "Kommunstyrelsen",
        "Miljö- och stadsbyggnadsnämnden",
        "Stadsledningskontoret",
        "Fastighets- och gatukontoret",
        "Fastighets– och gatukontoret",
        "Kommunfullmäktige",
        "Kommunstyrelsens arbetsutskott",
        "Stadsdelsnämnden Centrum",
        "Nacka kommun",
        "Region Jönköpings län",
    ),
    not_matches=("Bilaga 1", "Ärende 7", "Handläggare Eva Ek", "Offentlig handling", "Ärende 7 – Kommunstyrelsen"),
)


def document_type_kind(text: str) -> str | None:
    """The kind a document-type line makes.

    >>> [document_type_kind(t) for t in ("Tjänsteutlåtande", "Protokollsutdrag 2018", "PM 2018:87 RIV", "Sida 1")]
    ['tjansteutlatande', 'protokoll', 'pm', None]
    >>> document_type_kind("Slutrapport"), document_type_kind("Sammanträde 2025-10-23")
    ('kommissionsrapport', 'dagordning')
    """
    found = _DOCUMENT_TYPE.match(text.strip())
    return DOCUMENT_TYPE_KINDS[found.group(1).lower()] if found else None


def parse_running_header(segments: Sequence[HeaderSegment], found: HeaderFields) -> HeaderFields:
    """Office, unit, document type, case number and date from page 1's running header, with what the reader
    ``found`` (the page count, the lines).

    Fields are told apart by their form (``Dnr ...``, a date, a known document type) and otherwise by
    column: the left column holds office then unit, the right column the document type.

    >>> segments = [HeaderSegment(text=text, column=column) for text, column in [
    ...     ("Socialförvaltningen", "left"), ("Tjänsteutlåtande", "right"), ("Avdelningen för äldre", "left"),
    ...     ("Dnr 3.1.1-123/2017", "right"), ("2017-02-14", "right")]]
    >>> header = parse_running_header(segments, HeaderFields(page_count=3))
    >>> header.office, header.unit, header.document_type, header.diarienummer, header.date, header.page_count
    ('Socialförvaltningen', 'Avdelningen för äldre', 'Tjänsteutlåtande', '3.1.1-123/2017', '2017-02-14', 3)
    >>> segments = [HeaderSegment(text="Utlåtande 2027:37 RI", column="left"),
    ...             HeaderSegment(text="Kommunstyrelsen", column="right")]
    >>> parse_running_header(segments, HeaderFields()).office
    'Kommunstyrelsen'
    >>> segments = [HeaderSegment(text="Tjänsteskrivelse", column="left"),
    ...             HeaderSegment(text="Bilaga 1", column="right")]
    >>> parse_running_header(segments, HeaderFields()).office is None
    True
    """
    fields: dict[str, str] = {}
    left: list[str] = []
    right: list[str] = []
    mirrored = False  # the type at the left, a body at the right: "Utlåtande 2027:37 RI | Kommunstyrelsen"
    for segment in segments:
        text = segment.text
        date = ISO_DATE.search(text)
        if number := _RUNNING_CASE_NUMBER.search(text):
            fields.setdefault("diarienummer", (number.group("bracketed") or number.group("plain")).strip())
            if _DOCUMENT_TYPE.match(before := text[: number.start()].strip()):
                fields.setdefault("document_type", before)
        elif _DOCUMENT_TYPE.match(text):
            # the type and the date may share a line: "PROTOKOLLSUTDRAG / 2025-09-17", "Sammanträde 2025-10-23"
            fields.setdefault("document_type", _type_line(text, date))
            mirrored = mirrored or segment.column == "left"
            if date:
                fields.setdefault("date", date.group(1))
        elif date and len(text) <= 30:
            fields.setdefault("date", date.group(1))
        elif _ADDRESSED.match(text):
            continue  # the addressee's line, read as the address elsewhere
        elif segment.column == "left":
            left.append(text)
        else:
            right.append(text)
    if mirrored and not left and right and _RUNNING_BODY.match(right[0].strip()):
        left, right = right, []
    if left:
        fields.setdefault("office", left[0])
    if len(left) > 1:
        fields.setdefault("unit", left[1])
    if right:
        fields.setdefault("document_type", right[0])
    return HeaderFields(**fields, page_count=found.page_count, lines=found.lines)


def _type_line(text: str, date: re.Match[str] | None) -> str:
    """A document-type line without the date the header set after it on a line of its own.

    >>> _type_line("PROTOKOLLSUTDRAG / 2025-09-17", ISO_DATE.search("PROTOKOLLSUTDRAG / 2025-09-17"))
    'PROTOKOLLSUTDRAG'
    >>> _type_line("Sammanträde 2025-10-23", ISO_DATE.search("Sammanträde 2025-10-23"))
    'Sammanträde 2025-10-23'
    """
    parts = [part.strip() for part in text.split(" / ")]
    if date is None or len(parts) < 2:
        return text
    return " / ".join(part for part in parts if not ISO_DATE.search(part)) or text


def header_fields(document: ReadDocument) -> HeaderFields:
    """A read document's header with its fields read from the segments the reader handed over."""
    return parse_running_header(document.header_segments, document.header)


def with_header_fields(document: ReadDocument) -> ReadDocument:
    """A read document as it is stored and shown: its header's fields read (:func:`header_fields`)."""
    return document.model_copy(update={"header": header_fields(document)})


# --- The head beside the letterhead -----------------------------------------------------------------------------------


# A document's type on a line of its own that a kind need not follow from: a remiss heads a ministry's missive.
_REMISS_ALONE = rule(
    "letterhead.remiss_alone",
    r"^(?:remiss(?:missiv)?|missiv)$",
    matches=("Remiss", "REMISS", "Remissmissiv", "MISSIV"),
    not_matches=("Remiss av betänkandet Kollektivtrafik i hela landet", "Remissvar", "Remissinstanser"),
)


def type_alone(text: str) -> bool:
    """A document's type alone on its line ("Remiss", "Yttrande", "PROTOKOLLSUTDRAG"), no organisation's logo."""
    return bool(_REMISS_ALONE.match(text.strip()) or document_type_kind(text))


def head_lines(first_page: Sequence[Block]) -> list[str]:
    """The lines of a head drawn beside the letterhead in the table rows that open page 1 (under the document's
    type alone, "Remiss"): a cell that stacks the type, the date and the number ("Remiss / 2027-03-04 /
    Fi2027/00871"), or the date and the number beside the letterhead ("Regeringskansliet / …" | "2027-06-18 /
    LI2027/01466"); a number alone in its cell may be the referrer's in a table of references."""
    opening = (
        first_page[1:]
        if first_page and first_page[0].kind != "table_row" and type_alone(first_page[0].text)
        else first_page
    )
    rows = itertools.takewhile(lambda block: block.kind == "table_row", opening)
    stacked = ([line.strip() for line in cell.text.split("\n")] for row in rows for cell in row.cells)
    dated = (lines for lines in stacked if len(lines) > 1 and any(ISO_DATE.fullmatch(line) for line in lines))
    return [line for lines in dated for line in lines]


# --- Date and year -----------------------------------------------------------------------------------------------

# "Utfärdat 2019-03-12", "Datum: 2019-10-14": a labelled date on page 1.
_LABELLED_DATE = rule(
    "header.labelled_date",
    rf"^(?:utfärdat|datum|daterad|beslutsdatum|upprättad|sammanträdesdatum|sammanträdesdag)\s*:?\s*({ISO_DATE_SHAPE})$",
    matches=("Utfärdat 2019-03-12", "Datum: 2019-10-14", "Upprättad 2020-01-31", "Sammanträdesdatum: 2025-05-28"),
    not_matches=("Datum för beslut 2019-10-14", "Utfärdat 12 mars 2019"),
)
# A letter's own date by its label "Datum" alone, in a table of references' column ("Datum\n2026-11-26"), a block of
# labelled lines or the column beside its logo ("Datum 2026-06-15" over "Vår referens JEAB 2026/118"): the head
# box's date (addressee.py) and the mark of a letter's head beside its letterhead (letterhead.py).
DATE_CELL = rule(
    "header.date_cell",
    rf"^datum\s*:?\s*({ISO_DATE_SHAPE})$",
    matches=("Datum\n2026-11-26", "Datum 2027-01-26", "Datum: 2026-03-01", "DATUM 2026-06-15"),
    not_matches=(
        "Datum för beslut 2026-03-01",
        "Er datum 2026-03-01",
        "Datum",
        "Vår referens JEAB 2026/118",
        "Sammanträdesdatum 2026-06-15",
    ),
)
# Running text on page 1, which ends its head: a paragraph that reads as a sentence ("Kommunstyrelsen har fått
# rubricerad remiss och lämnar följande yttrande.") or runs long; a letterhead's line, a dateline, a date do not.
_RUNNING_TEXT = rule(
    "header.running_text",
    r"[.!?]$|^.{60,}$",
    matches=("Kommunstyrelsen har fått rubricerad remiss och lämnar följande yttrande.", "Kommunen tillstyrker."),
    not_matches=("SWEDISH ENVIRONMENTAL PROTECTION AGENCY", "Stockholm den 3 maj 2027", "2026-02-10"),
)
# A table row that tells a case's earlier decisions, whose dates are theirs, not the document's: "Tidigare beslut |
# Beslutsdatum 2024-06-10", "Ärendets gång | …", "Tidigare behandling | …".
_EARLIER_DECISIONS = rule(
    "header.earlier_decisions",
    r"^(?:tidigare\s+(?:beslut|behandling|ställningstaganden?)|ärendets\s+(?:gång|beredning|historik)|historik)\b",
    matches=("Tidigare beslut", "Tidigare behandling i nämnden", "Ärendets gång", "Historik"),
    not_matches=("Beslutsdatum 2024-06-10", "PROTOKOLL NR 9/2026", "Beslut"),
)
# A meeting's time in a protocol's table of its facts: "Tid | Måndagen den 26 maj 2025 kl. 14.00".
_MEETING_TIME_LABEL = rule(
    "header.meeting_time_label",
    r"^(?:tid|datum|tid\s+och\s+plats|plats\s+och\s+tid|sammanträdesdatum|sammanträdesdag)\s*:?$",
    matches=("Tid", "Plats och tid", "Sammanträdesdatum"),
    not_matches=("Tidplan", "Justeringens plats och tid"),
)
# A year of the documents' time, in a title or a type ("Budget 2016", "PM 2018:87").
_YEAR = rule(
    "header.year",
    r"\b(19[5-9]\d|20\d\d)\b",
    matches=("Budget 2016", "PM 2018:87 RIV", "1995"),
    not_matches=("1899", "20165", "Plan 2100"),
    flags=0,
)


def written_date(blocks: Sequence[Block]) -> str | None:
    """An ISO date from a dateline such as "Stockholm den 15 mars 2017": on page 1, or a letter's closing dateline.

    >>> from atgard.schema import BBox, PageBox
    >>> box = [PageBox(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1))]
    >>> written_date([Block(kind="paragraph", text="Stockholm den 5 mars 2017", page=1, boxes=box)])
    '2017-03-05'
    >>> written_date([Block(kind="paragraph", text="2026-02-10", page=1, boxes=box)])
    '2026-02-10'
    """
    head = head_lines([block for block in blocks if block.page == 1])  # "Remiss / 2027-03-04 / Fi2027/00871"
    if stacked := next((line for line in head if ISO_DATE.fullmatch(line)), None):
        return stacked
    first_page = [block for block in blocks if block.page == 1]
    for block in blocks:
        if block.page == 1 and (labelled := _labelled_date(block, first_page)) is not None:
            return labelled
        if block.page == 1 and block.kind == "paragraph" and ISO_DATE.fullmatch(block.text.strip()):
            return block.text.strip()  # a date on a line of its own under the header box
        short_line = block.page == 1 and block.kind in ("paragraph", "heading") and len(block.text) < 60
        if short_line and (found := LONG_DATE.search(block.text)):
            return as_iso(found)
        if block.page == 1 and (meeting := _meeting_time(block)) is not None:
            return meeting
    if (found := LONG_DATE.search(mail_head(first_page).get("skickat", ""))) is not None:
        return as_iso(found)  # a printed e-mail's head in columns ("Skickat:" beside "den 29 juni 2027 09:42")
    closing = [b for b in blocks if b.kind == "paragraph" and DATELINE.match(b.text.strip())]
    if closing and (found := LONG_DATE.search(closing[-1].text)):
        return as_iso(found)
    return iso_dateline(blocks)


def _in_head(row: Block, first_page: Sequence[Block]) -> bool:
    """Whether a table row of page 1 is of its head: above its first paragraph of running text, and not a row of the
    case's earlier decisions. A table further down (of earlier decisions, of the referral's facts) is the body's."""
    if row.cells and _EARLIER_DECISIONS.match(row.cells[0].text.strip()):
        return False
    before = itertools.takewhile(lambda block: block is not row, first_page)
    return not any(block.kind == "paragraph" and _RUNNING_TEXT.search(block.text.strip()) for block in before)


def _labelled_date(block: Block, first_page: Sequence[Block]) -> str | None:
    """A labelled date: the block's whole text ("Datum: 2019-10-14"), or a line of a cell of a header box drawn as a
    table, where the label stands among the protocol's number and its case number ("PROTOKOLL NR 9/2026 /
    Sammanträdesdatum 2026-10-22 / Dnr SKÄ 2026/00573"), in the head (``_in_head``) of ``first_page``."""
    if labelled := _LABELLED_DATE.match(block.text.strip()):
        return labelled.group(1)
    if block.kind != "table_row":
        return None
    lines = (line.strip() for cell in block.cells for line in cell.text.split("\n"))
    found = next((found.group(1) for line in lines if (found := _LABELLED_DATE.match(line))), None)
    return found if found is not None and _in_head(block, first_page) else None


def _meeting_time(block: Block) -> str | None:
    """The date in a protocol's row of its meeting's time: "Tid | Måndagen den 26 maj 2025 kl. 14.00–15.05", or
    the same on a line of its own under the title ("Tid: Måndagen den 14 juni 2027 kl. 16.00–17.40")."""
    if block.kind == "table_row":
        cells = [cell.text.strip() for cell in block.cells]
        labelled = [cells[1]] if len(cells) > 1 and _MEETING_TIME_LABEL.match(cells[0].split("\n")[0]) else []
    else:
        spans = [block.text[line.start : line.end] for line in block.lines] or [block.text]
        lines = [line.split(":", 1) for span in spans for line in span.splitlines() if ":" in line]
        labelled = [value for label, value in lines if _MEETING_TIME_LABEL.match(label.strip())]
    for value in labelled:
        if iso := ISO_DATE.search(value):
            return iso.group(1)
        if found := LONG_DATE.search(value):
            return as_iso(found)
    return None


def document_year(date: str | None, *texts: str | None) -> int | None:
    """The year of the document: its date, else the first year in its type, subtitle or title."""
    if date:
        return int(date[:4])
    for text in texts:
        if text and (year := _YEAR.search(text)):
            return int(year.group(1))
    return None
