"""The cases (ärenden) a document cites besides its own: the case each § of a protocol decides, the case an
answer answers.

A protocol prints each §'s case number under its heading ("§ 50 Svar på remiss …" then "Dnr KS 2025/0112"),
bare ("0412/25", "KSN-2026-0231"), or in the heading itself ("§ 12 Budget 2026 Dnr KS 2025/123", "§ 9 Remiss
av rapporten Trygg i hela staden (KS 2026/412)"). An answer's case is its ``in_reply_to``. The store links the
document to each case (``decides``, ``answers``) besides its own (its diarienummer).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from atgard.extract.rules import rule
from atgard.extract.vocabulary import CASE_NUMBER_LABEL, CASE_NUMBER_PRINTED, CASE_SERIES, CASE_YEAR
from atgard.schema import Block
from atgard.schema.contract import Answer, CaseCitation
from atgard.schema.keys import case_key

# A § of a protocol: its number and then its heading. Not a range ("§§ 14–15") nor a § cited in a sentence.
_SECTION = rule(
    "cases.section",
    r"^§\s*\d+\s+\S",
    matches=(
        "§ 318 Yttrande till Utbildningsdepartementet över promemorian Skolskjuts",
        "§ 49 Val av justerare",
        "§14 Program för stadens samverkan med den idéburna sektorn",
    ),
    not_matches=("Kommunstyrelsens arbetsutskott 2025-04-30, § 71", "§§ 14–15", "Utdraget omfattar §§ 14–15.", "§ 71"),
)
# Not a date ("2025-04-30"), an SOU's, a Ds's or a law's number ("SOU 2025:47": a colon joins those).
_NOT_A_CASE = r"(?!\d{4}-\d\d-\d\d\b)(?!(?:SOU|Ds|SFS|Prop)\b)"
# A bare case number, without its label: a year and a serial number joined by "/" or "-", either order.
# Without the registry's letters, a serial number of three digits or more; "2025/26" is a school year.
_BARE = (
    rf"{CASE_SERIES}[\s-]?{CASE_YEAR}[/-]\d{{1,7}}|{CASE_YEAR}[/-]\d{{3,7}}"
    r"|(?!(?:19|20)\d\d/\d\d\b)\d{3,7}/(?:19|20)?\d\d"
)
# The first line of a § after its heading: its case number, labelled or bare, then nothing or the § going on.
_SECTION_CASE_NUMBER = rule(
    "cases.section_case_number",
    rf"^\s*(?:{CASE_NUMBER_LABEL}[.:]?\s*(?P<labelled>{_NOT_A_CASE}{CASE_NUMBER_PRINTED})|(?P<bare>{_BARE}))(?=\s|$)",
    matches=(
        "Dnr KS 2025/0112",
        "Dnr. KS-2025/112",
        "Dnr: KS 2025/112",
        "Diarienummer KS 2018/331",
        "Diarienr 1.5.1-112-2017",
        "0412/25",
        "KSN-2026-0231",
        "KS 2018/331",
        "Dnr HÄ 2026/118 Remiss från kulturnämnden, dnr KUN 2026/412.",
    ),
    not_matches=(
        "Kommunstyrelsens arbetsutskott 2025-04-30, § 71",
        "2025-04-30",
        "12",
        "Beslut",
        "Dnr 2025-04-30",
        "SOU 2025:47",
        "2025/26 års budget",
    ),
)
# A case number closing a § heading: labelled, or in brackets (year and serial joined by "/" or "-").
_HEADING_CASE_NUMBER = rule(
    "cases.heading_case_number",
    rf"(?:{CASE_NUMBER_LABEL}[.:]?\s*(?P<labelled>{_NOT_A_CASE}{CASE_NUMBER_PRINTED})"
    rf"|\((?:{CASE_NUMBER_LABEL}[.:]?\s*)?(?P<bracketed>{_NOT_A_CASE}{CASE_SERIES}[\s-]?{CASE_YEAR}[/-]\d{{1,7}})\))"
    r"\s*$",
    matches=(
        "§ 12 Budget 2026 Dnr KS 2025/123",
        "§ 9 Remiss av rapporten Trygg i hela staden (KS 2026/412)",
        "§ 9 Remiss av rapporten Trygg i hela staden (dnr KS 2026/412)",
        "§ 3 Val av revisorer, diarienummer: 2025/87",
    ),
    not_matches=(
        "§ 4 Yttrande över betänkandet Ett starkare skolbibliotek (SOU 2025:47)",
        "§ 1 Val av justerare",
        "§ 5 Sammanträdestider för 2026",
        "§ 14 Program för samverkan 2018–2022",
    ),
)
# How many blocks after its heading a § may print its case number in (a subheading may come between).
_LINES_AFTER_HEADING = 2


def _decides(block: Block, start: int, end: int, number: str) -> CaseCitation:
    first = block.locate(start, end)[0]
    return CaseCitation(number=number, relation="decides", page=first.page, bbox=first.bbox)


def _section_case(heading: Block, after: Sequence[Block]) -> CaseCitation | None:
    """The case a § decides: the number closing its heading, else the one opening a block just after it."""
    if found := _HEADING_CASE_NUMBER.search(heading.text):
        group = "labelled" if found.group("labelled") else "bracketed"
        return _decides(heading, found.start(group), found.end(group), found.group(group))
    for block in after[:_LINES_AFTER_HEADING]:
        if _SECTION.match(block.text.strip()):
            break
        if found := _SECTION_CASE_NUMBER.match(block.text):
            group = "labelled" if found.group("labelled") else "bare"
            return _decides(block, found.start(group), found.end(group), found.group(group))
    return None


def decided_cases(blocks: Sequence[Block]) -> Iterator[CaseCitation]:
    """The case each § of a protocol decides, where the § names one, in the protocol's order."""
    for index, block in enumerate(blocks):
        if _SECTION.match(block.text.strip()) and (cited := _section_case(block, blocks[index + 1 :])):
            yield cited


def cited_cases(blocks: Sequence[Block], answers: Sequence[Answer]) -> list[CaseCitation]:
    """The cases the document cites besides its own: each § decides one, each answer answers one; once each."""
    found = [*decided_cases(blocks)]
    found += [
        CaseCitation(number=a.in_reply_to, relation="answers", page=a.page, bbox=a.bbox)
        for a in answers
        if a.in_reply_to
    ]
    seen: set[tuple[str | None, str]] = set()
    cited = []
    for citation in found:
        if (key := (case_key(citation.number), citation.relation)) not in seen and key[0] is not None:
            seen.add(key)
            cited.append(citation)
    return cited


def sole_decided_case(blocks: Sequence[Block]) -> str | None:
    """The case a protocol's one § decides (an extract of one §), read in one pass; None with more §§ or none."""
    headings = [index for index, block in enumerate(blocks) if _SECTION.match(block.text.strip())]
    cited = _section_case(blocks[headings[0]], blocks[headings[0] + 1 :]) if len(headings) == 1 else None
    return cited.number if cited is not None else None
