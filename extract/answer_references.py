"""The referral an answer replies to: the referring case's number as the answer prints it (``in_reply_to``).

The number is the referrer's, never the answer's own: after a label that makes it the recipient's reference
("Ert dnr", "Er beteckning", "Kommunstyrelsens diarienummer i ärendet är", "Diarienummer hos …"), in the
column of such a label in a letter's table of references ("Datum | Vår beteckning | Er beteckning"), or cited
in brackets where the referral is told ("har remitterat förslaget till X (KS 2025/0902)", "promemorian X
(LI2025/00871)"), or set off by commas after its label ("genom remiss den 10 juni 2026, diarienummer
Fi2026/00871, beretts tillfälle"). The answer's own numbers are its header's and a protocol's or an agenda
item's "Dnr …" line standing alone; an inquiry's or a law's series number ("SOU 2025:47", "Ds 2025:29",
"SFS 2010:800") is none.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.case_numbers import SERIAL_YEAR_CASE_NUMBER
from atgard.extract.labelled_box import COLUMN_LABEL
from atgard.extract.literals import has_digit
from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    ANSWER_LEAD,
    CASE_NUMBER,
    CASE_NUMBER_LABEL,
    CASE_NUMBER_PRINTED,
    CASE_SERIES,
    CASE_YEAR,
    REFERRER_LABEL,
    REMITTED_PAPER,
)
from atgard.schema.keys import case_key, title_key
from atgard.schema.read import Block, TableCell

# The Government Offices' registry: a ministry's letters, the year, a serial ("Fi2025/02214", "U2025/01587").
_GOVERNMENT_CASE = r"[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{0,3}(?:19|20)\d\d/\d{2,6}"
# A registry's series with a sub-series after a hyphen, as a municipality's planning cases have it: "KS-PLAN
# 2025/118", "SBN-BYGG 2026-0412".
_SUBSERIES_CASE = rf"{CASE_SERIES}-{CASE_SERIES}[\s-]?{CASE_YEAR}[/:-]\d{{1,6}}"
_NUMBER = rf"(?!\d{{4}}-\d\d-\d\d\b)(?:{_GOVERNMENT_CASE}|{_SUBSERIES_CASE}|{CASE_NUMBER_PRINTED})"  # a date is none

IN_REPLY_TO = rule(
    "answer.in_reply_to",
    rf"(?:{REFERRER_LABEL}|"
    r"\b(?:kommunstyrelsens|remissens|stadsledningskontorets|stadskontorets|kommunledningskontorets|"
    r"regeringskansliets|\w*departementets)\s+"
    rf"(?:{CASE_NUMBER_LABEL}|ärendenummer)(?:\s+i\s+ärendet)?(?:\s+är)?|"
    r"(?:\b(?P<whose>(?-i:[A-ZÅÄÖ])[\wåäö-]+)\s+)?\b(?:stads|kommuns|regionens)\s+(?:referens\b|ref\b\.?)|"
    # who sent the remiss or gets the answer, its date perhaps after: "Remiss från kommunstyrelsen 2027-06-14, KS …"
    r"\bdiarienummer\s+hos\s+\w+|\bdnr|\b(?:remiss\s+från|(?:remissvar|yttrande)\s+till)\s+\w+(?:\s+\w+)?"
    r"(?:\s+(?:19|20)\d\d-[01]\d-[0-3]\d)?\s*(?:,|\())"
    r"\s*[.:]?\s*"
    rf"(?P<dnr>{_NUMBER})",
    matches=(
        "(dnr KS 2018/204)",
        "Ert dnr: KS 2018/204",
        "Kommunstyrelsens diarienummer i ärendet är KSN-2019-2841",
        "(kommunstyrelsens diarienummer 0112/19)",
        "Svar på remiss från kommunstyrelsen, dnr KS 2017/512",
        "Remiss från kommunstyrelsen, KS 2026/1180",
        "Ert diarienummer: KS 2026/1122",
        "Er beteckning 0712/25",
        "Remiss från Kommunstyrelsen (KS 2026/1122)",
        "Kommunstyrelsens ärendenummer KS 2026/1122",
        "Diarienummer hos kommunstyrelsen: KS 2026/1122",
        "Er referens: Ju2026/00412",
        "Er ref. S2026/01234",
        "Socialdepartementets diarienummer S2026/01234",
        "Er beteckning: KS-PLAN 2025/118",
        "Remissvar till kommunstyrelsen, KS 2027/318",
        "Yttrande till kommunstyrelsen (KS 2027/0412)",
        "Stockholms stads referens: KS 2027/0762",
        "Nacka kommuns ref. KFKS 2027/311",
        "Upplands-Bro kommuns referens: KS 2027/12",
        "Remiss från kommunstyrelsen 2027-06-14, KS 2027/0463",
    ),
    not_matches=(
        "Diarienumret anges nedan",
        "Remiss från kommunstyrelsen, 2026-03-01",
        "Remiss från kommunstyrelsen 2027-06-14",
        "Remissvar till kommunstyrelsen, sammanträde 2027-04-22",
        "Yttrande till kommunstyrelsen, 2027-04-06",
        "stadens referensgrupp KS 2027/0762",
    ),
)
# A letter's table of references: the label in one row, the number under it ("Er beteckning" / "LI2025/01966").
_REFERRER_LABEL = rule(
    "answer.referrer_label",
    rf"^{REFERRER_LABEL}\s*:?$",
    matches=("Er beteckning", "Ert diarienummer", "Er referens:", "Ert dnr"),
    not_matches=("Vår beteckning", "Vårt diarienummer", "Datum"),
)
_NUMBER_ALONE = rule(
    "answer.number_alone",
    rf"^(?P<dnr>{_NUMBER})$",
    matches=("LI2025/01966", "KS 2025/0902", "0712/25", "KS-PLAN 2025/118", "SBN-BYGG 2026-0412"),
    not_matches=("2025-06-19", "Finansdepartementet"),
    flags=0,
)
# A case number cited in brackets where the referral is told; a series number is an inquiry's or a law's. An
# agency's serial-year number ("NV-02871-26") only after its label, or in brackets right after the paper's name.
_CITED = rule(
    "answer.cited_case",
    # the label may name whose number it is: "(regionens diarienummer RS 2025-0871)", "(länsstyrelsens dnr ...)",
    # "(Naturvårdsverkets ärende NV-02871-26)", "(Er referens NV-02871-26)"
    rf"\((?P<label>(?:(?:[\wåäöÅÄÖ-]+\s+){{0,3}}?[\wåäöÅÄÖ-]+s\s+)?"
    rf"(?i:dnr|diarienr|diarienummer|ärendenummer|ärende|referens|beteckning)\b\.?:?\s*|(?i:{REFERRER_LABEL})\.?:?\s*)?"
    r"(?!(?:SOU|DS|Ds|SFS|Prop|Dir|prop|dir)\b)"
    rf"(?P<dnr>{_GOVERNMENT_CASE}|{CASE_NUMBER}|(?(label){SERIAL_YEAR_CASE_NUMBER}|(?!)))\)|"
    rf"\b(?i:{REMITTED_PAPER})\b[^().;:,]{{0,120}}?\s\((?P<serial>{SERIAL_YEAR_CASE_NUMBER})\)",
    matches=(
        "förslaget till Lokalförsörjningsplan 2026–2030 (KS 2025/0902)",
        "promemorian X (LI2025/00871)",
        "synpunkter på förslaget till Regional transportplan (regionens diarienummer RTN 2026-0112)",
        "yttra sig över planen (Region Skånes dnr RS 2025/1187)",
        "remissen av programmet (länsstyrelsens ärendenummer LST 2026-4410)",
        "yttra sig över förslaget till Vägledning om buller (NV-02871-26)",
        "remissen av vägledningen (Naturvårdsverkets dnr NV-00412-27)",
        "remissen av vägledningen (Naturvårdsverkets ärende NV-02871-26)",
        "remissen av vägledningen (Er referens NV-02871-26)",
    ),
    not_matches=(
        "betänkandet Ett starkare skolbibliotek (SOU 2025:47)",
        "promemorian X (Ds 2025:29)",
        "(2025)",
        "ring förvaltningen (08-508 27 00)",
        "förslaget (NV-02871-2026)",
        "förslaget (NV-12-26)",
        "kontakta (ABC-12345-26)",
    ),
    flags=0,
)
# A case number set off by commas where the referral is told, after its label: "genom remiss den 10 juni 2026,
# diarienummer Fi2026/00871, beretts tillfälle", "som svar till Socialdepartementet, diarienummer S2026/01388".
_CITED_AFTER_COMMA = rule(
    "answer.cited_after_comma",
    # "i ärende X" only where the referral's verb follows the aside: "har, i ärende X, yttrat sig" cites an older case
    r",\s*(?i:i\s+ärendet?(?=[^,]*,\s*(?:berett|beretts|remitterat|gett|givit|bjudit|inbjudit)\b)|"
    r"diarienummer|diarienr|ärendenummer|dnr)\.?:?\s*"
    r"(?!(?:SOU|DS|Ds|SFS|Prop|Dir|prop|dir)\b)"
    rf"(?P<dnr>{_GOVERNMENT_CASE}|{CASE_NUMBER})(?=\s*(?:[,;)]|\.?\s*$|\s+(?:och|samt|har|beretts|att)\b))",
    matches=(
        "Gävle kommun har genom remiss den 10 juni 2026, diarienummer Fi2026/00871, beretts tillfälle att yttra sig.",
        "att anta yttrandet som svar till Socialdepartementet, diarienummer S2026/01388, samt",
        "Kommunstyrelsen har remitterat förslaget, dnr KS 2026/0412, till nämnden.",
        "Remissen från regionen, ärendenummer RS 2026-0871.",
        "Kommunstyrelsen har, i ärende KS 2027/318, berett bolagen tillfälle att yttra sig.",
        "Regionen har, i ärendet RS 2026-0871, gett nämnden möjlighet att yttra sig.",
    ),
    not_matches=(
        "Remissen, diarienummer anges nedan, kom in i juni.",
        "betänkandet Ett starkare skolbibliotek, SOU 2025:47, har remitterats",
        "promemorian, dnr Ds 2025:29, har remitterats",
        "Nämnden har, i ärende 5, yttrat sig.",
        "Kommunstyrelsen har, i ärendet om SOU 2025:47, remitterat betänkandet.",
        "Nämnden har, i ärende SDN 2025/112, yttrat sig över en tidigare remiss.",
        "Nämnden beslutade, i ärendet KF 2024/88, att remittera förslaget.",
    ),
    flags=0,
)
_TELLS_REFERRAL = rule(
    "answer.tells_referral",
    r"\b(?:remiss\w*|\w*remitter\w*|yttra\w*|synpunkter|tillfälle|möjlighet|svar\w*|inbj\w*|bjud\w*\s+in)\b",
    matches=("har gett nämnden tillfälle att yttra sig över", "har remitterat förslaget", "bjudit in kommunen"),
    not_matches=("Planen gäller hela staden (KS 2025/0902).",),
)
# A protocol's or an agenda item's own case number on a line of its own: "Dnr EÅV 2025/0814", "0412/25".
_OWN_LINE = rule(
    "answer.own_line",
    rf"^(?:{CASE_NUMBER_LABEL}\s*:?\s*)?(?P<dnr>{_NUMBER})\s*$",
    matches=("Dnr EÅV 2025/0814", "0412/25", "Diarienummer: KS 2025/0112", "KSN-2026-0231"),
    not_matches=("Ert dnr: KS 2025/0112", "Remiss från kommunstyrelsen, dnr KS 2017/512"),
)
# An item's own "Dnr" line that the reader ran into the text below it (at a page's foot): "Dnr BN 2027/24
# Kommunstyrelsen har i beslut …"; the number is the item's, not the referrer's.
_OWN_LEAD = rule(
    "answer.own_lead",
    rf"^(?i:dnr|diarienummer)\s*:?\s*(?P<dnr>{_NUMBER})\s+(?=[A-ZÅÄÖ])",
    matches=("Dnr BN 2027/24 Kommunstyrelsen har i beslut den 16 februari 2027 remitterat", "Dnr: KS 2026/12 Remissen"),
    not_matches=("Dnr BN 2027/24", "Ert dnr KS 2025/0112 Remissen", "dnr KS 2017/512 från kommunstyrelsen"),
    flags=0,
)
# An item's "Dnr" line pairing its own number with the referrer's: "Dnr HÄ 2026/1190, KS 2026/1522".
_PAIRED_LINE = rule(
    "answer.paired_line",
    rf"^(?:{CASE_NUMBER_LABEL}\s*:?\s*)?(?P<own>{_NUMBER})\s*(?:[,;]\s*(?P<dnr>{_NUMBER})|"
    rf"\(\s*(?P<bracketed>{_NUMBER})\s*\))\s*$",
    matches=(
        "Dnr HÄ 2026/1190, KS 2026/1522",
        "Dnr SN 2027/0012, KS 2026/0418",
        "Diarienummer: SN 2027/12; KS 2026/880",
        "Dnr SFN 2027/0188 (KS 2027/0412)",
    ),
    not_matches=(
        "Dnr HÄ 2026/1190",
        "Ert dnr: KS 2025/0112, SN 2025/3",
        "Dnr HÄ 2026/1190, 2026-03-01",
        "Dnr SFN 2027/0188 (se bilaga 2)",
    ),
)


def _referrers(paired: re.Match[str]) -> str:
    """The referrer's number of a paired line, after a comma or in brackets."""
    return paired.group("dnr") or paired.group("bracketed")


def _paired(analysed: Sequence[Analysed], items: bool) -> list[re.Match[str]]:
    """The paired "Dnr own, referrer's" lines of a protocol's paragraph or an agenda's item, also stacked."""
    lines = [item.text.strip() for item in analysed if items and item.block.kind == "paragraph"]
    found = (_PAIRED_LINE.match(line) for line in [*lines, *_stacked(lines)])
    return [m for m in found if m]


def _stacked(lines: Sequence[str]) -> list[str]:
    """An item's own "Dnr" line with the referrer's number alone on the line under it, of another registry ("Dnr
    SBN 2027/1187" / "KS 2027/0463"), as one paired line ("Dnr SBN 2027/1187, KS 2027/0463")."""
    joined = []
    for line, under in itertools.pairwise(lines):
        own, theirs = _OWN_LINE.match(line), _OWN_LINE.match(under)
        labelled = bool(_LABELLED.match(line)) and not _LABELLED.match(under)
        if own and theirs and labelled and _series(own.group("dnr")) != _series(theirs.group("dnr")):
            joined.append(f"{line}, {under}")
    return joined


_LABELLED = rule(
    "answer.labelled_own_line",
    rf"^{CASE_NUMBER_LABEL}\b",
    matches=("Dnr SBN 2027/1187", "Diarienummer: KS 2025/0112"),
    not_matches=("KS 2027/0463", "Ert dnr: KS 2025/0112"),
)


# A case number in brackets closing an answer's heading: "Remissvar: Trygg i hela staden (KS 2025/0412)".
# Year and serial number joined by "/" or "-" only: a colon joins an SOU's, a Ds's or a law's (SFS) number.
_IN_REPLY_TO_HEADING = rule(
    "answer.in_reply_to_heading",
    rf"\((?P<dnr>{CASE_SERIES}[\s-]?{CASE_YEAR}[/-]\d{{1,6}})\)\s*$",
    matches=("Remissvar: Trygg i hela staden (KS 2025/0412)", "Yttrande över X (SLK 2017/88)"),
    not_matches=("Yttrande över betänkandet X (SOU 2025:31)", "Remiss av X (2019)", "Yttrande över X (SFS 2010:800)"),
)


# An agenda's item in a table cell that is the answer by its title, its case number in brackets at its end:
# "Svar på remiss av Skyfallsplan för Stockholms stad 2027–2035 (KS 2026/0915)" (the cell's lines joined).
_ANSWER_CELL = rule(
    "answer.answer_cell",
    rf"^{ANSWER_LEAD}\b",
    matches=(
        "Svar på remiss av Skyfallsplan för Stockholms stad 2027– 2035 (KS 2026/0915)",
        "Yttrande över förslag till Parkprogram (KS 2026/311)",
        "Svar på kommunstyrelsens remiss av Kulturplan 2028 (KS 2027/12)",
        "Yttrande gällande Cykelplan 2028 (KS 2027/40)",
        "Yttrande beträffande Grönplan (KS 2027/41)",
    ),
    not_matches=("Remiss av förslag till lokal trygghetsplan (SDN 2026/4)", "Svar på motion om utegym (KS 2026/9)"),
)


def _titled_cells(analysed: Sequence[Analysed], report: str | None) -> list[str]:
    """The cell of an agenda's table that titles the answer, its lines joined: the row of the report answered (an
    agenda of several answers has a row each); without the report, the cell when it is the only one."""
    cells = (" ".join(c.text.split()) for item in analysed if item.block.kind == "table_row" for c in item.block.cells)
    titled = [cell for cell in cells if _ANSWER_CELL.match(cell)]
    if report is None:
        return titled if len(titled) == 1 else []
    return [cell for cell in titled if title_key(report) in title_key(cell)]


def _cell_below(cell: TableCell, row: Sequence[TableCell]) -> TableCell | None:
    """The cell of ``row`` that stands in the column of ``cell`` (the most overlap left to right)."""

    def overlap(other: TableCell) -> float:
        return min(cell.bbox.x1, other.bbox.x1) - max(cell.bbox.x0, other.bbox.x0)

    best = max(row, key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else None


def _beside(cells: Sequence[TableCell]) -> list[str]:
    """Numbers beside a referrer's label in a table of references set label by value, line for line ("Datum" /
    "Ert diarienummer" in one cell, "2026-02-20" / "KN2025/02954" in the next)."""
    found = []
    for left, right in itertools.pairwise(cells):
        labels, values = (text_lines(cell.text) for cell in (left, right))
        if len(labels) != len(values):
            continue
        for label, value in zip(labels, values, strict=True):
            if _REFERRER_LABEL.match(label) and (number := _NUMBER_ALONE.match(value)):
                found.append(number.group("dnr"))
    return found


def _beside_by_line(block: Block) -> list[str]:
    """Numbers beside a referrer's label on the same printed line, where a value above it runs over two lines
    ("Till" / "Ert diarienummer" beside "Äldrenämnden, Stockholms stad" / "aldreforvaltningen@stockholm.se" /
    "ÄN 2026/0417"): the label and its number stand at the same height in the next column."""
    spans = [(block.text[line.start : line.end].strip(), line) for line in block.lines]
    found = []
    for label, at in spans:
        if not _REFERRER_LABEL.match(label):
            continue
        for value, line in spans:
            same_line = line.page == at.page and abs(line.bbox.top - at.bbox.top) < 2 and line.bbox.x0 > at.bbox.x1
            if same_line and (number := _NUMBER_ALONE.match(value)):
                found.append(number.group("dnr"))
    return found


def _within(cell: TableCell) -> list[str]:
    """Numbers under a referrer's label in the same cell, the label on one line and the number on the next
    ("Ert diarienummer" / "KS 2026/0312")."""
    lines = text_lines(cell.text)
    return [
        number.group("dnr")
        for label, value in itertools.pairwise(lines)
        if _REFERRER_LABEL.match(label) and (number := _NUMBER_ALONE.match(value))
    ]


def _table_references(analysed: Sequence[Analysed]) -> list[str]:
    """Numbers under a referrer's label in a table of references (the label's row, then the numbers' row; or
    the label over its number in one cell), or beside it (the labels in one column, the values in the next)."""
    rows = [item.block.cells for item in analysed if item.block.kind == "table_row"]
    found = [number for cells in rows for number in (*_beside(cells), *(n for cell in cells for n in _within(cell)))]
    found += [n for item in analysed if item.block.kind == "table_row" for n in _beside_by_line(item.block)]
    for above, below in itertools.pairwise(analysed):
        if above.block.kind != "table_row" or below.block.kind != "table_row":
            continue
        for cell in above.block.cells:
            if not _REFERRER_LABEL.match(cell.text.strip()):
                continue
            value = _cell_below(cell, below.block.cells)
            if value is not None and (number := _NUMBER_ALONE.match(value.text.strip())):
                found.append(number.group("dnr"))
    return found


# A protocol's margin column of labels, the row's first cell, one label a line or wrapped over two ("Dnr /
# Beslut / Ärendet / Särskilt / yttrande / Expedieras").
_MARGIN_LABELS = rule(
    "answer.margin_labels",
    r"^(?:(?:ärende(?:t|beskrivning)?|(?:[\wåäö]+s\s+)?beslut(?:et)?|förslag\s+till\s+beslut|dnr|diarienummer|"
    r"sammanfattning|beslutsunderlag|bakgrund|yrkanden?|propositionsordning|reservation|särskilt\s+yttrande|"
    r"protokollsanteckning|expedieras|justering|jäv)\s*:?(?:\s+|$))+$",
    matches=(
        "Ärendet",
        "Dnr\nBeslut\nÄrendet\nSärskilt\nyttrande\nExpedieras",
        "Nämndens beslut",
        "Beslutsunderlag",
        "Sammanfattning:\nFörslag till beslut",
    ),
    not_matches=("Kommunfullmäktige", "5", "Remiss av trafikplanen", "2026-03-01", "Beslutsdatum", "Dnr KS 2026/1"),
)


def _margin_labelled(item: Analysed) -> bool:
    """A table's row that is a protocol's text beside its margin column of labels ("Dnr / Beslut / Ärendet"):
    only such labels in its first cell, not an agenda's numbered row ("5 | Remiss från …") nor a history table's
    ("Kommunfullmäktige | Remiss av … (KS 2024/112) besvarades")."""
    cells = item.block.cells if item.block.kind == "table_row" else []
    return len(cells) >= 2 and _MARGIN_LABELS.match(cells[0].text.strip()) is not None


def _cited(analysed: Sequence[Analysed]) -> list[str]:
    """Case numbers in brackets, or set off by commas after their label, in the sentences that tell the referral
    (a protocol that sets its labels in a margin column is read as a table's rows: "Ärendet | Departementet har
    bjudit in kommunen att yttra sig över promemorian X (KN2027/01452).")."""
    return [
        number
        for item in analysed
        if item.block.kind in ("paragraph", "list_item") or _margin_labelled(item)
        for sentence in item.sentences()
        if _TELLS_REFERRAL.search(sentence.text)
        for found in (*_CITED.finditer(sentence.text), *_CITED_AFTER_COMMA.finditer(sentence.text))
        for number in (found.group("dnr") or found.group("serial"),)
        if number
    ]


def own_numbers(analysed: Sequence[Analysed], own: str | None, items: bool = True) -> set[str]:
    """The keys of the answer's own case numbers: its header's, and in a protocol's or an agenda's ``items``
    the "Dnr …" lines standing alone (in a memo such a line may give the referral's number)."""
    lines = (_OWN_LINE.match(item.text.strip()) for item in analysed if items and item.block.kind == "paragraph")
    leads = (_OWN_LEAD.match(item.text.strip()) for item in analysed if items and item.block.kind == "paragraph")
    pairs = _paired(analysed, items)
    referrers = {case_key(m.group("dnr")) for m in pairs if m.group("dnr")}  # "KS 2027/0463" under "Dnr SBN …"
    numbers = [own, *(m.group("dnr") for m in (*lines, *leads) if m), *(m.group("own") for m in pairs)]
    keys = {key for number in numbers if number and (key := case_key(number)) is not None}
    return keys - (referrers - {case_key(own) if own else None})


def in_reply_to(
    analysed: Sequence[Analysed],
    header_lines: Sequence[str],
    own: str | None,
    items: bool = True,
    report: str | None = None,
    senders: Sequence[str | None] = (),
) -> str | None:
    """The referring case's number as the answer prints it (not the answer's own); labelled ones first.

    ``items``: ``analysed`` is a protocol's paragraph or an agenda's item, whose "Dnr" line is its own; ``report``:
    the report answered, whose row of an agenda's table may print the number; ``senders``: the document's, whose
    own "X kommuns referens" is no referrer's."""
    filed_under = own if items and own and _filed_under(analysed, own) else None
    own_keys = own_numbers(analysed, None if filed_under else own, items)
    headings = [item.text for item in analysed if item.block.kind == "heading" and item.block.page == 1]
    headings += _titled_cells(analysed, report)
    texts = [*header_lines, *(item.text for item in analysed), *_labels_over_values(analysed)]
    found = [
        *(
            m.group("dnr").strip()
            for text in texts
            if has_digit(text)  # IN_REPLY_TO needs one (a case number): most texts are not searched
            for m in IN_REPLY_TO.finditer(text)
            if not _senders(m, senders)
        ),
        *_table_references(analysed),
        *_cited(analysed),
        *(m.group("dnr") for text in headings if (m := _IN_REPLY_TO_HEADING.search(text))),
        *([filed_under] if filed_under else []),
        *(_referrers(m) for m in _paired(analysed, items)),
    ]
    return next((number for number in found if case_key(number) not in own_keys), None)


def _labels_over_values(analysed: Sequence[Analysed]) -> list[str]:
    """Page 1's label paragraphs joined to the value under each, as a letterhead's margin column sets them ("Er
    referens" / "LI2027/01466": "Er referens LI2027/01466")."""
    first = [item.block for item in analysed if item.block.page == 1 and item.block.kind == "paragraph"]
    return [
        f"{label.text.strip()} {value.text.strip()}"
        for label, value in itertools.pairwise(first)
        if COLUMN_LABEL.match(label.text.strip()) and "\n" not in value.text.strip() and len(value.text) <= _VALUE_MAX
    ]


_VALUE_MAX = 40  # characters: a label's value, a case number or a date, not a paragraph


def _senders(labelled: re.Match[str], senders: Sequence[str | None]) -> bool:
    """Whether a city's or a municipality's "referens" is the document's sender's own ("Nacka kommuns referens"
    in a letter from Nacka kommun)."""
    whose = labelled.group("whose")
    return bool(whose) and any(re.search(rf"\b{re.escape(whose)}\b", name, re.I) for name in senders if name)


def _series(number: str) -> str | None:
    key = case_key(number) or ""
    return key.split()[0] if " " in key else None


def _filed_under(analysed: Sequence[Analysed], header: str) -> bool:
    """Whether a protocol's extract is filed under the referring case: the header's number is of another registry
    than the paragraph's own "Dnr" line ("Dnr KS 2027/0614" over "§ 14 …" / "Dnr SKÄ 2027/0231"); the
    referrer's number, where nothing else cites one."""
    lines = (_OWN_LINE.match(item.text.strip()) for item in analysed if item.block.kind == "paragraph")
    series = {_series(m.group("dnr")) for m in lines if m}
    return bool(series) and None not in series and _series(header) not in (None, *series)
