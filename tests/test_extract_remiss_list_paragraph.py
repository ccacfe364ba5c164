"""A letter's "Remissinstanser" set as a bold paragraph (not a heading) over a paragraph of names one a line, a name
hyphenated over a line end ("Statens väg- och transport-" / "forskningsinstitut (VTI)") one name. Swedish variants
written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports
from atgard.schema import BBox, Block, LineSpan, PageBox

REGISTER = load_register()
BOX = BBox(x0=70, top=100, x1=520, bottom=130)


def _names(lines: list[tuple[str, bool]]) -> Block:
    """A paragraph of lines; a line glued to the one before continues its word (the hyphen taken out)."""
    text, spans = "", []
    for line, glued in lines:
        if text and not glued:
            text += " "
        spans.append(LineSpan(start=len(text), end=len(text) + len(line), page=1, bbox=BOX))
        text += line
    return Block(kind="paragraph", text=text, page=1, boxes=[PageBox(page=1, bbox=BOX)], lines=spans)


@pytest.mark.parametrize("lead", ["Remissinstanser", "Remissinstanser:", "REMISSINSTANSER"])
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [("Boverket", False), ("Statens väg- och transport", False), ("forskningsinstitut (VTI)", True)],
            ["Boverket", "Statens väg- och transportforskningsinstitut (VTI)"],
        ),
        (
            [("Nationalföreningen för trafik", False), ("säkerhetens främjande (NTF)", True), ("Trafikverket", False)],
            ["Nationalföreningen för trafiksäkerhetens främjande (NTF)", "Trafikverket"],
        ),
        (
            [("Kammarrätten i", False), ("Göteborg", False), ("Umeå kommun", False)],
            ["Kammarrätten i Göteborg", "Umeå kommun"],
        ),
    ],
)
def test_names_under_a_remissinstanser_paragraph(block, lead: str, lines, expected: list[str]) -> None:
    analysed = analyse(
        [block("Remiss av promemorian Säkrare skolvägar för barn", "heading", level=1), block(lead), _names(lines)],
        REGISTER,
    )
    (finding,) = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [r.name for r in finding.referral.recipients] == expected


def test_a_sentence_that_names_remissinstanser_leads_no_list(block) -> None:
    analysed = analyse(
        [block("Remissinstanser som inte svarar ska meddela det."), _names([("Boverket", False)])], REGISTER
    )
    assert referral_findings(analysed, extract_reports(analysed), REGISTER) == []


@pytest.mark.parametrize("stop", ["För kännedom", "För kännedom:", "Kopia till", "För information"])
def test_a_sandlista_ends_at_its_copies(block, stop: str) -> None:
    analysed = analyse(
        [
            block("Sändlista", "heading", level=2),
            block("Remissinstanser"),
            block("Exploateringsnämnden"),
            block("Trafiknämnden"),
            block(stop),
            block("Stadsledningskontoret"),
        ],
        REGISTER,
    )
    (finding,) = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [r.name for r in finding.referral.recipients] == ["Exploateringsnämnden", "Trafiknämnden"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # every listed body is asked in the text: the list repeats the text's referrals
            "Exploateringsnämnden ombeds i första hand att yttra sig. Även trafiknämnden ges tillfälle att yttra sig.",
            [["Exploateringsnämnden"], ["Trafiknämnden"]],
        ),
        (  # a body only the list names: the list is a referral of its own
            "Exploateringsnämnden ombeds yttra sig över promemorian.",
            [["Exploateringsnämnden"], ["Exploateringsnämnden", "Trafiknämnden"]],
        ),
    ],
)
def test_a_sandlista_that_repeats_the_text_is_no_referral_of_its_own(block, text: str, expected) -> None:
    analysed = analyse(
        [
            block(text),
            block("Sändlista", "heading", level=2),
            block("Remissinstanser", "heading", level=3),
            block("Exploateringsnämnden"),
            block("Trafiknämnden"),
        ],
        REGISTER,
    )
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [[r.name for r in f.referral.recipients] for f in found] == expected
