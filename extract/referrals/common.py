"""What every reader of referrals shares: the action and priority a text states, the report a referral is
about, and a referral the document addresses to itself."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from atgard.extract.analysis import Analysed, Sentence
from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import OWN_BODY, resolve_name
from atgard.extract.report_headings import heading_title
from atgard.extract.reports import Reports, TitleSpan
from atgard.extract.rules import rule
from atgard.extract.vocabulary import ASIDE, OFFICE_DEFINITE, fragment
from atgard.schema.contract import Referral
from atgard.schema.keys import title_key

# How a body can carry measures out, or whether it can (asked of it: a referral), not how they are or were carried
# out ("årligen redovisa hur åtgärderna genomförs": a follow-up, no referral).
# The measure named between dashes or in brackets, what it is ("åtgärd 6.4 – ljuddämpande fönster i det egna
# beståndet – kan genomföras"): words the measure's name may be parted from its verb by.
_MEASURE_ASIDE = r"(?:[–-]\s+[^–.;]{1,160}?\s+[–-]\s+|\([^()]{1,160}\)\s+)?"
HOW_CARRIED_OUT = fragment(
    "referral.how_carried_out",
    r"redovisa\w*\s+(?:hur|om|huruvida|i\s+vilken\s+(?:omfattning|utsträckning)|när)\s+(?:\S+\s+){1,8}?"
    rf"{_MEASURE_ASIDE}(?:kan\s+)?genomför(?!s\b|t\b|ts\b)\w*",
    matches=(
        "redovisa hur de kan genomföra",
        "redovisar hur åtgärd B2.1.1 kan genomföras",
        "redovisa om bolaget kan åta sig att genomföra",  # whether it can: asked of it too
        "redovisa huruvida nämnden har möjlighet att genomföra",
        "redovisa i vilken omfattning åtgärd 6.4 – bullerskydd längs de mest utsatta gatorna – kan genomföras",
        "redovisa i vilken utsträckning bolaget kan genomföra",
        "redovisar när åtgärd 4 (ljuddämpande fönster i det egna beståndet) kan genomföras",
    ),
    not_matches=(
        "redovisa hur åtgärderna genomförs",
        "redovisa hur de har genomförts",
        "redovisa om de genomförts",
        "redovisa i vilken omfattning åtgärd 6.4 har genomförts",
    ),
)
# Whose the conditions or opinions a body is asked to report are: its own, as a pronoun or by its noun ("redovisa sina
# förutsättningar", "redovisa nämndens förutsättningar", "redovisa bolagets synpunkter").
REPORTS_OWN = fragment(
    "referral.reports_own",
    r"(?:sina|sin|deras|(?:nämnden|nämnderna|bolaget|bolagen|styrelsen)s)\s+",
    matches=("sina ", "nämndens ", "bolagets "),
    not_matches=("kulturnämndens ", "planens "),
)
IMPLEMENTATION = rule(
    "referral.implementation",
    r"förutsättning\w*\s+(?:för|att)\s+(?:att\s+)?(?:genomför|fortsatt\s+arbete|arbeta)|genomförande\s+av\s+åtgärd|"
    rf"redovisa\w*{ASIDE}?\s+(?:{REPORTS_OWN})?förutsättning|"
    rf"{HOW_CARRIED_OUT}",
    matches=(
        "ska redovisa sina förutsättningar för att genomföra åtgärderna",
        "ska redovisa nämndens förutsättningar att genomföra åtgärderna B2 och B4",
        "förutsättningarna för fortsatt arbete",
        "redovisa hur de kan genomföra åtgärd A2.1.1",
        "ska redovisa hur åtgärd B2.1.1 kan genomföras",
    ),
    not_matches=(
        "Synpunkter på rapporten ges av utbildningsnämnden.",
        "årligen redovisa hur programmets åtgärder genomförs",
    ),
)
PRIMARY = rule(
    "referral.primary",
    r"\bi\s+första\s+hand\b",
    matches=("Synpunkter ges i första hand av",),
    not_matches=("i andra hand av",),
)
# A clause that tells of something else after the list: "…, där insatserna i första hand ska prövas".
_ASIDE_CLAUSE = rule(
    "referral.aside_clause",
    r",\s+(?:där|eftersom|vilket|då|när|varvid)\b[^,;]*",
    matches=(", där insatserna i första hand ska prövas", ", eftersom de i första hand berörs"),
    not_matches=(", i första hand", ", som i första hand"),
)


def primary(sentence: str) -> bool:
    """Whether a referral's sentence asks its bodies first ("i första hand"), outside a clause that tells of
    something else ("remitteras till A och B, där insatserna i första hand ska prövas")."""
    return PRIMARY.search(_ASIDE_CLAUSE.sub("", sentence)) is not None


# "rapporten X", "delrapporten X", and as OCR may misread it: "räpporten".
_REPORT_NAMED = rule(
    "referral.report_named",
    r"\b(?:del)?r\w?pport(?:en)?\s+",
    matches=("Synpunkter på rapporten ", "delrapporten ", "räpporten "),
    not_matches=("rapporterna",),
)


@dataclass(frozen=True)
class TitleContext:
    """What a sentence's report may be named by, beyond its own words."""

    previous: str | None = None  # the report of the referral before it in its section ("därutöver")
    matter: str | None = None  # the heading of the matter it stands under, in a protocol ("§ 51 Motion om …")
    item_title: str | None = None  # the numbered line of the agenda item it stands under ("4. Remiss av X")
    by_noun: Mapping[str, str] = field(default_factory=dict)  # "slutrapport" -> the title the text gave it


def report_title(
    item: Analysed,
    sentence: Sentence,
    titles: Sequence[TitleSpan],
    reports: Reports,
    context: TitleContext | None = None,
) -> str | None:
    """The report a referral sentence is about: a title in it, "rapporten X", the report its noun names
    ("i slutrapporten"), the report of the referral before it in its section, the default."""
    for span in titles:
        if span.block == item.index and sentence.start <= span.start < sentence.end:
            return reports.title_for(span.text)
    # "rapporten X" with X misread in places (OCR): the nearest known title
    for named in _REPORT_NAMED.finditer(sentence.text):
        if title := reports.title_near(sentence.text[named.end() :]):
            return title
    context = context or TitleContext()
    if by_noun := named_by_noun(sentence.text, context.by_noun):
        return by_noun[0]
    if context.previous is not None:
        return context.previous
    for heading in (context.item_title, context.matter):
        if heading and (by_heading := _named_by_heading(heading, reports)):
            # "Förslaget remitteras till …" under the agenda item "4. Remiss av förslag till X"; "att remissen
            # skickas vidare till …" under the protocol's "§ 5 Remiss av förslag till X"
            return by_heading
    if context.matter and not _names(context.matter, reports.subject):
        return None  # another matter of a protocol: the document's first one is not its report
    return default_report(reports) or _named_by_kind(sentence.text, reports)


# The kind a title opens with, the first word of a plan's or a programme's name, and what it is about: "Handlingsplan
# för gångtrafik 2027–2030" -> "handlingsplan", "gångtrafik"; "Trygghetsprogram 2027–2030" -> "trygghetsprogram".
_TITLE_KIND = rule(
    "referral.title_kind",
    r"^(?P<kind>[A-ZÅÄÖ][a-zåäö]{3,})(?:\s+(?:för|mot|om|över)\s+(?P<about>[\wåäö-]+)|\s+\d{4}\b|$)",
    matches=(
        "Handlingsplan för gångtrafik 2027–2030",
        "Strategi mot ofrivillig ensamhet",
        "Program för trygghet",
        "Trygghetsprogram 2027–2030",
        "Riktlinjer för bostadsförsörjning",
    ),
    not_matches=("Stockholms stads program för X", "Förslag till plan för X", "Plan för"),
    flags=0,
)
# The word after a kind named in a sentence that says what it is about: "handlingsplanen för cykel".
_ABOUT = rule(
    "referral.kind_about",
    r"\s+(?:för|mot|om|över)\s+(?P<about>[\wåäö-]+)",
    matches=(" för cykel", " om trygghet"),
    not_matches=(" till stadsbyggnadsnämnden", " förslaget"),
)


def definite_forms(noun: str) -> set[str]:
    """A document kind's noun in the definite, singular and plural, in lower case.

    >>> sorted(definite_forms("Riktlinjer")), "strategin" in definite_forms("strategi")
    (['riktlinjerna'], True)
    >>> {"programmet", "planen", "planerna"} <= definite_forms("program") | definite_forms("plan")
    True
    """
    noun = noun.lower()
    if noun.endswith("er"):  # a plural: "riktlinjer", "åtgärder"
        return {noun + "na"}
    if noun[-1] in "aeiouyåäö":
        return {noun + "n", noun + "t", noun + "erna"}
    doubled = noun + noun[-1]  # after a short vowel: "programmet"
    return {noun + "en", noun + "et", doubled + "en", doubled + "et", noun + "erna", noun + "arna"}


def _title_kinds(reports: Reports) -> list[tuple[str, str | None, str]]:
    """The known reports' titles that open with a kind: (kind, what it is about, title)."""
    # the raw pattern: indexing the titles is no finding; the rule is traced when a sentence names one
    found = ((_TITLE_KIND.pattern.match(title), title) for title in reports.canonical.values())
    return [(m.group("kind").lower(), m.group("about"), title) for m, title in found if m is not None]


def _named_by_kind(text: str, reports: Reports) -> str | None:
    """The one known report whose title's kind a sentence calls it by in the definite, the compound's head alone
    too: "Trafiknämnden remitterar handlingsplanen (planen) till …" with "Handlingsplan för gångtrafik 2027–2030"
    the only handlingsplan known (a title its heading gives as no "Remiss av X", so no default); none when the
    sentence says the plan is about something else ("handlingsplanen för cykel")."""
    named, kinds = set(), _title_kinds(reports)
    forms = [(set().union(*map(definite_forms, _heads(kind))), about, title) for kind, about, title in kinds]
    for word in re.finditer(r"[a-zåäö-]{4,}", text.lower()) if forms else ():
        called = [(about, title) for definite, about, title in forms if word.group() in definite]
        said = _ABOUT.match(text, word.end()) if called else None
        named |= {t for about, t in called if not (said and about and said["about"].lower() != about.lower())}
    if len(named) != 1:
        return None
    title = next(iter(named))
    return title if _TITLE_KIND.match(title) else None  # matched again traced: the report is named here


def _heads(kind: str) -> set[str]:
    """A compound kind and its heads of four letters or more: "handlingsplan", …, "plan"."""
    return {kind[i:] for i in range(len(kind) - 3)}


def _named_by_heading(text: str, reports: Reports) -> str | None:
    """The known report a heading or an agenda item's line remits or answers ("Remiss av förslag till X"), else
    the one known report it names ("Ärende 6 Förslag till X – beslut om remiss")."""
    found = heading_title(text.strip())
    if found and (title := reports.title_for(found.group("title"))):
        return title
    named = {title for title in reports.canonical.values() if _names(text, title)}
    return next(iter(named)) if len(named) == 1 else None


def _names(heading: str, title: str | None) -> bool:
    return title is not None and title_key(title) in title_key(heading)


# The noun a text names a report by ("slutrapport", "betänkande", "promemoria"), and its ending ("slutrapporten").
_NAMING_NOUN = fragment(
    "referral.naming_noun",
    r"(?P<noun>\w*(?:rapport|betänkande|promemoria|remissversion))(?:en|et|t|n)?",
    matches=("slutrapporten", "Betänkandet", "promemorian", "remissversionen", "delrapport"),
    not_matches=("rapporterna", "rapporter", "yttrandet"),
)
# ... just before its title: "Slutrapporten *X*", "delrapporten *Y*".
_TITLE_NOUN = rule(
    "referral.title_noun",
    rf"\b{_NAMING_NOUN}\s*[:*“”\"']?\s*$",
    matches=("Slutrapporten ", "och delrapporten *", "betänkandet "),
    not_matches=("remitteras till ", "rapporter "),
)


def titles_by_noun(analysed: Sequence[Analysed], reports: Reports) -> dict[str, str]:
    """The noun each title was introduced with ("slutrapport" -> "Levande centrum i ytterstaden"); a noun
    given to two titles names neither."""
    found: dict[str, set[str]] = {}
    for span in reports.spans:
        before = analysed[span.block].text[max(0, span.start - 40) : span.start]
        if (noun := _TITLE_NOUN.search(before)) and (title := reports.title_for(span.text)):
            found.setdefault(noun.group("noun").lower(), set()).add(title)
    return {noun: next(iter(titles)) for noun, titles in found.items() if len(titles) == 1}


# ... anywhere in a text, after the title was given: "Synpunkter på slutrapporten lämnas av …".
_NAMED_NOUN = rule(
    "referral.named_noun",
    rf"\b{_NAMING_NOUN}\b",
    matches=("Synpunkter på slutrapporten lämnas av", "i betänkandet", "Remissversionen skickas till"),
    not_matches=("rapporterna", "Rapporteringen sker årligen", "yttrandet"),
)


def named_by_noun(text: str, by_noun: Mapping[str, str]) -> list[str]:
    """The titles a text names by the noun each was given before (``titles_by_noun``), in ``by_noun``'s order.

    >>> named_by_noun("Synpunkter på Slutrapporten lämnas av …", {"delrapport": "A", "slutrapport": "B"})
    ['B']
    >>> named_by_noun("Rapporterna och delrapporten", {"rapport": "A"})
    []
    """
    if not by_noun or not {noun.lower() for noun in _NAMED_NOUN.findall(text)} & by_noun.keys():
        return []  # untraced: a noun that names no report given is no evidence
    nouns = {found.group("noun").lower() for found in _NAMED_NOUN.finditer(text)}
    return [title for noun, title in by_noun.items() if noun in nouns]


def default_report(reports: Reports) -> str | None:
    """The report of a referral that names none: the one the document annexes, else the one its heading
    remits ("Remiss av X"); a report the text only cites is no default."""
    annexed = [ref.title for ref in reports.refs if ref.annex_number is not None]
    if len(annexed) == 1:
        return annexed[0]
    return reports.subject


def addressed_to_self(referral: Referral, own: set[str], *, alongside: bool = False) -> bool:
    """A referral whose every recipient is the document's own body or municipality: the remiss it answers.

    A recipient named by its kind alone ("Nämnden", "Styrelsen") is the document's own body. With ``alongside``
    (an answer, not an agenda that lists the remisser sent to its board), a recounted referral that names the own
    body among others is the remiss it answers too, the others asked alongside ("Haninge kommun skickade förslaget
    på remiss till bl.a. Region Stockholm, Trafikverket och …" in the region's answer); and so is one whose body
    answers here ("Trafikverket har fått rubricerat förslag på remiss från Norrtälje kommun och lämnar härmed sitt
    yttrande"). An own name's tail after a comma is no part of it ("Trafiknämnden, p. 11").

    >>> from atgard.schema.contract import Recipient
    >>> one = Recipient(name="Stockholms stad", kind="external")
    >>> addressed_to_self(Referral(report_title=None, action="opinion", scope="report", recipients=[one],
    ...     text="...", page=1, bbox={"x0": 0, "top": 0, "x1": 1, "bottom": 1},
    ...     boxes=[{"page": 1, "bbox": {"x0": 0, "top": 0, "x1": 1, "bottom": 1}}]), {"stockholms stad"})
    True
    """
    own = own | {name.split(",")[0].strip() for name in own}
    named = [
        _unplaced(recipient.name, own) in own
        or _self_named(recipient.name, referral.text)
        or OWN_BODY.match(recipient.name) is not None
        or _OWN_OFFICE_OR_TOWN.match(recipient.name) is not None
        for recipient in referral.recipients
    ]
    in_group = [r.group and _of_own_kind(r.name, own) for r in referral.recipients]
    if all(a or b for a, b in zip(named, in_group, strict=True)):
        return True
    # the own body named among others; reached only through a group beside others ("… till trafiknämnden och
    # samtliga stadsdelsnämnder" in a district's memo) the recount is the case's referral, told with its bodies
    return alongside and referral.recounted and (any(named) or _ANSWERS_HERE.search(referral.text) is not None)


def served_boards(names: Sequence[str | None], register: BoardRegister) -> set[str]:
    """The boards the document's own offices serve, folded: an office's memo answers the remiss its board got
    ("Arbetsmarknadsnämnden har fått förslaget på remiss" in Arbetsmarknadsförvaltningen's letter asking for more
    time; "Kommunstyrelsen har remitterat förslaget till Farsta stadsdelsnämnd" from Farsta stadsdelsförvaltning).

    >>> from atgard.extract.boards import load_register
    >>> sorted(served_boards(["Arbetsmarknadsförvaltningen", "Farsta stadsdelsförvaltning", None], load_register()))
    ['arbetsmarknadsnämnden', 'farsta stadsdelsnämnd']
    """
    found = [resolve_name(name, register) for name in names if name]
    parents = [register[body.board_id].parent for body in found if body.kind == "office" and body.board_id]
    return {register[parent].name.casefold() for parent in parents if parent and parent in register}


# A sentence in which the body that got the remiss answers it here: "… och lämnar härmed sitt yttrande", "avger
# härmed följande yttrande", "lämnar följande synpunkter".
_ANSWERS_HERE = rule(
    "referral.answers_here",
    # "sitt/sina" only with "härmed": "… som lämnar sina synpunkter senast 1 mars" tells of the bodies asked
    r"\b(?:lämnar|avger|överlämnar)\s+(?:(?:härmed|här)\s+(?:sitt|sina|följande|nedanstående)|följande|nedanstående)\s+"
    r"(?:yttrande|svar|remissvar|synpunkter)\b|\b(?:lämnar|avger)\s+härmed\s+(?:ett\s+)?(?:yttrande|svar)\b",
    matches=(
        "Trafikverket har fått rubricerat förslag på remiss från Norrtälje kommun och lämnar härmed sitt yttrande.",
        "Länsstyrelsen har fått planen på remiss och avger härmed följande yttrande.",
        "Regionen har beretts tillfälle att yttra sig och lämnar följande synpunkter.",
    ),
    not_matches=(
        "Förslaget har remitterats till trafiknämnden som har lämnat sitt yttrande.",
        "Planen har remitterats till nämnderna, som lämnar sina synpunkter senast den 1 mars 2027.",
        "Kulturnämnden lämnade sitt yttrande den 3 maj.",
    ),
)


# A body named with its town: "stadsbyggnadsnämnden i Helsingborg", "Helsingborgs stads stadsbyggnadsnämnd".
_PLACED = rule(
    "referral.body_in_town",
    r"^(?P<body>.+?)\s+i\s+(?P<town>[A-ZÅÄÖ][\wåäö-]+)$|^(?P<town2>[A-ZÅÄÖ][\wåäö-]+?)s?\s+(?:stads|kommuns)\s+(?P<body2>.+)$",
    matches=("Stadsbyggnadsnämnden i Helsingborg", "Helsingborgs stads stadsbyggnadsnämnd"),
    not_matches=("Stadsbyggnadsnämnden", "Kultur- och fritidsnämnden"),
    flags=0,
)


# A writer naming itself for short after its name: "Stockholm Parkering AB (bolaget) har fått förslaget på remiss",
# "Kulturnämnden (nedan kallad nämnden)", "Boverket (myndigheten)".
_SELF_NAMED = rule(
    "referral.self_named",
    r"\s*\((?:nedan\s+(?:kallad|kallat|benämnd|benämnt)?\s*)?[\"”]?(?:bolaget|nämnden|styrelsen|förvaltningen|"
    r"myndigheten|kommunen|regionen|förbundet|stiftelsen|föreningen|verket)[\"”]?\)",
    matches=(" (bolaget)", " (nedan kallat bolaget)", " (nämnden)", ' (nedan "myndigheten")'),
    not_matches=(" (SHAB)", " (bilaga 1)"),
)


def _self_named(name: str, text: str) -> bool:
    """The body names itself for short in the referral's sentence: "Stockholm Parkering AB (bolaget) har fått …"."""
    at = text.casefold().find(name.casefold())
    return at >= 0 and _SELF_NAMED.match(text, at + len(name)) is not None


def _unplaced(name: str, own: set[str]) -> str:
    """A body named with its own town, folded, as the body alone: "Stadsbyggnadsnämnden i Helsingborg" in
    Helsingborg's document is its stadsbyggnadsnämnd; another town's keeps its name.

    >>> _unplaced("Stadsbyggnadsnämnden i Helsingborg", {"helsingborgs stad", "stadsbyggnadsnämnden"})
    'stadsbyggnadsnämnden'
    >>> _unplaced("Stadsbyggnadsnämnden i Lund", {"helsingborgs stad"})
    'stadsbyggnadsnämnden i lund'
    """
    folded = name.casefold()
    if (placed := _PLACED.match(name)) is None:
        return folded
    town = (placed.group("town") or placed.group("town2")).casefold()
    body = (placed.group("body") or placed.group("body2")).casefold()
    towns = {
        f"{town} stad",
        f"{town}s stad",
        f"{town} kommun",
        f"{town.rstrip('s')} stad",
        f"{town.rstrip('s')} kommun",
    }
    return body if towns & own else folded


# The document's own office or municipality named by its kind alone: "Förvaltningen har fått möjlighet att yttra
# sig", "Staden har beretts tillfälle …" (the remiss the document answers).
_OWN_OFFICE_OR_TOWN = rule(
    "referral.own_office_or_town",
    rf"^(?:{OFFICE_DEFINITE}|stadsdelsförvaltningen|staden|kommunen)$",
    matches=("Förvaltningen", "Kontoret", "Staden", "Kommunen"),
    not_matches=("Trafikkontoret", "Stadsledningskontoret", "Socialförvaltningen"),
)


# The endings of a kind's plural, a group of bodies by their kind: "Samtliga stadsdelsnämnd|er",
# "stadsdelsnämnd|erna", "alla förvaltning|ar".
_PLURAL_ENDINGS = ("erna", "arna", "orna", "er", "ar", "or", "na")


def _of_own_kind(group: str, own: set[str]) -> bool:
    """A group named by the own body's kind ("Samtliga stadsdelsnämnder" to Farsta stadsdelsnämnd): the own
    body is one of those asked.

    >>> own = {"farsta stadsdelsnämnd"}
    >>> _of_own_kind("Samtliga stadsdelsnämnder", own), _of_own_kind("stadsdelsnämnderna", own)
    (True, True)
    >>> _of_own_kind("Samtliga nämnder", own), _of_own_kind("Samtliga stadsdelsförvaltningar", own)
    (False, False)
    """
    last = group.casefold().split()[-1:]
    kinds = {name.split()[-1] for name in own if len(name.split()) > 1}
    return any(last[0] == kind + ending for kind in kinds for ending in _PLURAL_ENDINGS) if last else False


# A consultation told as made through a body by its name: "X har getts tillfälle att lämna synpunkter via
# Länsstyrelsen", "… genom Trafikverket Region Öst" (the name in capitals, "i" and "län" inside it).
_THROUGH_NAMED = rule(
    "referral.through_named",
    r"\b(?:via|genom)\s+([A-ZÅÄÖ][\w-]*(?:\s+(?:i\s+)?[A-ZÅÄÖ][\w-]*)*(?:\s+län\b)?)",
    matches=("tillfälle att lämna synpunkter via Länsstyrelsen", "yttra sig via Länsstyrelsen i Uppsala län"),
    not_matches=("yttra sig via stadsledningskontoret", "via oss"),
    flags=0,
)


def through_self(referral: Referral, own: set[str]) -> bool:
    """A recounted consultation through a body the document's ``own`` names: the answering body's own, for its
    answer, no referral ("Region Uppsala har getts tillfälle att lämna synpunkter via Länsstyrelsen" in the county
    board's answer). Through an office it is a remiss the office passed on for its board.

    >>> from atgard.schema.contract import Recipient
    >>> box = {"x0": 0, "top": 0, "x1": 1, "bottom": 1}
    >>> told = Referral(report_title=None, action="opinion", scope="report", recounted=True, page=1, bbox=box,
    ...     recipients=[Recipient(name="Region Uppsala", kind="external")], boxes=[{"page": 1, "bbox": box}],
    ...     text="Region Uppsala har getts tillfälle att lämna synpunkter via Länsstyrelsen.")
    >>> through_self(told, {"länsstyrelsen i uppsala län"}), through_self(told, {"knivsta kommun"})
    (True, False)
    """
    if not referral.recounted:
        return False
    for found in _THROUGH_NAMED.finditer(referral.text):
        name = found.group(1).casefold()
        if name.endswith(("kontoret", "förvaltningen")):
            continue
        if any(own_name == name or own_name.startswith(name + " ") for own_name in own):
            return True
    return False
