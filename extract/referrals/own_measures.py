"""A referral on the measures its body is responsible for, named by that alone: "Stadsmiljönämnden ges tillfälle att
yttra sig avseende de åtgärder där nämnden anges som ansvarig", "… över de åtgärder som bolaget ansvarar för". Its
codes are those of the measures the document's own list or table gives that body as responsible; a referral to
several bodies so is one for each, each with its own measures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, BODY_NOUN
from atgard.schema.contract import Measure, Recipient, Referral

# The measures a body is responsible for, as the referral names them: "de åtgärder där nämnden anges som ansvarig",
# "de åtgärder för vilka styrelsen står som huvudansvarig", "de åtgärder som förvaltningen ansvarar för", "de
# åtgärder som berör nämnden", "de av planens åtgärder där ni anges som ansvariga", "sina åtgärder", "nämndens
# åtgärder". The body named by its noun alone (vocabulary's BODY_NOUN, or a plural), by "ni", or "respektive nämnd".
_OWN = (
    rf"(?:{BODY_NOUN}|nämnderna|styrelserna|bolaget|bolagen|den|de|ni|"
    rf"respektive\s+(?:{BODY_NOUN}|bolag|instans|remissinstans))"
)
_OWN_GENITIVE = rf"(?:sina|era|(?:{BODY_NOUN}|bolaget)s)(?:\s+egna)?"
OWN_MEASURES = rule(
    "referral.own_measures",
    rf"\b(?:avseende|gällande|beträffande|om|över|på|kring)\s+(?:{_OWN_GENITIVE}\s+åtgärder\b|"
    r"de\s+(?:av\s+[\wåäö]+s\s+)?åtgärder(?:na)?\s+(?:där|som|för\s+vilka|vilka)\s+"
    rf"(?:{_OWN}\s+(?:(?:anges|står|pekas\s+ut|angetts|har\s+angetts|är\s+utpekad\w*)\s+som|är)\s+"
    rf"(?:huvud|med)?ansvarig\w*|{_OWN}\s+(?:ansvarar|har\s+(?:huvud)?ansvar(?:et)?)\s+för|berör\s+{_OWN}\b))",
    matches=(
        "ges tillfälle att yttra sig avseende de åtgärder där nämnden anges som ansvarig",
        "ombeds yttra sig över de åtgärder som bolaget ansvarar för",
        "lämna svar gällande de åtgärder för vilka styrelsen står som ansvarig",
        "yttrar sig över sina åtgärder",
        "yttra sig om de åtgärder där respektive nämnd pekas ut som ansvarig",
        "fick därutöver yttra sig om de åtgärder där nämnden är ansvarig",
        "yttra sig över de åtgärder där förvaltningen anges som ansvarig",
        "yttra sig över de åtgärder där nämnden anges som huvudansvarig",
        "yttra sig över de åtgärder som berör nämnden",
        "yttra sig över de åtgärder där ni anges som ansvariga",
        "yttra sig över nämndens åtgärder",
        "yttra sig om de av planens åtgärder där nämnden anges som ansvarig",
        "yttra sig över de åtgärder där förvaltningarna anges som medansvariga",
    ),
    not_matches=(
        "yttra sig över åtgärderna 3 och 4",
        "yttra sig över de åtgärder som gäller trafiken",
        "ges tillfälle att yttra sig över planen i sin helhet",
        "yttra sig över de åtgärder som berör trafiken",
        "yttra sig över idrottsnämndens åtgärder",
        "yttra sig över de åtgärder där kulturnämnden anges som ansvarig",
    ),
)
# The whole report asked about, in the clause of the measures or before them: "yttra sig över planen i sin helhet
# och särskilt över de åtgärder där nämnden anges som ansvarig" is a referral on all of it.
_WHOLE = rule(
    "referral.own_measures_whole",
    r"\b(?:i\s+sin\s+helhet|hela\s+(?:[\wåäö]+(?:planen|programmet|strategin|förslaget|rapporten|remissen)|"
    r"planen|programmet|strategin|förslaget|rapporten|remissen)|helheten)\b",
    matches=("yttra sig över planen i sin helhet", "över hela handlingsplanen", "synpunkter på helheten"),
    not_matches=("över de åtgärder där nämnden anges som ansvarig", "en hel del"),
)
# Where the clause of the measures begins: a sentence's end, or a new recipient added ("samt till X", "och även X").
_CLAUSE_BREAK = rule(
    "referral.own_measures_clause_break",
    rf"[;]|\.(?:\s|$)|\b{AND}\s+(?:till|även|dessutom|därutöver)\b|\b(?:medan|men)\b",
    matches=("; ", ". ", " samt till ", " och även "),
    not_matches=(" och ", "bl.a"),
)


def _named_in(text: str, body: Recipient) -> list[int]:
    """Where ``body`` is named in ``text`` (casefolded)."""
    name = body.name.casefold()
    return [m.start() for m in re.finditer(re.escape(name), text)] if name else []


def own_recipients(text: str, recipients: Sequence[Recipient]) -> list[Recipient]:
    """The recipients the referral's own measures (``OWN_MEASURES``) are said of: those named in its clause, before
    the phrase ("… samt till stadsmiljönämnden avseende de åtgärder där nämnden anges som ansvarig"); all of them when
    the clause names none ("Nämnden ombeds lämna svar avseende …"); none when the whole report is asked of the same
    subject ("över planen i sin helhet och särskilt över de åtgärder där …")."""
    own = OWN_MEASURES.search(text)
    if own is None:
        return []
    folded = text.casefold()
    start = max((b.end() for b in _CLAUSE_BREAK.pattern.finditer(text, 0, own.start())), default=0)
    after = _CLAUSE_BREAK.pattern.search(text, own.end())  # a bound, untraced: no evidence
    if _WHOLE.search(text, own.end(), after.start() if after else len(text)):
        return []
    whole = [w.end() for w in _WHOLE.finditer(text, start, own.start())]
    start = whole[-1] if whole else start
    named = [body for body in recipients if any(start <= at < own.start() for at in _named_in(folded, body))]
    if whole and not named:
        return []
    return named or list(recipients)


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
        own = [] if referral.measure_codes else own_recipients(referral.text, referral.recipients)
        if not own:
            found.append(referral)
            continue
        coded = [
            (body, _whose(measures, body, referral.report_title) if body in own else []) for body in referral.recipients
        ]
        found += [
            referral.model_copy(update={"recipients": [body], "measure_codes": codes, "scope": "measures"})
            for body, codes in coded
            if codes
        ]
        rest = [body for body, codes in coded if not codes]
        if rest:
            found.append(referral.model_copy(update={"recipients": rest}))
    return found
