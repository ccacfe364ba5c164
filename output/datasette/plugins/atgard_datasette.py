"""Datasette plugin for the atgard publication: Swedish stemming in SQL, stored PDFs, provenance pictures.

Loaded by ``atgard serve`` through Datasette's ``--plugins-dir``. The stored
PDFs are served by document id only (the id is a sha256, matched exactly), never
by a path taken from the request. Unless the publication was started with
personal data included, the columns that hold names and telephone numbers read
as NULL (an SQLite authorizer on every connection, so canned queries, arbitrary
SQL and the JSON API alike), the PDFs are not served, and every box and line
holding personal data is blacked out in the page pictures (``output/masking.py``,
``output/pictures.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response
from datasette.version import __version__ as datasette_version

from atgard.output import page_cache, served
from atgard.output.board_page import HOME_BOARDS
from atgard.output.masking import PERSONAL_COLUMNS, Box, Personal, boxes_on_page, known_values, stored_boxes
from atgard.output.picture_cache import PictureCache
from atgard.output.pictures import Picture, placeholder, render_isolated
from atgard.output.search import stem_query
from atgard.output.views import register_functions


@hookimpl
def startup(datasette: Any) -> Coroutine[Any, Any, None] | None:
    """Datasette 0.65's error handler prints every error with rich's print_exception, which
    current rich releases refuse outside an except block: every 404 became a 500. Without
    rich the handler renders its normal error pages. Only 0.65 is patched; a later
    Datasette is left as it is."""
    if datasette_version.startswith("0.65."):
        import datasette.handle_exception as datasette_errors

        if hasattr(datasette_errors, "rich"):
            datasette_errors.rich = None
    # One fixed name whatever the database file is called: /atgard/..., the API other systems rely on, and
    # the name in every label (Datasette names a database by its file).
    route = _config(datasette).get("route")
    if route:
        db = datasette.get_database()
        if db.name != route:
            datasette.remove_database(db.name)
            datasette.add_database(db, name=route, route=route)
    if not _personal(datasette):
        # Without personal data, Datasette serves the masked copy, never the database (output/served.py).
        return served.start(datasette, _files(datasette), route or datasette.get_database().route)
    return None


# Tables whose rows point at a place in a PDF, and how a row is found from its URL.
PROVENANCE = {
    "measures": "id = ?",
    "referrals": "id = ?",
    "decision_points": "document_id = ? AND seq = ?",
    "signatories": "document_id = ? AND seq = ?",
    "answers": "document_id = ? AND seq = ?",
    "blocks": "document_id = ? AND seq = ?",  # a document's page shows its first heading
}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

# Page cache of each of Datasette's read connections, in KiB (SQLite's negative cache_size).
# A board's own page joins thousands of measure and referral rows spread over the whole file;
# SQLite's default 2 MiB re-reads them from the OS on every request (twice the time at
# 100,000 measures, `make bench`). It is a ceiling: a small publication uses what it touches.
CACHE_KIB = 64 * 1024


SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        b"script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


def _config(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config("atgard") or {}


def _files(datasette: Any) -> Path:
    return Path(_config(datasette)["files"])


def _personal(datasette: Any) -> bool:
    return bool(_config(datasette).get("personal_data"))


# SQL functions no query of the publication may call: they return native pointers (fts3_tokenizer,
# fts5 in older SQLite), load code or touch files (load_extension, and the shell's readfile, writefile,
# edit, fsdir, zipfile, sqlar, where a build has them), or write (FTS3's optimize).
DENIED_FUNCTIONS = frozenset(
    {
        "fts3_tokenizer",
        "fts5",
        "load_extension",
        "readfile",
        "writefile",
        "edit",
        "fsdir",
        "lsmode",
        "zipfile",
        "zipfile_cds",
        "sqlar_compress",
        "sqlar_uncompress",
        "optimize",
    }
)


def _authorize(personal: bool) -> Any:
    """The authorizer of a read connection: denied functions refused; personal columns read as NULL unless shown."""

    def authorize(action: int, first: str | None, second: str | None, *_: Any) -> int:
        if action == sqlite3.SQLITE_FUNCTION and (second or "").lower() in DENIED_FUNCTIONS:
            return sqlite3.SQLITE_DENY
        if not personal and action == sqlite3.SQLITE_READ and (first, second) in PERSONAL_COLUMNS:
            return sqlite3.SQLITE_IGNORE  # the column reads as NULL
        return sqlite3.SQLITE_OK

    return authorize


@hookimpl
def prepare_connection(conn: Any, datasette: Any) -> None:
    conn.create_function("stem_sv", 1, stem_query, deterministic=True)
    register_functions(conn)  # case_key, as on the store's connections
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.set_authorizer(_authorize(_personal(datasette)))


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    def wrap(app: Any) -> Any:
        async def with_headers(scope: Any, receive: Any, send: Any) -> None:
            html = False
            if scope["type"] == "http":
                await served.fresh(datasette)  # the masked copy of the database as it is now

            async def send_with_headers(message: dict[str, Any]) -> None:
                nonlocal html
                if message["type"] == "http.response.start":
                    headers = [*message.get("headers", []), *SECURITY_HEADERS]
                    html = any(k.lower() == b"content-type" and v.startswith(b"text/html") for k, v in headers)
                    if html:  # the body changes length below
                        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                    message = {**message, "headers": headers}
                elif message["type"] == "http.response.body" and html:
                    # The publication is Swedish: every page says so (Datasette's templates name no language).
                    body = message.get("body", b"").replace(b"<html>", b'<html lang="sv">', 1)
                    message = {**message, "body": body}
                await send(message)

            version = served.version(datasette) if scope["type"] == "http" else ()
            if version and _kept_page(datasette, scope.get("path", "")) and page_cache.cacheable_request(scope):
                key = page_cache.request_key(scope, version)
                await page_cache.answer(_PAGES, key, app, scope, receive, send_with_headers)
                return
            await app(scope, receive, send_with_headers)

        return with_headers

    return wrap


# The clerk's board pages, kept as answered per version of what is served (:mod:`atgard.output.page_cache`):
# *Min nämnd* as a page and as the canned queries that take a board, in every format, and the boards' pages.
_PAGES = page_cache.PageCache()
_BOARD_PAGES = ("min_namnd", "det_har_ska_namnden_svara_pa", "namnd_flode")


def _kept_page(datasette: Any, path: str) -> bool:
    if path == "/min-namnd" or path.startswith("/namnd/"):
        return True
    route = _config(datasette).get("route") or datasette.get_database().route
    name, _, _ = path.removeprefix(f"/{route}/").partition(".")
    return path.startswith(f"/{route}/") and name in _BOARD_PAGES


async def _row(datasette: Any, table: str, key: list[str]) -> dict[str, Any] | None:
    db = datasette.get_database()
    result = await db.execute(
        f"SELECT d.filename, t.document_id, t.page, t.boxes FROM [{table}] t "
        f"JOIN documents d ON d.id = t.document_id WHERE t.{PROVENANCE[table].replace(' AND ', ' AND t.')}",
        key,
    )
    row = result.first()
    return dict(row) if row else None


def _key(table: str, pks: str) -> list[str] | None:
    parts = pks.split(",")
    expected = PROVENANCE[table].count("?")
    return parts if len(parts) == expected else None


async def pdf(request: Any, datasette: Any) -> Response:
    document_id = request.url_vars["document_id"]
    path = _files(datasette) / f"{document_id}.pdf"
    if not _personal(datasette):
        return Response.text("Originalen visas bara när publiceringen får visa personuppgifter", status=403)
    if not _SHA256.match(document_id) or not path.is_file():
        return Response.text("Ingen sådan PDF", status=404)
    return Response(path.read_bytes(), content_type="application/pdf")


# Personal data each database knows of, by database version (read past the authorizer).
_KNOWN: dict[str, tuple[tuple[int, ...], Personal]] = {}
_RENDERS = 2  # pictures rendered at once, each in a process of its own
_RUNNING: dict[str, asyncio.Task[bytes | None]] = {}
# Pictures that could not be rendered, and when: a placeholder at once, not another try, for a while.
_FAILED: dict[str, float] = {}
FAILED_SECONDS = 600.0
_state: dict[str, asyncio.Semaphore] = {}


def _read_personal(db_path: str, document_id: str, page: int) -> tuple[Personal, list[Box]]:
    """What the database knows of personal data, and the boxes on this page holding any."""
    version = served.database_version(db_path)
    uri = f"{Path(db_path).resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        cached = _KNOWN.get(db_path)
        personal = cached[1] if cached and cached[0] == version else known_values(connection)
        _KNOWN[db_path] = (version, personal)
        return personal, stored_boxes(connection, document_id, page, personal)


async def _rendered(key: str, picture: Picture) -> bytes | None:
    """The picture, rendered once however many ask for it at the same time, at most _RENDERS at once."""
    if key not in _RUNNING:
        slots = _state.setdefault("slots", asyncio.Semaphore(_RENDERS))

        async def render() -> bytes | None:
            async with slots:
                return await asyncio.to_thread(render_isolated, picture)

        task = asyncio.ensure_future(render())
        task.add_done_callback(lambda _: _RUNNING.pop(key, None))
        _RUNNING[key] = task
    return await asyncio.shield(_RUNNING[key])


async def highlight(request: Any, datasette: Any) -> Response:
    """A row's page as a picture, the row's boxes marked and, unless shown, personal data blacked out.

    Kept on disk by what it shows (:mod:`atgard.output.picture_cache`); rendered off the event loop,
    in a process with a time and memory limit; a page that cannot be rendered gets a placeholder."""
    table, key = request.url_vars["table"], _key(request.url_vars["table"], request.url_vars["pks"])
    row = await _row(datasette, table, key) if key else None
    if row is None or key is None:
        return Response.text("Ingen sådan rad", status=404)
    document_id, page = row["document_id"], int(row["page"])
    pdf_path = _files(datasette) / f"{document_id}.pdf"
    if not _SHA256.match(document_id) or not pdf_path.is_file():
        return Response.text("PDF:en finns inte lagrad", status=404)
    personal: Personal | None = None
    hidden: list[Box] = []
    if not _personal(datasette):
        personal, hidden = await asyncio.to_thread(_read_personal, served.source_path(datasette), document_id, page)
    marked = tuple(boxes_on_page(row["boxes"], page))
    picture = Picture(str(pdf_path), page, marked, tuple(hidden), personal)
    name, cache = picture.key(document_id), PictureCache(_files(datasette) / "cache")
    data = await asyncio.to_thread(cache.get, name)
    if data is None and time.monotonic() - _FAILED.get(name, -FAILED_SECONDS) >= FAILED_SECONDS:
        data = await _rendered(name, picture)
        if data is None:
            if len(_FAILED) > 10_000:
                _FAILED.clear()
            _FAILED[name] = time.monotonic()
        else:
            await asyncio.to_thread(cache.put, name, data)
    if data is None:
        return Response(placeholder(), content_type="image/png", headers={"Cache-Control": "no-store"})
    return Response(data, content_type="image/png", headers={"Cache-Control": "max-age=3600"})


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/$", index),
        (r"^/-/atgard/pdf/(?P<document_id>[0-9a-f]{64})\.pdf$", pdf),
        (
            r"^/-/atgard/highlight/(?P<table>measures|referrals|decision_points|signatories|answers|blocks)/(?P<pks>[0-9a-f,]+)\.png$",
            highlight,
        ),
    ]


_ROW_PATH = re.compile(r"^(?:referrals|measures|decision_points|signatories|documents)/[0-9a-f,]+$")
_DOCUMENT_COLUMNS = frozenset(
    {"svar", "document_id", "referral_document_id", "answer_document_id", "measure_document_id"}
)


@hookimpl
def render_cell(value: Any, column: str, database: str, datasette: Any) -> Any:
    """Ids and row paths in results as links: a document's id to its row, "rad" to the item's row page."""
    from markupsafe import Markup, escape

    if not isinstance(value, str):
        return None
    if column in _DOCUMENT_COLUMNS and _SHA256.match(value):
        url = datasette.urls.row(database, "documents", value)
        return Markup(f'<a href="{escape(url)}">{escape(value[:12])}</a>')
    if column == "rad" and _ROW_PATH.match(value):
        table, key = value.split("/", 1)
        url = datasette.urls.row(database, table, key)
        return Markup(f'<a href="{escape(url)}">visa med sidbild</a>')
    return None


# The home page's lists of each database (boards with their referral counts, reports), by database version.
_HOME: dict[str, tuple[tuple[object, ...], dict[str, Any]]] = {}
_HOME_LOCK: dict[int, asyncio.Lock] = {}


async def _home(datasette: Any) -> dict[str, Any]:
    """What the home page and the board and report pages need: the database, its boards and reports.

    Counted once per version of the database (the counts join every referral): under load the
    home page answers from memory, as fast as any page."""
    db = datasette.get_database()
    async with _HOME_LOCK.setdefault(id(datasette), asyncio.Lock()):  # counted once, however many ask at once
        version = served.version(datasette)
        cached = _HOME.get(db.name)
        if cached is not None and cached[0] == version and version:
            return cached[1]
        # the referrals each board's page lists: the publication's own SQL, not held to the time limit of a
        # visitor's query (a second at 100,000 measures, once per version)
        boards = await db.execute_fn(lambda connection: connection.execute(HOME_BOARDS).fetchall())
        reports = await db.execute(
            "SELECT document_id AS key_id, title, year FROM report_documents WHERE title IS NOT NULL ORDER BY title"
        )
        queries = datasette.metadata("queries", database=db.name) or {}
        home = {
            "atgard_db": db.route,
            "atgard_boards": [dict(row) for row in boards],
            "atgard_reports": [dict(row) for row in reports.rows],
            "atgard_board_sql": queries.get("min_namnd", {}).get("sql", ""),
            "atgard_pdfs": _personal(datasette),  # the stored PDFs are served: the pages may link them
        }
        _HOME[db.name] = (version, home)
        return home


async def index(request: Any, datasette: Any) -> Response:
    """The home page, without Datasette's own index work (a count of every table, on every request),
    which its template does not show: only the boards and reports, from :func:`_home`."""
    await datasette.ensure_permissions(request.actor, ["view-instance"])
    json_url = datasette.absolute_url(request, datasette.urls.path("/.json"))
    db = datasette.get_database()
    # The page is the same for every visitor without a login, until the database changes: kept as rendered.
    key = (db.name, served.version(datasette), json_url) if request.actor is None else None
    html = _INDEX.get(key) if key else None
    if html is None:
        context = {
            "metadata": datasette.metadata(),
            "datasette_version": datasette_version,
            "databases": [],
            "select_templates": ["*index.html"],
            "alternate_url_json": json_url,
        }
        html = await datasette.render_template("index.html", context, request=request, view_name="index")
        if key and key[1]:
            if len(_INDEX) > 16:
                _INDEX.clear()
            _INDEX[key] = html
    return Response.html(html, headers={"Link": f'{json_url}; rel="alternate"; type="application/json+datasette"'})


_INDEX: dict[tuple[object, ...], str] = {}


@hookimpl
def extra_template_vars(view_name: str, table: str | None, request: Any, datasette: Any) -> Any:
    if view_name in ("index", "page"):

        async def home() -> dict[str, Any]:
            return await _home(datasette)

        return home
    if view_name != "row" or table not in PROVENANCE or request is None:
        return {}

    async def provenance() -> dict[str, Any]:
        pks = request.url_vars.get("pks", "")
        key = _key(table, pks)
        row = await _row(datasette, table, key) if key else None
        if row is None:
            return {}
        return {
            "atgard_provenance": {
                "filename": row["filename"],
                "page": row["page"],
                "pdf_url": f"/-/atgard/pdf/{row['document_id']}.pdf#page={row['page']}"
                if _personal(datasette)
                else None,
                "image_url": f"/-/atgard/highlight/{table}/{pks}.png",
            }
        }

    return provenance
