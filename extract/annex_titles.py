"""An annexed report's title without the description set after it as a sentence of its own.

An annex list often gives a report's title and then, after a full stop or a dash, what kind of report it is and
whose: "Nära grönska. Slutrapport från utredningen om parker i ytterstaden", "Trygg skolväg – delrapport från
trafikutredningen", "Unga i staden. Rapport av arbetsgruppen för ungas inflytande". The text names the report by
the title alone ("slutrapporten Nära grönska"); the description is its subtitle.
"""

from __future__ import annotations

from atgard.extract.rules import rule
from atgard.extract.vocabulary import BOARD_DEFINITE, OFFICE_DEFINITE

# Who made it after "av": a name (a capital) or a body in the definite ("arbetsgruppen", "kommissionen",
# "utredningen", "nämnden", "förvaltningen"); "redovisning av genomförda åtgärder" says what is reported.
_MAKER_AFTER_AV = (
    rf"(?=[A-ZÅÄÖ]|[\wåäö-]*(?:{BOARD_DEFINITE}|{OFFICE_DEFINITE}|gruppen|kommissionen|utredningen|rådet|"
    r"utskottet|myndigheten|institutet|verket|enheten|avdelningen)\b)"
)
# The genre word, also behind an owner's genitive ("kommissionens slutrapport"), then "från"/"ifrån" and who made
# it, or "av" and a maker; or the genre word alone in lower case after a dash, the title's end ("– delrapport"):
# a description, where a capital after a full stop ("Trygg i hela staden. Slutrapport") may be the title's own.
GENRE_TAIL = rule(
    "report.annex_genre_tail",
    r"(?:\.\s+|\s+[–-]\s+)(?=[A-ZÅÄÖa-zåäö])(?i:(?:[\wåäö-]+s\s+)?(?:slut|del|läges|utrednings)?"
    r"(?:rapport|betänkande|promemoria|redovisning)\s+)"
    rf"(?:(?i:från|ifrån)\s+|(?i:av)\s+{_MAKER_AFTER_AV})\S.*$"
    r"|\s+[–-]\s+(?:slut|del|läges)?(?:rapport|betänkande)$",
    flags=0,
    matches=(
        "Nära grönska. Slutrapport från utredningen om parker i ytterstaden",
        "Trygg skolväg – delrapport från trafikutredningen",
        "Unga i staden. Rapport av arbetsgruppen för ungas inflytande",
        "Ett lyft för biblioteken - kommissionens slutrapport från arbetet 2026",
        "Jämlik hälsa. Lägesrapport från Kommissionen för jämlik hälsa",
        "Unga i staden – rapport av Kommissionen för ungas inflytande",
        "Unga i staden. Redovisning av kulturförvaltningen",
        "Nattens arbetsplatser – delrapport",
        "Staden efter mörkrets inbrott - slutrapport",
        "Fritid i ytterstaden – delbetänkande",
    ),
    not_matches=(
        "Trygg i hela staden. Slutrapport",  # no maker named: nothing to tell it from a title's last word
        "Rapport från Kommissionen för ett hållbart Malmö",  # the description is all there is
        "Skolan som mötesplats. En rapport om lokaler",
        "Planen – rapportering från nämnderna sker årligen",
        "Bo kvar. Rapporten från 2019 visade",
        "Handlingsplan mot våld i nära relationer – redovisning av genomförda åtgärder 2026",
        "Miljöbokslut 2026 - redovisning av miljöarbetet i kommunen",
        "Trygg skolväg. Rapport av resultat från enkäten",
        "Nattens arbetsplatser – Delrapport",  # a capital: may be the title's own word
        "Barn i staden – rapport om lekplatser",  # what the report is about: the title's subtitle
        "Nattens arbetsplatser – delrapporten visade",
    ),
)


def without_genre_tail(title: str) -> str:
    """``title`` without the report's description after a full stop or a dash.

    >>> without_genre_tail("Nära grönska. Slutrapport från utredningen om parker i ytterstaden")
    'Nära grönska'
    >>> without_genre_tail("Rapport från Kommissionen för ett hållbart Malmö")
    'Rapport från Kommissionen för ett hållbart Malmö'
    """
    found = GENRE_TAIL.search(title)
    if found is None or found.start() == 0:
        return title
    return title[: found.start()].rstrip(" .")
