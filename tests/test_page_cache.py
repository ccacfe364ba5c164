"""The clerk's board pages kept per version of what is served (output/page_cache.py): rendered once for every
visitor without a login, anew when the database or the day changes, never one visitor's answer to another."""

from __future__ import annotations

import asyncio
import json
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from atgard.output import page_cache
from atgard.output.page_cache import PageCache, answer, cacheable_request, request_key
from atgard.pipeline.ingest import ingest


def _scope(path: str = "/min-namnd", headers: list[tuple[bytes, bytes]] | None = None, method: str = "GET") -> dict:
    return {"type": "http", "method": method, "path": path, "query_string": b"namnd=Farsta", "headers": headers or []}


def _app(calls: list[int], status: int = 200, extra: list[tuple[bytes, bytes]] | None = None, pause: float = 0):
    async def app(scope: Any, receive: Any, send: Any) -> None:
        calls.append(1)
        await asyncio.sleep(pause)
        await send({"type": "http.response.start", "status": status, "headers": [*(extra or [])]})
        await send({"type": "http.response.body", "body": f"svar {len(calls)}".encode(), "more_body": True})
        await send({"type": "http.response.body", "body": b"."})

    return app


def _asked(cache: PageCache, app: Any, scope: dict, version: tuple = ("v1",)) -> bytes:
    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)

    asyncio.run(answer(cache, request_key(scope, version), app, scope, None, send))
    return b"".join(m.get("body", b"") for m in sent)


def test_an_answer_is_kept_per_version() -> None:
    cache, calls = PageCache(), []
    app = _app(calls)
    assert _asked(cache, app, _scope()) == b"svar 1."
    assert _asked(cache, app, _scope()) == b"svar 1."  # kept
    assert _asked(cache, app, _scope(), version=("v2",)) == b"svar 2."  # the database changed
    assert _asked(cache, app, _scope("/namnd/farsta")) == b"svar 3."  # another page
    assert len(calls) == 3 and cache.hits == 1


@pytest.mark.parametrize(
    ("status", "extra"), [(500, []), (404, []), (200, [(b"set-cookie", b"ds_csrftoken=abc")])], ids=str
)
def test_an_error_or_a_cookie_is_never_kept(status: int, extra: list) -> None:
    cache, calls = PageCache(), []
    app = _app(calls, status, extra)
    _asked(cache, app, _scope())
    _asked(cache, app, _scope())
    assert len(calls) == 2 and not cache.entries


def test_a_visitor_with_a_cookie_or_credentials_is_answered_anew() -> None:
    assert cacheable_request(_scope())
    assert not cacheable_request(_scope(headers=[(b"cookie", b"ds_actor=x")]))
    assert not cacheable_request(_scope(headers=[(b"Authorization", b"Bearer x")]))
    assert not cacheable_request(_scope(method="POST"))
    assert not cacheable_request({"type": "websocket"})


def test_many_at_once_render_once() -> None:
    cache, calls = PageCache(), []
    app = _app(calls, pause=0.05)
    scope = _scope()
    key = request_key(scope, ("v1",))
    bodies: list[bytes] = []

    async def one() -> None:
        sent: list[dict] = []

        async def send(message: dict) -> None:
            sent.append(message)

        await answer(cache, key, app, scope, None, send)
        bodies.append(b"".join(m.get("body", b"") for m in sent))

    async def many() -> None:
        await asyncio.gather(*(one() for _ in range(20)))

    asyncio.run(many())
    assert len(calls) == 1 and bodies == [b"svar 1."] * 20


def test_the_cache_keeps_within_its_caps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_cache, "MAX_ENTRIES", 3)
    cache, calls = PageCache(), []
    for n in range(5):
        _asked(cache, _app(calls), _scope(f"/namnd/{n}"))
    assert len(cache.entries) == 3 and [key[3] for key in cache.entries] == ["/namnd/2", "/namnd/3", "/namnd/4"]


def test_the_day_is_part_of_the_key() -> None:
    """The query counts days from date('now'): tomorrow's answer is rendered anew."""
    _, days, host, path, query = request_key(_scope(headers=[(b"host", b"atgard.local")]), ("v",))[:5]
    assert len(days) == 2 and host == b"atgard.local" and path == "/min-namnd" and query == b"namnd=Farsta"


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode()


@pytest.mark.slow
@pytest.mark.parametrize("flags", [(), ("--include-personal-data",)], ids=["masked", "personal"])
def test_board_pages_follow_the_database(tmp_path: Path, examples: Path, serving, flags: tuple[str, ...]) -> None:
    """Min nämnd, as a page and as the canned query, kept as answered: a document stored while serving shows."""
    db = tmp_path / "atgard.db"
    assert ingest([examples / "seed-lagesrapport.pdf"], db).outcome == "ok"
    board = urllib.parse.quote("Arbetsmarknadsnämnden")
    query = f"/atgard/min_namnd.json?namnd={board}&_shape=array"
    with serving(db, *flags) as url:
        page, rows = _get(f"{url}/min-namnd?namnd={board}"), json.loads(_get(url + query))
        assert _get(f"{url}/min-namnd?namnd={board}") == page and json.loads(_get(url + query)) == rows
        assert not any(row["roll"] == "ansvarig" for row in rows)  # no measures yet: the report is not stored
        assert ingest([examples / "dold-potential-atgarder.pdf"], db).outcome == "ok"
        after = json.loads(_get(url + query))
        assert len(after) > len(rows) and any(row["roll"] == "ansvarig" for row in after)
        assert _get(f"{url}/min-namnd?namnd={board}") != page
