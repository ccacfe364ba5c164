"""Measures written as recommendations in prose, in the sections of a memo that summarise a report.

A section summarises the report it names (in italics); when it names several,
the one sent out with the memo (a Bilagor annex) wins, then the one named most.
Sections that are the memo's own (Sammanfattning, Bakgrund, förvaltningens
synpunkter, beslut, Bilagor) hold no report measures. A sentence is a measure
when it recommends: the cues below, never a bare finding or a statistic.

An answer to a referral is the exception: there the office's own proposals for
the report it answers, in its summary and assessment, are measures of that report
("Förvaltningen föreslår att programmet kompletteras med …").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from atgard.extract.analysis import Analysed
from atgard.extract.codes import leading_code_span
from atgard.extract.reports import Reports
from atgard.extract.rules import RULES, Rule, rule
from atgard.extract.vocabulary import CONJUNCTION, DIRECTING, MODALS
from atgard.schema.contract import BoardRef, Measure
from atgard.schema.keys import title_key

# The memo's own sections: the office speaks there, not the report.
_OWN_SECTION = rule(
    "measure.own_section",
    r"^(sammanfattning|bakgrund|ärendet|ärendets\s+beredning|ärendebeskrivning|beskrivning\s+av\s+ärendet|beredning|"
    r"bilag(a|or)|beslut|beslutsförslag|reservation.*|protokollsanteckning.*|yrkande.*|beslutsgång|propositionsordning|omröstning|"
    r"särskilt\s+uttalande.*|ekonomiska\s+konsekvenser|.*förslag\s+till\s+beslut.*|.*synpunkter.*|"
    r".*bedömning.*|.*överväganden.*|.*yttrande.*|.*kommentarer.*|remiss.*|.*remissvar.*)$",
    matches=(
        "Sammanfattning",
        "Stadsledningskontorets synpunkter",
        "Förvaltningens bedömning",
        "Reservation (V)",
        "Remissammanställning",
        "Ärendebeskrivning",
        "Protokollsanteckning",
        "Yrkanden",
        "Beslutsförslag",
    ),
    not_matches=("Unga som varken arbetar eller studerar", "Dold potential"),
)

# The sections of the office's, the board's or the agency's views: what stands in them is theirs too.
_VIEWS_SECTION = rule(
    "measure.views_section",
    r"^.*(?:synpunkter|bedömning|ställningstagande|överväganden|kommentarer).*$",
    matches=("Förvaltningens synpunkter", "Boverkets synpunkter", "Synpunkter på enskilda förslag"),
    not_matches=("Ärendet", "Bakgrund", "Utredningens förslag"),
)

# Recommendation cues: a sentence that matches one recommends (unless negated, below).
RECOMMENDATION_CUES = [
    rule(
        "measure.cue.recommends",
        r"\brekommender\w*\b",
        matches=("Kommissionen rekommenderar därför att staden utökar ...", "Kommissionen har rekommenderat att ..."),
    ),
    rule("measure.cue.advocates", r"\bförord\w*\b", matches=("Vidare förordar kommissionen att ... främjas",)),
    rule(
        "measure.cue.proposed",
        r"\bföreslås\b|\bföreslår\b",
        matches=("Riktade sysselsättningskrav i upphandling föreslås", "Kommissionen föreslår att ..."),
        not_matches=("Förslaget bereds vidare.",),
    ),
    rule(
        "measure.cue.proposal_to",
        r"\bförslag\s+(?:om|till)\s+att\b",
        matches=("... med ett förslag om att särskilt följa upp ...",),
    ),
    rule(
        "measure.cue.modal",
        rf"\b{MODALS}\b",
        matches=("... bör också förstärkas", "... behöver stärkas", "... borde utvecklas"),
        not_matches=("Bördan är stor.",),
    ),
    rule(
        "measure.cue.need",
        r"\bbehov\s+av\s+att\b",
        matches=("Kommissionen ser därför ett behov av att utveckla ...",),
    ),
    rule(
        "measure.cue.according_to_report",
        r"\benligt\s+(rapporten|kommissionen)\b.*\bkan\b",
        matches=("Enligt rapporten kan ... göras mer jämlik, bland annat genom att ...",),
    ),
    rule(
        "measure.cue.according_to_proposal",
        rf"\benligt\s+(?:förslaget|förslagen|betänkandet|utredningen|promemorian)\s+{DIRECTING}\b|"
        rf"\b{DIRECTING}\s+(?:\w+\s+){{0,2}}enligt\s+(?:förslaget|förslagen|betänkandet|utredningen|promemorian)\b",
        matches=(
            "Enligt förslaget ska ett statligt stöd införas från och med 2020.",
            "Kommunerna ska enligt förslaget ta fram en lokal lägesbild.",
            "Kommunen ska därför enligt promemorian få ta ut en avgift.",
        ),
        not_matches=("Enligt förslaget har staden ansvaret.", "Antalet ärenden har enligt promemorian ökat."),
    ),
]
# "behöver det inte betyda": a negated modal states a finding, and a negated recommending verb recommends
# nothing ("Kommissionen rekommenderar inte att ..."); so does a modal that ends the sentence as a main verb
# ("det stöd den behöver"). "föreslår att staden inte ..." does recommend: what it proposes is negated.
_NEGATED = rule(
    "measure.negated_modal",
    rf"\b(?:{MODALS}|rekommender(?:ar|ade|as)|föreslår|föreslog|föreslås|förordar)\s+(?:(?!att\b)\w+\s+)?inte\b",
    matches=(
        "behöver det inte betyda",
        "bör inte",
        "Kommissionen rekommenderar inte att staden inför avgifter.",
        "Utredningen föreslår därför inte någon ändring.",
    ),
    not_matches=("bör också förstärkas", "Kommissionen föreslår att staden inte inför avgifter."),
)
_MODAL_LAST = rule(
    "measure.modal_last",
    rf"\b{MODALS}(?:\s+(?:det|den|dem|de))?\s*[.!?]?$",
    matches=("Det förutsätter att varje elev får det stöd den behöver.",),
    not_matches=("Stödet behöver stärkas.",),
)


# When proposed rules are to apply is no measure: "Förslagen föreslås träda i kraft den 1 juli 2026".
_IN_FORCE = rule(
    "measure.in_force",
    r"\b(?:föreslås|ska|skall|avses|beräknas|bör)\s+(?:\w+\s+){0,2}träda\s+i\s+kraft\b|\bikraftträdande\w*\b|"
    r"\bträder\s+i\s+kraft\s+(?:den|från|vid|\d)",
    matches=(
        "Förslagen föreslås träda i kraft den 1 juli 2026.",
        "Lagen ska enligt förslaget träda i kraft 2027.",
        "Ikraftträdandet bör skjutas upp.",
        "Lagen träder i kraft den 1 januari 2027.",
    ),
    not_matches=("Det behöver kompletteras med vägledning innan lagen träder i kraft.",),
)


# A proposal of the decision asked of a board is no measure of the report: "Förvaltningen föreslår att
# nämnden i huvudsak tillstyrker förslaget", "Kontoret föreslår att trafiknämnden godkänner tjänsteutlåtandet".
_PROPOSES_THE_DECISION = rule(
    "measure.proposes_the_decision",
    r"\bföreslår\s+(?:därför\s+)?att\s+(?:[\wåäö-]+\s+){0,2}?(?:\w*nämnden|\w*styrelsen|fullmäktige|staden|kommunen)\s+"
    r"(?:i\s+huvudsak\s+|därför\s+)?(?:tillstyrker|avstyrker|godkänner|antar|besvarar|överlämnar|beslutar|lämnar)\b"
    # the passive: "Stadsbyggnadsnämnden föreslås besluta att …", "Nämnden föreslås fatta följande beslut"
    r"|\b(?:\w*nämnd(?:en)?|\w*styrelsen|fullmäktige|\w*utskottet)\s+föreslås\s+(?:därför\s+)?"
    r"(?:besluta|fatta\s+(?:följande\s+)?beslut)\b",
    matches=(
        "Förvaltningen föreslår att nämnden i huvudsak tillstyrker förslaget.",
        "Kontoret föreslår att trafiknämnden godkänner tjänsteutlåtandet som svar på remissen.",
        "Stadsledningskontoret föreslår att staden tillstyrker syftet med förslaget.",
        "Stadsbyggnadsnämnden föreslås besluta att lämna yttrande över regionplanen till Region Skåne",
        "Arbetsmarknadsnämnden föreslås besluta",
        "Kommunstyrelsen föreslås därför fatta följande beslut.",
        "Hägersten-Älvsjö stadsdelsnämnd föreslås besluta att godkänna tjänsteutlåtandet",
    ),
    not_matches=(
        "Rapporten föreslår att nämnderna inför trygghetsvandringar.",
        "Utredningen föreslår att staden ökar",
        "Kommunstyrelsen föreslås få ett samordnande ansvar för uppföljningen.",
    ),
)


def is_recommendation(sentence: str) -> bool:
    """
    >>> is_recommendation("Samhällsinformationen till unga nyanlända bör också förstärkas i skolan.")
    True
    >>> is_recommendation("Knappt var tionde (9,2 %) ung stockholmare 16-29 år tillhör gruppen UVAS.")
    False
    >>> is_recommendation("Biblioteken konstateras vara en god kulturell infrastruktur som kan ge förutsättningar.")
    False
    >>> is_recommendation("Även om styrdokumentet uttrycker ambitioner behöver det inte betyda att de omsatts.")
    False
    >>> is_recommendation("Det förutsätter att varje elev får det stöd den behöver.")
    False
    >>> is_recommendation("Lagändringarna föreslås träda i kraft den 1 januari 2027.")
    False
    """
    if _NEGATED.search(sentence) or _IN_FORCE.search(sentence) or _PROPOSES_THE_DECISION.search(sentence):
        return False
    cues = [cue.name for cue in RECOMMENDATION_CUES if cue.search(sentence)]
    only_modal = cues == ["measure.cue.modal"] and len(RULES["measure.cue.modal"].pattern.findall(sentence)) == 1
    return bool(cues) and not (only_modal and _MODAL_LAST.search(sentence.strip()))


@dataclass(frozen=True)
class _Section:
    """A heading and the blocks under it; ``within``: the headings of the sections it stands in, outermost first."""

    heading: str | None
    within: tuple[str, ...]
    items: list[Analysed]

    def under(self, section: Rule) -> bool:
        """Whether this section, or one it stands in, is of the kind ``section`` names ("Förvaltningens synpunkter")."""
        return any(section.match(heading.strip()) for heading in (*self.within, self.heading or ""))

    def own(self) -> bool:
        """Whether the office speaks here: an own section, or one that stands in a section of its views
        ("Boverkets synpunkter" > "4.1 Tidsfristen …"); under "Ärendet" a memo may summarise the report."""
        return bool(_OWN_SECTION.match((self.heading or "").strip())) or any(
            _VIEWS_SECTION.match(heading.strip()) for heading in self.within
        )


def _sections(analysed: Sequence[Analysed]) -> list[_Section]:
    """The document's sections; a heading of a lower level stands in the section of the last one above it."""
    sections = [_Section(None, (), [])]
    open_headings: list[tuple[int, str]] = []  # (level, text) of the headings the next block stands under
    for item in analysed:
        block = item.block
        if block.kind != "heading":
            sections[-1].items.append(item)
            continue
        level = block.level or 1  # a heading of no known level opens a section of its own
        open_headings = [(lvl, text) for lvl, text in open_headings if block.level and lvl < level]
        sections.append(_Section(block.text, tuple(text for _, text in open_headings), []))
        open_headings.append((level, block.text))
    return sections


# The report itself as the subject: its proposals, even where the office speaks ("Rapporten föreslår att ...").
_REPORT_PROPOSES = rule(
    "measure.report_proposes",
    r"\b(?:rapporten|utredningen|kommissionen|betänkandet|promemorian|programmet)\s+(?:\w+\s+){0,2}?"
    r"(?:föreslår|rekommenderar|förordar)\s+(?:\w+\s+){0,2}?att\b"
    r"|\b(?:föreslår|rekommenderar|förordar)\s+(?:\w+\s+){0,2}?(?:rapporten|utredningen|kommissionen)\s+att\b",
    matches=(
        "Rapporten föreslår att hastighetsgränsen 30 km/tim ska gälla",
        "Rapporten föreslår också att antalet upphöjda övergångsställen ökas",
        "Vidare rekommenderar rapporten att tydliga avlämningsplatser anordnas",
    ),
    not_matches=("Förvaltningen föreslår att programmet kompletteras", "Rapporten föreslår åtgärder inom fyra områden"),
)
# A lead-in after which an inquiry's proposals follow as list items: "Utredningen föreslår bland annat följande:".
_REPORT_WORDS = r"(?:rapport\w*|utredning\w*|kommission\w*|betänkande\w*|promemoria\w*)"
_PROPOSALS_FOLLOW = rule(
    "measure.proposals_follow",
    rf"\b{_REPORT_WORDS}\b.*?\b(?:föreslår|föreslås|rekommenderar|rekommenderas|förordar)\b.*?(?:följande\s*[:.]|\batt)\s*$"
    rf"|\b{_REPORT_WORDS}\b.*?\b(?:lämnar|innehåller|presenterar)\b.*?"
    r"\bföljande\s+(?:förslag|åtgärder|åtgärdsförslag|rekommendationer)\s*[:.]\s*$"
    r"|^följande\s+(?:förslag|åtgärder|rekommendationer)\s+(?:föreslås|lämnas|ges)\b.*:\s*$"
    rf"|^(?:{_REPORT_WORDS}s\s+)?(?:huvudsakliga\s+)?förslag(?:en)?(?:\s+i\s+(?:korthet|sammandrag))?\s*:\s*$"
    # the proposals the subject, "följande" the predicate: "De förslag som har störst betydelse för staden är följande."
    # (adjectives or determiners before the noun, no preposition: "Skälen för förslagen är följande:" gives reasons)
    rf"|^(?:de\s+|{_REPORT_WORDS}s\s+)?(?:(?!(?:för|av|med|om|på|till|i|inom|från|vid|bakom)\b)\w+\s+){{0,2}}?"
    r"(?:förslag(?:en)?|åtgärder(?:na)?|rekommendationer(?:na)?)\b"
    r"[^.:;]*?\b(?:är|blir)\s+(?:i\s+(?:korthet|huvudsak|sammandrag)\s+)?följande\s*[.:]\s*$",
    matches=(
        "Utredningen föreslår bland annat följande:",
        "Utredningen föreslår bl.a. följande:",
        "Promemorian föreslår bland annat följande.",
        "I betänkandet föreslås i huvudsak följande.",
        "Kommissionen lämnar följande rekommendationer.",
        "Utredningen föreslår därför vidare att",
        "I rapporten Trygg i hela staden föreslås bl.a. följande:",
        "Kommissionen lämnar följande förslag:",
        "Följande åtgärder föreslås i rapporten:",
        "Förslagen i korthet:",
        "Utredningens huvudsakliga förslag:",
        "De förslag som har störst betydelse för staden som huvudman och fastighetsägare är följande.",
        "De viktigaste förslagen är följande:",
        "Utredningens förslag är i korthet följande.",
    ),
    not_matches=(
        "Utredningen föreslår att staden utreder frågan.",
        "Rapporten innehåller följande:",
        "Skälen för förslaget är följande.",
        "Skälen för förslagen är följande:",
        "Kostnaderna för åtgärderna är följande.",
        "Konsekvenserna av förslagen blir följande:",
    ),
)


# What ends a list item and joins it to the next: "belysningen förbättras, och".
_LIST_JOINT = rule(
    "measure.list_joint",
    rf"(?:\s*[,;]\s*{CONJUNCTION}?|\s+{CONJUNCTION})?\s*$",
    matches=("belysningen förbättras, och", "fler poliser; samt", "trygghetsvandringar eller"),
    flags=0,
)


def _summarised_report(items: Sequence[Analysed], reports: Reports) -> str | None:
    blocks = {item.index for item in items}
    named = Counter(title_key(span.text) for span in reports.spans if span.block in blocks)
    if not named:
        # A section that names no report is about the document's one report, if it has only one.
        return reports.sole_title
    refs = {title_key(ref.title): ref for ref in reports.refs}

    def weight(key: str) -> tuple[bool, int, int]:
        ref = refs.get(key)
        return (ref is not None and ref.annex_number is not None, named[key], (ref.year or 0) if ref else 0)

    return reports.canonical[max(named, key=weight)]


def _measure(item: Analysed, report: str, section: str, start: int, end: int) -> Measure:
    text = item.text[start:end]
    return Measure(report_title=report, text=text, section=section, **item.located(start, end))


def _section_measures(heading: str, items: Sequence[Analysed], report: str, own: bool) -> list[Measure]:
    """A report's measures in one section: recommending sentences in its summary, its own
    proposals where the office speaks, and list items after "Utredningen föreslår följande:"."""
    measures: list[Measure] = []
    listing = False
    for item in items:
        if item.block.kind == "list_item" and listing:
            # the item without the list's joint: "belysningen förbättras, och" is "belysningen förbättras"
            joint = _LIST_JOINT.search(item.text)
            end = joint.start() if joint is not None and joint.start() > 0 else len(item.text)
            measures.append(_measure(item, report, heading, 0, end))
            continue
        listing = False
        if item.block.kind not in ("paragraph", "list_item"):
            continue
        sentences = item.sentences()
        listing = bool(sentences) and bool(_PROPOSALS_FOLLOW.search(sentences[-1].text))
        for sentence in sentences[:-1] if listing else sentences:  # a lead-in is not a measure itself
            wanted = _REPORT_PROPOSES.search(sentence.text) if own else is_recommendation(sentence.text)
            if wanted:
                measures.append(_measure(item, report, heading, sentence.start, sentence.end))
    return measures


def extract_prose_measures(analysed: Sequence[Analysed], reports: Reports) -> list[Measure]:
    measures = []
    for section in _sections(analysed):
        if section.heading is None:
            continue
        report = _summarised_report(section.items, reports)
        if report is not None:
            measures += _section_measures(section.heading, section.items, report, own=section.own())
    return measures


# Where an answer assesses the report: its summary and the sections of its view.
_ASSESSMENT_SECTION = rule(
    "measure.assessment_section",
    r"^(?:sammanfattning|.*bedömning.*|.*synpunkter.*|.*kommentarer.*|.*överväganden.*|.*ställningstagande.*)$",
    matches=("Sammanfattning", "Förvaltningens bedömning", "Kontorets synpunkter", "Nämndens ställningstagande"),
    not_matches=("Bakgrund", "Förslag till beslut", "Ärendet"),
)
# A sentence about the referral itself (the answer, the decision asked for) proposes nothing.
_ABOUT_THE_REFERRAL = rule(
    "measure.about_the_referral",
    r"\b(?:remiss\w*|som\s+svar|yttrande\w*|tjänsteutlåtande\w*|godkänn\w*|tillstyrk\w*|avstyrk\w*)\b",
    matches=(
        "Förvaltningen föreslår att nämnden godkänner tjänsteutlåtandet som svar på remissen.",
        "Kontoret föreslår att nämnden tillstyrker förslaget.",
    ),
    not_matches=("Förvaltningen anser att barn och unga bör tillfrågas och att deras svar ska ingå i lägesbilden.",),
)
# Agreeing with the report, or welcoming it, is a view, not a proposal of the answer's own.
_AGREES = rule(
    "measure.agrees",
    r"\b(?:delar|instämmer|håller\s+med|stödjer|stöder|välkomnar|ser\s+positivt|"
    r"(?:ställer\s+sig|är)\s+(?:\w+\s+){0,3}?(?:positiv\w*|bakom))\b",
    matches=(
        "Trafikkontoret delar rapportens bedömning att trafikmiljön behöver förbättras",
        "Nämnden ser positivt på",
        "Kontoret ställer sig i huvudsak positivt till förslagen men anser att finansieringen behöver utredas",
        "Förvaltningen är i grunden positiv till förslaget",
        "Nämnden ställer sig bakom förslagen",
    ),
    not_matches=("Förvaltningen föreslår att programmet kompletteras",),
)
# The report's proposals as the answer retells them: the report's, read from its summary if at all.
_REPORT_SAYS = rule(
    "measure.report_says",
    rf"^(?:i\s+)?(?:{_REPORT_WORDS}|program\w*|förslag\w*)\b[^.]*?"
    r"\b(?:föreslå\w*|rekommender\w*|redovisa\w*|förorda\w*)\b",
    matches=("Rapporten redovisar en kartläggning och föreslår åtgärder", "I promemorian föreslås en ny lag"),
    not_matches=("Slutligen bör programmet kompletteras med en plan", "Programmet bör kompletteras"),
)


def extract_answer_proposals(analysed: Sequence[Analysed], report: str) -> list[Measure]:
    """An answer's own proposals for the ``report`` it answers, from its summary and assessment sections."""
    measures = []
    for section in _sections(analysed):
        if section.heading is None or not section.under(_ASSESSMENT_SECTION):
            continue
        for item in section.items:
            if item.block.kind not in ("paragraph", "list_item"):
                continue
            for sentence in item.sentences():
                if _proposes(sentence.text):
                    measures.append(_measure(item, report, section.heading, sentence.start, sentence.end))
    return measures


def _proposes(sentence: str) -> bool:
    """Whether an answer's sentence proposes something of its own for the report.

    >>> _proposes("Förvaltningen anser vidare att ansvarsfördelningen behöver förtydligas.")
    True
    >>> _proposes("Förvaltningen välkomnar ett samlat program, men uppföljningen behöver stärkas.")
    False
    >>> _proposes("I promemorian föreslås en ny lag som ålägger kommunerna att arbeta brottsförebyggande.")
    False
    """
    rejected = (_ABOUT_THE_REFERRAL, _AGREES, _REPORT_SAYS)
    return is_recommendation(sentence) and not any(check.search(sentence) for check in rejected)


# A board named as the subject of what it is to do, in a report's running text: "Stadsbyggnadsnämnden ansvarar för
# att …", "Trafiknämnden bör dessutom se till att …", "Kulturnämnden ska också erbjuda …". Not what a board is to
# answer ("ska yttra sig"), nor what it is not to do.
_ADVERB = r"(?:dessutom|också|även|därför|vidare|särskilt|fortsatt|framöver|i\s+första\s+hand)"
_BOARD_DUTY = rule(
    "measure.board_duty",
    rf"^\s*(?:{_ADVERB}\s+)?(?:ansvarar|svarar)\s+(?:{_ADVERB}\s+)?för\s+att\b"
    rf"|^\s*(?:{_ADVERB}\s+)?(?:har|får|ges)\s+(?:{_ADVERB}\s+)?(?:ansvar(?:et)?|i\s+uppdrag)\s+(?:för\s+)?att\b"
    rf"|^\s*(?:{MODALS}|{DIRECTING})\s+(?:{_ADVERB}\s+){{0,2}}(?!inte\b|yttra\b|svara\b|besvara\b|lämna\s+synpunkter)"
    r"[a-zåäö]+\b",
    matches=(
        " ansvarar för att behovet av ytor redovisas",
        " bör dessutom se till att gång- och cykelvägarna är belysta",
        " ska också erbjuda kurser på fritidsgårdarna",
        " behöver i första hand samordna lovverksamheten",
        " har ansvaret för att uppföljningen görs",
        " får i uppdrag att ta fram en plan",
        " svarar för att lokalerna hålls öppna",
    ),
    not_matches=(
        " bör inte ta ut avgifter",
        " ska yttra sig senast den 1 mars",
        " har beslutat att anta planen",
        " föreslår att rapporten remitteras",
        " ansvarar för stadens bad",
    ),
)


_JOINED = rule(
    "measure.board_duty_joint",
    r"^\s*(?:,|,?\s*(?:och|samt|respektive))\s*$",
    matches=(" och ", ", ", " samt ", ", och "),
    not_matches=(" ska ", " i samverkan med "),
)


def _board_duty(item: Analysed, start: int, end: int) -> list[BoardRef] | None:
    """The boards a sentence of a report makes its subject and gives a duty, if it does ("Stadsbyggnadsnämnden
    ansvarar för att …", "Trafiknämnden och idrottsnämnden bör …")."""
    boards = item.boards_in(start, end)
    if not boards or item.text[start : boards[0].start].strip():
        return None
    subjects = [boards[0]]
    for following in boards[1:]:  # "Trafiknämnden och idrottsnämnden bör …"
        if not _JOINED.match(item.text[subjects[-1].end : following.start]):
            break
        subjects.append(following)
    if not _BOARD_DUTY.match(item.text[subjects[-1].end : end]) or _NEGATED.search(item.text[start:end]):
        return None
    return [BoardRef(name=span.name, board_id=span.board_id, kind=span.kind) for span in subjects]


def _coded(item: Analysed) -> bool:
    """Whether a block is a coded measure's: a table row, a paragraph that starts with a code."""
    return item.block.kind == "table_row" or leading_code_span(item.text) is not None


def extract_board_duties(analysed: Sequence[Analysed], report: str | None) -> list[Measure]:
    """A report's measures stated only in prose, outside its measures' own sections (no coded paragraph or table
    row stands there), each with the boards it names responsible: "Utöver de numrerade åtgärderna …
    Stadsbyggnadsnämnden ansvarar för att …"."""
    found = []
    for section in _sections(analysed):
        if section.heading is None or section.own() or any(_coded(item) for item in section.items):
            continue
        for item in section.items:
            if item.block.kind not in ("paragraph", "list_item"):
                continue
            for sentence in item.sentences():
                if (boards := _board_duty(item, sentence.start, sentence.end)) is not None:
                    text = item.text[sentence.start : sentence.end]
                    located = item.located(sentence.start, sentence.end)
                    found.append(
                        Measure(report_title=report, text=text, responsible=boards, section=section.heading, **located)
                    )
    return found
