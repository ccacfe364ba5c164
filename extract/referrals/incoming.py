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
from atgard.schema.contract import Referral
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
    for remiss in agenda_table_remisser(analysed):
        box = remiss.row.located()
        referrals.append(
            Referral(
                report_title=reports.title_for(remiss.title) or remiss.title,
                action="opinion",
                scope="measures" if remiss.codes else "report",
                measure_codes=remiss.codes,
                recipients=[recipient],
                text=remiss.text,
                reply_by=remiss.reply_by,
                reply_by_source=PageBox(page=box["page"], bbox=box["bbox"]) if remiss.reply_by else None,
                **box,
            )
        )
    for listed in incoming_table_remisser(analysed):
        at = listed.row.located()
        referrals.append(
            Referral(
                report_title=reports.title_for(listed.title) or listed.title,
                action="opinion",
                scope="report",
                recipients=[recipient],
                text=listed.text,
                reply_by=listed.reply_by,
                reply_by_source=PageBox(page=at["page"], bbox=at["bbox"]) if listed.reply_by else None,
                **at,
            )
        )
    return referrals
