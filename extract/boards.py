"""The board register: Stockholm stad's boards, companies, offices and groups, and how they are written.

The register is a hand-reviewed CSV (``extract/data/boards.csv``, with a source
column); this module loads it and spells out the inflected forms a Swedish
text uses, so that the matcher finds "arbetsmarknadsnämnden",
"Arbetsmarknadsnämndens", "Skärholmens stadsdelsnämnd" and "stadsdelsnämnden i
Skärholmen" alike.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files

from atgard.extract.rules import rule
from atgard.extract.vocabulary import CONJUNCTION
from atgard.schema.contract import Board

_REGISTER = "data/boards.csv"


@dataclass(frozen=True)
class RegisterEntry:
    board: Board
    place: str | None
    valid_from: int | None
    valid_to: int | None
    source: str | None = None  # where the entry was checked

    def valid_in(self, year: int | None) -> bool:
        if year is None:
            return self.valid_to is None
        return (self.valid_from or 0) <= year <= (self.valid_to or 9999)


class BoardRegister:
    def __init__(self, entries: list[RegisterEntry]) -> None:
        self.entries = {entry.board.id: entry for entry in entries}
        self._by_name = {entry.board.name.casefold(): entry.board.id for entry in entries}
        self._places: dict[str, dict[str, str]] = {}  # by kind: every board span's rules ask for them

    def __getitem__(self, board_id: str) -> Board:
        return self.entries[board_id].board

    def __contains__(self, board_id: object) -> bool:
        return board_id in self.entries

    def id_of(self, name: str) -> str | None:
        """The id of the board with this canonical name, if any."""
        return self._by_name.get(name.casefold())

    def places(self, kind: str) -> dict[str, str]:
        """District place names as written before a shared head, lowercased: "skärholmens" -> id.

        Today's district wins where an older one had the same place name.
        """
        if kind not in self._places:
            self._places[kind] = self._places_of(kind)
        return self._places[kind]

    def _places_of(self, kind: str) -> dict[str, str]:
        found: dict[str, str] = {}
        entries = sorted(self.entries.values(), key=lambda entry: entry.valid_to is not None)
        for entry in entries:
            if entry.place and entry.board.kind == kind:
                for form in (entry.place, entry.place + "s", entry.board.name.rsplit(" ", 1)[0]):
                    found.setdefault(form.casefold(), entry.board.id)
        return found

    def boards(self) -> list[Board]:
        return [entry.board for entry in self.entries.values()]

    def members(self, group_id: str, year: int | None = None) -> list[Board]:
        """A group's members that existed in ``year`` (today's when None)."""
        return [
            self.entries[member].board
            for member in self.entries[group_id].board.members
            if self.entries[member].valid_in(year)
        ]

    def surface_forms(self) -> Iterator[tuple[str, str]]:
        """Every ``(written form, board id)`` the matcher should know."""
        for entry in self.entries.values():
            for form in surface_forms(entry):
                yield form, entry.board.id


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


@functools.cache
def load_register() -> BoardRegister:
    """The register shipped with atgard (read once per process)."""
    text = files("atgard.extract").joinpath(_REGISTER).read_text(encoding="utf-8")
    entries = []
    for row in csv.DictReader(text.splitlines()):
        board = Board(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            aliases=_split(row["aliases"]),
            members=_split(row["members"]),
            parent=row["parent"] or None,
        )
        entries.append(
            RegisterEntry(
                board=board,
                place=row["place"] or None,
                valid_from=int(row["valid_from"]) if row["valid_from"] else None,
                valid_to=int(row["valid_to"]) if row["valid_to"] else None,
                source=row["source"] or None,
            )
        )
    return BoardRegister(entries)


# Head nouns of board names and their forms: indefinite, definite, genitives.
_HEADS = {
    "nämnden": ("nämnd", "nämnden", "nämnds", "nämndens"),
    "förvaltningen": ("förvaltning", "förvaltningen", "förvaltnings", "förvaltningens"),
    "kontoret": ("kontor", "kontoret", "kontors", "kontorets"),
    "styrelsen": ("styrelse", "styrelsen", "styrelses", "styrelsens"),
    "kollegiet": ("kollegium", "kollegiet", "kollegiets"),
    "stadsdelsnämnd": ("stadsdelsnämnd", "stadsdelsnämnden", "stadsdelsnämnds", "stadsdelsnämndens"),
    "stadsdelsförvaltning": (
        "stadsdelsförvaltning",
        "stadsdelsförvaltningen",
        "stadsdelsförvaltnings",
        "stadsdelsförvaltningens",
    ),
}


def inflect(name: str) -> list[str]:
    """Forms of a name by its last word.

    >>> inflect("Arbetsmarknadsnämnden")
    ['Arbetsmarknadsnämnd', 'Arbetsmarknadsnämnden', 'Arbetsmarknadsnämnds', 'Arbetsmarknadsnämndens']
    >>> inflect("AB Stockholmshem")
    ['AB Stockholmshem', 'AB Stockholmshems']
    >>> inflect("Svenska Bostäder")
    ['Svenska Bostäder', 'Svenska Bostäders']
    >>> inflect("Stockholms Hamn AB")
    ['Stockholms Hamn AB', 'Stockholms Hamn AB:s']
    """
    head, _, last = name.rpartition(" ")
    prefix = f"{head} " if head else ""
    for ending, forms in _HEADS.items():
        if last.lower().endswith(ending):
            stem = last[: len(last) - len(ending)]
            return [prefix + stem + form for form in forms]
    if last.isupper():
        return [name, name + ":s"]  # an abbreviation's genitive takes a colon: "SISAB:s", "Stockholms Hamn AB:s"
    if last.endswith(("s", "x", "z")):
        return [name]
    return [name, name + "s"]


def surface_forms(entry: RegisterEntry) -> list[str]:
    """All the ways an entry is written, before case folding."""
    board = entry.board
    names = [board.name, *board.aliases]
    if board.kind == "company":
        names += [moved for name in names if (moved := legal_form_moved(name)) is not None]
    forms = [form for name in names for form in inflect(name)]
    if entry.place and board.kind in ("district_committee", "office"):
        head = "stadsdelsnämnd" if board.kind == "district_committee" else "stadsdelsförvaltning"
        # The place as named, as the board's name has it, and in the genitive many writers give it:
        # "Hässelby-Vällingby stadsdelsnämnd", "Hässelby-Vällingbys stadsdelsnämnd".
        places = {entry.place, board.name.rsplit(" ", 1)[0]}
        places |= {f"{place}s" for place in places if not place.endswith(("s", "x", "z"))}
        for place in places:
            forms += [f"{place} {form}" for form in _HEADS[head]]
        # The place after the definite head, and the abbreviation memos use: "stadsdelsnämnden Södermalm",
        # "SDN Södermalm", "Södermalms SDN" (the matcher ignores case, so "sdn" too).
        abbreviation = "SDN" if board.kind == "district_committee" else "SDF"
        forms += [f"{_HEADS[head][1]} i {entry.place}", f"{_HEADS[head][1]} {entry.place}"]
        forms += [f"{abbreviation} {entry.place}"] + [f"{place} {abbreviation}" for place in places]
    # Dashes for hyphens: in the suspension only ("Miljö– och"), as word processors set it, or in every
    # place, as some writers and OCR give a place's hyphen too ("Hägersten–Älvsjö stadsdelsnämnd").
    forms += [dashed for form in forms if (dashed := with_dash(form)) != form]
    forms += [dashed for form in forms if (dashed := form.replace("-", "–")) != form]
    return list(dict.fromkeys(forms))


def legal_form_moved(name: str) -> str | None:
    """A company's name with its "AB" on the other side, as it is also written; None without one.

    >>> legal_form_moved("AB Stockholmshem"), legal_form_moved("Stockholms Hamn AB"), legal_form_moved("Stokab")
    ('Stockholmshem AB', 'AB Stockholms Hamn', None)
    """
    if name.startswith("AB ") and len(name) > 3:
        return f"{name[3:]} AB"
    if name.endswith(" AB") and len(name) > 3:
        return f"AB {name[:-3]}"
    return None


# A suspended compound's mark before its conjunction: the "-" of "Miljö- och", the "–" of "Miljö– och".
_SUSPENSION_HYPHEN = rule(
    "board.suspension_hyphen",
    rf"(?<=\w)-(?=\s+{CONJUNCTION}\s)",
    matches=("Miljö- och hälsoskyddsnämnden", "barn- eller ungdomsnämnden"),
    not_matches=("Rinkeby-Kista stadsdelsnämnd", "Kulturnämnden - och"),
    flags=0,
)
_SUSPENSION_DASH = rule(
    "board.suspension_dash",
    rf"(?<=\w)–(?=\s+{CONJUNCTION}\s)",
    matches=("Trafik– och renhållningsnämnden",),
    not_matches=("Hägersten–Älvsjö stadsdelsnämnd", "Kulturnämnden – och idrottsnämnden"),
    flags=0,
)


def with_dash(name: str) -> str:
    """A name with its suspended compound written with an en dash, as word processors often set it.

    >>> with_dash("Miljö- och hälsoskyddsnämnden"), with_dash("Rinkeby-Kista stadsdelsnämnd")
    ('Miljö– och hälsoskyddsnämnden', 'Rinkeby-Kista stadsdelsnämnd')
    """
    return _SUSPENSION_HYPHEN.sub("–", name)


def with_hyphen(name: str) -> str:
    """A name as the register spells it: a suspended compound's en dash as a hyphen.

    >>> with_hyphen("Trafik– och renhållningsnämnden"), with_hyphen("Kulturnämnden – och idrottsnämnden")
    ('Trafik- och renhållningsnämnden', 'Kulturnämnden – och idrottsnämnden')
    """
    return _SUSPENSION_DASH.sub("-", name)
