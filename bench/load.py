"""The load run of `make bench`: clients asking at once, on loopback, for the clerk's pages.

Each client keeps one connection open (as a browser does) and asks for its page again as soon as
the last answer came, for a few seconds; the figures are the p50 and p95 of every answer's time.
Bounded: a fixed number of clients, a fixed duration, 127.0.0.1 only.
"""

from __future__ import annotations

import http.client
import statistics
import threading
import time
import urllib.parse

CLIENTS = 20
SECONDS = 5.0
TARGET_P95_MS = 200.0


def _client(
    host: str, port: int, path: str, until: float, times: list[float], errors: list[str], headers: dict[str, str]
) -> None:
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        while time.perf_counter() < until:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as error:
                errors.append(type(error).__name__)
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=30)
                continue
            times.append((time.perf_counter() - started) * 1000)
            if response.status != 200:
                errors.append(str(response.status))
    finally:
        connection.close()


def load(
    url: str, clients: int = CLIENTS, seconds: float = SECONDS, headers: dict[str, str] | None = None
) -> dict[str, float]:
    """``clients`` at once against ``url`` for ``seconds``: p50 and p95 in ms, answers per second, errors.
    ``headers`` go with every request (a cookie: an answer rendered for each request, none kept)."""
    parts = urllib.parse.urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    http.client.HTTPConnection(host, port, timeout=60).request("GET", path)  # wake the server (answer ignored)
    times: list[float] = []
    errors: list[str] = []
    until = time.perf_counter() + seconds
    threads = [
        threading.Thread(target=_client, args=(host, port, path, until, times, errors, headers or {}), daemon=True)
        for _ in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times.sort()
    return {
        "clients": clients,
        "p50_ms": statistics.median(times) if times else float("nan"),
        "p95_ms": times[int(0.95 * (len(times) - 1))] if times else float("nan"),
        "per_second": len(times) / seconds,
        "errors": len(errors),
    }


def clerk_pages(server: str, board: str) -> dict[str, str]:
    """The pages a clerk opens: the home page, *Min nämnd* for a board as the canned query and as the
    clerk's page (HTML, as a browser asks)."""
    board_query = urllib.parse.urlencode({"namnd": board})
    return {
        "home": f"{server}/",
        "min_namnd": f"{server}/atgard/min_namnd?{board_query}",
        "min-namnd page": f"{server}/min-namnd?{board_query}",
    }


# A request with a cookie is answered anew each time (output/page_cache.py keeps answers only for visitors without
# one): *Min nämnd* as a signed-in clerk gets it, every answer rendered. A reference beside the target, not one.
RENDERED = " rendered each time"
COOKIE = {"Cookie": "atgard-bench=1"}


def load_times(server: str, board: str, clients: int = CLIENTS, seconds: float = SECONDS) -> dict[str, dict]:
    """Each clerk's page under ``clients`` at once, one page after the other; then *Min nämnd* rendered for each
    request (:data:`RENDERED`)."""
    pages = clerk_pages(server, board)
    figures = {name: load(url, clients, seconds) for name, url in pages.items()}
    for name in ("min_namnd", "min-namnd page"):
        figures[name + RENDERED] = load(pages[name], clients, seconds, COOKIE)
    return figures
