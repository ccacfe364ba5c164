from __future__ import annotations

from pathlib import Path

import pytest

from atgard.extract.read_pdf import read_pdf
from atgard.schema import ReadDocument

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def examples() -> Path:
    """The bundled sample corpus (copies of the shared corpus, with expected JSON)."""
    return ROOT / "examples"


@pytest.fixture(scope="session")
def data() -> Path:
    """Constructed test PDFs; their markup sources are under tests/data/src/."""
    return ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def seed(examples: Path) -> ReadDocument:
    return read_pdf(examples / "seed-lagesrapport.pdf")


@pytest.fixture(scope="session")
def remissvar(data: Path) -> ReadDocument:
    return read_pdf(data / "konstruerad-remissvar.pdf")
