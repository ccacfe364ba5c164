"""Names as written to recipients: the register's, a board's it does not know, or an outside body's; and
what a name, a board's name and an office's name look like."""

from __future__ import annotations

import functools

from atgard.extract.boards import BoardRegister
from atgard.extract.mentions.context import board_spans
from atgard.extract.mentions.spans import BoardSpan
from atgard.extract.nlp import parsed, swedish_pipeline
from atgard.extract.rules import rule
from atgard.extract.vocabulary import BOARD_DEFINITE, BOARD_NAME, CLAUSE_WORD, COUNCIL_NAME, OFFICE_NAME
from atgard.schema.contract import BoardKind, Recipient

# A body named by its kind alone ("Nämnden beslutar", "Nämnden har fått rapporten på remiss"): the document's own.
OWN_BODY = rule(
    "board.own_body",
    rf"^(?:{BOARD_DEFINITE}|stadsdelsnämnden|bolagsstyrelsen|bolaget)$",
    matches=("Nämnden", "stadsdelsnämnden", "Bolaget", "Styrelsen"),
    not_matches=("Kulturnämnden", "Bolagets styrelse"),
)
# A name as a list may give one: a capital, then up to five more words, none a finite verb or a sentence adverb
# (a clause is no name: "Kommunens vattenförsörjning berör även grannkommunerna"), and perhaps its abbreviation in
# brackets ("Kommunala Företagens Samorganisation (KFS)").
NAME_LIKE = rule(
    "board.name_like",
    rf"^(?!.*\s{CLAUSE_WORD}(?:\s|$))[A-ZÅÄÖ][\wåäöÅÄÖéü:&'-]*(?:\s+[\wåäöÅÄÖéü:&'-]+){{0,5}}"
    r"(?:\s+\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö&-]{1,9}\))?$",
    matches=(
        "Stockholms stads pensionärsråd",
        "Polisregion Stockholm",
        "SISAB",
        "Sveriges Kommuner och Regioner",
        "Kommunala Företagens Samorganisation (KFS)",
    ),
    not_matches=(
        "samtliga nämnder",
        "Stockholms stads råd för funktionshindersfrågor och deras frågor",
        "Kommunens vattenförsörjning berör även grannkommunerna",
        "Planen gäller hela länet",
        "Förslaget har inte remitterats",
    ),
    # the words of a clause in lower case, as inside a sentence: a name's own words are capitalised
    flags=0,
)
# A board named in lower case or by what it is for, whole: "social resursnämnd", "nämnden för arbetsmarknad".
BOARD_LIKE = rule(
    "board.like",
    rf"^{BOARD_NAME}$",
    matches=("social resursnämnd", "tekniska nämnden", "nämnden för arbetsmarknad och vuxenutbildning", "SDN Järva"),
    not_matches=("Stockholms stad", "samtliga nämnder"),
)
# The city's own boards named as a group whose members the text leaves to the reader: "berörda stadsdelsnämnder",
# "övriga nämnder", "utpekade bolag" (a group of the register, "samtliga stadsdelsnämnder", is found by name).
GROUP_LIKE = rule(
    "board.group_like",
    r"^(?:berörda|övriga|aktuella|utpekade|ansvariga|respektive|utvalda|samtliga|alla|stadens)\s+"
    r"(?:stadsdels|fack)?(?:nämnder(?:na)?|bolag(?:en)?|bolagsstyrelser(?:na)?|förvaltningar(?:na)?)"
    r"(?:\s+och\s+(?:bolagsstyrelser|bolag|förvaltningar))?$",
    matches=("berörda stadsdelsnämnder", "Övriga nämnder", "utpekade bolag", "berörda nämnder och bolagsstyrelser"),
    not_matches=("Berörda stadsdelsnämndens förvaltning", "stadsdelsnämnder", "Kulturnämnden"),
)
# A council named in lower case, whole: "pensionärsrådet", or by what it is for: "rådet för funktionshinderfrågor"
# (an outside body as a recipient: its name capitalised).
COUNCIL_LIKE = rule(
    "board.council_like",
    rf"^(?:{COUNCIL_NAME}|rådet\s+för\s+[a-zåäö-]{{4,}})$",
    matches=(
        "pensionärsrådet",
        "kommunala pensionärsrådet",
        "rådet för funktionshinderfrågor",
        "rådet för integration",
    ),
    not_matches=("rådet", "pensionärsrådets ordförande", "rådet för funktionshinderfrågor och ungdomsrådet"),
    flags=0,
)
# An office named in lower case, whole: "fackförvaltningarna", "socialförvaltningen".
OFFICE_LIKE = rule(
    "board.office_like",
    rf"^{OFFICE_NAME}$",
    matches=("fackförvaltningarna", "socialförvaltningen", "trafikkontoret"),
    not_matches=("Socialförvaltningen", "förvaltningens"),
    flags=0,
)


@functools.cache
def _unambiguous_forms(register: BoardRegister) -> dict[str, str]:
    """Register forms, lowercased, that name one board only: a name written so needs no pipeline run."""
    ids: dict[str, set[str]] = {}
    for form, board_id in register.surface_forms():
        ids.setdefault(form.lower(), set()).add(board_id)
    return {form: next(iter(found)) for form, found in ids.items() if len(found) == 1}


def resolve_name(text: str, register: BoardRegister) -> Recipient:
    """A name as written (a list item, an "Ansvar:" entry) to a recipient: register, unknown or external.

    >>> from atgard.extract.boards import load_register
    >>> register = load_register()
    >>> resolve_name("Stockholm Business Region", register).name
    'Stockholm Business Region AB'
    >>> resolve_name("Fotografiska muséet", register).kind
    'external'
    >>> resolve_name("Trafik- och renhållningsnämnden", register).kind
    'unknown'
    """
    return _resolved(text.strip(" .,;:"), register)


@functools.lru_cache(maxsize=4096)  # the same names recur in every document: "Kommunstyrelsen", "Ansvar: ..."
def _resolved(cleaned: str, register: BoardRegister) -> Recipient:
    if (board_id := _unambiguous_forms(register).get(cleaned.lower())) is not None:
        board = register[board_id]
        return BoardSpan(0, len(cleaned), cleaned, board.id, board.name, board.kind).recipient()
    spans = board_spans(parsed(swedish_pipeline(register), cleaned), register)
    if len(spans) == 1 and len(spans[0].text) >= len(cleaned) - 2:
        return spans[0].recipient()
    kind: BoardKind = "unknown" if BOARD_LIKE.match(cleaned) else "group" if GROUP_LIKE.match(cleaned) else "external"
    return Recipient(name=cleaned[:1].upper() + cleaned[1:], board_id=None, kind=kind)
