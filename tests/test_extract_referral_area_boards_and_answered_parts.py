"""Referral shapes of holdout11's families: an area board named in the indefinite with its area after it
("Stadsområdesnämnd Norr") in a list or in bullets, a part of the report "besvaras av" a body (the passive of the
transitive "besvara", its subject the measures), and a body asked to report whether it can carry measures out
("redovisa om bolaget kan åta sig att genomföra"). Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _found(blocks):
    analysed = analyse(blocks, REGISTER)
    return [
        (f.referral.action, f.referral.priority, f.referral.measure_codes, [r.name for r in f.referral.recipients])
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Programmet remitteras till Stadsområdesnämnd Norr, Stadsområdesnämnd Söder och Region Skåne.",
            ["Stadsområdesnämnd Norr", "Stadsområdesnämnd Söder", "Region Skåne"],
        ),
        (
            "Planen remitteras till stadsområdesnämnd Innerstaden samt stadsområdesnämnd Väster för yttrande.",
            ["Stadsområdesnämnd Innerstaden", "Stadsområdesnämnd Väster"],
        ),
        (
            "Förslaget remitteras till socialnämnden Centrum och stadsdelsnämnden Västra Hisingen.",
            ["Socialnämnden Centrum", "Stadsdelsnämnden Västra Hisingen"],
        ),
        # a definite board's home town after it is no area; "Region" takes none
        ("Förslaget remitteras till kulturnämnden, Region Skåne och Lunds kommun.", None),
    ],
)
def test_area_boards_in_running_text(block, text: str, names: list[str] | None) -> None:
    ((_, _, _, found),) = _found([block(text)])
    if names is None:
        assert not any(name.endswith((" Skåne Lunds", " Region")) for name in found), found
        assert "Region Skåne" in found
    else:
        assert found == names


@pytest.mark.parametrize("dash", ["-", "–", "•"])
def test_area_boards_in_bullets(block, dash: str) -> None:
    lead = block("Följande remissinstanser ombeds yttra sig över förslaget i dess helhet:")
    items = [
        block(t, kind="list_item", marker=dash) for t in ("Fritidsnämnden", "Stadsområdesnämnd Öster", "Region Skåne")
    ]
    ((_, _, _, found),) = _found([lead, *items])
    assert found == ["Fritidsnämnden", "Stadsområdesnämnd Öster", "Region Skåne"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Åtgärd 1.4, om daglig rörelse under skoldagen, ska i första hand besvaras av Grundskolenämnden, som "
            "också ombeds redovisa hur åtgärden kan genomföras.",
            ("implementation", "primary", ["1.4"], ["Grundskolenämnden"]),
        ),
        (
            "Åtgärderna 2.1 och 2.2 ska besvaras av kulturnämnden och idrottsnämnden.",
            ("opinion", None, ["2.1", "2.2"], ["Kulturnämnden", "Idrottsnämnden"]),
        ),
        (
            "Frågorna i avsnitt 3 besvaras i första hand av trafiknämnden.",
            ("opinion", "primary", [], ["Trafiknämnden"]),
        ),
    ],
)
def test_part_answered_by(block, text: str, expected: tuple) -> None:
    assert _found([block(text)]) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Motionen ska besvaras av kommunfullmäktige.",  # a motion: the council answers it by deciding
        "Interpellationen besvaras av kommunstyrelsens ordförande.",
        "Remissen har besvarats inom förvaltningen.",
    ],
)
def test_answered_things_that_are_no_referral(block, text: str) -> None:
    assert _found([block(text)]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MKB Fastighets AB ombeds redovisa om bolaget kan åta sig att genomföra åtgärderna 3.1–3.3 och vilka "
            "förutsättningar som i så fall behövs.",
            ("implementation", None, ["3.1", "3.2", "3.3"], ["MKB Fastighets AB"]),
        ),
        (
            "Fastighetsnämnden ska redovisa huruvida nämnden har möjlighet att genomföra åtgärd 2.2.",
            ("implementation", None, ["2.2"], ["Fastighetsnämnden"]),
        ),
    ],
)
def test_whether_it_can_carry_out(block, text: str, expected: tuple) -> None:
    assert _found([block(text)]) == [expected]


def test_whether_carried_out_is_a_follow_up(block) -> None:
    """Whether measures were carried out is reported afterwards: no referral."""
    assert _found([block("Nämnderna ska årligen redovisa om åtgärderna har genomförts.")]) == []


def _annex_table(block, lead: str, heading: str = "Bilaga 1. Remissförteckning") -> list:
    from made_blocks import table_row

    return [
        block("Remiss – Parkeringsprogram för Kalmar kommun 2027–2030", kind="heading", level=1),
        block(lead),
        block("Svaren skickas till kommunstyrelsen med angivande av diarienummer."),
        block(heading, kind="heading", level=3),
        table_row("Remissinstans", "Hela förslaget", "Åtgärder", "Svar senast"),
        table_row("Tekniska nämnden", "X", "", "2027-05-28"),
        table_row("Kalmarhem AB", "", "3.2 och 3.5", "2027-06-11"),
        table_row("Byggnadsnämnden", "", "2.1–2.3", "2027-06-11"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        'Instanser som har åtgärdsnummer angivna i kolumnen "Åtgärder" ska redovisa sina förutsättningar att '
        "genomföra just de åtgärderna.",
        "Nämnder och bolag med åtgärder angivna i förteckningen i bilaga 1 ska redovisa sina förutsättningar för att "
        "genomföra dem.",
    ],
)
def test_annex_table_rows_with_measures_implement(block, lead: str) -> None:
    """The text before the annex, pointing at its columns, says what the rows with measures' numbers ask: those
    rows implement, the rows marked for the whole proposal give an opinion; the description is no referral."""
    found = _found(_annex_table(block, lead))
    assert found == [
        ("opinion", None, [], ["Tekniska nämnden"]),
        ("implementation", None, ["3.2", "3.5"], ["Kalmarhem AB"]),
        ("implementation", None, ["2.1", "2.2", "2.3"], ["Byggnadsnämnden"]),
    ]


def test_annex_table_without_a_pointing_lead_gives_opinions(block) -> None:
    found = _found(_annex_table(block, "Remissinstanserna ombeds yttra sig enligt förteckningen nedan."))
    assert [action for action, *_ in found] == ["opinion", "opinion", "opinion"]


@pytest.mark.parametrize(
    "text",
    [
        'Instanser som är markerade i kolumnen "Hela förslaget" ombeds lämna synpunkter på programmet i sin helhet.',
        "Remissinstanser som inte kan svara i tid ombeds kontakta kontoret.",
        "Nämnder som har åtgärder angivna ska redovisa sina förutsättningar att genomföra dem.",
    ],
)
def test_bodies_described_are_no_recipients(block, text: str) -> None:
    assert _found([block(text)]) == []


@pytest.mark.parametrize(
    ("label", "names", "expected"),
    [
        (
            "Kommuner",
            "Bjurholms kommun, Dorotea kommun, Kinda kommun och Övertorneå kommun.",
            ["Bjurholms kommun", "Dorotea kommun", "Kinda kommun", "Övertorneå kommun"],
        ),
        (
            "Regioner",
            "Region Gävleborg, Region Dalarna samt Region Västernorrland",
            ["Region Gävleborg", "Region Dalarna", "Region Västernorrland"],
        ),
    ],
)
def test_ministry_list_with_a_group_in_running_text(block, label: str, names: str, expected: list[str]) -> None:
    """A ministry's remiss list: numbered bodies, then a group's label on a line of its own and its bodies in
    running text; the label is no body, and the sentence after the list ends it."""
    blocks = [
        block("Remissinstanser"),
        block("Boverket", kind="list_item", marker="1."),
        block("Trafikverket", kind="list_item", marker="2."),
        block(label),
        block(names),
        block("Remissvaren ska ha kommit in till departementet senast den 18 december 2026."),
    ]
    ((_, _, _, found),) = _found(blocks)
    assert found == ["Boverket", "Trafikverket", *expected]


def test_a_sentence_after_a_group_label_is_no_list(block) -> None:
    blocks = [
        block("Remissinstanser"),
        block("Boverket", kind="list_item", marker="1."),
        block("Trafikverket", kind="list_item", marker="2."),
        block("Kommuner"),
        block("Betänkandet finns att ladda ned på regeringens webbplats."),
    ]
    ((_, _, _, found),) = _found(blocks)
    assert found == ["Boverket", "Trafikverket"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Planen remitteras till Trafikverket, Handelskammaren Östergötland och Linköpings universitet.", None),
        ("Planen remitteras till Trafikverket, Handelskammaren Värmland samt Karlstads universitet.", None),
    ],
)
def test_a_registers_alias_with_a_place_is_that_places_body(block, text: str, name: None) -> None:
    """ "Handelskammaren" alone is Stockholm's chamber of commerce; with a place after it, that place's own."""
    ((_, _, _, found),) = _found([block(text)])
    place = text.split("Handelskammaren ")[1].split()[0]
    assert f"Handelskammaren {place}" in found
    assert "Stockholms Handelskammare" not in found and place not in found


@pytest.mark.parametrize(
    "text",
    [
        "Trafik- och samhällsplaneringsnämnden har lämnat synpunkter som har arbetats in i förslaget till yttrande.",
        "Kulturnämnden har yttrat sig och synpunkterna har inarbetats i remissvaret.",
    ],
)
def test_views_worked_into_the_own_answer_are_no_referral(block, text: str) -> None:
    lead = block("Regionen har fått betänkandet på remiss från Socialdepartementet.")
    assert all("nämnden" not in " ".join(names) for *_, names in _found([lead, block(text)]))
