"""The review of holdout19's referral rules (findings 1, 2, 6, 7, 12 and 13).

- A referral on its bodies' own measures is one for the recipients of the phrase's own clause only, and none when
  the whole report is asked of that subject (finding 1); the body named by any of vocabulary's body nouns, "ni",
  "huvudansvarig", "som berör nämnden", "de av planens åtgärder" (finding 2).
- The views the one given a task is told to gather are no referral with an adverbial of several words before the
  verb (finding 6), and only when the government gave the task: a municipal office given its task by its board
  plans a remiss, whatever its section is headed (finding 7).
- "efter remiss" with an adjective, a named organisation after "inom", or "remittering" recounts a referral as
  "efter remiss inom staden" does (finding 12).
- A number glued to its text begins a list's entry never before a month, a number's word or a word with a number
  after it, and in an item read on only where it runs on the numbers before it (finding 13).
"""

from __future__ import annotations

import pytest
from made_items import made_measure as _measure
from made_items import made_referral as _referral

from atgard.extract.referrals.clauses import find_clauses
from atgard.extract.referrals.judge import judge
from atgard.extract.referrals.list_entries import joined_entries, merged_entries
from atgard.extract.referrals.own_measures import with_own_measures

_MEASURES = [
    _measure("3", "Stadsmiljönämnden"),
    _measure("5", "Göteborg Energi AB"),
    _measure("7", "Stadsmiljönämnden", "Kretsloppsnämnden"),
]
_FOUR = ["Kretsloppsnämnden", "Göteborg Energi AB", "Västra Götalandsregionen", "Stadsmiljönämnden"]


@pytest.mark.parametrize(
    ("text", "bodies", "expected"),
    [
        # the reviewer's: Göteborg Energi keeps the whole plan, only stadsmiljönämnden is asked on its measures
        (
            "Remissen går till kretsloppsnämnden, Göteborg Energi AB och Västra Götalandsregionen samt till "
            "stadsmiljönämnden avseende de åtgärder där nämnden anges som ansvarig.",
            _FOUR,
            [
                (["Stadsmiljönämnden"], ["3", "7"]),
                (["Kretsloppsnämnden", "Göteborg Energi AB", "Västra Götalandsregionen"], []),
            ],
        ),
        (
            "Planen remitteras till Kretsloppsnämnden, Göteborg Energi AB, Västra Götalandsregionen och även till\n"
            "Stadsmiljönämnden, som yttrar sig över de åtgärder där förvaltningen anges som huvudansvarig.",
            _FOUR,
            [
                (["Stadsmiljönämnden"], ["3", "7"]),
                (["Kretsloppsnämnden", "Göteborg Energi AB", "Västra Götalandsregionen"], []),
            ],
        ),
        # the reviewer's: the whole plan and the measures besides, of one subject: the whole plan
        (
            "Stadsmiljönämnden ges tillfälle att yttra sig över planen i sin helhet och särskilt över de åtgärder där "
            "nämnden anges som ansvarig.",
            ["Stadsmiljönämnden"],
            [(["Stadsmiljönämnden"], [])],
        ),
        (
            "Stadsmiljönämnden ombeds yttra sig över de åtgärder där nämnden anges som ansvarig samt över hela planen.",
            ["Stadsmiljönämnden"],
            [(["Stadsmiljönämnden"], [])],
        ),
        # two subjects: the whole plan to one, the measures to the other
        (
            "Kretsloppsnämnden yttrar sig över planen i sin helhet och Göteborg Energi AB över de åtgärder som "
            "bolaget ansvarar för.",
            ["Kretsloppsnämnden", "Göteborg Energi AB"],
            [(["Göteborg Energi AB"], ["5"]), (["Kretsloppsnämnden"], [])],
        ),
        # the subject named by its noun alone: the referral's recipients
        (
            "Nämnden ombeds därför endast att lämna svar avseende de åtgärder där nämnden anges som ansvarig.",
            ["Stadsmiljönämnden"],
            [(["Stadsmiljönämnden"], ["3", "7"])],
        ),
        # finding 2: the body named otherwise
        (
            "Stadsmiljönämnden ges tillfälle att yttra sig över de åtgärder där förvaltningen anges som ansvarig.",
            ["Stadsmiljönämnden"],
            [(["Stadsmiljönämnden"], ["3", "7"])],
        ),
        (
            "Stadsmiljönämnden och kretsloppsnämnden ombeds yttra sig över de åtgärder som berör nämnden.",
            ["Stadsmiljönämnden", "Kretsloppsnämnden"],
            [(["Stadsmiljönämnden"], ["3", "7"]), (["Kretsloppsnämnden"], ["7"])],
        ),
        (
            "Göteborg Energi AB ges möjlighet att lämna synpunkter om de av planens åtgärder där ni anges som "
            "ansvariga.",
            ["Göteborg Energi AB"],
            [(["Göteborg Energi AB"], ["5"])],
        ),
        (
            "Stadsmiljönämnden ombeds yttra sig över nämndens åtgärder.",
            ["Stadsmiljönämnden"],
            [(["Stadsmiljönämnden"], ["3", "7"])],
        ),
        # another body's measures, named: no own measures
        (
            "Stadsmiljönämnden ombeds yttra sig över de åtgärder där kretsloppsnämnden anges som ansvarig.",
            ["Stadsmiljönämnden"],
            [(["Stadsmiljönämnden"], [])],
        ),
    ],
)
def test_own_measures_of_the_clause_recipients(text, bodies, expected):
    found = with_own_measures([_referral(text, *bodies)], _MEASURES)
    assert [([r.name for r in f.recipients], f.measure_codes) for f in found] == expected


@pytest.mark.parametrize(
    ("sentence", "section", "kind"),
    [
        # finding 6: an adverbial of several words, the government's task to an agency
        ("Boverket ska vid genomförandet av uppdraget inhämta synpunkter från SKR.", "Regeringens beslut", "none"),
        ("Myndigheten ska under arbetet inhämta synpunkter från Lantmäteriet.", "Regeringens beslut", "none"),
        ("Myndigheten ska under arbetet inhämta synpunkter från Lantmäteriet.", None, "none"),
        ("Boverket ska också under våren 2028 inhämta synpunkter från SKR och Lantmäteriet.", "Uppdraget", "none"),
        ("Boverket ska i sitt arbete inhämta synpunkter från SKR samt\nLantmäteriet.", None, "none"),
        ("Boverket ska också inhämta synpunkter från Sveriges Kommuner och Regioner.", "Regeringens beslut", "none"),
        ("Inom ramen för uppdraget ska myndigheten inhämta synpunkter från SKR.", None, "none"),
        ("Utredaren ska inhämta synpunkter från SKR.", "Uppdragsbeskrivning", "none"),
        ("Utredaren ska inhämta synpunkter från SKR.", "Bakgrund till uppdraget", "none"),
        ("Utredaren ska inhämta synpunkter från SKR.", "Uppdraget i korthet", "none"),
        # finding 7: a municipal office given its task by its board plans a remiss
        (
            "Stadsledningskontoret ska inhämta synpunkter från stadsdelsnämnderna innan förslaget läggs fram.",
            "Uppdraget",
            "request",
        ),
        ("Kontoret ska i sitt arbete inhämta synpunkter från stadsdelsnämnderna.", None, "request"),
        ("Kontoret ska i sitt arbete inhämta synpunkter från stadsdelsnämnderna.", "Uppdraget", "request"),
        ("Inom ramen för uppdraget ska förvaltningen inhämta synpunkter från stadsdelsnämnderna.", None, "request"),
        (
            "Socialförvaltningen ska under arbetet inhämta synpunkter från stadsdelsnämnderna och\nbolagen.",
            None,
            "request",
        ),
        # no task named and no task's section: a plan of the document's
        ("Boverket ska också inhämta synpunkter från SKR.", "Ärendet", "request"),
    ],
)
def test_task_consultation_by_who_gives_the_task(sentence, section, kind):
    clause = next(c for c in find_clauses(sentence) if c.cue is not None)
    assert judge(clause, sentence, section).kind == kind


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("Yttrandet har beretts efter remiss inom staden till äldrenämnden.", "äldrenämnden"),  # as before
        ("Ärendet har beretts efter intern remiss till stadsdelsnämnderna.", "stadsdelsnämnderna"),
        ("Ärendet har beretts efter en extern remiss till Trafikverket.", "Trafikverket"),
        (
            "Ärendet har beretts efter bred remiss internt till kultur- och idrottsnämnden.",
            "kultur- och idrottsnämnden",
        ),
        (
            "Yttrandet har beretts efter remiss inom Göteborgs Stad till kretsloppsnämnden och stadsmiljönämnden.",
            "kretsloppsnämnden och stadsmiljönämnden",
        ),
        (
            "Planen har beretts efter remiss inom Region Stockholm till\ntrafiknämnden samt hälso- och "
            "sjukvårdsnämnden.",
            "trafiknämnden samt hälso- och sjukvårdsnämnden",
        ),
        (
            "Ärendet har beretts efter remittering till socialnämnden respektive äldrenämnden.",
            "socialnämnden respektive äldrenämnden",
        ),
    ],
)
def test_after_a_remiss_to(sentence, bodies):
    clause = next(c for c in find_clauses(sentence) if c.cue is None)
    assert judge(clause, sentence).kind == "request"
    assert sentence[clause.zones[0].start : clause.zones[0].end].strip(" .") == bodies


@pytest.mark.parametrize(
    ("lines", "entries"),
    [
        # as before: the later items, their numbers glued, each an entry
        (
            ["Myndigheten för delaktighet", "10.Boverket", "11.Lantmäteriet"],
            ["Myndigheten för delaktighet", "Boverket", "Lantmäteriet"],
        ),
        (["Socialstyrelsen", "10. Boverket", "11.SPF Seniorerna"], ["Socialstyrelsen", "Boverket", "SPF Seniorerna"]),
        # the reviewer's: wrapped lines that begin so are no items
        (["Myndigheten för delaktighet, svar senast den", "1.Januari 2028", "10.Boverket"], []),
        (["Socialstyrelsen med hänvisning till", "3.SFS 2018:1", "10.Boverket"], []),
        (["Statskontoret, som lämnar", "2.Ett yttrande", "10.Boverket"], []),
        (
            ["Myndigheten för delaktighet", "10.Boverket", "11.Lantmäteriet, med hänvisning till kapitel", "3.Ett"],
            ["Myndigheten för delaktighet", "Boverket", "Lantmäteriet, med hänvisning till kapitel 3.Ett"],
        ),
        # a glued number that does not run on the numbers before it goes on the entry before
        (
            ["Myndigheten för delaktighet", "10.Boverket", "11.Lantmäteriet och bilaga", "4.Kartor och planer"],
            ["Myndigheten för delaktighet", "Boverket", "Lantmäteriet och bilaga 4.Kartor och planer"],
        ),
        (
            ["Myndigheten för delaktighet", "10.Boverket", "11.Lantmäteriet", "12.Trafikverket – Region Stockholm"],
            ["Myndigheten för delaktighet", "Boverket", "Lantmäteriet", "Trafikverket – Region Stockholm"],
        ),
    ],
)
def test_glued_numbers_run_on(lines, entries):
    assert merged_entries([(line, False) for line in lines]) == entries


def test_glued_month_is_no_number_in_a_numbered_list():
    lines = [("1. Boverket", False), ("2. Lantmäteriet, senast", False), ("1.Januari 2028", False)]
    assert joined_entries(lines) == ["Boverket", "Lantmäteriet, senast 1.Januari 2028"]
