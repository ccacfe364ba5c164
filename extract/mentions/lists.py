"""Lists of names: read item by item, a board's genitive with the body it owns, a board with its area."""

from __future__ import annotations

import functools

from atgard.extract.boards import BoardRegister
from atgard.extract.mentions.context import board_spans
from atgard.extract.mentions.names import GROUP_LIKE, NAME_LIKE, resolve_name
from atgard.extract.mentions.spans import HOME, BoardSpan, genitive
from atgard.extract.nlp import parsed, swedish_pipeline
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, AND_JOINT, AREA_UNIT, JOINT_WORDS, LIST_SEPARATORS, RESPEKTIVE
from atgard.schema.contract import Recipient

# A lead whose list of names follows as items: "... remitterats till följande:", "... skickas på remiss till".
LIST_LEAD = rule(
    "board.list_lead",
    r"(?:\btill|\bfrån|\bföljande|:)\s*$",
    matches=(
        "Ärendet har remitterats till följande:",
        "Förslaget skickas på remiss till",
        "Följande",
        "Särskilt önskas synpunkter från",
    ),
    not_matches=("Ärendet har remitterats till kulturnämnden.", "Synpunkter önskas från Tullverket."),
)
# The noun after a board's genitive in a list: a body of that board, not the board ("kulturnämndens ungdomsråd");
# a company's board is the company ("AB Svenska Bostäders styrelse").
_OWNED_NOUN = rule(
    "board.owned_noun",
    rf"\s+(?!(?:{JOINT_WORDS}|m\.fl|styrelse\w*)\b)[a-zåäöé][\wåäöé-]*",
    matches=(" ungdomsråd", " arbetsutskott"),
    not_matches=(" och", " respektive", " styrelse", " Ungdomsråd"),
    flags=0,
)


# A company's board after its genitive is the company: "AB Stockholmshems styrelse", "SISAB:s styrelse".
_COMPANY_BOARD = rule(
    "board.company_board", r"\s+styrelse(?:n)?\b", matches=(" styrelse", " Styrelsen"), not_matches=(" styrelsens",)
)


def owned_body_end(span: BoardSpan, text: str) -> int | None:
    """Where the name of a body the board owns ends, when ``span`` is a genitive followed by its noun.

    >>> text = "kulturnämndens ungdomsråd och idrottsnämnden"
    >>> owned_body_end(BoardSpan(0, 14, "kulturnämndens", "kulturnamnden", "Kulturnämnden", "committee"), text)
    25
    >>> owned_body_end(BoardSpan(30, 44, "idrottsnämnden", "idrottsnamnden", "Idrottsnämnden", "committee"), text)
    """
    if not genitive(span):
        return None
    noun = _OWNED_NOUN.match(text, span.end)
    return noun.end() if noun else None


# Genitives coordinated before one noun: "socialnämndens och kulturnämndens arbetsutskott".
_MORE_OWNERS = rule(
    "board.more_owners",
    rf"(?:{AND_JOINT}[\wåäöÅÄÖé-]+s\b)+",
    matches=(" och kulturnämndens", ", idrottsnämndens samt kulturnämndens"),
    not_matches=(" och kulturnämnden",),
    flags=0,
)


def listed_recipient(span: BoardSpan, text: str, register: BoardRegister) -> tuple[Recipient, int]:
    """The recipient a board named in a list stands for, and where its item ends.

    >>> from atgard.extract.boards import load_register
    >>> text, register = "socialnämndens och kulturnämndens arbetsutskott", load_register()
    >>> span = BoardSpan(0, 14, "socialnämndens", "socialnamnden", "Socialnämnden", "committee")
    >>> listed_recipient(span, text, register)
    (Recipient(name='Socialnämndens arbetsutskott', board_id=None, kind='external', group=False, excluding=[]), 14)
    """
    if span.kind == "company" and genitive(span) and (board := _COMPANY_BOARD.match(text, span.end)):
        return span.recipient(), board.end()
    if span.name.startswith(span.text + " "):  # its head is a later word's: "Härjedalens och Östersunds kommuner"
        return span.recipient(), span.end
    if (end := owned_body_end(span, text)) is not None:
        return resolve_name(text[span.start : end], register), end
    more = _MORE_OWNERS.match(text, span.end) if genitive(span) else None
    if more is not None and (noun := _OWNED_NOUN.match(text, more.end())):
        return resolve_name(span.text + noun.group(0), register), span.end
    return span.recipient(), span.end


# A board named with its area after it and no separator between, as Göteborg names its social boards:
# "socialnämnden Centrum", "Socialnämnden Sydväst", "stadsdelsnämnden Västra Hisingen", and Malmö its area boards
# in the indefinite: "Stadsområdesnämnd Norr". The item ends at a joint, at the end, or at a bullet's dash.
_AREA_AFTER = rule(
    "board.area_after",
    # an outside body's regional part names its unit in lower case first: "Hyresgästföreningen region Mitt"
    rf"\s+(?P<area>(?:{AREA_UNIT}\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){{0,2}})"
    rf"(?=\s*(?:[,;.:]|\b(?:{AND}|{RESPEKTIVE})\b|$|\s(?:för|att|senast)\b|\s[–-]\s))",
    matches=(
        " Centrum, ",
        " Västra Hisingen och",
        " Sydväst",
        " Norr – Region Skåne",
        " region Mitt samt",
        " distrikt Väst,",
        " region Mitt respektive",
    ),
    not_matches=(" och kulturnämnden", " Centrum kulturnämnden", " region och", " regionala nämnder"),
    flags=0,
)
# only a definite board word takes an area ("socialnämnden Centrum"), or a one-word indefinite "-nämnd", the
# way Malmö names its area boards ("Stadsområdesnämnd Norr"): "Kommunstyrelse" or "Region" never does
_DEFINITE = ("nämnden", "styrelsen")


def with_area(previous: Recipient, gap: str, alias: str | None = None) -> tuple[Recipient, int] | None:
    """The board listed before ``gap`` with the area that opens it, and where the area ends; None without one.
    ``alias``: the words the board was named by; an outside body of the register named by a short alias and a place
    after it is that place's own body ("Handelskammaren Östergötland" is no Stockholms Handelskammare).

    >>> with_area(Recipient(name="Socialnämnden", board_id="socialnamnden", kind="committee"), " Centrum, ")
    (Recipient(name='Socialnämnden Centrum', board_id=None, kind='unknown', group=False, excluding=[]), 8)
    >>> with_area(Recipient(name="Socialnämnden", board_id="socialnamnden", kind="committee"), " Stockholms stad")
    >>> with_area(Recipient(name="Stadsområdesnämnd", board_id=None, kind="unknown"), " Norr – ")[0].name
    'Stadsområdesnämnd Norr'
    >>> chamber = Recipient(name="Stockholms Handelskammare", board_id="stockholms-handelskammare", kind="external")
    >>> with_area(chamber, " Östergötland samt", alias="Handelskammaren")[0].name
    'Handelskammaren Östergötland'
    >>> with_area(chamber, " Stockholm och", alias="Handelskammaren") == (chamber, 10)
    True
    >>> with_area(chamber, " Östergötland", alias="STOCKHOLMS  handelskammare")
    >>> union = Recipient(name="Hyresgästföreningen Region Stockholm", board_id="hyresgastforeningen", kind="external")
    >>> with_area(union, " region Mitt för yttrande", alias="Hyresgästföreningen")[0].name
    'Hyresgästföreningen region Mitt'
    >>> with_area(union, " region Stockholm och", alias="Hyresgästföreningen") == (union, 17)
    True
    """
    found = _AREA_AFTER.match(gap)
    if found is None or "AB" in (area := found.group("area")).split():
        return None  # a company is no area: "Stockholms Hamn AB"
    named_short = alias and previous.kind == "external" and previous.board_id
    if named_short and _UNIT.sub("", _spelled(area)) in HOME:
        return previous, found.end()  # the register's own body by its home town: "Handelskammaren Stockholm"
    if area.lower() in HOME:
        return None
    if named_short and _spelled(alias or "") != _spelled(previous.name):
        return Recipient(name=f"{alias} {area}", board_id=None, kind="external"), found.end()
    name = previous.name.lower()
    takes_area = name.endswith(_DEFINITE) or (name.endswith("nämnd") and " " not in name)
    if previous.kind in ("external", "group") or not takes_area:
        return None
    return Recipient(name=f"{previous.name} {area}", board_id=None, kind="unknown"), found.end()


# The unit word before a regional part's place: "region Stockholm" is the register's own body by its home town.
_UNIT = rule(
    "board.area_unit",
    rf"^{AREA_UNIT}\s+",
    matches=("region stockholm", "distrikt väst"),
    not_matches=("regionen", "stockholm"),
)


def _spelled(name: str) -> str:
    """A name as its spellings share it: case and spacing aside ("Stockholms  handelskammare")."""
    return " ".join(name.split()).casefold()


# A name's abbreviation in brackets right after it: "Sveriges Kommuner och Regioner (SKR)".
_ABBREVIATION = rule(
    "board.abbreviation_after",
    r"\s*\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö&-]{1,9}\)$",
    matches=(" (SKR)", " (KFS)"),
    not_matches=(" och SKR", " (kulturförvaltningen)"),
    flags=0,
)


def read_board_list(text: str, register: BoardRegister) -> list[Recipient]:
    """A list of boards as written after "Ansvar:" or in an "Ansvarig" column, resolved in order.

    >>> from atgard.extract.boards import load_register
    >>> register = load_register()
    >>> [r.name for r in read_board_list("utbildningsnämnden, Stockholm Business Region AB.", register)]
    ['Utbildningsnämnden', 'Stockholm Business Region AB']
    >>> [r.name for r in read_board_list("Kulturnämnden samt Fryshuset och samtliga stadsdelsnämnder", register)]
    ['Kulturnämnden', 'Fryshuset', 'Samtliga stadsdelsnämnder']
    >>> [(r.name, r.board_id) for r in read_board_list("idrottsnämnden samt kulturnämndens ungdomsråd", register)]
    [('Idrottsnämnden', 'idrottsnamnden'), ('Kulturnämndens ungdomsråd', None)]

    A board's area after it (with_area), never the home town:

    >>> [r.name for r in read_board_list("Socialnämnden Centrum samt kulturnämnden", register)]
    ['Socialnämnden Centrum', 'Kulturnämnden']
    >>> [r.name for r in read_board_list("Stadsområdesnämnd Norr, Stadsområdesnämnd Söder", register)]
    ['Stadsområdesnämnd Norr', 'Stadsområdesnämnd Söder']
    """
    return list(_board_list(" ".join(text.split()).strip(" ."), register))


# A "Region" named by a quarter of the country, which no county's region is: "Region Syd", "Region Mitt", "Region
# Norra Skåne", "Region Västra Sverige". Right after an outside body it is that body's regional part
# ("Hyresgästföreningen Region Syd"), not a region of its own.
_QUARTER_REGION = rule(
    "board.quarter_region",
    r"^Region\s+(?:(?:Syd|Nord|Norr|Öst|Väst|Mitt)(?:ost|väst|öst)?|(?:Norra|Södra|Östra|Västra|Mellersta)\s+"
    r"(?!Götaland)[A-ZÅÄÖ][\wåäö]+)$",
    matches=("Region Syd", "Region Sydost", "Region Mitt", "Region Norra Skåne", "Region Västra Sverige"),
    not_matches=("Region Skåne", "Region Västra Götaland", "Region Stockholm", "Region Gotland", "Region Norrbotten"),
    flags=0,
)


def _regional_part(previous: Recipient, gap: str, span: BoardSpan, cleaned: str, start: int) -> Recipient | None:
    """The outside body before ``span`` with its regional part, when the span is a quarter's region right after it.

    >>> union = Recipient(name="Hyresgästföreningen Region Stockholm", board_id="hyresgastforeningen", kind="external")
    >>> text = "Hyresgästföreningen Region Syd"
    >>> _regional_part(union, " ", BoardSpan(20, 30, "Region Syd", None, "Region Syd", "external"), text, 0).name
    'Hyresgästföreningen Region Syd'
    >>> _regional_part(union, ", ", BoardSpan(21, 31, "Region Syd", None, "Region Syd", "external"), text, 0)

    Only after an organisation's short name, one word: a body named with its county is another body, the list's
    comma dropped with its line break ("Länsstyrelsen i Norrbottens län" / "Region Norr").

    >>> county = Recipient(name="Länsstyrelsen i Norrbottens län", board_id=None, kind="external")
    >>> text = "Länsstyrelsen i Norrbottens län Region Norr"
    >>> _regional_part(county, " ", BoardSpan(32, 43, "Region Norr", None, "Region Norr", "external"), text, 0)
    """
    if gap.strip() or previous.kind != "external" or not _QUARTER_REGION.match(span.text):
        return None
    if len(cleaned[start : span.start].split()) != 1:
        return None  # "Länsstyrelsen i Norrbottens län Region Norr": two bodies
    return Recipient(name=cleaned[start : span.end], board_id=None, kind="external")


@functools.lru_cache(maxsize=4096)
def _board_list(cleaned: str, register: BoardRegister) -> tuple[Recipient, ...]:
    spans = board_spans(parsed(swedish_pipeline(register), cleaned), register)
    found: list[Recipient] = []
    position, start = 0, 0  # where the last item ends and starts
    for span in [*spans, None]:
        gap = cleaned[position : span.start if span else len(cleaned)]
        if found and (area := with_area(found[-1], gap)):
            found[-1], gap = area[0], gap[area[1] :]
        for piece in LIST_SEPARATORS.split(gap):
            piece = piece.strip(" .:")
            if piece and (NAME_LIKE.match(piece) or GROUP_LIKE.match(piece)):  # "berörda stadsdelsnämnder"
                found.append(resolve_name(piece, register))
        if span is None:
            break
        if span.start < position or (found and _ABBREVIATION.match(cleaned, position, span.end + 1)):
            continue  # inside the name of a body listed before it, or its abbreviation: "… Regioner (SKR)"
        if found and (part := _regional_part(found[-1], gap, span, cleaned, start)):
            found[-1], position = part, span.end
            continue
        start = span.start
        recipient, position = listed_recipient(span, cleaned, register)
        found.append(recipient)
    return tuple(found)
