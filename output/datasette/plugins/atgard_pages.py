"""Datasette plugin for the clerk's pages: items by their stable ids, *Min nämnd*, search, downloads, the feed.

Loaded beside ``atgard_datasette.py`` (``--plugins-dir``). What each page shows is read by the functions of
``output/`` (items.py, recipients.py, document_page.py, board_page.py, matrix.py, picker.py, search.py);
here they are given a connection and a template. The pages, in Swedish:

- ``/remiss/<id>``, ``/atgarder/<id>``, ``/beslutspunkt/<id>``, ``/svar/<id>``: an item by the export's stable id;
  ``/dokument/<sha256>``: a document;
- ``/min-namnd?namnd=…``: what a board must answer, the board found however the clerk writes it;
- ``/sok?sokord=…``: search that never breaks, codes and case numbers first;
- ``….excel`` after any canned query: the rows as CSV for Swedish Excel;
- the Atom feed of ``namnd_flode`` titled with the board's name; an unknown board is a 404 with a message
  for every query that takes one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, quote

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup

from atgard.output import excel, feed, labels, served
from atgard.output.board_page import board_rows, sections, with_members
from atgard.output.document_page import document_page
from atgard.output.functions import register_publication_functions
from atgard.output.items import Row, answer_page, decision_page, is_document_id, measure_page, parse_item_id, path_of
from atgard.output.matrix import report_grid
from atgard.output.picker import Pick, Register, load_register
from atgard.output.recipients import referral_page
from atgard.output.search import highlighted, parse_search

BOARD_QUERIES = ("min_namnd", "namnd_flode", "det_har_ska_namnden_svara_pa")
DEFAULT_BASE_URL = "http://127.0.0.1:8001"
VIEW = "atgard-sida"  # the view name the clerk's pages of this plugin render with


def _config(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config("atgard") or {}


def _personal(datasette: Any) -> bool:
    return bool(_config(datasette).get("personal_data"))


def _route(datasette: Any) -> str:
    return str(_config(datasette).get("route") or datasette.get_database().route)


@hookimpl
def prepare_connection(conn: Any, datasette: Any) -> None:
    register_publication_functions(conn, _config(datasette).get("base_url") or DEFAULT_BASE_URL)


@hookimpl
def prepare_jinja2_environment(env: Any, datasette: Any) -> None:
    """The Swedish words of :mod:`atgard.output.labels` as filters, one way of writing them on every page."""
    env.filters["dagar"] = labels.days
    env.filters["roll"] = labels.role
    env.filters["dokumentslag"] = labels.document_kind
    env.filters["namndslag"] = labels.board_kind
    env.filters["lage"] = _situation
    env.filters["relationer"] = labels.relations
    env.filters["antal"] = labels.plural
    env.filters["avsnitt"] = sections


def _situation(row: Any) -> str:
    """A row's state in words, from its codes (a dict, or the sqlite3.Row that sql() gives)."""
    given = set(row.keys())
    status, timeliness, left = (row[k] if k in given else None for k in ("status_kod", "tid_kod", "dagar"))
    return labels.situation(status, timeliness, left)


_REGISTERS: dict[int, tuple[tuple[object, ...], Register]] = {}


async def _register(datasette: Any) -> Register:
    """The database's register of boards, read once per version of what is served (every board page and every
    canned query that takes a board asks for it: read each time, it was a third of a board page's work)."""
    version = served.version(datasette)
    cached = _REGISTERS.get(id(datasette))
    if cached is not None and cached[0] == version and version:
        return cached[1]
    register: Register = await datasette.get_database().execute_fn(load_register)
    _REGISTERS[id(datasette)] = (version, register)
    return register


async def _queries(datasette: Any) -> dict[str, str]:
    db = datasette.get_database()
    queries = datasette.metadata("queries", database=db.name) or {}
    return {name: query["sql"] for name, query in queries.items()}


async def _board(datasette: Any, board_id: str) -> Row:
    """A board's page: its rows in the clerk's words, a group's with every member's state."""
    db = datasette.get_database()
    sql = (await _queries(datasette))["min_namnd"]
    found = board_rows(dict(row) for row in (await db.execute(sql, {"namnd": board_id})).rows)
    kind = await db.execute("SELECT kind FROM boards WHERE id = :id", {"id": board_id})
    if kind.first() and kind.first()["kind"] == "group":
        found = await db.execute_fn(lambda conn: with_members(conn, found, board_id))
    return {"rows": found, "open": [r for r in found if r["is_open"]]}


@hookimpl
def extra_template_vars(view_name: str, datasette: Any) -> Any:
    if view_name not in ("index", "page", VIEW):
        return {}

    async def board(board_id: str) -> Row:
        return await _board(datasette, board_id)

    async def grid(document_id: str) -> Row:
        found: Row = await datasette.get_database().execute_fn(lambda conn: report_grid(conn, document_id))
        return found

    async def suggestions() -> tuple[str, ...]:
        return (await _register(datasette)).suggestions

    queries = datasette.metadata("queries", database=datasette.get_database().name) or {}
    return {
        "atgard_namnd": board,
        "atgard_rutnat": grid,
        "atgard_forslag": suggestions,
        "atgard_route": _route(datasette),
        "atgard_sql": {name: query["sql"] for name, query in queries.items()},
    }


async def _render(datasette: Any, request: Any, template: str, context: Row, status: int = 200) -> Response:
    context = {"metadata": datasette.metadata(), "atgard_route": _route(datasette), **context}
    # a view of its own: the home page's lists (atgard_datasette's, for "index" and "page") are not needed here
    html = await datasette.render_template(template, context, request=request, view_name=VIEW)
    return Response.html(html, status=status)


async def _missing(datasette: Any, request: Any, what: str) -> Response:
    return await _render(datasette, request, "404.html", {"title": "Sidan finns inte", "error": what}, status=404)


def _item_view(kind: str, builder: Callable[..., Row | None], template: str, missing: str) -> Callable[..., Any]:
    async def view(request: Any, datasette: Any) -> Response:
        key = parse_item_id(request.url_vars["id"], kind)
        personal = _personal(datasette)
        found = await datasette.get_database().execute_fn(lambda conn: builder(conn, key, personal)) if key else None
        if found is None:
            return await _missing(datasette, request, missing)
        return await _render(datasette, request, template, {"item": found})

    return view


async def document_view(request: Any, datasette: Any) -> Response:
    document_id = request.url_vars["id"]
    personal = _personal(datasette)
    found = None
    if is_document_id(document_id):
        found = await datasette.get_database().execute_fn(lambda conn: document_page(conn, document_id, personal))
    if found is None:
        return await _missing(datasette, request, "Ingen handling har den adressen.")
    return await _render(datasette, request, "atgard/dokument.html", {"item": found})


async def min_namnd_view(request: Any, datasette: Any) -> Response:
    """What a board must answer, the board found by the picker; nothing found says so, with the closest."""
    typed = request.args.get("namnd", "").strip()
    picked = (await _register(datasette)).pick(typed) if typed else Pick(typed)
    context: Row = {"typed": typed, "picked": picked}
    if picked.board is not None:
        context["namnd"] = await _board(datasette, picked.board.id)
    return await _render(datasette, request, "atgard/min_namnd.html", context)


async def search_view(request: Any, datasette: Any) -> Response:
    """The search page on the canned query ``sok``, each hit linked to its page with the matched words marked."""
    typed = request.args.get("sokord", "").strip()
    hits: list[Row] = []
    if typed:
        parsed = parse_search(typed)
        sql = (await _queries(datasette))["sok"]
        result = await datasette.get_database().execute(sql, {"sokord": typed})
        hits = [
            {**dict(row), "marked": Markup(highlighted(row["text"] or "", parsed.stems, parsed.codes))}
            for row in result.rows
        ]
    return await _render(datasette, request, "atgard/sok.html", {"typed": typed, "hits": hits})


_LINKED = frozenset({"id", "svar_id", "remiss_id"})


@hookimpl
def render_cell(value: Any, column: str) -> Any:
    """Stable ids and page addresses in query results (analysts' view) as links to the Swedish pages."""
    if not isinstance(value, str):
        return None
    if column == "adress" and value.startswith("/"):
        return Markup('<a href="{0}">{0}</a>').format(value)
    if column in _LINKED and (path := path_of(value)):
        return Markup('<a href="{}">{}</a>').format(path, value)
    return None


_STABLE = r"(?P<id>[a-z_]+-[0-9a-f]{20}-\d{1,9})"


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (
            rf"^/remiss/{_STABLE}$",
            _item_view("referral", referral_page, "atgard/remiss.html", "Ingen remiss har den adressen."),
        ),
        (
            rf"^/atgarder/{_STABLE}$",
            _item_view("measure", measure_page, "atgard/atgard.html", "Ingen åtgärd har den adressen."),
        ),
        (
            rf"^/beslutspunkt/{_STABLE}$",
            _item_view(
                "decision_point", decision_page, "atgard/beslutspunkt.html", "Ingen beslutspunkt har den adressen."
            ),
        ),
        (rf"^/svar/{_STABLE}$", _item_view("answer", answer_page, "atgard/svar.html", "Inget svar har den adressen.")),
        (r"^/dokument/(?P<id>[^/]+)$", document_view),
        (r"^/min-namnd$", min_namnd_view),
        (r"^/sok$", search_view),
    ]


def render_excel(
    columns: list[str], rows: list[Any], request: Any, query_name: str | None, table: str | None
) -> Response:
    """Any query or table as a CSV file Swedish Excel opens (:mod:`atgard.output.excel`)."""
    name = query_name or table or "atgard"
    board = request.args.get("namnd") if request is not None else None
    body = excel.excel_csv(columns, [list(row) for row in rows])
    headers = {"content-disposition": f'attachment; filename="{excel.filename(name + ("-" + board if board else ""))}"'}
    return Response(body, content_type="text/csv; charset=utf-8", headers=headers)


@hookimpl
def register_output_renderer(datasette: Any) -> Row:
    return {"extension": "excel", "render": render_excel, "can_render": lambda: True}


async def _feed_title(datasette: Any, request: Any, query_name: str) -> str | Response:
    """The title of a board's or a case's feed, or the 404 of one that does not exist."""
    if query_name == "namnd_flode":
        picked = (await _register(datasette)).pick(request.args.get("namnd", ""))
        if picked.board is None:
            return _unknown_board(picked, "atom")
        return f"{picked.board.name}: nya remisser och svar"
    found = await datasette.get_database().execute(
        "SELECT number FROM case_overview WHERE id = :id", {"id": request.args.get("arende", "")}
    )
    if not found.rows:
        return Response.text("Inget ärende har det id:t", status=404)
    return f"Ärende {found.rows[0]['number']}: nya handlingar och svar"


def _feed_renderer(render: Callable[..., Any]) -> Callable[..., Any]:
    """datasette-atom's renderer, for a board's and a case's feed: titled with the board's name or the case's
    number, empty (not an error) when nothing came yet, a 404 for a board or case that does not exist."""

    async def render_feed(
        datasette: Any, request: Any, sql: str, columns: list[str], rows: list[Any], database: str, table: str | None,
        query_name: str | None, view_name: str, data: Row,
    ) -> Any:  # fmt: skip
        if query_name not in ("namnd_flode", "arende_flode"):
            return render(datasette, request, sql, columns, rows, database, table, query_name, view_name, data)
        title = await _feed_title(datasette, request, query_name)
        if isinstance(title, Response):
            return title
        if not rows:
            empty = feed.empty_feed(request.url, title, "2000-01-01T00:00:00+00:00")
            return Response(empty, content_type="application/xml; charset=utf-8")
        response = render(datasette, request, sql, columns, rows, database, table, query_name, view_name, data)
        response.body = feed.titled(response.body, title)
        return response

    return render_feed


@hookimpl
def startup(datasette: Any) -> None:
    if "atom" in datasette.renderers:
        render, can_render = datasette.renderers["atom"]
        datasette.renderers["atom"] = (_feed_renderer(render), can_render)


def _unknown_board(picked: Pick, extension: str) -> Response:
    """An unknown board: 404, saying so, with the boards meant or the closest names."""
    message = f"Ingen nämnd eller bolag heter så: {picked.typed}"
    proposals = [{"id": b.id, "namn": b.name} for b in (picked.choices or picked.closest)]
    if picked.choices:
        message = f"Flera nämnder eller bolag passar: {picked.typed}"
    if extension == "json":
        return Response.json({"ok": False, "status": 404, "error": message, "forslag": proposals}, status=404)
    names = ", ".join(p["namn"] for p in proposals)
    return Response.text(message + (f". Menade du: {names}?" if names else ""), status=404)


def _board_query(path: str, query: bytes, route: str) -> tuple[str, str] | None:
    """The extension and board of a request to a canned query that takes one (None for anything else)."""
    match = re.match(rf"^/{re.escape(route)}/({'|'.join(BOARD_QUERIES)})(?:\.(json|csv|excel|atom))?$", path)
    if match is None:
        return None
    typed = parse_qs(query.decode("ascii", "replace")).get("namnd", [""])[0].strip()
    return (match.group(2) or "html", typed) if typed else None


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """Every canned query that takes a board answers a board no spelling names with a 404 and a message."""

    def wrap(app: Any) -> Any:
        async def unknown_boards(scope: Any, receive: Any, send: Any) -> None:
            asked = _board_query(scope.get("path", ""), scope.get("query_string", b""), _route(datasette))
            if scope["type"] == "http" and asked is not None:
                extension, typed = asked
                picked = (await _register(datasette)).pick(typed)
                if picked.board is None:
                    if extension == "html":
                        response = Response.redirect("/min-namnd?namnd=" + quote(typed))
                    else:
                        response = _unknown_board(picked, extension)
                    await response.asgi_send(send)
                    return
            await app(scope, receive, send)

        return unknown_boards

    return wrap
