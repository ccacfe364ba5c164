"""The lines of an address that are no addressee: a phone, a mailbox, a postal code, a reference beside the name.

An address names its addressee among the ways to reach it: the registry's mailbox ("li.remissvar@…"), the postal
code and town ("103 33 Stockholm"), and, in brackets after the name, the mailbox or the case number the letter answers
("Till: Kommunstyrelsen (kommunstyrelsen@helsingborg.se)", "Till: Idrottsnämnden (dnr IDN 2027/0148)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from atgard.extract.rules import rule
from atgard.extract.vocabulary import CASE_NUMBER_LABEL, CASE_SERIES, POST_BOX, POSTAL_CODE, REFERRER_LABEL

PHONE = rule(
    "header.phone",
    r"^(?:telefon|tel|tfn|mobil)\.?:?\s*(?P<number>\+?[\d\s()-]{6,})$",
    matches=("Telefon: 08-508 000 00", "Tel. 08-508 29 000", "Mobil +46 70 123 45 67"),
    not_matches=("Telefonnummer saknas", "Tel: 123"),
)
EMAIL = rule(
    "header.email",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    matches=("eva.ek@stockholm.se", "E-post: anna-karin.berg@sll.se"),
    not_matches=("eva.ek@stockholm", "@stockholm.se"),
    flags=0,
)
# The registry's mailbox an answer is sent to: it ends an address as a postal code does ("li.remissvar@…"); also
# labelled as the way the letter went, where a scan's OCR may misread its "@" ("Via e-post: registrator.ksQstock…").
REGISTRY_MAIL = rule(
    "header.registry_mail",
    # a scan's OCR may read the "@" as "Q" or "©": "li.remissvarQregeringskansliet.se"
    r"^[\w.+-]*(?:remissvar|registrator|registratur|diarium|kansli|registrering)[\w.+-]*?[@Q©][\w-]+(?:\.[\w-]+)+$|"
    r"^[\w.+-]+@regeringskansliet\.se$|"
    r"^(?i:via\s+)?(?i:e-post|e-postadress|mejl)\s*:\s*[\w.+-]*(?:remissvar|registrator|registratur|diarium)\S*$",
    matches=(
        "li.remissvar@regeringskansliet.se",
        "registrator@boverket.se",
        "kommunstyrelsen@regeringskansliet.se",
        "Via e-post: registrator.ksQstockholm.se",
        "li.remissvarQregeringskansliet.se",
        "registrator©boverket.se",
    ),
    not_matches=("eva.ek@stockholm.se", "Finansdepartementet", "E-post: eva.ek@stockholm.se"),
)
POSTAL_LINE = rule(
    "header.postal_line",
    rf"^(?:{POST_BOX},?\s*)?{POSTAL_CODE}\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?$",
    matches=("105 35 Stockholm", "Box 8189, 104 20 Stockholm", "75375 Uppsala", "194 80 Upplands Väsby"),
    not_matches=("Stockholms stad", "105 35 stockholm", "Kommunstyrelsen"),
    flags=0,
)
# What stands in brackets after the addressee's name: the mailbox it is reached at or the case number the letter
# answers, its label and the number ("Kommunstyrelsen (kommunstyrelsen@helsingborg.se)", "Idrottsnämnden (dnr IDN
# 2027/0148)", "Kulturnämnden (er beteckning KN 2026/12)"); no part of the name ("Nämnden för arbetsmarknad (NAM)"
# keeps its short name), nor a label without its number ("(dnr-serie för remisser)", "(Ert dnr saknas)"); an e-mail's
# address in angle brackets after the name ("Till: Stockholms stad, kommunstyrelsen <registrator.slk@stockholm.se>").
REFERENCE_ASIDE = rule(
    "header.reference_aside",
    rf"\s*\((?:[^()\n]*@[^()\n]*|\s*(?:{REFERRER_LABEL}|{CASE_NUMBER_LABEL})[.:]?\s*"
    rf"(?:{CASE_SERIES}\s+)?[\w.:/-]*\d[\w./:-]*\s*)\)\s*$|\s*<[^<>\s]+@[^<>\s]+>\s*$",
    matches=(
        "Kommunstyrelsen (kommunstyrelsen@helsingborg.se)",
        "Idrottsnämnden (dnr IDN 2027/0148)",
        "Kulturnämnden (Er beteckning KN 2026/12)",
        "Trafiknämnden (diarienummer T2026-01234)",
        "Stockholms stad, kommunstyrelsen <registrator.slk@stockholm.se>",  # an e-mail's "Till:" line
    ),
    not_matches=(
        "Nämnden för arbetsmarknad (NAM)",
        "Kommunstyrelsen",
        "Idrottsnämnden (dnr IDN 2027/0148) och Kulturnämnden",
        "Region Stockholm (hälso- och sjukvårdsnämnden)",
        "Kommunstyrelsen (dnr-serie för remisser)",
        "Kulturnämnden (Ert dnr saknas)",
        "Kommunstyrelsen <registrator.slk@stockholm.se> och Kulturnämnden",
    ),
)


def without_reference(line: str) -> str:
    """An address's line without the mailbox or case number in brackets after the addressee's name.

    >>> without_reference("Kommunstyrelsen (kommunstyrelsen@helsingborg.se)"), without_reference("Region Gotland")
    ('Kommunstyrelsen', 'Region Gotland')
    """
    return REFERENCE_ASIDE.sub("", line) if REFERENCE_ASIDE.search(line) else line


# A post box on a line of its own, over the postal line: "Box 16113" / "103 22 Stockholm".
POST_BOX_LINE = rule(
    "header.post_box_line",
    rf"^{POST_BOX},?$",
    matches=("Box 16113", "Box 8189,"),
    not_matches=("Box 16113, 103 22 Stockholm", "Boxholms kommun", "Box"),
    flags=0,
)


def persons_mailbox(mail: str, lines: Sequence[str]) -> bool:
    """Whether an e-mail under an address is a person's, its name's words joined ("Eva Ek" / "eva.ek@uppsala.se": a
    case officer's, no addressee); a body's mailbox ends its address ("Kommunstyrelsen, Uppsala kommun" /
    "kommunstyrelsen@uppsala.se", "Trafikverket" / "trafikverket@trafikverket.se", "registrator.ks@stockholm.se")."""
    parts = re.split(r"[._-]", mail.split("@", 1)[0].casefold())
    words = {word for line in lines for word in re.split(r"[\s,-]+", line.casefold())}
    return len(parts) > 1 and all(part in words for part in parts)


def body_mailbox(line: str, above: Sequence[str]) -> bool:
    """Whether a line under an address is the mailbox it goes on with: a registry's, or a body's own
    ("kommunstyrelsen@kalmar.se"), not a person's."""
    return bool(REGISTRY_MAIL.match(line)) or (bool(EMAIL.fullmatch(line)) and not persons_mailbox(line, above))
