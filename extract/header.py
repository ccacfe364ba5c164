"""Header metadata: kind, title, subtitle, addressee, case officer, date, signatories."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import cast

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.codes import leading_code_span
from atgard.extract.dates import DATELINE, LONG_DATE, as_iso
from atgard.extract.mentions import resolve_name
from atgard.extract.read.text import ISO_DATE, document_type_kind
from atgard.extract.rules import rule
from atgard.schema import Block, PageBox, ReadDocument
from atgard.schema.contract import CaseOfficer, DocumentKind, Signatory
from atgard.schema.read import union_per_page

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_PHONE = re.compile(r"^(?:telefon|tel|tfn|mobil)\.?:?\s*(?P<number>\+?[\d\s()-]{6,})$", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LABEL = re.compile(r"^(handläggare|till)\s*:?\s*(.*)$", re.IGNORECASE | re.DOTALL)
_PERSON = re.compile(r"^[A-ZÅÄÖÉ][\wåäöéü'-]+(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖÉ][\wåäöéü'-]+){1,3}$")


def classify(read: ReadDocument, document_type: str | None) -> DocumentKind:
    """The document's kind from its header, else from its content.

    A coded measure list ("A2.1.1 ...") makes a commission report whatever the
    header says; a "förslag till beslut" heading makes a tjänsteutlåtande.
    """
    coded = sum(1 for b in read.blocks if b.kind != "heading" and leading_code_span(b.text) is not None)
    if coded >= 3:
        return "kommissionsrapport"
    if document_type and (kind := document_type_kind(document_type)) is not None:
        return cast(DocumentKind, kind)
    headings = " ".join(b.text.lower() for b in read.blocks if b.kind == "heading")
    if "förslag till beslut" in headings:
        return "tjansteutlatande"
    if "protokoll" in headings:
        return "protokoll"
    return "other"


def _is_bold(block: Block) -> bool:
    return any(run.style == "bold" and run.end - run.start >= len(block.text) - 1 for run in block.runs)


def title_and_subtitle(blocks: Sequence[Block]) -> tuple[str | None, str | None]:
    """The top-level heading of page 1, and a lighter heading set right under it."""
    first_page = [b for b in blocks if b.page == 1]
    headings = [b for b in first_page if b.kind == "heading"]
    if not headings:
        return None, None
    top = min(h.level or 99 for h in headings)
    title = next(h for h in headings if h.level == top)
    after = first_page[first_page.index(title) + 1 :]
    subtitle = after[0] if after and after[0].kind == "heading" and not _is_bold(after[0]) else None
    return title.text, subtitle.text if subtitle else None


_POSTAL_LINE = re.compile(r"^(?:Box\s+\d+,?\s*)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö]+$")


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


def header_box(blocks: Sequence[Block]) -> tuple[CaseOfficer, str | None, str | None]:
    """Case officer, addressee and date from the "Handläggare | Till" box of page 1."""
    officer = CaseOfficer()
    addressee = date = None
    for block in blocks:
        if block.page != 1:
            break
        cells = [cell.text for cell in block.cells] or [block.text]
        for cell in cells:
            label = _LABEL.match(cell.strip())
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
    return officer, addressee, date


_BODY_DNR = re.compile(
    r"\b(?:dnr|diarienr|diarienummer)[.:]?\s*((?:[A-ZÅÄÖ]{2,6}\s+)?[\w][\w.:/-]*\d[\w./-]*)", re.IGNORECASE
)


# A case number on a line of its own, without its label, as a protocol sets it under the paragraph's heading:
# the registry's letters, the year and a serial number.
_BARE_DNR = rule(
    "header.bare_diarienummer",
    r"^\s*(?!SOU\b)(?P<dnr>[A-ZÅÄÖ]{2,6}(?:[\s/-]|\s*-\s*)?(?:19|20)\d\d[/:-]\d{1,6})\s*$",
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
            if found := _BODY_DNR.search(text):
                return found.group(1).rstrip(".")
    return next((m.group("dnr") for block in first_page if (m := _BARE_DNR.match(block.text))), None)


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


def _title_line(text: str) -> bool:
    return 0 < len(text.split()) <= 4 and not ISO_DATE.search(text)


def _signatory(name: str, title: str, parts: Sequence[PageBox]) -> Signatory:
    boxes = union_per_page(list(parts))  # one box a page: a signature a page break cut has two
    return Signatory(name=name, title=title, page=boxes[0].page, bbox=boxes[0].bbox, boxes=boxes)


def _next_to(upper: Block, lower: Block) -> bool:
    """``lower`` is the block under ``upper``: on its page, or the first of the next (a page break between)."""
    return lower.page in (upper.page, upper.page + 1)


def _names_over_titles(row: Block, below: Block | None) -> list[Signatory]:
    """Names in one row, their titles in the row under it (three or more signatures side by side)."""
    if below is None or below.kind != "table_row" or not _next_to(row, below) or len(below.cells) != len(row.cells):
        return []
    names = [cell.text.strip() for cell in row.cells]
    titles = [cell.text.strip() for cell in below.cells]
    if not all(map(_is_name, names)) or not all(map(_title_line, titles)):
        return []
    if any(_PERSON.match(title) for title in titles):
        return []  # two rows of names
    pairs = zip(names, titles, row.cells, below.cells, strict=True)
    return [
        _signatory(name, title, [PageBox(page=row.page, bbox=upper.bbox), PageBox(page=below.page, bbox=lower.bbox)])
        for name, title, upper, lower in pairs
    ]


# A signatory's title: "Verkställande direktör", "Förvaltningschef", "Ordförande", "Justerare".
_TITLE_WORD = re.compile(
    r"\b\w*(?:direktör|chef|ordförande|sekreterare|justerare|borgarråd|kommunalråd|handläggare)\b|^vd$", re.IGNORECASE
)


def _is_name(text: str) -> bool:
    """A person's name, not a company's ("AB Svenska")."""
    return bool(_PERSON.match(text)) and not any(word.isupper() and len(word) > 1 for word in text.split())


def _signed_lines(block: Block, below: Block | None) -> Signatory | None:
    """A single signature set as two lines of its own at the end: "Helena Forsberg" / "Verkställande direktör"."""
    if below is None or block.kind != "paragraph" or below.kind != "paragraph" or not _next_to(block, below):
        return None
    if not _is_name(block.text.strip()) or not (_title_line(below.text) and _TITLE_WORD.search(below.text)):
        return None
    return _signatory(block.text.strip(), below.text.strip(), [*block.boxes[:1], *below.boxes[:1]])


def _name_over_title(block: Block) -> Signatory | None:
    """A single signature read as one block of two lines: "Eva Ek" over "Avdelningschef"."""
    if block.kind != "paragraph" or len(block.lines) != 2:
        return None
    name, title = (block.text[line.start : line.end].strip() for line in block.lines)
    if not _is_name(name) or not (_title_line(title) and _TITLE_WORD.search(title)):
        return None
    return _signatory(name, title, block.locate(0, len(block.text)))


# A protocol's signing formulas, the name (and title) after them in one block.
_SIGNING_FORMULA = re.compile(
    r"^(?i:vid\s+protokollet|justeras|justerare|ordförande|sekreterare)\s*:?\s+"
    r"(?P<name>[A-ZÅÄÖÉ][\wåäöéü'-]+(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖÉ][\wåäöéü'-]+){1,3})"
    r"(?:\s*,?\s+(?P<title>[\wåäöÅÄÖé -]{3,40}?))?\s*$"
)


def _after_formula(block: Block) -> Signatory | None:
    """One signature after its protocol formula: "Vid protokollet Maria Sund sekreterare", "Justeras: Lars Nilsson".

    >>> from atgard.schema import BBox, LineSpan
    >>> box = BBox(x0=71, top=600, x1=200, bottom=640)
    >>> line = LineSpan(start=0, end=38, page=2, bbox=box)
    >>> block = Block(kind="paragraph", text="Vid protokollet Maria Sund sekreterare", page=2,
    ...               boxes=[PageBox(page=2, bbox=box)], lines=[line])
    >>> signed = _after_formula(block)
    >>> signed.name, signed.title, signed.page
    ('Maria Sund', 'sekreterare', 2)
    >>> _after_formula(block.model_copy(update={"text": "Vid protokollet fördes anteckningar"}))
    """
    if block.kind != "paragraph" or (found := _SIGNING_FORMULA.match(block.text.strip())) is None:
        return None
    title = found.group("title")
    if title is not None and not _TITLE_WORD.search(title):
        return None
    start = block.text.index(found.group("name"))
    boxes = block.locate(start, start + len(found.group(0).strip()) - found.start("name"))
    return Signatory(name=found.group("name"), title=title, page=boxes[0].page, bbox=boxes[0].bbox, boxes=boxes)


def signatories(analysed: Sequence[Analysed]) -> list[Signatory]:
    """Names with titles set side by side ("Ingela Lindh / Stadsdirektör | ..."), outside the header box,
    or, for one signature, a name and a title on lines of their own."""
    found: list[Signatory] = []
    blocks = [item.block for item in analysed]
    paired: set[int] = set()
    for n, block in enumerate(blocks):
        if n in paired:
            continue
        if (signed := _signed_lines(block, blocks[n + 1] if n + 1 < len(blocks) else None)) is not None:
            found.append(signed)
            paired.add(n + 1)
            continue
        if (signed := _after_formula(block) or _name_over_title(block)) is not None:
            found.append(signed)
            continue
        if block.kind == "table_row" and (
            pair := _names_over_titles(block, blocks[n + 1] if n + 1 < len(blocks) else None)
        ):
            found += pair
            paired.add(n + 1)
            continue
        for cell in block.cells:
            lines = [line.strip() for line in cell.text.splitlines() if line.strip()]
            if len(lines) < 2 or _LABEL.match(lines[0]) or not _is_name(lines[0]):
                continue
            if len(lines[1].split()) > 4 or ISO_DATE.search(lines[1]):
                continue
            found.append(_signatory(lines[0], lines[1], [PageBox(page=block.page, bbox=cell.bbox)]))
    return found


# "Utfärdat 2019-03-12", "Datum: 2019-10-14": a labelled date on page 1.
_LABELLED_DATE = re.compile(
    r"^(?:utfärdat|datum|daterad|beslutsdatum|upprättad)\s*:?\s*((?:19|20)\d\d-[01]\d-[0-3]\d)$", re.I
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
_MUNICIPALITY = re.compile(r"\b([A-ZÅÄÖ][\wåäö]+ (?:[Ss]tad|kommun))\b")


def sender(office: str | None, unit: str | None) -> tuple[str | None, str | None]:
    """The office and unit a document is from. A municipality's name over the header's first lines
    ("Västerås stad", "Solna kommun") says whose the office is; the office is the line under it.

    >>> sender("Västerås stad", "Stadsledningsförvaltningen"), sender("Trafikkontoret", "Avdelningen för trafik")
    (('Stadsledningsförvaltningen', None), ('Trafikkontoret', 'Avdelningen för trafik'))
    """
    if office and unit and _MUNICIPALITY.fullmatch(office.strip()):
        return unit, None
    return office, unit


def own_names(names: Sequence[str | None], header_lines: Sequence[str]) -> set[str]:
    """The document's own body and municipality, folded: who it is from, to, and whose decision it is.

    A Stockholm document is Stockholms stad's; another municipality names itself in its header.
    """
    own = {name.casefold() for name in names if name}
    found = {m.group(1).casefold() for line in header_lines for m in _MUNICIPALITY.finditer(line)}
    return own | (found or {"stockholms stad"}) | {"staden", "kommunen"}


_WEB_DOMAIN = re.compile(r"(?:www\.|@)?(?P<stem>[a-z-]+)\.se\b")
_WORD = re.compile(r"[A-ZÅÄÖ][\wåäö]+")
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
    return next((word for word in _WORD.findall(text) if word.lower().translate(_FOLD) in stems), None)
