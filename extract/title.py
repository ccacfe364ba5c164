"""A document's title and subtitle: the top-level heading of page 1 that names the document.

Not every heading of page 1 does. A protocol's parts ("Närvarande", "Beslutande", "Plats och tid")
are set as large as its title; a state document's type ("Kommittédirektiv", "Regeringens proposition
2024/25:196", "Dir. 2025:12") stands over its own title. Those are passed over; an item of a protocol
("§ 1 Val av justerare") is its title only when nothing else is. A protocol's title set in the running
header's band ("Protokoll fört vid sammanträde med styrelsen för" / "Stockholms Stadshus AB") is read
from the header's lines when no heading names the document; a title broken over two headings of one size
the same way ("… med styrelsen för" / "Mölndalsbostäder AB") is one title. A letterhead drawn on the page
("NATURVÅRDSVERKET" at the top right, extract/letterhead.py) is no title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from atgard.extract.kinds import PARAGRAPH_HEADING
from atgard.extract.letterhead import letterhead
from atgard.extract.logo_name import drawn_name
from atgard.extract.mail_head import mail_subject
from atgard.extract.rules import rule
from atgard.extract.subject_line import over_running_text, subject_line
from atgard.extract.title_parts import BREAKS_OFF
from atgard.extract.vocabulary import POST_BOX, POSTAL_CODE
from atgard.schema import Block

# A part of a protocol or agenda, never its title.
_PART_HEADING = rule(
    "title.part_heading",
    r"^(?:närvarande(?:\s+ledamöter)?|beslutande(?:\s+ledamöter)?|frånvarande|ledamöter|(?:tjänstgörande\s+)?ersättare|"
    r"övriga\s+(?:närvarande|deltagande|deltagare)|plats\s+och\s+tid|tid\s+och\s+plats|justering(?:ens\s+plats\s+och\s+tid)?|"
    r"utses\s+att\s+justera|underskrifter|paragrafer)\s*:?$",
    matches=("Närvarande", "Beslutande ledamöter", "Övriga närvarande", "Plats och tid", "Justeringens plats och tid"),
    not_matches=("Protokoll fört vid sammanträde", "Närvarande ledamöter och ersättare i nämnden för teknik"),
)
# A state document's type over its own title.
_TYPE_HEADING = rule(
    "title.type_heading",
    r"^(?:kommittédirektiv|regeringens\s+(?:proposition|skrivelse)(?:\s+\d{4}/\d{2}:\d+)?|"
    r"dir\.\s*\d{4}:\d+|prop\.\s*\d{4}/\d{2}:\d+|skr\.\s*\d{4}/\d{2}:\d+|lagrådsremiss|"
    r"statens\s+offentliga\s+utredningar|departementsserien|(?:sou|ds)\s+\d{4}:\d+)$",
    matches=(
        "Kommittédirektiv",
        "Regeringens proposition 2024/25:196",
        "Dir. 2025:12",
        "Prop. 2024/25:196",
        "Lagrådsremiss",
        "SOU 2025:61",
    ),
    not_matches=(
        "Tilläggsdirektiv till Utredningen om kommunernas ansvar för bostadsanpassning (S 2024:09)",
        "Samordnad krisberedskap i kommuner och regioner",
    ),
)
# A protocol's or an agenda's title that says whose meeting it is: "Protokoll fört vid sammanträde med …".
_MEETING_TITLE = rule(
    "title.meeting_title",
    r"^(?:protokoll|sammanträdesprotokoll|kallelse|föredragningslista|dagordning)\s+(?:fört|förd|från|vid|till|för|med)\s",
    matches=(
        "Protokoll fört vid sammanträde med styrelsen för",
        "Protokoll från sammanträde med Hägersten-Älvsjö stadsdelsnämnd",
        "Kallelse till sammanträde med kulturnämnden",
    ),
    not_matches=("Protokoll nr 4/2025", "Protokollsanteckning från (V)"),
)
# A line that ends where the title goes on in the next line: "… med styrelsen för" / "Stockholms Stadshus AB".
_RUNS_ON = rule(
    "title.runs_on",
    # "AB" right after the preposition opens a company's name the next line ends: "… i AB" / "Familjebostäder"
    rf"\s{BREAKS_OFF}(?:\s+AB)?$",
    matches=(
        "Protokoll fört vid sammanträde med styrelsen för",
        "Kallelse till sammanträde med",
        "Protokoll fört vid styrelsesammanträde i AB",
        "Protokoll fört vid sammanträde med styrelsen för AB",
    ),
    not_matches=(
        "Protokoll fört vid sammanträde med kulturnämnden",
        "Protokoll fört vid sammanträde med styrelsen för Stockholms Stadshus AB",
    ),
)


# Whose meeting a protocol's or agenda's title names: "… sammanträde med styrelsen för Stockholms Stadshus AB".
_MEETING_BODY = rule(
    "title.meeting_body",
    r"\b(?:sammanträde|styrelsemöte|styrelsesammanträde)\s+(?:med|i)\s+(?:(?:bolags)?styrelsen\s+(?:för|i)\s+)?"
    r"(?P<body>[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ&-]*(?:\s+(?!den\b|kl\b)[\wåäöÅÄÖ&-]+){0,5}?)\s*(?:$|,|\(|–|\s-\s|\s(?:den|kl)\b|\s\d)",
    matches=(
        "Protokoll fört vid sammanträde med styrelsen för Stockholms Stadshus AB",
        "Protokoll från sammanträde med Hägersten-Älvsjö stadsdelsnämnd",
        "Kallelse till sammanträde med kulturnämnden den 16 oktober 2025",
        "Protokoll från styrelsemöte i Stockholms Stadshus AB",  # a company's minutes
    ),
    not_matches=("Protokoll nr 4/2025", "Sammanträde 2025-10-23", "Protokoll från styrelsemöte"),
)


# A protocol's subtitle that opens with whose meeting it is: "Farsta stadsdelsnämnd, sammanträde torsdagen den 22
# oktober 2026", "Kommunstyrelsen, sammanträde 2026-11-02", "Kulturnämndens sammanträde den 3 mars 2026".
_BODY_IN_SESSION = rule(
    "title.body_in_session",
    r"^(?P<body>[A-ZÅÄÖ][\wåäöÅÄÖ&-]*(?:\s+[\wåäöÅÄÖ&-]+){0,4}?)(?:s\s+|\s*,\s*|\s+[–-]\s+)"
    r"(?:ordinarie\s+|extra\s+)?(?:sammanträde|möte|sammanträdesdag)t?(?=\s*$|\s+(?:den\b|\d|\w+dagen\b|kl\b))",
    flags=0,
    matches=(
        "Farsta stadsdelsnämnd, sammanträde torsdagen den 22 oktober 2026",
        "Kommunstyrelsen, sammanträde 2026-11-02",
        "Kulturnämndens sammanträde den 3 mars 2026",
        "Hägersten-Älvsjö stadsdelsnämnd, extra sammanträde 2026-05-04",
        "Kommunfullmäktige – sammanträde den 14 juni 2026",
    ),
    not_matches=(
        "Protokoll fört vid sammanträde med kulturnämnden",
        "Sammanträde 2025-10-23",
        "Kommunstyrelsen",
        "Kommunstyrelsen, sammanträdesrummet Jelgava",
        "Inför nämndens sammanträde ska ledamöterna läsa handlingarna.",
    ),
)


def meeting_body(title: str | None) -> str | None:
    """The body whose meeting a protocol's or agenda's title names.

    >>> meeting_body("Protokoll fört vid sammanträde med styrelsen för Stockholms Stadshus AB")
    'Stockholms Stadshus AB'
    >>> meeting_body("Kallelse till sammanträde med kulturnämnden den 16 oktober 2025"), meeting_body("Protokoll")
    ('kulturnämnden', None)
    >>> meeting_body("Protokoll fört vid sammanträde med styrelsen för")
    >>> meeting_body("Farsta stadsdelsnämnd, sammanträde torsdagen den 22 oktober 2026")
    'Farsta stadsdelsnämnd'
    """
    found = _MEETING_BODY.search(title or "") or _BODY_IN_SESSION.match(title or "")
    if found is None or _RUNS_ON.search(found.string[: found.end("body")]):
        return None  # a title broken off: "… med styrelsen för" names no body
    return found.group("body")


def _is_bold(block: Block) -> bool:
    return any(run.style == "bold" and run.end - run.start >= len(block.text) - 1 for run in block.runs)


@dataclass(frozen=True)
class Titles:
    """The top-level heading of page 1, and the lighter heading under it."""

    title: str | None = None
    subtitle: str | None = None


def _header_title(header_lines: Sequence[str]) -> str | None:
    """A meeting's title set in the header's band, with the line it runs on into."""
    for n, line in enumerate(header_lines):
        if _MEETING_TITLE.match(line.strip()):
            text = line.strip()
            if _RUNS_ON.search(text) and n + 1 < len(header_lines):
                text = f"{text} {header_lines[n + 1].strip()}"
            return text
    return None


def _goes_on(title: Block, below: Block) -> bool:
    """Whether the heading under a title that breaks off ("… med styrelsen för") is the rest of it: as large, and
    no part of a protocol ("Närvarande") or item of it ("§ 1 Val av justerare")."""
    text = below.text.strip()
    return (
        below.kind == "heading"
        and below.level == title.level
        and not (_PART_HEADING.match(text) or PARAGRAPH_HEADING.match(text) or _TYPE_HEADING.match(text))
    )


# A line of an address set large (a scan's OCR reads the address's lines as headings): no title.
_ADDRESS_LINE = rule(
    "title.address_line",
    rf"^(?:{POST_BOX}|{POSTAL_CODE}\s+[A-ZÅÄÖ][\wåäö-]+)\W*$",
    matches=("Box 8136", "104 20 Stockholm", "Box 22067,"),
    not_matches=("Yttrande över förslag till åtgärdsprogram", "Box 8136 som lokal", "2028–2032 års program"),
)


def _before_body(first_page: Sequence[Block], headings: list[Block]) -> list[Block]:
    """The headings over page 1's running text, when there are any: a name set large under the text is a signature
    (a scan's handwritten one read as a heading: "Henrik Ståhlberg" under the answer), no title."""
    over = {id(b) for b in over_running_text(first_page)}
    return [h for h in headings if id(h) in over] or headings


def title_and_subtitle(blocks: Sequence[Block], header_lines: Sequence[str] = ()) -> Titles:
    """The top-level heading of page 1 that names the document, and a lighter heading set right under it.

    >>> from atgard.schema import BBox, PageBox
    >>> box = [PageBox(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1))]
    >>> def heading(text): return Block(kind="heading", text=text, level=1, page=1, boxes=box)
    >>> title_and_subtitle([heading("Kommittédirektiv"), heading("Tilläggsdirektiv till Utredningen (S 2024:09)")])
    Titles(title='Tilläggsdirektiv till Utredningen (S 2024:09)', subtitle=None)
    >>> title_and_subtitle([heading("Protokoll fört vid sammanträde med styrelsen för"), heading("Bostäder AB")])
    Titles(title='Protokoll fört vid sammanträde med styrelsen för Bostäder AB', subtitle=None)
    >>> title_and_subtitle([heading("Närvarande"), heading("§ 1 Val av justerare")],
    ...                    ["Protokoll fört vid sammanträde med styrelsen för", "Stockholms Stadshus AB"]).title
    'Protokoll fört vid sammanträde med styrelsen för Stockholms Stadshus AB'
    >>> title_and_subtitle([heading("Protokoll fört vid sammanträde med styrelsen för"), heading("Bostäder AB")]).title
    'Protokoll fört vid sammanträde med styrelsen för Bostäder AB'
    """
    if (subject := mail_subject([b for b in blocks if b.page == 1])) is not None:
        return Titles(subject)  # a printed e-mail's title is its subject
    logo = {id(block) for block in [*letterhead(blocks), *drawn_name(blocks)]}  # a letterhead's name is no title
    first_page = [b for b in blocks if b.page == 1 and id(b) not in logo]
    headings = [b for b in first_page if b.kind == "heading"]
    named = [h for h in headings if not (_PART_HEADING.match(h.text.strip()) or _TYPE_HEADING.match(h.text.strip()))]
    named = [h for h in named if not _ADDRESS_LINE.match(h.text.strip())]
    own = [h for h in named if not PARAGRAPH_HEADING.match(h.text.strip())]
    if not own and (from_header := _header_title(header_lines)) is not None:
        return Titles(from_header)
    if (subject := subject_line(first_page)) is not None:  # none where a heading stands over the text
        return Titles(subject)  # a letter's subject in running type (a scan's OCR sees no bold)
    candidates = _before_body(first_page, own or named)
    if not candidates:
        return Titles()
    top = min(h.level or 99 for h in candidates)
    title = next(h for h in candidates if (h.level or 99) == top)
    after = first_page[first_page.index(title) + 1 :]
    text = title.text.strip()
    if _RUNS_ON.search(text) and after and _goes_on(title, after[0]):
        text, after = f"{text} {after[0].text.strip()}", after[1:]  # a title broken over two headings
    subtitle = after[0] if after and after[0].kind == "heading" and not _is_bold(after[0]) else None
    return Titles(text, subtitle.text if subtitle else None)
