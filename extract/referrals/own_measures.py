"""A referral on the measures its body is responsible for, named by that alone: "Stadsmiljönämnden ges tillfälle att
yttra sig avseende de åtgärder där nämnden anges som ansvarig", "… över de åtgärder som bolaget ansvarar för". Its
codes are those of the measures the document's own list or table gives that body as responsible; a referral to
several bodies so is one for each, each with its own measures.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.rules import rule
from atgard.schema.contract import Measure, Recipient, Referral

# The measures a body is responsible for, as the referral names them: "de åtgärder där nämnden anges som ansvarig",
# "de åtgärder för vilka styrelsen står som ansvarig", "de åtgärder som nämnden ansvarar för", "sina åtgärder".
_OWN = r"(?:nämnden|nämnderna|styrelsen|bolaget|bolagen|den|de|respektive\s+(?:nämnd|bolag|instans))"
OWN_MEASURES = rule(
    "referral.own_measures",
    r"\b(?:avseende|gällande|beträffande|om|över|på|kring)\s+(?:(?:sina|sina\s+egna|nämndens\s+egna)\s+åtgärder\b|"
    r"de\s+åtgärder(?:na)?\s+(?:där|som|för\s+vilka|vilka)\s+"
    rf"(?:{_OWN}\s+(?:(?:anges|står|pekas\s+ut|angetts|har\s+angetts|är\s+utpekad\w*)\s+som|är)\s+ansvarig\w*|"
    rf"{_OWN}\s+(?:ansvarar|har\s+ansvar(?:et)?)\s+för))",
    matches=(
        "ges tillfälle att yttra sig avseende de åtgärder där nämnden anges som ansvarig",
        "ombeds yttra sig över de åtgärder som bolaget ansvarar för",
        "lämna svar gällande de åtgärder för vilka styrelsen står som ansvarig",
        "yttrar sig över sina åtgärder",
        "yttra sig om de åtgärder där respektive nämnd pekas ut som ansvarig",
        "fick därutöver yttra sig om de åtgärder där nämnden är ansvarig",
    ),
    not_matches=(
        "yttra sig över åtgärderna 3 och 4",
        "yttra sig över de åtgärder som gäller trafiken",
        "ges tillfälle att yttra sig över planen i sin helhet",
    ),
)


def _whose(measures: Sequence[Measure], body: Recipient, report: str | None) -> list[str]:
    """The codes of the measures that name ``body`` among their responsible, in the referral's report."""
    name = body.name.casefold()
    return [
        str(m.code)
        for m in measures
        if m.code is not None
        and (report is None or m.report_title is None or m.report_title == report)
        and any((body.board_id and r.board_id == body.board_id) or r.name.casefold() == name for r in m.responsible)
    ]


def with_own_measures(referrals: Sequence[Referral], measures: Sequence[Measure]) -> list[Referral]:
    """Each referral on its bodies' own measures with their codes (see ``OWN_MEASURES``); one for each body that
    has measures, the others kept on the whole report."""
    found: list[Referral] = []
    for referral in referrals:
        own = OWN_MEASURES.search(referral.text)
        if referral.measure_codes or own is None:
            found.append(referral)
            continue
        coded = [(body, _whose(measures, body, referral.report_title)) for body in referral.recipients]
        found += [
            referral.model_copy(update={"recipients": [body], "measure_codes": codes, "scope": "measures"})
            for body, codes in coded
            if codes
        ]
        rest = [body for body, codes in coded if not codes]
        if rest:
            found.append(referral.model_copy(update={"recipients": rest}))
    return found
