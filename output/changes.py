"""What changed between two versions of a document: measures, referrals and recipients, decision points."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

from atgard.schema.contract import Document, Measure, Referral
from atgard.schema.keys import title_key

REWORDED_SIMILARITY = 0.6


@dataclass(frozen=True)
class Change:
    item: Literal["measure", "referral", "recipient", "decision_point"]
    change: Literal["added", "removed", "reworded"]
    key: str
    before: str | None
    after: str | None

    def describe(self) -> str:
        if self.change == "reworded":
            return f"{self.item} {self.key} reworded:\n  - {self.before}\n  + {self.after}"
        text = self.after if self.change == "added" else self.before
        return f"{self.item} {self.key} {self.change}: {text}"


def are_versions(a: Document, b: Document) -> bool:
    """Whether one document is a version of the other (or the same): only then are their changes worth listing."""
    return a.id == b.id or a.id in b.lineage or b.id in a.lineage


def not_versions_line(a: Document, b: Document) -> str:
    """What ``atgard diff`` says of two documents that are not versions of each other, in one line."""
    both = f" (both of case {a.case.number})" if a.case and b.case and a.case.id and a.case.id == b.case.id else ""
    return f"{a.filename} and {b.filename} are not versions of one document{both}: no changes to list"


def _measure_key(measure: Measure) -> str:
    return measure.code or f"{measure.report_title or ''}: {measure.text[:60]}"


def _referral_key(referral: Referral) -> str:
    codes = ",".join(referral.measure_codes) or "hela rapporten"
    return f"{referral.action}/{title_key(referral.report_title or '')}/{codes}"


def _similarity(before: str, after: str) -> float:
    """difflib's ratio, computed only when its cheap upper bounds say it could reach REWORDED_SIMILARITY."""
    matcher = difflib.SequenceMatcher(None, before, after)
    if matcher.real_quick_ratio() < REWORDED_SIMILARITY or matcher.quick_ratio() < REWORDED_SIMILARITY:
        return 0.0  # cannot be a rewording: the exact ratio is never above these bounds
    return matcher.ratio()


def _pair_unmatched(removed: list[tuple[str, str]], added: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Pairs (removed index, added index) similar enough to be one item reworded.

    The same text under a new key (a renumbered measure) pairs by lookup first; difflib compares
    only what is left, so a new version that moves many items costs no square of comparisons.
    """
    pairs, used, rest = [], set(), []
    same_text: dict[str, list[int]] = {}
    for j, (_, after) in enumerate(added):
        same_text.setdefault(after, []).append(j)
    for i, (_, before) in enumerate(removed):
        if same_text.get(before):
            j = same_text[before].pop()  # the last, as the search below breaks ties
            pairs.append((i, j))
            used.add(j)
        else:
            rest.append(i)
    for i in rest:
        before = removed[i][1]
        scored = [(_similarity(before, after), j) for j, (_, after) in enumerate(added) if j not in used]
        if scored and (best := max(scored))[0] >= REWORDED_SIMILARITY:
            pairs.append((i, best[1]))
            used.add(best[1])
    return sorted(pairs)


def _compare(
    item: Literal["measure", "referral", "decision_point"], old: dict[str, str], new: dict[str, str]
) -> list[Change]:
    changes = [Change(item, "reworded", key, old[key], new[key]) for key in old if key in new and old[key] != new[key]]
    removed = [(key, text) for key, text in old.items() if key not in new]
    added = [(key, text) for key, text in new.items() if key not in old]
    pairs = _pair_unmatched(removed, added)
    for i, j in pairs:
        changes.append(Change(item, "reworded", added[j][0], removed[i][1], added[j][1]))
    paired_removed, paired_added = {i for i, _ in pairs}, {j for _, j in pairs}
    changes += [Change(item, "removed", k, t, None) for i, (k, t) in enumerate(removed) if i not in paired_removed]
    changes += [Change(item, "added", k, None, t) for j, (k, t) in enumerate(added) if j not in paired_added]
    return changes


def document_changes(old: Document, new: Document) -> list[Change]:
    """Changes from ``old`` to ``new``, items matched by code, directive or number."""
    changes = _compare(
        "measure",
        {_measure_key(m): m.text for m in old.measures},
        {_measure_key(m): m.text for m in new.measures},
    )
    old_referrals = {_referral_key(r): r for r in old.referrals}
    new_referrals = {_referral_key(r): r for r in new.referrals}
    changes += _compare(
        "referral",
        {key: r.text for key, r in old_referrals.items()},
        {key: r.text for key, r in new_referrals.items()},
    )
    for key in old_referrals.keys() & new_referrals.keys():
        before = [x.name for x in old_referrals[key].recipients]
        after = [x.name for x in new_referrals[key].recipients]
        changes += [Change("recipient", "removed", key, name, None) for name in before if name not in after]
        changes += [Change("recipient", "added", key, None, name) for name in after if name not in before]
    changes += _compare(
        "decision_point",
        {f"{p.decided_by or old.decision.decided_by or ''} {p.number}".strip(): p.text for p in old.decision.points},
        {f"{p.decided_by or new.decision.decided_by or ''} {p.number}".strip(): p.text for p in new.decision.points},
    )
    order = {"decision_point": 0, "referral": 1, "recipient": 2, "measure": 3}
    return sorted(changes, key=lambda c: (order[c.item], c.key, c.change))
