"""A referral a decision told in the past made: "Nämnden beslutade den 9 mars 2027 (§ 41) att skicka förslaget på
remiss till A och B" is recounted (the decision was taken before this document), as "har remitterats till" is, so
the answers the document then tells belong to it. A decision being taken now ("beslutar att remittera"), or
announced in the perfect by the letter that makes it ("har beslutat att remittera förslaget till er"), makes the
referral now. A body asked besides on its own measures is a directive of its own, also when the measures' codes
are not known in this document. Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest
from made_items import made_referral

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.referrals.clauses import find_clauses
from atgard.extract.reports import extract_reports
from atgard.schema.contract import Recipient, Referral

REGISTER = load_register()


@pytest.mark.parametrize(
    ("text", "recounted"),
    [
        # a decision told with its date and paragraph, the infinitive after it
        (
            "Miljönämnden beslutade den 9 mars 2027 (§ 41) att skicka förslaget på remiss till kulturnämnden.",
            True,
        ),
        ("Kommunstyrelsen hade den 3 mars 2027 beslutat att remittera rapporten till stadsdelsnämnderna.", True),
        ("Kommunstyrelsen beslöt 2027-02-14, § 33, att remittera programmet till idrottsnämnden.", True),
        ("Nämnden hade i februari beslutat att inhämta yttranden från trafiknämnden.", True),
        ("Styrelsen valde att sända ut strategin på remiss till bolagen.", True),
        ("Regionstyrelsen beslutade d.v.s. den 2 maj att ge länets kommuner tillfälle att yttra sig.", True),
        # a decision taken now, proposed or to be taken, or announced in the perfect by the letter that makes it
        ("Kommunstyrelsen har den 3 mars 2027 beslutat att remittera rapporten till er.", False),
        ("Kommunstyrelsen har beslutat att remittera programförslaget till äldrenämnden.", False),
        ("Kommunstyrelsen beslutar att remittera rapporten till stadsdelsnämnderna.", False),
        ("Kontoret föreslår att nämnden beslutar att skicka förslaget på remiss till Farsta stadsdelsnämnd.", False),
        ("Nämnden föreslås besluta att remittera planen till kulturnämnden.", False),
        ("Kommunstyrelsen ska besluta att remittera programmet till idrottsnämnden.", False),
        # a decision told, then another clause: its own tense
        ("Nämnden beslutade i mars om budgeten, och rapporten remitteras nu till kulturnämnden.", False),
    ],
)
def test_a_referral_a_told_decision_made_is_recounted(text: str, recounted: bool) -> None:
    clauses = [c for c in find_clauses(text) if c.cue is not None and c.cue.role in ("send", "ask", "from")]
    assert clauses, text
    assert clauses[0].recounted is recounted


# A decision told, then the answers table's bodies: one referral, recounted; the body asked besides on its own
# measures stays a referral of its own.
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            [
                "Miljönämnden beslutade den 9 mars 2027 (§ 41) att skicka förslaget till *Plan för skyfall 2027–2030* "
                "på remiss till kulturnämnden, idrottsnämnden och Trafikverket. Trafiknämnden fick därutöver yttra "
                "sig om de åtgärder där nämnden är ansvarig.",
            ],
            [
                (["Kulturnämnden", "Idrottsnämnden", "Trafikverket"], True),
                (["Trafiknämnden"], True),
            ],
        ),
        (
            [
                "Kommunstyrelsen beslutade den 3 mars att remittera *Plan för skyfall 2027–2030* till "
                "kulturnämnden och idrottsnämnden. Även äldrenämnden ska yttra sig över sina åtgärder.",
            ],
            [
                (["Kulturnämnden", "Idrottsnämnden"], True),
                (["Äldrenämnden"], False),
            ],
        ),
        # without a measures' scope the later sentence goes on with the referral told
        (
            [
                "Nämnden beslöt den 9 mars att skicka *Plan för skyfall 2027–2030* på remiss till kulturnämnden. "
                "Idrottsnämnden fick därutöver yttra sig över planen.",
            ],
            [(["Kulturnämnden", "Idrottsnämnden"], True)],
        ),
    ],
)
def test_a_body_asked_besides_on_its_own_measures_stays_apart(
    block, texts: list[str], expected: list[tuple[list[str], bool]]
) -> None:
    analysed = analyse([block(t) for t in texts], REGISTER)
    findings = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [([r.name for r in f.referral.recipients], f.recounted) for f in findings] == expected


def _referral(names: list[str], groups: tuple[str, ...] = ()) -> Referral:
    recipients = [Recipient(name=n, kind="group" if n in groups else "unknown", group=n in groups) for n in names]
    return made_referral("…").model_copy(update={"recipients": recipients, "recounted": True})


# In an answer, a recount naming the own body among others is the remiss it answers; the own body reached only
# through a group beside others named is the case's referral told with its bodies (a district's memo: "…
# remitterade handlingsplanen till trafiknämnden, exploateringsnämnden och samtliga stadsdelsnämnder").
@pytest.mark.parametrize(
    ("names", "groups", "answered_here"),
    [
        (["Trafiknämnden", "Farsta stadsdelsnämnd"], (), True),
        (["Trafiknämnden", "Exploateringsnämnden", "Samtliga stadsdelsnämnder"], ("Samtliga stadsdelsnämnder",), False),
        (["Samtliga stadsdelsnämnder"], ("Samtliga stadsdelsnämnder",), True),
        (["Trafiknämnden", "Exploateringsnämnden"], (), False),
    ],
)
def test_a_recount_reaching_the_own_body_only_through_a_group_is_kept(
    names: list[str], groups: tuple[str, ...], answered_here: bool
) -> None:
    from atgard.extract.referrals.common import addressed_to_self

    own = {"farsta stadsdelsnämnd", "farsta stadsdelsförvaltning"}
    assert addressed_to_self(_referral(names, groups), own, alongside=True) is answered_here
