"""The package list, its data and the PDFium backend's character helper, for every kind of install.

Everything else about the package is in pyproject.toml.

Packages and data: every folder under the project's four rooms is a package of the
``atgard`` namespace (``output/datasette/templates/pages/namnd`` becomes
``atgard.output.datasette.templates.pages.namnd``), and every file in it with a data
suffix is its package data. Walking the folders, rather than listing them, means that a
new template folder is in the wheel without anyone remembering to declare it, and
setuptools has no data folder to warn about ("Package would be ignored").

The helper (extract/read/native/pdfium_chars.c) is a plain shared library that the
backend loads with ctypes, not a Python extension: it is built as one so that
``pip install .``, ``pip install -e .`` and ``python -m build`` all compile it and the
wheel is tagged for its platform. A compiler error stops the install with the
compiler's message; ``ATGARD_WITHOUT_HELPER=1`` installs without it (reading then
runs the same loop in Python, several times slower).
"""

import os
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOMS = ("extract", "schema", "output", "pipeline")
DATA_SUFFIXES = {".html", ".json", ".csv", ".typed", ".c", ".css", ".js", ".svg", ".png", ".txt", ".md"}
HERE = Path(__file__).resolve().parent


def _packages() -> tuple[list[str], dict[str, list[str]]]:
    """Every folder of the rooms as a package, with the data files it holds."""
    packages, data = [], {}
    for room in ROOMS:
        for folder in sorted(p for p in [HERE / room, *(HERE / room).rglob("*")] if p.is_dir()):
            relative = folder.relative_to(HERE)
            if any(part.startswith((".", "__")) for part in relative.parts):
                continue
            name = ".".join(("atgard", *relative.parts))
            packages.append(name)
            files = sorted(f.name for f in folder.iterdir() if f.is_file() and f.suffix in DATA_SUFFIXES)
            if files:
                data[name] = files
    return packages, data


class BuildHelper(build_ext):
    def get_export_symbols(self, ext: Extension) -> list[str]:
        return ext.export_symbols  # a plain library: no PyInit_ function to export


HELPER = Extension(
    "atgard.extract.read.native.pdfium_chars",
    sources=["extract/read/native/pdfium_chars.c"],
    export_symbols=["atgard_page_chars", "atgard_object_facts", "atgard_bands"],
)

PACKAGES, PACKAGE_DATA = _packages()

setup(
    packages=PACKAGES,
    package_data=PACKAGE_DATA,
    ext_modules=[] if os.environ.get("ATGARD_WITHOUT_HELPER") == "1" else [HELPER],
    cmdclass={"build_ext": BuildHelper},
)
