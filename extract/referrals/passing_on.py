"""A body that passes the remiss on: "Rapporten remitteras även till Stockholms Stadshus AB, som i sin tur
överlämnar den till AB Svenska Bostäder och Stockholm Parkering AB". The relative clause's send verb ("överlämna",
"skicka", "sända", "översända") carries no remiss word of its own; it sends on what the sentence remits, and
the bodies after its "till" are recipients of the same referral ("underremittera" says so in one word).
"""

from __future__ import annotations

from atgard.extract.rules import rule

# The lead of the relative clause, before its verb: "som i sin tur ", "vilket sedan ", "som ".
PASSING_ON_LEAD = rule(
    "referral.passing_on_lead",
    r"^\W*(?:som|vilket|vilken|vilka)\s+(?:(?:i\s+sin\s+tur|sedan|därefter|vidare|också|även|har|ska|skall)\s+){0,2}$",
    matches=(", som i sin tur ", "som ", ", vilket sedan ", "som i sin tur ska ", ", som har "),
    not_matches=("Nämnden ", "och ", "som inte "),
)
# What the verb passes on and to whom: the remitted thing by a pronoun or its noun, "vidare", then "till".
PASSED_ON = rule(
    "referral.passed_on",
    r"^\w+\s+(?:den|det|dem|denna|detta|rapporten|förslaget|remissen|ärendet|planen|programmet|betänkandet|"
    r"promemorian|utredningen)"
    r"(?:\s+vidare)?\s+till\s+\S",
    matches=(
        "överlämnar den till AB Svenska Bostäder",
        "skickar den vidare till bolagen",
        "vidarebefordrar remissen till dotterbolagen",
        "överlämnat det vidare till Y",
        "skickar betänkandet vidare till bolagen",
        "överlämnar promemorian till dotterbolagen",
    ),
    not_matches=(
        "överlämnar sitt yttrande till kommunstyrelsen",
        "skickar fakturan till ekonomiavdelningen",
        "överlämnar den",
    ),
)
# ... but not for a decision or for information: the council or the board that decides the matter is asked for no
# opinion ("som sedan överlämnar det till kommunfullmäktige för beslut", "… till nämnden för kännedom").
PASSED_FOR_DECISION = rule(
    "referral.passed_for_decision",
    r"\btill\s+(?:[\wåäö-]*fullmäktige|fullmäktige)\b|\bför\s+(?:beslut|kännedom|beredning|fastställande|godkännande|antagande)\b",
    matches=(
        "överlämnar det till kommunfullmäktige för beslut",
        "överlämnar det till regionfullmäktige",
        "skickar den till nämnden för kännedom",
        "överlämnar den till kommunstyrelsen för beredning",
    ),
    not_matches=("överlämnar den till AB Svenska Bostäder och Stockholm Parkering AB", "för yttrande"),
)
# The sentence remits: "remitteras", "har remitterat", "på remiss", "underremitteras".
REMITS = rule(
    "referral.remits",
    r"\b(?:\w*remitter\w*|på\s+remiss)\b",
    matches=("Rapporten remitteras även till", "skickas på remiss till", "har underremitterat"),
    not_matches=("Remissvaret skickas till", "återremiss"),
)


def passes_on(lead: str, said: str, sentence: str) -> bool:
    """A send verb's clause (``lead`` before the verb, ``said`` from it) passes on what ``sentence`` remits.

    >>> passes_on(", som i sin tur ", "överlämnar den till AB X och Y AB", "Rapporten remitteras även till Z")
    True
    >>> passes_on("Nämnden ", "överlämnar den till kommunstyrelsen", "Rapporten remitteras även till Z")
    False
    >>> passes_on(", som sedan ", "överlämnar det till kommunfullmäktige för beslut", "Ärendet remitteras till KS")
    False
    """
    return bool(
        PASSING_ON_LEAD.match(lead)
        and PASSED_ON.match(said)
        and not PASSED_FOR_DECISION.search(said)
        and REMITS.search(sentence)
    )
