"""A document's kind, from several signals: its header's type word, its title block and its structure.

One phrase decides nothing: a protocol's item may be titled "Yttrande till Utbildningsdepartementet …",
an agenda's item "Anmälan av protokoll", a memo may have a "Förslag till beslut" heading. So each kind
that a header may leave unsaid is weighed from the shapes only it has:

- a protocol (``protokoll``: "Protokoll", "Protokollsutdrag", "Utdrag ur protokoll", "SAMMANTRÄDESPROTOKOLL",
  "Protokoll fört vid sammanträde …") has § headings, its signing and justering formulas ("Vid protokollet",
  "Justeras", "Justerandes signatur", "Utdraget bestyrks"), who was there ("Närvarande", "Beslutande") and
  what was moved and put ("Yrkanden", "Propositionsordning", "… yrkar bifall …");
- an agenda (``dagordning``: "Dagordning", "Föredragningslista", "Kallelse", "Sammanträde 2025-10-23") has
  the numbered items of a coming meeting, each with its "Förslag till beslut: …" and its documents
  ("Ärendedokument", "Bilagor", "Handlingar"), and none of a protocol's signatures or attendance;
- an answer to a referral (``yttrande``), whatever its heading ("Remissvar", "Yttrande över …", "Svar på
  remiss …"), is a letter to whoever asked: "Er beteckning", "Ert diarienummer" stand over it.

A memo's own type word (tjänsteutlåtande, utlåtande, PM, rapport) is never overruled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from atgard.extract.coded_measures import headed_measures
from atgard.extract.codes import leading_code_span
from atgard.extract.header import document_type_kind
from atgard.extract.mail_head import REPLY_MARKS, mail_head
from atgard.extract.measure_tables import coded_rows
from atgard.extract.rules import rule
from atgard.extract.subject_line import subject_line
from atgard.schema import Block, ReadDocument
from atgard.schema.contract import DocumentKind

_MEMO_KINDS = frozenset({"tjansteutlatande", "utlatande", "pm", "kommissionsrapport"})
# A remiss missive's type word at its head ("REMISS", "Remissmissiv", "Missiv"): the letter that sends a report out for
# comment, a kind of its own ("other") even where it sums up the report's measures in a table.
_MISSIVE_TYPE = rule(
    "kind.missive_type",
    r"^(?:remiss|remissmissiv|missiv)$",
    matches=("REMISS", "Remiss", "Remissmissiv", "Missiv"),
    not_matches=("Remissvar", "Remissyttrande", "Remissversion", "Remiss 2027-03-15"),
)
TITLE_BLOCK = 8  # the first blocks of page 1: where a document says what it is
_SEVERAL = 2  # items of an agenda, each with its proposal or its documents
_TITLE_LINE_MAX = 120

# A protocol names itself at its head: the word alone, an extract of one, or "Protokoll fört vid …".
PROTOCOL_TITLE = rule(
    "kind.protocol_title",
    r"^(?:justerat\s+)?(?:sammanträdes)?protokoll(?:s?utdrag)?\b(?!\s+från\s+sammanträdet\s+den)|"
    r"^utdrag\s+ur\s+(?:\w+\s+)?(?:sammanträdes)?protokoll|"
    r"^[\wåäöÅÄÖ-]+s\s+(?:sammanträdes)?protokoll\b",
    matches=(
        "Protokoll",
        "PROTOKOLLSUTDRAG",
        "SAMMANTRÄDESPROTOKOLL",
        "Utdrag ur protokoll",
        "Utdrag ur kommunstyrelsens protokoll",
        "Protokoll fört vid sammanträde med styrelsen för Stockholms Stadshus AB",
        "Protokoll från sammanträde med Hägersten-Älvsjö stadsdelsnämnd",
        "Kommunfullmäktiges protokoll nr 12",
        "Protokoll nr 4/2025",
    ),
    not_matches=(
        "Protokollsanteckning",
        "Protokollet justeras",
        "Anmälan av protokoll",
        "Protokoll från sammanträdet den 14 april anmäldes",
    ),
)
# The papers of a coming meeting name themselves so, or by the meeting and its date alone.
AGENDA_TITLE = rule(
    "kind.agenda_title",
    r"^(?:preliminär\s+)?(?:dagordning|föredragningslista|kallelse|kungörelse|ärendelista)\b|"
    r"^(?:[\wåäöÅÄÖ-]+s\s+)?sammanträde\s+(?:den\s+)?(?:\d|\w+dagen\b)",
    matches=(
        "Dagordning",
        "Föredragningslista för kommunstyrelsens sammanträde",
        "Kallelse till sammanträde med kulturnämnden",
        "KUNGÖRELSE",
        "Sammanträde 2025-10-23",
        "Sammanträde den 5 november 2025",
        "Sammanträde onsdagen den 5 november 2025",
        "Kulturnämndens sammanträde 2026-02-12",
    ),
    not_matches=(
        "Sammanträdesdatum 2025-05-14",
        "Sammanträdesprotokoll",
        "Sammanträdet förklaras öppnat",
        "Sammanträde i Stadshuset måndagen den 11 juni 2018 kl. 15.00 – utdrag",
    ),
)
# A protocol's item: "§ 49 Val av justerare", "KS § 49", "Kf § 12", "12 §".
PARAGRAPH_HEADING = rule(
    "kind.paragraph_heading",
    r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ]{0,5}\s+)?§\s*\d+|^\d+\s*§(?:\s|$)",
    matches=("§ 49 Val av justerare", "KS § 49", "Kf § 12 Budget", "§12", "12 § Anmälan"),
    not_matches=("§§ 49–52", "Enligt 6 kap. 2 § kommunallagen", "Paragraf 3"),
    flags=0,
)
# How a protocol is signed and checked: the formulas and labels around its signatures.
PROTOCOL_FORMULA = rule(
    "kind.protocol_formula",
    r"^(?:vid\s+protokollet|justeras\b|justerare\b|justerande(?:s)?\b|justerat\b|utdragsbestyrkande|"
    r"utdraget\s+bestyrks|protokollet\s+är\s+justerat|paragrafen\s+(?:är\s+)?(?:omedelbart\s+)?justerad|"
    r"justeringens\s+(?:plats|dag|tid)|dag\s+för\s+justering|underskrifter\b|anslag\s*/\s*bevis|anslagsbevis)",
    matches=(
        "Vid protokollet",
        "Justeras",
        "Justerandes signatur",
        "Justerande sign",
        "Utdraget bestyrks",
        "Utdragsbestyrkande",
        "Paragrafen är justerad omedelbart.",
        "Justeringens plats och tid",
        "Dag för justering: 2025-06-03 Vid protokollet",
        "ANSLAG/BEVIS. Protokollet är justerat.",
        "Justerat den 21 april 2026",
    ),
    not_matches=("Val av justerare", "Beslutet justeras omedelbart.", "Justering av taxor"),
)
# Who was there: a protocol's attendance.
ATTENDANCE = rule(
    "kind.attendance",
    r"^(?:(?:närvarande|beslutande|frånvarande|tjänstgörande)(?:\s+(?:ledamöter|ersättare))?|ledamöter|ersättare|"
    r"övriga\s+(?:närvarande|deltagare|deltagande))\s*(?::|\n|$)",
    matches=(
        "Närvarande",
        "Beslutande",
        "Ledamöter: Anders Öhrn (S), ordförande",
        "Övriga närvarande",
        "Frånvarande",
        "Beslutande\nÖvriga närvarande",
        "Tjänstgörande ersättare:",
    ),
    not_matches=("Ledamöterna informerades", "Närvarotid", "Beslutande organ är kommunfullmäktige."),
)
# What was moved and put to the meeting: a protocol's deliberation.
DELIBERATION = rule(
    "kind.deliberation",
    r"^(?:yrkanden?|propositionsordning|beslutsgång|omröstning\w*|votering)\s*:?$|"
    r"\byrka[rd]e?\s+(?:bifall|avslag|att)\b|\bställ(?:er|de)\s+proposition\b",
    matches=(
        "Yrkanden",
        "Propositionsordning",
        "Beslutsgång",
        "Jonas Frisk (C) yrkar bifall till arbetsutskottets förslag.",
        "Ordföranden ställer proposition på förslagen och finner att nämnden bifaller dem.",
        "Rasmus Teng (SD) yrkar att yttrandet ändras.",
    ),
    not_matches=("Ärendet gäller ett yrkande om ersättning i form av", "Beslut"),
)
# An agenda item's proposal, stated with it: "Förslag till beslut: Nämnden godkänner …", or its points after it.
AGENDA_PROPOSAL = rule(
    "kind.agenda_proposal",
    r"(?:^|(?<=\s))(?:(?:[A-ZÅÄÖ][\wåäö-]*s\s+förslag|Förslag|^förslag)\s+till\s+beslut|[Bb]eslutsförslag)\s*(?::|$)",
    matches=(
        "Förslag till beslut: Stadsdelsnämnden godkänner delårsrapporten.",
        "Förslag till beslut:",
        "Förvaltningens förslag till beslut: Nämnden godkänner rapporten.",
        "Delårsrapport 2 2025 Förslag till beslut",  # an item's title and its proposal's label read as one
        "Yttrande över kulturplanen Förslag till beslut: Kulturnämnden beslutar att anta förslaget.",
        "Beslutsförslag: Nämnden godkänner rapporten.",
    ),
    not_matches=(
        "Förslag till beslut under sammanträdet",
        "Remiss av förslag till beslut om ändrad taxa",
        "Kommunstyrelsen har lämnat förslag till beslut om budget.",
    ),
    flags=0,
)
# An agenda item's documents and presenter, set under it.
AGENDA_ITEM_FURNITURE = rule(
    "kind.agenda_item_furniture",
    r"^(?:ärendedokument|bilagor|bilaga|handlingar|föredragande|ärendets\s+handlingar)\b\s*:?|"
    r"\bförhinder\b|\banmäl\w*\s+(?:detta\s+)?(?:till|snarast)\b",
    matches=(
        "Ärendedokument: Tjänsteutlåtande",
        "Bilagor",
        "Handlingar: Tjänsteutlåtande 2025-09-30",
        "Föredragande: Eva Ek",
        "Vid förhinder, kontakta nämndsekreteraren.",
    ),
    not_matches=("Bilagan redovisar kostnaderna.", "Beslutsunderlag"),
)
# The answer to a referral names the asker's reference: "Er beteckning", "Ert diarienummer", "Er referens".
THEIR_REFERENCE = rule(
    "kind.their_reference",
    r"^(?:er|ert|eder|edert)\s+(?:beteckning|diarienummer|dnr|referens|ref\.?|datum)\b",
    matches=("Er beteckning", "Ert diarienummer", "Ert dnr", "Er referens", "Er ref."),
    not_matches=("Vår beteckning", "Vårt diarienummer", "Erfarenheter"),
)
# An answer titled as one: "Remissvar över …", "Yttrande över …", "Svar på remiss …", "Remissyttrande".
ANSWER_TITLE = rule(
    "kind.answer_title",
    r"^(?:remissvar|remissyttrande|yttrande|svar\s+på\s+(?:remiss|remissen|departementets\s+remiss)|"
    r"synpunkter\s+(?:på|över)\s+(?:remiss(?:en)?|förslag(?:et)?))\b",
    matches=(
        "Synpunkter på förslaget till regionalt åtgärdsprogram för ANDTS-förebyggande arbete",
        "Remissvar över promemorian Kortare handläggningstider för planbesked (Ds 2025:14)",
        "Yttrande över betänkandet Samlokaliserad statlig och kommunal service (SOU 2025:61)",
        "Svar på remiss av Trafikplan 2030",
        "Remissyttrande",
    ),
    not_matches=(
        "Yttrandet",
        "Svar på motion om fler cykelvägar",
        "Remiss av förslag till trafikplan",
        "Synpunkter på nämndens arbete",
    ),
)


def _texts(block: Block) -> list[str]:
    return [cell.text.strip() for cell in block.cells] or [block.text.strip()]


@dataclass(frozen=True)
class Signals:
    """How strongly a document looks like a protocol, an agenda and an answer, one point a shape."""

    protocol: int
    agenda: int
    answer_reference: bool
    answer_title: bool
    protocol_title: bool = False  # its first page says it is a protocol ("Sammanträdesprotokoll")


def _title_block(document: ReadDocument, document_type: str | None, header_lines: Sequence[str]) -> list[str]:
    """The lines a document says what it is in: its header's type and lines, its first blocks on page 1."""
    first = [b for b in document.blocks if b.page == 1][:TITLE_BLOCK]
    lines = [text for b in first if b.kind in ("heading", "paragraph") for text in _texts(b)]
    return [text for text in [document_type or "", *header_lines, *lines] if 0 < len(text) <= _TITLE_LINE_MAX]


def _numbered_items(blocks: Sequence[Block]) -> int:
    """How many list items are numbered as an agenda's items are: 1., 2., 3. … across the document."""
    numbers = [int(m) for b in blocks if b.kind == "list_item" and (m := (b.marker or "").rstrip(".)")).isdigit()]
    return max(numbers, default=0) if numbers[:1] == [1] else 0


def signals(document: ReadDocument, document_type: str | None, header_lines: Sequence[str] = ()) -> Signals:
    """The shapes of a protocol, an agenda and an answer that a document has."""
    blocks = document.blocks
    texts = [text for b in blocks for text in _texts(b)]
    title = _title_block(document, document_type, header_lines)

    titled = any(PROTOCOL_TITLE.match(t) for t in title)
    protocol = 2 * titled
    protocol += any(b.kind in ("heading", "paragraph") and PARAGRAPH_HEADING.match(b.text.strip()) for b in blocks)
    protocol += any(PROTOCOL_FORMULA.match(t) for t in texts)
    protocol += any(ATTENDANCE.match(t) for t in texts)
    protocol += any(DELIBERATION.search(t) for t in texts)

    # Without its name, an agenda is known by several items, each with its own proposal and its documents.
    paragraphs = [b.text.strip() for b in blocks if b.kind == "paragraph"]
    agenda = 2 * any(AGENDA_TITLE.match(t) for t in title)
    proposals = [b.text for b in blocks if b.kind in ("paragraph", "list_item") and AGENDA_PROPOSAL.search(b.text)]
    agenda += len(proposals) >= _SEVERAL
    items = sum(1 for text in paragraphs if AGENDA_ITEM_FURNITURE.search(text))
    agenda += _numbered_items(blocks) >= _SEVERAL + 1 and items >= _SEVERAL

    first_page = [b for b in blocks if b.page == 1]
    reference = any(
        THEIR_REFERENCE.match(line.strip()) for b in first_page for t in _texts(b) for line in t.split("\n")
    )
    headings = [b.text.strip() for b in first_page if b.kind == "heading"][:3]
    mailed = [f"Ämne: {subject}"] if (subject := mail_head(first_page).get("ämne")) else []  # a column's too
    lines = [b.text.strip() for b in first_page[:6]] + mailed
    headings += [found.group("subject") for line in lines if (found := MAIL_SUBJECT.match(line))]
    headings += [subject] if (subject := subject_line(first_page)) is not None else []  # a scan's, in running type
    return Signals(protocol, agenda, reference, any(ANSWER_TITLE.match(h) for h in headings), titled)


# The subject of an e-mail printed as sent, its title ("Ämne: Remissvar KS 2027/0611 – Gröna Stockholm …"), the
# forwards' and replies' marks before it ("VB:", "SV: VB:"). A subject that asks for an answer or reminds of one is
# no title ("Remissvar senast 15 oktober – påminnelse", "Yttrande önskas över …", "Remissvar begärs …").
MAIL_SUBJECT = rule(
    "kind.mail_subject",
    rf"^(?:Ämne|Subject):[ \t]*{REPLY_MARKS}*"
    r"(?![^\n]*\b(?:senast|önskas|begärs|efterfrågas|påminn[\wåäö]*)\b)(?P<subject>\S[^\n]*)$",
    matches=(
        "Ämne: Remissvar KS 2027/0611 – Gröna Stockholm",
        "Subject: SV: Yttrande över cykelplanen",
        "Ämne: SV: VB: Remissvar Gröna Stockholm",
    ),
    not_matches=(
        "Ämnet: remissvar",
        "Ämne:",
        "Ämnesövergripande remissvar",
        "Ämne: Remissvar senast 15 oktober – påminnelse",
        "Ämne: Yttrande önskas över Gröna Stockholm",
    ),
)


def classify(document: ReadDocument, document_type: str | None, header_lines: Sequence[str] = ()) -> DocumentKind:
    """The document's kind: its header's word for a memo, else what its shapes say (see the module's text).

    A coded measure list ("A2.1.1 ...") makes a commission report whatever the header says, unless the document
    is a letter answering one (titled "Remissvar – …" or with "Er referens" over it) or a protocol titled so whose
    paragraph sets out the measures of a plan it remits; so does a
    measures table with codes ("Nr | Åtgärd | Ansvarig" over "A1 | … | TN"), or coded headings each with
    its "Ansvarig: …" line ("3.1 Sommarjobb för alla …"), in a document no memo's type word nor a protocol's
    or agenda's shapes name (a rapport, a handlingsplan, an åtgärdsprogram).
    """
    if document_type and _MISSIVE_TYPE.match(document_type.strip()):
        return "other"  # a remiss missive, whatever report it sums up
    coded = sum(1 for b in document.blocks if b.kind != "heading" and leading_code_span(b.text) is not None)
    found = signals(document, document_type, header_lines) if coded >= 3 else None
    if found is not None and not _answer_letter(found) and not _titled_protocol(found):
        return "kommissionsrapport"
    header_kind = document_type_kind(document_type) if document_type else None
    if header_kind in _MEMO_KINDS:
        return cast(DocumentKind, header_kind)
    found = found if found is not None else signals(document, document_type, header_lines)  # once a document
    if found.protocol >= 2 and found.protocol >= found.agenda:
        return "protokoll"
    if found.agenda >= 2:
        return "dagordning"
    if coded_rows(document.blocks) >= 3:  # a plan's measures table: "Nr | Åtgärd | Ansvarig" over "A1 | … | TN"
        return "kommissionsrapport"
    if headed_measures(document.blocks) >= 3:  # "3.1 Sommarjobb för alla …" / … / "Ansvarig: AMN, UBN"
        return "kommissionsrapport"
    if found.answer_reference or header_kind == "yttrande":
        return "yttrande"
    if header_kind is not None:
        return cast(DocumentKind, header_kind)
    headings = " ".join(b.text.lower() for b in document.blocks if b.kind == "heading")
    if "förslag till beslut" in headings:
        return "tjansteutlatande"
    if found.answer_title:
        return "yttrande"
    return _series_kind(_title_block(document, document_type, header_lines)) or "other"


def _titled_protocol(found: Signals) -> bool:
    """A protocol by its title and its shapes, whose paragraph remits a plan and sets out its coded measures ("§ 98
    Remiss av Klimatanpassningsplan …" over "KA1.1 | … | Tekniska nämnden"): no report."""
    return found.protocol_title and found.protocol >= 3 and found.protocol >= found.agenda


def _answer_letter(found: Signals) -> bool:
    """An answer's letter ("Er referens" over it, titled "Remissvar – …"), whose table of the codes it takes a
    position on ("B1.2 | Exploateringsnämnden | Tillstyrks") makes no report of it."""
    return found.answer_reference or found.answer_title


# A publication's series and number on its front page, in a logo block or under its title: "Rapport 2026:4",
# "PM 2025:12", "Slutrapport 2024:07", the council's "Utlåtande 2027:96 RI (Dnr KS 2027/0614)" with its
# department's roman numeral and case number (the kind a header would have said, had one been read).
SERIES_NUMBER = rule(
    "kind.series_number",
    r"^(?P<type>rapport|delrapport|slutrapport|pm|promemoria|utlåtande)\s+(?:nr\.?\s*)?\d{4}\s*:\s*\d{1,3}"
    r"(?:\s+R?[IVX]{1,4})?(?:\s*[(–-]?\s*(?:dnr|diarienummer)\.?:?\s+[^()]{3,30}\)?)?$",
    matches=(
        "Rapport 2026:4",
        "PM 2025:12",
        "Slutrapport 2024:07",
        "RAPPORT 2026:4",
        "Rapport nr 2026:4",
        "Utlåtande 2027:96 RI",
        "Utlåtande 2027:45 RI (Dnr KS 2026/1877)",
        "Utlåtande 2026:112 RIII – Dnr KS 2026/0412",
        "Utlåtande 2025:3 RV",
    ),
    not_matches=(
        "Rapport från kommunstyrelsen",
        "Rapport 2026:4 om unga vuxna",
        "SB PM 2021:1",
        "Ds 2026:12",
        "Utlåtande 2027:96 om klimatanpassning",
        "Utlåtandet 2027:96 RI",
    ),
)


def _series_kind(lines: Sequence[str]) -> DocumentKind | None:
    for line in lines:
        for part in line.split("\n"):
            if (found := SERIES_NUMBER.match(part.strip())) is not None:
                return cast(DocumentKind, document_type_kind(found.group("type")))
    return None
