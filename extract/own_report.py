"""The report a document is about when it is that report itself, or a plan's consultation account: its first-page
title over "Remissversion, januari 2027" (the programme sent on remiss, what its "programförslaget" remits), or the
plan a "Samrådsredogörelse – detaljplan för X" heading names (the samråd was a remiss of the plan); or an answer's
title that is the report's name, which the letter calls "rubricerad remiss" (the remiss captioned above).
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.report_headings import heading_title
from atgard.extract.rules import rule
from atgard.extract.title_parts import PLAN_NOUN
from atgard.schema.keys import title_key

Found = tuple[int, int, int, str]  # the block's index, the title's start and end in its text, the title


def own_report(analysed: Sequence[Analysed], known: set[str]) -> list[Found]:
    """The document's own report (see the module), unless a title already known names it."""
    return _own_remiss_version(analysed, known) or _consulted_plan(analysed) or _captioned(analysed, known)


# The line under a report's own title that marks the document as the version sent out on remiss: "Remissversion,
# januari 2027", "Remissutgåva 2026-11-02", "Förslag – remissversion", "Version för remiss".
_REMISS_VERSION = rule(
    "report.own_remiss_version",
    r"^(?:förslag\s*[,:\u2013-]?\s*)?(?:remiss(?:version|utgåva|upplaga)|version\s+för\s+remiss)\b",
    matches=("Remissversion, januari 2027", "Remissutgåva 2026-11-02", "Förslag – remissversion", "Version för remiss"),
    not_matches=("Remissvar", "Remissversionen har bearbetats efter samrådet.", "Remiss av program för äldre"),
)


def _own_remiss_version(analysed: Sequence[Analysed], known: set[str]) -> list[Found]:
    """The document's own title when it is the report itself, sent on remiss: a first-page top heading with a
    "Remissversion, januari 2027" line right under it (what its "programförslaget" or "rapporten" remits)."""
    for position, item in enumerate(analysed[:12]):
        if item.block.kind != "heading" or item.block.page != 1 or item.block.level != 1:
            continue
        title = item.block.text.strip()
        under = analysed[position + 1 : position + 3]
        if len(title.split()) >= 2 and any(_REMISS_VERSION.match(u.text.strip()) for u in under):
            if title_key(title) in known:
                return []
            start = len(item.block.text) - len(item.block.text.lstrip())
            return [(item.index, start, start + len(title), title)]
    return []


# A plan's consultation account headed by the plan it is about: "Samrådsredogörelse – detaljplan för kvarteret X i
# Y", "Granskningsutlåtande: Detaljplan för Z" (the plan is what the samråd sent out, a remiss of the plan).
_CONSULTED_PLAN = rule(
    "report.consulted_plan_heading",
    r"^(?:samrådsredogörelse|granskningsutlåtande|utställningsutlåtande)\s*[-\u2013\u2014:]\s*"
    r"(?P<title>(?:detaljplan|planprogram|program|ändring\s+av\s+detaljplan)\s+(?:för|till)\s+\S.{3,150})$",
    matches=(
        "Samrådsredogörelse – detaljplan för kvarteret Svalan i Hägersten",
        "Granskningsutlåtande: Detaljplan för Norra hamnen",
    ),
    not_matches=("Samrådsredogörelse", "Samrådsredogörelse – inkomna synpunkter", "Detaljplan för Norra hamnen"),
)


def _consulted_plan(analysed: Sequence[Analysed]) -> list[Found]:
    """The plan a consultation account's first-page top heading names, as the document's report."""
    for item in analysed[:12]:
        text = item.block.text
        if item.block.kind == "heading" and item.block.page == 1 and (found := _CONSULTED_PLAN.match(text.strip())):
            title = found.group("title").strip(" .")
            start = len(text) - len(text.lstrip()) + found.start("title")
            return [(item.index, start, start + len(title), title[:1].upper() + title[1:])]
    return []


# A letter's words for the report its title names: "har tagit emot rubricerad remiss", "yttra sig över rubricerat
# betänkande", "rubricerade promemoria" (the one captioned above).
_CAPTIONED = rule(
    "report.captioned",
    r"\brubricera(?:d|t|de)\s+(?:remiss|betänkande|promemoria|förslag|program|plan|rapport|strategi)",
    matches=("Lantmäteriet har tagit emot rubricerad remiss", "över rubricerat betänkande", "rubricerade promemoria"),
    not_matches=("under rubriken Remiss", "rubricerat ärende"),
)
# A title that names a plan or report: its noun ("Program för klimatanpassning") or its period ("… 2028–2035"); not
# an answer's own ("Yttrande över remiss STK-2026-0872", whose year is its case's).
_REPORT_NAME = rule(
    "report.captioned_name",
    rf"^(?!(?i:yttrande|remissvar|remissyttrande|svar|synpunkter)\b).*(?:(?i:{PLAN_NOUN})|"
    r"\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d\b)",
    matches=("Program för klimatanpassning 2028-2035", "Cykelstrategi för Farsta", "Trygg i hela staden 2027–2030"),
    not_matches=("Lantmäteriets yttrande", "Remissvar", "Yttrande över remiss STK-2026-0872", "Yttrande över planen"),
)


def _captioned(analysed: Sequence[Analysed], known: set[str]) -> list[Found]:
    """The first-page title over the sentence that speaks of "rubricerad remiss", when it names a plan or a report and
    is no answer's heading ("Yttrande över X" names X otherwise), and no report is known."""
    if known:
        return []
    for position, item in enumerate(analysed[:12]):
        if item.block.kind != "paragraph" or not _CAPTIONED.search(item.text):
            continue
        headings = [h for h in analysed[:position] if h.block.kind == "heading" and h.block.page == 1]
        top = min(headings, key=lambda h: h.block.level or 99, default=None)
        title = top.block.text.strip() if top else ""
        if top is None or heading_title(title) or not _REPORT_NAME.search(title) or len(title.split()) < 2:
            return []
        start = len(top.block.text) - len(top.block.text.lstrip())
        return [(top.index, start, start + len(title), title)]
    return []
