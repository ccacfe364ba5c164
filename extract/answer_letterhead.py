"""The body an agency's or a company's letter answers for, read off its letterhead where no decision names it.

A running footer names the organisation before its postal address ("Boverket, Box 534, 371 23 Karlskrona"); a
continuation page's head names it before the document's kind and its own case number ("Länsstyrelsen i Västra
Götalands län | YTTRANDE 402-11873-2027"). The one who prepares (an office, a unit) and a municipality or a region
as a whole (its board answers) are none.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import resolve_name
from atgard.extract.rules import rule
from atgard.extract.vocabulary import POST_BOX, POSTAL_CODE, WHOLE_ORGANISATION
from atgard.schema.contract import Recipient
from atgard.schema.keys import case_key

# The one who prepares never answers for itself: an office, a department, a unit, the mayor's preparation.
PREPARES = rule(
    "answer.prepares",
    r"(?:förvaltning|kontor|avdelning|enhet|beredning|kansli|sekretariat|stab|direktiv|proposition)\w*$",
    matches=("Samhällsbyggnadsförvaltningen", "Kommunledningskontoret", "Borgarrådsberedningen", "Kansliavdelningen"),
    not_matches=("Boverket", "Eskilstuna kommun", "Region Skåne", "Trafikverket"),
)
# The organisation a running footer names before its postal address: "Trafikverket · 781 89 Borlänge · Besök: …",
# "Boverket, Box 534, 371 23 Karlskrona"; an agency that answers for itself where the letterhead names its unit.
_FOOTER_BODY = rule(
    "answer.footer_body",
    r"^(?P<name>[A-ZÅÄÖ][\wåäö&-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö&-]*|i|för|och|av|län|stad|kommun))*)\s*[·•|,–-]\s*"
    rf"(?:{POST_BOX}\s*[,·]?\s*)?{POSTAL_CODE}\s+[A-ZÅÄÖ]",
    matches=(
        "Trafikverket · 781 89 Borlänge · Besök: Solna strandväg 98 · Org.nr 202100-6297",
        "Boverket, Box 534, 371 23 Karlskrona",
        "Länsstyrelsen i Stockholms län | 104 22 Stockholm",
    ),
    not_matches=("Box 8311, 104 20 Stockholm", "Telefon 08-508 27 200", "Sida 1 (3)"),
    flags=0,
)
# A municipality or region as a whole: its board answers, not the whole.
_WHOLE_BODY = rule(
    "answer.whole_body",
    rf"^(?:{WHOLE_ORGANISATION})$",
    matches=("Norrtälje kommun", "Malmö stad", "Region Stockholm", "Region Jönköpings län"),
    not_matches=("Trafikverket", "Länsstyrelsen i Stockholms län", "Kommunstyrelsen i Malmö stad"),
)
# A continuation page's head, the document's kind and its own case number beside the organisation's name: "YTTRANDE
# 402-11873-2027", "Remissvar TRV 2026/1234" (the number is checked against the document's own).
_RUNNING_HEAD_KIND = rule(
    "answer.running_head_kind",
    r"^(?:yttrande|remissvar|remissyttrande|samrådsyttrande)\s+(?:dnr\.?\s*)?(?P<dnr>\S+(?:\s\S+)?)$",
    matches=("YTTRANDE 402-11873-2027", "Remissvar TRV 2026/1234", "Yttrande Dnr 2027-0412"),
    not_matches=("Yttrande över översiktsplanen för Alingsås", "Svar 2027-03-24", "YTTRANDE"),
)


def footer_body(header_lines: Sequence[str], register: BoardRegister) -> Recipient | None:
    """The organisation a running footer names before its address, when it is an agency or a company that answers
    for itself (no office that prepares, no municipality or region as a whole)."""
    for line in header_lines:
        if (found := _FOOTER_BODY.match(line.strip())) is None:
            continue
        name = found.group("name")
        if PREPARES.search(name) or _WHOLE_BODY.search(name):
            continue
        body = resolve_name(name, register)
        if body.kind in ("external", "company"):
            return body
    return None


def running_head_body(analysed: Sequence[Analysed], own: str | None, register: BoardRegister) -> Recipient | None:
    """The organisation a continuation page's head names beside the kind and the document's own number ``own``,
    when it is an agency or a company that answers for itself."""
    own_key = case_key(own) if own else None
    if own_key is None:
        return None
    for item in analysed:
        cells = item.block.cells if item.block.kind == "table_row" else []
        if len(cells) != 2 or (head := _RUNNING_HEAD_KIND.match(cells[1].text.strip())) is None:
            continue
        name = " ".join(cells[0].text.split())
        if case_key(head.group("dnr")) != own_key or PREPARES.search(name) or _WHOLE_BODY.search(name):
            continue
        body = resolve_name(name, register)
        if body.kind in ("external", "company"):
            return body
    return None
