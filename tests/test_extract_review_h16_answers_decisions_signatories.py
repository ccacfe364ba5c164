"""Review of holdout16's rules (answers, decisions and signatories): each table holds the reviewer's
counter-example, which failed before its mend, and Swedish variants written for these tests."""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.answer_clauses import _NO_ANSWER_GIVEN, DECLINES
from atgard.extract.answer_codes import _ABSTAINS
from atgard.extract.answers import _answering_sender
from atgard.extract.boards import load_register
from atgard.extract.delegated_signing import _DECIDED_BY, _PRESENTER_FIRST, DELEGATED
from atgard.extract.deliberation import is_deciding
from atgard.extract.margin_labels import _is_label
from atgard.extract.signatories import signatories
from atgard.schema import Block

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


@pytest.mark.parametrize(
    ("sentence", "deciding"),
    [
        ("Den frågan är besvarad i utredningen.", False),  # the review's: no sentence's start
        ("Frågan är besvarad genom nämndens beslut i mars.", False),  # the review's: it goes on
        ("Kommunstyrelsen förklarade i mars interpellationen besvarad.", False),  # the review's: a past decision
        ("Nämnden förklarar remissen besvarad.", False),  # the review's: a remiss is answered by no declaration
        ("Enligt förvaltningen är frågan besvarad.", False),
        ("Frågan är inte besvarad.", False),
        ("Interpellationen är därmed besvarad av kommunalrådet.", False),
        ("Kommunfullmäktige förklarade under våren motionen besvarad.", False),
        ("Nämnden förklarar ärendet och frågan besvarad.", False),
        ("Frågan är besvarad.", True),
        ("Frågan är därmed besvarad.", True),
        ("Interpellationen är därmed besvarad.", True),
        ("Frågan anses vara besvarad.", True),
        ("Kommunfullmäktige förklarar interpellationen besvarad.", True),
        ("Kommunfullmäktige förklarar interpellationerna besvarade.", True),
        ("Regionfullmäktige förklarade motionen besvarad.", True),
        ("Ordföranden förklarar frågan besvarad.", True),
        ("Nämnden förklarade paragrafen omedelbart justerad.", True),
        ("Nämnden förklarar § 12 omedelbart justerad.", True),
        ("Motionen förklaras besvarad.", True),
    ],
)
def test_a_question_declared_answered(sentence: str, deciding: bool) -> None:
    """ "Frågan är besvarad" decides only as a sentence of its own; "förklarar … besvarad" only of a question, an
    interpellation, a motion or a paragraph named right after the verb."""
    assert is_deciding(sentence) is deciding


@pytest.mark.parametrize(
    ("sentence", "presenter"),
    [
        ("Region Stockholm har varit föredragande myndighet i samrådet.", None),  # the review's: a body
        ("Stadsledningskontoret Anna Berg var föredragande", None),  # the review's: an office before the name
        ("Region Skåne har varit föredragande part.", None),
        ("Göteborgs Stad var föredragande kommun i samrådet.", None),
        ("Trafikverket Region Mitt har varit föredragande myndighet.", None),
        ("Utredare Henrik Rask har varit föredragande.", "Henrik Rask"),
        ("Juristen Eva Ek var föredragande i ärendet.", "Eva Ek"),
        ("Miljöhandläggaren Sara Nyberg-Lind har varit föredragande.", "Sara Nyberg-Lind"),
        ("Tove Lindkvist har varit föredragande.", "Tove Lindkvist"),
    ],
)
def test_a_presenter_named_first_is_a_person(sentence: str, presenter: str | None) -> None:
    """The one named before "har varit föredragande" is a person, not a body ("föredragande myndighet")."""
    found = _PRESENTER_FIRST.match(sentence) if DELEGATED.match(sentence) else None
    assert (found.group("name") if found else None) == presenter


@pytest.mark.parametrize(
    ("sentence", "decider"),
    [
        ("Planen har fastställts av styrelsen Region Stockholm", None),  # the review's: a body
        ("Översiktsplanen har fastställts av kommunfullmäktige i Stockholms Stad", None),  # the review's
        ("Programmet har fastställts av regionstyrelsen Region Skåne.", None),
        ("Strategin har fastställts av nämnden Kultur Skåne.", None),
        ("Handlingsplanen har fastställts av generaldirektören Annika Wennerholm.", "Annika Wennerholm"),
        ("Strategin har fastställts av regiondirektören Anna Berg.", "Anna Berg"),
        ("Åtgärdsprogrammet har fastställts av kommundirektör Per Holm.", "Per Holm"),
        ("Planen har fastställts av avdelningschefen Lena Berg-Holm.", "Lena Berg-Holm"),
    ],
)
def test_a_plan_adopted_by_a_head(sentence: str, decider: str | None) -> None:
    """ "… plan har fastställts av" names a decider only after a head's role (a director, a chief)."""
    found = _DECIDED_BY.search(sentence) if DELEGATED.match(sentence) else None
    assert (found.group("name") if found else None) == decider


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "Nämnden har tidigare fattat beslutet att inte lämna något yttrande över detaljplanen, men lämnar nu "
            "synpunkter",
            False,
        ),  # the review's: an earlier decline retold
        ("Beslutet att inte lämna yttrande i förra remissomgången ändras", False),  # the review's
        ("Beslutet att inte avge något svar upphävs.", False),
        ("Det tidigare beslutet att inte lämna ett remissvar gäller inte längre.", False),
        ("Beslutet att inte lämna något remissvar har fattats av förvaltningschefen", True),
        ("beslutet om att inte avge yttrande anmäls till nämnden", True),
        ("Beslutet att ej lämna något yttrande har fattats av avdelningschefen Eva Ek.", True),
        ("Beslut om att inte lämna ett svar har tagits av förvaltningsdirektören.", True),
        ("Beslutet att inte lämna något yttrande anmäldes till nämnden den 3 mars.", True),
    ],
)
def test_a_decline_told(sentence: str, told: bool) -> None:
    """A sentence that tells who took the decision to give no answer (or that it is reported), not one that
    retells an earlier decline or changes it."""
    assert (_NO_ANSWER_GIVEN.search(sentence) is not None) is told


@pytest.mark.parametrize(
    ("sentence", "declines"),
    [
        ("Nämnden kommer inte att yttra sig i ärendet utan hänvisar till stadsdelsnämnden.", True),  # the review's
        ("Nämnden kommer därför inte att yttra sig över remissen utan hänvisar till miljönämndens yttrande.", True),
        ("Styrelsen kommer inte att lämna något remissvar, utan hänvisar till kommunstyrelsens svar.", True),
        ("Nämnden avstår från att yttra sig i ärendet och hänvisar till trafiknämndens yttrande.", True),
        ("Nämnden kommer inte att yttra sig i ärendet.", True),
        ("Kommunstyrelsen kommer inte att lämna något svar i ärendet förrän planen är klar.", False),  # the review's
        ("Nämnden kommer inte att yttra sig över åtgärd 9 utan hänvisar till förvaltningen.", False),
        ("Nämnden kommer inte att yttra sig i ärendet, men lämnar upplysningar.", False),
    ],
)
def test_a_decline_that_refers_on(sentence: str, declines: bool) -> None:
    """ "kommer inte att yttra sig … utan hänvisar till …" declines the remiss, as its family without the
    reference does; a postponement ("förrän …") or a part declined does not."""
    assert (DECLINES.search(sentence) is not None) is declines
    assert (_ABSTAINS.search(sentence) is not None) is declines


@pytest.mark.parametrize(
    ("lines", "label"),
    [
        (["Kommunfullmäktige-"], False),  # the review's: a text line broken at a hyphen, no label going on
        (["Miljö-"], False),  # the review's
        (["Ärende-"], False),
        (["Omröstnings-", "resultat"], True),
        (["Voterings-", "proposition"], True),
        (["Beslut"], True),
        (["Beslut:"], True),
        (["Särskilt yttrande"], True),
    ],
)
def test_a_label_broken_at_a_hyphen_goes_on(lines: list[str], label: bool) -> None:
    """A margin label may end in a hyphen only where its next line goes on with it ("Omröstnings- / resultat");
    a lone "Miljö-" is a text column's broken word."""
    assert _is_label(lines) is label


def _agenda(presenter_column: str, *presenters: str) -> list[Block]:
    rows = [table_row("Nr", "Ärende", "Dnr", presenter_column)]
    rows += [
        table_row(str(n), "Remiss från kommunstyrelsen: program för lokaler", f"BUN 2027/{n}", who, top=640 + 40 * n)
        for n, who in enumerate(presenters, start=1)
    ]
    return rows


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        pytest.param(
            _agenda("Föredragande", "Ekonomichef Joel\nNyström", "Lokalstrateg Karin\nWikström"),
            [],
            id="the review's: an agenda's presenters broken over their cells' lines",
        ),
        pytest.param(
            _agenda("Handläggare", "Skolchef Maria\nLantto", "Förvaltningschef\nAnders Holmqvist"),
            [],
            id="a column of officers handling the matters",
        ),
        pytest.param(_agenda("Kontaktperson", "Planerare\nIda Berg"), [], id="a contact person"),
        pytest.param(_agenda("Ansvarig", "Nämndsekreterare\nElin Kuoppa"), [], id="the one responsible"),
        pytest.param(
            [table_row("Ordförande\nLovisa Marklund", "Sekreterare\nElin Kuoppa")],
            [("Lovisa Marklund", "Ordförande"), ("Elin Kuoppa", "Sekreterare")],
            id="signatures in cells under no such header still sign",
        ),
    ],
)
def test_a_presenters_column_signs_nothing(blocks: list[Block], expected: list[tuple[str, str | None]]) -> None:
    """A cell in a column headed Föredragande, Handläggare, Kontaktperson or Ansvarig names who presents the
    matter, not who signs."""
    assert [(s.name, s.title) for s in signatories(analyse(blocks, REGISTER))] == expected
