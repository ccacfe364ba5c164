"""Referral directives: which bodies are asked for an opinion on which report, or to report on which measures.

A referral is found as a clause (``clauses``): a cue, a verb by its lemma ("remittera" and its compounds,
"översända", "ombe", "bereda tillfälle", "yttra sig", "redovisa" …, ``cues``) or a noun ("remissinstanser",
"Remissen går till"), and the zones where its voice and word order put its bodies: after "till" (or before the
verb, "har till A remitterat"), the subject (or after the verb when an adverb opens the clause), the object of
an active "berett A tillfälle", after "av" or "från". Each clause is judged (``judge``): only a request for an
opinion or a report is a referral; instructions, answers, the document's own answer, copies and motions are not.

The bodies are read item by item (``recipients``: ",", "och", "samt", "respektive"; a board through the
register, a name that looks like one as unknown or outside, "de nämnder … som …" as the condition). Lists set
under a lead (``lists``), referral tables (``tables``) and remiss lists in columns (``remisslist``) are read too;
what the text says became of a referral is kept with it (``accounts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.referrals.accounts import Finding, with_accounts
from atgard.extract.referrals.answer_table import table_accounts
from atgard.extract.referrals.common import addressed_to_self
from atgard.extract.referrals.cues import has_cue
from atgard.extract.referrals.list_columns import one_column_lists
from atgard.extract.referrals.records import Found
from atgard.extract.referrals.recounts import told_by_table
from atgard.extract.referrals.remisslist import (
    POINTS_TO_LIST,
    list_referral_of,
    points_to_list,
    remiss_lists,
    with_list,
)
from atgard.extract.referrals.sentences import sentence_referrals
from atgard.extract.referrals.tables import carries_over, table_referrals
from atgard.extract.reports import Reports
from atgard.schema.contract import Recipient, Referral

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
        if not _given_to_pointing(found, recipients, rows) and not _asked_already(found, recipients):
            found.append(Found(list_referral_of(recipients, rows, reports), -1, (rows[0].index, 0)))
    for recipients, rows in one_column_lists(analysed, register):  # the remiss's only where a sentence points to it
        if not _given_to_pointing(found, recipients, rows) and _pointed_to(analysed):
            found.append(Found(list_referral_of(recipients, rows, reports), -1, (rows[0].index, 0)))
    unique: dict[tuple[object, ...], Finding] = {}
    found += told_by_table(analysed, register, found, read.unnamed)  # a recount naming no one, a table naming
    accounts = [*read.accounts, *table_accounts(analysed, register, found)]
    in_order = sorted(found, key=lambda f: (f.referral.page, f.referral.bbox.top))
    for finding in with_accounts(in_order, accounts, reports):
        kept = unique.setdefault(_same_directive(finding.referral), finding)
        if kept is not finding and kept.referral.priority is None and finding.referral.priority is not None:
            # stated again with its priority: "… remitteras även till A och B. De ombeds i första hand …"
            unique[_same_directive(finding.referral)] = _with_priority(kept, finding.referral.priority)
    return _without_restated(list(unique.values()))


def _with_priority(finding: Finding, priority: str) -> Finding:
    return replace(finding, referral=finding.referral.model_copy(update={"priority": priority}))


def _given_to_pointing(found: list[Found], recipients: list[Recipient], rows: Sequence[Analysed]) -> bool:
    """Whether a referral points to the list ("Ni ges härmed tillfälle …", "… som anges i sändlistan"): it then
    takes the list's bodies."""
    pointing = next((i for i, f in enumerate(found) if points_to_list(f.referral, recipients)), None)
    if pointing is not None:
        found[pointing] = replace(found[pointing], referral=with_list(found[pointing].referral, recipients, rows))
    return pointing is not None


def _asked_already(found: list[Found], listed: list[Recipient]) -> bool:
    """Whether the text's directives ask every body of a list (a sändlista that sums up "Betänkandet remitteras till
    A och B. … remitteras även till C"): the list is then no directive of its own."""
    asked = {r.name.casefold() for f in found for r in f.referral.recipients}
    return bool(listed) and all(r.name.casefold() in asked for r in listed)


def _pointed_to(analysed: Sequence[Analysed]) -> bool:
    """Whether a sentence refers a matter to the bodies of a list it names and no body: "Förslaget remitteras till de
    instanser som anges i sändlistan"."""
    return any(POINTS_TO_LIST.search(item.text) and has_cue(item.text) for item in analysed)


def _restates(finding: Finding, fuller: Finding) -> bool:
    """``finding`` asks again, of bodies ``fuller`` asks, what ``fuller`` asks (the same report, action, codes,
    priority and condition), before or after it: "att remittera förslaget till A, B och C" … "A ombeds särskilt
    yttra sig över avsnitt 3" singles out a part for emphasis, no directive of its own."""
    a, b = fuller.referral, finding.referral
    same = (a.report_title, a.action, a.measure_codes, a.priority, a.condition, a.reply_by)
    return (
        a.report_title is not None
        and same == (b.report_title, b.action, b.measure_codes, b.priority, b.condition, b.reply_by)
        and fuller.recounted == finding.recounted
        and {r.name for r in b.recipients} < {r.name for r in a.recipients}
    )


def _without_restated(findings: list[Finding]) -> list[Finding]:
    """The findings without those another restates in full; a summary that names fewer bodies may come first
    ("Även A ges tillfälle att yttra sig" before "Rapporten remitteras även till A, som i sin tur överlämnar den
    till B och C"): the fuller statement is kept, wherever it stands."""
    return [f for f in findings if not any(_restates(f, other) for other in findings if other is not f)]


def extract_referrals(analysed: Sequence[Analysed], reports: Reports, register: BoardRegister) -> list[Referral]:
    """Every referral directive of a document, in order; one stated twice (summary, decision) is kept once."""
    return [finding.referral_with_accounts() for finding in referral_findings(analysed, reports, register)]
