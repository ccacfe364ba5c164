"""Pieces of a report's title that the title rules of extract/report_titles.py and extract/report_headings.py
share: the shapes a title takes that the plain "capital first, up to where the sentence goes on" misses, and the
words around it (its genre word, its sender's genitive, a draft's stage).

A title whose first words stand before "till": "Nära till idrott och kultur", "Vägen till egen bostad", "Rätt till
vård". The sentence goes on after a title with "till" and whom it is sent to ("rapporten X till kommunstyrelsen"),
so a "till" ends a title unless a word of the title's own follows it: lower case, and no receiver.

An agency's or a ministry's draft rules, named by what the draft is: "förslag till föreskrifter och allmänna råd
om …", "förslag till ändring i …", "förslag till lag om …"; the draft keeps "Förslag till" in its title (it has
no other name), where a plan's proposal is named by the plan alone.
"""

from __future__ import annotations

from atgard.extract.vocabulary import fragment

# Whom a report is sent "till": a body ("kommunstyrelsen", "berörda nämnder", "remissinstanserna"), a word opening
# the phrase that names one ("till alla stadsdelsnämnder", "till de kommunala bolagen", "till respektive nämnd"), or
# what for ("till handlingarna", "till kännedom", "till samråd med nämnderna").
_RECEIVER = (
    r"(?:[\wåäö-]*(?:nämnd|styrelse|fullmäktige|förvaltning|kontor|instans|departement|regering|bolag|kommun|"
    r"region|myndighet)[\wåäö]*|berörda|samtliga|alla|de|den|det|respektive|övriga|staden|remiss|yttrande|beslut|"
    r"handlingarna|kännedom|samråd)\b"
)
TILL_IN_TITLE = fragment(
    "title.till_in_title",
    rf"[A-ZÅÄÖ][\wåäö-]*(?:\s+[a-zåäö]+)?\s+till\s+(?!{_RECEIVER})[a-zåäö][\wåäö-]*",
    matches=("Nära till idrott", "Vägen till arbete", "En väg till egen", "Rätt till vård"),
    not_matches=(
        "Framtidsstaden till kommunstyrelsen",
        "Trygg stad till berörda",
        "Trygg stad till stadsdelsnämnderna",
        "Framtidsstaden till remiss",
        "Trygg i hela staden till",
        "Trygg stad till handlingarna",
        "Trygg stad till kännedom",
        "Trygg stad till samråd",
        "Trygg stad till alla",
        "Trygg stad till de kommunala",
        "Trygg stad till respektive",
        "Trygg stad till övriga",
        "Trygg stad till myndigheten",
    ),
)
# An agency's or a ministry's draft of rules: "förslag till föreskrifter", "förslag till nya allmänna råd",
# "förslag till ändring i" or "av", "förslag till ny lag om", "förslag till ändrad förordning".
REGULATION_PROPOSAL = fragment(
    "title.regulation_proposal",
    r"förslag\s+till\s+(?:(?:ny|nya|ändrad|ändrade|reviderad|reviderade)\s+)?"
    r"(?:föreskrifter|allmänna\s+råd|ändring(?:ar)?\s+(?:i|av)|lag|förordning)\b",
    matches=(
        "förslag till föreskrifter",
        "Förslag till nya allmänna råd",
        "förslag till ändring i",
        "förslag till ändring av",
        "förslag till ändringar av",
        "förslag till lag",
        "förslag till ny lag",
        "förslag till ändrad förordning",
        "förslag till förordning",
    ),
    not_matches=("förslag till beslut", "förslag till lagstiftning", "förslag till föreskrift", "förslag till plan"),
)


# --- The words around a title that the rules of report_titles.py and report_headings.py share ---------------

# A plan's or programme's name written in lower case, as a proposal's often is: "klimatanpassningsplan 2025–2030".
PLAN_NOUN = r"[a-zåäö]*(?:plan|program|strategi|policy|riktlinjer|vision)\b"
# ... after "förslag till", also behind up to two lower-case words that qualify it: "regional cykelstrategi".
PLAN_AHEAD = rf"(?:[a-zåäö]+\s+){{0,2}}{PLAN_NOUN}"
# The genre word a title may stand behind: "betänkandet X", "promemorian X".
GENRE = (
    r"(?:rapporten|delrapporten|slutrapporten|betänkandet|delbetänkandet|slutbetänkandet|promemorian|"
    r"departementspromemorian|utredningen|planen|programmet|strategin|"
    # ... also a plan's compound: "handlingsplanen X", "åtgärdsprogrammet X", "trafikstrategin X"; in lower case
    # only, also where the rule reads GENRE case-insensitively: a capital compound begins the plan's own name
    # ("Detaljplanen Kv Björken", "Bostadsprogrammet Bo i Malmö")
    r"(?-i:[a-zåäö]+(?:planen|programmet|strategin)))"
)
# After a sender's genitive the genre word is indefinite: "Finansdepartementets promemoria X".
GENRE_OWNED = r"(?:promemoria|departementspromemoria|betänkande|rapport|delrapport|slutrapport)"
# Who sent the referral, in the genitive, before "remiss": "Landsbygds- och infrastrukturdepartementets remiss av".
OWNER = r"(?:[\wåäöÅÄÖ&-]+\s+){0,4}?[\wåäöÅÄÖ-]+s\s+"

# What a proposal may say of the plan before its name: "förslaget till nya Riktlinjer för markanvisningar".
NEW_OR_REVISED = r"(?:(?:ny|nytt|nya|reviderad|reviderat|reviderade|uppdaterad|uppdaterat|uppdaterade)\s+)?"

# The stage of a plan's draft after its title, set off by a comma or a dash: "X, granskningshandling", "X –
# samrådsversion", "X, utställningsförslag". It dates the draft, not the report.
STAGE_TAIL = (
    r"(?:\s*(?:,|\s[–-])\s*(?i:(?:remiss|samråds|gransknings|utställnings)"
    r"(?:handling|version|utgåva|upplaga|förslag|underlag)(?:en|et|ar|arna)?|"
    # ... or the measures an answer is on, by their codes: "X, åtgärd S4", "X – åtgärderna 11 och 12"
    r"åtgärd(?:erna)?\s+(?=[A-ZÅÄÖ]{0,3}\d))\b[^()]*)"
)
# A plan is often named by its kind, in lower case, and then after a comma by its own name: "samrådsförslag till
# översiktsplan för Sandvikens kommun, Översiktsplan 2045". The name is the report's title: a plan's kind written as a
# name ("Riktlinjer för …"), or a name with its year ("Hållbara Hudiksvall 2040"); a place after the comma is none.
PLAN_NAME = (
    r"(?:(?=[A-ZÅÄÖ])(?i:[a-zåäö]*(?:plan|program|strategi|policy|riktlinjer|vision))\b[^,.;:()]{0,80}?|"
    r"[A-ZÅÄÖ][^,.;:()]{0,60}?\b(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?)"
)
KIND_DESCRIBED = rf"(?=[a-zåäö])[^,()]{{0,80}}?{PLAN_NOUN}[^,()]{{0,80}}?,\s+"

# A word a title's line breaks off after, the name going on in the next line: a preposition or a conjunction ("…
# med styrelsen för" / "Stockholms Stadshus AB", "Svar på remissen om" / "Strategi …", "… Klimatanpassningsplan för"
# / "Västerås stad 2028–2032"). The title rules, a subject line's and a margin §'s heading read it here.
BREAKS_OFF = fragment(
    "title.breaks_off",
    r"(?:för|med|i|vid|av|till|och|samt|över|om|på|från|hos|inom|efter|kring|avseende|gällande)",
    matches=("för", "om", "samt", "gällande"),
    not_matches=("stad", "planen"),
)
