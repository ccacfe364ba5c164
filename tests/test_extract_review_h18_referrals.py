"""Review of holdout18's referral rules: a count the names then spell out, whatever bodies it counts and however
the names follow it. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from found_referrals import recipient_names
from made_blocks import lines_block

from atgard.extract.referrals.asides import COUNT_THEN_NAMES
from atgard.extract.referrals.recipients import _PRONOUN

_THREE = ["Kulturnämnden", "Idrottsnämnden", "Trafiknämnden"]


# --- referral.count_then_names: the count's noun and its openers -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the reviewer's counter-examples
        (
            "Remissen gick till tre kommuner: Knivsta kommun, Tierps kommun och Östhammars kommun.",
            ["Knivsta kommun", "Tierps kommun", "Östhammars kommun"],
        ),
        (
            "Remissen gick till två förvaltningar – stadsbyggnadskontoret och miljöförvaltningen.",
            ["Stadsbyggnadskontoret", "Miljöförvaltningen"],
        ),
        ("Remissen gick till de tre nämnderna – kulturnämnden, idrottsnämnden och trafiknämnden.", _THREE),
        ("Remissen gick till tre av stadens nämnder – kulturnämnden, idrottsnämnden och trafiknämnden.", _THREE),
        ("Remissen gick till tre nämnder (kulturnämnden, idrottsnämnden och trafiknämnden).", _THREE),
        (
            "Remissen gick till tre nämnder — kulturnämnden, idrottsnämnden och trafiknämnden — samt till "
            "Polismyndigheten.",
            [*_THREE, "Polismyndigheten"],
        ),
        # variants: a hyphen, a colon, a comma, "samt", "respektive", a line break, an adjective
        ("Remissen gick till de tre nämnderna: kulturnämnden, idrottsnämnden samt trafiknämnden.", _THREE),
        ("Remissen gick till tre av de berörda nämnderna - kulturnämnden, idrottsnämnden och\ntrafiknämnden.", _THREE),
        (
            "Remissen gick till de två förvaltningarna (stadsbyggnadskontoret respektive miljöförvaltningen).",
            ["Stadsbyggnadskontoret", "Miljöförvaltningen"],
        ),
        (
            "Ärendet remitterades till två kommuner, Knivsta kommun och Tierps kommun.",
            ["Knivsta kommun", "Tierps kommun"],
        ),
    ],
)
def test_count_then_names(text: str, names: list[str]) -> None:
    assert recipient_names([lines_block(text)]) == [names]


@pytest.mark.parametrize(
    "text",
    [
        "tre nämnder (se bilaga 2)",
        "tre nämnder som berörs",
        "fyra facknämnder, två stadsdelsnämnder",
        "de tre åren, kulturnämnden",
    ],
)
def test_count_then_names_not(text: str) -> None:
    assert COUNT_THEN_NAMES.search(text) is None


# --- referral.pronoun: a part of the bodies counted names nobody ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's counter-examples
        "En av nämnderna",
        "Tre av de berörda nämnderna",
        "Två av de tillfrågade bolagen",
        "Flertalet av nämnderna",
        "Drygt hälften av remissinstanserna",
        "Tre av stadens nämnder",
        # variants
        "en av\nnämnderna",
        "Knappt hälften av de tillfrågade remissinstanserna",
        "Fyra utav stadsdelsnämnderna",
        "Två av regionens förvaltningar",
        "Nästan hälften av de berörda instanserna",
    ],
)
def test_part_counted_names_nobody(text: str) -> None:
    assert _PRONOUN.search(text) is not None


@pytest.mark.parametrize(
    "text",
    ["Två av Region Uppsalas nämnder", "En av Kulturnämnden", "Detaljplanenämnden", "Två av Stockholms stads nämnder"],
)
def test_part_counted_not(text: str) -> None:
    assert _PRONOUN.search(text) is None
