"""Board spans found by the tokens: register names the pipeline marked, board words it does not know, and
boards named together under one head."""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass

from spacy.tokens import Doc

from atgard.extract.boards import BoardRegister, with_hyphen
from atgard.extract.nlp import BOARDS, doc_text, token_texts
from atgard.extract.rules import rule
from atgard.extract.vocabulary import BOARD_DEFINITE, OFFICE_DEFINITE
from atgard.schema.contract import BoardKind, Recipient

# Words that end like a board name but name no board in particular.
_GENERIC = frozenset(
    f"{stem}{ending}"
    for stem in ("nämnd", "stadsdelsnämnd", "facknämnd", "bolagsnämnd")
    for ending in ("", "en", "ens", "s", "er", "erna", "ernas")
)
# A board word written as one ("kulturnämnden", "Hyresnämndens"), not in the plural.
BOARD_WORD = rule(
    "board.compound_word",
    r"^[a-zåäöé-]+nämnd(?:en|ens|s)?$",
    matches=("kulturnämnden", "Hyresnämndens", "trafiknämnd"),
    not_matches=("nämnden", "kulturnämnderna", "kulturnämnden i Malmö"),
)
_CONJUNCTIONS = frozenset({"och", "samt", "eller"})
# A board called a "styrelse" after a suspended compound, as regions and some municipalities name their boards:
# "Hälso- och sjukvårdsstyrelsen", "Barn- och utbildningsstyrelsens". Alone the word may be an agency's
# ("Socialstyrelsen", "Transportstyrelsen"), so only the suspended compound before it makes it a board.
_SUSPENDED_STYRELSE = rule(
    "board.suspended_styrelse",
    r"^[a-zåäöé]+styrelse(?:n|ns)$",
    matches=("sjukvårdsstyrelsen", "utbildningsstyrelsens"),
    not_matches=("styrelsen", "Socialstyrelsen", "sjukvårdsstyrelserna", "sjukvårdsstyrelseordförande"),
    flags=0,
)
_CAPITALISED = rule(
    "board.capitalised_word",
    r"^[A-ZÅÄÖ][\wåäöÅÄÖ:&-]*$",
    matches=("Nordiska", "SISAB:s", "Micasa"),
    not_matches=("bostäder", "AB Svenska"),
    flags=0,
)


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


def genitive(span: BoardSpan) -> bool:
    """A register board named in the genitive ("kulturnämndens"): the owner of the noun after it."""
    return span.text.endswith("s") and not span.name.endswith("s")


# Stockholm itself, as a board's place or area may name it: no other body of that name.
HOME = frozenset({"stockholm", "stockholms stad", "stockholms kommun", "stockholms län", "staden"})


def nominative(name: str) -> str:
    """A board's name as it is named, not in the genitive it is written in: "Omsorgsnämndens" -> "Omsorgsnämnden".

    >>> nominative("Vård- och omsorgsnämndens"), nominative("Hyresnämnds"), nominative("Birka Cruises AB")
    ('Vård- och omsorgsnämnden', 'Hyresnämnd', 'Birka Cruises AB')
    """
    return name[:-1] if name.endswith(("nämndens", "nämnds")) else name


def known_spans(doc: Doc, register: BoardRegister) -> list[BoardSpan]:
    spans = []
    for span in doc.spans[BOARDS]:
        board = register[span.label_]
        spans.append(BoardSpan(span.start_char, span.end_char, span.text, board.id, board.name, board.kind))
    return spans


# Endings of board words as OCR may misread them ("fastighetshämnden", "utbildningsnämnder").
_MISREAD_BOARD_WORD = rule(
    "board.misread_word",
    r"^[a-zåäöé-]{4,}[a-zåäö]mnd(?:en|er|ens|s)?$",
    matches=("fastighetshämnden", "utbildningsnämnder"),
    not_matches=("nämnd", "kulturnämndens ungdomsråd"),
)
MISREAD_RATIO = 0.88


@functools.cache
def single_word_forms(register: BoardRegister) -> dict[str, str]:
    """Register forms that are one word, lowercased: the candidates for a misread board word."""
    return {form.lower(): board_id for form, board_id in register.surface_forms() if " " not in form}


@functools.lru_cache(maxsize=1 << 12)  # a text repeats its words, an archive its boards' names
def _misread(word: str, register: BoardRegister) -> str | None:
    """The register board a misread word most likely is (OCR), if it is close enough. A whole compound that is
    the tail of a register form, or has one for its tail, is another board, not a misreading: OCR changes
    letters, it does not drop or add a first part ("bildningsnämnden" is no "utbildningsnämnden").

    >>> from atgard.extract.boards import load_register
    >>> words = ("fastighetshämnden", "idröttsnämnden", "hyresnämnden", "bildningsnämnden")
    >>> [_misread(word, load_register()) for word in words]
    ['fastighetsnamnden', 'idrottsnamnden', None, None]
    """
    forms = single_word_forms(register)
    close = difflib.get_close_matches(word.lower(), forms, n=1, cutoff=MISREAD_RATIO)  # the forms: the keys
    if not close or (close[0] != word.lower() and (close[0].endswith(word.lower()) or word.lower().endswith(close[0]))):
        return None
    return forms[close[0]]


# Words of a company's name in lower case between its capitalised first word and "AB" (or "i" and the place):
# "Tekniska verken i Linköping AB", "Stockholms hamn AB"; not a word of the sentence around it.
_NAME_WORD = rule(
    "board.company_lower_word",
    r"^[a-zåäöé]{3,}$",
    matches=("verken", "hamn", "bostäder"),
    not_matches=("i", "AB", "Linköping", "2027", "e-tjänst"),
    flags=0,
)
_NOT_NAME_WORDS = frozenset(
    {"och", "samt", "eller", "för", "till", "av", "med", "om", "på", "att", "som", "den", "det", "ett", "har", "ska"}
    | {"bör", "kan", "inom", "under", "vid", "från", "efter", "bolaget", "bolagen", "styrelsen", "dotterbolaget"}
)
_LOWER_RUN = 2  # at most this many words in lower case inside a company's name


def _company_start(doc: Doc, at: int, taken: set[int]) -> int:
    """Where the company name that ends in "AB" at token ``at`` starts: capitalised words, joined by "och", "&"
    or "i" ("Nordiska Bostäder och Lokaler AB", "Hyresbostäder i Norrköping AB"), with at most two words in lower
    case after a capitalised first ("Tekniska verken i Linköping AB", "Stockholms hamn AB"); ``at`` for none."""
    start = at
    while start > 0 and start - 1 not in taken:
        before = doc[start - 1]
        if _CAPITALISED.match(before.text):
            start -= 1
        elif (
            (before.lower_ in ("och", "&") or before.text == "i")
            and start > 1
            and start - 2 not in taken
            and _CAPITALISED.match(doc[start - 2].text)
        ):
            start -= 2
        elif (lowered := _after_lower_words(doc, start - 1 if before.text == "i" else start, taken)) is not None:
            start = lowered
        else:
            break
    return start


def _after_lower_words(doc: Doc, end: int, taken: set[int]) -> int | None:
    """The capitalised word's index before one or two name words in lower case that end before ``end``."""
    for count in range(1, _LOWER_RUN + 1):
        first = end - count
        if first < 1 or any(i in taken for i in range(first - 1, end)):
            return None
        word = doc[first].text
        if not _NAME_WORD.match(word) or word in _NOT_NAME_WORDS:
            return None
        if _CAPITALISED.match(doc[first - 1].text):
            return first - 1
    return None


def unknown_spans(doc: Doc, taken: set[int], register: BoardRegister) -> list[BoardSpan]:
    """ "Trafik- och renhållningsnämnden", "Hyresnämnden", "Birka Cruises AB": kept, marked unknown."""
    text = doc_text(doc)  # the words' test below made of the whole text first: most blocks pass none of them
    if "AB" not in text and "styrelse" not in text and "mnd" not in text.lower():
        return []
    found = []
    for i, word in enumerate(token_texts(doc)):
        # only a board word or "AB" can start a name here: the Token objects are made for those alone
        if i in taken or (word != "AB" and "mnd" not in word.lower() and "styrelse" not in word):
            continue
        token = doc[i]
        if "styrelse" in word and (start := _suspended_start(doc, i)) is not None and _SUSPENDED_STYRELSE.match(word):
            span = doc[start : i + 1]
            if not any(j in taken for j in range(start, i + 1)):
                taken.update(range(start, i + 1))
                name = with_hyphen(span.text[0].upper() + span.text[1:]).removesuffix("s")
                found.append(BoardSpan(span.start_char, span.end_char, span.text, None, name, "unknown"))
            continue
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
        if BOARD_WORD.match(token.text) and token.lower_ not in _GENERIC:
            start = token.i
            # a suspended compound before it: "Trafik- och renhållningsnämnden"
            if (suspended := _suspended_start(doc, token.i)) is not None:
                start = suspended
            span = doc[start : token.i + 1]
        elif token.text == "AB":
            start = _company_start(doc, token.i, taken)
            end = token.i
            # the name goes on after "AB" when nothing or one genitive prefix stands before it:
            # "AB Svenska Bostäder", "Bostads AB Poseidon", "Förvaltnings AB Framtiden"
            prefixed = start == token.i - 1 and doc[start].text.endswith("s")
            while (start == token.i or prefixed) and end + 1 < len(doc) and end + 1 not in taken:
                if not _CAPITALISED.match(doc[end + 1].text) or _NEXT_NAME.match(doc[end + 1].text):
                    break  # "AB Stångåstaden Samhällsbyggnadsnämnden": a board's name after it, set a line under
                if end + 2 < len(doc) and doc[end + 2].text == "AB" and end > token.i:
                    break  # "AB Stångåstaden Lejonfastigheter AB": the next word opens a name that ends in "AB"
                end += 1
            if start == end:
                continue
            span = doc[start : end + 1]
        else:
            continue
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        name = nominative(with_hyphen(span.text[0].upper() + span.text[1:]))
        found.append(BoardSpan(span.start_char, span.end_char, span.text, None, name, "unknown"))
    return found


# A word that is a body's name of its own, no word of a company's name before it: "Samhällsbyggnadsnämnden",
# "Kommunstyrelsen" (a responsible cell's next line after "AB Stångåstaden").
_NEXT_NAME = rule(
    "board.next_name",
    rf"^[A-ZÅÄÖ][\wåäö-]*(?:{BOARD_DEFINITE}|{OFFICE_DEFINITE}|fullmäktige)$",
    matches=("Samhällsbyggnadsnämnden", "Kommunstyrelsen", "Stadsledningskontoret"),
    not_matches=("Stångåstaden", "Svenska", "Bostäder", "Nämndhuset"),
    flags=0,
)


def _suspended_start(doc: Doc, i: int) -> int | None:
    """Where a suspended compound before token ``i`` starts ("Trafik- och renhållningsnämnden"), else None."""
    if i >= 2 and doc[i - 1].lower_ in _CONJUNCTIONS and doc[i - 2].text.endswith("-"):
        return i - 2
    if i >= 3 and doc[i - 1].lower_ in _CONJUNCTIONS and doc[i - 2].text == "–":
        return i - 3  # with an en dash, which the tokenizer splits off: "Trafik", "–", "och"
    return None


# A head noun several districts share: "Rinkeby-Kista, Skärholmens och Farsta stadsdelsnämnder".
SHARED_HEADS = {
    "stadsdelsnämnder": "district_committee",
    "stadsdelsnämnderna": "district_committee",
    "stadsdelsförvaltningar": "office",
    "stadsdelsförvaltningarna": "office",
}
_LIST_GLUE = frozenset({",", "och", "samt", "respektive"})


def _span(doc: Doc, start: int, end: int, board_id: str, register: BoardRegister) -> BoardSpan:
    board = register[board_id]
    span = doc[start:end]
    return BoardSpan(span.start_char, span.end_char, span.text, board.id, board.name, board.kind)


def coordinated_spans(doc: Doc, register: BoardRegister, taken: set[int]) -> list[BoardSpan]:
    """Several boards under one head: "Rinkeby-Kista, Skärholmens och Farsta stadsdelsnämnder",
    "exploaterings- och stadsbyggnadsnämnderna"."""
    lowered = doc_text(doc).lower()  # every head holds one of these: a text with neither has none
    if "nämnder" not in lowered and "förvaltningar" not in lowered:
        return []
    found: list[BoardSpan] = []
    for index, word in enumerate(token_texts(doc)):
        lower = word.lower()
        if index in taken or index == 0 or (lower not in SHARED_HEADS and not lower.endswith(("nämnderna", "nämnder"))):
            continue
        head = doc[index]
        kind = SHARED_HEADS.get(head.lower_)
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
