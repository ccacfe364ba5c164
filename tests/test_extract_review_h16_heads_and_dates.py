"""The review of holdout16's heads and dates: a bracket after the addressee is a reference only with its number in
it ("(dnr IDN 2027/0148)", never "(dnr-serie för remisser)"); a number set off by commas is cited only when a
sentence goes on after it, not a header line's next label ("…, Dnr UBN 2027/0311, sida 1 av 3"). Tables of Swedish
variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.address_lines import without_reference
from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.case_numbers import body_diarienummer, running_diarienummer
from atgard.extract.dates import answers_due, iso_date, reply_by_of_meeting
from atgard.extract.referrals.agenda_table import AgendaRemiss, agenda_table_remisser
from atgard.schema import Block, PageInfo

REGISTER = load_register()


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Kommunstyrelsen (dnr-serie för remisser)", "Kommunstyrelsen (dnr-serie för remisser)"),  # the reviewer's
        ("Kulturnämnden (Ert dnr saknas)", "Kulturnämnden (Ert dnr saknas)"),  # the reviewer's
        ("Kulturnämnden (dnr saknas – se bilaga)", "Kulturnämnden (dnr saknas – se bilaga)"),
        ("Kulturnämnden (diarienumret anges i beslutet)", "Kulturnämnden (diarienumret anges i beslutet)"),
        ("Kulturnämnden (Er referens: handläggaren)", "Kulturnämnden (Er referens: handläggaren)"),
        ("Kulturnämnden (Ert dnr: KS 2026/0412)", "Kulturnämnden"),
        ("Kulturnämnden (diarienr. KS-2026-12)", "Kulturnämnden"),
        ("Kulturnämnden (Er referens 2026-112)", "Kulturnämnden"),
        ("Kulturnämnden (er ref. 3.1.1-123/2017)", "Kulturnämnden"),
        ("Idrottsnämnden (dnr IDN 2027/0148)", "Idrottsnämnden"),
        ("Trafiknämnden (diarienummer T2026-01234)", "Trafiknämnden"),
        ("Kommunstyrelsen (kommunstyrelsen@helsingborg.se)", "Kommunstyrelsen"),
    ],
)
def test_a_reference_aside_holds_its_number(line: str, kept: str) -> None:
    assert without_reference(line) == kept


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Utbildningsförvaltningen, Dnr UBN 2027/0311, sida 1 av 3", "UBN 2027/0311"),  # the reviewer's
        ("Stadsledningskontoret, dnr KS 2027/0311, handläggare Eva Ek", "KS 2027/0311"),  # the reviewer's
        ("Stadsledningskontoret, Diarienummer KS-2027-0311, datum 2027-03-01", "KS-2027-0311"),
        ("Kulturförvaltningen, dnr KUN 2027/12, ärende 4", "KUN 2027/12"),
        ("Trafikkontoret, dnr. TN 2027/0311, handläggare Eva Ek och Per Berg", "TN 2027/0311"),
        ("Kulturdepartementet har genom remiss den 26 februari 2027, dnr Ku2027/00412, gett kommunen tillfälle", None),
        ("Förslaget, dnr KS 2027/0311, har remitterats till nämnden.", None),
        ("Förslaget, dnr KS 2027/0311, och bilagorna skickas till nämnden.", None),
        ("Remissen, dnr KS 2027/0311, inkom den 3 mars 2027.", None),
        ("Remissen, dnr KS 2027/0311, remitterades – med svar senast den 3 mars 2027.", None),
        ("Remissen (dnr KS 2027/0311) till bland andra nämnderna.", None),
    ],
)
def test_a_number_set_off_by_commas_in_a_header_line_is_the_own(line: str, number: str | None) -> None:
    assert body_diarienummer([lines_block(line)]) == number


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Vi vill ha ett svar på om åtgärden kan vara genomförd senast den 31 december 2028.", []),  # the reviewer's
        ("Synpunkter vill vi ha på förslaget. Åtgärden ska vara genomförd senast den 31 december 2028.", []),
        ("Synpunkterna vill vi ha med när planen revideras, senast den 1 juni 2030.", []),
        ("Vi vill ha era synpunkter på hur arbetet ska vara klart senast den 1 juni 2030.", []),
        ("Yttrandena vill vi ha; åtgärderna ska vara genomförda senast den 1 juni 2030.", []),
        ("Vi vill ha ert yttrande om att planen ska vara antagen senast 2030-06-01.", []),
        ("Era synpunkter vill vi ha senast fredagen den 24/9 2027.", ["2027-09-24"]),
        ("Svaren vill vi ha in i god tid, senast den 1 mars 2027.", ["2027-03-01"]),
        ("Yttrandet vill vi ha in senast måndag den 1 mars 2027.", ["2027-03-01"]),
        ("Vi vill ha era synpunkter på förslaget och åtgärderna – senast 2027-03-01.", ["2027-03-01"]),
        ("Vi vill ha ert remissvar samt era synpunkter senast 12/3 2027.", ["2027-03-12"]),
    ],
)
def test_the_answers_wanted_by_a_date_in_one_clause(text: str, due: list[str]) -> None:
    assert [found.date for found in answers_due(analyse([lines_block(text)], REGISTER))] == due


@pytest.mark.parametrize(
    ("matter", "due"),
    [
        ("Förvaltningen ska återrapportera senast den 1 juni.", None),  # the reviewer's
        ("Uppdraget ska redovisas senast den 3 mars.", None),
        ("Ansökan ska vara inne senast 15 april", None),
        ("Stadsdelsnämnderna ska rapportera senast fredag den 1 juni.", None),
        ("Svar på frågan ges i maj. Planen ska vara klar senast den 1 juni.", None),
        ("Svar till KS senast fredag den 26:e februari.", "2027-02-26"),
        ("Yttrandet ska lämnas till kommunstyrelsen senast den 1 juni.", "2027-06-01"),
        ("Synpunkter och svar senast 1:a april", "2027-04-01"),
        ("Remissvaren ska ha kommit in senast måndagen den 15 januari.", "2028-01-15"),
    ],
)
def test_a_matter_without_the_year_dates_only_an_answer(matter: str, due: str | None) -> None:
    assert reply_by_of_meeting(matter, "2027-02-10" if "januari" not in matter else "2027-12-08") == due


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Se diagrammet på sid 12/3 2027.", None),  # the reviewer's
        ("Tabell 4/5 2027 visar andelen.", None),  # the reviewer's
        ("Kap. 3/4 2027 handlar om skyfall.", None),  # the reviewer's
        ("enligt § 12/3 2027", None),
        ("Se sidan 12/3 2027 och s. 4/5 2027.", None),
        ("Bilaga 2/3 2027 – sändlista", None),
        ("Andelen ökade från 1/4 2026 till 12/3 2027.", "2026-04-01"),
        ("Svar till KS senast 12/3 2027.", "2027-03-12"),
        ("sid 4 – den 12/3 2027", "2027-03-12"),
    ],
)
def test_a_page_or_tables_number_is_no_date(text: str, date: str | None) -> None:
    assert iso_date(text) == date


def _agenda(*above: Block) -> list[AgendaRemiss]:
    rows = [
        table_row("Nr", "Ärende", "Dnr", top=300),
        table_row(
            "4",
            "Remiss från kommunstyrelsen: Luleå kommuns program för föreningslivets lokaler 2027–2032. "
            "Svar till KS senast den 5 februari.",
            "KS 2027/12",
            top=360,
        ),
    ]
    return list(agenda_table_remisser(analyse([*above, *rows], REGISTER)))


@pytest.mark.parametrize(
    ("above", "due"),
    [
        (
            [lines_block("Kallelse 2027-02-01"), table_row("Dag och tid", "Onsdag 10/2 2027 kl. 13.15", top=200)],
            "2028-02-05",
        ),  # the reviewer's: the notice's own date first
        (
            [lines_block("Datum 2027-02-01"), table_row("Tid och plats", "onsdagen den 10 februari 2027", top=200)],
            "2028-02-05",
        ),
        ([lines_block("Kallelse 2027-02-01 – sammanträdesdatum 2027-02-10")], "2028-02-05"),
        ([lines_block("Utskick 2027-01-20"), lines_block("Sammanträde: onsdag 10/2 2027, kl. 13–16")], "2028-02-05"),
        ([table_row("Dag och tid", "Måndag 1/2 2027 kl. 13.15", top=200)], "2027-02-05"),
        ([lines_block("Kallelse 2027-02-01")], "2027-02-05"),
    ],
)
def test_the_agendas_meeting_date_is_its_labelled_one(above: list[Block], due: str) -> None:
    assert [remiss.reply_by for remiss in _agenda(*above)] == [due]


def _on(page: int, block: Block) -> Block:
    return block.model_copy(update={"page": page, "boxes": [b.model_copy(update={"page": page}) for b in block.boxes]})


PAGE1 = lines_block("Handlingsplan för trygghet 2027–2030")


@pytest.mark.parametrize(
    ("later", "number"),
    [
        ([lines_block("Beslutet skickas till kommunstyrelsen KS 2026/0214")], None),  # the reviewer's
        ([lines_block("Kommunfullmäktige beslutade den 3 mars 2026, § 12, Dnr KS 2026/0214")], None),  # the reviewer's
        ([lines_block("Hänvisning till kommunstyrelsens beslut KS 2026/0214")], None),  # the reviewer's
        ([lines_block("Planen antogs av kommunfullmäktige –", "KS 2026/0214")], None),
        ([lines_block("Ärendet har beretts av stadsledningskontoret och", "kulturförvaltningen, KS-2026-0214")], None),
        ([lines_block("Se även programmet för idrottsanläggningar KFN 2027/55")], None),
        ([table_row("Uppföljning", "Hänvisning till kommunstyrelsens beslut KS 2026/0214")], None),
        ([table_row("Åtgärd 4", "Beslutet skickas till kommunstyrelsen KS 2026/0214")], None),
        (
            [table_row("Klimatanpassningsplan för Helsingborgs stad 2027–2031", "Remissversion KS 2027/0412")],
            "KS 2027/0412",
        ),
        ([lines_block("Strategi för trygghet – STK-2026-1432")] * 2, "STK-2026-1432"),
        ([lines_block("Program för idrottsanläggningar, KFN 2027/55")] * 2, "KFN 2027/55"),
        ([lines_block("Tjänsteskrivelse STK-2026-1432")], "STK-2026-1432"),
    ],
)
def test_a_later_pages_first_paragraph_is_no_running_header(later: list[Block], number: str | None) -> None:
    blocks = [PAGE1, *(_on(page, block) for page, block in enumerate(later, start=2))]
    assert body_diarienummer(blocks) == number


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Beslutet skickas till kommunstyrelsen KS 2026/0214", None),
        ("Kommunfullmäktige beslutade den 3 mars 2026, § 12, KS 2026/0214", None),
        ("Hänvisning till kommunstyrelsens beslut KS 2026/0214", None),
        ("Planen har antagits enligt KS 2026/0214", None),
        ("Handlingsplan för klimatanpassning 2026–2030 – remissversion mars 2026 KS 2026/0214", "KS 2026/0214"),
        ("Program för idrottsanläggningar samt spontanidrott – KFN 2027/55", "KFN 2027/55"),
    ],
)
def test_a_running_line_ending_in_a_number_is_no_sentence(line: str, number: str | None) -> None:
    pages = [PageInfo(number=n, width=1, height=1, char_count=0, furniture=[line]) for n in (1, 2)]
    assert running_diarienummer(pages) == number
