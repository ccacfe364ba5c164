"""The review of holdout14's report titles (finding 15): the report a text names by the noun its title was given
("slutrapporten" of "slutrapporten Staden efter midnatt") is found in one home, referrals.common.named_by_noun, by a
rule (`referral.named_noun`, traced by `inspect --why`), for a referral sentence and a table's lead alike; neither
writes the search again as a bare regular expression."""

from __future__ import annotations

import inspect

import pytest

from atgard.extract.referrals import common, tables
from atgard.extract.referrals.common import named_by_noun
from atgard.extract.rules import RULES, tracing

_BY_NOUN = {"slutrapport": "Staden efter midnatt", "delrapport": "Trygga platser", "betänkande": "Framtidens skola"}


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # the noun with each of its endings, any case, after a line break
        ("Synpunkter på slutrapporten lämnas av kulturnämnden.", ["Staden efter midnatt"]),
        ("Slutrapporten remitteras till kulturnämnden.", ["Staden efter midnatt"]),
        ("Synpunkter på\nslutrapporten lämnas senast den 3 maj.", ["Staden efter midnatt"]),
        ("Nämnderna ska yttra sig över betänkandet.", ["Framtidens skola"]),
        ("Förslagen i Betänkandet – svar senast 3 maj", ["Framtidens skola"]),
        # two nouns: both titles, in the order the document gave the titles their nouns
        ("Delrapporten och slutrapporten remitteras till nämnderna.", ["Staden efter midnatt", "Trygga platser"]),
        ("Slutrapporten respektive delrapporten skickas till nämnden.", ["Staden efter midnatt", "Trygga platser"]),
        ("Delrapporten samt betänkandet remitteras.", ["Trygga platser", "Framtidens skola"]),
        # a noun not given to a title, a plural, another compound, a noun inside a word
        ("Rapporten remitteras till nämnderna.", []),
        ("Rapporterna och slutrapporterna remitteras.", []),
        ("Underlagsrapporten remitteras till nämnden.", []),
        ("Slutrapporteringen sker årligen.", []),
        ("Betänkandena remitteras till nämnderna.", []),
    ],
)
def test_a_report_named_by_its_noun(text: str, titles: list[str]) -> None:
    assert named_by_noun(text, _BY_NOUN) == titles


def test_a_noun_that_names_a_report_is_traced() -> None:
    with tracing() as fired:
        named_by_noun("Synpunkter på slutrapporten lämnas av kulturnämnden.", _BY_NOUN)
    assert "referral.named_noun" in {hit.rule for hit in fired}
    with tracing() as fired:
        named_by_noun("Synpunkter på rapporten lämnas av kulturnämnden.", _BY_NOUN)
    assert "referral.named_noun" not in {hit.rule for hit in fired}


def test_the_noun_search_has_one_home() -> None:
    assert "referral.named_noun" in RULES
    for module in (common, tables):
        assert '(?:en|et|t|n)?\\b", ' not in inspect.getsource(module)
        assert 're.search(rf"\\b{noun}' not in inspect.getsource(module)
