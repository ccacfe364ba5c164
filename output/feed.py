"""A board's Atom feed (``/atgard/namnd_flode.atom?namnd=…``, rendered by datasette-atom): what its entries are.

Each entry is a referral to the board (also through a group) or an answer from it. Its id is a ``tag:`` IRI
(RFC 4151) made of the item's stable id, so that a reader sees an entry once however the publication moves;
its link is the item's Swedish page at the published address (``atgard serve --base-url``); ``updated`` is
when the item appeared (its document's date, else when it was read in) or changed (the board answered).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

# The date in the tag IRIs: fixed, as the ids must never change (RFC 4151: a date the name was held on).
TAG_DATE = "2025"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def tag_authority(base_url: str) -> str:
    """The authority of the tag IRIs: the published host, without a port.

    >>> tag_authority("https://atgard.stockholm.se/"), tag_authority("http://127.0.0.1:8001")
    ('atgard.stockholm.se', '127.0.0.1')
    """
    return urlsplit(base_url).hostname or "localhost"


def tag_iri(authority: str, stable_id: str) -> str:
    """
    >>> tag_iri("atgard.stockholm.se", "referral-2daef64e0e748c3f6219-0")
    'tag:atgard.stockholm.se,2025:referral-2daef64e0e748c3f6219-0'
    """
    return f"tag:{authority},{TAG_DATE}:{stable_id}"


def absolute(base_url: str, path: str) -> str:
    """
    >>> absolute("https://example.org/atgard/", "/remiss/referral-2daef64e0e748c3f6219-0")
    'https://example.org/atgard/remiss/referral-2daef64e0e748c3f6219-0'
    """
    return base_url.rstrip("/") + "/" + path.lstrip("/")


def atom_time(value: object) -> str | None:
    """A time Atom accepts (RFC 3339, with a zone): a date is its midnight in UTC.

    >>> atom_time("2018-03-15"), atom_time("2026-01-02T10:00:00+00:00"), atom_time(None)
    ('2018-03-15T00:00:00+00:00', '2026-01-02T10:00:00+00:00', None)
    """
    if not isinstance(value, str) or not value:
        return None
    return f"{value}T00:00:00+00:00" if _DATE.match(value) else value


def titled(feed: bytes, title: str) -> bytes:
    """The feed with its own title (the first <title>, before any entry) replaced.

    >>> titled(b"<feed><title>Fr\\xc3\\xa5ga</title><entry><title>x</title></entry></feed>", "Farsta & co")
    b'<feed><title>Farsta &amp; co</title><entry><title>x</title></entry></feed>'
    """
    return re.sub(
        rb"<title>.*?</title>", lambda _: f"<title>{escape(title)}</title>".encode(), feed, count=1, flags=re.S
    )


def empty_feed(feed_id: str, title: str, updated: str) -> bytes:
    """A feed with no entries yet (datasette-atom needs at least one row).

    >>> b"<entry" in empty_feed("http://x/f.atom", "Farsta", "2018-01-01T00:00:00+00:00")
    False
    """
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>{escape(feed_id)}</id><title>{escape(title)}</title><updated>{escape(updated)}</updated>"
        f'<link href="{escape(feed_id)}" rel="self"/></feed>\n'
    ).encode()
