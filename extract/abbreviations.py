"""The abbreviations a document explains, and names written with them spelled out.

A plan names those responsible for its measures by short forms ("TN, SDN", "KS, EXPL") and explains them
once: in a table ("SDN | berörda stadsdelsnämnder", one row each or the rows set as one with a line per
abbreviation), in a list or paragraphs ("SDN – berörda stadsdelsnämnder", "SOC: socialnämnden",
"TN = trafiknämnden", "KUN (kulturnämnden)"), a lead-in before such lines and a caption after them not
part of the list, or after the name it stands for ("trafiknämnden (TN)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.rules import rule
from atgard.extract.vocabulary import BODY_NOUN, WHOLE_ORGANISATION
from atgard.schema import Block

# An abbreviation: capitals (a digit or a hyphen among them), as a plan writes its bodies' short forms, or a short
# word with a second capital ("KHem" for Kalmarhem AB, "SBem").
_ABBREVIATION = r"[A-ZÅÄÖ](?=[A-Za-zÅÄÖåäö0-9-]{0,6}[A-ZÅÄÖ0-9])[A-Za-zÅÄÖåäö0-9-]{1,7}"
_ALONE = rule(
    "abbreviation.alone",
    rf"^{_ABBREVIATION}$",
    matches=("SDN", "EXPL", "KS", "SBK", "MHN", "KHem", "S2"),
    not_matches=("Förkortning", "S", "Kommunstyrelsen", "BETYDELSE STÅR", "Nr", "Ansvar", "Klart år"),
    flags=0,
)
# An abbreviation explained on its own line: "SDN – berörda stadsdelsnämnder", "SOC: socialnämnden", "TN = …",
# "KUN (kulturnämnden)". A colon takes a space after it: "SMHI:s klimatscenarier" explains nothing.
_EXPLAINED = rule(
    "abbreviation.explained",
    rf"^(?P<short>{_ABBREVIATION})\s*(?:(?:[–—=]|:(?=\s)|\s-)\s*(?P<long>[a-zåäöA-ZÅÄÖ][^:=]*?)"
    r"|\((?P<paren>[a-zåäöA-ZÅÄÖ][^()]*)\))\s*[.;,]?$",
    matches=(
        "SDN – berörda stadsdelsnämnder",
        "SOC: socialnämnden",
        "TN = trafiknämnden",
        "KS - kommunstyrelsen",
        "FB – AB Familjebostäder",
        "KUN (kulturnämnden)",
        "ÄLN — äldrenämnden;",
    ),
    not_matches=(
        "Dnr KS 2026/0902",
        "EU-projekt pågår",
        "KS 2026/0902",
        "SMHI:s klimatscenarier visar",
        "KS (2026)",
        "Tabell 1. Kommissionens åtgärdsförslag",
    ),
    flags=0,
)
# A name and its short form after it: "trafiknämnden (TN)", "Stadsbyggnadskontoret (SBK)".
_AFTER_NAME = rule(
    "abbreviation.after_name",
    rf"^\s*\((?P<short>{_ABBREVIATION})\)",
    matches=(" (TN)", "(SBK) ansvarar"),
    not_matches=(" (S)", " (2026)", " (se bilaga)"),
    flags=0,
)

# A board explained with its whole organisation after it, and how it works, which no body of its own: "TRN =
# Trafiknämnden, Region Stockholm (genom trafikförvaltningen)", "KN – kulturnämnden, Malmö stad". The board is meant.
_OWN_ORGANISATION = rule(
    "abbreviation.own_organisation",
    rf"^(?P<name>.*?(?:{BODY_NOUN}))\s*,\s*(?:{WHOLE_ORGANISATION})(?:\s*\([^()]*\))?\s*$",
    matches=(
        "Trafiknämnden, Region Stockholm (genom trafikförvaltningen)",
        "kulturnämnden, Malmö stad",
        "Tillväxt- och regionplanenämnden, Region Stockholm",
    ),
    not_matches=(
        "Trafiknämnden och Region Stockholm",
        "Trafikverket, Region Stockholm",
        "kulturnämnden, idrottsnämnden",
        "Trafiknämnden, Region Stockholm och kommunerna",
    ),
    flags=0,
)


def _pairs(block: Block) -> list[tuple[str, str]]:
    """A two-column row's abbreviations and what each stands for; a cell of several lines, line by line,
    an explanation's line going with the abbreviation at its height or above it."""
    if len(block.cells) != 2:
        return []
    shorts, longs = (cell.text.splitlines() for cell in block.cells)
    if not shorts or not all(_ALONE.match(s.strip()) for s in shorts):
        return []
    if len(shorts) == len(longs):
        return [(s.strip(), long.strip()) for s, long in zip(shorts, longs, strict=True)]
    left, right = block.cells[0].bbox, block.cells[1].bbox
    lines = sorted(block.lines, key=lambda line: line.bbox.top)
    tops = [line.bbox.top for line in lines if line.bbox.x1 <= right.x0 and line.bbox.x0 >= left.x0 - 1]
    if len(tops) != len(shorts):
        return []
    explained: list[list[str]] = [[] for _ in shorts]
    for line in lines:
        if line.bbox.x0 >= right.x0 - 1:
            at = max((i for i, top in enumerate(tops) if top <= line.bbox.top + 2), default=0)
            explained[at].append(block.text[line.start : line.end])
    return [(s.strip(), " ".join(parts)) for s, parts in zip(shorts, explained, strict=True) if parts]


def _explained_lines(block: Block) -> list[tuple[str, str]]:
    """A block's abbreviations explained one a line: an explanation broken over lines goes on in lower case;
    a lead-in before the list ("Förkortningarna betyder följande:") and what follows it (a table's caption read
    into the same block) are not part of it. One explanation counts only as the block's whole text."""
    lines = [block.text[line.start : line.end].strip() for line in block.lines] or [block.text.strip()]
    pairs: list[tuple[str, str]] = []
    other, ended = False, False
    for line in lines:
        found = None if ended else _EXPLAINED.match(line)
        if found is not None:
            pairs.append((found.group("short"), found.group("long") or found.group("paren")))
        elif pairs and not ended and line[:1].islower():
            pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]} {line}")  # "SDN – samtliga" / "stadsdelsnämnder"
        else:
            other, ended = True, bool(pairs)
    return pairs if len(pairs) > 1 or not other else []


def glossary(analysed: Sequence[Analysed]) -> dict[str, str]:
    """Every abbreviation the document explains, and what it stands for, as written."""
    found = glossary_of_blocks([item.block for item in analysed])
    for item in analysed:
        for span in item.boards:
            if (after := _AFTER_NAME.match(item.text[span.end :])) is not None:
                found.setdefault(after.group("short"), item.text[span.start : span.end])
    return found


def glossary_of_blocks(blocks: Sequence[Block]) -> dict[str, str]:
    """The abbreviations explained in tables, lists and lines of their own.

    >>> from atgard.schema import BBox, PageBox
    >>> box = [PageBox(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1))]
    >>> glossary_of_blocks([Block(kind="paragraph", text="SDN – berörda stadsdelsnämnder", page=1, boxes=box)])
    {'SDN': 'berörda stadsdelsnämnder'}
    """
    found: dict[str, str] = {}
    for block in blocks:
        # lines read as one paragraph: "AMN – arbetsmarknadsnämnden" / "UBN – utbildningsnämnden"
        pairs = _pairs(block) if block.kind == "table_row" else _explained_lines(block)
        for short, long in pairs:
            written = " ".join(long.split())
            own = _OWN_ORGANISATION.match(written)
            found.setdefault(short, own.group("name") if own is not None else written)
    return found


def spelled_out(text: str, explained: dict[str, str]) -> str:
    """``text`` with every abbreviation it uses that the document explains written out.

    >>> spelled_out("TN, SDN", {"TN": "trafiknämnden", "SDN": "berörda stadsdelsnämnder"})
    'trafiknämnden, berörda stadsdelsnämnder'
    >>> spelled_out("KS/EXPL", {"EXPL": "exploateringsnämnden"})
    'KS/exploateringsnämnden'
    """
    if not explained:
        return text
    shorts = "|".join(map(re.escape, sorted(explained, key=len, reverse=True)))
    pattern = rf"(?<![\wåäöÅÄÖ-])({shorts})(?![\wåäöÅÄÖ-])"
    return re.sub(pattern, lambda m: explained[m.group(1)], text)
