"""The review of holdout15's annexed sändlista: the list in groups under headings ends at any block that reads as a
sentence or a copy for information, a plain paragraph too ("För kännedom:" set in body type, "Svaren ska ha inkommit
senast …" under a later "Svar"), so the bodies told for information and the instructions' bullets are no recipients;
an item naming a region's or an authority's office after it is one body ("Region Stockholm, Trafikförvaltningen")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports
from atgard.schema import Block

REGISTER = load_register()
MakeBlock = Callable[..., Block]
MISSIVE = "Nämnden beslutar att skicka förslaget på remiss till de remissinstanser som framgår av sändlistan."


def _item(block: MakeBlock, text: str) -> Block:
    return block(text, kind="list_item", marker="•", page=2)


def _recipients(block: MakeBlock, tail: list[tuple[str, str]], myndigheter: str = "Trafikverket, region Stockholm"):
    blocks = [
        block(MISSIVE),
        block("Bilaga 2 – Sändlista", kind="heading", level=2, page=2),
        block("Kommuner", kind="heading", level=3, page=2),
        _item(block, "Botkyrka kommun, Danderyds kommun"),
        _item(block, "Huddinge kommun"),
        block("Myndigheter", kind="heading", level=3, page=2),
        _item(block, myndigheter),
        _item(block, "Länsstyrelsen i Stockholms län"),
    ]
    for kind, text in tail:
        blocks.append(_item(block, text) if kind == "item" else block(text, kind=kind, level=3, page=2))
    analysed = analyse(blocks, REGISTER)
    return [
        [r.name for r in f.referral.recipients]
        for f in referral_findings(analysed, extract_reports(analysed), REGISTER)
    ]


FIVE = ["Botkyrka kommun", "Danderyds kommun", "Huddinge kommun", "Trafikverket, region Stockholm"]
FIVE += ["Länsstyrelsen i Stockholms län"]


@pytest.mark.parametrize(
    "tail",
    [
        [("paragraph", "För kännedom:"), ("item", "Region Uppsala"), ("item", "Sveriges Kommuner och Regioner")],
        [("paragraph", "För kännedom till"), ("item", "Region Uppsala")],
        [("paragraph", "Kopia för kännedom"), ("item", "Region Uppsala")],
        [("paragraph", "Kopia till:"), ("item", "Region Uppsala")],
        [
            ("heading", "Svar"),
            ("paragraph", "Svaren ska ha inkommit senast den 1 mars 2027 till registrator."),
            ("item", "Ange diarienummer i ämnesraden"),
            ("item", "Skicka svaret i Word-format"),
        ],
        [
            ("paragraph", "Sändlistan har upprättats av kommunstyrelsens kansli."),
            ("item", "Region Uppsala"),
        ],
        [
            ("heading", "Instruktioner"),
            ("paragraph", "Remissvaren skickas med e-post till registrator senast den 1 mars."),
            ("item", "Ange remissens diarienummer"),
        ],
        [],
    ],
    ids=[
        "reviewer för kännedom",
        "för kännedom till",
        "kopia för kännedom",
        "kopia till",
        "reviewer svar",
        "sentence",
        "instruktioner",
        "none after",
    ],
)
def test_the_list_ends_at_a_sentence_or_a_copy(block: MakeBlock, tail: list[tuple[str, str]]) -> None:
    assert _recipients(block, tail) == [FIVE]


def test_a_group_after_a_plain_label_is_still_read(block: MakeBlock) -> None:
    tail = [("heading", "Organisationer"), ("item", "Cykelfrämjandet"), ("item", "Svensk Kollektivtrafik")]
    assert _recipients(block, tail) == [[*FIVE, "Cykelfrämjandet", "Svensk Kollektivtrafik"]]


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("Region Stockholm, Trafikförvaltningen", ["Region Stockholm, Trafikförvaltningen"]),
        (
            "Länsstyrelsen i Stockholms län, Enheten för samhällsplanering",
            ["Länsstyrelsen i Stockholms län, Enheten för samhällsplanering"],
        ),
        ("Nacka kommun, Miljöenheten", ["Nacka kommun, Miljöenheten"]),
        ("Region Uppsala, Kollektivtrafikförvaltningen", ["Region Uppsala, Kollektivtrafikförvaltningen"]),
        ("Stadsledningskontoret, Trafikkontoret", ["Stadsledningskontoret", "Trafikkontoret"]),
        ("Kulturnämnden, Kulturförvaltningen", ["Kulturnämnden", "Kulturförvaltningen"]),
        ("Region Uppsala, Region Gävleborg", ["Region Uppsala", "Region Gävleborg"]),
    ],
    ids=[
        "reviewer region",
        "reviewer länsstyrelse",
        "kommun unit",
        "region office",
        "two offices",
        "board office",
        "two regions",
    ],
)
def test_an_office_after_its_organisation_is_one_body(block: MakeBlock, item: str, names: list[str]) -> None:
    assert _recipients(block, [], myndigheter=item) == [[*FIVE[:3], *names, FIVE[4]]]
