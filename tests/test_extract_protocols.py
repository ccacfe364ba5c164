"""Decisions, dissent and signatures of protocols, agendas and delegated answers, on invented variants."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.decisions import extract_decision
from atgard.extract.deliberation import DISTRIBUTION, is_deciding, not_a_point
from atgard.extract.dissent import in_dissent
from atgard.extract.signatories import signatories
from atgard.schema import BBox, Block, PageBox, TableCell

REGISTER = load_register()


def _row(*texts: str, page: int = 1) -> Block:
    box = BBox(x0=70, top=600, x1=520, bottom=640)
    return Block(
        kind="table_row",
        text=" | ".join(texts),
        page=page,
        boxes=[PageBox(page=page, bbox=box)],
        cells=[TableCell(text=text, bbox=box) for text in texts],
    )


def _blocks(block, spec) -> list[Block]:
    """Blocks from tuples: ("§ 3 Budget", "heading", None, 2), ("text",), ("row", "a", "b")."""
    return [_row(*item[1:]) if item[0] == "row" else block(*item) for item in spec]


def points(block, spec, body: str = "Kulturnämnden", own: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    found = extract_decision(analyse(_blocks(block, spec), REGISTER), None, body, REGISTER, own=own)
    return [(p.decided_by or found.decided_by or "", p.text) for p in found.points]


def _h(text: str, level: int = 2) -> tuple:
    return (text, "heading", None, level)


PROTOCOLS = [
    pytest.param(
        [_h("§ 1 Justering"), ("Till justerare utsågs Maria Ek (V).",)],
        [("Kulturnämnden", "Till justerare utsågs Maria Ek (V).")],
        id="passive-appointment-inverted",
    ),
    pytest.param(
        [
            _h("§ 1 Val av justerare"),
            ("Nämnden utser Karl Berg (M) att tillsammans med ordföranden justera protokollet.",),
        ],
        [("Kulturnämnden", "Nämnden utser Karl Berg (M) att tillsammans med ordföranden justera protokollet.")],
        id="active-appointment",
    ),
    pytest.param(
        [
            _h("§ 12 Årsredovisning 2025"),
            ("Ekonomichefen redogjorde för årsredovisningen.",),
            ("Nämnden beslöt följande.",),
            ("Årsredovisningen godkänns.", "list_item", "1."),
            ("Överskottet balanseras i ny räkning.", "list_item", "2."),
            ("Anna Berg (V) reserverade sig mot beslutet.",),
        ],
        [("Kulturnämnden", "Årsredovisningen godkänns."), ("Kulturnämnden", "Överskottet balanseras i ny räkning.")],
        id="past-lead-in-items-then-reservation",
    ),
    pytest.param(
        [_h("§ 4 Avtal om drift"), ("Kulturnämnden beslutade att godkänna avtalet med Stadsteatern.",)],
        [("Kulturnämnden", "Kulturnämnden beslutade att godkänna avtalet med Stadsteatern.")],
        id="past-lead-in-own-clause",
    ),
    pytest.param(
        [
            _h("§ 7 Motion om konstgräsplaner"),
            ("Kommunfullmäktige beslutade den 3 mars 2026 att överlämna motionen till nämnden för beredning.",),
            ("Motionen anses besvarad.",),
        ],
        [("Kulturnämnden", "Motionen anses besvarad.")],
        id="history-then-own-decision",
    ),
    pytest.param(
        [
            _h("§ 9 Riktlinjer för bidrag"),
            _h("Beslut", 3),
            ("Riktlinjerna antas.",),
            _h("Yrkanden", 3),
            ("Eva Ek (S) yrkar avslag på förvaltningens förslag.",),
            ("Lars Lind (M) yrkar bifall till förvaltningens förslag.",),
            _h("Propositionsordning", 3),
            ("Ordföranden ställer proposition på förslagen och finner att nämnden bifaller förvaltningens förslag.",),
        ],
        [("Kulturnämnden", "Riktlinjerna antas.")],
        id="motions-and-putting-out",
    ),
    pytest.param(
        [
            _h("§ 3 Ändrad taxa"),
            ("Ordföranden ställer proposition på förslagen och finner att nämnden beslutar enligt förslaget.",),
        ],
        [],
        id="the-chair-finding-is-no-point",
    ),
    pytest.param(
        [
            _h("Kommunstyrelsens beslut", 3),
            ("Planen antas.",),
            ("Beslutet expedieras till: Miljönämnden, Stadsbyggnadsnämnden",),
            ("Miljönämnden",),
        ],
        [("Kommunstyrelsen", "Planen antas.")],  # the body the heading names decides (not the addressee)
        id="distribution-in-the-decision-section",
    ),
    pytest.param(
        [_h("§ 6 Information"), ("Förvaltningschefen informerade om läget.",), ("Informationen antecknades.",)],
        [],
        id="information-noted",
    ),
    pytest.param(
        [_h("§ 2 Föregående protokoll"), ("Protokollet från den 3 mars anmäldes som justerat.",)],
        [],
        id="reported-minutes",
    ),
    pytest.param(
        [_h("§ 8 Medborgarförslag"), ("Ärendet återremitteras till förvaltningen för komplettering.",)],
        [("Kulturnämnden", "Ärendet återremitteras till förvaltningen för komplettering.")],
        id="compound-verb",
    ),
    pytest.param(
        [
            _h("§ 5 Verksamhetsplan"),
            _h("Ärendebeskrivning", 3),
            ("Nämnden fastställer varje år en verksamhetsplan.",),
        ],
        [],
        id="description-section",
    ),
    pytest.param(
        [
            _h("§ 10 Förslag från verkställande direktören"),
            ("Verkställande direktören föreslår att ärendet återremitteras.",),
            ("Koncernstyrelsen beslöt följande.",),
            ("Ärendet bordläggs till nästa sammanträde.",),
        ],
        [("Stockholms Hamn AB", "Ärendet bordläggs till nästa sammanträde.")],
        id="group-board-is-the-company",
    ),
    pytest.param(
        [
            _h("KS § 49 Val av justerare"),
            ("Enligt ordförandens förslag:",),
            _h("Beslut", 3),
            ("Enligt yrkande från S och V:",),
            ("Programmet godkänns med den ändringen att målåret blir 2030.",),
        ],
        [("Kulturnämnden", "Programmet godkänns med den ändringen att målåret blir 2030.")],
        id="basis-before-the-decision",
    ),
    pytest.param(
        [
            ("KFN § 14 Bidrag till studieförbund",),
            ("Att jämte ordföranden justera dagens protokoll utsågs Lena Ek (S).",),
        ],
        [("Kulturnämnden", "Att jämte ordföranden justera dagens protokoll utsågs Lena Ek (S).")],
        id="item-heading-read-as-a-paragraph",
    ),
    pytest.param(
        [
            _h("§ 21 Taxor för 2027"),
            _h("Förslag till beslut", 3),
            ("Arbetsutskottet föreslår att kulturnämnden beslutar att anta taxorna.",),
            _h("Beslut", 3),
            ("Kulturnämnden beslutar enligt arbetsutskottets förslag.",),
        ],
        [("Kulturnämnden", "Kulturnämnden beslutar enligt arbetsutskottets förslag.")],
        id="proposal-put-then-decision",
    ),
    pytest.param(
        [
            _h("§ 22 Lokalplan"),
            ("I mars 2024 beslutade kulturnämnden att ta fram en lokalplan.",),
            ("Kulturnämnden beslutar enligt förvaltningens förslag.",),
        ],
        [("Kulturnämnden", "Kulturnämnden beslutar enligt förvaltningens förslag.")],
        id="decided-as-proposed",
    ),
    pytest.param(
        [
            _h("§ 23 Motion om öppettider"),
            ("Kulturnämnden godkänner motionen, skriver Eva Ek (S) i motionen.",),
            ("Beslut: Ärendet bordläggs till nästa sammanträde.",),
        ],
        [("Kulturnämnden", "Ärendet bordläggs till nästa sammanträde.")],
        id="inline-decision-label",
    ),
]


@pytest.mark.parametrize(("spec", "expected"), PROTOCOLS)
def test_decisions_of_a_protocol(block, spec, expected) -> None:
    body = "Stockholms Hamn AB" if "Koncernstyrelsen" in str(spec) else "Kulturnämnden"
    assert points(block, spec, body) == expected


AGENDAS = [
    pytest.param(
        [
            ("Val av justerare", "list_item", "1."),
            ("Förslag till beslut: Nämnden utser Eva Ek (S) att justera protokollet.",),
            ("Budgetuppföljning per mars", "list_item", "2."),
            ("Förslag till beslut: Nämnden godkänner budgetuppföljningen och överlämnar den till kommunstyrelsen.",),
        ],
        [
            ("Kulturnämnden", "Nämnden utser Eva Ek (S) att justera protokollet."),
            ("Kulturnämnden", "Nämnden godkänner budgetuppföljningen och överlämnar den till kommunstyrelsen."),
        ],
        id="inline-proposals",
    ),
    pytest.param(
        [
            ("Remiss av cykelplan", "list_item", "3."),
            ("Förvaltningen tillstyrker förslaget.",),
            ("Förvaltningens förslag till beslut:",),
            ("Nämnden godkänner tjänsteutlåtandet som svar på remissen.", "list_item", "1."),
            ("Paragrafen justeras omedelbart.", "list_item", "2."),
            ("Handlingar: Tjänsteutlåtande 2026-01-12",),
            ("Information från förvaltningschefen", "list_item", "4."),
        ],
        [
            ("Kulturnämnden", "Nämnden godkänner tjänsteutlåtandet som svar på remissen."),
            ("Kulturnämnden", "Paragrafen justeras omedelbart."),
        ],
        id="proposal-points-then-item-documents",
    ),
    pytest.param(
        [
            ("Förslag till beslut:",),
            ("Rapporten godkänns.", "list_item", "1."),
            ("Anmälan av delegationsbeslut", "list_item", "5."),
        ],
        [("Kulturnämnden", "Rapporten godkänns.")],
        id="the-agendas-next-item-ends-the-points",
    ),
    pytest.param(
        [
            ("Motion om sommarjobb", "list_item", "6."),
            ("Förslag till beslut: Kulturnämnden föreslår kommunfullmäktige att besluta att avslå motionen.",),
        ],
        [("Kommunfullmäktige", "Kulturnämnden föreslår kommunfullmäktige att besluta att avslå motionen.")],
        id="inline-proposal-to-the-council",
    ),
    pytest.param(
        [
            ("Delårsrapport 2 2026 Förslag till beslut", "list_item", "3."),
            ("att godkänna delårsrapporten,", "list_item", "1."),
            ("att överlämna rapporten till kommunstyrelsen.", "list_item", "2."),
            ("Handlingar: Tjänsteskrivelse 2026-09-30",),
            (
                "Yttrande över regional kulturplan Förslag till beslut: Kulturnämnden beslutar att anta yttrandet.",
                "list_item",
                "4.",
            ),
        ],
        [
            ("Kulturnämnden", "att godkänna delårsrapporten,"),
            ("Kulturnämnden", "att överlämna rapporten till kommunstyrelsen."),
            ("Kulturnämnden", "Kulturnämnden beslutar att anta yttrandet."),
        ],
        id="proposal-read-into-the-items-title",
    ),
    pytest.param(
        [
            ("Förslag till beslut:",),
            ("Nämnden godkänner verksamhetsberättelsen.",),
            ("Handlingar: Verksamhetsberättelse 2025",),
            ("Anmälan av delegationsbeslut", "list_item", "4."),
        ],
        [("Kulturnämnden", "Nämnden godkänner verksamhetsberättelsen.")],
        id="a-proposal-in-a-paragraph-before-the-next-item",
    ),
]


@pytest.mark.parametrize(("spec", "expected"), AGENDAS)
def test_decisions_of_an_agenda(block, spec, expected) -> None:
    assert points(block, spec) == expected


@pytest.mark.parametrize(
    ("sentence", "deciding"),
    [
        ("Ledamoten Fredrik Sjöblom (S) utsågs att jämte ordföranden justera dagens protokoll.", True),
        ("Styrelsen utsåg Per Holm till vice ordförande.", True),
        ("Till ordförande i arbetsutskottet valdes Lena Holm (C).", True),
        ("Budgeten fastställdes.", True),
        ("Nämnden beviljar föreningen ett bidrag om 40 000 kronor.", True),
        ("Förvaltningen får i uppdrag att återkomma med en plan.", True),
        ("Paragrafen förklaras omedelbart justerad.", True),
        ("Förvaltningen föreslår att nämnden godkänner rapporten.", False),
        ("Kommunstyrelsen beslutade i juni 2025 att ge nämnden i uppdrag att utreda frågan.", False),
        ("Kommunstyrelsen har beslutat att remittera förslaget.", False),
        ("Planen antogs av kommunfullmäktige 2019.", False),
        ("Nämnden ska anta en ny plan under hösten.", False),
        ("Sara Lind (L) yrkar att nämnden godkänner förslaget.", False),
        ("Ordföranden finner att nämnden antar förslaget.", False),
    ],
)
def test_a_deciding_sentence(sentence: str, deciding: bool) -> None:
    assert is_deciding(sentence) is deciding


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("Jonas Frisk (C) och Ellen Kask (MP) yrkade bifall till arbetsutskottets förslag.", True),
        ("Vera Sund (SD) framställer ett tilläggsyrkande om en utredning.", True),
        ("Ordföranden ställer förvaltningens förslag mot Teng:s ändringsyrkande.", True),
        ("Enligt yrkande från M och KD:", True),
        ("Nämnden avslår yrkandet om ersättning.", False),
        ("Nämnden beslutar enligt förvaltningens förslag.", False),
    ],
)
def test_motions_and_putting_are_no_points(text: str, out: bool) -> None:
    assert not_a_point(text) is out


@pytest.mark.parametrize(
    ("text", "distribution"),
    [
        ("Beslutet skickas till", True),
        ("Expedieras till:", True),
        ("Beslutet ska expedieras till kommunstyrelsen", True),
        ("Utdrag till: Socialnämnden", True),
        ("Protokollsutdrag skickas till ekonomiavdelningen", True),
        ("Yttrandet överlämnas till kommunstyrelsen.", False),
        ("Ärendet skickas på remiss till kulturnämnden.", False),
    ],
)
def test_a_distribution_list(text: str, distribution: bool) -> None:
    assert bool(DISTRIBUTION.match(text)) is distribution


def test_a_dissent_told_in_a_sentence_and_what_it_says(block) -> None:
    blocks = [
        block("§ 4 Taxa", "heading", level=2),
        block("Taxan antas.", "list_item", "1."),
        block("Eva Ek (V) anmäler reservation enligt följande:"),
        block("Taxan borde ha remitterats till pensionärsrådet."),
        block("Per Alm (L) deltar inte i beslutet."),
        block("§ 5 Nästa ärende", "heading", level=2),
        block("Nämnden beslutar att godkänna rapporten."),
    ]
    assert sorted(in_dissent(analyse(blocks, REGISTER))) == [2, 3, 4]


@pytest.mark.parametrize(
    ("sentence", "dissent"),
    [
        ("Aziz Kaya anmälde avvikande mening, bilaga 3.", True),
        ("Ledamoten Eva Lind anmälde skiljaktig mening till protokollet.", True),
        ("Per Holm (M) anmäler avvikande mening mot beslutet.", True),
        ("Remissinstanserna lämnade avvikande synpunkter.", False),
        ("Avvikande meningar om tidplanen framfördes i samrådet.", False),
    ],
)
def test_a_company_boards_dissent_is_no_point(block, sentence: str, dissent: bool) -> None:  # type: ignore[no-untyped-def]
    blocks = [
        block("§ 4 Remissvar", "heading", level=2),
        block("Styrelsen beslöt att anta yttrandet."),
        block(sentence),
    ]
    assert (2 in in_dissent(analyse(blocks, REGISTER))) is dissent


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(
            [
                (
                    "Beslut i detta ärende har fattats av generaldirektören Per Holm efter föredragning av juristen "
                    "Eva Ek. I den slutliga handläggningen har även avdelningschefen Lars Berg deltagit.",
                )
            ],
            [("Per Holm", "generaldirektören"), ("Eva Ek", "juristen")],
            id="agency-delegation-with-presenter",
        ),
        pytest.param(
            [("Detta beslut har fattats av överdirektören Mia Holm. Föredragande var enhetschefen Nils Berg.",)],
            [("Mia Holm", "överdirektören"), ("Nils Berg", "enhetschefen")],
            id="this-decision-was-taken-by",
        ),
        pytest.param(
            [
                ("Detta yttrande har på nämndens vägnar beslutats av ordföranden Anna Berg (C) enligt delegation.",),
                ("Föredragande i ärendet har varit handläggaren Omar Said.",),
            ],
            [("Anna Berg", "ordföranden"), ("Omar Said", "handläggaren")],
            id="chair-under-delegation",
        ),
        pytest.param(
            [
                ("Vid protokollet",),
                ("row", "Sekreterare", "Ordförande", "Justerare"),
                ("row", "Ida Ek", "Bo Lund", "Li Sand"),
            ],
            [("Ida Ek", "Sekreterare"), ("Bo Lund", "Ordförande"), ("Li Sand", "Justerare")],
            id="labels-over-names",
        ),
        pytest.param(
            [("row", "Magnus Holm\nStadsdirektör", "Sara Qvist\nDirektör, avdelning samhälle och välfärd")],
            [("Magnus Holm", "Stadsdirektör"), ("Sara Qvist", "Direktör, avdelning samhälle och välfärd")],
            id="a-title-with-its-unit",
        ),
        pytest.param(
            [("Vid protokollet Karin Eklöf",), ("nämndsekreterare",)],
            [("Karin Eklöf", "nämndsekreterare")],
            id="formula-name-then-title",
        ),
        pytest.param(
            [
                (
                    "Beslut om detta remissvar har fattats av verkställande direktören med stöd av styrelsens "
                    "delegationsordning.",
                ),
                ("row", "Karin Ek\nVerkställande direktör", "Nils Persson\nChef för förvaltning och hållbarhet"),
            ],
            [("Karin Ek", "Verkställande direktör"), ("Nils Persson", "Chef för förvaltning och hållbarhet")],
            id="a-company-answer-decided-by-its-vd-signed-by-two",
        ),
        pytest.param(
            [("row", "Eva Berg\nBiträdande chef för avdelningen för stadsutveckling")],
            [("Eva Berg", "Biträdande chef för avdelningen för stadsutveckling")],
            id="a-long-title",
        ),
        pytest.param(
            [("Beslut i detta ärende har fattats av kommunstyrelsen.",)],
            [],
            id="a-board-is-no-signatory",
        ),
    ],
)
def test_signatures_of_protocols_and_answers(block, spec, expected) -> None:
    assert [(s.name, s.title) for s in signatories(analyse(_blocks(block, spec), REGISTER))] == expected
