"""Referrals whose recipients follow as a list under a lead: list items, or a paragraph of names one a line,
after "... remitterats till följande:" or under a "Remissinstanser" heading."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed, Sentence
from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import BOARD_LIKE, LIST_SEPARATORS, NAME_LIKE, read_board_list, resolve_name
from atgard.extract.referrals.common import IMPLEMENTATION, report_title
from atgard.extract.referrals.cues import has_cue
from atgard.extract.referrals.labelled import labelled_recipients
from atgard.extract.reports import Reports
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND
from atgard.schema.contract import Recipient, Referral
from atgard.schema.read import union_per_page

LIST_HEADING = rule(
    "referral.list_heading",
    r"^(?:remissinstanser|remissen\s+har\s+(?:gått|skickats)\s+till)\b",
    matches=("Remissinstanser", "Remissen har gått till följande:"),
    not_matches=("Remissammanställning",),
)


# What an item may end with before the next: punctuation, "och", "samt".
_ITEM_END = rule(
    "referral.item_end",
    rf"[\s,;.]*(?:\b{AND}\s*)?$",
    matches=("Polisregion Stockholm och", "nämnden för Trafik,"),
)


def _named_item(text: str, register: BoardRegister) -> list[Recipient]:
    """A list item under a referral's lead that names no board the register or the list reader knows: a body
    all the same when it is a short name ("nämnden för Trafik,", "Polisregion Stockholm och")."""
    name = _ITEM_END.sub("", text).strip()
    if not (NAME_LIKE.match(name) or BOARD_LIKE.match(name)) or len(name.split()) > 8:
        return []
    return [resolve_name(name, register)]


def _listed_after(
    analysed: Sequence[Analysed], index: int, register: BoardRegister
) -> tuple[list[Recipient], list[Analysed]]:
    """Recipients set as a list under a lead-in ("... remitterats till följande:", a "Remissinstanser" heading)."""
    recipients: list[Recipient] = []
    items: list[Analysed] = []
    districts = False
    for item in analysed[index + 1 :]:
        if item.block.kind == "list_item" and labelled_recipients(item.text, 0, len(item.text), item.boards, register):
            break  # "Idrottsnämnden: åtgärderna D2.1–D2.4": a directive of its own, not a name of the list
        entries = _entries(item)
        stop = next((i for i, entry in enumerate(entries) if _LIST_STOP.match(entry)), None)
        if (found := _read_entries(entries[:stop], recipients, districts, register)) is None:
            break
        recipients, districts = found
        items.append(item)
        if stop is not None:
            break
    return recipients, items


# Where a list of remissinstanser ends: the sändlista's part of those who get the matter for information or a copy.
_LIST_STOP = rule(
    "referral.list_stop",
    r"^(?:för\s+(?:kännedom|information)|kopia\s+(?:till|för\s+kännedom)|för\s+kännedom\s+till|"
    r"beslutet\s+skickas\s+till|expedieras\s+till|delges)\b",
    matches=("För kännedom", "För kännedom:", "Kopia till", "För information"),
    not_matches=("Kulturnämnden", "Förskolenämnden"),
)


# A label over a part of the list ("Facknämnder:", "Stadsdelsnämnder:", "Övriga remissinstanser:"), and one (or a
# shared head) that names districts, after which a place alone is its district: "Stadsdelsnämnderna" / "Farsta".
_LIST_LABEL = rule(
    "referral.list_label",
    r"^(?:[\wåäöÅÄÖ-]+\s+){0,3}[\wåäöÅÄÖ-]+\s*:$",
    matches=("Facknämnder:", "Stadsdelsnämnder:", "Övriga remissinstanser:"),
    not_matches=("Ärendet har remitterats till följande:", "Kulturnämnden"),
)
_DISTRICTS = rule(
    "referral.districts",
    r"^(?:samtliga\s+|stadens\s+)?stadsdelsnämnd(?:er|erna)\b",
    matches=("Stadsdelsnämnder:", "Samtliga stadsdelsnämnder", "stadsdelsnämnderna"),
    not_matches=("Facknämnder:", "Farsta stadsdelsnämnd"),
)


def _read_entries(
    entries: Sequence[str], recipients: list[Recipient], districts: bool, register: BoardRegister
) -> tuple[list[Recipient], bool] | None:
    """The recipients with those of one item's entries, and whether a place alone is a district after them; None
    when an entry names no one (the list has ended)."""
    if not entries:
        return None
    recipients = list(recipients)
    label = False  # the last entry was the districts' group alone ("Stadsdelsnämnderna"): a label if places follow
    for entry in entries:
        if _LIST_LABEL.match(entry):
            districts, label = bool(_DISTRICTS.match(entry)), False
            continue
        places = _districts_by_place(entry, register) if districts else []
        if places:
            if label:
                recipients.pop()  # "Stadsdelsnämnderna" over its places was their label, not the group
            recipients += places
            label = False
            continue
        if not (found := read_board_list(entry, register) or _named_item(entry, register)):
            return None
        recipients += found
        districts = bool(_DISTRICTS.match(entry))
        label = districts and len(found) == 1 and found[0].group
    return recipients, districts


def _districts_by_place(entry: str, register: BoardRegister) -> list[Recipient]:
    """The district boards an entry names by their places alone ("Farsta", "Farsta och Bromma"); none when a piece
    is no district's place."""
    places = register.places("district_committee")
    ids = [places.get(piece.strip(" ,;.").lower()) for piece in LIST_SEPARATORS.split(entry)]
    if not ids or None in ids:
        return []
    return [Recipient(name=register[i].name, board_id=i, kind=register[i].kind) for i in ids if i is not None]


# A line that goes on on the next one: a name broken after a preposition or a conjunction ("Micasa Fastigheter i").
_GOES_ON = rule(
    "referral.goes_on",
    rf"(?:\s(?:i|för|{AND}|av|till)|[-–])$",
    matches=("Micasa Fastigheter i", "Kulturnämnden och", "Rinkeby-"),
    not_matches=("Micasa Fastigheter", "Kulturnämnden Och"),
    flags=0,
)


def _entries(item: Analysed) -> list[str]:
    """The entries of a list under a lead: a list item's text, or the lines of a paragraph that is names only, one a
    line, as a missive sets its remissinstanser (short lines, no sentence's full stop); none for anything else."""
    text = item.text.strip()
    if item.block.kind == "list_item":  # not a directive that names its bodies ("A yttrar sig över X.")
        if len(text) > 150 or has_cue(text):
            return []
        label, colon, rest = text.partition(": ")  # "Facknämnder: kulturnämnden och idrottsnämnden"
        return [f"{label}:", rest] if colon and _LIST_LABEL.match(f"{label}:") else [text]
    if item.block.kind != "paragraph":
        return []
    lines: list[str] = []
    for line, glued in _lines(item):
        if lines and (_GOES_ON.search(lines[-1]) or line[:1].islower()):
            lines[-1] = f"{lines[-1]}{'' if glued else ' '}{line}"
        elif line:
            lines.append(line)
    names_only = all(
        len(line.split()) <= 8
        and (not line.endswith((".", "!", "?", ":")) or _LIST_LABEL.match(line))
        and not has_cue(line)  # a lead: "Kontoret föreslår att X remitteras till"
        for line in lines
    )
    return lines if names_only else []


def _lines(item: Analysed) -> list[tuple[str, bool]]:
    """A paragraph's lines, each with whether it is glued to the one before (a word hyphenated over the line end,
    "transport-" / "forskningsinstitut", is one word in the block's text)."""
    text = item.block.text
    spans = item.block.lines
    if not spans:
        return [(item.text.strip(), False)]
    return [
        (
            text[span.start : span.end].strip(),
            i > 0 and spans[i - 1].end == span.start and not text[span.start - 1].isspace(),
        )
        for i, span in enumerate(spans)
    ]


def list_referral(
    lead: Analysed,
    sentence: Sentence | None,
    reports: Reports,
    analysed: Sequence[Analysed],
    register: BoardRegister,
) -> Referral | None:
    recipients, items = _listed_after(analysed, lead.index, register)
    if not recipients:
        return None
    text = sentence.text if sentence else lead.text
    start, end = (sentence.start, sentence.end) if sentence else (0, len(lead.text))
    titles = [s for s in reports.spans if s.block == lead.index]
    boxes = union_per_page(lead.block.locate(start, end) + [box for item in items for box in item.block.boxes])
    return Referral(
        report_title=report_title(lead, sentence or Sentence(start, end, text), titles, reports),
        action="implementation" if IMPLEMENTATION.search(text) else "opinion",
        scope="report",
        recipients=recipients,
        text=" ".join([text, *(f"– {item.text}" for item in items)]),
        page=boxes[0].page,
        bbox=boxes[0].bbox,
        boxes=boxes,
    )
