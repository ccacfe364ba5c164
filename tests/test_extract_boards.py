"""Board names in Swedish running text: inflections, groups, lists, names outside the register."""

from __future__ import annotations

import pytest

from atgard.extract.boards import inflect, load_register
from atgard.extract.mentions import _unambiguous_forms, board_spans, read_board_list, resolve_name
from atgard.extract.nlp import swedish_pipeline

REGISTER = load_register()


def spans(text: str) -> list[tuple[str, str, str]]:
    doc = swedish_pipeline(REGISTER)(text.replace("\n", " "))
    return [(s.text, s.name, s.kind) for s in board_spans(doc, REGISTER)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arbetsmarknadsnämndens yttrande", [("Arbetsmarknadsnämndens", "Arbetsmarknadsnämnden", "committee")]),
        ("enligt arbetsmarknadsnämnden", [("arbetsmarknadsnämnden", "Arbetsmarknadsnämnden", "committee")]),
        (
            "Skärholmens stadsdelsnämnd beslutade",
            [("Skärholmens stadsdelsnämnd", "Skärholmens stadsdelsnämnd", "district_committee")],
        ),
        (
            "yttrande från stadsdelsnämnden i Skärholmen",
            [("stadsdelsnämnden i Skärholmen", "Skärholmens stadsdelsnämnd", "district_committee")],
        ),
        (
            "Hässelby-Vällingby stadsdelsnämnds medborgarvärdar",
            [("Hässelby-Vällingby stadsdelsnämnds", "Hässelby-Vällingby stadsdelsnämnd", "district_committee")],
        ),
        (
            "Hässelby-Vällingbys stadsdelsnämnd och Rinkeby-Kistas stadsdelsförvaltning",
            [
                ("Hässelby-Vällingbys stadsdelsnämnd", "Hässelby-Vällingby stadsdelsnämnd", "district_committee"),
                ("Rinkeby-Kistas stadsdelsförvaltning", "Rinkeby-Kista stadsdelsförvaltning", "office"),
            ],
        ),
        (
            "Enskede–Årsta–Vantörs stadsdelsnämnd",
            [("Enskede–Årsta–Vantörs stadsdelsnämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd", "district_committee")],
        ),
        (
            "Bostads AB Poseidon och Förvaltnings AB Framtiden",
            [
                ("Bostads AB Poseidon", "Bostads AB Poseidon", "unknown"),
                ("Förvaltnings AB Framtiden", "Förvaltnings AB Framtiden", "unknown"),
            ],
        ),
        ("samarbetet med stadsdelsnämnderna", [("stadsdelsnämnderna", "Samtliga stadsdelsnämnder", "group")]),
        (
            "Samtliga nämnder och bolagsstyrelser ska",
            [("Samtliga nämnder och bolagsstyrelser", "Samtliga nämnder och bolagsstyrelser", "group")],
        ),
        (
            "alla stadsdelsnämnder samt alla nämnder",
            [
                ("alla stadsdelsnämnder", "Samtliga stadsdelsnämnder", "group"),
                ("alla nämnder", "Samtliga nämnder", "group"),
            ],
        ),
        (
            "AB Svenska bostäder och SISAB",
            [
                ("AB Svenska bostäder", "AB Svenska Bostäder", "company"),
                ("SISAB", "Skolfastigheter i Stockholm AB", "company"),
            ],
        ),
        (
            "Micasa\nFastigheter i Stockholm AB",
            [("Micasa Fastigheter i Stockholm AB", "Micasa Fastigheter i Stockholm AB", "company")],
        ),
        (
            "Stockholm Business Regions uppdrag",
            [("Stockholm Business Regions", "Stockholm Business Region AB", "company")],
        ),
        ("Stockholm Vatten AB svarade", [("Stockholm Vatten AB", "Stockholm Vatten och Avfall AB", "company")]),
        (
            "Miljö- och hälsoskyddsnämnden",
            [("Miljö- och hälsoskyddsnämnden", "Miljö- och hälsoskyddsnämnden", "committee")],
        ),
        (
            "kommunfullmäktiges och Kommunstyrelsens beslut",
            [
                ("kommunfullmäktiges", "Kommunfullmäktige", "council"),
                ("Kommunstyrelsens", "Kommunstyrelsen", "executive_board"),
            ],
        ),
        (
            "trafiknämnden, exploateringsnämnden samt kulturnämnden",
            [
                ("trafiknämnden", "Trafiknämnden", "committee"),
                ("exploateringsnämnden", "Exploateringsnämnden", "committee"),
                ("kulturnämnden", "Kulturnämnden", "committee"),
            ],
        ),
        ("stadsledningskontorets stab", [("stadsledningskontorets", "Stadsledningskontoret", "office")]),
        (
            "länsstyrelsen och Region Stockholm",
            [
                ("länsstyrelsen", "Länsstyrelsen i Stockholms län", "external"),
                ("Region Stockholm", "Region Stockholm", "external"),
            ],
        ),
        # Not in the register: kept, marked unknown.
        (
            "Trafik- och renhållningsnämnden",
            [("Trafik- och renhållningsnämnden", "Trafik- och renhållningsnämnden", "unknown")],
        ),
        (
            "Trafik– och renhållningsnämnden",
            [("Trafik– och renhållningsnämnden", "Trafik- och renhållningsnämnden", "unknown")],
        ),
        ("hos Hyresnämnden i Stockholm", [("Hyresnämnden", "Hyresnämnden", "unknown")]),
        # A suspended compound set with an en dash is the register's name.
        (
            "enligt Miljö– och hälsoskyddsnämnden",
            [("Miljö– och hälsoskyddsnämnden", "Miljö- och hälsoskyddsnämnden", "committee")],
        ),
        # The places after a plural head, with or without "i".
        (
            "till stadsdelsnämnderna Enskede-Årsta-Vantör och Farsta",
            [
                (
                    "stadsdelsnämnderna Enskede-Årsta-Vantör",
                    "Enskede-Årsta-Vantörs stadsdelsnämnd",
                    "district_committee",
                ),
                ("Farsta", "Farsta stadsdelsnämnd", "district_committee"),
            ],
        ),
        (
            "Birka Cruises AB och Stokab",
            [("Birka Cruises AB", "Birka Cruises AB", "unknown"), ("Stokab", "AB Stokab", "company")],
        ),
        # A district board by its place after the definite head, or abbreviated "SDN".
        (
            "Stadsdelsnämnden Södermalm, Norrmalms SDN och sdn Bromma",
            [
                ("Stadsdelsnämnden Södermalm", "Södermalms stadsdelsnämnd", "district_committee"),
                ("Norrmalms SDN", "Norrmalms stadsdelsnämnd", "district_committee"),
                ("sdn Bromma", "Bromma stadsdelsnämnd", "district_committee"),
            ],
        ),
        # A compound's first part without its hyphen: one board, the register's when it has the name.
        (
            "Kretslopp och vattennämnden samt kultur och fritidsnämnden",
            [
                ("Kretslopp och vattennämnden", "Kretslopp och vattennämnden", "unknown"),
                ("kultur och fritidsnämnden", "Kultur och fritidsnämnden", "unknown"),
            ],
        ),
        (
            "Miljö och hälsoskyddsnämnden",
            [("Miljö och hälsoskyddsnämnden", "Miljö- och hälsoskyddsnämnden", "committee")],
        ),
        # ... but two names where the first is a body of its own or a word of the sentence.
        (
            "bolagen och fastighetsnämnden, Region Stockholm och trafiknämnden, till och med kulturnämnden",
            [
                ("fastighetsnämnden", "Fastighetsnämnden", "committee"),
                ("Region Stockholm", "Region Stockholm", "external"),
                ("trafiknämnden", "Trafiknämnden", "committee"),
                ("kulturnämnden", "Kulturnämnden", "committee"),
            ],
        ),
        (
            "Polisen och Fritidsnämnden",
            [("Polisen", "Polismyndigheten", "external"), ("Fritidsnämnden", "Fritidsnämnden", "unknown")],
        ),
        # Generic words name no board.
        ("nämnden och stadsdelsnämnden och nämnderna", []),
        ("berörda nämnder och bolagsstyrelser", []),
    ],
)
def test_board_spans(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("name", "resolved", "kind"),
    [
        ("Stockholm Business Region", "Stockholm Business Region AB", "company"),
        ("AB Svenska bostäder.", "AB Svenska Bostäder", "company"),
        ("samtliga stadsdelsnämnder", "Samtliga stadsdelsnämnder", "group"),
        ("Fotografiska muséet", "Fotografiska muséet", "external"),
        ("fryshuset", "Fryshuset", "external"),
    ],
)
def test_resolve_name(name: str, resolved: str, kind: str) -> None:
    recipient = resolve_name(name, REGISTER)
    assert (recipient.name, recipient.kind) == (resolved, kind)
    assert recipient.group is (kind == "group")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Utbildningsnämnden, idrottsnämnden samt kulturnämndens ungdomsråd",
            [
                ("Utbildningsnämnden", "committee"),
                ("Idrottsnämnden", "committee"),
                ("Kulturnämndens ungdomsråd", "external"),
            ],
        ),
        (
            "kulturnämndens ungdomsråd och idrottsnämnden",
            [("Kulturnämndens ungdomsråd", "external"), ("Idrottsnämnden", "committee")],
        ),
        (
            "socialnämndens och kulturnämndens arbetsutskott",
            [("Socialnämndens arbetsutskott", "external"), ("Kulturnämndens arbetsutskott", "external")],
        ),
        (
            "kommunstyrelsens, trafiknämndens samt exploateringsnämndens presidier",
            [
                ("Kommunstyrelsens presidier", "external"),
                ("Trafiknämndens presidier", "external"),
                ("Exploateringsnämndens presidier", "external"),
            ],
        ),
        # a genitive place before a board, a genitive board before a list word, a company's board, are boards
        (
            "AB Svenska Bostäders styrelse och kulturnämnden",
            [("AB Svenska Bostäder", "company"), ("Kulturnämnden", "committee")],
        ),
        (
            "Skärholmens stadsdelsnämnd samt Farsta stadsdelsnämnd",
            [("Skärholmens stadsdelsnämnd", "district_committee"), ("Farsta stadsdelsnämnd", "district_committee")],
        ),
        (
            "AB Svenska Bostäder och AB Familjebostäder",
            [("AB Svenska Bostäder", "company"), ("AB Familjebostäder", "company")],
        ),
        # a board with its area after it (Göteborg's names), no separator between
        (
            "Socialnämnden Hisingen, socialnämnden Nordost samt kulturnämnden",
            [
                ("Socialnämnden Hisingen", "unknown"),
                ("Socialnämnden Nordost", "unknown"),
                ("Kulturnämnden", "committee"),
            ],
        ),
    ],
)
def test_a_body_of_a_board_is_not_the_board(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.kind) for r in read_board_list(text, REGISTER)] == expected


def test_inflection_of_heads() -> None:
    assert inflect("Kommunstyrelsen") == ["Kommunstyrelse", "Kommunstyrelsen", "Kommunstyrelses", "Kommunstyrelsens"]
    assert inflect("Stadsbyggnadskontoret") == [
        "Stadsbyggnadskontor",
        "Stadsbyggnadskontoret",
        "Stadsbyggnadskontors",
        "Stadsbyggnadskontorets",
    ]


def test_register_is_consistent() -> None:
    register = load_register()
    boards = register.boards()
    assert len({b.id for b in boards}) == len(boards)
    for board in boards:
        assert all(member in register for member in board.members), board.id
        assert board.parent is None or board.parent in register, board.id
    districts_2016 = register.members("samtliga-stadsdelsnamnder", 2016)
    assert len(districts_2016) == 14
    assert len(register.members("samtliga-stadsdelsnamnder", 2021)) == 13
    committees = {b.id for b in boards if b.kind == "committee"}
    assert {"arbetsmarknadsnamnden", "socialnamnden", "utbildningsnamnden", "trafiknamnden"} <= committees


def test_a_name_written_as_in_the_register_resolves_as_the_pipeline_resolves_it() -> None:
    """resolve_name looks up a name written exactly as a register form; the pipeline must agree on every one."""
    register = load_register()
    nlp = swedish_pipeline(register)
    forms = _unambiguous_forms(register)
    assert len(forms) > 500
    disagree = []
    for form, board_id in forms.items():
        spans = board_spans(nlp(form), register)
        whole = len(spans) == 1 and spans[0].text.lower() == form
        if not whole or spans[0].board_id != board_id or spans[0].recipient() != resolve_name(form, register):
            disagree.append(form)
    assert disagree == []
