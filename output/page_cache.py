"""The clerk's board pages kept as answered, per version of what is served: rendered once, not per request.

*Min nämnd* (the page and the canned query, in every format) is what twenty clerks open at once on a
Monday morning. Its SQL takes a millisecond on a city's data, but the page around it (Datasette's view,
the templates, the plugins' hooks) costs about 9 ms of Python, and one server process answers one request
at a time: twenty clients queue for 150-300 ms. The answer is the same for every visitor without a login
until the database changes or the day does (the query counts days from ``date('now')``), so it is kept.

An answer is kept only when nothing can make it another visitor's: a GET without a cookie or an
``Authorization`` header (a login, a flash message, a CSRF token would), answered 200 without a
``Set-Cookie``. It is kept under the version of what is served (the masked copy's file, or the database's
size and time: :func:`atgard.output.served.version`), the day (UTC and local), the host and the full path
with its query string. When many ask for the same page at once, one request renders it and the others wait
for its answer (a render that is not kept lets them render their own). A fixed number of answers and bytes
is kept; the oldest go first.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

Message = dict[str, Any]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Any, Any, Send], Awaitable[None]]
Key = tuple[object, ...]

MAX_ENTRIES = 256
MAX_BYTES = 64 * 1024 * 1024
MAX_ANSWER_BYTES = 8 * 1024 * 1024  # a larger answer (a whole table as CSV) is not kept


@dataclass
class PageCache:
    """Answers kept by key, oldest first; the renders under way, by key."""

    entries: OrderedDict[Key, list[Message]] = field(default_factory=OrderedDict)
    sizes: dict[Key, int] = field(default_factory=dict)
    running: dict[Key, asyncio.Future[list[Message] | None]] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0

    def get(self, key: Key) -> list[Message] | None:
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
        return found

    def put(self, key: Key, messages: list[Message]) -> None:
        size = sum(len(m.get("body", b"")) for m in messages)
        if size > MAX_ANSWER_BYTES:
            return
        self.entries[key], self.sizes[key] = messages, size
        while len(self.entries) > MAX_ENTRIES or sum(self.sizes.values()) > MAX_BYTES:
            oldest, _ = self.entries.popitem(last=False)
            self.sizes.pop(oldest, None)


def cacheable_request(scope: Any) -> bool:
    """A GET that no cookie or credential can make one visitor's own."""
    if scope.get("type") != "http" or scope.get("method") != "GET":
        return False
    return not any(name.lower() in (b"cookie", b"authorization") for name, _ in scope.get("headers") or [])


def request_key(scope: Any, version: tuple[object, ...]) -> Key:
    """What an answer is kept under: what is served, the day, the host, the path and its query."""
    host = next((value for name, value in scope.get("headers") or [] if name.lower() == b"host"), b"")
    days = (datetime.now(UTC).date().isoformat(), time.strftime("%Y-%m-%d"))
    return (version, days, host, scope.get("path", ""), scope.get("query_string", b""))


def _keepable(messages: list[Message]) -> bool:
    start = messages[0] if messages else {}
    if start.get("type") != "http.response.start" or start.get("status") != 200:
        return False
    if any(name.lower() == b"set-cookie" for name, _ in start.get("headers") or []):
        return False
    return messages[-1].get("type") == "http.response.body" and not messages[-1].get("more_body", False)


async def answer(cache: PageCache, key: Key, app: App, scope: Any, receive: Any, send: Send) -> None:
    """Answer from the cache, or wait for the render under way, or render (and keep what may be kept)."""
    for _ in range(2):
        kept = cache.get(key)
        if kept is not None:
            cache.hits += 1
            for message in kept:
                await send(message)
            return
        running = cache.running.get(key)
        if running is None:
            break
        await asyncio.shield(running)  # its answer is kept, or not: then look again, and render if not
    cache.misses += 1
    future: asyncio.Future[list[Message] | None] = asyncio.get_running_loop().create_future()
    cache.running[key] = future
    recorded: list[Message] = []

    async def recording(message: Message) -> None:
        recorded.append(message)
        await send(message)

    try:
        await app(scope, receive, recording)
    finally:
        kept_now = recorded if _keepable(recorded) else None
        if kept_now is not None:
            cache.put(key, kept_now)
        cache.running.pop(key, None)
        future.set_result(kept_now)
