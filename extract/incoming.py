"""An agenda's incoming remisser: the items a board's agenda lists as remisser sent to the board, each a matter
line followed by where it came from and when the answer is due:

    5. Förslag till Stockholms stads plan för offentliga toaletter 2026–2030
       Remiss från kommunstyrelsen, KS 2026/0811
       Svar till kommunstyrelsen senast: 2026-06-12

The matter line names the report the board is asked about (without "Förslag till", "Samråd om", "Remiss av"); the
board whose agenda it is, is the remiss's recipient, its answer due by the date the item gives. An item may tell
all of it on its own line: "4. Remiss av Handlingsplan för grönytor 2027–2030 från kommunstyrelsen, svar senast
2027-05-20" (``agenda.remiss_in_line``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from atgard.extract.analysis import Analysed
from atgard.extract.report_headings import heading_title
from atgard.extract.report_titles import without_frame
from atgard.extract.rules import rule

# Where the remiss came from, on a line of its own under the item: "Remiss från kommunstyrelsen, KS 2026/0811",
# "Samråd från stadsbyggnadsnämnden (Dp 2024-08812)", "Remisshandling från Trafikverket".
_FROM = rule(
    "agenda.remiss_from",
    r"^(?:remiss(?:handling)?|samråd(?:sremiss)?|granskning(?:sremiss)?)\s+från\s+"
    r"(?P<sender>[^,;()]{3,80}?)\s*(?:[,;(].{0,60})?\.?$",
    matches=(
        "Remiss från kommunstyrelsen, KS 2026/0811",
        "Samråd från stadsbyggnadsnämnden (Dp 2024-08812)",
        "Remiss från Trafikverket",
        "Remisshandling från Region Stockholm; dnr RS 2026/118",
    ),
    not_matches=(
        "Svar på remiss från kommunstyrelsen",
        "Remiss från kommunstyrelsen har inkommit till nämnden och förvaltningen har berett ett förslag till svar.",
    ),
)
# What frames a matter's title on an agenda's line: a consultation or a remiss of it ("Samråd om detaljplan för X",
# "Remiss av X", "Granskning av X").
_MATTER_FRAME = rule(
    "agenda.matter_frame",
    r"^(?:samråd|remiss|remittering|granskning|utställning)\s+(?:om|av|avseende|angående|över|gällande)\s+",
    matches=("Samråd om detaljplan för kv. Korpen", "Remiss av förslag till ", "Granskning av detaljplan för"),
    not_matches=("Riktlinjer för stadens arbete", "Samrådsredogörelse för detaljplan"),
)
# An item whose own line tells the remiss, its sender and its date: "4. Remiss av Handlingsplan för X 2027–2030 från
# kommunstyrelsen, svar senast 2027-05-20", "6. Remiss från trafiknämnden av förslag om ändrade trafikföreskrifter
# på Y, svar senast den 3 juni 2027" (the title without "förslag om/till"; the last "från" sends; a spaced dash ends
# the sender).
_IN_LINE = rule(
    "agenda.remiss_in_line",
    r"^(?:\d{1,2}[.)]\s+)?(?:remiss|samråd|granskning)\s+(?:"
    r"(?:av|om|över|angående)\s+(?:förslag(?:et)?\s+(?:om|till)\s+)?(?P<title>.+)\s+från\s+"
    r"(?P<sender>(?!.*\s(?:av|om)\s)[^,;().]{3,80}?)|"
    r"från\s+(?P<sender2>(?:(?!\s[-\u2013\u2014]\s)[^,;().]){3,80}?)\s+(?:av|om|över|angående)\s+"
    r"(?:förslag(?:et)?\s+(?:om|till)\s+)?"
    r"(?P<title2>[^,;()]+?))"
    r"\s*(?:(?:[,;(]|[-\u2013\u2014](?=\s))\s*(?:svar\w*|yttrande\w*|dnr|[A-ZÅÄÖ]{1,4}\s?\d{4})\b[^.]{0,60})?$",
    matches=(
        "4. Remiss av Handlingsplan för grönytor 2027–2030 från kommunstyrelsen, svar senast 2027-05-20",
        "6. Remiss från trafiknämnden av förslag om ändrade trafikföreskrifter på Y, svar senast den 3 juni 2027",
        "3) Samråd om detaljplan för kv. Korpen från stadsbyggnadsnämnden",
        "Remiss av Rapport från utredningen om skolval från kommunstyrelsen (KS 2027/12)",
        "5. Remiss av förslag till Riktlinjer för X från kulturnämnden – svar senast 10 juni",
    ),
    not_matches=(
        "Svar på remiss av X från kommunstyrelsen",
        "5. Remiss av strategin från kommunstyrelsen har inkommit till nämnden och förvaltningen har berett svar.",
        "7. Månadsrapport per april 2027",
        "4. Remiss av handlingsplan 2027",
        "6. Remiss från kommunstyrelsen – motion om fler bibliotek",  # a motion after the dash, no sender "… – motion"
    ),
)
_NEAR = 4  # the provenance stands right under the item's line, before its text


@dataclass(frozen=True)
class Incoming:
    """A remiss an agenda lists as sent to its board."""

    item: int  # the index of the item's line
    start: int  # the title in the line's text
    title: str  # capitalised, its frame taken off
    sender: str  # who sent it ("kommunstyrelsen")
    lines: tuple[int, ...]  # the item's own lines: its line, then those under it before its text


def _numbered(item: Analysed) -> bool:
    return item.block.kind == "list_item" and (item.block.marker or "").rstrip(".)").isdigit()


def matter_title(text: str) -> tuple[int, str] | None:
    """Where a matter line's title starts, and the title: "Samråd om detaljplan för X" -> "Detaljplan för X"."""
    if (found := heading_title(text)) is not None:
        return found.start("title"), found.group("title").strip()
    framed = _MATTER_FRAME.match(text)
    rest = text[framed.end() if framed else 0 :]
    title = without_frame(rest).strip(" .")
    start = len(text) - len(rest) + max(0, rest.casefold().find(title.casefold()))
    return (start, title[:1].upper() + title[1:]) if len(title.split()) >= 2 else None


def _told_in_line(item: Analysed) -> Incoming | None:
    """An item line that tells the remiss itself: "4. Remiss av X från kommunstyrelsen, svar senast 2027-05-20"."""
    text = item.text.strip()
    if not (_numbered(item) or (item.block.kind == "heading" and text[:1].isdigit())):
        return None
    if (told := _IN_LINE.match(text)) is None:
        return None
    key = "title" if told.group("title") else "title2"
    title = without_frame(told.group(key)).strip(" .")
    if len(title.split()) < 2:
        return None
    sender = told.group("sender") or told.group("sender2") or ""
    start = len(item.text) - len(item.text.lstrip()) + told.start(key)
    return Incoming(item.index, start, title[:1].upper() + title[1:], sender, (item.index,))


def incoming_remisser(analysed: Sequence[Analysed]) -> list[Incoming]:
    """The remisser an agenda lists as sent to its board: a numbered matter line, "Remiss från X" on a line under it,
    or a line that tells the remiss, its sender and date itself."""
    found: list[Incoming] = []
    for position, item in enumerate(analysed):
        if (in_line := _told_in_line(item)) is not None:
            found.append(in_line)
            continue
        if not _numbered(item) or item.text.rstrip().endswith((".", ":")):
            continue
        under = []  # the item's lines under it: where it came from, when it is due, its case number
        for following in analysed[position + 1 : position + 1 + _NEAR]:
            if following.block.kind != "paragraph" or following.text.rstrip().endswith("."):
                break
            under.append(following)
        origin = next((u for u in under if _FROM.match(u.text.strip())), None)
        titled = matter_title(item.text.strip()) if origin is not None else None
        if origin is None or titled is None:
            continue
        sender = _FROM.match(origin.text.strip())
        indent = len(item.text) - len(item.text.lstrip())
        lines = (item.index, *(u.index for u in under))
        by = sender.group("sender") if sender else ""
        found.append(Incoming(item.index, indent + titled[0], titled[1], by, lines))
    return found
