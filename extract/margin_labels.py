"""A protocol's margin column of labels, read as the sections it heads.

A published protocol often sets each section's label in a left column beside its text ("Beslut", "Yrkanden",
"Propositionsordning", "Omröstning", "Reservation", "Expedieras"), each label on the line where its text starts:

    Beslut          Kommunfullmäktige beslutar
                    1. att bifalla motionens första att-sats …
    Sammanfattning  Jens Hallberg (C) föreslår i en motion …

The reader sees two side-by-side columns and makes one table row of them, every label in the first cell and
every text in the second. A row whose first cell holds only such labels, one of them a decision's ("Beslut",
"Nämndens beslut"), with its text beside it, is read as the blocks it stands for: each label a paragraph of its
own (as "Beslut" alone on its line is a label, extract/decision_sections.py), then its text, a list item for each
line that starts with a number or a bullet ("1. att …") and a paragraph for the lines before it. The decisions,
the dissent and the distribution are then read as anywhere else. A header box of facts ("Sammanträdesdatum |
Plats och tid") has no decision label and stays one row.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.decision_sections import heading_body
from atgard.extract.deliberation import DISTRIBUTION
from atgard.extract.dissent import DISSENT
from atgard.extract.kinds import DELIBERATION
from atgard.extract.read.patterns import LIST_MARKER
from atgard.extract.read.text import line_joint
from atgard.extract.rules import rule
from atgard.extract.title_parts import BREAKS_OFF
from atgard.extract.vocabulary import BOARD_WORD
from atgard.schema import Block, LineSpan, PageBox, StyleRun
from atgard.schema.read import union_per_page

# A label of the margin column: a word or a few, no figures, no sentence ("Beslut", "Särskilt yttrande",
# "Förslag till beslut", "Vid protokollet", "Justeringens tillkännagivande").
LABEL = rule(
    "margin.label",
    r"^[A-ZÅÄÖ][a-zåäöé]+(?:[ -][a-zåäöé]+){0,3}:?$",
    matches=(
        "Beslut",
        "Särskilt yttrande",
        "Förslag till beslut",
        "Vid protokollet",
        "Expedieras",
        "Propositionsordning",
        "Justeringens tillkännagivande",
        "Beslut:",
    ),
    not_matches=(
        "Kommunfullmäktige beslutar att avslå motionen.",
        "KSN-2026-01977",
        "Lisa Wahlqvist",
        "§ 42",
        "Anslag sätts upp 2027-04-06",
        "Kommunfullmäktige-",  # a broken word, a label only with its next line (:func:`_is_label`)
    ),
    flags=0,
)
# The meeting's decision label: bare, or a board's own in the genitive ("Nämndens beslut", "Kommunfullmäktiges
# beslut"). A delegate's, a person's or a state authority's decision in a box of facts is reported, not made here.
_MEETING_DECISION = rule(
    "margin.meeting_decision",
    r"^(?:beslut|beslutet|(?!länsstyrelse)(?:[\wåäöÅÄÖ-]+\s+){0,2}[\wåäöÅÄÖ-]*"
    rf"(?:{BOARD_WORD}|fullmäktige|utskottet|beredningen|direktionen)s\s+beslut)\s*:?$",
    matches=("Beslut", "Beslutet:", "Nämndens beslut", "Tekniska nämndens beslut", "Kommunfullmäktiges beslut"),
    not_matches=("Delegatens beslut", "Länsstyrelsens beslut", "Ordförandens beslut", "Tidigare beslut"),
)
# A protocol's other sections, one of which stands beside the decision's label in a margin column: what was moved
# and put (kinds.DELIBERATION), the dissent (dissent.DISSENT), the distribution (deliberation.DISTRIBUTION), or these.
_PROTOCOL_LABEL = rule(
    "margin.protocol_label",
    r"^(?:vid\s+protokollet|beslutsunderlag|sammanfattning|ärendebeskrivning|jäv|justering)\s*:?$",
    matches=("Vid protokollet", "Beslutsunderlag", "Sammanfattning:", "Jäv"),
    not_matches=("Ärende", "Delegat", "Remisstid", "Uppdrag"),
)
# A party in parentheses wrapped to a text line's start ("(V) att jämte ordföranden"): no list item's marker,
# though :data:`LIST_MARKER` takes a bracketed letter; the reader tells them by the gap after a marker, a margin's
# text line has no words' boxes to tell it by.
_PARTY_WRAPPED = rule(
    "margin.party_wrapped",
    r"^\([A-ZÅÄÖ]{1,2}\)$",
    matches=("(V)", "(S)", "(MP)", "(KD)"),
    not_matches=("(a)", "(1)", "(12)"),
    flags=0,
)
# A label broken over two lines of the column ("Omröstnings- / resultat", "Voterings- / proposition"): its first
# line ends in a hyphen, the next goes on in lower case; the two are one label.
_LABEL_GOES_ON = rule(
    "margin.label_goes_on",
    r"^[a-zåäöé]+(?:[ -][a-zåäöé]+){0,2}:?$",
    matches=("resultat", "proposition", "till beslut"),
    not_matches=("Beslut", "Reservation", "Vid protokollet"),
    flags=0,
)
_SEPARATOR = " | "
_ALIGN = 0.5  # a label stands on its text's first line: tops this many line heights apart at most
# A text line's first word, a list item's marker when it is one (:func:`_item_marker`).
_MARKER = rule(
    "margin.first_word",
    r"^(\S+)\s+(?=\S)",
    matches=("1. att bifalla motionen", "– Paragrafen justeras"),
    not_matches=("besvarad.", ""),
    flags=0,
)


def unfold_margin_labels(blocks: Sequence[Block]) -> list[Block]:
    """The blocks, a margin column's table row read as the labelled sections it holds (see the module), and a §
    set in the margin beside its heading read as the heading it is (:func:`_paragraph`)."""
    unfolded: list[Block] = []
    skip = False
    for block, after in zip(blocks, [*blocks[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if (paragraph := _paragraph(block, after)) is not None:
            found, skip = paragraph
            unfolded.extend(found)
            continue
        unfolded.extend(_sections(block) or [block])
    return unfolded


# A protocol's § number alone in the margin cell beside its heading: "§ 98" | "Remiss av förslag till …" | "Dnr …".
_MARGIN_PARAGRAPH = rule(
    "margin.paragraph_number",
    r"^§\s*\d+$",
    matches=("§ 98", "§101"),
    not_matches=("§ 98 Val av justerare", "§§ 4–5", "Paragraf"),
    flags=0,
)
# A heading's line that goes on in the next: it ends in a preposition or a conjunction ("… Klimatanpassningsplan
# för" / "Västerås stad 2028–2032"), or the next opens in lower case or with a figure ("… efter mars" / "2027").
_HEADING_RUNS_ON = rule(
    "margin.heading_runs_on",
    rf"\s{BREAKS_OFF}$",
    matches=("Remiss av förslag till Klimatanpassningsplan för", "Svar på motion från Miljöpartiet om solceller på"),
    not_matches=("Val av justerare", "Information om stadens ekonomiska läge efter mars"),
    flags=0,
)
_HEADING_LEVEL = 2  # a §'s heading, under the protocol's title


def _paragraph(block: Block, after: Block | None) -> tuple[list[Block], bool] | None:
    """A § in the margin and its heading beside it as a heading ("§ 98 Remiss av förslag till Klimatanpassningsplan
    för Västerås stad 2028–2032", the heading's next line joined, a heading under the row too), the case number
    beside them a paragraph under it, and the text the cell goes on with as the reader reads text; whether the block
    after the row was the heading's rest. None for any other row, or a row of a table of §§ (an agenda's: a row over
    another row, its cell no text beyond its heading)."""
    cells = block.cells
    if block.kind != "table_row" or not 2 <= len(cells) <= 3 or not _MARGIN_PARAGRAPH.match(cells[0].text.strip()):
        return None
    split = len(cells[0].text) + len(_SEPARATOR)
    last = split + len(cells[1].text) + len(_SEPARATOR) if len(cells) == 3 else len(block.text) + 1
    number = [line for line in block.lines if line.end <= split]
    text = [line for line in block.lines if split <= line.start and line.end < last]
    beside = [line for line in block.lines if line.start >= last]
    if not number or not text or (after is not None and after.kind == "table_row" and len(text) < 3):
        return None
    title = [text[0]]
    while len(title) < len(text) and _goes_on(block, title[-1], text[len(title)]):
        title.append(text[len(title)])
    heading = _piece(block, number + title, "heading").model_copy(update={"level": _HEADING_LEVEL})
    rest = (  # the heading's next line set under the row: "… solceller på alla" / "stadens nya byggnader"
        after is not None
        and after.kind == "heading"
        and len(title) == len(text)
        and (_runs_on(block, title[-1]) or after.text[:1].islower())
    )
    if rest and after is not None:
        heading = _joined(heading, after)
    found = [heading, *([_piece(block, beside, "paragraph")] if beside else [])]
    return [*found, *_text_blocks(block, text[len(title) :])], rest


def _runs_on(block: Block, line: LineSpan) -> bool:
    return bool(_HEADING_RUNS_ON.search(block.text[line.start : line.end]))


def _goes_on(block: Block, line: LineSpan, below: LineSpan) -> bool:
    opening = block.text[below.start : below.end][:1]
    return _runs_on(block, line) or opening.islower() or opening.isdigit()


def _joined(heading: Block, rest: Block) -> Block:
    """A heading with its rest set under it as a heading of its own."""
    shift = len(heading.text) + 1
    lines = [
        *heading.lines,
        *(line.model_copy(update={"start": line.start + shift, "end": line.end + shift}) for line in rest.lines),
    ]
    runs = [
        *heading.runs,
        *(run.model_copy(update={"start": run.start + shift, "end": run.end + shift}) for run in rest.runs),
    ]
    boxes = union_per_page([*heading.boxes, *rest.boxes])
    return heading.model_copy(
        update={"text": f"{heading.text} {rest.text}", "lines": lines, "runs": runs, "boxes": boxes}
    )


def _sections(block: Block) -> list[Block]:
    """The row's labels and texts as blocks in reading order; [] when it is no margin column of labels."""
    if block.kind != "table_row" or len(block.cells) != 2:
        return []
    split = len(block.cells[0].text) + len(_SEPARATOR)
    labels = [line for line in block.lines if line.end <= split]
    texts = [line for line in block.lines if line.start >= split]
    if not labels or not texts or len({line.page for line in block.lines}) > 1:
        return []
    groups = _label_groups(block, labels)
    if not all(_is_label([block.text[line.start : line.end] for line in group]) for group in groups):
        return []
    names = [_piece(block, group, "paragraph").text for group in groups]
    firsts = [group[0] for group in groups]
    decision = next((n for n, line in zip(names, firsts, strict=True) if _meeting_decision(n, line, texts)), None)
    if decision is None:
        return []
    if heading_body(decision) is not None and not any(_protocol_label(name) for name in names):
        return []  # a box of facts beside a board's decision ("Kommunstyrelsens beslut | … beslutade den …")
    found: list[Block] = []
    for number, group in enumerate(groups):
        label = group[0]
        end = firsts[number + 1].bbox.top if number + 1 < len(firsts) else float("inf")
        found.append(_piece(block, group, "paragraph"))
        found.extend(_text_blocks(block, [t for t in texts if _starts_under(t, label) and not _starts_under(t, end)]))
    return found


def _label_groups(block: Block, labels: Sequence[LineSpan]) -> list[list[LineSpan]]:
    """The column's labels, each its lines: a label broken after a hyphen goes on in the next line (see
    :data:`_LABEL_GOES_ON`)."""
    groups: list[list[LineSpan]] = []
    for line in labels:
        text = block.text[line.start : line.end]
        if groups and _broken(block, groups[-1][-1]) and _LABEL_GOES_ON.match(text):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _is_label(lines: Sequence[str]) -> bool:
    """Whether a group's lines are a label: its first line one (:data:`LABEL`), broken at a hyphen only where the
    next goes on ("Omröstnings- / resultat"); a lone "Miljö-" is a text column's broken word."""
    first = lines[0].removesuffix("-") if len(lines) > 1 else lines[0]
    return bool(LABEL.match(first))


def _broken(block: Block, line: LineSpan) -> bool:
    return block.text[line.start : line.end].endswith("-")


def _meeting_decision(name: str, label: LineSpan, texts: Sequence[LineSpan]) -> bool:
    return bool(_MEETING_DECISION.match(name)) and _beside(label, texts)


def _protocol_label(name: str) -> bool:
    """Whether a label names a protocol's section other than its decision (:data:`_PROTOCOL_LABEL`)."""
    return any(found.match(name) for found in (DELIBERATION, DISSENT, DISTRIBUTION, _PROTOCOL_LABEL))


def _beside(label: LineSpan, texts: Sequence[LineSpan]) -> bool:
    return any(abs(text.bbox.top - label.bbox.top) <= _ALIGN * _height(label) for text in texts)


def _height(line: LineSpan) -> float:
    return max(line.bbox.bottom - line.bbox.top, 1.0)


def _starts_under(text: LineSpan, label: LineSpan | float) -> bool:
    """Whether the text line starts at or below the label's line (or the height given)."""
    if isinstance(label, float):
        return text.bbox.top >= label - _ALIGN * _height(text)
    return text.bbox.top >= label.bbox.top - _ALIGN * _height(label)


def _text_blocks(block: Block, lines: Sequence[LineSpan]) -> list[Block]:
    """A label's text: a list item from each line that opens with a marker ("1.", "•"), a paragraph before it."""
    groups: list[tuple[str | None, list[LineSpan]]] = []
    for line in lines:
        opening = _MARKER.match(block.text[line.start : line.end])
        marker = opening.group(1) if opening and _item_marker(opening.group(1)) else None
        if marker is not None or not groups:
            groups.append((marker, [line]))
        else:
            groups[-1][1].append(line)
    return [_piece(block, group, "list_item" if marker else "paragraph", marker) for marker, group in groups]


def _item_marker(word: str) -> bool:
    """Whether a text line's first word marks a list item as the reader's :data:`LIST_MARKER` does, a party none."""
    return bool(LIST_MARKER.match(word)) and not _PARTY_WRAPPED.match(word)


def _piece(block: Block, lines: Sequence[LineSpan], kind: str, marker: str | None = None) -> Block:
    """A block of the row's lines, joined as the reader joins a paragraph's, with their boxes and styles."""
    text = ""
    spans: list[LineSpan] = []
    runs: list[StyleRun] = []
    for number, line in enumerate(lines):
        piece = block.text[line.start : line.end]
        skip = 0
        if number == 0 and marker is not None:
            skip = _MARKER.match(piece).end()  # type: ignore[union-attr]  # the marker was found on this line
            piece = piece[skip:]
        drop, glue = line_joint(text, piece) if text else (0, "")
        text = text[: len(text) - drop] + glue
        start = len(text)
        text += piece
        spans.append(line.model_copy(update={"start": start, "end": len(text)}))
        shift = start - line.start - skip
        for run in block.runs:
            low, high = max(run.start, line.start + skip), min(run.end, line.end)
            if low < high:
                runs.append(run.model_copy(update={"start": low + shift, "end": high + shift}))
    boxes = union_per_page([PageBox(page=line.page, bbox=line.bbox) for line in lines])
    return Block.model_validate(
        {
            "kind": kind,
            "text": text,
            "marker": marker,
            "runs": runs,
            "page": lines[0].page,
            "boxes": boxes,
            "lines": spans,
        }
    )
