"""Board mentions in a spaCy Doc: register matches, plus names that look like boards but are not in it.

``spans``: the boards the tokens name (the register's, unknown board words, boards under one head);
``context``: the same read in their text, and :func:`board_spans`, every board of a Doc; ``names``: a name
as written to a recipient; ``lists``: lists of names, as an "Ansvar:" line or a referral gives them.
"""

from atgard.extract.mentions.context import board_spans
from atgard.extract.mentions.lists import LIST_LEAD, listed_recipient, owned_body_end, read_board_list, with_area
from atgard.extract.mentions.names import (
    BOARD_LIKE,
    COUNCIL_LIKE,
    NAME_LIKE,
    OFFICE_LIKE,
    OWN_BODY,
    _unambiguous_forms,
    resolve_name,
)
from atgard.extract.mentions.spans import BoardSpan
from atgard.extract.vocabulary import LIST_SEPARATORS

__all__ = [
    "BOARD_LIKE",
    "COUNCIL_LIKE",
    "LIST_LEAD",
    "LIST_SEPARATORS",
    "NAME_LIKE",
    "OFFICE_LIKE",
    "OWN_BODY",
    "BoardSpan",
    "_unambiguous_forms",
    "board_spans",
    "listed_recipient",
    "owned_body_end",
    "read_board_list",
    "resolve_name",
    "with_area",
]
