"""Review of holdout16's rules (answers, decisions and signatories): each table holds the reviewer's
counter-example, which failed before its mend, and Swedish variants written for these tests."""

from __future__ import annotations

import pytest

from atgard.extract.answers import _answering_sender
from atgard.extract.boards import load_register

REGISTER = load_register()


@pytest.mark.parametrize(
    ("senders", "expected"),
    [
        (["Sweco Sverige AB", "Länsstyrelsen i Uppsala län"], "Länsstyrelsen i Uppsala län"),  # the review's
        (["Länsstyrelsen i Uppsala län", "WSP Sverige AB"], "Länsstyrelsen i Uppsala län"),
        (["Trafikverket", "Ramböll Sverige AB"], "Trafikverket"),
        (["Afry Sverige AB", "Länsstyrelsen i Västra Götalands län"], "Länsstyrelsen i Västra Götalands län"),
        (["Helsingborgshem AB"], "Helsingborgshem AB"),
        (["Bostads AB Mimer"], "Bostads AB Mimer"),
        (["AB Gavlegårdarna", None], "AB Gavlegårdarna"),
    ],
)
def test_an_unknown_company_after_an_outside_sender(senders: list[str | None], expected: str) -> None:
    """A company the register does not know answers only where no agency or organisation sends the letter: a
    consultant named in the sender lines ("Upprättad av Sweco Sverige AB") is no answering body."""
    found = _answering_sender(senders, REGISTER)
    assert found is not None and found.name == expected
