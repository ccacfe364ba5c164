"""Signatories of an answer decided under delegation: who decided it and who presented it, as its closing
sentences name them ("Beslut i detta ärende har fattats av generaldirektören X. Föredragande har varit
utredaren Y.", "Ärendet har föredragits av chefsekonomen Y.", "… har fattats av länsrådet X med
miljöhandläggaren Y som föredragande."); those who only took part ("I den slutliga handläggningen har även Z
deltagit") do not sign, nor a protocol's "Föredragande: X" line (who presents a matter to a meeting).
"""

from __future__ import annotations

from atgard.extract.analysis import Analysed
from atgard.extract.rules import rule
from atgard.extract.vocabulary import BODY_NOUN, WHOLE_ORGANISATION
from atgard.schema.contract import Signatory

__all__ = ["DELEGATED", "delegated_signatories"]

# A person's name in running text, perhaps with the party after it: "Helena Strömqvist", "Anneli Sjöberg (S)".
_NAME_IN_TEXT = r"[A-ZÅÄÖÉ][\wåäöéü'-]+(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖÉ][\wåäöéü'-]+){1,3}"
# A body where a presenter's name would stand, which is no person: "Region Stockholm", "Göteborgs Stad",
# "Stadsledningskontoret", "Trafikverket"; and what follows "föredragande" when a body presented ("föredragande
# myndighet", "föredragande part" in a consultation).
_NO_BODY = rf"(?!(?:{WHOLE_ORGANISATION})\b|[\wåäöÅÄÖ-]*(?:{BODY_NOUN}|verket|myndigheten)\b)"
_NO_BODY_AFTER = r"(?!\s+[a-zåäö]*(?:myndighet|part|kommun|region|organisation|instans)\w*)"
# The head of an agency or an office, who may adopt its plan: "generaldirektören", "avdelningschefen", "rektor".
_HEAD = r"[\wåäö]*(?:direktör|chef)(?:en)?|landshövding(?:en)?|rektor(?:n)?"
# A word before a role that tells of an earlier decision, not this one's: "tidigare landshövdingen X", "dåvarande …".
_HISTORY = r"(?!(?:tidigare|dåvarande|förre|förra|förutvarande|redan|f\.\s*d\.)\s)"
# A role's words before a name, none of them telling of history: "länsrådet", "kommunstyrelsens ordförande".
_ROLE = rf"(?P<role>(?:{_HISTORY}[a-zåäöé-]+\s+){{0,3}}?)"
# This matter: "i detta ärende", "i det här ärendet", "i ärendet".
_THIS_MATTER = r"i\s+(?:(?:detta|det\s+här)\s+ärendet?|ärendet)"
# The decider named before the verb, the role before the name: "I detta ärende har länsrådet Tomas Lind beslutat".
_PERSON_DECIDED = rf"\s+(?:{_HISTORY}[a-zåäöé-]+\s+){{0,3}}?{_NO_BODY}{_NAME_IN_TEXT}\s+beslutat\b"
# An answer decided under delegation names who decided it and who presented it, after their role.
_DECIDED_BY = rule(
    "signatory.decided_by",
    r"\b(?i:(?:beslut\w*|yttrande\w*|remissvar\w*|svar\w*)\s+[^.]{0,60}?(?:fattats|tagits|beslutats|fattades|"
    r"godkänts|undertecknats)|har\s+(?:[^.]{0,60}?\s)?beslutats|föredragande\s+(?:i\s+ärendet\s+)?"
    r"(?:har\s+varit|var|är)|efter\s+föredragning|har\s+föredragits(?=\s+av\b)|"
    rf"[\wåäö]*(?:plan(?:en)?|program(?:met)?|strategi(?:n)?)\s+har\s+fastställts(?=\s+av\s+(?:[a-zåäöé-]+\s+){{0,2}}?(?:{_HEAD})\s)|"
    rf"(?i:{_THIS_MATTER})\s+har(?={_PERSON_DECIDED}))"
    rf"\s+(?:av\s+)?{_ROLE}(?P<name>{_NAME_IN_TEXT})",
    matches=(
        "Beslut i detta ärende har fattats av avdelningschefen Helena Strömqvist.",
        "Föredragande har varit utredaren Mattias Öhlund.",
        "Detta yttrande har på kommunstyrelsens vägnar beslutats av kommunstyrelsens ordförande Anneli Sjöberg (S).",
        "Beslut i detta ärende har fattats av generaldirektör Per Holm efter föredragning av juristen Eva Ek.",
        "Föredragande i ärendet var enhetschefen Lars Berg.",
        "Ärendet har föredragits av chefsekonomen Magnus Ekberg.",
        "Yttrandet har föredragits av utredaren Sara Lind.",
        "Handlingsplanen har fastställts av generaldirektören Annika Wennerholm.",
        "I detta ärende har länsrådet Tomas Liljeqvist beslutat och antikvarien Elsa Ek varit föredragande.",
        "I det här ärendet har enhetschef Karin Berg beslutat.",
        "I ärendet har länsrådet Tomas Lind beslutat och antikvarien Elsa Ek varit föredragande.",
    ),
    not_matches=(
        "I den slutliga handläggningen har även juristen Nora Falk deltagit.",
        "I beredningen har även Ulla sand och Hans Lind deltagit.",
        "I detta ärende har nämnden beslutat att avslå ansökan.",
        "I detta ärende har Region Stockholm beslutat att inte yttra sig.",
        "Ärendet har föredragits i närvaro av Per Holm.",
        "Beslut i detta ärende har fattats av kommunstyrelsen.",
        "Ärendet har beretts av Kommunledningskontoret.",
        "Planen har fastställts av styrelsen Region Stockholm",
        "I detta ärende har tidigare landshövdingen Eva Berg beslutat att avslå ansökan.",
        "I ärendet har dåvarande länsrådet Tomas Lind beslutat.",
        "Beslut i detta ärende har fattats av tidigare generaldirektören Per Holm.",
    ),
    flags=0,
    explains_cue=True,
)
# The decider named first, the role before the name, this matter after the verb: "Länsrådet Tomas Lind har beslutat i
# detta ärende", "Enhetschefen Karin Berg har i ärendet beslutat".
_ROLE_WORD = (
    r"[A-ZÅÄÖa-zåäö][a-zåäöé-]*(?:are|aren|chef|chefen|ör|ören|ist|isten|ent|enten|råd|rådet|ant|anten|ande|anden|"
    r"strateg|strategen|ekonom|ekonomen|hövding|hövdingen)"
)
_DECIDER_FIRST_SHAPE = (
    rf"(?:(?P<role>{_ROLE_WORD})\s+)?{_NO_BODY}(?P<name>{_NAME_IN_TEXT})\s+har\s+"
    rf"(?:beslutat\s+(?i:{_THIS_MATTER})\b|(?i:{_THIS_MATTER})\s+beslutat\b)"
)
_DECIDER_FIRST = rule(
    "signatory.decider_first",
    rf"^{_DECIDER_FIRST_SHAPE}",
    matches=(
        "Länsrådet Tomas Lind har beslutat i detta ärende och antikvarien Elsa Ek har varit föredragande.",
        "Landshövdingen Eva Berg har beslutat i ärendet.",
        "Enhetschefen Karin Lund-Berg har i det här ärendet beslutat.",
        "Tomas Lind har beslutat i detta ärende.",
    ),
    not_matches=(
        "Region Stockholm har beslutat i detta ärende.",
        "Nämnden har beslutat i detta ärende.",
        "Tidigare landshövdingen Eva Berg har beslutat i detta ärende.",
        "Länsrådet Tomas Lind har beslutat att avslå ansökan.",
    ),
    flags=0,
    explains_cue=True,
)
# The sentences of a decision taken under delegation: they are its signature, not its points.
DELEGATED = rule(
    "signatory.delegated",
    r"^(?:(?:detta\s+)?(?:beslut|yttrande|remissvar|svar)\w*\s+"
    r"(?:(?:i|om|över|angående)\s+(?:detta\s+|det\s+här\s+)?(?:ärende|remissvar|yttrande|svar)\w*\s+)?har\s+[^.]*?"
    r"(?:fattats|tagits|beslutats|avgetts|lämnats)\s+av\b|"
    r"(?:ärendet|yttrandet|remissvaret|beslutet|frågan)\s+har\s+föredragits\s+av\b|föredragande\s+(?:i\s+ärendet\s+)?(?:har\s+varit|var)\b|"
    rf"(?:[\wåäöé-]+\s+)?(?-i:[A-ZÅÄÖÉ][\wåäöéü'-]+\s+){{1,3}}(?:har\s+varit|var)\s+föredragande\b{_NO_BODY_AFTER}|"
    rf"[\wåäö]*(?:plan(?:en)?|program(?:met)?|strategi(?:n)?)\s+har\s+fastställts\s+av\s+(?:[a-zåäöé-]+\s+){{0,2}}?(?:{_HEAD})\s+"
    r"(?-i:[A-ZÅÄÖ]\w+\s+[A-ZÅÄÖ])|i\s+den\s+slutliga\s+handläggningen\b|(?:yttrandet|beslutet|remissvaret)\s+har\s+godkänts\s+elektroniskt|"
    r"enligt\s+delegation\b|"
    rf"{_THIS_MATTER}\s+har(?-i:{_PERSON_DECIDED})|"
    rf"(?-i:{_DECIDER_FIRST_SHAPE}))",
    matches=(
        "Beslut i detta ärende har fattats av avdelningschefen Helena Strömqvist.",
        "Detta beslut har fattats av generaldirektören Olivia Lind efter föredragning av utredaren Karl Ek.",
        "Beslutet har fattats av rektor Eva Ek.",
        "Beslut om detta remissvar har fattats av verkställande direktören med stöd av styrelsens delegationsordning.",
        "Beslut över detta yttrande har fattats av förbundsdirektören.",
        "Detta yttrande har på kommunstyrelsens vägnar beslutats av ordföranden Anneli Sjöberg (S).",
        "I den slutliga handläggningen har även juristen Nora Falk deltagit.",
        "Yttrandet har godkänts elektroniskt och har därför inga handskrivna underskrifter.",
        "Enligt delegation",
        "Ärendet har föredragits av chefsekonomen Magnus Ekberg.",
        "Utredare Henrik Rask har varit föredragande.",
        "Handlingsplanen har fastställts av generaldirektören Annika Wennerholm.",
        "I detta ärende har länsrådet Tomas Liljeqvist beslutat och antikvarien Elsa Ek varit föredragande.",
        "I ärendet har länsrådet Tomas Lind beslutat och antikvarien Elsa Ek varit föredragande.",
        "Länsrådet Tomas Lind har beslutat i detta ärende och antikvarien Elsa Ek har varit föredragande.",
    ),
    not_matches=(
        "Beslutet justeras omedelbart.",
        "I detta ärende har nämnden beslutat att avslå ansökan.",
        "I detta ärende har tidigare landshövdingen Eva Berg beslutat att avslå ansökan.",
        "Region Stockholm har beslutat i detta ärende.",
        "Frågan om vem som har varit föredragande i nämnden har inte utretts.",
        "Planen har fastställts av kommunfullmäktige den tolfte maj 2027.",
        "Nämnden beslutar enligt förvaltningens förslag.",
        "Ärendet har föredragits för nämnden.",
        "Föredragande: statsrådet Axelsson",
        "Region Stockholm har varit föredragande myndighet i samrådet.",
        "Översiktsplanen har fastställts av kommunfullmäktige i Stockholms Stad",
    ),
    explains_cue=True,
)
# The one who presented it named with the decider, after "med": "… har fattats av länsrådet X med
# miljöhandläggaren Y som föredragande", "… med Y som föredragande" (the name may break over a line).
_PRESENTED_WITH = rule(
    "signatory.presented_with",
    rf"\bmed\s+(?P<role>(?:[a-zåäöé-]+\s+){{0,3}}?)(?P<name>{_NAME_IN_TEXT})\s+som\s+föredragande\b",
    matches=(
        "Beslut i detta ärende har fattats av länsrådet Magnus Ek med miljöhandläggaren Sara\nNyberg som föredragande.",
        "Beslutet har fattats av generaldirektören Per Holm med Eva Ek som föredragande.",
        "Beslut har fattats av avdelningschefen Lena Berg med juristen Karl-Erik Lund som föredragande i ärendet.",
    ),
    not_matches=(
        "I den slutliga handläggningen har även enhetschefen Lotta Berntsson deltagit.",
        "Beslutet har fattats av länsrådet Magnus Ek med stöd av delegationsordningen.",
        "Samråd har skett med Trafikverket som föredragande myndighet.",
    ),
    flags=0,
    explains_cue=True,
)

# The one who presented it named after the decider, "och" between them: "… har länsrådet X beslutat och antikvarien
# Y varit föredragande", "… och Y har varit föredragande".
_PRESENTED_AND = rule(
    "signatory.presented_and",
    rf"\boch\s+(?P<role>(?:[a-zåäöé-]+\s+){{0,3}}?){_NO_BODY}(?P<name>{_NAME_IN_TEXT})\s+(?:har\s+)?varit\s+föredragande\b"
    rf"{_NO_BODY_AFTER}",
    matches=(
        "I detta ärende har länsrådet Tomas Lind beslutat och antikvarien Elsa Nordqvist Ek varit föredragande.",
        "I detta ärende har landshövdingen Eva Berg beslutat och Karl Ek har varit föredragande.",
    ),
    not_matches=(
        "I detta ärende har länsrådet Tomas Lind beslutat och Trafikverket varit föredragande myndighet.",
        "Kommunen och Region Stockholm har varit föredragande.",
        "I detta ärende har länsrådet Tomas Lind beslutat och juristen Nora Falk deltagit.",
    ),
    flags=0,
    explains_cue=True,
)


# The one who presented it named first, the role before the name: "Utredare Henrik Rask har varit föredragande.",
# "Juristen Eva Ek var föredragande i ärendet."; a role's word ends as roles do, so a first name is no role.
_PRESENTER_FIRST = rule(
    "signatory.presenter_first",
    rf"^(?:(?P<role>{_ROLE_WORD})\s+)?{_NO_BODY}(?P<name>{_NAME_IN_TEXT})\s+"
    rf"(?:har\s+varit|var)\s+föredragande\b{_NO_BODY_AFTER}",
    matches=(
        "Utredare Henrik Rask har varit föredragande.",
        "Juristen Eva Ek var föredragande i ärendet.",
        "Henrik Rask har varit föredragande.",
        "Avdelningschefen Lena Berg-Holm har varit föredragande.",
    ),
    not_matches=(
        "Frågan om vem som har varit föredragande har inte utretts.",
        "Föredragande har varit utredaren Mattias Öhlund.",
        "Trafikverket har varit föredragande myndighet i samrådet.",
        "Region Stockholm har varit föredragande myndighet i samrådet.",
        "Stadsledningskontoret Anna Berg var föredragande",
    ),
    flags=0,
    explains_cue=True,
)


def delegated_signatories(item: Analysed) -> list[Signatory]:
    """Who decided an answer under delegation, and who presented it, as its closing sentences name them."""
    if item.block.kind != "paragraph":
        return []
    found = []
    for sentence in item.sentences():
        if not DELEGATED.match(sentence.text):
            continue
        presenter, decider = _PRESENTER_FIRST.match(sentence.text), _DECIDER_FIRST.match(sentence.text)
        for signed in (
            *((decider,) if decider else ()),
            *_DECIDED_BY.finditer(sentence.text),
            *_PRESENTED_WITH.finditer(sentence.text),
            *_PRESENTED_AND.finditer(sentence.text),
            *((presenter,) if presenter else ()),
        ):
            start = sentence.start + signed.start("name")
            boxes = item.block.locate(start, start + len(signed.group("name")))
            title = (signed.group("role") or "").strip() or None
            name = " ".join(signed.group("name").split())  # a name broken over a line: "Sara\nNyberg"
            found.append(Signatory(name=name, title=title, page=boxes[0].page, bbox=boxes[0].bbox, boxes=boxes))
    return found
