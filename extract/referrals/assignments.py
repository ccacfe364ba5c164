"""A decision that gives bodies the task of carrying out a report's measures, named by their codes: an
implementation referral of those codes to those bodies.

    att uppdra åt tekniska nämnden att genomföra åtgärderna 3 och 5,
    att ge byggnadsnämnden och miljönämnden i uppdrag att genomföra åtgärd 7,
    Kulturnämnden får i uppdrag att genomföra åtgärderna 2.1–2.3.
    att uppdra åt fritidsnämnden att ansvara för genomförandet av åtgärderna 4 och 6,

A council's or a board's point may give a task in many words; only carrying out measures named by their codes
directs bodies on the report's measures. A task without codes ("uppdra åt tekniska nämnden att genomföra
upphandlingen"), a follow-up ("uppdra åt kommunstyrelsen att följa upp genomförandet"), a task of looking into
carrying them out ("att utreda förutsättningarna för att genomföra åtgärd 4") or an official's task
("uppdra åt kommundirektören att …": no board) is none. Each point of a decision that lists several is read apart,
the codes its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from atgard.extract.boards import BoardRegister
from atgard.extract.codes import find_codes
from atgard.extract.mentions import BoardSpan
from atgard.extract.referrals.recipients import recipients_in
from atgard.extract.referrals.zones import Zone
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, MEASURE_WORD
from atgard.schema.contract import Recipient

# The bodies given the task: after "uppdra åt" (the active, "uppdrar", the past "uppdrog", the passive "uppdras"),
# between "ge" ("gav") and "i uppdrag", or the subject of "får/ges i uppdrag"; a list, commas too ("tekniska nämnden,
# fritidsnämnden och kulturnämnden"), up to the "att" that says the task.
_BODIES = r"(?:(?!\batt\b)[^;:])+?"
# The few words of how before the task's verb ("inom ramen för bolagets underhållsplan"), never of a task before it:
# "att utreda förutsättningarna för att genomföra åtgärd 4" carries out nothing.
_HOW = r"(?:(?:(?!\b(?:att|utreda|undersöka|pröva|analysera|följa|redovisa|utvärdera|för\s+att)\b)[^,;:])+?\s+)??"
# Carrying out: "genomföra", "verkställa", "(an)svara för (genomförandet av)".
_CARRY_OUT = rf"(?:(?:an)?svara\s+för\s+(?:genomförandet\s+av\s+)?|{_HOW}(?:genomföra|verkställa)\s+)"
# The measures by their codes, to the end of the decision's point: a semicolon, or the "att" of the next point
# (", att …", "samt att …", ", samt att …"), a comma before it left out; "åtgärderna 3, 5 och 7".
_CODES = rf"[A-ZÅÄÖ]?\d(?:(?!\s*,?\s*(?:\b(?:{AND})\s+)?att\b)[^;])*(?<![,\s])"
ASSIGNED_MEASURES = rule(
    "referral.assigned_measures",
    rf"(?:\buppdr(?:a|ar|as|og|agit)\s+(?:även\s+|också\s+)?åt\s+(?P<to>{_BODIES})|"
    rf"\bg(?:e|er|es|av)\s+(?:även\s+|också\s+)?(?P<given>{_BODIES})\s+i\s+uppdrag|"
    rf"(?:^\s*(?:att\s+)?|\batt\s+)(?P<subject>{_BODIES})\s+(?:får|fick|ges|gavs|ska\s+få)\s+(?:även\s+|också\s+)?"
    r"i\s+uppdrag)"
    rf"\s+att\s+{_CARRY_OUT}"
    rf"(?P<codes>(?:{MEASURE_WORD})\s+(?:nr\.?\s+|nummer\s+)?{_CODES})",
    matches=(
        "att uppdra åt tekniska nämnden att genomföra åtgärderna 3 och 5 (skyfallsleder)",
        "att uppdra åt byggnadsnämnden och miljö- och hälsoskyddsnämnden att genomföra åtgärd 7",
        "att uppdra åt AB Bostaden i Umeå att inom ramen för bolagets underhållsplan genomföra åtgärderna 4 och 6",
        "Kommunfullmäktige uppdrar åt kulturnämnden att genomföra åtgärd A2.1",
        "Kommunstyrelsen ger idrottsnämnden respektive kulturnämnden i uppdrag att genomföra åtgärderna 2.1–2.3.",
        "2. Trafiknämnden får i uppdrag att genomföra åtgärd 4.",
        "att fastighetsnämnden ges i uppdrag att genomföra åtgärderna 9 och 10",
        "att uppdra åt tekniska nämnden, fritidsnämnden och kulturnämnden att genomföra åtgärderna 3 och 5",
        "att uppdra åt tekniska nämnden att verkställa åtgärderna 3 och 5",
        "att uppdra åt tekniska nämnden att ansvara för genomförandet av åtgärderna 3 och 5",
        "Kommunfullmäktige gav tekniska nämnden i uppdrag att genomföra åtgärd 4",
    ),
    not_matches=(
        "att uppdra åt tekniska nämnden att genomföra upphandlingen",
        "att uppdra åt kommunstyrelsen att årligen följa upp planens genomförande",
        "att uppdra åt tekniska nämnden att redovisa hur åtgärd 3 har genomförts",
        "Åtgärderna 1, 2 och 9 genomförs redan inom ordinarie verksamhet.",
        "Tekniska nämnden har genomfört åtgärd 3.",
        "att uppdra åt kommunstyrelsen att utreda förutsättningarna för att genomföra åtgärd 4",
        "att uppdra åt kommunstyrelsen att undersöka möjligheten att genomföra åtgärd 4",
        "att uppdra åt kommunstyrelsen att följa upp genomförandet av åtgärd 4",
    ),
)


def assigned_measures(
    masked: str, offset: int, text: str, boards: Sequence[BoardSpan], register: BoardRegister
) -> Iterator[tuple[int, int, list[Recipient], list[str]]]:
    """Each task of carrying out measures in a sentence (``text``, at ``offset`` in the block's ``masked`` text):
    where it stands in the sentence, its bodies (a list that fills its place, boards or companies) and its codes."""
    for found in ASSIGNED_MEASURES.finditer(text):
        group = next(g for g in ("to", "given", "subject") if found.group(g) is not None)
        zone = Zone(offset + found.start(group), offset + found.end(group))
        recipients, _ = recipients_in(masked, zone, boards, register)
        codes = list(dict.fromkeys(c.code for c in find_codes(found.group("codes"))))
        if recipients and codes:
            yield found.start(), found.end(), recipients, codes
