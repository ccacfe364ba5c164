"""PDF pages → characters and ruling edges, with PDFium (pypdfium2): the default reading backend.

PDFium parses a page in C; this module asks it, character by character, for
what the layout stage needs: the character, its origin on the baseline, its
advance, its font's name and size and the matrix that gives its
direction. The result is the same :class:`RawPage` the pdfplumber backend gives,
and everything after reading is shared (a test compares the two exports).

The calls go through ``ctypes`` functions declared here with plain integer
handles: the typed bindings in ``pypdfium2.raw`` build a pointer object per
call, which on a page of 3,000 characters costs more than PDFium's work. The
per-character calls themselves are made by a small C helper
(``native/pdfium_chars.c``, compiled by the build backend on every install, see
setup.py) when it is there, and by the same loop in Python when it is not
(``ATGARD_WITHOUT_HELPER=1``); a test checks that both read the same.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium
import pypdfium2_raw

from atgard.extract.read.helper import HELPER as _HELPER
from atgard.extract.read.helper import HELPER_PATH as HELPER_PATH
from atgard.extract.read.orientation import DEGENERATE, direction_of, glyph_height
from atgard.extract.read.raw_page import (
    Edge,
    Matrix,
    RawChars,
    RawPage,
    axis_edges,
    display_matrix,
    displayed_size,
    multiply,
    normal_box,
)

# The library pypdfium2 has loaded (libpdfium.so, .dylib or pdfium.dll, by platform).
_LIB = ctypes.CDLL(str(next(Path(pypdfium2_raw.__file__).parent.glob("*pdfium.[sdl][oyl]*"))))
_P, _I, _D, _F = ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.c_float


class _Matrix(ctypes.Structure):
    _fields_ = [(name, _F) for name in "abcdef"]


class _Rect(ctypes.Structure):
    _fields_ = [("left", _F), ("top", _F), ("right", _F), ("bottom", _F)]


def _function(name: str, restype: object, *argtypes: object) -> Any:
    """A PDFium function from our own handle on the library, so that pypdfium2's declarations stay untouched."""
    function = getattr(_LIB, name)
    function.restype, function.argtypes = restype, argtypes
    return function


_load_page = _function("FPDF_LoadPage", _P, _P, _I)
_close_page = _function("FPDF_ClosePage", None, _P)
_page_rotation = _function("FPDFPage_GetRotation", _I, _P)
_get_media_box = _function("FPDFPage_GetMediaBox", _I, _P, *[ctypes.POINTER(_F)] * 4)
_load_text = _function("FPDFText_LoadPage", _P, _P)
_close_text = _function("FPDFText_ClosePage", None, _P)
_count_chars = _function("FPDFText_CountChars", _I, _P)
_get_unicode = _function("FPDFText_GetUnicode", ctypes.c_uint, _P, _I)
_is_generated = _function("FPDFText_IsGenerated", _I, _P, _I)
_text_object = _function("FPDFText_GetTextObject", _P, _P, _I)
_char_origin = _function("FPDFText_GetCharOrigin", _I, _P, _I, ctypes.POINTER(_D), ctypes.POINTER(_D))
_loose_box = _function("FPDFText_GetLooseCharBox", _I, _P, _I, ctypes.POINTER(_Rect))
_font_size = _function("FPDFText_GetFontSize", _D, _P, _I)
_char_matrix = _function("FPDFText_GetMatrix", _I, _P, _I, ctypes.POINTER(_Matrix))
_object_font = _function("FPDFTextObj_GetFont", _P, _P)
_font_name = _function("FPDFFont_GetBaseFontName", ctypes.c_size_t, _P, ctypes.c_char_p, ctypes.c_size_t)
_count_objects = _function("FPDFPage_CountObjects", _I, _P)
_get_object = _function("FPDFPage_GetObject", _P, _P, _I)
_count_form_objects = _function("FPDFFormObj_CountObjects", _I, _P)
_get_form_object = _function("FPDFFormObj_GetObject", _P, _P, ctypes.c_ulong)
_object_type = _function("FPDFPageObj_GetType", _I, _P)
_object_matrix = _function("FPDFPageObj_GetMatrix", _I, _P, ctypes.POINTER(_Matrix))
_count_segments = _function("FPDFPath_CountSegments", _I, _P)
_get_segment = _function("FPDFPath_GetPathSegment", _P, _P, _I)
_segment_point = _function("FPDFPathSegment_GetPoint", _I, _P, ctypes.POINTER(_F), ctypes.POINTER(_F))
_segment_type = _function("FPDFPathSegment_GetType", _I, _P)
_segment_closes = _function("FPDFPathSegment_GetClose", _I, _P)

_PATH, _IMAGE, _FORM = 2, 3, 5  # FPDF_PAGEOBJ_*
_BEZIERTO, _MOVETO = 1, 2  # FPDF_SEGMENT_*
# PDFium adds spaces and line breaks of its own between words and lines; the
# layout stage decides those itself, so only these need the IsGenerated call.
_MAYBE_GENERATED = frozenset(map(ord, " \r\n\x02\ufffe"))
# PDFium reports a hyphen that ends a line as one of these; the PDF has "-".
_LINE_END_HYPHENS = frozenset((0x02, 0xFFFE))


@contextmanager
def open_pdfium(path: Path) -> Iterator[tuple[int, Iterator[RawPage]]]:
    """The page count, and each page's characters and edges in turn (one page open at a time)."""
    pdf = pdfium.PdfDocument(path)
    try:
        yield len(pdf), (_read_page(pdf, index) for index in range(len(pdf)))
    finally:
        pdf.close()


def _read_page(pdf: pdfium.PdfDocument, index: int) -> RawPage:
    """The page, loaded with PDFium's own calls: pypdfium2's page object (a finalizer, a place among the
    document's kids) costs a fifth of PDFium's parsing of a page. The page is closed before the next is loaded."""
    page = _load_page(ctypes.cast(pdf.raw, _P).value, index)
    if not page:  # pypdfium2's page raises its own error, by which failures.py names the library
        return _read_pypdfium2_page(pdf, index)
    try:
        return _read_loaded(page, _media_box(page), 90 * _page_rotation(page))  # 0 to 3 quarter turns
    finally:
        _close_page(page)


def _read_pypdfium2_page(pdf: pdfium.PdfDocument, index: int) -> RawPage:
    page = pdf[index]
    try:
        return _read_loaded(ctypes.cast(page.raw, _P).value, page.get_mediabox(), page.get_rotation())
    finally:
        page.close()


def _media_box(page: int) -> tuple[float, float, float, float]:
    """The page's MediaBox as pypdfium2's ``get_mediabox`` gives it (US Letter where the page has none)."""
    left, bottom, right, top = _F(), _F(), _F(), _F()
    if not _get_media_box(page, left, bottom, right, top):
        return (0, 0, 612, 792)
    return left.value, bottom.value, right.value, top.value


def _read_loaded(page: int | None, box: tuple[float, float, float, float], rotation: int) -> RawPage:
    """A loaded page's characters and edges (``box``: its MediaBox; ``rotation``: its /Rotate, clockwise)."""
    mediabox, rotation = normal_box(box), rotation % 360
    to_display = display_matrix(mediabox, rotation)
    width, height = displayed_size(mediabox, rotation)
    edges, images = _drawing(page, to_display)
    return RawPage(float(width), float(height), _chars(page, to_display), edges, images)


def _chars(page: int | None, to_display: Matrix) -> RawChars:
    textpage = _load_text(page)
    if not textpage:
        return RawChars.of([])
    try:
        return _read_chars(textpage, to_display)
    finally:
        _close_text(textpage)


Style = tuple[str, float, int]  # a text object's font name, size on the page and direction
StyleKey = tuple[float, float, float, float, int, float]  # its matrix's a b c d, font handle and Tf size


class _Facts(NamedTuple):
    """What PDFium says of each character of a text page, as columns."""

    codes: npt.NDArray[np.uint32]  # its code point
    generated: npt.NDArray[np.int32]  # 1: PDFium made it up (a space or line break between words)
    objects: npt.NDArray[np.uintp]  # its text object (0 where made up)
    numbers: npt.NDArray[np.float64]  # origin x, y and loose box left, top, right, bottom: one row per character


def _empty_facts(count: int) -> _Facts:
    return _Facts(
        np.zeros(count, dtype=np.uint32),
        np.zeros(count, dtype=np.int32),
        np.zeros(count, dtype=np.uintp),
        np.zeros((count, 6), dtype=np.float64),
    )


def _facts_in_python(textpage: int, count: int) -> _Facts:
    """The characters of the text page, one ctypes call per question (when the C helper is not compiled)."""
    facts = _empty_facts(count)
    x, y, box = _D(), _D(), _Rect()
    for i in range(count):
        code = facts.codes[i] = _get_unicode(textpage, i)
        if code in _MAYBE_GENERATED and _is_generated(textpage, i):
            facts.generated[i] = 1
            continue
        facts.objects[i] = _text_object(textpage, i) or 0
        _char_origin(textpage, i, x, y)
        _loose_box(textpage, i, box)
        facts.numbers[i] = (x.value, y.value, box.left, box.top, box.right, box.bottom)
    return facts


def _facts_in_c(textpage: int, count: int) -> _Facts:
    """The same as :func:`_facts_in_python`, asked in one call to the compiled helper (native/pdfium_chars.c)."""
    facts = _empty_facts(count)
    arrays = (facts.codes, facts.generated, facts.objects, facts.numbers)
    assert _HELPER is not None  # asked only when the helper is compiled
    _HELPER.atgard_page_chars(textpage, count, _HELPER_FUNCTIONS, *(column.ctypes.data for column in arrays))
    return facts


_HELPER_FUNCTIONS = (_P * 5)(
    *(ctypes.cast(f, _P).value for f in (_get_unicode, _is_generated, _text_object, _char_origin, _loose_box))
)
_OBJECT_FUNCTIONS = (_P * 3)(*(ctypes.cast(f, _P).value for f in (_char_matrix, _font_size, _object_font)))


class _ObjectFacts(NamedTuple):
    """What PDFium says of each text object of a text page (asked of its first character), as columns."""

    numbers: npt.NDArray[np.float64]  # the character's matrix a, b, c, d and Tf size: one row per object
    fonts: npt.NDArray[np.uintp]  # the object's font (0: none)


def _object_facts_in_python(
    textpage: int, firsts: npt.NDArray[np.int64], objects: npt.NDArray[np.uintp]
) -> _ObjectFacts:
    """The text objects' matrices, sizes and fonts, one ctypes call per question (when the helper is not compiled)."""
    facts = _ObjectFacts(np.zeros((len(firsts), 5), dtype=np.float64), np.zeros(len(firsts), dtype=np.uintp))
    for n, (index, text_object) in enumerate(zip(firsts.tolist(), objects.tolist(), strict=True)):
        matrix = _Matrix()
        _char_matrix(textpage, index, matrix)
        # FPDFText_GetFontSize is the Tf size; the matrix scales it (pdfminer's size is the box height).
        facts.numbers[n] = (matrix.a, matrix.b, matrix.c, matrix.d, _font_size(textpage, index))
        facts.fonts[n] = _object_font(text_object) or 0
    return facts


def _object_facts_in_c(textpage: int, firsts: npt.NDArray[np.int64], objects: npt.NDArray[np.uintp]) -> _ObjectFacts:
    """The same as :func:`_object_facts_in_python`, asked in one call to the helper (native/pdfium_chars.c)."""
    facts = _ObjectFacts(np.zeros((len(firsts), 5), dtype=np.float64), np.zeros(len(firsts), dtype=np.uintp))
    objects = np.ascontiguousarray(objects, dtype=np.uintp)
    assert _HELPER is not None  # asked only when the helper is compiled
    out = (facts.numbers.ctypes.data, facts.fonts.ctypes.data)
    _HELPER.atgard_object_facts(textpage, len(firsts), firsts.ctypes.data, objects.ctypes.data, _OBJECT_FUNCTIONS, *out)
    return facts


def _join_surrogates(facts: _Facts) -> _Facts:
    """PDFium gives a character beyond the Basic Multilingual Plane as two UTF-16 halves: make it one.

    >>> codes = np.array([0x41, 0xD807, 0xDC00, 0x42], dtype=np.uint32)
    >>> joined = _join_surrogates(_Facts(codes, np.zeros(4, dtype=np.int32), np.zeros(4, np.uintp), np.zeros((4, 6))))
    >>> [hex(c) for c in joined.codes], joined.generated.tolist()
    (['0x41', '0x11c00', '0xdc00', '0x42'], [0, 0, 1, 0])
    """
    codes = facts.codes
    is_high, is_low = (codes >= 0xD800) & (codes <= 0xDBFF), (codes >= 0xDC00) & (codes <= 0xDFFF)
    high = np.flatnonzero(is_high[:-1] & is_low[1:])
    if len(high):
        codes[high] = 0x10000 + ((codes[high] - 0xD800) << 10) + (codes[high + 1] - 0xDC00)
        facts.generated[high + 1] = 1  # the low half is read with the high one
    return facts


def _text_of(code: int) -> str:
    """A code point as text; PDFium reports a line-end hyphen as a marker, and nonsense as nonsense."""
    if code in _LINE_END_HYPHENS:
        return "-"
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _read_chars(textpage: int, to_display: Matrix) -> RawChars:
    count = max(_count_chars(textpage), 0)  # -1: PDFium could not count them
    facts = _join_surrogates((_facts_in_c if _HELPER is not None else _facts_in_python)(textpage, count))
    # A character placed at no finite point (a file's NaN or infinity, through PDFium's arithmetic) is not read.
    kept = np.flatnonzero((facts.generated == 0) & np.isfinite(facts.numbers).all(axis=1))
    objects = facts.objects[kept]
    # Font, size and direction are asked once per text object (a run of text in one font).
    unique_objects, first, object_of = np.unique(objects, return_index=True, return_inverse=True)
    firsts = np.ascontiguousarray(kept[first], dtype=np.int64)
    styles = _styles(
        (_object_facts_in_c if _HELPER is not None else _object_facts_in_python)(textpage, firsts, unique_objects),
        to_display,
    )
    fonts: dict[str, int] = {}
    font_of_object = [fonts.setdefault(name, len(fonts)) for name, _, _ in styles]
    direction = np.array([turn for _, _, turn in styles], dtype=np.intp)[object_of]
    size = np.array([size for _, size, _ in styles], dtype=np.float64)[object_of]
    x0, x1, baseline = _placed(facts.numbers[kept], direction, to_display)
    x1 = x0 + _advances(x0, x1, baseline, direction, objects, facts.codes[kept], size)
    codes, text_of_code = np.unique(facts.codes[kept], return_inverse=True)
    texts: dict[str, int] = {}
    text_id = np.array([texts.setdefault(_text_of(code), len(texts)) for code in codes.tolist()], dtype=np.intp)
    return RawChars(
        list(texts),
        text_id[text_of_code],
        x0,
        x1,
        baseline,
        size,
        list(fonts),
        np.array(font_of_object, dtype=np.intp)[object_of],
        direction,
    )


def _placed(
    numbers: npt.NDArray[np.float64], direction: npt.NDArray[np.intp], to_display: Matrix
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Each character's origin on the displayed page and the far end of its advance (raw_page.RawChars).

    The end is the far side of the loose box along the character's baseline.
    """
    x, y, left, top, right, bottom = numbers.T
    a, b, c, d, e, f = to_display
    if b == 0 and c == 0 and a > 0 and not direction.any():  # upright text, no /Rotate: the common case
        return a * x + e, a * right + e, d * y + f
    start, baseline = _display(x, y, to_display)
    end = np.empty_like(x)
    corners = [_display(px, py, to_display) for px in (left, right) for py in (top, bottom)]
    wide = np.maximum.reduce([cx for cx, _ in corners]) - np.minimum.reduce([cx for cx, _ in corners])
    tall = np.maximum.reduce([cy for _, cy in corners]) - np.minimum.reduce([cy for _, cy in corners])
    for turn in np.unique(direction).tolist():
        mine = direction == turn
        cos, sin = math.cos(math.radians(turn)), math.sin(math.radians(turn))
        along = [(cx[mine] - start[mine]) * cos + (cy[mine] - baseline[mine]) * sin for cx, cy in corners]
        near, far = np.minimum.reduce(along), np.maximum.reduce(along)
        length = _length_along(wide[mine], tall[mine], cos, sin, far - near)
        end[mine] = start[mine] + np.maximum((near + far + length) / 2, 0.0)
    return start, end, baseline


def _length_along(
    wide: npt.NDArray[np.float64], tall: npt.NDArray[np.float64], cos: float, sin: float, span: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """A turned character's length along its baseline, from PDFium's box, which is upright on the page.

    The box bounds the turned one: ``wide = w·|cos| + h·|sin|``, ``tall = w·|sin| + h·|cos|``; solved for w
    where the two are far enough apart (within 30° of an axis), else the box's whole extent along (``span``).
    The box's middle is the turned box's middle, so its end is the middle plus half of w.

    >>> _length_along(np.array([8.4]), np.array([11.7]), math.cos(math.radians(20)), math.sin(math.radians(20)),
    ...     np.array([11.9])).round(1).tolist()
    [5.1]
    """
    c, s = abs(cos), abs(sin)
    if abs(c * c - s * s) < 0.5:
        return span
    return np.clip((wide * c - tall * s) / (c * c - s * s), 0.0, span)


# How far the next origin may stand off the baseline and still mark where a character ends: the direction is
# whole degrees, so on turned text the baseline as computed drifts from the true one by a little per character.
SAME_BASELINE_EMS = 0.1


def _advances(
    x: npt.NDArray[np.float64],
    end: npt.NDArray[np.float64],
    y: npt.NDArray[np.float64],
    direction: npt.NDArray[np.intp],
    objects: npt.NDArray[np.uintp],
    codes: npt.NDArray[np.uint32],
    size: npt.NDArray[np.float64],
) -> npt.NDArray[np.float64]:
    """Each character's advance: the loose box includes a glyph's overhang ("f", "–") and, on turned text, the
    corner of a box upright on the page, so the next origin, where it falls inside the box, marks where the
    character ends (measured along the baseline). The next character is in the same text object, or in the next
    one when text is placed glyph by glyph; not the same letter again (a glyph printed twice for bold)."""
    radians = np.radians(direction)
    cos, sin = np.cos(radians), np.sin(radians)
    along, across = x * cos + y * sin, y * cos - x * sin
    advance = end - x
    overhangs = (
        ((objects[1:] == objects[:-1]) | (codes[1:] != codes[:-1]))
        & (direction[1:] == direction[:-1])
        & (along[:-1] <= along[1:])
        & (along[1:] < along[:-1] + advance[:-1])
        & (np.abs(across[:-1] - across[1:]) < np.maximum(SAME_BASELINE_EMS * size[:-1], 1e-6))
    )
    advance[:-1][overhangs] = (along[1:] - along[:-1])[overhangs]
    return advance


def _display(
    x: npt.NDArray[np.float64], y: npt.NDArray[np.float64], matrix: Matrix
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def _styles(facts: _ObjectFacts, to_display: Matrix) -> list[Style]:
    """Each text object's style, worked out once per matrix, font and size (a page's words share a few); a font's
    name is asked once a font."""
    names: dict[int, str] = {}
    known: dict[StyleKey, Style] = {}
    styles = []
    a, b, c, d, size = facts.numbers.T.tolist()
    for key in zip(a, b, c, d, facts.fonts.tolist(), size, strict=True):
        if (style := known.get(key)) is None:
            style = known[key] = _style_of(key[:4], to_display, _name_of(key[4], names), key[5])
        styles.append(style)
    return styles


def _style_of(matrix: tuple[float, float, float, float], to_display: Matrix, name: str, font_size: float) -> Style:
    """The style of text set with this character matrix (a b c d) and Tf size, on the displayed page."""
    a, b, c, d = to_display[:4]
    linear = multiply((*matrix, 0, 0), (a, b, c, d, 0, 0))
    if not math.isfinite(font_size):  # a file's nonsense: direction_of calls the matrix unreadable too
        return name, 0.0, DEGENERATE
    if font_size < 0:  # a negative Tf turns the glyphs half a turn, which the matrix PDFium gives leaves out
        linear = tuple(-value for value in linear)  # type: ignore[assignment]
    return name, abs(font_size) * glyph_height(linear), direction_of(linear)


def _name_of(font: int, names: dict[int, str]) -> str:
    key = font or 0
    if (known := names.get(key)) is None:
        buffer = ctypes.create_string_buffer(256)
        _font_name(font, buffer, len(buffer))
        known = names[key] = buffer.value.decode("latin-1")
    return known


def _drawing(page: int | None, to_display: Matrix) -> tuple[list[Edge], int]:
    """The page's ruling edges, and how many images it draws."""
    edges: list[Edge] = []
    images = _collect_edges(page, to_display, _count_objects, _get_object, edges)
    return edges, images


def _collect_edges(
    parent: int | None,
    outer: Matrix,
    count: Callable[[int | None], int],
    get: Callable[[int | None, int], int | None],
    edges: list[Edge],
) -> int:
    """Edges of the paths among ``parent``'s objects (a page or a form XObject), and of forms within;
    returns the number of images among them."""
    matrix = _Matrix()
    images = 0
    for index in range(count(parent)):
        page_object = get(parent, index)
        kind = _object_type(page_object)
        images += kind == _IMAGE
        if kind not in (_PATH, _FORM):
            continue
        _object_matrix(page_object, matrix)
        placed = multiply((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if not all(map(math.isfinite, placed)):
            continue  # placed at no finite point (a file's nonsense): nothing of it can be a ruling
        if kind == _FORM:
            images += _collect_edges(page_object, placed, _count_form_objects, _get_form_object, edges)
            continue
        for subpath in _subpaths(page_object):
            a, b, c, d, e, f = placed
            points = [(a * px + c * py + e, b * px + d * py + f) for px, py in subpath]
            if all(math.isfinite(x) and math.isfinite(y) for x, y in points):  # else a file's nonsense
                edges.extend(axis_edges(points))
    return images


def _subpaths(path: int | None) -> Iterator[list[tuple[float, float]]]:
    """A path's points, one list per subpath; curves contribute their end points only (as in pdfminer)."""
    x, y = _F(), _F()
    points: list[tuple[float, float]] = []
    bezier = 0
    for index in range(_count_segments(path)):
        segment = _get_segment(path, index)
        _segment_point(segment, x, y)
        kind = _segment_type(segment)
        if kind == _MOVETO:
            if len(points) > 1:
                yield points
            points, bezier = [], 0
        elif kind == _BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # the two control points of a curve
        points.append((x.value, y.value))
        if _segment_closes(segment):
            points.append(points[0])
    if len(points) > 1:
        yield points
