"""How a report opens a numbered measure: a code ("A2.1.1 …", "A1 …"), a numbered heading ("Åtgärd 2.1 …",
"3.1 Sommarjobb för alla"), a numbered paragraph ("Åtgärd 1.1 Stadens familjecentraler byggs ut.") or list item
("1. …"), and those responsible named at the end of its paragraph ("… Ansvarig: socialnämnden.")."""

from __future__ import annotations

import re

from atgard.extract.analysis import Analysed
from atgard.extract.codes import leading_code_span
from atgard.extract.responsible import LABEL, responsible_part
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, LIST_ITEM_NUMBER, MEASURE_AREA, MEASURE_NUMBER, YEARS
from atgard.schema import Block


def leading_code(text: str) -> tuple[str, str] | None:
    """``(code, rest)`` when the text starts with a measure code.

    >>> leading_code("A2.1.1 Kopplingen mellan skola och arbetsliv stärks.")
    ('A2.1.1', 'Kopplingen mellan skola och arbetsliv stärks.')
    >>> leading_code("A.2.1 Stärkt koppling") , leading_code("Åtgärd A2.1.1")
    (('A2.1', 'Stärkt koppling'), None)
    """
    if (code := leading_code_span(text)) is None:
        return None
    return code.code, text[code.end :].lstrip(" .:–-\t")


# A measure set as a numbered heading of its own: "Förslag 1", "Åtgärd 3:", "Rekommendation 2.1", or coded by its
# area's letters, "Åtgärd S1", "Åtgärd KA2" (a letter or two only: "Åtgärd SFS 2010" is no code). A number that goes
# on is an amount or a year ("Förslag 2 000 nya bostäder", "Insats 2026"); a letter code's title is capitalised, a
# road's place is not ("Åtgärd E4 förbi Sundsvall").
NUMBERED_HEADING = rule(
    "measure.numbered_heading",
    r"^(?:förslag|åtgärd|rekommendation|insats|aktivitet)\s+"
    rf"(?P<code>(?P<letters>{MEASURE_AREA})?{MEASURE_NUMBER})(?!\s?\d)\s*[:.–-]?\s*"
    r"(?P<title>(?(letters)(?=(?-i:[A-ZÅÄÖ])|$))(?!\d).*)$",
    matches=(
        "Förslag 1",
        "Åtgärd 3: Fler feriejobb",
        "Rekommendation 2.1",
        "Insats 2.1 Meröppna bibliotek",
        "Åtgärd S1",
        "Åtgärd V4 – Värmeplaner",
        "åtgärd KA2",
    ),
    not_matches=(
        "Förslag till beslut",
        "Kommissionens förslag",
        "Åtgärd SFS 2010",
        "Åtgärd s1",
        "Insats 2026",
        "Förslag 2 000 nya bostäder",
        "Insats 1 000 nya platser i förskolan",
        "Åtgärd E4 förbi Sundsvall",
    ),
)


def numbered_heading(block: Block) -> tuple[re.Match[str], str | None] | None:
    """A numbered heading's match, and the title of the section it opens when the reader set the two as one
    heading ("Skyfall och översvämning" over "Åtgärd S1"): its last line is the measure's heading.

    >>> from atgard.schema.read import BBox, LineSpan, PageBox
    >>> box = PageBox(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1))
    >>> line = lambda start, end: LineSpan(start=start, end=end, page=1, bbox=box.bbox)
    >>> found = numbered_heading(Block(kind="heading", text="Värmeböljor Åtgärd V1", page=1, boxes=[box],
    ...     lines=[line(0, 11), line(12, 21)]))
    >>> found[0].group("code"), found[1]
    ('V1', 'Värmeböljor')
    >>> numbered_heading(Block(kind="heading", text="Värmeböljor och torka", page=1, boxes=[box],
    ...     lines=[line(0, 11), line(12, 21)]))
    """
    text = block.text.strip()
    if (found := NUMBERED_HEADING.match(text)) is not None:
        return found, None
    if len(block.lines) < 2:
        return None
    last = block.lines[-1]
    if (found := NUMBERED_HEADING.match(block.text[last.start : last.end].strip())) is None:
        return None
    return found, " ".join(block.text[: last.start].split()) or None


# A numbered heading's title that runs into the paragraph under it: a bold run-in heading ending in a full stop
# ("Åtgärd 4.2 Fler trygghetsvandringar." / "Trygghetsvandringar genomförs …"), or one the column broke mid-phrase
# ("Åtgärd 4.1 Bättre belysning längs" / "Skärholmsvägen. Gångstråket …"): the measure's text goes on under it.
RUN_IN = rule(
    "measure.run_in_heading",
    r"(?<![.\d])\.$|\s(?:längs|kring|vid|i|på|för|till|av|med|mot|om|från|inom|under|över|efter|mellan|och|samt)$",
    matches=("Fler trygghetsvandringar.", "Bättre belysning längs", "Helgstädning kring", "Stöd till föreningar och"),
    not_matches=("Fler feriejobb", "Meröppna bibliotek", "Höjd taxa enligt avsnitt 3.", "Bättre belysning"),
    flags=0,
)

# A title ending in a full stop that is a whole sentence of its own ("Förslag 1: Bygg ut familjecentralerna så att
# det finns minst en familjecentral i varje kommundel, med start i Flemingsberg och Vårby."): it states the measure,
# and the paragraph under it argues for it; a short one ("Fler trygghetsvandringar.") runs into the paragraph.
SENTENCE_WORDS = 8


def stating_sentence(title: str) -> bool:
    """Whether a numbered heading's title ending in a full stop states the measure by itself (see SENTENCE_WORDS).

    >>> stating_sentence("Fler trygghetsvandringar."), stating_sentence("Inför ett gemensamt arbetssätt för tidiga "
    ...     "insatser till elever med hög frånvaro.")
    (False, True)
    """
    return title.rstrip().endswith(".") and len(title.split()) >= SENTENCE_WORDS


# A numbered heading's title that names the measure by a noun, its text stated by the paragraph under it: "Åtgärd 1.
# Vägledning om klimatanpassning i detaljplan", "Åtgärd 4 – Riskklassning av statliga vägar", "Åtgärd 3. Nationell
# höjddata för skyfallsanalys" (a noun, or an adjective and a noun, then a preposition). A verb's title states the
# measure itself ("Utöka öppettiderna", "Satsa på …", "Ta fram en plan för …", "Bygg om skolgårdarna").
NAMING_TITLE = rule(
    "measure.naming_title",
    r"^(?!(?i:bygg|gör|lägg|ställ|sätt|håll|byt|stäng|inför|stärk|följ|använd|utred)\s)"
    r"(?:[A-ZÅÄÖ][a-zåäöé-]*[^aeiouyåäö\s]|[A-ZÅÄÖ][a-zåäö]*(?:ell|al|isk|ig|ad|ade|bar|sam|samt|kt|rd|nde)\s+[a-zåäö-]+)"
    r"\s+(?:om|till|för|av|vid|mot|inom|kring|i|på|med)\s+\S",
    matches=(
        "Vägledning om klimatanpassning i detaljplan",
        "Riskklassning av statliga vägar och järnvägar",
        "Nationell höjddata för skyfallsanalys",
        "Värmeplaner för vård och omsorg",
        "Gemensamt metodstöd till länsstyrelserna",
        "Stöd till länsstyrelsernas granskning",
    ),
    not_matches=(
        "Utöka träffpunkternas öppettider till kvällar",
        "Satsa på fler feriejobb",
        "Ta fram en plan för laddinfrastruktur",
        "Bygg om skolgårdarna",
        "Inför avgift för parkering",
        "Meröppna bibliotek",
        "Fler trygghetsvandringar",
    ),
    flags=0,
)

# The same opening a paragraph, its text after the number: "Åtgärd 1.1 Stadens familjecentraler byggs ut."
NUMBERED_PARAGRAPH = rule(
    "measure.numbered_paragraph",
    rf"^(?i:åtgärd|förslag|rekommendation|insats|aktivitet)\s+(?P<code>[A-ZÅÄÖ]?{MEASURE_NUMBER})\s*[:.–-]?\s+(?P<title>[A-ZÅÄÖ].*)$",
    matches=(
        "Åtgärd 1.1 Stadens familjecentraler byggs ut.",
        "Förslag 3: Fler feriejobb ordnas.",
        "Åtgärd A2.1 Ny plan.",
    ),
    not_matches=("Åtgärd 1.1 innebär att familjecentralerna byggs ut.", "Förslag till beslut"),
    flags=re.DOTALL,
)
# A paragraph opened by a code of a capital and one number, then the measure's sentence: "A1 Skolgårdarnas friytor
# inventeras …", "B3 En samordnare inrättas." Such a code is a grid square or a road as often ("E4 Sundsvall"), so
# the paragraph is a measure only if a line naming those responsible follows it.
SHORT_CODED_PARAGRAPH = rule(
    "measure.short_coded_paragraph",
    r"^(?P<code>[A-ZÅÄÖ]\d{1,2})\s+(?P<title>[A-ZÅÄÖ][a-zåäöé].*)$",
    matches=("A1 Skolgårdarnas friytor inventeras och en prioriteringslista tas fram.", "B3 En samordnare inrättas."),
    not_matches=("A1 och A2 kräver att flera nämnder samverkar.", "A2.1 Ny plan.", "E18 SFS", "2027 Budgeten"),
    flags=re.DOTALL,
)
# Who is responsible, said at the end of the measure's own paragraph: "... hela staden. Ansvarig: socialnämnden."
INLINE_RESPONSIBLE = rule(
    "measure.inline_responsible",
    rf"(?<=[.!?])\s+{LABEL}\s*:\s*",
    matches=(
        "utvidgas till hela staden. Ansvarig: socialnämnden",
        "byggs ut. Ansvar: SBR",
        "under sommaren. Ansvariga nämnder och bolag: KS, UHAB",
    ),
    not_matches=("Ansvaret ligger hos nämnderna.", "Ansvar: Utbildningsnämnden"),
)

_GROUP_HEADING = rule(
    "measure.group_heading",
    rf"^(?P<letter>[A-ZÅÄÖ])\.?\s?(?P<numbers>{MEASURE_NUMBER})\.?\s+(?P<title>\S.*)$",
    matches=("A2.1 Stärkt koppling mellan skola och arbetsliv", "C.3 Bättre uppföljning"),
    not_matches=("5. Kommissionens förslag", "a2.1 text"),
    flags=0,
)


# A subsection's number and title: "3.1 Sommarjobb för alla gymnasieelever", "4.2. Utöka öppettiderna". A
# section of the text unless a line "Ansvarig: …" follows it: then the report sets its measures so.
_NUMBERED_SECTION = rule(
    "measure.numbered_section",
    r"^(?P<numbers>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?:[–—-]\s+)?(?P<title>[A-ZÅÄÖ].*)$",
    matches=(
        "3.1 Sommarjobb för alla gymnasieelever i årskurs 1 och 2",
        "4.2. Utöka öppettiderna",
        "5.3 Tidsfristen",
        "2.4 – Följ upp målgruppen",
    ),
    not_matches=("5. Kommissionens förslag", "2026 Budget", "3.1 procent av eleverna", "3 Åtgärder"),
    flags=re.DOTALL,
)
# A title of so many words states the measure ("3.1 Utöka lärlingsplatserna i de kommunala bolagen"); a shorter
# one names its area ("B2.1 Bättre belysning"), the measure's text being the paragraphs under it.
STATING_WORDS = 4


def group_heading(text: str) -> tuple[str, str] | None:
    """``(group code, title)`` of a heading such as "A2.1 Stärkt koppling" or "C.3 Bättre uppföljning", or a
    subsection's "3.1 Sommarjobb för alla".

    >>> group_heading("C.3 Bättre uppföljning"), group_heading("5. Kommissionens förslag")
    (('C3', 'Bättre uppföljning'), None)
    >>> group_heading("3.1 Sommarjobb för alla")
    ('3.1', 'Sommarjobb för alla')
    """
    found = _GROUP_HEADING.match(text.strip()) or _NUMBERED_SECTION.match(text.strip())
    if not found:
        return None
    letter = found.groupdict().get("letter") or ""
    return letter + found.group("numbers"), " ".join(found.group("title").lstrip("–—- ").split())


# A heading of a bare number and a title, as a report numbers its measures 1–10 in a chapter of their own:
# "1. Kvällsöppna skolidrottshallar", "10) Upprustning av Högdalens kulturhus", "3 Meröppna bibliotek". The
# chapters are often numbered so too ("1. Inledning", "5. Kostnader"): such a heading opens a measure only if a
# line naming those responsible follows it before the next heading. Its title names the measure, the paragraphs
# under it state it (they are its text).
_NUMBERED_TITLE = rule(
    "measure.numbered_title_heading",
    rf"^(?=\d{{1,2}}\b)(?P<code>{LIST_ITEM_NUMBER})\s+(?P<title>[A-ZÅÄÖ].*)$",
    matches=(
        "1. Kvällsöppna skolidrottshallar",
        "10. Upprustning av Högdalens kulturhus",
        "3) Meröppna bibliotek",
        "4 Trygga vägar till idrottsplatserna",
        "1. Inledning",
    ),
    not_matches=("3.1 Sommarjobb för alla", "5.2 Remissinstanser", "2027 Budgeten", "1. inledningen", "A1 Ny plan"),
    flags=re.DOTALL,
)


def numbered_title(text: str) -> tuple[str, str] | None:
    """``(number, title)`` of a heading numbered bare, "1. Kvällsöppna skolidrottshallar".

    >>> numbered_title("10. Upprustning av Högdalens kulturhus"), numbered_title("3.1 Sommarjobb för alla")
    (('10', 'Upprustning av Högdalens kulturhus'), None)
    """
    found = _NUMBERED_TITLE.match(text.strip())
    if found is None:
        return None
    return found.group("code").rstrip(".)"), " ".join(found.group("title").split())


# A numbered list item's number: "1.", "2)", "3.1".
ITEM_NUMBER = rule(
    "measure.item_number",
    rf"^(?P<code>{MEASURE_NUMBER})[.)]?$",
    matches=("1.", "2)", "3.1", "12"),
    not_matches=("a)", "•", "–", "2026."),
    flags=0,
)


def listed_code(item: Analysed) -> str | None:
    """The number of a numbered list item, its text a measure if those responsible are named for it."""
    block = item.block
    found = ITEM_NUMBER.match((block.marker or "").strip()) if block.kind == "list_item" else None
    return found.group("code") if found else None


def numbered_paragraph(text: str) -> tuple[str, str] | None:
    """``(code, rest)`` of a paragraph opened by "Åtgärd 1.1", "Förslag 3:" and the measure's own sentence."""
    found = NUMBERED_PARAGRAPH.match(text.strip())
    return (found.group("code"), found.group("title")) if found else None


def split_responsible(text: str) -> tuple[str, str]:
    """A measure's text and who is responsible, when its paragraph ends by saying so ("... Ansvarig: X.")."""
    found = INLINE_RESPONSIBLE.search(text)
    if found is None:
        return text, ""
    return text[: found.start()], responsible_part(text[found.end() :])


# A labelled paragraph under a measure that argues for it or says when and at what cost, not what is done: "Motiv:
# Skuggade ytor sänker …", "Bakgrund:", "Syfte:", "Tidplan: 2027", "Förväntade effekter:", "Beräknad kostnad:", two
# labels joined ("Syfte och mål:", "Kostnad/finansiering:"). The measure stays open for its "Ansvarig:" line. A label's
# word in a sentence ("Motivet är att …", "Kostnaden bedöms …") or a label of the measure itself ("Åtgärd:") is none.
_ASIDE_WORD = (
    r"(?:motiv(?:ering)?|bakgrund|syfte|skäl|kommentar(?:er)?|(?:förväntade?\s+)?effekt(?:er)?|"
    r"(?:(?:beräknade?|uppskattade?)\s+)?kostnad(?:er)?|tid(?:s)?plan|finansiering|uppföljning|indikator(?:er)?|"
    r"nuläge|risker?)"
)
MEASURE_ASIDE = rule(
    "measure.aside_label",
    rf"^{_ASIDE_WORD}(?:(?:\s*[,/]\s*|\s+{AND}\s+)(?:{_ASIDE_WORD}|mål))*\s*:",
    matches=(
        "Motiv: Skuggade ytor sänker yttemperaturen",
        "Bakgrund: I dag",
        "Förväntad effekt: färre",
        "Förväntade effekter: färre",
        "Tidsplan:",
        "Beräknad kostnad: 2 mnkr",
        "Syfte och mål: att",
        "Kostnad/finansiering: inom ram",
        "Tidplan, uppföljning: 2027",
    ),
    not_matches=(
        "Motivet är att",
        "Ansvarig: KS",
        "Syftet med åtgärden är",
        "Kostnaden bedöms",
        "Åtgärd: Fler träd",
        "Kostnad och ansvar: KS",
        "Effekten blir: färre",
    ),
)


# Those responsible not named yet, the whole of their cell or of what follows "Ansvar:": "Ansvar fastställs i budget
# för 2028", "Ansvarig utses senare", "Beslutas senare", "Ej fastställt", "Oklart vilken nämnd". No body is responsible
# (yet). Only when, or by whom, it is to be settled may follow ("… i budget 2028", "… av kommunstyrelsen": the body
# that appoints is not the one responsible); a cell that goes on to name the bodies ("Ansvaret fördelas mellan
# tekniska nämnden och miljönämnden") names them.
_LATER = (
    rf"(?:senare|längre\s+fram|vid\s+ett\s+senare\s+tillfälle|(?:i\s+samband\s+med\s+|i\s+)?(?:budget|verksamhetsplan)\w*"
    rf"(?:\s+för)?(?:\s+{YEARS})?|(?:under|i|från|inför|efter)\s+{YEARS}|{YEARS}|av\s+(?:(?!\b(?:mellan|på|till)\b)[^.])+|"
    r"(?:vem|vilken|vilka)\b[^.]*)"
)
UNSETTLED_RESPONSIBLE = rule(
    "measure.unsettled_responsible",
    r"^(?:ansvar(?:et|ig|iga)?\s+(?:fastställs|utses|bestäms|beslutas|klargörs|utreds|fördelas)|"
    rf"(?:fastställs|utses|bestäms|beslutas)(?=\s+{_LATER})|(?:ej|inte)\s+(?:fastställ|beslut|utse|klar)\w*|"
    rf"(?:ännu\s+)?(?:oklart|ej\s+klart))(?:,?\s+{_LATER})*\s*\.?$",
    matches=(
        "Ansvar fastställs i budget för 2028",
        "Ansvarig utses senare",
        "beslutas senare",
        "Ej fastställt",
        "Ansvaret fördelas i budget 2027",
        "Ansvaret fördelas i budget 2027–2028.",
        "Ansvarig utses av kommunstyrelsen",
        "Fastställs senare av kommunstyrelsen",
        "Oklart vilken nämnd som ansvarar",
    ),
    not_matches=(
        "Kommunstyrelsen",
        "Ansvarig nämnd",
        "Fastighetsnämnden fastställer",
        "Beslutande: KS",
        "Ansvaret fördelas mellan tekniska nämnden och miljönämnden",
        "Ansvaret fördelas på tekniska nämnden och miljönämnden",
        "Ansvar fastställs av kommunstyrelsen till stadsbyggnadsnämnden",
        "Ansvaret utreds, tekniska nämnden samordnar",
    ),
)
