"""An annexed report's title without the description set after it as a sentence of its own.

An annex list often gives a report's title and then, after a full stop or a dash, what kind of report it is and
whose: "Nära grönska. Slutrapport från utredningen om parker i ytterstaden", "Trygg skolväg – delrapport från
trafikutredningen", "Unga i staden. Rapport av arbetsgruppen för ungas inflytande". The text names the report by
the title alone ("slutrapporten Nära grönska"); the description is its subtitle. So is what stands around the title
in the entry: its label ("Bilaga 1: …"), its year or date in brackets ("(maj 2026)", "(Järvadelegationen, januari
2027)") and its series number ("(SOU 2025:19)", "Ds 2019:21 …", ", rapport 2025:7"), whose year is the report's.
"""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.rules import rule
from atgard.extract.vocabulary import BOARD_DEFINITE, MONTH, OFFICE_DEFINITE, fragment
from atgard.schema import Block

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


# An annex's own label before its title, in a list under "Beslutsunderlag": "Bilaga 1: Handlingsplan för …".
ANNEX_LABEL = rule(
    "report.annex_label",
    r"^bilaga\s+(?P<number>\d{1,2})\s*[:.–-]\s*(?=\S)",
    matches=("Bilaga 1: Handlingsplan för klimatanpassning", "Bilaga 2 – Sammanställning", "bilaga 3. Karta"),
    not_matches=("Bilaga 1 Rapporten", "Bilagor:", "Bilaga: Rapporten"),
)
# A year in brackets that ends an annex's entry: " (2027)".
BRACKETED_YEAR = rule(
    "report.bracketed_year",
    r"\s*\(\s*(?:19|20)\d\d\s*\)\s*\.?$",
    matches=(" (2027)", "(2016)."),
    not_matches=(" 2027", " (SOU 2025:19)"),
    flags=0,
)
# A date in brackets that ends an annex's entry, the version's month or day: " (maj 2026)", " (2026-05-12)",
# " (remissversion, maj 2026)", who made it before it " (Järvadelegationen, januari 2027)": dropped from the title, its
# year the report's.
BRACKETED_DATE = rule(
    "report.bracketed_date",
    r"\s*\((?:\s*(?i:remissversion|version|daterad|reviderad|(?:reviderat|nytt|slutligt|uppdaterat)\s+förslag|"
    r"(?:reviderad|ny|slutlig|uppdaterad)\s+version|remissförslag)\b,?|\s*[A-ZÅÄÖ][^(),]{1,60},)?\s*(?:(?:\d{1,2}\s+)?(?i:"
    + MONTH
    + r")\s+(?P<year>(?:19|20)\d\d)|(?P<iso>(?:19|20)\d\d)-\d\d-\d\d)\s*\)\s*\.?$",
    matches=(
        " (maj 2026)",
        "(2026-05-12)",
        " (remissversion, juni 2025).",
        " (12 mars 2027)",
        " (daterad April 2026)",
        " (Järvadelegationen, januari 2027)",  # who made it, then when
        " (reviderat förslag augusti 2027)",
        " (reviderad version, 2027-08-15)",
    ),
    not_matches=(" (2027)", " (SOU 2025:19)", " (bilaga 1)", " (maj)", " (Järvadelegationen)", " (bilaga 1, maj)"),
    flags=0,
)


# The government's series number of a report, a memorandum or a directive: "SOU 2027:31", "Ds 2026:4", "Dir.
# 2025:12". It names a report and gives its year (``number_year``); the title is without it.
SERIES_NUMBER = fragment(
    "report.official_series",
    r"(?:SOU|Ds|Dir\.?)\s+(?:19|20)\d\d:\d+",
    matches=("SOU 2027:31", "Ds 2026:4", "Dir. 2025:12", "Dir 2025:12", "SOU 2025:19"),
    not_matches=("KS 2025:19", "SOU 27:31", "Rapport 2025:7", "SOU 2027", "Årsrapport 2025:7"),
)
# ... before the title, with what parts them: "SOU 2027:31 Bostäder …", "Ds 2026:4 – Ett enklare regelverk",
# "SOU 2027:31: Bostäder …", "Ds 2019:21, Ett ansvar" (a pattern names its group where it reads the year).
SERIES_LEAD = fragment(
    "report.series_lead",
    rf"{SERIES_NUMBER}\s*[,:\u2010-\u2015-]?\s+",
    matches=("SOU 2027:31 ", "Ds 2026:4 – ", "SOU 2027:31: ", "Ds 2019:21, ", "Dir. 2025:12 - "),
    not_matches=("SOU 2027:31", "SOU 2027:31–", "Rapport 2017:3 ", "KS 2025:19 "),
)
# A title that names the report by its kind or its number alone, which names it by its title elsewhere: "Betänkandet",
# "SOU 2027" (a number broken at its colon), "Betänkandet SOU 2027:11", "Sammanfattning av betänkandet" (an annex).
NAMED_BY_NUMBER = rule(
    "report.named_by_number",
    r"^(?=\S)(?:(?i:(?:en\s+)?sammanfattning\s+av)\s+)?"
    r"(?:(?i:betänkandet|promemorian|departementspromemorian|rapporten|remissen|utredningen)\s*)?"
    r"(?:(?:SOU|Ds|Dir\.?)\s+(?:19|20)\d\d(?::\d+)?)?$",
    flags=0,
    matches=("Betänkandet", "SOU 2027", "Betänkandet SOU 2027:11", "Sammanfattning av betänkandet", "Ds 2026:4"),
    not_matches=("Betänkandet Framtidens socialtjänst", "Sammanfattning av remissvaren", "SOU-rapporten", "Rapport"),
)
# An official series' number beside an annexed title: "Framtidens socialtjänst (SOU 2025:19)", "Ds 2019:21 X"
# (the number and its lead are SERIES_NUMBER and SERIES_LEAD above, as the headings' patterns read them).
# It names a report (the government's inquiries and memoranda) and gives its year; the title is without it. So does
# an organisation's own series after a comma or in brackets: "Skyfallskartering för Göteborg, rapport 2025:7".
_SERIES_NUMBER = rule(
    "report.series_number",
    rf"^(?:(?P<lead>{SERIES_LEAD})(?=\S)|(?P<title>.+?)(?:[\s,]*\(?(?P<official>{SERIES_NUMBER})|\s*(?:,|\(|\s[–-])\s*"
    r"(?i:rapport|pm|promemoria)(?:\s+nr\.?)?\s+(?P<trail>(?:19|20)\d\d):\d+)\)?\s*\.?$)",
    matches=(
        "Framtidens socialtjänst (SOU 2025:19)",
        "Ds 2019:21 Ett lagstadgat ansvar",
        "X, SOU 2018:57",
        "Skyfallskartering för Göteborg, rapport 2025:7",
        "Trygg skolväg (Rapport nr 2024:12)",
        "SOU 2027:31: Bostäder för ett tryggt åldrande",
        "Ds 2026:4 – Ett enklare regelverk",
    ),
    not_matches=(
        "Sammanställning av remissvaren",
        "Rapport 2017:3 Trygg i hela staden",
        "Årsrapport 2025:7",
        "Skyfallskartering för Göteborg 2025:7",
    ),
    flags=0,
)


def without_series_number(text: str) -> tuple[str, int | None]:
    """An annexed title without its series number, and the year the number gives.

    >>> without_series_number("Framtidens socialtjänst (SOU 2025:19)"), without_series_number("Ds 2019:21 Ett ansvar")
    (('Framtidens socialtjänst', 2025), ('Ett ansvar', 2019))
    """
    found = _SERIES_NUMBER.match(text)
    if found is None:
        return text, None
    if found.group("lead"):
        return text[found.end() :], number_year(found.group("lead"))
    if found.group("official"):
        return found.group("title"), number_year(found.group("official"))
    return found.group("title"), int(found.group("trail"))


def number_year(number: str) -> int:
    """The year an official series' number gives (``SERIES_NUMBER``, perhaps with what follows it).

    >>> number_year("SOU 2027:31"), number_year("Dir. 2025:12 – ")
    (2027, 2025)
    """
    return int(number.split()[1][:4])


def hand_broken_lines(block: Block, right: float = 0.0) -> list[str] | None:
    """A paragraph's lines when each was ended by hand, a list set as lines of one paragraph ("Tjänsteskrivelse,
    …, 2027-05-24" / "Förslag till yttrande, 2027-05-24" / …): every next line opens with a capital and its first
    word would have fitted on the line above, within the text's right edge (``right``: the page's, else the
    block's). None for text that wrapped.

    >>> from atgard.schema import BBox, LineSpan, PageBox
    >>> def block(*lines):  # each line as wide as its text, 5 points a character, from x 0
    ...     starts = [sum(len(x) + 1 for x in lines[:n]) for n in range(len(lines))]
    ...     spans = [LineSpan(start=s, end=s + len(x), page=1, bbox=BBox(x0=0, top=0, x1=5 * len(x), bottom=1))
    ...              for s, x in zip(starts, lines)]
    ...     return Block(kind="paragraph", text=" ".join(lines), page=1, lines=spans,
    ...                  boxes=[PageBox(page=1, bbox=BBox(x0=0, top=0, x1=400, bottom=1))])
    >>> hand_broken_lines(block("Förslag till yttrande, 2027-05-24", "Tjänsteskrivelse, 2027-05-20"), right=400)
    ['Förslag till yttrande, 2027-05-24', 'Tjänsteskrivelse, 2027-05-20']
    >>> hand_broken_lines(block("Kommissionens slutrapport om jämlik hälsa i Huddinge och", "Botkyrka"), right=290)
    """
    spans = block.lines
    if len(spans) < 2:
        return None
    right = max(right, *(span.bbox.x1 for span in spans))
    texts = [" ".join(block.text[span.start : span.end].split()) for span in spans]
    for span, text, after in zip(spans, texts, texts[1:], strict=False):
        word = after.split()[0] if after else ""
        per_character = (span.bbox.x1 - span.bbox.x0) / max(len(text), 1)
        if not word[:1].isupper() or span.bbox.x1 + per_character * (len(word) + 1) >= right:
            return None
    return texts


def right_edge(blocks: Sequence[Block], page: int) -> float:
    """The right edge of a page's text: its blocks' furthest (where a line ended by hand leaves room)."""
    return max((box.bbox.x1 for block in blocks for box in block.boxes if box.page == page), default=0.0)
