"""An agenda's table of incoming remisser: "Remiss | Från | Diarienr | Svar senast", a row for each remiss sent to the
agenda's own board since its last meeting:

    | Biblioteksplan för Sollentuna kommun 2028–2031 | Kommunstyrelsen | KS 2027/0551 | 15/10 2027 |

Unlike the agenda set as a table (``agenda_table``, "Remiss från kommunstyrelsen: X" in a matter column) the row's
remiss column is the report's name alone, the sender in a column of its own; the table has no column of the bodies
to answer, as its rows are all the board's. The name loses a series number ("SOU 2027:34 Fritid för alla") and an
aside in brackets; a motion or a citizens' proposal remitted to the board is no report (no referral).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from atgard.extract.analysis import Analysed
from atgard.extract.dates import DATE, as_iso
from atgard.extract.incoming import matter_title
from atgard.extract.read.text import join_lines
from atgard.extract.referrals.tables import REPLY_BY_COLUMN
from atgard.extract.reports import without_series_number
from atgard.extract.rules import rule

# The header cells of such a table: the remiss and who sent it (when the answer is due: `tables.REPLY_BY_COLUMN`).
_REMISS_COLUMN = rule(
    "incoming_table.remiss_column",
    r"^\s*(?:inkomna\s+)?(?:remiss(?:er|en|ärende|handling)?|remitterat\s+ärende)\s*$",
    matches=("Remiss", "Remisser", "Inkomna remisser", "Remissärende", "Remisshandling"),
    not_matches=("Remissinstans", "Remisstid", "Remiss från", "Svar på remiss"),
)
_SENDER_COLUMN = rule(
    "incoming_table.sender_column",
    r"^\s*(?:från|avsändare|remittent|remissgivare|inkommen\s+från|remitterad\s+av)\s*$",
    matches=("Från", "Avsändare", "Remittent", "Inkommen från", "Remitterad av"),
    not_matches=("Från och med", "Till", "Mottagare", "Ansvarig nämnd"),
)
# A matter remitted to the board that is no report: a motion, a citizens' proposal, an interpellation.
_NO_REPORT = rule(
    "incoming_table.no_report",
    r"^\s*(?:motion(?:en)?|medborgarförslag(?:et)?|e-förslag(?:et)?|interpellation(?:en)?|skrivelse)\s+(?:av|från|om)\b",
    matches=(
        "Motion av Linnea Gran (V) om avgiftsfri simskola",
        "Medborgarförslag om utegym i Edsberg",
        "Motionen från Vänsterpartiet om simskola",
    ),
    not_matches=("Motionsspår och friluftsplan 2028", "Biblioteksplan för Sollentuna kommun", "Motion"),
)
# An aside in brackets at the name's end: "(Region Stockholms remiss, nämndens synpunkter till KS)".
_ASIDE = rule(
    "incoming_table.aside",
    r"\s*\([^()]*\)\s*$",
    matches=("Regional kulturplan 2028–2031 (Region Stockholms remiss, nämndens synpunkter till KS)",),
    not_matches=("Regional kulturplan 2028–2031", "Plan (del 1) för X"),
)


@dataclass(frozen=True)
class TableRemiss:
    """A remiss an agenda's table of incoming remisser lists: the report, the reply date, the row."""

    row: Analysed
    title: str
    reply_by: str | None
    text: str


def _header(cells: Sequence[str]) -> tuple[int, int] | None:
    """The remiss and the due column of a header row that also has a sender column."""
    remiss = next((i for i, cell in enumerate(cells) if _REMISS_COLUMN.match(cell)), None)
    due = next((i for i, cell in enumerate(cells) if REPLY_BY_COLUMN.match(cell.strip())), None)
    sender = any(_SENDER_COLUMN.match(cell) for cell in cells)
    return (remiss, due) if remiss is not None and due is not None and sender else None


def report_of_row(cell: str) -> str | None:
    """The report a row's remiss cell names: "SOU 2027:34 Fritid för alla – en ny modell" -> "Fritid för alla – en
    ny modell"; none for a motion.

    >>> report_of_row("Regional kulturplan för Stockholms län 2028–2031 (Region Stockholms remiss)")
    'Regional kulturplan för Stockholms län 2028–2031'
    >>> report_of_row("Motion av Linnea Gran (V) om avgiftsfri simskola") is None
    True
    """
    if _NO_REPORT.match(cell):
        return None
    name, _ = without_series_number(_ASIDE.sub("", cell).strip())
    titled = matter_title(name.strip())
    return titled[1][:1].upper() + titled[1][1:] if titled else None


def incoming_table_remisser(analysed: Sequence[Analysed]) -> Iterator[TableRemiss]:
    """Each remiss an agenda's table of incoming remisser lists, in order."""
    columns: tuple[int, int] | None = None
    for item in analysed:
        if item.block.kind != "table_row":
            columns = None
            continue
        cells = [join_lines(cell.text.splitlines()) for cell in item.block.cells]
        if (header := _header(cells)) is not None:
            columns = header
            continue
        if columns is None or max(columns) >= len(cells) or (title := report_of_row(cells[columns[0]])) is None:
            continue
        due = DATE.search(cells[columns[1]])
        yield TableRemiss(item, title, as_iso(due) if due else None, " | ".join(cells))
