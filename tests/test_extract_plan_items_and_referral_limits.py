"""A plan's measures as bullets with "Ansvar:" lines, a measures table with an "Innehåll" column, an inquiry's
proposals after "… är följande", and the limits of a referral memo's referrals: rows "För kännedom", a referral
said not to be needed, views gathered while the matter was prepared, a gapped request after a bare comma, and a
later reply date for some recipients. Swedish variants written for these tests (none is a holdout text)."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.listed_measures import extract_listed_measures
from atgard.extract.measure_tables import header_columns
from atgard.extract.measures import extract_prose_measures
from atgard.extract.referrals import referral_findings
from atgard.extract.referrals.extended import with_extended_dates
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _referrals(block, *texts: str) -> list[tuple[list[str], list[str]]]:
    analysed = analyse([block(text) for text in texts], REGISTER)
    return [
        ([r.name for r in f.referral.recipients], f.referral.measure_codes)
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
        if not f.referral.recounted
    ]


def _listed(block, *lines: tuple[str, str]) -> list[tuple[str, list[str]]]:
    blocks = [block(text, kind=kind, marker="•" if kind == "list_item" else None) for kind, text in lines]
    measures = extract_listed_measures(analyse(blocks, REGISTER), "Plan", REGISTER)
    return [(m.text, [r.name for r in m.responsible]) for m in measures]


@pytest.mark.parametrize(
    ("label", "responsible", "names"),
    [
        ("Ansvar", "Kulturnämnden", ["Kulturnämnden"]),
        ("Ansvarig", "Kulturnämnden och idrottsnämnden", ["Kulturnämnden", "Idrottsnämnden"]),
        ("Ansvariga nämnder", "kulturnämnden samt idrottsnämnden", ["Kulturnämnden", "Idrottsnämnden"]),
        ("Ansvar", "Kulturnämnden, i samråd med idrottsnämnden", ["Kulturnämnden"]),
        ("Huvudansvar", "Kulturnämnden; i samverkan med Region Uppsala", ["Kulturnämnden"]),
    ],
)
def test_bullets_each_with_a_line_of_those_responsible_are_the_plans_measures(
    block, label: str, responsible: str, names: list[str]
) -> None:
    found = _listed(
        block,
        ("list_item", "Biblioteken utökar sina öppettider till söndagar."),
        ("paragraph", f"{label}: {responsible}"),
        ("list_item", "I dag finns tolv bokbussar i kommunen."),
        ("list_item", "Läsombud utbildas på samtliga boenden."),
        ("paragraph", f"{label}: {responsible}"),
    )
    assert found == [
        ("Biblioteken utökar sina öppettider till söndagar.", names),
        ("Läsombud utbildas på samtliga boenden.", names),
    ]


def test_one_bullet_with_a_line_of_those_responsible_is_no_plan(block) -> None:
    found = _listed(
        block,
        ("list_item", "Biblioteken utökar sina öppettider."),
        ("paragraph", "Ansvar: Kulturnämnden"),
        ("list_item", "I dag finns tolv bokbussar."),
    )
    assert found == []


@pytest.mark.parametrize(
    ("cells", "columns"),
    [
        (["Åtgärd", "Innehåll", "Ansvar"], (0, 1, 2)),
        (["Åtgärd", "Innehållet", "Ansvarig nämnd"], (0, 1, 2)),
        (["Nr", "Innehåll i åtgärden", "Ansvariga"], (0, 1, 2)),
    ],
)
def test_a_content_column_beside_a_column_of_codes(cells: list[str], columns: tuple[int, int, int]) -> None:
    found = header_columns(cells)
    assert found is not None and (found.code, found.text, found.responsible) == columns


@pytest.mark.parametrize(
    "lead",
    [
        "De förslag som har störst betydelse för staden är följande.",
        "De viktigaste förslagen är följande:",
        "Utredningens förslag är i korthet följande.",
        "De åtgärder som berör kommunerna blir i huvudsak följande:",
    ],
)
def test_an_inquirys_proposals_after_a_lead_with_the_proposals_as_subject(block, lead: str) -> None:
    blocks = [
        block("Utredningens förslag", kind="heading", level=2),
        block(f"I betänkandet *En trygg skoldag* lämnar utredningen förslag i tre delar. {lead}"),
        block("Huvudmannen ska upprätta en säkerhetsplan.", kind="list_item", marker="•"),
        block("Ett riktat statsbidrag införs från och med 2029.", kind="list_item", marker="–"),
    ]
    analysed = analyse(blocks, REGISTER)
    reports = extract_reports(analysed)
    texts = [m.text for m in extract_prose_measures(analysed, reports)]
    assert "Huvudmannen ska upprätta en säkerhetsplan." in texts
    assert "Ett riktat statsbidrag införs från och med 2029." in texts


@pytest.mark.parametrize(
    "lead",
    [
        "Skälen för förslagen är följande:",
        "Kostnaderna för åtgärderna är följande.",
        "Konsekvenserna av förslagen blir följande:",
    ],
)
def test_reasons_or_costs_of_the_proposals_lead_no_proposals(block, lead: str) -> None:
    blocks = [
        block("Utredningens förslag", kind="heading", level=2),
        block(f"I betänkandet *En trygg skoldag* lämnar utredningen förslag i tre delar. {lead}"),
        block("Eleverna känner sig otrygga i skolan.", kind="list_item", marker="•"),
        block("Kostnaden uppgår till 40 miljoner kronor per år.", kind="list_item", marker="–"),
    ]
    analysed = analyse(blocks, REGISTER)
    assert extract_prose_measures(analysed, extract_reports(analysed)) == []


@pytest.mark.parametrize("notice", ["För kännedom", "för kännedom", "Endast för kännedom", "För information"])
def test_a_table_row_for_information_asks_nothing(block, notice: str) -> None:
    rows = [
        block("Instans | Yttrande över | Svar senast", kind="table_row"),
        block("Kulturnämnden | Hela rapporten | 2028-04-14", kind="table_row"),
        block(f"Idrottsnämnden | {notice} | –", kind="table_row"),
    ]
    analysed = analyse([row.model_copy(update={"cells": _cells(row)}) for row in rows], REGISTER)
    names = [
        r.name for f in referral_findings(analysed, extract_reports(analysed), REGISTER) for r in f.referral.recipients
    ]
    assert names == ["Kulturnämnden"]


def _cells(row):
    from atgard.schema import TableCell

    return [TableCell(text=text, bbox=row.boxes[0].bbox) for text in row.text.split(" | ")]


@pytest.mark.parametrize(
    "text",
    [
        "Kontoret bedömer däremot att det inte är nödvändigt att remittera betänkandet till idrottsnämnden.",
        "Det finns inte skäl att remittera rapporten till idrottsnämnden eller kulturnämnden.",
        "Det saknas anledning att skicka förslaget på remiss till idrottsnämnden.",
        "Förvaltningen anser att det inte är motiverat att remittera programmet till idrottsnämnden.",
    ],
)
def test_a_referral_said_not_to_be_needed_is_none(block, text: str) -> None:
    assert _referrals(block, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Synpunkter har under arbetets gång inhämtats från Stockholms Stadsmission och Ny Gemenskap.",
        "Under arbetets gång har kommissionen inhämtat underlag från SMHI och Region Stockholm.",
        "Under framtagandet har synpunkter hämtats in från Stockholms Stadsmission.",
        "Synpunkter inhämtades vid två dialogmöten från Stockholms Stadsmission och Ny Gemenskap.",
    ],
)
def test_views_gathered_while_the_matter_was_prepared_are_no_remiss(block, text: str) -> None:
    analysed = analyse([block(text)], REGISTER)
    assert referral_findings(analysed, extract_reports(analysed), REGISTER) == []


@pytest.mark.parametrize(
    "text",
    [
        "Under beredningen har yttranden inhämtats från kulturnämnden och idrottsnämnden.",
        "Under arbetets gång har yttranden inhämtats från kulturnämnden och idrottsnämnden.",
        "Synpunkter har inhämtats från kulturnämnden och idrottsnämnden som också medverkar i arbetet.",
        "Under processen har synpunkter inhämtats från kulturnämnden och idrottsnämnden.",
    ],
)
def test_opinions_gathered_in_a_remiss_are_its_referral(block, text: str) -> None:
    analysed = analyse([block(text)], REGISTER)
    names = [
        r.name for f in referral_findings(analysed, extract_reports(analysed), REGISTER) for r in f.referral.recipients
    ]
    assert names == ["Kulturnämnden", "Idrottsnämnden"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I första hand ombeds äldrenämnden yttra sig över åtgärd 1.2, trafiknämnden över åtgärderna 1.3 och 2.2 "
            "samt stadsbyggnadsnämnden och exploateringsnämnden över åtgärd 2.1.",
            [
                (["Äldrenämnden"], ["1.2"]),
                (["Trafiknämnden"], ["1.3", "2.2"]),
                (["Stadsbyggnadsnämnden", "Exploateringsnämnden"], ["2.1"]),
            ],
        ),
        (
            "Kulturnämnden ges tillfälle att yttra sig över åtgärd A1, idrottsnämnden över åtgärd A2 och "
            "trafiknämnden över åtgärderna A3–A4.",
            [(["Kulturnämnden"], ["A1"]), (["Idrottsnämnden"], ["A2"]), (["Trafiknämnden"], ["A3", "A4"])],
        ),
    ],
)
def test_a_gapped_request_after_a_bare_comma(block, text: str, expected) -> None:
    assert _referrals(block, text) == expected


@pytest.mark.parametrize(
    "later",
    [
        "Fastighetsnämnden och exploateringsnämnden, som behöver ta fram kostnader, ges förlängd svarstid till den "
        "16 april 2027.",
        "För fastighetsnämnden och exploateringsnämnden förlängs svarstiden till den 16 april 2027.",
        "Fastighetsnämnden och exploateringsnämnden får i stället svara senast 2027-04-16.",
    ],
)
def test_a_later_reply_date_for_some_recipients(block, later: str) -> None:
    texts = (
        "Rapporten remitteras till kulturnämnden.",
        "Fastighetsnämnden och exploateringsnämnden ska redovisa sina förutsättningar att genomföra åtgärd A3.",
        f"Svaren ska ha kommit in senast den 26 februari 2027. {later}",
    )
    analysed = analyse([block(text) for text in texts], REGISTER)
    found = [f.referral for f in referral_findings(analysed, extract_reports(analysed), REGISTER)]
    dated = with_extended_dates([r.model_copy(update={"reply_by": "2027-02-26"}) for r in found], analysed)
    assert [(sorted(x.name for x in r.recipients), r.reply_by) for r in dated] == [
        (["Kulturnämnden"], "2027-02-26"),
        (["Exploateringsnämnden", "Fastighetsnämnden"], "2027-04-16"),
    ]


@pytest.mark.parametrize(
    ("entry", "year"),
    [
        ("Förslag till Strategi mot ensamhet i Solna stad 2027–2030 (maj 2026)", 2026),
        ("Förslag till Strategi mot ensamhet i Solna stad 2027–2030 (2026-05-12)", 2026),
        ("Förslag till Strategi mot ensamhet i Solna stad 2027–2030 (remissversion, juni 2026)", 2026),
    ],
)
def test_an_annex_entry_ending_in_a_bracketed_date(block, entry: str, year: int) -> None:
    analysed = analyse(
        [block("Bilagor", kind="heading", level=2), block(entry, kind="list_item", marker="1.")], REGISTER
    )
    refs = extract_reports(analysed).refs
    assert [(r.title, r.year) for r in refs] == [("Strategi mot ensamhet i Solna stad 2027–2030", year)]
