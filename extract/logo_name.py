"""An organisation's name in capitals heading a letter, and names in capitals as a text spells them.

An association's or a company's letter may open with its name in capitals, centred or at the margin ("RF-SISU SKÅNE"
over "Idrottsrörelsens distriktsorganisation i Skåne"), where a municipality's would name an office under it and an
agency's stand at the right (`letterhead.py`). The name is the sender's when the letter's text writes it as a name
("har RF-SISU Skåne fått möjlighet"): a type is no name, and a title set in capitals is written in the text, if at
all, with its words in lower case ("Trygg i hela staden"). A scan's OCR may read the emblem beside it as a letter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from atgard.extract.header import type_alone
from atgard.extract.read.text import text_lines
from atgard.extract.rules import rule
from atgard.schema import Block


def all_capitals(text: str) -> bool:
    """Whether a text's letters, two at least, are all capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def written_in_text(name: str, blocks: Sequence[Block]) -> str | None:
    """A name as the running text spells it in ordinary case ("NATURVÅRDSVERKET": "Naturvårdsverket"), with an
    initial capital (a sentence's "polisen"); None when the text has it only in capitals (initials: "MSB")."""
    folded = name.casefold()
    for block in blocks:
        at = block.text.casefold().find(folded)
        if at >= 0 and not all_capitals(spelt := block.text[at : at + len(name)]):
            return spelt[:1].upper() + spelt[1:]
    return None


# An emblem a scan's OCR read as one letter or a mark before the name beside it: "O RF-SISU SKÅNE".
EMBLEM = rule(
    "letterhead.emblem",
    r"^(?:[^\W\d]|[^\w\s])(?:\s+|\s*[|»«]\s*)(?=[A-ZÅÄÖ]{2})",
    flags=0,
    matches=("O RF-SISU SKÅNE", "@ NATURSKYDDSFÖRENINGEN", "Q | HYRESGÄSTFÖRENINGEN"),
    not_matches=("RF-SISU SKÅNE", "SKÅNES IDROTTSFÖRBUND", "1 KOMMUNSTYRELSEN"),
)


def _as_a_name(spelt: str) -> bool:
    """Whether a name as the text writes it is a proper name: its last word and most of its words capitalised."""
    words = spelt.split()
    capitalised = [word[:1].isupper() for word in words]
    return capitalised[-1] and 2 * sum(capitalised) >= len(words)


def named_on_top(blocks: Sequence[Block], logo_words: int) -> tuple[str, list[str]] | None:
    """Page 1's first block, a name in capitals that the letter's text writes as a name (its emblem left out), as a
    letterhead with no lines: ``(name, [])``.

    >>> from atgard.schema import BBox, PageBox
    >>> def block(text, x0=50.0, kind="heading"):
    ...     box = PageBox(page=1, bbox=BBox(x0=x0, top=0, x1=300, bottom=9))
    ...     return Block(kind=kind, text=text, page=1, boxes=[box])
    >>> text = block("Genom remissen har RF-SISU Skåne fått möjlighet att lämna synpunkter.", kind="paragraph")
    >>> named_on_top([block("O RF-SISU SKÅNE"), text], 6)
    ('RF-SISU SKÅNE', [])
    >>> title = block("Trygg i hela staden är en rapport om RF-SISU Skåne.", kind="paragraph")
    >>> named_on_top([block("YTTRANDE"), text], 6), named_on_top([block("TRYGG I HELA STADEN"), title], 6)
    (None, None)
    """
    first_page = [block for block in blocks if block.page == 1]
    if not first_page or first_page[0].kind == "table_row":
        return None
    name = EMBLEM.sub("", first_page[0].text.strip())
    if not all_capitals(name) or len(name.split()) > logo_words or type_alone(name):
        return None
    spelt = written_in_text(name, first_page[1:])
    return (name, []) if spelt is not None and _as_a_name(spelt) else None


_JOINING = frozenset({"och", "samt", "för", "i", "av", "de", "&"})  # words an acronym has no letter of


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word and word.casefold() not in _JOINING).upper()


def expanded_logo(blocks: Sequence[Block]) -> str | None:
    """The name an acronym heading page 1 stands for, written out under it ("SMHI" over "Sveriges meteorologiska och
    hydrologiska institut", "MSB" over "Myndigheten för samhällsskydd och beredskap"): the sender's name.

    >>> from atgard.schema import BBox, PageBox
    >>> box = [PageBox(page=1, bbox=BBox(x0=0, top=0, x1=1, bottom=1))]
    >>> def para(text): return Block(kind="paragraph", text=text, page=1, boxes=box)
    >>> expanded_logo([para("SMHI"), para("Sveriges meteorologiska och hydrologiska institut")])
    'Sveriges meteorologiska och hydrologiska institut'
    >>> expanded_logo([para("SMHI"), para("Stockholms miljöhus i Hammarby")]), expanded_logo([para("SMHI")])
    (None, None)
    """
    first_page = [block for block in blocks if block.page == 1][:2]
    if len(first_page) < 2 or first_page[0].kind == "table_row":
        return None
    acronym, under = first_page[0].text.strip(), text_lines(first_page[1].text)
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8) or not under:
        return None
    written = (under[0], " ".join(under[:2]))  # the name on its line, or broken over two
    return next((name for name in written if _initials(name) == acronym), None)


def drawn_name(blocks: Sequence[Block]) -> list[Block]:
    """Page 1's first blocks when they are the sender's name drawn over the letter, no title nor address: an acronym
    and its name written out under it, or a name in capitals the text writes."""
    first_page = [block for block in blocks if block.page == 1][:2]
    if expanded_logo(blocks) is not None:
        return first_page
    return first_page[:1] if named_on_top(blocks, _TITLE_WORDS) is not None else []


_TITLE_WORDS = 6  # a name in capitals of more words is read as a title
