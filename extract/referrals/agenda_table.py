"""An agenda set as a table whose matter column tells a remiss sent to the board: "Nr | Ärende | Dnr |
Föredragande" with the row "4 | Remiss från kommunstyrelsen: Luleå kommuns program för föreningslivets lokaler
2027–2032. Nämnden ska särskilt yttra sig över åtgärderna 3 och 6. Svar till KS senast 12/3 2027. | …".

The matter cell opens with where the remiss came from and a colon; its first sentence names the report (without
"promemorian", "förslag till", its case number in brackets), the rest may name the measures the board is to answer
on and the reply date, also without its year ("Svar senast fredag den 26:e februari": the meeting's year).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from atgard.extract.analysis import Analysed
from atgard.extract.codes import find_codes
from atgard.extract.dates import DATE, as_iso, reply_by_of_meeting
from atgard.extract.incoming import matter_title
from atgard.extract.read.text import join_lines
from atgard.extract.rules import rule

# The header cell of the agenda's matter column: "Ärende", "Ärenden", "Ärendemening", "Rubrik".
_MATTER_COLUMN = rule(
    "agenda_table.matter_column",
    r"^\s*(?:ärende(?:n|t|mening)?|rubrik|beslutsärende)\s*$",
    matches=("Ärende", "Ärenden", "Ärendemening", "Rubrik"),
    not_matches=("Dnr", "Ärende nr", "Föredragande", "Ärendebeskrivning"),
)
# A matter cell telling a remiss sent to the board, and where it came from: "Remiss från kommunstyrelsen: X",
# "Samrådsremiss från Trafikverket: X", "Remiss från Utbildningsdepartementet – X".
_REMISS_FROM = rule(
    "agenda_table.remiss_from",
    r"^\s*(?:remiss(?:handling)?|samråd(?:sremiss)?|granskning(?:sremiss)?)\s+från\s+(?P<sender>[^:–]{3,80}?)"
    r"\s*(?::|\s–)\s*(?P<rest>\S.*)$",
    matches=(
        "Remiss från kommunstyrelsen: Luleå kommuns program för föreningslivets lokaler 2027–2032.",
        "Remiss från Utbildningsdepartementet: promemorian Fler behöriga lärare i glesbygd (U2026/03117).",
        "Samrådsremiss från Trafikverket – Väg 97 Boden–Luleå",
    ),
    not_matches=(
        "Svar på remiss från kommunstyrelsen: X",
        "Remiss från kommunstyrelsen",
        "Remisser från kommunstyrelsen: se bilaga",
    ),
)
# The end of the cell's first sentence, where the report's name ends: a full stop before a capital.
_SENTENCE_END = rule(
    "agenda_table.sentence_end",
    r"(?<=[\wåäö)])(?<!\.[a-zåäö])(?<!\.[a-zåäö]{2})(?<!\.[a-zåäö]{3})\.\s+(?=[A-ZÅÄÖ])",
    matches=("2027–2032. Nämnden ska", "(U2026/03117). Nämnden"),
    not_matches=("fr.o.m. läsåret", "t.ex. Svar", "m.fl. Nämnden", "2027–2032 Nämnden"),
    flags=0,
)


@dataclass(frozen=True)
class AgendaRemiss:
    """A remiss an agenda's table row tells: the report, the measures, the reply date, the row's text."""

    row: Analysed
    title: str
    codes: list[str]
    reply_by: str | None
    text: str


def _title_and_rest(rest: str) -> tuple[str, str] | None:
    """The report a matter cell names in its first sentence, and the sentences after it."""
    end = _SENTENCE_END.search(rest)
    first, after = (rest[: end.start()], rest[end.end() :]) if end else (rest.rstrip(" ."), "")
    titled = matter_title(first.strip())
    return (titled[1], after) if titled else None


# The label of the meeting's date above the agenda: "Dag och tid", "Tid och plats", "Sammanträdesdatum",
# "Sammanträde", "Datum och tid", "Tid:"; not the notice's own date ("Kallelse 2027-02-01", "Datum 2027-02-01").
_MEETING_LABEL = rule(
    "agenda_table.meeting_label",
    r"\b(?:dag\s+och\s+tid|tid\s+och\s+(?:plats|dag)|datum\s+och\s+tid|sammanträdes(?:dag|datum)|sammanträde[nt]?|"
    r"mötesdatum|tid)\b",
    matches=("Dag och tid | Onsdag 10/2 2027 kl. 13.15", "Tid och plats: 10/2 2027", "Sammanträdesdatum 2027-02-10"),
    not_matches=("Kallelse 2027-02-01", "Datum 2027-02-01", "Tiden för svar", "Beslutsärenden"),
)


def _meeting_date(analysed: Sequence[Analysed], before: int) -> str | None:
    """The meeting's date above the agenda's table: after its label ("Dag och tid | Onsdag 10/2 2027 kl. 13.15"),
    else the first full date above it."""
    dates = [
        (labelled is not None, found)
        for item in analysed[:before]
        for labelled in [_MEETING_LABEL.search(item.text)]
        if (found := DATE.search(item.text, labelled.end() if labelled else 0)) is not None
    ]
    chosen = next((found for labelled, found in dates if labelled), dates[0][1] if dates else None)
    return as_iso(chosen) if chosen is not None else None


def agenda_table_remisser(analysed: Sequence[Analysed]) -> Iterator[AgendaRemiss]:
    """Each remiss an agenda's table lists as sent to its board, in order."""
    column: int | None = None
    meeting: list[str | None] = []  # read once, at the first remiss
    for position, item in enumerate(analysed):
        if item.block.kind != "table_row":
            column = None
            continue
        cells = [join_lines(cell.text.splitlines()) for cell in item.block.cells]
        if (header := next((i for i, cell in enumerate(cells) if _MATTER_COLUMN.match(cell)), None)) is not None:
            column = header
            continue
        if column is None or column >= len(cells) or (found := _REMISS_FROM.match(cells[column])) is None:
            continue
        if (titled := _title_and_rest(found.group("rest"))) is None:
            continue
        title, after = titled
        meeting = meeting or [_meeting_date(analysed, position)]
        due = reply_by_of_meeting(after, meeting[0])
        yield AgendaRemiss(item, title, [code.code for code in find_codes(after)], due, cells[column])
