"""A referral's subject with a relative clause before its verb, districts under one plural head joined by
"respektive", a body named again by its kind in the next directive, a follow-up that is no referral, and the
matter an utlåtande is headed by and annexes. Tables of Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _referrals(*blocks) -> list[tuple[str, list[str], list[str], str | None]]:
    analysed = analyse(list(blocks), REGISTER)
    return [
        (f.referral.action, f.referral.measure_codes, [r.name for r in f.referral.recipients], f.referral.report_title)
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Skärholmens respektive Hässelby-Vällingby stadsdelsnämnder, som har drabbats av skyfallen och som "
            "deltagit i arbetsgruppen, ombeds yttra sig över åtgärderna 5.1 och 5.2.",
            ["Skärholmens stadsdelsnämnd", "Hässelby-Vällingby stadsdelsnämnd"],
        ),
        (
            "Farsta och Älvsjö stadsdelsnämnder, vilka berörs mest, ges tillfälle att yttra sig över åtgärd 5.1.",
            ["Farsta stadsdelsnämnd", "Älvsjö stadsdelsnämnd"],
        ),
        (
            "Bromma, Kungsholmens samt Spånga-Tensta stadsdelsnämnder ombeds yttra sig över åtgärd 5.1.",
            ["Bromma stadsdelsnämnd", "Kungsholmens stadsdelsnämnd", "Spånga-Tensta stadsdelsnämnd"],
        ),
        (
            "Trafiknämnden, som förvaltar gator, torg och parker, ombeds yttra sig över åtgärd 5.1.",
            ["Trafiknämnden"],
        ),
        (
            "Kulturnämnden och idrottsnämnden, vars verksamhet berörs, ska yttra sig över åtgärd 5.1.",
            ["Kulturnämnden", "Idrottsnämnden"],
        ),
        ("Kultur- respektive idrottsnämnderna ombeds yttra sig över åtgärd 5.1.", ["Kulturnämnden", "Idrottsnämnden"]),
    ],
)
def test_a_relative_clause_between_the_subject_and_its_verb_is_set_aside(block, text, recipients) -> None:
    ((action, codes, got, _),) = _referrals(block(text))
    assert action == "opinion" and codes and got == recipients


@pytest.mark.parametrize(
    ("first", "second", "recipient", "codes"),
    [
        (
            "Styrelsen för Stockholm Vatten och Avfall AB ombeds yttra sig över åtgärderna 3.1–3.3.",
            "Bolaget ska vidare redovisa sina förutsättningar att genomföra åtgärd 4.2.",
            "Stockholm Vatten och Avfall AB",
            ["4.2"],
        ),
        (
            "Trafiknämnden ges tillfälle att yttra sig över åtgärd 2.1.",
            "Nämnden ombeds även redovisa hur åtgärd 2.3 kan genomföras.",
            "Trafiknämnden",
            ["2.3"],
        ),
        (
            "Farsta stadsdelsnämnd ombeds yttra sig över åtgärd 5.1.",
            "Stadsdelsnämnden ska dessutom redovisa sina förutsättningar för att genomföra åtgärd 5.2.",
            "Farsta stadsdelsnämnd",
            ["5.2"],
        ),
    ],
)
def test_a_body_named_again_by_its_kind_is_the_one_asked_before(block, first, second, recipient, codes) -> None:
    found = _referrals(block(f"{first} {second}"))
    assert found[-1][:3] == ("implementation", codes, [recipient])


def test_a_kind_that_does_not_fit_the_body_before_stays_unresolved(block) -> None:
    found = _referrals(
        block("Trafiknämnden ombeds yttra sig över åtgärd 2.1. Bolaget ska redovisa hur åtgärd 2.3 kan genomföras.")
    )
    assert "Trafiknämnden" not in found[-1][2]


@pytest.mark.parametrize(
    "text",
    [
        "Stadsledningskontoret ges i uppdrag att årligen redovisa hur programmets åtgärder genomförs.",
        "Kulturnämnden får i uppdrag att redovisa hur de åtgärder som har beslutats har genomförts.",
    ],
)
def test_a_follow_up_of_measures_carried_out_is_no_referral(block, text) -> None:
    assert _referrals(block(text)) == []


def test_an_annex_the_first_page_is_headed_by_is_the_report_a_recount_is_about(block) -> None:
    blocks = [
        block("Program för ett tryggare Söderort 2027–2030", "heading", level=1),
        block("Beredning", "heading", level=2),
        block("Förslaget till program har remitterats till kulturnämnden och trafiknämnden."),
        block("Bilagor", "heading", level=2),
        block("Program för ett tryggare Söderort 2027–2030", "list_item", marker="1."),
        block("Remissammanställning", "list_item", marker="2."),
    ]
    ((_, _, recipients, title),) = _referrals(*blocks)
    assert (recipients, title) == (["Kulturnämnden", "Trafiknämnden"], "Program för ett tryggare Söderort 2027–2030")
