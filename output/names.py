"""Persons' names, telephone numbers and e-mail addresses in running text, and the text with them replaced.

A masked publication serves a copy of the database in which every text says "[namn]", "[telefon]" and
"[e-post]" where a person was named (:mod:`atgard.output.masked_copy`); the page pictures black out the
lines that hold one (:mod:`atgard.output.masking`). A name is found two ways:

- the names the database knows, in any case, the words apart by any white space: case officers,
  signatories, names after a contact label, and every name any text gives one of the shapes below;
- the shapes Swedish documents give a name: "Förnamn Efternamn (S)" with a party's letters in brackets,
  a title before it ("ledamoten", "ordföranden", "borgarrådet", "handläggare:", any "…chef" or "…ledare")
  or after it ("Anna Berg, ordförande", a signature's "Anna Berg" over "Avdelningschef"), a protocol's cue
  before it ("Styrelsen utser Anna Berg att …", "justeras av"), a list after "Närvarande:", "Justerare:"
  and the like.

A board's or a place's name (Kulturnämnden, Farsta, Region Stockholm, Stockholms Stadshus AB) is not a
person's: a name's words are capitalised and lower-case after the first letter ("AB" is not one), none is
an organisation's word ("…nämnden", "Region"), and a name with a bracket other than a party's is not one
of the register's names. Hiding too much is safe; hiding too little is not: where in doubt, a name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

NAME, PHONE_MASK, EMAIL_MASK = "[namn]", "[telefon]", "[e-post]"

EMAIL = re.compile(r"[\w.+-]+\s?@\s?[\w-]+(?:\.[\w-]+)+")
# A Swedish number: 0 or +46, an area code, then at least five digits in groups ("08-508 000 00",
# "070-123 45 67", "+46 8 508 000 00"); not a date (2017-03-15) nor a case number (KS 2016/1234).
PHONE = re.compile(r"(?<![\w/.,-])(?:\+46[\s-]?(?:\(0\)[\s-]?)?|0)\d{1,3}(?:[\s-]?\d){5,9}(?![\w/-])")

_LOWER = "a-zåäöéèüáàíóúçñøæ"
# One word of a name: capitalised, lower-case after ("Anna", "Lars-Göran", "Sjöö", "O'Neill"); a particle
# ("von", "af", "de") may stand between two.
_WORD = rf"[A-ZÅÄÖÉÜØÆ][{_LOWER}]+(?:[-'][A-ZÅÄÖÉÜ]?[{_LOWER}]+)*"
_RUN = rf"{_WORD}(?:\s+(?:(?:von|van|af|de|da|der|del|la|le|bin|ibn|el|al)\s+)?{_WORD})*"
# The parties of the Riksdag and of the city, as protocols write them, also in lower case ("(s)", "(fp)").
PARTIES = frozenset("S M V C L KD MP SD FI FP s m v c l kd mp sd fi fp Fi Fp Kd Mp Sd".split())
# In brackets after a name: a party's letters, or a local party's (1-5 letters, the first a capital: "SPI", "ÖP").
_PARTY = r"\(\s*([A-ZÅÄÖa-zåäö][A-Za-zÅÄÖåäö]{0,4})\s*\)"
# Titles and roles that stand before or after a name (a protocol's "ledamoten", a letter's "handläggare:",
# a signature's "Avdelningschef"): the council's own, and any compound of a role word ("planeringschef",
# "utvecklingsledare", "nämndsekreterare").
_ROLES = (
    r"chef|direktör|sekreterare|ledare|handläggare|strateg|samordnare|utredare|controller|jurist|ekonom|"
    r"rådgivare|specialist|analytiker|koordinator|assistent|kommunikatör|arkitekt|ingenjör|inspektör|"
    r"kontaktperson|föredragande|justerare|revisor|rektor|ombudsman|notarie|protokollförare|ordförande|ledamot|"
    r"ersättare|borgarråd|kommunalråd|oppositionsråd|statsråd|minister|landshövding"
)
_TITLES = (
    rf"(?:vice\s+|förste\s+|andre\s+|verkställande\s+|tjänstgörande\s+)?\w*(?:{_ROLES})(?:en|n|et|e)?|"
    r"justerande|vd"
)
# What else stands before a name in a protocol: "Kommunstyrelsen utser Anna Berg att …", "justeras av Anna Berg".
_CUES = (
    r"utser|utsåg|utses|utsågs|(?:justeras|justerat|justerad|undertecknat|undertecknad|signerat)\s+av|"
    r"vid\s+protokollet"
)
# Labels a list of names follows: "Närvarande: Anna Berg (S), Karl Holm (M) och …".
_LISTS = (
    r"närvarande|närvarande\s+ledamöter|tjänstgörande\s+ledamöter|ledamöter|tjänstgörande\s+ersättare|ersättare|"
    r"övriga\s+närvarande|övriga\s+deltagande|beslutande|justerare|justerande|tjänstemän|underskrifter|sekreterare"
)
TITLE = re.compile(rf"(?i:{_TITLES})")  # one word of a run that is a title ("Justerare Anna Ek")
TITLE_BEFORE = re.compile(rf"(?<![\w-])(?i:{_TITLES}|{_CUES})\s*[:,]?\s*$")
# A title after a name: after a comma, or on the next line (a signature: "Anna Berg\nAvdelningschef").
TITLE_AFTER = re.compile(rf"(?:\s*,\s*|[ \t]*\n\s*)(?i:{_TITLES})(?!\w)")
PARTY_AFTER = re.compile(rf"\s*{_PARTY}")
LISTED_NAMES = re.compile(rf"(?<![\w-])(?i:{_LISTS})\s*:\s*([^:.]{{1,600}})")
RUN = re.compile(rf"(?<![\w-]){_RUN}")
TOKEN = re.compile(r"\w+(?:['-]\w+)*")
_WORDS = re.compile(r"\S+")

# Words no person's name holds: organisations and the words a sentence or a title starts with. A run of
# capitalised words starting with one of the second kind ("Även Karin Ekdahl (C)") is the name after it.
ORG_ENDINGS = tuple(
    "nämnd nämnden nämnder nämnderna styrelse styrelsen förvaltning förvaltningen kontor kontoret kommun kommunen "
    "kommuner departement departementet myndighet myndigheten bolag bolaget bolagen fullmäktige rådet kommission "
    "kommissionen institut institutet universitet universitetet skolan förbund förbundet förening föreningen "
    "stiftelse stiftelsen landsting landstinget partiet demokraterna moderaterna liberalerna verket staden "
    "stadsdel stadsdelen regionen".split()
)
ORG_WORDS = frozenset(
    "ab hus hem center centrum gata gatan torg torget väg vägen park parken hamn hamnen stad län länet initiativ "
    "region regionen sverige sveriges svenska statens stockholm stockholms göteborg göteborgs malmö malmös "
    "uppsala uppsalas kommunstyrelsen kommunfullmäktige landstinget länsstyrelsen regeringen riksdagen "
    "stadshus stadshuset kungliga nationella europeiska eu".split()
)
LEADING_WORDS = frozenset(
    "även dessutom då där därefter därmed enligt efter eftersom från för genom han hon härefter i inför med när "
    "också om på samt sedan som till under vid yrkande yrkanden reservation reservationer motion motionen "
    "interpellation fråga särskilt särskilda protokollsanteckning ajournering beslut beslutet propositionsordning "
    "ordföranden ordförande ledamoten ledamot ersättaren ersättare borgarrådet handläggare handläggaren "
    "föredragande sekreterare sekreteraren justerare stadsdirektören direktören generaldirektören "
    "verkställande vice förste andre tjänstgörande närvarande deltar anmäler telefon tfn tel mobil fax e-post "
    "epost mail e-mail adress besöksadress postadress avdelning enhet datum diarienummer dnr beteckning sida "
    "ärende ärendet kopia bilaga bilagor referens plats tid paragraf paragrafer".split()
)
MAX_WORDS = 4  # a known name of more words is looked for by its first four


def normal(name: str) -> str:
    """A name as it is compared: its words casefolded, one space apart."""
    return " ".join(name.split()).casefold()


def _stops(word: str) -> bool:
    """Whether a word ends a person's name: an organisation's word, or one a sentence or a title starts with."""
    folded = word.casefold()
    return (
        folded in LEADING_WORDS
        or folded in ORG_WORDS
        or folded.endswith(ORG_ENDINGS)
        or TITLE.fullmatch(word) is not None
    )


@dataclass(frozen=True)
class Names:
    """The names a database knows (normalised by :func:`normal`), and the register's names, none a person's."""

    known: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()  # every run of one to four words of a board's name, form or alias

    @cached_property
    def _first_words(self) -> frozenset[str]:
        return frozenset(name.split()[0] for name in self.known)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` names a person: the known names and the shapes, as (start, end), in order, apart."""
        found = list(self._known_spans(text)) + list(shaped_spans(text, self.places))
        return _merged(found)

    def _known_spans(self, text: str) -> Iterator[tuple[int, int]]:
        if not self.known or self._first_words.isdisjoint(TOKEN.findall(text.casefold())):
            return
        tokens = [(m.start(), m.end(), m.group().casefold()) for m in TOKEN.finditer(text)]
        i = 0
        while i < len(tokens):
            step = 1
            if tokens[i][2] in self._first_words:
                for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
                    words = tokens[i : i + n]
                    apart = all(text[a[1] : b[0]].isspace() for a, b in itertools.pairwise(words))
                    if apart and " ".join(w[2] for w in words) in self.known:
                        yield words[0][0], words[-1][1]
                        step = n
                        break
            i += step

    def mask(self, text: str) -> str:
        """``text`` with every e-mail address, telephone number and person's name replaced.

        >>> Names(frozenset({"lena holm"})).mask("Ledamoten Fredrik Sjöblom (S) utsågs; LENA HOLM, 08-508 29 477")
        'Ledamoten [namn] (S) utsågs; [namn], [telefon]'
        """
        if not text:
            return text
        if "@" in text:
            text = EMAIL.sub(EMAIL_MASK, text)
        if "0" in text:  # every number starts with 0 or +46
            text = PHONE.sub(PHONE_MASK, text)
        spans = self.spans(text)
        if not spans:
            return text
        pieces, last = [], 0
        for start, end in spans:
            pieces += [text[last:start], NAME]
            last = end
        return "".join([*pieces, text[last:]])

    def holds(self, text: str) -> bool:
        """Whether ``text`` holds a person's name, number or address."""
        return bool(("@" in text and EMAIL.search(text)) or ("0" in text and PHONE.search(text)) or self.spans(text))


Word = tuple[int, int, str]  # a word of a run: start, end, text


def shaped_spans(text: str, places: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Where ``text`` gives a name one of the shapes of a person's name (see the module's words).

    Each run of capitalised words is cut at the words no name holds ("Ledamoten", "Även", "Kulturnämnden");
    a piece is a name by what stands around it: a party's letters after it, a title or a protocol's cue
    ("utser", "justeras av") before it, a title after it, a list's label before the run."""
    lists = [m.span(1) for m in LISTED_NAMES.finditer(text)] if ":" in text else []
    for run in RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start(), m.group()) for m in _WORDS.finditer(run.group())]
        listed = any(a <= run.start() < b for a, b in lists)
        for i, j in _pieces([_stops(w[2]) for w in words]):
            yield from _named(text, words, (i, j), run.end() if j == len(words) else None, listed, places)


def _pieces(stops: list[bool]) -> Iterator[tuple[int, int]]:
    """The stretches (start, end) of a run's words between the words no name holds."""
    i = 0
    while i < len(stops):
        if stops[i]:
            i += 1
            continue
        j = i
        while j < len(stops) and not stops[j]:
            j += 1
        yield i, j
        i = j


def _named(
    text: str, words: list[Word], piece: tuple[int, int], end: int | None, listed: bool, places: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Where a piece of a run (``words[i:j]``) names a person. ``end``: where the run ends when the piece ends it.

    Before a party's letters, its last one to three words (a local party's: two or three); after a title or
    a cue, its first two or three (one, where the piece is that one word: "ordföranden Sjöblom"); before a
    title, its last two or three; in a list, all of it (two words or more). Names on lines of their own
    ("Handläggare\nAmira Haddad\nJens Wallgren") are names apart. Never one of the register's names, but
    before a party's own letters."""
    i, j = piece
    party = PARTY_AFTER.match(text, end) if end is not None else None
    if party:
        own = party.group(1) in PARTIES
        yield from _chosen(words[i:j][-3:], 1 if own else 2, frozenset() if own else places)
        return
    before = TITLE.fullmatch(words[i - 1][2]) if i else TITLE_BEFORE.search(text, max(0, words[0][0] - 60), words[0][0])
    after = (j < len(words) and TITLE.fullmatch(words[j][2])) or (end is not None and TITLE_AFTER.match(text, end))
    if not (before or after or listed):
        return
    lines = _lines(text, words[i:j])
    for line in lines:
        if before:
            yield from _chosen(line[:3], 1 if len(lines) == 1 and j - i == 1 else 2, places)
        elif after:
            yield from _chosen(line[-3:], 2, places)
        else:
            yield from _chosen(line, 2, places)


def _chosen(chosen: list[Word], least: int, places: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The span of the chosen words, if they are enough of them and not one of the register's names."""
    if len(chosen) >= least and normal(" ".join(w[2] for w in chosen)) not in places:
        yield chosen[0][0], chosen[-1][1]


def _lines(text: str, piece: list[Word]) -> list[list[Word]]:
    """A piece cut at its line breaks where every line holds two words or more (a name each), else whole (a
    name broken over two lines: "Lotta\nBäckström")."""
    lines: list[list[Word]] = [[piece[0]]] if piece else []
    for before, word in itertools.pairwise(piece):
        if "\n" in text[before[1] : word[0]]:
            lines.append([])
        lines[-1].append(word)
    return lines if all(len(line) >= 2 for line in lines) else [piece]


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def names_in(text: str, places: frozenset[str] = frozenset()) -> set[str]:
    """The names ``text`` gives a shape to, normalised: the database then knows them wherever they stand.

    >>> sorted(names_in("Ledamoten Fredrik Sjöblom (S) och Region Stockholm (RS); Anna Berg, ordförande"))
    ['anna berg', 'fredrik sjöblom']
    """
    return {normal(text[start:end]) for start, end in shaped_spans(text, places) if len(text[start:end].split()) > 1}


def places_of(names: Iterable[str]) -> frozenset[str]:
    """Every run of one to four words of the register's names (boards, their forms and aliases), normalised."""
    runs: set[str] = set()
    for name in names:
        words = normal(name).split()
        runs.update(" ".join(words[i : i + n]) for n in range(1, 5) for i in range(len(words) - n + 1))
    return frozenset(runs)
