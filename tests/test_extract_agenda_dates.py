"""Dates as agendas and letters write them (ordinals, day/month in figures, no year) and the remisser an agenda's
table tells as sent to its board."""

from __future__ import annotations

import pytest

from atgard.extract.dates import iso_date, reply_by_of_meeting
from atgard.extract.referrals.agenda_table import _REMISS_FROM, _title_and_rest


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("fört vid sammanträde torsdagen den 13:e maj 2027", "2027-05-13"),
        ("den 1:a juni 2027", "2027-06-01"),
        ("Stockholm 19/5 2027", "2027-05-19"),
        ("Svar till KS senast 12/3 2027.", "2027-03-12"),
        ("Onsdag 10/2 2027 kl. 13.15", "2027-02-10"),
        ("den 01/10 2027", "2027-10-01"),
        ("BUN 2026/611, KS 2026/1204", None),
        ("Skolskjutsregler fr.o.m. läsåret 2027/28", None),
        ("Dnr 12/3 2027/45", None),
        ("13:s maj 2027", None),
    ],
)
def test_dates_in_words_and_figures(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso


@pytest.mark.parametrize(
    ("text", "meeting", "due"),
    [
        ("Svar senast fredag den 26:e februari.", "2027-02-10", "2027-02-26"),
        ("Svar senast fredagen den 26 februari.", "2027-02-10", "2027-02-26"),
        ("Yttrande senast den 15 januari.", "2027-12-08", "2028-01-15"),
        ("Svar till KS senast 12/3 2027.", None, "2027-03-12"),
        ("Yttrandet ska ha kommit in till departementet senast 2027-03-31.", "2027-02-10", "2027-03-31"),
        ("Svar senast fredag den 26:e februari.", None, None),
        ("Svar senast i mars.", "2027-02-10", None),
    ],
)
def test_reply_date_of_a_meeting(text: str, meeting: str | None, due: str | None) -> None:
    assert reply_by_of_meeting(text, meeting) == due


@pytest.mark.parametrize(
    ("cell", "title", "rest"),
    [
        (
            "Remiss från kommunstyrelsen: Luleå kommuns program för föreningslivets lokaler 2027–2032. Nämnden ska"
            " särskilt yttra sig över åtgärderna 3 och 6. Svar till KS senast 12/3 2027.",
            "Luleå kommuns program för föreningslivets lokaler 2027–2032",
            "Nämnden ska särskilt yttra sig över åtgärderna 3 och 6. Svar till KS senast 12/3 2027.",
        ),
        (
            "Remiss från Utbildningsdepartementet: promemorian Fler behöriga lärare i glesbygd (U2026/03117). Nämnden"
            " har utsetts till remissinstans.",
            "Fler behöriga lärare i glesbygd",
            "Nämnden har utsetts till remissinstans.",
        ),
        ("Samrådsremiss från Trafikverket – förslag till Vägplan för väg 97", "Vägplan för väg 97", ""),
        (
            "Remiss från regionen: Medborgarlöfte för Kiruna 2027 – samverkan med Polisen",
            "Medborgarlöfte för Kiruna 2027 – samverkan med Polisen",
            "",
        ),
    ],
)
def test_agenda_table_remiss_cell(cell: str, title: str, rest: str) -> None:
    found = _REMISS_FROM.match(cell)
    assert found is not None
    assert _title_and_rest(found.group("rest")) == (title, rest)


@pytest.mark.parametrize(
    "cell", ["Svar på remiss från kommunstyrelsen: X", "Remiss från kommunstyrelsen", "Remissvar från SBN: plan X"]
)
def test_no_remiss_sent_to_the_board(cell: str) -> None:
    assert _REMISS_FROM.match(cell) is None
