"""A plan a protocol's item adopts by its full name, where the item's heading gives it shorter.

    § 45 HANDLINGSPLAN FÖR KLIMATANPASSNING 2027–2031
    …
    Beslut  1. Handlingsplan för klimatanpassning i Örebro kommun 2027–2031 antas.

The decision point names the plan as its subject, before the passive verb ("antas", "fastställs"): that name is
the report's, when it holds the heading's words in their order, from the same plan noun to the same last word,
and adds a few (the place the plan is for, "i Örebro kommun", "för Umeå tätort"). A subject that adds more, or
that ends or starts otherwise ("Handlingsplan för klimatanpassning antas", "Avfallsplan 2027–2031 antas"), is
some other plan. extract/agenda_plans.py reads the item and asks this when the name is not the heading's own.
"""

from __future__ import annotations

from atgard.extract.rules import rule
from atgard.extract.title_parts import PLAN_NOUN
from atgard.schema.keys import title_key

# A decision point that is a plan's name and its adoption in the passive: "1. Handlingsplan för klimatanpassning
# i Örebro kommun 2027–2031 antas." (its own number or not). The name opens the point with a capital and is one
# sentence; a definite noun ("Planen antas") or a name after the verb ("Nämnden antar Handlingsplan för X") is none.
_FULL_NAME_ADOPTED = rule(
    "report.adopted_full_name",
    rf"^\s*(?:\d{{1,2}}[.)]\s+)?(?P<name>(?=[A-ZÅÄÖ])(?i:{PLAN_NOUN})\s+[^.;:]{{3,160}}?)"
    r"\s+(?:antas|antogs|fastställs|fastställdes)\b",
    matches=(
        "Handlingsplan för klimatanpassning i Örebro kommun 2027–2031 antas.",
        "1. Handlingsplan för klimatanpassning i Örebro\nkommun 2027–2031 antas.",
        "2) Avfallsplan för Sundsvalls kommun 2027 - 2032 fastställs",
        "Program för idrott i Umeå kommun 2027–2030 antogs av fullmäktige.",
    ),
    not_matches=(
        "Planen antas.",
        "Handlingsplanen för klimatanpassning antas.",
        "Kommunfullmäktige antar Handlingsplan för klimatanpassning 2027–2031.",
        "Kommunstyrelsen föreslår att Handlingsplan för X antas.",
        "handlingsplan för klimatanpassning antas",
        "Motionen avslås. Handlingsplan för X antas.",
    ),
    flags=0,
)
# At most so many words the full name adds to the heading's.
_MOST_ADDED = 6


def named_in_full(text: str, heading_title: str) -> tuple[int, str] | None:
    """Where a decision point ``text`` adopts the heading's plan by a fuller name, and that name (on one line)."""
    found = _FULL_NAME_ADOPTED.match(text)
    if found is None:
        return None
    short, full = _words(heading_title), _words(found.group("name"))
    if not short or len(full) <= len(short) or len(full) - len(short) > _MOST_ADDED:
        return None
    if full[0] != short[0] or full[-1] != short[-1] or not _in_order(short, full):
        return None
    return found.start("name"), found.group("name").replace("\n", " ")


def _words(title: str) -> list[str]:
    """A title's words, as its key spells them, without the commas between them."""
    return [word.strip(",;") for word in title_key(title).split()]


def _in_order(words: list[str], within: list[str]) -> bool:
    """Whether ``words`` stand in ``within`` in their order (others between them)."""
    rest = iter(within)
    return all(word in rest for word in words)
