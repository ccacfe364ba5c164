"""A decision's lead-in: who proposes, who decides, and whether points follow or it is its own point.

"Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande." opens a list of points for the council,
proposed by the board; "Kulturnämnden beslutar att anta förslag till yttrande." is a point by itself;
"Koncernstyrelsen beslöt följande." opens a protocol's points; "I stadsdelsnämnden Västra Hisingen:"
names another municipality's body. A longer paragraph is text.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from atgard.extract.dates import WEEKDAY
from atgard.extract.rules import kept_by_text, rule
from atgard.extract.vocabulary import BOARD_NAME, CARDINAL, ISO_DATE_SHAPE, MONTH, fragment

_BODY = r"[\wåäöÅÄÖ -]+?"
# A board deciding "för egen del" or "för sin del": its own points, after the council's; the board alone decides.
OWN_PART = fragment(
    "decision.own_part",
    r"för\s+(?:egen|sin)\s+del",
    matches=("för egen del", "för sin del", "för\negen del"),
    not_matches=("för egna delar", "för hela staden", "för sin skull"),
)

_PROPOSES = rule(
    "decision.proposes",
    # a board deciding for its own part (OWN_PART) is the board alone
    # "föreslår vidare att …", "föreslår också …": a further proposal, the same bodies
    rf"^(?P<proposer>{_BODY})\s+föreslår\s+(?:(?:vidare|också|även|dessutom)\s+)?(?:att\s+)?(?P<decider>{_BODY})"
    rf"(?:,?\s+{OWN_PART},?)?\s+"
    r"(?:att\s+)?(?:beslut(?:a|ar)|fatta(?:r)?\s+följande\s+beslut)\b",
    matches=(
        "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.",
        "Borgarrådsberedningen föreslår kommunstyrelsen för egen del besluta följande.",
        "Borgarrådsberedningen föreslår att kommunstyrelsen för egen del beslutar följande:",
        "Arbetsutskottet föreslår att regionstyrelsen, för egen del, beslutar följande.",
        "Kommunstyrelsen föreslår kommunfullmäktige att besluta följande:",
        "Kommunstyrelsen föreslår att kommunfullmäktige fattar följande beslut:",
        "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.",
        "Borgarrådsberedningen föreslår vidare att kommunstyrelsen för egen del beslutar att ge kontoret i uppdrag",
        "Kommunstyrelsen föreslår också kommunfullmäktige att besluta följande:",
        "Borgarrådsberedningen föreslår att kommunstyrelsen för sin del beslutar följande.",
    ),
    not_matches=("Kommissionen föreslår att staden utökar insatserna.",),
    explains_cue=True,
)
# The speaker's own proposal in an utlåtande repeats the board's: "Jag föreslår att kommunstyrelsen föreslår
# kommunfullmäktige att besluta följande." The board proposes, the council decides; the speaker is nobody's body.
_NESTED_PROPOSES = rule(
    "decision.nested_proposes",
    rf"^(?:jag|vi|{_BODY})\s+föreslår\s+att\s+(?P<proposer>{_BODY})\s+föreslår\s+(?:att\s+)?(?P<decider>{_BODY})\s+"
    r"(?:att\s+)?(?:beslut(?:a|ar)|fatta(?:r)?\s+följande\s+beslut)\b",
    matches=(
        "Jag föreslår att kommunstyrelsen föreslår kommunfullmäktige att besluta följande.",
        "Jag föreslår att kommunstyrelsen föreslår att kommunfullmäktige beslutar följande:",
        "Borgarrådsberedningen föreslår att kommunstyrelsen föreslår kommunfullmäktige besluta följande.",
    ),
    not_matches=("Jag föreslår att kommunstyrelsen beslutar följande.",),
    explains_cue=True,
)
# A proposal whose "att"-clause is its point, the deciding body named right after the verb: "Kommunstyrelsen
# föreslår kommunfullmäktige att avslå motionen." The body is a council's, a board's, a committee's.
_PROPOSES_TO = rule(
    "decision.proposes_to",
    rf"^(?P<proposer>{_BODY})\s+föreslår\s+(?P<decider>(?:[\wåäöÅÄÖ-]+\s+){{0,3}}?[\wåäöÅÄÖ-]*"
    r"(?:fullmäktige|nämnden|nämnd|styrelsen|styrelse|utskottet|beredningen|direktionen))(?=\s+att\s)",
    matches=(
        "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.",
        "Stadsbyggnadsnämnden föreslår kommunfullmäktige att anta detaljplanen för kv. Linnean.",
        "Förvaltningen föreslår stadsdelsnämnden att godkänna rapporten.",
        "Arbetsutskottet föreslår Hägersten-Älvsjö stadsdelsnämnd att anta yttrandet.",
        "Regionstyrelsen föreslår regionfullmäktige att fastställa planen",
    ),
    not_matches=(
        "Förvaltningen föreslår också att skolornas cykelparkeringar ses över.",
        "Kommissionen föreslår att staden utökar insatserna.",
        "Kommunstyrelsen föreslår att kommunfullmäktige avslår motionen.",
        "Utredningen föreslår en ny lag att gälla från 2027.",
    ),
    explains_cue=True,
)
_PROPOSED = rule(
    "decision.proposed",
    rf"^(?P<decider>{_BODY})\s+föreslås\s+(?:att\s+)?besluta\b",
    matches=("Kommunstyrelsen föreslås besluta att uppmana samtliga nämnder att inkomma med yttrande.",),
    not_matches=("Åtgärderna föreslås genomföras 2019.",),
    explains_cue=True,
)
_DECIDES = rule(
    "decision.decides",
    rf"^(?P<decider>{_BODY})\s+(?:beslutar|beslöt|beslutade|fatta(?:r|de)\s+följande\s+beslut)\b"
    r"(?:\s+(?:vidare|också|även|dessutom|därutöver|därefter)\b)?"  # a second decision in the same item
    rf"(?P<own>\s+{OWN_PART})?"
    rf"(?:,\s+(?:under\s+förutsättning|med\s+förbehåll|{OWN_PART})[^.:]*?(?:,|(?=:)))?",
    matches=(
        "Kommunstyrelsen beslutar för egen del följande.",
        "Kommunstyrelsen beslutar för egen del, under förutsättning av kommunfullmäktiges beslut:",
        "Kommunstyrelsen beslutar, under förutsättning att kommunfullmäktige beslutar enligt ovan, följande.",
        "Kulturnämnden beslutar att anta förslag till yttrande.",
        "Styrelsen för AB Svenska Bostäder beslutar att överlämna yttrandet till kommunstyrelsen.",
        "Nämnden fattar följande beslut:",
        "Koncernstyrelsen beslöt följande.",
        "Styrelsen beslutade följande.",
        "Koncernstyrelsen beslöt att fastställa sammanträdestiderna för 2026.",
        "Styrelsen beslöt vidare att uppdra åt VD att återrapportera projektets utfall.",
        "Nämnden beslutar också att överlämna yttrandet till kommunstyrelsen.",
    ),
    not_matches=(
        "Nämnden har beslutat att remittera ärendet.",
        "Ordföranden fann att nämnden beslutat.",
        "Nämnden har vidare beslutat att remittera ärendet.",
    ),
    explains_cue=True,
)
# A chair's decision on the board's behalf over its points: "Äldrenämndens ordförande har med stöd av punkt 1.6 i
# nämndens delegationsordning beslutat följande." (only over a list: "… har beslutat att …" recounts one).
_DECIDED_ON_DELEGATION = rule(
    "decision.decided_on_delegation",
    rf"^(?P<decider>{_BODY})s\s+(?:vice\s+)?ordförande\s+har\s+(?:med\s+stöd\s+av\s+(?:[^.:]|\.(?=\d)){{3,120}}?\s+)?"
    r"beslutat(?=\s+följande\b)",
    matches=("Äldrenämndens ordförande har med stöd av punkt 1.6 i nämndens delegationsordning beslutat följande.",),
    not_matches=("Nämnden har beslutat att remittera ärendet.", "Kulturnämndens ordförande har beslutat att avstå."),
    explains_cue=True,
)
# A decision taken as proposed or moved, its points after the colon or its own "att"-clause: "Kommunstyrelsen
# beslutar enligt stadsledningskontorets förslag:". Ended by a full stop it says the whole decision ("Nämnden
# beslutar enligt förslaget."): no lead-in, the sentence is the point.
_DECIDES_AS_PROPOSED = rule(
    "decision.decides_as_proposed",
    rf"^(?P<decider>{_BODY})\s+(?:beslutar|beslöt|beslutade)\s+(?:enligt|i\s+enlighet\s+med)\s+"
    r"(?:[\wåäöÅÄÖ().-]+\s+){0,5}?(?:förslag(?:et)?|yrkande(?:t)?)(?:\s+till\s+beslut)?",
    matches=(
        "Kommunstyrelsen beslutar enligt stadsledningskontorets förslag:",
        "Nämnden beslutade i enlighet med förvaltningens förslag till beslut följande:",
        "Kommunstyrelsen beslöt enligt Axel Brännströms (M) yrkande:",
        "Stadsdelsnämnden beslutar enligt förslaget att godkänna yttrandet.",
    ),
    not_matches=("Nämnden har beslutat enligt förslaget.", "Ordföranden finner att nämnden beslutat enligt förslaget."),
    explains_cue=True,
)
# The points after a colon, or after "d.v.s." / "dvs." / "det vill säga" ending the lead-in: "Nämnden beslutar
# enligt förvaltningens förslag, d.v.s." over its "att"-points.
_AFTER_COLON = rule(
    "decision.points_after_colon",
    r"^[,\s]*(?:följande\s*)?:\s*$|^,?\s*(?:d\.\s?v\.\s?s\.?|dvs\.?|det\s+vill\s+säga)\s*:?\s*$",
    matches=(":", " följande:", ", följande:", ", d.v.s.", ", dvs.", " dvs:", ", det vill säga", ", d. v. s."),
    not_matches=(".", " och godkänner rapporten:", ", dvs. att anta planen.", ", d.v.s. utan ändringar."),
)
_IN_BODY = rule(
    "decision.in_body",
    rf"^I\s+(?P<decider>{_BODY})\s*:$",
    matches=("I stadsdelsnämnden Västra Hisingen:", "I kommunstyrelsen:"),
    not_matches=("I stadsdelsnämnden Västra Hisingen finns tre skolor.",),
    explains_cue=True,
)
# The same label without its colon, as Göteborg's memos set it over a board's points: "I kommunstyrelsen" alone
# on its line. Then only a body's name: "I övrigt" or "I dag" alone is no label.
_IN_BODY_BARE = rule(
    "decision.in_body_bare",
    # the word after "I" holds the board word or is a name ("I samråd med nämnden" is no label)
    r"^I\s+(?=[\wåäöÅÄÖ-]*(?:nämnd|styrelse|fullmäktige)|(?-i:[A-ZÅÄÖ]))"
    rf"(?P<decider>[\wåäöÅÄÖ-]*fullmäktige|{BOARD_NAME})$",
    matches=(
        "I kommunstyrelsen",
        "I kommunfullmäktige",
        "I stadsdelsnämnden Västra Hisingen",
        "I nämnden för Intraservice",
    ),
    not_matches=(
        "I övrigt",
        "I dag",
        "I kommunstyrelsen har frågan behandlats",
        "I Göteborg",
        "I samråd med nämnden",
        "I dialog med styrelsen",
        "I övrigt hänvisas till nämnden",
    ),
    explains_cue=True,
)
_OWN_CLAUSE = rule(
    "decision.own_clause",
    rf"^[,\s]*(?:{OWN_PART}\s+)?att\s+\S",
    matches=(" att anta förslag till yttrande.", " för egen del att godkänna rapporten."),
    not_matches=(" följande.", " för egen del följande:"),
)
# The points may also follow a bare "att" ending the lead-in, each an infinitive on a line of its own:
# "Kommunstyrelsen beslutar att" / "1. godkänna rapporten," / "2. överlämna den till kommunfullmäktige".
_OPENS_LIST = rule(
    "decision.opens_list",
    rf"^[,\s]*(?:{OWN_PART}\s*)?(?:följande|att)?\s*[.:]?\s*$",
    matches=(" följande.", " för egen del följande:", "", " att", " för egen del att:"),
    not_matches=(" om finansiering efter beredning.", " att anta planen", " att-satser"),
)
# After a vote, the protocol tells what the body thereby decided, its points after it ("Med 7 ja-röster mot 4
# nej-röster har stadsdelsnämnden således beslutat" / "att avveckla …"): the last sentence of its paragraph, a
# "således", "alltså", "därmed", "följaktligen" or "sålunda" before or after the body saying it follows from the
# vote (a bare "har beslutat" is history), "har … beslutat" or "beslutade". Only with the vote told in the same
# protocol item and the protocol's own body deciding (:func:`voted_in_item`): a memo's "Bakgrund" telling a board
# "har därmed beslutat att" is the case's history.
_THEREBY = r"(?:således|alltså|därmed|följaktligen|sålunda)"
_VOTED = rule(
    "decision.voted",
    rf"(?:^|(?<=[.!?])\s+)(?:(?P<subject>{_BODY})\s+(?:har\s+{_THEREBY}\s+beslutat|beslutade\s+{_THEREBY})"
    rf"|(?:med\s+(?:\d+|{CARDINAL})\s+[^.!?]{{0,80}}?\s+)?(?:har\s+(?:{_THEREBY}\s+(?P<decider>{_BODY})"
    rf"|(?P<decider_after>{_BODY})\s+{_THEREBY})\s+beslutat|beslutade\s+(?:{_THEREBY}\s+(?P<decider_past>{_BODY})"
    rf"|(?P<decider_past_after>{_BODY})\s+{_THEREBY})))"
    r"(?P<rest>\s+att|\s*:|\s+(?:enligt\s+)?följande\s*:?)?\s*$",
    matches=(
        "Med 7 ja-röster mot 4 nej-röster har stadsdelsnämnden således beslutat",
        "Fjell (MP) deltar inte i beslutet. Med 7 ja-röster mot 4 nej-röster har stadsdelsnämnden således beslutat",
        "Med 31 röster mot 30 har kommunfullmäktige alltså beslutat:",
        "Nämnden har därmed beslutat att",
        "har styrelsen följaktligen beslutat följande:",
        "Med sju ja-röster mot fyra nej-röster har stadsdelsnämnden således beslutat",
        "Med 7 ja-röster mot 4 nej-röster har således stadsdelsnämnden beslutat",
        "Stadsdelsnämnden har således beslutat enligt följande:",
        "Med 7 röster mot 4 har stadsdelsnämnden sålunda beslutat",
        "Med 7 röster mot 4 beslutade nämnden således",
        "Med elva röster mot tio beslutade således kommunfullmäktige att",
        "Nämnden beslutade alltså följande:",
    ),
    not_matches=(
        "Nämnden har beslutat att remittera ärendet.",
        "Med 7 röster mot 4 har nämnden således beslutat enligt ordförandens förslag.",
        "Nämnden har således beslutat att anta planen.",
        "Kommunstyrelsen har redan beslutat",
        "Med 7 röster mot 4 beslutade nämnden att anta planen.",
        "Nämnden beslutade enligt följande:",
    ),
    explains_cue=True,
)
# A vote told in a protocol item: "Votering begärs och verkställs", "Med 7 ja-röster mot 4 nej-röster", an
# "Omröstning" heading, "Med sju röster mot fyra"; "utan omröstning" tells there was none.
VOTE_TOLD = rule(
    "decision.vote_told",
    rf"(?<!utan )\b(?:votering\w*|voterar|omröstning\w*|(?:ja|nej)-?\s?röst\w*|röstar\s+(?:ja|nej)\b"
    rf"|med\s+(?:\d+|{CARDINAL})\s+(?:[\wåäö-]+\s+){{0,2}}?röster\b)",
    matches=(
        "Votering begärs och verkställs.",
        "Med 7 ja-röster mot 4 nej-röster",
        "Omröstning",
        "Med sju röster mot fyra har nämnden således beslutat",
        "Med 31 röster mot 30",
        "Den som vill bifalla förslaget röstar ja",
        "Voteringen utfaller med 7 jaröster",
        "Efter omröstningen",
    ),
    not_matches=(
        "Kommunfullmäktige antog planen 2025.",
        "Beslutet fattades utan omröstning.",
        "Trafiknämnden har därmed beslutat att",
        "röstberättigade invånare",
    ),
)
LEAD_IN_MAX_CHARS = 250  # a lead-in is one short sentence; a longer paragraph is text
_SPEAKERS = frozenset({"jag", "vi"})


@kept_by_text  # a paragraph is asked again by each reading of its section
def lead_in(text: str) -> tuple[str | None, str, bool] | None:
    """``(proposer, decider, own clause)`` when a paragraph opens a decision zone.

    What follows the lead-in says which: "följande." opens a list, an
    "att"-clause is a point by itself, anything else is running text.
    """
    if len(text) > LEAD_IN_MAX_CHARS:
        return None
    if found := _IN_BODY.match(text.strip()) or _IN_BODY_BARE.match(text.strip()):
        return None, found.group("decider"), False
    if found := _DECIDES_AS_PROPOSED.match(text):
        rest = text[found.end() :]
        own = bool(_OWN_CLAUSE.match(rest))
        return (None, found.group("decider"), own) if own or _AFTER_COLON.match(rest) else None
    for pattern in (_NESTED_PROPOSES, _PROPOSES, _PROPOSES_TO, _PROPOSED, _DECIDES, _DECIDED_ON_DELEGATION):
        if found := pattern.match(text):
            rest = text[found.end() :]
            if not (own := bool(_OWN_CLAUSE.match(rest))) and not _OPENS_LIST.match(rest):
                return None
            proposer = found.group("proposer") if "proposer" in pattern.pattern.groupindex else None
            if proposer is not None and proposer.strip().lower() in _SPEAKERS:
                proposer = None  # "Jag föreslår att kommunstyrelsen beslutar": the speaker, not a body
            return proposer, found.group("decider"), own
    return None


# An authority's decision is one long sentence with its own "att"-clause, its statutes and its object in it
# ("Länsstyrelsen beslutar att lämna X AB tillstånd enligt 2 kap. 12 § kulturmiljölagen (1988:950) att …"): in the
# present tense, up to this length it is still the point under a "Beslut" heading (a longer paragraph, or
# "beslutade", is text; a proposal's section keeps the length of lead_in).
_LONG_DECISION_MAX_CHARS = 600


def long_decision(text: str) -> tuple[str | None, str, bool] | None:
    """``(None, decider, True)`` for a long decision in the present tense with its own "att"-clause."""
    found = _DECIDES.match(text) if len(text) <= _LONG_DECISION_MAX_CHARS else None
    if found is None or " beslutar" not in found.group(0) or not _OWN_CLAUSE.match(text[found.end() :]):
        return None
    return None, found.group("decider"), True


def voted_lead_in(text: str) -> tuple[str | None, str, bool] | None:
    """``(None, decider, False)`` when a paragraph ends telling what a vote decided, its points after it (the
    shape alone: :func:`voted_in_item` asks for the vote and the body).

    >>> voted_lead_in("Med 7 ja-röster mot 4 nej-röster har nämnden således beslutat")
    (None, 'nämnden', False)
    """
    if len(text) > LEAD_IN_MAX_CHARS or (found := _VOTED.search(text.strip())) is None:
        return None
    names = ("decider", "decider_after", "decider_past", "decider_past_after", "subject")
    return None, next(found.group(n) for n in names if found.group(n)), False


def voted_in_item(
    item: Sequence[str], is_own: Callable[[str], bool] = lambda _: True
) -> tuple[str | None, str, bool] | None:
    """:func:`voted_lead_in` of a protocol item's last paragraph so far (``item``: its texts from the § heading),
    when the item tells a vote up to it and the body deciding is the protocol's own (``is_own``).

    >>> voted_in_item(["§ 5 Parkleken", "Votering begärs.", "Nämnden har således beslutat att"])
    (None, 'Nämnden', False)
    >>> voted_in_item(["Bakgrund", "Trafiknämnden har därmed beslutat att"]) is None
    True
    """
    lead = voted_lead_in(item[-1]) if item else None
    if lead is None or not is_own(lead[1]) or not any(VOTE_TOLD.search(text) for text in item):
        return None
    return lead


# A lead-in's own "att"-clauses, more than one, in one paragraph: "… besluta att anta riktlinjerna, samt att
# riktlinjerna ersätter de tidigare" (each its own point, as when they stand on lines of their own), set apart by
# a comma and "samt" or a semicolon; "och att" and "samt att" with no comma may go on inside one clause ("att anta
# planen samt att uppdra åt nämnderna att följa upp den" is one point), and a bare ", att" lists the steps of one
# clause ("ge förvaltningen i uppdrag att inventera lokalerna, att ta fram en plan och att återrapportera").
_NEXT_CLAUSE = rule(
    "decision.next_att_clause",
    r"(?:,\s*samt|;\s*(?:samt)?)\s+(?=att\s+[a-zåäö])",
    matches=(
        "att anta riktlinjerna, samt att riktlinjerna ersätter de tidigare",
        "att anta planen; att uppdra åt nämnden",
        "att anta planen; samt att uppdra åt nämnden",
    ),
    not_matches=(
        "att anta riktlinjerna och att följa upp dem",
        "att godkänna rapporten samt att överlämna den",
        "att anta riktlinjerna, och att följa upp dem",
        "att ge förvaltningen i uppdrag att inventera lokalerna, att ta fram en plan",
    ),
    flags=0,
)
# A company's minutes set their board's "att"-clauses apart by a bare comma over the lines under the lead-in
# ("…, att uppdra åt verkställande direktören att …"): there only (extract/decision_runs.py).
_NEXT_CLAUSE_OR_COMMA = rule(
    "decision.next_att_clause_or_comma",
    r"(?:,\s*samt|,|;\s*(?:samt)?)\s+(?=att\s+[a-zåäö])",
    matches=("att överlämna yttrandet till kommunstyrelsen, att uppdra åt direktören",),
    not_matches=("att anta riktlinjerna och att följa upp dem", "att anta riktlinjerna, och att följa upp dem"),
    flags=0,
)


def own_clauses(text: str, start: int = 0, *, comma: bool = False) -> list[tuple[int, int]]:
    """Where each of a lead-in's own "att"-clauses stands in ``text`` from ``start`` (the first with the lead-in,
    each but the last with its "samt"); one clause: the whole.

    >>> text = "KS föreslår KF besluta att anta planen, samt att den gamla upphör."
    >>> [text[a:b] for a, b in own_clauses(text)]
    ['KS föreslår KF besluta att anta planen, samt', 'att den gamla upphör.']
    """
    pattern = _NEXT_CLAUSE_OR_COMMA if comma else _NEXT_CLAUSE
    cuts = [start, *(m.end() for m in pattern.finditer(text, start)), len(text)]
    return [(a, len(text[:b].rstrip()) if b < len(text) else b) for a, b in itertools.pairwise(cuts)]


def own_line_start(text: str, line_starts: Sequence[int], start: int = 0) -> int:
    """Where the first point starts when a lead-in ends its line and its first "att"-clause opens the next, as the
    reader may set them in one paragraph (over a page break, too): "Skol- och fritidsnämnden beslutar" / "att anta
    förvaltningens förslag …, samt" / "att förklara paragrafen omedelbart justerad." Then the clauses are the
    points and the lead-in none, as when they stand apart; else ``start``, the lead-in opening its own clause.

    >>> text = "Nämnden beslutar att anta yttrandet, samt att förklara paragrafen justerad."
    >>> text[own_line_start(text, [0, 17, 37]):]
    'att anta yttrandet, samt att förklara paragrafen justerad.'
    >>> own_line_start(text, [0, 21])  # "Nämnden beslutar att" / "anta yttrandet, samt": the lead-in's own clause
    0
    """
    for at in line_starts:
        if at > start and _OWN_CLAUSE.match(text[at:]):
            found = lead_in(text[start:at].strip())
            return at if found is not None and not found[2] else start
    return start


# A board's decision told after the fact with its date, as a letter states what its board decided over the text it
# sends: "Styrelsen för Stockholms Stadshus AB beslutade den 11 november 2026 att överlämna detta yttrande …". Only
# under a decision heading (extract/decisions.py): elsewhere a dated past decision is the case's history.
_DATED_DECISION = rule(
    "decision.dated",
    rf"^(?P<decider>{_BODY})\s+(?:beslöt|beslutade)\s+(?:vid\s+(?:sitt\s+)?sammanträde(?:t)?\s+)?"
    rf"(?:{WEEKDAY}\s+)?(?:den\s+\d{{1,2}}\s+(?:{MONTH})\s+(?:19|20)\d\d|(?:den\s+)?{ISO_DATE_SHAPE})(?=\s+att\s)",
    matches=(
        "Styrelsen för Stockholms Stadshus AB beslutade den 11 november 2026 att överlämna detta yttrande.",
        "Kommunstyrelsen beslöt den 3 maj 2027 att anta yttrandet som sitt svar.",
        "Regionstyrelsen beslutade vid sitt sammanträde den 2 juni 2027 att godkänna yttrandet.",
        "Nämnden beslutade 2027-03-14 att överlämna svaret.",
        "Kommunstyrelsen beslutade måndagen den 3 maj 2027 att anta yttrandet.",
        "Nämnden beslöt tisdag 2027-03-14 att överlämna svaret.",
    ),
    not_matches=(
        "Kommunstyrelsen beslutade att anta yttrandet.",
        "Kommunstyrelsen har beslutat den 2 september 2026 att remittera utredningen.",
        "Styrelsen beslutade den 11 november 2026 följande.",
        "Kommunstyrelsen beslutar den 3 maj 2027 att anta yttrandet.",
        "Kommunstyrelsen beslutade på måndagen att anta yttrandet.",
    ),
    explains_cue=True,
)


def dated_lead_in(text: str) -> tuple[str | None, str, bool] | None:
    """``(None, decider, True)`` when a short paragraph tells a board's dated decision with its own "att"-clause
    (:data:`_DATED_DECISION`), for a decision heading's text."""
    found = _DATED_DECISION.match(text) if len(text) <= LEAD_IN_MAX_CHARS else None
    return (None, found.group("decider"), True) if found else None


# A point that gives the answer's words after it: "Kulturnämnden lämnar följande yttrande:", "Nämnden avger
# följande svar till kommunstyrelsen.", "Styrelsen yttrar sig enligt följande:". What follows (up to a heading, a
# dissent or another lead-in) is the yttrande's text, not further points; an yttrande annexed is no such lead.
_ANSWER_TEXT_LEAD = rule(
    "decision.answer_text_lead",
    r"\b(?:(?:lämna[rs]?|lämnade|avge[rs]?|avgav)\s+följande\s+(?:remissvar|remissyttrande|yttrande|svar|synpunkter)"
    r"(?:\s+(?:till|över|på|avseende)\s[^:]*?)?|"
    r"(?:yttrar|yttrade)\s+sig\s+enligt\s+följande|(?:yttrandet|svaret)\s+lyder\s+enligt\s+följande)\s*[:.]?\s*$",
    matches=(
        "Kulturnämnden lämnar följande yttrande:",
        "Nämnden avger följande svar till kommunstyrelsen.",
        "Styrelsen yttrar sig enligt följande:",
        "Kulturnämnden lämnar följande yttrande till kommunstyrelsen över remissen Handlingsplan för X 2027–2030.",
        "2. Nämnden lämnar följande remissvar:",
    ),
    not_matches=(
        "Nämnden lämnar yttrande till kommunstyrelsen enligt bilaga 1.",
        "Nämnden beslutar följande:",
        "Reservation anförs av Anna Ek (M) enligt följande.",
        "Nämnden lämnar följande yttrande. Yttrandet har tagits fram av förvaltningen.",
        "Kommunstyrelsen föreslås besluta att lämna följande yttranden till nämnderna och bolagen",
    ),
)


def gives_answer_text(text: str) -> bool:
    """Whether a point leads in the yttrande's own words (the paragraphs after it are no points)."""
    return _ANSWER_TEXT_LEAD.search(text.strip()) is not None


# A point given as a lead-in with its own clause that repeats one in other words: "Borgarrådsberedningen föreslår
# vidare att kommunstyrelsen för egen del beslutar att ge stadsledningskontoret i uppdrag att följa upp …" is the
# point "Stadsledningskontoret får i uppdrag att följa upp …". A task given ("ge X i uppdrag att") is X's.
_GIVES_TASK = rule(
    "decision.gives_task",
    r"^(?:att\s+)?(?:ge|uppdra\s+åt)\s+(?P<who>[\wåäö -]+?)\s+(?:i\s+uppdrag\s+)?att\s+",
    matches=(
        "att ge stadsledningskontoret i uppdrag att följa upp modellen",
        "ge trafiknämnden i uppdrag att utreda frågan",
        "uppdra åt stadsbyggnadskontoret att ta fram ett program",
    ),
    not_matches=("att godkänna modellen", "Stadsledningskontoret får i uppdrag att följa upp modellen"),
)
_GETS_TASK = rule(
    "decision.gets_task",
    r"^(?:att\s+)?(?P<who>[\wåäö -]+?)\s+(?:får|ges)\s+i\s+uppdrag\s+att\s+",
    matches=(
        "Stadsledningskontoret får i uppdrag att följa upp modellen",
        "att trafiknämnden ges i uppdrag att utreda",
    ),
    not_matches=("Modellen godkänns", "ge trafiknämnden i uppdrag att utreda"),
)


def point_gist(text: str) -> str:
    """What a decision point decides, however it is put: without a lead-in before its own clause, a task as the
    one who gets it ("X får i uppdrag att …"), folded, without its closing stop.

    >>> point_gist("Borgarrådsberedningen föreslår vidare att kommunstyrelsen för egen del beslutar att ge kontoret "
    ...            "i uppdrag att följa upp modellen.") == point_gist("Kontoret får i uppdrag att följa upp modellen")
    True
    """
    said = " ".join(text.split()).casefold().rstrip(" .;,")
    # read with the bare patterns: a comparison of points, no evidence of any item
    for pattern in (_NESTED_PROPOSES.pattern, _PROPOSES.pattern, _DECIDES.pattern):
        if (found := pattern.match(said)) is not None and _OWN_CLAUSE.pattern.match(said[found.end() :]):
            said = said[found.end() :].strip()
            break
    if (task := _GIVES_TASK.pattern.match(said) or _GETS_TASK.pattern.match(said)) is not None:
        said = f"{task.group('who').strip()} uppdrag {said[task.end() :]}"
    return said.removeprefix("att ")
