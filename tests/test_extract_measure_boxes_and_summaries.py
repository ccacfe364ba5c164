"""A report's measures with a box of labels under each heading ("Ansvarig | Tidplan" over the row that says who and
when), measures the text states and a summary table sets again with short titles (one measure: the text's), measures
opened by a code of a capital and one number ("A1 Skolgårdarnas friytor inventeras …" / "Ansvar: …"), and boards
named for areas with the area after them ("Stadsområdesnämnd Norr")."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures, headed_measures
from atgard.extract.mentions import read_board_list

REGISTER = load_register()


def _found(blocks: list) -> list[tuple[str | None, str, list[str]]]:
    measures = extract_coded_measures(analyse(blocks, REGISTER), "Planen", REGISTER)
    return [(m.code, m.text, [b.name for b in m.responsible]) for m in measures]


@pytest.mark.parametrize(
    ("labels", "values", "responsible"),
    [
        (("Ansvarig", "Tidplan"), ("Regionala utvecklingsnämnden och kulturnämnden", "2027–2028"), None),
        (("Tidsplan", "Ansvar"), ("2028", "Regionala utvecklingsnämnden, kulturnämnden"), None),
        (
            ("Ansvariga nämnder", "Kostnad", "Tidplan"),
            ("Regionala utvecklingsnämnden samt kulturnämnden", "1 mnkr", "2027"),
            None,
        ),
        (
            ("Huvudansvarig", "Finansiering"),
            ("Regionala utvecklingsnämnden respektive kulturnämnden", "Inom ram"),
            None,
        ),
        # a partner in brackets after the convening board is no body of its own
        (
            ("Ansvarig", "Tidplan"),
            ("Regionala utvecklingsnämnden (sammankallande), kultur-\nnämnden", "2027"),
            None,
        ),
    ],
    ids=["ansvarig-tidplan", "tidsplan-ansvar", "three labels", "huvudansvarig", "sammankallande, broken"],
)
def test_a_box_of_labels_under_a_measure_heading(block, labels, values, responsible) -> None:
    blocks = [
        block("Åtgärder", "heading", level=2),
        block("Åtgärd 2.1 Utveckla en regional kompetensplattform", "heading", level=3),
        block("Plattformen samlar regionen och utbildningsanordnarna."),
        table_row(*labels),
        table_row(*values),
        block("Samverkan sker med Arbetsförmedlingen och kommunerna."),
    ]
    expected = responsible or ["Regionala utvecklingsnämnden", "Kulturnämnden"]
    assert _found(blocks) == [("2.1", "Utveckla en regional kompetensplattform", expected)]


def test_a_box_on_the_page_after_its_heading_and_a_two_cell_row_that_names(block) -> None:
    blocks = [
        block("Åtgärd 3.1 Ta fram en plan för laddinfrastruktur", "heading", level=3),
        block("Planen pekar ut var laddpunkter behövs.", page=1),
        table_row("Ansvarig", "Tidplan", page=2),
        table_row("Trafiknämnden", "2027", page=2),
        block("Åtgärd 3.2 Utöka den anropsstyrda trafiken", "heading", level=3, page=2),
        table_row("Ansvarig", "Kollektivtrafiknämnden", page=2),  # a row that names them itself
    ]
    assert _found(blocks) == [
        ("3.1", "Ta fram en plan för laddinfrastruktur", ["Trafiknämnden"]),
        ("3.2", "Utöka den anropsstyrda trafiken", ["Kollektivtrafiknämnden"]),
    ]
    assert headed_measures([b for b in blocks]) == 2


def test_labels_with_no_measure_open_are_no_measure(block) -> None:
    blocks = [
        block("Bakgrund", "heading", level=2),
        table_row("Ansvarig", "Tidplan"),
        table_row("Kulturnämnden", "2027"),
    ]
    assert _found(blocks) == []


def _summary(block, first: str) -> list:
    return [
        block("Sammanfattning av åtgärderna", "heading", level=2),
        table_row("Åtgärd", "Innehåll", "Ansvar"),
        table_row("A1", first, "Lokalnämnden, grundskole-\nnämnden"),
    ]


@pytest.mark.parametrize(
    ("statement", "responsible_line", "responsible"),
    [
        # the text names those responsible: its measure, its names
        (
            "A1 Skolgårdarnas friytor inventeras och en prioriteringslista tas fram.",
            "Ansvar: Lokalnämnden, grundskolenämnden.",
            ["Lokalnämnden", "Grundskolenämnden"],
        ),
        (
            "A1 Skolgårdarnas friytor inventeras och en prioriteringslista tas\nfram.",
            "Ansvariga: Lokalnämnden och grundskolenämnden",
            ["Lokalnämnden", "Grundskolenämnden"],
        ),
        (
            "A1 Skolgårdarnas friytor inventeras och en prioriteringslista tas fram.",
            "Ansvarig nämnd: Lokalnämnden samt grundskolenämnden",
            ["Lokalnämnden", "Grundskolenämnden"],
        ),
    ],
    ids=["ansvar comma", "ansvariga och, broken line", "ansvarig nämnd samt"],
)
def test_a_measure_stated_and_summarised_is_the_texts(block, statement, responsible_line, responsible) -> None:
    text = "Skolgårdarnas friytor inventeras och en prioriteringslista tas fram."
    body = [block("Föreslagna åtgärder", "heading", level=2), block(statement), block(responsible_line)]
    summary = _summary(block, "Inventering och prioriteringslista")
    assert _found(body + summary) == [("A1", text, responsible)]
    assert _found(summary + body) == [("A1", text, responsible)]  # the summary first


def test_a_stated_measure_without_responsible_takes_the_summarys(block) -> None:
    """A heading that states a measure and no "Ansvar:" under it, the summary's row naming them: one measure."""
    blocks = [
        block("Åtgärd 4.1 Inför en modell för gemensam lokalplanering", "heading", level=3),
        block("Modellen tas fram gemensamt."),
        block("Bilaga 1. Sammanställning", "heading", level=2),
        table_row("Nr", "Åtgärd", "Ansvarig", "Tidplan"),
        table_row("4.1", "Gemensam lokalplanering", "Kulturnämnden", "2027"),
    ]
    assert _found(blocks) == [("4.1", "Inför en modell för gemensam lokalplanering", ["Kulturnämnden"])]


@pytest.mark.parametrize(
    "blocks_text",
    [
        # no line naming those responsible: a grid square, a road, a note
        ["E4 Sundsvall–Umeå byggs om till mötesfri väg.", "Trafikverket planerar arbetet."],
        ["B4 Kartan visar skolgårdarnas lägen."],
        # lower case after the code: a sentence about the measures
        ["A1 och A2 kräver att flera nämnder samverkar tidigt.", "Ansvar: Lokalnämnden."],
    ],
    ids=["road", "grid square", "about measures"],
)
def test_short_codes_without_responsible_are_no_measures(block, blocks_text) -> None:
    blocks = [block("Åtgärder", "heading", level=2), *(block(text) for text in blocks_text)]
    assert _found(blocks) == []


def test_short_coded_paragraphs_each_closed_by_its_responsible(block) -> None:
    blocks = [
        block("Föreslagna åtgärder", "heading", level=2),
        block("A2 Vid nybyggnad av förskolor säkerställs minst 30 kvadratmeter friyta per barn."),
        block("Ansvar: Stadsbyggnadsnämnden och lokalnämnden."),
        block("A3 Skolgårdar som gränsar till parkmark planeras tillsammans med parken."),
        block("Ansvar: Lokalnämnden samt park- och naturnämnden."),
        block("Åtgärderna A2 och A3 kräver att flera nämnder samverkar."),
    ]
    assert _found(blocks) == [
        (
            "A2",
            "Vid nybyggnad av förskolor säkerställs minst 30 kvadratmeter friyta per barn.",
            ["Stadsbyggnadsnämnden", "Lokalnämnden"],
        ),
        (
            "A3",
            "Skolgårdar som gränsar till parkmark planeras tillsammans med parken.",
            ["Lokalnämnden", "Park- och naturnämnden"],
        ),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Stadsområdesnämnd Norr", ["Stadsområdesnämnd Norr"]),
        ("MKB Fastighets AB, Stadsområdesnämnd Norr", ["MKB Fastighets AB", "Stadsområdesnämnd Norr"]),
        ("Stadsområdesnämnd Innerstaden och Fritidsnämnden", ["Stadsområdesnämnd Innerstaden", "Fritidsnämnden"]),
        ("stadsområdesnämnd Söder samt tekniska nämnden", ["Stadsområdesnämnd Söder", "Tekniska nämnden"]),
        ("Fritidsnämnden respektive Stadsområdesnämnd Väster", ["Fritidsnämnden", "Stadsområdesnämnd Väster"]),
        # a company after it is no area
        ("Stadsområdesnämnd Norr, MKB Fastighets AB", ["Stadsområdesnämnd Norr", "MKB Fastighets AB"]),
    ],
)
def test_area_boards_named_with_the_area_after(text: str, names: list[str]) -> None:
    assert [r.name for r in read_board_list(text, REGISTER)] == names


@pytest.mark.parametrize(
    ("office", "footer", "expected"),
    [
        (
            "Göteborgs Stad – Gröna skolgårdar",
            "Göteborgs Stad, Lokalförvaltningen, Box 5184, 402 26 Göteborg · goteborg.se",
            "Lokalförvaltningen",
        ),
        (
            "Region Skåne - Handlingsplan för cykel",
            "Region Skåne · Regionala utvecklingsförvaltningen · 291 89 Kristianstad",
            "Regionala utvecklingsförvaltningen",
        ),
        (
            "Nacka kommun – Trygg i Nacka 2027",
            "Nacka kommun, Miljö- och hälsoskyddsförvaltningen, 131 81 Nacka",
            "Miljö- och hälsoskyddsförvaltningen",
        ),
        # the header names an office: it stays
        (
            "Västerås stad – Stadsledningskontoret",
            "Västerås stad, Tekniska kontoret, 721 87 Västerås",
            "Västerås stad – Stadsledningskontoret",
        ),
        # a footer with the organisation and its address alone names no office
        (
            "Göteborgs Stad – Gröna skolgårdar",
            "Göteborgs Stad, Box 5184, 402 26 Göteborg",
            "Göteborgs Stad – Gröna skolgårdar",
        ),
    ],
    ids=["göteborg comma box", "region dots", "nacka och-office", "header office", "no office in footer"],
)
def test_a_reports_office_from_its_running_footer(office: str, footer: str, expected: str) -> None:
    from atgard.extract.footer_office import running_office

    assert running_office(office, [office, f"{footer}   Sida 1 av 2"]) == expected
