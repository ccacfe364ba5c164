"""One sentence that asks several bodies about different measures: each body gets its own codes.

Swedish leaves out the verb of a second request ("A ges tillfälle att yttra sig över åtgärderna K3.1 och K3.2, och
B över åtgärd K3.4"), or pairs bodies and codes with "respektive" ("A och B ombeds yttra sig över åtgärderna K1.1
respektive K1.2–K1.3"). Read as one referral, every body would get every code; here the sentence is cut into its
parts, each a list of bodies and the codes that are theirs.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from atgard.extract.codes import CodeSpan
from atgard.extract.mentions import BoardSpan
from atgard.extract.referrals.common import PRIMARY
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, MEASURE_WORD

# Between the codes of the first part and the bodies of a gapped one: ", och", "samt", "medan", "och för"; a bare
# comma before a part that is not the last ("A över åtgärd 1.2, B över åtgärderna 1.3 och 2.2 samt C över 2.1").
_GAP_OPENING = rule(
    "referral.gap_opening",
    r"^\s*(?:,?\s*(?:och|samt|medan|liksom|respektive)\s+(?:även\s+|också\s+)?|,\s*)$",
    matches=(", och ", " samt ", ", medan ", " och även ", ", "),
    not_matches=(" om cykelparkering, och ", " ska ", " "),
)
# Between the gapped part's bodies and its codes: the preposition the left-out verb governed, then the measure word.
_GAP_OBJECT = rule(
    "referral.gap_object",
    r"^\s+(?:över|om|för|gällande|avseende|beträffande|rörande|(?:vad|när\s+det)\s+gäller)\s+"
    rf"(?:(?:den\s+|de\s+)?(?:{MEASURE_WORD}|punkt)\w*\s+(?:nr\.?\s*)?)?$",
    matches=(" över åtgärd ", " över åtgärderna ", " gällande insatserna ", " när det gäller åtgärd nr "),
    not_matches=(" ska yttra sig över åtgärd ", " och "),
)
# Two bodies paired with two code groups: "A och B … över åtgärderna K1.1 respektive K1.2".
_RESPECTIVE = rule(
    "referral.codes_respective",
    rf"^\s*,?\s*respektive\s+(?:(?:{MEASURE_WORD})\w*\s+)?$",
    matches=(" respektive ", ", respektive ", " respektive åtgärd "),
    not_matches=(" och ", " samt "),
)
# Bodies in one gapped part joined to each other: "B och C över åtgärd K3.4".
_JOINED = rule(
    "referral.gap_joined_bodies",
    r"^\s*(?:,|och|samt)?\s*(?:,|och|samt)?\s*$",
    matches=(" och ", ", ", " samt "),
    not_matches=(" över ",),
)

Part = tuple[list[str], list[str]]  # the bodies' names, their codes


def _code_groups(text: str, codes: Sequence[CodeSpan], boards: Sequence[BoardSpan]) -> list[list[CodeSpan]]:
    """The codes cut where bodies or a "respektive" stand between them."""
    groups: list[list[CodeSpan]] = []
    for code in codes:
        if groups and groups[-1][-1].end >= code.start:  # one range spelled out
            groups[-1].append(code)
            continue
        if groups and not _RESPECTIVE.match(text[groups[-1][-1].end : code.start]):
            between = text[groups[-1][-1].end : code.start]
            named = any(groups[-1][-1].end <= b.start and b.end <= code.start for b in boards)
            if len(between) < 60 and not named and not any(ch in between for ch in ".;"):
                groups[-1].append(code)
                continue
        groups.append([code])
    return groups


def _gapped(text: str, groups: list[list[CodeSpan]], boards: Sequence[BoardSpan]) -> list[Part] | None:
    """ "A … över åtgärderna K3.1 och K3.2, och B över åtgärd K3.4": the parts after the first, each the bodies
    between two code groups and the later group's codes; None when the sentence is not of that shape."""
    parts: list[Part] = []
    for earlier, later in itertools.pairwise(groups):
        between = [b for b in boards if earlier[-1].end <= b.start and b.end <= later[0].start]
        if not between:
            return None
        if not _GAP_OPENING.match(text[earlier[-1].end : between[0].start]):
            return None
        if not all(_JOINED.match(text[a.end : b.start]) for a, b in itertools.pairwise(between)):
            return None
        if not _GAP_OBJECT.match(text[between[-1].end : later[0].start]):
            return None
        parts.append(([b.name for b in between], [c.code for c in later]))
    return parts


def split_by_codes(
    text: str, codes: Sequence[CodeSpan], boards: Sequence[BoardSpan], recipients: Sequence[str]
) -> list[Part] | None:
    """The sentence's parts when its bodies have codes of their own, the first part the clause's own bodies (text,
    codes and bodies' spans relative to the sentence); None when every body is asked about every code.

    >>> from atgard.extract.codes import find_codes
    >>> from atgard.extract.mentions import BoardSpan
    >>> s = "A AB ges tillfälle att yttra sig över åtgärderna K3.1 och K3.2, och B AB över åtgärd K3.4."
    >>> b = [BoardSpan(0, 4, "A AB", None, "A AB", "company"), BoardSpan(68, 72, "B AB", None, "B AB", "company")]
    >>> split_by_codes(s, find_codes(s), b, ["A AB"])
    [(['A AB'], ['K3.1', 'K3.2']), (['B AB'], ['K3.4'])]
    """
    groups = _code_groups(text, codes, boards)
    if len(groups) < 2:
        return None
    first = [c.code for c in groups[0]]
    if (gapped := _gapped(text, groups, boards)) is not None:
        named = {name for part in gapped for name in part[0]}
        return [([r for r in recipients if r not in named], first), *gapped]
    respective = all(_RESPECTIVE.match(text[a[-1].end : b[0].start]) for a, b in itertools.pairwise(groups))
    if respective and len(recipients) == len(groups):
        return [([name], [c.code for c in group]) for name, group in zip(recipients, groups, strict=True)]
    return None


# A later "till" of one sending verb that opens a part of its own: "…, till C för yttrande över rapporten i sin
# helhet samt till D för yttrande över åtgärd 3.3".
_LATER_PART = rule(
    "referral.later_to_part",
    rf"(?:,\s*(?:{AND}\s+)?|\s+{AND}\s+)(?:även\s+|också\s+|dessutom\s+)?till\s+$",
    matches=(", till ", " samt till ", " och till ", ", och även till "),
    not_matches=(" till ", " ska yttra sig till "),
)
# What a part asks of its bodies, after them: "för yttrande över", "för synpunkter på", "för kännedom".
_PART_PURPOSE = rule(
    "referral.part_purpose",
    r"\bför\s+(?:(?:yttrande|synpunkter|svar|besvarande)\b|att\s+(?:yttra|besvara|svara)\b|"
    r"(?P<notice>kännedom|information)\b)",
    matches=(" för yttrande över åtgärderna", " för synpunkter på", " för kännedom", ", för att yttra sig över"),
    not_matches=(" för att", " handlingsplan för gångtrafik"),
)


def split_by_to(
    text: str, codes: Sequence[CodeSpan], boards: Sequence[BoardSpan], recipients: Sequence[str]
) -> list[Part] | None:
    """ "remitteras till A och B för yttrande över åtgärderna 2.1–2.4, till C för yttrande över rapporten i sin
    helhet samt till D för yttrande över åtgärd 3.3": each "till" its own bodies (the first part the clause's own)
    and the codes of its own purpose (none: the whole report); bodies sent the matter "för kännedom" are asked
    nothing. None when the sentence is not of that shape: each part, the first too, says what it asks.

    >>> from atgard.extract.codes import find_codes
    >>> from atgard.extract.mentions import BoardSpan
    >>> s = "X sänds till A AB för yttrande om åtgärd 1.1, till B AB för yttrande samt till C AB för kännedom."
    >>> b = [BoardSpan(s.index(n), s.index(n) + 4, n, None, n, "company") for n in ("A AB", "B AB", "C AB")]
    >>> split_by_to(s, find_codes(s), b, ["A AB"])
    [(['A AB'], ['1.1']), (['B AB'], []), ([], [])]
    """
    opening = [b.start for b in boards if (m := _LATER_PART.search(text, 0, b.start)) and m.end() == b.start]
    if not opening:
        return None
    cuts = [0, *opening, len(text)]
    parts: list[Part] = []
    for start, end in itertools.pairwise(cuts):
        purpose = _PART_PURPOSE.search(text, start, end)
        if purpose is None:
            return None
        bodies = [b.name for b in boards if start <= b.start and b.end <= purpose.start()]
        if start == 0:
            later = {b.name for b in boards if b.start >= cuts[1]}
            bodies = [r for r in recipients if r in bodies and r not in later]
        own = [c.code for c in codes if purpose.start() <= c.start and c.end <= end]
        parts.append(([] if purpose.group("notice") else bodies, own))
    return parts


# The bodies asked besides those asked first (``common.PRIMARY``) in one sentence: "i första hand till A och B samt
# därutöver till C", "… i första hand av A, och även av B", "i andra hand".
_BESIDES = rule(
    "referral.asked_besides",
    r"\b(?:samt|och)\s+(?:därutöver|därtill|dessutom|även|också|vidare)\b|\bi\s+andra\s+hand\b",
    matches=("samt därutöver till", "och även till", "samt också", "i andra hand till"),
    not_matches=("samt till", "och till", "därutöver"),
)


def split_by_priority(
    text: str, boards: Sequence[BoardSpan], recipients: Sequence[str]
) -> tuple[list[str], list[str]] | None:
    """The bodies a sentence asks first and those it asks besides them: "remitteras i första hand till A och B samt
    därutöver till C och D" asks A and B first (priority), C and D as well. None when it asks all alike.

    >>> from atgard.extract.mentions import BoardSpan
    >>> s = "X remitteras i första hand till A AB och B AB samt därutöver till C AB."
    >>> b = [BoardSpan(s.index(n), s.index(n) + 4, n, None, n, "company") for n in ("A AB", "B AB", "C AB")]
    >>> split_by_priority(s, b, ["A AB", "B AB", "C AB"])
    (['A AB', 'B AB'], ['C AB'])
    """
    first = PRIMARY.search(text)
    besides = _BESIDES.search(text, first.end()) if first is not None else None
    if besides is None:
        return None
    at = {b.name: b.start for b in boards}
    before = [r for r in recipients if at.get(r, text.lower().find(r.lower())) < besides.start()]
    after = [r for r in recipients if r not in before]
    return (before, after) if before and after else None
