"""Measure codes: "A2.3.1", written also "A.2.3.2", "A 2.3.2", or as a range "A2.3.1–A2.3.3"."""

from __future__ import annotations

from dataclasses import dataclass

from atgard.extract.literals import has_digit
from atgard.extract.rules import Rule, rule
from atgard.extract.vocabulary import AND, MEASURE_NUMBER, MEASURE_WORD, RESPEKTIVE

# A capital, an optional dot or space, then two to four dotted numbers.
# A code's series is a capital, or two set close to the number ("KA2.1": klimatanpassning, area 2, measure 1; not
# "EU 2.0" with a space).
_CODE_PATTERN = (
    r"(?<![\w.])(?P<letter>[A-ZÅÄÖ]{2}(?=\d)|[A-ZÅÄÖ])[.\s]?(?P<numbers>\d{1,2}(?:\.\d{1,2}){1,3})(?![\w]|\.\d)"
)
_CODE = rule(
    "code.code",
    _CODE_PATTERN,
    matches=("åtgärd A2.3.1 i rapporten", "A.2.3.2", "A 2.3.2", "åtgärd KA2.1 i planen"),
    not_matches=("SFS 2010.800", "a2.1", "A2.3.1.2.5", "EU 2.0", "KAB2.1"),
    flags=0,
)
# "A1.4.1–A1.4.3", "A1.4.1 - A1.4.3", "A1.4.1 t.o.m. A1.4.3", "A1.4.1 till och med A1.4.3", "A1.4.1 till A1.4.3"
_RANGE_JOIN = r"(?i:\s*[-–]\s*|\s+(?:t\.\s?o\.\s?m\.|till\s+och\s+med|till)\s+)"  # any case: "T.O.M."
_RANGE = rule(
    "code.range",
    rf"{_CODE_PATTERN}{_RANGE_JOIN}(?P<to>(?:[A-ZÅÄÖ]{{2}}(?=\d)|[A-ZÅÄÖ])?[.\s]?\d{{1,2}}(?:\.\d{{1,2}}){{1,3}})(?![\w]|\.\d)",
    matches=("A1.4.1–A1.4.3", "A1.4.1 t.o.m. A1.4.3", "A1.4.1 till och med A1.4.3", "B1.2.1 - 1.2.3", "KA1.1–KA1.3"),
    not_matches=("A1.4.1 och A1.4.3",),
    flags=0,
)
_RANGE_JOINT = rule(
    "code.range_joint", _RANGE_JOIN, matches=("–", " t.o.m. ", " till och med "), not_matches=(", ",), flags=0
)


# Codes of numbers only ("4.2", "3") are measures only after a word that says so: "åtgärderna 2.1–2.4",
# "förslag 3 och 5", "åtgärd nr 4.1", "Insats 2.1", "aktivitet 4"; elsewhere such numbers are sections, amounts, times.
# So are codes of a capital and one number ("Å3", "K10"): a grid square, a form, a road elsewhere ("ruta B4",
# "blankett K10", "väg E18"); after the word they are measures: "åtgärd Å3", "åtgärderna Å1–Å4", "åtgärd K3".
# Some write a measure's area and number with a colon: "åtgärd 2:3", "åtgärderna 1:2–1:4" (never a law's
# number "2010:800", nor an ordinal "1:a", "2:e"; a possessive "åtgärd 3:s" is the measure). A time is no code:
# the area is 1-12 and the number neither starts with 0 nor is a quarter ("18:00", "13:30", "10:15", "15:00").
COLON_NUMBER = r"(?:1[0-2]|[1-9]):(?!0|(?:15|30|45)(?!\d))\d{1,2}"
_NUMBER = rf"(?:[A-ZÅÄÖ]\.?\d{{1,2}}|{COLON_NUMBER}|{MEASURE_NUMBER})(?![\d.:]*\d|[\w]|:[ae]\b)"
# "och", "samt", "respektive" (each its own measure: "åtgärd 3.1 respektive 3.2"), in capitals too: "3.1 OCH 3.2"
_NUMBER_JOIN = rf"(?i:\s*,\s*|{_RANGE_JOIN}|\s+(?:{AND}|{RESPEKTIVE})\s+)"
# A list of numbers cut at its joints, the joints kept: "2.1–2.3 och 4.1" -> "2.1", "–", "2.3", " och ", "4.1".
_NUMBER_JOINT = rule(
    "code.number_joint",
    f"({_NUMBER_JOIN})",
    matches=("2.1, 2.2", "2.1–2.3", "3 och 5", "3 samt 5", "3.1 OCH 3.2", "2.1 T.O.M. 2.4", "3.1 respektive 3.2"),
    not_matches=("2.1 eller 2.2",),
    flags=0,
)
_CUED = rule(
    "code.cued",
    # (or its short form in a table's cell, its number after a space or straight after the point: "(åtg. 4.1–4.4)",
    # "(åtg.4.1–4.4)")
    rf"\b(?:(?i:{MEASURE_WORD})\s+|(?i:åtg)(?:\.\s*|\s+))(?i:nr\.?\s*|nummer\s+)?(?P<list>{_NUMBER}(?:{_NUMBER_JOIN}{_NUMBER})*)",
    matches=(
        "åtgärderna 2.1–2.3 och 4.1",
        "förslag 3 och 5",
        "åtgärd nr 4.1",
        "Rekommendation 7",
        "Insats 2.1 Meröppna bibliotek",
        "insatserna 2.1 respektive 2.3",
        "aktivitet 4",
        "åtgärd Å3",
        "åtgärderna Å5, Å9 och Å11",
        "Åtgärderna K1–K3",
        "åtgärderna 1:2–1:4",
        "åtgärd 2:2",
        "åtgärd 2.1:s inriktning",
        "åtgärd 3:s finansiering",
        "åtgärd 1:12",
        "Kap. 4 Förebyggande insatser (åtg. 4.1–4.4)",
        "Åtg 6.1 och 6.2",
        "(åtg.4.1–4.4)",
        "Åtg.4.1 och 4.2",
    ),
    not_matches=(
        "förslag 2010:800",
        "åtgärd 1:a",
        "åtgärd 2:e",
        "Aktivitet 18:00–20:00",
        "aktiviteterna 13:30 och 15:00",
        "aktivitet 10:15",
        "förslaget 2019 om 2,5 miljoner",
        "åtgärden kl. 10.30",
        "insatser 2025",
        "insatsen kl. 18.00",
        "åtgärder på E18",
        "förslag SFS 2010",
        "åtgången 4.1 ton",
    ),
    flags=0,
)
# A list of codes of a capital and one number in brackets right after a body names the measures that body is
# to carry out, as a remiss list sets them: "Trafiknämnden (Å3, Å7)", "AB Familjebostäder (Å12)",
# "exploateringsnämnden (K1–K3)". Not after a word of another kind ("karta (B4)", "blankett (K10)"), capitalised too
# ("Se Karta (B4)", "Bilaga (B2)", "Länsväg (E4)": a paper's furniture or a road, whatever its case).
_FURNITURE = (
    r"(?i:kartan?|bilagan?|figur(?:en)?|tabell(?:en)?|bild(?:en)?|blankett(?:en)?|rutan?|sidan?|avsnitt|kapitel|"
    r"(?:riks|läns|europa|motor)?väg(?:en)?)"
)
_BODY_END = (
    rf"(?:(?!{_FURNITURE}\b)[A-ZÅÄÖ][\wåäöé-]*|"
    r"[\wåäöé-]*(?:nämnd|nämnden|styrelse|styrelsen|bolag|bolaget|förvaltningen|kontoret)|AB)"
)
_LETTER_NUMBER = r"[A-ZÅÄÖ]\d{1,2}(?![\w.]*\d|\w)"
_BRACKETED = rule(
    "code.bracketed",
    rf"(?<![\wåäöÅÄÖé-]){_BODY_END}\s*\((?P<list>{_LETTER_NUMBER}(?:{_NUMBER_JOIN}{_LETTER_NUMBER})*)\)",
    matches=(
        "Trafiknämnden (Å3, Å7)",
        "AB Familjebostäder (Å12)",
        "Stockholm Vatten och Avfall AB (Å5, Å6)",
        "exploateringsnämnden (K1–K3 och K5)",
    ),
    not_matches=(
        "se karta (B4)",
        "blankett (K10)",
        "Trafiknämnden (2027)",
        "Trafiknämnden (Å3 om gator)",
        "Se Karta (B4)",
        "enligt Bilaga (B2)",
        "Länsväg (E4)",
    ),
    flags=0,
)
# What a code may hold that its normal form has not: spaces, and a dot after its letter ("A. 2.1" -> "A2.1").
_SPACE = rule("code.space", r"[\s]", matches=("A 2.3.3",), not_matches=("A2.3.3",), flags=0)
_LETTER_DOT = rule("code.letter_dot", r"^([A-Za-zÅÄÖåäö])\.", matches=("A.2.3.2",), not_matches=("A2.3.2",), flags=0)


@dataclass(frozen=True)
class CodeSpan:
    start: int
    end: int
    code: str


def normalize_code(text: str) -> str:
    """
    >>> [normalize_code(c) for c in ["A2.3.1", "A.2.3.2", "A 2.3.3", "a2.1"]]
    ['A2.3.1', 'A2.3.2', 'A2.3.3', 'A2.1']
    """
    return _LETTER_DOT.sub(r"\1", _SPACE.sub("", text)).upper()


# A code that opens a text (a measure's paragraph, a table cell) stands within its first characters.
LEADING_WINDOW = 20


def leading_code_span(text: str) -> CodeSpan | None:
    """The measure code a text starts with, if it starts with one.

    >>> leading_code_span("A.2.1 Stärkt koppling"), leading_code_span("Åtgärd A2.1.1")
    (CodeSpan(start=0, end=5, code='A2.1'), None)
    """
    codes = find_codes(text[:LEADING_WINDOW])
    return codes[0] if codes and codes[0].start == 0 else None


def find_codes(text: str) -> list[CodeSpan]:
    """Measure codes in a text, ranges spelled out.

    >>> [c.code for c in find_codes("åtgärderna A2.3.1, A.2.3.2 och A.2.3.3 i rapporten")]
    ['A2.3.1', 'A2.3.2', 'A2.3.3']
    >>> [c.code for c in find_codes("åtgärderna B1.2.1–B1.2.3 samt C.4.1")]
    ['B1.2.1', 'B1.2.2', 'B1.2.3', 'C4.1']
    >>> [c.code for c in find_codes("åtgärderna A1.4.1 t.o.m. A1.4.3 och A1.5.1 - A1.5.2")]
    ['A1.4.1', 'A1.4.2', 'A1.4.3', 'A1.5.1', 'A1.5.2']
    >>> [c.code for c in find_codes("Stadsdelsnämnd 2.0 enligt SFS 2010.800, kl. 10.30")]
    []
    """
    if not has_digit(text):  # most texts: every code rule needs a digit (DIGIT_RULES)
        return []
    found: list[CodeSpan] = []
    covered: set[int] = set()
    for match in _RANGE.finditer(text):
        series = match.group("letter")  # "A", or two capitals: "KA1.1–KA1.3"
        first = normalize_code(series + match.group("numbers"))
        last = series + normalize_code(match.group("to")).lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")
        if (codes := _spelled_range(first, last)) is not None:
            found += [CodeSpan(match.start(), match.end(), code) for code in codes]
            covered.update(range(match.start(), match.end()))
    for match in _CODE.finditer(text):
        if match.start() not in covered:
            found.append(CodeSpan(match.start(), match.end(), normalize_code(match.group(0))))
    found += _cued_numbers(text)
    found += _cued_numbers(text, _BRACKETED)
    return sorted(found, key=lambda code: code.start)


DIGIT_RULES = (_RANGE, _CODE, _CUED, _BRACKETED)  # find_codes' rules: each needs a digit (tests/test_speed.py)


def _cued_numbers(text: str, cue_rule: Rule = _CUED) -> list[CodeSpan]:
    """Codes of numbers only (or of a capital and one number), after "åtgärd", "förslag" or "rekommendation", or
    (``cue_rule`` ``_BRACKETED``) in brackets after a body; a dash or "t.o.m." spans a range.

    >>> [c.code for c in _cued_numbers("åtgärderna 2.1–2.3 och 4.1 samt förslag 7")]
    ['2.1', '2.2', '2.3', '4.1', '7']
    >>> [c.code for c in _cued_numbers("åtgärd 3.1 respektive 3.2, insatserna 2.1, 2.2 respektive 2.4")]
    ['3.1', '3.2', '2.1', '2.2', '2.4']
    >>> [c.code for c in _cued_numbers("förslaget 2019 om 2,5 miljoner, åtgärden kl. 10.30")]
    []
    >>> [c.code for c in _cued_numbers("Åtgärderna Å1–Å4 och åtgärd K.3 samt Å5 - 7")]
    ['Å1', 'Å2', 'Å3', 'Å4', 'K3', 'Å5', 'Å6', 'Å7']
    >>> [c.code for c in _cued_numbers("Trafiknämnden (Å3, Å7), karta (B4)", _BRACKETED)]
    ['Å3', 'Å7']
    """
    found: list[CodeSpan] = []
    for cue in cue_rule.finditer(text):
        start = cue.start("list")
        pieces = _NUMBER_JOINT.split(cue.group("list"))
        offset = start
        previous: str | None = None
        ranged = False
        for piece in pieces:
            if _NUMBER_JOINT.fullmatch(piece):
                ranged = bool(_RANGE_JOINT.fullmatch(piece))
            else:
                spelled = _spelled_range(previous, piece) if ranged and previous is not None else None
                codes = spelled[1:] if spelled is not None else [normalize_code(piece)]  # the first is in already
                found += [CodeSpan(offset, offset + len(piece), code) for code in codes]
                previous, ranged = piece, False
            offset += len(piece)
    return found


def _spelled_range(low: str, high: str) -> list[str] | None:
    """Every code from ``low`` to ``high`` of one group ("A2.1", "A2.3" -> A2.1, A2.2, A2.3), or None.

    >>> _spelled_range("A2.1", "A2.3"), _spelled_range("2.4", "2.1"), _spelled_range("1", "3")
    (['A2.1', 'A2.2', 'A2.3'], None, ['1', '2', '3'])
    >>> _spelled_range("1:2", "1:4"), _spelled_range("1:3", "2:1")
    (['1:2', '1:3', '1:4'], None)
    >>> _spelled_range("Å1", "Å3"), _spelled_range("K.2", "4"), _spelled_range("K1", "V3")
    (['Å1', 'Å2', 'Å3'], ['K2', 'K3', 'K4'], None)
    """
    low, high = normalize_code(low), normalize_code(high)
    if low[:1].isalpha() and "." not in low:  # "Å1–Å4", "K1–3": the letter is the head
        letter, high = low[0], high if high[:1].isalpha() else low[0] + high
        if high[0] != letter:
            return None
        spelled = _spelled_range(low[1:], high[1:])
        return None if spelled is None else [letter + code for code in spelled]
    joint = ":" if ":" in low else "."  # "1:2–1:4" as "1.2–1.4"
    head, _, first = low.rpartition(joint)
    last_head, _, last = high.rpartition(joint)
    if head != last_head or not (first.isdigit() and last.isdigit()) or not int(first) <= int(last) <= int(first) + 50:
        return None
    return [f"{head}{joint}{n}" if head else str(n) for n in range(int(first), int(last) + 1)]
