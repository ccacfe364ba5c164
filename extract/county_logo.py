"""A county under an agency's name in its logo: "Länsstyrelsen" over "Jönköpings län", or over the county's short
name the county boards' logos set ("Länsstyrelsen" / "Västra Götaland", "Länsstyrelsen" / "Stockholm").

The agency is the county's: "Länsstyrelsen i Jönköpings län", "Länsstyrelsen i Västra Götalands län".
"""

from __future__ import annotations

from atgard.extract.rules import rule
from atgard.extract.vocabulary import COUNTY_NAME

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
        return line
    return COUNTIES.get(line) if _COUNTY_BOARD.match(logo.strip()) else None
