"""The measures an answer takes up: the codes its sections are headed by, and those it comments on in a section
that gathers the rest ("Övriga åtgärder"), never the ones it says it has no views on.

An answer sets its views on the referred measures under headings that name them: "Åtgärd B1.2.1 …",
"Åtgärderna 9 och 10 – Stombuss", "2.3 Hastighet på väg 76 (åtgärd V2)", "Åtgärd Å3 – genomsläppliga ytor".
A section beside them that names no measure in its heading ("Övriga åtgärder", "Övriga synpunkter") comments on
more in its text ("Förvaltningen noterar att åtgärd 21 …"), but the sentence "Förvaltningen har inga synpunkter
på åtgärderna 1–3, 5–8 och 11–16" names those it leaves alone. Without such headings, every code the answer
names is one it takes up. The codes are extract/codes.py's: dotted ones, and one capital and a number ("Å3",
"K3", "V2") where a measure word stands before it ("åtgärderna Å3 och Å7"); alone such a code is as likely a road
("E18", "väg E4") or a paper size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.codes import find_codes
from atgard.extract.rules import rule

# A sentence that names the measures the answer has no views on: "har inga synpunkter på åtgärderna 1–3",
# "lämnar inga kommentarer till", "avstår från att kommentera åtgärd 5", "lämnar åtgärderna 1–3 utan erinran".
_NO_VIEWS = rule(
    "answer.no_views",
    r"\binga\s+(?:\w+\s+)?(?:synpunkter|kommentarer|erinringar|invändningar\s+eller\s+synpunkter)\b|"
    r"\bavstå\w*\s+från\s+att\s+(?:kommentera|yttra\s+sig|lämna\s+synpunkter)|"
    r"\butan\s+(?:erinran|synpunkter|kommentarer?|invändningar)\b",
    matches=(
        "Förvaltningen har inga synpunkter på åtgärderna 1–3, 5–8 och 11–16.",
        "Nämnden lämnar inga ytterligare kommentarer till åtgärd A2.1.",
        "Kontoret avstår från att kommentera åtgärderna Å4 och Å5.",
        "Övriga åtgärder lämnas utan erinran.",
    ),
    not_matches=("Förvaltningen noterar att åtgärd 21 om parkeringsnormer kan påverka efterfrågan.",),
)


def codes_in(text: str) -> list[str]:
    """The measure codes a text names, in order, each once."""
    return list(dict.fromkeys(c.code for c in find_codes(text)))


def _gathering_sections(analysed: Sequence[Analysed]) -> Iterator[Analysed]:
    """The blocks of the sections beside the coded ones whose headings name no measure: at a coded heading's
    level, after the first coded heading, up to a heading of higher rank."""
    coded_levels: set[int] = set()
    inside = False
    for item in analysed:
        if item.block.kind == "heading":
            level = item.block.level or 1
            if codes_in(item.text):
                coded_levels.add(level)
                inside = False
            elif coded_levels and level < min(coded_levels):
                coded_levels, inside = set(), False
            else:
                inside = level in coded_levels
        elif inside and item.block.kind in ("paragraph", "list_item"):
            yield item


def codes_taken_up(analysed: Sequence[Analysed]) -> list[str]:
    """The measures an answer takes up: its headings' codes and those a section beside them comments on, else
    every code it names."""
    headed = [code for item in analysed if item.block.kind == "heading" for code in codes_in(item.text)]
    if not headed:
        return list(dict.fromkeys(code for item in analysed for code in codes_in(item.text)))
    commented = [
        code
        for item in _gathering_sections(analysed)
        for sentence in item.sentences()
        if not _NO_VIEWS.search(sentence.text)
        for code in codes_in(sentence.text)
    ]
    return list(dict.fromkeys([*headed, *commented]))
