"""Those responsible for a measure, as a line or a paragraph's end names them: "Ansvar: X", "Ansvariga nämnder och
bolag: X, Y", more of them after "Medansvar:", partners set apart ("; i samverkan med Z") left out."""

from __future__ import annotations

import re

from atgard.extract.rules import rule
from atgard.extract.vocabulary import BODY_NOUN

# The label that names those responsible: "Ansvar", "Ansvarig(a)", "Ansvariga nämnder och bolag", "Ansvarig
# förvaltning", "Ansvar för genomförandet", "Huvudansvarig".
_WHO = (
    r"(?:nämnd(?:er)?|bolag(?:en)?|aktör(?:er)?|förvaltning(?:ar)?|part(?:er)?|organisation(?:er)?|"
    r"myndighet(?:er)?)"
)
LABEL = (
    r"(?:ansvar(?:\s+för\s+genomförande(?:t)?)?|ansvarig(?:a|\(a\))?"
    rf"(?:\s+(?:{_WHO}(?:\s*(?:och|/)\s*{_WHO})?|för\s+genomförande(?:t)?))?|huvudansvar(?:ig)?)"
)
# A proposal's line saying whom it is addressed to, the same as its "Ansvar:" line: "Förslaget riktas till
# utbildningsnämnden och idrottsnämnden.", "Åtgärderna riktar sig i första hand till …", "Uppdraget ges till …" —
# when the first it names is a body (a board, an office, a company, an abbreviation standing as a word: not
# "SFI-elever"), not the people the measure is for, and not a memo's decision addressee ("… för beslut").
ADDRESSED = (
    r"(?:förslag(?:et|en)|åtgärd(?:en|erna)|uppdrag(?:et|en)|insats(?:en|erna))\s+"
    r"(?:riktas|riktar\s+sig|ges|lämnas)(?:\s+(?!(?:inte|ej|till)\b)[\wåäö]+){0,3}?\s+till\s+"
    r"(?![^.;]*?\bför\s+(?:beslut|kännedom|yttrande|godkännande)\b)"
    rf"(?=[\wåäöÅÄÖé-]*(?:{BODY_NOUN})\b|(?:samtliga|alla|berörda)\s+[\wåäö-]*nämnder\b|(?-i:AB\s|[A-ZÅÄÖ]{{2,}}(?![-–\w])))"
)
RESPONSIBLE = rule(
    "measure.responsible",
    rf"^(?:{LABEL}\s*:\s*|{ADDRESSED})(?P<list>.+)$",
    matches=(
        "Ansvar: Utbildningsnämnden",
        "Ansvariga nämnder: socialnämnden och kulturnämnden",
        "Huvudansvar: SBR",
        "Ansvariga nämnder och bolag: KS, UHAB",
        "Ansvarig förvaltning: Arbetsmarknadsförvaltningen",
        "Ansvar för genomförandet: GSN",
        "Ansvarig(a): AMN, UBN",
        "Ansvarig nämnd/bolag: UVA",
        "Ansvarig myndighet: Boverket",
        "Ansvariga myndigheter: Trafikverket och SGI",
        "Förslaget riktas till utbildningsnämnden och idrottsnämnden.",
        "Åtgärden riktar sig till samtliga stadsdelsnämnder",
        "Uppdraget ges till Stadsledningskontoret",
        "Förslaget riktas till SISAB och AB Familjebostäder",
        "Förslagen riktas till utbildningsnämnden.",
        "Åtgärderna riktas till socialnämnden.",
        "Förslaget riktas i första hand till utbildningsnämnden.",
        "Insatserna riktar sig främst till socialnämnden samt till SDF",
        "Uppdragen ges till kulturnämnden respektive\nidrottsnämnden",
    ),
    not_matches=(
        "Ansvaret ligger hos nämnderna.",
        "Ansvarsfördelningen: se bilaga",
        "Förslaget riktas till barnfamiljer i ytterstaden.",
        "Åtgärden riktar sig till alla elever i årskurs 1–3.",
        "Förslaget har riktats till utbildningsnämnden",
        "Insatsen riktas till SFI-elever i ytterstaden.",
        "Åtgärden riktar sig till LSS-boenden.",
        "Förslaget riktas till kommunfullmäktige för beslut.",
        "Förslagen riktas till kommunstyrelsen för kännedom",
        "Förslaget riktas inte till utbildningsnämnden",
        "Åtgärderna riktas i första hand till SFI-elever och nyanlända",
    ),
    flags=re.IGNORECASE | re.DOTALL,
)
# A second label on the line names more of those responsible: "Huvudansvar: X. Medansvar: Y."
_MORE_RESPONSIBLE = rule(
    "measure.more_responsible",
    r"\s*[.;,]?\s*\b(?:medansvar\w*|delansvar\w*|övriga\s+ansvariga|berörda)\s*:\s*",
    matches=("Spånga-Tensta stadsdelsnämnd. Medansvar: Socialnämnden", "X; delansvar: Y", "X. Berörda: Y"),
    not_matches=("Socialnämnden i samverkan med stadsdelsnämnderna", "X, samverkanspartner: Y"),
)
# Partners set apart after those responsible: "Ansvarig: äldrenämnden; i samverkan med pensionärsrådet", "…, i
# samarbete med Region Stockholm". They take part; they are not responsible ("X i samverkan med Y", unparted, names
# both as the measure's bodies).
_PARTNERS = rule(
    "measure.partners",
    r"\s*(?:[;,]|\s[–-])\s*(?:i\s+samverkan|i\s+samarbete|i\s+samråd|i\s+dialog|tillsammans|med\s+stöd)\s+"
    r"(?:med|av|från)\b.*$",
    matches=(
        "äldrenämnden; i samverkan med pensionärsorganisationerna och stadens pensionärsråd.",
        "kulturnämnden och idrottsnämnden, i samverkan med Region Stockholm i de delar som gäller",
        "trafiknämnden; tillsammans med berörda stadsdelsnämnder",
        "Livsmedelsverket – i samverkan med Svenskt Vatten.",
        "Boverket - med stöd av länsstyrelserna",
    ),
    not_matches=(
        "Trafiknämnden i samverkan med stadsdelsnämnderna",
        "socialnämnden, kulturnämnden och SISAB",
        "Spånga-Tensta stadsdelsnämnd",
    ),
    flags=re.IGNORECASE | re.DOTALL,
)
# Partners under a label of their own, on the line after those responsible or on the same one: "Ansvarig: GSN
# I samverkan med: AMN", "Ansvariga: KS. Samarbetspartner: Region Uppsala", "Samverkanspart utanför kommunen:
# Arbetsförmedlingen" (partners "bidrar … men har inget eget ansvar", as the reports say; the label "medansvar" names
# more of those responsible, above).
_PARTNER_LABEL = rule(
    "measure.partner_label",
    r"\s*[;,.]?\s*\b(?:(?:i\s+)?(?:samverkan|samarbete|samråd)\s+med|tillsammans\s+med|med\s+stöd\s+(?:av|från)|"
    r"(?:externa\s+|övriga\s+)?(?:samarbets|samverkans)part(?:ner|ners|nerna|er|erna)?(?:\s+[\wåäö]+){0,3}|"
    r"partner|partners|(?:övriga\s+)?medverkande(?:\s+\w+(?:\s+och\s+\w+)?)?|"
    r"medverkar|deltar)\s*:.*$",
    matches=(
        "GSN I samverkan med: AMN",
        "KS, UBN; i samarbete med: Region Uppsala",
        "äldrenämnden. Samarbetspartner: pensionärsrådet",
        "SOC\nTillsammans med: SDN",
        "Idrottsnämnden Medverkande: Trafiknämnden, berörda stadsdelsnämnder",
        "Samtliga stadsdelsnämnder\nMedverkande nämnder och bolag: Idrottsnämnden",
        "AB Stockholmshem. Övriga medverkande: SISAB",
        "Kulturnämnden; medverkar: Region Stockholm",
        "X, samverkanspartner: Y",
        "Trafikverket. Samverkansparter: SKR",
        "Socialnämnden. Samverkanspart utanför kommunen: Arbetsförmedlingen.",
        "KS. Externa samverkansparter: Polisen",
    ),
    not_matches=(
        "Trafiknämnden i samverkan med stadsdelsnämnderna",
        "Samverkansparterna ansvarar inte för åtgärden",
        "Idrottsnämnden med medverkande stadsdelsnämnder",
    ),
    flags=re.IGNORECASE | re.DOTALL,
)

# Partners in a sentence of their own after those responsible: "Ansvarig myndighet: Lantmäteriet. Samverkan sker med
# SMHI", "Ansvar: KS. Arbetet sker i samråd med …", "… Tekniska nämnden. Samråd ska ske med …".
_PARTNER_SENTENCE = rule(
    "measure.partner_sentence",
    r"(?<=[.;])\s+(?:(?:samverkan|samarbete|samråd)|arbetet)\s+(?:sker|ska\s+ske|bedrivs|görs)\s+"
    r"(?:i\s+(?:samverkan|samarbete|samråd)\s+)?med\b.*$",
    matches=(
        "Lantmäteriet. Samverkan sker med SMHI och Sveriges Kommuner och Regioner (SKR).",
        "KS. Arbetet sker i samråd med stadsdelsnämnderna",
        "Tekniska nämnden; samråd ska ske med miljönämnden",
    ),
    not_matches=("Lantmäteriet, samverkan sker med SMHI", "Trafikverket; samverkan: SKR"),
    flags=re.IGNORECASE | re.DOTALL,
)
# On whose behalf the one responsible acts, and "jointly" after two of them, no bodies of their own: "Länsstyrelsen i
# Västra Götalands län, för samtliga länsstyrelsers räkning", "Folkhälsomyndigheten och Socialstyrelsen gemensamt".
_ON_BEHALF = rule(
    "measure.responsible_on_behalf",
    r"\s*(?:,\s*(?:för|på)\s+[^,.;]{1,60}?\s(?:räkning|vägnar)\b|\s+gemensamt\b)(?=\s*(?:[,.;]|$))",
    matches=(
        "Länsstyrelsen i Västra Götalands län, för samtliga länsstyrelsers räkning, med stöd av Boverket.",
        "Region Uppsala, på länets kommuners vägnar",
        "Folkhälsomyndigheten och Socialstyrelsen gemensamt, i samverkan med SKR.",
    ),
    not_matches=("Gemensamt ansvar: KS", "Kulturnämnden, för räkenskapsåret", "gemensamt med KS"),
    flags=re.IGNORECASE | re.DOTALL,
)


def responsible_part(text: str) -> str:
    """Those responsible, as a line names them: other labels' bodies too, partners set apart after them not."""
    text = _PARTNER_SENTENCE.sub("", _PARTNER_LABEL.sub("", text))
    return _MORE_RESPONSIBLE.sub(", ", _PARTNERS.sub("", _ON_BEHALF.sub("", text)))
