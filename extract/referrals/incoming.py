"""The remisser an agenda lists as sent to its own board (``atgard.extract.incoming``), as referrals to that board:
the report its item names, the board as recipient, the reply date the item gives ("Svar till kommunstyrelsen
senast: 2026-06-12"); an agenda set as a table tells them in its matter column (``agenda_table``), a table of
incoming remisser a row each (``incoming_table``)."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.incoming import incoming_remisser
from atgard.extract.mentions import resolve_name
from atgard.extract.referrals.agenda_table import agenda_table_remisser
from atgard.extract.referrals.incoming_table import incoming_table_remisser
from atgard.extract.reports import Reports
from atgard.schema.contract import Recipient, Referral
from atgard.schema.read import PageBox, union_per_page


def agenda_referrals(
    analysed: Sequence[Analysed], reports: Reports, board: str | None, register: BoardRegister
) -> list[Referral]:
    """A referral to ``board`` (whose agenda it is) for each incoming remiss its agenda lists."""
    if not board:
        return []
    by_index = {item.index: item for item in analysed}
    recipient = resolve_name(board, register)
    referrals = []
    for incoming in incoming_remisser(analysed):
        lines = [by_index[i] for i in incoming.lines]
        boxes = union_per_page([box for line in lines for box in line.block.boxes])
        referrals.append(
            Referral(
                report_title=reports.title_for(incoming.title) or incoming.title,
                action="opinion",
                scope="report",
                recipients=[recipient],
                text=" / ".join(line.text.strip() for line in lines),
                page=boxes[0].page,
                bbox=boxes[0].bbox,
                boxes=boxes,
            )
        )
    rows = [(r.row, r.title, r.codes, r.reply_by, r.text) for r in agenda_table_remisser(analysed)]
    rows += [(r.row, r.title, [], r.reply_by, r.text) for r in incoming_table_remisser(analysed)]
    referrals += [
        _row_referral(row, reports.title_for(title) or title, codes, due, text, recipient)
        for row, title, codes, due, text in rows
    ]
    return referrals


def _row_referral(
    row: Analysed, report: str, codes: list[str], reply_by: str | None, text: str, recipient: Recipient
) -> Referral:
    """A remiss a table's row tells as sent to the board, its reply date stated by the row."""
    box = row.located()
    return Referral(
        report_title=report,
        action="opinion",
        scope="measures" if codes else "report",
        measure_codes=codes,
        recipients=[recipient],
        text=text,
        reply_by=reply_by,
        reply_by_source=PageBox(page=box["page"], bbox=box["bbox"]) if reply_by else None,
        **box,
    )
