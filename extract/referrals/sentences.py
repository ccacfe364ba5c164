"""Referrals stated in running text: every referral clause of a sentence (``clauses``), judged (``judge``), its
bodies read where the clause puts them (``recipients``).

A sentence's requests of one action are one referral ("Motionen har skickats på remiss till A och B, som har
underremitterat ärendet till C"); what a sentence says became of a referral (answered, declined, not answered)
is kept as an :class:`Account` for the section's referral (``accounts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from atgard.extract.analysis import Analysed, Sentence
from atgard.extract.boards import BoardRegister
from atgard.extract.codes import find_codes
from atgard.extract.dissent import in_dissent
from atgard.extract.mentions import LIST_LEAD, BoardSpan
from atgard.extract.referrals.anaphora import named_again, named_again_all
from atgard.extract.referrals.assignments import assigned_measures
from atgard.extract.referrals.clauses import Clause, find_clauses
from atgard.extract.referrals.common import IMPLEMENTATION, TitleContext, primary, report_title, titles_by_noun
from atgard.extract.referrals.gapping import split_by_codes, split_by_priority, split_by_to
from atgard.extract.referrals.judge import Action, Judgement, judge
from atgard.extract.referrals.labelled import labelled_recipients
from atgard.extract.referrals.lists import LIST_HEADING, list_referral
from atgard.extract.referrals.own_measures import OWN_MEASURES
from atgard.extract.referrals.reading import Unit, previous_title, reading_units
from atgard.extract.referrals.recipients import counted_in, recipients_in
from atgard.extract.referrals.records import Found, Read, Unnamed
from atgard.extract.referrals.recounts import recounted_unnamed
from atgard.extract.referrals.told import (
    reported_by,
    sentence_account,
    tells_of_recount,
    view_account,
)
from atgard.extract.referrals.views import view_answerers
from atgard.extract.referrals.zones import Zone, zone_after
from atgard.extract.reports import Reports
from atgard.extract.rules import rule
from atgard.extract.vocabulary import WHOLE_ORGANISATION
from atgard.schema.contract import Recipient, Referral


def _mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Titles blanked out, so that their words are neither cues nor recipients."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "¤" * (end - start)
    return "".join(chars)


def sentence_referrals(analysed: Sequence[Analysed], reports: Reports, register: BoardRegister) -> Read:
    """Every referral and account stated in the document's sentences (and the lists they lead)."""
    read = Read()
    dissent = in_dissent(analysed)
    for item in analysed:
        heading = _list_heading(item) and item.index not in dissent
        if heading:
            read.referrals += [
                Found(listed, -1, (item.index, n), listed=True)
                for n, listed in enumerate(list_referral(item, None, reports, analysed, register))
            ]
    nouns = titles_by_noun(analysed, reports)
    directing = False  # the items that follow are a referral's directives, one an item
    matters: dict[int, str | None] = {}  # each section's protocol matter ("§ 5 Remiss av …")
    for unit in reading_units(analysed, reports, register, dissent):
        directing = directing and unit.item.block.kind == "list_item"
        unit = replace(unit, directed=directing)
        matters[unit.section] = unit.matter
        masked = _mask(unit.item.text, [(s.start, s.end) for s in unit.titles])
        for sentence in unit.item.sentences():
            title = previous_title(read.latest_titles, unit, matters)
            context = TitleContext(previous=title, matter=unit.matter, by_noun=nouns, item_title=unit.item_title)
            leads = _read_sentence(unit, sentence, masked, context, reports, analysed, register, read)
            directing = directing or leads
    read.referrals.sort(key=lambda f: f.order)
    read.referrals = _without_repeated_lists(read.referrals)
    return _with_remitted_report(_continued_joined(_under_referrals_joined(read)))


# A pronoun for what is sent: it sends what was sent before ("Den sänds även till X").
_SENT_PRONOUN = rule(
    "referral.sent_pronoun",
    r"^(?:den|det|denna|detta|dessa|de)$",
    matches=("Den", "det"),
    not_matches=("utredningen", "Ärendet"),
)


def _without_repeated_lists(found: list[Found]) -> list[Found]:
    """A sändlista's "Remissinstanser" that names only bodies the text already asks (of the same report) repeats
    those referrals: the text's referrals keep their own codes, priorities and dates, the list is left out."""
    stated = [f for f in found if not f.listed]
    return [
        f
        for f in found
        if not f.listed
        or not {r.name for r in f.referral.recipients}
        <= {
            r.name
            for s in stated
            if f.referral.report_title in (None, s.referral.report_title)
            and "opinion" in (f.referral.action, s.referral.action)  # a list's codes ask more than the text's opinion
            for r in s.referral.recipients
        }
    ]


def _list_heading(item: Analysed) -> bool:
    """A heading over a list of bodies ("Remissinstanser"), or a paragraph that is that heading alone, as a letter
    sets it in bold type."""
    if not LIST_HEADING.match(item.text):
        return False
    text = item.text.strip()
    return item.block.kind == "heading" or (
        item.block.kind == "paragraph" and len(text.split()) <= 6 and not text.endswith((".", "!", "?"))
    )


def _sent_thing(clause: Clause, text: str) -> str | None:
    """What a send verb's clause sends, as its last word folded: the subject of a passive ("att utredningen
    remitteras"), the object of an active ("har remitterat motionen till"); None for a verb that asks or answers."""
    cue = clause.cue
    if cue is None or cue.role != "send":
        return None
    words = clause.subject.split() if cue.voice == "passive" else text[cue.word.end : clause.end].split()[:1]
    while words and ("¤" in words[-1] or words[-1].casefold() in ("till", "om", "av", "över")):  # "Förslaget till X"
        words.pop()
    thing = words[-1].strip(".,").casefold() if words else None
    return None if thing is None or _SENT_PRONOUN.match(thing) else thing


def _continuing(earlier: Found, found: Found) -> bool:
    """Whether ``found`` goes on with the referral ``earlier`` states: same section, report, action, codes,
    priority and condition, told in a later sentence ("… remitteras till A och B." / "Även C ska yttra sig."),
    sending nothing else ("Motionen sändes dessutom till …" after "Ärendet har remitterats till …" is another)."""
    a, b = earlier.referral, found.referral
    same = (a.report_title, a.action, a.measure_codes, a.priority, a.condition, earlier.recounted)
    return (
        found.thing in (None, earlier.thing)
        and earlier.section == found.section
        and found.section >= 0
        and same == (b.report_title, b.action, b.measure_codes, b.priority, b.condition, found.recounted)
        # a town asked as a whole stands apart (its boards answer for it), unless the boards were asked first:
        # "Förslaget remitteras till A och B. Solna stad ges tillfälle att lämna synpunkter." is one referral
        and not (earlier.to_a_town or (found.to_a_town and found.recounted) or found.via)
        # a body asked besides on its own measures is a directive of its own, whether or not their codes are known
        # here: "… på remiss till A och B. C fick därutöver yttra sig om de åtgärder där nämnden är ansvarig."
        and bool(OWN_MEASURES.search(a.text)) == bool(OWN_MEASURES.search(b.text))
    )


def _continued_joined(read: Read) -> Read:
    """A referral stated over several sentences of one section is one: "Kontoret föreslår att utredningen
    remitteras till socialnämnden samt till trafiknämnden." … "Även Södermalms och Östermalms stadsdelsnämnder ska
    yttra sig." … "Visita och Stockholms Handelskammare ges tillfälle att lämna synpunkter." Directives that differ
    in their codes, priority or condition stay apart ("i första hand" / "i andra hand", one item a body)."""
    kept: list[Found] = []
    for found in read.referrals:
        earlier = kept[-1] if kept else None
        if earlier is None or not _continuing(earlier, found):
            kept.append(found)
            continue
        mine, theirs = earlier.referral, found.referral
        names = {r.name for r in mine.recipients}
        joined = mine.model_copy(
            update={
                "recipients": [*mine.recipients, *(r for r in theirs.recipients if r.name not in names)],
                "text": f"{mine.text} {theirs.text}",
                "boxes": [*mine.boxes, *(box for box in theirs.boxes if box not in mine.boxes)],
            }
        )
        kept[-1] = replace(earlier, referral=joined, counted=earlier.counted or found.counted)
    read.referrals = kept
    return read


def _under_referrals_joined(read: Read) -> Read:
    """An under-referral joins the referral of the body that passes the matter on: "Även A och Stockholms Stadshus
    AB ges tillfälle att yttra sig. Stockholms Stadshus AB ombeds underremittera ärendet till B." is one
    referral to A, Stockholms Stadshus AB and B."""
    kept: list[Found] = []
    for found in read.referrals:
        mine = found.referral
        joined = next(
            (
                i
                for i, earlier in reversed(list(enumerate(kept)))
                if found.via
                and (earlier.referral.report_title, earlier.referral.action) == (mine.report_title, mine.action)
                and any(r.name in found.via for r in earlier.referral.recipients)
            ),
            None,
        )
        if joined is None:
            kept.append(found)
            continue
        earlier = kept[joined].referral
        names = {r.name for r in earlier.recipients}
        more = [r for r in mine.recipients if r.name not in names]
        kept[joined] = replace(
            kept[joined], referral=earlier.model_copy(update={"recipients": [*earlier.recipients, *more]})
        )
    read.referrals = kept
    return read


def _with_remitted_report(read: Read) -> Read:
    """A referral that names no report is of the one the document's own town was asked about ("Departementet
    har remitterat promemorian X till Stockholms stad"), when the text names one."""
    remitted = {f.referral.report_title for f in read.referrals if f.to_a_town and f.referral.report_title}
    if len(remitted) != 1:
        return read
    title = remitted.pop()
    read.referrals = [
        replace(f, referral=f.referral.model_copy(update={"report_title": title}))
        if f.referral.report_title is None
        else f
        for f in read.referrals
    ]
    return read


# Where a list begins after a description of whom it names: "till de nämnder som ansvarar för X, dvs. A och B".
_NAMELY = rule(
    "referral.namely",
    r"(?:,\s*|\s)(?:dvs\.?|d\.\s?v\.\s?s\.?|det\s+vill\s+säga|nämligen|närmare\s+bestämt)\s+",
    matches=("de nämnder som ansvarar för stadsmiljö, dvs. trafiknämnden", " det vill säga idrottsnämnden"),
    not_matches=("trafiknämnden och kulturnämnden",),
)
_BODIES_NOUN = rule(
    "referral.bodies_noun",
    r"\bremissinstans",
    matches=("Följande remissinstanser har yttrat sig:",),
    not_matches=("remiss",),
)
# A referral's lead whose items are its directives, one a sentence: "Rapporten remitteras enligt följande.",
# "Förslaget remitteras på följande sätt:", "… remitteras till följande nämnder:".
_DIRECTIVES_FOLLOW = rule(
    "referral.directives_follow",
    r"(?:\b(?:(?:enligt|på)\s+följande(?:\s+sätt)?|enligt\s+nedan(?:stående)?|som\s+följer|"
    r"enligt\s+(?:tabellen|förteckningen|sändlistan)(?:\s+nedan)?|"
    r"till\s+följande(?:\s+\w+)?)\s*[.:]?|:)\s*$",
    matches=(
        "Stadsledningskontoret föreslår att rapporten remitteras enligt följande.",
        "Förslaget remitteras på följande sätt:",
        "Programmet remitteras som följer.",
        "Planen remitteras till följande nämnder:",
        "Rapporten ska remitteras enligt nedan.",
        "Kontoret föreslår att programmet remitteras enligt tabellen nedan.",
        "Planen remitteras enligt sändlistan.",
    ),
    not_matches=("Rapporten remitteras till kulturnämnden.", "Kommunstyrelsen beslutar enligt följande beslut om"),
    explains_cue=True,
)
# A municipality asked as a whole, whose own boards then answer for it: "Malmö stad", "Lerums kommun", "staden".
_TOWN = rule(
    "referral.town",
    rf"^(?:{WHOLE_ORGANISATION}|staden|kommunen)$",
    matches=("Malmö stad", "Lerums kommun", "Staden", "Region Skåne", "Lilla Edets kommun", "Region Jönköpings län"),
    not_matches=("Malmö stads kulturnämnd", "Kulturnämnden"),
)


def _read_sentence(
    unit: Unit,
    sentence: Sentence,
    masked: str,
    context: TitleContext,
    reports: Reports,
    analysed: Sequence[Analysed],
    register: BoardRegister,
    read: Read,
) -> bool:
    """Read the sentence's referrals and accounts into ``read``; True when it leads directives that follow as
    items ("Rapporten remitteras enligt följande.")."""
    item = unit.item
    text = masked[sentence.start : sentence.end]
    clauses = find_clauses(text)
    boards = [
        b
        for b in item.boards_in(sentence.start, sentence.end)
        if not any(t.start < b.end and b.start < t.end for t in unit.titles)
    ]
    requests: dict[Action, _Request] = {}
    leads = False
    via: list[str] = []
    unnamed: list[Action] = []  # recounts naming no one, kept apart (``recounts``)
    kinds: list[tuple[Judgement, Clause]] = []
    for clause in clauses:
        judged = judge(clause, text, unit.heading, unit.directed)
        if judged.kind not in ("request", "answered", "declined", "unanswered"):
            continue
        kinds.append((judged, clause))
        recipients, condition = _recipients(masked, clause, sentence.start, boards, register)
        # "A har meddelat att staden avstår": A, not the kind it is named again by ("att förvaltningen avstår")
        recipients = reported_by(judged, text, clause, register) or recipients
        counted = judged.kind == "request" and any(counted_in(masked, z.shifted(sentence.start)) for z in clause.zones)
        # the list may follow as items: a request's, or the remissinstanser who answered ("Följande
        # remissinstanser har yttrat sig:"), who were asked all the same
        leads = leads or (
            not recipients and not counted and (judged.kind == "request" or _BODIES_NOUN.search(text) is not None)
        )
        if judged.kind != "request":
            if recipients:
                read.accounts.append(sentence_account(judged, clause, recipients, unit, sentence, text))
            continue
        if not recipients and not counted:
            unnamed += [judged.action] if judged.kind == "request" and _recount_unnamed(clause, text) else []
            continue
        before = next((f.referral.recipients for f in reversed(read.referrals) if f.section == unit.section), None)
        recipients = named_again(recipients, before)  # "Bolaget ska vidare redovisa …": the company asked before
        recipients = named_again_all(recipients, before, sentence.text)  # "Stadsdelsnämnderna ombeds …": those
        via += _passing_on(clause, boards, sentence.start, recipients)
        request = requests.setdefault(judged.action, _Request())
        request.add(recipients, condition, judged.recounted, counted)
        request.thing = request.thing or _sent_thing(clause, text)
    if unnamed and not requests:
        read.unnamed += _unnamed(unit, sentence, text, context, reports, unnamed[0])
    if not requests and (labelled := _labelled(unit, sentence, masked, boards, register)):
        requests["implementation" if IMPLEMENTATION.search(text) else "opinion"] = _Request(labelled)
    if not requests:  # "att uppdra åt A att genomföra åtgärderna 3 och 5": each task apart, its codes its own
        for start, end, bodies, codes in assigned_measures(masked, sentence.start, text, boards, register):
            task = Sentence(sentence.start + start, sentence.start + end, sentence.text[start:end])
            _add_request(
                unit, task, text, context, reports, read, "implementation", _Request(bodies), bodies, codes, []
            )
            leads = False  # "ges i uppdrag att …" asks no list that follows
    if not requests and not leads and (viewers := view_answerers(unit.heading, masked, sentence, boards, register)):
        read.accounts.append(view_account(viewers, unit, sentence))
    if not requests and leads:
        # the list follows as items: the bodies one an item, or directives that each name their bodies
        lead = LIST_LEAD.search(text) or _DIRECTIVES_FOLLOW.search(text)
        listed = list_referral(item, sentence, reports, analysed, register) if lead else []
        if listed:
            _read_list(read, kinds, clauses, listed, (unit, sentence, text))
            return False
        return _DIRECTIVES_FOLLOW.search(text) is not None
    for action, request in requests.items():
        for recipients, codes, first in _parts(text, sentence.start, boards, request.recipients):
            ranked = replace(request, first=first)
            _add_request(unit, sentence, text, context, reports, read, action, ranked, recipients, codes, via)
    return False


def _read_list(
    read: Read,
    kinds: list[tuple[Judgement, Clause]],
    clauses: list[Clause],
    listed: list[Referral],
    where: tuple[Unit, Sentence, str],
) -> None:
    """The bodies listed after the sentence: an account of the referral recounted above, when the sentence tells
    what they did ("Följande remissinstanser har inte lämnat något svar:"), else a referral of their own."""
    unit, sentence, text = where
    if (told := tells_of_recount(kinds, read.referrals, unit.section)) is not None:
        read.accounts += [sentence_account(*told, r.recipients, unit, sentence, text) for r in listed]
        return
    recounted = any(c.recounted for c in clauses)
    read.referrals += [Found(r, unit.section, (unit.item.index, sentence.start), recounted) for r in listed]


def _recount_unnamed(clause: Clause, text: str) -> bool:
    """A recount naming no bodies, which leads no list of them ("Ärendet har remitterats till följande:")."""
    leading = LIST_LEAD.search(text) or _DIRECTIVES_FOLLOW.search(text) or text.rstrip().endswith(":")
    return not leading and recounted_unnamed(clause, text)


def _unnamed(
    unit: Unit, sentence: Sentence, text: str, context: TitleContext, reports: Reports, action: Action
) -> list[Unnamed]:
    """A recount naming no one, whose bodies its accounts will name (``recounts``): where it stands, and the
    referral it makes, read only when a table of answers received tells of it."""

    def made() -> list[Found]:
        scratch = Read()
        _add_request(unit, sentence, text, context, reports, scratch, action, _Request(recounted=True), [], [], [])
        return [replace(f, counted=True) for f in scratch.referrals]

    return [Unnamed(unit.section, (unit.item.index, sentence.start), made)]


def _parts(
    text: str, offset: int, boards: Sequence[BoardSpan], recipients: list[Recipient]
) -> list[tuple[list[Recipient], list[str], bool | None]]:
    """The request's bodies and codes, cut into parts when its bodies have codes of their own, or when it asks some
    first and others besides them (``gapping``); each part's priority where the sentence's is not all parts'."""
    codes = find_codes(text)
    spans = [replace(b, start=b.start - offset, end=b.end - offset) for b in boards]
    names = [r.name for r in recipients]
    parts = split_by_to(text, codes, spans, names) or split_by_codes(text, codes, spans, names)
    by_name = {**{b.name: b.recipient() for b in boards}, **{r.name: r for r in recipients}}
    if parts is None and (ranked := split_by_priority(text, spans, names)) is not None:
        own = list(dict.fromkeys(c.code for c in codes))
        return [([by_name[n] for n in ranked[0]], own, True), ([by_name[n] for n in ranked[1]], own, False)]
    if parts is None:
        return [(recipients, list(dict.fromkeys(c.code for c in codes)), None)]
    return [([by_name[n] for n in names], list(dict.fromkeys(part)), None) for names, part in parts if names]


def _add_request(
    unit: Unit,
    sentence: Sentence,
    text: str,
    context: TitleContext,
    reports: Reports,
    read: Read,
    action: Action,
    request: _Request,
    recipients: list[Recipient],
    codes: list[str],
    via: list[str],
) -> None:
    item = unit.item
    in_sentence = [s for s in unit.titles if sentence.start <= s.start < sentence.end]
    referral = Referral(
        report_title=report_title(item, sentence, in_sentence, reports, context),
        action=action,
        scope="measures" if codes else "report",
        measure_codes=codes,
        recipients=recipients,
        priority="primary" if (primary(text) if request.first is None else request.first) else None,
        condition=request.condition,
        text=sentence.text,
        **item.located(sentence.start, sentence.end),
    )
    town = bool(recipients) and all(_TOWN.match(r.name) for r in recipients)
    order = (item.index, sentence.start)
    found = Found(referral, unit.section, order, request.recounted, town, tuple(via), request.counted, request.thing)
    read.referrals.append(found)


@dataclass
class _Request:
    """A sentence's requests of one action: their bodies, in order, once each."""

    recipients: list[Recipient] = field(default_factory=list)
    condition: str | None = None
    recounted: bool = False
    counted: bool = False
    thing: str | None = None
    first: bool | None = None  # asked first ("i första hand"), where the sentence asks some besides them

    def add(self, recipients: list[Recipient], condition: str | None, recounted: bool, counted: bool) -> None:
        names = {r.name for r in self.recipients}
        self.recipients += [r for r in recipients if r.name not in names]
        self.condition = self.condition or condition
        self.recounted = self.recounted or recounted
        self.counted = self.counted or counted


def _labelled(
    unit: Unit, sentence: Sentence, masked: str, boards: Sequence[BoardSpan], register: BoardRegister
) -> list[Recipient]:
    """The bodies an item under a referral's lead names as its label ("Idrottsnämnden: åtgärderna D2.1–D2.4")."""
    if not unit.directed or unit.item.block.kind != "list_item":
        return []
    return labelled_recipients(masked, sentence.start, sentence.end, boards, register)


# An under-referral: a compound of "remittera" that passes on a matter already referred ("underremitteras").
_UNDER = rule(
    "referral.under",
    r"^under",
    matches=("underremittera", "Underremitteras"),
    not_matches=("remittera", "internremitteras"),
)


def _passing_on(clause: Clause, boards: Sequence[BoardSpan], offset: int, recipients: list[Recipient]) -> list[str]:
    """The bodies of an under-referral's clause that pass the matter on: those named in it that are not its
    recipients ("Stockholms Stadshus AB ombeds underremittera ärendet till B", "… underremitteras av A till B")."""
    cue = clause.cue
    if cue is None or cue.lemma != "remittera" or not _UNDER.match(cue.word.text):
        return []
    names = {r.name for r in recipients}
    inside = [b for b in boards if offset + clause.start <= b.start < offset + clause.end]
    return [b.name for b in inside if b.name not in names]


def _recipients(
    masked: str, clause: Clause, offset: int, boards: Sequence[BoardSpan], register: BoardRegister
) -> tuple[list[Recipient], str | None]:
    """The bodies of the first of the clause's zones that names any; a zone that only describes them ("de
    nämnder som ansvarar för X, dvs. A och B") names them after its "dvs."."""
    for zone in clause.zones:
        shifted = zone.shifted(offset)
        recipients, condition = recipients_in(masked, shifted, boards, register, sending=not clause.recounted)
        if recipients:
            return recipients, condition
        if (namely := _NAMELY.search(masked, shifted.start, shifted.end)) is not None:
            after = zone_after(masked, namely.end(), shifted.end)
            recipients, _ = recipients_in(
                masked, Zone(after.start, after.end, zone.whole, after.list_end), boards, register
            )
            if recipients:
                return recipients, None
    return [], None
