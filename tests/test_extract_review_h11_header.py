"""The review of holdout11's letter heads: a receiver's stamp hides only the numbers after it (the receiver's), not
the letter's own case number set before it in the same block; a stamp written "Inkom 2 april 2027", "Ankomstdatum",
"Registrerad" or "Diarieförd" is one too."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.case_numbers import RECEIVED_STAMP, body_diarienummer


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the reviewer's two: the letter's own number, then the stamp and the receiver's
        ("YTTRANDE\nDatum: 2027-03-30\nDnr MN-2027-00241\nINKOM 2027-04-02\nDnr KS-2027-00188", "MN-2027-00241"),
        ("Miljönämnden\nYttrande\nDiarienummer: MN 2027/241\nKommunstyrelsen Inkom 2027-04-02", "MN 2027/241"),
        ("Yttrande\nDnr: BN 2027/17\nInkommen: 2027-04-02\nDnr KS 2027/1412", "BN 2027/17"),
        ("Yttrande\nDiarienr MN-2027-00241\nKommunstyrelsen\nInkom 2 april 2027\nKS-2027-00188", "MN-2027-00241"),
        # a stamp alone: its number is the receiver's
        ("Kommunstyrelsen\nInkom 2 april 2027\nDnr KS-2027-00188", None),
        ("Kommunstyrelsen\nAnkomstdatum: 2027-04-02\nDnr KS-2027-00188", None),
        ("Kommunstyrelsen\nRegistrerad 2027-04-02\nDiarienummer KS 2027/188", None),
        ("KOMMUNSTYRELSEN\nDiarieförd: 2027-04-02\nDnr KS 2027/188", None),
        ("KOMMUNSTYRELSEN\nINKOM 2 april 2027\nDnr KS 2027/188", None),
    ],
)
def test_a_stamp_hides_only_the_numbers_after_it(text: str, number: str | None) -> None:
    assert body_diarienummer([lines_block(text)]) == number


@pytest.mark.parametrize(
    ("stamp", "own", "number"),
    [
        ("Kommunstyrelsen\nInkom den 2 april 2027\nDnr KS-2027-00188", "Vår dnr: MN-2027-00241", "MN-2027-00241"),
        ("Kommunstyrelsen\nRegistrerad: 2027-04-02\nDnr KS 2027/188", "Vårt dnr: SBN 2027/412", "SBN 2027/412"),
        ("Kommunstyrelsen\nDiarieförd 2027-04-02\nKS 2027/188", "Diarienummer: BN 2027/17", "BN 2027/17"),
    ],
)
def test_a_stamp_beside_the_head(stamp: str, own: str, number: str) -> None:
    blocks = [table_row("YTTRANDE\nDatum: 2027-03-30", stamp), lines_block(own)]
    assert body_diarienummer(blocks) == number


@pytest.mark.parametrize(
    "text",
    [
        "Ärendet registrerades 2027-04-02 hos kommunstyrelsen",
        "Registrerade yttranden 2027-04-02",
        "Diarieförda ärenden 2027",
        "Inkomna yttranden 2 april 2027",
        "Skrivelsen inkom den 2 april 2027",
    ],
)
def test_no_stamp(text: str) -> None:
    assert RECEIVED_STAMP.search(text) is None
