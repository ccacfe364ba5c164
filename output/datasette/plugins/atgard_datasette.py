"""Datasette plugin for the atgard publication: Swedish stemming in SQL, stored PDFs, provenance pictures.

Loaded by ``atgard serve`` through Datasette's ``--plugins-dir``. The stored
PDFs are served by document id only (the id is a sha256, matched exactly), never
by a path taken from the request.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import datasette.handle_exception as datasette_errors
from datasette import hookimpl
from datasette.utils.asgi import Response

from atgard.output.search import stem_query

# Datasette 0.65's error handler prints every error with rich's print_exception, which
# current rich releases refuse outside an except block: every 404 became a 500. Without
# rich the handler renders its normal error pages.
datasette_errors.rich = None

# Tables whose rows point at a place in a PDF, and how a row is found from its URL.
PROVENANCE = {
    "measures": "id = ?",
    "referrals": "id = ?",
    "decision_points": "document_id = ? AND seq = ?",
    "signatories": "document_id = ? AND seq = ?",
}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _files(datasette: Any) -> Path:
    return Path((datasette.plugin_config("atgard") or {})["files"])


@hookimpl
def prepare_connection(conn: Any) -> None:
    conn.create_function("stem_sv", 1, stem_query, deterministic=True)


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
    if not _SHA256.match(document_id) or not path.is_file():
        return Response.text("Ingen sådan PDF", status=404)
    return Response(path.read_bytes(), content_type="application/pdf")


def _render(pdf_path: Path, page: int, boxes: list[dict[str, Any]]) -> bytes:
    import pdfplumber

    with pdfplumber.open(pdf_path) as document:
        picture = document.pages[page - 1].to_image(resolution=96)
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
    if row is None:
        return Response.text("Ingen sådan rad", status=404)
    files = _files(datasette)
    cache = files / "cache" / f"{table}-{'-'.join(key)}.png"
    if not cache.is_file():
        pdf_path = files / f"{row['document_id']}.pdf"
        if not pdf_path.is_file():
            return Response.text("PDF:en finns inte lagrad", status=404)
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(".part")
        partial.write_bytes(_render(pdf_path, row["page"], json.loads(row["boxes"])))
        partial.replace(cache)
    return Response(cache.read_bytes(), content_type="image/png", headers={"Cache-Control": "max-age=3600"})


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/atgard/pdf/(?P<document_id>[0-9a-f]{64})\.pdf$", pdf),
        (
            r"^/-/atgard/highlight/(?P<table>measures|referrals|decision_points|signatories)/(?P<pks>[0-9a-f,]+)\.png$",
            highlight,
        ),
    ]


@hookimpl
def extra_template_vars(view_name: str, table: str | None, request: Any, datasette: Any) -> Any:
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
                "pdf_url": f"/-/atgard/pdf/{row['document_id']}.pdf#page={row['page']}",
                "image_url": f"/-/atgard/highlight/{table}/{pks}.png",
            }
        }

    return provenance
