"""Directives written as labels: under a referral's lead ("Rapporten remitteras för yttrande enligt nedan."), an item
names its bodies and then, after a colon, a dash or a parenthesis, the part of the report they answer on, with no
verb: "Idrottsnämnden: åtgärderna D2.1–D2.4", "Trafiknämnden – kapitel 3", "SISAB (åtgärd D2.3, svar senast den
15 maj)". The label is read as the list of the item's recipients; the rest is its scope (codes, reply date)."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import BOARD_LIKE, COUNCIL_LIKE, OFFICE_LIKE, BoardSpan
from atgard.extract.referrals.recipients import recipients_in
from atgard.extract.referrals.zones import Zone
from atgard.extract.rules import rule
from atgard.schema.contract import Recipient

# The bodies as an item's label, then its scope: after a colon, a spaced dash or an opening parenthesis (not the
# name's abbreviation in brackets: "Kommunala Företagens Samorganisation (KFS)").
_LABEL = rule(
    "referral.labelled_item",
    r"^\s*(?P<label>[^:()\n]{2,120}?)\s*(?::\s*|\s[–—-]\s+|\s\((?![A-ZÅÄÖ][A-ZÅÄÖa-zåäö&-]{1,9}\)[\s,;.]*$))(?=\S)",
    matches=(
        "Idrottsnämnden: åtgärderna D2.1–D2.4",
        "Trafiknämnden och exploateringsnämnden – kapitel 3",
        "SISAB (åtgärd D2.3, med svar senast den 15 maj 2026)",
        "AB Familjebostäder: hela rapporten",
    ),
    not_matches=(
        "Kulturnämnden",
        "Idrottsnämnden yttrar sig över åtgärd D2.1.",
        "Kommunala Företagens Samorganisation (KFS)",
    ),
)
# A name that is an organisation by its shape, though the register does not know it: a company, an association,
# an agency ("Stockholms Idrottsförbund", "Svenska Kennelklubben", "Fastighetsägarna Stockholm AB").
_ORGANISATION = rule(
    "referral.organisation_shape",
    r"(?:^|\s)AB(?:\s|$)|(?:förbund|förening|kammare|klubb|myndighet|verk|stiftelse|organisation|region|kommun|"
    r"råd|bolag|institut)(?:et|en|n)?\b",
    matches=("Stockholms Idrottsförbund", "Svenska Kennelklubben", "Fastighetsägarna Stockholm AB", "Lerums kommun"),
    not_matches=("Bakgrund", "Ansvar och roller", "Abonnemang"),
)


def _a_body(recipient: Recipient) -> bool:
    name = recipient.name
    return bool(
        recipient.board_id
        or BOARD_LIKE.match(name)
        or OFFICE_LIKE.match(name)
        or COUNCIL_LIKE.match(name)
        or _ORGANISATION.search(name)
    )


def labelled_recipients(
    text: str, start: int, end: int, boards: Sequence[BoardSpan], register: BoardRegister
) -> list[Recipient]:
    """The recipients an item (``text[start:end]``) names as its label, when the label is nothing but bodies and its
    scope names none; none otherwise ("Bakgrund: rapporten …", "Facknämnder: kulturnämnden och idrottsnämnden")."""
    found = _LABEL.match(text, start, end)
    if found is None or any(span.start >= found.end() and span.end <= end for span in boards):
        return []
    recipients, condition = recipients_in(text, Zone(start, found.end("label"), whole=True), boards, register)
    return recipients if recipients and not condition and all(_a_body(r) for r in recipients) else []
