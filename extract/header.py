"""Header metadata: the running header's fields, kind, title, subtitle, addressee, case officer, case number, date.

The reader hands over page 1's running header as it is set (:class:`HeaderSegment`: text and
column); the fields are read here, by their words and form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from atgard.extract.boards import BoardRegister
from atgard.extract.codes import leading_code_span
from atgard.extract.dates import DATELINE, LONG_DATE, as_iso
from atgard.extract.mentions import resolve_name
from atgard.extract.rules import rule
from atgard.extract.vocabulary import CASE_NUMBER, CASE_NUMBER_LABEL, CASE_SERIES, ISO_DATE, ISO_DATE_SHAPE
from atgard.schema import Block, HeaderFields, HeaderSegment, ReadDocument
from atgard.schema.contract import CaseOfficer, DocumentKind

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
    "rapport": "kommissionsrapport",
    "delrapport": "kommissionsrapport",
    "slutrapport": "kommissionsrapport",
    "promemoria": "pm",
    "pm": "pm",
    **dict.fromkeys(("skrivelse", "beslut", "missiv", "kallelse")),
}
_DOCUMENT_TYPE = rule(
    "header.document_type",
    r"^(" + "|".join(sorted(DOCUMENT_TYPE_KINDS, key=len, reverse=True)) + r")\b",
    matches=("Tjänsteutlåtande", "Protokollsutdrag 2018", "PM 2018:87 RIV", "Utlåtande 2026:57 RI", "Kallelse"),
    not_matches=("Sida 1", "Stadsledningskontoret", "Beslutsunderlag", "Rapporten"),
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


def document_type_kind(text: str) -> str | None:
    """The kind a document-type line makes.

    >>> [document_type_kind(t) for t in ("Tjänsteutlåtande", "Protokollsutdrag 2018", "PM 2018:87 RIV", "Sida 1")]
    ['tjansteutlatande', 'protokoll', 'pm', None]
    >>> document_type_kind("Slutrapport")
    'kommissionsrapport'
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
    """
    fields: dict[str, str] = {}
    left: list[str] = []
    right: list[str] = []
    for segment in segments:
        text = segment.text
        if number := _RUNNING_CASE_NUMBER.search(text):
            fields.setdefault("diarienummer", (number.group("bracketed") or number.group("plain")).strip())
            if _DOCUMENT_TYPE.match(before := text[: number.start()].strip()):
                fields.setdefault("document_type", before)
        elif _DOCUMENT_TYPE.match(text):
            fields.setdefault("document_type", text)
            if date := ISO_DATE.search(text):  # "Tjänsteutlåtande / Utfärdat 2025-05-06": the type and its date
                fields.setdefault("date", date.group(1))
        elif (date := ISO_DATE.search(text)) and len(text) <= 30:
            fields.setdefault("date", date.group(1))
        elif segment.column == "left":
            left.append(text)
        else:
            right.append(text)
    if left:
        fields.setdefault("office", left[0])
    if len(left) > 1:
        fields.setdefault("unit", left[1])
    if right:
        fields.setdefault("document_type", right[0])
    return HeaderFields(**fields, page_count=found.page_count, lines=found.lines)


def header_fields(document: ReadDocument) -> HeaderFields:
    """A read document's header with its fields read from the segments the reader handed over."""
    return parse_running_header(document.header_segments, document.header)


def with_header_fields(document: ReadDocument) -> ReadDocument:
    """A read document as it is stored and shown: its header's fields read (:func:`header_fields`)."""
    return document.model_copy(update={"header": header_fields(document)})


# --- Kind, title, address --------------------------------------------------------------------------------------


def classify(document: ReadDocument, document_type: str | None) -> DocumentKind:
    """The document's kind from its header, else from its content.

    A coded measure list ("A2.1.1 ...") makes a commission report whatever the
    header says; a "förslag till beslut" heading makes a tjänsteutlåtande.
    """
    coded = sum(1 for b in document.blocks if b.kind != "heading" and leading_code_span(b.text) is not None)
    if coded >= 3:
        return "kommissionsrapport"
    if document_type and (kind := document_type_kind(document_type)) is not None:
        return cast(DocumentKind, kind)
    headings = " ".join(b.text.lower() for b in document.blocks if b.kind == "heading")
    if "förslag till beslut" in headings:
        return "tjansteutlatande"
    if "protokoll" in headings:
        return "protokoll"
    return "other"


def _is_bold(block: Block) -> bool:
    return any(run.style == "bold" and run.end - run.start >= len(block.text) - 1 for run in block.runs)


@dataclass(frozen=True)
class Titles:
    """The top-level heading of page 1, and the lighter heading under it."""

    title: str | None = None
    subtitle: str | None = None


def title_and_subtitle(blocks: Sequence[Block]) -> Titles:
    """The top-level heading of page 1, and a lighter heading set right under it."""
    first_page = [b for b in blocks if b.page == 1]
    headings = [b for b in first_page if b.kind == "heading"]
    if not headings:
        return Titles()
    top = min(h.level or 99 for h in headings)
    title = next(h for h in headings if h.level == top)
    after = first_page[first_page.index(title) + 1 :]
    subtitle = after[0] if after and after[0].kind == "heading" and not _is_bold(after[0]) else None
    return Titles(title.text, subtitle.text if subtitle else None)


_POSTAL_LINE = rule(
    "header.postal_line",
    r"^(?:Box\s+\d+,?\s*)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö]+$",
    matches=("105 35 Stockholm", "Box 8189, 104 20 Stockholm", "75375 Uppsala"),
    not_matches=("Stockholms stad", "105 35 stockholm", "Kommunstyrelsen"),
    flags=0,
)


def address_block(blocks: Sequence[Block]) -> str | None:
    """The addressee of a letter-style answer: the first line of the address over page 1's title.

    "Kommunstyrelsen / Stockholms stad / 105 35 Stockholm": the lines down to a postal code.
    """
    lines: list[str] = []
    for block in blocks:
        if block.page != 1 or block.kind == "heading":
            break
        if block.kind != "paragraph" or len(block.text) > 60:
            lines = []
            continue
        if _POSTAL_LINE.match(block.text.strip()):
            return lines[0] if lines else None
        lines.append(block.text.strip())
    return None


# --- The header box: "Handläggare | Till" ----------------------------------------------------------------------

# A cell of the header box, its label first: "Handläggare: Eva Ek ...", "Till Kommunstyrelsen".
BOX_LABEL = rule(
    "header.box_label",
    r"^(handläggare|till)\s*:?\s*(.*)$",
    matches=("Handläggare\nEva Ek\nTelefon: 08-508 000 00", "Till: Kommunstyrelsen", "Till\nKommunstyrelsen"),
    not_matches=("Eva Ek", "Handlingar", "Datum 2019-10-14"),
    flags=re.IGNORECASE | re.DOTALL,
)
_PHONE = rule(
    "header.phone",
    r"^(?:telefon|tel|tfn|mobil)\.?:?\s*(?P<number>\+?[\d\s()-]{6,})$",
    matches=("Telefon: 08-508 000 00", "Tel. 08-508 29 000", "Mobil +46 70 123 45 67"),
    not_matches=("Telefonnummer saknas", "Tel: 123"),
)
_EMAIL = rule(
    "header.email",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    matches=("eva.ek@stockholm.se", "E-post: anna-karin.berg@sll.se"),
    not_matches=("eva.ek@stockholm", "@stockholm.se"),
    flags=0,
)


@dataclass(frozen=True)
class HeaderBox:
    """What the "Handläggare | Till" box of page 1 says: the case officer, the addressee and the date."""

    officer: CaseOfficer
    addressee: str | None = None
    date: str | None = None


def header_box(blocks: Sequence[Block]) -> HeaderBox:
    """Case officer, addressee and date from the "Handläggare | Till" box of page 1."""
    officer = CaseOfficer()
    addressee = date = None
    for block in blocks:
        if block.page != 1:
            break
        cells = [cell.text for cell in block.cells] or [block.text]
        for cell in cells:
            label = BOX_LABEL.match(cell.strip())
            if not label:
                continue
            lines = [line.strip() for line in label.group(2).splitlines() if line.strip()]
            if label.group(1).lower() == "handläggare":
                officer = _case_officer(lines)
            else:
                dates = [line for line in lines if ISO_DATE.fullmatch(line)]
                names = [line for line in lines if line not in dates]
                addressee = " ".join(names) or None
                date = dates[0] if dates else None
    return HeaderBox(officer, addressee, date)


def _case_officer(lines: list[str]) -> CaseOfficer:
    name = phone = email = None
    for line in lines:
        if (found := _PHONE.match(line)) is not None:
            phone = found.group("number").strip()
        elif (mail := _EMAIL.search(line)) is not None:
            email = mail.group(0)
        elif name is None:
            name = line
    return CaseOfficer(name=name, phone=phone, email=email)


# --- The case number outside the running header -------------------------------------------------------------------

# A labelled case number on page 1: "Diarienummer: KSN-2019-1234", "Handläggare | Dnr. SDN 2017/12."; the number
# may open with letters of its own ("E2017-01234") and close with a part's ("Fi2024/01234/JM").
_BODY_CASE_NUMBER = rule(
    "header.body_case_number",
    rf"{CASE_NUMBER_LABEL}[.:]?\s*((?:{CASE_SERIES}\s+)?\w[\w.:/-]*\d[\w./-]*)",
    matches=(
        "Diarienummer: KSN-2019-1234",
        "Dnr 123-456/2016",
        "Handläggare | Dnr. SDN 2017/12.",
        "Dnr E2017-01234",
        "Vårt diarienummer KSKF/2025:388",
    ),
    not_matches=("Ingen beteckning här, bara 2016.", "Diarienumret anges nedan"),
)
# A case number on a line of its own, without its label, as a protocol sets it under the paragraph's heading:
# the registry's letters, the year and a serial number; an SOU's number is a report's, not a case's (a Ds's
# has lower-case letters, which the case-sensitive pattern leaves out).
_BARE_CASE_NUMBER = rule(
    "header.bare_diarienummer",
    rf"^\s*(?!SOU\b)(?P<dnr>{CASE_NUMBER})\s*$",
    matches=("KSN-2026-0231", "KS 2026/123", "HÄ 2026/118", "KS/2019:287", "STK-2013-1187"),
    not_matches=(
        "SOU 2019:21",
        "SOU 2019:21 Ett lagstadgat ansvar",
        "2026-03-11",
        "KS 2026/123 och KS 2026/124",
        "Ds 2019:21",
    ),
    flags=0,
)


def body_diarienummer(blocks: Sequence[Block]) -> str | None:
    """A case number written on page 1 outside the running header ("Diarienummer: KSN-2019-1234"), labelled,
    else on a line of its own."""
    first_page = [block for block in blocks if block.page == 1]
    for block in first_page:
        for text in [cell.text for cell in block.cells] or [block.text]:
            if found := _BODY_CASE_NUMBER.search(text):
                return found.group(1).rstrip(".")
    return next((m.group("dnr") for block in first_page if (m := _BARE_CASE_NUMBER.match(block.text))), None)


# --- Date and year -----------------------------------------------------------------------------------------------

# "Utfärdat 2019-03-12", "Datum: 2019-10-14": a labelled date on page 1.
_LABELLED_DATE = rule(
    "header.labelled_date",
    rf"^(?:utfärdat|datum|daterad|beslutsdatum|upprättad|sammanträdesdatum)\s*:?\s*({ISO_DATE_SHAPE})$",
    matches=("Utfärdat 2019-03-12", "Datum: 2019-10-14", "Upprättad 2020-01-31", "Sammanträdesdatum: 2025-05-28"),
    not_matches=("Datum för beslut 2019-10-14", "Utfärdat 12 mars 2019"),
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
    for block in blocks:
        if block.page == 1 and (labelled := _LABELLED_DATE.match(block.text.strip())):
            return labelled.group(1)
        if block.page == 1 and block.kind == "paragraph" and ISO_DATE.fullmatch(block.text.strip()):
            return block.text.strip()  # a date on a line of its own under the header box
        short_line = block.page == 1 and block.kind == "paragraph" and len(block.text) < 60
        if short_line and (found := LONG_DATE.search(block.text)):
            return as_iso(found)
    closing = [b for b in blocks if b.kind == "paragraph" and DATELINE.match(b.text.strip())]
    if closing and (found := LONG_DATE.search(closing[-1].text)):
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


# --- Whose document: the deciding body, the sender, the municipality -----------------------------------------------

_DECIDING_KINDS = frozenset({"council", "executive_board", "committee", "district_committee", "company"})


def deciding_body(
    kind: DocumentKind, header_names: Sequence[str | None], addressee: str | None, register: BoardRegister
) -> str | None:
    """The body a document's decisions are for: the addressee, or the board whose protocol it is.

    A protocol names its body in the header (unit or office: "Kommunfullmäktige"); where the header
    says only "Stadsdelsnämnden" or "Nämnden", the board is the one the office in the header serves
    ("Hägersten-Älvsjö stadsdelsförvaltning": Hägersten-Älvsjö stadsdelsnämnd).

    >>> from atgard.extract.boards import load_register
    >>> register = load_register()
    >>> deciding_body("protokoll", ["Stadsdelsnämnden", "Hägersten-Älvsjö stadsdelsförvaltning"], None, register)
    'Hägersten-Älvsjö stadsdelsnämnd'
    >>> deciding_body("protokoll", ["Kommunfullmäktige", "Stockholms stad"], None, register)
    'Kommunfullmäktige'
    """
    if kind != "protokoll" or addressee:
        return addressee
    found = [resolve_name(name, register) for name in header_names if name]
    for body in found:
        if body.kind in _DECIDING_KINDS:
            return body.name
    for body in found:
        served = register[body.board_id].parent if body.kind == "office" and body.board_id else None
        if served is not None and served in register:
            return register[served].name
    return next(filter(None, header_names), None)


# "Stockholms stad", "Solna stad", "Uppsala kommun": a municipality as a whole.
_MUNICIPALITY = rule(
    "header.municipality",
    r"\b([A-ZÅÄÖ][\wåäö]+ (?:[Ss]tad|kommun))\b",
    matches=("Stockholms stad", "Solna Stad", "Uppsala kommun", "Box 1, Västerås stad"),
    not_matches=("stockholms stad", "Stadsledningskontoret", "Kommunstyrelsen"),
    flags=0,
)


@dataclass(frozen=True)
class Sender:
    """The office and unit a document is from."""

    office: str | None
    unit: str | None


def sender(office: str | None, unit: str | None) -> Sender:
    """The office and unit a document is from. A municipality's name over the header's first lines
    ("Västerås stad", "Solna kommun") says whose the office is; the office is the line under it.

    >>> sender("Västerås stad", "Stadsledningsförvaltningen")
    Sender(office='Stadsledningsförvaltningen', unit=None)
    >>> sender("Trafikkontoret", "Avdelningen för trafik")
    Sender(office='Trafikkontoret', unit='Avdelningen för trafik')
    """
    if office and unit and _MUNICIPALITY.pattern.fullmatch(office.strip()):
        return Sender(unit, None)
    return Sender(office, unit)


def own_names(names: Sequence[str | None], header_lines: Sequence[str]) -> set[str]:
    """The document's own body and municipality, folded: who it is from, to, and whose decision it is.

    A Stockholm document is Stockholms stad's; another municipality names itself in its header.
    """
    own = {name.casefold() for name in names if name}
    found = {m.group(1).casefold() for line in header_lines for m in _MUNICIPALITY.finditer(line)}
    return own | (found or {"stockholms stad"}) | {"staden", "kommunen"}


# A web domain or an e-mail address's: its stem is the municipality's name, folded ("malmo.se").
_WEB_DOMAIN = rule(
    "header.web_domain",
    r"(?:www\.|@)?(?P<stem>[a-z-]+)\.se\b",
    matches=("malmo.se", "www.uppsala.se", "info@solna.se"),
    not_matches=("malmo.com", "Malmo.SE"),
    flags=0,
)
# A capitalised word: a town in the address ("205 80 Malmö").
_CAPITALISED_WORD = rule(
    "header.capitalised_word", r"[A-ZÅÄÖ][\wåäö]+", matches=("Malmö", "205 80 Malmö"), not_matches=("malmö",), flags=0
)
_FOLD = str.maketrans("åäöéü", "aaoeu")


def home_municipality(header_lines: Sequence[str]) -> str | None:
    """The municipality a document comes from, when its first page's furniture says so.

    A town in the address whose name is the web domain ("205 80 Malmö" and
    "malmo.se"), or a name such as "Uppsala kommun" or "Solna stad".

    >>> home_municipality(["Stadskontoret", "205 80 Malmö", "malmo.se"]), home_municipality(["AB Svenska Bostäder"])
    ('Malmö', None)
    """
    text = " ".join(header_lines)
    if found := _MUNICIPALITY.search(text):
        return found.group(1).split()[0].removesuffix("s")
    stems = {m.group("stem") for m in _WEB_DOMAIN.finditer(text.lower())}
    words = (m.group(0) for m in _CAPITALISED_WORD.finditer(text))
    return next((word for word in words if word.lower().translate(_FOLD) in stems), None)
