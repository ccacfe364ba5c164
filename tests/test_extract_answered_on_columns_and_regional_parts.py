"""A remiss list's "what it answers on" column ("Remissinstans | Svarar på | Kontaktperson"): rows naming only
measures ask how they can be carried out when the text pointing at the list says so, "Hela förslaget" an opinion;
an outside body's regional part named "Region Syd" right after it; where the bodies stand ("och utanför staden")
between a list's names; a board's own plan by its genitive ("förslaget till Kulturnämndens plan för …"). Tables of
Swedish variants written for these tests.
"""

from __future__ import annotations

import pytest
from found_referrals import REGISTER, actions_codes_recipients
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.mentions import read_board_list
from atgard.extract.reports import extract_reports

LEADS = [
    "Den som i listan nedan anges för en eller flera enskilda åtgärder ska i sitt svar i stället redogöra för "
    "förutsättningarna att genomföra just de åtgärderna.",
    "De instanser som i remisslistan anges för enskilda åtgärder ska redovisa sina förutsättningar för att "
    "genomföra dem.",
    "Nämnder som i tabellen nedan har åtgärder angivna ska redovisa förutsättningarna för att genomföra åtgärderna.",
]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("scope_header", ["Svarar på", "Svaret avser", "Yttrar sig över"])
@pytest.mark.parametrize(
    ("measures", "codes"),
    [
        ("Åtgärd 4, 7 och 9", ["4", "7", "9"]),
        ("Åtgärderna 4, 7 samt 9", ["4", "7", "9"]),
        ("Åtgärd 4 respektive 7", ["4", "7"]),
        ("Åtgärd 4–6", ["4", "5", "6"]),
        ("Åtgärd 4-6", ["4", "5", "6"]),
    ],
)
def test_rows_naming_measures_ask_implementation_under_a_pointing_lead(
    block, lead, scope_header, measures, codes
) -> None:
    found = actions_codes_recipients(
        block(lead),
        block("Remisslista", "heading", level=3),
        table_row("Remissinstans", scope_header, "Kontaktperson", top=200),
        table_row("Miljönämnden", "Hela förslaget", "Sofia Waern", top=240),
        table_row("Skol- och fritidsnämnden", measures, "Jelena Marković", top=280),
        table_row("Hyresgästföreningen Region Syd", "Hela förslaget", "Nils Ottosson", top=320),
    )
    assert found == [
        ("opinion", [], ["Miljönämnden", "Hyresgästföreningen Region Syd"]),
        ("implementation", codes, ["Skol- och fritidsnämnden"]),
    ]


def test_without_a_pointing_lead_a_measures_row_asks_an_opinion(block) -> None:
    found = actions_codes_recipients(
        block("Remissinstanserna ombeds lämna synpunkter på förslaget."),
        table_row("Remissinstans", "Svarar på", "Kontaktperson", top=200),
        table_row("Miljönämnden", "Hela förslaget", "Sofia Waern", top=240),
        table_row("Kulturnämnden", "Åtgärd 11", "Ebba Lindqvist", top=280),
    )
    assert found == [("opinion", [], ["Miljönämnden"]), ("opinion", ["11"], ["Kulturnämnden"])]


def test_a_row_that_says_what_to_answer_on_a_measure_asks_an_opinion(block) -> None:
    found = actions_codes_recipients(
        block(LEADS[0]),
        table_row("Remissinstans", "Svarar på", "Kontaktperson", top=200),
        table_row("Kulturnämnden", "Synpunkter på åtgärd 11", "Ebba Lindqvist", top=240),
    )
    assert found == [("opinion", ["11"], ["Kulturnämnden"])]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hyresgästföreningen Region Syd", ["Hyresgästföreningen Region Syd"]),
        (
            "Hyresgästföreningen Region Norra Skåne och Region Skåne",
            ["Hyresgästföreningen Region Norra Skåne", "Region Skåne"],
        ),
        (
            "Hyresgästföreningen Region Sydost samt Helsingborgshem AB",
            ["Hyresgästföreningen Region Sydost", "Helsingborgshem AB"],
        ),
        ("Hyresgästföreningen Region Stockholm", ["Hyresgästföreningen Region Stockholm"]),
        # a county's region is one of its own, and a comma parts two bodies
        ("Naturskyddsföreningen Region Skåne", ["Naturskyddsföreningen", "Region Skåne"]),
        ("Hyresgästföreningen, Region Syd", ["Hyresgästföreningen Region Stockholm", "Region Syd"]),
        ("Kulturnämnden Region Syd", ["Kulturnämnden", "Region Syd"]),
    ],
)
def test_a_quarter_region_after_an_outside_body_is_its_regional_part(text, names) -> None:
    assert [r.name for r in read_board_list(text, REGISTER)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Remissinstanser är Grundskolenämnden samt Stadsmiljönämnden, och utanför staden Ungdomsrådet i Göteborg och "
        "Studieförbunden i Göteborg.",
        "Remissinstanser är Grundskolenämnden och Stadsmiljönämnden samt utanför staden Ungdomsrådet i Göteborg och "
        "Studieförbunden i Göteborg.",
        "Förslaget remitteras till grundskolenämnden, stadsmiljönämnden och externt till Ungdomsrådet i Göteborg och "
        "Studieförbunden i Göteborg.",
        "Förslaget skickas på remiss till grundskolenämnden och stadsmiljönämnden, samt utanför kommunens organisation "
        "Ungdomsrådet i Göteborg och Studieförbunden i Göteborg.",
    ],
)
def test_where_the_bodies_stand_between_a_lists_names_is_no_end(block, text) -> None:
    found = actions_codes_recipients(block(text))
    assert [names for _, _, names in found] == [
        ["Grundskolenämnden", "Stadsmiljönämnden", "Ungdomsrådet i Göteborg", "Studieförbunden i Göteborg"]
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Kulturnämnden godkänner att förslaget till Kulturnämndens plan för kulturella mötesplatser för unga "
            "2027–2029 skickas på remiss.",
            "Kulturnämndens plan för kulturella mötesplatser för unga 2027–2029",
        ),
        (
            "Nämnden beslutar att remittera förslaget till Trafiknämndens handlingsplan för cykeltrafik 2028–2031 "
            "till stadsdelsnämnderna.",
            "Trafiknämndens handlingsplan för cykeltrafik 2028–2031",
        ),
    ],
)
def test_a_boards_own_plan_by_its_genitive_is_a_report(block, text, title) -> None:
    assert extract_reports(analyse([block(text)], REGISTER)).title_for(title) == title


def test_a_proposal_sent_to_a_board_names_no_report(block) -> None:
    reports = extract_reports(analyse([block("Förvaltningen överlämnar förslaget till Trafiknämnden.")], REGISTER))
    assert reports.canonical == {}
