"""Fuzzing: mutated real PDFs and random Swedish-like text never crash atgard.

`make test` runs a small budget; `make fuzz` runs the same properties with a large
one (ATGARD_FUZZ_EXAMPLES) and reports what it ran.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.coded_measures import extract_coded_measures
from atgard.extract.decisions import extract_decision
from atgard.extract.measures import extract_prose_measures
from atgard.extract.read.pdf import read_pdf
from atgard.extract.referrals import extract_referrals
from atgard.extract.reports import extract_reports
from atgard.schema import ReadDocument
from atgard.schema.errors import AtgardError

REGISTER = load_register()

pytestmark = [pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    (ROOT / "examples" / "dold-potential-atgarder.pdf").read_bytes(),
    (ROOT / "tests" / "data" / "konstruerad-utlatande.pdf").read_bytes(),
    (ROOT / "tests" / "data" / "konstruerad-rapport-tabell.pdf").read_bytes(),
]
BUDGET = settings(
    max_examples=int(os.environ.get("ATGARD_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("ATGARD_FUZZ_EXAMPLES") is None,  # the test suite is repeatable
)
PER_DOCUMENT_SECONDS = 20.0


@st.composite
def mutated_pdf(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SOURCES)))
    kind = draw(st.sampled_from(["flip", "truncate", "drop_object", "corrupt_stream", "splice"]))
    if kind == "flip":
        for _ in range(draw(st.integers(1, 50))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    elif kind == "truncate":
        del data[draw(st.integers(1, len(data) - 1)) :]
        data += draw(st.sampled_from([b"", b"\n%%EOF\n"]))  # keep the marker sometimes, to reach the parser
    elif kind == "drop_object":
        objects = [m.span() for m in re.finditer(rb"\d+ 0 obj.*?endobj", bytes(data), re.DOTALL)]
        start, end = draw(st.sampled_from(objects))
        del data[start:end]
    elif kind == "corrupt_stream":
        streams = [m.span(1) for m in re.finditer(rb"stream\r?\n(.*?)endstream", bytes(data), re.DOTALL)]
        start, end = draw(st.sampled_from(streams))
        data[start:end] = draw(st.binary(min_size=0, max_size=max(1, end - start)))
    else:
        cut = draw(st.integers(0, len(data)))
        data[cut:cut] = draw(st.binary(min_size=1, max_size=2000))
    return bytes(data)


@BUDGET
@given(mutated_pdf())
def test_mutated_pdfs_read_or_fail_cleanly(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "muterad.pdf"
        path.write_bytes(data)
        try:
            document = read_pdf(path, seconds=PER_DOCUMENT_SECONDS)
        except AtgardError as error:
            assert str(error).startswith(str(path)) and "\n" not in str(error)
            return
        assert isinstance(document, ReadDocument)


WORDS = [
    "Synpunkter", "på", "rapporten", "ska", "i", "första", "hand", "ges", "av", "arbetsmarknadsnämnden", ",", "och",
    "samt", "samtliga", "stadsdelsnämnder", "Ärendet", "har", "remitterats", "till", "Trafik-", "AB", "Stockholmshem",
    "redovisa", "förutsättningar", "för", "genomförande", "åtgärderna", "A2.3.1", "A.2.3.2", "–", "-", "bör", "behöver",
    "Kommissionen", "rekommenderar", "att", "staden", "bl.a.", "s.k.", "d.v.s.", ".", ":", "(2016)", "Ansvar:",
    "Kommunstyrelsen", "föreslår", "kommunfullmäktige", "beslutar", "följande", "de", "nämnder", "som", "därutöver",
    "Rinkeby-Kista", "Skärholmens", "Fryshuset", "stadsdelsnämnden", "\n", "1.", "•",
]  # fmt: skip
sentences = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(" ".join)


@BUDGET
@given(st.lists(st.tuples(sentences, st.sampled_from(["paragraph", "list_item", "heading"])), min_size=1, max_size=8))
def test_extraction_rules_never_crash_on_random_swedish(block, items: list[tuple[str, str]]) -> None:
    blocks = []
    for text, kind in items:
        if not text.strip():
            continue
        marker = "1." if kind == "list_item" else None
        blocks.append(
            block(
                f"*{text}*" if "*" not in text and len(text) % 3 == 0 else text.replace("*", ""),
                kind,
                marker=marker,
                level=2 if kind == "heading" else None,
            )
        )
    analysed = analyse(blocks, REGISTER)
    reports = extract_reports(analysed)
    extract_referrals(analysed, reports, REGISTER)
    extract_prose_measures(analysed, reports)
    extract_coded_measures(analysed, "Rapporten", REGISTER)
    extract_decision(analysed, "Stadsledningskontoret", "Kommunstyrelsen", REGISTER)
