"""A sändlista annexed to a remiss ("Bilaga 2 – Sändlista"): its groups as headings over bulleted items, several
bodies to an item; the missive's "you" ("Ni ges härmed tillfälle att yttra er") asks the list's bodies; a copy
for information ends it; a reply date on a line of its own ("Svar senast den 14 januari 2028"). Tables of
Swedish variants written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.dates import answers_due
from atgard.extract.referrals import referral_findings
from atgard.extract.reports import extract_reports
from atgard.schema import Block

REGISTER = load_register()
MakeBlock = Callable[..., Block]


def _list(block: MakeBlock, heading: str, *, last_group: str = "För kännedom (ej remissinstanser)") -> list[Block]:
    return [
        block(heading, kind="heading", level=2, page=2),
        block("Remiss: Regional cykelplan 2030 Diarienummer: TN 2027-0101", page=2),
        block("Kommuner i länet", kind="heading", level=3, page=2),
        block("Botkyrka kommun, Danderyds kommun, Solna stad", kind="list_item", marker="•", page=2),
        block("Sveriges Kommuner och Regioner samt Upplands Väsby kommun", kind="list_item", marker="•", page=2),
        block("Myndigheter och grannregioner", kind="heading", level=3, page=2),
        block("Trafikverket, region Stockholm", kind="list_item", marker="•", page=2),
        block("Region Uppsala", kind="list_item", marker="•", page=2),
        block(last_group, kind="heading", level=3, page=2),
        block("Regionstyrelsen", kind="list_item", marker="•", page=2),
    ]


@pytest.mark.parametrize(
    "heading", ["Sändlista", "SÄNDLISTA", "Bilaga 2 – Sändlista", "Bilaga 2 - Sändlista", "Bilaga 3. Remissförteckning"]
)
@pytest.mark.parametrize(
    "missive",
    [
        "Ni ges härmed tillfälle att yttra er över förslaget.",
        "Nämnden beslutar att skicka förslaget på remiss till de remissinstanser som framgår av sändlistan.",
        "Förslaget remitteras till de instanser som anges i sändlistan, bilaga 2.",
    ],
)
@pytest.mark.parametrize("last_group", ["För kännedom (ej remissinstanser)", "Kopia för kännedom", "Kopior till"])
def test_an_annexed_list_in_groups_under_headings(
    block: MakeBlock, heading: str, missive: str, last_group: str
) -> None:
    blocks = [block(missive), *_list(block, heading, last_group=last_group)]
    analysed = analyse(blocks, REGISTER)
    findings = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert [[r.name for r in f.referral.recipients] for f in findings] == [
        [
            "Botkyrka kommun",
            "Danderyds kommun",
            "Solna stad",
            "Sveriges Kommuner och Regioner",
            "Upplands Väsby kommun",
            "Trafikverket, region Stockholm",
            "Region Uppsala",
        ]
    ]


@pytest.mark.parametrize("heading", ["Bilaga 2", "Bilaga 2 – Sändlista för kännedom", "Sändlistor och mallar"])
def test_no_list_under_another_heading(block: MakeBlock, heading: str) -> None:
    analysed = analyse(_list(block, heading), REGISTER)
    findings = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert not any("Botkyrka kommun" in [r.name for r in f.referral.recipients] for f in findings)


def test_a_list_with_no_group_heading_is_left_to_the_list_reader(block: MakeBlock) -> None:
    blocks = [
        block("Sändlista", kind="heading", level=2, page=2),
        block("Botkyrka kommun", kind="list_item", marker="•", page=2),
        block("Solna stad", kind="list_item", marker="•", page=2),
    ]
    analysed = analyse(blocks, REGISTER)
    assert not referral_findings(analysed, extract_reports(analysed), REGISTER)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Svar senast den 14 januari 2028.", "2028-01-14"),
        ("Yttrande senast 2027-05-10.", "2027-05-10"),
        ("Synpunkterna senast fredag den 4 juni 2027.", "2027-06-04"),
        ("Remiss: Plan X Diarienummer: TN 2027-0934 Svar senast: 2028-01-31, till registrator", "2028-01-31"),
        ("SISAB: åtgärd D2.3, med svar senast den 15 maj 2026", None),
        ("Bolaget har fått remissen och bolagets svar senast den 5 november 2027 gäller.", None),
    ],
)
def test_a_reply_date_on_a_line_of_its_own(block: MakeBlock, text: str, date: str | None) -> None:
    found = answers_due(analyse([block(text)], REGISTER))
    assert (found[0].date if found else None) == date
