"""Referral directives: which boards give an opinion on which report, or report on which measures.

A referral sentence has a trigger (synpunkter, yttrande, remiss, redovisa
förutsättningar) and a recipient list in one of four places:

* after "av" in the passive: "Synpunkter på rapporten X ges i första hand av A, B och C."
* after "till" with remiss: "Ärendet har remitterats till A, B ... och D." / "sändes ut på remiss till A"
* before "ska" in the active: "Samtliga nämnder och bolagsstyrelser ska redovisa sina förutsättningar ..."
* after a colon where the lead says "följande": "Ärendet har remitterats till följande nämnder: A, B och C"

The list is read item by item (",", "och", "samt", "respektive"); an item that is a board is
resolved through the register, a capitalised name outside it is an outside
body, "(och därutöver) de nämnder ... som ..." is the condition, and anything
else ends the list.

One module per reader: ``sentences`` (a referral stated in a sentence), ``lists`` (its
recipients listed under a lead), ``tables`` (a row each); ``zones`` finds where a
sentence's list stands, ``recipients`` reads it, ``common`` holds what they share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.referrals.accounts import Finding, with_accounts
from atgard.extract.referrals.common import addressed_to_self
from atgard.extract.referrals.remisslist import POINTS_TO_LIST, list_referral_of, remiss_lists, with_list
from atgard.extract.referrals.sentences import Found, sentence_referrals
from atgard.extract.referrals.tables import carries_over, table_referrals
from atgard.extract.reports import Reports
from atgard.schema.contract import Referral

__all__ = ["Finding", "addressed_to_self", "carries_over", "extract_referrals", "referral_findings"]


def _same_directive(referral: Referral) -> tuple[object, ...]:
    return (
        referral.report_title,
        referral.action,
        tuple(referral.measure_codes),
        tuple(r.name for r in referral.recipients),
    )


def referral_findings(analysed: Sequence[Analysed], reports: Reports, register: BoardRegister) -> list[Finding]:
    """Every referral of a document, in order, with what the text says of it (recounted, answered, declined);
    one stated twice (summary, decision) is kept once."""
    read = sentence_referrals(analysed, reports, register)
    found = read.referrals + [Found(r, -1) for r in table_referrals(analysed, reports, register)]
    for recipients, rows in remiss_lists(analysed, register):
        pointing = next((i for i, f in enumerate(found) if POINTS_TO_LIST.search(f.referral.text)), None)
        if pointing is None:
            found.append(Found(list_referral_of(recipients, rows, reports), -1, (rows[0].index, 0)))
        else:
            found[pointing] = replace(found[pointing], referral=with_list(found[pointing].referral, recipients, rows))
    unique: dict[tuple[object, ...], Finding] = {}
    for finding in with_accounts(
        sorted(found, key=lambda f: (f.referral.page, f.referral.bbox.top)), read.accounts, reports
    ):
        unique.setdefault(_same_directive(finding.referral), finding)
    return list(unique.values())


def extract_referrals(analysed: Sequence[Analysed], reports: Reports, register: BoardRegister) -> list[Referral]:
    """Every referral directive of a document, in order; one stated twice (summary, decision) is kept once."""
    return [finding.referral for finding in referral_findings(analysed, reports, register)]
