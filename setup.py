"""The PDFium backend's character helper, compiled by the build backend for every install.

Everything else about the package is in pyproject.toml. The helper
(extract/read/native/pdfium_chars.c) is a plain shared library that the backend
loads with ctypes, not a Python extension: it is built as one so that
``pip install .``, ``pip install -e .`` and ``python -m build`` all compile it and the
wheel is tagged for its platform. A compiler error stops the install with the
compiler's message; ``ATGARD_WITHOUT_HELPER=1`` installs without it (reading then
runs the same loop in Python, several times slower).
"""

import os

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class BuildHelper(build_ext):
    def get_export_symbols(self, ext: Extension) -> list[str]:
        return ext.export_symbols  # a plain library: no PyInit_ function to export


HELPER = Extension(
    "atgard.extract.read.native.pdfium_chars",
    sources=["extract/read/native/pdfium_chars.c"],
    export_symbols=["atgard_page_chars"],
)

setup(
    ext_modules=[] if os.environ.get("ATGARD_WITHOUT_HELPER") == "1" else [HELPER],
    cmdclass={"build_ext": BuildHelper},
)
