"""Referrals whose recipients follow as a list under a lead: list items, or a paragraph of names one a line,
after "... remitterats till följande:" or under a "Remissinstanser" heading."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed, Sentence
from atgard.extract.boards import BoardRegister
from atgard.extract.codes import find_codes
from atgard.extract.mentions import BOARD_LIKE, LIST_SEPARATORS, NAME_LIKE, read_board_list, resolve_name
from atgard.extract.referrals.common import IMPLEMENTATION, report_title
from atgard.extract.referrals.cues import has_cue
from atgard.extract.referrals.labelled import labelled_recipients
from atgard.extract.referrals.list_entries import joined_entries, merged_entries, row_entries
from atgard.extract.referrals.remisslist import GROUP_LABEL
from atgard.extract.reports import Reports
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, JOINT_WORDS, MEASURE_NUMBER, RESPEKTIVE
from atgard.schema.contract import Recipient, Referral
from atgard.schema.read import union_per_page

LIST_HEADING = rule(
    "referral.list_heading",
    r"^(?:remissinstanser|remissen\s+har\s+(?:gått|skickats)\s+till)\b",
    matches=("Remissinstanser", "Remissen har gått till följande:"),
    not_matches=("Remissammanställning",),
)


# What an item may end with before the next: punctuation, "och", "samt".
_ITEM_END = rule(
    "referral.item_end",
    rf"[\s,;.]*(?:\b{AND}\s*)?$",
    matches=("Polisregion Stockholm och", "nämnden för Trafik,"),
)


# A name with what it stands for after a dash, as a remiss list gives an organisation: "PRO – Pensionärernas
# riksorganisation", "Famna - Riksorganisationen för idéburen välfärd" (each half a name).
_GLOSSED = rule(
    "referral.glossed_name",
    r"^(?P<name>[^\s–-][^–]*?)\s+[–-]\s+(?P<gloss>\S.*)$",
    matches=("PRO – Pensionärernas riksorganisation", "Famna - Riksorganisationen för idéburen välfärd"),
    not_matches=("Rinkeby-Kista stadsdelsnämnd", "Myndigheten för vård- och omsorgsanalys"),
)


# A name with the court it sits at in brackets, as a ministry's list gives a court: "Mark- och
# miljööverdomstolen (Svea hovrätt)", "Migrationsöverdomstolen (Kammarrätten i Stockholm)" (each half a name; the
# whole is the body). Only a court's seat: any other bracket ("Polismyndigheten (Region Stockholm)", "Kulturnämnden
# (KN)") is no part of the name.
_SEATED = rule(
    "referral.seated_name",
    r"^(?P<name>[^\s()][^()]*?)\s+\((?P<gloss>(?=[A-ZÅÄÖ])(?:[\wåäö-]+\s+)?[\wåäö-]*(?:rätt|domstol)(?:en)?"
    r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?)\)$",
    matches=(
        "Mark- och miljööverdomstolen (Svea hovrätt)",
        "Migrationsöverdomstolen (Kammarrätten i Stockholm)",
        "Mark- och miljödomstolen (Vänersborgs tingsrätt)",
        "Patent- och marknadsöverdomstolen (Svea hovrätt)",
    ),
    not_matches=(
        "Polisen (region Stockholm)",
        "Trafiknämnden (åtgärd 4 och 5)",
        "Mark- och miljödomstolen",
        "Polismyndigheten (Region Stockholm)",
        "Kulturnämnden (KN)",
        "Trafiknämnden (Samtliga åtgärder)",
        "Stadsbyggnadsnämnden (Yttrande senast 1 mars)",
        "Länsstyrelsen i Stockholms län (Enheten för kulturmiljö)",
    ),
    flags=0,
)


def _named_item(text: str, register: BoardRegister) -> list[Recipient]:
    """A list item under a referral's lead that names no board the register or the list reader knows: a body
    all the same when it is a short name ("nämnden för Trafik,", "Polisregion Stockholm och"), or a name and
    what it stands for after a dash ("PRO – Pensionärernas riksorganisation") or where it sits in brackets
    ("Mark- och miljööverdomstolen (Svea hovrätt)")."""
    name = _ITEM_END.sub("", text).strip()
    glossed = _GLOSSED.match(name) or _SEATED.match(name)
    halves = [glossed.group("name"), glossed.group("gloss")] if glossed else [name]
    if not all(NAME_LIKE.match(half) or BOARD_LIKE.match(half) for half in halves) or len(name.split()) > 8:
        return []
    return [resolve_name(name, register)]


# The bodies the list gives measure codes (in brackets, or in a request of their own), with their codes and the
# action their own request asks for (None: codes in brackets, asked for by a sentence of the memo, if any).
Coded = list[tuple[Recipient, list[str], str | None]]


def _listed_after(
    analysed: Sequence[Analysed], index: int, register: BoardRegister
) -> tuple[list[Recipient], list[Analysed], Coded]:
    """Recipients set as a list under a lead-in ("... remitterats till följande:", a "Remissinstanser" heading), its
    parts under sub-headings that name their group ("Facknämnder", "Bolag", "Övriga"), and the codes in brackets
    after a body ("Trafiknämnden (Å3, Å7)")."""
    recipients: list[Recipient] = []
    items: list[Analysed] = []
    coded: Coded = []
    districts = False
    for at, item in enumerate(analysed[index + 1 :], index + 1):
        own = _OWN_REQUEST.match(item.text.strip())  # "X – som särskilt ombeds …": the list's name, asked more
        if (
            item.block.kind == "list_item"
            and not own
            and labelled_recipients(item.text, 0, len(item.text), item.boards, register)
        ):
            break  # "Idrottsnämnden: åtgärderna D2.1–D2.4": a directive of its own, not a name of the list
        if item.block.kind == "heading" or _label_paragraph(item, analysed[at + 1] if at + 1 < len(analysed) else None):
            if not GROUP_LABEL.match(item.text.strip()):
                break
            districts = bool(_DISTRICTS.match(item.text.strip()))  # "Stadsdelsnämnder" over "Farsta", "Bromma"
            continue
        entries = _entries(item)
        stop = next((i for i, entry in enumerate(entries) if _LIST_STOP.match(entry)), None)
        if (found := _read_entries(entries[:stop], recipients, districts, register, coded)) is None:
            break
        recipients, districts = found
        items.append(item)
        if stop is not None:
            break
    return recipients, items, coded


def _label_paragraph(item: Analysed, after: Analysed | None) -> bool:
    """A line alone that labels the part of the list after it, as a ministry's remiss list sets "Kommuner" (or
    "Regioner", "Övriga remissinstanser") before the bodies of the group; a districts' label keeps its own reading
    (a place alone after it is its district, "Stadsdelsnämnderna" alone is the group). A group in the definite
    ("Facknämnderna", "Bolagen") is a label only over a list of names, else the list's entry (the whole group)."""
    text = item.text.strip()
    if item.block.kind != "paragraph" or not GROUP_LABEL.match(text) or _DISTRICTS.match(text):
        return False
    return not _DEFINITE_GROUP.search(text) or (after is not None and _names_a_list(after))


# A group named in the definite: "Facknämnderna", "Bolagen", "Kommunerna", "Övriga remissinstanserna".
_DEFINITE_GROUP = rule(
    "referral.definite_group",
    r"(?:na|en)$",
    matches=("Facknämnderna", "Bolagen", "Kommunerna", "Råden"),
    not_matches=("Kommuner", "Regioner", "Övriga remissinstanser", "Övriga", "Bolag"),
)


def _names_a_list(item: Analysed) -> bool:
    """Whether an item names several bodies: a list's item, or a paragraph of several names."""
    return item.block.kind == "list_item" or len(_entries(item)) > 1 or len(item.boards) > 1


# Where a list of remissinstanser ends: the sändlista's part of those who get the matter for information or a copy.
_LIST_STOP = rule(
    "referral.list_stop",
    r"^(?:för\s+(?:kännedom|information)|kopia\s+(?:till|för\s+kännedom)|för\s+kännedom\s+till|"
    r"beslutet\s+skickas\s+till|expedieras\s+till|delges)\b",
    matches=("För kännedom", "För kännedom:", "Kopia till", "För information"),
    not_matches=("Kulturnämnden", "Förskolenämnden"),
)


# A label over a part of the list ("Facknämnder:", "Stadsdelsnämnder:", "Övriga remissinstanser:"), and one (or a
# shared head) that names districts, after which a place alone is its district: "Stadsdelsnämnderna" / "Farsta".
_LIST_LABEL = rule(
    "referral.list_label",
    r"^(?:[\wåäöÅÄÖ-]+\s+){0,3}[\wåäöÅÄÖ-]+\s*:$",
    matches=("Facknämnder:", "Stadsdelsnämnder:", "Övriga remissinstanser:"),
    not_matches=("Ärendet har remitterats till följande:", "Kulturnämnden"),
)
_DISTRICTS = rule(
    "referral.districts",
    r"^(?:samtliga\s+|stadens\s+)?stadsdelsnämnd(?:er|erna)\b",
    matches=("Stadsdelsnämnder:", "Samtliga stadsdelsnämnder", "stadsdelsnämnderna"),
    not_matches=("Facknämnder:", "Farsta stadsdelsnämnd"),
)


# A footnote's mark after a body of the list, the footnote below saying what it alone is asked: "Kammarrätten i
# Sundsvall*", "Statskontoret**", "Boverket¹" (the mark is no part of the name).
_FOOTNOTE_MARK = rule(
    "referral.list_footnote_mark",
    r"(?<=[\wåäöÅÄÖ).])\s?(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹]+)(?=[\s,;.]*$)",
    matches=("Kammarrätten i Sundsvall*", "Statskontoret**", "Boverket¹", "Inspektionen för vård och omsorg (IVO)*,"),
    not_matches=("Kammarrätten i Sundsvall", "* Kammarrätten i Sundsvall ombeds endast yttra sig", "Region 2*3"),
    flags=0,
)


def _read_entries(
    entries: Sequence[str], recipients: list[Recipient], districts: bool, register: BoardRegister, coded: Coded
) -> tuple[list[Recipient], bool] | None:
    """The recipients with those of one item's entries, and whether a place alone is a district after them; None
    when an entry names no one (the list has ended). A body's codes in brackets go to ``coded``."""
    if not entries:
        return None
    recipients = list(recipients)
    label = False  # the last entry was the districts' group alone ("Stadsdelsnämnderna"): a label if places follow
    for entry, codes, action in (_entry_codes(_FOOTNOTE_MARK.sub("", entry)) for entry in entries):
        if _LIST_LABEL.match(entry):
            districts, label = bool(_DISTRICTS.match(entry)), False
            continue
        places = _districts_by_place(entry, register) if districts else []
        if places:
            if label:
                recipients.pop()  # "Stadsdelsnämnderna" over its places was their label, not the group
            recipients += places
            coded += [(body, codes, action) for body in places if codes]
            label = False
            continue
        if not (
            found := _whole_name(entry, read_board_list(entry, register), register) or _named_item(entry, register)
        ):
            return None
        recipients += found
        coded += [(body, codes, action) for body in found if codes]
        districts = bool(_DISTRICTS.match(entry))
        label = districts and len(found) == 1 and found[0].group
    return recipients, districts


# A word that joins a list's items, read alone (vocabulary.JOINT_WORDS): a piece of the entry that no name needs.
_JOINT = rule(
    "referral.list_joint_word",
    JOINT_WORDS,
    matches=("och", "samt", "respektive", "eller"),
    not_matches=("social", "mental"),
)
_WORD = rule("referral.list_word", r"[\wåäöÅÄÖ]+", matches=("Statens",), not_matches=(" – ",))


def _whole_name(entry: str, found: list[Recipient], register: BoardRegister) -> list[Recipient]:
    """An entry's bodies, or the entry as one name when reading it as a list of outside bodies drops a piece that
    is no name: a joint inside a name ("Statens beredning för medicinsk och social utvärdering", "Riksförbundet
    för social och mental hälsa (RSMH)"), not between two ("Kulturnämnden och idrottsnämnden"); so too an entry
    of two names and no joint where one is no body known ("Hyresgästföreningen Riksförbundet": the federation, not
    the association and a body "Riksförbundet")."""
    unjoined = len(found) >= 2 and not LIST_SEPARATORS.search(entry) and any(r.board_id is None for r in found)
    if not found or (any(r.board_id for r in found) and not unjoined):
        return found
    covered = {word.casefold() for r in found for word in _WORD.findall(r.name)}
    dropped = [w for w in _WORD.findall(entry) if w.casefold() not in covered and not _JOINT.fullmatch(w)]
    name = _ITEM_END.sub("", entry).strip()
    if not (dropped or unjoined) or not name[:1].isupper() or len(name.split()) > 8 or has_cue(name):
        return found
    return [resolve_name(name, register)]


# Measure codes in brackets after a body of the list: "Trafiknämnden (Å3, Å7)", "Kulturnämnden (åtgärd 4 och 5)",
# "Idrottsnämnden (2.1–2.3)"; a bracket of anything else stays the name's ("Statens väg- och transportforskningsinstitut
# (VTI)").
_BRACKET = rule(
    "referral.list_codes",
    r"\s*\((?P<inside>[^()]{1,80})\)[\s,;.]*$",
    matches=("Trafiknämnden (Å3, Å7)", "Kulturnämnden (åtgärd 4 och 5),", "Idrottsnämnden (2.1–2.3)"),
    not_matches=("Trafiknämnden", "Region Stockholm (trafikförvaltningen) och polisen"),
)
_NUMBERS_ONLY = rule(
    "referral.list_code_numbers",
    rf"^[A-ZÅÄÖ]?{MEASURE_NUMBER}(?:\s*(?:,|–|-|{AND}|{RESPEKTIVE})\s*[A-ZÅÄÖ]?{MEASURE_NUMBER})*$",
    matches=("4 och 5", "2.1–2.3", "3, 7", "Å3, Å7", "K3 respektive K4"),
    not_matches=("VTI", "trafikförvaltningen", "SL 2"),
    flags=0,
)


# An entry that asks its body something of its own after a dash or a comma: "Förvaltnings AB Framtiden – som
# särskilt ombeds redovisa hur åtgärderna 2:1 och 2:3 kan genomföras", "Trafiknämnden, som även ska yttra sig över
# åtgärd 4". Not a name with what it stands for ("PRO – Pensionärernas riksorganisation"), nor a sentence of its own.
_OWN_REQUEST = rule(
    "referral.list_own_request",
    r"^(?P<name>[^–,]{2,80}?)\s*(?:[–-]|,)\s+som\s+(?:särskilt\s+|även\s+|också\s+|dessutom\s+|därutöver\s+)?"
    r"(?:ombeds|ska|uppmanas|får\s+i\s+uppdrag\s+att)\s+(?P<ask>\S.*)$",
    matches=(
        "Förvaltnings AB Framtiden – som särskilt ombeds redovisa hur åtgärderna 2:1 och 2:3 kan genomföras",
        "Trafiknämnden, som även ska yttra sig över åtgärd 4",
        "Fastighetsnämnden - som ombeds redovisa sina förutsättningar att genomföra åtgärd 2.2",
    ),
    not_matches=(
        "PRO – Pensionärernas riksorganisation",
        "Trafiknämnden, som ansvarar för åtgärd 4",
        "Kulturnämnden ska yttra sig över åtgärd 4.",
    ),
)


def _entry_codes(entry: str) -> tuple[str, list[str], str | None]:
    """An entry's name, the measure codes it gives its body, and the action of a request of its own (None: the codes
    stand in brackets, "Trafiknämnden (Å3, Å7)")."""
    own = _OWN_REQUEST.match(entry.strip())
    if own is not None and (codes := find_codes(own.group("ask"))):
        action = "implementation" if IMPLEMENTATION.search(own.group("ask")) else "opinion"
        return own.group("name"), [c.code for c in codes], action
    if (on := _ON_MEASURES.match(entry.strip())) is not None and (codes := find_codes(on.group("codes"))):
        return on.group("name"), [c.code for c in codes], "opinion"
    return (*_bracketed_codes(entry), None)


# An entry under a lead that asks opinions, its bodies and the measures each is asked about: "Folkhälsomyndigheten
# och Socialstyrelsen på åtgärd 1–4,", "Region Skåne på åtgärderna 3, 9 och 12", "Trafikverket om förslag 5.2".
_ON_MEASURES = rule(
    "referral.list_on_measures",
    r"^(?P<name>[^\s,].{1,200}?)\s+(?:på|om|över|gällande|avseende)\s+"
    r"(?P<codes>(?:åtgärd(?:erna)?|förslag(?:en)?|punkt(?:erna)?)\s+\S.*?)[\s,;.]*$",
    matches=(
        "Folkhälsomyndigheten och Socialstyrelsen på åtgärd 1–4,",
        "Region Skåne på åtgärderna 3, 9 och 12",
        "Trafikverket om förslag 5.2",
    ),
    not_matches=("Kulturnämnden", "Trafiknämnden (Å3, Å7)", "Nämnden för vård på åtgärdsnivå"),
)


def _bracketed_codes(entry: str) -> tuple[str, list[str]]:
    """An entry without its codes in brackets, and the codes: "Trafiknämnden (Å3, Å7)" -> "Trafiknämnden", [Å3, Å7];
    bare numbers, or a letter and a number, are measures' codes in such a list ("(4 och 5)", "(Å3, Å7)")."""
    found = _BRACKET.search(entry)
    if found is None:
        return entry, []
    inside = found.group("inside").strip()
    codes = find_codes(inside) or (find_codes(f"åtgärderna {inside}") if _NUMBERS_ONLY.match(inside) else [])
    return (entry[: found.start()], [c.code for c in codes]) if codes else (entry, [])


def _districts_by_place(entry: str, register: BoardRegister) -> list[Recipient]:
    """The district boards an entry names by their places alone ("Farsta", "Farsta och Bromma"); none when a piece
    is no district's place."""
    places = register.places("district_committee")
    ids = [places.get(piece.strip(" ,;.").lower()) for piece in LIST_SEPARATORS.split(entry)]
    if not ids or None in ids:
        return []
    return [Recipient(name=register[i].name, board_id=i, kind=register[i].kind) for i in ids if i is not None]


def _entries(item: Analysed) -> list[str]:
    """The entries of a list under a lead: a list item's text, or the lines of a paragraph (or of a table row's cells,
    a column each) that is names only, one a line or numbered, as a missive sets its remissinstanser (short lines,
    no sentence's full stop); none for anything else."""
    text = item.text.strip()
    if item.block.kind == "list_item" and (merged := merged_entries(_lines(item))):
        lines = merged  # an item the reader read on into the later items, numbered "10.Boverket"
    elif item.block.kind == "list_item":  # not a directive that names its bodies ("A yttrar sig över X.")
        if _OWN_REQUEST.match(text) and len(text) <= 250:
            return [text]  # "Förvaltnings AB Framtiden – som särskilt ombeds redovisa hur åtgärderna 2:1 …"
        if len(text) > 150 or has_cue(text):
            return []
        label, colon, rest = text.partition(": ")  # "Facknämnder: kulturnämnden och idrottsnämnden"
        return [f"{label}:", rest] if colon and _LIST_LABEL.match(f"{label}:") else [text]
    elif item.block.kind == "table_row":  # columns of one list the reader made one row of, a column a cell
        lines = row_entries(item.block)
    elif item.block.kind == "paragraph":
        lines = joined_entries(_lines(item))
    else:
        return []
    names_only = all(
        len(line.split()) <= 8
        and (not line.endswith((".", "!", "?", ":")) or _LIST_LABEL.match(line))
        and not has_cue(line)  # a lead: "Kontoret föreslår att X remitteras till"
        for line in lines
    )
    return lines if names_only else _running_names(text)


def _running_names(text: str) -> list[str]:
    """The names of a paragraph that lists them in running text, as a ministry's remiss list sets its
    municipalities under "Kommuner": "Bjurholms kommun, Dorotea kommun, … och Övertorneå kommun." Three names or
    more, each short and capitalised, and nothing else (no sentence: "Svaren ska ha kommit in …")."""
    if has_cue(text):
        return []
    pieces = [piece.strip() for piece in LIST_SEPARATORS.split(text.rstrip(" .")) if piece.strip()]
    named = len(pieces) >= 3 and all(len(p.split()) <= 6 and p[:1].isupper() for p in pieces)
    return pieces if named else []


def _lines(item: Analysed) -> list[tuple[str, bool]]:
    """A paragraph's lines, each with whether it is glued to the one before (a word hyphenated over the line end,
    "transport-" / "forskningsinstitut", is one word in the block's text)."""
    text = item.block.text
    spans = item.block.lines
    if not spans:
        return [(item.text.strip(), False)]
    return [
        (
            text[span.start : span.end].strip(),
            i > 0 and spans[i - 1].end == span.start and not text[span.start - 1].isspace(),
        )
        for i, span in enumerate(spans)
    ]


# A sentence that asks the bodies the list gives codes to report on carrying those measures out: "De nämnder som i
# förteckningen nedan har ett eller flera åtgärdsnummer inom parentes ska därutöver redovisa sina förutsättningar för
# att genomföra de angivna åtgärderna".
_CODES_ASKED = rule(
    "referral.list_codes_asked",
    r"\binom\s+parentes\b|\båtgärdsnummer\w*|\b(?:de\s+)?angivna\s+åtgärd\w*|"
    r"\b(?:åtgärder\w*|koder\w*|nummer)\s+(?:som\s+)?(?:anges|står|angetts)\s+(?:efter|vid|bredvid)\b",
    matches=(
        "De nämnder som i förteckningen har ett eller flera åtgärdsnummer inom parentes ska därutöver redovisa",
        "ska även redovisa sina förutsättningar att genomföra de angivna åtgärderna",
        "redovisa förutsättningarna för att genomföra de åtgärder som anges efter nämndens namn",
    ),
    not_matches=("Samtliga remissinstanser ges tillfälle att yttra sig över handlingsplanen.",),
)


def _codes_asked(analysed: Sequence[Analysed]) -> bool:
    """Whether the document asks the list's bodies with codes to report on carrying them out."""
    return any(
        IMPLEMENTATION.search(sentence.text) and _CODES_ASKED.search(sentence.text)
        for item in analysed
        if item.block.kind in ("paragraph", "list_item")
        for sentence in item.sentences()
    )


def list_referral(
    lead: Analysed,
    sentence: Sentence | None,
    reports: Reports,
    analysed: Sequence[Analysed],
    register: BoardRegister,
) -> list[Referral]:
    """The referral a list under a lead states; with codes in brackets after some of its bodies and a sentence that
    asks for them, one implementation referral more for each set of codes ("Trafiknämnden (Å3, Å7)")."""
    recipients, items, coded = _listed_after(analysed, lead.index, register)
    if not recipients:
        return []
    text = sentence.text if sentence else lead.text
    start, end = (sentence.start, sentence.end) if sentence else (0, len(lead.text))
    titles = [s for s in reports.spans if s.block == lead.index]
    boxes = union_per_page(lead.block.locate(start, end) + [box for item in items for box in item.block.boxes])
    referral = Referral(
        report_title=report_title(lead, sentence or Sentence(start, end, text), titles, reports),
        action="implementation" if IMPLEMENTATION.search(text) else "opinion",
        scope="report",
        recipients=recipients,
        text=" ".join([text, *(f"– {item.text}" for item in items)]),
        page=boxes[0].page,
        bbox=boxes[0].bbox,
        boxes=boxes,
    )
    if referral.action != "opinion" or not coded:
        return [referral]
    every = len(coded) == len(recipients) and all(action == "opinion" for _, _, action in coded)
    asked = _codes_asked(analysed)
    by_codes: dict[tuple[str, tuple[str, ...]], list[Recipient]] = {}
    for body, codes, action in coded:
        if action is not None or asked:
            by_codes.setdefault((action or "implementation", tuple(codes)), []).append(body)
    # every body asked about measures of its own ("Särskilt önskas synpunkter från" / "A på åtgärd 1–4" / "B på
    # åtgärd 5–8"): the list asks nothing of the whole report
    return [referral] * (not every) + [
        referral.model_copy(
            update={
                "action": action,
                "scope": "measures",
                "measure_codes": list(codes),
                "recipients": bodies,
                "text": f"{text} – {', '.join(b.name for b in bodies)} ({', '.join(codes)})",
            }
        )
        for (action, codes), bodies in by_codes.items()
    ]
