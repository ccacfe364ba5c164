"""The review of holdout14's report titles (finding 19): what an opinion is given on, after "yttrande",
"synpunkter", "yttra sig", is named by the prepositions of one home, vocabulary.ANSWER_ABOUT ("över", "på", "om",
"avseende", "angående", "gällande", "rörande", "beträffande"), in a declined answer and in a report invited an
opinion on alike; "till" names whom it goes to, not what it is on."""

from __future__ import annotations

import pytest

from atgard.extract.answer_clauses import DECLINES
from atgard.extract.report_titles import INVITED_TITLE


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # prepositions the rule had not written again
        (
            "Nämnden ska lämna synpunkter rörande Cykelplan för Umeå 2027–2035 senast den 3 maj.",
            "Cykelplan för Umeå 2027–2035",
        ),
        (
            "Staden ska lämna yttrande angående Regional utvecklingsstrategi 2030 till regionen.",
            "Regional utvecklingsstrategi 2030",
        ),
        (
            "Nämnden får lämna kommentarer beträffande Länstransportplan 2026-2037 samt bilagan.",
            "Länstransportplan 2026-2037",
        ),
        ("Kommunen bjuds in att lämna synpunkter om\nKulturplan 2028 – 2031 och dess mål.", "Kulturplan 2028 – 2031"),
        # those it had
        ("Staden ska yttra sig över Trafikplan 2030–2040, som regionen tagit fram.", "Trafikplan 2030–2040"),
        (
            "Nämnden ska lämna synpunkter gällande Program för idrott 2027-2030 senast i maj.",
            "Program för idrott 2027-2030",
        ),
        ("Nämnden ska lämna yttrande avseende Cykelstrategi 2030 före sommaren.", "Cykelstrategi 2030"),
        # whom it goes to is no preposition of what it is on
        ("Nämnden ska lämna yttrande till Trafikplan 2030–2040.", None),
    ],
)
def test_an_invited_report_after_any_answers_preposition(text: str, title: str | None) -> None:
    found = INVITED_TITLE.search(text)
    assert (found and found.group("title")) == title


@pytest.mark.parametrize(
    ("point", "declines"),
    [
        # prepositions the rule had not written again
        ("Nämnden beslutar att inte lämna något yttrande gällande remissen.", True),
        ("Stadsdelsnämnden avstår från att lämna synpunkter rörande förslaget till handlingsplan.", True),
        ("Styrelsen beslöt att inte yttra sig avseende rapporten.", True),
        ("Miljönämnden lämnar inget yttrande beträffande promemorian, i övrigt inget.", True),
        # those it had, with inflections and a line break
        ("Nämnden avstår från att yttra sig angående\nutredningen om trygghet.", True),
        ("Kulturnämnden beslutar att inte avge något remissvar på betänkandet.", True),
        ("Nämnden lämnar inget yttrande om remissen samt strategin.", True),
        # a part answered is still no decline
        ("Nämnden beslutar att inte lämna något yttrande rörande åtgärd 4.", False),
        ("Nämnden avstår från att yttra sig gällande punkt 3.", False),
    ],
)
def test_a_decline_after_any_answers_preposition(point: str, declines: bool) -> None:
    assert (DECLINES.search(point) is not None) is declines
