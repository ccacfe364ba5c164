"""The compiled helper (``native/pdfium_chars.c``), loaded with ctypes where the install built it.

Three loops of the reading stage are in it: PDFium's per-character and per-text-object calls
(backend_pdfium.py) and the glyphs' lines (lines.py). Each has the same loop in Python for an install without it
(``ATGARD_WITHOUT_HELPER=1``, setup.py), and tests compare the two.
"""

from __future__ import annotations

import ctypes
import sysconfig
from pathlib import Path

HELPER_PATH = Path(__file__).parent / "native" / f"pdfium_chars{sysconfig.get_config_var('EXT_SUFFIX')}"


def _load() -> ctypes.CDLL | None:
    try:
        helper = ctypes.CDLL(str(HELPER_PATH))
    except OSError:
        return None  # installed without it: the Python loops give the same, more slowly
    pointer, size = ctypes.c_void_p, ctypes.c_ssize_t
    if not all(hasattr(helper, name) for name in ("atgard_page_chars", "atgard_object_facts", "atgard_bands")):
        return None  # built from an older source (an editable install not rebuilt): the Python loops instead
    helper.atgard_page_chars.restype = ctypes.c_int
    helper.atgard_page_chars.argtypes = [pointer, ctypes.c_int, pointer, pointer, pointer, pointer, pointer]
    helper.atgard_object_facts.restype = ctypes.c_int
    helper.atgard_object_facts.argtypes = [pointer, ctypes.c_int, pointer, pointer, pointer, pointer, pointer]
    helper.atgard_bands.restype = size
    helper.atgard_bands.argtypes = [size, pointer, pointer, ctypes.c_double, pointer]
    return helper


HELPER = _load()
