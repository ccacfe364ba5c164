"""Where an address stands and who handles a memo: an address's own column beside a letterhead's margin column,
its first line set in bold over the rest, and the case officer's name with the phone after it on its line."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.address_lines import EMAIL, PHONE, POST_BOX_LINE, POSTAL_LINE, REGISTRY_MAIL
from atgard.extract.labelled_box import ADDRESS_LINE_MAX, WHOLE_ORGANISATION_LINE
from atgard.extract.letterhead import block_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, OFFICE_DEFINITE, OR
from atgard.schema import Block
from atgard.schema.contract import CaseOfficer


def bold_addressee(heading: Block, below: Sequence[Block], own: str | None = None) -> bool:
    """Whether a one-line heading is an address's first line, its name set in bold: the paragraph under it, in its
    column, reaches the postal line or the registry's mailbox within a few short lines ("Trafikverket" over "Att:
    Registrator, Planering nationellt" / "781 89 Borlänge"); a title over a text is none, nor the sender's own
    office (``own``, or over a unit of its own: "Stadsbyggnadskontoret" / "Plan- och exploateringsavdelningen" /
    "Box 8314"), nor a copy's label ("Kopia till" over the copy's address). A municipality or region over its unit is
    addressed ("Nacka kommun" / "Planenheten" / "registrator@nacka.se")."""
    if len(block_lines(heading)) != 1 or len(heading.text) > ADDRESS_LINE_MAX or not below:
        return False
    name, under = heading.text.strip(), below[0]
    if under.kind != "paragraph" or under.page != heading.page or not same_column(heading, under):
        return False
    if _NOT_BOLD_ADDRESSEE.pattern.match(name) or (own is not None and name.casefold() == own.casefold()):
        return False
    lines = block_lines(under)[:_BOLD_ADDRESS_LINES]
    if any(len(line) > ADDRESS_LINE_MAX for line in lines):
        return False
    if _OWN_UNIT.pattern.match(lines[0] if lines else "") and not WHOLE_ORGANISATION_LINE.pattern.match(name):
        return False  # an office over its own unit; a municipality over its unit is addressed ("Nacka kommun")
    return any(POSTAL_LINE.match(line) or REGISTRY_MAIL.match(line) for line in lines)


# A heading over an address that names no addressee: a copy's label ("Kopia till", "Kopia", "För kännedom", "Cc").
_NOT_BOLD_ADDRESSEE = rule(
    "header.not_bold_addressee",
    r"^(?:kopia(?:\s+till)?|för\s+kännedom(?:\s+till)?|cc|sändlista|expedieras(?:\s+till)?)\W*$",
    matches=("Kopia till", "Kopia till:", "KOPIA", "För kännedom", "Cc:", "Sändlista", "Expedieras till"),
    not_matches=("Trafikverket", "Kopiering och tryck", "Länsstyrelsen i Stockholms län"),
)

# A unit's name as the first line under a bold name: the sender's office over its own unit and post box
# ("Stadsbyggnadskontoret" / "Plan- och exploateringsavdelningen" / "Box 8314"), not an addressee.
_OWN_UNIT = rule(
    "header.own_unit_under",
    rf"^(?:[\wåäö]+-\s+(?:{AND}|{OR})\s+)?[\wåäö-]+(?:avdelning|enhet|sektion|stab|byrå)(?:en)?$|"
    r"^(?:avdelning(?:en)?|enhet(?:en)?|sektion(?:en)?|stab(?:en)?)\s+för\s",
    matches=(
        "Plan- och exploateringsavdelningen",
        "Plan- samt exploateringsavdelningen",
        "Planeringsavdelningen",
        "Miljöenheten",
        "Avdelningen för miljö",
        "Enheten för trafiksäkerhet",
    ),
    not_matches=("Att: Registrator, Planering nationellt", "Box 534", "751 86 Uppsala", "Stockholms stad"),
)

_BOLD_ADDRESS_LINES = 4  # the lines under a bold name an address may take down to its postal line
_COLUMN_SHIFT = 20.0  # points: a block set this far from the one above stands in another column


def same_column(above: Block, block: Block) -> bool:
    """Whether a block is set from the margin of the block above it: an address's lines stand in one column, a
    letterhead's margin column (the agency's name, its unit, the case officer) beside it in another."""
    if not above.boxes or not block.boxes:
        return True
    return abs(above.boxes[0].bbox.x0 - block.boxes[0].bbox.x0) < _COLUMN_SHIFT


# The phone after the case officer's name on its line, perhaps a title between them and the e-mail after it: "Eva
# Ek, telefon 08-508 000 00", "Eva Ek tfn 08-…", "Eva Ek – mobiltelefon 070-…", "Eva Ek, miljöstrateg, telefonnummer
# 08-…, eva.ek@stockholm.se".
_PHONE_AFTER = rule(
    "header.phone_after_name",
    r"(?:\s*,\s*|\s+[-\u2010-\u2015]\s+|\s+)(?:telefon(?:nummer)?|tel|tfn|mobil(?:telefon)?|mobilnummer)\b\.?:?\s*"
    r"(?P<number>\+?\d[\d\s()-]{4,}\d)(?=\s*,|\s*$|\s+[-\u2010-\u2015]\s)",
    matches=(
        "Eva Ek, telefon 08-508 000 00",
        "Petra Lundmark-Öst, fritidsstrateg, tfn 08-508 05 441",
        "Eva Ek, tfn 08-508 000 00, eva.ek@stockholm.se",
        "Eva Ek tfn 08-508 000 00",
        "Eva Ek, mobiltelefon 070-123 45 67",
        "Eva Ek, telefonnummer 08-508 000 00",
        "Eva Ek – telefon 08-508 000 00",
        "Eva Ek - tel. 08-508 000 00",
    ),
    not_matches=("Eva Ek", "Eva Ek, telefonist", "Eva Ek, telefon saknas"),
)


def case_officer(lines: list[str]) -> CaseOfficer:
    """The case officer's name, phone and e-mail, the phone perhaps after the name on its line (a title between them
    is no part of the name, the e-mail after it is the officer's).

    >>> case_officer(["Rasmus Fjellström, telefon 08-508 27 351"])
    CaseOfficer(name='Rasmus Fjellström', phone='08-508 27 351', email=None)
    >>> case_officer(["Eva Ek, miljöstrateg, tfn 08-508 000 00, eva.ek@stockholm.se"])
    CaseOfficer(name='Eva Ek', phone='08-508 000 00', email='eva.ek@stockholm.se')
    """
    name = phone = email = None
    for line in lines:
        after = _PHONE_AFTER.pattern.search(line)
        if after is not None and after.start() > 0:
            name = name or line[: after.start()].split(",")[0].strip()  # "Eva Ek, miljöstrateg": the title apart
            phone = phone or after.group("number").strip()
            line = line[after.end() :]
        if (found := PHONE.match(line)) is not None:
            phone = found.group("number").strip()
        elif (mail := EMAIL.search(line)) is not None:
            email = mail.group(0)
        elif name is None and line.strip():
            name = line
    return CaseOfficer(name=name, phone=phone, email=email)


_OFFICE_NAME = rule(
    "header.office_name",
    rf"^[A-ZÅÄÖ][\wåäö-]*(?:{OFFICE_DEFINITE})$",
    matches=("Miljöförvaltningen", "Stadsledningskontoret", "Trafikkontoret"),
    not_matches=("Miljöförvaltningen Miljöanalysenheten", "Kommunstyrelsen", "Till Miljöförvaltningen"),
    flags=0,
)


def column_office(blocks: Sequence[Block]) -> str | None:
    """The office a letterhead's column names on page 1, above the running text, on a line of its own and with no
    address under it ("Miljöförvaltningen" / "Miljöanalysenheten" beside a remissmissiv's title, its running header
    "STOCKHOLMS STAD"): whose the letter is within the municipality the header names; an office with its post box
    or postal line is an address.

    >>> from atgard.schema import BBox, LineSpan, PageBox
    >>> box = BBox(x0=0, top=0, x1=1, bottom=1)
    >>> def block(*lines): return Block(kind="paragraph", text=" ".join(lines), page=1, boxes=[PageBox(page=1,
    ...     bbox=box)], lines=[LineSpan(start=sum(len(x) + 1 for x in lines[:n]), end=sum(len(x) + 1 for x in
    ...     lines[:n]) + len(line), page=1, bbox=box) for n, line in enumerate(lines)])
    >>> column_office([block("Miljöförvaltningen", "Miljöanalysenheten")])
    'Miljöförvaltningen'
    >>> column_office([block("Kulturförvaltningen", "Box 16113", "103 22 Stockholm")])
    """
    for block in blocks:
        if block.page != 1 or (block.kind == "paragraph" and len(block.text) >= ADDRESS_LINE_MAX * 2):
            return None  # the running text: the head has ended
        lines = block_lines(block) if block.kind == "paragraph" else []
        if not lines or not _OFFICE_NAME.match(lines[0].strip()):
            continue
        if any(POSTAL_LINE.match(x) or REGISTRY_MAIL.match(x) or EMAIL.search(x) for x in lines):
            continue
        if any(POST_BOX_LINE.match(x) for x in lines):
            continue
        return lines[0].strip()
    return None
