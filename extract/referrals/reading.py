"""The text a referral is read in: each paragraph with the section it stands in, and a sentence broken over two
blocks read as one.

A reader may end a block in the middle of a sentence: at a page or column break, or where a name is broken over
a line ("… stadsbyggnadsnämnden, Hässelby-" / "Vällingby stadsdelsnämnd och …"). A block that ends with a
hyphen after a word, a comma, or a word that cannot end a sentence ("och", "till") goes on in the next
paragraph; the two are read as one text, every box kept.

A section runs from one heading to the next, or from a numbered item (an agenda's matter) to the next: the report
a referral names by a pronoun ("Ärendet", "Betänkandet") is the one named before in its section, and the answers a
section recounts are the answers to the referral it recounts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from atgard.extract.analysis import Analysed, analyse
from atgard.extract.boards import BoardRegister
from atgard.extract.read.text import line_joint
from atgard.extract.reports import Reports, TitleSpan
from atgard.extract.rules import rule
from atgard.extract.vocabulary import CONJUNCTION, LIST_ITEM_NUMBER, MATTER_NUMBER
from atgard.schema.read import Block, LineSpan, StyleRun

# How a block ends when its sentence goes on in the next: a hyphen after a letter ("Hässelby-"), a comma, a
# conjunction or a preposition.
GOES_ON = rule(
    "referral.goes_on_in_next_block",
    rf"(?:\w[-–]|,|\s(?:{CONJUNCTION}|till|i|för|av|med|från|samt))\s*$",
    matches=("stadsbyggnadsnämnden, Hässelby-", "remitterats till kulturnämnden,", "Ärendet har remitterats till"),
    not_matches=("Ärendet har remitterats till kulturnämnden.", "Beredning", "Ärendet – ett"),
)
# The most characters GOES_ON's ending takes before the space after it (" eller"): a match ends with the text's last
# character that is no space, so it starts at most this far before it (tests/test_speed.py).
GOES_ON_REACH = 6


# The heading of one matter among a protocol's or an agenda's several: "§ 51 Motion om fler spontanidrottsplatser",
# "Ärende 6 Förslag till Plan för offentlig konst – beslut om remiss", "Punkt 4 Remiss av X".
PARAGRAPH_HEADING = rule(
    "referral.paragraph_heading",
    rf"^{MATTER_NUMBER}",
    matches=("§ 51 Motion om", "Ärende 6 Förslag till Plan för offentlig konst", "Punkt 4 Remiss av X"),
    not_matches=("Beredning", "1 §", "Ärendet", "Ärendebeskrivning"),
)


# An agenda item's numbered line names its matter, no sentence: "Remiss av förslag till Riktlinjer för X 2027–2030".
_ITEM_TITLE = rule(
    "referral.item_title",
    r"^(?!.*[.:;]\s).*[^.:;,]$",
    matches=("Remiss av förslag till Riktlinjer för stadens lekplatser 2027–2030", "Svar på remiss av plan 2.0"),
    not_matches=("Förslaget remitteras till samtliga stadsdelsnämnder.", "Förslag till beslut:"),
)


# A heading numbered as an agenda's item: "4. Remiss av förslag till Grönplan för X 2027–2037".
_NUMBERED_HEADING = rule(
    "referral.numbered_heading",
    rf"^{LIST_ITEM_NUMBER}\s+(?P<line>\S.*)$",
    matches=("4. Remiss av förslag till Grönplan för Sundbybergs stad 2027–2037", "12) Svar på remiss"),
    not_matches=("2026 års budget", "3.1 Bakgrund"),
)


@dataclass(frozen=True)
class Unit:
    """A paragraph or list item as referrals are read in it: its text (perhaps two blocks joined), the report
    titles in it, and its section."""

    item: Analysed
    titles: list[TitleSpan]  # offsets in ``item.text``
    section: int
    heading: str | None  # the text of the section's heading
    matter: str | None = None  # the heading of the matter it stands under, in a protocol ("§ 51 Motion om …")
    directed: bool = False  # an item under a referral's lead ("Rapporten remitteras enligt följande."): a directive
    item_title: str | None = None  # the numbered line of the agenda item it stands under ("4. Remiss av X")


# A decision's point that sends on what the point before it sent, "also": "2. Förslaget skickas även på remiss till
# Polisområde Syd", "3. Även Region Stockholm ges tillfälle att yttra sig"; it stays in that point's section.
_POINT_GOES_ON = rule(
    "referral.point_goes_on",
    r"^(?:även\s|också\s|dessutom\s|"
    r"(?:förslaget|remissen|ärendet|planen|programmet|strategin|rapporten|den|det)\s+(?:\S+\s+){0,2}?"
    r"(?:även|också|dessutom)\s)",
    matches=(
        "Förslaget skickas även på remiss till Polisområde Syd Stockholm.",
        "Även Region Stockholm ges tillfälle att yttra sig.",
        "Planen remitteras dessutom till Länsstyrelsen.",
    ),
    not_matches=(
        "Remissvaren ska ha kommit in senast den 31 mars 2027.",
        "Förslaget remitteras till kulturnämnden.",
        "Kulturnämnden yttrar sig även över åtgärd A2.",
    ),
)


def reading_units(
    analysed: Sequence[Analysed], reports: Reports, register: BoardRegister, skip: frozenset[int]
) -> list[Unit]:
    """The paragraphs and list items outside ``skip``, each with its section, a broken sentence joined."""
    units: list[Unit] = []
    section, heading, matter, item_title, item_level = 0, None, None, None, 0
    joined: set[int] = set()
    for position, item in enumerate(analysed):
        if item.block.kind == "heading":
            section, heading = section + 1, item.text.strip()
            matter = heading if PARAGRAPH_HEADING.match(heading) else matter
            level = item.block.level or 9
            if (numbered := _NUMBERED_HEADING.match(heading)) and _ITEM_TITLE.match(numbered.group("line")):
                item_title, item_level = numbered.group("line"), level  # an item as a heading: "4. Remiss av X"
            elif level <= item_level or item_title is None:
                item_title = None  # a heading under the item's ("Sammanfattning", "Förslag till beslut") keeps it
            continue
        if item.index in joined or item.index in skip or item.block.kind not in ("paragraph", "list_item"):
            continue
        point = item.block.kind == "list_item" and (item.block.marker or "").rstrip(".)").isdigit()
        if point and not (units and units[-1].item.block.kind == "list_item" and _POINT_GOES_ON.match(item.text)):
            section += 1  # a numbered item opens a matter of its own: an agenda's item, a decision's point
            # a decision's point, a sentence, stays under the agenda item above it ("4. Remiss av förslag till X",
            # then "Förslag till beslut" and "1. Förslaget remitteras till …")
            item_title = item.text.strip() if _ITEM_TITLE.match(item.text.strip()) else item_title
        titles = reports.written_in(item)
        # a sentence may go on over several blocks: a list of bodies one a line, each line ending with a comma
        for following in analysed[position + 1 :]:
            if not _goes_on(item, following) or following.index in skip:
                break
            item, titles = _joined(item, following, titles, reports, register)
            joined.add(following.index)
        units.append(Unit(item, titles, section, heading, matter, item_title=item_title))
    return units


def previous_title(
    latest: Callable[[], Iterator[tuple[int, str | None]]], unit: Unit, matters: Mapping[int, str | None]
) -> str | None:
    """The report of the referral before a sentence in its section (``latest``: each referral's section and
    report, the latest first, made as far as it is read); else, for a decision's next point under a protocol's
    matter, the report of the matter's referral before it ("1. Förslaget till X remitteras till A …" / "2.
    Förslaget skickas även på remiss till B")."""
    previous = next((f for f in latest() if f[0] == unit.section), None)
    if previous is None and unit.matter is not None and unit.item.block.kind == "list_item":
        previous = next((f for f in latest() if matters.get(f[0]) == unit.matter and f[1]), None)
    return previous[1] if previous else None


def _goes_on(item: Analysed, following: Analysed) -> bool:
    if following.block.kind != "paragraph":
        return False
    text = item.text  # searched over its last words only: the engine tried the rule at every character of the block
    return bool(GOES_ON.search(text, max(0, len(text.rstrip()) - GOES_ON_REACH))) and following.text[:1].isalpha()


def _shifted(line: LineSpan, offset: int) -> LineSpan:
    return LineSpan(start=line.start + offset, end=line.end + offset, page=line.page, bbox=line.bbox)


def _joined(
    first: Analysed, second: Analysed, titles: list[TitleSpan], reports: Reports, register: BoardRegister
) -> tuple[Analysed, list[TitleSpan]]:
    drop, glue = line_joint(first.text, second.text)
    head = first.text.rstrip(" ")
    head = head[: len(head) - drop] + glue
    offset = len(head)
    a, b = first.block, second.block
    block = Block(
        kind=a.kind,
        text=head + b.text,
        level=a.level,
        marker=a.marker,
        runs=[*a.runs, *(StyleRun(style=r.style, start=r.start + offset, end=r.end + offset) for r in b.runs)],
        page=a.page,
        boxes=[*a.boxes, *b.boxes],
        lines=[*a.lines, *(_shifted(line, offset) for line in b.lines)],
    )
    item = replace(analyse([block], register)[0], index=first.index)
    moved = [
        TitleSpan(first.index, s.start + offset, s.end + offset, s.text, s.year)
        for s in reports.spans
        if s.block == second.index
    ]
    return item, titles + moved
