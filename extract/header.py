"""Header metadata: the running header's fields, kind, title, subtitle, addressee, case officer, case number, date.

The reader hands over page 1's running header as it is set (:class:`HeaderSegment`: text and
column); the fields are read here, by their words and form.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from atgard.extract.dates import DATE_WORDS, DATELINE, LONG_DATE, as_iso, iso_dateline
from atgard.extract.deciding import deciding_body as deciding_body  # its home before it had a module
from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    BOARD_NAME,
    BODY_NOUN,
    CASE_NUMBER,
    CASE_NUMBER_LABEL,
    CASE_SERIES,
    GOVERNMENT_CASE_NUMBER,
    ISO_DATE,
    ISO_DATE_SHAPE,
    OWN_REFERENCE_LABEL,
    REFERRER_LABEL,
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


# --- The case number outside the running header -------------------------------------------------------------------

# A labelled case number on page 1: "Diarienummer: KSN-2019-1234", "Handläggare | Dnr. SDN 2017/12.", an
# agency's "Ärendenummer TRV 2026/31877"; the number
# may open with letters of its own ("E2017-01234") and close with a part's ("Fi2024/01234/JM").
# The sender's own reference labels it too ("Vår beteckning V26-041"); the recipient's ("Ert diarienummer KS
# 2026/0312", the referrer's number in an answer) is matched as such so that it is passed over, never its
# "diarienummer" alone.
_BODY_CASE_NUMBER = rule(
    "header.body_case_number",
    rf"(?:(?P<theirs>{REFERRER_LABEL})|{CASE_NUMBER_LABEL}|\bärendenummer|\bärendenr\b\.?|{OWN_REFERENCE_LABEL}|"
    r"(?:^|\n)beteckning\b)[.:]?\s*"  # an agency's own reference, "Beteckning" alone in its column
    rf"(?P<dnr>(?:{CASE_SERIES}\s+)?\w[\w.:/-]*\d[\w./-]*)",
    matches=(
        "Diarienummer: KSN-2019-1234",
        "Dnr 123-456/2016",
        "Handläggare | Dnr. SDN 2017/12.",
        "Dnr E2017-01234",
        "Vårt diarienummer KSKF/2025:388",
        "Vår beteckning\nV26-041",
        "Vår referens: 2026-112",
        "Ärendenummer\nTRV 2026/31877",
        "Ärendenr: NV-03412-26",
        "Vår beteckning SPAB 2026/88",
        "Beteckning\n402-7715-2026",
        "Beteckning: 537-8812-2026",
    ),
    not_matches=("Ingen beteckning här, bara 2016.", "Diarienumret anges nedan", "Vår referens: Anna Berg"),
)
# A case number on a line of its own, without its label, as a protocol sets it under the paragraph's heading, or
# a ministry's letter under its type and date at the head of page 1 ("Remiss / 2027-03-04 / Fi2027/00871"): the
# registry's letters, the year and a serial number, or the Government Offices' shape; an SOU's number is a
# report's, not a case's (a Ds's has lower-case letters and a colon, which the case-sensitive pattern leaves out).
_BARE_CASE_NUMBER = rule(
    "header.bare_diarienummer",
    rf"^\s*(?!SOU\b)(?P<dnr>{CASE_NUMBER}|{GOVERNMENT_CASE_NUMBER})\s*$",
    matches=("KSN-2026-0231", "KS 2026/123", "HÄ 2026/118", "KS/2019:287", "STK-2013-1187", "Fi2027/00871"),
    not_matches=(
        "SOU 2019:21",
        "SOU 2019:21 Ett lagstadgat ansvar",
        "2026-03-11",
        "KS 2026/123 och KS 2026/124",
        "Ds 2019:21",
        "Fi2027/00871 och Fi2027/00872",
    ),
    flags=0,
)


# A later page's running header set in the body (a publishing tool draws it there): the document's type and its
# case number after it, unlabelled ("Malmö stad, Stadskontoret | Tjänsteskrivelse STK-2026-1432").
_TYPE_AND_NUMBER = rule(
    "header.type_and_number",
    rf"^(?:{'|'.join(sorted(DOCUMENT_TYPE_KINDS, key=len, reverse=True))})"
    rf"(?:\s+(?:{ISO_DATE_SHAPE}|nr\s+[\d/]+|{CASE_NUMBER_LABEL}[.:]?))*\s+(?P<dnr>{CASE_NUMBER})\s*$",
    matches=("Tjänsteskrivelse STK-2026-1432", "Tjänsteutlåtande Dnr KS 2026/118", "Protokoll 2026-11-02 KS 2026/9"),
    not_matches=("Tjänsteskrivelse", "Utlåtande 2017:148 RII", "Malmö stad, Stadskontoret", "Yttrande över KS 2026/1"),
)


def _cell_texts(block: Block, below: Block | None = None) -> list[str]:
    """A block's cells, and each cell with the one beside it: a label's value may stand in the next cell
    ("Vår beteckning | SPAB 2026/88"), or, in a letter's table of references, in the same column of the row
    under it ("Datum | Vår beteckning | Er beteckning" over "2026-11-26 | 537-8812-2026 | LI2026/04417").

    >>> from atgard.schema import BBox, PageBox, TableCell
    >>> box = BBox(x0=0, top=0, x1=1, bottom=1)
    >>> def row(*texts): return Block(kind="table_row", text=" | ".join(texts), page=1,
    ...     boxes=[PageBox(page=1, bbox=box)], cells=[TableCell(text=t, bbox=box) for t in texts])
    >>> _cell_texts(row("Datum", "Vår beteckning"), row("2026-11-26", "537-8812-2026"))[-2:]
    ['Datum\\n2026-11-26', 'Vår beteckning\\n537-8812-2026']
    """
    cells = [cell.text for cell in block.cells]
    beside = [f"{label} {value}" for label, value in itertools.pairwise(cells)]
    under = [cell.text for cell in below.cells] if below is not None and len(below.cells) == len(cells) else []
    if any(any(c.isdigit() for c in label) for label in cells):
        under = []  # a row of values, no labels
    return [*cells, *beside, *(f"{label}\n{value}" for label, value in zip(cells, under, strict=False))] or [block.text]


def _head_lines(first_page: Sequence[Block]) -> list[str]:
    """The lines of a head drawn beside the letterhead in the table rows that open page 1: a cell that stacks the
    type, the date and the number ("Remiss / 2027-03-04 / Fi2027/00871"); a number alone in its cell may be the
    referrer's in a table of references."""
    rows = itertools.takewhile(lambda block: block.kind == "table_row", first_page)
    stacked = ([line.strip() for line in cell.text.split("\n")] for row in rows for cell in row.cells)
    dated = (lines for lines in stacked if len(lines) > 1 and any(ISO_DATE.fullmatch(line) for line in lines))
    return [line for lines in dated for line in lines]


# A receiver's stamp on a letter it registered: the date it came in, then the receiver's own case number ("Inkom
# 2027-04-02 / Dnr KS-2027-00188", "Inkom 2 april 2027", "Ankomstdatum:", "Registrerad", "Diarieförd"): a number
# after it is the receiver's, never the letter's; the letter's own may stand before it in the same block.
RECEIVED_STAMP = rule(
    "header.received_stamp",
    r"(?<!\S)(?:(?:Inkom|INKOM|Ankom|ANKOM)(?:men|mit|MEN|MIT)?|Ink\.|Ankomstdatum|ANKOMSTDATUM|Registrerad|"
    rf"REGISTRERAD|Diarieförd|DIARIEFÖRD)\s*:?\s*(?:den\s+)?(?i:{DATE_WORDS})",
    matches=(
        "SUNDSVALLS KOMMUN\nKommunstyrelsekontoret\nInkom 2027-04-02\nDnr KS-2027-00188",
        "Inkommen: 2026-11-03\nDnr SBN 2026/412",
        "Ankom den 2025-02-14",
        "YTTRANDE Datum: 2027-03-30 INKOM 2027-04-02",
        "Kommunstyrelsen\nInkom 2 april 2027",
        "Ankomstdatum: 2027-04-02",
        "Registrerad 2027-04-02",
        "DIARIEFÖRD 2 APRIL 2027",
    ),
    not_matches=(
        "Inkomna yttranden 2027-04-02",
        "Remissvaren ska ha inkommit senast 2027-04-02",
        "Datum: 2027-03-30\nDnr MN-2027-00241",
        "Skrivelsen inkom 2026-03-02 till kommunstyrelsen",
        "Ärendet registrerades 2027-04-02",
        "Diarieförda ärenden 2027",
    ),
    flags=0,
)


# A bracketed number the sentence goes on after cites another body's case, not the document's own: "Kommunstyrelsen
# har remitterat … (dnr KS 2027/0477) till bland andra de allmännyttiga bostadsbolagen."
_CITED_MID_SENTENCE = rule(
    "header.cited_mid_sentence",
    r"\)\s+[a-zåäö]",
    matches=(") till bland andra de allmännyttiga bostadsbolagen", ") och ska besvaras senast"),
    not_matches=(")", ").", ") Sida 2", ")\nKommunstyrelsen"),
    flags=0,
)


def body_diarienummer(blocks: Sequence[Block]) -> str | None:
    """A case number written on page 1 outside the running header ("Diarienummer: KSN-2019-1234"), labelled,
    else on a line of its own (or of the head's cells), else after the document's type in a later page's
    running header."""
    first_page = [block for block in blocks if block.page == 1]
    for block, below in itertools.zip_longest(first_page, first_page[1:]):
        for text in _cell_texts(block, below):
            stamp = RECEIVED_STAMP.search(text)  # the receiver's stamp: the numbers after it are the receiver's
            for found in _BODY_CASE_NUMBER.finditer(text):
                cited = text[found.start() - 1 : found.start()] == "(" and _CITED_MID_SENTENCE.match(text, found.end())
                if found.group("theirs") is None and not cited and (stamp is None or found.start() < stamp.start()):
                    return found.group("dnr").rstrip(".")
    lines = [block.text for block in first_page] + _head_lines(first_page)
    if bare := next((m.group("dnr") for line in lines if (m := _BARE_CASE_NUMBER.match(line))), None):
        return bare
    if subject := _mail_subject_number(first_page):
        return subject
    heads = (next(b for b in blocks if b.page == page) for page in sorted({b.page for b in blocks} - {1}))
    texts = (text.strip() for head in heads for text in [cell.text for cell in head.cells] or [head.text])
    return next((m.group("dnr") for text in texts if (m := _TYPE_AND_NUMBER.match(text))), None)


# An e-mail's head printed with it: "Från:", "Skickat:", "Till:", "Kopia:", "Ämne:" in a column of labels.
_MAIL_HEAD_LABEL = rule(
    "header.mail_head_label",
    r"^(?:ämne|subject|angående)\s*:$",
    matches=("Ämne:", "Subject:", "Angående:"),
    not_matches=("Ämne", "Ämnet: skolan", "Till:"),
)


# The case number in an e-mail's subject line, in capitals as registered.
_MAIL_SUBJECT_CASE = rule(
    "header.mail_subject_case",
    CASE_NUMBER,
    matches=("Begäran om anstånd – remiss KS 2026/0233, Strategi för", "Remiss KSN-2026-0231 Trygghetsprogram"),
    not_matches=("Begäran om anstånd – remiss av strategin", "Anstånd till 2026/0233", "remiss ks 2026/0233"),
    flags=0,
)


def _mail_subject_number(first_page: Sequence[Block]) -> str | None:
    """The case number in a printed e-mail's subject, its only one ("Ämne: Begäran om anstånd – remiss KS /
    2026/0233, Strategi …", broken over lines in the cell beside the labels)."""
    for block in first_page:
        labels = [n for n, cell in enumerate(block.cells) if any(map(_MAIL_HEAD_LABEL.match, text_lines(cell.text)))]
        if labels and labels[0] + 1 < len(block.cells):
            value = " ".join(text_lines(block.cells[labels[0] + 1].text))
            if (found := _MAIL_SUBJECT_CASE.search(value)) is not None:
                return found.group(0)
    return None


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
    head = _head_lines([block for block in blocks if block.page == 1])  # "Remiss / 2027-03-04 / Fi2027/00871"
    if stacked := next((line for line in head if ISO_DATE.fullmatch(line)), None):
        return stacked
    for block in blocks:
        if block.page == 1 and (labelled := _labelled_date(block)) is not None:
            return labelled
        if block.page == 1 and block.kind == "paragraph" and ISO_DATE.fullmatch(block.text.strip()):
            return block.text.strip()  # a date on a line of its own under the header box
        short_line = block.page == 1 and block.kind in ("paragraph", "heading") and len(block.text) < 60
        if short_line and (found := LONG_DATE.search(block.text)):
            return as_iso(found)
        if block.page == 1 and (meeting := _meeting_time(block)) is not None:
            return meeting
    closing = [b for b in blocks if b.kind == "paragraph" and DATELINE.match(b.text.strip())]
    if closing and (found := LONG_DATE.search(closing[-1].text)):
        return as_iso(found)
    return iso_dateline(blocks)


def _labelled_date(block: Block) -> str | None:
    """A labelled date: the block's whole text ("Datum: 2019-10-14"), or a line of a cell of a header box drawn as a
    table, where the label stands among the protocol's number and its case number ("PROTOKOLL NR 9/2026 /
    Sammanträdesdatum 2026-10-22 / Dnr SKÄ 2026/00573")."""
    if labelled := _LABELLED_DATE.match(block.text.strip()):
        return labelled.group(1)
    if block.kind != "table_row":
        return None
    lines = (line.strip() for cell in block.cells for line in cell.text.split("\n"))
    return next((found.group(1) for line in lines if (found := _LABELLED_DATE.match(line))), None)


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
