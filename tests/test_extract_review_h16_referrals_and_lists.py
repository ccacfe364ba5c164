"""Review of holdout16: referrals and lists: the county's municipalities as a remiss's only recipients; a past
decision recounted before a present proposal; a court's seat in brackets;
a town named "stad" by the shared shape of a municipality's name; an answers table's "Svar på" column;
a quarter's region after a body named with its county, the comma dropped."""

from __future__ import annotations

import pytest

from atgard.extract.home import own_names
from atgard.extract.mentions import read_board_list
from atgard.extract.referrals.lists import _named_item
from atgard.extract.referrals.recounts import _DECIDED_BEFORE
from tests.found_referrals import REGISTER, actions_codes_recipients, recipient_names
from tests.made_blocks import table_row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's counter-example: the commonest county-board remiss, sent to the group alone
        ("Länsstyrelsen remitterar förslaget till länets kommuner.", [["Länets kommuner"]]),
        ("Planen skickas på remiss till länets kommuner.", [["Länets kommuner"]]),
        ("Förslaget remitteras till kommunerna i Uppsala län.", [["Kommunerna i Uppsala län"]]),
        ("Förslaget remitteras till alla kommuner i\nStockholms län.", [["Alla kommuner i Stockholms län"]]),
        (
            "Förslaget remitteras till kommunerna i Uppsala län samt Region Uppsala.",
            [["Kommunerna i Uppsala län", "Region Uppsala"]],
        ),
        (
            "Region Uppsala remitterar strategin till kommunerna i Uppsala län respektive Region Gävleborg.",
            [["Kommunerna i Uppsala län", "Region Gävleborg"]],
        ),
        # recounted: the remiss a municipality of the county answers, no list of its own
        ("Länsstyrelsen har remitterat förslaget till länets kommuner.", []),
        ("Länsstyrelsen har remitterat förslaget till kommunerna i Uppsala län.", []),
        # alone before bodies described, the group leads a list named elsewhere
        ("Förslaget remitteras brett till länets kommuner och till de aktörer som berörs i länet.", []),
    ],
)
def test_county_towns_alone_in_a_remiss_sent_now(block, text, expected):
    assert recipient_names([block(text)]) == expected


@pytest.mark.parametrize(
    ("before_cue", "recounted"),
    [
        # the reviewer's counter-examples: a present proposal coordinated after the past decision
        ("Nämnden beslutade att godkänna planen, och föreslår nu att ", False),
        ("Kommunfullmäktige beslutade 2024 att anta planen och nämnden föreslås nu att ", False),
        ("Nämnden beslutade i mars att anta programmet – och beslutar nu att ", False),
        ("Nämnden beslöt 2025 att anta planen samt föreslår\nnu att ", False),
        ("Styrelsen har beslutat att anta strategin, och det beslutas nu att ", False),
        # the decision's own "att", also after an assignment's
        ("Idrottsnämnden beslutade den 23 mars 2027, § 7, att ", True),
        ("Nämnden beslutade i mars att ge förvaltningen i uppdrag att ", True),
        ("Kommunstyrelsen har beslutat att även ", True),
    ],
)
def test_past_decision_stops_at_a_present_proposal(before_cue, recounted):
    assert bool(_DECIDED_BEFORE.search(before_cue)) is recounted


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the reviewer's counter-examples: a capitalised bracket that is no court's seat makes no body "X (Y)"
        ("Polismyndigheten (Region Stockholm)", []),
        ("Trafiknämnden (Samtliga åtgärder)", []),
        ("Stadsbyggnadsnämnden (Yttrande senast 1 mars)", []),
        ("Länsstyrelsen i Stockholms län (Enheten för kulturmiljö)", []),
        ("Hyresgästföreningen (Region Norr)", []),
        # a court seated at a court, as a ministry's list gives it
        ("Mark- och miljööverdomstolen (Svea hovrätt)", ["Mark- och miljööverdomstolen (Svea hovrätt)"]),
        ("Migrationsöverdomstolen (Kammarrätten i Stockholm),", ["Migrationsöverdomstolen (Kammarrätten i Stockholm)"]),
        ("Mark- och miljödomstolen (Vänersborgs tingsrätt) samt", ["Mark- och miljödomstolen (Vänersborgs tingsrätt)"]),
    ],
)
def test_only_a_courts_seat_in_brackets_is_part_of_a_name(item, expected):
    assert [r.name for r in _named_item(item, REGISTER)] == expected


@pytest.mark.parametrize(
    ("name", "as_kommun"),
    [
        # the reviewer's counter-example: a body's noun before "stad" is no town
        ("Kommunstyrelsen stad", None),
        ("Stadsledningskontoret Stockholms stad", None),
        ("Stockholms stads kulturnämnd", None),
        ("Stockholms stad", "stockholms kommun"),
        ("VÄSTERÅS STAD", "västerås kommun"),
        ("Göteborgs Stad", "göteborgs kommun"),
        ("Upplands Väsby stad", "upplands väsby kommun"),
    ],
)
def test_a_town_named_stad_is_kommun_to_the_state(name, as_kommun):
    added = {n for n in own_names([name], ["Sida 1 av 2"]) if n.endswith(" kommun")}
    assert added == ({as_kommun} if as_kommun else set())


@pytest.mark.parametrize(
    ("header", "first", "second"),
    [
        # the reviewer's counter-example: a table of answers received, "Remissinstans | Inkom | Svar på"
        (("Remissinstans", "Inkom", "Svar på"), ("Miljönämnden", "2027-03-01", "Åtgärd 4 och 5"), None),
        (("Remissinstans", "Inkom", "Svar på"), ("Miljönämnden", "2027-03-01", "Åtgärd 4–6"), "Hela förslaget"),
        (("Remissinstans", "Inkom", "Svar på fråga"), ("Miljönämnden", "2027-03-01", "Fråga 2 respektive 3"), None),
        # a table of responsibilities
        (("Nämnd", "Inkom", "Svarar för"), ("Trafiknämnden", "2027-03-01", "Åtgärd 3-7"), "Åtgärd 8 samt 9"),
    ],
)
def test_an_answers_tables_columns_are_no_scope(block, header, first, second):
    rows = [table_row(*header, top=200), table_row(*first, top=240)]
    if second is not None:
        rows.append(table_row("Skol- och fritidsnämnden", "2027-03-04", second, top=280))
    assert actions_codes_recipients(block("Följande remissvar har kommit in."), *rows) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's counter-example: one name a line, the comma dropped with the line break
        ("Länsstyrelsen i Norrbottens län\nRegion Norr", ["Länsstyrelsen i Norrbottens län", "Region Norr"]),
        (
            "Trafikverket, Länsstyrelsen i Norrbottens län Region Norr och Boverket",
            ["Trafikverket", "Länsstyrelsen i Norrbottens län", "Region Norr", "Boverket"],
        ),
        ("Länsstyrelsen i Västra Götalands län\nRegion Väst", ["Länsstyrelsen i Västra Götalands län", "Region Väst"]),
        # an organisation's short name with its regional part
        ("Hyresgästföreningen Region Syd", ["Hyresgästföreningen Region Syd"]),
        (
            "Boverket, Hyresgästföreningen Region Mitt samt Lantmäteriet",
            ["Boverket", "Hyresgästföreningen Region Mitt", "Lantmäteriet"],
        ),
    ],
)
def test_a_quarters_region_after_a_county_body_is_a_body_of_its_own(text, expected):
    assert [r.name for r in read_board_list(text, REGISTER)] == expected
