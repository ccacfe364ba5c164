"""Page pictures for the publication: a page within a pixel budget, the item marked, personal data blacked out.

A picture is rendered in a process of its own (:func:`render_isolated`) with a time and a memory
limit: a page of 200,000 points, a drawing that takes minutes, or a crash in PDFium costs that
process, never the server, and the page gets a placeholder instead.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import json
import multiprocessing
import multiprocessing.connection
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from atgard.output.masking import BARE_LABEL, Box, Personal

if TYPE_CHECKING:
    import pypdfium2 as pdfium
    from PIL import Image

DPI = 96  # a page of ordinary size, as on a screen
MAX_SIDE = 2000  # pixels on the long side at most, whatever the page's size in points
RENDER_SECONDS = 10.0
MEMORY_BYTES = 1536 * 1024 * 1024  # a rendering process's address space
HIGHLIGHT_FILL, HIGHLIGHT_STROKE, BLACK = (255, 214, 0, 70), (204, 0, 0, 255), (0, 0, 0, 255)


@dataclass(frozen=True)
class Picture:
    """What a page picture shows: a PDF's page, the item's boxes marked, and what is hidden.

    ``hidden`` are boxes the store says hold personal data; ``personal`` (None: personal data is
    shown) also finds it in the page's own text, line by line, running headers and footers too.
    """

    pdf: str
    page: int  # from 1
    marked: tuple[Box, ...]
    hidden: tuple[Box, ...]
    personal: Personal | None

    def key(self, document_id: str) -> str:
        """The picture's name in the cache: the document's id and page, and a digest of what is drawn."""
        drawn = [self.marked, self.hidden, None if self.personal is None else self.personal.values, MAX_SIDE, DPI]
        digest = hashlib.sha256(json.dumps(drawn, ensure_ascii=False).encode()).hexdigest()[:24]
        return f"{document_id}-{self.page}-{digest}"


def picture_scale(width: float, height: float) -> float:
    """Pixels per point: 96 dpi, less for a page whose long side would pass MAX_SIDE pixels.

    >>> picture_scale(595, 842) == 96 / 72
    True
    >>> round(picture_scale(14400, 14400) * 14400), round(picture_scale(200000, 10) * 200000)
    (2000, 2000)
    """
    return min(DPI / 72, MAX_SIDE / max(width, height, 1.0))


def render(picture: Picture) -> bytes:
    """The picture as PNG (in this process: see :func:`render_isolated`)."""
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    document = pdfium.PdfDocument(picture.pdf)
    try:
        page = document[picture.page - 1]
        left, bottom, right, top = _normal(page.get_mediabox())
        page.set_cropbox(left, bottom, right, top)  # the MediaBox, as the reader placed the boxes in it
        width, height = right - left, top - bottom
        if page.get_rotation() % 180:
            width, height = height, width
        scale = picture_scale(width, height)
        image = page.render(scale=scale).to_pil().convert("RGB")
        hidden = list(picture.hidden)
        if picture.personal is not None:
            hidden += _personal_lines(page, image.size, scale, picture.personal)
        draw = ImageDraw.Draw(image, "RGBA")
        for box in picture.marked:
            draw.rectangle(_pixels(box, scale), fill=HIGHLIGHT_FILL, outline=HIGHLIGHT_STROKE, width=3)
        for box in hidden:  # last, over the marks: nothing of a name shows through
            draw.rectangle(_pixels(box, scale), fill=BLACK, outline=BLACK)
        return _png(image)
    finally:
        document.close()


def _normal(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = box
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _pixels(box: Box, scale: float) -> tuple[float, float, float, float]:
    x0, top, x1, bottom = box
    return ((x0 - 2) * scale, (top - 2) * scale, (x1 + 2) * scale, (bottom + 2) * scale)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _personal_lines(page: pdfium.PdfPage, size: tuple[int, int], scale: float, personal: Personal) -> list[Box]:
    """Boxes (points on the displayed page) of the page's text lines that hold personal data.

    PDFium's text rectangles, joined into lines where they share a height; a line that is a bare
    contact label ("Handläggare") hides the line under it too, where the name stands.
    """
    text = page.get_textpage()
    try:
        rects = [text.get_rect(i) for i in range(text.count_rects())]
        pieces = [(rect, text.get_text_bounded(*rect)) for rect in rects]
    finally:
        text.close()
    lines = _lines([(_to_points(page, size, scale, rect), piece) for rect, piece in pieces])
    found: list[Box] = []
    for number, (box, words) in enumerate(lines):
        if personal.held_by(words):
            found.append(_padded(box))
            if BARE_LABEL.match(words):
                found.extend(_padded(below) for below, _ in lines[number + 1 : number + 2])
    return found


def _padded(box: Box) -> Box:
    """A line's box grown by a third of its height: PDFium's boxes hold the glyphs' ink, a font's box is taller."""
    x0, top, x1, bottom = box
    pad = (bottom - top) / 3
    return (x0 - pad, top - pad, x1 + pad, bottom + pad)


def _to_points(page: pdfium.PdfPage, size: tuple[int, int], scale: float, rect: tuple[float, ...]) -> Box:
    """A rectangle of PDF space as a box on the displayed page, in points: where the picture shows it."""
    import pypdfium2_raw as raw

    corners = []
    for x, y in ((rect[0], rect[1]), (rect[2], rect[3])):
        device_x, device_y = ctypes.c_int(), ctypes.c_int()
        raw.FPDF_PageToDevice(page.raw, 0, 0, size[0], size[1], 0, x, y, device_x, device_y)
        corners.append((device_x.value / scale, device_y.value / scale))
    (xa, ya), (xb, yb) = corners
    return (min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))


def _lines(pieces: list[tuple[Box, str]]) -> list[tuple[Box, str]]:
    """Pieces of text joined into lines, top to bottom: pieces whose heights overlap by half are one line."""
    lines: list[tuple[Box, list[tuple[Box, str]]]] = []
    for box, piece in sorted(pieces, key=lambda p: (p[0][1], p[0][0])):
        for index, (line, members) in enumerate(lines):
            overlap = min(line[3], box[3]) - max(line[1], box[1])
            if overlap > 0.5 * min(line[3] - line[1], box[3] - box[1]):
                lines[index] = (_union(line, box), [*members, (box, piece)])
                break
        else:
            lines.append((box, [(box, piece)]))
    return [(line, " ".join(piece for _, piece in sorted(members))) for line, members in lines]


def _union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


@cache
def placeholder() -> bytes:
    """What a page that cannot be shown gets: a grey picture that says so."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 120), (235, 235, 235))
    ImageDraw.Draw(image).text((24, 50), "Sidbilden kan inte visas (sidan gick inte att rita upp)", fill=(60, 60, 60))
    return _png(image)


def _child(connection: multiprocessing.connection.Connection, picture: Picture) -> None:
    """A rendering process: the picture's bytes down the pipe, or nothing (the parent sees the pipe close)."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    try:
        connection.send_bytes(render(picture))
    except Exception:  # a damaged page, memory short: no picture
        pass
    finally:
        connection.close()


def _context() -> multiprocessing.context.BaseContext:
    """Processes forked from a server that imported PDFium and Pillow once (not a fork of the web server,
    whose threads hold locks); spawned where there is no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["atgard.output.pictures"])
    return context


def render_isolated(picture: Picture, seconds: float = RENDER_SECONDS) -> bytes | None:
    """The picture rendered in a process of its own, or None when it failed, ran out of memory or of time."""
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, picture), daemon=True)  # type: ignore[attr-defined]
    process.start()
    sender.close()
    try:
        if receiver.poll(seconds):
            return receiver.recv_bytes() or None
        return None
    except (EOFError, OSError):  # ended without a picture
        return None
    finally:
        if process.is_alive():
            process.kill()
        process.join(timeout=5)
        receiver.close()
