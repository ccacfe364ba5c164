"""Dates as memos write them, and the reply dates of referrals.

"den 15 mars 2018", "15 mars 2018", "2018-03-15"; a reply date follows
"senast" ("senast den 15 mars 2018", "tillhanda senast 2018-03-15"). A date in
a referral's own sentence or table row is that referral's; a sentence about the
answers as a whole ("Svaren ska ha inkommit till kommunstyrelsen senast den 15
mars 2018.", also as a decision point) gives the date of every referral that
states none. A letter's dateline with an ISO date ("Stockholm 2027-06-14") dates a
letter that gives no other date.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from atgard.extract.analysis import Analysed
from atgard.extract.read.text import ISO_DATE, text_lines
from atgard.extract.rules import rule
from atgard.extract.vocabulary import (
    BOARD_WORD,
    CASE_NUMBER_LABEL,
    CASE_NUMBER_PRINTED,
    ISO_DATE_SHAPE,
    MONTH,
    MONTHS,
    OFFICE_WORD,
    OWN_REFERENCE_LABEL,
    REFERRER_LABEL,
    fragment,
)
from atgard.schema import Block, PageBox
from atgard.schema.contract import Referral

# A day, also as an ordinal: "13 maj", "13:e maj", "1:a juni".
_DAY = r"(?P<day>\d{1,2})(?::[ae])?"
# A month shortened, as a table or a notice writes it: "29 okt. 2027", "3 sept 2027", "1 feb. 2028".
_SHORT_MONTH = r"(?:jan|febr?|apr|jun|jul|aug|sept?|okt|nov|dec)(?:\.|(?=\s))"
_LONG = rf"(?:den\s+)?{_DAY}\s+(?P<month>{MONTH}|{_SHORT_MONTH})\s+(?P<year>(?:19|20)\d\d)"
# A page's, a table's or a chapter's number before it is no date: "sid 12/3 2027", "Tabell 4/5 2027", "Kap. 3/4 2027".
_NUMBERED_THING = ("sid", "sida", "sidan", "s", "tabell", "figur", "diagram", "kap", "kapitel", "bilaga", "avsnitt")
_NOT_NUMBERED = "".join(rf"(?<!(?i:\b{word}{dot}\s))" for word in _NUMBERED_THING for dot in ("", r"\.")) + r"(?<!§\s)"
# A day and a month in figures, then the year: "12/3 2027", "19/5 2027" (never a case number's "2026/611", nor a
# school year's "2027/28").
_NUMERIC = (
    rf"(?<![\w/.-]){_NOT_NUMBERED}(?P<nday>[12]\d|3[01]|0?[1-9])/(?P<nmonth>1[0-2]|0?[1-9])\s+"
    r"(?P<nyear>(?:19|20)\d\d)(?![\d/-])"
)
_DATE = rf"{_LONG}|(?P<iso>{ISO_DATE.pattern})|{_NUMERIC}"
# A named group of a pattern, made plain where the pattern goes into another: "(?P<day>" -> "(?:".
_NAMED_GROUP = rule("dates.named_group", r"\(\?P<\w+>", matches=("(?P<day>\\d)",), not_matches=("(?:\\d)",), flags=0)
# The same dates inside another rule's pattern, its named groups made plain: "den 30 april 2025", "2025-04-30".
DATE_WORDS = _NAMED_GROUP.sub("(?:", _DATE)
LONG_DATE = rule(
    "dates.long",
    _LONG,
    matches=("15 mars 2018", "den 15 mars 2018", "den 13:e maj 2027", "1:a juni 2027", "29 okt. 2027", "3 sept 2027"),
    not_matches=("2018-03-15", "15 mars", "13:s maj 2027", "29 okt.", "3 septe 2027", "12 ju. 2027"),
)
DATE = rule(
    "dates.date",
    _DATE,
    matches=("den 15 mars 2018", "senast 2018-03-15", "senast 12/3 2027", "Stockholm 19/5 2027", "den 1/10 2027"),
    not_matches=(
        "mars 2018",
        "BUN 2026/611 2027",
        "läsåret 2027/28",
        "12/3",
        "32/3 2027",
        "12/13 2027",
        "1/2 2027/3",
        "sid 12/3 2027",
        "Tabell 4/5 2027",
        "Kap. 3/4 2027",
        "§ 12/3 2027",
    ),
)
# "Vällingby den 8 mars 2018": a place and a date on a line of their own, where a letter or a proposal is signed.
DATELINE = rule(
    "dates.dateline",
    rf"^[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?\s+den\s+\d{{1,2}}\s+{MONTH}\s+\d{{4}}$",
    matches=("Vällingby den 8 mars 2018", "Stockholm den 21 maj 2025"),
    not_matches=("Beslutet fattades av nämnden den 8 mars 2018", "Stockholm den 8 mars 2018 kl. 10"),
)
# Words that label a date and are no place: "Datum 2027-06-14", "Justerat 2027-06-14", "Inkom 2027-06-14".
_DATE_LABEL = (
    r"datum|dater\w+|utfärda[dt]|upprätta[dt]|revidera[dt]|uppdatera[dt]|fastställ[dt]|besluta[dt]|antagen|antaget|"
    r"justera[dt]|inkom\w*|ankom\w*|mottagen|registrera[dt]|diarieför[dt]|expediera[dt]|publicera[dt]|ändra[dt]|"
    r"version|senast|gäller|giltig\w*|beslutsdatum|sammanträde\w*|utskri\w+|granska[dt]|godkän[dt]|"
    # a document's type over its date ("Yttrande 2027-06-14", "Remiss 2027-03-04")
    r"\w*remiss\w*|yttrande\w*|\w*svar|promemoria|pm|tjänste\w+|\w*skrivelse|beslut\w*|missiv|kallelse|rapport"
)
# A place's word, never a label's nor a body's ("Kommunstyrelsen 2013-12-04" plans a meeting, it dates nothing).
_PLACE_WORD = (
    rf"(?!(?i:{_DATE_LABEL})\b)(?![\wåäö-]*(?i:{BOARD_WORD}|{OFFICE_WORD}|fullmäktige|utskott\w*|protokoll\w*)\b)"
    r"[A-ZÅÄÖ][\wåäö-]+"
)
# "Stockholm 2027-06-14", "Malmö den 2027-06-14", "Göteborg, 2027-06-14", "Stockholm 19/5 2027": a place and a date
# in figures on a line of their own, where a letter is dated (its letterhead, or its end before the signature).
ISO_DATELINE = rule(
    "dates.iso_dateline",
    rf"^{_PLACE_WORD}(?:\s+{_PLACE_WORD})?(?:\s+den|,)?\s+(?:(?P<iso>{ISO_DATE_SHAPE})|{_NUMERIC})$",
    matches=(
        "Stockholm 19/5 2027",
        "Stockholm 2027-06-14",
        "Malmö den 2027-06-14",
        "Göteborg, 2027-06-14",
        "Upplands Väsby 2027-06-14",
        "Hägersten-Liljeholmen 2027-06-14",
        "Halmstad 2027-06-14",
    ),
    not_matches=(
        "Stockholm 2027-06-14 hölls ett möte",
        "i Stockholm 2027-06-14",
        "Datum 2027-06-14",
        "Datum: 2027-06-14",
        "Justerat 2026-04-23",
        "Reviderad 2027-06-14",
        "Yttrande 2027-06-14",
        "Remiss 2027-03-04",
        "Tjänsteutlåtande 2027-06-14",
        "Vårt dnr SP 2027-031",
        "Kommunstyrelsen 2013-12-04",
        "Kommunstyrelsen Sammanträdesdatum 2027-01-18",
        "Kommunstyrelsen Sammanträdesprotokoll 2027-01-18",
        "Stadsledningskontoret 2027-06-14",
        "Stockholm 14 juni 2027",
        "Vårt dnr 19/5 2027",
        "Stockholm 19/5 2027/28",
    ),
    flags=0,
)
# A letterhead's numbers and its dateline on one line ("Ert dnr KS 2027/0417 Vårt dnr SP 2027-031 Stockholm
# 2027-06-14"): what follows the last labelled number may be the dateline.
_AFTER_NUMBER = rule(
    "dates.after_number",
    rf"^.*(?:{CASE_NUMBER_LABEL}|{REFERRER_LABEL}|{OWN_REFERENCE_LABEL})\s*:?\s*{CASE_NUMBER_PRINTED}\s+(?P<rest>.+)$",
    matches=("Ert dnr KS 2027/0417 Vårt dnr SP 2027-031 Stockholm 2027-06-14", "Er referens: STK-2026-0872 Malmö"),
    not_matches=("Stockholm 2027-06-14", "Vårt dnr SP 2027-031"),
)
# A date's weekday before it: "fredag den 12 mars 2027", "måndagen den 3 maj 2027".
WEEKDAY = fragment(
    "date.weekday",
    r"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?",
    matches=("måndag", "fredagen", "Torsdagen"),
    not_matches=("dag", "vardagen", "helgdag"),
)
_WEEKDAY = rf"(?:{WEEKDAY}\s+)?"
# A deadline for the answers said without "senast": "Sista dag för svar är ...", "Remisstiden går ut ..."
_LAST_DAY = (
    r"(?:sista\s+(?:dag(?:en)?|datum)\s+för\s+(?:svar|yttrande|remissvar|synpunkter)\w*|"
    r"(?:sista\s+)?svars(?:datum|dag)(?:et|en)?\s*:?)"
)
# "Remisstiden går ut den …" (told after it: "gick ut", "har gått ut"), "Remisstiden är till och med den …";
# "yttra sig till och med den …"
_TIME_RUNS_OUT = (
    r"(?:(?:remiss|svars)tiden\s+(?:går|gick|löper|löpte|har\s+gått|hade\s+gått|har\s+löpt|hade\s+löpt)\s+ut|"
    r"remisstiden\s+(?:är|löper|pågår)\s+(?:till\s+och\s+med|t\.o\.m\.?|till)|"
    r"(?:yttra\s+sig|svara|inkomma\s+med\s+(?:yttrande|svar))\s+(?:till\s+och\s+med|t\.o\.m\.?))"
)
_REPLY_BY = rule(
    "dates.reply_by",
    rf"\b(?:senast(?:\s*:)?|{_LAST_DAY}(?:\s+(?:är|var))?|{_TIME_RUNS_OUT})"
    rf"\s+{_WEEKDAY}(?:den\s+)?(?:{_DATE})",
    matches=(
        "för yttrande senast den 15 mars 2018",
        "tillhanda senast 2018-03-15",
        "Svar senast 15 maj 2017",
        "Svaren ska lämnas senast fredag den 12 mars 2027.",
        "Sista dag för svar är den 1 juni 2027.",
        "Remisstiden går ut den 12 maj 2027.",
        "Remisstiden gick ut den 2 juni 2027.",
        "Svarstiden har gått ut den 2 juni 2027",
        "Remisstiden löpte ut den 2 juni\n2027.",
        "… på remiss till trafiknämnden med sista svarsdatum 2026-04-30.",
        "Svarsdatum: 2026-04-30",
        "Remisstiden är till och med den 12 maj 2026.",
        "får tillfälle att yttra sig till och med den 30 april 2026",
        "Svar till kommunstyrelsen senast: 2026-06-12",
        "Svaren ska ha kommit in senast fredagen den 24/9 2027.",
        "senast den 2027-05-14",
        "Sista svarsdag var den 26/2 2027.",  # told after it, in a compiling memo
    ),
    not_matches=(
        "under de senaste tio åren",
        "senast i juni 2019",
        "Sista dag för ansökan är den 1 juni 2027.",
        "Programmet gäller till och med den 31 december 2030.",
    ),
)
# A reply date without its year, in a matter of a meeting's agenda: "Svar senast fredag den 26:e februari"; the
# meeting's year is its year (``reply_by_of_meeting``). The answer is named before it in the same clause, not a
# report or an application due ("Förvaltningen ska återrapportera senast den 1 juni").
_REPLY_BY_DAY = rule(
    "dates.reply_by_day",
    r"\b(?:svar|yttrande|remissvar|synpunkter)\w*\b[^.;]{0,40}?"
    rf"\bsenast\s+{_WEEKDAY}(?:den\s+)?{_DAY}\s+(?P<month>{MONTH})\b(?!\s*(?:19|20)\d\d)",
    matches=(
        "Svar senast fredag den 26:e februari.",
        "Yttrande senast 1:a april",
        "Svaret ska lämnas till kommunstyrelsen senast den 3 mars",
    ),
    not_matches=(
        "senast den 3 mars 2027",
        "Svar senast i mars",
        "under de senaste 3 månaderna",
        "Uppdraget ska redovisas senast den 3 mars.",
        "Förvaltningen ska återrapportera senast den 1 juni.",
        "Ansökan ska vara inne senast 15 april",
        "Svar på remissen. Förvaltningen ska återrapportera senast den 1 juni.",
    ),
)
# The words between what the sender wants and its "senast", in one clause: no stop, no word opening another
# clause ("om", "hur", "när", "att", "som").
_SAME_CLAUSE = r"(?:\s+(?!(?:om|hur|när|att|som|där|vad|vilka?|huruvida|innan|eftersom)\b)[^\s.;]+){0,6}?\s+senast\b"
# "senast" followed by its date, perhaps after a weekday, or ending the text (the date goes on in the next block).
_DATE_AFTER = rf"(?=\s+{_WEEKDAY}(?:den\s+)?(?:{DATE_WORDS})|\s*$)"
_ANSWERS_DUE = rule(
    "dates.answers_due",
    r"\b(?:svar\w*|yttrande\w*|remissvar\w*|synpunkter\w*|remissinstansernas\s+svar)\b.*?"
    r"\b(?:inkommit|kommit\s+in|inkomma|lämnas|lämnats|tillhanda|ges\s+in|önskas)\b.*?\bsenast\b|"
    r"\b(?:lämna|inkomma\s+med|komma\s+in\s+med|avge)\s+(?:\w+\s+){0,3}?(?:svar|yttrande|remissvar|synpunkter)\w*"
    r"\b.*?\bsenast\b|\byttra\s+sig\b.*?\bsenast\b|"
    rf"\b{_LAST_DAY}\b|\b{_TIME_RUNS_OUT}\b|"
    # a missive's line or label: "Svar senast den …", "… Svar senast: 2028-01-31"
    r"^\s*(?:svar|yttrande|remissvar|synpunkter)(?:en|et|na)?\s+senast\b|"
    r"\b(?:svar|yttrande|remissvar|synpunkter)(?:en|et|na)?\s+senast\s*:|"
    # the sender wants them: "Era synpunkter vill vi ha senast …", "Vi vill ha ert svar senast …", in the same
    # clause, "senast" before a date (or the block's end, the date in the next): not "… på om åtgärden kan vara
    # genomförd senast den 31 december 2028", nor "… på förslaget. Åtgärden ska vara genomförd senast 2028."
    rf"\b(?:svar|yttrande|remissvar|synpunkter)\w*\s+vill\s+vi\s+ha\b(?:\s+in)?{_SAME_CLAUSE}{_DATE_AFTER}|"
    rf"\bvi\s+vill\s+ha\s+(?:\w+\s+){{0,2}}?(?:svar|yttrande|remissvar|synpunkter)\w*\b{_SAME_CLAUSE}{_DATE_AFTER}",
    matches=(
        "Svaren ska ha inkommit till kommunstyrelsen senast den 15 mars 2018.",
        "Remissinstansernas svar ska ha inkommit till kommunstyrelsen senast den 15 mars 2018.",
        "Yttrandet ska vara kommunstyrelsen tillhanda senast 2018-03-15.",
        "Svar önskas senast 2027-03-15.",
        "Sista dag för svar är den 1 juni 2027.",
        "Remisstiden går ut den 12 maj 2027.",
        "Remisstiden är till och med den 12 maj 2026.",
        "Remisstiden gick ut den 2 juni 2027.",
        "Remissinstanserna ombads att lämna sina svar till kommunstyrelsen senast den 12 september 2025.",
        "Nämnderna ombeds yttra sig senast den 3 mars 2026.",
        "Svar senast den 14 januari 2028.",
        "Synpunkter senast 2027-05-10.",
        "Remiss: Förslag till X Diarienummer: TN 2027-0934 Svar senast: 2028-01-31, till registrator",
        "Era synpunkter vill vi ha senast fredagen den 24/9 2027.",
        "Yttrandet vill vi ha in senast den 1 mars 2027.",
        "Vi vill ha ert svar senast den 1 mars 2027.",
        "Svaren vill vi ha in i god tid, senast den 1 mars 2027",
    ),
    not_matches=(
        "Vi vill ha en plan som senast 2030 är genomförd.",
        "Era synpunkter vill vi ha med i arbetet.",
        "Synpunkter vill vi ha på förslaget. Åtgärden ska vara genomförd senast 2028.",
        "Vi vill ha ett svar på om åtgärden kan vara genomförd senast den 31 december 2028.",
        "Synpunkterna vill vi ha med när planen revideras senast 2030.",
        "Stadsledningskontoret ska redovisa uppdraget senast den 1 juni.",
        "Svaren från nämnderna visar att senast inkomna ärenden",
        "Svar på fråga om senast antagna plan",
        "SISAB: åtgärd D2.3, med svar senast den 15 maj 2026",
    ),
)
# A deadline the document's own body must meet, not its recipients: the answer it owes a ministry or its parent
# body ("Stadens yttrande ska vara Finansdepartementet tillhanda senast …", "Kommunstyrelsens remisstid går ut …",
# "Departementet har begärt att stadens svar ska ha kommit in senast …").
_OWN_DEADLINE = rule(
    "dates.own_deadline",
    r"\b(?:stadens|kommunens|regionens|kommunstyrelsens|koncernens|nämndens|förvaltningens|bolagets)\s+"
    r"(?:\w+\s+)?(?:svar|yttrande|remissvar|remisstid)\w*|\w+departement\w*|\bregeringskansliet\b",
    matches=(
        "Stadens yttrande ska vara Finansdepartementet tillhanda senast den 1 mars 2026.",
        "Kommunstyrelsens remisstid går ut den 30 september 2025.",
        "Departementet har begärt att stadens svar ska ha kommit in senast den 10 oktober 2025.",
        "Svaret ska ha kommit in till Socialdepartementet senast den 3 maj 2026.",
    ),
    not_matches=(
        "Remissvaren ska ha kommit in till kommunstyrelsen senast den 28 november 2025.",
        "Dotterbolagens yttranden ska ha kommit in till moderbolaget senast den 29 augusti 2025.",
    ),
)


def iso_date(text: str) -> str | None:
    """The first date in a text, as ISO.

    >>> iso_date("Stockholm den 5 mars 2017"), iso_date("senast 2018-03-15"), iso_date("mars 2018")
    ('2017-03-05', '2018-03-15', None)
    """
    found = DATE.search(text)
    return as_iso(found) if found else None


def _month_number(name: str) -> int:
    """A month's number from its name, also shortened: "oktober", "okt." -> 10 (each month's first three letters
    are its own)."""
    return [month[:3] for month in MONTHS].index(name.lower()[:3]) + 1


def as_iso(found: re.Match[str]) -> str:
    """A match of :data:`DATE` or :data:`LONG_DATE` as ISO."""
    if found.groupdict().get("iso"):
        return found.group("iso")
    if found.groupdict().get("nday"):
        return f"{found.group('nyear')}-{int(found.group('nmonth')):02d}-{int(found.group('nday')):02d}"
    month = _month_number(found.group("month"))
    return f"{found.group('year')}-{month:02d}-{int(found.group('day')):02d}"


def reply_by_of_meeting(text: str, meeting: str | None) -> str | None:
    """The reply date a matter of a meeting's agenda gives: in full, else without its year, which is then the first
    year that puts the date on or after the meeting (``meeting``, ISO).

    >>> reply_by_of_meeting("Svar senast fredag den 26:e februari.", "2027-02-10")
    '2027-02-26'
    >>> reply_by_of_meeting("Svar senast den 15 januari.", "2027-12-08")
    '2028-01-15'
    >>> reply_by_of_meeting("Svar senast 12/3 2027", None)
    '2027-03-12'
    """
    if (found := _REPLY_BY.search(text)) is not None:
        return as_iso(found)
    if (day := _REPLY_BY_DAY.search(text)) is None or meeting is None:
        return None
    month = MONTHS.index(day.group("month").lower()) + 1
    year = int(meeting[:4])
    due = f"{year}-{month:02d}-{int(day.group('day')):02d}"
    return due if due >= meeting else f"{year + 1}{due[4:]}"


@dataclass(frozen=True)
class ReplyBy:
    date: str
    source: PageBox
    own: bool = False  # the document's own body's deadline (to a ministry, a parent body), not its recipients'


def reply_by_in(item: Analysed, start: int = 0, end: int | None = None) -> ReplyBy | None:
    """A reply date stated in ``item.text[start:end]`` ("senast den 15 mars 2018")."""
    text = item.text[start:end]
    found = _REPLY_BY.search(text)
    if found is None:
        return None
    where = item.located(start + found.start(), start + found.end())
    return ReplyBy(as_iso(found), PageBox(page=where["page"], bbox=where["bbox"]))


# A missive's reply date set on a line of its own, in a framed box or as a bold line the reader takes for a heading:
# "Svar senast: fredagen den 12 mars 2027", "Sista svarsdag 2027-03-12".
_DUE_LINE = rule(
    "dates.due_line",
    r"^\s*(?:(?:(?:remis)?svar(?:en|et)?|yttrande(?:t|na|n)?|synpunkter(?:na)?)\s+senast|"
    rf"{_LAST_DAY})\s*:?\s+"
    rf"{_WEEKDAY}(?:den\s+)?(?:{_DATE})\s*\.?\s*$",
    matches=(
        "Svar senast: fredagen den 12 mars 2027",
        "Yttrande senast den 3 maj 2027",
        "Remissvaren senast 2027-03-12",
        "Sista svarsdag: 2027-03-12",
        "Yttrandet senast måndagen den 14 juni 2027.",
    ),
    not_matches=(
        "Svar senast",
        "Svar senast: fredagen den 12 mars 2027 till registrator",
        "Svar på remiss senast 2027",
        "Uppdraget redovisas senast den 12 mars 2027",
    ),
)


def answers_due(analysed: Sequence[Analysed]) -> list[ReplyBy]:
    """The reply dates stated for the answers as a whole, in reading order (a sentence about them, a decision point,
    a missive's line of its own that the reader took for a heading); a sentence the reader broke before its date goes
    on in the next block ("… senast" / "den 4 september 2026.")."""
    found = []
    for position, item in enumerate(analysed):
        if item.block.kind == "heading" and _DUE_LINE.match(item.text):
            found += [due] if (due := reply_by_in(item)) else []
            continue
        if item.block.kind not in ("paragraph", "list_item"):
            continue
        for sentence in item.sentences():
            if not _ANSWERS_DUE.search(sentence.text):
                continue
            due = reply_by_in(item, sentence.start, sentence.end)
            if due is None and sentence.end >= len(item.text.rstrip()) and position + 1 < len(analysed):
                due = _date_going_on(sentence.text, analysed[position + 1])
            if due is not None:
                found.append(replace(due, own=bool(_OWN_DEADLINE.search(sentence.text))))
    return found


def _date_going_on(text: str, following: Analysed) -> ReplyBy | None:
    """The reply date a sentence broken at its block's end gives at the next block's start."""
    if text.rstrip().endswith((".", "!", "?", ":")) or following.block.kind != "paragraph":
        return None
    joined = f"{text.rstrip()} "
    found = _REPLY_BY.search(joined + following.text)
    if found is None or found.end() <= len(joined):
        return None
    start = max(found.start(), len(joined)) - len(joined)
    where = following.located(start, found.end() - len(joined))
    return ReplyBy(as_iso(found), PageBox(page=where["page"], bbox=where["bbox"]))


def _shared_date(referral: Referral, stated: Sequence[ReplyBy]) -> ReplyBy | None:
    """The date stated for the answers next after the referral ("... remitterats till X. Svaren ska ha inkommit
    senast ..."), else the last before it; the document's own deadline (to a ministry, "Stadens svar ska ha kommit
    in till departementet senast ...") only when no date is addressed to the recipients on that side of it: a board's
    agenda tells each remiss and then its own deadline ("Kommunstyrelsen har i sin tur överlämnat remissen till skol-
    och fritidsnämnden …" / "Nämndens svar ska vara kommunstyrelsen tillhanda senast den 12 maj 2027"), the
    recipients' date of another item standing before."""
    where = (referral.page, referral.bbox.top)
    after = [due for due in stated if (due.source.page, due.source.bbox.top) >= where]
    before = [due for due in stated if (due.source.page, due.source.bbox.top) < where][::-1]
    ranked = [due for dates in (after, before) for own in (False, True) for due in dates if due.own == own]
    return ranked[0] if ranked else None


def with_reply_dates(
    referrals: Sequence[Referral], analysed: Sequence[Analysed], items: Sequence[tuple[int, float]] = ()
) -> list[Referral]:
    """Each referral with its own reply date, else the date stated for the answers nearest it in its protocol item
    (``items``: where each § heading stands, ``decision_sections.item_starts``; a date in § 12 is § 12's
    referral's, never § 9's), else none."""
    stated = answers_due(analysed)
    dated = []
    for referral in referrals:
        item = bisect_right(items, (referral.page, referral.bbox.top))
        in_item = [due for due in stated if bisect_right(items, (due.source.page, due.source.bbox.top)) == item]
        # a date the referral came with (an agenda's matter, ``reply_by_of_meeting``) is its own too
        due = _own_date(referral) or (None if referral.reply_by else _shared_date(referral, in_item))
        dated.append(
            referral.model_copy(update={"reply_by": due.date, "reply_by_source": due.source}) if due else referral
        )
    return dated


def _own_date(referral: Referral) -> ReplyBy | None:
    """A date in the referral's own sentence ("... för yttrande senast den 15 mars 2018") or table row."""
    found = _REPLY_BY.search(referral.text)
    if found is None and " | " in referral.text:  # a referral table's row: its date is the reply date
        found = DATE.search(referral.text)
    if found is None:
        return None
    return ReplyBy(as_iso(found), PageBox(page=referral.page, bbox=referral.bbox))


def iso_dateline(blocks: Sequence[Block]) -> str | None:
    """The date of a letter's dateline written with an ISO date ("Stockholm 2027-06-14"), the last resort after every
    other date: a line of the letterhead (also in a block the reader merged: "Ert dnr … / Vårt dnr … / Stockholm
    2027-06-14", or after its numbers on their line), else a closing paragraph of its own; never a table's cell, nor
    a date in running text; a cell of the head's row only, where it closes the addressee's ("Till / Stockholms stad /
    Kommunstyrelsen / Er referens: KS 2027/0418 / Stockholm 2027-06-14")."""
    for n, block in enumerate(_letterhead(blocks)):
        lines = _pdf_lines(block) if block.kind == "paragraph" else []
        if n == 0 and block.kind == "table_row":  # the head's row: its cells' lines
            lines = [line.strip() for cell in block.cells for line in cell.text.splitlines()]
        tails = [after.group("rest") for line in lines if (after := _AFTER_NUMBER.match(line))]
        if found := next((found for line in [*lines, *tails] if (found := ISO_DATELINE.match(line))), None):
            return as_iso(found)
    closing = [found for b in blocks if b.kind == "paragraph" and (found := ISO_DATELINE.match(b.text.strip()))]
    return as_iso(closing[-1]) if closing else None


def _letterhead(blocks: Sequence[Block]) -> list[Block]:
    """The blocks that open page 1 before its title: up to the first heading after any other block (a logo's heading
    may stand first)."""
    head: list[Block] = []
    for block in itertools.takewhile(lambda block: block.page == 1, blocks):
        if block.kind == "heading" and any(other.kind != "heading" for other in head):
            break
        head.append(block)
    return head


def _pdf_lines(block: Block) -> list[str]:
    """A block's PDF lines, else its text's."""
    spans = [block.text[line.start : line.end] for line in block.lines] or text_lines(block.text)
    return [span.strip() for span in spans]
