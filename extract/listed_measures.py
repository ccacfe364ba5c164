"""An action plan's measures as list items, each followed by a line naming those responsible.

A plan in a memo (a tjänsteskrivelse that asks a board to adopt it) may set its measures as bullets with no code,
a line "Ansvar: Äldrenämnden" under each::

    • Mötesplatserna för seniorer utökar sina öppettider till minst två kvällar i veckan.
    Ansvar: Äldrenämnden
    • Redan i dag finns elva träffpunkter som drivs av civilsamhället.
    • Uppsalahem AB inrättar gemensamhetslokaler i minst fyra områden.
    Ansvarig: Uppsalahem AB

An item the line follows is a measure; an item another item follows is a fact among them (the "elva träffpunkter"
above), and so is every item of a list no such line follows. A page break may stand between the item and its line.
At least two items must be so followed: one alone may be a stray label.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.boards import BoardRegister
from atgard.extract.measure_responsible import measure_responsible
from atgard.extract.responsible import RESPONSIBLE, responsible_part
from atgard.schema.contract import Measure

_AT_LEAST = 2  # items followed by a line of those responsible, for the list to be a plan's measures


def _responsible_line(item: Analysed) -> str | None:
    """Those responsible, as a line of its own names them ("Ansvar: Kulturnämnden"); None for any other block."""
    if item.block.kind not in ("paragraph", "list_item", "heading"):
        return None
    found = RESPONSIBLE.match(item.text.strip())
    return found.group("list") if found else None


def extract_listed_measures(
    analysed: Sequence[Analysed], report_title: str | None, register: BoardRegister
) -> list[Measure]:
    """The measures of a plan set as list items, each with a line "Ansvar: …" under it.

    >>> extract_listed_measures([], "Plan", None)
    []
    """
    pairs: list[tuple[Analysed, str, str | None]] = []
    section: str | None = None
    for item, following in itertools.pairwise(analysed):
        if item.block.kind == "heading":
            section = " ".join(item.text.split())
        if item.block.kind != "list_item" or _responsible_line(item) is not None:
            continue
        if (who := _responsible_line(following)) is not None:
            pairs.append((item, who, section))
    if len(pairs) < _AT_LEAST:
        return []
    return [_measure(item, who, section, report_title, register) for item, who, section in pairs]


def _measure(
    item: Analysed, who: str, section: str | None, report_title: str | None, register: BoardRegister
) -> Measure:
    responsible = measure_responsible(responsible_part(who), register)
    text = " ".join(item.text.split())
    return Measure(report_title=report_title, text=text, responsible=responsible, section=section, **item.located())
