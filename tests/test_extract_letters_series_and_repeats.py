"""A company's letter that answers by thanking for the referral and is signed under a greeting; a series number
before or after a report's title; "Angående remiss av X"; an association of municipalities by its name; a further
proposal that repeats a point in other words."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.annex_titles import without_series_number
from atgard.extract.answer_clauses import THANKS_FOR_REFERRAL
from atgard.extract.answers import AnswerHeader, extract_answers
from atgard.extract.boards import load_register
from atgard.extract.lead_ins import lead_in, point_gist
from atgard.extract.mentions.shapes import associations
from atgard.extract.report_headings import heading_title
from atgard.extract.reports import extract_reports
from atgard.schema.contract import Decision

REGISTER = load_register()


@pytest.mark.parametrize(
    ("sentence", "thanks"),
    [
        (
            "Göteborg Energi AB tackar för möjligheten att lämna synpunkter på nämndens förslag till handlingsplan.",
            True,
        ),
        ("Vi tackar för remissen och lämnar följande synpunkter.", True),
        ("Förbundet tackar för tillfället att få yttra sig över förslaget.", True),
        ("Bolaget tackar härmed för möjligheten att lämna sina synpunkter på planen.", True),
        ("Föreningen tackar för inbjudan att svara på remissen.", True),
        ("Vi tackar för möjligheten att kommentera förslaget till trafikplan.", True),
        ("Nämnden tackade för möjligheten att lämna synpunkter.", False),  # history
        ("Vi tackar för möjligheten att delta i dialogen om planen.", False),  # no answer
        ("Förvaltningen tackar alla som deltagit i arbetet.", False),
    ],
)
def test_thanks_for_referral(sentence: str, thanks: bool) -> None:
    assert (THANKS_FOR_REFERRAL.search(sentence) is not None) is thanks


@pytest.mark.parametrize(
    ("greeting", "body"),
    [
        ("Med vänlig hälsning MÖLNDALS ENERGI AB", "Mölndals Energi AB"),
        ("Med vänliga hälsningar Mölndals Energi AB", "Mölndals Energi AB"),
        ("Vänliga hälsningar, MÖLNDALS ENERGI AB", "Mölndals Energi AB"),
    ],
)
def test_a_company_letter_thanking_for_the_referral_answers(block, greeting: str, body: str) -> None:
    blocks = [
        block("Synpunkter på förslag till Trafikplan för Mölndal 2030", "heading", level=1),
        block("Mölndals Energi AB tackar för möjligheten att lämna synpunkter på stadens förslag till trafikplan."),
        block("Bolaget föreslår att åtgärd 4 kompletteras med en skrivning om ledningar."),
        block(greeting),
        block("Anna Ek / Verkställande direktör | Per Lind / Miljöchef", "table_row"),
    ]
    analysed = analyse(blocks, REGISTER)
    found = extract_answers(analysed, "other", Decision(), extract_reports(analysed), AnswerHeader(), [], REGISTER)
    assert [answer.answering_body.name for answer in found] == [body]


def test_a_letter_that_only_discusses_gives_no_answer(block) -> None:
    blocks = [
        block("Synpunkter från dialogmötet om trafikplanen", "heading", level=1),
        block("Vi tackar för möjligheten att delta i dialogen om planen."),
        block("Med vänlig hälsning MÖLNDALS ENERGI AB"),
        block("Anna Ek / Verkställande direktör", "table_row"),
    ]
    analysed = analyse(blocks, REGISTER)
    assert extract_answers(analysed, "other", Decision(), extract_reports(analysed), AnswerHeader(), [], REGISTER) == []


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Remiss av betänkandet SOU 2027:31 Bostäder för ett tryggt åldrande", "Bostäder för ett tryggt åldrande"),
        ("Yttrande över betänkandet SOU 2027:31 Bostäder för ett tryggt åldrande", "Bostäder för ett tryggt åldrande"),
        ("Yttrande över promemorian Ds 2026:4 – Ett enklare regelverk", "Ett enklare regelverk"),
        ("Svar på remiss av SOU 2026:4, En trygg sjöfart", "En trygg sjöfart"),
        (
            "Angående remiss av Riktlinjer för bostadsförsörjning 2027–2030",
            "Riktlinjer för bostadsförsörjning 2027–2030",
        ),
        ("Ang. remiss av förslag till Kulturplan för Uppsala kommun", "Kulturplan för Uppsala kommun"),
        ("Beträffande remissen av rapporten Trygg i hela staden", "Trygg i hela staden"),
    ],
)
def test_heading_titles(heading: str, title: str) -> None:
    found = heading_title(heading)
    assert found is not None and found.group("title") == title


@pytest.mark.parametrize("heading", ["Angående remiss av motion om fler bibliotek", "Angående remissen"])
def test_headings_naming_no_report(heading: str) -> None:
    assert heading_title(heading) is None


@pytest.mark.parametrize(
    ("entry", "title", "year"),
    [
        ("Skyfallskartering för Göteborg, rapport 2025:7", "Skyfallskartering för Göteborg", 2025),
        ("Skyfallskartering för Göteborg (Rapport nr 2025:7)", "Skyfallskartering för Göteborg", 2025),
        ("Trygg skolväg - PM 2024:3", "Trygg skolväg", 2024),
        ("Framtidens socialtjänst (SOU 2025:19)", "Framtidens socialtjänst", 2025),
        ("Ds 2019:21 Ett lagstadgat ansvar", "Ett lagstadgat ansvar", 2019),
        ("Årsrapport 2025:7", "Årsrapport 2025:7", None),  # the genre word is the title's own
        ("Skyfallskartering för Göteborg 2025:7", "Skyfallskartering för Göteborg 2025:7", None),
    ],
)
def test_series_numbers(entry: str, title: str, year: int | None) -> None:
    assert without_series_number(entry) == (title, year)


def test_an_annex_entry_with_its_maker_and_month(block) -> None:
    blocks = [
        block("Bilagor", "heading", level=2),
        block("Stråk i Järva – åtgärdsprogram 2027–2030 (Järvadelegationen, januari 2027)", "list_item", marker="1."),
    ]
    refs = extract_reports(analyse(blocks, REGISTER)).refs
    assert [(ref.title, ref.year) for ref in refs] == [("Stråk i Järva – åtgärdsprogram 2027–2030", 2027)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("i samverkan med Arbetsförmedlingen och Kommunförbundet Skåne.", ["Kommunförbundet Skåne"]),
        ("Kopia till Kommunförbundet Stockholms län (för kännedom)", ["Kommunförbundet Stockholms län"]),
        ("dialog med Kommunalförbundet Sjuhärad och Borås stad", ["Kommunalförbundet Sjuhärad"]),
        ("Kommunförbundet har yttrat sig.", []),
        ("kommunförbundet i länet", []),
    ],
)
def test_associations(text: str, names: list[str]) -> None:
    assert [span.name for span in associations(text)] == names


@pytest.mark.parametrize(
    ("lead", "decider"),
    [
        (
            "Borgarrådsberedningen föreslår vidare att kommunstyrelsen för egen del beslutar att ge X i uppdrag att",
            "kommunstyrelsen",
        ),
        ("Kommunstyrelsen föreslår också kommunfullmäktige att besluta följande:", "kommunfullmäktige"),
        ("Arbetsutskottet föreslår dessutom att regionstyrelsen, för egen del, beslutar följande.", "regionstyrelsen"),
    ],
)
def test_further_proposals(lead: str, decider: str) -> None:
    found = lead_in(lead)
    assert found is not None and found[1] == decider


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "Stadsledningskontoret får i uppdrag att följa upp modellen.",
            "Borgarrådsberedningen föreslår vidare att kommunstyrelsen för egen del beslutar att ge "
            "stadsledningskontoret i uppdrag att följa upp modellen.",
            True,
        ),
        ("att ge trafiknämnden i uppdrag att utreda frågan", "Trafiknämnden ges i uppdrag att utreda frågan.", True),
        ("Kontoret får i uppdrag att följa upp modellen.", "Kontoret får i uppdrag att redovisa modellen.", False),
        ("Trafiknämnden får i uppdrag att utreda frågan.", "Kulturnämnden får i uppdrag att utreda frågan.", False),
    ],
)
def test_a_repeated_point_in_other_words(first: str, second: str, same: bool) -> None:
    assert (point_gist(first) == point_gist(second)) is same
