"""The document's own case number written outside its running header: labelled on page 1 ("Diarienummer:
KSN-2019-1234", "Vår beteckning V26-041"), on a line or in a cell of its own, in a printed e-mail's subject, or
after the document's type in a later page's running header, else at the end of a later page's running line after
the document's name; a receiver's stamp and a number cited mid-sentence are passed over.

Moved out of header.py when it neared its size limit; the rules keep their names (``header.*``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from atgard.extract.cases import sole_decided_case
from atgard.extract.dates import DATE_WORDS
from atgard.extract.header import DOCUMENT_TYPE_KINDS, head_lines
from atgard.extract.kinds import ANSWER_TITLE
from atgard.extract.mail_head import mail_subject
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    CASE_NUMBER,
    CASE_NUMBER_LABEL,
    CASE_SERIES,
    GOVERNMENT_CASE_NUMBER,
    ISO_DATE_SHAPE,
    OWN_REFERENCE_LABEL,
    REFERRER_LABEL,
    fragment,
)
from atgard.schema import Block, PageInfo

# An agency's registry that sets its serial before a two-digit year, as Naturvårdsverket's has it: "NV-02871-26"
# (a shape beside vocabulary's CASE_NUMBER; cited in an answer only after its label or the paper's name).
SERIAL_YEAR_CASE_NUMBER = fragment(
    "case.serial_year_number",
    rf"{CASE_SERIES}-\d{{3,6}}-\d\d(?!\d)",
    matches=("NV-02871-26", "NV-00412-27", "TRV-1234-26"),
    not_matches=("NV-02871-2026", "NV-12-26", "KS-2026-0231"),
)

# A labelled case number on page 1: "Diarienummer: KSN-2019-1234", "Handläggare | Dnr. SDN 2017/12.", an
# agency's "Ärendenummer TRV 2026/31877"; the number
# may open with letters of its own ("E2017-01234") and close with a part's ("Fi2024/01234/JM"); a series of one
# letter is a capital ("A 318.442/2027"), never a word in lower case ("dnr i 2027/0412").
# The sender's own reference labels it too ("Vår beteckning V26-041"); the recipient's ("Ert diarienummer KS
# 2026/0312", the referrer's number in an answer) is matched as such so that it is passed over, never its
# "diarienummer" alone.
_BODY_CASE_NUMBER = rule(
    "header.body_case_number",
    rf"(?:(?P<theirs>{REFERRER_LABEL})|{CASE_NUMBER_LABEL}|\bärendenummer|\bärendenr\b\.?|{OWN_REFERENCE_LABEL}|"
    r"(?:^|\n)beteckning\b)[.:]?\s*"  # an agency's own reference, "Beteckning" alone in its column
    rf"(?P<dnr>(?:{CASE_SERIES}\s+|(?-i:[A-ZÅÄÖ])\s(?=\d[\d.]*/\d{{4}}\b))?\w[\w.:/-]*\d[\w./-]*)",
    matches=(
        "Diarienummer: KSN-2019-1234",
        "Diarienummer: A 318.442/2027",  # a letter of the police, its number grouped with a point
        "Dnr 123-456/2016",
        "Handläggare | Dnr. SDN 2017/12.",
        "Dnr E2017-01234",
        "Vårt diarienummer KSKF/2025:388",
        "Vår beteckning\nV26-041",
        "Vår referens: 2026-112",
        "Ärendenummer\nTRV 2026/31877",
        "Ärendenr: NV-03412-26",
        "Vår beteckning SPAB 2026/88",
        "Beteckning\n402-7715-2026",
        "Beteckning: 537-8812-2026",
    ),
    not_matches=(
        "Ingen beteckning här, bara 2016.",
        "Diarienumret anges nedan",
        "Vår referens: Anna Berg",
        "Dnr: A 2027",
    ),
)
# A case number on a line of its own, without its label, as a protocol sets it under the paragraph's heading, or
# a ministry's letter under its type and date at the head of page 1 ("Remiss / 2027-03-04 / Fi2027/00871"): the
# registry's letters, the year and a serial number, or the Government Offices' shape; an SOU's number is a
# report's, not a case's (a Ds's has lower-case letters and a colon, which the case-sensitive pattern leaves out).
_BARE_CASE_NUMBER = rule(
    "header.bare_diarienummer",
    rf"^\s*(?!SOU\b)(?P<dnr>{CASE_NUMBER}|{GOVERNMENT_CASE_NUMBER})\s*$",
    matches=("KSN-2026-0231", "KS 2026/123", "HÄ 2026/118", "KS/2019:287", "STK-2013-1187", "Fi2027/00871"),
    not_matches=(
        "SOU 2019:21",
        "SOU 2019:21 Ett lagstadgat ansvar",
        "2026-03-11",
        "KS 2026/123 och KS 2026/124",
        "Ds 2019:21",
        "Fi2027/00871 och Fi2027/00872",
    ),
    flags=0,
)


# A later page's running header set in the body (a publishing tool draws it there): the document's type and its
# case number after it, unlabelled ("Malmö stad, Stadskontoret | Tjänsteskrivelse STK-2026-1432").
_TYPE_AND_NUMBER = rule(
    "header.type_and_number",
    rf"^(?:{'|'.join(sorted(DOCUMENT_TYPE_KINDS, key=len, reverse=True))})"
    rf"(?:\s+(?:{ISO_DATE_SHAPE}|nr\s+[\d/]+|{CASE_NUMBER_LABEL}[.:]?))*\s+(?P<dnr>{CASE_NUMBER})\s*$",
    matches=("Tjänsteskrivelse STK-2026-1432", "Tjänsteutlåtande Dnr KS 2026/118", "Protokoll 2026-11-02 KS 2026/9"),
    not_matches=("Tjänsteskrivelse", "Utlåtande 2017:148 RII", "Malmö stad, Stadskontoret", "Yttrande över KS 2026/1"),
)


# A later page's running line naming the document and ending in its number, as a published plan or report sets it
# from page 2 on ("Handlingsplan för klimatanpassning 2026–2030 – remissversion mars 2026 KS 2026/0214"). An
# answer's running line names what it answers ("Yttrande över remiss KS 2026/0214", "Svar på remissen, KS
# 2026/0214"): that number is the referrer's, passed over; so is a sentence's, or a paragraph's, ending in a number
# (a verb, "§", "enligt", "hänvisning": "Beslutet skickas till kommunstyrelsen KS 2026/0214").
_RUNNING_TITLE_AND_NUMBER = rule(
    "header.running_title_and_number",
    rf"^(?!.*(?i:{REFERRER_LABEL}|\b(?:remiss(?:en|er|erna)?|\w*svar(?:et)?|yttrande\w*|över|angående|ang\.)\b))"
    r"(?!.*(?:§|(?i:\b(?:har|hade|ska|skall|är|var|blir|skickas|skickades|beslutade|beslutat|beslöt|antog|antogs|"
    r"fattade|fattat|gäller|avser|enligt|hänvis\w*)\b)))"
    rf"(?=.*[a-zåäö]{{3}}).*\S[\s,–-]+(?!(?:SOU|Ds)\b)(?P<dnr>{CASE_NUMBER})\s*$",
    matches=(
        "Handlingsplan för klimatanpassning 2026–2030 – remissversion mars 2026 KS 2026/0214",
        "Program för idrottsanläggningar, KFN 2027/55",
        "Strategi för trygghet – STK-2026-1432",
    ),
    not_matches=(
        "Yttrande över remiss KS 2026/0214",
        "Svar på remiss, KS 2026/0214",
        "Remissvar KS 2026/0214",
        "Synpunkter på remissen KS 2026/0214",
        "Er referens KS 2026/0214",
        "KS 2026/0214",
        "Handlingsplan KS 2026/0214 och KS 2026/0215 gäller",
        "Arbetsmarknadsdepartementet   Ds 2026:17",
        "Betänkandet SOU 2026:17",
        "Beslutet skickas till kommunstyrelsen KS 2026/0214",
        "Kommunfullmäktige beslutade den 3 mars 2026, § 12, Dnr KS 2026/0214",
        "Hänvisning till kommunstyrelsens beslut KS 2026/0214",
    ),
    flags=0,
)


def running_diarienummer(pages: Sequence[PageInfo]) -> str | None:
    """The case number a later page's running lines give (page 1's are the header's): after the document's type
    or labelled as the document's own, else after the document's name (:data:`_RUNNING_TITLE_AND_NUMBER`).

    >>> line = "Plan för X – remissversion KS 2026/0214"
    >>> pages = [PageInfo(number=n, width=1, height=1, char_count=0, furniture=[line]) for n in (1, 2)]
    >>> running_diarienummer(pages)
    'KS 2026/0214'
    """
    lines = [line.strip() for page in pages[1:] for line in page.furniture]
    for line in lines:
        if (typed := _TYPE_AND_NUMBER.match(line)) is not None:
            return typed.group("dnr")
        labelled = next((m for m in _BODY_CASE_NUMBER.finditer(line) if m.group("theirs") is None), None)
        if labelled is not None:
            return labelled.group("dnr").rstrip(".")
    return next((m.group("dnr") for line in lines if (m := _RUNNING_TITLE_AND_NUMBER.match(line))), None)


# A label alone on its line, its value on the next: short, no digit, no sentence ("Vår beteckning", "Diarienr").
_LABEL_ALONE = rule(
    "header.label_alone",
    r"^[^\d.!?]{2,30}:?$",
    matches=("Vår beteckning", "Diarienr", "Er referens:"),
    not_matches=("02134-2027", "Folkhälsomyndigheten tillstyrker förslaget i huvudsak.", "Sida 1 (2)"),
)


def _cell_texts(block: Block, below: Block | None = None) -> list[str]:
    """A block's cells, and each cell with the one beside it: a label's value may stand in the next cell
    ("Vår beteckning | SPAB 2026/88"), or, in a letter's table of references, in the same column of the row
    under it ("Datum | Vår beteckning | Er beteckning" over "2026-11-26 | 537-8812-2026 | LI2026/04417").

    >>> from atgard.schema import BBox, PageBox, TableCell
    >>> box = BBox(x0=0, top=0, x1=1, bottom=1)
    >>> def row(*texts): return Block(kind="table_row", text=" | ".join(texts), page=1,
    ...     boxes=[PageBox(page=1, bbox=box)], cells=[TableCell(text=t, bbox=box) for t in texts])
    >>> _cell_texts(row("Datum", "Vår beteckning"), row("2026-11-26", "537-8812-2026"))[-2:]
    ['Datum\\n2026-11-26', 'Vår beteckning\\n537-8812-2026']
    >>> _cell_texts(row("Sammanträdesdatum\\nParagraf\\nDiarienummer", "2027-06-08\\n§ 118\\nRS 2027-00487"))[2:]
    ['Sammanträdesdatum 2027-06-08', 'Paragraf § 118', 'Diarienummer RS 2027-00487']

    A letterhead's margin column sets each label as a paragraph over its value ("Vår beteckning" / "02134-2027").
    """
    alone = _LABEL_ALONE.pattern.match(block.text.strip())  # a look at the shape, no evidence of the number
    if not block.cells and below is not None and alone and "\n" not in below.text:
        return [block.text, f"{block.text.strip()}\n{below.text.strip()}"]  # a margin column: the label over its value
    cells = [cell.text for cell in block.cells]
    beside = [paired for label, value in itertools.pairwise(cells) for paired in _beside(label, value)]
    under = [cell.text for cell in below.cells] if below is not None and len(below.cells) == len(cells) else []
    if any(any(c.isdigit() for c in label) for label in cells):
        under = []  # a row of values, no labels
    return [*cells, *beside, *(f"{label}\n{value}" for label, value in zip(cells, under, strict=False))] or [block.text]


def _beside(label: str, value: str) -> list[str]:
    """A label's cell and the value's beside it, read together: line by line where both hold as many lines (a
    protocol's "Sammanträdesdatum / Paragraf / Diarienummer" beside "2027-06-08 / § 118 / RS 2027-00487": the
    number is the third line's, not the date after the labels)."""
    labels, values = label.splitlines(), value.splitlines()
    if len(labels) > 1 and len(labels) == len(values) and not any(c.isdigit() for c in label):  # labels only
        return [f"{a.strip()} {b.strip()}" for a, b in zip(labels, values, strict=True)]
    return [f"{label} {value}"]


# A receiver's stamp on a letter it registered: the date it came in, then the receiver's own case number ("Inkom
# 2027-04-02 / Dnr KS-2027-00188", "Inkom 2 april 2027", "Ankomstdatum:", "Registrerad", "Diarieförd"): a number
# after it is the receiver's, never the letter's; the letter's own may stand before it in the same block.
RECEIVED_STAMP = rule(
    "header.received_stamp",
    r"(?<!\S)(?:(?:Inkom|INKOM|Ankom|ANKOM)(?:men|mit|MEN|MIT)?|Ink\.|Ankomstdatum|ANKOMSTDATUM|Registrerad|"
    rf"REGISTRERAD|Diarieförd|DIARIEFÖRD)\s*:?\s*(?:den\s+)?(?i:{DATE_WORDS})",
    matches=(
        "SUNDSVALLS KOMMUN\nKommunstyrelsekontoret\nInkom 2027-04-02\nDnr KS-2027-00188",
        "Inkommen: 2026-11-03\nDnr SBN 2026/412",
        "Ankom den 2025-02-14",
        "YTTRANDE Datum: 2027-03-30 INKOM 2027-04-02",
        "Kommunstyrelsen\nInkom 2 april 2027",
        "Ankomstdatum: 2027-04-02",
        "Registrerad 2027-04-02",
        "DIARIEFÖRD 2 APRIL 2027",
    ),
    not_matches=(
        "Inkomna yttranden 2027-04-02",
        "Remissvaren ska ha inkommit senast 2027-04-02",
        "Datum: 2027-03-30\nDnr MN-2027-00241",
        "Skrivelsen inkom 2026-03-02 till kommunstyrelsen",
        "Ärendet registrerades 2027-04-02",
        "Diarieförda ärenden 2027",
    ),
    flags=0,
)


# A bracketed number, or one set off by commas, the sentence goes on after cites another body's case, not the
# document's own: "Kommunstyrelsen har remitterat … (dnr KS 2027/0477) till bland andra de allmännyttiga
# bostadsbolagen.", "… har genom remiss den 26 februari 2027, dnr Ku2027/00412, gett kommunen tillfälle att …".
# After a comma the sentence goes on with a verb or a joining word; a header line's next label does not
# ("Utbildningsförvaltningen, Dnr UBN 2027/0311, sida 1 av 3", "…, dnr KS 2027/0311, handläggare Eva Ek").
_CITED_MID_SENTENCE = rule(
    "header.cited_mid_sentence",
    r"\)\s+[a-zåäö]|,\s+(?:och|samt|men|som|där|vilket|till|från|med|om|har|hade|ska|skall|kommer|gäller|avser|"
    r"inkom|gav|gett|givit|fick|fått|\w+(?:at|it|ats|its|ade|ades))\b",
    matches=(
        ") till bland andra de allmännyttiga bostadsbolagen",
        ") och ska besvaras senast",
        ", gett Stockholms kommun",
        ", och ska besvaras senast",
        ", inkommit till kommunstyrelsen",
        ", remitterat förslaget",
        ", har nämnden",
        ", till bland andra",
    ),
    not_matches=(
        ")",
        ").",
        ") Sida 2",
        ")\nKommunstyrelsen",
        ",\nKS 2027/311",
        ". Nämnden",
        ", sida 1 av 3",
        ", handläggare Eva Ek",
        ", datum 2027-03-01",
        ", ärende 4",
    ),
    flags=0,
)


def body_diarienummer(blocks: Sequence[Block]) -> str | None:
    """A case number written on page 1 outside the running header ("Diarienummer: KSN-2019-1234"), labelled,
    else on a line of its own (or of the head's cells), else after the document's type in a later page's
    running header."""
    first_page = [block for block in blocks if block.page == 1]
    for block, below in itertools.zip_longest(first_page, first_page[1:]):
        for text in _cell_texts(block, below):
            stamp = RECEIVED_STAMP.search(text)  # the receiver's stamp: the numbers after it are the receiver's
            for found in _BODY_CASE_NUMBER.finditer(text):
                before = text[max(found.start() - 2, 0) : found.start()]
                cited = before.endswith(("(", ", ")) and _CITED_MID_SENTENCE.match(text, found.end())
                if found.group("theirs") is None and not cited and (stamp is None or found.start() < stamp.start()):
                    return found.group("dnr").rstrip(".")
    lines = [block.text for block in first_page] + head_lines(first_page)
    if bare := next((m.group("dnr") for line in lines if (m := _BARE_CASE_NUMBER.match(line))), None):
        return bare
    if subject := _mail_subject_number(first_page):
        return subject
    return _later_head_number(blocks)


def _later_head_number(blocks: Sequence[Block]) -> str | None:
    """The number a later page's first block gives as a running header: after the document's type, else after its
    name (:data:`_RUNNING_TITLE_AND_NUMBER`) where the head is a running line, set as a table's row (a publishing
    tool's running row: "Klimatanpassningsplan … 2027–2031 | Remissversion KS 2027/0412") or the same on two later
    pages, never a page's first paragraph alone."""
    heads = [next(b for b in blocks if b.page == page) for page in sorted({b.page for b in blocks} - {1})]
    texts = [text.strip() for head in heads for text in [cell.text for cell in head.cells] or [head.text]]
    if typed := next((m.group("dnr") for text in texts if (m := _TYPE_AND_NUMBER.match(text))), None):
        return typed
    running = [
        text.strip()
        for head in heads
        for text in [cell.text for cell in head.cells] or [head.text]
        if head.cells or sum(other.text.strip() == head.text.strip() for other in heads) > 1
    ]
    return next((m.group("dnr") for text in running if (m := _RUNNING_TITLE_AND_NUMBER.match(text))), None)


# The case number in an e-mail's subject line, in capitals as registered.
_MAIL_SUBJECT_CASE = rule(
    "header.mail_subject_case",
    CASE_NUMBER,
    matches=("Begäran om anstånd – remiss KS 2026/0233, Strategi för", "Remiss KSN-2026-0231 Trygghetsprogram"),
    not_matches=("Begäran om anstånd – remiss av strategin", "Anstånd till 2026/0233", "remiss ks 2026/0233"),
    flags=0,
)


def _mail_subject_number(first_page: Sequence[Block]) -> str | None:
    """The case number in a printed e-mail's subject (mail_head.py), its only one ("Ämne: Begäran om anstånd – remiss
    KS / 2026/0233, Strategi …", broken over lines in the cell beside the labels); not an answer's subject, whose
    number is the case it answers ("Ämne: Remissvar KS 2027/0611 – Gröna Stockholm …")."""
    subject = mail_subject(first_page)
    found = _MAIL_SUBJECT_CASE.search(subject) if subject and not ANSWER_TITLE.match(subject) else None
    return found.group(0) if found is not None else None


def extract_case_number(blocks: Sequence[Block]) -> str | None:
    """The case number of a protocol's extract of one §, where no head prints one: the case its § decides (an
    extract that keeps the whole protocol's first page, "Sida 1 (18)", its § on a later page); None when the
    protocol has more than one §."""
    return sole_decided_case(blocks)
