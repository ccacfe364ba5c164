"""Keys that more than one room needs: what two spellings of one thing share.

The rules (``extract/``) and the store (``output/``) both compare report titles;
the one definition lives here, in the contract, which both may import.
"""

from __future__ import annotations

import re

TRAILING_YEAR = re.compile(r"\s*[(\[,]?\s*((?:19|20)\d\d)\s*[)\]]?\s*\.?\s*$")
_DASHES = re.compile(r"[\u2010-\u2015-]")


def title_key(title: str) -> str:
    """What two spellings of one title share: case, dashes, spacing, a trailing year and full stop left out.

    >>> title_key("Dold potential - hinder och  möjligheter (2016)")
    'dold potential - hinder och möjligheter'
    >>> title_key("Dold Potential – hinder och möjligheter.")
    'dold potential - hinder och möjligheter'
    """
    text = TRAILING_YEAR.sub("", title)
    text = _DASHES.sub("-", text)
    text = re.sub(r"\s*-\s*", " - ", text)
    return re.sub(r"\s+", " ", text).strip(" .,:;").casefold()
