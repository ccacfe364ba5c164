"""Review of holdout17's rules (answers): each table holds the reviewer's counter-example, which failed before its
mend, and Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import lines_block, table_row

from atgard.extract.analysis import analyse
from atgard.extract.answer_codes import codes_taken_up
from atgard.extract.answer_references import in_reply_to
from atgard.extract.boards import load_register

REGISTER = load_register()


@pytest.mark.parametrize(
    ("texts", "codes"),
    [
        (["Bolaget tillstyrker åtgärd E3.", "Åtgärden påverkar trafiken på väg E4 och E18."], ["E3"]),  # the review's
        (["Bolaget tillstyrker åtgärd B2.", "Se bilaga B1 för detaljer."], ["B2"]),  # the review's
        (["Bolaget tillstyrker åtgärd E3.", "Se plan E2."], ["E3"]),  # the review's
        (["Regionen tillstyrker åtgärd E3.", "Trafiken på vägarna E4, E18 samt E20 ökar."], ["E3"]),
        (["Regionen tillstyrker åtgärd E3.", "Det gäller väg E4 respektive E20."], ["E3"]),
        (["Regionen tillstyrker åtgärd E3.", "Sträckan väg E4 – E18 berörs."], ["E3"]),
        (["Regionen tillstyrker åtgärd E3.", "Sträckan väg E4-E18 berörs."], ["E3"]),
        (["Nämnden tillstyrker åtgärd B2.", "Se bilagorna B1 och\nB3."], ["B2"]),
        (["Nämnden tillstyrker åtgärd C3.", "Området ligger i zon C1 eller C2 enligt figur C4."], ["C3"]),
        (["Nämnden tillstyrker åtgärd T2.", "Se tabell T1 och avsnitt T4."], ["T2"]),
        (["Bolaget berörs av åtgärd S3.", "Bolaget tillstyrker S3 och S7 men avstyrker S8."], ["S3", "S7", "S8"]),
        (["Bolaget berörs av åtgärd E3.", "Bolaget tillstyrker E3 och E4, se väg E18."], ["E3", "E4"]),
    ],
)
def test_a_named_series_lone_code_after_a_road_or_an_annex(texts: list[str], codes: list[str]) -> None:
    """A code after a word that names a road, an annex, a plan, a zone, a figure, a table or a section (and the
    codes listed after it) is none of the series, even once the answer named that letter's codes as measures."""
    assert codes_taken_up(analyse([lines_block(text) for text in texts], REGISTER)) == codes


@pytest.mark.parametrize(
    ("lines", "number"),
    [
        (["Nämnden har, i ärende SDN 2025/112, yttrat sig över en tidigare remiss."], None),  # the review's
        (["Nämnden beslutade, i ärendet KF 2024/88, att remittera förslaget."], None),  # the review's
        (["Nämnden har, i ärendet SDN 2025/112, lämnat synpunkter på remissen."], None),
        (["Nämnden har, i ärende", "SDN 2025/112, svarat på en remiss om samma plan."], None),
        (["Styrelsen har, i ärende KS 2024/9, tagit ställning till remissen och planen."], None),
        (["Kommunstyrelsen har, i ärende KS 2027/318, berett bolagen tillfälle att yttra sig."], "KS 2027/318"),
        (["Regionen har, i ärendet RS 2026-0871, remitterat planen till nämnden."], "RS 2026-0871"),
        (["Kommunstyrelsen har, i ärende", "KS 2027/318, gett nämnden möjlighet att yttra sig."], "KS 2027/318"),
        (["Departementet har, i ärende Fi2027/00412, bjudit in kommunen att yttra sig."], "Fi2027/00412"),
    ],
)
def test_i_arende_set_off_by_commas(lines: list[str], number: str | None) -> None:
    """ "i ärende X" set off by commas is the referrer's number only where the referral's verb follows the aside
    ("har, i ärende X, berett … tillfälle"); "har, i ärende X, yttrat sig" cites an older case."""
    assert in_reply_to(analyse([lines_block(*lines)], REGISTER), [], None, items=False) == number


_TOLD = "Departementet har bjudit in kommunen att yttra sig över promemorian X (KN2027/01452)."


@pytest.mark.parametrize(
    ("cells", "number"),
    [
        (("Kommunfullmäktige", "Remiss av trafikplanen (KS 2024/112) besvarades"), None),  # the review's
        (("Kommunstyrelsen", "Remissen av cykelplanen (KS 2023/41) besvarades i maj."), None),
        (("Trafiknämnden", "Yttrade sig över förslaget – se beslut (TN 2024/9)."), None),
        (("Tidigare beslut", "Nämnden har svarat på remissen (SBN 2022/77)."), None),
        (("Ärendet", _TOLD), "KN2027/01452"),
        (("Dnr\nBeslut\nÄrendet", _TOLD), "KN2027/01452"),
        (("Dnr\nBeslut\nÄrendet\nSärskilt\nyttrande\nExpedieras", _TOLD), "KN2027/01452"),
        (("Sammanfattning:", _TOLD), "KN2027/01452"),
        (("Ärendebeskrivning", _TOLD), "KN2027/01452"),
    ],
)
def test_a_table_row_cites_only_beside_a_margin_of_labels(cells: tuple[str, str], number: str | None) -> None:
    """A table's row is read for a number cited where the referral is told only when its first cell is a
    protocol's margin column of labels ("Dnr / Beslut / Ärendet"), not a history table's body or date."""
    assert in_reply_to(analyse([table_row(*cells)], REGISTER), [], None, items=False) == number


@pytest.mark.parametrize(
    ("line", "senders", "own", "number"),
    [
        ("Nacka kommuns referens: KFKS 2027/311", ["Kommunstyrelsen", "Nacka kommun"], None, None),  # the review's
        ("Nacka kommuns ref. KFKS 2027/311", ["Nacka kommun, Kommunstyrelsen"], None, None),
        ("Stockholms stads referens: KS 2027/0762", ["Stockholms stad"], None, None),
        ("Göteborgs Stads referens: SLK 2027-88", ["Göteborgs Stad"], None, None),
        ("Upplands-Bro kommuns referens: KS 2027/12", ["Upplands-Bro kommun"], None, None),
        ("Nacka kommuns referens: KFKS 2027/311", ["Trafikverket"], None, "KFKS 2027/311"),
        ("Stockholms stads referens: KS 2027/0762", ["Region Stockholm", None], None, "KS 2027/0762"),
        ("Stockholms stads referens: KS 2027/0762", [], None, "KS 2027/0762"),
        # the document's own number after "Yttrande till X," was, and stays, none (the review's first case)
        ("Yttrande till Trafikverket, SBN 2027-01234", [], "SBN 2027-01234", None),
        ("Yttrande till Trafikverket, SBN 2027/1234", [], "SBN 2027-1234", None),
        ("Remissvar till Trafikverket, TRV 2027/1234", [], "SBN 2027-01234", "TRV 2027/1234"),
    ],
)
def test_the_senders_own_reference(line: str, senders: list[str | None], own: str | None, number: str | None) -> None:
    """ "X kommuns/stads referens" is the referrer's number only when X is not the document's sender; the
    document's own number is never ``in_reply_to``."""
    analysed = analyse([lines_block(line)], REGISTER)
    assert in_reply_to(analysed, [], own, items=False, senders=senders) == number
