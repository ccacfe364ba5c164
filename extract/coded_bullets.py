"""A programme's measures restated as bullets, each opened by its code: a protocol or memo that sends the programme
out (or adopts it) lists them so, with no one named::

    • B1 Planberedskap för minst 600 bostäder per år säkerställs genom detaljplaneprogram …
    • B2 En bostadssocial plan tas fram för personer som inte kan etablera sig på bostadsmarknaden.
    • B3 Mitthem AB bygger minst 120 lägenheter per år varav en tredjedel med lägre hyra.

Each is a measure of the programme the document is about, its code the bullet's. The codes must run in one series
("B1", "B2", "B3": one letter or two, numbers one up), at least three in a row: a lone "E4 Sundsvall–Umeå" bullet,
or bullets of roads or grid squares, are no measures. And the run must be said to list measures: by the text above
it in its section ("… och följande åtgärder:", a heading "Åtgärder"), or by the document naming one of its codes a
measure ("åtgärderna B3 och B4"). A programme codes its goals, indicators and focus areas the same way ("Programmets
mål" over "M1 Minskade utsläpp …", "M2 …", "M3 …"), a timetable its weeks: no measures.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.codes import find_codes
from atgard.extract.rules import rule
from atgard.extract.vocabulary import MEASURE_AREA, MEASURE_WORD
from atgard.schema.contract import Measure

# A bullet opened by a code of a letter or two and a number, then the measure's sentence: "B1 Planberedskap för …",
# "KA2 – Dagvattensystemet byggs om.", "Å3: En samordnare inrättas."
_CODED_BULLET = rule(
    "measure.coded_bullet",
    rf"^(?P<letters>{MEASURE_AREA})(?P<number>\d{{1,2}})\s*[:.–-]?\s+(?P<text>[A-ZÅÄÖ][a-zåäöé].*)$",
    matches=(
        "B1 Planberedskap för minst 600 bostäder per år säkerställs.",
        "KA2 – Dagvattensystemet byggs om.",
        "Å3: En samordnare inrättas.",
    ),
    not_matches=("B1 och B2 kräver samverkan.", "E18 SFS", "A2.1 Ny plan.", "2027 Budgeten", "ABC1 Text"),
    flags=0,
)
# Bullets in one series of codes: a pair ("E4", "E5"; "B1 och B2") is too often roads or squares named together.
_AT_LEAST = 3
# What the text above a run of coded bullets says it lists, the last word of either kind deciding: measures ("… och
# följande åtgärder:", "Insatser"), or goals, indicators, focus areas ("Programmets mål", "Förslaget har tre delmål:",
# "Indikatorer", "Fokusområden"). "Förslag till …" names the proposal, not its measures.
_LISTED = rule(
    "measure.coded_bullets_lead",
    rf"\b(?:(?P<measure>(?:{MEASURE_WORD})(?!\s+till\b))|"
    r"(?P<goal>\w*mål(?:et|en)?|målområde(?:t|n|na)?|\w*indikator(?:n|er|erna)?|fokusområde(?:t|n|na)?|"
    r"nyckeltal(?:et|en)?))\b",
    matches=("Programmet redovisar följande åtgärder:", "Åtgärder", "Insatserna är", "Programmets mål", "Delmålen:"),
    not_matches=("Kommunstyrelsekontoret har tagit fram ett förslag till program:", "Ärendet i korthet", "Målgrupp"),
)


def _coded(item: Analysed) -> tuple[str, int, str] | None:
    if item.block.kind != "list_item" or (found := _CODED_BULLET.match(item.text.strip())) is None:
        return None
    return found.group("letters"), int(found.group("number")), " ".join(found.group("text").split())


def extract_coded_bullets(analysed: Sequence[Analysed], report_title: str | None) -> list[Measure]:
    """The measures of runs of coded bullets of one series ("B1 …", "B2 …", "B3 …"), with no one named.

    >>> extract_coded_bullets([], "Program")
    []
    """
    runs: list[list[tuple[Analysed, str, str]]] = []
    run: list[tuple[Analysed, str, str]] = []
    last: tuple[str, int] | None = None
    for item in analysed:
        found = _coded(item)
        if found is None or last is None or (found[0], found[1] - 1) != last:
            runs.append(run)
            run = []
        if found is not None:
            run.append((item, found[0] + str(found[1]), found[2]))
            last = found[0], found[1]
        else:
            last = None
    runs.append(run)
    runs = [run for run in runs if len(run) >= _AT_LEAST]
    cued = _cued_codes(analysed, {item.index for run in runs for item, _, _ in run}) if runs else set()
    return [
        Measure(code=code, report_title=report_title, text=text, responsible=[], **item.located())
        for run in runs
        if _lists_measures(analysed, run[0][0]) or cued & {code for _, code, _ in run}
        for item, code, text in run
    ]


def _lists_measures(analysed: Sequence[Analysed], first: Analysed) -> bool:
    """Whether the text above a run's ``first`` bullet, up to its section's heading, says the run lists measures:
    the nearest block naming measures or goals decides."""
    above = [item for item in analysed if item.index < first.index]
    for item in reversed(above):
        if said := list(_LISTED.finditer(item.text)):
            return said[-1].group("measure") is not None
        if item.block.kind == "heading":
            break
    return False


def _cued_codes(analysed: Sequence[Analysed], bullets: set[int]) -> set[str]:
    """The codes the document names measures outside the coded bullets: "åtgärderna B3 och B4"."""
    return {code.code for item in analysed if item.index not in bullets for code in find_codes(item.text)}


def bullets_beside(
    measures: Sequence[Measure], analysed: Sequence[Analysed], sent: set[str | None], tabled: str | None
) -> list[Measure]:
    """The coded bullets' measures other readings did not find (by code or text), of the programme the document
    sends out (``sent``: its referrals' report titles) if one, else of ``tabled``."""
    codes = {m.code for m in measures if m.code}
    texts = {" ".join(m.text.split()) for m in measures}
    bullets = extract_coded_bullets(analysed, next(iter(sent)) if len(sent) == 1 else tabled)
    return [m for m in bullets if m.code not in codes and m.text not in texts]
