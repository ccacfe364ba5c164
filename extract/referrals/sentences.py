"""Referrals stated in a sentence: a trigger (synpunkter, yttrande, remiss, redovisa förutsättningar) and the
recipient list where the sentence's lead puts it."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.codes import find_codes
from atgard.extract.dissent import in_dissent
from atgard.extract.mentions import LIST_LEAD
from atgard.extract.referrals.common import IMPLEMENTATION, PRIMARY, report_title
from atgard.extract.referrals.lists import LIST_HEADING, list_referral
from atgard.extract.referrals.recipients import recipients_in
from atgard.extract.referrals.zones import recipient_zones
from atgard.extract.reports import Reports
from atgard.extract.rules import rule
from atgard.schema.contract import Recipient, Referral

_TRIGGER = rule(
    "referral.trigger",
    r"\b(synpunkter|yttra\w*|yttrande\w*|remitter\w*|remiss\w*|redovisa\w*\s+(?:sina\s+|sin\s+|deras\s+)?förutsättning\w*|"
    r"redovisa\w*\s+hur\s+(?:\S+\s+){1,8}?(?:kan\s+)?genomför\w*)\b",
    matches=(
        "Synpunkter på rapporten ges av ...",
        "Ärendet har remitterats till ...",
        "nämnderna ska redovisa sina förutsättningar",
        "inkomma med ett yttrande",
        "Samtliga stadsdelsnämnder ska redovisa hur åtgärd B2.1.1 kan genomföras",
        "ska redovisa hur åtgärderna A2.1.1, A2.1.2 och A2.1.3 kan genomföras",
    ),
    not_matches=("Kommissionen rekommenderar att staden utökar insatserna.",),
)
# A copy sent for information only: its bodies are asked for nothing ("Remissen skickas för kännedom till X").
_FOR_INFORMATION = rule(
    "referral.for_information",
    r"^(?!.*\b(?:yttra\w*|yttrande\w*|synpunkter|svar\w*|redovisa\w*)\b).*\bför\s+kännedom\b",
    matches=("Remissen skickas till socialnämnden för kännedom.", "Ärendet har skickats för kännedom till X."),
    not_matches=("Remissen skickas till A för yttrande och till B för kännedom.",),
)
# A sentence that reports what another document directs ("Enligt remissen ska ..."): an answer's account.
_REPORTED = rule(
    "referral.reported",
    r"^(?:enligt\s+(?:remissen|remissmissivet|kommunstyrelsens\s+beslut)|i\s+remissen|av\s+remissen\s+framgår)\b",
    matches=("Enligt remissen ska trafiknämnden och exploateringsnämnden redovisa",),
    not_matches=("Remissen har skickats till",),
)


def _mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Titles blanked out, so that their words are neither triggers nor recipients."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "¤" * (end - start)
    return "".join(chars)


def sentence_referrals(analysed: Sequence[Analysed], reports: Reports, register: BoardRegister) -> list[Referral]:
    referrals = []
    dissent = in_dissent(analysed)
    for item in analysed:
        if item.index in dissent:
            continue
        if item.block.kind == "heading" and LIST_HEADING.match(item.text):
            if (listed := list_referral(item, None, reports, analysed, register)) is not None:
                referrals.append(listed)
            continue
        if item.block.kind not in ("paragraph", "list_item"):
            continue
        titles = [s for s in reports.spans if s.block == item.index]
        masked = _mask(item.text, [(s.start, s.end) for s in titles])
        for sentence in item.sentences():
            text = masked[sentence.start : sentence.end]
            if not _TRIGGER.search(text) or _REPORTED.match(text) or _FOR_INFORMATION.search(text):
                continue
            zones = recipient_zones(text)
            if not zones:
                continue
            in_sentence = [
                b
                for b in item.boards_in(sentence.start, sentence.end)
                if not any(t.start < b.end and b.start < t.end for t in titles)
            ]
            recipients: list[Recipient] = []
            condition: str | None = None
            for zone in zones:
                recipients, condition = recipients_in(masked, zone.shifted(sentence.start), in_sentence, register)
                if recipients:
                    break
            if not recipients and LIST_LEAD.search(text):  # the list follows as items
                if (listed := list_referral(item, sentence, reports, analysed, register)) is not None:
                    referrals.append(listed)
                continue
            if not recipients:
                continue
            codes = [c.code for c in find_codes(text)]
            referrals.append(
                Referral(
                    report_title=report_title(item, sentence, titles, reports),
                    action="implementation" if IMPLEMENTATION.search(text) else "opinion",
                    scope="measures" if codes else "report",
                    measure_codes=list(dict.fromkeys(codes)),
                    recipients=recipients,
                    priority="primary" if PRIMARY.search(text) else None,
                    condition=condition,
                    text=sentence.text,
                    **item.located(sentence.start, sentence.end),
                )
            )
    return referrals
