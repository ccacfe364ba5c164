"""PDF → :class:`ReadDocument`: the reading stage, with a choice of two backends.

A backend (PDFium by default, pdfplumber as the reference) turns each page into
characters and ruling edges; everything after that is shared, so both give
the same blocks. Nothing after this stage opens the PDF again. Bad input raises
:class:`InputError` naming the file and the problem, before anything is stored.
"""

from __future__ import annotations

import gc
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from atgard.extract.read.bidi import restore_left_to_right
from atgard.extract.read.blocks import build_blocks
from atgard.extract.read.failures import refusal
from atgard.extract.read.files import check_pdf_file, sha256_file
from atgard.extract.read.furniture import find_furniture, header_segments, running_header
from atgard.extract.read.glyphs import Glyphs, Line
from atgard.extract.read.lines import group_lines
from atgard.extract.read.margin import without_running_margin
from atgard.extract.read.ocr import ocr_pdf
from atgard.extract.read.ocr_layout import tidy_ocr_lines
from atgard.extract.read.options import DEFAULT_BACKEND, DEFAULT_TIME_LIMIT, Backend
from atgard.extract.read.orientation import Frame
from atgard.extract.read.raw_page import Edge, RawPage, glyphs_of, other_frames, page_frame, printed_count
from atgard.extract.read.settings import DEFAULT_LAYOUT, LayoutSettings, resolve
from atgard.extract.read.tables import Box, TableRow, find_ruled_tables, take_table_glyphs
from atgard.extract.read.vertical import columns_read_down
from atgard.schema import PageInfo, ReadDocument
from atgard.schema.errors import InputError, NoTextLayerError

Opener = Callable[[Path], AbstractContextManager[tuple[int, Iterator[RawPage]]]]


def backend_opener(backend: Backend) -> Opener:
    """The parser of a backend, imported when first asked for: importing PDFium loads its library."""
    if backend == "pdfium":
        from atgard.extract.read.backend_pdfium import open_pdfium

        return open_pdfium
    from atgard.extract.read.backend_pdfplumber import open_pdfplumber

    return open_pdfplumber


MAX_PAGES = 5000
MAX_CHARS_PER_PAGE = 100_000  # far above any real page; a crafted file could hold millions


@contextmanager
def time_limit(seconds: float | None, path: Path) -> Iterator[None]:
    """Raise :class:`InputError` for ``path`` when the block takes longer than ``seconds`` (main thread only)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise InputError(path, f"took longer than {seconds:g} s to read (a damaged or hostile file?); skipped")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read_pdf(
    path: Path | str,
    *,
    document_id: str | None = None,
    seconds: float | None = DEFAULT_TIME_LIMIT,
    ocr: bool = False,
    backend: Backend = DEFAULT_BACKEND,
    layout: LayoutSettings | Mapping[str, float] | None = None,
) -> ReadDocument:
    """Read a PDF into pages and blocks; the one entry point of the reading stage.

    ``document_id`` is the file's sha256 when the caller has hashed it already;
    ``seconds`` limits the time a document may take (None: no limit). With
    ``ocr``, pages without a text layer (a scan, a scanned annex) are read by
    OCR, and the other pages keep their own text. ``backend``
    chooses the PDF parser: "pdfium" (fast, the default) or "pdfplumber" (the
    reference); both give the same document. ``layout`` overrides the layout
    stage's thresholds (:class:`LayoutSettings`).
    """
    # The collector is back on when the lines and units are gone: then it walks the document only.
    with collector_paused():
        return _read_pdf(Path(path), document_id, seconds, ocr, backend, resolve(layout))


def _read_pdf(
    path: Path, document_id: str | None, seconds: float | None, ocr: bool, backend: Backend, settings: LayoutSettings
) -> ReadDocument:
    file_layout: Layout | None = None
    try:
        with time_limit(seconds, path):
            file_layout = read_layout(path, backend, settings)
    except NoTextLayerError:
        if not ocr:
            raise
    document_id = document_id or sha256_file(path)
    if ocr and (file_layout is None or file_layout.pages_to_ocr()):
        with tempfile.TemporaryDirectory(prefix="atgard-ocr-") as folder:
            readable = Path(folder) / path.name
            ocr_pdf(path, readable, seconds=seconds * 10 if seconds else None)  # OCR is slow by nature
            ocr_layout = read_layout(readable, backend, settings, scan=False)
            file_layout = with_ocr_pages(file_layout, ocr_layout, settings)
    assert file_layout is not None  # read, or refused above
    return assemble_document(document_id, path.name, file_layout, backend=backend, settings=settings)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the block, and back as it was after it.

    Reading makes hundreds of thousands of small objects (units, segments, boxes), none in a cycle; the
    collector would walk the young ones every 700 allocations and the whole heap now and then, for nothing
    (a fifth of the time spent making them). Anything cyclic is collected once it is back on.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@dataclass(frozen=True)
class Layout:
    """A file's pages read into lines and ruled-table rows: what blocks are built from."""

    pages: list[PageInfo]
    lines: list[list[Line]]
    rows: list[list[TableRow]]

    def pages_to_ocr(self) -> list[int]:
        """Page numbers (from 1) of pages that show an image but have no text: scanned pages."""
        return [page.number for page in self.pages if page.text_source == "none" and page.images]


def with_ocr_pages(layout: Layout | None, ocr: Layout, settings: LayoutSettings) -> Layout:
    """``layout`` with its scanned pages taken from the OCR'd copy ``ocr``; the other pages keep their own text.

    With no ``layout`` (no page had text), or one whose pages the OCR'd copy does not match, every page is OCR's.
    """
    wanted = set(layout.pages_to_ocr()) if layout is not None and len(layout.pages) == len(ocr.pages) else None
    scanned = [lines for page, lines in zip(ocr.pages, ocr.lines, strict=True) if _wanted(page, wanted)]
    tidied = iter(tidy_ocr_lines(scanned, settings))
    pages, lines, rows = [], [], []
    for i, page in enumerate(ocr.pages):
        if _wanted(page, wanted):
            source = "ocr" if page.char_count else "none"
            pages.append(page.model_copy(update={"text_source": source}))
            lines.append(next(tidied))
            rows.append(ocr.rows[i])
        else:
            assert layout is not None  # only pages of the original are not wanted
            pages.append(layout.pages[i])
            lines.append(layout.lines[i])
            rows.append(layout.rows[i])
    return Layout(pages, lines, rows)


def _wanted(page: PageInfo, wanted: set[int] | None) -> bool:
    return wanted is None or page.number in wanted


def read_layout(path: Path, backend: Backend, settings: LayoutSettings, *, scan: bool = True) -> Layout:
    """Every page of the file in lines and rows; :class:`NoTextLayerError` when no page has text and ``scan``."""
    check_pdf_file(path)
    pages: list[PageInfo] = []
    lines: list[list[Line]] = []
    rows: list[list[TableRow]] = []
    layer = 0  # printed characters in the text layer, readable or not
    opened = False
    try:
        with backend_opener(backend)(path) as (count, raw_pages):
            opened = True
            if count > MAX_PAGES:
                raise InputError(path, f"{count} pages: more than the {MAX_PAGES} atgard reads")
            for number, page in enumerate(raw_pages, start=1):
                page = page._replace(chars=columns_read_down(page.chars))  # vertical writing, read down
                page_read = _read_page(path, number, page, settings)
                layer += printed_count(page.chars)
                pages.append(page_read.info)
                lines.append(page_read.lines)
                rows.append(page_read.rows)
    except InputError:
        raise
    except Exception as error:  # a damaged file, in the PDF library's words, or atgard's own bug (raised again)
        refused = refusal(error, path, opened)
        if refused is None:
            raise
        raise refused from error
    if not pages:
        raise InputError(path, "damaged PDF: it has no pages")
    if scan and not any(lines) and not any(rows):
        raise NoTextLayerError(path, _no_text(len(pages), layer, backend))
    return Layout(pages, lines, rows)


def _no_text(pages: int, layer: int, backend: Backend) -> str:
    """Why a document gave no text, and what to do.

    >>> _no_text(2, 0, "pdfium")
    "no text layer in 2 page(s): it looks like a scanned image; read it with 'atgard ingest --ocr'"
    >>> _no_text(1, 1218, "pdfplumber")  # doctest: +ELLIPSIS
    "its text layer (1218 characters) gives no readable text on the page (...): ... or with '--backend pdfium'"
    """
    if not layer:
        return f"no text layer in {pages} page(s): it looks like a scanned image; read it with 'atgard ingest --ocr'"
    other = " or with '--backend pdfium'" if backend == "pdfplumber" else ""
    return (
        f"its text layer ({layer} characters) gives no readable text on the page (glyphs without a Unicode "
        f"mapping, or set outside the page): read it with 'atgard ingest --ocr'{other}"
    )


@dataclass(frozen=True)
class PageRead:
    """One page read: what it is (size, turn, text source), its lines and its ruled-table rows."""

    info: PageInfo
    lines: list[Line]
    rows: list[TableRow]


def _read_page(path: Path, number: int, page: RawPage, settings: LayoutSettings) -> PageRead:
    """One page's lines and rows, on the page turned to its text. Lines are built page by page, so that only
    lines, never a whole document's glyphs, are held."""
    if len(page.chars) > MAX_CHARS_PER_PAGE:
        raise InputError(path, f"page {number} holds {len(page.chars)} characters: not a document page")
    frame = page_frame(page.chars, page.width, page.height)
    glyphs = glyphs_of(page.chars, page.width, page.height, frame)
    edges = [Edge(*edge) for edge in frame.edges(page.edges)]
    page_lines, page_rows = page_layout(glyphs, find_ruled_tables(edges), number, settings)
    if frame.rtl:
        page_lines = restore_left_to_right(page_lines)
        page_rows = [row.with_cells([restore_left_to_right(cell) for cell in row.cells]) for row in page_rows]
    info = _page_info(number, frame, _printed_characters(page_lines, page_rows), page.images)
    return PageRead(info.model_copy(update={"asides": _asides(page, frame, number, settings)}), page_lines, page_rows)


def _asides(page: RawPage, frame: Frame, number: int, settings: LayoutSettings) -> list[str]:
    """The lines printed in other directions than the page's text, each read in its own direction."""
    lines: list[str] = []
    for other in other_frames(page.chars, page.width, page.height, frame):
        glyphs = glyphs_of(page.chars, page.width, page.height, other)
        lines.extend(line.text for line in group_lines(glyphs, number, settings=settings))
    return lines


def _page_info(number: int, frame: Frame, printed: int, images: int) -> PageInfo:
    """A page as read: the size of the page turned to its text, and by how much it was turned."""
    source = "pdf" if printed else "none"
    size = {"width": frame.width, "height": frame.height}
    turn = {"turned": frame.turn, "mirrored": frame.mirrored, "right_to_left": frame.rtl}
    return PageInfo(number=number, **size, char_count=printed, **turn, text_source=source, images=images)


def _printed_characters(lines: Sequence[Line], rows: Sequence[TableRow]) -> int:
    """Characters read on a page, spaces not counted (the parsers differ on spaces at line ends)."""
    in_rows = [line for row in rows for cell in row.cells for line in cell]
    return sum(len(segment.text) - segment.text.count(" ") for line in [*lines, *in_rows] for segment in line.segments)


def page_layout(
    glyphs: Glyphs, tables: Sequence[list[list[Box]]], number: int, settings: LayoutSettings = DEFAULT_LAYOUT
) -> tuple[list[Line], list[TableRow]]:
    """One page's glyphs to its lines, with ruled tables taken out as rows (backend-independent)."""
    free, table_rows = take_table_glyphs(glyphs, tables, number, settings)
    return group_lines(free, number, settings=settings), table_rows


def assemble_document(
    document_id: str,
    filename: str,
    layout: Layout,
    *,
    backend: Backend,
    settings: LayoutSettings = DEFAULT_LAYOUT,
) -> ReadDocument:
    """Backend-independent part of reading: furniture out, page 1's running header handed over, blocks built.

    ``backend`` is recorded with the document; a document with a page read by OCR has text source "ocr".
    """
    pages, lines, rows = layout.pages, layout.lines, layout.rows
    furniture = find_furniture(lines, [page.height for page in pages], settings)
    body = [[line for i, line in enumerate(page) if i not in furniture[n]] for n, page in enumerate(lines)]
    body = without_running_margin(body, lines, settings)
    first = pages[0]
    sizes = {page.number: (page.width, page.height) for page in pages}
    pages = [
        page.model_copy(update={"furniture": [page_lines[i].text for i in sorted(furniture[n])]})
        for n, (page, page_lines) in enumerate(zip(pages, lines, strict=True))
    ]
    return ReadDocument(
        id=document_id,
        filename=filename,
        page_count=len(pages),
        pages=pages,
        header=running_header(lines[0], furniture[0], first.height, settings),
        header_segments=header_segments(lines[0], furniture[0], first.width, first.height, settings),
        blocks=build_blocks(body, sizes, rows, settings),
        backend=backend,
        text_source="ocr" if any(page.text_source == "ocr" for page in pages) else "pdf",
    )
