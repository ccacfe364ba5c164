"""The measures an answer takes up: the codes its sections are headed by, and those it comments on in a section
that gathers the rest ("Övriga åtgärder"), never the ones it says it has no views on.

An answer sets its views on the referred measures under headings that name them: "Åtgärd B1.2.1 …",
"Åtgärderna 9 och 10 – Stombuss", "2.3 Hastighet på väg 76 (åtgärd V2)", "Åtgärd Å3 – genomsläppliga ytor".
A section beside them that names no measure in its heading ("Övriga åtgärder", "Övriga synpunkter") comments on
more in its text ("Förvaltningen noterar att åtgärd 21 …"), but the sentence "Förvaltningen har inga synpunkter
på åtgärderna 1–3, 5–8 och 11–16" names those it leaves alone. Without such headings, every code the answer
names is one it takes up. The codes are extract/codes.py's: dotted ones, and one capital and a number ("Å3",
"K3", "V2") where a measure word stands before it ("åtgärderna Å3 och Å7"); alone such a code is as likely a road
("E18", "väg E4") or a paper size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from atgard.extract.analysis import Analysed
from atgard.extract.answer_clauses import ABSTAIN
from atgard.extract.answer_series import lone_codes, series_letters, with_lone
from atgard.extract.codes import find_codes
from atgard.extract.referrals.clauses import find_clauses
from atgard.extract.referrals.judge import judge
from atgard.extract.rules import kept_by_text, rule
from atgard.extract.vocabulary import (
    AND,
    CARDINAL,
    CARDINAL_WORDS,
    MEASURE_WORD,
    ORDINAL,
    ORDINAL_WORDS,
    REMITTED_PAPER,
    RESPEKTIVE,
    VIEW_VERB,
)

# A sentence that names the measures the answer has no views on: "har inga synpunkter på åtgärderna 1–3",
# "lämnar inga kommentarer till", "avstår från att kommentera åtgärd 5", "lämnar åtgärderna 1–3 utan erinran".
_NO_VIEWS = rule(
    "answer.no_views",
    r"\binga\s+(?:\w+\s+)?(?:synpunkter|kommentarer|erinringar|invändningar\s+eller\s+synpunkter)\b|"
    r"\bavstå\w*\s+från\s+att\s+(?:kommentera|yttra\s+sig|lämna\s+synpunkter)|"
    r"\butan\s+(?:erinran|synpunkter|kommentarer?|invändningar)\b",
    matches=(
        "Förvaltningen har inga synpunkter på åtgärderna 1–3, 5–8 och 11–16.",
        "Nämnden lämnar inga ytterligare kommentarer till åtgärd A2.1.",
        "Kontoret avstår från att kommentera åtgärderna Å4 och Å5.",
        "Övriga åtgärder lämnas utan erinran.",
    ),
    not_matches=("Förvaltningen noterar att åtgärd 21 om parkeringsnormer kan påverka efterfrågan.",),
)


# A sentence by which the answer abstains as a whole: "Nämnden avstår från att yttra sig över förslaget",
# "föreslår att nämnden avstår från att lämna synpunkter", "att avstå från att besvara remissen". What it abstains
# on is nothing or the remitted paper itself, and the sentence ends there (or gives its reason, or refers on: "utan
# hänvisar till …"): not a part
# ("över åtgärd 4", "kring kostnadsberäkningarna", "i sak men betonar …"), not told of the past ("avstod"), and not
# hedged or denied before the verb ("Om nämnden avstår …", "föreslår inte att nämnden avstår", "Flera nämnder …").
_ABSTAINS = rule(
    "answer.abstains",
    r"^(?:(?!\b(?:om|inte|ej|kan|flera)\b).)*?"
    rf"(?P<verb>\b{ABSTAIN}\s+att\s+(?:yttra\s+sig|lämna\s+(?:\w+\s+)?(?:synpunkter|yttrande)|besvara\s+remissen)|"
    r"\bkommer\s+(?:därför\s+)?inte\s+att\s+(?:yttra\s+sig|lämna\s+(?:\w+\s+)?(?:synpunkter|yttrande|remissvar)))"
    rf"(?:\s+(?:över|på|om|till|kring|angående|beträffande|i)\s+(?:\w+\s+){{0,2}}?{REMITTED_PAPER}"
    r"(?:\s+(?:till|om|för|avseende)\s+[^,.;!?]*?)?)?"
    r"\s*(?:[.!?;]|$|,\s*(?:eftersom|då|med\s+hänvisning)\b|,?\s*(?:utan|och)\s+hänvisar\b)",
    matches=(
        "Nämnden för Intraservice avstår från att yttra sig över förslaget till handlingsplan.",
        "Förvaltningen föreslår att nämnden avstår från att lämna synpunkter på förslaget.",
        "att avstå från att besvara remissen",
        "Styrelsen avstår från att yttra sig.",
        "Nämnden avstår från att yttra sig över remissen, eftersom åtgärderna inte rör nämnden.",
        "Nämnden kommer inte att yttra sig i ärendet.",
        "Styrelsen kommer därför inte att lämna något remissvar.",
        "Nämnden kommer inte att yttra sig i ärendet utan hänvisar till stadsdelsnämnden.",
        "Styrelsen avstår härmed från att yttra sig över betänkandet.",
    ),
    not_matches=(
        "Nämnden avstår från att yttra sig över åtgärd 4 och 5.",
        "Nämnden avstår från att yttra sig över de delar som rör skolan.",
        "Nämnden avstår från att yttra sig i övrigt.",
        "Nämnden avstod från att yttra sig över den förra remissen.",
        "Nämnden har avstått från att yttra sig.",
        "Om nämnden avstår från att yttra sig kan det tolkas som ett medgivande.",
        "Förvaltningen föreslår inte att nämnden avstår från att yttra sig.",
        "Flera nämnder avstår från att yttra sig, men trafiknämnden har synpunkter.",
        "Nämnden avstår från att yttra sig kring kostnadsberäkningarna.",
        "Nämnden avstår från att yttra sig över de ekonomiska konsekvenserna.",
        "Nämnden avstår från att yttra sig i sak men betonar vikten av trygghet.",
        "Nämnden kommer inte att yttra sig över åtgärd 9.",
        "Om nämnden inte kommer att yttra sig i ärendet tolkas det som ett medgivande.",
        "Förvaltningen kommer inte att lämna synpunkter förrän planen är klar.",
        "Kommunstyrelsen kommer inte att lämna något remissvar i ärendet förrän planen är klar.",
    ),
)


def abstains(analysed: Sequence[Analysed]) -> bool:
    """The answer abstains as a whole: a sentence says so and its clause names no measure (an answer that declines
    takes up no measure, whichever it mentions: "avstår från att besvara remissen, eftersom åtgärd 4.2 …")."""
    for item in analysed:
        if item.block.kind not in ("paragraph", "list_item"):
            continue
        for sentence in item.sentences():
            if (found := _ABSTAINS.search(sentence.text)) is not None:
                clause = sentence.text[found.start("verb") :].split(",")[0].split(";")[0]
                if not codes_in(clause):
                    return True
    return False


# A measure named by its place in the report's list, in words: "den sjätte av utredningens åtgärder", "det tredje
# av utredningens förslag", "den sjätte och sjunde av åtgärderna", "åtgärd nummer sex". Only "av" the measures, or
# "nummer": "den första åtgärden bör vara …" is a step; a motion's or a board's own proposals are no report's
# measures ("den andra av motionens förslag").
_ORDINALS = rf"(?:{ORDINAL})(?:(?:\s*,\s*|\s+(?:{AND}|{RESPEKTIVE})\s+)(?:{ORDINAL}))*"
_NOT_THE_REPORTS = r"(?:motion\w*|medborgarförslag\w*|[\wåäö-]*nämndens|interpellation\w*|skrivelsens|yrkandets)\s"
_COUNTED = rule(
    "answer.counted_measure",
    rf"\b(?:den|det)\s+(?P<ordinal>{_ORDINALS})\s+av\s+(?!{_NOT_THE_REPORTS})(?:[\wåäö-]+s\s+)?(?:{MEASURE_WORD})\b|"
    rf"\b(?:åtgärd|förslag|rekommendation|insats|aktivitet)\s+nummer\s+(?P<cardinal>{CARDINAL})\b",
    matches=(
        "(den sjätte av utredningens åtgärder)",
        "den andra av åtgärderna",
        "Den tredje av rapportens förslag",
        "det tredje av utredningens förslag",
        "den tredje av insatserna",
        "den sjätte och sjunde av åtgärderna",
        "åtgärd nummer sex",
    ),
    not_matches=(
        "Den första åtgärden bör vara att se över taxan.",
        "den sjätte av tio punkter",
        "åtgärd nummer 6",
        "den femte av de sex åtgärderna",
        "tillstyrker den andra av motionens förslag",
        "den tredje av medborgarförslagets förslag",
        "den andra av kulturnämndens förslag",
    ),
)


def codes_in(text: str) -> list[str]:
    """The measure codes a text names, in order, each once: also a measure counted in words ("den sjätte av
    utredningens åtgärder" is "6").

    >>> codes_in("den sjätte av utredningens åtgärder och åtgärd 9"), codes_in("åtgärd nummer tre")
    (['6', '9'], ['3'])
    """
    return list(_codes_in(text))


@kept_by_text  # asked of each block and sentence again and again (the headings', the letters', each section's)
def _codes_in(text: str) -> tuple[str, ...]:
    found = [(c.start, c.code) for c in find_codes(text)]
    for counted in _COUNTED.finditer(text):
        ordinal, cardinal = counted.group("ordinal"), counted.group("cardinal")
        words = [w for w in ordinal.casefold().replace(",", " ").split() if w in ORDINAL_WORDS] if ordinal else []
        numbers = [ORDINAL_WORDS.index(w) + 1 for w in words] or [CARDINAL_WORDS.index(cardinal.casefold()) + 1]
        found += [(counted.start(), str(number)) for number in numbers]
    return tuple(dict.fromkeys(code for _, code in sorted(found)))


def _gathering_sections(analysed: Sequence[Analysed]) -> Iterator[Analysed]:
    """The blocks of the sections beside the coded ones whose headings name no measure: at a coded heading's
    level, after the first coded heading, up to a heading of higher rank."""
    coded_levels: set[int] = set()
    inside = False
    for item in analysed:
        if item.block.kind == "heading":
            level = item.block.level or 1
            if codes_in(item.text):
                coded_levels.add(level)
                inside = False
            elif coded_levels and level < min(coded_levels):
                coded_levels, inside = set(), False
            else:
                inside = level in coded_levels
        elif inside and item.block.kind in ("paragraph", "list_item"):
            yield item


def _asked_about(sentence: str) -> bool:
    """The sentence tells what the body was asked: "AB Stockholmshem har av kommunstyrelsen beretts tillfälle att
    yttra sig över förslaget, och särskilt över åtgärd H3" (the remiss's measures, not the answer's)."""
    return any(judge(clause, sentence).kind == "request" for clause in find_clauses(sentence))


def _left_alone(analysed: Sequence[Analysed]) -> set[str]:
    """The codes the answer says it has no views on ("avstår från att yttra sig över åtgärderna 4–6") and names
    in no sentence of its own besides: a run-in heading over them ("Åtgärderna 4–6") says nothing."""
    none: set[str] = set()
    said: set[str] = set()
    for item in analysed:
        if item.block.kind not in ("paragraph", "list_item"):
            continue
        for sentence in item.sentences():
            codes = codes_in(sentence.text)
            if not codes:
                continue
            if (no_views := _NO_VIEWS.search(sentence.text)) is not None:
                # "tillstyrker åtgärd H3 men har inga synpunkter på åtgärd H4": a position on those before it
                none.update(codes_in(sentence.text[no_views.start() :]))
                said.update(codes_in(sentence.text[: no_views.start()]))
            elif _SENTENCE_END.search(sentence.text) and not _asked_about(sentence.text):
                said.update(codes)
    return none - said


# A sentence's end: what a run-in heading ("Åtgärd 1 – Fler öppna träffpunkter") has not.
_SENTENCE_END = rule(
    "answer.sentence_end",
    r"[.!?]\s*$",
    matches=("Vi stöder åtgärd 1.", "Bra, men inte så!"),
    not_matches=("Åtgärderna 4–6", "Åtgärd 1 – Fler öppna träffpunkter för seniorer"),
)


def _unasked(item: Analysed, letters: frozenset[str] = frozenset()) -> list[str]:
    """A block's texts that may name the codes an answer takes up: a paragraph's sentences but those telling
    what the body was asked, any other block whole (``letters``: of the series named as measures, whose codes
    also stand alone)."""
    if item.block.kind not in ("paragraph", "list_item"):
        return [item.text]
    # only a sentence with a code can name one: the others need no judging
    coded = (s.text for s in item.sentences() if codes_in(s.text) or lone_codes(s.text, letters))
    return [_REVIEWED_LIST.sub(_unlisted, text) for text in coded if not _asked_about(text)]


# The report's whole list the answer says it went through, no position on each: "Stockholm Exergi har gått igenom
# programmets åtgärder K1–K14 och lämnar synpunkter på de två …", "har tagit del av planens samtliga åtgärder 1–12".
_REVIEWED_LIST = rule(
    "answer.reviewed_list",
    # the list as a whole: the report's ("programmets åtgärder") or all of them ("samtliga åtgärder")
    r"\b(?:gått\s+igenom|tagit\s+del\s+av|granskat|läst\s+igenom)\s+"
    r"(?:[\wåäö]+s\s+(?:samtliga\s+|alla\s+)?|samtliga\s+|alla\s+)"
    r"åtgärder(?:na)?\s+(?P<list>[\w.:]+\s*[–-]\s*[\w.:]+)",
    matches=(
        "Stockholm Exergi har gått igenom programmets åtgärder K1–K14 och lämnar synpunkter",
        "har tagit del av planens samtliga åtgärder 1-12",
        "har granskat samtliga åtgärder A1–A9",
    ),
    not_matches=(
        "tillstyrker åtgärderna K1–K3",
        "har gått igenom åtgärd K5",
        "Bolaget har särskilt granskat åtgärderna B2.1.1–B2.1.2.",
    ),
)


def _unlisted(found: re.Match[str]) -> str:
    """A sentence's reviewed list blanked, so that its codes are no position (:data:`_REVIEWED_LIST`)."""
    text = found.group(0)
    at = found.start("list") - found.start()
    return text[:at] + " " * (len(text) - at)


# A section that puts its measure off: "Bolaget … återkommer därför i denna del vid ett senare tillfälle",
# "Nämnden återkommer med synpunkter på åtgärden längre fram": the heading's code is not yet taken up. Not a
# pointer later in the same text ("återkommer till detta senare i yttrandet", "… längre fram i avsnitt 4").
_POSTPONES = rule(
    "answer.postpones",
    r"\båterkommer\b[^.]{0,80}?\b(?:senare|längre\s+fram|vid\s+ett\s+senare\s+tillfälle|i\s+ett\s+senare\s+yttrande)\b"
    r"(?!\s+(?:nedan|i\s+(?:\w+\s+)?(?:yttrande|skrivelse|svar|avsnitt|text|kapitel|rapport|dokument)\w*))",
    matches=(
        "Bolaget har ännu inte hunnit samråda och återkommer därför i denna del vid ett senare tillfälle.",
        "Nämnden återkommer med synpunkter på åtgärden längre fram.",
        "Förvaltningen återkommer i ett senare yttrande.",
        "Bolaget återkommer senare med en tidplan.",
        "Förvaltningen återkommer senare i höst med en bedömning.",
    ),
    not_matches=(
        "Frågan återkommer i åtgärd V3.",
        "Förvaltningen återkommer till detta nedan.",
        "Åtgärden bör genomföras senare.",
        "Förvaltningen återkommer till detta senare i yttrandet.",
        "Nämnden återkommer till frågan längre fram i avsnitt 4.",
        "Kontoret återkommer till kostnaderna senare i detta yttrande.",
        "Förvaltningen återkommer till detta senare nedan.",
    ),
)
# A sentence that gives the body's view: the section has taken its measure up, whatever it puts off besides.
_GIVES_VIEW = rule(
    "answer.gives_view",
    rf"\b(?:{VIEW_VERB})\b",
    matches=("Bolaget tillstyrker åtgärden och ser att den bör prioriteras.", "Nämnden anser att åtgärden är viktig."),
    not_matches=("Bolaget återkommer senare med en tidplan.", "Nämnden har inte hunnit ta ställning."),
)


def _sections(analysed: Sequence[Analysed]) -> Iterator[tuple[list[str], list[Analysed]]]:
    """Each heading's codes with the paragraphs and list items under it, up to the next heading."""
    codes: list[str] = []
    blocks: list[Analysed] = []
    for item in analysed:
        if item.block.kind == "heading":
            if codes:
                yield codes, blocks
            codes, blocks = codes_in(item.text), []
        elif item.block.kind in ("paragraph", "list_item"):
            blocks.append(item)
    if codes:
        yield codes, blocks


def _postponed(analysed: Sequence[Analysed]) -> set[str]:
    """The codes of headings whose section only puts them off ("Åtgärd V2" / "… återkommer … vid ett senare
    tillfälle"): no other sentence of it gives a view ("Bolaget tillstyrker åtgärden. Bolaget återkommer senare med
    en tidplan" has taken it up). Views are read only in a section that puts off."""
    put_off: set[str] = set()
    for codes, blocks in _sections(analysed):
        if not any(item.block.kind == "paragraph" and _POSTPONES.search(item.text) for item in blocks):
            continue
        sentences = [s.text for item in blocks for s in item.sentences()]
        if not any(_GIVES_VIEW.search(text) for text in sentences if not _POSTPONES.search(text)):
            put_off.update(codes)
    return put_off


def codes_taken_up(analysed: Sequence[Analysed]) -> list[str]:
    """The measures an answer takes up: its headings' codes and those a section beside them comments on, else
    every code it names but those it tells it was asked about; never those it says it has no views on, and none
    where it abstains as a whole."""
    if abstains(analysed):
        return []
    headed = [code for item in analysed if item.block.kind == "heading" for code in codes_in(item.text)]
    alone = _left_alone(analysed) | _postponed(analysed)
    letters = series_letters(code for item in analysed for code in codes_in(item.text))
    if not headed:
        named = [
            code
            for item in analysed
            for text in _unasked(item, letters)
            for code in with_lone(codes_in(text), text, letters)
        ]
        return [code for code in dict.fromkeys(named) if code not in alone]
    commented = [
        code
        for item in _gathering_sections(analysed)
        for sentence in item.sentences()
        if not _NO_VIEWS.search(sentence.text)
        for code in codes_in(sentence.text)
    ]
    return [code for code in dict.fromkeys([*headed, *commented]) if code not in alone]
