"""The referrals the extraction finds in blocks made by hand, as the table tests compare them."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import extract_referrals, referral_findings
from atgard.extract.reports import extract_reports
from atgard.schema import Block

REGISTER = load_register()


def recipient_names(blocks: Sequence[Block]) -> list[list[str]]:
    """Each referral's recipients by name, in the order the referrals are found."""
    analysed = analyse(list(blocks), REGISTER)
    return [[x.name for x in r.recipients] for r in extract_referrals(analysed, extract_reports(analysed), REGISTER)]


def finding_recipients(*blocks: Block) -> list[list[str]]:
    """Each referral finding's recipients by name, in order: what the sentences give, before the document's own
    filters (an answer's account of its own remiss is still there)."""
    analysed = analyse(list(blocks), REGISTER)
    return [
        [r.name for r in f.referral.recipients]
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


def actions_codes_recipients(*blocks: Block) -> list[tuple[str, list[str], list[str]]]:
    """Each referral found, in order, as its action, its measure codes and its recipients by name."""
    analysed = analyse(list(blocks), REGISTER)
    return [
        (f.referral.action, f.referral.measure_codes, [r.name for r in f.referral.recipients])
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]
