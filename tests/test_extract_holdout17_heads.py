"""Heads written as Swedish documents set them, apart from any holdout document: a district board's protocol under
its city's or its office's name, an address's "c/o" line, an e-mail printed as sent (Från/Till/Ämne), a case number
of one letter's series grouped with a point, a signature's title a page break set in one block with its name.
Tables of Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import broken_block

from atgard.extract.address_lines import without_reference
from atgard.extract.addressee import header_box
from atgard.extract.case_numbers import body_diarienummer
from atgard.extract.kinds import ANSWER_TITLE, MAIL_SUBJECT
from atgard.extract.letterhead import mailed_from
from atgard.extract.senders import Sender, meeting_sender
from atgard.extract.signatories import _TITLE_WORD, _name_over_title


@pytest.mark.parametrize(
    ("office", "unit", "kind", "expected"),
    [
        ("STOCKHOLMS STAD", "Kungsholmens stadsdelsnämnd", "protokoll", "Kungsholmens stadsdelsnämnd"),
        ("Stockholms stad", "Skärholmens stadsdelsnämnd", "protokoll", "Skärholmens stadsdelsnämnd"),
        ("Farsta stadsdelsförvaltning", "Farsta stadsdelsnämnd", "protokoll", "Farsta stadsdelsnämnd"),
        ("Göteborgs Stad", "Stadsdelsnämnden Lundby", "protokoll", "Stadsdelsnämnden Lundby"),
        ("Farsta stadsdelsförvaltning", "Farsta stadsdelsnämnd", "tjänsteutlåtande", "Farsta stadsdelsförvaltning"),
        ("Stadsledningskontoret", "Kungsholmens stadsdelsnämnd", "protokoll", "Stadsledningskontoret"),
        ("STOCKHOLMS STAD", "Avdelningen för stadsutveckling", "protokoll", "STOCKHOLMS STAD"),
    ],
)
def test_a_district_boards_protocol_is_the_board_that_met(office: str, unit: str, kind: str, expected: str) -> None:
    assert meeting_sender(Sender(office, unit), kind)[0] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("Till", "Stockholms stad", "Kommunstyrelsen", "c/o Stadsledningskontoret", "105 35 Stockholm"),
            "Kommunstyrelsen",
        ),
        (("Till", "Solna stad", "Kommunstyrelsen", "C/O Stadsbyggnadsförvaltningen"), "Kommunstyrelsen"),
        (("Till: Stockholms stad, kommunstyrelsen <registrator.slk@stockholm.se>",), "Kommunstyrelsen"),
        (("Till: Kulturnämnden <kulturnamnden@uppsala.se>",), "Kulturnämnden"),
    ],
)
def test_the_addressee_past_the_way_in_and_the_mailbox(lines: tuple[str, ...], expected: str) -> None:
    assert header_box([broken_block(*lines)]).addressee == expected


def test_an_address_in_angle_brackets_only_at_the_lines_end() -> None:
    assert without_reference("Kommunstyrelsen <ks@helsingborg.se>") == "Kommunstyrelsen"
    assert without_reference("Kommunstyrelsen <ks@helsingborg.se> och Kulturnämnden").endswith("Kulturnämnden")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            ("Från: Naturskyddsföreningen i Stockholm <kansli@nfstockholm.se>", "Till: Kommunstyrelsen <ks@x.se>"),
            "Naturskyddsföreningen i Stockholm",
        ),
        (
            ("Från: Hyresgästföreningen Region Stockholm <info@hgf.se>", "Skickat: den 3 maj 2027 09:12"),
            "Hyresgästföreningen Region Stockholm",
        ),
        (("Från: Eva Ek <eva.ek@example.se>", "Till: Kommunstyrelsen <ks@x.se>"), None),  # a person
        (("Från: Naturskyddsföreningen <kansli@nf.se>", "Hej,"), None),  # no head under it
        (("Från och med den 1 januari gäller nya regler.", "Till: Kommunstyrelsen"), None),
    ],
)
def test_an_emails_sender(head: tuple[str, ...], expected: str | None) -> None:
    assert mailed_from([broken_block(line) for line in head]) == expected


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("Ämne: Remissvar KS 2027/0611 – Gröna Stockholm", True),
        ("Ämne: SV: Yttrande över förslaget till cykelplan", True),
        ("Subject: RE: Remissvar – trafikplan", True),
        ("Ämne: Inbjudan till dialogmöte om grönplanen", False),
    ],
)
def test_an_emails_subject_says_an_answer(line: str, answer: bool) -> None:
    found = MAIL_SUBJECT.match(line)
    assert found is not None and bool(ANSWER_TITLE.match(found.group("subject"))) is answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diarienummer: A 318.442/2027", "A 318.442/2027"),
        ("Dnr A 12.004/2026", "A 12.004/2026"),
        ("Dnr: A 2027", None),
    ],
)
def test_a_case_number_of_one_letters_series(text: str, expected: str | None) -> None:
    assert body_diarienummer([broken_block(text)]) == expected


def test_a_signature_over_a_page_break_in_onebroken_block() -> None:
    signed = _name_over_title(broken_block("Frida Lövgren", "Sekreterare"))
    assert signed is not None and (signed.name, signed.title) == ("Frida Lövgren", "Sekreterare")


@pytest.mark.parametrize(
    ("title", "is_title"),
    [
        ("sakkunnig natur och planering", True),
        ("Politiskt sakkunnig", True),
        ("Trafikexpert", True),
        ("Sakkunnigas utlåtande", False),
        ("Expertgruppen", False),
    ],
)
def test_an_experts_title(title: str, is_title: bool) -> None:
    assert bool(_TITLE_WORD.search(title)) is is_title
