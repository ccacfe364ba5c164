"""Who sends a document: the office under a municipality's or a region's name in its header.

"Västerås stad" / "Stadsledningsförvaltningen" is sent by the office; "Region Stockholm" / "Trafikförvaltningen"
by the region's office, "Region Stockholm" / "Regionstyrelsen" by the region as itself.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from atgard.extract.address_lines import POSTAL_LINE
from atgard.extract.boards import BoardRegister
from atgard.extract.footer_office import running_office
from atgard.extract.letterhead import block_lines, letterhead_office
from atgard.extract.logo_name import all_capitals, written_in_text
from atgard.extract.mentions import resolve_name
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    BOARD_NAME,
    BODY_NOUN,
    MUNICIPALITY_NAME,
    OFFICE_DEFINITE,
    POST_BOX,
    POSTAL_CODE,
    REGION_NAME,
    WHOLE_ORGANISATION,
)
from atgard.schema import Block

# "Stockholms stad", "Solna stad", "Uppsala kommun", "Lilla Edets kommun": a municipality as a whole.
MUNICIPALITY = rule(
    "header.municipality",
    rf"\b({MUNICIPALITY_NAME})\b",
    matches=(
        "Stockholms stad",
        "Solna Stad",
        "Uppsala kommun",
        "Box 1, Västerås stad",
        "Lilla Edets kommun",
        "Upplands Väsby kommun",
        "Postadress Malmö stad",
    ),
    not_matches=("stockholms stad", "Stadsledningskontoret", "Kommunstyrelsen", "Malmö stadsbyggnadskontor"),
    flags=0,
)


# A region's office under its name ("Region Stockholm" / "Trafikförvaltningen") sends the memo, not its board.
_REGION_OFFICE = rule(
    "header.region_office",
    rf"^[A-ZÅÄÖ][\wåäö -]*(?:{OFFICE_DEFINITE})$",
    matches=("Trafikförvaltningen", "Regionledningskontoret"),
    not_matches=("Regionstyrelsen", "Avdelningen för utveckling"),
)


# A ministry under the Government Offices' name ("Regeringskansliet" / "Socialdepartementet") sends the remiss: the
# ministry is the office, as a municipality's office is under the municipality's name.
_MINISTRY = rule(
    "header.ministry_under_government_offices",
    r"^[A-ZÅÄÖ][a-zåäö]+(?:-\s+och\s+[a-zåäö]+)?departementet$",
    matches=("Socialdepartementet", "Finansdepartementet", "Landsbygds- och infrastrukturdepartementet"),
    not_matches=("Regeringskansliet", "Enheten för folkhälsa och sjukvård", "departementet"),
    flags=0,
)


@dataclass(frozen=True)
class Sender:
    """The office and unit a document is from."""

    office: str | None
    unit: str | None


def is_municipality(office: str) -> bool:
    """Whether a header's office is a municipality as a whole, also in its logo's capitals ("STOCKHOLMS STAD")."""
    name = office.strip()
    if name.isupper() and " " in name:  # "STOCKHOLMS STAD", "LILLA EDETS KOMMUN": words capitalised, the noun not
        *words, noun = name.title().split()
        name = " ".join([*words, noun.lower()])
    return bool(MUNICIPALITY.pattern.fullmatch(name))


def sender(office: str | None, unit: str | None) -> Sender:
    """The office and unit a document is from. A municipality's name over the header's first lines
    ("Västerås stad", "Solna kommun") says whose the office is; the office is the line under it.

    >>> sender("Västerås stad", "Stadsledningsförvaltningen")
    Sender(office='Stadsledningsförvaltningen', unit=None)
    >>> sender("Region Stockholm", "Trafikförvaltningen"), sender("Region Stockholm", "Regionstyrelsen").office
    (Sender(office='Trafikförvaltningen', unit=None), 'Region Stockholm')
    >>> sender("Regeringskansliet", "Socialdepartementet")
    Sender(office='Socialdepartementet', unit=None)
    >>> sender("Trafikkontoret", "Avdelningen för trafik")
    Sender(office='Trafikkontoret', unit='Avdelningen för trafik')
    >>> sender("Linköpings kommun", "Kommunledningskontoret, avdelningen för säkerhet och trygghet")
    Sender(office='Kommunledningskontoret', unit='avdelningen för säkerhet och trygghet')
    """
    if office and (stacked := _stacked(office)) is not None:
        under = sender(*stacked)
        return under if under.office == stacked[0] else Sender(under.office, unit)
    whole = office and (
        MUNICIPALITY.pattern.fullmatch(office.strip())
        or (office.strip() == "Regeringskansliet" and _MINISTRY.match((unit or "").strip()))
        or (_REGION_OFFICE.match(unit or "") and REGION.match(office.strip()))
    )
    if office and unit and whole:
        parted = _OFFICE_AND_UNIT.match(unit.strip())  # "Kommunledningskontoret, avdelningen för säkerhet …"
        return Sender(parted.group("office"), parted.group("unit")) if parted else Sender(unit, None)
    return Sender(office, unit)


# An office and its unit on one line of the header, under the municipality's name: "Kommunledningskontoret,
# avdelningen för säkerhet och trygghet", "Stadsbyggnadskontoret, Planenheten" (the office is the line's first part).
_OFFICE_AND_UNIT = rule(
    "header.office_and_unit",
    rf"^(?P<office>[A-ZÅÄÖ][\wåäö-]*(?:{OFFICE_DEFINITE}))\s*[,/]\s*"  # "/": the reader's between stacked lines
    r"(?P<unit>(?:[Aa]vdelning|[Ee]nhet|[Ss]ektion|[Ss]tab)(?:en)?\s+för\s+\S.*|[A-ZÅÄÖ][\wåäö-]*(?:enheten|avdelningen))$",
    matches=(
        "Kommunledningskontoret, avdelningen för säkerhet och trygghet",
        "Stadsbyggnadskontoret, Planenheten",
        "Miljöförvaltningen, Enheten för miljöanalys",
        "Stadsledningskontoret / Avdelningen för stadens säkerhet",
    ),
    not_matches=(
        "Kommunledningskontoret",
        "Stadsledningskontoret, Trafikkontoret",
        "Kulturnämnden, avdelningen för kultur",
    ),
    flags=0,
)


# The organisation and its office or board stacked in one cell of the running header, the reader's " / " between
# the lines ("Region Stockholm / Trafikförvaltningen", "SOLNA STAD / Kommunstyrelsen" in capitals as the letterhead
# sets it): read as the two lines they are, the unit under them kept.
_STACKED = rule(
    "header.stacked_organisation",
    # the office a body by its noun ("…förvaltningen", "…kontoret", "…nämnden"): not a case number or a document's kind
    rf"^(?P<whole>{WHOLE_ORGANISATION})\s+/\s+(?P<office>(?=[A-ZÅÄÖ])(?:[\wåäö-]+\s+(?:och\s+)?){{0,3}}"
    rf"[\wåäö-]*(?:{BODY_NOUN}))$",
    matches=(
        "Region Stockholm / Trafikförvaltningen",
        "Solna Stad / Kommunstyrelsen",
        "Nacka kommun / Miljö- och stadsbyggnadsnämnden",
        "Region Uppsala / Kollektivtrafikförvaltningen",
        "Göteborgs Stad / Stadsledningskontoret",
    ),
    not_matches=(
        "Trafikförvaltningen / Avdelningen för utveckling",
        "Region Stockholm",
        "Solna stad / 2027-05-18 / Dnr 1",
        "Region Stockholm / Dnr TN 2027-0418",
        "Region Stockholm / Tjänsteutlåtande",
        "Nacka kommun / Sida 2 av 4",
    ),
    flags=0,
)


def _stacked(office: str) -> tuple[str, str] | None:
    """The organisation and the office of a header cell that stacks them (:data:`_STACKED`), capitals read as
    the name they set.

    >>> _stacked("SOLNA STAD / Kommunstyrelsen"), _stacked("Trafikförvaltningen")
    (('Solna stad', 'Kommunstyrelsen'), None)
    """
    whole, _, rest = office.strip().partition(" / ")
    if whole.isupper():  # "SOLNA STAD", "UPPLANDS VÄSBY KOMMUN", "REGION SKÅNE" as their names are written
        whole = re.sub(r"\s(Stad|Kommun)$", lambda last: f" {last.group(1).lower()}", whole.title())
    found = _STACKED.match(f"{whole} / {rest}")
    return (whole, found.group("office")) if found else None


# A region's (county council's) name heading its letterhead, or with its postal address: its boards are its own.
REGION = rule(
    "header.region",
    rf"^(?P<name>{REGION_NAME}|[A-ZÅÄÖ][\wåäö]+\s+läns\s+landsting)"
    rf"(?:(?P<address>,\s*(?:{POST_BOX},\s*)?{POSTAL_CODE}\b.*)|\s*)$",
    matches=(
        "Region Blekinge",
        "Region Västra Götaland",
        "Region Jönköpings län",
        "Jämtlands läns landsting",
        "Region Blekinge, 371 81 Karlskrona",
        "Region Stockholm, Box 22550, 104 22 Stockholm",
    ),
    not_matches=("Regionstyrelsen", "Till Region Stockholm", "Region Stockholm har yttrat sig", "region Uppsala"),
    flags=0,
)


def as_registered(office: str | None, register: BoardRegister) -> str | None:
    """An agency a letterhead names by a form the register knows for it (its everyday name, a regional unit:
    "Polisen", "Polisregion Stockholm") named as the register names it ("Polismyndigheten"); any other office as
    it is written.

    >>> from atgard.extract.boards import load_register
    >>> as_registered("Polisen", load_register()), as_registered("Stadskontoret", load_register())
    ('Polismyndigheten', 'Stadskontoret')
    """
    if office is None:
        return None
    found = resolve_name(office, register)
    return found.name if found.board_id is not None and found.kind == "external" else office


def footer_sender(lines: Sequence[str], register: BoardRegister) -> str | None:
    """The outside body a letter's running footer names right over its postal line ("Folkhälsomyndigheten" / "171 82
    Solna" / "Besök: Nobels väg 18, Solna"): its sender, where no letterhead names one; only a body the register knows
    as an outside one (a building's name over the same line, "Stadshuset", sends nothing).

    >>> from atgard.extract.boards import load_register
    >>> footer_sender(["Sida 1 (2)", "Folkhälsomyndigheten", "171 82 Solna"], load_register())
    'Folkhälsomyndigheten'
    >>> footer_sender(["Stadshuset", "105 35 Stockholm"], load_register()) is None
    True
    """
    for above, line in itertools.pairwise(lines):
        if POSTAL_LINE.match(line.strip()) and (found := resolve_name(above.strip(), register)).board_id is not None:
            return found.name if found.kind == "external" else None
    return None


def as_written(office: str | None, blocks: Sequence[Block]) -> str | None:
    """An office a header or letterhead gives in capitals ("LANTMÄTERIET", "KOMMUNSTYRELSEN") as the document's text
    writes it ("Lantmäteriet har tagit emot …"), so that it is one name with the body the register and other
    documents know; as given when the text has it in capitals only, and a municipality's name as given."""
    if office is None or not all_capitals(office) or is_municipality(office):
        return office  # a municipality's logo ("VÄSTERÅS STAD") heads its boards' papers, whichever body sends them
    return written_in_text(office, blocks) or office


def document_sender(
    office: str | None, header_lines: Sequence[str], blocks: Sequence[Block], register: BoardRegister
) -> str | None:
    """The office a document is from, the first of: its running header's (footer_office.py), its letterhead's as the
    register names it, the outside body its running footer or its signature names over a postal line; a name in
    capitals as its text writes it."""
    found = (
        running_office(office, header_lines)
        or as_registered(letterhead_office(blocks), register)
        or footer_sender(header_lines, register)
        or signature_sender(blocks, register)
    )
    return as_written(found, blocks)


_SIGNATURE_BLOCKS = 4  # the last blocks of a letter, where its signature stands


def signature_sender(blocks: Sequence[Block], register: BoardRegister) -> str | None:
    """The outside body a letter's signature names over its postal line ("Henrik Sandell" / "Brandingenjör" /
    "Storstockholms brandförsvar" / "Box 17 002, 104 62 Stockholm"): the sender of an e-mail from a person, whose head
    and letterhead name no organisation (as :func:`footer_sender` reads a footer)."""
    for block in blocks[-_SIGNATURE_BLOCKS:]:
        if (found := footer_sender(block_lines(block), register)) is not None:
            return found
    return None


# A region's committee under the region's name in a protocol's header: the body that met.
_REGION_COMMITTEE = rule(
    "header.region_committee",
    rf"^(?:{BOARD_NAME})$",
    matches=("Kultur- och bildningsnämnden", "Regionala utvecklingsnämnden", "Trafiknämnden", "Regionstyrelsen"),
    not_matches=(
        "Trafikförvaltningen",
        "Avdelningen för utveckling",
        "Trafik- och samhällsplaneringsnämndens arbetsutskott",
    ),
)


def meeting_sender(sent_by: Sender, kind: str | None) -> tuple[str | None, str | None]:
    """``(office, unit)`` of a document of ``kind``: a protocol's office is the body that met, the committee its
    header names under a region's name ("Region Uppsala" / "Kultur- och bildningsnämnden"), its name trimmed.

    Only a region's: a municipality's boards are in the register, so the unit under a municipality's name is
    found as the deciding body already (extract/deciding.py), while a region's committees
    are known only by their name's shape (:data:`_REGION_COMMITTEE`). Any other document keeps its sender.

    >>> meeting_sender(Sender("Region Uppsala", "Regionala utvecklingsnämnden"), "protokoll")
    ('Regionala utvecklingsnämnden', None)
    >>> meeting_sender(Sender("Region Stockholm", "Avdelningen för utveckling"), "protokoll")
    ('Region Stockholm', 'Avdelningen för utveckling')
    >>> meeting_sender(Sender("STOCKHOLMS STAD", "Kungsholmens stadsdelsnämnd"), "protokoll")
    ('Kungsholmens stadsdelsnämnd', None)
    >>> meeting_sender(Sender("Region Uppsala", "Regionala utvecklingsnämnden"), "tjänsteutlåtande")[0]
    'Region Uppsala'
    """
    office, unit = (sent_by.office or "").strip(), (sent_by.unit or "").strip()
    if kind == "protokoll" and REGION.match(office) and _REGION_COMMITTEE.match(unit):
        return unit, None
    if kind == "protokoll" and _DISTRICT_BOARD.match(unit) and _over_district_board(office):
        return unit, None
    return sent_by.office, sent_by.unit


# A district board of a city in a protocol's header, under the city's name or its own office's ("STOCKHOLMS STAD" /
# "Kungsholmens stadsdelsnämnd", "Farsta stadsdelsförvaltning" / "Farsta stadsdelsnämnd"): the body that met.
_DISTRICT_BOARD = rule(
    "header.district_board",
    r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,2}\s+stadsdelsnämnd$|^[Ss]tadsdelsnämnd(?:en)?\s+[A-ZÅÄÖ][\wåäö -]+$",
    matches=(
        "Kungsholmens stadsdelsnämnd",
        "Farsta stadsdelsnämnd",
        "Hässelby-Vällingby stadsdelsnämnd",
        "Stadsdelsnämnden Lundby",
    ),
    not_matches=(
        "Farsta stadsdelsförvaltning",
        "Stadsdelsnämndernas ekonomi",
        "Kungsholmens stadsdelsnämnds protokoll",
    ),
    flags=0,
)
# A district's own office over its board in a protocol's header ("Farsta stadsdelsförvaltning", "Stadsdelsförvaltningen
# Lundby"); the city's name stands there too, read as a municipality (:data:`MUNICIPALITY`).
_DISTRICT_OFFICE = rule(
    "header.over_district_board",
    r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,2}\s+stadsdelsförvaltning$|^[Ss]tadsdelsförvaltningen\s+[A-ZÅÄÖ][\wåäö -]+$",
    matches=("Farsta stadsdelsförvaltning", "Stadsdelsförvaltningen Lundby"),
    not_matches=("Stadsledningskontoret", "Region Stockholm", "Farsta stadsdelsnämnd", "Stockholms stads kulturnämnd"),
    flags=0,
)


def _over_district_board(office: str) -> bool:
    """The city's name, as set or in capitals ("Stockholms stad", "STOCKHOLMS STAD", "Göteborgs Stad"), or the
    district's office.

    >>> [_over_district_board(o) for o in ("STOCKHOLMS STAD", "Malmö stad", "Farsta stadsdelsförvaltning")]
    [True, True, True]
    >>> _over_district_board("Stockholms stads kulturnämnd"), _over_district_board("Region Stockholm")
    (False, False)
    """
    spelt = office.title() if office.isupper() else office
    return MUNICIPALITY.fullmatch(spelt) is not None or _DISTRICT_OFFICE.match(office) is not None
