"""Report references: the commission reports a document names, with year and annex number.

Titles are set in italics in born-digital memos; an italic run counts as a
title when it reads like one (two or more words, a capital first) and its
context says so: "rapporten *X*", "*X* (2016)", or the same title in the
Bilagor list. The same title written with "-" and "–" is one report.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from atgard.extract.agenda_plans import item_titles
from atgard.extract.analysis import Analysed
from atgard.extract.annex_titles import NAMED_BY_NUMBER, SERIES_NUMBER, hand_broken_lines, number_year, right_edge
from atgard.extract.annex_titles import (
    without_series_number as without_series_number,  # read by the referral tables
)
from atgard.extract.own_report import own_report
from atgard.extract.report_headings import HEADING_NUMBER, described_only, heading_title, in_capitals, under_capitals
from atgard.extract.report_titles import (
    NOT_A_REPORT,
    RUNNING_TITLES,
    TitlePhrase,
    annex_entry,
    owned_titles,
    placed_titles,
    title_phrase,
)
from atgard.extract.rules import Rule, rule
from atgard.extract.subject_line import subject_lines
from atgard.extract.title_parts import PLAN_NOUN
from atgard.schema import BBox
from atgard.schema.contract import ReportRef
from atgard.schema.keys import title_key

FUZZY_TITLE_RATIO = 0.85
_ANNEX_HEADING = rule(
    "report.annex_heading",
    r"^(?:bilag(a|or)|beslutsunderlag|underlag)\s*:?$",
    matches=("Bilagor", "Bilaga:", "Beslutsunderlag"),
    not_matches=("Bilaga 1 Rapporten",),
)
# An annex whose entry starts like a report's title is one: "Slutrapport från Kommissionen för ett hållbart Malmö".
_REPORT_TITLE_START = rule(
    "report.title_start",
    r"^(?:slutrapport|delrapport|rapport(?:en)?|betänkande(?:t)?|(?:SOU|Ds)\s+\d{4}:\d+)\b",
    matches=("Slutrapport från Kommissionen för ett hållbart Malmö", "Rapport 2017:3 Trygg i hela staden"),
    not_matches=("G-Tjänsteskrivelse KS 131204 Remittering av slutrapport",),
)
# An annex that is the document's own working material, dated as such ("Sammanställning av ungas synpunkter,
# december 2025", "Remissammanställning 2026-03-02", "Sändlista", "Protokollsutdrag KS 2026-02-11"): its year is
# when it was made, not a report's; it is a report only where the text names it as one.
_WORKING_PAPER = rule(
    "report.working_paper",
    r"^(?:sammanställning(?:ar)?|remissammanställning|sammandrag|redovisning\s+av\s+(?:inkomna|synpunkter|svar)|"
    r"översikt\s+över\s+(?:inkomna|remiss)|remisslista|sändlista|remissmissiv|missiv|protokollsutdrag|"
    r"tidplan|kostnadsberäkning|remissvar\s+från|inkomna\s+(?:remissvar|yttranden|synpunkter))\b",
    matches=(
        "Sammanställning av ungas synpunkter, december 2025",
        "Remissammanställning 2026-03-02",
        "Sändlista",
        "Protokollsutdrag från kommunstyrelsen 2026-02-11",
        "Inkomna remissvar 2025",
        "Sammanställningar av enkätsvar hösten 2025",
    ),
    not_matches=(
        "Slutrapport från Kommissionen 2025",
        "Ungdomspolitiskt program 2026–2030",
        "Rapport om sammanställning",
    ),
)
_YEAR_AFTER = rule(
    "report.year_after", r"^\s*\(\s*((?:19|20)\d\d)\s*\)", matches=(" (2018)",), not_matches=(" (bilaga 1)",), flags=0
)
_REPORT_WORD = rule(
    "report.named_before",
    # the genre word also as a compound's last part: "slutrapporten", "lägesrapporten", "delbetänkandet"
    r"(\w*rapport\w*|utredning\w*|skrift\w*|\w*betänkande\w*|förslag(?:et)?\s+till|"
    r"remiss(?:en)?\s+(?:av|om)|\w*promemorian)\W*$",
    matches=(
        "i rapporten ",
        "kommissionens delrapport: ",
        "betänkandet ",
        "har skickat förslaget till ",
        "remiss av slutrapporten ",
        "i lägesrapporten ",
        "över delbetänkandet ",
    ),
    not_matches=("rapporten visar att ",),
)

# A title in italics that the document's own report replaces: "Strategin ersätter *Stockholms stads program mot
# hemlöshet 2020–2024*", "Planen ersatte *Miljöprogram 2016–2020*", "reviderar *Riktlinjer för bygglov*".
_SUPERSEDED_BEFORE = rule(
    "report.superseded_before",
    r"\b(?:ersätter|ersatte|ersätts\s+av|ersattes\s+av|ska\s+ersätta|reviderar|efterträder|"
    r"(?:är|utgör)\s+en\s+(?:revidering|uppdatering)\s+av)\s+$",
    matches=("Strategin ersätter ", "Planen ersattes av ", "Programmet är en revidering av ", "som ska ersätta "),
    not_matches=("Strategin ersätter inte ", "rapporten visar att "),
)


@dataclass(frozen=True)
class TitleSpan:
    """A report title as it stands in a block."""

    block: int
    start: int
    end: int
    text: str
    year: int | None


@dataclass(frozen=True)
class Reports:
    refs: list[ReportRef]
    spans: list[TitleSpan]
    canonical: dict[str, str]  # title key -> canonical title
    subject: str | None = None  # the report the first page's heading remits or answers ("Remiss av X")

    def title_for(self, text: str) -> str | None:
        return self.canonical.get(title_key(text))

    @property
    def sole_title(self) -> str | None:
        """The title of the document's report when it names only one."""
        return self.refs[0].title if len(self.refs) == 1 else None

    def written_in(self, item: Analysed) -> list[TitleSpan]:
        """The item's title spans, and the known titles its text writes out again in plain type where no span has
        them: a title a heading named, retold in a paragraph ("Kommunstyrelsen har remitterat förslaget till
        Helsingborgs stads handlingsplan för … till skol- och fritidsnämnden"), whose words are no body's name."""
        spans = [s for s in self.spans if s.block == item.index]
        taken = [(s.start, s.end) for s in spans]
        more = [
            s
            for s in _phrases_in([item], self._known_phrases)
            if not any(start < s.end and s.start < end for start, end in taken)
        ]
        return sorted([*spans, *more], key=lambda s: s.start)

    @functools.cached_property
    def _known_phrases(self) -> list[TitlePhrase]:
        """Every known title's phrase, made once for the document (``written_in`` asks of each paragraph)."""
        return [title_phrase(key) for key in self.canonical]

    def title_near(self, text: str) -> str | None:
        """The known title that ``text`` starts with, allowing a few misread letters (OCR).

        >>> Reports([], [], {"den lärande skolan": "Den lärande skolan"}).title_near("Den lärancle skolan ska ges")
        'Den lärande skolan'
        """
        folded = title_key(text)
        best, score = None, FUZZY_TITLE_RATIO
        for key, title in self.canonical.items():
            ratio = difflib.SequenceMatcher(None, key, folded[: len(key)]).ratio()
            if ratio >= score:
                best, score = title, ratio
        return best


def _annexes(analysed: Sequence[Analysed]) -> list[tuple[int, str, int | None, int]]:
    """(number, title, year, page) of the items under a "Bilagor" heading: a list item or paragraph each, or each line
    of a paragraph whose lines were ended by hand."""
    found: list[tuple[int, str, int | None, int]] = []
    inside = False
    for item in analysed:
        block = item.block
        if block.kind == "heading":
            inside = bool(_ANNEX_HEADING.match(block.text.strip()))
            continue
        if not inside or block.kind not in ("list_item", "paragraph"):
            continue
        broken = (  # the page's right edge read only for a paragraph of lines (most annex entries are one)
            hand_broken_lines(block, right_edge([a.block for a in analysed], block.page))
            if block.kind == "paragraph" and len(block.lines) > 1
            else None
        )
        entries = broken or [block.text.strip()]
        for text in entries:
            found.append(annex_entry(text, block, len(found) + 1))
    return found


def _italic_titles(analysed: Sequence[Analysed], annex_keys: set[str]) -> list[TitleSpan]:
    spans = []
    for item in analysed:
        text = item.block.text
        for run in item.block.runs:
            if run.style != "italic":
                continue
            title = text[run.start : run.end].strip(" .,;:")
            if len(title.split()) < 2 or not title[:1].isupper():
                continue
            year_after = _YEAR_AFTER.match(text[run.end :])
            before = text[max(0, run.start - 60) : run.start]
            context = _REPORT_WORD.search(before) or _SUPERSEDED_BEFORE.search(before)
            if not (year_after or context or title_key(title) in annex_keys):
                continue
            year = int(year_after.group(1)) if year_after else None
            spans.append(TitleSpan(item.index, run.start, run.start + len(title), title, year))
    return spans


def _textual_titles(analysed: Sequence[Analysed], keys: Iterable[str]) -> list[TitleSpan]:
    """Known titles (from the Bilagor list) written without italics, e.g. after OCR."""
    return _phrases_in(analysed, [title_phrase(key) for key in keys])  # each phrase made once, not once a block


def _phrases_in(analysed: Sequence[Analysed], patterns: Sequence[TitlePhrase]) -> list[TitleSpan]:
    """Where the blocks other than headings write out one of the titles' ``patterns``."""
    spans = []
    for item in analysed:
        if item.block.kind == "heading" or not patterns:
            continue
        folded = item.text.casefold()
        for pattern in patterns:
            for match in pattern.finditer(folded):
                spans.append(
                    TitleSpan(item.index, match.start(), match.end(), item.text[match.start() : match.end()], None)
                )
    return spans


def _near_known(key: str, known: set[str]) -> bool:
    """A longer, shorter or misread (OCR) version of a title already known."""
    for title in known:
        if key.startswith(title) or title.startswith(key):
            return True
        if difflib.SequenceMatcher(None, title[: len(key)], key).ratio() >= FUZZY_TITLE_RATIO:
            return True
    return False


def _plain_titles(
    analysed: Sequence[Analysed], taken: set[tuple[int, int]], known: set[str], read: _Read
) -> list[TitleSpan]:
    """Titles in plain type that their context marks as titles (quoted, or "rapporten X från ...").

    Read only where the document sets no title in italics (a document that does, does so
    throughout), and never as a longer version of a title already known (an annex, OCR's text).
    """
    if taken:
        return []
    spans = []
    for item in analysed:
        for pattern in RUNNING_TITLES:
            for found in _running(item, pattern, read):
                title = found.group("title").strip()
                start = found.start("title")
                if _near_known(title_key(title), known) or NOT_A_REPORT.match(title) or _a_board(item, start):
                    continue
                if 2 <= len(title.split()) <= 15:
                    spans.append(TitleSpan(item.index, start, start + len(title), title[:1].upper() + title[1:], None))
    return spans


_Read = dict[tuple[int, str], list[re.Match[str]]]  # a running title's matches by block and rule


def _running(item: Analysed, pattern: Rule, read: _Read) -> list[re.Match[str]]:
    """The rule's matches in the block, found once: _plain_titles and _named_annexes read the same blocks with
    the same rules (each rule's matches taken before they are read, as the rules' trace records them either way)."""
    key = (item.index, pattern.name)
    if key not in read:
        read[key] = list(pattern.finditer(item.block.text))
    return read[key]


def _named_annexes(analysed: Sequence[Analysed], annex_keys: set[str], read: _Read) -> set[str]:
    """The annexes the text names as reports in plain type ("har tagit fram ett förslag till X", "rapporten X"):
    read as known titles by ``_plain_titles``, they make the annex a report all the same."""
    named: set[str] = set()
    for item in analysed:
        for pattern in RUNNING_TITLES:
            matches = _running(item, pattern, read)  # read with no annex to name too: the trace records the rules
            for found in matches if annex_keys else ():
                key = title_key(found.group("title"))
                named |= {annex for annex in annex_keys if key == annex or key.startswith(f"{annex} ")}
    return named


def _owned_versions(annex_keys: set[str], named: set[str]) -> set[str]:
    """The annexes a title already named gives with its owner before it: "Stockholms stads program för X" in a
    heading is the annexed "Program för X", one report."""
    return {annex for annex in annex_keys if any(key.endswith(f" {annex}") for key in named)}


# A board's own plan by the board's genitive: "förslaget till Kulturnämndens plan för kulturella mötesplatser".
_OWN_PLAN = rule(
    "report.board_own_plan", rf"s\s+{PLAN_NOUN}", matches=("s plan", "s handlingsplan"), not_matches=("s ",)
)


def _a_board(item: Analysed, start: int) -> bool:
    """Whether a board's name starts at ``start``: "överlämnar förslaget till Trafiknämnden" names no title; its
    genitive before a plan's noun names its plan ("förslaget till Kulturnämndens plan för X 2027–2029")."""
    text = item.block.text
    return any(span.start == start and not _OWN_PLAN.match(text, span.end - 1) for span in item.boards)


def _names_an_item(item: Analysed) -> bool:
    """A heading (a protocol's § on any page), or an agenda's item: a numbered line that is no sentence."""
    block = item.block
    if block.kind == "heading":
        return True
    return block.kind == "list_item" and not block.text.rstrip().endswith(".") and len(block.text.split()) <= 25


def _item_texts(analysed: Sequence[Analysed], item: Analysed) -> Iterator[str]:
    """The text of a heading's or an agenda item's item: the blocks up to the next heading as high (or item)."""
    level, kind = item.block.level or 9, item.block.kind
    for below in analysed[item.index + 1 : item.index + _ITEM_WINDOW]:
        if below.block.kind == kind and (kind != "heading" or (below.block.level or 9) <= level):
            return
        yield below.text


_ITEM_WINDOW = 30  # blocks an item's text is read in: no pass over the document per heading


def _answered_titles(analysed: Sequence[Analysed], known: set[str]) -> list[TitleSpan]:
    """The reports headings, agenda items and a subject line answer or remit ("Yttrande över X"), unless known."""
    spans: list[TitleSpan] = []
    subject = subject_lines([item.block for item in analysed])
    for item in analysed:
        if not _names_an_item(item) and item.index not in subject:
            continue
        at, text = subject.get(item.index, (0, item.block.text))  # a subject's place in its block, and its text
        below = analysed[item.index + 1] if item.index + 1 < len(analysed) else None
        if below is not None and below.block.kind == "paragraph" and (line := under_capitals(text, below.text)):
            item, text = below, line  # the subject line under a § heading in capitals names the report
        number = HEADING_NUMBER.match(text) if item.block.kind == "heading" else None
        # the match is on the text without its item number and spaces; spans are on the block's
        indent = number.end() if number else len(text) - len(text.lstrip())
        if (found := heading_title(text[indent:].rstrip())) is None:
            continue
        whole = found.group("title").strip()
        title, series_year = without_series_number(whole)  # "Remiss av betänkandet SOU 2027:31 X": X, of 2027
        start = at + indent + found.start("title") + whole.find(title)
        taken = known | {title_key(span.text) for span in spans}
        if in_capitals(text.strip()) or described_only(title, _item_texts(analysed, item)):
            continue
        if 2 <= len(title.split()) <= 15 and not _near_known(title_key(title), taken):
            # a title is capitalised, also when the heading writes it in lower case after "förslag till"
            trailing = _SERIES_YEAR.match(text, indent + found.end("title"))  # "X (SOU 2025:19)": its year
            leading = found.groupdict().get("series_number")  # "SOU 2027:31 X": the heading's pattern leaves it out
            cited = trailing["number"] if trailing else leading
            year = number_year(cited) if cited else series_year
            end = min(start + len(title), len(item.block.text))  # a subject line may go on in the next block
            spans.append(TitleSpan(item.index, start, end, title[:1].upper() + title[1:], year))
    return spans


def _incoming_titles(analysed: Sequence[Analysed], known: set[str]) -> list[TitleSpan]:
    """The reports of an agenda's incoming remisser ("5. Samråd om X" / "Remiss från …"), and its adopted plans."""
    spans: list[TitleSpan] = []
    for incoming in item_titles(analysed):
        if not _near_known(title_key(incoming.title), known | {title_key(span.text) for span in spans}):
            end = incoming.start + len(incoming.title)
            spans.append(TitleSpan(incoming.item, incoming.start, end, incoming.title, None))
    return spans


# The year of an official series' number after a title: "(Ds 2026:22)", "(SOU 2025:19)".
_SERIES_YEAR = rule(
    "report.series_year",
    rf"\s*\(\s*(?P<number>{SERIES_NUMBER})",  # matched at the title's end (no "^": it ignores pos)
    matches=(" (Ds 2026:22)", "(SOU 2025:19)"),
    not_matches=(" (KS 2025:19)",),
    flags=0,
)


def _heading_subject(analysed: Sequence[Analysed], canonical: dict[str, str]) -> str | None:
    """The known report a first-page heading remits or answers, as the document spells it."""
    for item in analysed:
        if item.block.kind != "heading" or item.block.page != 1:
            continue
        if (found := heading_title(item.block.text.strip())) is not None:
            key = title_key(without_series_number(found.group("title").strip())[0])
            return next((title for known, title in canonical.items() if _near_known(key, {known})), None)
    return None


def _first_page_headings(analysed: Sequence[Analysed]) -> set[str]:
    """The first page's top headings, as title keys (a working paper's, "Remissammanställning", is none): an annex
    headed so is the matter the document is about (an utlåtande headed "Program för X" annexes "1. Program för
    X", the programme it proposes to adopt)."""
    return {
        title_key(item.block.text)
        for item in analysed
        if item.block.kind == "heading"
        and item.block.page == 1
        and item.block.level == 1
        and not _WORKING_PAPER.match(item.block.text.strip())
    }


def _listed_titles(analysed: Sequence[Analysed], annex_keys: set[str]) -> list[str]:
    """Annex titles as the text writes them (OCR's text has no italics to go by)."""
    return [span.text for span in _textual_titles(analysed, list(annex_keys))]


def short_titles(keys: Iterable[str]) -> dict[str, str]:
    """A report named by its main title alone, its subtitle left out, is the one named in full: each such key with
    the whole title's ("Stockholm efter tio" of "Stockholm efter tio – utredning om stadens nattliv").

    >>> short_titles(["stockholm efter tio", "stockholm efter tio - utredning om nattlivet", "trygg i staden"])
    {'stockholm efter tio': 'stockholm efter tio - utredning om nattlivet'}
    """
    keys = sorted(set(keys))
    found: dict[str, str] = {}
    for key in keys:
        wholes = [other for other in keys if other.startswith((f"{key} - ", f"{key}: "))]
        if len(wholes) == 1:
            found[key] = wholes[0]
    return found


def extract_reports(analysed: Sequence[Analysed]) -> Reports:
    annexes = _annexes(analysed)
    annex_keys = {title_key(title) for _, title, _, _ in annexes}
    spans = _italic_titles(analysed, annex_keys)
    known = annex_keys | {title_key(t) for t in _listed_titles(analysed, annex_keys)}
    italic = {(s.block, s.start) for s in spans}
    # the heading's report may be an annex too: naming it makes the annex a report
    spans += _answered_titles(analysed, {title_key(span.text) for span in spans})
    spans += _incoming_titles(analysed, {title_key(span.text) for span in spans})
    read: _Read = {}
    spans += _plain_titles(analysed, italic, known | {title_key(span.text) for span in spans}, read)
    own = [TitleSpan(*found, None) for found in own_report(analysed, {title_key(span.text) for span in spans})]
    spans += own
    named_keys = {title_key(span.text) for span in spans}
    named_keys |= _named_annexes(analysed, annex_keys - _owned_versions(annex_keys, named_keys), read)
    headed_or_named = named_keys | _first_page_headings(analysed) if annexes else named_keys
    # An annex is a report when the text names it as one, its entry carries a year (not a working paper's date), or
    # it reads like a report's title.
    annexes = [
        a
        for a in annexes
        if title_key(a[1]) in headed_or_named
        or (a[2] is not None and not _WORKING_PAPER.match(a[1]))
        or _REPORT_TITLE_START.match(a[1])
    ]
    annex_titles = {title_key(title): title for _, title, _, _ in annexes}
    covered = {(s.block, s.start) for s in spans}
    spans += [s for s in _textual_titles(analysed, list(annex_titles)) if (s.block, s.start) not in covered]
    spans.sort(key=lambda s: (s.block, s.start))

    spellings: dict[str, Counter[str]] = {}  # a title broken over a cell's lines is spelt on one
    for span in spans:
        spellings.setdefault(title_key(span.text), Counter())[" ".join(span.text.split())] += 1
    for key, title in annex_titles.items():
        spellings.setdefault(key, Counter())[" ".join(title.split())] += 1
    canonical = {key: counts.most_common(1)[0][0] for key, counts in spellings.items()}
    short = short_titles(canonical) | placed_titles(canonical) | owned_titles(canonical)
    canonical |= {key: canonical[whole] for key, whole in short.items()}

    years: dict[str, int] = {}
    for _, title, year, _ in annexes:
        if year:
            years.setdefault(title_key(title), year)
    for span in spans:
        if span.year:
            years.setdefault(title_key(span.text), span.year)
    numbers = {title_key(title): number for number, title, _, _ in annexes}
    first_seen: dict[str, tuple[int, BBox | None]] = {}
    for span in spans:
        where = analysed[span.block].located(span.start, span.end)
        first_seen.setdefault(title_key(span.text), (where["page"], where["bbox"]))
    for _, title, _, page in annexes:
        first_seen.setdefault(title_key(title), (page, None))

    order = [title_key(title) for _, title, _, _ in annexes]
    order += [key for key in dict.fromkeys(title_key(s.text) for s in spans) if key not in numbers]
    order = [key for key in order if key not in short and not NAMED_BY_NUMBER.match(canonical[key])]
    refs = [
        ReportRef(
            title=canonical[key],
            year=years.get(key),
            annex_number=numbers.get(key),
            page=first_seen.get(key, (None, None))[0],
            bbox=first_seen.get(key, (None, None))[1],
        )
        for key in order
    ]
    subject = _heading_subject(analysed, canonical) or (own[0].text if own else None)
    return Reports(refs=refs, spans=spans, canonical=canonical, subject=subject)
