"""An agenda's table of incoming remisser ("Remiss | Från | Diarienr | Svar senast"), the reply dates its rows write
(a shortened month: "fredag 29 okt. 2027"), and a relative aside set off by dashes between a referral's subject
and its verb ("Stadsdelsnämnderna i A, B och C – där … – ska redovisa")."""

from __future__ import annotations

import pytest
from found_referrals import actions_codes_recipients
from made_blocks import lines_block, table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.dates import iso_date
from atgard.extract.referrals.incoming_table import incoming_table_remisser, report_of_row

_HEADERS = [
    ("Remiss", "Från", "Diarienr", "Svar senast"),
    ("Inkomna remisser", "Avsändare", "Dnr", "Sista svarsdag"),
    ("Remissärende", "Remittent", "Svarsdatum"),
]


@pytest.mark.parametrize("header", _HEADERS)
def test_rows_of_a_table_of_incoming_remisser(header: tuple[str, ...]) -> None:
    rows = [
        ("Biblioteksplan för Sollentuna kommun 2028–2031", "Kommunstyrelsen", "KS 2027/0551", "15/10 2027"),
        (
            "Regional kulturplan 2028–2031 (Region Stockholms remiss)",
            "Kommunstyrelsen",
            "KS 2027/0574",
            "fredag 29 okt. 2027",
        ),
        (
            "SOU 2027:34 Fritid för alla – en ny modell för statsbidrag",
            "Kulturdep. via KS",
            "Ku2027/01120",
            "2027-11-12",
        ),
        (
            "Motion av Linnea Gran (V) om avgiftsfri simskola",
            "Kommunfullmäktige",
            "KS 2027/0602",
            "den 3:e december 2027",
        ),
    ]
    width = len(header)
    blocks = [table_row(*header), *(table_row(*(row[: width - 1] + row[-1:])) for row in rows)]
    found = [(r.title, r.reply_by) for r in incoming_table_remisser(analyse(blocks, load_register()))]
    assert found == [
        ("Biblioteksplan för Sollentuna kommun 2028–2031", "2027-10-15"),
        ("Regional kulturplan 2028–2031", "2027-10-29"),
        ("Fritid för alla – en ny modell för statsbidrag", "2027-11-12"),
    ]


def test_a_table_without_a_sender_column_is_no_list_of_incoming_remisser() -> None:
    blocks = [table_row("Remiss", "Diarienr", "Svar senast"), table_row("Biblioteksplan 2028", "KS 1", "2027-10-15")]
    assert list(incoming_table_remisser(analyse(blocks, load_register()))) == []


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        ("Ds 2027:9 Ett nytt regelverk för bidrag", "Ett nytt regelverk för bidrag"),
        ("Remiss av förslag till kulturstrategi 2028–2032", "Kulturstrategi 2028–2032"),
        ("Medborgarförslag om utegym i Edsberg", None),
        ("Motionen från Vänsterpartiet om simskola", None),
    ],
)
def test_the_report_a_row_names(cell: str, title: str | None) -> None:
    assert report_of_row(cell) == title


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("fredag 29 okt. 2027", "2027-10-29"),
        ("3 sept 2027", "2027-09-03"),
        ("1 feb. 2028", "2028-02-01"),
        ("den 12 dec. 2027", "2027-12-12"),
        ("29 okt.", None),
        ("12 ju. 2027", None),
    ],
)
def test_a_shortened_month(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso


_LEAD = "Kommunstyrelsen remitterar rapporten Hetta och skyfall i stadens rum till nedanstående instanser."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stadsdelsnämnderna i Farsta, Skarpnäck och Bromma – där kommissionen har genomfört sina fältstudier – ska "
            "redovisa förutsättningarna för att genomföra förslag 2.2 och 2.3.",
            [
                (
                    "implementation",
                    ["2.2", "2.3"],
                    ["Farsta stadsdelsnämnd", "Skarpnäcks stadsdelsnämnd", "Bromma stadsdelsnämnd"],
                )
            ],
        ),
        (
            "Kulturnämnden samt idrottsnämnden - som båda berörs - ombeds yttra sig över förslag 2.2.",
            [("opinion", ["2.2"], ["Kulturnämnden", "Idrottsnämnden"])],
        ),
        (
            "Farsta stadsdelsnämnd — vars parker berörs — ska redovisa hur förslag 2.3 kan genomföras.",
            [("implementation", ["2.3"], ["Farsta stadsdelsnämnd"])],
        ),
    ],
)
def test_a_relative_aside_between_dashes(text: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert actions_codes_recipients(lines_block(_LEAD), lines_block(text)) == expected
