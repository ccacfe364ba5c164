"""Board spans read in their text: the places after a shared head, a compound's suspended first part, an
owner's or a place's name around a register name, an adjective before an unknown board."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from atgard.extract.boards import BoardRegister, with_hyphen
from atgard.extract.mentions.shapes import SHAPE_FINDERS, Shapes
from atgard.extract.mentions.spans import (
    BOARD_WORD,
    HOME,
    SHARED_HEADS,
    BoardSpan,
    coordinated_spans,
    genitive,
    known_spans,
    nominative,
    single_word_forms,
    unknown_spans,
)
from atgard.extract.nlp import BOARDS, doc_text
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND_JOINT, CONJUNCTION, OCH

# "stadsdelsnämnderna (i) Rinkeby-Kista, Skärholmen och Farsta": the places after a shared head.
_PLACE_NAME = r"[A-ZÅÄÖ][\wåäö]*(?:-[A-ZÅÄÖ][\wåäö]*)*"
_PLACES_AFTER = rule(
    "board.places_after",
    rf"^\s+(?:i\s+)?(?P<places>{_PLACE_NAME}(?:{AND_JOINT}{_PLACE_NAME})*)",
    matches=(" i Rinkeby-Kista, Skärholmen och Farsta", " Norrmalm samt Södermalm", " i Farsta respektive Älvsjö"),
    not_matches=(" och trafiknämnden",),
    flags=0,
)
_PLACE_SEPARATOR = rule("board.place_separator", AND_JOINT, matches=(", ", " och ", " samt ", " respektive "), flags=0)


def _places_after(text: str, span: BoardSpan, register: BoardRegister) -> list[BoardSpan] | None:
    """The districts a shared head names after it, one span each; None when the head names none.

    >>> from atgard.extract.boards import load_register
    >>> from atgard.extract.nlp import swedish_pipeline
    >>> register = load_register()
    >>> nlp = swedish_pipeline(register)
    >>> [s.name for s in board_spans(nlp("remitterats till stadsdelsnämnderna i Norrmalm och Södermalm."), register)]
    ['Norrmalms stadsdelsnämnd', 'Södermalms stadsdelsnämnd']
    """
    kind = SHARED_HEADS.get(span.text.lower())
    found = _PLACES_AFTER.match(text[span.end :]) if kind else None
    if found is None or kind is None:
        return None
    places = register.places(kind)
    spans: list[BoardSpan] = []
    offset = span.end + found.start("places")
    for piece in _PLACE_SEPARATOR.split(found.group("places")):
        start = text.index(piece, offset)
        board_id = places.get(piece.lower())
        if board_id is None:
            break  # the places end where the list goes on with other names ("..., Stockholms Handelskammare")
        board = register[board_id]
        first = not spans
        spans.append(
            BoardSpan(
                span.start if first else start,
                start + len(piece),
                text[span.start if first else start : start + len(piece)],
                board.id,
                board.name,
                board.kind,
            )
        )
        offset = start + len(piece)
    return spans or None


# A compound's first part suspended before a conjunction: "barn- och ", "Trafik– eller ".
_SUSPENDED = rule(
    "board.suspended",
    rf"(?P<first>[\wåäöÅÄÖ]+[-–])\s+{CONJUNCTION}\s+$",
    matches=("remitterats till barn- och ", "Trafik– eller "),
    not_matches=("Kulturnämnden - och ", "barn- och unga"),
    flags=0,
)
# The first part of a name written without its hyphen: "Miljö och hälsoskyddsnämnden" -> "Miljö- och ...".
_FIRST_PART = rule(
    "board.first_part",
    rf"^(\w+)(?=\s+{OCH}\s)",
    matches=("Miljö och hälsoskyddsnämnden",),
    not_matches=("Miljö- och",),
    flags=0,
)


# More first parts before a suspended one, each with its comma: "hälsa-, " before "vård- och omsorgsnämnden".
_CHAIN_BEFORE = rule(
    "board.suspended_chain",
    r"(?:(?<=\s)|^)(?P<chain>(?:[\wåäöÅÄÖ]+[-–],\s+)+)$",
    matches=("ryms inom hälsa-, ", "Hälsa-, sjukvårds-, "),
    not_matches=("ryms inom hälsa ", "Kulturnämnden, "),
    flags=0,
)


def _chained(text: str, span: BoardSpan) -> BoardSpan:
    """A suspended name with more first parts before it: "hälsa-, vård- och omsorgsnämnden"."""
    found = _CHAIN_BEFORE.search(text[: span.start])
    if found is None or span.board_id is not None:
        return span
    whole = text[found.start("chain") : span.end]
    name = nominative(with_hyphen(whole[0].upper() + whole[1:]))
    return BoardSpan(found.start("chain"), span.end, whole, None, name, span.kind)


def _suspended(text: str, span: BoardSpan, register: BoardRegister) -> BoardSpan:
    """A board word after "X- och" is the tail of another board's name: "barn- och utbildningsnämnden".

    The register may know the whole name; else it is kept, whole, as unknown. (A
    plural head, "exploaterings- och stadsbyggnadsnämnderna", is two boards.)
    """
    if " " in span.text:
        return _chained(text, span)
    if span.text.lower().endswith(("nämnderna", "nämnder")):
        return span
    found = _SUSPENDED.search(text[: span.start]) or _unhyphenated(text, span, register)
    if found is None:
        return span
    whole = text[found.start() : span.end]
    name = with_hyphen(whole[0].upper() + whole[1:])
    # the register's hyphenated name for one written without it: "Miljö och hälsoskyddsnämnden"
    hyphenated = _FIRST_PART.sub(r"\1-", name)
    board_id = register.id_of(name) or register.id_of(hyphenated)
    if board_id is not None:
        board = register[board_id]
        return BoardSpan(found.start(), span.end, whole, board.id, board.name, board.kind)
    return _chained(text, BoardSpan(found.start(), span.end, whole, None, nominative(name), "unknown"))


# A compound's first part suspended without its hyphen, as Göteborg names a board ("Kretslopp och
# vattennämnden") and writers drop it ("Kultur och fritidsnämnden"): a bare noun before "och", no body itself.
_BARE_FIRST_PART = rule(
    "board.bare_first_part",
    rf"(?:^|(?<=[\s,;:(]))(?P<first>[a-zåäöA-ZÅÄÖ][a-zåäö]{{2,}})\s+{OCH}\s+$",
    matches=("Kretslopp och ", "remitteras till kultur och ", "Socialnämnden, Barn och "),
    not_matches=("Trafik- och ", "SISAB och ", "till kulturnämnden, och "),
    flags=0,
)
# What a first part cannot be: a word of the sentence, a word in the definite or plural form (a compound's first
# part is a stem: "Kultur", not "bolagen" or "polisen"), or a body's noun ("kulturnämndens ungdomsråd och").
_NOT_FIRST_PARTS = frozenset(
    "till från av för med om hos inom under över efter inför enligt genom mellan även också både dels samt "
    "främst särskilt nämligen respektive utom inklusive liksom eller men där här detta denna dessa hela alla "
    "andra sina båda nya".split()
)
# The end of a longer name: "Region Stockholm och".
_NAME_BEFORE = rule(
    "board.name_before",
    r"(?:^|\s)[A-ZÅÄÖ][\wåäö-]*$",
    matches=("Region Stockholm",),
    not_matches=("remitteras till",),
    flags=0,
)
# A genitive's noun: "kulturnämndens ungdomsråd och".
_GENITIVE_BEFORE = rule(
    "board.genitive_before", r"\w{4,}s$", matches=("kulturnämndens",), not_matches=("ungdomsråd", "Ins"), flags=0
)
# A preposition's object: "nämnden för funktionsstöd och trafiknämnden" (the first part belongs to another name).
_PREPOSITION_BEFORE = rule(
    "board.preposition_before",
    r"(?:^|\s)(?:för|om|inom|mot|över)$",
    matches=("nämnden för",),
    not_matches=("remitteras till kulturnämnden,",),
)
_NOT_FIRST_ENDINGS = ("en", "et", "na", "an", "er", "ar", "or", "are", "råd", "kommun", "region", "stad", "bolag")


def _unhyphenated(text: str, span: BoardSpan, register: BoardRegister) -> re.Match[str] | None:
    """The bare first part before a lower-case board word, when it is one: "Kretslopp och vattennämnden".

    >>> from atgard.extract.boards import load_register
    >>> from atgard.extract.nlp import swedish_pipeline
    >>> register = load_register()
    >>> nlp = swedish_pipeline(register)
    >>> [s.name for s in board_spans(nlp("Remissen går till Kretslopp och vattennämnden och Polisen och "
    ...     "kulturnämnden."), register)]
    ['Kretslopp och vattennämnden', 'Polismyndigheten', 'Kulturnämnden']
    """
    if not span.text[:1].islower() or not BOARD_WORD.match(span.text):
        return None  # "Polisen och Fritidsnämnden": two names; "fastighetsägare och polisen": no compound
    found = _BARE_FIRST_PART.search(text[: span.start])
    if found is None:
        return None
    first = found.group("first").lower()
    before = text[: found.start()].rstrip()
    if (
        first in _NOT_FIRST_PARTS
        or first.endswith(_NOT_FIRST_ENDINGS)
        or "mnd" in first  # a board word itself, however spelt: "kulturnamnden och idrottsnamnden"
        or first in single_word_forms(register)
        or first in register.places("district_committee")
        or _NAME_BEFORE.search(before)
        or _GENITIVE_BEFORE.search(before)
        or _PREPOSITION_BEFORE.search(before)
    ):
        return None
    return found


# "Göteborgs Stadshus AB": a register name ("Stadshus AB") inside another body's longer name.
_OWNER_BEFORE = rule(
    "board.owner_before",
    r"(?:^|[\s(])(?P<owner>[A-ZÅÄÖ][\wåäö-]*s)\s+$",
    matches=("Göteborgs ", "remiss till (Göteborgs "),
    not_matches=("kommunens ", "Göteborg "),
    flags=0,
)


# Another town's name before a register company's name that leaves out Stockholm's: "Gävle Stadshus AB".
_TOWN_BEFORE = rule(
    "board.town_before",
    r"(?:^|[\s(])(?P<owner>[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s+$",
    matches=("synpunkter från Gävle ", "Mölndals-Ekmans "),
    not_matches=("till ", "GÄVLE "),
    flags=0,
)
_NOT_TOWNS = frozenset("till från och samt av enligt med hos genom för även också både eller utom inklusive".split())


def _owned(text: str, span: BoardSpan) -> BoardSpan:
    found = _OWNER_BEFORE.search(text[: span.start])
    if found is None and span.kind == "company" and not span.name.lower().startswith(span.text.lower()[:4]):
        town = _TOWN_BEFORE.search(text[: span.start])  # the register's name starts with a word the text lacks
        found = town if town and town.group("owner").lower() not in _NOT_TOWNS else None
    # a company's name may go on in lower case after its owner's: "Sundbybergs stadshus AB", "Uppsala stadshus AB"
    if found is None or not (span.text[:1].isupper() or span.kind == "company") or span.kind == "external":
        return span
    start = found.start("owner")
    whole = text[start : span.end]
    return BoardSpan(start, span.end, whole, None, whole, "external")


def _refined(text: str, spans: list[BoardSpan], register: BoardRegister) -> list[BoardSpan]:
    refined: list[BoardSpan] = []
    for span in spans:
        refined += _places_after(text, span, register) or [
            _elsewhere(text, _owned(text, _suspended(text, span, register)))
        ]
    return refined


# A board's name placed somewhere: "Länsstyrelsen i Västra Götalands län", "socialnämnden i Malmö".
_PLACED_IN = rule(
    "board.placed_in",
    r"\s+i\s+(?P<place>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)*(?:\s+(?:län|kommun|region))?)",
    matches=(" i Västra Götalands län", " i Malmö"),
    not_matches=(" i samverkan",),
    flags=0,
)


def _elsewhere(text: str, span: BoardSpan) -> BoardSpan:
    """A register board's name placed outside Stockholm is another body of that name there, not the register's.

    >>> from atgard.extract.boards import load_register
    >>> from atgard.extract.nlp import swedish_pipeline
    >>> register = load_register()
    >>> spans = lambda text: board_spans(swedish_pipeline(register)(text), register)
    >>> [(s.name, s.kind) for s in spans("Länsstyrelsen i Västra Götalands län och socialnämnden i Malmö")]
    [('Länsstyrelsen i Västra Götalands län', 'external'), ('Socialnämnden i Malmö', 'external')]
    >>> [(s.name, s.kind) for s in spans("Trafiknämnden i Stockholm och Länsstyrelsen i Stockholms län")]
    [('Trafiknämnden', 'committee'), ('Länsstyrelsen i Stockholms län', 'external')]
    """
    placed = _PLACED_IN.match(text, span.end)
    if placed is None or span.board_id is None or genitive(span):
        return span
    place = placed.group("place")
    if place.lower() in HOME or place.lower() in span.name.lower():
        return span
    whole = text[span.start : placed.end()]
    return BoardSpan(span.start, placed.end(), whole, None, whole[:1].upper() + whole[1:], "external")


# Lower-case adjectives that are part of a board's name: "social resursnämnd", "tekniska nämnden".
# An adjective right before a board's name is part of it ("tekniska nämnden"); a verb's infinitive is none: after
# "att", or a loan verb's "-era" ("att informera kultur- och fritidsnämnden", "ska remittera kulturnämnden").
_ADJECTIVE_BEFORE = rule(
    "board.adjective_before",
    r"(?:^|\s)(?<!\batt\s)(?P<adjective>[a-zåäö]+(?:a|al|ell|isk|iv))(?<!era)\s+$",
    matches=("till social ", "tekniska ", "och regionala "),
    not_matches=("Tekniska ", "till ", "att informera ", "ska remittera ", "att meddela "),
    flags=0,
)


def _with_adjective(text: str, span: BoardSpan) -> BoardSpan:
    found = _ADJECTIVE_BEFORE.search(text[: span.start])
    if found is None or span.kind != "unknown" or found.group("adjective") in _NOT_ADJECTIVES:
        return span
    start = found.start("adjective")
    whole = text[start : span.end]
    return BoardSpan(start, span.end, whole, None, whole[0].upper() + whole[1:], "unknown")


_NOT_ADJECTIVES = frozenset(
    {"och", "eller", "samt", "till", "av", "från", "hela", "alla", "andra", "sina", "dessa", "båda"}
)


# An organisation's own board named after it in the genitive: "regionens kultur- och bildningsnämnd".
_ORGANISATION_OWNER = rule(
    "board.organisation_owner",
    r"(?:^|\s)(?:regionens|kommunens|stadens|landstingets)\s+$",
    matches=("samt regionens ", "kommunens "),
    not_matches=("regionen ", "Regionens ungdomsråds "),
    flags=0,
)


def _definite(text: str, span: BoardSpan) -> BoardSpan:
    """A board named in the indefinite after its organisation's genitive is named in the definite, as a board's
    name is: "regionens kultur- och bildningsnämnd" is Kultur- och bildningsnämnden."""
    if not span.name.endswith("nämnd") or not _ORGANISATION_OWNER.search(text[: span.start]):
        return span
    return BoardSpan(span.start, span.end, span.text, span.board_id, f"{span.name}en", span.kind)


def board_spans(doc: Doc, register: BoardRegister, finders: Shapes = SHAPE_FINDERS) -> list[BoardSpan]:
    """Every board named in ``doc``, in text order (bodies named by their shape: those of ``finders``, the finders
    that may find one in the document, :func:`~atgard.extract.mentions.shapes.shape_finders`).

    >>> from atgard.extract.boards import load_register
    >>> from atgard.extract.nlp import swedish_pipeline
    >>> register = load_register()
    >>> nlp = swedish_pipeline(register)
    >>> [(s.text, s.name, s.kind) for s in board_spans(nlp("Ärendet har remitterats till Trafik- och "
    ...     "renhållningsnämnden, Arbetsmarknadsnämndens kansli och stadsdelsnämnden i Skärholmen."), register)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Trafik- och renhållningsnämnden', 'Trafik- och renhållningsnämnden', 'unknown'),
     ('Arbetsmarknadsnämndens', 'Arbetsmarknadsnämnden', 'committee'),
     ('stadsdelsnämnden i Skärholmen', 'Skärholmens stadsdelsnämnd', 'district_committee')]
    """
    known = _refined(doc_text(doc), known_spans(doc, register), register)
    taken = {i for span in doc.spans[BOARDS] for i in range(span.start, span.end)}
    coordinated = coordinated_spans(doc, register, taken)
    text = doc_text(doc)
    unknown = [
        _definite(text, _with_adjective(text, _suspended(text, span, register)))
        for span in unknown_spans(doc, taken, register)
    ]
    spans = _subsidiaries(text, sorted(known + coordinated + unknown, key=lambda span: span.start))
    return _with_shapes(text, spans, finders)


def _subsidiaries(text: str, spans: list[BoardSpan]) -> list[BoardSpan]:
    """A register company's name that goes on into a company's name ending in "AB" names another company, its
    subsidiary as a rule: "Stockholm Vatten VA AB" (not "Stockholm Vatten" and "VA AB"), "Stockholmshem Bygg AB".

    >>> from atgard.extract.boards import load_register
    >>> from atgard.extract.nlp import swedish_pipeline
    >>> register = load_register()
    >>> spans = lambda text: board_spans(swedish_pipeline(register)(text), register)
    >>> [(s.name, s.kind) for s in spans("till dotterbolagen Stockholm Vatten VA AB och Stockholm Avfall AB")]
    [('Stockholm Vatten VA AB', 'unknown'), ('Stockholm Avfall AB', 'unknown')]
    """
    merged: list[BoardSpan] = []
    for span in spans:
        before = merged[-1] if merged else None
        if (
            before is not None
            and before.kind == "company"
            and before.text.split()[-1] != "AB"
            and span.board_id is None
            and span.name.endswith(" AB")
            and not text[before.end : span.start].strip()
        ):
            whole = text[before.start : span.end]
            merged[-1] = BoardSpan(before.start, span.end, whole, None, whole, "unknown")
            continue
        merged.append(span)
    return merged


def _with_shapes(text: str, spans: list[BoardSpan], finders: Shapes) -> list[BoardSpan]:
    """The spans with the bodies named by their shape ("nämnden för Teknik & Fritid", "Tekniska nämnden", "Region
    Skåne"): a shaped name wins over a span inside it or across its start, and yields to one around it (the
    register's "Region Stockholm")."""
    shaped = [s for finder in finders for s in finder(text) if not any(_around(o, s) for o in spans)]
    kept = [o for o in spans if not any(s.start <= o.start < s.end for s in shaped)]
    return sorted(kept + shaped, key=lambda span: span.start)


def _around(outer: BoardSpan, inner: BoardSpan) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end
