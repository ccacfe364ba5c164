"""Review of holdout20's header rules: a bold heading over an address that is the sender's own office or a copy's
label, the case officer's phone and e-mail after the name on its line. Tables of Swedish variants written for these
tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block

from atgard.extract.address_column import bold_addressee, case_officer
from atgard.extract.addressee import address_block

_TITLE = lines_block("Yttrande över planen", kind="heading", level=1)


@pytest.mark.parametrize(
    ("name", "under"),
    [
        ("Stadsbyggnadskontoret", ("Plan- och exploateringsavdelningen", "Box 8314", "104 20 Stockholm")),
        ("Miljöförvaltningen", ("Miljöenheten", "Box 8136", "104 20 Stockholm")),
        ("Trafikkontoret", ("Avdelningen för trafikplanering", "Box 8311", "104 20 Stockholm")),
        ("Kopia till", ("Länsstyrelsen i Stockholms län", "104 22 Stockholm")),
        ("Kopia till:", ("Naturvårdsverket", "106 48 Stockholm")),
        ("För kännedom", ("Trafikverket", "781 89 Borlänge")),
    ],
)
def test_the_senders_office_or_a_copy_label_is_no_bold_addressee(name: str, under: tuple[str, ...]) -> None:
    blocks = [lines_block(name, kind="heading", level=3), lines_block(*under), _TITLE]
    assert address_block(blocks) is None


def test_the_senders_own_name_in_bold_is_no_addressee() -> None:
    heading = lines_block("Kulturförvaltningen", kind="heading", level=3)
    under = lines_block("Box 8133", "104 20 Stockholm")
    assert not bold_addressee(heading, [under], "Kulturförvaltningen")
    assert bold_addressee(heading, [under], "Stadsbyggnadskontoret")


@pytest.mark.parametrize(
    ("name", "under"),
    [
        ("Trafikverket", ("Att: Registrator, Planering nationellt", "781 89 Borlänge")),
        ("Boverket", ("Box 534", "371 23 Karlskrona")),
        ("Länsstyrelsen i Stockholms län", ("104 22 Stockholm",)),
    ],
)
def test_a_bold_addressee_still_is_one(name: str, under: tuple[str, ...]) -> None:
    blocks = [lines_block(name, kind="heading", level=3), lines_block(*under), _TITLE]
    assert address_block(blocks) == name


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Eva Ek, tfn 08-508 000 00, eva.ek@stockholm.se"], ("Eva Ek", "08-508 000 00", "eva.ek@stockholm.se")),
        (["Eva Ek, miljöstrateg, telefon 08-508 000 00"], ("Eva Ek", "08-508 000 00", None)),
        (["Eva Ek tfn 08-508 000 00"], ("Eva Ek", "08-508 000 00", None)),
        (["Eva Ek, mobiltelefon 070-123 45 67"], ("Eva Ek", "070-123 45 67", None)),
        (["Eva Ek, telefonnummer 08-508 000 00"], ("Eva Ek", "08-508 000 00", None)),
        (["Eva Ek – telefon 08-508 000 00"], ("Eva Ek", "08-508 000 00", None)),
        (["Eva Ek - tel. 08-508 000 00"], ("Eva Ek", "08-508 000 00", None)),
        (["Anna-Karin Berg, utredare, mobil 070-123 45 67, anna-karin.berg@regionstockholm.se"],
         ("Anna-Karin Berg", "070-123 45 67", "anna-karin.berg@regionstockholm.se")),
        (["Eva Ek", "Telefon: 08-508 000 00", "eva.ek@stockholm.se"],
         ("Eva Ek", "08-508 000 00", "eva.ek@stockholm.se")),
        (["Lena Holm, telefon 08-508 29 477, e-post lena.holm@stockholm.se"],
         ("Lena Holm", "08-508 29 477", "lena.holm@stockholm.se")),
        (["Eva Ek, telefonist"], ("Eva Ek, telefonist", None, None)),
        (["Eva Ek, telefon saknas"], ("Eva Ek, telefon saknas", None, None)),
    ],
)  # fmt: skip
def test_the_phone_and_mail_after_the_case_officers_name(lines: list[str], expected: tuple[str | None, ...]) -> None:
    officer = case_officer(lines)
    assert (officer.name, officer.phone, officer.email) == expected
