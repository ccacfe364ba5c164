"""A county under an agency's name in its logo: "Länsstyrelsen" over "Jönköpings län", or over the county's short
name the county boards' logos set ("Länsstyrelsen" / "Västra Götaland", "Länsstyrelsen" / "Stockholm").

The agency is the county's: "Länsstyrelsen i Jönköpings län", "Länsstyrelsen i Västra Götalands län".
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from atgard.extract.rules import rule
from atgard.extract.vocabulary import COUNTY_NAME
from atgard.schema.contract import Referral

# Sweden's 21 counties by the short name a county board's logo gives, with the county's name ("Kalmar län" and
# "Skåne län" without the genitive's s).
COUNTIES = {
    "Stockholm": "Stockholms län",
    "Uppsala": "Uppsala län",
    "Södermanland": "Södermanlands län",
    "Östergötland": "Östergötlands län",
    "Jönköping": "Jönköpings län",
    "Kronoberg": "Kronobergs län",
    "Kalmar": "Kalmar län",
    "Gotland": "Gotlands län",
    "Blekinge": "Blekinge län",
    "Skåne": "Skåne län",
    "Halland": "Hallands län",
    "Västra Götaland": "Västra Götalands län",
    "Värmland": "Värmlands län",
    "Örebro": "Örebro län",
    "Västmanland": "Västmanlands län",
    "Dalarna": "Dalarnas län",
    "Gävleborg": "Gävleborgs län",
    "Västernorrland": "Västernorrlands län",
    "Jämtland": "Jämtlands län",
    "Västerbotten": "Västerbottens län",
    "Norrbotten": "Norrbottens län",
}
_MISREAD_SCORE = 88  # a letter misread in a county's name of nine letters or more; two counties are at most 85 alike
# A county named in full under an agency's name ("Jönköpings län", "Västra Götalands län", "Uppsala län").
COUNTY = rule(
    "letterhead.county_line",
    rf"^{COUNTY_NAME}$",
    matches=(
        "Jönköpings län",
        "Västra Götalands län",
        "Stockholms län",
        "Västernorrlands län",
        "Uppsala län",  # a county named without the genitive's s
        "Skåne län",
        "Örebro län",
    ),
    not_matches=("Region Jönköpings län", "Länsstyrelsen", "jönköpings län", "Kommunstyrelsen"),
    flags=0,
)
# The county board's name in its logo, over the county's short name.
_COUNTY_BOARD = rule(
    "letterhead.county_board",
    r"^länsstyrelsen$",
    matches=("Länsstyrelsen", "LÄNSSTYRELSEN"),
    not_matches=("Länsstyrelsen i Stockholms län", "Länsstyrelsens", "Regionstyrelsen"),
)


def county_line(logo: str, line: str) -> str | None:
    """The county a logo's line names under the agency's name, in full.

    >>> county_line("Länsstyrelsen", "Jönköpings län"), county_line("Länsstyrelsen", "Västra Götaland")
    ('Jönköpings län', 'Västra Götalands län')
    >>> county_line("LÄNSSTYRELSEN", "Kalmar"), county_line("Trafikverket", "Stockholm")
    ('Kalmar län', None)
    >>> county_line("Länsstyrelsen", "Samhällsbyggnadsavdelningen"), county_line("Länsstyrelsen", "västra götaland")
    (None, None)
    """
    line = " ".join(line.split())
    if COUNTY.match(line):
        return _as_known(line)
    return COUNTIES.get(line) if _COUNTY_BOARD.match(logo.strip()) else None


def _as_known(county: str) -> str:
    """A county's name as the country spells it when a scan's OCR misread a letter of it ("Västra Götalånds län").

    >>> _as_known("Västra Götalånds län"), _as_known("Jönköpings län"), _as_known("Nya län")
    ('Västra Götalands län', 'Jönköpings län', 'Nya län')
    """
    found = process.extractOne(county, COUNTIES.values(), scorer=fuzz.ratio, score_cutoff=_MISREAD_SCORE)
    return found[0] if found else county


# A county board's own name, its county after it ("Länsstyrelsen i Västra Götalands län").
_COUNTY_BOARD_NAME = rule(
    "letterhead.county_board_name",
    rf"^Länsstyrelsen\s+i\s+{COUNTY_NAME}$",
    matches=("Länsstyrelsen i Västra Götalands län", "Länsstyrelsen i Stockholms län", "Länsstyrelsen i Skåne län"),
    not_matches=("Länsstyrelsen", "Länsstyrelsen Stockholm", "Region Västra Götaland"),
    flags=0,
)
# A county board named bare in a sentence, with no county after it: "Länsstyrelsen har fått Borås Stads förslag …",
# "… till länsstyrelsen för yttrande".
_BARE_COUNTY_BOARD = rule(
    "letterhead.bare_county_board",
    r"\blänsstyrelsen\b(?!\s+i\s+\w+\s+län)(?!\s+i\s+\w+\s+\w+\s+län)",
    matches=(
        "Länsstyrelsen har fått Borås Stads förslag på remiss",
        "förslaget skickades till länsstyrelsen för yttrande",
    ),
    not_matches=(
        "Länsstyrelsen i Stockholms län har fått förslaget",
        "Länsstyrelsen i Västra Götalands län har fått förslaget",
        "länsstyrelsens synpunkter",
    ),
)


def own_county_board(name: str, text: str, office: str | None) -> str:
    """A county board named bare in a county board's own letter is that board, not the one the register gives for
    a bare "Länsstyrelsen" (Stockholm's): "Länsstyrelsen har fått Borås Stads förslag … på remiss" in Länsstyrelsen i
    Västra Götalands län's answer is the Västra Götaland board.

    >>> own_county_board("Länsstyrelsen i Stockholms län", "Länsstyrelsen har fått förslaget på remiss",
    ...     "Länsstyrelsen i Västra Götalands län")
    'Länsstyrelsen i Västra Götalands län'
    >>> own_county_board("Länsstyrelsen i Stockholms län", "Länsstyrelsen i Stockholms län har fått förslaget",
    ...     "Länsstyrelsen i Västra Götalands län")
    'Länsstyrelsen i Stockholms län'
    >>> own_county_board("Länsstyrelsen i Stockholms län", "Länsstyrelsen har fått förslaget", "Trafikverket")
    'Länsstyrelsen i Stockholms län'
    """
    if office is None or not _COUNTY_BOARD_NAME.match(office) or not _COUNTY_BOARD_NAME.match(name):
        return name
    if name.casefold() in text.casefold() or not _BARE_COUNTY_BOARD.search(text):
        return name
    return office


def with_own_county_board(referral: Referral, office: str | None) -> Referral:
    """A referral whose recipients named bare are the county board writing (:func:`own_county_board`)."""
    named = [own_county_board(r.name, referral.text, office) for r in referral.recipients]
    if all(name == r.name for name, r in zip(named, referral.recipients, strict=True)):
        return referral
    recipients = [
        r if name == r.name else r.model_copy(update={"name": name, "board_id": None})
        for name, r in zip(named, referral.recipients, strict=True)
    ]
    return referral.model_copy(update={"recipients": recipients})
