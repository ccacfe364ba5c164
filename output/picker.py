"""Which board a clerk means: "Farsta", "SDN Farsta", "Familjebostader", "utbildningsförvaltningen", "AMN".

The register's every written form (``board_forms``: names, aliases, inflections), its names and ids, the
district's place alone ("Spånga-Tensta"), the short forms the city writes (:data:`SHORT_FORMS`), all folded
(:func:`fold`: no case, no diacritics, no punctuation); an office stands for the board it works for
("Trafikkontoret" is Trafiknämnden). A name is found exactly, then by the beginnings of its words
("Spånga"), then with a small typo (rapidfuzz); several boards that fit are offered to choose from, and
nothing found gives the three closest names. One :class:`Register` serves the publication's picker page
and, as the SQL function ``namnd_id``, every canned query that takes a board (``min_namnd?namnd=``).
"""

from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

# Short forms in use in the city's documents (board id by folded form); the register holds the rest.
SHORT_FORMS = {
    "kf": "kommunfullmaktige",
    "ks": "kommunstyrelsen",
    "slk": "stadsledningskontoret",
    "amn": "arbetsmarknadsnamnden",
    "amf": "arbetsmarknadsforvaltningen",
    "ubn": "utbildningsnamnden",
    "un": "utbildningsnamnden",
    "utf": "utbildningsforvaltningen",
    "sbn": "stadsbyggnadsnamnden",
    "sbk": "stadsbyggnadskontoret",
    "tn": "trafiknamnden",
    "tk": "trafikkontoret",
    "sn": "socialnamnden",
    "sof": "socialforvaltningen",
    "kun": "kulturnamnden",
    "kuf": "kulturforvaltningen",
    "idn": "idrottsnamnden",
    "mhn": "miljo-och-halsoskyddsnamnden",
    "mf": "miljoforvaltningen",
    "fn": "fastighetsnamnden",
    "fk": "fastighetskontoret",
    "exn": "exploateringsnamnden",
    "expn": "exploateringsnamnden",
    "ek": "exploateringskontoret",
    "an": "aldrenamnden",
    "af": "aldreforvaltningen",
    "ofn": "overformyndarnamnden",
}
# Groups as a clerk writes them and the register does not.
GROUP_FORMS = {
    "namnderna": "samtliga-namnder",
    "samtliga stadsdelsnamnder och facknamnder": "samtliga-namnder",
    "bolagen": "samtliga-bolagsstyrelser",
    "bolagsstyrelserna": "samtliga-bolagsstyrelser",
    "alla bolag": "samtliga-bolagsstyrelser",
    "samtliga sdn": "samtliga-stadsdelsnamnder",
    "alla sdn": "samtliga-stadsdelsnamnder",
}
_PLACE = re.compile(r"^stadsdelsnamnden i (.+)$")
TYPO_SCORE = 85  # rapidfuzz's ratio (0-100) at least this: "arbetsmarknadsnämden" is Arbetsmarknadsnämnden
MAX_CHOICES = 12


def fold(text: str) -> str:
    """What two spellings of a name share: no case, no diacritics, words only.

    >>> fold("  Spånga–Tensta  stadsdelsnämnd "), fold("S:t Erik"), fold("FAMILJEBOSTÄDER")
    ('spanga tensta stadsdelsnamnd', 's t erik', 'familjebostader')
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", plain))


@dataclass(frozen=True)
class Board:
    id: str
    name: str
    kind: str
    parent: str | None = None
    current: bool = True  # False for a board of earlier years (the register's valid_to)


@dataclass(frozen=True)
class Pick:
    """What a written name found: one board, several to choose from, or nothing (and the closest names)."""

    typed: str
    board: Board | None = None
    written: Board | None = None  # the office written, when the board is the one it works for
    choices: tuple[Board, ...] = ()
    closest: tuple[Board, ...] = ()

    @property
    def found(self) -> bool:
        return self.board is not None


@dataclass
class Register:
    """The boards and every folded form that names one of them."""

    boards: dict[str, Board]
    forms: dict[str, frozenset[str]] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    names: dict[str, frozenset[str]] = field(default_factory=dict)  # each board's own name, folded

    @classmethod
    def build(
        cls, boards: Iterable[Board], forms: Iterable[tuple[str, str]], aliases: Iterable[tuple[str, str]] = ()
    ) -> Register:
        """From the register's boards, its written forms (form, board id) and its aliases (board id, alias)."""
        by_id = {b.id: b for b in boards}
        index: dict[str, set[str]] = {}
        names: dict[str, set[str]] = {}
        shown: dict[str, str] = {}

        def add(form: str, board_id: str, show: str | None = None) -> None:
            folded = fold(form)
            if board_id in by_id and folded:
                index.setdefault(folded, set()).add(board_id)
                if show:
                    shown.setdefault(folded, show)

        for b in by_id.values():
            add(b.name, b.id, b.name if b.current else None)
            add(b.id, b.id)
            names.setdefault(fold(b.name), set()).add(b.id)
        for board_id, alias in aliases:
            add(alias, board_id, alias)
        for form, board_id in forms:
            add(form, board_id)
            if place := _PLACE.match(fold(form)):
                add(place.group(1), board_id, _place_name(by_id.get(board_id), place.group(1)))
        for written in (SHORT_FORMS, GROUP_FORMS):
            for form, board_id in written.items():
                add(form, board_id)
        suggestions = tuple(sorted(set(shown.values()), key=fold))
        frozen = {k: frozenset(v) for k, v in index.items()}
        return cls(by_id, frozen, suggestions, {k: frozenset(v) for k, v in names.items()})

    def board_for(self, board_id: str) -> Board:
        """The board an id stands for: an office is the board it works for."""
        board = self.boards[board_id]
        if board.kind == "office" and board.parent in self.boards:
            return self.boards[board.parent]
        return board

    def pick(self, typed: str) -> Pick:
        """The board a clerk means by what they typed (see the module's docstring)."""
        wanted = fold(typed)
        if not wanted:
            return Pick(typed)
        if typed.strip() in self.boards:  # an id, as other systems send it
            return self._chosen(typed, {typed.strip()})
        if own := self.names.get(wanted):  # a board's own name, also of earlier years ("Tensta stadsdelsnämnd")
            return self._chosen(typed, own)
        current = {i for i, b in self.boards.items() if b.current}
        found = (self.forms.get(wanted, frozenset()), self._by_word_starts(wanted), self._by_typo(wanted))
        for allowed in (current, set(self.boards)):  # today's boards first: "Tensta" is Spånga-Tensta's
            for ids in found:
                if ids & allowed:
                    return self._chosen(typed, ids & allowed)
        return Pick(typed, closest=self._closest(wanted))

    def _chosen(self, typed: str, ids: frozenset[str] | set[str]) -> Pick:
        boards = {self.board_for(i) for i in ids}
        if len(boards) == 1:
            (board,) = boards
            written = {self.boards[i] for i in ids}  # an office only when nothing but the office was written
            office = written.pop() if len(written) == 1 and board.id not in ids else None
            return Pick(typed, board=board, written=office)
        ordered = sorted(boards, key=lambda b: (b.kind == "group", fold(b.name)))
        return Pick(typed, choices=tuple(ordered[:MAX_CHOICES]))

    def _by_word_starts(self, wanted: str) -> set[str]:
        """Boards with a form whose words begin with the typed words, in order ("spanga" → Spånga-Tensta)."""
        if len(wanted) < 3:
            return set()
        words = wanted.split()
        found: set[str] = set()
        for form, ids in self.forms.items():
            if _starts_words(form.split(), words):
                found |= ids
        return found

    def _by_typo(self, wanted: str) -> set[str]:
        """The boards of the closest forms, when they are close enough to be a typo and none is a near tie."""
        if len(wanted) < 4:
            return set()
        best = process.extract(wanted, self.forms.keys(), scorer=fuzz.ratio, score_cutoff=TYPO_SCORE, limit=20)
        if not best:
            return set()
        top = best[0][1]
        return {i for form, score, _ in best if score >= top - 2 for i in self.forms[form]}

    def _closest(self, wanted: str) -> tuple[Board, ...]:
        """The three boards whose names are closest to what was typed."""
        ranked = process.extract(wanted, self.forms.keys(), scorer=fuzz.WRatio, limit=60)
        closest: list[Board] = []
        for form, _, _ in ranked:
            boards = (self.board_for(i) for i in self.forms[form])
            for board in sorted((b for b in boards if b.current), key=lambda b: b.name):
                if board not in closest:
                    closest.append(board)
            if len(closest) >= 3:
                break
        return tuple(closest[:3])


def _starts_words(form: list[str], words: list[str]) -> bool:
    """Each typed word begins a word of the form, in the form's order.

    >>> _starts_words("spanga tensta stadsdelsnamnd".split(), ["tensta"]), _starts_words(["farsta"], ["sta"])
    (True, False)
    """
    at = 0
    for word in words:
        while at < len(form) and not form[at].startswith(word):
            at += 1
        if at == len(form):
            return False
        at += 1
    return True


def _place_name(board: Board | None, folded: str) -> str:
    """The place as the board's name writes it: "Farsta stadsdelsnämnd" → "Farsta", "Kungsholmens …" → "Kungsholmen"."""
    if board is None:
        return folded
    words = board.name.split()
    for size in range(len(words), 0, -1):
        written = " ".join(words[:size])
        for candidate in (written, written[:-1]):
            if fold(candidate) == folded:
                return candidate
    return folded


_BOARDS = "SELECT id, name, kind, parent, valid_to IS NULL FROM boards ORDER BY id"
_FORMS = "SELECT form, board_id FROM board_forms ORDER BY form, board_id"
_ALIASES = "SELECT board_id, alias FROM board_aliases ORDER BY board_id, alias"


def load_register(connection: sqlite3.Connection) -> Register:
    """The register of a database (built once for the same rows)."""
    boards = tuple(Board(row[0], row[1], row[2], row[3], bool(row[4])) for row in connection.execute(_BOARDS))
    forms = tuple(tuple(row) for row in connection.execute(_FORMS))
    aliases = tuple(tuple(row) for row in connection.execute(_ALIASES))
    return _built(boards, forms, aliases)


@functools.lru_cache(maxsize=4)
def _built(
    boards: tuple[Board, ...], forms: tuple[tuple[str, str], ...], aliases: tuple[tuple[str, str], ...]
) -> Register:
    return Register.build(boards, forms, aliases)


def register_picker(connection: sqlite3.Connection) -> None:
    """``namnd_id(text)``: the id of the one board the text names (an office: its board), else NULL.

    A connection to a database without the register (Datasette's own) gets a function that finds nothing."""
    has_register = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'board_forms'").fetchone()
    register = load_register(connection) if has_register else Register({})

    @functools.lru_cache(maxsize=1024)
    def namnd_id(text: object) -> str | None:
        if not isinstance(text, str):
            return None
        picked = register.pick(text)
        return picked.board.id if picked.board else None

    connection.create_function("namnd_id", 1, namnd_id, deterministic=True)
