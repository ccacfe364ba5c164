"""Holdout18's answers and decisions families: filing reported decisions and minuting information, a board's points
"för egen del" after a council's, an agency's case number with its serial before a two-digit year, and the
running head of an agency's continuation page."""

from __future__ import annotations

import pytest

from atgard.extract.answer_letterhead import _RUNNING_HEAD_KIND
from atgard.extract.answer_references import _CITED
from atgard.extract.deliberation import is_deciding
from atgard.extract.lead_ins import lead_in


@pytest.mark.parametrize(
    ("sentence", "deciding"),
    [
        ("Anmälan lades till handlingarna.", True),
        ("Anmälan av delegationsbeslut för perioden 1–31 mars 2027 läggs till handlingarna.", True),
        ("Stadsdelsnämnden lägger anmälan av delegationsbeslut till handlingarna.", True),
        ("Anmälningarna lades till handlingarna.", True),
        ("Redovisningen av delegationsbesluten läggs till handlingarna.", True),
        ("Nämnden antecknade informationen till protokollet.", True),
        ("Informationen antecknas till protokollet.", True),
        ("Stadsdelsnämnden antecknar rapporten till protokollet.", True),
        ("Styrelsen lade rapporten till handlingarna.", False),  # a report filed is information noted
        ("Informationen antecknades.", False),
        ("Förvaltningen lade fram ett förslag.", False),
        ("Förvaltningen föreslår att anmälan läggs till handlingarna.", False),
        ("Anmälan lades till handlingarna den 3 mars.", False),
        ("Nämnden antecknade att förvaltningen återkommer.", False),
    ],
)
def test_filing_and_minuting(sentence: str, deciding: bool) -> None:
    assert is_deciding(sentence) is deciding


@pytest.mark.parametrize(
    ("text", "decider"),
    [
        ("Borgarrådsberedningen föreslår kommunstyrelsen för egen del besluta följande.", "kommunstyrelsen"),
        ("Borgarrådsberedningen föreslår att kommunstyrelsen för egen del beslutar följande:", "kommunstyrelsen"),
        ("Arbetsutskottet föreslår att regionstyrelsen, för egen del, beslutar följande.", "regionstyrelsen"),
        ("Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.", "kommunfullmäktige"),
    ],
)
def test_own_part_lead_in(text: str, decider: str) -> None:
    found = lead_in(text)
    assert found is not None and found[1] == decider


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("yttra sig över förslaget till Vägledning om buller (NV-02871-26). Vägledningen", "NV-02871-26"),
        ("remissen av vägledningen (Naturvårdsverkets dnr NV-00412-27)", "NV-00412-27"),
        ("remissen av planen (KS 2026/0412)", "KS 2026/0412"),
        ("ring förvaltningen (08-508 27 00)", None),
        ("förslaget (NV-12-26)", None),
        ("förslaget (NV-02871-2026)", None),
    ],
)
def test_agency_case_number_cited(text: str, number: str | None) -> None:
    found = _CITED.search(text)
    # a bare serial-year number is read only in brackets after the paper's name (group "serial")
    assert ((found.group("dnr") or found.group("serial")) if found else None) == number


@pytest.mark.parametrize(
    ("cell", "number"),
    [
        ("YTTRANDE 402-11873-2027", "402-11873-2027"),
        ("Remissvar TRV 2026/1234", "TRV 2026/1234"),
        ("Samrådsyttrande Dnr 2027-0412", "2027-0412"),
        ("Yttrande över översiktsplanen för Alingsås", None),
        ("Svar 2027-03-24", None),
    ],
)
def test_running_head_kind(cell: str, number: str | None) -> None:
    found = _RUNNING_HEAD_KIND.match(cell)
    assert (found.group("dnr") if found else None) == number
