"""Board mentions in a spaCy Doc: register matches, plus names that look like boards but are not in it."""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from atgard.extract.boards import BoardRegister, load_register, with_hyphen
from atgard.extract.nlp import BOARDS, doc_text, swedish_pipeline, token_texts
from atgard.extract.rules import rule
from atgard.schema.contract import BoardKind, Recipient

# Words that end like a board name but name no board in particular.
_GENERIC = frozenset(
    f"{stem}{ending}"
    for stem in ("nämnd", "stadsdelsnämnd", "facknämnd", "bolagsnämnd")
    for ending in ("", "en", "ens", "s", "er", "erna", "ernas")
)
# A body named by its kind alone ("Nämnden beslutar", "Nämnden har fått rapporten på remiss"): the document's own.
OWN_BODY = rule(
    "board.own_body",
    r"^(?:nämnden|styrelsen|stadsdelsnämnden|bolagsstyrelsen|bolaget)$",
    matches=("Nämnden", "stadsdelsnämnden", "Bolaget"),
    not_matches=("Kulturnämnden", "Bolagets styrelse"),
)
_BOARD_WORD = re.compile(r"^[a-zåäöé-]+nämnd(?:en|ens|s)?$", re.IGNORECASE)
_CONJUNCTIONS = frozenset({"och", "samt", "eller"})
_CAPITALISED = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ:&-]*$")


@dataclass(frozen=True)
class BoardSpan:
    """A board named in a text: ``text[start:end]`` as written, and what it resolves to."""

    start: int
    end: int
    text: str
    board_id: str | None
    name: str
    kind: BoardKind

    @property
    def group(self) -> bool:
        return self.kind == "group"

    def recipient(self) -> Recipient:
        return Recipient(name=self.name, board_id=self.board_id, kind=self.kind, group=self.group)


def _known(doc: Doc, register: BoardRegister) -> list[BoardSpan]:
    spans = []
    for span in doc.spans[BOARDS]:
        board = register[span.label_]
        spans.append(BoardSpan(span.start_char, span.end_char, span.text, board.id, board.name, board.kind))
    return spans


# Endings of board words as OCR may misread them ("fastighetshämnden", "utbildningsnämnder").
_MISREAD_BOARD_WORD = re.compile(r"^[a-zåäöé-]{4,}[a-zåäö]mnd(?:en|er|ens|s)?$", re.IGNORECASE)
MISREAD_RATIO = 0.88


@functools.cache
def _single_word_forms(register: BoardRegister) -> dict[str, str]:
    """Register forms that are one word, lowercased: the candidates for a misread board word."""
    return {form.lower(): board_id for form, board_id in register.surface_forms() if " " not in form}


def _misread(word: str, register: BoardRegister) -> str | None:
    """The register board a misread word most likely is (OCR), if it is close enough.

    >>> [_misread(word, load_register()) for word in ("fastighetshämnden", "idröttsnämnden", "hyresnämnden")]
    ['fastighetsnamnden', 'idrottsnamnden', None]
    """
    forms = _single_word_forms(register)
    close = difflib.get_close_matches(word.lower(), forms, n=1, cutoff=MISREAD_RATIO)  # the forms: the keys
    return forms[close[0]] if close else None


def _unknown(doc: Doc, taken: set[int], register: BoardRegister) -> list[BoardSpan]:
    """ "Trafik- och renhållningsnämnden", "Hyresnämnden", "Birka Cruises AB": kept, marked unknown."""
    found = []
    for i, word in enumerate(token_texts(doc)):
        # only a board word or "AB" can start a name here: the Token objects are made for those alone
        if i in taken or (word != "AB" and "mnd" not in word.lower()):
            continue
        token = doc[i]
        if (
            _MISREAD_BOARD_WORD.match(token.text)
            and token.lower_ not in _GENERIC
            and (board_id := _misread(token.text, register)) is not None
        ):
            board = register[board_id]
            taken.add(token.i)
            found.append(
                BoardSpan(token.idx, token.idx + len(token.text), token.text, board.id, board.name, board.kind)
            )
            continue
        if _BOARD_WORD.match(token.text) and token.lower_ not in _GENERIC:
            start = token.i
            # a suspended compound before it: "Trafik- och renhållningsnämnden"
            if start >= 2 and doc[start - 1].lower_ in _CONJUNCTIONS and doc[start - 2].text.endswith("-"):
                start -= 2
            elif start >= 3 and doc[start - 1].lower_ in _CONJUNCTIONS and doc[start - 2].text == "–":
                start -= 3  # with an en dash, which the tokenizer splits off: "Trafik", "–", "och"
            span = doc[start : token.i + 1]
        elif token.text == "AB":
            start = end = token.i
            while start > 0 and start - 1 not in taken:
                if _CAPITALISED.match(doc[start - 1].text):
                    start -= 1
                elif (
                    doc[start - 1].lower_ in ("och", "&")
                    and start > 1
                    and start - 2 not in taken
                    and _CAPITALISED.match(doc[start - 2].text)
                ):
                    start -= 2  # "Nordiska Bostäder och Lokaler AB": one company
                else:
                    break
            # the name goes on after "AB" when nothing or one genitive prefix stands before it:
            # "AB Svenska Bostäder", "Bostads AB Poseidon", "Förvaltnings AB Framtiden"
            prefixed = start == token.i - 1 and doc[start].text.endswith("s")
            while (start == token.i or prefixed) and end + 1 < len(doc) and end + 1 not in taken:
                if not _CAPITALISED.match(doc[end + 1].text):
                    break
                end += 1
            if start == end:
                continue
            span = doc[start : end + 1]
        else:
            continue
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        name = with_hyphen(span.text[0].upper() + span.text[1:])
        found.append(BoardSpan(span.start_char, span.end_char, span.text, None, name, "unknown"))
    return found


_SHARED_HEADS = {
    "stadsdelsnämnder": "district_committee",
    "stadsdelsnämnderna": "district_committee",
    "stadsdelsförvaltningar": "office",
    "stadsdelsförvaltningarna": "office",
}
_LIST_GLUE = frozenset({",", "och", "samt"})


def _span(doc: Doc, start: int, end: int, board_id: str, register: BoardRegister) -> BoardSpan:
    board = register[board_id]
    span = doc[start:end]
    return BoardSpan(span.start_char, span.end_char, span.text, board.id, board.name, board.kind)


def _coordinated(doc: Doc, register: BoardRegister, taken: set[int]) -> list[BoardSpan]:
    """Several boards under one head: "Rinkeby-Kista, Skärholmens och Farsta stadsdelsnämnder",
    "exploaterings- och stadsbyggnadsnämnderna"."""
    found: list[BoardSpan] = []
    for index, word in enumerate(token_texts(doc)):
        lower = word.lower()
        if (
            index in taken
            or index == 0
            or (lower not in _SHARED_HEADS and not lower.endswith(("nämnderna", "nämnder")))
        ):
            continue
        head = doc[index]
        kind = _SHARED_HEADS.get(head.lower_)
        if kind:
            places = register.places(kind)
            members, i = [], head.i - 1
            while i >= 0 and i not in taken and (doc[i].lower_ in places or doc[i].lower_ in _LIST_GLUE):
                if doc[i].lower_ in places:
                    members.append(i)
                i -= 1
            if not members or members[0] != head.i - 1:
                continue
            for i in members:
                end = head.i + 1 if i == head.i - 1 else i + 1
                found.append(_span(doc, i, end, places[doc[i].lower_], register))
                taken.update(range(i, end))
        elif head.lower_.endswith(("nämnderna", "nämnder")) and doc[head.i - 1].lower_ in _LIST_GLUE:
            stem = head.text[: head.lower_.rindex("nämnd")]
            parts = [(head.i, stem)]
            i = head.i - 1
            while i > 0 and doc[i].lower_ in _LIST_GLUE and doc[i - 1].text.endswith("-"):
                parts.append((i - 1, doc[i - 1].text[:-1]))
                i -= 2
            ids = [register.id_of(f"{word}nämnden") for _, word in parts]
            if len(parts) < 2 or None in ids:
                continue
            for (i, _), board_id in zip(parts, ids, strict=True):
                found.append(_span(doc, i, i + 1, board_id, register))  # type: ignore[arg-type]
                taken.add(i)
    return found


# "stadsdelsnämnderna (i) Rinkeby-Kista, Skärholmen och Farsta": the places after a shared head.
_PLACES_AFTER = re.compile(
    r"^\s+(?:i\s+)?(?P<places>[A-ZÅÄÖ][\wåäö]*(?:-[A-ZÅÄÖ][\wåäö]*)*"
    r"(?:\s*(?:,|\boch\b|\bsamt\b)\s*[A-ZÅÄÖ][\wåäö]*(?:-[A-ZÅÄÖ][\wåäö]*)*)*)"
)
_PLACE_SEPARATOR = re.compile(r"\s*(?:,|\boch\b|\bsamt\b)\s*")


def _places_after(text: str, span: BoardSpan, register: BoardRegister) -> list[BoardSpan] | None:
    """The districts a shared head names after it, one span each; None when the head names none.

    >>> nlp = swedish_pipeline()
    >>> [s.name for s in board_spans(nlp("remitterats till stadsdelsnämnderna i Norrmalm och Södermalm."))]
    ['Norrmalms stadsdelsnämnd', 'Södermalms stadsdelsnämnd']
    """
    kind = _SHARED_HEADS.get(span.text.lower())
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


_SUSPENDED = re.compile(r"(?P<first>[\wåäöÅÄÖ]+[-–])\s+(?:och|eller|samt)\s+$")


def _suspended(text: str, span: BoardSpan, register: BoardRegister) -> BoardSpan:
    """A board word after "X- och" is the tail of another board's name: "barn- och utbildningsnämnden".

    The register may know the whole name; else it is kept, whole, as unknown. (A
    plural head, "exploaterings- och stadsbyggnadsnämnderna", is two boards.)
    """
    if " " in span.text or span.text.lower().endswith(("nämnderna", "nämnder")):
        return span
    found = _SUSPENDED.search(text[: span.start]) or _unhyphenated(text, span, register)
    if found is None:
        return span
    whole = text[found.start() : span.end]
    name = with_hyphen(whole[0].upper() + whole[1:])
    # the register's hyphenated name for one written without it: "Miljö och hälsoskyddsnämnden"
    hyphenated = re.sub(r"^(\w+)(?=\s+och\s)", r"\1-", name)
    board_id = register.id_of(name) or register.id_of(hyphenated)
    if board_id is not None:
        board = register[board_id]
        return BoardSpan(found.start(), span.end, whole, board.id, board.name, board.kind)
    return BoardSpan(found.start(), span.end, whole, None, name, "unknown")


# A compound's first part suspended without its hyphen, as Göteborg names a board ("Kretslopp och
# vattennämnden") and writers drop it ("Kultur och fritidsnämnden"): a bare noun before "och", no body itself.
_BARE_FIRST_PART = rule(
    "board.bare_first_part",
    r"(?:^|(?<=[\s,;:(]))(?P<first>[a-zåäöA-ZÅÄÖ][a-zåäö]{2,})\s+och\s+$",
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
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-ZÅÄÖ][\wåäö-]*$")  # the end of a longer name: "Region Stockholm och"
_GENITIVE_BEFORE = re.compile(r"\w{4,}s$")  # a genitive's noun: "kulturnämndens ungdomsråd och"
_NOT_FIRST_ENDINGS = ("en", "et", "na", "an", "er", "ar", "or", "are", "råd", "kommun", "region", "stad", "bolag")


def _unhyphenated(text: str, span: BoardSpan, register: BoardRegister) -> re.Match[str] | None:
    """The bare first part before a lower-case board word, when it is one: "Kretslopp och vattennämnden".

    >>> nlp = swedish_pipeline()
    >>> [s.name for s in board_spans(nlp("Remissen går till Kretslopp och vattennämnden och Polisen och "
    ...     "kulturnämnden."))]
    ['Kretslopp och vattennämnden', 'Polismyndigheten', 'Kulturnämnden']
    """
    if not span.text[:1].islower() or not _BOARD_WORD.match(span.text):
        return None  # "Polisen och Fritidsnämnden": two names; "fastighetsägare och polisen": no compound
    found = _BARE_FIRST_PART.pattern.search(text[: span.start])
    if found is None:
        return None
    first = found.group("first").lower()
    before = text[: found.start()].rstrip()
    if (
        first in _NOT_FIRST_PARTS
        or first.endswith(_NOT_FIRST_ENDINGS)
        or "mnd" in first  # a board word itself, however spelt: "kulturnamnden och idrottsnamnden"
        or first in _single_word_forms(register)
        or first in register.places("district_committee")
        or _NAME_BEFORE.search(before)
        or _GENITIVE_BEFORE.search(before)
    ):
        return None
    return found


# "Göteborgs Stadshus AB": a register name ("Stadshus AB") inside another body's longer name.
_OWNER_BEFORE = re.compile(r"(?:^|[\s(])(?P<owner>[A-ZÅÄÖ][\wåäö-]*s)\s+$")


def _owned(text: str, span: BoardSpan) -> BoardSpan:
    found = _OWNER_BEFORE.search(text[: span.start])
    if found is None or not span.text[:1].isupper() or span.kind == "external":
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
_PLACED_IN = re.compile(r"\s+i\s+(?P<place>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)*(?:\s+(?:län|kommun|region))?)")
_HOME = frozenset({"stockholm", "stockholms stad", "stockholms kommun", "stockholms län", "staden"})


def _elsewhere(text: str, span: BoardSpan) -> BoardSpan:
    """A register board's name placed outside Stockholm is another body of that name there, not the register's.

    >>> nlp = swedish_pipeline()
    >>> [(s.name, s.kind) for s in board_spans(nlp("Länsstyrelsen i Västra Götalands län och socialnämnden i Malmö"))]
    [('Länsstyrelsen i Västra Götalands län', 'external'), ('Socialnämnden i Malmö', 'external')]
    >>> [(s.name, s.kind) for s in board_spans(nlp("Trafiknämnden i Stockholm och Länsstyrelsen i Stockholms län"))]
    [('Trafiknämnden', 'committee'), ('Länsstyrelsen i Stockholms län', 'external')]
    """
    placed = _PLACED_IN.match(text, span.end)
    if placed is None or span.board_id is None or _genitive(span):
        return span
    place = placed.group("place")
    if place.lower() in _HOME or place.lower() in span.name.lower():
        return span
    whole = text[span.start : placed.end()]
    return BoardSpan(span.start, placed.end(), whole, None, whole[:1].upper() + whole[1:], "external")


# Lower-case adjectives that are part of a board's name: "social resursnämnd", "tekniska nämnden".
_ADJECTIVE_BEFORE = re.compile(r"(?:^|\s)(?P<adjective>[a-zåäö]+(?:a|al|ell|isk|iv))\s+$")


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


def board_spans(doc: Doc, register: BoardRegister | None = None) -> list[BoardSpan]:
    """Every board named in ``doc``, in text order.

    >>> nlp = swedish_pipeline()
    >>> [(s.text, s.name, s.kind) for s in board_spans(nlp("Ärendet har remitterats till Trafik- och "
    ...     "renhållningsnämnden, Arbetsmarknadsnämndens kansli och stadsdelsnämnden i Skärholmen."))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Trafik- och renhållningsnämnden', 'Trafik- och renhållningsnämnden', 'unknown'),
     ('Arbetsmarknadsnämndens', 'Arbetsmarknadsnämnden', 'committee'),
     ('stadsdelsnämnden i Skärholmen', 'Skärholmens stadsdelsnämnd', 'district_committee')]
    """
    register = register or load_register()
    known = _refined(doc_text(doc), _known(doc, register), register)
    taken = {i for span in doc.spans[BOARDS] for i in range(span.start, span.end)}
    coordinated = _coordinated(doc, register, taken)
    text = doc_text(doc)
    unknown = [_with_adjective(text, _suspended(text, span, register)) for span in _unknown(doc, taken, register)]
    return sorted(known + coordinated + unknown, key=lambda span: span.start)


@functools.cache
def _unambiguous_forms(register: BoardRegister) -> dict[str, str]:
    """Register forms, lowercased, that name one board only: a name written so needs no pipeline run."""
    ids: dict[str, set[str]] = {}
    for form, board_id in register.surface_forms():
        ids.setdefault(form.lower(), set()).add(board_id)
    return {form: next(iter(found)) for form, found in ids.items() if len(found) == 1}


def resolve_name(text: str, register: BoardRegister | None = None) -> Recipient:
    """A name as written (a list item, an "Ansvar:" entry) to a recipient: register, unknown or external.

    >>> resolve_name("Stockholm Business Region").name
    'Stockholm Business Region AB'
    >>> resolve_name("Fotografiska muséet").kind
    'external'
    >>> resolve_name("Trafik- och renhållningsnämnden").kind
    'unknown'
    """
    return _resolved(text.strip(" .,;:"), register or load_register())


@functools.lru_cache(maxsize=4096)  # the same names recur in every document: "Kommunstyrelsen", "Ansvar: ..."
def _resolved(cleaned: str, register: BoardRegister) -> Recipient:
    if (board_id := _unambiguous_forms(register).get(cleaned.lower())) is not None:
        board = register[board_id]
        return BoardSpan(0, len(cleaned), cleaned, board.id, board.name, board.kind).recipient()
    spans = board_spans(swedish_pipeline(register)(cleaned), register)
    if len(spans) == 1 and len(spans[0].text) >= len(cleaned) - 2:
        return spans[0].recipient()
    kind: BoardKind = "unknown" if BOARD_LIKE.match(cleaned) else "external"
    return Recipient(name=cleaned[:1].upper() + cleaned[1:], board_id=None, kind=kind)


# What separates the items of a list of names, and what an item that is a name looks like.
# "respektive" joins two names ("kulturnämnden respektive idrottsnämnden"), not at the start ("Respektive nämnd").
LIST_SEPARATORS = re.compile(r"\s*(?:,|;|\boch\b|\bsamt\b|\bsåväl\b|\bliksom\b|(?<=\s)respektive\b)\s*", re.IGNORECASE)
# A lead whose list of names follows as items: "... remitterats till följande:", "... skickas på remiss till".
LIST_LEAD = re.compile(r"(?:\btill|\bföljande|:)\s*$", re.IGNORECASE)
NAME_LIKE = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖéü:&'-]*(?:\s+[\wåäöÅÄÖéü:&'-]+){0,5}$")
# A board named in lower case, as boards often are in running text: "social resursnämnd", "tekniska nämnden",
# or by what it is for: "nämnden för arbetsmarknad och vuxenutbildning" (Göteborg's names).
BOARD_LIKE = re.compile(
    r"^(?:(?:[\wåäöÅÄÖé-]+\s+){0,3}[\wåäöÅÄÖé-]*(?:nämnd|nämnden|styrelse|styrelsen)|"
    r"(?:nämnden|styrelsen)\s+för\s+[\wåäöÅÄÖé-]+(?:\s+(?:och\s+)?[\wåäöÅÄÖé-]+){0,4}|"
    r"SDN\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+SDN)$",  # a district board abbreviated: "SDN Järva"
    re.IGNORECASE,
)
# An office named in lower case, as a subject's list may name the administrations beside the boards:
# "stadsdelsnämnderna och fackförvaltningarna", "socialförvaltningen".
OFFICE_LIKE = re.compile(r"^[a-zåäöé-]*(?:förvaltning(?:en|ar|arna)?|kontor(?:et|en)?)$")
# The noun after a board's genitive in a list: a body of that board, not the board ("kulturnämndens ungdomsråd");
# a company's board is the company ("AB Svenska Bostäders styrelse").
_OWNED_NOUN = re.compile(r"\s+(?!(?:och|samt|eller|respektive|liksom|såväl|m\.fl|styrelse\w*)\b)[a-zåäöé][\wåäöé-]*")


# A company's board after its genitive is the company: "AB Stockholmshems styrelse", "SISAB:s styrelse".
_COMPANY_BOARD = re.compile(r"\s+styrelse(?:n)?\b", re.IGNORECASE)


def owned_body_end(span: BoardSpan, text: str) -> int | None:
    """Where the name of a body the board owns ends, when ``span`` is a genitive followed by its noun.

    >>> text = "kulturnämndens ungdomsråd och idrottsnämnden"
    >>> owned_body_end(BoardSpan(0, 14, "kulturnämndens", "kulturnamnden", "Kulturnämnden", "committee"), text)
    25
    >>> owned_body_end(BoardSpan(30, 44, "idrottsnämnden", "idrottsnamnden", "Idrottsnämnden", "committee"), text)
    """
    if not _genitive(span):
        return None
    noun = _OWNED_NOUN.match(text, span.end)
    return noun.end() if noun else None


def _genitive(span: BoardSpan) -> bool:
    return span.text.endswith("s") and not span.name.endswith("s")


# Genitives coordinated before one noun: "socialnämndens och kulturnämndens arbetsutskott".
_MORE_OWNERS = re.compile(r"(?:\s*(?:,|\boch\b|\bsamt\b)\s*[\wåäöÅÄÖé-]+s\b)+")


def listed_recipient(span: BoardSpan, text: str, register: BoardRegister | None) -> tuple[Recipient, int]:
    """The recipient a board named in a list stands for, and where its item ends.

    >>> text = "socialnämndens och kulturnämndens arbetsutskott"
    >>> listed_recipient(BoardSpan(0, 14, "socialnämndens", "socialnamnden", "Socialnämnden", "committee"), text, None)
    (Recipient(name='Socialnämndens arbetsutskott', board_id=None, kind='external', group=False, excluding=[]), 14)
    """
    if span.kind == "company" and _genitive(span) and (board := _COMPANY_BOARD.match(text, span.end)):
        return span.recipient(), board.end()
    if (end := owned_body_end(span, text)) is not None:
        return resolve_name(text[span.start : end], register), end
    more = _MORE_OWNERS.match(text, span.end) if _genitive(span) else None
    if more is not None and (noun := _OWNED_NOUN.match(text, more.end())):
        return resolve_name(span.text + noun.group(0), register), span.end
    return span.recipient(), span.end


# A board named with its area after it and no separator between, as Göteborg names its social boards:
# "socialnämnden Centrum", "Socialnämnden Sydväst", "stadsdelsnämnden Västra Hisingen".
_AREA_AFTER = re.compile(
    r"\s+(?P<area>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})"
    r"(?=\s*(?:[,;.:]|\b(?:och|samt)\b|$|\s(?:för|att|senast)\b))"
)
_DEFINITE = ("nämnden", "styrelsen")  # only a definite board word takes an area: "socialnämnden Centrum"


def with_area(previous: Recipient, gap: str) -> tuple[Recipient, int] | None:
    """The board listed before ``gap`` with the area that opens it, and where the area ends; None without one.

    >>> with_area(Recipient(name="Socialnämnden", board_id="socialnamnden", kind="committee"), " Centrum, ")
    (Recipient(name='Socialnämnden Centrum', board_id=None, kind='unknown', group=False, excluding=[]), 8)
    >>> with_area(Recipient(name="Socialnämnden", board_id="socialnamnden", kind="committee"), " Stockholms stad")
    """
    found = _AREA_AFTER.match(gap)
    if found is None or previous.kind in ("external", "group") or not previous.name.lower().endswith(_DEFINITE):
        return None
    area = found.group("area")
    if area.lower() in _HOME or "AB" in area.split():
        return None
    return Recipient(name=f"{previous.name} {area}", board_id=None, kind="unknown"), found.end()


def read_board_list(text: str, register: BoardRegister | None = None) -> list[Recipient]:
    """A list of boards as written after "Ansvar:" or in an "Ansvarig" column, resolved in order.

    >>> [r.name for r in read_board_list("utbildningsnämnden, Stockholm Business Region AB.")]
    ['Utbildningsnämnden', 'Stockholm Business Region AB']
    >>> [r.name for r in read_board_list("Kulturnämnden samt Fryshuset och samtliga stadsdelsnämnder")]
    ['Kulturnämnden', 'Fryshuset', 'Samtliga stadsdelsnämnder']
    >>> [(r.name, r.board_id) for r in read_board_list("idrottsnämnden samt kulturnämndens ungdomsråd")]
    [('Idrottsnämnden', 'idrottsnamnden'), ('Kulturnämndens ungdomsråd', None)]
    """
    return list(_board_list(" ".join(text.split()).strip(" ."), register or load_register()))


@functools.lru_cache(maxsize=4096)
def _board_list(cleaned: str, register: BoardRegister) -> tuple[Recipient, ...]:
    spans = board_spans(swedish_pipeline(register)(cleaned), register)
    found: list[Recipient] = []
    position = 0
    for span in [*spans, None]:
        gap = cleaned[position : span.start if span else len(cleaned)]
        if found and (area := with_area(found[-1], gap)):
            found[-1], gap = area[0], gap[area[1] :]
        for piece in LIST_SEPARATORS.split(gap):
            piece = piece.strip(" .:")
            if piece and NAME_LIKE.match(piece):
                found.append(resolve_name(piece, register))
        if span is None:
            break
        if span.start < position:
            continue  # inside the name of a body listed before it
        recipient, position = listed_recipient(span, cleaned, register)
        found.append(recipient)
    return tuple(found)
