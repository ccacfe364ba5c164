"""A report's office from its running footer, when its running header names only the organisation and the report's
title: "Göteborgs Stad – Gröna skolgårdar" over the page, "Göteborgs Stad, Lokalförvaltningen, Box 5184, 402 26
Göteborg · goteborg.se" under it: the office is "Lokalförvaltningen"."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    ADDRESS_LABEL,
    BODY_NOUN,
    OFFICE_WORD,
    POST_BOX,
    POSTAL_CODE,
    STREET_ADDRESS,
    WHOLE_ORGANISATION,
)

# The organisation and the report's running title, no office or board after the dash: "Göteborgs Stad – Gröna
# skolgårdar" (not "Västerås stad – Stadsledningskontoret", "Region Örebro län – Regionfullmäktige", nor an office
# or board named with up to three words before its own, all the header says: "Region Skåne – Regionala
# utvecklingsförvaltningen", "Nacka kommun – Miljö- och stadsbyggnadsnämnden").
_RUNNING_TITLE = rule(
    "header.running_title",
    rf"^(?:{WHOLE_ORGANISATION})\s+[–—-]\s+(?![\wåäöÅÄÖ-]*{BODY_NOUN}\b)"
    rf"(?!(?:[\wåäöÅÄÖ-]+\s+){{1,3}}[\wåäöÅÄÖ-]*{BODY_NOUN}\s*(?:$|[–—|·,]))\S.*$",
    matches=(
        "Göteborgs Stad – Gröna skolgårdar",
        "Nacka kommun - Trygg i Nacka 2027",
        "Region Skåne – Plan för regionala utvecklingsnämnden 2027",
    ),
    not_matches=(
        "Västerås stad – Stadsledningskontoret",
        "Region Örebro län – Regionfullmäktige",
        "Sundsvalls kommun – Miljönämnden – Yttrande",
        "Göteborgs Stad",
        "Stadsledningskontoret",
        "Region Skåne – Regionala utvecklingsförvaltningen",
        "Nacka kommun – Miljö- och stadsbyggnadsnämnden",
        "Malmö stad - Fastighets- och gatukontoret",
    ),
)
# The footer's organisation, its office and its address, a street or a post box, labelled or not: "Göteborgs Stad,
# Lokalförvaltningen, Box 5184, 402 26 Göteborg", "Region Skåne · Regionala utvecklingsförvaltningen · 291 89
# Kristianstad", "Malmö stad, Fastighets- och gatukontoret, August Palms plats 1, 205 80 Malmö", "Göteborgs Stad
# Lokalförvaltningen | Postadress: Box 5184, 402 26 Göteborg".
_FOOTER_OFFICE = rule(
    "header.footer_office",
    rf"^(?:{WHOLE_ORGANISATION})(?:\s*[,·•|]\s*|\s+)"
    rf"(?P<office>[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och\s+)?[a-zåäö-]+)?(?:{OFFICE_WORD}))\s*[,·•|]\s*"
    rf"(?:{ADDRESS_LABEL}\s*)?(?:(?:{POST_BOX}|{STREET_ADDRESS})\s*[,·•|]?\s*)?{POSTAL_CODE}\s+[A-ZÅÄÖ]",
    matches=(
        "Göteborgs Stad, Lokalförvaltningen, Box 5184, 402 26 Göteborg · goteborg.se",
        "Region Skåne · Regionala utvecklingsförvaltningen · 291 89 Kristianstad",
        "Nacka kommun, Miljö- och hälsoskyddsförvaltningen, 131 81 Nacka",
        "Malmö stad, Fastighets- och gatukontoret, August Palms plats 1, 205 80 Malmö",
        "Göteborgs Stad Lokalförvaltningen | Postadress: Box 5184, 402 26 Göteborg",
    ),
    not_matches=(
        "Region Jämtland Härjedalen, Box 654, 831 27 Östersund · regionjh.se",
        "Göteborgs Stad, Lokalförvaltningen",
        "Boverket, Box 534, 371 23 Karlskrona",
        "Göteborgs Stad | Postadress: Box 5184, 402 26 Göteborg",
    ),
    flags=0,
)


def running_office(office: str | None, lines: Sequence[str]) -> str | None:
    """The office the running header gives, or, where it gives the organisation and the report's title, the
    office its running footer names.

    >>> lines = ["Göteborgs Stad – Gröna skolgårdar   Rapport 2027:3",
    ...          "Göteborgs Stad, Lokalförvaltningen, Box 5184, 402 26 Göteborg · goteborg.se   Sida 1 av 2"]
    >>> running_office("Göteborgs Stad – Gröna skolgårdar", lines), running_office("Stadskontoret", lines)
    ('Lokalförvaltningen', 'Stadskontoret')
    """
    if office is None or not _RUNNING_TITLE.match(office.strip()):
        return office
    for line in lines:
        if (found := _FOOTER_OFFICE.match(line.strip())) is not None:
            return found.group("office")
    return office
