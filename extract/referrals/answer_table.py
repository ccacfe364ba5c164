"""A table of the answers received: what a final memo's review of a remiss sets row by row.

"Inkomna remissvar" (or "Remissammanställning") often tabulates the answers under a header of a body column
and a column of when each answer came: "Remissinstans | Svar inkom | Ställningstagande", "Instans | Inkom |
Synpunkter", "Nämnd/bolag | Datum för yttrande". Each row is an account of one body: a date says it answered
(on or before the reply date in time, after it late); a dash or an empty date cell with "Har inte svarat",
"Inget svar" says it has not; "Avstår från att yttra sig" says it declined. The rows are accounts like the
sentences' (``accounts``): they belong to the referral the section recounts, else to the one recounted in the
last earlier section.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.dates import ReplyBy, answers_due, iso_date
from atgard.extract.mentions import read_board_list
from atgard.extract.read.text import join_lines
from atgard.extract.referrals.records import Account, Found
from atgard.extract.referrals.tables import carries_over
from atgard.extract.rules import rule
from atgard.extract.vocabulary import FINITE_VERB, VIEW_VERB

# The header cell of the column naming the bodies.
_BODY_COLUMN = rule(
    "answer_table.body_column",
    r"^\s*(?:remiss)?instans(?:er(?:na)?)?\s*$|^\s*(?:nämnd|bolag|organisation|myndighet|avsändare)"
    r"(?:er(?:na)?)?(?:\s*(?:/|och|,)\s*(?:nämnd|bolag|organisation|myndighet)(?:er(?:na)?)?)?\s*$",
    matches=("Remissinstans", "Remissinstanser", "Instans", "Nämnd/bolag", "Organisation", "Nämnd och bolag"),
    not_matches=("Ansvarig nämnd", "Remissinstansernas synpunkter", "Åtgärd"),
)
# The header cell of the column telling when each answer came: "Svar inkom", "Inkom", "Yttrande inkom",
# "Svarsdatum", "Datum för svar", "Inkommet datum", "Datum" alone is a meeting's or a decision's.
_RECEIVED_COLUMN = rule(
    "answer_table.received_column",
    r"^\s*(?:(?:svar|yttrande|remissvar)(?:et)?\s+)?(?:inkom(?:mit|met|men)?|kom\s+in)(?:\s+datum|\s+den)?\s*$|"
    r"^\s*(?:svars|yttrande)datum\s*$|^\s*datum\s+för\s+(?:svar|yttrande|remissvar)(?:et)?\s*$|"
    r"^\s*inkommet\s+datum\s*$",
    matches=("Svar inkom", "Inkom", "Yttrande inkom", "Svarsdatum", "Datum för yttrande", "Remissvaret kom in"),
    not_matches=("Datum", "Beslutsdatum", "Svar", "Inkomna remissvar i sammandrag"),
)
# ... or, in a section that speaks of the remiss, a column of the answers themselves, its cells a date with what
# came ("Yttrande 2027-04-27"), "Inget svar har inkommit" or "Avstår från att yttra sig": "Remissinstans | Svar |
# Kommentar" (read only where no column says when).
_ANSWER_COLUMN = rule(
    "answer_table.answer_column",
    r"^\s*(?:svar(?:et)?|remissvar(?:et)?|status|svar\s+och\s+datum)\s*$",
    matches=("Svar", "Remissvar", "Status", "Svar och datum"),
    not_matches=("Svar senast", "Svarar på", "Svarsdatum"),
)
# ... but a "Status" column is an answer's only beside a column of the bodies asked ("Remissinstans", "Instans"):
# "Nämnd | Åtgärd | Status" ("Pågår", "Genomförd 2027-03-01") follows up measures, no answers.
_STATUS_COLUMN = rule(
    "answer_table.status_column",
    r"^\s*status\s*$",
    matches=("Status", " status "),
    not_matches=("Svar", "Statusrapport", "Status för åtgärden"),
)
_ASKED_COLUMN = rule(
    "answer_table.asked_column",
    r"^\s*(?:remiss)?instans(?:er(?:na)?)?\s*$",
    matches=("Remissinstans", "Remissinstanser", "Instans", "Remissinstanserna"),
    not_matches=("Nämnd", "Nämnd/bolag", "Organisation", "Ansvarig nämnd"),
)
# A row's cell saying the body declined: "Avstår från att yttra sig", "Avstått", "Avböjer", "Avstår".
_DECLINED = rule(
    "answer_table.declined",
    r"\bavst(?:år|ått|od)\b|\bavböj\w*|\bavstå\s+från",
    matches=("Avstår från att yttra sig", "Har avstått", "Avböjer att svara", "avstod"),
    not_matches=("Tillstyrker", "Avstyrker åtgärd 3"),
)
# A row's cell saying the body has not answered: "Har inte svarat", "Inget svar", "Ej inkommit", "Svar saknas".
_UNANSWERED = rule(
    "answer_table.unanswered",
    r"\b(?:har\s+)?(?:inte|ej)\s+(?:svarat|inkommit|kommit\s+in|yttrat\s+sig)|\binget\s+(?:svar|yttrande)\b|"
    r"\b(?:svar|yttrande)\s+saknas\b",
    matches=("Har inte svarat", "Inget svar", "Ej inkommit", "Svar saknas", "Inget yttrande har kommit in"),
    not_matches=("Tillstyrker", "Inga synpunkter", "Svar inkom"),
)
# A cell with no date: a dash of any kind, or nothing.
_NO_DATE = rule("answer_table.no_date", r"^\s*[-\u2010-\u2015]*\s*$", matches=("–", "", "-"), not_matches=("5 maj",))


def _header(cells: Sequence[str]) -> tuple[int, int] | None:
    """The body column's and the received column's places in a header row, if it is one."""
    texts = [join_lines(cell.splitlines()) for cell in cells]
    received = next((i for i, text in enumerate(texts) if _RECEIVED_COLUMN.search(text)), None)
    if received is None:
        received = next((i for i, text in enumerate(texts) if _ANSWER_COLUMN.match(text)), None)
    if received is None:  # the rarer column first: a referral table's "Remissinstans" is no answer's
        return None
    body = next((i for i, text in enumerate(texts) if _BODY_COLUMN.search(text)), None)
    if body is None or (_STATUS_COLUMN.match(texts[received]) and not _ASKED_COLUMN.match(texts[body])):
        return None
    return body, received


# A status cell that starts by declining: "Avstår från att yttra sig", "Avböjer", "Avstod". With a date beside it
# the body declined only so; "Tillstyrker men avstår från synpunkter på åtgärd 3:2" answered.
_DECLINES = rule(
    "answer_table.declines",
    r"^\s*(?:avst(?:år|ått|od)|avböj\w*|avstå\s+från)\b",
    matches=("Avstår från att yttra sig", "Avböjer", "Avstod"),
    not_matches=("Tillstyrker men avstår från synpunkter på åtgärd 3:2",),
)
# What makes a table one of answers: its section or a sentence above it speaks of the remiss ("Inkomna
# remissvar", "Remissammanställning", "Följande yttranden har kommit in"); a protocol's table of incoming letters
# ("Avsändare | Inkom | Ärende") is none.
_ANSWERS_SECTION = rule(
    "answer_table.section",
    r"\bremiss\w*|\byttranden(?:a)?\b|\binkomna\s+svar\b",
    matches=("Inkomna remissvar", "Remissammanställning", "Följande yttranden har kommit in"),
    not_matches=("Anmälan av inkomna skrivelser", "Delegationsbeslut"),
)


def _outcome(row: Sequence[str], body: int, received: int) -> tuple[str, str | None]:
    """A row's account: its kind and the date the answer came, if the row says. A date says answered (in time or
    late) unless a status cell starts by declining; without one, a status cell that declines or tells of no
    answer says so, any other says answered (no date), and none at all says unanswered."""
    status = [cell for i, cell in enumerate(row) if i not in (body, received) and not _NO_DATE.match(cell)]
    date = iso_date(row[received])
    if date is not None:
        return ("declined", None) if any(_DECLINES.search(cell) for cell in status) else ("answered", date)
    rest = " ".join([*status, row[received]])  # an answers column says so itself: "Inget svar har inkommit"
    if _DECLINED.search(rest):
        return "declined", None
    if _UNANSWERED.search(rest) or (not status and _NO_DATE.match(row[received])):
        return "unanswered", None
    return "answered", None


def _rows(analysed: Sequence[Analysed], register: BoardRegister) -> Iterator[tuple[int, str | None, Account]]:
    """Each row of a table of answers received as an account (its section unset: -1), with the index of the
    heading above it (-1: none) and the day the answer came."""
    columns: tuple[int, int] | None = None
    heading = -1
    speaks = False  # the section or a sentence in it speaks of the remiss
    last_page = 0  # the page of the last row read
    above = 0  # the blocks read since the last row
    rest_of: set[int] = set()  # rows that hold the rest of the row above ("Gatu- och" / "samhällsmiljönämnden")
    for position, item in enumerate(analysed):
        if position in rest_of:
            continue
        if item.block.kind == "heading":
            heading, speaks = item.index, False
        if item.block.kind != "table_row":
            above += 1
            columns = columns if _running_head(item, last_page, above) else None
            speaks = speaks or _ANSWERS_SECTION.found_in(item.text)  # a gate: untraced
            continue
        cells = [cell.text for cell in item.block.cells]
        last_page, above = item.block.page, 0
        if (header := _header(cells)) is not None:
            columns = header if speaks else None
            continue
        if columns is None or max(columns) >= len(cells):
            continue
        body, received = columns
        if (rest := _rest_below(analysed, position, cells)) is not None:
            cells = [f"{a}\n{b}" if a.strip() and b.strip() else a or b for a, b in zip(cells, rest, strict=True)]
            rest_of.add(position + 1)
        recipients = read_board_list(_FOOTNOTE_MARK.sub("", join_lines(cells[body].splitlines())), register)
        if not recipients:
            continue
        kind, date = _outcome([join_lines(c.splitlines()) for c in cells], body, received)
        text = " | ".join(join_lines(cell.splitlines()) for cell in cells)
        yield heading, date, Account(kind, recipients, -1, (item.index, 0), text, item.located())


# A page's running head, which a table's rows go on under on the next page: one short line that tells nothing
# ("Region Stockholm / Trafikförvaltningen", "Tjänsteutlåtande Dnr TN 2027-0418 Sida 2 (5)"); a sentence
# ("Sammanfattningsvis stöder remissinstanserna förslaget.") is the text after the table.
_RUNNING_HEAD = rule(
    "answer_table.running_head",
    rf"^(?!.*(?<![\wåäö-])(?:{FINITE_VERB}|{VIEW_VERB})(?![\wåäö-]))[^\n]{{1,80}}(?<![.!?:;])$",
    matches=("Region Stockholm / Trafikförvaltningen", "Tjänsteutlåtande Dnr TN 2027-0418 Sida 2 (5)", "Sida 2 av 5"),
    not_matches=(
        "Sammanfattningsvis stöder remissinstanserna förslaget.",
        "Remissinstanserna tillstyrker förslaget i stort",
        "Följande yttranden har kommit in:",
        "Remissinstanserna har i huvudsak ställt sig bakom förslaget och anser att det bör genomföras snarast",
    ),
)
_HEAD_BLOCKS = 2  # a running head's blocks at most, before the first row on the new page


def _running_head(item: Analysed, last_page: int, above: int) -> bool:
    """Whether a block between a table's rows keeps the table going: a page's running head (``_RUNNING_HEAD``)
    among the first blocks of the page after the last row's; a heading, a body paragraph or any block on the
    row's own page ends the table."""
    block = item.block
    if block.kind == "heading" or block.page <= last_page or above > _HEAD_BLOCKS:
        return False
    return _RUNNING_HEAD.found_in(item.text)  # a gate: untraced


# A footnote's mark after a body's name: "Sigtuna kommun *" (an answer that came late), "Nacka kommun 1)",
# "Nacka kommun (1)", "Nacka kommun¹", "Nacka kommun (*)".
_FOOTNOTE_MARK = rule(
    "answer_table.footnote_mark",
    r"\s*(?:\(?\*+\)?|\(?\d\)|[¹²³])\s*$",
    matches=(
        "Sigtuna kommun *",
        "Nacka kommun**",
        "Nacka kommun 1)",
        "Nacka kommun (1)",
        "Nacka kommun¹",
        "Nacka kommun (*)",
        "Nacka kommun*)",
    ),
    not_matches=("Nacka kommun", "Stadsdelsnämnd 3", "Nacka kommun (KS)"),
)


def _rest_below(analysed: Sequence[Analysed], position: int, cells: Sequence[str]) -> list[str] | None:
    """The cells of the next row where it holds the rest of this one: a body wrapped in its cell ("Gatu- och" /
    "samhällsmiljönämnden | | "), or a row split by a page break (``tables.carries_over``)."""
    if position + 1 >= len(analysed) or analysed[position + 1].block.kind != "table_row":
        return None
    below = [cell.text for cell in analysed[position + 1].block.cells]
    return below if carries_over(cells, below) else None


def table_accounts(analysed: Sequence[Analysed], register: BoardRegister, found: Sequence[Found]) -> list[Account]:
    """The accounts of the document's tables of answers received, each in the section of the referral recounted
    above it under the same heading; with none there, in a section of its own (the accounts then tell of the
    referral recounted in the last earlier section)."""
    accounts: list[Account] = []
    due: list[ReplyBy] | None = None  # the reply dates the text states, read at the first dated row
    for heading, date, account in _rows(analysed, register):
        row = account.order[0]
        above = [f for f in found if f.section >= 0 and heading < f.order[0] < row]
        section = max(above, key=lambda f: f.order).section if above else _OWN_SECTION + max(heading, 0)
        timed = None
        if date is not None:
            due = answers_due(analysed) if due is None else due
            where = (account.where["page"], account.where["bbox"].top)
            stated = [d.date for d in due if (d.source.page, d.source.bbox.top) < where]
            timed = date <= stated[-1] if stated else None  # an answer on the reply date is in time
        accounts.append(replace(account, section=section, in_time=timed))
    return accounts


# Sections of the tables' own: above every section the text counts (reading.py numbers them from 0 upward).
_OWN_SECTION = 1_000_000
