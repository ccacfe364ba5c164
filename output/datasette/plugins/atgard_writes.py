"""Datasette plugin for writing from the browser: sign-in, corrections (*Rätta*), the review queue, uploads.

Nothing is written unless the publication was started with ``atgard serve --writable`` and an accounts file
(:mod:`atgard.output.accounts`); then a signed-in *handläggare* may correct items and add documents, a *läsare*
only read. Sign-in sets Datasette's signed actor cookie (``ds_actor``); every form carries Datasette's CSRF token
(asgi-csrf refuses a POST without it); every write is checked against the accounts file again and logged in
``audit_log``. The pages, in Swedish:

- ``/logga-in`` and ``/logga-ut``;
- ``/ratta`` (POST): one correction of an item, from the item's page (:mod:`atgard.output.corrections`);
- ``/att-granska``: the review queue (:mod:`atgard.output.review`);
- ``/lagg-till-dokument``: upload a PDF, ingested in the background by a worker with a memory and a time limit
  (``atgard.pipeline.uploads``), with its progress and the CLI's one-line result.
"""

from __future__ import annotations

import asyncio
import re
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils.asgi import Response

from atgard.output import labels, served
from atgard.output.accounts import ROLES, Account, AccountsError, load_accounts, verify_password
from atgard.output.corrections import CorrectionError, audit, make_correction
from atgard.output.review import item_corrections, review_queue


def _csrf_reads_multipart() -> None:
    """asgi-csrf 0.11 (Datasette 0.65's CSRF check) hands python-multipart a ``FileClass`` that its releases since
    0.0.14 no longer take: every multipart form (an upload) failed with a 500. The check reads the form's fields
    until the token (first in our forms); the file it never keeps. Only an asgi-csrf that passes ``FileClass`` to
    a parser without it is patched."""
    import inspect

    import asgi_csrf  # type: ignore[import-untyped]
    import python_multipart

    if "FileClass" in inspect.signature(python_multipart.FormParser.__init__).parameters:
        return

    class FormParser(python_multipart.FormParser):
        def __init__(self, content_type: str, on_field: Any, on_file: Any, *args: Any, **kwargs: Any) -> None:
            kwargs.pop("FileClass", None)
            super().__init__(content_type, on_field, lambda *_: None, *args, **kwargs)

    asgi_csrf.FormParser = FormParser


_csrf_reads_multipart()
VIEW = "atgard-sida"
DEFAULT_UPLOAD_BYTES = 50 * 1024 * 1024
DEFAULT_UPLOAD_MEMORY_MB = 1536
DEFAULT_UPLOAD_SECONDS = 120.0
_SAFE_NAME = re.compile(r"[^\w.\- ]+")


def _config(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config("atgard") or {}


def _writable(datasette: Any) -> bool:
    config = _config(datasette)
    return bool(config.get("writable") and config.get("accounts"))


def _accounts(datasette: Any) -> dict[str, Account]:
    try:
        return load_accounts(Path(_config(datasette)["accounts"])) if _writable(datasette) else {}
    except AccountsError:
        return {}


def _account(datasette: Any, request: Any) -> Account | None:
    """The signed-in account, as the accounts file has it now (a removed account is signed out at once)."""
    actor = request.actor if request is not None else None
    if not actor or not _writable(datasette):
        return None
    return _accounts(datasette).get(str(actor.get("id")))


def _refused(message: str) -> Response:
    return Response.text(message, status=403)


def _writer(datasette: Any, request: Any) -> Account | Response:
    """The account that may write, or the 403 that says why not."""
    if not _writable(datasette):
        return _refused("Publiceringen är skrivskyddad: den startas med atgard serve --writable och konton.")
    account = _account(datasette, request)
    if account is None:
        return _refused("Logga in först.")
    if not account.may_write:
        return _refused(f"Kontot {account.name} är en läsare: det får bara läsa.")
    return account


async def _render(datasette: Any, request: Any, template: str, context: dict[str, Any], status: int = 200) -> Response:
    context = {"metadata": datasette.metadata(), **context}
    html = await datasette.render_template(template, context, request=request, view_name=VIEW)
    return Response.html(html, status=status)


def _back(path: str) -> str:
    """A page of this publication to go back to (never another site)."""
    return path if path.startswith("/") and not path.startswith("//") else "/"


async def login(request: Any, datasette: Any) -> Response:
    if not _writable(datasette):
        return _refused("Publiceringen är skrivskyddad: här loggar ingen in.")
    error = None
    if request.method == "POST":
        form = await request.post_vars()
        name, password = form.get("konto", "").strip(), form.get("losenord", "")
        account = _accounts(datasette).get(name)
        if account is not None and verify_password(password, account.password_hash):
            response = Response.redirect(_back(form.get("nasta", "/")))
            actor = {"id": account.name, "roll": account.role}
            response.set_cookie("ds_actor", datasette.sign({"a": actor}, "actor"), httponly=True, samesite="lax")
            return response
        error = "Fel konto eller lösenord."
    context = {"error": error, "next": _back(request.args.get("nasta", "/"))}
    return await _render(datasette, request, "atgard/logga_in.html", context, status=403 if error else 200)


async def logout(request: Any, datasette: Any) -> Response:
    if request.method != "POST":
        return Response.text("Logga ut med knappen på sidan.", status=405)
    response = Response.redirect("/")
    response.set_cookie("ds_actor", "", expires=0, httponly=True, samesite="lax")
    return response


async def correct(request: Any, datasette: Any) -> Response:
    """One correction from an item's page; back to the page, which shows it (or the reason it was refused)."""
    if request.method != "POST":
        return Response.text("Rättelser skickas från sidan för det som rättas.", status=405)
    account = _writer(datasette, request)
    if isinstance(account, Response):
        return account
    form = await request.post_vars()
    back = _back(form.get("nasta", "/"))
    value: Any = {k[len("varde_") :]: v for k, v in form.items() if k.startswith("varde_")} or form.get("varde")

    def write(connection: Any) -> str:
        return make_correction(
            connection,
            form.get("mal", ""),
            form.get("atgard", ""),
            who=account.name,
            why=form.get("skal", ""),
            field=form.get("falt") or None,
            value=value,
            role=account.role,
        )

    try:
        await served.source_database(datasette).execute_write_fn(write)
    except CorrectionError as error:
        return Response.redirect(f"{back}{'&' if '?' in back else '?'}fel={quote(str(error))}#ratta")
    await served.refreshed(datasette)  # the page the clerk goes back to shows the correction (masked)
    return Response.redirect(f"{back}#ratta")


async def review(request: Any, datasette: Any) -> Response:
    queue = await datasette.get_database().execute_fn(review_queue)
    return await _render(datasette, request, "atgard/att_granska.html", {"queue": queue})


@hookimpl
def extra_template_vars(view_name: str, request: Any, datasette: Any) -> Any:
    """Every clerk's page: who is signed in and what they may do; the corrections of an item."""
    account = _account(datasette, request)
    may_write = bool(account and account.may_write)

    async def corrections(document_id: str, kinds: str, seq: int | None = None) -> list[dict[str, Any]]:
        wanted = tuple(kinds.split(","))
        found: list[dict[str, Any]] = await datasette.get_database().execute_fn(
            lambda connection: item_corrections(connection, document_id, wanted, seq)
        )
        return found

    return {
        "atgard_skriv": {
            "writable": _writable(datasette),
            "account": account.name if account else None,
            "role": ROLES.get(account.role, "") if account else None,
            "may_write": may_write,
            "error": request.args.get("fel") if request is not None else None,
            "path": request.full_path if request is not None else "/",
        },
        "atgard_rattelser": corrections,
        "atgard_sakerhet": labels.CONFIDENCE,
        "atgard_skal": labels.reasons,
    }


# --- Uploads --------------------------------------------------------------------------------------------------------

_RUNNING: set[asyncio.Task[None]] = set()
_ONE_AT_A_TIME = asyncio.Lock()


def _limits(datasette: Any) -> tuple[int, int, float]:
    config = _config(datasette)
    return (
        int(config.get("upload_bytes") or DEFAULT_UPLOAD_BYTES),
        int(config.get("upload_memory_mb") or DEFAULT_UPLOAD_MEMORY_MB),
        float(config.get("upload_seconds") or DEFAULT_UPLOAD_SECONDS),
    )


async def _body(request: Any, limit: int) -> bytes | None:
    """The request's body, or None once it grows past ``limit`` (read no further)."""
    chunks, size, more = [], 0, True
    while more:
        message = await request.receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


def _uploaded_file(content_type: str, body: bytes) -> tuple[str, bytes] | None:
    """The one file of a multipart form: its name and bytes."""
    import io

    from python_multipart import parse_form

    found: list[tuple[str, bytes]] = []

    def on_file(file: Any) -> None:
        file.file_object.seek(0)
        found.append(((file.file_name or b"dokument.pdf").decode("utf-8", "replace"), file.file_object.read()))

    headers = {"Content-Type": content_type.encode("latin-1"), "Content-Length": str(len(body)).encode("ascii")}
    parse_form(headers, io.BytesIO(body), lambda field: None, on_file)
    return found[0] if found else None


async def upload(request: Any, datasette: Any) -> Response:
    """The upload page (GET: the form and the uploads' progress; POST: a PDF, ingested in the background)."""
    if request.method != "POST":
        found = await datasette.get_database().execute_fn(_uploads)
        waiting = any(u["state"] in ("waiting", "reading") for u in found)
        context = {"uploads": found, "refresh": waiting, "max_mb": _limits(datasette)[0] // (1024 * 1024)}
        return await _render(datasette, request, "atgard/lagg_till.html", context)
    account = _writer(datasette, request)
    if isinstance(account, Response):
        return account
    limit, _, _ = _limits(datasette)
    declared = int(request.headers.get("content-length") or 0)
    body = await _body(request, limit + 64 * 1024) if declared <= limit + 64 * 1024 else None
    if body is None:
        await _discarded(request.receive, DRAIN_BYTES, DRAIN_SECONDS)
        return Response.text(f"Filen är större än {limit // (1024 * 1024)} MB: den tas inte emot.", status=413)
    found = _uploaded_file(request.headers.get("content-type", ""), body)
    if found is None or not found[1]:
        return Response.text("Välj en PDF-fil att lägga till.", status=400)
    number = await _queued(datasette, account, *found)
    await served.refreshed(datasette)  # the upload page lists it
    task = asyncio.ensure_future(_ingest_upload(datasette, number))
    _RUNNING.add(task)
    task.add_done_callback(_RUNNING.discard)
    return Response.redirect("/lagg-till-dokument")


async def _queued(datasette: Any, account: Account, filename: str, data: bytes) -> int:
    """The upload kept in the PDFs' folder and its row in ``uploads`` (and in the audit log); its number."""
    name = _SAFE_NAME.sub("_", Path(filename).name).strip() or "dokument.pdf"

    def write(connection: Any) -> int:
        with connection:
            cursor = connection.execute(
                "INSERT INTO uploads (filename, size, who, at, state) VALUES (?, ?, ?, ?, 'waiting')",
                [name, len(data), account.name, datetime.now(UTC).isoformat(timespec="seconds")],
            )
            number = int(cursor.lastrowid or 0)
            audit(connection, account.name, account.role, "uppladdning", name, {"upload": number, "size": len(data)})
        return number

    number: int = await served.source_database(datasette).execute_write_fn(write)
    folder = _upload_folder(datasette, number)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return number


def _upload_folder(datasette: Any, number: int) -> Path:
    return Path(_config(datasette)["files"]) / "uploads" / str(number)


async def _ingest_upload(datasette: Any, number: int) -> None:
    """One upload ingested by a worker process (``atgard.pipeline.uploads``), one at a time; a worker that
    overruns its time is ended, and the upload says so."""
    _, memory_mb, seconds = _limits(datasette)
    db_path = served.source_path(datasette)
    async with _ONE_AT_A_TIME:
        command = [sys.executable, "-m", "atgard.pipeline.uploads", db_path, str(number)]
        command += [str(_upload_folder(datasette, number)), "--memory-mb", str(memory_mb), "--seconds", str(seconds)]
        process = await asyncio.create_subprocess_exec(
            *command, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
        )
        try:
            code = await asyncio.wait_for(process.wait(), timeout=seconds + 30)
        except TimeoutError:
            process.kill()
            await process.wait()
            code = -9
    if code != 0:
        await _failed(datasette, number, code, seconds, memory_mb)


async def _failed(datasette: Any, number: int, code: int, seconds: float, memory_mb: int) -> None:
    """An upload whose worker ended without saying how: by its limits (a signal), in one line."""
    reason = (
        f"tog längre tid än {seconds:.0f} s: avbruten"
        if code in (-9, -24, -14)
        else f"behövde mer minne än {memory_mb} MB eller avbröts (kod {code})"
    )

    def write(connection: Any) -> None:
        with connection:
            connection.execute(
                "UPDATE uploads SET state = 'failed', message = filename || ': ' || ?, finished_at = ?"
                " WHERE number = ? AND state IN ('waiting', 'reading')",
                [reason, datetime.now(UTC).isoformat(timespec="seconds"), number],
            )

    await served.source_database(datasette).execute_write_fn(write)


_STATES = {"waiting": "väntar", "reading": "läses in", "done": "klar", "failed": "fel"}


def _uploads(connection: Any) -> list[dict[str, Any]]:
    cursor = connection.execute("SELECT * FROM uploads ORDER BY number DESC LIMIT 50")
    names = [c[0] for c in cursor.description]
    found = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    return [{**u, "state_label": _STATES.get(u["state"], u["state"])} for u in found]


@hookimpl
def startup(datasette: Any) -> Callable[[], Any] | None:
    """Uploads left half-read by a server that stopped are marked failed (their worker is gone)."""
    if not _writable(datasette):
        return None

    async def inner() -> None:
        def write(connection: Any) -> None:
            with connection:
                connection.execute(
                    "UPDATE uploads SET state = 'failed', message = filename || ': avbruten: servern startades om'"
                    " WHERE state IN ('waiting', 'reading')"
                )

        await served.source_database(datasette).execute_write_fn(write)

    return inner


# A refused upload's body is read and thrown away up to this much, so the sender gets to read the answer: a server
# that answers and closes while the body is still coming leaves the sender a broken connection, not the message.
DRAIN_BYTES = 64 * 1024 * 1024
DRAIN_SECONDS = 10.0


async def _discarded(receive: Any, most: int, seconds: float) -> None:
    """The request's body received and dropped, ``most`` bytes or ``seconds`` at most (none of it is kept)."""
    size, deadline = 0, time.monotonic() + seconds
    while size <= most and (left := deadline - time.monotonic()) > 0:
        try:
            message = await asyncio.wait_for(receive(), left)
        except TimeoutError:
            return
        size += len(message.get("body", b""))
        if message.get("type") != "http.request" or not message.get("more_body", False):
            return


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """An upload larger than the limit is refused by its declared size before the CSRF check (which reads a form's
    body) and before any of it is kept: its body is read and dropped (:func:`_discarded`), then the 413 (at once
    to a client that asked ``Expect: 100-continue``, which sends no body before it is told to); one
    without a declared size is kept only up to the limit (:func:`_body`)."""

    def wrap(app: Any) -> Any:
        async def limited(scope: Any, receive: Any, send: Any) -> None:
            if scope["type"] == "http" and scope.get("method") == "POST" and scope.get("path") == "/lagg-till-dokument":
                limit = _limits(datasette)[0] + 64 * 1024
                headers = dict(scope.get("headers") or [])
                if int(headers.get(b"content-length", b"0") or b"0") > limit:
                    too_big = f"Filen är större än {_limits(datasette)[0] // (1024 * 1024)} MB: den tas inte emot."
                    # A client that waits for "100 Continue" sends nothing more: it reads the answer at once.
                    if headers.get(b"expect", b"").lower() != b"100-continue":
                        await _discarded(receive, DRAIN_BYTES, DRAIN_SECONDS)
                    await Response.text(too_big, status=413).asgi_send(send)
                    return
            await app(scope, receive, send)

        return limited

    return wrap


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/logga-in$", login),
        (r"^/logga-ut$", logout),
        (r"^/ratta$", correct),
        (r"^/att-granska$", review),
        (r"^/lagg-till-dokument$", upload),
    ]
