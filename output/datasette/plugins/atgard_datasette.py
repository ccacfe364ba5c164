"""Datasette plugin for the atgard publication: Swedish stemming in SQL, stored PDFs, provenance pictures.

Loaded by ``atgard serve`` through Datasette's ``--plugins-dir``. The stored
PDFs are served by document id only (the id is a sha256, matched exactly), never
by a path taken from the request. Unless the publication was started with
personal data included, the columns that hold names and telephone numbers read
as NULL (an SQLite authorizer on every connection, so canned queries, arbitrary
SQL and the JSON API alike), the PDFs are not served, and the boxes with names
are blacked out in the page pictures.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response
from datasette.version import __version__ as datasette_version

from atgard.output.board_page import HOME_BOARDS
from atgard.output.search import stem_query
from atgard.output.views import register_functions


@hookimpl
def startup(datasette: Any) -> None:
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
    if route := _config(datasette).get("route"):
        db = datasette.get_database()
        if db.name != route:
            datasette.remove_database(db.name)
            datasette.add_database(db, name=route, route=route)


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


# Columns with personal data (case officers' and signatories' names, phone numbers,
# e-mail addresses; the reader's blocks, which include the "Handläggare" box).
PERSONAL_COLUMNS = {
    ("documents", "case_officer_name"),
    ("documents", "case_officer_phone"),
    ("documents", "case_officer_email"),
    ("signatories", "name"),
    ("blocks", "text"),
    ("blocks", "cells"),
}
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


def _hide_personal_columns(action: int, table: str | None, column: str | None, *_: Any) -> int:
    if action == sqlite3.SQLITE_READ and (table, column) in PERSONAL_COLUMNS:
        return sqlite3.SQLITE_IGNORE  # the column reads as NULL
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn: Any, datasette: Any) -> None:
    conn.create_function("stem_sv", 1, stem_query, deterministic=True)
    register_functions(conn)  # case_key, as on the store's connections
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    if not _personal(datasette):
        conn.set_authorizer(_hide_personal_columns)


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    def wrap(app: Any) -> Any:
        async def with_headers(scope: Any, receive: Any, send: Any) -> None:
            html = False

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

            await app(scope, receive, send_with_headers)

        return with_headers

    return wrap


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


def _personal_boxes(db_path: str, document_id: str, page: int) -> list[tuple[float, float, float, float]]:
    """Boxes on a page that hold names: signatures and the "Handläggare" box (read past the authorizer)."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT boxes FROM signatories WHERE document_id = ? AND page = ? "
            "UNION ALL SELECT boxes FROM blocks WHERE document_id = ? AND page = ? AND kind = 'table_row' "
            "AND (text LIKE 'Handläggare%' OR text LIKE '%| Handläggare%')",
            [document_id, page, document_id, page],
        ).fetchall()
    found = []
    for (boxes,) in rows:
        for box in json.loads(boxes):
            if box["page"] == page:
                b = box["bbox"]
                found.append((b["x0"], b["top"], b["x1"], b["bottom"]))
    return found


def _render(pdf_path: Path, page: int, boxes: list[dict[str, Any]], hidden: Sequence[tuple[float, ...]]) -> bytes:
    import pdfplumber

    with pdfplumber.open(pdf_path) as document:
        picture = document.pages[page - 1].to_image(resolution=96)
        for x0, top, x1, bottom in hidden:
            picture.draw_rect((x0 - 2, top - 2, x1 + 2, bottom + 2), fill=(0, 0, 0, 255), stroke=(0, 0, 0, 255))
        for box in boxes:
            if box["page"] == page:
                b = box["bbox"]
                picture.draw_rect(
                    (b["x0"] - 2, b["top"] - 2, b["x1"] + 2, b["bottom"] + 2),
                    fill=(255, 214, 0, 70),
                    stroke=(204, 0, 0, 255),
                    stroke_width=3,
                )
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
        return buffer.getvalue()


async def highlight(request: Any, datasette: Any) -> Response:
    table, key = request.url_vars["table"], _key(request.url_vars["table"], request.url_vars["pks"])
    row = await _row(datasette, table, key) if key else None
    if row is None or key is None:
        return Response.text("Ingen sådan rad", status=404)
    files = _files(datasette)
    personal = _personal(datasette)
    cache = files / "cache" / f"{table}-{'-'.join(key)}{'' if personal else '-utan-personuppgifter'}.png"
    if not cache.is_file():
        pdf_path = files / f"{row['document_id']}.pdf"
        if not pdf_path.is_file():
            return Response.text("PDF:en finns inte lagrad", status=404)
        hidden = [] if personal else _personal_boxes(datasette.get_database().path, row["document_id"], row["page"])
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(".part")
        partial.write_bytes(_render(pdf_path, row["page"], json.loads(row["boxes"]), hidden))
        partial.replace(cache)
    return Response(cache.read_bytes(), content_type="image/png", headers={"Cache-Control": "max-age=3600"})


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
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


async def _home(datasette: Any) -> dict[str, Any]:
    """What the home page and the board and report pages need: the database, its boards and reports."""
    db = datasette.get_database()
    boards = await db.execute(HOME_BOARDS)  # the referrals each board's page lists
    reports = await db.execute(
        "SELECT document_id AS key_id, title, year FROM report_documents WHERE title IS NOT NULL ORDER BY title"
    )
    queries = datasette.metadata("queries", database=db.name) or {}
    return {
        "atgard_db": db.route,
        "atgard_boards": [dict(row) for row in boards.rows],
        "atgard_reports": [dict(row) for row in reports.rows],
        "atgard_board_sql": queries.get("min_namnd", {}).get("sql", ""),
        "atgard_pdfs": _personal(datasette),  # the stored PDFs are served: the pages may link them
    }


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
