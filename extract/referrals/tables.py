"""Referrals set out as a table: "Remissinstans | Rapport | Synpunkter på | Svar senast", a row each."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from atgard.extract.analysis import Analysed, located_at
from atgard.extract.boards import BoardRegister
from atgard.extract.codes import find_codes
from atgard.extract.incoming import matter_title
from atgard.extract.mentions import read_board_list
from atgard.extract.read.text import join_lines
from atgard.extract.referrals.common import IMPLEMENTATION, PRIMARY, default_report, named_by_noun, titles_by_noun
from atgard.extract.reports import Reports, TitleSpan, without_series_number
from atgard.extract.rules import rule
from atgard.extract.vocabulary import AND, CONJUNCTION, MEASURE_AREA, MEASURE_NUMBER, MEASURE_WORD, OCH, RESPEKTIVE
from atgard.schema.contract import Referral
from atgard.schema.keys import title_key
from atgard.schema.read import union_per_page

# A referral table's header row: which column holds the recipients, the report, what to answer on, the date.
_TABLE_COLUMNS = {
    "recipients": rule(
        "referral.table.recipients",
        rf"^(?:remissinstans(?:er)?|mottagare|instans(?:er)?|nämnd(?:er)?(?:\s+{OCH}\s+bolag\w*)?)$",
        matches=("Remissinstans", "Nämnder och bolagsstyrelser"),
        not_matches=("Rapport",),
        explains_cue=True,  # the header row of a table whose rows are the referrals
    ),
    "report": rule(
        "referral.table.report",
        r"^(?:rapport(?:er)?|remiss(?:en)?|ärende|underlag|betänkande)$",
        matches=("Rapport", "Ärende"),
        not_matches=("Remissinstans",),
    ),
    "scope": rule(
        "referral.table.scope",
        r"^(?:synpunkter\s+på|avser|omfattning|avgränsning|yttrande\s+över|uppdrag|remissen\s+(?:avser|gäller)"
        r"|svarar\s+på|svaret\s+avser|yttrar\s+sig\s+(?:över|om)"
        rf"|(?:avsnitt|delar?)(?:\s*(?:/|,|{OCH})\s*åtgärd(?:er)?)?|åtgärd(?:er)?\s*(?:/|,|{OCH})\s*avsnitt"
        # the matter and the part of it in one header: "Ärende/avsnitt", "Ärende och del"
        rf"|ärende\s*(?:/|,|{OCH})\s*(?:avsnitt|del(?:ar)?|kapitel|åtgärd(?:er)?))$",
        matches=(
            "Synpunkter på",
            "Avser",
            "Avgränsning",
            "Remissen gäller",
            "Avsnitt/åtgärder",
            "Avsnitt / åtgärder",
            "Avsnitt och åtgärder",
            "Åtgärder/avsnitt",
            "Delar",
            "Svarar på",
            "Svaret avser",
            "Yttrar sig över",
            "Ärende/avsnitt",
            "Ärende och del",
        ),
        # an answers table's "Remissinstans | Inkom | Svar på", a table of responsibilities' "Svarar för"
        not_matches=("Svar senast", "Svarar senast", "Svarsdatum", "Svar på", "Svarar för", "Svar på fråga"),
    ),
    # The date answers are due (read from the row's text, `dates.with_reply_dates`).
    "reply_by": rule(
        "referral.table.reply_by",
        r"^(?:svar\s+senast|senast|sista\s+svarsdag(?:en)?|svarsdatum|svarsdag|datum\s+för\s+svar|remisstid(?:en)?|"
        r"svar\s+(?:till|åter)\s+\w+\s+senast)$",
        matches=("Svar senast", "Sista svarsdag", "Svarsdatum", "Remisstid", "Svar till KS senast"),
        not_matches=("Rapport", "Datum för beslut", "Svar", "Inkom", "Svar senast 2027-10-15"),
    ),
    # The board that prepares the answer, in a list of incoming remisser ("Remiss | Avsändare | Ansvarig nämnd |
    # Svar senast"): the recipients only beside a remiss column and a reply date (a measure table's "Åtgärd |
    # Ansvarig nämnd" names who carries a measure out).
    "answering": rule(
        "referral.table.answering_board",
        r"^(?:ansvarig|ansvariga|beredande|handläggande|svarande)\s+(?:nämnd(?:er)?|instans(?:er)?)"
        r"(?:\s*(?:/|,|och|eller)\s*bolag)?$",
        matches=("Ansvarig nämnd", "Beredande nämnd", "Ansvariga nämnder", "Ansvarig nämnd/bolag", "Svarande instans"),
        not_matches=("Ansvar", "Ansvarig förvaltning", "Nämnd"),
    ),
    # Whom to write to at each body, in a remiss list of two columns ("Remissinstans | Kontaktperson"): it tells
    # nothing of what is asked, only that the rows are the list's recipients.
    "contact": rule(
        "referral.table.contact",
        r"^(?:kontakt(?:person(?:er)?|uppgifter)?|e-?post(?:adress)?|funktionsbrevlåda|adress|mottagaradress)$",
        matches=("Kontaktperson", "Kontakt", "E-post", "E-postadress", "Kontaktuppgifter"),
        not_matches=("Kontaktperson hos Naturvårdsverket är X", "Remissinstans"),
    ),
    # The measures a recipient answers for, by number: "1, 2 och 4", "5–7", "A1.2, A1.3".
    "measures": rule(
        "referral.table.measures",
        r"^(?:åtgärd(?:er|erna)?|åtgärdsnummer|åtgärder\s+att\s+redovisa)$",
        matches=("Åtgärder", "Åtgärd", "Åtgärdsnummer"),
        not_matches=("Åtgärdens innehåll",),
    ),
}
# A word broken over two lines of a cell, and a board word's end: "exploateringsnämn" / "den".
_WORD_BREAK = rule("referral.table.word_break", r"(\w+)\n(\w+)", matches=("exploateringsnämn\nden",), flags=0)
_BOARD_WORD_END = rule(
    "referral.table.board_word_end",
    r"nämnd(?:en|er|erna)?$",
    matches=("exploateringsnämnden", "stadsdelsnämnd"),
    not_matches=("nämndens", "exploateringsnämn"),
    flags=0,
)


# A row that sends the report only for the body's information: "För kännedom" where the row would say what to answer
# on ("Socialnämnden | För kännedom | –"). The body is told, not asked: no referral.
_FOR_NOTICE = rule(
    "referral.table.for_notice",
    r"^(?:endast\s+|enbart\s+)?(?:för\s+|till\s+)?(?:kännedom|information)\.?$",
    matches=("För kännedom", "Endast för kännedom", "för information", "Kännedom", "Till kännedom"),
    not_matches=("Hela rapporten", "Förslag 3 och 4", "Information om förslag 2"),
)


def _mend_broken_words(cell: str) -> str:
    r"""Board names broken in a narrow cell without a hyphen: "exploateringsnämn" / "den" -> one word.

    >>> _mend_broken_words("Trafiknämnden,\nexploateringsnämn\nden,\nstadsbyggnadsnäm\nnden")
    'Trafiknämnden,\nexploateringsnämnden,\nstadsbyggnadsnämnden'
    >>> _mend_broken_words("Rinkeby-Kista\nstadsdelsnämnd")
    'Rinkeby-Kista\nstadsdelsnämnd'
    """

    def mend(found: re.Match[str]) -> str:
        left, right = found.group(1), found.group(2)
        broken = _BOARD_WORD_END.search(left + right) and not _BOARD_WORD_END.search(right) and right.islower()
        return left + right if broken else found.group(0)

    return _WORD_BREAK.sub(mend, cell)


def _table_header(cells: Sequence[str]) -> dict[str, int] | None:
    found = {
        column: i for column, pattern in _TABLE_COLUMNS.items() for i, text in enumerate(cells) if pattern.match(text)
    }
    answering = found.pop("answering", None)
    if answering is not None and "recipients" not in found and {"report", "reply_by"} <= found.keys():
        found["recipients"] = answering  # an incoming remiss's board, its answer due by the row's date
    return found if "recipients" in found and len(found) >= 2 else None


_UNFINISHED_CELL = rule(
    "referral.table.unfinished_cell",
    rf"(?:,|\b(?:{CONJUNCTION}|till|på|av)|\s[–-])\s*$",
    matches=("AB Svenska Bostäder,", "Kulturnämnden och", "Idrottsnämnden samt", "Lokal samverkan mot otrygghet –"),
    not_matches=("Hela rapporten", "2017-09-30", "Rinkeby-Kista stadsdelsnämnd"),
)


def carries_over(above: Sequence[str], below: Sequence[str]) -> bool:
    """The first row of a page holds the rest of the last row before the page break (a row split by the break).

    The rest fills some of the columns but not all those the row filled above (a short cell, as the date,
    fitted before the break) and none the row left empty; and one of its cells goes on mid-phrase: it starts
    in lower case, or the cell above it ends in a comma, a conjunction ("och", "samt"), a preposition or a dash.

    >>> carries_over(["AB Svenska Bostäder, AB", "Lokal samverkan mot otrygghet –", "Förutsättningar att", "2027"],
    ...              ["Familjebostäder, AB Stockholmshem", "erfarenheter från", "åtgärderna D1.2", ""])
    True
    >>> carries_over(["Kulturnämnden", "Rapport A", "Hela rapporten", "2017-09-30"],
    ...              ["Idrottsnämnden", "Rapport B", "åtgärd C3.2", "2017-10-31"])
    False
    """
    if len(above) != len(below):
        return False
    pairs = [(a.strip(), b.strip()) for a, b in zip(above, below, strict=True)]
    if not any(b for _, b in pairs) or any(b and not a for a, b in pairs) or all(b for a, b in pairs if a):
        return False
    return any(b[:1].islower() or _UNFINISHED_CELL.search(a) for a, b in pairs if a and b)


@dataclass
class _Row:
    """A table row as referrals read it: its cells' texts and where it stands (over a page break, two pieces)."""

    cells: list[str]
    items: list[Analysed]

    def carried_over(self, rest: Analysed) -> _Row:
        cells = [
            f"{a}\n{b}" if a.strip() and b.strip() else a or b for a, b in zip(self.cells, _cells(rest), strict=True)
        ]
        return _Row(cells, [*self.items, rest])

    def located(self) -> dict[str, object]:
        if len(self.items) == 1:
            return self.items[0].located()
        return located_at(union_per_page([box for item in self.items for box in item.block.boxes]))


def _cells(item: Analysed) -> list[str]:
    return [cell.text for cell in item.block.cells]


# Text before a table that says what its rows with measures' numbers ask, pointing at the table (or annex) from
# anywhere before it: "Instanser som har åtgärdsnummer angivna i kolumnen "Åtgärder" ska redovisa sina förutsättningar
# att genomföra just de åtgärderna", "Nämnder med åtgärder angivna i förteckningen i bilaga 1 ska …".
_POINTS_AT_TABLE = rule(
    "referral.table.pointed_at",
    r"\b(?:kolumn(?:en|erna)?|förteckning(?:en)?|tabell(?:en)?|(?:remiss|sänd)?listan|bilaga\s+\d+|bilagan)\b",
    matches=(
        'angivna i kolumnen "Åtgärder" ska',
        "enligt förteckningen i bilaga 1",
        "i tabellen nedan",
        "Den som i listan nedan anges för en eller flera enskilda åtgärder",
        "de som i remisslistan anges för enskilda åtgärder",
    ),
    not_matches=("enligt följande", "i programmet", "listar åtgärderna", "listans"),
)


# A plan's stage document named before its title in a list's cell: "Samrådshandling Översiktsplan 2045 för X",
# "Granskningshandling: Detaljplan för Y". The report is the plan.
_STAGE_DOCUMENT = rule(
    "referral.table.stage_document",
    r"^(?i:samråds|gransknings|utställnings|remiss)(?:handling|version|underlag)(?:en)?\s*[:–-]?\s+(?=[A-ZÅÄÖ])",
    matches=("Samrådshandling Översiktsplan 2045 för Hallstahammars kommun", "Granskningshandling: Detaljplan för Y"),
    not_matches=("Samrådshandlingen visar att", "Remiss av X", "Samråd om förslag till X"),
    flags=0,
)


# A "what it answers on" cell that only names measures, saying nothing of what to answer: "Åtgärd 4, 7 och 9",
# "Åtgärderna 2.1–2.3", "Förslag 3 respektive 5". Under text pointing at the table that asks the bodies listed for
# single measures how they can carry them out, such a row asks that; "Hela förslaget" or "Synpunkter på åtgärd 3"
# asks an opinion.
_CODE = rf"{MEASURE_AREA}?{MEASURE_NUMBER}"
_MEASURES_ONLY = rule(
    "referral.table.measures_only",
    rf"^(?:endast\s+|enbart\s+)?(?:{MEASURE_WORD})\s+{_CODE}"
    rf"(?:(?:\s*[,–-]\s*|\s+(?:{AND}|{RESPEKTIVE})\s+){_CODE})*\.?$",
    matches=(
        "Åtgärd 4, 7 och 9",
        "Åtgärd 11",
        "åtgärderna 2.1–2.3",
        "Förslag 3 respektive 5",
        "Endast åtgärd B2 samt B4",
    ),
    not_matches=("Hela förslaget", "Synpunkter på åtgärd 3", "Åtgärd 4 och kapitel 2", "Åtgärdsplanen"),
)


def report_cell_title(cell: str) -> str:
    """The report a table's report column names, without its frame, stage document and series number.

    >>> report_cell_title("Samråd om förslag till vattenplan för Norra Östersjöns vattendistrikt 2028–2033")
    'Vattenplan för Norra Östersjöns vattendistrikt 2028–2033'
    >>> report_cell_title("Samrådshandling Översiktsplan 2045 för Hallstahammars kommun")
    'Översiktsplan 2045 för Hallstahammars kommun'
    >>> report_cell_title("Fritid för alla unga – ett sammanhållet ansvar (SOU 2027:9)"), report_cell_title("")
    ('Fritid för alla unga – ett sammanhållet ansvar', '')
    """
    title = _STAGE_DOCUMENT.sub("", without_series_number(cell)[0].strip())
    titled = matter_title(title) if title else None
    return titled[1] if titled is not None else title


def _cell_report(cell: str, reports: Reports) -> str | None:
    """The report a cell names that the document's reports do not hold as written: "Samråd om förslag till X"."""
    titled = report_cell_title(cell)
    return reports.title_for(titled) or titled or None


@dataclass(frozen=True)
class _Lead:
    """What the text before a table says of its rows: whether it asks how measures can be carried out (which each
    row asks unless a column says so row by row, "Synpunkter på"); whether text pointing at the table asks it of
    the rows that name measures in a column of their numbers; the report it sends by the table, if it names one
    ("Slutrapporten remitteras därför enligt tabellen nedan", the rows naming none)."""

    implementing: bool = False
    pointed: bool = False
    report: str | None = None


def _lead_report(item: Analysed, spans: Sequence[TitleSpan], reports: Reports, nouns: dict[str, str]) -> str | None:
    """The one report a paragraph that points at the table below names: by its title (in italics or as written),
    or by the noun the text gave the title before ("slutrapporten" of "slutrapporten Staden efter midnatt"); None
    if it names none or two."""
    named = {title for span in spans if (title := reports.title_for(span.text))}
    folded = title_key(item.text)
    named |= {title for title in set(reports.canonical.values()) if title_key(title) in folded}
    named |= set(named_by_noun(item.text, nouns))
    if len(named) != 1 or not (item.text.rstrip().endswith(":") or _POINTS_AT_TABLE.search(item.text)):
        return None
    return named.pop()


def _table_referral(
    row: _Row, columns: dict[str, int], reports: Reports, register: BoardRegister, lead: _Lead
) -> Referral | None:
    """One row's referral, read under what the text before the table says of its rows (``lead``)."""
    cells = row.cells
    if max(columns.values()) >= len(cells):
        return None
    names = _mend_broken_words(cells[columns["recipients"]])
    recipients = read_board_list(join_lines(names.splitlines()), register)
    if not recipients:
        return None

    def column(name: str) -> str:
        return join_lines(cells[columns[name]].splitlines()) if name in columns else ""

    report, scope = column("report"), column("scope")
    if any(_FOR_NOTICE.match(text.strip()) for text in (report, scope, column("measures"))):
        return None  # "Socialnämnden | För kännedom | –"
    numbered = f"åtgärderna {column('measures')}" if column("measures") else ""  # its header names the numbers
    codes = list(dict.fromkeys(c.code for c in [*find_codes(scope), *find_codes(numbered)]))
    named = reports.title_for(report) or _cell_report(report, reports)
    return Referral(
        report_title=named or lead.report or default_report(reports),
        action="implementation"
        if IMPLEMENTATION.search(scope)
        or (lead.implementing and "scope" not in columns)
        or (lead.pointed and codes and "measures" in columns and "scope" not in columns)
        or (lead.pointed and codes and bool(_MEASURES_ONLY.match(scope)))
        else "opinion",
        scope="measures" if codes else "report",
        measure_codes=codes,
        recipients=recipients,
        priority="primary" if PRIMARY.search(scope) else None,
        text=" | ".join(join_lines(cell.splitlines()) for cell in cells),
        **row.located(),
    )


def _asked_alike(row: Referral, other: Referral, columns: dict[str, int]) -> bool:
    """Two rows that ask the same of their bodies: the same report, action, measures and date, so one referral to
    the bodies of both ("Plan- och byggnadsnämnden | Hela programmet | 2026-04-30", "Miljönämnden | Hela
    programmet | 2026-04-30"); a contact person's column, or a section that is no measure ("Avsnitt 4"), does not
    tell them apart."""
    cells, others = row.text.split(" | "), other.text.split(" | ")
    if len(cells) != len(others):
        return False
    due = columns.get("reply_by")
    same = (row.report_title, row.action, row.measure_codes, row.priority)
    return same == (other.report_title, other.action, other.measure_codes, other.priority) and (
        due is None or cells[due] == others[due]
    )


def _joined(referrals: list[Referral], columns: list[dict[str, int]]) -> list[Referral]:
    """The rows of one table that ask the same, as one referral to all their bodies, where the first stands."""
    kept: list[tuple[Referral, dict[str, int]]] = []
    for referral, header in zip(referrals, columns, strict=True):
        alike = next((i for i, (k, h) in enumerate(kept) if h is header and _asked_alike(referral, k, header)), None)
        if alike is None:
            kept.append((referral, header))
            continue
        first = kept[alike][0]
        names = {r.name for r in first.recipients}
        more = [r for r in referral.recipients if r.name not in names]
        boxes = union_per_page([*first.boxes, *referral.boxes])
        update = {"recipients": [*first.recipients, *more], "boxes": boxes}
        kept[alike] = (first.model_copy(update=update), header)
    return [referral for referral, _ in kept]


def table_referrals(analysed: Sequence[Analysed], reports: Reports, register: BoardRegister) -> list[Referral]:
    """Referrals set out as a table: "Remissinstans | Rapport | Synpunkter på | Svar senast", a row each, the rows
    that ask the same of their bodies joined.

    A row split by a page break is read as one: the first row of the next page (after a repeated header)
    that :func:`carries_over` the last row before the break completes it.
    """
    referrals: list[Referral] = []
    headers: list[dict[str, int]] = []  # the header each referral's row stands under
    columns: dict[str, int] | None = None
    last: tuple[_Row, int | None] | None = None  # the row above and the index of its referral
    lead = _Lead()  # what the text before the table says of its rows
    before: Analysed | None = None  # the paragraph before it
    nouns = titles_by_noun(analysed, reports)
    spans: dict[int, list[TitleSpan]] = {}
    for span in reports.spans:
        spans.setdefault(span.block, []).append(span)
    for item in analysed:
        if item.block.kind != "table_row":
            if columns is not None:  # the text before a table leads into it, not into a later one
                lead = _Lead()
            columns, last = None, None
            if item.block.kind == "paragraph":
                implementing = bool(IMPLEMENTATION.search(item.text))
                pointed = lead.pointed or bool(implementing and _POINTS_AT_TABLE.search(item.text))
                lead, before = _Lead(implementing, pointed), item
            continue
        header = _table_header([join_lines(cell.text.splitlines()) for cell in item.block.cells])
        if header is not None:
            if columns is None and before is not None:
                lead = replace(lead, report=_lead_report(before, spans.get(before.index, []), reports, nouns))
            columns = header
            continue
        if columns is None:
            continue
        row, index = _Row(_cells(item), [item]), None
        if (
            last is not None
            and item.block.page > last[0].items[-1].block.page
            and carries_over(last[0].cells, row.cells)
        ):
            row, index = last[0].carried_over(item), last[1]
        if (referral := _table_referral(row, columns, reports, register, lead)) is not None:
            if index is None:
                referrals.append(referral)
                headers.append(columns)
                index = len(referrals) - 1
            else:
                referrals[index] = referral
        last = (row, index)
    return _joined(referrals, headers)


# The column of the date answers are due, also for an agenda's table of incoming remisser
# (extract/referrals/incoming_table.py).
REPLY_BY_COLUMN = _TABLE_COLUMNS["reply_by"]
