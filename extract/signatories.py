"""Signatories: the names a document is signed with, and their titles.

Names with titles set side by side ("Ingela Lindh / Stadsdirektör | ..."), a name over a title in
rows or lines of their own, a protocol's labels over its names ("Sekreterare | Ordförande | Justerare"
then the names), a name after a protocol's signing formula ("Vid protokollet Maria Sund"), or an
answer decided under delegation that names who decided and who presented it ("Beslut i detta ärende
har fattats av generaldirektören X. Föredragande har varit utredaren Y."): those who only took part
("I den slutliga handläggningen har även Z deltagit") do not sign.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from atgard.extract.addressee import BOX_LABEL
from atgard.extract.analysis import Analysed
from atgard.extract.delegated_signing import DELEGATED as DELEGATED  # decisions.py reads it here
from atgard.extract.delegated_signing import delegated_signatories
from atgard.extract.presenter_columns import presenter_rows
from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.extract.signing_log import NAME_SUFFIX, signing_log
from atgard.extract.vocabulary import ISO_DATE, POST_BOX, POSTAL_CODE, YEARS
from atgard.schema import Block, PageBox
from atgard.schema.contract import Signatory
from atgard.schema.read import union_per_page

# A person's name: two to four capitalised words, perhaps with "af", "von" or "de" before the last.
_PERSON = rule(
    "signatory.person",
    r"^[A-ZÅÄÖÉ][\wåäöéü'-]+(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖÉ][\wåäöéü'-]+){1,3}$",
    matches=("Ingela Lindh", "Helena Forsberg", "Carl af Ekström", "Anna-Karin Berg Lund"),
    not_matches=("Verkställande direktör", "Eva", "ingela lindh"),
    flags=0,
)
# A signatory's title: "Verkställande direktör", "Förvaltningschef", "Ordförande", "Justerare".
# The Government Offices' titles end in "-råd" ("Ämnesråd", "Kansliråd", "Departementsråd"); an office's staff
# sign as "Utredare", "Strateg", "Controller", "Jurist".
_TITLE_WORD = rule(
    "signatory.title_word",
    r"\b\w*(?:direktör|chef|ordförande|sekreterare|justerare|borgarråd|kommunalråd|handläggare|utredare|"
    r"strateg|controller|jurist|rådgivare|samordnare|planerare|projektledare|analytiker|sakkunnig|expert|specialist)\b|"
    r"^vd$|^(?:ämnes|kansli|departements|regerings|stats|region)råd$",
    matches=(
        "Verkställande direktör",
        "Förvaltningschef",
        "Ordförande",
        "Justerare",
        "VD",
        "Ämnesråd",
        "Kansliråd",
        "Utredare",
        "Planeringsstrateg",
        "Samhällsplanerare",
        "Projektledare",
        "sakkunnig natur och planering",  # an association's expert, in lower case
        "Politiskt sakkunnig",
        "Miljöexpert",
    ),
    not_matches=(
        "Stadsledningskontoret",
        "Avdelningen för trafik",
        "Kommunalrådsberedningen",
        "Pensionärsråd",
        "Sakkunnigas utlåtande",
        "Expertgruppen",
    ),
)
# A protocol's signature labels, alone in a cell or a line.
_SIGNING_LABEL = rule(
    "signatory.signing_label",
    r"^(?:ordförande|vice\s+ordförande|justerare|justerande|sekreterare|nämndsekreterare|kommunsekreterare|"
    r"protokollförare|ordförandens\s+sign\w*|justerandes\s+sign\w*)\s*:?$",
    matches=("Ordförande", "Justerare", "Justerande", "Sekreterare", "Justerandes signatur"),
    not_matches=("Anders Öhrn", "Ordförande Eva Ek"),
)
# A protocol's signing formulas, the name (and title) after them in one block.
_SIGNING_FORMULA = rule(
    "signatory.after_formula",
    r"^(?i:vid\s+protokollet|justeras|justerare|justerande|ordförande|sekreterare|(?:justerandes|ordförandens)\s+"
    r"sign\w*)\s*:?[\s._…]+"
    r"(?P<name>[A-ZÅÄÖÉ][\wåäöéü'-]+(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖÉ][\wåäöéü'-]+){1,3})"
    r"(?:\s*,?\s+(?P<title>[\wåäöÅÄÖé -]{3,40}?))?\s*$",
    matches=(
        "Vid protokollet Maria Sund sekreterare",
        "Justeras: Lars Nilsson",
        "Ordförande Eva Ek",
        "Sekreterare ……………………… Malin Rosén",
        "Justerandes signatur: Per Holm",
    ),
    not_matches=("Vid protokollet fördes anteckningar", "Justeras: lars nilsson"),
    flags=0,
    explains_cue=True,
)


# A protocol's signing formula alone on its line, the name on the next: "Vid protokollet" / "Louise Brandt".
_LONE_FORMULA = rule(
    "signatory.lone_formula",
    r"^(?:vid\s+protokollet|justeras|justerande|ordförande|sekreterare|justerare|protokollförare)\s*:?$",
    matches=("Vid protokollet", "Justeras:", "Sekreterare"),
    not_matches=("Vid protokollet Maria Sund", "Justerat den 1 oktober 2026"),
    explains_cue=True,
)
# The label that opens the line under such a name: "Sekreterare", also when a page break ran the next line on.
_LEADING_LABEL = rule(
    "signatory.leading_label",
    r"^(?P<label>ordförande|vice\s+ordförande|justerare|sekreterare|nämndsekreterare|protokollförare)\b",
    matches=("Sekreterare Justerat den 1 oktober 2026", "Ordförande"),
    not_matches=("Sara Bergqvist",),
)
# Words that make two capitalised words an organisation's name, never a person's: "Stockholms Stadshus",
# "Skolfastigheter AB", "Region Gotland", "Malmö Stad", "Kulturnämnden".
_ORGANISATION_WORD = rule(
    "signatory.organisation_word",
    r"^(?:ab|stad|stads|stadshus|kommun|kommuns|region|regionen|landsting)$|"
    r"(?:nämnd|nämnden|styrelse|styrelsen|kontor|kontoret|förvaltning|förvaltningen|departementet|verket|"
    r"myndigheten|bolag|bolaget|förening|föreningen|föreningars|föreningarnas|organisation|organisationen|"
    r"förbund|förbundet|stadshus)$",
    matches=(
        "AB",
        "Stadshus",
        "Kommun",
        "Region",
        "Kulturnämnden",
        "Stadsledningskontoret",
        "Trafikverket",
        "Samorganisation",
        "Idrottsföreningars",
        "Riksidrottsförbundet",
    ),
    not_matches=("Hallgren", "Strandberg", "Brandt", "Stadler"),
)
# The formula a board's signatures stand under, at the end of its block (after the place and date):
# "På kommunstyrelsens vägnar:", "På styrelsens vägnar", "På Stockholms stads vägnar".
_ON_BEHALF = rule(
    "signatory.on_behalf",
    r"\bpå\s+(?:[\wåäöÅÄÖ-]+\s+){0,3}?[\wåäöÅÄÖ-]+s\s+vägnar\s*:?\s*$",
    matches=(
        "Stockholm den 18 mars 2026 På kommunstyrelsens vägnar:",
        "På styrelsens vägnar",
        "På Stockholms stads vägnar:",
    ),
    not_matches=("Yttrandet har på kommunstyrelsens vägnar beslutats av ordföranden.", "Kommunstyrelsens vägnar"),
    explains_cue=True,
)
# A label of a meeting's facts, one a line in a column of labels, which two lines of a name never are.
_FACT_LABEL = rule(
    "signatory.fact_label",
    r"^(?:tid|plats|datum|lokal|paragrafer|justering|beslutande|närvarande|ärende|dnr|handläggare|till|mottagare|"
    r"kontaktperson|telefon|e-post)\s*:?$",
    matches=("Tid", "Plats", "Datum:", "Paragrafer", "Handläggare"),
    not_matches=("Bergkvist", "Lars-Olof"),
)
# A handwritten signature over the typed name, as a scan's OCR or a drawn text layer reads it: a word or two in
# capitals, strokes, initials ("NINA", "SNÄV", "~//~", "A.-K. S"), or a short scrap ("Jw"); no name, no title.
_SCRAWL = rule(
    "signatory.scrawl",
    r"^(?:[^a-zåäöéü\s]{1,12}|\S{1,3})(?:\s+[^a-zåäöéü\s]{1,12})?$",
    matches=("NINA", "SNÄV", "~//~", "A.-K. S", "Jw", "// ---"),
    not_matches=("Kommunledningsförvaltningen", "Anna-Karin Sjödén", "Enköping den 6 december 2027", "Kommundirektör"),
    flags=0,
)
_JOINS = frozenset({"och", "samt", "&"})  # a unit's name joined in a title counts as one: "vård och omsorg"
_TITLE_MAX_WORDS = 6  # "Verkställande direktör", "Biträdande chef för avdelningen för stadsutveckling"


def _title_line(text: str) -> bool:
    """A title under a name: a few words, or a title and its unit after a comma ("Direktör, avdelning …").

    >>> _title_line("Avdelningschef"), _title_line("Direktör, avdelningen för stadsutveckling"), _title_line("(MIS)")
    (True, True, False)
    >>> _title_line("Chef för avdelningen för vård och omsorg"), _title_line("Chef för enheten för kultur samt fritid")
    (True, True)
    """
    head = text.split(",")[0]
    words = [word for word in head.split() if word not in _JOINS]  # "Chef för avdelningen för vård och omsorg"
    return (
        0 < len(words) <= _TITLE_MAX_WORDS
        and not text.lstrip().startswith("(")  # an organisation's short form under its name: "(MIS)"
        and len(text.split()) <= 2 * _TITLE_MAX_WORDS
        and not (ISO_DATE.search(text))
    )


def _signatory(name: str, title: str | None, parts: Sequence[PageBox]) -> Signatory:
    boxes = union_per_page(list(parts))  # one box a page: a signature a page break cut has two
    return Signatory(name=name, title=title, page=boxes[0].page, bbox=boxes[0].bbox, boxes=boxes)


def _next_to(upper: Block, lower: Block) -> bool:
    """``lower`` is the block under ``upper``: on its page, or the first of the next (a page break between)."""
    return lower.page in (upper.page, upper.page + 1)


def _names_over_titles(row: Block, below: Block | None) -> list[Signatory]:
    """Names in one row, their titles in the row under it (three or more signatures side by side)."""
    if below is None or below.kind != "table_row" or not _next_to(row, below) or len(below.cells) != len(row.cells):
        return []
    names = [cell.text.strip() for cell in row.cells]
    titles = [cell.text.strip() for cell in below.cells]
    if all(map(_is_label, names)) and all(map(_is_name, titles)):  # the labels over the names
        names, titles = titles, names
        row, below = below, row
    if not all(map(_is_name, names)) or not all(map(_title_line, titles)):
        return []
    if any("\n" in name for name in names):
        return []  # a name over its title in its own cell ("Malin Tegnér / Generaldirektör"): read in the cell
    if any(_PERSON.match(title) for title in titles):
        return []  # two rows of names
    pairs = zip(names, titles, row.cells, below.cells, strict=True)
    return [
        _signatory(name, title, [PageBox(page=row.page, bbox=upper.bbox), PageBox(page=below.page, bbox=lower.bbox)])
        for name, title, upper, lower in pairs
    ]


def _is_label(text: str) -> bool:
    """A signature's label: "Ordförande", "Justerare", "Sekreterare", "Justerande"."""
    return bool(_SIGNING_LABEL.match(text.strip()))


def _is_name(text: str) -> bool:
    """A person's name, not an organisation's ("AB Svenska", "Stockholms Stadshus", "Region Gotland")."""
    words = text.split()
    return (
        bool(_PERSON.match(text))
        and not any(word.isupper() and len(word) > 1 for word in words)
        and not any(_ORGANISATION_WORD.search(word) for word in words)
    )


def _signed_lines(block: Block, below: Block | None) -> Signatory | None:
    """A single signature set as two lines of its own at the end: "Helena Forsberg" / "Verkställande direktör";
    not two signatures, each one block of a name over its title ("Eva Ek" / "Stadsdelsdirektör", "Jonas Pettersson
    Ek" / "Avdelningschef"), whose name runs into its title when read as one line."""
    if below is None or block.kind != "paragraph" or below.kind != "paragraph" or not _next_to(block, below):
        return None
    if not _is_name(block.text.strip()) or not (_title_line(below.text) and _TITLE_WORD.search(below.text)):
        return None
    if _name_over_title(block) or _name_over_title(below):  # two signatures, each a name over its title
        return None
    return _signatory(block.text.strip(), below.text.strip(), [*block.boxes[:1], *below.boxes[:1]])


def _title_below(block: Block, below: Block | None) -> str | None:
    """The title on a line of its own under a signature that has none."""
    if below is None or below.kind != "paragraph" or not _next_to(block, below):
        return None
    text = below.text.strip()
    return text if _title_line(text) and _TITLE_WORD.search(text) else None


def _name_over_title(block: Block) -> Signatory | None:
    """A single signature read as one block of two lines: "Eva Ek" over "Avdelningschef"."""
    if block.kind != "paragraph" or len(block.lines) != 2:
        return None
    name, title = (block.text[line.start : line.end].strip() for line in block.lines)
    if not _is_name(name) or not (_title_line(title) and _TITLE_WORD.search(title)):
        return None
    return _signatory(name, title, block.locate(0, len(block.text)))


def _after_formula(block: Block) -> Signatory | None:
    """One signature after its protocol formula: "Vid protokollet Maria Sund sekreterare", "Justeras: Lars Nilsson".

    >>> from atgard.schema import BBox, LineSpan
    >>> box = BBox(x0=71, top=600, x1=200, bottom=640)
    >>> line = LineSpan(start=0, end=38, page=2, bbox=box)
    >>> block = Block(kind="paragraph", text="Vid protokollet Maria Sund sekreterare", page=2,
    ...               boxes=[PageBox(page=2, bbox=box)], lines=[line])
    >>> signed = _after_formula(block)
    >>> signed.name, signed.title, signed.page
    ('Maria Sund', 'sekreterare', 2)
    >>> _after_formula(block.model_copy(update={"text": "Vid protokollet fördes anteckningar"}))
    """
    if block.kind != "paragraph" or (found := _SIGNING_FORMULA.match(block.text.strip())) is None:
        return None
    title = found.group("title")
    if title is not None and not _TITLE_WORD.search(title):
        return None
    start = block.text.index(found.group("name"))
    boxes = block.locate(start, start + len(found.group(0).strip()) - found.start("name"))
    return Signatory(name=found.group("name"), title=title, page=boxes[0].page, bbox=boxes[0].bbox, boxes=boxes)


def _after_lone_formula(block: Block, below: Block | None, after: Block | None) -> Signatory | None:
    """A name on the line under a formula of its own ("Vid protokollet" / "Louise Brandt"), with the label that
    opens the line under it as its title ("Sekreterare")."""
    if below is None or block.kind != "paragraph" or below.kind != "paragraph" or not _next_to(block, below):
        return None
    if not _LONE_FORMULA.match(block.text.strip()):
        return None
    if (over_title := _name_over_title(below)) is not None:
        return over_title  # "Frida Lövgren" / "Sekreterare", one block though a page break parts them
    name, comma, title = below.text.strip().partition(", ")  # "Sofie Wennberg, sekreterare"
    if comma and _is_name(name) and _TITLE_WORD.match(title):
        return _signatory(name, title, below.boxes[:1])
    if not _is_name(below.text.strip()):
        return None
    label = _LEADING_LABEL.match(after.text.strip()) if after is not None and after.kind == "paragraph" else None
    return _signatory(below.text.strip(), label.group("label") if label else None, below.boxes[:1])


def _under_formula(block: Block, below: Block | None) -> list[Signatory]:
    """The names set under "På kommunstyrelsens vägnar:", side by side with no titles, as printed (a mayor's
    name is often set in capitals: "KARIN WANNGÅRD"); names over their titles are read as such elsewhere."""
    if block.kind != "paragraph" or below is None or not _next_to(block, below):
        return []
    if not _ON_BEHALF.search(block.text.strip()):
        return []
    cells = [(cell.text.strip(), cell.bbox) for cell in below.cells] if below.kind == "table_row" else []
    if below.kind == "paragraph" and below.boxes:
        cells = [(below.text.strip(), below.boxes[0].bbox)]
    names = [(text, bbox) for text, bbox in cells if text]
    if not names or not all("\n" not in text and _is_name(text.title()) for text, _ in names):
        return []
    return [_signatory(text, None, [PageBox(page=below.page, bbox=bbox)]) for text, bbox in names]


def _once_each(found: list[Signatory]) -> list[Signatory]:
    """Each name once: an answer names its signatories in its closing sentence and again under it."""
    kept: dict[str, Signatory] = {}
    for signed in found:
        kept.setdefault(signed.name, signed)
    return list(kept.values())


def signatories(analysed: Sequence[Analysed]) -> list[Signatory]:
    """Names with titles set side by side ("Ingela Lindh / Stadsdirektör | ..."), outside the header box,
    or, for one signature, a name and a title on lines of their own."""
    found: list[Signatory] = []
    named: list[Signatory] = []  # in a delegated decision's sentences: after the signatures, which name them better
    blocks = [item.block for item in analysed]
    paired = presenter_rows(blocks)  # an agenda's presenters ("Nr | Ärende | Dnr | Föredragande") sign nothing
    signers, logged = signing_log(blocks)  # an e-signing service's log of who signed, on the last page
    by_row = {signer.index: signer for signer in signers}
    for n, block in enumerate(blocks):
        if n in by_row and _is_name(by_row[n].name):
            found.append(_signatory(by_row[n].name, by_row[n].role, block.boxes))
        if n in paired or n in logged:
            continue
        if delegated := delegated_signatories(analysed[n]):
            named += delegated
            continue
        below, after = (
            (blocks[n + 1] if n + 1 < len(blocks) else None),
            (blocks[n + 2] if n + 2 < len(blocks) else None),
        )
        if formula := _under_formula(block, below):
            found += formula
            paired.add(n + 1)
            continue
        if (signed := _signed_lines(block, below) or _after_lone_formula(block, below, after)) is not None:
            found.append(signed)
            paired.add(n + 1)
            continue
        if (signed := _after_formula(block) or _name_over_title(block)) is not None:
            below = blocks[n + 1] if n + 1 < len(blocks) else None
            if signed.title is None and (title := _title_below(block, below)) is not None:
                signed = signed.model_copy(update={"title": title})  # "Vid protokollet Karin Eklöf" / "sekreterare"
                paired.add(n + 1)
            found.append(signed)
            continue
        if block.kind == "table_row" and (
            pair := _names_over_titles(block, blocks[n + 1] if n + 1 < len(blocks) else None)
        ):
            found += pair
            paired.add(n + 1)
            continue
        if pairs := _names_over_lines(block, blocks[n + 1 :]):
            found += pairs
            paired.update(range(n + 1, n + 1 + len(pairs)))
            continue
        found += _in_cells(block)
    return _once_each(found + named)


def _in_cells(block: Block) -> list[Signatory]:
    """Signatures within a row's cells: a name over its title, a label over its name ("Ordförande / Eva Ek"),
    or a label's cell beside its name's ("Sekreterare | Malin Rosén")."""
    found = []
    texts = [cell.text.strip() for cell in block.cells]
    for n, cell in enumerate(block.cells):
        lines = _without_scrawl(_joined_name(text_lines(cell.text)))
        box = [PageBox(page=block.page, bbox=cell.bbox)]
        if len(lines) >= 2 and _is_label(lines[0]) and _is_name(lines[1]):
            found.append(_signatory(lines[1], lines[0], box))
        elif under := _under_formula_in_cell(lines, box):
            found += under
        elif _name_over_title_cell(lines):
            found.append(_signatory(NAME_SUFFIX.sub("", lines[0]), lines[1], box))  # "Eva Ek (C)" / "Ordförande"
        elif n and _is_label(texts[n - 1]) and _is_name(texts[n]):
            found.append(
                _signatory(texts[n], texts[n - 1], [*box, PageBox(page=block.page, bbox=block.cells[n - 1].bbox)])
            )
    return found


def _name_over_title_cell(lines: list[str]) -> bool:
    """A cell's name (a member's party after it perhaps) over a signing title."""
    named = len(lines) >= 2 and not BOX_LABEL.match(lines[0]) and _is_name(NAME_SUFFIX.sub("", lines[0]))
    # no year in a title: "Stadshuset, onsdagen den 28 april 2027" says where one signs ("Sekreterare, 070-…" is one)
    return named and _signing_title(lines[1]) and re.search(rf"\b{YEARS}", lines[1]) is None


def _under_formula_in_cell(lines: list[str], box: list[PageBox]) -> list[Signatory]:
    """The names under a protocol's formula in its cell, each over its title if it has one ("Vid protokollet" /
    "Ingrid Holmér" / "sekreterare", "Justeras" / "Sanna Öhrvall" / "ordförande" / "Gustav Bäckman"). None unless
    every line under the formula is a name or a title under one.

    >>> from atgard.schema import BBox
    >>> box = [PageBox(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1))]
    >>> [(s.name, s.title) for s in _under_formula_in_cell(["Justeras", "Sanna Öhrvall", "ordförande", "Per Ek"], box)]
    [('Sanna Öhrvall', 'ordförande'), ('Per Ek', None)]
    >>> _under_formula_in_cell(["Justeras", "den 20 maj 2027"], box)
    []
    """
    if len(lines) < 2 or not _LONE_FORMULA.match(lines[0]):
        return []
    found: list[Signatory] = []
    for line in lines[1:]:
        if _is_name(line):
            found.append(_signatory(line, None, box))
        elif found and found[-1].title is None and _signing_title(line):
            found[-1] = found[-1].model_copy(update={"title": line})
        else:
            return []
    return found


# An address under a name, as a letterhead sets its company's name over its post box ("Jönköping Energi" / "Box
# 5150" / "550 05 Jönköping"): a place to write to, no signature's title.
_ADDRESS_LINE = rule(
    "signatory.address_line",
    rf"^(?:{POST_BOX}|{POSTAL_CODE}\s+[A-ZÅÄÖ]|(?:besök|besöksadress|postadress|tel|telefon|org\.?\s*nr)\b)",
    matches=("Box 5150", "550 05 Jönköping", "Besök: Kålgårdsgatan 13", "Telefon 036-10 50 00"),
    not_matches=("Verkställande direktör", "Avdelningschef", "Ordförande i nämnden"),
)


def _signing_title(line: str) -> bool:
    """A title under a name in its cell, not the address a letterhead sets under its name."""
    return _title_line(line) and not _ADDRESS_LINE.match(line)


def _without_scrawl(lines: list[str]) -> list[str]:
    """A cell's lines without the signature read over its name and title ("SNÄV" / "Tobias Wernersson" /
    "Säkerhetschef"): the name is under it, a title with a title's word under the name.

    >>> _without_scrawl(["NINA", "Anna-Karin Sjödén", "Kommundirektör"])
    ['Anna-Karin Sjödén', 'Kommundirektör']
    >>> _without_scrawl(["ORDFÖRANDE", "Eva Ek", "Kommunalråd"]), _without_scrawl(["NINA", "Eva Ek", "Enköping"])
    (['ORDFÖRANDE', 'Eva Ek', 'Kommunalråd'], ['NINA', 'Eva Ek', 'Enköping'])
    """
    if len(lines) < 3 or not _SCRAWL.match(lines[0]) or _is_label(lines[0]) or BOX_LABEL.match(lines[0]):
        return lines
    if not _is_name(lines[1]) or not (_title_line(lines[2]) and _TITLE_WORD.search(lines[2])):
        return lines
    return lines[1:]


def _joined_name(lines: list[str]) -> list[str]:
    """A cell's lines with a name a narrow cell broke over two lines made one again ("Lars-Olof" / "Bergkvist"):
    a lone capitalised word over another, and a title under them.

    >>> _joined_name(["Lars-Olof", "Bergkvist", "Kommundirektör"])
    ['Lars-Olof Bergkvist', 'Kommundirektör']
    >>> _joined_name(["Ordförande", "Eva Ek"]), _joined_name(["Eva", "Ek"])
    (['Ordförande', 'Eva Ek'], ['Eva', 'Ek'])
    >>> _joined_name(["Tid", "Plats", "Ordförande", "Sekreterare"])
    ['Tid', 'Plats', 'Ordförande', 'Sekreterare']
    """
    if len(lines) < 3 or len(lines[0].split()) != 1 or len(lines[1].split()) > 2 or not _title_line(lines[2]):
        return lines
    if not _TITLE_WORD.search(lines[2]):
        return lines
    if any(_FACT_LABEL.match(line) for line in lines[:2]) or _is_label(lines[0]) or _LONE_FORMULA.match(lines[0]):
        return lines  # a protocol's labels one a line: "Tid" / "Plats" / "Ordförande"; a box's "Handläggare"
    joined = f"{lines[0]} {lines[1]}"
    return [joined, *lines[2:]] if _is_name(joined) else lines


def _names_over_lines(row: Block, following: Sequence[Block]) -> list[Signatory]:
    """Names side by side in a row, their titles or labels on lines of their own under it, one a name, in order:
    a signature row a page break cut from its titles ("Anna Olsson | Amanda Ström" / "Kommundirektör" /
    "Utredare")."""
    names = [cell.text.strip() for cell in row.cells]
    if row.kind != "table_row" or len(names) < 2 or not all("\n" not in n and _is_name(n) for n in names):
        return []
    titles = following[: len(names)]
    if len(titles) < len(names) or not all(below.kind == "paragraph" and _next_to(row, below) for below in titles):
        return []
    if not all(_title_line(below.text) and _TITLE_WORD.search(below.text) for below in titles):
        return []
    return [
        _signatory(name, below.text.strip(), [PageBox(page=row.page, bbox=cell.bbox), *below.boxes[:1]])
        for name, cell, below in zip(names, row.cells, titles, strict=True)
    ]
