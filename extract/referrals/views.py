"""Answers told as views in a section that sums up a referral's answers: "Trafiknämnden tillstyrker motionen",
"Farsta stadsdelsnämnd ställer sig positiv till …", "Exploateringsnämnden har inga invändningar mot …".

An utlåtande's Beredning often counts its remissinstanser instead of naming them ("Motionen har remitterats till
fyra facknämnder, två stadsdelsnämnder och Svenska Kennelklubben.") and then gives each one's answer in a
paragraph of its own, the body the subject of a verb of view. Those bodies answered, and they are the ones the
count stood for (``accounts``). Only the subject before the verb is read, and only as a list of names whole:
"Nämnden anser", "Jag delar nämndens bedömning" name nobody.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Sentence
from atgard.extract.answer_history import SUMMARY_SECTION, VIEW, clauses
from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import BoardSpan
from atgard.extract.referrals.recipients import recipients_in
from atgard.extract.referrals.zones import Zone
from atgard.extract.rules import rule
from atgard.schema.contract import Recipient


def view_answerers(
    heading: str | None, masked: str, sentence: Sentence, boards: Sequence[BoardSpan], register: BoardRegister
) -> list[Recipient]:
    """The bodies a sentence of a summary section names as the subject of a view: those who answered."""
    if heading is None or not SUMMARY_SECTION.match(heading):
        return []
    found: list[Recipient] = []
    for start, end in clauses(masked, sentence.start, sentence.end):  # ", och B har inte yttrat sig" apart
        views = [v for v in (VIEW.match(masked[start:end]), _MORE_VIEW.match(masked[start:end])) if v is not None]
        if not views:
            continue
        view = min(views, key=lambda v: v.start("verb"))  # the first: "A är i huvudsak positiv men framhåller"
        subject = Zone(start, start + view.start("verb"), whole=True)
        recipients, _ = recipients_in(masked, subject, boards, register)
        found += [r for r in recipients if not r.group and not _BACK_REFERENCE.match(r.name)]
    return found


# Views the answers' summaries word with an adverb or a phrase: "Utbildningsnämnden ser positivt på planen",
# "Fastighetsnämnden är i huvudsak positiv men …", "Bolaget ser med oro på …".
_MORE_VIEW = rule(
    "referral.view_phrase",
    r"^(?:(?!\b(?:ska|skall|bör|senast)\b).)*?\b(?P<verb>"
    r"s(?:er|åg)\s+(?:\w+\s+){0,3}?(?:positivt|negativt|kritiskt|med\s+(?:oro|tillförsikt))\s+på|"
    r"(?:är|var)\s+(?:\w+\s+){2}(?:positiv|negativ|kritisk|tveksam)\w*)\b",
    matches=(
        "Utbildningsnämnden ser positivt på planen",
        "Fastighetsnämnden är i huvudsak positiv men framhåller",
        "Idrottsnämnden såg i stort sett positivt på förslaget",
        "AB Svenska Bostäder ser med oro på kostnaderna",
        "Kulturnämnden är i grunden kritisk till förslaget",
    ),
    not_matches=("Nämnden ska se positivt på", "Trafiknämnden ser till att", "Förslaget är i linje med planen"),
)


# A body named by its common noun alone refers back to one named before ("Nämnden påpekar", "Bolaget anser").
_BACK_REFERENCE = rule(
    "referral.view_back_reference",
    r"^(?:nämnden|styrelsen|bolaget|förvaltningen|kontoret|myndigheten|organisationen|föreningen|klubben|"
    r"förbundet|rådet|verket|kammaren|instansen)$",
    matches=("Nämnden", "Bolaget", "Förvaltningen"),
    not_matches=("Trafiknämnden", "Svenska Kennelklubben", "Kulturförvaltningen"),
)
