"""A later reply date for some of the recipients: "X och Y ges förlängd svarstid till den 16 april 2027".

A referral memo states one reply date for all answers, then moves it for the bodies that need longer (to work out
costs, to take the matter to their board): "Fastighetsnämnden och Micasa Fastigheter i Stockholm AB, som behöver ta
fram kostnadsberäkningar, ges förlängd svarstid till den 16 april 2027", "För trafiknämnden förlängs svarstiden till
den 30 april", "Exploateringsnämnden får svara senast den 15 maj 2027". A referral whose recipients are all among
the bodies the sentence names takes the later date; the others keep theirs. Said as granted (forward), not as
recounted ("har beviljats anstånd"): an account of a request for more time moves no date here.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.dates import DATE, ReplyBy, as_iso
from atgard.extract.rules import rule
from atgard.schema import PageBox
from atgard.schema.contract import Referral

_EXTENDED = rule(
    "referral.extended_reply_by",
    r"\b(?:ges|får|beviljas|medges)\s+(?:\w+\s+)?(?:förlängd|längre|utökad|senare)\s+(?:svarstid|remisstid|svarsdag)\b|"
    r"\b(?:svarstiden|remisstiden)\s+(?:\w+\s+){0,3}?förlängs\b|\bförlängs\s+(?:\w+\s+)?(?:svarstiden|remisstiden)\b|"
    r"\b(?:ges|får|beviljas|medges)\s+anstånd\b|"
    r"\bfår\s+(?:i\s+stället\s+|dock\s+)?(?:svara|lämna\s+(?:sitt|sina)\s+(?:svar|yttranden?)|"
    r"(?:in)?komma\s+in\s+med\s+(?:sitt|sina)\s+(?:svar|yttranden?))\s+senast\b",
    matches=(
        "Fastighetsnämnden och Micasa Fastigheter i Stockholm AB ges förlängd svarstid till den 16 april 2027.",
        "För trafiknämnden förlängs svarstiden till den 30 april 2027.",
        "Svarstiden för exploateringsnämnden förlängs till den 30 april 2027.",
        "Exploateringsnämnden får i stället svara senast den 15 maj 2027.",
        "Socialnämnden ges anstånd till den 30 oktober 2026.",
        "SISAB får längre svarstid, till den 1 juni 2027.",
    ),
    not_matches=(
        "Socialnämnden har begärt anstånd till den 26 oktober 2026.",
        "Remissvaren ska ha kommit in senast den 26 februari 2027.",
        "Socialnämnden har beviljats anstånd till den 30 oktober 2026.",
    ),
)


def _extensions(analysed: Sequence[Analysed]) -> list[tuple[set[str], ReplyBy]]:
    """The bodies each sentence that moves the reply date names, and the later date."""
    found = []
    for item in analysed:
        if item.block.kind not in ("paragraph", "list_item"):
            continue
        for sentence in item.sentences():
            if not _EXTENDED.search(sentence.text) or (date := DATE.search(sentence.text)) is None:
                continue
            named = {b.name for b in item.boards if sentence.start <= b.start and b.end <= sentence.end}
            if named:
                where = item.located(sentence.start + date.start(), sentence.start + date.end())
                found.append((named, ReplyBy(as_iso(date), PageBox(page=where["page"], bbox=where["bbox"]))))
    return found


def with_extended_dates(referrals: Sequence[Referral], analysed: Sequence[Analysed]) -> list[Referral]:
    """Each referral whose recipients a later sentence gives a later reply date, with that date."""
    extensions = _extensions(analysed)
    dated = []
    for referral in referrals:
        names = {r.name for r in referral.recipients}
        later = [due for bodies, due in extensions if names and names <= bodies]
        if later and referral.reply_by is not None and later[-1].date > referral.reply_by:
            referral = referral.model_copy(update={"reply_by": later[-1].date, "reply_by_source": later[-1].source})
        dated.append(referral)
    return dated
