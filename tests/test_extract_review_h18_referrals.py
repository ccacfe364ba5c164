"""Review of holdout18's referral rules: a count the names then spell out, whatever bodies it counts and however
the names follow it. Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from conftest import _block
from found_referrals import recipient_names
from made_blocks import lines_block

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import extract_referrals
from atgard.extract.referrals.asides import COUNT_THEN_NAMES
from atgard.extract.referrals.recipients import _PRONOUN
from atgard.extract.reports import extract_reports

REGISTER = load_register()
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


# --- referral.title_kind: the report a sentence calls by its kind in the definite ---------------------------------


def _report_of(title: str, sentence: str) -> list[str | None]:
    blocks = [
        _block(title, kind="heading", level=1),
        _block("Förslag till beslut", kind="heading", level=2),
        _block(f"Trafiknämnden godkänner förslaget till *{title}* som underlag."),
        _block(sentence),
    ]
    analysed = analyse(blocks, REGISTER)
    return [r.report_title for r in extract_referrals(analysed, extract_reports(analysed), REGISTER)]


_PLAN = "Handlingsplan för gångtrafik 2027–2030"


@pytest.mark.parametrize(
    ("title", "sentence", "report"),
    [
        # the reviewer's counter-examples
        ("Program för trygghet 2027–2030", "Trafiknämnden remitterar programmet till stadsbyggnadsnämnden.", True),
        ("Riktlinjer för bostadsförsörjning", "Trafiknämnden remitterar riktlinjerna till stadsbyggnadsnämnden.", True),
        ("Trygghetsprogram 2027–2030", "Trafiknämnden remitterar trygghetsprogrammet till kulturnämnden.", True),
        (_PLAN, "Trafiknämnden remitterar planen till stadsbyggnadsnämnden.", True),
        (_PLAN, "Trafiknämnden remitterar handlingsplanen för cykel till stadsbyggnadsnämnden.", False),
        # variants
        (_PLAN, "Trafiknämnden remitterar handlingsplanen för gångtrafik till stadsbyggnadsnämnden.", True),
        (_PLAN, "Trafiknämnden remitterar handlingsplanen till stadsbyggnadsnämnden samt kulturnämnden.", True),
        ("Strategi för ofrivillig ensamhet", "Trafiknämnden remitterar strategin till kulturnämnden.", True),
        ("Program för trygghet 2027–2030", "Trafiknämnden remitterar programmet om cykel till kulturnämnden.", False),
    ],
)
def test_report_named_by_kind(title: str, sentence: str, report: bool) -> None:
    assert _report_of(title, sentence) == [title if report else None]
