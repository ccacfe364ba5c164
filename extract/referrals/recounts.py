"""A referral recounted without its bodies, whose answers the text then accounts for.

A board's later protocol or memo often recounts its own remiss by the decision and the reply date alone:
"Idrottsnämnden beslutade den 23 mars 2027, § 7, att remittera förslaget till X. Svaren skulle ha kommit in
senast den 14 maj 2027." and then tells who answered, declined or has not answered, in a table ("Remissinstans |
Svar inkom | Form") or in prose ("A har meddelat att nämnden avstår från att yttra sig."). The recount names no
one; the bodies its accounts name are the ones it was sent to, as a count's are ("till fyra facknämnder",
``recipients.counted_in``). Only a recount: a referral made now with no bodies ("Förslaget remitteras.") waits
for its list (``lists``), and one the text tells of as made (perfect or past: "har remitterats", "remitterades")
or as decided before ("beslutade … att remittera", "har beslutat att skicka ut … på remiss") is over.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.referrals.answer_table import table_accounts
from atgard.extract.referrals.clauses import Clause
from atgard.extract.referrals.records import Found, Unnamed
from atgard.extract.rules import rule
from atgard.schema.contract import Referral
from atgard.schema.read import BBox, PageBox

# A past decision whose "att"-clause is the referral: "Nämnden beslutade den 23 mars 2027, § 7, att remittera",
# "Kommunstyrelsen har beslutat att även skicka ut", "Nämnden beslöt vid sitt sammanträde i mars att remittera".
# Not past a present proposal or decision coordinated after it ("beslutade att godkänna planen, och föreslår nu
# att"): the "att" is then the one made now.
_DECIDED_BEFORE = rule(
    "referral.decided_before",
    r"\b(?:beslutade|beslöt|(?:har|hade)\s+beslutat)\b(?:(?!\b(?:föreslår|föreslås|beslutar|beslutas)\b)[^.;:])*?"
    r"\batt\s+(?:(?:även|också|därefter)\s+)?$",
    matches=(
        "Idrottsnämnden beslutade den 23 mars 2027, § 7, att ",
        "Kommunstyrelsen har beslutat att även ",
        "Nämnden beslöt vid sitt sammanträde i mars att ",
        "Nämnden hade beslutat den 2 maj 2026 att ",
        "Nämnden beslutade i mars att ge förvaltningen i uppdrag att ",
    ),
    not_matches=(
        "Nämnden beslutar att ",  # a decision made now: the referral is made now
        "Nämnden beslutade den 2 maj om budgeten. Förvaltningen föreslår att ",
        "Nämnden beslutade i mars om remissen; förvaltningen föreslår att ",
        "Stadsbyggnadsnämnden föreslås besluta att ",
        "Nämnden beslutade att godkänna planen, och föreslår nu att ",
        "Kommunfullmäktige beslutade 2024 att anta planen och nämnden föreslås nu att ",
        "Nämnden beslutade i mars att anta programmet och beslutar nu att ",
    ),
)


def recounted_unnamed(clause: Clause, text: str) -> bool:
    """Whether a request that names no bodies recounts a referral made before: its verb in the perfect or past
    ("Förslaget har remitterats.", "Planen remitterades i mars."), or the "att"-clause of a past decision
    ("Nämnden beslutade den 23 mars 2027 att remittera förslaget till X", X a report)."""
    if clause.recounted:
        return True
    if clause.cue is None:
        return False
    return _DECIDED_BEFORE.found_in(text[clause.start : clause.cue.word.start])  # a gate: untraced


def told_by_table(
    analysed: Sequence[Analysed], register: BoardRegister, found: Sequence[Found], unnamed: Sequence[Unnamed]
) -> list[Found]:
    """The referrals of the recounts naming no one that a table of answers received tells of in their section:
    only such a table ("Remissinstans | Svar inkom") sets out the bodies asked; a sentence or two of answers
    ("A har yttrat sig.") may be some of them, or the document's own."""
    if not unnamed:
        return []
    # the recounts stand in for their referrals where the table's rows look for the one above them
    standing = [_standing(u) for u in unnamed]
    told = {account.section for account in table_accounts(analysed, register, [*found, *standing])}
    return [f for u in unnamed if u.section in told for f in u.made()]


def _standing(unnamed: Unnamed) -> Found:
    """A stand-in for a recount's referral: only its section and order are read."""
    where = PageBox(page=1, bbox=BBox(x0=0, top=0, x1=0, bottom=0))
    referral = Referral(report_title=None, action="opinion", scope="report", recipients=[], text="", **_at(where))
    return Found(referral, unnamed.section, unnamed.order)


def _at(where: PageBox) -> dict[str, Any]:
    return {"page": where.page, "bbox": where.bbox, "boxes": [where]}
