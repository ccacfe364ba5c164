"""What the text says became of its referrals: who answered, declined or has not answered, and the referral an
account implies when the text states none.

An utlåtande's Beredning recounts a referral and then its answers ("Ärendet har remitterats till A, B och C.
A och B har yttrat sig. C avstår från att yttra sig."): each account belongs to the referral recounted before it
in its section, and tells its bodies' status. Bodies an account names that the referral did not are no recipients
("Yttrande har även inkommit från X": an answer no one asked for).

An agenda may name only the answers: "Malmö stad har beretts tillfälle att yttra sig över X. Yttranden har
lämnats av A och B, medan C har meddelat att den avstår." The city was asked, and its boards answered for it:
the city referred the matter to them, a referral recounted with its answers. So an account makes a referral of
its own where the section's referral went to a whole municipality, or where its bodies are named as the
remissinstanser; anywhere else a list of answers is no referral.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from atgard.extract.referrals.common import default_report
from atgard.extract.referrals.records import Account, Found
from atgard.extract.reports import Reports
from atgard.extract.rules import rule
from atgard.schema.contract import BoardRef, Recipient, Referral, StatedAnswer
from atgard.schema.read import PageBox

Outcome = Literal["answered", "declined", "unanswered"]

# An account that says when the answer came: within the reply time, or after it.
_IN_TIME = rule(
    "referral.answered_in_time",
    r"\binom\s+(?:remisstiden|svarstiden|(?:den\s+)?utsatt\s+tid)|\bi\s+(?:rätt\s+)?tid\b|"
    r"\bföre\s+(?:remisstidens|svarstidens)\s+(?:utgång|slut)|\binnan\s+remisstiden\s+(?:gick|löpte)\s+ut",
    matches=(
        "har yttrat sig inom remisstiden",
        "har svarat inom utsatt tid",
        "kom in i tid",
        "lämnade sitt yttrande före remisstidens utgång",
    ),
    not_matches=("har yttrat sig", "efter remisstidens utgång", "i tidigare remisser"),
)
_LATE = rule(
    "referral.answered_late",
    r"\befter\s+(?:remisstidens|svarstidens)\s+(?:utgång|slut)|\befter\s+(?:den\s+)?utsatt\s+tid|\bför\s+sent\b|"
    r"\befter\s+(?:det\s+)?att\s+remisstiden\s+(?:hade\s+|har\s+)?(?:gått|löpt|gick|löpte)\s+ut|"
    r"\befter\s+sista\s+svarsdag(?:en)?",
    matches=(
        "yttrandet kom in den 13 mars 2027, en dag efter remisstidens utgång",
        "kom in för sent",
        "inkom efter att remisstiden gått ut",
        "svarade efter sista svarsdagen",
    ),
    not_matches=("har yttrat sig inom remisstiden", "efter remissen", "försent"),
)


def in_time(text: str) -> bool | None:
    """What an account says of when its answers came: True within the reply time, False after it, None either
    or neither.

    >>> in_time("A har yttrat sig inom remisstiden."), in_time("Svaret kom för sent."), in_time("A har svarat.")
    (True, False, None)
    """
    early, late = _IN_TIME.search(text) is not None, _LATE.search(text) is not None
    return None if early == late else early


def _timed(account: Account) -> bool | None:
    """Whether an answer came in time: as the day it came says (a table's row), else as the account's words."""
    return account.in_time if account.in_time is not None else in_time(account.text)


_OUTCOMES: dict[str, Outcome] = {"answered": "answered", "declined": "declined", "unanswered": "unanswered"}


@dataclass
class Finding:
    """A referral with what the text says of it: recounted or made now, and its bodies' answers."""

    referral: Referral
    section: int
    recounted: bool = False
    answered: list[str] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    stated: list[StatedAnswer] = field(default_factory=list)  # the same, as the contract states them

    def note(self, account: Account, names: set[str]) -> None:
        target = {"answered": self.answered, "declined": self.declined, "unanswered": self.unanswered}[account.kind]
        for recipient in account.recipients:
            if recipient.name.casefold() in names and recipient.name not in target:
                target.append(recipient.name)
                board = BoardRef(name=recipient.name, board_id=recipient.board_id, kind=recipient.kind)
                source = PageBox(page=account.where["page"], bbox=account.where["bbox"])
                timed = _timed(account) if account.kind == "answered" else None
                self.stated.append(
                    StatedAnswer(board=board, outcome=_OUTCOMES[account.kind], source=source, in_time=timed)
                )

    def referral_with_accounts(self) -> Referral:
        """The referral as the contract has it: recounted or made now, with what became of it."""
        return self.referral.model_copy(update={"recounted": self.recounted, "stated_answers": list(self.stated)})


def with_accounts(found: Sequence[Found], accounts: Sequence[Account], reports: Reports) -> list[Finding]:
    """Every referral with its accounts, and the referrals that accounts imply (see the module's text)."""
    findings = [Finding(f.referral, f.section, f.recounted) for f in found]
    implied: dict[int, Finding] = {}
    counted = {id(finding) for f, finding in zip(found, findings, strict=True) if f.counted}
    for account in sorted(accounts, key=lambda a: a.order):
        if account.also:
            continue
        before = sorted(
            (pair for pair in zip(found, findings, strict=True) if _before(pair[0], account)),
            key=lambda pair: pair[0].order,
        )
        told = [finding for _, finding in before] or _recounted_earlier(found, findings, account)
        # the bodies a referral counted ("till fyra facknämnder", "till samtliga 26 kommuner i länet"): those its
        # accounts name, in its section or in a table of answers of its own below it
        counting = [finding for finding in told if id(finding) in counted]
        if counting:
            _add(counting[-1], account, tell=False)
        for finding in told:
            # the referrals that named the bodies get their status
            finding.note(account, {r.name.casefold() for r in finding.referral.recipients})
        if counting:
            continue
        towns_only = bool(before) and all(f.to_a_town for f, _ in before)
        if not (towns_only or (account.remissinstanser and not before)):
            continue  # answers from bodies no referral named: no referral of their own
        title = before[-1][1].referral.report_title if before else default_report(reports)
        finding = implied.get(account.section) or _implied(account, title)
        implied[account.section] = finding
        _add(finding, account)
    kept = [f for f in [*findings, *implied.values()] if f.referral.recipients]  # a count no account named
    return sorted(kept, key=lambda f: (f.referral.page, f.referral.bbox.top))


def _before(found: Found, account: Account) -> bool:
    return found.section == account.section and found.order <= account.order


def _recounted_earlier(found: Sequence[Found], findings: Sequence[Finding], account: Account) -> list[Finding]:
    """The referrals an account in a section of its own tells of: those recounted in the last earlier section that
    recounts one ("Beredning: Förslaget har remitterats till A, B och C." / "Remissammanställning: A tillstyrker
    förslaget. B har inte besvarat remissen.")."""
    earlier = [
        (f, finding) for f, finding in zip(found, findings, strict=True) if f.recounted and f.order < account.order
    ]
    if not earlier:
        return []
    last = max(f.section for f, _ in earlier)
    return [finding for f, finding in earlier if f.section == last]


def _implied(account: Account, title: str | None) -> Finding:
    referral = Referral(
        report_title=title, action="opinion", scope="report", recipients=[], text=account.text, **account.where
    )
    return Finding(referral, account.section, recounted=True)


def _add(finding: Finding, account: Account, tell: bool = True) -> None:
    """The account's bodies added to the referral's; ``tell``: its text too (the referral it implies is told by
    its accounts)."""
    names = {r.name.casefold() for r in finding.referral.recipients}
    added: list[Recipient] = [r for r in account.recipients if r.name.casefold() not in names]
    finding.referral = finding.referral.model_copy(update={"recipients": [*finding.referral.recipients, *added]})
    if tell and account.text not in finding.referral.text:
        finding.referral = finding.referral.model_copy(update={"text": f"{finding.referral.text} {account.text}"})
    finding.note(account, {r.name.casefold() for r in finding.referral.recipients})
